//! Safe wrappers over the parts of LLVM's C API that tierup uses.
//!
//! This module owns every call into `llvm-sys` for IR: contexts, modules, values, types,
//! the pass pipeline and code generation. Handles borrow the context or module they live in,
//! so a value can never outlive the IR it points into. `orc` wraps the JIT linker.

mod inspect;
pub mod orc;
mod shim;
mod target;

pub use inspect::{Block, LLVMIntPredicate, Opcode, RmwOp, Shape};
pub use shim::{EntryBlock, UnitSpec, make_entries};

pub use target::{CpuSpec, OptLevel, TargetMachine};

use std::ffi::{CStr, CString, c_char, c_void};
use std::marker::PhantomData;
use std::ptr;
use std::sync::{Mutex, Once};

use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::{LLVMDiagnosticSeverity, LLVMLinkage, LLVMOpcode, LLVMTypeKind};

/// Initialise LLVM's native target once per process and route LLVM's fatal errors to a
/// one-line message instead of a crash report.
pub fn initialize() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        // SAFETY: these initialisers have no preconditions and run once, before any other
        // LLVM call of this process.
        unsafe {
            initialize_native_target();
            llvm_sys::error_handling::LLVMInstallFatalErrorHandler(Some(fatal_error));
        }
    });
}

/// The host's target, code generator and assembly parser (llvm-sys's own initialisers of the
/// native target are left out with the other targets: build.rs links the host's only).
///
/// # Safety
/// As LLVM's initialisers: none, but they belong before any other use of the target.
unsafe fn initialize_native_target() {
    use llvm_sys::target::*;
    // SAFETY: guaranteed by the caller.
    unsafe {
        #[cfg(target_arch = "x86_64")]
        let initializers = [
            LLVMInitializeX86TargetInfo,
            LLVMInitializeX86Target,
            LLVMInitializeX86TargetMC,
            LLVMInitializeX86AsmPrinter,
            LLVMInitializeX86AsmParser,
        ];
        #[cfg(target_arch = "aarch64")]
        let initializers = [
            LLVMInitializeAArch64TargetInfo,
            LLVMInitializeAArch64Target,
            LLVMInitializeAArch64TargetMC,
            LLVMInitializeAArch64AsmPrinter,
            LLVMInitializeAArch64AsmParser,
        ];
        for initialize in initializers {
            initialize();
        }
    }
}

extern "C" fn fatal_error(reason: *const c_char) {
    // SAFETY: LLVM passes a valid NUL-terminated reason string.
    let reason = unsafe { CStr::from_ptr(reason) }.to_string_lossy();
    eprintln!("tierup: error: LLVM: {}", first_line(&reason));
    std::process::exit(70);
}

/// The first non-empty line of a (possibly multi-line) LLVM message, trimmed.
pub fn first_line(message: &str) -> &str {
    message
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

/// An LLVM memory buffer holding a copy of `bytes`, named `name` in LLVM's messages; the
/// caller disposes of it or hands it to LLVM.
fn memory_buffer(bytes: &[u8], name: &str) -> LLVMMemoryBufferRef {
    let name = cstring(name);
    // SAFETY: LLVM copies both the bytes and the name.
    unsafe {
        LLVMCreateMemoryBufferWithMemoryRangeCopy(bytes.as_ptr().cast(), bytes.len(), name.as_ptr())
    }
}

/// Take ownership of a message allocated by LLVM.
///
/// # Safety
/// `raw` must be null or a string allocated by LLVM and owned by the caller.
unsafe fn take_message(raw: *mut c_char) -> String {
    if raw.is_null() {
        return String::new();
    }
    // SAFETY: the caller guarantees `raw` is a live LLVM-allocated C string we own.
    unsafe {
        let text = CStr::from_ptr(raw).to_string_lossy().into_owned();
        LLVMDisposeMessage(raw);
        text
    }
}

/// Convert a string slice returned by LLVM (pointer and length) to an owned string.
///
/// # Safety
/// `ptr` must point to `len` readable bytes, or be null.
unsafe fn borrowed_str(ptr: *const c_char, len: usize) -> String {
    if ptr.is_null() {
        return String::new();
    }
    // SAFETY: guaranteed by the caller.
    let bytes = unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), len) };
    String::from_utf8_lossy(bytes).into_owned()
}

fn cstring(s: &str) -> CString {
    CString::new(s.replace('\0', "")).expect("NUL bytes were removed")
}

/// An LLVM context: owns every module, type and constant created in it.
///
/// Error diagnostics raised inside it (bitcode errors, linker errors) are collected instead of
/// being printed, so that the caller can turn them into one-line errors.
pub struct Context {
    raw: LLVMContextRef,
    diagnostics: Box<Mutex<Vec<String>>>,
}

extern "C" fn collect_diagnostic(info: LLVMDiagnosticInfoRef, sink: *mut c_void) {
    // SAFETY: `sink` is the `Mutex<Vec<String>>` registered by `Context::new`, which lives as
    // long as the context; `info` is valid for the duration of this callback.
    unsafe {
        if LLVMGetDiagInfoSeverity(info) != LLVMDiagnosticSeverity::LLVMDSError {
            return;
        }
        let text = take_message(LLVMGetDiagInfoDescription(info));
        let sink = &*(sink as *const Mutex<Vec<String>>);
        sink.lock().unwrap_or_else(|e| e.into_inner()).push(text);
    }
}

impl Context {
    pub fn new() -> Self {
        initialize();
        let diagnostics = Box::new(Mutex::new(Vec::new()));
        // SAFETY: creating a context has no preconditions; the diagnostic sink is boxed so its
        // address is stable for the context's lifetime, and the context is disposed first in
        // `Drop`.
        let raw = unsafe {
            let raw = LLVMContextCreate();
            LLVMContextSetDiagnosticHandler(
                raw,
                Some(collect_diagnostic),
                &*diagnostics as *const Mutex<Vec<String>> as *mut c_void,
            );
            raw
        };
        Context { raw, diagnostics }
    }

    /// Error diagnostics raised since the last call, oldest first.
    pub fn take_diagnostics(&self) -> Vec<String> {
        std::mem::take(&mut *self.diagnostics.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// Parse textual or bitcode IR. `name` is used in LLVM's messages.
    pub fn parse_ir(&self, bytes: &[u8], name: &str) -> Result<Module<'_>, String> {
        let buffer = memory_buffer(bytes, name);
        // SAFETY: the buffer is disposed here after parsing (the `2` variant does not consume
        // it); on success the module belongs to this context.
        unsafe {
            let mut module = ptr::null_mut();
            let mut message = ptr::null_mut();
            let failed = llvm_sys::ir_reader::LLVMParseIRInContext2(
                self.raw,
                buffer,
                &mut module,
                &mut message,
            );
            LLVMDisposeMemoryBuffer(buffer);
            let message = take_message(message);
            if failed != 0 || module.is_null() {
                let diagnostics = self.take_diagnostics();
                let text = if message.trim().is_empty() {
                    diagnostics.join("; ")
                } else {
                    message
                };
                return Err(first_line(&text).to_string());
            }
            Ok(Module::from_raw(module))
        }
    }

    /// Read bitcode lazily: globals and declarations now, each function body when it is
    /// materialized (`Value::materialize`).
    pub fn parse_bitcode_lazily(&self, bytes: &[u8], name: &str) -> Result<Module<'_>, String> {
        let buffer = memory_buffer(bytes, name);
        // SAFETY: on success the module owns the buffer (and reads bodies from it later), on
        // failure it is disposed here.
        unsafe {
            let mut module = ptr::null_mut();
            let failed =
                llvm_sys::bit_reader::LLVMGetBitcodeModuleInContext2(self.raw, buffer, &mut module);
            if failed != 0 || module.is_null() {
                LLVMDisposeMemoryBuffer(buffer);
                let diagnostics = self.take_diagnostics();
                return Err(first_line(&diagnostics.join("; ")).to_string());
            }
            Ok(Module::from_raw(module))
        }
    }

    fn void_type(&self) -> LLVMTypeRef {
        // SAFETY: the context is live.
        unsafe { LLVMVoidTypeInContext(self.raw) }
    }

    fn ptr_type(&self) -> LLVMTypeRef {
        // SAFETY: the context is live.
        unsafe { LLVMPointerTypeInContext(self.raw, 0) }
    }

    /// `ptr` (address space 0).
    pub fn pointer(&self) -> Type<'_> {
        Type::wrap(self.ptr_type())
    }

    /// `i64`.
    pub fn int64(&self) -> Type<'_> {
        // SAFETY: the context is live.
        Type::wrap(unsafe { LLVMInt64TypeInContext(self.raw) })
    }
}

impl Default for Context {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Context {
    fn drop(&mut self) {
        // SAFETY: every module of this context borrows it, so none is alive any more.
        unsafe { LLVMContextDispose(self.raw) }
    }
}

/// A module owned by a `Context`.
pub struct Module<'c> {
    raw: LLVMModuleRef,
    _context: PhantomData<&'c Context>,
}

impl Drop for Module<'_> {
    fn drop(&mut self) {
        // SAFETY: we own the module; values borrowed from it cannot outlive `self`.
        unsafe { LLVMDisposeModule(self.raw) }
    }
}

/// A context together with one module in it, for IR that lives as long as the program (the
/// source of every unit the tiered JIT compiles). Not thread-safe: keep it behind a lock.
pub struct OwnedModule {
    // Declared before `context`, so that it is dropped first.
    module: Module<'static>,
    _context: Box<Context>,
}

// SAFETY: the context and module are only ever used by one thread at a time (the owner keeps
// this behind a mutex), and LLVM contexts have no thread affinity.
unsafe impl Send for OwnedModule {}

impl OwnedModule {
    /// Make a module in a new context with `make`, and keep the two together; `make` may
    /// also return something else it learned.
    pub fn build<T, E>(
        make: impl FnOnce(&Context) -> Result<(Module<'_>, T), E>,
    ) -> Result<(Self, T), E> {
        let context = Box::new(Context::new());
        let (module, extra) = make(&context)?;
        // SAFETY: the module borrows the boxed context, whose address is stable and which this
        // struct keeps alive (and drops after the module).
        let module = unsafe { std::mem::transmute::<Module<'_>, Module<'static>>(module) };
        Ok((
            OwnedModule {
                module,
                _context: context,
            },
            extra,
        ))
    }

    pub fn module(&self) -> &Module<'_> {
        &self.module
    }

    pub fn module_mut(&mut self) -> &mut Module<'static> {
        &mut self.module
    }
}

/// The linkage classes tierup distinguishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Linkage {
    External,
    ExternalWeak,
    Internal,
    AvailableExternally,
    Other,
}

impl<'c> Module<'c> {
    fn from_raw(raw: LLVMModuleRef) -> Self {
        Module {
            raw,
            _context: PhantomData,
        }
    }

    /// The module as bitcode, to move it to another context (another thread).
    pub fn to_bitcode(&self) -> Vec<u8> {
        // SAFETY: the module is live; the buffer is ours and disposed after copying.
        unsafe {
            let buffer = llvm_sys::bit_writer::LLVMWriteBitcodeToMemoryBuffer(self.raw);
            let bytes = std::slice::from_raw_parts(
                LLVMGetBufferStart(buffer).cast::<u8>(),
                LLVMGetBufferSize(buffer),
            )
            .to_vec();
            LLVMDisposeMemoryBuffer(buffer);
            bytes
        }
    }

    /// Drop debug information (the units of the tiered JIT do not carry it yet).
    pub fn strip_debug_info(&mut self) {
        // SAFETY: the module is live.
        unsafe { llvm_sys::debuginfo::LLVMStripModuleDebugInfo(self.raw) };
    }

    /// Link `other` into this module (it is consumed), as `llvm-link` does.
    pub fn link(&mut self, other: Module<'c>, context: &Context) -> Result<(), String> {
        let src = other.raw;
        std::mem::forget(other);
        // SAFETY: both modules live in `context`; `LLVMLinkModules2` takes ownership of `src`.
        let failed = unsafe { llvm_sys::linker::LLVMLinkModules2(self.raw, src) };
        if failed != 0 {
            let diagnostics = context.take_diagnostics();
            return Err(first_line(&diagnostics.join("; ")).to_string());
        }
        Ok(())
    }

    /// Run LLVM's verifier; the error is the verifier's message on one line.
    pub fn verify(&self) -> Result<(), String> {
        let mut message = ptr::null_mut();
        // SAFETY: the module is live; the message is owned by us afterwards.
        let broken = unsafe {
            llvm_sys::analysis::LLVMVerifyModule(
                self.raw,
                llvm_sys::analysis::LLVMVerifierFailureAction::LLVMReturnStatusAction,
                &mut message,
            )
        };
        // SAFETY: `message` was allocated by LLVM for us.
        let message = unsafe { take_message(message) };
        if broken == 0 {
            return Ok(());
        }
        let lines: Vec<&str> = message
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(2)
            .collect();
        Err(lines.join(": "))
    }

    pub fn data_layout(&self) -> String {
        // SAFETY: the module is live; the string is owned by the module and copied at once.
        unsafe { CStr::from_ptr(LLVMGetDataLayoutStr(self.raw)) }
            .to_string_lossy()
            .into_owned()
    }

    pub fn set_data_layout(&mut self, layout: &str) {
        let layout = cstring(layout);
        // SAFETY: the module is live; LLVM copies the string.
        unsafe { LLVMSetDataLayout(self.raw, layout.as_ptr()) }
    }

    pub fn triple(&self) -> String {
        // SAFETY: the module is live; the string is owned by the module and copied at once.
        unsafe { CStr::from_ptr(LLVMGetTarget(self.raw)) }
            .to_string_lossy()
            .into_owned()
    }

    pub fn set_triple(&mut self, triple: &str) {
        let triple = cstring(triple);
        // SAFETY: the module is live; LLVM copies the string.
        unsafe { LLVMSetTarget(self.raw, triple.as_ptr()) }
    }

    /// Every function of the module, definitions and declarations.
    pub fn functions(&self) -> Vec<Value<'_>> {
        // SAFETY: iterating a live module's function list.
        self.collect(unsafe { LLVMGetFirstFunction(self.raw) }, |v| unsafe {
            LLVMGetNextFunction(v)
        })
    }

    /// Every alias of the module.
    pub fn aliases(&self) -> Vec<Value<'_>> {
        // SAFETY: iterating a live module's alias list.
        self.collect(unsafe { LLVMGetFirstGlobalAlias(self.raw) }, |v| unsafe {
            LLVMGetNextGlobalAlias(v)
        })
    }

    /// Remove `optnone` and `noinline` (which `clang -O0` puts on every function) from every
    /// function, so that the optimiser and inliner may work on them.
    pub fn remove_optnone(&mut self) {
        // SAFETY: attribute kinds are looked up by name; the functions belong to this module.
        unsafe {
            let kinds: Vec<u32> = ["optnone", "noinline"]
                .iter()
                .map(|name| LLVMGetEnumAttributeKindForName(name.as_ptr().cast(), name.len()))
                .collect();
            for function in self.functions() {
                for kind in &kinds {
                    LLVMRemoveEnumAttributeAtIndex(
                        function.raw,
                        llvm_sys::LLVMAttributeFunctionIndex,
                        *kind,
                    );
                }
            }
        }
    }

    /// Every global variable of the module.
    pub fn globals(&self) -> Vec<Value<'_>> {
        // SAFETY: iterating a live module's global list.
        self.collect(unsafe { LLVMGetFirstGlobal(self.raw) }, |v| unsafe {
            LLVMGetNextGlobal(v)
        })
    }

    fn collect(
        &self,
        first: LLVMValueRef,
        next: impl Fn(LLVMValueRef) -> LLVMValueRef,
    ) -> Vec<Value<'_>> {
        let mut out = Vec::new();
        let mut current = first;
        while !current.is_null() {
            out.push(Value::wrap(current));
            current = next(current);
        }
        out
    }

    pub fn function(&self, name: &str) -> Option<Value<'_>> {
        let name = cstring(name);
        // SAFETY: the module is live.
        let raw = unsafe { LLVMGetNamedFunction(self.raw, name.as_ptr()) };
        (!raw.is_null()).then(|| Value::wrap(raw))
    }

    pub fn global(&self, name: &str) -> Option<Value<'_>> {
        let name = cstring(name);
        // SAFETY: the module is live.
        let raw = unsafe { LLVMGetNamedGlobal(self.raw, name.as_ptr()) };
        (!raw.is_null()).then(|| Value::wrap(raw))
    }

    /// Declare (or find) an external function of one of the shapes tierup emits.
    pub fn declare_function(&self, context: &Context, name: &str, sig: Signature) -> Value<'_> {
        if let Some(existing) = self.function(name) {
            return existing;
        }
        let fn_type = sig.llvm_type(context);
        let cname = cstring(name);
        // SAFETY: the module and the type belong to `context`.
        Value::wrap(unsafe { LLVMAddFunction(self.raw, cname.as_ptr(), fn_type) })
    }

    /// Add a global variable of type `ty` (no initializer yet).
    pub fn add_global(&self, ty: Type<'_>, name: &str) -> Value<'_> {
        let cname = cstring(name);
        // SAFETY: the module and the type share a context.
        Value::wrap(unsafe { LLVMAddGlobal(self.raw, ty.raw, cname.as_ptr()) })
    }

    /// Store size and ABI alignment of a type under this module's data layout.
    pub fn size_and_align(&self, ty: Type<'_>) -> (u64, u64) {
        // SAFETY: the module is live and the type belongs to its context.
        unsafe {
            let layout = llvm_sys::target::LLVMGetModuleDataLayout(self.raw);
            (
                llvm_sys::target::LLVMABISizeOfType(layout, ty.raw),
                u64::from(llvm_sys::target::LLVMABIAlignmentOfType(layout, ty.raw)),
            )
        }
    }

    /// Build a new external function `void name()` that calls each of `callees` in order.
    pub fn add_caller_function(&self, context: &Context, name: &str, callees: &[Value<'_>]) {
        let function = self.declare_function(context, name, Signature::VoidToVoid);
        let void_fn = Signature::VoidToVoid.llvm_type(context);
        // SAFETY: all values live in this module; the builder is disposed before returning.
        unsafe {
            let block = LLVMAppendBasicBlockInContext(context.raw, function.raw, c"entry".as_ptr());
            let builder = LLVMCreateBuilderInContext(context.raw);
            LLVMPositionBuilderAtEnd(builder, block);
            for callee in callees {
                LLVMBuildCall2(
                    builder,
                    void_fn,
                    callee.raw,
                    ptr::null_mut(),
                    0,
                    c"".as_ptr(),
                );
            }
            LLVMBuildRetVoid(builder);
            LLVMDisposeBuilder(builder);
        }
    }

    /// Run an LLVM pass pipeline (`default<O2>`, ...) for `machine`.
    pub fn run_passes(&mut self, pipeline: &str, machine: &TargetMachine) -> Result<(), String> {
        machine.run_passes(self.raw, pipeline)
    }

    /// Generate a relocatable object file for `machine`.
    pub fn emit_object(&mut self, machine: &TargetMachine) -> Result<ObjectBuffer, String> {
        machine.emit_object(self.raw)
    }
}

/// The shapes of function tierup declares itself.
#[derive(Clone, Copy, Debug)]
pub enum Signature {
    /// `void ()`
    VoidToVoid,
    /// `ptr (ptr)`
    PtrToPtr,
}

impl Signature {
    fn llvm_type(self, context: &Context) -> LLVMTypeRef {
        // SAFETY: the types belong to the live context.
        unsafe {
            match self {
                Signature::VoidToVoid => {
                    LLVMFunctionType(context.void_type(), ptr::null_mut(), 0, 0)
                }
                Signature::PtrToPtr => {
                    let mut params = [context.ptr_type()];
                    LLVMFunctionType(context.ptr_type(), params.as_mut_ptr(), 1, 0)
                }
            }
        }
    }
}

/// An object file produced by code generation.
pub struct ObjectBuffer {
    raw: LLVMMemoryBufferRef,
}

impl ObjectBuffer {
    /// An object file's bytes, copied (from another process, named `name` in messages).
    pub fn from_bytes(bytes: &[u8], name: &str) -> ObjectBuffer {
        ObjectBuffer {
            raw: memory_buffer(bytes, name),
        }
    }

    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the buffer is live while `self` is, and holds `size` bytes at `start`.
        unsafe {
            std::slice::from_raw_parts(
                LLVMGetBufferStart(self.raw).cast::<u8>(),
                LLVMGetBufferSize(self.raw),
            )
        }
    }

    /// The size in bytes of the symbols of this object file (its functions: code, data),
    /// by name; empty if it cannot be read as one.
    pub fn symbol_sizes(&self) -> Vec<(String, u64)> {
        use llvm_sys::object::*;
        let mut sizes = Vec::new();
        // SAFETY: the binary reads this live buffer without owning it and is disposed, with
        // its iterator, before returning; names are copied while the binary lives.
        unsafe {
            let mut error = ptr::null_mut();
            let binary = LLVMCreateBinary(self.raw, ptr::null_mut(), &mut error);
            if binary.is_null() {
                if !error.is_null() {
                    LLVMDisposeMessage(error);
                }
                return sizes;
            }
            let symbols = LLVMObjectFileCopySymbolIterator(binary);
            while LLVMObjectFileIsSymbolIteratorAtEnd(binary, symbols) == 0 {
                let name = LLVMGetSymbolName(symbols);
                let size = LLVMGetSymbolSize(symbols);
                if !name.is_null() && size > 0 {
                    sizes.push((CStr::from_ptr(name).to_string_lossy().into_owned(), size));
                }
                LLVMMoveToNextSymbol(symbols);
            }
            LLVMDisposeSymbolIterator(symbols);
            LLVMDisposeBinary(binary);
        }
        sizes
    }

    fn into_raw(self) -> LLVMMemoryBufferRef {
        let raw = self.raw;
        std::mem::forget(self);
        raw
    }
}

// SAFETY: a memory buffer is plain owned bytes with no ties to a context or thread.
unsafe impl Send for ObjectBuffer {}

impl Drop for ObjectBuffer {
    fn drop(&mut self) {
        // SAFETY: we own the buffer.
        unsafe { LLVMDisposeMemoryBuffer(self.raw) }
    }
}

/// A type of the context a module lives in.
#[derive(Clone, Copy)]
pub struct Type<'m> {
    raw: LLVMTypeRef,
    _module: PhantomData<&'m ()>,
}

impl<'m> Type<'m> {
    fn wrap(raw: LLVMTypeRef) -> Self {
        Type {
            raw,
            _module: PhantomData,
        }
    }

    /// The type as LLVM prints it (`i32 (i32, ptr)`).
    pub fn to_ir(self) -> String {
        // SAFETY: the type is live; the string is ours.
        unsafe { take_message(LLVMPrintTypeToString(self.raw)) }
    }

    pub fn is_void(self) -> bool {
        // SAFETY: the type is live.
        unsafe { LLVMGetTypeKind(self.raw) == LLVMTypeKind::LLVMVoidTypeKind }
    }

    pub fn is_pointer(self) -> bool {
        // SAFETY: the type is live.
        unsafe { LLVMGetTypeKind(self.raw) == LLVMTypeKind::LLVMPointerTypeKind }
    }

    /// The bit width if this is an integer type.
    pub fn int_width(self) -> Option<u32> {
        // SAFETY: the type is live; the width is only asked of integer types.
        unsafe {
            (LLVMGetTypeKind(self.raw) == LLVMTypeKind::LLVMIntegerTypeKind)
                .then(|| LLVMGetIntTypeWidth(self.raw))
        }
    }

    /// For a function type: its return type, parameter types and whether it is variadic.
    pub fn function_parts(self) -> (Type<'m>, Vec<Type<'m>>, bool) {
        // SAFETY: only called on function types (the value type of a function).
        unsafe {
            let count = LLVMCountParamTypes(self.raw) as usize;
            let mut params = vec![ptr::null_mut(); count];
            LLVMGetParamTypes(self.raw, params.as_mut_ptr());
            (
                Type::wrap(LLVMGetReturnType(self.raw)),
                params.into_iter().map(Type::wrap).collect(),
                LLVMIsFunctionVarArg(self.raw) != 0,
            )
        }
    }

    /// A struct type `{ i64, i64, ptr, i64 }` style literal, built from `fields`.
    pub fn literal_struct(fields: &[Type<'m>], context: &'m Context) -> Type<'m> {
        let mut raw: Vec<LLVMTypeRef> = fields.iter().map(|t| t.raw).collect();
        // SAFETY: all field types belong to `context`.
        Type::wrap(unsafe {
            LLVMStructTypeInContext(context.raw, raw.as_mut_ptr(), raw.len() as u32, 0)
        })
    }
}

/// A value (function, global, instruction, constant) inside a module.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Value<'m> {
    raw: LLVMValueRef,
    _module: PhantomData<&'m ()>,
}

impl<'m> Value<'m> {
    fn wrap(raw: LLVMValueRef) -> Self {
        Value {
            raw,
            _module: PhantomData,
        }
    }

    pub fn name(self) -> String {
        let mut len = 0;
        // SAFETY: the value is live; LLVM returns a pointer into its own storage.
        unsafe { borrowed_str(LLVMGetValueName2(self.raw, &mut len), len) }
    }

    pub fn set_name(self, name: &str) {
        // SAFETY: the value is live; LLVM copies the name.
        unsafe { LLVMSetValueName2(self.raw, name.as_ptr().cast(), name.len()) }
    }

    pub fn is_alias(self) -> bool {
        // SAFETY: the value is live.
        unsafe { !LLVMIsAGlobalAlias(self.raw).is_null() }
    }

    /// For a global value: whether it has no body / initializer here.
    pub fn is_declaration(self) -> bool {
        // SAFETY: only called on global values.
        unsafe { LLVMIsDeclaration(self.raw) != 0 }
    }

    pub fn linkage(self) -> Linkage {
        // SAFETY: only called on global values.
        match unsafe { LLVMGetLinkage(self.raw) } {
            LLVMLinkage::LLVMExternalLinkage => Linkage::External,
            LLVMLinkage::LLVMExternalWeakLinkage => Linkage::ExternalWeak,
            LLVMLinkage::LLVMInternalLinkage | LLVMLinkage::LLVMPrivateLinkage => Linkage::Internal,
            _ => Linkage::Other,
        }
    }

    /// Give a global value external linkage and default visibility.
    pub fn make_external(self) {
        // SAFETY: only called on global values.
        unsafe {
            LLVMSetLinkage(self.raw, LLVMLinkage::LLVMExternalLinkage);
            LLVMSetVisibility(self.raw, llvm_sys::LLVMVisibility::LLVMDefaultVisibility);
        }
    }

    /// Leave its comdat: every definition of a tierup program is the only one.
    pub fn clear_comdat(self) {
        // SAFETY: only called on global objects.
        unsafe { llvm_sys::comdat::LLVMSetComdat(self.raw, ptr::null_mut()) }
    }

    /// The functions this function calls directly, and its number of instructions.
    pub fn direct_callees(self) -> (Vec<Value<'m>>, usize) {
        let mut callees = Vec::new();
        let mut size = 0;
        // SAFETY: walking the blocks and instructions of a live function definition.
        unsafe {
            let mut block = LLVMGetFirstBasicBlock(self.raw);
            while !block.is_null() {
                let mut instruction = LLVMGetFirstInstruction(block);
                while !instruction.is_null() {
                    size += 1;
                    if !LLVMIsACallInst(instruction).is_null() {
                        let callee = LLVMGetCalledValue(instruction);
                        if !LLVMIsAFunction(callee).is_null() && LLVMGetIntrinsicID(callee) == 0 {
                            let callee = Value::wrap(callee);
                            if !callees.contains(&callee) {
                                callees.push(callee);
                            }
                        }
                    }
                    instruction = LLVMGetNextInstruction(instruction);
                }
                block = LLVMGetNextBasicBlock(block);
            }
        }
        (callees, size)
    }

    pub fn make_private(self) {
        // SAFETY: only called on global values.
        unsafe { LLVMSetLinkage(self.raw, LLVMLinkage::LLVMPrivateLinkage) }
    }

    /// The type of the object a global value defines (a function's function type).
    pub fn value_type(self) -> Type<'m> {
        // SAFETY: only called on global values.
        Type::wrap(unsafe { LLVMGlobalGetValueType(self.raw) })
    }

    pub fn is_intrinsic(self) -> bool {
        // SAFETY: the value is live.
        unsafe { !LLVMIsAFunction(self.raw).is_null() && LLVMGetIntrinsicID(self.raw) != 0 }
    }

    pub fn is_thread_local(self) -> bool {
        // SAFETY: only called on global variables.
        unsafe { LLVMIsThreadLocal(self.raw) != 0 }
    }

    pub fn set_global_constant(self, constant: bool) {
        // SAFETY: only called on global variables.
        unsafe { LLVMSetGlobalConstant(self.raw, constant.into()) }
    }

    pub fn alignment(self) -> u32 {
        // SAFETY: only called on global variables.
        unsafe { LLVMGetAlignment(self.raw) }
    }

    pub fn set_alignment(self, align: u32) {
        // SAFETY: only called on global variables.
        unsafe { LLVMSetAlignment(self.raw, align) }
    }

    pub fn initializer(self) -> Option<Value<'m>> {
        // SAFETY: only called on global variables.
        let raw = unsafe { LLVMGetInitializer(self.raw) };
        (!raw.is_null()).then(|| Value::wrap(raw))
    }

    pub fn set_initializer(self, init: Value<'_>) {
        // SAFETY: only called on global variables with an initializer of their value type.
        unsafe { LLVMSetInitializer(self.raw, init.raw) }
    }

    pub fn operand_count(self) -> u32 {
        // SAFETY: the value is live.
        unsafe { LLVMGetNumOperands(self.raw) as u32 }
    }

    pub fn operand(self, index: u32) -> Value<'m> {
        // SAFETY: callers stay below `operand_count`.
        Value::wrap(unsafe { LLVMGetOperand(self.raw, index) })
    }

    pub fn set_operand(self, index: u32, value: Value<'_>) {
        // SAFETY: callers stay below `operand_count` and pass a value of the operand's type.
        unsafe { LLVMSetOperand(self.raw, index, value.raw) }
    }

    /// The value of an integer constant, sign-extended.
    pub fn const_int(self) -> Option<i64> {
        // SAFETY: the value is live; the accessor is only used on integer constants.
        unsafe {
            (!LLVMIsAConstantInt(self.raw).is_null()).then(|| LLVMConstIntGetSExtValue(self.raw))
        }
    }

    pub fn is_null_constant(self) -> bool {
        // SAFETY: the value is live.
        unsafe { LLVMIsNull(self.raw) != 0 }
    }

    /// The users of this value (instructions and constants), one entry per use.
    pub fn users(self) -> Vec<Value<'m>> {
        let mut out = Vec::new();
        // SAFETY: walking the use list of a live value.
        unsafe {
            let mut u = LLVMGetFirstUse(self.raw);
            while !u.is_null() {
                out.push(Value::wrap(LLVMGetUser(u)));
                u = LLVMGetNextUse(u);
            }
        }
        out
    }

    pub fn is_instruction(self) -> bool {
        // SAFETY: the value is live.
        unsafe { !LLVMIsAInstruction(self.raw).is_null() }
    }

    /// For a call instruction: the called operand.
    pub fn called_value(self) -> Option<Value<'m>> {
        // SAFETY: the value is live; the callee is only asked of call instructions.
        unsafe {
            (!LLVMIsACallInst(self.raw).is_null())
                .then(|| Value::wrap(LLVMGetCalledValue(self.raw)))
        }
    }

    pub fn is_phi(self) -> bool {
        // SAFETY: the value is live.
        unsafe { LLVMGetInstructionOpcode(self.raw) == LLVMOpcode::LLVMPHI }
    }

    /// For an instruction: the function containing it.
    pub fn parent_function(self) -> Option<Value<'m>> {
        // SAFETY: the value is live; parents are only asked of instructions.
        unsafe {
            if LLVMIsAInstruction(self.raw).is_null() {
                return None;
            }
            let block = LLVMGetInstructionParent(self.raw);
            (!block.is_null()).then(|| Value::wrap(LLVMGetBasicBlockParent(block)))
        }
    }

    pub fn erase_instruction(self) {
        // SAFETY: only called on instructions without remaining uses.
        unsafe { LLVMInstructionEraseFromParent(self.raw) }
    }

    pub fn replace_all_uses_with(self, new: Value<'_>) {
        // SAFETY: both values are live and of the same type.
        unsafe { LLVMReplaceAllUsesWith(self.raw, new.raw) }
    }

    pub fn delete_global(self) {
        // SAFETY: only called on global variables without remaining uses.
        unsafe { LLVMDeleteGlobal(self.raw) }
    }

    /// The value as a short piece of IR, for messages.
    pub fn to_ir(self) -> String {
        // SAFETY: the value is live; the string is ours.
        unsafe { take_message(LLVMPrintValueToString(self.raw)) }
    }
}

/// An instruction builder positioned in one function.
pub struct Builder<'c> {
    raw: LLVMBuilderRef,
    _context: PhantomData<&'c Context>,
}

impl<'c> Builder<'c> {
    pub fn new(context: &'c Context) -> Self {
        // SAFETY: the context is live for 'c.
        Builder {
            raw: unsafe { LLVMCreateBuilderInContext(context.raw) },
            _context: PhantomData,
        }
    }

    /// Position before `instruction`; for a phi, before the terminator of the block the
    /// `operand`-th incoming value comes from.
    pub fn position_for_operand(&self, instruction: Value<'_>, operand: u32) {
        // SAFETY: the instruction is live; phi operands index incoming blocks one to one.
        unsafe {
            if instruction.is_phi() {
                let block = LLVMGetIncomingBlock(instruction.raw, operand);
                LLVMPositionBuilderBefore(self.raw, LLVMGetBasicBlockTerminator(block));
            } else {
                LLVMPositionBuilderBefore(self.raw, instruction.raw);
            }
        }
    }

    /// `call ptr callee(ptr argument)`
    pub fn call_ptr_to_ptr<'m>(
        &self,
        context: &Context,
        callee: Value<'m>,
        argument: Value<'m>,
    ) -> Value<'m> {
        let fn_type = Signature::PtrToPtr.llvm_type(context);
        let mut args = [argument.raw];
        // SAFETY: the callee has type `ptr (ptr)` and the builder is positioned.
        Value::wrap(unsafe {
            LLVMBuildCall2(
                self.raw,
                fn_type,
                callee.raw,
                args.as_mut_ptr(),
                1,
                c"".as_ptr(),
            )
        })
    }
}

impl Drop for Builder<'_> {
    fn drop(&mut self) {
        // SAFETY: we own the builder.
        unsafe { LLVMDisposeBuilder(self.raw) }
    }
}

/// Constants used by the preparation passes.
pub mod constant {
    use super::*;

    pub fn int<'m>(ty: Type<'m>, value: u64) -> Value<'m> {
        // SAFETY: `ty` is an integer type of a live context.
        Value::wrap(unsafe { LLVMConstInt(ty.raw, value, 0) })
    }

    pub fn structure<'m>(context: &Context, fields: &[Value<'m>]) -> Value<'m> {
        let mut raw: Vec<LLVMValueRef> = fields.iter().map(|v| v.raw).collect();
        // SAFETY: all fields are constants of `context`.
        Value::wrap(unsafe {
            LLVMConstStructInContext(context.raw, raw.as_mut_ptr(), raw.len() as u32, 0)
        })
    }
}

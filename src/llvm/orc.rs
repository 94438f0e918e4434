//! The JIT linker: ORC's LLJIT, used only to link object files into this process and to
//! resolve symbols (our runtime's, the process's, compiler-rt's builtins).
//!
//! Code generation happens before, in `TargetMachine::emit_object`, so that each tier chooses
//! its own optimisation level and later tiers can compile on threads of their own.

use std::ffi::{CStr, c_void};
use std::ptr;
use std::sync::{Mutex, mpsc};

use llvm_sys::error::*;
use llvm_sys::orc2::lljit::*;
use llvm_sys::orc2::*;

use super::{ObjectBuffer, cstring};

/// Turn an `LLVMErrorRef` into its message (consuming the error).
pub(super) fn error_message(error: LLVMErrorRef) -> String {
    // SAFETY: `error` is a live, unconsumed error; the message is disposed after copying.
    unsafe {
        let raw = LLVMGetErrorMessage(error);
        let text = CStr::from_ptr(raw).to_string_lossy().into_owned();
        LLVMDisposeErrorMessage(raw);
        text
    }
}

fn check(error: LLVMErrorRef) -> Result<(), String> {
    if error.is_null() {
        Ok(())
    } else {
        Err(error_message(error))
    }
}

/// One JIT session with a single dylib into which every object of a program is linked.
///
/// The dylib is a bare one of our own, not LLJIT's main dylib: LLJIT's default platform
/// defines `atexit` there and runs those handlers only on a `deinitialize` the C API cannot
/// call, while the guest's handlers must run at its `exit`, as natively.
pub struct Linker {
    raw: LLVMOrcLLJITRef,
    dylib: LLVMOrcJITDylibRef,
    session_errors: Box<Mutex<Vec<String>>>,
}

extern "C" fn collect_session_error(sink: *mut c_void, error: LLVMErrorRef) {
    let text = error_message(error);
    // SAFETY: `sink` is the boxed mutex owned by the `Linker`, which outlives its session.
    let sink = unsafe { &*(sink as *const Mutex<Vec<String>>) };
    sink.lock().unwrap_or_else(|e| e.into_inner()).push(text);
}

extern "C" fn lookup_done(
    error: LLVMErrorRef,
    pairs: LLVMOrcCSymbolMapPairs,
    count: usize,
    context: *mut c_void,
) {
    // SAFETY: `context` is the sender boxed by `Linker::lookup`, handed to us once.
    let sender = unsafe { Box::from_raw(context.cast::<mpsc::Sender<Result<usize, String>>>()) };
    let result = if !error.is_null() {
        Err(error_message(error))
    } else if count == 0 {
        Err("symbol lookup returned nothing".to_string())
    } else {
        // SAFETY: on success the session passes `count` valid pairs.
        Ok(unsafe { (*pairs).Sym.Address } as usize)
    };
    let _ = sender.send(result);
}

// SAFETY: LLJIT is internally synchronised; lookups and additions may come from any thread.
unsafe impl Send for Linker {}
// SAFETY: as above.
unsafe impl Sync for Linker {}

impl Linker {
    pub fn new() -> Result<Self, String> {
        super::initialize();
        let session_errors = Box::new(Mutex::new(Vec::new()));
        // SAFETY: the builder is consumed by `LLVMOrcCreateLLJIT`; the error sink is boxed and
        // lives as long as the returned `Linker`, which never disposes the session before it.
        unsafe {
            let builder = LLVMOrcCreateLLJITBuilder();
            let mut raw = ptr::null_mut();
            check(LLVMOrcCreateLLJIT(&mut raw, builder))?;
            LLVMOrcExecutionSessionSetErrorReporter(
                LLVMOrcLLJITGetExecutionSession(raw),
                collect_session_error,
                &*session_errors as *const Mutex<Vec<String>> as *mut c_void,
            );
            let dylib = LLVMOrcExecutionSessionCreateBareJITDylib(
                LLVMOrcLLJITGetExecutionSession(raw),
                c"tierup".as_ptr(),
            );
            let mut generator = ptr::null_mut();
            check(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
                &mut generator,
                LLVMOrcLLJITGetGlobalPrefix(raw),
                None,
                ptr::null_mut(),
            ))?;
            LLVMOrcJITDylibAddGenerator(dylib, generator);
            Ok(Linker {
                raw,
                dylib,
                session_errors,
            })
        }
    }

    /// Resolve symbols not found elsewhere from a static archive (compiler-rt's builtins).
    pub fn add_archive(&self, path: &str) -> Result<(), String> {
        let path = cstring(path);
        // SAFETY: the object layer belongs to this live JIT; the generator is owned by the
        // dylib once added.
        unsafe {
            let mut generator = ptr::null_mut();
            check(LLVMOrcCreateStaticLibrarySearchGeneratorForPath(
                &mut generator,
                LLVMOrcLLJITGetObjLinkingLayer(self.raw),
                path.as_ptr(),
            ))?;
            LLVMOrcJITDylibAddGenerator(self.dylib, generator);
        }
        Ok(())
    }

    /// Define symbols at fixed addresses (functions of our runtime).
    pub fn define_absolute(&self, symbols: &[(&str, usize)]) -> Result<(), String> {
        let flags = || LLVMJITSymbolFlags {
            GenericFlags: LLVMJITSymbolGenericFlags::LLVMJITSymbolGenericFlagsExported as u8
                | LLVMJITSymbolGenericFlags::LLVMJITSymbolGenericFlagsCallable as u8,
            TargetFlags: 0,
        };
        let mut pairs: Vec<LLVMOrcCSymbolMapPair> = symbols
            .iter()
            .map(|(name, address)| LLVMOrcCSymbolMapPair {
                // SAFETY: interning a name in this live JIT's pool; ownership of the entry
                // passes to the materialization unit.
                Name: unsafe { LLVMOrcLLJITMangleAndIntern(self.raw, cstring(name).as_ptr()) },
                Sym: LLVMJITEvaluatedSymbol {
                    Address: *address as u64,
                    Flags: flags(),
                },
            })
            .collect();
        // SAFETY: the unit takes the pairs' names; defining it transfers the unit to the dylib.
        unsafe {
            let unit = LLVMOrcAbsoluteSymbols(pairs.as_mut_ptr(), pairs.len());
            check(LLVMOrcJITDylibDefine(self.dylib, unit))
        }
    }

    /// Add an object file; it is linked when one of its symbols is first looked up.
    pub fn add_object(&self, object: ObjectBuffer) -> Result<(), String> {
        // SAFETY: ownership of the buffer passes to the JIT.
        check(unsafe { LLVMOrcLLJITAddObjectFile(self.raw, self.dylib, object.into_raw()) })
    }

    /// The address of a defined symbol, linking whatever it needs first.
    pub fn lookup(&self, name: &str) -> Result<usize, String> {
        let (sender, receiver) = mpsc::channel::<Result<usize, String>>();
        let sender = Box::into_raw(Box::new(sender));
        // SAFETY: the search order and lookup set are valid for the call; the interned name is
        // released once the result has arrived (the session retains what it keeps); `sender`
        // is reclaimed by `lookup_done`, which the session calls exactly once.
        let result = unsafe {
            let symbol = LLVMOrcLLJITMangleAndIntern(self.raw, cstring(name).as_ptr());
            let mut order = [LLVMOrcCJITDylibSearchOrderElement {
                JD: self.dylib,
                JDLookupFlags:
                    LLVMOrcJITDylibLookupFlags::LLVMOrcJITDylibLookupFlagsMatchAllSymbols,
            }];
            let mut set = [LLVMOrcCLookupSetElement {
                Name: symbol,
                LookupFlags: LLVMOrcSymbolLookupFlags::LLVMOrcSymbolLookupFlagsRequiredSymbol,
            }];
            LLVMOrcExecutionSessionLookup(
                LLVMOrcLLJITGetExecutionSession(self.raw),
                LLVMOrcLookupKind::LLVMOrcLookupKindStatic,
                order.as_mut_ptr(),
                order.len(),
                set.as_mut_ptr(),
                set.len(),
                lookup_done,
                sender.cast(),
            );
            let result = receiver
                .recv()
                .unwrap_or_else(|_| Err("the JIT session dropped a lookup".to_string()));
            LLVMOrcReleaseSymbolStringPoolEntry(symbol);
            result
        };
        result.map_err(|message| {
            let mut errors = self.take_session_errors();
            errors.push(message);
            errors.join("; ")
        })
    }

    fn take_session_errors(&self) -> Vec<String> {
        std::mem::take(
            &mut *self
                .session_errors
                .lock()
                .unwrap_or_else(|e| e.into_inner()),
        )
    }
}

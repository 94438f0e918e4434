//! Rust side of `shim.cpp`: cutting functions into units, building the image unit and
//! instrumenting baseline code, as safe methods on `Module`.

use std::ffi::c_char;

use llvm_sys::prelude::*;

use super::{Module, Value, cstring, take_message};

unsafe extern "C" {
    fn tierup_extract_unit(
        src: LLVMModuleRef,
        function: LLVMValueRef,
        version_name: *const c_char,
        self_to_entry: i32,
        copies: *const LLVMValueRef,
        copy_count: usize,
        privates: *const LLVMValueRef,
        private_count: usize,
    ) -> LLVMModuleRef;
    fn tierup_build_image(
        src: LLVMModuleRef,
        excluded: *const LLVMValueRef,
        excluded_count: usize,
    ) -> LLVMModuleRef;
    fn tierup_aliased_function(alias: LLVMValueRef) -> LLVMValueRef;
    fn tierup_call_thunk(call: LLVMValueRef, name: *const c_char) -> LLVMModuleRef;
    fn tierup_wide_vector_arguments(function: LLVMValueRef) -> i32;
    fn tierup_make_entries(
        count: u64,
        reentry: u64,
        context: u64,
        out: *mut EntryBlock,
    ) -> *mut c_char;
    fn tierup_materialize(function: LLVMValueRef) -> *mut c_char;
    fn tierup_osr_entries(
        function: LLVMValueRef,
        header: u32,
        candidates: *const u32,
        candidate_count: usize,
        registers: *const u32,
        register_count: usize,
        out: *mut u32,
    ) -> usize;
    fn tierup_make_osr(
        function: LLVMValueRef,
        headers: *const u32,
        header_count: usize,
        registers: *const u32,
        register_count: usize,
        token_base: u64,
        token_blocks: *const u32,
        token_count: usize,
        entry_name: *const c_char,
        call_version: *const c_char,
    ) -> *mut c_char;
    fn tierup_materialize_all(module: LLVMModuleRef) -> *mut c_char;
    fn tierup_instrument(
        function: LLVMValueRef,
        profile: u64,
        hot_name: *const c_char,
        id: u64,
        osr_name: *const c_char,
        osr_tier: u32,
    );
    fn tierup_compiled_frame(
        function: LLVMValueRef,
        header: u32,
        out: *mut u32,
        capacity: usize,
    ) -> usize;
    fn tierup_address_taken_blocks(function: LLVMValueRef, out: *mut u32, capacity: usize)
    -> usize;
    fn tierup_block_addresses_escape(function: LLVMValueRef) -> i32;
    fn tierup_block_address_owner(global: LLVMValueRef) -> LLVMValueRef;
}

fn raw_values(values: &[Value<'_>]) -> Vec<LLVMValueRef> {
    values.iter().map(|v| v.raw).collect()
}

/// What goes into one function's unit.
pub struct UnitSpec<'a, 'm> {
    pub function: Value<'m>,
    /// The symbol the unit defines for this version of the function.
    pub version_name: &'a str,
    /// Send the function's references to itself to its entry (unless its blocks are
    /// address-taken, where the body must refer to its own blocks).
    pub self_to_entry: bool,
    /// Callees given to the optimiser as available_externally bodies.
    pub copies: &'a [Value<'m>],
    /// Globals defined inside the unit (tables of this function's block addresses).
    pub privates: &'a [Value<'m>],
}

impl<'c> Module<'c> {
    /// A new module in the same context holding one version of a function.
    pub fn extract_unit(&self, spec: &UnitSpec<'_, '_>) -> Module<'c> {
        let name = cstring(spec.version_name);
        let copies = raw_values(spec.copies);
        let privates = raw_values(spec.privates);
        // SAFETY: all values belong to this module; the shim returns a new module owned by the
        // caller, in this module's context.
        let raw = unsafe {
            tierup_extract_unit(
                self.raw,
                spec.function.raw,
                name.as_ptr(),
                spec.self_to_entry.into(),
                copies.as_ptr(),
                copies.len(),
                privates.as_ptr(),
                privates.len(),
            )
        };
        Module::from_raw(raw)
    }

    /// A new module in the same context defining `name`, a `void (ptr code, ptr ret, ptr
    /// args)` that makes the native call `call` (an instruction of this module) makes, for
    /// interpreted call sites libffi cannot describe (see `shim.cpp`).
    pub fn call_thunk(&self, call: Value<'_>, name: &str) -> Module<'c> {
        let name = cstring(name);
        // SAFETY: `call` is a call instruction of this module; the shim returns a new module
        // owned by the caller, in this module's context.
        Module::from_raw(unsafe { tierup_call_thunk(call.raw, name.as_ptr()) })
    }

    /// The image unit: globals and aliases of globals (see `shim.cpp`). `excluded` globals
    /// live in their function's unit instead.
    pub fn build_image(&self, excluded: &[Value<'_>]) -> Module<'c> {
        let excluded = raw_values(excluded);
        // SAFETY: as for `extract_unit`.
        let raw = unsafe { tierup_build_image(self.raw, excluded.as_ptr(), excluded.len()) };
        Module::from_raw(raw)
    }

    /// Read every function body of a lazily loaded module.
    pub fn materialize_all(&self) -> Result<(), String> {
        // SAFETY: the module is live; the shim returns null or a message for us.
        outcome(unsafe { take_message(tierup_materialize_all(self.raw)) })
    }

    /// Turn `function`, the definition of this unit, into its on-stack-replacement version
    /// entered at the loop headers `headers` (block indices): `void(ptr frame, ptr result,
    /// i32 header)`, which loads the values live at block `header` from the interpreter's
    /// frame (`registers`: the slot of each parameter, then of each instruction in block
    /// order), continues there and stores the function's result (see `shim.cpp`). The frame
    /// holds block tokens `tokens.0 + k` for the blocks `tokens.1[k]`, which the version
    /// translates to its own block addresses. What refers to the function itself goes to
    /// `entry`. With `call_version`, the version is entered at the function's entry too, and
    /// `call_version` is a plain definition of the function that enters it there.
    pub fn make_osr(
        &self,
        function: Value<'_>,
        headers: &[u32],
        registers: &[u32],
        tokens: (u64, &[u32]),
        entry: &str,
        call_version: Option<&str>,
    ) -> Result<(), String> {
        let entry = cstring(entry);
        let call_version = call_version.map(cstring);
        // SAFETY: `function` is a definition in this module; the shim reads `headers`,
        // `registers`, the token blocks and the name, and returns null or a message for us.
        outcome(unsafe {
            take_message(tierup_make_osr(
                function.raw,
                headers.as_ptr(),
                headers.len(),
                registers.as_ptr(),
                registers.len(),
                tokens.0,
                tokens.1.as_ptr(),
                tokens.1.len(),
                entry.as_ptr(),
                call_version
                    .as_ref()
                    .map_or(std::ptr::null(), |name| name.as_ptr()),
            ))
        })
    }

    /// Add entry and loop counters to `function`, a function of this module.
    /// With `osr` (a name and the code's ladder position), loop headers call it instead of
    /// `hot_name` and move the activation to the on-stack-replacement entry it returns, if any
    /// (see `shim.cpp`).
    pub fn instrument(
        &self,
        function: Value<'_>,
        profile: u64,
        hot_name: &str,
        id: u64,
        osr: Option<(&str, u32)>,
    ) {
        let hot = cstring(hot_name);
        let name = osr.map(|(name, _)| cstring(name));
        let osr_name = name.as_ref().map_or(std::ptr::null(), |name| name.as_ptr());
        let tier = osr.map_or(0, |(_, tier)| tier);
        // SAFETY: `function` is a definition in this module; the names outlive the call.
        unsafe { tierup_instrument(function.raw, profile, hot.as_ptr(), id, osr_name, tier) }
    }
}

impl<'m> Value<'m> {
    /// The frame slot of each value (the parameters, then the instructions in block order;
    /// `u32::MAX` for none) in the frame compiled code hands to an on-stack-replacement entry
    /// at block `header`: only the values the entry loads there have one. Empty if there is
    /// no such block.
    pub fn compiled_frame(&self, header: u32) -> Vec<u32> {
        // SAFETY: the function is a definition whose body is read; a first call counts.
        let count = unsafe { tierup_compiled_frame(self.raw, header, std::ptr::null_mut(), 0) };
        let mut out = vec![0; count];
        // SAFETY: as above, with room for every value.
        unsafe { tierup_compiled_frame(self.raw, header, out.as_mut_ptr(), count) };
        out
    }

    /// The loop headers (block indices, among `candidates`) that an on-stack-replacement
    /// version of this function entered at loop header `header` also enters: the outermost
    /// loops reachable from it, whose live values are in the frame (`registers`, as for
    /// `Module::make_osr`). Entering only there keeps every loop single-entry.
    pub fn osr_entries(&self, header: u32, candidates: &[u32], registers: &[u32]) -> Vec<u32> {
        let mut out = vec![0; candidates.len()];
        // SAFETY: the function is a definition whose body is read; the shim reads the two
        // slices and writes at most `candidates.len()` indices to `out`.
        let count = unsafe {
            tierup_osr_entries(
                self.raw,
                header,
                candidates.as_ptr(),
                candidates.len(),
                registers.as_ptr(),
                registers.len(),
                out.as_mut_ptr(),
            )
        };
        out.truncate(count);
        out
    }

    /// For a function: whether a parameter holds a vector wider than 128 bits (whose register
    /// the first-call trampoline would not preserve whole).
    pub fn has_wide_vector_arguments(self) -> bool {
        // SAFETY: only called on functions.
        unsafe { tierup_wide_vector_arguments(self.raw) != 0 }
    }

    /// For a function of a lazily loaded module: read its body, if not done yet, and verify it.
    pub fn materialize(self) -> Result<(), String> {
        // SAFETY: only called on functions; the shim returns null or a message for us.
        outcome(unsafe { take_message(tierup_materialize(self.raw)) })
    }

    /// For an alias: the function it names, if it names one.
    pub fn aliased_function(self) -> Option<Value<'m>> {
        // SAFETY: only called on aliases.
        let raw = unsafe { tierup_aliased_function(self.raw) };
        (!raw.is_null()).then(|| Value::wrap(raw))
    }

    /// Whether some `blockaddress` refers to a block of this function.
    pub fn has_block_addresses(self) -> bool {
        // SAFETY: only called on functions; with no room the shim only counts.
        unsafe { tierup_address_taken_blocks(self.raw, std::ptr::null_mut(), 0) != 0 }
    }

    /// For a function: the indices of its blocks whose address is taken, in block order.
    pub fn address_taken_blocks(self) -> Vec<u32> {
        // SAFETY: only called on functions; a first call counts, the second fills `out`.
        unsafe {
            let count = tierup_address_taken_blocks(self.raw, std::ptr::null_mut(), 0);
            let mut out = vec![0; count];
            tierup_address_taken_blocks(self.raw, out.as_mut_ptr(), count);
            out
        }
    }

    /// For a function: whether its block addresses may reach memory other than constant
    /// tables only it reads, another function or a caller (rather than its registers only).
    pub fn block_addresses_escape(self) -> bool {
        // SAFETY: only called on functions.
        unsafe { tierup_block_addresses_escape(self.raw) != 0 }
    }

    /// For a global variable whose initializer holds block addresses: their function.
    pub fn block_address_owner(self) -> Option<Value<'m>> {
        // SAFETY: only called on global variables.
        let raw = unsafe { tierup_block_address_owner(self.raw) };
        (!raw.is_null()).then(|| Value::wrap(raw))
    }
}

/// The entries of the code cache: per function a stub that jumps through its slot, and a
/// trampoline, the slot's first target, that calls `reentry(context, trampoline)` with every
/// argument register saved and jumps to the code it returns. Never unmapped.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct EntryBlock {
    pub stubs: u64,
    pub stub_size: u64,
    pub trampolines: u64,
    pub trampoline_size: u64,
    pub slots: u64,
}

/// Write entries for `count` functions with ORC's code templates for this architecture.
pub fn make_entries(
    count: usize,
    reentry: extern "C" fn(usize, usize) -> usize,
    context: usize,
) -> Result<EntryBlock, String> {
    let mut block = EntryBlock::default();
    // SAFETY: the shim writes `block` or returns a message it allocated with strdup.
    let error = unsafe {
        tierup_make_entries(
            count as u64,
            reentry as usize as u64,
            context as u64,
            &mut block,
        )
    };
    // SAFETY: null or a message the shim allocated for us.
    outcome(unsafe { take_message(error) }).map(|()| block)
}

/// Ok for an empty message from the shim.
fn outcome(message: String) -> Result<(), String> {
    if message.is_empty() {
        Ok(())
    } else {
        Err(message)
    }
}

#[cfg(test)]
mod tests {
    use crate::llvm::{Context, initialize};

    /// A loop with a token-carrying phi at its header (`%next`), a table of block addresses,
    /// a parameter, an alloca and a recursive call.
    const DISPATCH: &str = r#"
@table = private constant [2 x ptr] [ptr blockaddress(@f, %a), ptr blockaddress(@f, %b)]

define i64 @f(i64 %n) {
entry:
  %cell = alloca i64
  store i64 0, ptr %cell
  br label %head
head:
  %i = phi i64 [ 0, %entry ], [ %i1, %a ], [ %i1, %b ]
  %next = phi ptr [ blockaddress(@f, %a), %entry ], [ %na, %a ], [ %nb, %b ]
  %i1 = add i64 %i, 1
  %done = icmp uge i64 %i, %n
  br i1 %done, label %exit, label %go
go:
  indirectbr ptr %next, [label %a, label %b]
a:
  %na = load ptr, ptr getelementptr ([2 x ptr], ptr @table, i64 0, i64 1)
  br label %head
b:
  %na2 = load ptr, ptr @table
  %nb = select i1 true, ptr %na2, ptr %na2
  store i64 %i, ptr %cell
  br label %head
exit:
  %half = lshr i64 %n, 1
  %r = call i64 @f(i64 %half)
  %v = load i64, ptr %cell
  %s = add i64 %r, %v
  ret i64 %s
}
"#;

    #[test]
    fn osr_versions_with_block_tokens_and_a_call_entry_verify() {
        initialize();
        let context = Context::new();
        let module = context.parse_ir(DISPATCH.as_bytes(), "dispatch").unwrap();
        let function = module.function("f").unwrap();
        let taken = function.address_taken_blocks();
        assert_eq!(taken, [3, 4]);
        assert!(!function.block_addresses_escape());
        // Frame slots: the parameter, then every instruction in block order.
        let values = 1 + function
            .blocks()
            .iter()
            .map(|b| b.instructions().len())
            .sum::<usize>();
        let registers: Vec<u32> = (0..values as u32).collect();
        function.set_name("f.__osr0.__O3");
        module
            .make_osr(
                function,
                &[1],
                &registers,
                (0x1000, &taken),
                "f",
                Some("f.__O3"),
            )
            .unwrap();
        module.verify().unwrap();
        let osr = module.function("f.__osr0.__O3").unwrap();
        let call = module.function("f.__O3").unwrap();
        assert_eq!(osr.value_type().function_parts().1.len(), 3);
        assert_eq!(call.value_type().function_parts().1.len(), 1);
        let ir = module.function("f.__osr0.__O3").unwrap().to_ir();
        // The recursion goes to the entry; tokens are mapped through the version's table.
        assert!(ir.contains("call i64 @f("), "{ir}");
        assert!(ir.contains("@f.__osr0.__O3.osr.blocks"), "{ir}");
    }
}

//! Rust side of `shim.cpp`: cutting functions into units, building the image unit and
//! instrumenting baseline code, as safe methods on `Module`.

use std::ffi::c_char;

use llvm_sys::prelude::*;

use super::{Module, Value, cstring};

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
        functions: *const LLVMValueRef,
        function_count: usize,
        excluded: *const LLVMValueRef,
        excluded_count: usize,
        resolve_name: *const c_char,
    ) -> LLVMModuleRef;
    fn tierup_instrument(
        function: LLVMValueRef,
        profile_name: *const c_char,
        hot_name: *const c_char,
        id: u64,
    );
    fn tierup_has_block_addresses(function: LLVMValueRef) -> i32;
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

    /// The image unit: globals, entry stubs, slots and profiles of `functions` (see
    /// `shim.cpp`). `excluded` globals live in their function's unit instead.
    pub fn build_image(
        &self,
        functions: &[Value<'_>],
        excluded: &[Value<'_>],
        resolve_name: &str,
    ) -> Module<'c> {
        let functions = raw_values(functions);
        let excluded = raw_values(excluded);
        let resolve = cstring(resolve_name);
        // SAFETY: as for `extract_unit`.
        let raw = unsafe {
            tierup_build_image(
                self.raw,
                functions.as_ptr(),
                functions.len(),
                excluded.as_ptr(),
                excluded.len(),
                resolve.as_ptr(),
            )
        };
        Module::from_raw(raw)
    }

    /// Add entry and loop counters to `function`, a function of this module.
    pub fn instrument(&self, function: Value<'_>, profile_name: &str, hot_name: &str, id: u64) {
        let profile = cstring(profile_name);
        let hot = cstring(hot_name);
        // SAFETY: `function` is a definition in this module.
        unsafe { tierup_instrument(function.raw, profile.as_ptr(), hot.as_ptr(), id) }
    }
}

impl<'m> Value<'m> {
    /// Whether some `blockaddress` refers to a block of this function.
    pub fn has_block_addresses(self) -> bool {
        // SAFETY: only called on functions.
        unsafe { tierup_has_block_addresses(self.raw) != 0 }
    }

    /// For a global variable whose initializer holds block addresses: their function.
    pub fn block_address_owner(self) -> Option<Value<'m>> {
        // SAFETY: only called on global variables.
        let raw = unsafe { tierup_block_address_owner(self.raw) };
        (!raw.is_null()).then(|| Value::wrap(raw))
    }
}

//! Host target machines: the optimisation pipeline and code generation for one level.

use std::cell::OnceCell;
use std::ffi::{c_char, c_void};
use std::ptr;

use llvm_sys::prelude::{LLVMMemoryBufferRef, LLVMModuleRef};
use llvm_sys::target_machine::*;
use llvm_sys::transforms::pass_builder::*;

use super::{ObjectBuffer, cstring, take_message};

/// An optimisation level, for both the IR pipeline and the code generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OptLevel {
    O0,
    O1,
    O2,
    O3,
}

impl OptLevel {
    fn codegen(self) -> LLVMCodeGenOptLevel {
        match self {
            OptLevel::O0 => LLVMCodeGenOptLevel::LLVMCodeGenLevelNone,
            OptLevel::O1 => LLVMCodeGenOptLevel::LLVMCodeGenLevelLess,
            OptLevel::O2 => LLVMCodeGenOptLevel::LLVMCodeGenLevelDefault,
            OptLevel::O3 => LLVMCodeGenOptLevel::LLVMCodeGenLevelAggressive,
        }
    }

    /// The new pass manager's pipeline for this level.
    pub fn pipeline(self) -> &'static str {
        match self {
            OptLevel::O0 => "default<O0>",
            OptLevel::O1 => "default<O1>",
            OptLevel::O2 => "default<O2>",
            OptLevel::O3 => "default<O3>",
        }
    }
}

/// Which CPU to generate code for: the host's (as `-march=native`) unless named.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CpuSpec {
    /// A CPU name as LLVM knows it (`x86-64-v3`, `znver3`, ...); the host's if `None`.
    pub cpu: Option<String>,
    /// Features, `+avx2,-fma` style; the host's if `None`.
    pub features: Option<String>,
}

unsafe extern "C" {
    fn tierup_emitter_create(machine: LLVMTargetMachineRef, error: *mut *mut c_char)
    -> *mut c_void;
    fn tierup_emitter_run(emitter: *mut c_void, module: LLVMModuleRef) -> LLVMMemoryBufferRef;
    fn tierup_emitter_dispose(emitter: *mut c_void);
}

/// A target machine for the host (its CPU name and features unless a `CpuSpec` says otherwise).
pub struct TargetMachine {
    raw: LLVMTargetMachineRef,
    data_layout: String,
    triple: String,
    /// Its code generation pipeline, built on the first object file and run for every one
    /// after (`tierup_emitter_create` in `shim.cpp`).
    emitter: OnceCell<*mut c_void>,
}

// SAFETY: a TargetMachine is only used by one thread at a time (we never share `&` across
// threads while generating code), and owns no thread-affine state.
unsafe impl Send for TargetMachine {}

impl TargetMachine {
    pub fn host(level: OptLevel, spec: &CpuSpec) -> Result<Self, String> {
        super::initialize();
        // SAFETY: plain C API calls on the host's description; every returned string is
        // owned by us and disposed by `take_message`.
        unsafe {
            let triple = take_message(LLVMGetDefaultTargetTriple());
            let normalized = take_message(LLVMNormalizeTargetTriple(cstring(&triple).as_ptr()));
            let ctriple = cstring(&normalized);
            let mut target = ptr::null_mut();
            let mut error = ptr::null_mut();
            if LLVMGetTargetFromTriple(ctriple.as_ptr(), &mut target, &mut error) != 0 {
                return Err(take_message(error));
            }
            let cpu = match &spec.cpu {
                Some(cpu) => cpu.clone(),
                None => take_message(LLVMGetHostCPUName()),
            };
            let features = match &spec.features {
                Some(features) => features.clone(),
                None if spec.cpu.is_some() => String::new(),
                None => take_message(LLVMGetHostCPUFeatures()),
            };
            let raw = LLVMCreateTargetMachine(
                target,
                ctriple.as_ptr(),
                cstring(&cpu).as_ptr(),
                cstring(&features).as_ptr(),
                level.codegen(),
                LLVMRelocMode::LLVMRelocPIC,
                LLVMCodeModel::LLVMCodeModelSmall,
            );
            if raw.is_null() {
                return Err(format!("cannot create a target machine for {normalized}"));
            }
            let layout = LLVMCreateTargetDataLayout(raw);
            let data_layout = take_message(llvm_sys::target::LLVMCopyStringRepOfTargetData(layout));
            llvm_sys::target::LLVMDisposeTargetData(layout);
            Ok(TargetMachine {
                raw,
                data_layout,
                triple: normalized,
                emitter: OnceCell::new(),
            })
        }
    }

    pub fn data_layout(&self) -> &str {
        &self.data_layout
    }

    pub fn triple(&self) -> &str {
        &self.triple
    }

    pub(super) fn run_passes(&self, module: LLVMModuleRef, pipeline: &str) -> Result<(), String> {
        let pipeline = cstring(pipeline);
        // SAFETY: the module is live and owned by the caller; the options are disposed here.
        unsafe {
            let options = LLVMCreatePassBuilderOptions();
            let error = LLVMRunPasses(module, pipeline.as_ptr(), self.raw, options);
            LLVMDisposePassBuilderOptions(options);
            if error.is_null() {
                Ok(())
            } else {
                Err(super::orc::error_message(error))
            }
        }
    }

    pub(super) fn emit_object(&self, module: LLVMModuleRef) -> Result<ObjectBuffer, String> {
        let emitter = match self.emitter.get() {
            Some(&emitter) => emitter,
            None => {
                let mut error = ptr::null_mut();
                // SAFETY: the machine is live and outlives the emitter (`drop`).
                let emitter = unsafe { tierup_emitter_create(self.raw, &mut error) };
                if emitter.is_null() {
                    // SAFETY: the shim set a message we own.
                    return Err(unsafe { take_message(error) });
                }
                *self.emitter.get_or_init(|| emitter)
            }
        };
        // SAFETY: the emitter and the module are live, used by this thread only; we own the
        // returned buffer.
        let raw = unsafe { tierup_emitter_run(emitter, module) };
        Ok(ObjectBuffer { raw })
    }
}

impl Drop for TargetMachine {
    fn drop(&mut self) {
        // SAFETY: we own the emitter and the machine; the emitter refers to the machine, so
        // it goes first.
        unsafe {
            if let Some(&emitter) = self.emitter.get() {
                tierup_emitter_dispose(emitter);
            }
            LLVMDisposeTargetMachine(self.raw)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{CpuSpec, OptLevel, TargetMachine};
    use crate::llvm::Context;

    const FIRST: &str = r#"
@counter = external global i64
define i64 @first(i64 %x) {
  %c = load i64, ptr @counter
  %s = add i64 %c, %x
  store i64 %s, ptr @counter
  %m = mul i64 %s, 7
  ret i64 %m
}
"#;

    const SECOND: &str = r#"
declare double @sqrt(double)
define double @second(ptr %p, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi double [ 0.0, %entry ], [ %acc1, %loop ]
  %q = getelementptr double, ptr %p, i64 %i
  %v = load double, ptr %q
  %r = call double @sqrt(double %v)
  %acc1 = fadd double %acc, %r
  %i1 = add i64 %i, 1
  %done = icmp eq i64 %i1, %n
  br i1 %done, label %exit, label %loop
exit:
  ret double %acc1
}
"#;

    fn object(machine: &TargetMachine, ir: &str, level: OptLevel) -> Vec<u8> {
        let context = Context::new();
        let mut module = context.parse_ir(ir.as_bytes(), "unit").unwrap();
        module.run_passes(level.pipeline(), machine).unwrap();
        module.emit_object(machine).unwrap().bytes().to_vec()
    }

    /// A machine's code generation pipeline serves one module after another: each object is
    /// the one a fresh machine makes.
    #[test]
    fn a_reused_pipeline_emits_what_a_fresh_one_does() {
        for level in [OptLevel::O0, OptLevel::O3] {
            let spec = CpuSpec::default();
            let reused = TargetMachine::host(level, &spec).unwrap();
            let objects: Vec<Vec<u8>> = [FIRST, SECOND, FIRST, SECOND]
                .iter()
                .map(|ir| object(&reused, ir, level))
                .collect();
            for (k, ir) in [FIRST, SECOND].iter().enumerate() {
                let fresh = TargetMachine::host(level, &spec).unwrap();
                let expected = object(&fresh, ir, level);
                assert!(!expected.is_empty());
                assert_eq!(objects[k], expected, "{level:?}, module {k}");
                assert_eq!(objects[k + 2], expected, "{level:?}, module {k} again");
            }
        }
    }
}

//! Host target machines: the optimisation pipeline and code generation for one level.

use std::ptr;

use llvm_sys::prelude::LLVMModuleRef;
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

/// A target machine for the host (its CPU name and features unless a `CpuSpec` says otherwise).
pub struct TargetMachine {
    raw: LLVMTargetMachineRef,
    data_layout: String,
    triple: String,
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
        // SAFETY: the module is live; on success we own the returned buffer.
        unsafe {
            let mut error = ptr::null_mut();
            let mut buffer = ptr::null_mut();
            let failed = LLVMTargetMachineEmitToMemoryBuffer(
                self.raw,
                module,
                LLVMCodeGenFileType::LLVMObjectFile,
                &mut error,
                &mut buffer,
            );
            if failed != 0 {
                return Err(take_message(error));
            }
            Ok(ObjectBuffer { raw: buffer })
        }
    }
}

impl Drop for TargetMachine {
    fn drop(&mut self) {
        // SAFETY: we own the machine.
        unsafe { LLVMDisposeTargetMachine(self.raw) }
    }
}

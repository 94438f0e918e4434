//! Compile: run LLVM's pipeline for a tier's level and generate an object file for the host.

use std::path::Path;

use crate::Error;
use crate::llvm::{Module, ObjectBuffer, OptLevel, TargetMachine};
use crate::tier::Tier;

/// The LLVM level a JIT tier compiles at.
pub fn opt_level(tier: Tier) -> Option<OptLevel> {
    match tier {
        Tier::Interp => None,
        Tier::O0 => Some(OptLevel::O0),
        Tier::O1 => Some(OptLevel::O1),
        Tier::O2 => Some(OptLevel::O2),
        Tier::O3 => Some(OptLevel::O3),
    }
}

/// Optimise `module` in place at `machine`'s level and return its object code. At O0 no IR
/// pipeline runs: `default<O0>` would only inline `always_inline` bodies (clang's pipeline
/// already did, and units carry callee bodies only at optimising tiers) and lower coroutines
/// (C has none), and building it cost a tenth of a small function's compile.
pub fn compile(
    module: &mut Module<'_>,
    level: OptLevel,
    machine: &TargetMachine,
    path: &Path,
) -> Result<ObjectBuffer, Error> {
    let fail = |message: String| Error::Compile {
        path: path.to_path_buf(),
        message,
    };
    if level != OptLevel::O0 {
        module.run_passes(level.pipeline(), machine).map_err(fail)?;
    }
    module.emit_object(machine).map_err(fail)
}

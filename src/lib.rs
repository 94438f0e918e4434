//! tierup: a tiered execution engine for LLVM IR.
//!
//! A run flows through the modules in order:
//! `load` (parse, link, verify) -> `prepare` (entry, externals, thread-locals, constructors)
//! -> `compile` (LLVM pipeline and code generation for a tier) -> `code_cache` (linked code,
//! symbol resolution) -> `runtime` (the guest's process: TLS, signals, `main`, `exit`).
//!
//! The public API is small: [`RunOptions`], [`run`], the tier [`Ladder`] and the registry of
//! execution [`modes`]. LLVM types never appear in it.

mod code_cache;
mod compile;
mod error;
mod llvm;
mod load;
mod prepare;
mod runtime;
mod tier;

use std::convert::Infallible;
use std::ffi::{CString, OsString};
use std::path::PathBuf;

pub use error::Error;
pub use tier::{Ladder, Mode, Tier, modes};

/// What to run and how.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// The program: a `.ll` or `.bc` file, or `-` for standard input.
    pub file: PathBuf,
    /// Modules linked into the program before it runs (`--extra-module`).
    pub extra_modules: Vec<PathBuf>,
    /// Shared libraries whose symbols the program may use (`--load`).
    pub libraries: Vec<PathBuf>,
    /// The function to call (`main` by default).
    pub entry: String,
    /// argv[0]; the program's path when `None`.
    pub argv0: Option<OsString>,
    /// argv[1..].
    pub args: Vec<OsString>,
    /// The tiers functions climb.
    pub ladder: Ladder,
    /// Compile the whole program before running it.
    pub eager: bool,
}

impl RunOptions {
    pub fn new(file: impl Into<PathBuf>) -> Self {
        RunOptions {
            file: file.into(),
            extra_modules: Vec::new(),
            libraries: Vec::new(),
            entry: "main".to_string(),
            argv0: None,
            args: Vec::new(),
            ladder: Ladder::default(),
            eager: false,
        }
    }
}

fn c_string(text: &std::ffi::OsStr) -> CString {
    let bytes: Vec<u8> = text
        .as_encoded_bytes()
        .iter()
        .copied()
        .filter(|b| *b != 0)
        .collect();
    CString::new(bytes).expect("NUL bytes were removed")
}

/// Load, prepare and compile the program, then run it in this process.
///
/// On success this does not return: the process ends with the guest's exit status, as a
/// native program would (or dies of the guest's signal). The error says why the program could
/// not be started.
pub fn run(options: &RunOptions) -> Result<Infallible, Error> {
    let tier = options.ladder.single_jit_tier()?;
    let level = compile::opt_level(tier).expect("single_jit_tier excludes the interpreter");
    for library in &options.libraries {
        runtime::load_library(library).map_err(|message| Error::Library {
            path: library.clone(),
            message,
        })?;
    }
    let path = &options.file;
    let machine = llvm::TargetMachine::host(level).map_err(|message| Error::Compile {
        path: path.clone(),
        message,
    })?;
    let context = llvm::Context::new();
    let mut module = load::load(&context, path, &options.extra_modules, &machine)?;
    let prepared = prepare::prepare(&context, &module, path, &options.entry)?;

    // Until lazy compilation lands with the tiered JIT, every run compiles the whole program
    // before starting it, which is what `--eager` asks for.
    let object = compile::compile(&mut module, level, &machine, path)?;
    drop(module);
    let cache = code_cache::CodeCache::new(path)?;
    cache.install(object)?;
    let entry = cache.address(&prepared.entry)?;
    let constructors = cache.address(prepare::CONSTRUCTORS)?;
    let destructors = cache.address(prepare::DESTRUCTORS)?;

    let argv0 = options
        .argv0
        .clone()
        .unwrap_or_else(|| options.file.clone().into_os_string());
    let args = std::iter::once(&argv0)
        .chain(&options.args)
        .map(|a| c_string(a))
        .collect();
    // The linked code must outlive the guest, which ends the process.
    std::mem::forget(cache);
    runtime::start(runtime::EntryPoint {
        entry,
        shape: prepared.shape,
        constructors,
        destructors,
        args,
    })
}

/// Whether this build can run `ladder` (syntax is checked when parsing it).
pub fn check_ladder(ladder: &Ladder) -> Result<(), Error> {
    ladder.single_jit_tier().map(|_| ())
}

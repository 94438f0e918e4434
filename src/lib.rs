//! tierup: a tiered execution engine for LLVM IR.
//!
//! A run flows through the modules in order:
//! `load` (parse, link, verify) -> `prepare` (entry, externals, thread-locals, constructors)
//! -> `units` (the program cut into functions, the image unit of globals and entries)
//! -> `tiering` (lazy first compiles, profiles, promotion in the compile server) -> `compile`
//! (LLVM pipeline and code generation for a tier) -> `code_cache` (linked code, symbol
//! resolution) -> `runtime` (the guest's process: TLS, signals, `main`, `exit`).
//!
//! The public API is small: [`RunOptions`], [`run`], the tier [`Ladder`] and the registry of
//! execution [`modes`]. LLVM types never appear in it.

mod code_cache;
mod compile;
mod compile_server;
mod error;
mod interp;
mod llvm;
mod load;
mod perf_map;
mod prepare;
mod runtime;
mod stats;
mod tier;
mod tiering;
mod units;

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
    /// Compile the whole program before running it, at the top tier of the ladder.
    pub eager: bool,
    /// Entries after which a function is promoted to the next tier.
    pub hot_calls: u64,
    /// Loop iterations after which a function is promoted to the next tier.
    pub hot_loops: u64,
    /// Compile threads of the compile server process.
    pub compile_threads: usize,
    /// Keep `optnone` / `noinline` (from `clang -O0`) in optimising tiers.
    pub respect_optnone: bool,
    /// At exit, print the tiering table to stderr.
    pub stats: bool,
    /// At exit, write the tiering report as JSON.
    pub stats_json: Option<PathBuf>,
    /// Print one line to stderr per compile.
    pub trace_tiering: bool,
    /// Write `/tmp/perf-PID.map`, naming compiled code for `perf`.
    pub perf_map: bool,
    /// Compile promotions on the thread that found the function hot (deterministic).
    pub batch: bool,
    /// The CPU to generate code for (LLVM's name); the host's when `None`.
    pub cpu: Option<String>,
    /// CPU features (`+avx2,-fma`); the host's when `None` and no `cpu` is given.
    pub target_features: Option<String>,
}

/// Default promotion thresholds (see the README for how they were chosen).
pub const DEFAULT_HOT_CALLS: u64 = 1000;
pub const DEFAULT_HOT_LOOPS: u64 = 10_000;

/// Compile threads by default: all cores but one for the program, at least one.
pub fn default_compile_threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get().saturating_sub(1).max(1))
        .unwrap_or(1)
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
            hot_calls: DEFAULT_HOT_CALLS,
            hot_loops: DEFAULT_HOT_LOOPS,
            compile_threads: default_compile_threads(),
            respect_optnone: false,
            stats: false,
            stats_json: None,
            trace_tiering: false,
            perf_map: false,
            batch: false,
            cpu: None,
            target_features: None,
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
    let start = std::time::Instant::now();
    options.ladder.check()?;
    for library in &options.libraries {
        runtime::load_library(library).map_err(|message| Error::Library {
            path: library.clone(),
            message,
        })?;
    }
    let point = if options.eager {
        start_eager(options)?
    } else {
        start_tiered(options, start)?
    };
    runtime::start(point)
}

fn host_machine(level: llvm::OptLevel, options: &RunOptions) -> Result<llvm::TargetMachine, Error> {
    let spec = llvm::CpuSpec {
        cpu: options.cpu.clone(),
        features: options.target_features.clone(),
    };
    let path = &options.file;
    llvm::TargetMachine::host(level, &spec).map_err(|message| Error::Compile {
        path: path.to_path_buf(),
        message,
    })
}

fn guest_args(options: &RunOptions) -> Vec<CString> {
    let argv0 = options
        .argv0
        .clone()
        .unwrap_or_else(|| options.file.clone().into_os_string());
    std::iter::once(&argv0)
        .chain(&options.args)
        .map(|a| c_string(a))
        .collect()
}

/// `--eager`: the whole program compiled as one object at the ladder's top tier.
fn start_eager(options: &RunOptions) -> Result<runtime::EntryPoint, Error> {
    let level = compile::opt_level(options.ladder.top()).ok_or_else(|| Error::Ladder {
        ladder: options.ladder.to_string(),
        message: "--eager compiles the whole program at the top tier, which must be a JIT tier"
            .to_string(),
    })?;
    let path = &options.file;
    let machine = host_machine(level, options)?;
    let context = llvm::Context::new();
    let (main, extra) = read_program(options)?;
    let mut module = load::load(&context, &main, &extra, &machine, false)?;
    let prepared = prepare::prepare(&context, &module, path, &options.entry)?;
    start_whole(&mut module, level, &machine, &prepared, options)
}

/// Compile a prepared module whole and link it: the entry point to start it.
fn start_whole(
    module: &mut llvm::Module<'_>,
    level: llvm::OptLevel,
    machine: &llvm::TargetMachine,
    prepared: &prepare::Prepared,
    options: &RunOptions,
) -> Result<runtime::EntryPoint, Error> {
    let path = &options.file;
    if level == llvm::OptLevel::O0 {
        // `compile` runs no IR pipeline at O0, which units do not need; a whole module may
        // still hold `always_inline` calls or coroutines (bitcode from before clang's own
        // pipeline).
        module
            .run_passes(level.pipeline(), machine)
            .map_err(|message| Error::Compile {
                path: path.to_path_buf(),
                message,
            })?;
    }
    let object = compile::compile(module, level, machine, path)?;
    let cache = code_cache::CodeCache::new(path, &[])?;
    let sizes = options.perf_map.then(|| object.symbol_sizes());
    cache.install(object)?;
    if let Some(sizes) = sizes {
        let map = perf_map::PerfMap::create()?;
        let functions: std::collections::HashSet<String> = units::defined_functions(module)
            .iter()
            .map(|f| f.name())
            .collect();
        // Internal functions are not symbols the linker finds: only the others get names.
        for (name, size) in sizes.iter().filter(|(name, _)| functions.contains(name)) {
            if let Ok(address) = cache.address(name) {
                map.add(address, *size, name);
            }
        }
    }
    let point = runtime::EntryPoint {
        entry: cache.address(&prepared.entry)?,
        shape: prepared.shape,
        constructors: cache.address(prepare::CONSTRUCTORS)?,
        destructors: cache.address(prepare::DESTRUCTORS)?,
        args: guest_args(options),
        at_exit: None,
    };
    // The linked code must outlive the guest, which ends the process.
    std::mem::forget(cache);
    Ok(point)
}

/// The program's file and its extra modules, read.
fn read_program(options: &RunOptions) -> Result<(load::Source, Vec<load::Source>), Error> {
    let main = load::read(&options.file)?;
    let extra = options
        .extra_modules
        .iter()
        .map(|path| load::read(path))
        .collect::<Result<_, _>>()?;
    Ok((main, extra))
}

/// The program as the tiered modes keep it: `main` linked with `extra`, loaded (bitcode
/// lazily), prepared, and its definitions made units (`units::normalize`). The compile
/// server makes its copy the same way, from the same bytes.
fn tiered_source(
    options: &RunOptions,
    (main, extra): &(load::Source, Vec<load::Source>),
    machine: &llvm::TargetMachine,
) -> Result<(llvm::OwnedModule, prepare::Prepared), Error> {
    let path = &options.file;
    llvm::OwnedModule::build(|context| {
        let mut module = load::load(context, main, extra, machine, true)?;
        let prepared = prepare::prepare(context, &module, path, &options.entry)?;
        units::normalize(&mut module);
        Ok::<_, Error>((module, prepared))
    })
}

/// The tiered JIT: the entries and the image unit (globals) come first; every function
/// compiles on its first call and climbs the ladder when hot.
fn start_tiered(
    options: &RunOptions,
    start: std::time::Instant,
) -> Result<runtime::EntryPoint, Error> {
    let path = &options.file;
    let base = host_machine(llvm::OptLevel::O0, options)?;
    let sources = read_program(options)?;
    let ladder = options.ladder.tiers().to_vec();
    let tiering = tiering::TieringOptions {
        hot_calls: options.hot_calls.max(1),
        hot_loops: options.hot_loops.max(1),
        compile_threads: options.compile_threads,
        respect_optnone: options.respect_optnone,
        trace: options.trace_tiering,
        stats: options.stats || options.stats_json.is_some(),
        batch: options.batch,
        cpu: llvm::CpuSpec {
            cpu: options.cpu.clone(),
            features: options.target_features.clone(),
        },
    };
    // Forked first, while this process is small: every page it has when it forks is shared
    // with the server until written, and each first write then copies the page (and, in a
    // guest with threads, interrupts the other cores running it to flush the old mapping).
    // The server reads the program from the same bytes, in parallel.
    let server = (ladder.len() > 1 && !options.batch)
        .then(|| {
            compile_server::Server::start(options.compile_threads, || {
                let machine = host_machine(llvm::OptLevel::O0, options).ok()?;
                let (source, _) = tiered_source(options, &sources, &machine).ok()?;
                let program: &'static units::Program =
                    Box::leak(Box::new(units::Program::new(source).ok()?));
                let builder = tiering::Builder {
                    program,
                    ladder: &ladder,
                    options: &tiering,
                    path,
                };
                Some(move |request: &compile_server::Request| builder.serve(request))
            })
        })
        .transpose()
        .map_err(|message| Error::CompileServer {
            path: path.clone(),
            message,
        })?;
    let (source, prepared) = tiered_source(options, &sources, &base)?;
    let program = match units::Program::new(source) {
        Ok(program) => program,
        Err(mut unsplittable) => {
            // Never a failure: the whole program at the ladder's top tier, said once.
            let tier = options.ladder.top();
            eprintln!(
                "tierup: note: {}: functions cannot be compiled separately ({}); compiling the whole program at {tier}",
                path.display(),
                unsplittable.reason
            );
            let level = compile::opt_level(tier).unwrap_or(llvm::OptLevel::O0);
            let machine = host_machine(level, options)?;
            return start_whole(
                unsplittable.source.module_mut(),
                level,
                &machine,
                &prepared,
                options,
            );
        }
    };
    let count = program.functions.len();
    let entries =
        code_cache::Entries::new(count, tiering::FIRST_CALL).map_err(|message| Error::JitLink {
            path: path.clone(),
            message,
        })?;
    let (image, aliases) = program.with_source(|module| {
        let privates: Vec<_> = units::private_globals(module)
            .into_iter()
            .map(|(global, _)| global)
            .collect();
        let mut image = module.build_image(&privates);
        let image = compile::compile(&mut image, llvm::OptLevel::O0, &base, path)?;
        Ok::<_, Error>((image, units::function_aliases(module)))
    })?;
    let cache = code_cache::CodeCache::new(path, &tiering::symbols())?;
    let entry_symbols: Vec<(&str, usize)> = program
        .ids
        .iter()
        .map(|(name, &id)| (name.as_str(), entries.entry(id)))
        .chain(aliases.iter().filter_map(|(alias, function)| {
            Some((alias.as_str(), entries.entry(*program.ids.get(function)?)))
        }))
        .collect();
    cache.define(&entry_symbols)?;
    cache.install(image)?;
    let profiles = runtime::new_profiles(count);
    let point_entry = cache.address(&prepared.entry)?;
    let constructors = cache.address(prepare::CONSTRUCTORS)?;
    let destructors = cache.address(prepare::DESTRUCTORS)?;
    let engine = tiering::Engine::start(
        program,
        server,
        cache,
        entries,
        profiles,
        ladder,
        tiering,
        options
            .perf_map
            .then(perf_map::PerfMap::create)
            .transpose()?,
        path.clone(),
        start,
    );
    let (stats, stats_json) = (options.stats, options.stats_json.clone());
    Ok(runtime::EntryPoint {
        entry: point_entry,
        shape: prepared.shape,
        constructors,
        destructors,
        args: guest_args(options),
        at_exit: Some(Box::new(move || {
            engine.shutdown();
            if stats || stats_json.is_some() {
                let report = engine.report();
                if stats {
                    eprint!("{}", report.table());
                }
                if let Some(file) = &stats_json {
                    let written = serde_json::to_string_pretty(&report)
                        .map_err(|e| e.to_string())
                        .and_then(|json| std::fs::write(file, json).map_err(|e| e.to_string()));
                    if let Err(error) = written {
                        eprintln!("tierup: error: cannot write '{}': {error}", file.display());
                    }
                }
            }
        })),
    })
}

/// Whether this build can run `ladder` (syntax is checked when parsing it).
pub fn check_ladder(ladder: &Ladder) -> Result<(), Error> {
    ladder.check()
}

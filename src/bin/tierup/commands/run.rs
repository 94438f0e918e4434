//! `tierup run`: execute a program.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::Args;
use tierup::{Ladder, RunOptions};

#[derive(Args)]
pub struct RunCommand {
    /// Link this module (.ll or .bc) into the program before running; repeatable.
    #[arg(long = "extra-module", value_name = "FILE")]
    extra_modules: Vec<PathBuf>,
    /// Make this shared library's symbols available to the program; repeatable.
    #[arg(long = "load", value_name = "LIB.so")]
    libraries: Vec<PathBuf>,
    /// The function to run: `()`, `(argc, argv)` or `(argc, argv, envp)`.
    #[arg(long, default_value = "main", value_name = "NAME")]
    entry: String,
    /// argv[0] for the program (default: FILE).
    #[arg(long, value_name = "NAME")]
    argv0: Option<OsString>,
    /// The tier ladder, comma-separated from interp,O0,O1,O2,O3 (interp only first), lowest first.
    #[arg(long, default_value_t = Ladder::default(), value_name = "LIST", value_parser = parse_ladder)]
    tiers: Ladder,
    /// Compile the whole program at the ladder's top tier before running it (as `lli` does).
    #[arg(long)]
    eager: bool,
    /// Promote a function after this many calls (a tenth of them out of the interpreter).
    #[arg(long, value_name = "N", default_value_t = tierup::DEFAULT_HOT_CALLS)]
    hot_calls: u64,
    /// Promote a function after this many loop iterations (a tenth of them out of the
    /// interpreter).
    #[arg(long, value_name = "N", default_value_t = tierup::DEFAULT_HOT_LOOPS)]
    hot_loops: u64,
    /// Compile threads of the background compile server process (default: cores - 1, at least 1).
    #[arg(long, value_name = "N")]
    compile_threads: Option<usize>,
    /// Keep `optnone`/`noinline` from `clang -O0` in the optimising tiers.
    #[arg(long)]
    respect_optnone: bool,
    /// At exit, print per-function tiering statistics to stderr.
    #[arg(long)]
    stats: bool,
    /// At exit, write the tiering statistics as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    stats_json: Option<PathBuf>,
    /// Print one line to stderr per compile (time, function, from -> to, reason, timings).
    #[arg(long)]
    trace_tiering: bool,
    /// Name compiled code for `perf`: write /tmp/perf-PID.map (address, size, version).
    #[arg(long)]
    perf_map: bool,
    /// Compile promotions on the thread that found the function hot, which waits for them
    /// (deterministic runs, like HotSpot's -Xbatch).
    #[arg(long)]
    batch: bool,
    /// Generate code for this CPU (LLVM's name, e.g. x86-64-v3) instead of the host's.
    #[arg(long, value_name = "NAME")]
    cpu: Option<String>,
    /// CPU features, e.g. +avx2,-fma (default: the host's, or none with --cpu).
    #[arg(long, value_name = "LIST")]
    target_features: Option<String>,
    /// The program: .ll, .bc, or - for standard input.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Arguments passed to the program.
    #[arg(
        value_name = "ARGS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<OsString>,
}

fn parse_ladder(text: &str) -> Result<Ladder, String> {
    text.parse::<Ladder>()
        .map_err(|e| e.to_string())
        .and_then(|ladder| {
            tierup::check_ladder(&ladder)
                .map(|()| ladder)
                .map_err(|e| e.to_string())
        })
}

impl RunCommand {
    pub fn execute(self) -> anyhow::Result<()> {
        let options = RunOptions {
            file: self.file,
            extra_modules: self.extra_modules,
            libraries: self.libraries,
            entry: self.entry,
            argv0: self.argv0,
            args: self.args,
            ladder: self.tiers,
            eager: self.eager,
            hot_calls: self.hot_calls,
            hot_loops: self.hot_loops,
            compile_threads: self
                .compile_threads
                .unwrap_or_else(tierup::default_compile_threads),
            respect_optnone: self.respect_optnone,
            stats: self.stats,
            stats_json: self.stats_json,
            trace_tiering: self.trace_tiering,
            perf_map: self.perf_map,
            batch: self.batch,
            cpu: self.cpu,
            target_features: self.target_features,
        };
        match tierup::run(&options)? {}
    }
}

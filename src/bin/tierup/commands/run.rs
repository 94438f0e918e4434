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
    /// The tier ladder, comma-separated from interp,O0,O1,O2,O3 (one JIT level today).
    #[arg(long, default_value = "O2", value_name = "LIST", value_parser = parse_ladder)]
    tiers: Ladder,
    /// Compile the whole program before running it (as `lli` does).
    #[arg(long)]
    eager: bool,
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
        };
        match tierup::run(&options)? {}
    }
}

//! The `tierup` command line.

mod commands;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// A tiered execution engine for LLVM IR.
#[derive(Parser)]
#[command(name = "tierup", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a program (`tierup FILE ARGS...` is short for `tierup run FILE ARGS...`).
    Run(commands::run::RunCommand),
    /// List the execution modes the engine offers.
    Modes(commands::modes::ModesCommand),
}

const SUBCOMMANDS: &[&str] = &["run", "modes", "help", "-h", "--help", "-V", "--version"];

/// `tierup [OPTIONS] FILE ARGS...` means `tierup run [OPTIONS] FILE ARGS...`.
fn with_implicit_run(mut args: Vec<OsString>) -> Vec<OsString> {
    let explicit = args
        .get(1)
        .and_then(|a| a.to_str())
        .is_some_and(|a| SUBCOMMANDS.contains(&a));
    if args.len() > 1 && !explicit {
        args.insert(1, OsString::from("run"));
    }
    args
}

fn main() -> ExitCode {
    let args = with_implicit_run(std::env::args_os().collect());
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) if !error.use_stderr() => {
            // --help and --version.
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        Err(error) => {
            let rendered = error.render().to_string();
            let line = rendered
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("invalid command line");
            eprintln!("tierup: {}", line);
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::Run(command) => command.execute(),
        Command::Modes(command) => command.execute(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("tierup: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

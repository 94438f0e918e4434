//! The `tierup` command line.

mod commands;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{Args, Parser, Subcommand};

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
    Run(Box<commands::run::RunCommand>),
    /// List the execution modes the engine offers.
    Modes(commands::modes::ModesCommand),
}

const SUBCOMMANDS: &[&str] = &["run", "modes", "help", "-h", "--help", "-V", "--version"];

/// Normalise the command line for clap:
/// - `tierup [OPTIONS] FILE ARGS...` means `tierup run [OPTIONS] FILE ARGS...`;
/// - everything after FILE belongs to the program, even words that look like our options, so
///   a `--` is put right after FILE.
fn normalize(mut args: Vec<OsString>) -> Vec<OsString> {
    let explicit = args
        .get(1)
        .and_then(|a| a.to_str())
        .is_some_and(|a| SUBCOMMANDS.contains(&a));
    if args.len() > 1 && !explicit {
        args.insert(1, OsString::from("run"));
    }
    if args.get(1).is_some_and(|a| a == "run")
        && let Some(file) = file_position(&args[2..])
    {
        args.insert(2 + file + 1, OsString::from("--"));
    }
    args
}

/// Where FILE stands among `run`'s arguments, if it is there and not already after a `--`.
fn file_position(args: &[OsString]) -> Option<usize> {
    let command = commands::run::RunCommand::augment_args(clap::Command::new("run"));
    let takes_value = |name: &str| {
        command.get_arguments().any(|arg| {
            arg.get_long() == Some(name) && arg.get_action().takes_values() && !arg.is_positional()
        })
    };
    let mut index = 0;
    while index < args.len() {
        let word = args[index].to_str()?;
        if word == "--" {
            return None;
        }
        match word.strip_prefix("--") {
            Some(option) if !option.contains('=') && takes_value(option) => index += 2,
            Some(_) => index += 1,
            None if word.starts_with('-') && word != "-" => index += 1,
            None => return Some(index),
        }
    }
    None
}

/// clap's message without its usage and tips; a line ending in ':' keeps the line after it.
fn one_line(rendered: &str) -> String {
    let mut lines = rendered.lines().map(str::trim).filter(|l| !l.is_empty());
    let mut line = lines
        .next()
        .unwrap_or("error: invalid command line")
        .to_string();
    if line.ends_with(':')
        && let Some(next) = lines.next()
    {
        line = format!("{line} {next}");
    }
    line
}

fn main() -> ExitCode {
    let args = normalize(std::env::args_os().collect());
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) if !error.use_stderr() => {
            // --help and --version.
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        Err(error) if error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = error.print();
            return ExitCode::from(2);
        }
        Err(error) => {
            eprintln!("tierup: {}", one_line(&error.render().to_string()));
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
            eprintln!("tierup: error: {error}");
            ExitCode::FAILURE
        }
    }
}

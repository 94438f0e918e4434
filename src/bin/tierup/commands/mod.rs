//! One subcommand, one file.

pub mod modes;
pub mod run;

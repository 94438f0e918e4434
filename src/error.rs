//! The one error type of the library: every way a run can fail before the guest starts.
//!
//! Each message is one line that names the file, and the symbol or line where there is one.

use std::path::PathBuf;

/// Why a program could not be started.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read '{}': {}", path.display(), io_reason(.source))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write '{}': {}", path.display(), io_reason(.source))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: file is empty", path.display())]
    Empty { path: PathBuf },
    /// LLVM's own message, which starts with `file:line:column:`.
    #[error("{0}")]
    Parse(String),
    #[error("{}: invalid IR: {message}", path.display())]
    Verify { path: PathBuf, message: String },
    #[error("cannot link '{}' into '{}': {message}", extra.display(), path.display())]
    Link {
        path: PathBuf,
        extra: PathBuf,
        message: String,
    },
    #[error("cannot load library '{}': {message}", path.display())]
    Library { path: PathBuf, message: String },
    #[error("{}: no function '{name}' is defined", path.display())]
    MissingEntry { path: PathBuf, name: String },
    #[error(
        "{}: entry function '{name}' has unsupported type `{signature}` (expected `i32 ()`, `i32 (i32, ptr)` or `i32 (i32, ptr, ptr)`, or `void` returns)",
        path.display()
    )]
    EntrySignature {
        path: PathBuf,
        name: String,
        signature: String,
    },
    #[error("{}: unresolved external symbol '{symbol}' (used by '{user}')", path.display())]
    Unresolved {
        path: PathBuf,
        symbol: String,
        user: String,
    },
    #[error("{}: unsupported IR: {message}", path.display())]
    Unsupported { path: PathBuf, message: String },
    #[error("invalid tier ladder '{ladder}': {message}")]
    Ladder { ladder: String, message: String },
    #[error("{}: code generation failed: {message}", path.display())]
    Compile { path: PathBuf, message: String },
    #[error("{}: linking compiled code failed: {message}", path.display())]
    JitLink { path: PathBuf, message: String },
    #[error("{}: {message}", path.display())]
    CompileServer { path: PathBuf, message: String },
}

/// An I/O error's reason without Rust's "(os error N)" suffix.
fn io_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(end) => text[..end].to_string(),
        None => text,
    }
}

//! The code cache: where compiled code lives and how symbols find it.
//!
//! Objects (the image unit, each version of each function, or with `--eager` the whole
//! program) are linked by ORC into this process; external symbols resolve from the runtime's
//! and the engine's functions, the process's libraries and compiler-rt's builtins. The slots
//! and entries that make a function's identity stable live in the image unit (`tiering`).

use std::path::{Path, PathBuf};

use crate::Error;
use crate::llvm::ObjectBuffer;
use crate::llvm::orc::Linker;
use crate::runtime;

pub struct CodeCache {
    linker: Linker,
    path: PathBuf,
}

impl CodeCache {
    /// A cache for the program at `path` (used in messages); `engine_symbols` are the
    /// engine's functions that compiled code calls.
    pub fn new(path: &Path, engine_symbols: &[(&str, usize)]) -> Result<Self, Error> {
        let fail = |message: String| Error::JitLink {
            path: path.to_path_buf(),
            message,
        };
        let linker = Linker::new().map_err(fail)?;
        let mut symbols = runtime::symbols();
        symbols.extend_from_slice(engine_symbols);
        linker.define_absolute(&symbols).map_err(fail)?;
        if let Some(archive) = runtime::builtins_archive() {
            linker
                .add_archive(&archive.to_string_lossy())
                .map_err(fail)?;
        }
        Ok(CodeCache {
            linker,
            path: path.to_path_buf(),
        })
    }

    pub fn install(&self, object: ObjectBuffer) -> Result<(), Error> {
        self.linker
            .add_object(object)
            .map_err(|m| self.link_error(m))
    }

    /// The address of a compiled function, linking its object first if needed.
    pub fn address(&self, symbol: &str) -> Result<usize, Error> {
        self.linker.lookup(symbol).map_err(|m| self.link_error(m))
    }

    /// ORC says "Symbols not found: [ a, b ]"; say which symbol is unresolved, as the loader
    /// does for symbols the IR declares.
    fn link_error(&self, message: String) -> Error {
        if let Some(rest) = message.split("Symbols not found: [").nth(1) {
            let symbols = rest.split(']').next().unwrap_or("").trim();
            return Error::Unresolved {
                path: self.path.clone(),
                symbol: symbols.to_string(),
                user: "generated code".to_string(),
            };
        }
        Error::JitLink {
            path: self.path.clone(),
            message: crate::llvm::first_line(&message).to_string(),
        }
    }
}

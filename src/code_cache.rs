//! The code cache: where compiled code lives and how symbols find it.
//!
//! Objects (the image unit, each version of each function, or with `--eager` the whole
//! program) are linked by ORC into this process; external symbols resolve from the runtime's
//! and the engine's functions, the process's libraries and compiler-rt's builtins.
//!
//! A function's identity is its entry, a stub that jumps through the function's slot (its
//! current code). Entries, slots and the first-call trampolines are written with ORC's code
//! templates for the host architecture, so the code cache needs no machine code of its own.

use std::path::{Path, PathBuf};

use crate::Error;
use crate::llvm::orc::Linker;
use crate::llvm::{EntryBlock, ObjectBuffer, make_entries};
use crate::runtime::{self, Slot};

/// The entries and slots of a program's functions, by function id.
///
/// Until a function's first call its slot points to its trampoline, which calls the
/// `reentry` function given to [`Entries::new`] with the trampoline's address; that returns
/// the code to run, and the call continues there with its arguments intact.
pub struct Entries {
    block: EntryBlock,
    count: usize,
}

impl Entries {
    pub fn new(
        count: usize,
        reentry: extern "C" fn(usize, usize) -> usize,
    ) -> Result<Self, String> {
        let block = make_entries(count, reentry, 0)?;
        Ok(Entries { block, count })
    }

    /// Function `id`'s entry: its address everywhere.
    pub fn entry(&self, id: usize) -> usize {
        assert!(id < self.count);
        (self.block.stubs + self.block.stub_size * id as u64) as usize
    }

    /// Function `id`'s slot.
    pub fn slot(&self, id: usize) -> Slot {
        assert!(id < self.count);
        // SAFETY: the block holds `count` aligned slot words and is never unmapped.
        unsafe { Slot::at((self.block.slots + 8 * id as u64) as usize) }
    }

    /// The function whose entry is at `address`.
    pub fn function_at(&self, address: usize) -> Option<usize> {
        Self::index(address, self.block.stubs, self.block.stub_size, self.count)
    }

    /// Function `id`'s first-call trampoline.
    pub fn trampoline(&self, id: usize) -> usize {
        assert!(id < self.count);
        (self.block.trampolines + self.block.trampoline_size * id as u64) as usize
    }

    /// The function whose trampoline is at `address`.
    pub fn trampoline_function(&self, address: usize) -> Option<usize> {
        Self::index(
            address,
            self.block.trampolines,
            self.block.trampoline_size,
            self.count,
        )
    }

    fn index(address: usize, base: u64, size: u64, count: usize) -> Option<usize> {
        let offset = (address as u64).checked_sub(base)?;
        let index = (offset / size) as usize;
        (offset % size == 0 && index < count).then_some(index)
    }
}

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

    /// Define symbols at fixed addresses (functions' entries).
    pub fn define(&self, symbols: &[(&str, usize)]) -> Result<(), Error> {
        self.linker
            .define_absolute(symbols)
            .map_err(|m| self.link_error(m))
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

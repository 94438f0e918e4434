//! Load: read `.ll` / `.bc` (or standard input), parse it with LLVM (bitcode lazily for the
//! tiered modes), link the extra modules, give it the host's data layout when it has none, and
//! verify it.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::Error;
use crate::llvm::{Context, Module, TargetMachine};

/// A module's bytes and where they came from.
pub struct Source {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// Read the module at `path`, or standard input for `-`. Everything is read before the
/// compile server is forked, which reads the program from the same bytes.
pub fn read(path: &Path) -> Result<Source, Error> {
    Ok(Source {
        path: path.to_path_buf(),
        bytes: read_source(path)?,
    })
}

/// Where a module comes from: a path, or `-` for standard input.
fn read_source(path: &Path) -> Result<Vec<u8>, Error> {
    let read_error = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let bytes = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(read_error)?;
        bytes
    } else {
        std::fs::read(path).map_err(read_error)?
    };
    if bytes.is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(bytes)
}

/// The name LLVM's messages use for a source.
fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// Raw bitcode (`BC\xC0\xDE`) or bitcode in its wrapper header (`0x0B17C0DE`).
fn is_bitcode(bytes: &[u8]) -> bool {
    bytes.starts_with(b"BC\xC0\xDE") || bytes.starts_with(&[0xDE, 0xC0, 0x17, 0x0B])
}

/// The bitcode reader's messages do not say what kind of problem they are.
fn bitcode_error(path: &Path, message: &str) -> Error {
    let name = display_name(path);
    let reason = message
        .strip_prefix(&format!("{name}: error: "))
        .unwrap_or(message);
    Error::Parse(format!("{name}: invalid bitcode: {reason}"))
}

/// Parse `bytes`, read from `path`; bitcode lazily when `lazy` is set (function bodies are
/// read when first used).
fn parse<'c>(
    context: &'c Context,
    path: &Path,
    bytes: &[u8],
    lazy: bool,
) -> Result<Module<'c>, Error> {
    let name = display_name(path);
    if is_bitcode(bytes) {
        let parsed = if lazy {
            context.parse_bitcode_lazily(bytes, &name)
        } else {
            context.parse_ir(bytes, &name)
        };
        return parsed.map_err(|message| bitcode_error(path, &message));
    }
    context
        .parse_ir(bytes, &name)
        .map_err(|message| Error::Parse(message.replacen(": error: ", ": ", 1)))
}

/// Whether a lazily read module must be read whole: lowering thread-locals rewrites their uses
/// in every body, and the owner of a table of block addresses must be the table's only user.
fn needs_every_body(module: &Module<'_>) -> bool {
    module
        .globals()
        .into_iter()
        .any(|g| g.is_thread_local() || g.block_address_owner().is_some())
}

/// Parse `main`, link `extra` into it, and verify the result for `machine`'s target.
///
/// With `lazy`, bitcode without extra modules is read lazily: globals and declarations now,
/// each function body (verified then) on its first use; this verifies the rest.
pub fn load<'c>(
    context: &'c Context,
    main: &Source,
    extra: &[Source],
    machine: &TargetMachine,
    lazy: bool,
) -> Result<Module<'c>, Error> {
    let path = main.path.as_path();
    let mut module = parse(context, path, &main.bytes, lazy && extra.is_empty())?;
    if needs_every_body(&module) {
        module
            .materialize_all()
            .map_err(|message| bitcode_error(path, &message))?;
    }
    adopt_host_target(&mut module, machine);
    for other in extra {
        let mut linked = parse(context, &other.path, &other.bytes, false)?;
        adopt_host_target(&mut linked, machine);
        module
            .link(linked, context)
            .map_err(|message| Error::Link {
                path: path.to_path_buf(),
                extra: other.path.clone(),
                message,
            })?;
    }
    module.verify().map_err(|message| Error::Verify {
        path: path.to_path_buf(),
        message,
    })?;
    Ok(module)
}

/// Handwritten IR often has no target: it then runs with the host's.
fn adopt_host_target(module: &mut Module<'_>, machine: &TargetMachine) {
    if module.data_layout().is_empty() {
        module.set_data_layout(machine.data_layout());
    }
    if module.triple().is_empty() {
        module.set_triple(machine.triple());
    }
}

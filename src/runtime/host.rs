//! Libraries and symbols of the host process.

use std::ffi::{CStr, CString};
use std::path::{Path, PathBuf};
use std::sync::Once;

/// Libraries a C program expects without naming them (libc is always there; libm is not
/// necessarily loaded into this process).
const DEFAULT_LIBRARIES: &[&str] = &["libm.so.6"];

fn load_default_libraries() {
    static LOADED: Once = Once::new();
    LOADED.call_once(|| {
        for name in DEFAULT_LIBRARIES {
            // A missing default library is not an error: its symbols simply do not resolve,
            // and the program that needs them is told which symbol is missing.
            let _ = load_library(Path::new(name));
        }
    });
}

/// Load a shared library so that its symbols resolve for the guest (`--load`).
pub fn load_library(path: &Path) -> Result<(), String> {
    let name = CString::new(path.as_os_str().as_encoded_bytes())
        .map_err(|_| "the path contains a NUL byte".to_string())?;
    // SAFETY: `name` is a valid C string; the handle is kept open for the process's lifetime
    // (never closed), which is what RTLD_GLOBAL resolution needs.
    let handle = unsafe { libc::dlopen(name.as_ptr(), libc::RTLD_NOW | libc::RTLD_GLOBAL) };
    if handle.is_null() {
        // SAFETY: dlerror returns null or a thread-local message valid until the next dl call.
        let message = unsafe {
            let raw = libc::dlerror();
            if raw.is_null() {
                "unknown error".to_string()
            } else {
                CStr::from_ptr(raw).to_string_lossy().into_owned()
            }
        };
        return Err(message);
    }
    Ok(())
}

/// Whether `symbol` resolves in the runtime or the process (including `--load` libraries).
pub fn resolves(symbol: &str) -> bool {
    load_default_libraries();
    if super::symbols().iter().any(|(name, _)| *name == symbol) {
        return true;
    }
    let Ok(name) = CString::new(symbol) else {
        return false;
    };
    // SAFETY: `name` is a valid C string; RTLD_DEFAULT searches the global scope.
    !unsafe { libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr()) }.is_null()
}

/// compiler-rt's builtins archive of the LLVM tierup was built against, for the helper
/// functions code generation may call (`__divti3`, `__extendhfsf2`, ...) that the process's
/// libgcc does not provide.
pub fn builtins_archive() -> Option<PathBuf> {
    let prefix = Path::new(option_env!("LLVM_SYS_221_PREFIX").unwrap_or("/usr/lib/llvm-22"));
    let arch = std::env::consts::ARCH;
    let clang = std::fs::read_dir(prefix.join("lib/clang")).ok()?;
    for version in clang.flatten() {
        let lib = version.path().join("lib");
        for dir in std::fs::read_dir(&lib).ok()?.flatten() {
            let candidate = dir.path().join(format!("libclang_rt.builtins-{arch}.a"));
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

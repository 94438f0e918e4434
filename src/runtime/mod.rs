//! The runtime: what guest code needs from the process around it.
//!
//! - `host`: libraries (`--load`) and symbol resolution against the process,
//! - `libc_shims`: the C library functions glibc does not export (`atexit`, ...),
//! - `slots`: functions' slots (current code) and profiles (counters),
//! - `tls`: per-thread storage of the guest's thread-local variables,
//! - `process`: starting the guest as a native process would (signals, constructors, `main`,
//!   `exit`).

mod host;
mod libc_shims;
mod process;
mod slots;
mod tls;

pub use host::{builtins_archive, load_library, resolves};
pub use process::{EntryPoint, EntryShape, fatal, start};
pub use slots::{Profile, Slot, new_profiles};
pub use tls::TLS_ADDRESS_SYMBOL;

/// The runtime functions compiled code may call, by symbol name.
pub fn symbols() -> Vec<(&'static str, usize)> {
    let mut symbols = vec![(TLS_ADDRESS_SYMBOL, tls::address_fn())];
    symbols.extend(libc_shims::symbols());
    symbols.extend(process::symbols());
    symbols
}

//! Starting the guest the way a native process starts: default signal dispositions,
//! constructors, `main(argc, argv, envp)`, then `exit` with main's result, which runs the
//! `atexit` handlers, then the destructors, and flushes stdio.

use std::ffi::{CString, c_char, c_int};
use std::sync::atomic::{AtomicUsize, Ordering};

/// How the entry function is called.
#[derive(Clone, Copy, Debug)]
pub struct EntryShape {
    /// 0: `()`, 2: `(argc, argv)`, 3: `(argc, argv, envp)`.
    pub arity: u8,
    /// Whether it returns an `i32` status (otherwise `void`: status 0).
    pub returns_status: bool,
}

/// Everything `start` needs: compiled addresses and the guest's arguments.
pub struct EntryPoint {
    pub entry: usize,
    pub shape: EntryShape,
    pub constructors: usize,
    pub destructors: usize,
    /// argv, argv[0] first.
    pub args: Vec<CString>,
}

unsafe extern "C" {
    static environ: *const *const c_char;
}

static DESTRUCTORS: AtomicUsize = AtomicUsize::new(0);

extern "C" fn run_destructors() {
    let address = DESTRUCTORS.load(Ordering::Acquire);
    if address != 0 {
        // SAFETY: the address is the prepared module's `void ()` destructor runner, whose code
        // stays mapped until the process ends.
        let destructors: extern "C" fn() = unsafe { std::mem::transmute(address) };
        destructors();
    }
}

/// Rust's runtime ignores SIGPIPE and catches SIGSEGV/SIGBUS to report stack overflows;
/// the guest expects the defaults a native process has.
fn restore_default_signals() {
    for signal in [libc::SIGPIPE, libc::SIGSEGV, libc::SIGBUS] {
        // SAFETY: resetting a disposition to SIG_DFL has no preconditions.
        unsafe { libc::signal(signal, libc::SIG_DFL) };
    }
}

/// Run the guest program; never returns: the process ends with the guest's status.
pub fn start(point: EntryPoint) -> ! {
    restore_default_signals();
    DESTRUCTORS.store(point.destructors, Ordering::Release);
    // Registered before any constructor runs, so that (as `_dl_fini` natively) destructors run
    // after every `atexit` handler the program registers.
    // SAFETY: `run_destructors` is a plain `extern "C" fn()` valid for the process's lifetime.
    unsafe { libc::atexit(run_destructors) };

    // SAFETY: the address is the prepared module's `void ()` constructor runner.
    let constructors: extern "C" fn() = unsafe { std::mem::transmute(point.constructors) };
    constructors();

    let argc = point.args.len() as c_int;
    let mut argv: Vec<*const c_char> = point.args.iter().map(|a| a.as_ptr()).collect();
    argv.push(std::ptr::null());
    // The guest may keep pointers into argv for as long as it runs.
    let argv = argv.leak().as_ptr();
    std::mem::forget(point.args);

    // SAFETY: `prepare` checked that the entry has exactly the shape described by `shape`;
    // passing `environ` reads the process's environment pointer.
    let status = unsafe {
        type Main3 = extern "C" fn(c_int, *const *const c_char, *const *const c_char) -> c_int;
        let entry: Main3 = std::mem::transmute(point.entry);
        // The x86-64 and AArch64 C conventions let a callee ignore extra arguments, so one
        // call shape serves all three arities; a `void` entry leaves the result undefined.
        let result = match point.shape.arity {
            0 => {
                let entry0: extern "C" fn() -> c_int = std::mem::transmute(point.entry);
                entry0()
            }
            _ => entry(argc, argv, environ),
        };
        if point.shape.returns_status {
            result
        } else {
            0
        }
    };
    // SAFETY: `exit` runs atexit handlers and destructors and flushes stdio, as natively.
    unsafe { libc::exit(status) }
}

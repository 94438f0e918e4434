//! Starting and ending the guest the way a native process does: default signal dispositions,
//! constructors, `main(argc, argv, envp)`, then `exit` with main's result, which runs the
//! `atexit` handlers, then the destructors, and flushes stdio.
//!
//! The runtime owns the exit sequence: the guest's `exit` and `atexit` are ours. Its handlers
//! and destructors run in native order, stdio is flushed, the engine reports, and the process
//! ends with `_exit`. libc's own `exit` would also run LLVM's static destructors, some of which
//! register lazily during compiles and would run before any hook of ours, under a compile
//! thread still using them.

use std::ffi::{CString, c_char, c_int};
use std::sync::{Mutex, OnceLock};

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
    /// Runs at exit after the guest's handlers and destructors and the flush of stdio: stops
    /// promotions and reports statistics.
    pub at_exit: Option<Box<dyn Fn() + Send + Sync>>,
}

static AT_EXIT: OnceLock<Box<dyn Fn() + Send + Sync>> = OnceLock::new();

/// Report an error the program cannot continue from, flush the guest's output, and end the
/// process without running its exit handlers.
pub fn fatal(message: &str) -> ! {
    eprintln!("tierup: error: {message}");
    // SAFETY: fflush(NULL) flushes every stdio stream; _exit ends the process at once.
    unsafe {
        libc::fflush(std::ptr::null_mut());
        libc::_exit(70)
    }
}

unsafe extern "C" {
    static environ: *const *const c_char;
}

type Handler = extern "C" fn();

/// The guest's exit handlers, in registration order; the destructor runner is first.
static EXIT_HANDLERS: Mutex<Vec<Handler>> = Mutex::new(Vec::new());

extern "C" fn guest_atexit(handler: Handler) -> c_int {
    EXIT_HANDLERS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(handler);
    0
}

extern "C" fn guest_exit(status: c_int) -> ! {
    exit(status)
}

/// End the process as `exit(status)` does natively.
fn exit(status: c_int) -> ! {
    // Handlers may register more handlers: take them one at a time, last first.
    loop {
        let handler = EXIT_HANDLERS
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pop();
        match handler {
            Some(handler) => handler(),
            None => break,
        }
    }
    // SAFETY: fflush(NULL) flushes every stdio stream of the process.
    unsafe { libc::fflush(std::ptr::null_mut()) };
    if let Some(hook) = AT_EXIT.get() {
        hook();
    }
    // SAFETY: ends the process at once, without libc's exit handlers (see the module docs).
    unsafe { libc::_exit(status) }
}

/// The exit functions the guest calls, by symbol name.
pub fn symbols() -> [(&'static str, usize); 2] {
    [
        (
            "atexit",
            guest_atexit as extern "C" fn(Handler) -> c_int as usize,
        ),
        ("exit", guest_exit as extern "C" fn(c_int) -> ! as usize),
    ]
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
/// Room for the main thread's stack to grow to. Where interpreted and compiled functions
/// call each other recursively, each transition costs the interpreter's and libffi's native
/// frames (about 1.5 KB in all), so mixed-mode recursion needs several times the stack native
/// code does. The kernel checks the limit as the stack grows and keeps at least 128 MiB free
/// below it, so raising the soft limit here takes effect at once.
const MAIN_STACK_BYTES: libc::rlim_t = 64 << 20;

fn grow_main_stack() {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain system calls on this process's own limits.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_STACK, &mut limit) == 0
            && limit.rlim_cur != libc::RLIM_INFINITY
            && limit.rlim_cur < MAIN_STACK_BYTES
        {
            limit.rlim_cur = MAIN_STACK_BYTES.min(limit.rlim_max);
            libc::setrlimit(libc::RLIMIT_STACK, &limit);
        }
    }
}

pub fn start(point: EntryPoint) -> ! {
    restore_default_signals();
    grow_main_stack();
    if let Some(hook) = point.at_exit {
        let _ = AT_EXIT.set(hook);
    }
    // SAFETY: the address is the prepared module's `void ()` destructor runner, whose code
    // stays mapped until the process ends.
    let destructors: Handler = unsafe { std::mem::transmute(point.destructors) };
    // Registered before any constructor runs, so that (as `_dl_fini` natively) destructors run
    // after every `atexit` handler the program registers.
    guest_atexit(destructors);

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
    exit(status)
}

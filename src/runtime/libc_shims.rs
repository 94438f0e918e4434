//! C library functions that glibc links statically into each program (from
//! `libc_nonshared.a`) instead of exporting them from `libc.so`, so no dynamic lookup finds
//! them. The runtime provides them, forwarding to the copies linked into tierup itself.

use std::ffi::c_int;

type Handler = extern "C" fn();

unsafe extern "C" {
    fn at_quick_exit(handler: Handler) -> c_int;
    fn pthread_atfork(
        prepare: Option<Handler>,
        parent: Option<Handler>,
        child: Option<Handler>,
    ) -> c_int;
}

extern "C" fn guest_atexit(handler: Handler) -> c_int {
    // SAFETY: forwards the guest's handler unchanged; the handler's code lives until exit.
    unsafe { libc::atexit(handler) }
}

extern "C" fn guest_at_quick_exit(handler: Handler) -> c_int {
    // SAFETY: as for `atexit`.
    unsafe { at_quick_exit(handler) }
}

extern "C" fn guest_pthread_atfork(
    prepare: Option<Handler>,
    parent: Option<Handler>,
    child: Option<Handler>,
) -> c_int {
    // SAFETY: forwards the guest's handlers unchanged.
    unsafe { pthread_atfork(prepare, parent, child) }
}

/// The shims by the name the guest calls them.
pub fn symbols() -> [(&'static str, usize); 3] {
    [
        (
            "atexit",
            guest_atexit as extern "C" fn(Handler) -> c_int as usize,
        ),
        (
            "at_quick_exit",
            guest_at_quick_exit as extern "C" fn(Handler) -> c_int as usize,
        ),
        (
            "pthread_atfork",
            guest_pthread_atfork
                as extern "C" fn(Option<Handler>, Option<Handler>, Option<Handler>) -> c_int
                as usize,
        ),
    ]
}

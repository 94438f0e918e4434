//! C library functions that glibc links statically into each program (from
//! `libc_nonshared.a`) instead of exporting them from `libc.so`, so no dynamic lookup finds
//! them. The runtime provides them, forwarding to the copies linked into tierup itself.
//! (`atexit` is one too; `process` provides it with the rest of the exit sequence.)

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
pub fn symbols() -> [(&'static str, usize); 2] {
    [
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

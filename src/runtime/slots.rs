//! Slots and profiles: the per-function words that entries and compiled code read.
//!
//! A slot holds the address of a function's current code; its entry stub jumps through it, so
//! one atomic store redirects every later call from every thread. A profile (in the image
//! unit) is
//! `{calls, loop iterations, call limit, loop limit}`, counted by instrumented code, which calls
//! the runtime when a count reaches its limit.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// The current code of one function.
pub struct Slot(&'static AtomicUsize);

impl Slot {
    pub fn code(&self) -> usize {
        self.0.load(Ordering::Acquire)
    }

    /// Redirect every later call to `code`.
    pub fn install(&self, code: usize) {
        self.0.store(code, Ordering::Release);
    }

    /// Redirect every later call to `code` if the slot still holds `current`.
    pub fn replace(&self, current: usize, code: usize) {
        let _ = self
            .0
            .compare_exchange(current, code, Ordering::AcqRel, Ordering::Acquire);
    }
}

/// The counters of one function.
pub struct Profile(&'static [AtomicU64; 4]);

impl Profile {
    pub fn calls(&self) -> u64 {
        self.0[0].load(Ordering::Relaxed)
    }

    pub fn loops(&self) -> u64 {
        self.0[1].load(Ordering::Relaxed)
    }

    /// Call the runtime when calls reach `calls` or loop iterations reach `loops`.
    pub fn arm(&self, calls: u64, loops: u64) {
        self.0[2].store(calls, Ordering::Relaxed);
        self.0[3].store(loops, Ordering::Relaxed);
    }

    /// Call the runtime when loop iterations reach `loops` (the call limit stays).
    pub fn arm_loops(&self, loops: u64) {
        self.0[3].store(loops, Ordering::Relaxed);
    }

    /// Where the counters are, for compiled code.
    pub fn address(&self) -> u64 {
        self.0.as_ptr() as u64
    }

    /// The four counter words, for the interpreter, which counts into them as well.
    pub fn words(&self) -> &'static [AtomicU64; 4] {
        self.0
    }

    /// Whether both counts are below their limits (a limit that was reached has been armed
    /// again since).
    pub fn below_limits(&self) -> bool {
        self.calls() < self.0[2].load(Ordering::Relaxed)
            && self.loops() < self.0[3].load(Ordering::Relaxed)
    }

    /// Stop calling the runtime.
    pub fn disarm(&self) {
        self.arm(u64::MAX, u64::MAX);
    }
}

impl Slot {
    /// The slot at `address`.
    ///
    /// # Safety
    /// `address` must be an aligned pointer-sized word that is never unmapped.
    pub unsafe fn at(address: usize) -> Slot {
        // SAFETY: guaranteed by the caller.
        Slot(unsafe { &*(address as *const AtomicUsize) })
    }
}

/// A profile on a cache line of its own: threads count into their functions' profiles, and
/// neighbours must not share a line.
#[repr(C, align(64))]
#[derive(Default)]
struct ProfileLine([AtomicU64; 4]);

/// The profiles of `count` functions, zeroed, alive for the rest of the process. Compiled
/// code finds its function's at a constant address (`Profile::address`).
pub fn new_profiles(count: usize) -> Vec<Profile> {
    let lines: &'static [ProfileLine] =
        Box::leak((0..count).map(|_| ProfileLine::default()).collect());
    lines.iter().map(|line| Profile(&line.0)).collect()
}

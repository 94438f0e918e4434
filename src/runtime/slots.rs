//! Slots and profiles: the per-function words of the image unit that compiled code reads.
//!
//! A slot holds the address of a function's current code; its entry stub jumps through it, so
//! one atomic store redirects every later call from every thread. A profile is
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

    /// The four counter words, for the interpreter, which counts into them as well.
    pub fn words(&self) -> &'static [AtomicU64; 4] {
        self.0
    }

    /// Stop calling the runtime.
    pub fn disarm(&self) {
        self.arm(u64::MAX, u64::MAX);
    }
}

/// The slots and profiles of `count` functions, from the image's two tables of addresses.
///
/// # Safety
/// `slots` and `profiles` must be the addresses of the image unit's `__tierup.slots` and
/// `__tierup.profiles` arrays of `count` pointers, in code that is never unmapped.
pub unsafe fn image_tables(slots: usize, profiles: usize, count: usize) -> Vec<(Slot, Profile)> {
    (0..count)
        .map(|i| {
            // SAFETY: guaranteed by the caller: entry `i` of each table points to an aligned
            // pointer-sized slot and an aligned `[u64; 4]` profile that live forever.
            unsafe {
                let slot = *(slots as *const usize).add(i);
                let profile = *(profiles as *const usize).add(i);
                (
                    Slot(&*(slot as *const AtomicUsize)),
                    Profile(&*(profile as *const [AtomicU64; 4])),
                )
            }
        })
        .collect()
}

//! Thread-local variables of the guest, lowered by `prepare` to calls of
//! `__tierup_tls_address(descriptor)`.
//!
//! Each variable has a descriptor in the guest's memory: `{ size, align, image, key }`. The key
//! is assigned on first use; each thread keeps a table from key to its own copy, made from the
//! image on the thread's first access and freed when the thread exits.

use std::alloc::Layout;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

pub const TLS_ADDRESS_SYMBOL: &str = "__tierup_tls_address";

/// The layout `prepare` gives each descriptor.
#[repr(C)]
pub struct Descriptor {
    size: u64,
    align: u64,
    image: *const u8,
    key: AtomicU64,
}

static NEXT_KEY: AtomicU64 = AtomicU64::new(1);

/// One thread's copies, indexed by key - 1.
struct Copies(Vec<(*mut u8, Layout)>);

impl Drop for Copies {
    fn drop(&mut self) {
        for (block, layout) in self.0.drain(..) {
            if !block.is_null() {
                // SAFETY: each block was allocated below with exactly this layout and is
                // dropped once, when its thread exits.
                unsafe { std::alloc::dealloc(block, layout) }
            }
        }
    }
}

thread_local! {
    static COPIES: RefCell<Copies> = const { RefCell::new(Copies(Vec::new())) };
}

fn key_of(descriptor: &Descriptor) -> u64 {
    let key = descriptor.key.load(Ordering::Acquire);
    if key != 0 {
        return key;
    }
    let fresh = NEXT_KEY.fetch_add(1, Ordering::Relaxed);
    match descriptor
        .key
        .compare_exchange(0, fresh, Ordering::AcqRel, Ordering::Acquire)
    {
        Ok(_) => fresh,
        Err(existing) => existing,
    }
}

/// A new copy of the variable, initialised from its image.
fn new_copy(descriptor: &Descriptor) -> (*mut u8, Layout) {
    let layout = Layout::from_size_align(
        descriptor.size.max(1) as usize,
        descriptor.align.max(1) as usize,
    )
    .expect("prepare emits power-of-two alignments and object sizes");
    // SAFETY: the layout has a non-zero size; the image holds `size` bytes (it is the
    // variable's initial value, of the variable's type).
    unsafe {
        let block = std::alloc::alloc(layout);
        if block.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        std::ptr::copy_nonoverlapping(descriptor.image, block, descriptor.size as usize);
        (block, layout)
    }
}

extern "C" fn tls_address(descriptor: *const Descriptor) -> *mut u8 {
    // SAFETY: compiled code only passes descriptors `prepare` emitted, which live as long as
    // the program's code.
    let descriptor = unsafe { &*descriptor };
    let index = (key_of(descriptor) - 1) as usize;
    let found = COPIES.try_with(|copies| {
        let mut copies = copies.borrow_mut();
        if copies.0.len() <= index {
            copies
                .0
                .resize(index + 1, (std::ptr::null_mut(), Layout::new::<u8>()));
        }
        if copies.0[index].0.is_null() {
            copies.0[index] = new_copy(descriptor);
        }
        copies.0[index].0
    });
    // During thread teardown the table is gone: the copy is then leaked, not freed early.
    found.unwrap_or_else(|_| new_copy(descriptor).0)
}

pub fn address_fn() -> usize {
    tls_address as extern "C" fn(*const Descriptor) -> *mut u8 as usize
}

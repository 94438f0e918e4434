//! Lanes of vector registers, as the frame holds them: a vector's bytes as memory holds it,
//! except that `i1` lanes take a byte each (see `isa.rs`). The translator builds `Slow`
//! instructions that work lane by lane with these.

use crate::llvm::Shape;

/// What one lane holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lane {
    /// An integer of this many bits: 1 (a byte per lane), 8, 16, 32 or 64 (pointers too).
    Int(u32),
    F32,
    F64,
}

impl Lane {
    /// The lane kind of vectors of `element`, if the interpreter handles them.
    pub fn of(element: &Shape) -> Option<Lane> {
        match element {
            Shape::Int(w @ (1 | 8 | 16 | 32 | 64)) => Some(Lane::Int(*w)),
            Shape::Pointer => Some(Lane::Int(64)),
            Shape::Float => Some(Lane::F32),
            Shape::Double => Some(Lane::F64),
            _ => None,
        }
    }

    /// Bytes of one lane in a register.
    pub fn bytes(self) -> usize {
        match self {
            Lane::Int(1 | 8) => 1,
            Lane::Int(16) => 2,
            Lane::Int(32) | Lane::F32 => 4,
            _ => 8,
        }
    }

    /// Lane `k` of the vector at `base`: an integer zero-extended, a float's bits.
    ///
    /// # Safety
    /// `base` holds at least `k + 1` lanes.
    pub unsafe fn read(self, base: *const u8, k: usize) -> u64 {
        // SAFETY: as the caller guarantees; lanes are aligned to their size within a register
        // (8-byte aligned). Volatile accesses stay single moves: plain ones of four sizes
        // behind one switch were merged into a `memcpy` call.
        unsafe {
            let at = base.add(k * self.bytes());
            match self.bytes() {
                1 => u64::from(at.read_volatile()),
                2 => u64::from(at.cast::<u16>().read_volatile()),
                4 => u64::from(at.cast::<u32>().read_volatile()),
                _ => at.cast::<u64>().read_volatile(),
            }
        }
    }

    /// Set lane `k` of the vector at `base` to `value` (its low bits).
    ///
    /// # Safety
    /// `base` holds at least `k + 1` lanes.
    pub unsafe fn write(self, base: *mut u8, k: usize, value: u64) {
        // SAFETY: as for `read`.
        unsafe {
            let at = base.add(k * self.bytes());
            match self.bytes() {
                1 => at.write_volatile(value as u8 & if self == Lane::Int(1) { 1 } else { 0xff }),
                2 => at.cast::<u16>().write_volatile(value as u16),
                4 => at.cast::<u32>().write_volatile(value as u32),
                _ => at.cast::<u64>().write_volatile(value),
            }
        }
    }

    /// A float lane's value as `f64` (exact for `f32`).
    pub fn float(self, bits: u64) -> f64 {
        match self {
            Lane::F32 => f64::from(f32::from_bits(bits as u32)),
            _ => f64::from_bits(bits),
        }
    }

    /// The bits of `value` in a float lane (rounded to `f32` for `F32`).
    pub fn float_bits(self, value: f64) -> u64 {
        match self {
            Lane::F32 => u64::from((value as f32).to_bits()),
            _ => value.to_bits(),
        }
    }

    /// An integer lane's width in bits (64 for floats).
    pub fn width(self) -> u32 {
        match self {
            Lane::Int(w) => w,
            Lane::F32 => 32,
            Lane::F64 => 64,
        }
    }
}

/// Run `lane` for each of `count` lanes of the result at `d`, collecting the results first
/// so that `d` may be one of the operands.
///
/// # Safety
/// `d` holds `count` lanes of `to`.
pub unsafe fn each(count: usize, to: Lane, d: *mut u8, lane: impl Fn(usize) -> u64) {
    // On the stack (not zeroed) for up to 64 lanes: every vector clang's vectorisers make for
    // x86-64.
    let mut inline = [std::mem::MaybeUninit::<u64>::uninit(); 64];
    if count > inline.len() {
        let values: Vec<u64> = (0..count).map(lane).collect();
        for (k, value) in values.into_iter().enumerate() {
            // SAFETY: as the caller guarantees.
            unsafe { to.write(d, k, value) };
        }
        return;
    }
    for (k, value) in inline[..count].iter_mut().enumerate() {
        value.write(lane(k));
    }
    for (k, value) in inline[..count].iter().enumerate() {
        // SAFETY: written just above; `d` as the caller guarantees.
        unsafe { to.write(d, k, value.assume_init()) };
    }
}

/// `d[k] = f(x[k], y[k])` for `n` lanes of type `T`: the common element-wise operations
/// without the per-lane dispatch of `each`. `d` may be `x` or `y` (each lane is read before
/// it is written).
///
/// # Safety
/// `d`, `x` and `y` hold `n` lanes of `T` each.
pub unsafe fn zip<T: Copy>(
    n: usize,
    d: *mut u8,
    x: *const u8,
    y: *const u8,
    f: impl Fn(T, T) -> T,
) {
    let (d, x, y) = (d.cast::<T>(), x.cast::<T>(), y.cast::<T>());
    for k in 0..n {
        // SAFETY: as the caller guarantees.
        unsafe {
            let value = f(x.add(k).read_unaligned(), y.add(k).read_unaligned());
            d.add(k).write_unaligned(value);
        }
    }
}

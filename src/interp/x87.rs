//! `x86_fp80` (C's `long double` on x86-64) arithmetic, on the x87 unit as native code
//! computes it: the same precision (64-bit significand, the Linux default control word) and
//! rounding, so results match bit for bit.
//!
//! A value is the 10 bytes of its memory form at the start of a 16-byte register (two frame
//! slots); results are written with the 6 padding bytes zeroed. Every function leaves the x87
//! stack empty, as the ABI requires between calls.

use std::arch::asm;

/// An arithmetic operation of two operands.
#[derive(Clone, Copy, Debug)]
pub enum Arith {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
}

/// Write an x87 result (10 bytes at `value`) to the register at `out`, zero-padded to 16.
///
/// # Safety
/// `out` is valid for 16 bytes.
unsafe fn store(value: &[u8; 16], out: *mut u8) {
    // SAFETY: as the caller guarantees.
    unsafe { std::ptr::copy_nonoverlapping(value.as_ptr(), out, 16) };
}

/// `a op b`; `out` may be `a` or `b`.
///
/// # Safety
/// `a` and `b` are readable for 10 bytes, `out` writable for 16.
pub unsafe fn arith(op: Arith, a: *const u8, b: *const u8, out: *mut u8) {
    let mut result = [0u8; 16];
    let r = result.as_mut_ptr();
    // SAFETY: the loads read 10 bytes at `a` and `b`, the store writes 10 at `r`; the
    // sequence leaves the x87 stack as it found it (empty). `fprem` repeats until its
    // partial-remainder flag (C2, bit 2 of the status word's high byte) is clear, which gives
    // C's `fmodl`.
    unsafe {
        // `a op b` with `a` in st(0): the forms with st(0) as destination, whose operand
        // order no assembler swaps.
        macro_rules! binary {
            ($op:literal) => {
                asm!(
                    "fld tbyte ptr [{b}]", "fld tbyte ptr [{a}]", concat!($op, " st(0), st(1)"),
                    "fstp tbyte ptr [{r}]", "fstp st(0)",
                    a = in(reg) a, b = in(reg) b, r = in(reg) r,
                    out("st(0)") _, out("st(1)") _, options(nostack),
                )
            };
        }
        match op {
            Arith::Add => binary!("fadd"),
            Arith::Sub => binary!("fsub"),
            Arith::Mul => binary!("fmul"),
            Arith::Div => binary!("fdiv"),
            Arith::Rem => asm!(
                "fld tbyte ptr [{b}]", "fld tbyte ptr [{a}]",
                "2:", "fprem", "fnstsw ax", "test ah, 4", "jnz 2b",
                "fstp tbyte ptr [{r}]", "fstp st(0)",
                a = in(reg) a, b = in(reg) b, r = in(reg) r,
                out("ax") _, out("st(0)") _, out("st(1)") _, options(nostack),
            ),
        }
        store(&result, out);
    }
}

/// `-a`: the sign bit flipped, as `fneg` does.
///
/// # Safety
/// `a` is readable for 10 bytes, `out` writable for 16.
pub unsafe fn neg(a: *const u8, out: *mut u8) {
    let mut result = [0u8; 16];
    // SAFETY: as the caller guarantees.
    unsafe { std::ptr::copy_nonoverlapping(a, result.as_mut_ptr(), 10) };
    result[9] ^= 0x80;
    // SAFETY: as the caller guarantees.
    unsafe { store(&result, out) };
}

/// `fcmp` with LLVM's predicate `pred` (`LLVMRealPredicate`: 0 false, 1 oeq, 2 ogt, 3 oge,
/// 4 olt, 5 ole, 6 one, 7 ord, 8 uno, 9 ueq, 10 ugt, 11 uge, 12 ult, 13 ule, 14 une, 15 true).
///
/// # Safety
/// `a` and `b` are readable for 10 bytes.
pub unsafe fn compare(pred: u32, a: *const u8, b: *const u8) -> bool {
    let (zero, parity, carry): (u8, u8, u8);
    // SAFETY: two loads, a compare that pops one, a pop; the stack ends empty. `fucomip`
    // sets ZF, PF and CF as `ucomisd` does: all three when unordered.
    unsafe {
        asm!(
            "fld tbyte ptr [{b}]", "fld tbyte ptr [{a}]", "fucomip st, st(1)", "fstp st(0)",
            "setz {z}", "setp {p}", "setc {c}",
            a = in(reg) a, b = in(reg) b,
            z = out(reg_byte) zero, p = out(reg_byte) parity, c = out(reg_byte) carry,
            out("st(0)") _, out("st(1)") _, options(nostack),
        );
    }
    let unordered = parity != 0;
    let less = !unordered && carry != 0;
    let equal = !unordered && zero != 0;
    let greater = !unordered && !less && !equal;
    let ordered = match pred & 7 {
        0 => false,
        1 => equal,
        2 => greater,
        3 => greater || equal,
        4 => less,
        5 => less || equal,
        6 => less || greater,
        _ => true,
    };
    // The unordered predicates (8..15) are the ordered ones (0..7) or unordered.
    if pred >= 8 {
        ordered || unordered
    } else {
        ordered && !unordered
    }
}

/// A `double` (`float` when `single`) widened to `x86_fp80`, exactly.
///
/// # Safety
/// `out` is writable for 16 bytes.
pub unsafe fn from_float(bits: u64, single: bool, out: *mut u8) {
    let mut result = [0u8; 16];
    let r = result.as_mut_ptr();
    let source = &bits as *const u64;
    // SAFETY: a load of 8 (or the low 4) bytes of `bits`, a store of 10 to `r`.
    unsafe {
        if single {
            asm!("fld dword ptr [{s}]", "fstp tbyte ptr [{r}]",
                 s = in(reg) source, r = in(reg) r, out("st(0)") _, options(nostack));
        } else {
            asm!("fld qword ptr [{s}]", "fstp tbyte ptr [{r}]",
                 s = in(reg) source, r = in(reg) r, out("st(0)") _, options(nostack));
        }
        store(&result, out);
    }
}

/// `a` rounded to `double` (`float` when `single`, in the low 32 bits), as the control word's
/// rounding mode says (to nearest).
///
/// # Safety
/// `a` is readable for 10 bytes.
pub unsafe fn to_float(a: *const u8, single: bool) -> u64 {
    let mut bits = 0u64;
    let target = &mut bits as *mut u64;
    // SAFETY: a load of 10 bytes at `a`, a store of 8 (or 4) into `bits`.
    unsafe {
        if single {
            asm!("fld tbyte ptr [{a}]", "fstp dword ptr [{t}]",
                 a = in(reg) a, t = in(reg) target, out("st(0)") _, options(nostack));
        } else {
            asm!("fld tbyte ptr [{a}]", "fstp qword ptr [{t}]",
                 a = in(reg) a, t = in(reg) target, out("st(0)") _, options(nostack));
        }
    }
    bits
}

/// An integer converted to `x86_fp80` (exact: 64 significand bits).
///
/// # Safety
/// `out` is writable for 16 bytes.
pub unsafe fn from_int(value: u64, signed: bool, out: *mut u8) {
    let mut result = [0u8; 16];
    let r = result.as_mut_ptr();
    let source = &value as *const u64;
    // 2^64, added to an unsigned value `fild` read as negative.
    let two64 = 18446744073709551616.0f64;
    let high = !signed && (value as i64) < 0;
    // SAFETY: loads of 8 bytes at `source` and `&two64`, a store of 10 at `r`; the stack
    // ends empty.
    unsafe {
        if high {
            asm!("fild qword ptr [{s}]", "fld qword ptr [{t}]", "fadd st(0), st(1)",
                 "fstp tbyte ptr [{r}]", "fstp st(0)",
                 s = in(reg) source, t = in(reg) &two64, r = in(reg) r,
                 out("st(0)") _, out("st(1)") _, options(nostack));
        } else {
            asm!("fild qword ptr [{s}]", "fstp tbyte ptr [{r}]",
                 s = in(reg) source, r = in(reg) r, out("st(0)") _, options(nostack));
        }
        store(&result, out);
    }
}

/// `a` truncated toward zero to a 64-bit integer (`fptosi`/`fptoui`); out of range gives what
/// the hardware gives.
///
/// # Safety
/// `a` is readable for 10 bytes.
pub unsafe fn to_int(a: *const u8, signed: bool) -> u64 {
    let mut value = 0u64;
    let target = &mut value as *mut u64;
    let two63 = 9223372036854775808.0f64;
    let mut bound = [0u8; 16];
    // SAFETY: as the caller guarantees, for `a`; the rest are locals.
    unsafe {
        from_float(two63.to_bits(), false, bound.as_mut_ptr());
        // An unsigned value of 2^63 or more: subtract 2^63 first, put the bit back after.
        let high = !signed && compare(3, a, bound.as_ptr());
        if high {
            asm!("fld qword ptr [{t}]", "fld tbyte ptr [{a}]", "fsub st(0), st(1)",
                 "fisttp qword ptr [{v}]", "fstp st(0)",
                 t = in(reg) &two63, a = in(reg) a, v = in(reg) target,
                 out("st(0)") _, out("st(1)") _, options(nostack));
            value ^= 1 << 63;
        } else {
            asm!("fld tbyte ptr [{a}]", "fisttp qword ptr [{v}]",
                 a = in(reg) a, v = in(reg) target, out("st(0)") _, options(nostack));
        }
    }
    value
}

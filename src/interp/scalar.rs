//! The semantics of scalar operations at any integer width up to 128 bits, shared by the
//! fast instructions (masking, sign extension, float compares) and the slow paths (odd
//! widths, i128, vector lanes).

/// `value` truncated to its low `bits` bits.
pub fn mask(value: u64, bits: u32) -> u64 {
    if bits >= 64 {
        value
    } else {
        value & ((1u64 << bits) - 1)
    }
}

/// `value`'s low `bits` bits, sign-extended to 64.
pub fn sext(value: u64, bits: u32) -> u64 {
    if bits >= 64 || bits == 0 {
        value
    } else {
        let shift = 64 - bits;
        (((value << shift) as i64) >> shift) as u64
    }
}

pub fn mask128(value: u128, bits: u32) -> u128 {
    if bits >= 128 {
        value
    } else {
        value & ((1u128 << bits) - 1)
    }
}

pub fn sext128(value: u128, bits: u32) -> i128 {
    if bits >= 128 || bits == 0 {
        value as i128
    } else {
        let shift = 128 - bits;
        ((value << shift) as i128) >> shift
    }
}

/// The value of IEEE half-precision `bits`, exact in f32 (a NaN keeps its payload, quieted).
pub fn half_to_f32(bits: u16) -> f32 {
    let sign = u32::from(bits >> 15) << 31;
    let exponent = u32::from(bits >> 10) & 0x1f;
    let fraction = u32::from(bits) & 0x3ff;
    let magnitude = match exponent {
        // Zero and subnormals: `fraction` units of 2^-24.
        0 => (fraction as f32 * f32::from_bits(0x3380_0000)).to_bits(),
        0x1f if fraction != 0 => 0x7fc0_0000 | fraction << 13,
        0x1f => 0x7f80_0000,
        _ => (exponent + 112) << 23 | fraction << 13,
    };
    f32::from_bits(sign | magnitude)
}

/// `value` rounded to IEEE half precision, to nearest, ties to even (a NaN keeps the top of
/// its payload, quieted): its bits.
pub fn f64_to_half(value: f64) -> u16 {
    let bits = value.to_bits();
    let sign = ((bits >> 48) & 0x8000) as u16;
    if value.is_nan() {
        return sign | 0x7e00 | ((bits >> 42) & 0x3ff) as u16;
    }
    let magnitude = value.abs();
    // 65520 is halfway between the largest half, 65504, and 2^16: ties go to the even
    // 2^16, which overflows.
    if magnitude >= 65520.0 {
        return sign | 0x7c00;
    }
    if magnitude < f64::from_bits(0x3f10_0000_0000_0000) {
        // Below 2^-14: a subnormal (or zero) in units of 2^-24; 1024 units is the smallest
        // normal, whose bits are the same.
        return sign | (magnitude * 16_777_216.0).round_ties_even() as u16;
    }
    let exponent = ((bits >> 52) & 0x7ff) as i32 - 1023;
    // 1024 <= significand < 2048, rounded (exact scaling by a power of two).
    let significand = (magnitude * 2f64.powi(10 - exponent)).round_ties_even() as u16;
    let (exponent, significand) = if significand == 2048 {
        (exponent + 1, 1024)
    } else {
        (exponent, significand)
    };
    if exponent > 15 {
        return sign | 0x7c00;
    }
    sign | ((exponent + 15) as u16) << 10 | (significand & 0x3ff)
}

/// An LLVM fcmp predicate (0 false, 1 oeq, 2 ogt, 3 oge, 4 olt, 5 ole, 6 one, 7 ord, 8 uno,
/// 9 ueq, 10 ugt, 11 uge, 12 ult, 13 ule, 14 une, 15 true).
pub fn fcmp(pred: u32, a: f64, b: f64) -> bool {
    let unordered = a.is_nan() || b.is_nan();
    let ordered = |test: bool| !unordered && test;
    let or_unordered = |test: bool| unordered || test;
    match pred {
        0 => false,
        1 => ordered(a == b),
        2 => ordered(a > b),
        3 => ordered(a >= b),
        4 => ordered(a < b),
        5 => ordered(a <= b),
        6 => ordered(a != b),
        7 => !unordered,
        8 => unordered,
        9 => or_unordered(a == b),
        10 => or_unordered(a > b),
        11 => or_unordered(a >= b),
        12 => or_unordered(a < b),
        13 => or_unordered(a <= b),
        14 => or_unordered(a != b),
        _ => true,
    }
}

/// `fptoui` to 64 bits as x86-64 code computes it for in-range values.
pub fn f64_to_u64(value: f64) -> u64 {
    if value >= 9_223_372_036_854_775_808.0 {
        (value - 9_223_372_036_854_775_808.0) as i64 as u64 ^ (1 << 63)
    } else {
        value as i64 as u64
    }
}

/// Integer operations of LLVM, at any width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    UDiv,
    SDiv,
    URem,
    SRem,
    Shl,
    LShr,
    AShr,
    And,
    Or,
    Xor,
}

/// `a op b` on `bits`-wide integers held zero-extended; the result is zero-extended.
pub fn int_binop(op: IntOp, bits: u32, a: u128, b: u128) -> u128 {
    let (sa, sb) = (sext128(a, bits), sext128(b, bits));
    let shift = (b.min(127)) as u32;
    let result = match op {
        IntOp::Add => a.wrapping_add(b),
        IntOp::Sub => a.wrapping_sub(b),
        IntOp::Mul => a.wrapping_mul(b),
        IntOp::UDiv => a
            .checked_div(b)
            .unwrap_or_else(|| super::exec::divide_error()),
        IntOp::URem => a
            .checked_rem(b)
            .unwrap_or_else(|| super::exec::divide_error()),
        IntOp::SDiv => {
            if sb == 0 {
                super::exec::divide_error()
            }
            sa.wrapping_div(sb) as u128
        }
        IntOp::SRem => {
            if sb == 0 {
                super::exec::divide_error()
            }
            sa.wrapping_rem(sb) as u128
        }
        IntOp::Shl => a.wrapping_shl(shift),
        IntOp::LShr => a.wrapping_shr(shift),
        IntOp::AShr => sa.wrapping_shr(shift) as u128,
        IntOp::And => a & b,
        IntOp::Or => a | b,
        IntOp::Xor => a ^ b,
    };
    mask128(result, bits)
}

/// An LLVM icmp predicate (32 eq, 33 ne, 34 ugt, 35 uge, 36 ult, 37 ule, 38 sgt, 39 sge,
/// 40 slt, 41 sle) on `bits`-wide integers held zero-extended.
pub fn icmp(pred: u32, bits: u32, a: u128, b: u128) -> bool {
    let (sa, sb) = (sext128(a, bits), sext128(b, bits));
    match pred {
        32 => a == b,
        33 => a != b,
        34 => a > b,
        35 => a >= b,
        36 => a < b,
        37 => a <= b,
        38 => sa > sb,
        39 => sa >= sb,
        40 => sa < sb,
        _ => sa <= sb,
    }
}

/// The `llvm.is.fpclass` class bit (0 signalling NaN, 1 quiet NaN, 2 -inf, 3 -normal,
/// 4 -subnormal, 5 -0, 6 +0, 7 +subnormal, 8 +normal, 9 +inf) of an IEEE binary float with
/// `fraction` fraction bits and `exponent` exponent bits, given as its bits.
pub fn float_class(bits: u64, fraction: u32, exponent: u32) -> u32 {
    let negative = bits >> (fraction + exponent) & 1 != 0;
    let biased = (bits >> fraction) & ((1 << exponent) - 1);
    let mantissa = bits & ((1 << fraction) - 1);
    let quiet = mantissa >> (fraction - 1) & 1 != 0;
    classify(
        negative,
        biased == (1 << exponent) - 1,
        biased == 0,
        mantissa == 0,
        quiet,
    )
}

/// `float_class` for an x86_fp80 (its 10 bytes, little-endian): the significand's integer
/// bit is explicit, so infinity has it set and a zero fraction below it.
pub fn fp80_class(bits: u128) -> u32 {
    let negative = bits >> 79 & 1 != 0;
    let biased = (bits >> 64) & 0x7fff;
    let fraction = bits & ((1 << 63) - 1);
    let significand = bits & ((1 << 64) - 1);
    let quiet = fraction >> 62 & 1 != 0;
    if biased == 0 {
        return classify(negative, false, true, significand == 0, false);
    }
    classify(negative, biased == 0x7fff, false, fraction == 0, quiet)
}

fn classify(negative: bool, top: bool, bottom: bool, zero_fraction: bool, quiet: bool) -> u32 {
    let class = match (top, bottom, zero_fraction) {
        (true, _, true) => return if negative { 2 } else { 9 },
        (true, _, false) => return if quiet { 1 } else { 0 },
        (_, true, true) => 6,
        (_, true, false) => 7,
        _ => 8,
    };
    if negative { 11 - class } else { class }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_conversions() {
        for bits in 0..=u16::MAX {
            let value = half_to_f32(bits);
            let back = f64_to_half(f64::from(value));
            if value.is_nan() {
                // Quieted, payload kept.
                assert_eq!(back, bits | 0x0200, "{bits:04x}");
            } else {
                assert_eq!(back, bits, "{bits:04x}");
            }
            // Between two neighbouring finite halves of the same sign: the midpoint goes to
            // the even one, anything off it to the nearer.
            if bits & 0x7fff < 0x7bff {
                let (low, high) = (f64::from(value), f64::from(half_to_f32(bits + 1)));
                let middle = (low + high) / 2.0;
                let even = if bits & 1 == 0 { bits } else { bits + 1 };
                assert_eq!(f64_to_half(middle), even, "{bits:04x}");
                let nudge = (high - low).abs() / 1024.0;
                let toward_high = if high > low { nudge } else { -nudge };
                assert_eq!(f64_to_half(middle + toward_high), bits + 1, "{bits:04x}");
                assert_eq!(f64_to_half(middle - toward_high), bits, "{bits:04x}");
            }
        }
        assert_eq!(f64_to_half(65519.99), 0x7bff);
        assert_eq!(f64_to_half(65520.0), 0x7c00);
        assert_eq!(f64_to_half(-1e300), 0xfc00);
        assert_eq!(
            f64_to_half(1.0 + f64::powi(2.0, -11) + f64::powi(2.0, -40)),
            0x3c01
        );
    }

    #[test]
    fn widths() {
        assert_eq!(mask(0x1ff, 8), 0xff);
        assert_eq!(sext(0x80, 8), u64::MAX - 127);
        assert_eq!(int_binop(IntOp::SDiv, 8, 0x80, 0xff), 0x80);
        assert_eq!(int_binop(IntOp::AShr, 3, 0b100, 1), 0b110);
        assert!(icmp(40, 17, 0x1_0000, 0));
        assert!(fcmp(14, f64::NAN, 1.0) && !fcmp(1, f64::NAN, f64::NAN));
        assert_eq!(
            f64_to_u64(1.844_674_407_370_955e19),
            18_446_744_073_709_549_568
        );
    }

    #[test]
    fn float_classes() {
        let double = |x: f64| float_class(x.to_bits(), 52, 11);
        let classes = [
            double(f64::from_bits(0x7ff0_0000_0000_0001)),
            double(f64::NAN),
            double(f64::NEG_INFINITY),
            double(-1.5),
            double(-f64::MIN_POSITIVE / 2.0),
            double(-0.0),
            double(0.0),
            double(f64::MIN_POSITIVE / 4.0),
            double(3.0),
            double(f64::INFINITY),
        ];
        assert_eq!(classes, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        assert_eq!(float_class(u64::from((-2.0f32).to_bits()), 23, 8), 3);
        // x86_fp80: 1.0, -infinity, a quiet NaN, -0, the smallest subnormal.
        assert_eq!(fp80_class(0x3fff_8000_0000_0000_0000), 8);
        assert_eq!(fp80_class(0xffff_8000_0000_0000_0000), 2);
        assert_eq!(fp80_class(0x7fff_c000_0000_0000_0000), 1);
        assert_eq!(fp80_class(0x8000_0000_0000_0000_0000), 5);
        assert_eq!(fp80_class(1), 7);
    }
}

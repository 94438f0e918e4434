//! The interpreter's instruction set: a register bytecode.
//!
//! A frame is an array of 64-bit slots: parameters first, then one register per value the
//! function computes, then its pooled constants (copied in on entry). Integers up to 64 bits
//! live zero-extended to their width in one slot; wider values (i128, x86_fp80, vectors,
//! aggregates) take consecutive slots holding their bytes as memory would (vectors of i1 take a
//! byte per lane). Branch targets are instruction indices; phi moves are resolved into edge
//! blocks by the translator.
//!
//! Hot, simple operations have their own instruction; everything else (vectors, i128,
//! x86_fp80, atomics, most intrinsics) is a `Slow` instruction running a closure the
//! translator built, so coverage does not cost the fast path.

/// A register: a slot index in the frame.
pub type R = u32;

/// One instruction. 20 bytes: a tag and up to four 32-bit fields.
#[derive(Clone, Copy, Debug)]
pub enum Op {
    /// `d = s` (one slot).
    Mov {
        d: R,
        s: R,
    },
    /// `n` slots from `s` to `d`.
    Copy {
        d: R,
        s: R,
        n: u32,
    },

    Add64 {
        d: R,
        a: R,
        b: R,
    },
    Sub64 {
        d: R,
        a: R,
        b: R,
    },
    Mul64 {
        d: R,
        a: R,
        b: R,
    },
    Add32 {
        d: R,
        a: R,
        b: R,
    },
    Sub32 {
        d: R,
        a: R,
        b: R,
    },
    Mul32 {
        d: R,
        a: R,
        b: R,
    },
    /// Bitwise operations keep zero-extended values zero-extended: one for every width.
    And {
        d: R,
        a: R,
        b: R,
    },
    Or {
        d: R,
        a: R,
        b: R,
    },
    Xor {
        d: R,
        a: R,
        b: R,
    },
    Shl64 {
        d: R,
        a: R,
        b: R,
    },
    LShr64 {
        d: R,
        a: R,
        b: R,
    },
    AShr64 {
        d: R,
        a: R,
        b: R,
    },
    Shl32 {
        d: R,
        a: R,
        b: R,
    },
    LShr32 {
        d: R,
        a: R,
        b: R,
    },
    AShr32 {
        d: R,
        a: R,
        b: R,
    },
    UDiv64 {
        d: R,
        a: R,
        b: R,
    },
    SDiv64 {
        d: R,
        a: R,
        b: R,
    },
    URem64 {
        d: R,
        a: R,
        b: R,
    },
    SRem64 {
        d: R,
        a: R,
        b: R,
    },
    UDiv32 {
        d: R,
        a: R,
        b: R,
    },
    SDiv32 {
        d: R,
        a: R,
        b: R,
    },
    URem32 {
        d: R,
        a: R,
        b: R,
    },
    SRem32 {
        d: R,
        a: R,
        b: R,
    },
    /// `d = a * b + c` (64-bit): an index computation, its multiply fused in.
    MulAdd64 {
        d: R,
        a: R,
        b: R,
        c: R,
    },
    /// `d = a + imm` (64-bit, pointers and GEPs).
    AddImm {
        d: R,
        a: R,
        imm: i32,
    },
    /// `d = a & (2^bits - 1)`: truncation, and the wrap of narrow arithmetic.
    Mask {
        d: R,
        a: R,
        bits: u32,
    },
    /// `d = (a >> shift) & (2^bits - 1)`: a bit field (an `lshr` by a constant fused into
    /// the `and` with a low mask that is its only use).
    Field {
        d: R,
        a: R,
        shift: u32,
        bits: u32,
    },
    /// `d = a` sign-extended from `bits` to 64 bits.
    SExt {
        d: R,
        a: R,
        bits: u32,
    },

    Eq {
        d: R,
        a: R,
        b: R,
    },
    Ne {
        d: R,
        a: R,
        b: R,
    },
    Ult {
        d: R,
        a: R,
        b: R,
    },
    Ule {
        d: R,
        a: R,
        b: R,
    },
    Slt64 {
        d: R,
        a: R,
        b: R,
    },
    Sle64 {
        d: R,
        a: R,
        b: R,
    },
    Slt32 {
        d: R,
        a: R,
        b: R,
    },
    Sle32 {
        d: R,
        a: R,
        b: R,
    },
    /// `d = c ? a : b` (one slot).
    Select {
        d: R,
        c: R,
        a: R,
        b: R,
    },

    FAdd64 {
        d: R,
        a: R,
        b: R,
    },
    FSub64 {
        d: R,
        a: R,
        b: R,
    },
    FMul64 {
        d: R,
        a: R,
        b: R,
    },
    FDiv64 {
        d: R,
        a: R,
        b: R,
    },
    FAdd32 {
        d: R,
        a: R,
        b: R,
    },
    FSub32 {
        d: R,
        a: R,
        b: R,
    },
    FMul32 {
        d: R,
        a: R,
        b: R,
    },
    FDiv32 {
        d: R,
        a: R,
        b: R,
    },
    FNeg64 {
        d: R,
        a: R,
    },
    /// `d = a * b + c`, rounded after the product and after the sum: `llvm.fmuladd`, as code
    /// generated for the baseline x86-64 CPU (without FMA) computes it.
    FMulAdd64 {
        d: R,
        a: R,
        b: R,
        c: R,
    },
    FMulAdd32 {
        d: R,
        a: R,
        b: R,
        c: R,
    },
    FSqrt64 {
        d: R,
        a: R,
    },
    FSqrt32 {
        d: R,
        a: R,
    },
    FAbs64 {
        d: R,
        a: R,
    },
    FAbs32 {
        d: R,
        a: R,
    },
    FNeg32 {
        d: R,
        a: R,
    },
    /// `pred` is an LLVM fcmp predicate number (0 = false ... 15 = true).
    FCmp64 {
        d: R,
        a: R,
        b: R,
        pred: u32,
    },
    FCmp32 {
        d: R,
        a: R,
        b: R,
        pred: u32,
    },
    /// Conversions between i64 (signed or unsigned) and float / double.
    SIToF64 {
        d: R,
        a: R,
    },
    UIToF64 {
        d: R,
        a: R,
    },
    SIToF32 {
        d: R,
        a: R,
    },
    UIToF32 {
        d: R,
        a: R,
    },
    F64ToSI {
        d: R,
        a: R,
    },
    F64ToUI {
        d: R,
        a: R,
    },
    F32ToSI {
        d: R,
        a: R,
    },
    F32ToUI {
        d: R,
        a: R,
    },
    F32ToF64 {
        d: R,
        a: R,
    },
    F64ToF32 {
        d: R,
        a: R,
    },

    /// `d = *(a + off)`, zero-extended.
    Load8 {
        d: R,
        a: R,
        off: i32,
    },
    Load16 {
        d: R,
        a: R,
        off: i32,
    },
    Load32 {
        d: R,
        a: R,
        off: i32,
    },
    Load64 {
        d: R,
        a: R,
        off: i32,
    },
    /// `n` bytes from `a + off` into the slots from `d`.
    LoadN {
        d: R,
        a: R,
        n: u32,
        off: i32,
    },
    /// `d = *(base + idx * size)`, zero-extended, for a load of `size` bytes (1, 2, 4, 8):
    /// an array element, its GEP fused in.
    LoadIdx8 {
        d: R,
        base: R,
        idx: R,
    },
    LoadIdx16 {
        d: R,
        base: R,
        idx: R,
    },
    LoadIdx32 {
        d: R,
        base: R,
        idx: R,
    },
    LoadIdx64 {
        d: R,
        base: R,
        idx: R,
    },
    /// The same, `idx` a 32-bit register sign-extended (C's `a[i]` with an `int i`, its
    /// `sext` fused in).
    LoadIdx8S {
        d: R,
        base: R,
        idx: R,
    },
    LoadIdx16S {
        d: R,
        base: R,
        idx: R,
    },
    LoadIdx32S {
        d: R,
        base: R,
        idx: R,
    },
    LoadIdx64S {
        d: R,
        base: R,
        idx: R,
    },
    /// `*(base + idx * size) = v`, for a store of `size` bytes.
    StoreIdx8 {
        v: R,
        base: R,
        idx: R,
    },
    StoreIdx16 {
        v: R,
        base: R,
        idx: R,
    },
    StoreIdx32 {
        v: R,
        base: R,
        idx: R,
    },
    StoreIdx64 {
        v: R,
        base: R,
        idx: R,
    },
    /// The same, `idx` a 32-bit register sign-extended.
    StoreIdx8S {
        v: R,
        base: R,
        idx: R,
    },
    StoreIdx16S {
        v: R,
        base: R,
        idx: R,
    },
    StoreIdx32S {
        v: R,
        base: R,
        idx: R,
    },
    StoreIdx64S {
        v: R,
        base: R,
        idx: R,
    },
    /// `*(a + off) = v`.
    Store8 {
        v: R,
        a: R,
        off: i32,
    },
    Store16 {
        v: R,
        a: R,
        off: i32,
    },
    Store32 {
        v: R,
        a: R,
        off: i32,
    },
    Store64 {
        v: R,
        a: R,
        off: i32,
    },
    StoreN {
        v: R,
        a: R,
        n: u32,
        off: i32,
    },
    /// `d = ` fresh stack memory of `size` bytes.
    Alloca {
        d: R,
        size: u32,
        align: u32,
    },
    /// `d = ` fresh stack memory of `count * size` bytes (`count` a 64-bit register).
    AllocaDyn {
        d: R,
        count: R,
        size: u32,
        align: u32,
    },
    /// `d = base + idx * scale` (`idx` a 64-bit register).
    GepIdx {
        d: R,
        base: R,
        idx: R,
        scale: i32,
    },
    /// `d = base + idx * scale` (`idx` a 32-bit register, sign-extended).
    GepIdxS {
        d: R,
        base: R,
        idx: R,
        scale: i32,
    },
    Memcpy {
        d: R,
        s: R,
        n: R,
    },
    Memmove {
        d: R,
        s: R,
        n: R,
    },
    Memset {
        d: R,
        v: R,
        n: R,
    },

    Br {
        t: u32,
    },
    /// A backward branch to a loop header: counts a loop iteration and, once the loop's
    /// compiled entry (`site`) exists, continues the activation there (on-stack replacement).
    Loop {
        t: u32,
        site: u32,
    },
    /// Conditional jumps: to `t` when the condition holds, else on to the next instruction.
    /// `site` is the branch counter a jump increments, `site ^ 1` the one going on does (the
    /// counters of an LLVM branch are a pair: its true way, then its false way).
    ///
    /// Jump to `t` if bit 0 of `c` is set.
    JIf {
        c: R,
        t: u32,
        site: u32,
    },
    /// Jump to `t` if bit 0 of `c` is clear.
    JIfNot {
        c: R,
        t: u32,
        site: u32,
    },
    /// Jump to `t` if a == b.
    JEq {
        a: R,
        b: R,
        t: u32,
        site: u32,
    },
    /// Jump to `t` if a != b.
    JNe {
        a: R,
        b: R,
        t: u32,
        site: u32,
    },
    /// Jump to `t` if a < b, unsigned.
    JUlt {
        a: R,
        b: R,
        t: u32,
        site: u32,
    },
    /// Jump to `t` if a <= b, unsigned.
    JUle {
        a: R,
        b: R,
        t: u32,
        site: u32,
    },
    /// Jump to `t` if a < b, signed.
    JSlt64 {
        a: R,
        b: R,
        t: u32,
        site: u32,
    },
    /// Jump to `t` if a <= b, signed.
    JSle64 {
        a: R,
        b: R,
        t: u32,
        site: u32,
    },
    /// Jump to `t` if a < b, signed 32-bit.
    JSlt32 {
        a: R,
        b: R,
        t: u32,
        site: u32,
    },
    /// Jump to `t` if a <= b, signed 32-bit.
    JSle32 {
        a: R,
        b: R,
        t: u32,
        site: u32,
    },

    Switch {
        v: R,
        table: u32,
    },
    /// Jump to the block whose token `address` holds (`indirectbr`), by `indirect[table]`.
    IndirectBr {
        address: R,
        table: u32,
    },
    /// Return the `n` slots from `v` (none for `void`).
    Ret {
        v: R,
        n: u32,
    },
    Call {
        site: u32,
    },
    /// Run `slow[index]` on the frame.
    Slow {
        index: u32,
    },
    /// `d = setjmp(buf)`: `kind` 0 for `_setjmp`, 1 for `setjmp`, 2 for `sigsetjmp(buf, mask)`
    /// (`mask` a register, `R::MAX` otherwise). The rest of the activation runs inside the
    /// native frame that called it (`setjmp.c`).
    SetJmp {
        d: R,
        buf: R,
        mask: R,
        kind: u32,
    },
    /// `unreachable` or `llvm.trap`: dies like native code.
    Trap,
}

impl Op {
    /// The jump target of a branch instruction.
    pub fn target_mut(&mut self) -> Option<&mut u32> {
        match self {
            Op::Br { t }
            | Op::Loop { t, .. }
            | Op::JIf { t, .. }
            | Op::JIfNot { t, .. }
            | Op::JEq { t, .. }
            | Op::JNe { t, .. }
            | Op::JUlt { t, .. }
            | Op::JUle { t, .. }
            | Op::JSlt64 { t, .. }
            | Op::JSle64 { t, .. }
            | Op::JSlt32 { t, .. }
            | Op::JSle32 { t, .. } => Some(t),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn instructions_stay_small() {
        assert!(std::mem::size_of::<super::Op>() <= 20);
    }
}

//! Running bytecode: per-thread register and stack memory, the dispatch loop, calls.
//!
//! Each guest thread has its own `Thread`: a register stack and an alloca stack, reserved
//! with `mmap` (untouched pages cost nothing) and never moved, so register and stack
//! addresses stay valid while frames are pushed; and a list of frames. Interpreted calls push
//! a frame and stay in the loop. A call from native code (`closure_handler`) starts an
//! activation at the bottom of which the loop returns.
//!
//! A `longjmp` in native code can skip interpreted activations: their frames are discarded
//! when control comes back to an older activation (after every native call) or when a new
//! activation starts at a shallower native stack depth.

use std::cell::UnsafeCell;
use std::ffi::c_void;
use std::ptr;
use std::sync::atomic::{
    AtomicU64,
    Ordering::{Acquire, Relaxed, Release},
};

use super::isa::{Op, R};
use super::{Function, Target, host, scalar};

/// Bytes reserved per thread for registers and for stack memory.
const REGISTER_BYTES: usize = 256 << 20;
const STACK_BYTES: usize = 256 << 20;
/// Loop iterations between calls to the engine while a loop's on-stack-replacement entry is
/// being compiled.
const OSR_POLL: u64 = 1024;

struct Caller {
    function: &'static Function,
    pc: usize,
    regs: *mut u64,
}

struct Frame {
    /// `None` at the bottom of an activation entered from native code.
    caller: Option<Caller>,
    /// Where the return value goes (null: nowhere).
    ret: *mut u64,
    /// The alloca stack's top when the frame was entered.
    stack_mark: *mut u8,
    /// For activation bottoms: the native stack depth and register top at entry.
    native_sp: usize,
    saved_top: *mut u64,
}

pub(super) struct Thread {
    regs_end: *mut u64,
    /// The first register slot above every running frame, where an activation started from
    /// native code puts its frame.
    top: *mut u64,
    stack_top: *mut u8,
    stack_end: *mut u8,
    frames: Vec<Frame>,
    /// The setjmp frames (`Op::SetJmp`) running on this thread, innermost last.
    setjmps: Vec<ActiveSetJmp>,
    mappings: [(*mut c_void, usize); 2],
}

impl Thread {
    /// Drop the frames from `len` up (activations a longjmp abandoned), and the setjmp
    /// frames of those activations.
    fn truncate_frames(&mut self, len: usize) {
        self.frames.truncate(len);
        self.setjmps.retain(|active| active.depth <= len);
    }
}

/// A setjmp frame: the activation whose frame is the `depth`-th runs in it, from `resume`.
struct ActiveSetJmp {
    depth: usize,
    resume: *mut Resume,
}

fn reserve(bytes: usize) -> *mut c_void {
    // SAFETY: a fresh private anonymous mapping; nothing else refers to it.
    let memory = unsafe {
        libc::mmap(
            ptr::null_mut(),
            bytes,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if memory == libc::MAP_FAILED {
        crate::runtime::fatal("cannot reserve memory for an interpreter thread");
    }
    memory
}

impl Thread {
    fn new() -> Thread {
        let regs = reserve(REGISTER_BYTES);
        let stack = reserve(STACK_BYTES);
        Thread {
            regs_end: regs.cast::<u8>().wrapping_add(REGISTER_BYTES).cast(),
            top: regs.cast(),
            stack_top: stack.cast(),
            stack_end: stack.cast::<u8>().wrapping_add(STACK_BYTES),
            frames: Vec::with_capacity(64),
            setjmps: Vec::new(),
            mappings: [(regs, REGISTER_BYTES), (stack, STACK_BYTES)],
        }
    }
}

impl Drop for Thread {
    fn drop(&mut self) {
        for (address, bytes) in self.mappings {
            // SAFETY: our own mappings; no frame runs on this thread any more.
            unsafe { libc::munmap(address, bytes) };
        }
    }
}

thread_local! {
    static THREAD: UnsafeCell<Option<Box<Thread>>> = const { UnsafeCell::new(None) };
}

/// A native stack overflow: die as native code would.
fn overflow() -> ! {
    // SAFETY: raising a signal whose action is the default (the runtime restored it).
    unsafe {
        libc::raise(libc::SIGSEGV);
        libc::abort()
    }
}

/// The native crash of a trap instruction (`llvm.trap`, `unreachable`).
pub(super) fn trap() -> ! {
    // SAFETY: as for `overflow`.
    unsafe {
        libc::raise(libc::SIGILL);
        libc::abort()
    }
}

/// An integer division by zero (or overflow): SIGFPE, as x86 raises it.
pub(super) fn divide_error() -> ! {
    // SAFETY: as for `overflow`.
    unsafe {
        libc::raise(libc::SIGFPE);
        libc::abort()
    }
}

fn count(counter: &AtomicU64) -> u64 {
    let value = counter.load(Relaxed).wrapping_add(1);
    counter.store(value, Relaxed);
    value
}

fn count_call(function: &Function) {
    if function.profiled && count(&function.profile[0]) >= function.profile[2].load(Relaxed) {
        host().hot(function.id, 0);
    }
}

/// What native code calls (through a libffi closure) to run an interpreted function.
///
/// # Safety
/// `data` is the `&'static Function` the closure was built for; `args` and `ret` follow its
/// native interface.
pub(super) unsafe extern "C" fn closure_handler(
    _cif: *mut libffi_sys::ffi_cif,
    ret: *mut c_void,
    args: *mut *mut c_void,
    data: *mut c_void,
) {
    // SAFETY: guaranteed by the caller.
    let function = unsafe { &*(data as *const Function) };
    let entered = THREAD.try_with(|cell| {
        // SAFETY: only this thread touches its Thread; activations nest strictly.
        let slot = unsafe { &mut *cell.get() };
        let thread: *mut Thread = &mut **slot.get_or_insert_with(|| Box::new(Thread::new()));
        // SAFETY: as above.
        unsafe { enter(thread, function, args, ret) }
    });
    if entered.is_err() {
        // The thread is exiting (a pthread key destructor): a Thread for this call only.
        let mut thread = Thread::new();
        // SAFETY: as above.
        unsafe { enter(&mut thread, function, args, ret) }
    }
}

/// Run `function` with the native arguments `args`, its result into `ret`.
unsafe fn enter(
    thread: *mut Thread,
    function: &'static Function,
    args: *mut *mut c_void,
    ret: *mut c_void,
) {
    let marker = 0u8;
    let native_sp = &marker as *const u8 as usize;
    // SAFETY: `thread` is this thread's; the caller guarantees `args` and `ret`.
    unsafe {
        discard_abandoned(thread, native_sp);
        let regs = (*thread).top;
        enter_frame(thread, function, regs);
        for (index, &(reg, bytes, width)) in function.params.iter().enumerate() {
            let source = *args.add(index);
            let dest = regs.add(reg as usize);
            if bytes == 0 {
                // A byval parameter: the native caller's copy is the object.
                *dest = source as u64;
                continue;
            }
            if bytes == 8 {
                // Scalars (their register's eight bytes, masked below): no memset or memcpy
                // call for every argument of every callback.
                *dest = source.cast::<u64>().read_unaligned();
            } else {
                ptr::write_bytes(dest, 0, bytes.div_ceil(8) as usize);
                ptr::copy_nonoverlapping(source.cast::<u8>(), dest.cast::<u8>(), bytes as usize);
            }
            if let Some(width) = width {
                *dest = scalar::mask(*dest, width);
            }
        }
        let mut result = [0u64; 4];
        (*thread).frames.push(Frame {
            caller: None,
            ret: result.as_mut_ptr(),
            stack_mark: (*thread).stack_top,
            native_sp,
            saved_top: regs,
        });
        (*thread).top = regs.add(function.frame_slots as usize);
        count_call(function);
        run(thread, function, regs, 0);
        let bytes = function.ret_bytes as usize;
        if let Some(width) = function.ret_signed {
            ptr::write_unaligned(ret.cast::<u64>(), scalar::sext(result[0], width));
        } else if bytes > 0 && bytes <= 8 {
            ptr::write_unaligned(ret.cast::<u64>(), result[0]);
        } else if bytes > 0 {
            ptr::copy_nonoverlapping(result.as_ptr().cast::<u8>(), ret.cast::<u8>(), bytes);
        }
    }
}

/// Discard activations a `longjmp` left: those started deeper in the native stack than the
/// code running now.
unsafe fn discard_abandoned(thread: *mut Thread, native_sp: usize) {
    // SAFETY: `thread` is this thread's.
    unsafe {
        while let Some(bottom) = (*thread).frames.iter().rposition(|f| f.caller.is_none()) {
            let frames = &(*thread).frames;
            let (sp, top, mark) = (
                frames[bottom].native_sp,
                frames[bottom].saved_top,
                frames[bottom].stack_mark,
            );
            if sp >= native_sp {
                break;
            }
            (*thread).top = top;
            (*thread).stack_top = mark;
            (*thread).truncate_frames(bottom);
        }
    }
}

/// Check room for `function`'s frame at `regs` and load its constants.
#[inline(always)]
unsafe fn enter_frame(thread: *mut Thread, function: &Function, regs: *mut u64) {
    // SAFETY: `regs` lies in the thread's register region; the check keeps the frame in it.
    unsafe {
        if regs.add(function.frame_slots as usize) > (*thread).regs_end {
            overflow();
        }
        // Most functions have a few constants: copied inline, in blocks of four slots (a
        // memcpy call costs more than the copy).
        let (source, dest) = (
            function.constants.as_ptr(),
            regs.add(function.const_base as usize),
        );
        let count = function.constants.len();
        let mut k = 0;
        while k < count {
            if k + 4 <= count {
                dest.add(k)
                    .cast::<[u64; 4]>()
                    .write_unaligned(source.add(k).cast::<[u64; 4]>().read_unaligned());
                k += 4;
            } else {
                *dest.add(k) = *source.add(k);
                k += 1;
            }
        }
    }
}

/// Copy `N` slots of frame `r` from `s` to `d` as one fixed-size move.
///
/// # Safety
/// Both ranges lie in the frame.
#[inline(always)]
unsafe fn copy_slots<const N: usize>(r: *mut u64, d: R, s: R) {
    // SAFETY: as the caller guarantees; the whole source is read before the destination is
    // written.
    unsafe {
        let value = r.add(s as usize).cast::<[u64; N]>().read_unaligned();
        r.add(d as usize).cast::<[u64; N]>().write_unaligned(value);
    }
}

/// Fresh stack memory.
#[inline(always)]
unsafe fn alloca(thread: *mut Thread, size: u64, align: u32) -> u64 {
    // SAFETY: `thread` is this thread's; the check keeps the allocation in its region.
    unsafe {
        let top = (*thread).stack_top as usize;
        let align = align.max(1) as usize;
        let start = (top + align - 1) & !(align - 1);
        let end = start.saturating_add(size as usize);
        if end > (*thread).stack_end as usize {
            overflow();
        }
        (*thread).stack_top = end as *mut u8;
        start as u64
    }
}

/// The native stack pointer of alloca memory (`llvm.stacksave`).
pub(super) fn stack_save() -> u64 {
    THREAD.with(|cell| {
        // SAFETY: this thread's own state, read only.
        unsafe { (*cell.get()).as_ref().map_or(0, |t| t.stack_top as u64) }
    })
}

/// `llvm.stackrestore`.
pub(super) fn stack_restore(top: u64) {
    THREAD.with(|cell| {
        // SAFETY: this thread's own state; only interpreted code of this thread uses it.
        unsafe {
            if let Some(thread) = (*cell.get()).as_mut() {
                thread.stack_top = top as *mut u8;
            }
        }
    })
}

/// Return from the current activation with `n` result slots at `result`: pop its frame,
/// copy the result to the caller's destination, and continue in the caller (or leave the
/// dispatch loop when the activation was entered from native code).
macro_rules! ret {
    ($thread:expr, $f:ident, $r:ident, $pc:ident, $code:ident, $result:expr, $n:expr) => {{
        let frame = (*$thread).frames.pop().unwrap_unchecked();
        if !frame.ret.is_null() {
            if $n == 1 {
                *frame.ret = *$result;
            } else {
                ptr::copy_nonoverlapping($result, frame.ret, $n);
            }
        }
        (*$thread).stack_top = frame.stack_mark;
        match frame.caller {
            Some(caller) => {
                $f = caller.function;
                $r = caller.regs;
                $pc = caller.pc;
                $code = $f.code.as_ptr();
            }
            None => {
                (*$thread).top = frame.saved_top;
                return false;
            }
        }
    }};
}

macro_rules! reg {
    ($r:expr, $i:expr) => {
        *$r.add($i as usize)
    };
}

macro_rules! binary {
    ($r:expr, $d:expr, $a:expr, $b:expr, $t:ty, |$x:ident, $y:ident| $e:expr) => {{
        let $x = reg!($r, $a) as $t;
        let $y = reg!($r, $b) as $t;
        reg!($r, $d) = ($e) as u64;
    }};
}

macro_rules! float {
    ($r:expr, $d:expr, $a:expr, $b:expr, f64, $op:tt) => {{
        let x = f64::from_bits(reg!($r, $a));
        let y = f64::from_bits(reg!($r, $b));
        reg!($r, $d) = (x $op y).to_bits();
    }};
    ($r:expr, $d:expr, $a:expr, $b:expr, f32, $op:tt) => {{
        let x = f32::from_bits(reg!($r, $a) as u32);
        let y = f32::from_bits(reg!($r, $b) as u32);
        reg!($r, $d) = u64::from((x $op y).to_bits());
    }};
}

/// The address `a + off`.
macro_rules! address {
    ($r:expr, $a:expr, $off:expr) => {
        reg!($r, $a).wrapping_add($off as i64 as u64)
    };
}

macro_rules! load {
    ($r:expr, $d:expr, $a:expr, $off:expr, $t:ty) => {{
        reg!($r, $d) = (address!($r, $a, $off) as *const $t).read_unaligned() as u64;
    }};
}

/// The 64-bit index in register `$idx`: as it is, or (`signed`) its low 32 bits
/// sign-extended.
macro_rules! index {
    ($r:expr, $idx:expr, index) => {
        reg!($r, $idx)
    };
    ($r:expr, $idx:expr, signed) => {
        reg!($r, $idx) as u32 as i32 as i64 as u64
    };
}

/// The address of element `idx` (an index as `index!` reads it) of `$t`s at `base`.
macro_rules! element {
    ($r:expr, $base:expr, $idx:expr, $t:ty, $kind:ident) => {
        reg!($r, $base).wrapping_add(index!($r, $idx, $kind).wrapping_mul(size_of::<$t>() as u64))
    };
}

macro_rules! load_element {
    ($r:expr, $d:expr, $base:expr, $idx:expr, $t:ty, $kind:ident) => {{
        reg!($r, $d) = (element!($r, $base, $idx, $t, $kind) as *const $t).read_unaligned() as u64;
    }};
}

macro_rules! store_element {
    ($r:expr, $v:expr, $base:expr, $idx:expr, $t:ty, $kind:ident) => {{
        (element!($r, $base, $idx, $t, $kind) as *mut $t).write_unaligned(reg!($r, $v) as $t);
    }};
}

macro_rules! store {
    ($r:expr, $v:expr, $a:expr, $off:expr, $t:ty) => {{
        (address!($r, $a, $off) as *mut $t).write_unaligned(reg!($r, $v) as $t);
    }};
}

/// A conditional jump: count the way taken, then go to `t` if `$taken`.
macro_rules! jump {
    ($f:ident, $pc:ident, $taken:expr, $t:expr, $site:expr) => {{
        let taken = $taken;
        if PROFILED {
            count(
                $f.branches
                    .get_unchecked(($site ^ u32::from(!taken)) as usize),
            );
        }
        if taken {
            $pc = $t as usize;
        }
    }};
}

/// `execute` in the variant that counts or the one that does not (`Function::profiled`, the
/// same for every function).
///
/// # Safety
/// As for `execute`.
unsafe fn run(thread: *mut Thread, function: &'static Function, regs: *mut u64, pc: usize) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe {
        if function.profiled {
            execute::<true>(thread, function, regs, pc)
        } else {
            execute::<false>(thread, function, regs, pc)
        }
    }
}

/// Run from instruction `pc` of `function` until the activation's bottom frame returns
/// (false), or until that activation reaches again the setjmp call whose frame it runs in
/// (true: `resume_after_setjmp`'s caller calls setjmp again).
///
/// # Safety
/// `regs` holds `function`'s frame, set up by `enter`; the bytecode was produced by the
/// translator, so its registers lie within frames and its memory accesses are the guest's.
unsafe fn execute<const PROFILED: bool>(
    thread: *mut Thread,
    function: &'static Function,
    regs: *mut u64,
    pc: usize,
) -> bool {
    let mut f = function;
    let mut r = regs;
    let mut code = f.code.as_ptr();
    let mut pc = pc;
    // SAFETY: see the function's contract; each arm touches only the registers its
    // instruction names, and the guest memory its guest instruction would.
    unsafe {
        loop {
            // By reference: each arm loads the fields it uses. A copy of the whole instruction
            // has every field loaded before the dispatch, for all arms at once.
            let op = &*code.add(pc);
            pc += 1;
            match *op {
                Op::Mov { d, s } => reg!(r, d) = reg!(r, s),
                // Two or four slots (vectors, i128, x86_fp80) without a memmove call.
                Op::Copy { d, s, n: 2 } => copy_slots::<2>(r, d, s),
                Op::Copy { d, s, n: 4 } => copy_slots::<4>(r, d, s),
                Op::Copy { d, s, n } => ptr::copy(r.add(s as usize), r.add(d as usize), n as usize),
                Op::Add64 { d, a, b } => binary!(r, d, a, b, u64, |x, y| x.wrapping_add(y)),
                Op::Sub64 { d, a, b } => binary!(r, d, a, b, u64, |x, y| x.wrapping_sub(y)),
                Op::Mul64 { d, a, b } => binary!(r, d, a, b, u64, |x, y| x.wrapping_mul(y)),
                Op::Add32 { d, a, b } => binary!(r, d, a, b, u32, |x, y| x.wrapping_add(y)),
                Op::Sub32 { d, a, b } => binary!(r, d, a, b, u32, |x, y| x.wrapping_sub(y)),
                Op::Mul32 { d, a, b } => binary!(r, d, a, b, u32, |x, y| x.wrapping_mul(y)),
                Op::And { d, a, b } => binary!(r, d, a, b, u64, |x, y| x & y),
                Op::Or { d, a, b } => binary!(r, d, a, b, u64, |x, y| x | y),
                Op::Xor { d, a, b } => binary!(r, d, a, b, u64, |x, y| x ^ y),
                Op::Shl64 { d, a, b } => binary!(r, d, a, b, u64, |x, y| x.wrapping_shl(y as u32)),
                Op::LShr64 { d, a, b } => {
                    binary!(r, d, a, b, u64, |x, y| x.wrapping_shr(y as u32))
                }
                Op::AShr64 { d, a, b } => {
                    binary!(r, d, a, b, i64, |x, y| x.wrapping_shr(y as u32))
                }
                Op::Shl32 { d, a, b } => binary!(r, d, a, b, u32, |x, y| x.wrapping_shl(y)),
                Op::LShr32 { d, a, b } => binary!(r, d, a, b, u32, |x, y| x.wrapping_shr(y)),
                Op::AShr32 { d, a, b } => {
                    binary!(r, d, a, b, i32, |x, y| x.wrapping_shr(y as u32) as u32)
                }
                Op::UDiv64 { d, a, b } => binary!(r, d, a, b, u64, |x, y| {
                    x.checked_div(y).unwrap_or_else(|| divide_error())
                }),
                Op::URem64 { d, a, b } => binary!(r, d, a, b, u64, |x, y| {
                    x.checked_rem(y).unwrap_or_else(|| divide_error())
                }),
                Op::SDiv64 { d, a, b } => binary!(r, d, a, b, i64, |x, y| {
                    x.checked_div(y).unwrap_or_else(|| divide_error())
                }),
                Op::SRem64 { d, a, b } => binary!(r, d, a, b, i64, |x, y| {
                    x.checked_rem(y).unwrap_or_else(|| divide_error())
                }),
                Op::UDiv32 { d, a, b } => binary!(r, d, a, b, u32, |x, y| {
                    x.checked_div(y).unwrap_or_else(|| divide_error())
                }),
                Op::URem32 { d, a, b } => binary!(r, d, a, b, u32, |x, y| {
                    x.checked_rem(y).unwrap_or_else(|| divide_error())
                }),
                Op::SDiv32 { d, a, b } => binary!(r, d, a, b, i32, |x, y| {
                    x.checked_div(y).unwrap_or_else(|| divide_error()) as u32
                }),
                Op::SRem32 { d, a, b } => binary!(r, d, a, b, i32, |x, y| {
                    x.checked_rem(y).unwrap_or_else(|| divide_error()) as u32
                }),
                Op::MulAdd64 { d, a, b, c } => {
                    reg!(r, d) = reg!(r, a).wrapping_mul(reg!(r, b)).wrapping_add(reg!(r, c))
                }
                Op::AddImm { d, a, imm } => reg!(r, d) = reg!(r, a).wrapping_add(imm as i64 as u64),
                Op::Mask { d, a, bits } => reg!(r, d) = scalar::mask(reg!(r, a), bits),
                Op::Field { d, a, shift, bits } => {
                    reg!(r, d) = scalar::mask(reg!(r, a) >> shift, bits)
                }
                Op::SExt { d, a, bits } => reg!(r, d) = scalar::sext(reg!(r, a), bits),
                Op::Eq { d, a, b } => reg!(r, d) = u64::from(reg!(r, a) == reg!(r, b)),
                Op::Ne { d, a, b } => reg!(r, d) = u64::from(reg!(r, a) != reg!(r, b)),
                Op::Ult { d, a, b } => reg!(r, d) = u64::from(reg!(r, a) < reg!(r, b)),
                Op::Ule { d, a, b } => reg!(r, d) = u64::from(reg!(r, a) <= reg!(r, b)),
                Op::Slt64 { d, a, b } => {
                    reg!(r, d) = u64::from((reg!(r, a) as i64) < (reg!(r, b) as i64))
                }
                Op::Sle64 { d, a, b } => {
                    reg!(r, d) = u64::from((reg!(r, a) as i64) <= (reg!(r, b) as i64))
                }
                Op::Slt32 { d, a, b } => {
                    reg!(r, d) = u64::from((reg!(r, a) as i32) < (reg!(r, b) as i32))
                }
                Op::Sle32 { d, a, b } => {
                    reg!(r, d) = u64::from((reg!(r, a) as i32) <= (reg!(r, b) as i32))
                }
                Op::Select { d, c, a, b } => {
                    reg!(r, d) = if reg!(r, c) & 1 != 0 {
                        reg!(r, a)
                    } else {
                        reg!(r, b)
                    }
                }
                Op::FAdd64 { d, a, b } => float!(r, d, a, b, f64, +),
                Op::FSub64 { d, a, b } => float!(r, d, a, b, f64, -),
                Op::FMul64 { d, a, b } => float!(r, d, a, b, f64, *),
                Op::FDiv64 { d, a, b } => float!(r, d, a, b, f64, /),
                Op::FAdd32 { d, a, b } => float!(r, d, a, b, f32, +),
                Op::FSub32 { d, a, b } => float!(r, d, a, b, f32, -),
                Op::FMul32 { d, a, b } => float!(r, d, a, b, f32, *),
                Op::FDiv32 { d, a, b } => float!(r, d, a, b, f32, /),
                Op::FNeg64 { d, a } => reg!(r, d) = reg!(r, a) ^ (1 << 63),
                Op::FNeg32 { d, a } => reg!(r, d) = reg!(r, a) ^ (1 << 31),
                Op::FMulAdd64 { d, a, b, c } => {
                    let [x, y, z] = [a, b, c].map(|n| f64::from_bits(reg!(r, n)));
                    reg!(r, d) = (x * y + z).to_bits();
                }
                Op::FMulAdd32 { d, a, b, c } => {
                    let [x, y, z] = [a, b, c].map(|n| f32::from_bits(reg!(r, n) as u32));
                    reg!(r, d) = u64::from((x * y + z).to_bits());
                }
                Op::FSqrt64 { d, a } => reg!(r, d) = f64::from_bits(reg!(r, a)).sqrt().to_bits(),
                Op::FSqrt32 { d, a } => {
                    reg!(r, d) = u64::from(f32::from_bits(reg!(r, a) as u32).sqrt().to_bits())
                }
                Op::FAbs64 { d, a } => reg!(r, d) = reg!(r, a) & !(1 << 63),
                Op::FAbs32 { d, a } => reg!(r, d) = reg!(r, a) & !(1 << 31),
                Op::FCmp64 { d, a, b, pred } => {
                    let (x, y) = (f64::from_bits(reg!(r, a)), f64::from_bits(reg!(r, b)));
                    reg!(r, d) = u64::from(scalar::fcmp(pred, x, y));
                }
                Op::FCmp32 { d, a, b, pred } => {
                    let x = f32::from_bits(reg!(r, a) as u32);
                    let y = f32::from_bits(reg!(r, b) as u32);
                    reg!(r, d) = u64::from(scalar::fcmp(pred, f64::from(x), f64::from(y)));
                }
                Op::SIToF64 { d, a } => reg!(r, d) = (reg!(r, a) as i64 as f64).to_bits(),
                Op::UIToF64 { d, a } => reg!(r, d) = (reg!(r, a) as f64).to_bits(),
                Op::SIToF32 { d, a } => {
                    reg!(r, d) = u64::from((reg!(r, a) as i64 as f32).to_bits())
                }
                Op::UIToF32 { d, a } => reg!(r, d) = u64::from((reg!(r, a) as f32).to_bits()),
                Op::F64ToSI { d, a } => reg!(r, d) = f64::from_bits(reg!(r, a)) as i64 as u64,
                Op::F64ToUI { d, a } => reg!(r, d) = scalar::f64_to_u64(f64::from_bits(reg!(r, a))),
                Op::F32ToSI { d, a } => {
                    reg!(r, d) = f32::from_bits(reg!(r, a) as u32) as i64 as u64
                }
                Op::F32ToUI { d, a } => {
                    reg!(r, d) = scalar::f64_to_u64(f64::from(f32::from_bits(reg!(r, a) as u32)))
                }
                Op::F32ToF64 { d, a } => {
                    reg!(r, d) = f64::from(f32::from_bits(reg!(r, a) as u32)).to_bits()
                }
                Op::F64ToF32 { d, a } => {
                    reg!(r, d) = u64::from((f64::from_bits(reg!(r, a)) as f32).to_bits())
                }
                Op::Load8 { d, a, off } => load!(r, d, a, off, u8),
                Op::Load16 { d, a, off } => load!(r, d, a, off, u16),
                Op::Load32 { d, a, off } => load!(r, d, a, off, u32),
                Op::Load64 { d, a, off } => load!(r, d, a, off, u64),
                Op::LoadIdx8 { d, base, idx } => load_element!(r, d, base, idx, u8, index),
                Op::LoadIdx16 { d, base, idx } => load_element!(r, d, base, idx, u16, index),
                Op::LoadIdx32 { d, base, idx } => load_element!(r, d, base, idx, u32, index),
                Op::LoadIdx64 { d, base, idx } => load_element!(r, d, base, idx, u64, index),
                Op::StoreIdx8 { v, base, idx } => store_element!(r, v, base, idx, u8, index),
                Op::StoreIdx16 { v, base, idx } => store_element!(r, v, base, idx, u16, index),
                Op::StoreIdx32 { v, base, idx } => store_element!(r, v, base, idx, u32, index),
                Op::StoreIdx64 { v, base, idx } => store_element!(r, v, base, idx, u64, index),
                Op::LoadIdx8S { d, base, idx } => load_element!(r, d, base, idx, u8, signed),
                Op::LoadIdx16S { d, base, idx } => load_element!(r, d, base, idx, u16, signed),
                Op::LoadIdx32S { d, base, idx } => load_element!(r, d, base, idx, u32, signed),
                Op::LoadIdx64S { d, base, idx } => load_element!(r, d, base, idx, u64, signed),
                Op::StoreIdx8S { v, base, idx } => store_element!(r, v, base, idx, u8, signed),
                Op::StoreIdx16S { v, base, idx } => store_element!(r, v, base, idx, u16, signed),
                Op::StoreIdx32S { v, base, idx } => store_element!(r, v, base, idx, u32, signed),
                Op::StoreIdx64S { v, base, idx } => store_element!(r, v, base, idx, u64, signed),
                Op::LoadN { d, a, n: 16, off } => {
                    let source = address!(r, a, off) as *const u64;
                    reg!(r, d) = source.read_unaligned();
                    reg!(r, d + 1) = source.add(1).read_unaligned();
                }
                Op::LoadN { d, a, n, off } => {
                    let dest = r.add(d as usize);
                    ptr::write_bytes(dest, 0, n.div_ceil(8) as usize);
                    ptr::copy_nonoverlapping(
                        address!(r, a, off) as *const u8,
                        dest.cast::<u8>(),
                        n as usize,
                    );
                }
                Op::Store8 { v, a, off } => store!(r, v, a, off, u8),
                Op::Store16 { v, a, off } => store!(r, v, a, off, u16),
                Op::Store32 { v, a, off } => store!(r, v, a, off, u32),
                Op::Store64 { v, a, off } => store!(r, v, a, off, u64),
                Op::StoreN { v, a, n: 16, off } => {
                    let target = address!(r, a, off) as *mut u64;
                    target.write_unaligned(reg!(r, v));
                    target.add(1).write_unaligned(reg!(r, v + 1));
                }
                Op::StoreN { v, a, n, off } => ptr::copy_nonoverlapping(
                    r.add(v as usize).cast::<u8>(),
                    address!(r, a, off) as *mut u8,
                    n as usize,
                ),
                Op::Alloca { d, size, align } => {
                    reg!(r, d) = alloca(thread, u64::from(size), align)
                }
                Op::AllocaDyn {
                    d,
                    count,
                    size,
                    align,
                } => {
                    let bytes = reg!(r, count).saturating_mul(u64::from(size));
                    reg!(r, d) = alloca(thread, bytes, align);
                }
                Op::GepIdx {
                    d,
                    base,
                    idx,
                    scale,
                } => {
                    reg!(r, d) =
                        reg!(r, base).wrapping_add(reg!(r, idx).wrapping_mul(scale as i64 as u64))
                }
                Op::GepIdxS {
                    d,
                    base,
                    idx,
                    scale,
                } => {
                    reg!(r, d) = reg!(r, base)
                        .wrapping_add(index!(r, idx, signed).wrapping_mul(scale as i64 as u64))
                }
                // LLVM allows a memcpy onto itself; memmove is as fast.
                Op::Memcpy { d, s, n } => ptr::copy(
                    reg!(r, s) as *const u8,
                    reg!(r, d) as *mut u8,
                    reg!(r, n) as usize,
                ),
                Op::Memmove { d, s, n } => ptr::copy(
                    reg!(r, s) as *const u8,
                    reg!(r, d) as *mut u8,
                    reg!(r, n) as usize,
                ),
                Op::Memset { d, v, n } => {
                    ptr::write_bytes(reg!(r, d) as *mut u8, reg!(r, v) as u8, reg!(r, n) as usize)
                }
                Op::Br { t } => pc = t as usize,
                Op::Loop { t, site } => {
                    pc = t as usize;
                    // Without a profile there is no tier to go to, nor on-stack replacement.
                    if !PROFILED {
                        continue;
                    }
                    if count(&f.profile[1]) >= f.profile[3].load(Relaxed) {
                        host().hot(f.id, 1);
                    }
                    let osr = f.osr.get_unchecked(site as usize).load(Acquire);
                    if osr == 0 {
                        // Hot at its `osr_after` iterations; then back every 1024 while its
                        // entry is compiled (this thread may be the one to install it).
                        let n = count(f.loop_counts.get_unchecked(site as usize));
                        let after = *f.osr_after.get_unchecked(site as usize);
                        if n >= after && (n - after).is_multiple_of(OSR_POLL) {
                            host().hot_loop(f.id, site);
                        }
                    } else {
                        // On-stack replacement: the rest of this activation runs compiled,
                        // from the loop header, with the frame's values; then it returns as
                        // `Ret` would, its result in the frame's first slots.
                        let slots = f.ret_bytes.div_ceil(8) as usize;
                        let header = *f.loop_headers.get_unchecked(site as usize);
                        run_osr(thread, f, r, osr, header, slots);
                        ret!(thread, f, r, pc, code, r, slots);
                    }
                }
                Op::JIf { c, t, site } => jump!(f, pc, reg!(r, c) & 1 != 0, t, site),
                Op::JIfNot { c, t, site } => jump!(f, pc, reg!(r, c) & 1 == 0, t, site),
                Op::JEq { a, b, t, site } => jump!(f, pc, reg!(r, a) == reg!(r, b), t, site),
                Op::JNe { a, b, t, site } => jump!(f, pc, reg!(r, a) != reg!(r, b), t, site),
                Op::JUlt { a, b, t, site } => jump!(f, pc, reg!(r, a) < reg!(r, b), t, site),
                Op::JUle { a, b, t, site } => jump!(f, pc, reg!(r, a) <= reg!(r, b), t, site),
                Op::JSlt64 { a, b, t, site } => {
                    jump!(f, pc, (reg!(r, a) as i64) < (reg!(r, b) as i64), t, site)
                }
                Op::JSle64 { a, b, t, site } => {
                    jump!(f, pc, (reg!(r, a) as i64) <= (reg!(r, b) as i64), t, site)
                }
                Op::JSlt32 { a, b, t, site } => {
                    jump!(f, pc, (reg!(r, a) as i32) < (reg!(r, b) as i32), t, site)
                }
                Op::JSle32 { a, b, t, site } => {
                    jump!(f, pc, (reg!(r, a) as i32) <= (reg!(r, b) as i32), t, site)
                }
                Op::Switch { v, table } => {
                    let table = f.switches.get_unchecked(table as usize);
                    let value = reg!(r, v);
                    let found = if let Some((low, indices)) = &table.dense {
                        let index = indices
                            .get(usize::try_from(value.wrapping_sub(*low)).unwrap_or(usize::MAX))
                            .map_or(table.cases.len(), |&i| i as usize);
                        (index < table.cases.len()).then_some(index)
                    } else if table.cases.len() <= 8 {
                        table.cases.iter().position(|&(case, _)| case == value)
                    } else {
                        table
                            .cases
                            .binary_search_by_key(&value, |&(case, _)| case)
                            .ok()
                    };
                    let (index, target) = match found {
                        Some(i) => (i, table.cases[i].1),
                        None => (table.cases.len(), table.default),
                    };
                    if PROFILED {
                        count(table.counts.get_unchecked(index));
                    }
                    pc = target as usize;
                }
                Op::IndirectBr { address, table } => {
                    let token = reg!(r, address).wrapping_sub(f.block_tokens);
                    let targets = f.indirect.get_unchecked(table as usize);
                    match usize::try_from(token).ok().and_then(|k| targets.get(k)) {
                        Some(&target) if target != u32::MAX => pc = target as usize,
                        _ => trap(),
                    }
                }
                Op::Ret { v, n } => ret!(thread, f, r, pc, code, r.add(v as usize), n as usize),
                Op::Call { site } => {
                    let site = f.sites.get_unchecked(site as usize);
                    let callee = match site.target {
                        Target::Function(id) => {
                            // The callee found last time, while it stays interpreted.
                            let cached = site.callee.load(Acquire);
                            if !cached.is_null() && (*cached).interpreting.load(Relaxed) {
                                Some(&*cached)
                            } else {
                                let callee = host().interpreted(id);
                                if let Some(callee) = callee {
                                    site.callee.store(ptr::from_ref(callee).cast_mut(), Release);
                                }
                                callee
                            }
                        }
                        Target::Indirect(reg) => host()
                            .function_at(reg!(r, reg) as usize)
                            .and_then(|id| host().interpreted(id)),
                        Target::Native(_) => None,
                    };
                    match callee {
                        Some(callee) => {
                            let next = r.add(f.frame_slots as usize);
                            // Copies of `byval` arguments go with the callee's allocas when
                            // it returns.
                            let stack_mark = (*thread).stack_top;
                            enter_frame(thread, callee, next);
                            for (arg, &(param, _, _)) in site.args.iter().zip(&callee.params) {
                                let dest = next.add(param as usize);
                                match arg.byval {
                                    Some(align) => {
                                        let copy = alloca(thread, u64::from(arg.bytes), align);
                                        ptr::copy_nonoverlapping(
                                            reg!(r, arg.reg) as *const u8,
                                            copy as *mut u8,
                                            arg.bytes as usize,
                                        );
                                        *dest = copy;
                                    }
                                    None if arg.bytes <= 8 => *dest = reg!(r, arg.reg),
                                    None => ptr::copy_nonoverlapping(
                                        r.add(arg.reg as usize),
                                        dest,
                                        arg.bytes.div_ceil(8) as usize,
                                    ),
                                }
                            }
                            if let Some(area_reg) = callee.va_area {
                                *next.add(area_reg as usize) = variadic_area(thread, r, site);
                            }
                            (*thread).frames.push(Frame {
                                caller: Some(Caller {
                                    function: f,
                                    pc,
                                    regs: r,
                                }),
                                ret: site
                                    .ret
                                    .map_or(ptr::null_mut(), |(d, _, _)| r.add(d as usize)),
                                stack_mark,
                                native_sp: 0,
                                saved_top: ptr::null_mut(),
                            });
                            if PROFILED {
                                count_call(callee);
                            }
                            f = callee;
                            r = next;
                            code = f.code.as_ptr();
                            pc = 0;
                        }
                        None => call_native(thread, f, r, site),
                    }
                }
                Op::Slow { index } => (f.slow.get_unchecked(index as usize))(r.cast()),
                Op::SetJmp { d, buf, mask, kind } => {
                    let request = Request {
                        buffer: reg!(r, buf) as *mut c_void,
                        kind: kind as i32,
                        save_mask: if mask == R::MAX {
                            0
                        } else {
                            reg!(r, mask) as i32
                        },
                    };
                    let depth = (*thread).frames.len();
                    if let Some(active) = (*thread).setjmps.last()
                        && active.depth == depth
                        && (*active.resume).pc == pc
                    {
                        // This call again, in the activation its frame runs (a loop): that
                        // frame calls setjmp again, rather than one more frame on top.
                        (*active.resume).request = request;
                        (*active.resume).stack_top = (*thread).stack_top;
                        return true;
                    }
                    // This activation becomes the bottom of one that runs inside the native
                    // frame that calls setjmp; when it returns, its caller goes on here.
                    let slots = (f.ret_bytes as usize).div_ceil(8).max(1);
                    let mut result = vec![0u64; slots];
                    let bottom = (*thread).frames.last_mut().unwrap_unchecked();
                    let caller = bottom.caller.take();
                    let ret = std::mem::replace(&mut bottom.ret, result.as_mut_ptr());
                    let saved_top = std::mem::replace(&mut bottom.saved_top, (*thread).top);
                    let mut resume = Resume {
                        request,
                        thread,
                        function: f,
                        regs: r,
                        pc,
                        d,
                        depth,
                        level: (*thread).setjmps.len(),
                        stack_top: (*thread).stack_top,
                    };
                    (*thread).setjmps.push(ActiveSetJmp {
                        depth,
                        resume: &raw mut resume,
                    });
                    tierup_setjmp_run(
                        &raw mut resume.request,
                        resume_after_setjmp,
                        (&raw mut resume).cast(),
                    );
                    (*thread).setjmps.truncate(resume.level);
                    if !ret.is_null() {
                        ptr::copy_nonoverlapping(result.as_ptr(), ret, slots);
                    }
                    match caller {
                        Some(caller) => {
                            f = caller.function;
                            r = caller.regs;
                            pc = caller.pc;
                            code = f.code.as_ptr();
                        }
                        None => {
                            (*thread).top = saved_top;
                            return false;
                        }
                    }
                }
                Op::Trap => trap(),
            }
        }
    }
}

/// The variadic arguments of call `site` (registers in frame `r`), copied to the thread's
/// stack as the x86-64 ABI lays them out there, for an interpreted variadic callee; their
/// address.
///
/// # Safety
/// The site's registers are `r`'s; the copy lives until the callee returns.
unsafe fn variadic_area(thread: *mut Thread, r: *mut u64, site: &super::CallSite) -> u64 {
    let (offsets, size) = match &site.variadic {
        Some((offsets, size)) => (offsets.as_slice(), *size),
        None => (&[][..], 0),
    };
    // SAFETY: as the caller guarantees; every offset lies within `size` bytes.
    unsafe {
        let area = alloca(thread, u64::from(size.max(16)), 16);
        let extra = &site.args[site.args.len() - offsets.len()..];
        for (arg, &offset) in extra.iter().zip(offsets) {
            let dest = (area as *mut u8).add(offset as usize);
            let source = match arg.byval {
                Some(_) => reg!(r, arg.reg) as *const u8,
                None => r.add(arg.reg as usize).cast::<u8>(),
            };
            ptr::copy_nonoverlapping(source, dest, arg.bytes as usize);
        }
        area
    }
}

unsafe extern "C" {
    /// `setjmp.c`: calls setjmp as `request` says, then `resume(context, value)` for every
    /// return of it, the first and those from a longjmp; again while that returns 1.
    fn tierup_setjmp_run(
        request: *mut Request,
        resume: unsafe extern "C" fn(*mut c_void, i32) -> i32,
        context: *mut c_void,
    );
}

/// `setjmp.c`'s `struct tierup_setjmp_request`: the setjmp to call.
#[repr(C)]
struct Request {
    buffer: *mut c_void,
    kind: i32,
    save_mask: i32,
}

/// Where an activation that called setjmp goes on from, after either return of it.
struct Resume {
    request: Request,
    thread: *mut Thread,
    function: &'static Function,
    regs: *mut u64,
    /// The instruction after the `SetJmp`, which writes its value to `d`.
    pc: usize,
    d: R,
    /// The frames below and including the activation's.
    depth: usize,
    /// Its index among the thread's setjmp frames.
    level: usize,
    /// The alloca stack's top at the setjmp.
    stack_top: *mut u8,
}

/// Go on with the activation `context` (a `Resume`) describes, setjmp having returned
/// `value`: the first time, or after a longjmp, whose abandoned activations (above this one)
/// and allocas (since the setjmp) are dropped.
///
/// # Safety
/// `context` is the `Resume` of the running `SetJmp`, whose frame is still on the stack.
unsafe extern "C" fn resume_after_setjmp(context: *mut c_void, value: i32) -> i32 {
    let marker = 0u8;
    // SAFETY: as the caller guarantees; the activation's frame and registers are intact
    // (frames above it are dropped before anything runs).
    unsafe {
        let resume = &*(context as *const Resume);
        let thread = resume.thread;
        (*thread).truncate_frames(resume.depth);
        (*thread).setjmps.truncate(resume.level + 1);
        let bottom = (*thread).frames.last_mut().unwrap_unchecked();
        bottom.native_sp = &marker as *const u8 as usize;
        (*thread).stack_top = resume.stack_top;
        (*thread).top = resume.regs.add(resume.function.frame_slots as usize);
        *resume.regs.add(resume.d as usize) = u64::from(value as u32);
        i32::from(run(thread, resume.function, resume.regs, resume.pc))
    }
}

/// Run the compiled rest of the activation of `f` in frame `r` (an on-stack-replacement entry
/// at `code`); its result goes to the frame's first `slots` slots.
#[inline(never)]
unsafe fn run_osr(
    thread: *mut Thread,
    f: &Function,
    r: *mut u64,
    code: usize,
    header: u32,
    slots: usize,
) {
    // SAFETY: `code` is `void(ptr frame, ptr result, i32 header)` compiled for this function's
    // frame layout, with an entry at this site's header; the frame stays in place (callees'
    // frames go above it) until it returns.
    unsafe {
        let saved_top = (*thread).top;
        (*thread).top = r.add(f.frame_slots as usize);
        let depth = (*thread).frames.len();
        let mut result = vec![0u64; slots.max(1)];
        let entry: extern "C" fn(*mut u64, *mut u64, u32) = std::mem::transmute(code);
        entry(r, result.as_mut_ptr(), header);
        (*thread).truncate_frames(depth);
        (*thread).top = saved_top;
        ptr::copy_nonoverlapping(result.as_ptr(), r, slots);
    }
}

/// A call from interpreted code to native code.
#[inline(never)]
unsafe fn call_native(thread: *mut Thread, f: &Function, r: *mut u64, site: &super::CallSite) {
    // SAFETY: the call site's interface matches its arguments, which live in the frame.
    unsafe {
        let address = match site.target {
            Target::Function(id) => host().entry(id),
            Target::Indirect(reg) => reg!(r, reg) as usize,
            Target::Native(address) => address,
        };
        let saved_top = (*thread).top;
        let saved_stack = (*thread).stack_top;
        (*thread).top = r.add(f.frame_slots as usize);
        let depth = (*thread).frames.len();
        let mut result = [0u64; 4];
        if let Some(direct) = site.direct {
            let mut values = [0u64; 6];
            for (value, arg) in values.iter_mut().zip(&site.args) {
                *value = match arg.extend {
                    Some(width) => scalar::sext(reg!(r, arg.reg), width),
                    None => reg!(r, arg.reg),
                };
            }
            result[0] = direct.call(address, &values[..site.args.len()]);
        } else {
            let pointer = |arg: &super::Arg| -> *mut c_void {
                match arg.byval {
                    Some(_) => reg!(r, arg.reg) as *mut c_void,
                    None => r.add(arg.reg as usize).cast(),
                }
            };
            let mut inline = [ptr::null_mut::<c_void>(); 16];
            let mut spilled = Vec::new();
            let args = if site.args.len() <= inline.len() {
                for (slot, arg) in inline.iter_mut().zip(&site.args) {
                    *slot = pointer(arg);
                }
                inline.as_mut_ptr()
            } else {
                spilled.extend(site.args.iter().map(pointer));
                spilled.as_mut_ptr()
            };
            site.cif.call(address, result.as_mut_ptr().cast(), args);
        }
        // A longjmp may have left activations behind: they are dead.
        (*thread).truncate_frames(depth);
        (*thread).top = saved_top;
        (*thread).stack_top = saved_stack;
        if let Some((d, bytes, width)) = site.ret {
            let dest = r.add(d as usize);
            ptr::copy_nonoverlapping(result.as_ptr(), dest, bytes.div_ceil(8) as usize);
            if let Some(width) = width {
                *dest = scalar::mask(*dest, width);
            }
        }
    }
}

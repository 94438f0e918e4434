//! The interpreter tier: LLVM IR translated on a function's first call into a register
//! bytecode (`isa`) and run by `exec`, counting the profile as it goes.
//!
//! - Interpreted code calls interpreted code by pushing a frame: guest recursion does not grow
//!   the native stack.
//! - It calls native code (libc, compiled functions) through libffi with the call site's
//!   signature (`ffi`).
//! - Native code calls an interpreted function through its entry: the slot holds a libffi
//!   closure that starts the interpreter (`enter`).
//! - A function the translator cannot handle is reported as such; the engine compiles it with
//!   the baseline JIT instead.

mod coalesce;
mod exec;
mod ffi;
mod isa;
mod scalar;
mod translate;
mod vector;
mod x87;

use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, AtomicUsize};

pub use translate::{Globals, translate};

use isa::{Op, R};

/// What the interpreter asks of the engine.
pub trait Host: Send + Sync {
    /// The interpreted code of function `id` if calls to it should run in the interpreter
    /// now (translating it on its first call); `None` to call its entry natively.
    fn interpreted(&self, id: usize) -> Option<&'static Function>;
    /// The function whose entry is at `address`, if it is one of the program's.
    fn function_at(&self, address: usize) -> Option<usize>;
    /// The address of function `id`'s entry.
    fn entry(&self, id: usize) -> usize;
    /// A count of function `id` reached its limit (kind 0: calls, 1: loop iterations).
    fn hot(&self, id: usize, kind: u64);
    /// Loop `site` of function `id` ran `osr_after()` iterations: it should get an
    /// on-stack-replacement entry, for the activations running it.
    fn hot_loop(&self, id: usize, site: u32);
    /// Loop iterations after which a loop site asks for an on-stack-replacement entry.
    fn osr_after(&self) -> u64;
    /// Whether anything reads the interpreter's counts (calls, loop iterations, branches):
    /// a tier to promote to, or statistics. Without, interpreted code counts nothing (a
    /// count is a write to memory every thread running the function shares).
    fn profiles(&self) -> bool;
}

static HOST: std::sync::OnceLock<&'static dyn Host> = std::sync::OnceLock::new();

/// Connect the interpreter to its engine (once per process).
pub fn set_host(host: &'static dyn Host) {
    assert!(HOST.set(host).is_ok(), "one interpreter host per process");
}

fn host() -> &'static dyn Host {
    *HOST
        .get()
        .expect("the engine connects the interpreter before running")
}

/// Who a call site calls.
#[derive(Clone, Copy, Debug)]
enum Target {
    /// A function of the program (by id).
    Function(usize),
    /// The pointer in a register.
    Indirect(R),
    /// A native symbol's address.
    Native(usize),
}

/// One argument of a call site.
#[derive(Clone, Copy, Debug)]
struct Arg {
    reg: R,
    /// Bytes of the value in registers.
    bytes: u32,
    /// `byval`: the register holds a pointer to `bytes` bytes the callee gets a copy of.
    byval: Option<u32>,
    /// For a `signext` integer narrower than 64 bits: its width (native callees get it
    /// sign-extended).
    extend: Option<u32>,
}

struct CallSite {
    target: Target,
    args: Vec<Arg>,
    /// Where the result goes, its size in bytes, and for integers narrower than 64 bits their
    /// width (the native ABI may leave the upper bits extended).
    ret: Option<(R, u32, Option<u32>)>,
    /// The native interface of this call.
    cif: ffi::Interface,
    /// The same, when a plain function-pointer call can make it.
    direct: Option<ffi::Direct>,
    /// For a call of a program function: its interpreted code, once a call found it
    /// interpreted (later calls check `Function::interpreting` instead of asking the host).
    callee: AtomicPtr<Function>,
    /// For a call through a variadic type: the arguments after the fixed ones laid out as
    /// the x86-64 ABI puts them on the stack (each at its offset), and the area's size. An
    /// interpreted variadic callee reads them there (`va_start`).
    variadic: Option<(Vec<u32>, u32)>,
}

struct SwitchTable {
    /// (value, target) by increasing value.
    cases: Vec<(u64, u32)>,
    default: u32,
    /// For cases dense enough: the lowest case value and, per value from it, the index of its
    /// case (`cases.len()` for the default).
    dense: Option<(u64, Box<[u32]>)>,
    /// How often each case (then the default) was taken.
    counts: Box<[AtomicU64]>,
}

type SlowOp = Box<dyn Fn(*mut u8) + Send + Sync>;

/// A translated function.
pub struct Function {
    id: usize,
    code: Vec<Op>,
    /// Slots of a frame.
    frame_slots: u32,
    /// The constants, copied into the frame at `const_base` on entry.
    constants: Vec<u64>,
    const_base: u32,
    /// Parameter registers and their byte sizes (and integer width, to mask what native
    /// callers pass).
    params: Vec<(R, u32, Option<u32>)>,
    /// Byte size of the return value; 0 for void.
    ret_bytes: u32,
    /// For a `signext` integer return: its width, to sign-extend what native callers get.
    ret_signed: Option<u32>,
    sites: Vec<CallSite>,
    switches: Vec<SwitchTable>,
    slow: Vec<SlowOp>,
    /// Taken / not-taken counts per conditional branch.
    branches: Box<[AtomicU64]>,
    /// `{calls, loop iterations, call limit, loop limit}`, the profile compiled code shares.
    profile: &'static [AtomicU64; 4],
    /// The interface native callers use through a closure; `None` when they need the
    /// function compiled instead (variadic, or a signature the interpreter's ABI classes do
    /// not cover).
    native_abi: Option<(ffi::Abi, Vec<ffi::Abi>)>,
    /// Per loop site: its compiled on-stack-replacement entry once there is one, a
    /// `extern "C" fn(frame, result, header)` (see `osr_site`); 0 before.
    osr: Box<[AtomicUsize]>,
    /// Per loop site: iterations so far (all activations).
    loop_counts: Box<[AtomicU64]>,
    /// Per loop site: the iterations after which it gets an on-stack-replacement entry.
    osr_after: Box<[u64]>,
    /// The first block token (0 without): the value `blockaddress` of block
    /// `token_blocks[k]` has is `block_tokens + k`.
    block_tokens: u64,
    token_blocks: Vec<u32>,
    /// Per indirect branch, per block token: where it goes (`u32::MAX`: not a destination).
    indirect: Vec<Box<[u32]>>,
    /// For a variadic function: the register holding the address of its variadic arguments
    /// (laid out as on the native stack; see `CallSite::variadic`).
    va_area: Option<R>,
    /// It counts its calls, loop iterations and branches (`Host::profiles`).
    profiled: bool,
    /// Calls run it in the interpreter (until the host installs other code for it).
    interpreting: AtomicBool,
    /// Per loop site: the index of its header block.
    loop_headers: Vec<u32>,
    /// The frame slot of each value (parameters, then instructions in block order), `u32::MAX`
    /// for values without one.
    value_regs: Vec<u32>,
}

impl Function {
    /// What an on-stack-replacement entry for loop `site` needs: its header block's index and
    /// the frame slot of every value.
    pub fn osr_site(&self, site: usize) -> (u32, &[u32]) {
        (self.loop_headers[site], &self.value_regs)
    }

    /// The values the function's block addresses have in the interpreter: the first block
    /// token, and the block index each token stands for.
    pub fn block_tokens(&self) -> (u64, &[u32]) {
        (self.block_tokens, &self.token_blocks)
    }

    /// Calls stop running this function in the interpreter: the host installed other code.
    pub fn leave_interpreter(&self) {
        self.interpreting
            .store(false, std::sync::atomic::Ordering::Release);
    }

    /// The header block index of each loop site.
    pub fn loop_headers(&self) -> &[u32] {
        &self.loop_headers
    }

    /// Install the compiled entry of loop `site`: activations in the loop continue there at
    /// their next iteration.
    pub fn install_osr(&self, site: usize, code: usize) {
        self.osr[site].store(code, std::sync::atomic::Ordering::Release);
    }

    /// The branch profile: per conditional branch (taken, not taken) in code order, per
    /// switch the counts of each case (by increasing value) then the default.
    pub fn branch_profile(&self) -> (Vec<[u64; 2]>, Vec<Vec<u64>>) {
        use std::sync::atomic::Ordering::Relaxed;
        let branches = self
            .branches
            .chunks(2)
            .map(|pair| [pair[0].load(Relaxed), pair[1].load(Relaxed)])
            .collect();
        let switches = self
            .switches
            .iter()
            .map(|table| table.counts.iter().map(|c| c.load(Relaxed)).collect())
            .collect();
        (branches, switches)
    }

    /// A native function pointer that runs this function in the interpreter: what goes into
    /// its slot once native code calls it. An error where a closure cannot serve: it would
    /// see only the fixed parameters of a variadic function, and libffi cannot describe some
    /// signatures (vectors); native callers then need the function compiled.
    pub fn native_entry(&'static self) -> Result<usize, String> {
        let Some((ret, args)) = &self.native_abi else {
            return Err("native callers of this function need compiled code".into());
        };
        let cif = ffi::Cif::new(ret, args, None)?;
        ffi::closure(
            cif,
            exec::closure_handler,
            (self as *const Function).cast_mut().cast(),
        )
    }
}

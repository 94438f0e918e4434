//! Translation of one LLVM function into bytecode.
//!
//! 1. Promote the function's allocas to registers (mem2reg): -O0 code keeps every variable in
//!    memory, and a load/store pair per use is most of its instructions.
//! 2. Lay out the frame: parameters, one register per instruction result, the pooled
//!    constants, then temporaries.
//! 3. Emit each block's instructions, in LLVM's block order, so that a branch to the next
//!    block falls through. Along the way:
//!    - casts that change no bits (zext, ptrtoint, bitcast, freeze, zero-offset GEPs) share
//!      their operand's register and emit nothing;
//!    - an `icmp` whose only use is its block's branch becomes part of a compare-and-jump;
//!    - a GEP used only as the address of loads and stores in its block folds its constant
//!      offset into them;
//!    - a branch's phi moves are a parallel copy placed before its jump (for the way a
//!      conditional branch jumps, in an edge block); a jump to a block that only returns a phi
//!      returns the incoming value at once. Backward jumps count loop iterations.
//!
//! Anything outside what the interpreter runs is an error naming it; the engine then
//! compiles the function with the baseline JIT.

use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::{Add, Div, Mul, Rem, Sub};
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, AtomicUsize};

use crate::llvm::{Block, LLVMIntPredicate, Linkage, Module, Opcode, RmwOp, Shape, Type, Value};

use super::coalesce::Coalescer;
use super::ffi::{Abi, Cif, Direct, Interface};
use super::isa::{Op, R};
use super::scalar::{self, IntOp};
use super::{Arg, CallSite, Function, SlowOp, SwitchTable, Target};

/// How translation finds the program's symbols.
pub struct Globals<'a> {
    /// The run-time address of a global value (0 if unknown).
    pub address: &'a mut dyn FnMut(&str) -> u64,
    /// The id of a defined function of the program.
    pub function_id: &'a dyn Fn(&str) -> Option<usize>,
    /// The address of a compiled thunk making the native call of a call instruction (see
    /// `ffi::Interface::Thunk`).
    pub thunk: &'a mut dyn FnMut(Value<'_>) -> Result<usize, String>,
    /// The globals that hold the translated function's block addresses (its tables of
    /// labels), by name: `units::Program` found them when it read the module.
    pub privates: &'a [String],
}

/// Where a branch goes: a block, or an edge block (the phi moves of a block's entry, or the
/// `Loop` of a backward branch, then the jump).
#[derive(Clone, Copy)]
enum Label {
    Block(usize),
    Edge(usize),
}

/// An integer comparison with its own instructions.
#[derive(Clone, Copy)]
enum Cmp {
    Eq,
    Ne,
    Ult,
    Ule,
    Slt64,
    Sle64,
    Slt32,
    Sle32,
}

impl Cmp {
    /// The comparison that is true where `self` is false, and whether it takes its operands
    /// swapped.
    fn negated(self) -> (Cmp, bool) {
        match self {
            Cmp::Eq => (Cmp::Ne, false),
            Cmp::Ne => (Cmp::Eq, false),
            Cmp::Ult => (Cmp::Ule, true),
            Cmp::Ule => (Cmp::Ult, true),
            Cmp::Slt64 => (Cmp::Sle64, true),
            Cmp::Sle64 => (Cmp::Slt64, true),
            Cmp::Slt32 => (Cmp::Sle32, true),
            Cmp::Sle32 => (Cmp::Slt32, true),
        }
    }

    fn op(self, d: R, a: R, b: R) -> Op {
        match self {
            Cmp::Eq => Op::Eq { d, a, b },
            Cmp::Ne => Op::Ne { d, a, b },
            Cmp::Ult => Op::Ult { d, a, b },
            Cmp::Ule => Op::Ule { d, a, b },
            Cmp::Slt64 => Op::Slt64 { d, a, b },
            Cmp::Sle64 => Op::Sle64 { d, a, b },
            Cmp::Slt32 => Op::Slt32 { d, a, b },
            Cmp::Sle32 => Op::Sle32 { d, a, b },
        }
    }

    fn jump(self, a: R, b: R, site: u32) -> Op {
        let t = 0;
        match self {
            Cmp::Eq => Op::JEq { a, b, t, site },
            Cmp::Ne => Op::JNe { a, b, t, site },
            Cmp::Ult => Op::JUlt { a, b, t, site },
            Cmp::Ule => Op::JUle { a, b, t, site },
            Cmp::Slt64 => Op::JSlt64 { a, b, t, site },
            Cmp::Sle64 => Op::JSle64 { a, b, t, site },
            Cmp::Slt32 => Op::JSlt32 { a, b, t, site },
            Cmp::Sle32 => Op::JSle32 { a, b, t, site },
        }
    }
}

/// When a conditional jump jumps.
#[derive(Clone, Copy)]
enum Condition {
    True(R),
    False(R),
    Compare(Cmp, R, R),
}

impl Condition {
    fn negated(self) -> Condition {
        match self {
            Condition::True(c) => Condition::False(c),
            Condition::False(c) => Condition::True(c),
            Condition::Compare(cmp, a, b) => match cmp.negated() {
                (cmp, false) => Condition::Compare(cmp, a, b),
                (cmp, true) => Condition::Compare(cmp, b, a),
            },
        }
    }

    fn jump(self, site: u32) -> Op {
        match self {
            Condition::True(c) => Op::JIf { c, t: 0, site },
            Condition::False(c) => Op::JIfNot { c, t: 0, site },
            Condition::Compare(cmp, a, b) => cmp.jump(a, b, site),
        }
    }
}

/// Where a load or store goes.
#[derive(Clone, Copy)]
enum Address {
    /// Register `0` plus offset `1`.
    At(R, i32),
    /// `base + idx * size` for an access of `size` bytes (`GepRole::Element`); `idx`
    /// sign-extended from 32 bits if `signed`.
    Element { base: R, idx: R, signed: bool },
}

/// Whether values of `shape` take one slot and load or store as one access of their size.
fn single_access(shape: &Shape) -> bool {
    matches!(
        shape,
        Shape::Int(_) | Shape::Half | Shape::Float | Shape::Double | Shape::Pointer
    )
}

/// What translation makes of a GEP.
enum GepRole<'m> {
    /// No offset and no index: it shares its base's register.
    Alias(Value<'m>),
    /// Used only as the address of loads and stores in its block: they add `offset`
    /// themselves. Without indices the GEP emits nothing; with them, only its index steps.
    Folded {
        offset: i32,
        indexed: bool,
    },
    /// An array element, used only as the address of loads and stores of the element's size
    /// (1, 2, 4 or 8 bytes) in its block: they compute `base + index * size` themselves, and
    /// the GEP emits nothing.
    Element {
        base: Value<'m>,
        index: Value<'m>,
    },
    Plain,
}

/// What a block is to the branches that reach it.
#[derive(Clone, Copy)]
struct BlockInfo {
    /// It starts with phis: reaching it means moves.
    phis: bool,
    /// It is only phis and a `ret`: reaching it means returning.
    returns: bool,
}

struct Translator<'t, 'm, 'g> {
    module: &'t Module<'m>,
    globals: &'t mut Globals<'g>,
    regs: FxHashMap<Value<'m>, R>,
    next: u32,
    constants: Vec<u64>,
    const_base: u32,
    zero: R,
    code: Vec<Op>,
    blocks: FxHashMap<Block<'m>, usize>,
    block_info: Vec<BlockInfo>,
    block_pc: Vec<u32>,
    /// Instructions that emit nothing: casts sharing their operand's register, compares
    /// fused into their branch, GEPs folded into their loads and stores.
    silent: FxHashSet<Value<'m>>,
    /// The compares fused into their branch, the `sext`s of 32-bit GEP indices into their
    /// GEPs, and the 64-bit multiplies into the add that is their only use.
    fused: FxHashSet<Value<'m>>,
    /// Element GEPs (`GepRole::Element`): the base and index their loads and stores use.
    elements: FxHashMap<Value<'m>, (Value<'m>, Value<'m>)>,
    /// GEPs whose constant offset their loads and stores add themselves.
    offset_folds: FxHashMap<Value<'m>, i32>,
    /// Calls whose callee's body is translated in their place (`inlinable`), with the
    /// registers of that copy's values.
    inlined: FxHashMap<Value<'m>, Inlined<'m>>,
    /// Folded GEPs: the register and offset their loads and stores use.
    addresses: FxHashMap<Value<'m>, (R, i32)>,
    /// GEPs whose constant offset does not fit an immediate: its register in the pool.
    wide_offsets: FxHashMap<Value<'m>, R>,
    /// Edge blocks: (from, to) and their code position once emitted.
    edges: Vec<(Block<'m>, Block<'m>)>,
    edge_pc: Vec<u32>,
    /// Jumps whose targets are labels: (instruction index, label).
    fixups: Vec<(usize, Label)>,
    /// Switches: their cases and default, as labels.
    switch_fixups: Vec<(Vec<(u64, Label)>, Label)>,
    /// Indirect branches: their destinations, as (block token index, label).
    indirect_fixups: Vec<Vec<(u32, Label)>>,
    /// Blocks an indirect branch reaches: the most destinations of one that reaches each.
    indirect_fan_out: FxHashMap<u32, u64>,
    /// Dispatch blocks: only phis and an indirect branch (what clang makes of every
    /// `goto *p` of a function). Their backward edges are one loop site headed by the
    /// dispatch block itself, counted before the edge's phi moves: on-stack replacement enters
    /// there, with the block's phis still holding the destination, and runs the branch again.
    dispatch_blocks: FxHashSet<usize>,
    /// The blocks whose address is taken (indices, in block order): block token `k` is
    /// `tokens.1 + k`, the address the interpreter gives block `token_blocks[k]`.
    token_blocks: Vec<u32>,
    tokens: Option<(Value<'m>, u64)>,
    /// For a variadic function: the register with the address of its variadic arguments.
    va_area: Option<R>,
    /// The interpreter's own copies of the tables of this function's block addresses, which
    /// hold its block tokens: their addresses by name.
    privates: FxHashMap<String, u64>,
    sites: Vec<CallSite>,
    slow: Vec<SlowOp>,
    branch_sites: u32,
    /// Loop sites: the header block of each (one site per header).
    loop_headers: Vec<u32>,
}

fn fail<T>(message: impl Into<String>) -> Result<T, String> {
    Err(message.into())
}

/// Register access for slow operations: slot `reg`, byte `offset`.
///
/// # Safety
/// `frame` is a frame of the function the register belongs to.
unsafe fn at(frame: *mut u8, reg: R, offset: usize) -> *mut u8 {
    // SAFETY: guaranteed by the caller.
    unsafe { frame.add(reg as usize * 8 + offset) }
}

unsafe fn get(frame: *mut u8, reg: R) -> u64 {
    // SAFETY: as for `at`.
    unsafe { at(frame, reg, 0).cast::<u64>().read() }
}

/// An integer of up to 16 bytes, zero-extended.
unsafe fn get_wide(frame: *mut u8, reg: R, bytes: usize) -> u128 {
    let mut buffer = [0u8; 16];
    // SAFETY: as for `at`; the register holds at least `bytes` bytes.
    unsafe { std::ptr::copy_nonoverlapping(at(frame, reg, 0), buffer.as_mut_ptr(), bytes) };
    u128::from_le_bytes(buffer)
}

unsafe fn set(frame: *mut u8, reg: R, value: u64) {
    // SAFETY: as for `at`.
    unsafe { at(frame, reg, 0).cast::<u64>().write(value) }
}

/// Translate `function` (id `id`, whose profile is `profile`) of `module`.
pub fn translate(
    module: &Module<'_>,
    function: Value<'_>,
    id: usize,
    profile: &'static [AtomicU64; 4],
    globals: &mut Globals<'_>,
) -> Result<Function, String> {
    function.promote_allocas();
    let token_blocks = function.address_taken_blocks();
    // Block tokens: addresses of bytes of our own that no guest object can share, so that
    // on-stack replacement can tell them from other pointers.
    let tokens = (!token_blocks.is_empty()).then(|| {
        let bytes: &'static [u8] = Vec::leak(vec![0; token_blocks.len()]);
        (function, bytes.as_ptr() as u64)
    });
    let privates = match tokens {
        Some(tokens) => private_copies(module, tokens, globals.privates, &mut *globals.address)?,
        None => FxHashMap::default(),
    };
    let mut t = Translator {
        module,
        globals,
        regs: FxHashMap::default(),
        next: 0,
        constants: Vec::new(),
        const_base: 0,
        zero: 0,
        code: Vec::new(),
        blocks: FxHashMap::default(),
        block_info: Vec::new(),
        block_pc: Vec::new(),
        silent: FxHashSet::default(),
        fused: FxHashSet::default(),
        elements: FxHashMap::default(),
        inlined: FxHashMap::default(),
        offset_folds: FxHashMap::default(),
        addresses: FxHashMap::default(),
        wide_offsets: FxHashMap::default(),
        edges: Vec::new(),
        edge_pc: Vec::new(),
        fixups: Vec::new(),
        switch_fixups: Vec::new(),
        indirect_fixups: Vec::new(),
        indirect_fan_out: FxHashMap::default(),
        dispatch_blocks: FxHashSet::default(),
        token_blocks,
        tokens,
        privates,
        va_area: None,
        sites: Vec::new(),
        slow: Vec::new(),
        branch_sites: 0,
        loop_headers: Vec::new(),
    };
    let (ret_type, param_types, _) = function.value_type().function_parts();
    let mut params = Vec::new();
    // The interface of the closure native callers enter through; none when libffi cannot
    // describe it (vectors), and then native callers get the function compiled.
    let mut native_args = Some(Vec::new());
    for (index, param) in function.params().into_iter().enumerate() {
        let ty = param.ty();
        let reg = t.alloc(ty)?;
        t.regs.insert(param, reg);
        let byval = function.param_byval(index as u32);
        let abi = t.abi(ty, byval, function.is_signext(index as u32 + 1, false));
        native_args = native_args.zip(abi.ok()).map(|(mut args, abi)| {
            args.push(abi);
            args
        });
        let width = narrow_width(ty);
        let bytes = if byval.is_some() { 0 } else { t.reg_bytes(ty)? };
        params.push((reg, bytes, width));
    }
    debug_assert_eq!(param_types.len(), params.len());
    let va_area = function.is_variadic().then(|| t.temp());
    t.va_area = va_area;
    let native_ret = t.abi(ret_type, None, function.is_signext(0, false)).ok();
    let blocks = function.blocks();
    // Values without a register write of their own, and what their uses read instead.
    let mut transparent: FxHashMap<Value<'_>, Vec<Value<'_>>> = FxHashMap::default();
    let mut aliases = FxHashMap::default();
    let mut phis = Vec::new();
    let mut returns_twice = false;
    let mut folded = Vec::new();
    // Without a profile to keep per function (nothing would promote or report the callee),
    // small leaf callees are translated in their calls' place.
    let inline = !super::host().profiles();
    let is_program = |name: &str| (t.globals.function_id)(name).is_some();
    let inline_sites: Vec<(Value<'_>, Value<'_>)> = if inline {
        blocks
            .iter()
            .flat_map(|b| b.instructions())
            .filter(|i| i.opcode() == Opcode::LLVMCall)
            .filter_map(|i| Some((i, inlinable(i, function, &is_program, false)?)))
            .collect()
    } else {
        Vec::new()
    };
    // The calls in those bodies, which `inlinable` found inlinable in turn (once each: every
    // copy of a body runs straight through, so the copies can share their callees' registers).
    let mut inline_sites = inline_sites;
    let mut nested = FxHashSet::default();
    for k in 0..inline_sites.len() {
        let (_, callee) = inline_sites[k];
        for inner in callee.blocks()[0].instructions() {
            if inner.opcode() == Opcode::LLVMCall
                && !inner.callee().name().starts_with("llvm.")
                && nested.insert(inner)
            {
                inline_sites.push((inner, inner.callee()));
            }
        }
    }
    for (index, block) in blocks.iter().enumerate() {
        t.blocks.insert(*block, index);
        let instructions = block.instructions();
        t.block_info.push(BlockInfo {
            phis: instructions.first().is_some_and(|i| i.is_phi()),
            returns: instructions
                .iter()
                .all(|i| i.is_phi() || i.opcode() == Opcode::LLVMRet),
        });
        for instruction in instructions {
            returns_twice |= calls_setjmp(instruction);
            if instruction.is_phi() {
                phis.push(instruction);
            } else if instruction.opcode() == Opcode::LLVMGetElementPtr {
                match t.gep_role(instruction) {
                    GepRole::Alias(source) => {
                        aliases.insert(instruction, source);
                    }
                    GepRole::Folded { offset, indexed } => {
                        t.offset_folds.insert(instruction, offset);
                        if !indexed {
                            let base = instruction.operand(0);
                            t.silent.insert(instruction);
                            transparent.insert(instruction, vec![base]);
                            folded.push((instruction, base, offset));
                        }
                    }
                    GepRole::Element { base, index } => {
                        t.elements.insert(instruction, (base, index));
                        t.silent.insert(instruction);
                        transparent.insert(instruction, vec![base, index]);
                    }
                    GepRole::Plain => {}
                }
            } else if let Some(source) = t.alias_source(instruction) {
                aliases.insert(instruction, source);
            } else if fusable_index(instruction) || field_of(instruction).is_some() {
                t.fused.insert(instruction);
                t.silent.insert(instruction);
                transparent.insert(instruction, vec![instruction.operand(0)]);
            } else if fusable_compare(instruction) || fusable_multiply(instruction) {
                t.fused.insert(instruction);
                t.silent.insert(instruction);
                transparent.insert(
                    instruction,
                    vec![instruction.operand(0), instruction.operand(1)],
                );
            }
        }
    }
    // Casts of casts share the first one's source; a cycle (possible in unreachable code)
    // makes real copies.
    let chased: Vec<_> = aliases
        .keys()
        .map(|&alias| {
            let mut source = aliases[&alias];
            for _ in 0..aliases.len() {
                match aliases.get(&source) {
                    Some(&next) => source = next,
                    None => return (alias, Some(source)),
                }
            }
            (alias, None)
        })
        .collect();
    let mut roots = FxHashMap::default();
    for (alias, root) in chased {
        match root {
            Some(root) => {
                roots.insert(alias, root);
                t.silent.insert(alias);
                transparent.insert(alias, vec![aliases[&alias]]);
            }
            None => {
                aliases.remove(&alias);
            }
        }
    }
    let param_values = function.params();
    let representative = if phis.is_empty() || returns_twice {
        FxHashMap::default()
    } else {
        let coalescer = Coalescer::new(&blocks, &t.blocks, &param_values, &transparent);
        let eligible = |value: Value<'_>| {
            !transparent.contains_key(&value) && matches!(t.reg_bytes(value.ty()), Ok(1..=8))
        };
        coalescer.classes(&phis, eligible)
    };
    let mut class_regs: FxHashMap<Value<'_>, R> = FxHashMap::default();
    for param in &param_values {
        if let Some(rep) = representative.get(param) {
            class_regs.insert(*rep, t.regs[param]);
        }
    }
    for block in &blocks {
        for instruction in block.instructions() {
            let ty = instruction.ty();
            if matches!(ty.shape(), Shape::Void)
                || instruction.opcode() == Opcode::LLVMStore
                || roots.contains_key(&instruction)
            {
                continue;
            }
            let reg = match representative.get(&instruction) {
                Some(rep) => match class_regs.get(rep) {
                    Some(&reg) => reg,
                    None => {
                        let reg = t.alloc(ty)?;
                        class_regs.insert(*rep, reg);
                        reg
                    }
                },
                None => t.alloc(ty)?,
            };
            t.regs.insert(instruction, reg);
        }
    }
    for (alias, root) in roots {
        let reg = t.reg(root)?;
        t.regs.insert(alias, reg);
    }
    for &(call, callee) in &inline_sites {
        let mut regs = Vec::new();
        for instruction in callee.blocks()[0].instructions() {
            if !matches!(instruction.ty().shape(), Shape::Void)
                && instruction.opcode() != Opcode::LLVMRet
            {
                regs.push((instruction, t.alloc(instruction.ty())?));
            }
        }
        t.inlined.insert(call, Inlined { callee, regs });
    }
    t.const_base = t.next;
    t.zero = t.constant_slot(0);
    for block in &blocks {
        for instruction in block.instructions() {
            t.pool_constants(instruction)?;
        }
    }
    for &(_, callee) in &inline_sites {
        for instruction in callee.blocks()[0].instructions() {
            t.pool_constants(instruction)?;
        }
    }
    for (gep, base, offset) in folded {
        let base = t.reg(base)?;
        t.addresses.insert(gep, (base, offset));
    }
    for (index, block) in blocks.iter().enumerate() {
        t.block_pc.push(t.code.len() as u32);
        for instruction in block.instructions() {
            t.instruction(instruction, index)
                .map_err(|e| format!("{e} (in `{}`)", first_words(&instruction.to_ir())))?;
        }
    }
    t.emit_edges()?;
    t.resolve_labels();
    thread_jumps(&mut t.code);
    // The frame slot of every value, in the order on-stack replacement numbers them.
    let value_regs = function
        .params()
        .into_iter()
        .chain(blocks.iter().flat_map(|b| b.instructions()))
        .map(|v| t.regs.get(&v).copied().unwrap_or(u32::MAX))
        .collect();
    let ret_bytes = if matches!(ret_type.shape(), Shape::Void) {
        0
    } else {
        t.reg_bytes(ret_type)?
    };
    let switches = t
        .switch_fixups
        .iter()
        .map(|(cases, default)| {
            let mut cases: Vec<(u64, u32)> =
                cases.iter().map(|&(v, l)| (v, t.label_pc(l))).collect();
            cases.sort_by_key(|&(v, _)| v);
            SwitchTable {
                counts: (0..=cases.len()).map(|_| AtomicU64::new(0)).collect(),
                dense: dense_cases(&cases),
                cases,
                default: t.label_pc(*default),
            }
        })
        .collect();
    let indirect = t
        .indirect_fixups
        .iter()
        .map(|targets| {
            let mut table = vec![u32::MAX; t.token_blocks.len()].into_boxed_slice();
            for &(token, label) in targets {
                table[token as usize] = t.label_pc(label);
            }
            table
        })
        .collect();
    // Block tokens in a register are translated when an activation moves to compiled code;
    // in memory they cannot be. An indirect branch (an interpreter's dispatch) spreads one
    // loop's iterations over its destinations, each a loop site: with `n` of them, the
    // busiest has reached `1/n` of the threshold when they have together.
    // A variadic function's compiled version would need its caller's arguments: it
    // finishes in the interpreter.
    // An activation that called setjmp runs inside a native frame of its own (`SetJmp`): it
    // finishes in the interpreter too.
    let escapes = (t.tokens.is_some() && function.block_addresses_escape())
        || va_area.is_some()
        || returns_twice;
    let osr_after = t
        .loop_headers
        .iter()
        .map(|header| match t.indirect_fan_out.get(header) {
            _ if escapes => u64::MAX,
            Some(&fan_out) => (super::host().osr_after() / fan_out.max(1)).max(1),
            None => super::host().osr_after(),
        })
        .collect();
    Ok(Function {
        id,
        frame_slots: t.next,
        const_base: t.const_base,
        constants: t.constants,
        params,
        ret_bytes,
        ret_signed: narrow_width(ret_type).filter(|_| function.is_signext(0, false)),
        sites: t.sites,
        switches,
        slow: t.slow,
        branches: (0..t.branch_sites * 2).map(|_| AtomicU64::new(0)).collect(),
        osr: (0..t.loop_headers.len())
            .map(|_| AtomicUsize::new(0))
            .collect(),
        loop_counts: (0..t.loop_headers.len())
            .map(|_| AtomicU64::new(0))
            .collect(),
        osr_after,
        block_tokens: t.tokens.map_or(0, |(_, base)| base),
        token_blocks: t.token_blocks,
        indirect,
        va_area,
        profiled: super::host().profiles(),
        interpreting: AtomicBool::new(true),
        loop_headers: t.loop_headers,
        value_regs,
        profile,
        native_abi: native_ret.zip(native_args).filter(|_| va_area.is_none()),
        code: t.code,
    })
}

/// Where the x86-64 ABI puts `args` on the stack: each at its offset (8-byte slots; 16-byte
/// alignment for 16-byte values and over-aligned `byval` objects), and the total size.
fn stack_layout(args: &[Arg]) -> (Vec<u32>, u32) {
    let mut offsets = Vec::with_capacity(args.len());
    let mut size = 0u32;
    for arg in args {
        let align = match arg.byval {
            Some(align) => align.clamp(8, 16),
            None if arg.bytes >= 16 => 16,
            None => 8,
        };
        size = size.next_multiple_of(align);
        offsets.push(size);
        size += arg.bytes.max(1).next_multiple_of(8);
    }
    (offsets, size.next_multiple_of(16))
}

/// The interpreter's copies of `names`, the globals that hold block addresses of `tokens.0`
/// (tables only it uses), with its block tokens from `tokens.1` in their place: their
/// addresses by name. They live as long as the program.
fn private_copies(
    module: &Module<'_>,
    tokens: (Value<'_>, u64),
    names: &[String],
    address: &mut dyn FnMut(&str) -> u64,
) -> Result<FxHashMap<String, u64>, String> {
    let mut privates = FxHashMap::default();
    for name in names {
        let global = module
            .global(name)
            .ok_or_else(|| format!("no global '{name}'"))?;
        let initializer = global
            .initializer()
            .ok_or("a table of block addresses without an initializer")?;
        let ty = initializer.ty();
        let size = module.alloc_size(ty).max(1) as usize;
        let align = (module.abi_align(ty).max(u64::from(global.alignment())) as usize).max(8);
        let memory: &'static mut [u8] = Vec::leak(vec![0; size + align]);
        let start = memory.as_ptr().align_offset(align);
        let memory = &mut memory[start..start + size];
        let mut resolve = |name: &str| privates.get(name).copied().unwrap_or_else(|| address(name));
        module.constant_bytes(initializer, memory, &mut resolve, Some(tokens))?;
        privates.insert(global.name(), memory.as_ptr() as u64);
    }
    Ok(privates)
}

/// A jump table for switch cases (sorted by value) whose values are dense: the lowest value
/// and each value's case index from it (`cases.len()` where there is no case).
/// Jumps to jumps go straight to the end of the chain, and a `Br` to a block that only
/// returns, switches or branches indirectly does that itself: one dispatch instead of two.
/// (-O0 code has many blocks of a lone `br`; a loop's `Loop` keeps its own instruction,
/// which counts the iteration.)
fn thread_jumps(code: &mut [Op]) {
    // The end of the chain of `Br`s from `pc` (a few steps: a cycle of them is a guest's
    // infinite loop, left as it is).
    let end = |code: &[Op], mut pc: u32| {
        for _ in 0..8 {
            match code[pc as usize] {
                Op::Br { t } => pc = t,
                _ => break,
            }
        }
        pc
    };
    for index in 0..code.len() {
        let Some(t) = code[index].target_mut().map(|t| *t) else {
            continue;
        };
        let t = end(code, t);
        let target = code[t as usize];
        match (code[index], target) {
            (Op::Br { .. }, Op::Ret { .. } | Op::Switch { .. } | Op::IndirectBr { .. }) => {
                code[index] = target;
            }
            _ => *code[index].target_mut().expect("a jump") = t,
        }
    }
}

/// Whether inline assembly (`template`, `constraints`) has no effect the interpreter must
/// reproduce: no outputs, and a template of nothing but `nop`s, alignment directives and
/// comments. Compiler barriers (`asm volatile("" ::: "memory")`) and code alignment (zstd's
/// `.p2align 5`, `nop`) are such; the interpreter reorders nothing across them.
fn does_nothing((template, constraints): &(String, String)) -> bool {
    let no_outputs = constraints
        .split(',')
        .all(|constraint| !constraint.trim_start().starts_with('='));
    let empty = template.split(['\n', ';']).all(|line| {
        let line = line.trim();
        line.is_empty()
            || line == "nop"
            || line.starts_with('#')
            || [".p2align", ".balign", ".align"]
                .iter()
                .any(|directive| line.starts_with(directive))
    });
    no_outputs && empty
}

/// The operation of float arithmetic `opcode`: fadd, fsub, fmul, fdiv, and frem otherwise.
fn float_arithmetic<T>(opcode: Opcode) -> fn(T, T) -> T
where
    T: Add<Output = T> + Sub<Output = T> + Mul<Output = T> + Div<Output = T> + Rem<Output = T>,
{
    match opcode {
        Opcode::LLVMFAdd => |x, y| x + y,
        Opcode::LLVMFSub => |x, y| x - y,
        Opcode::LLVMFMul => |x, y| x * y,
        Opcode::LLVMFDiv => |x, y| x / y,
        _ => |x, y| x % y,
    }
}

/// The width of an integer type of at most 64 bits (one register slot).
fn int_width(shape: &Shape) -> Option<u32> {
    match shape {
        Shape::Int(w) if *w <= 64 => Some(*w),
        _ => None,
    }
}

/// For a function of the setjmp family, its `Op::SetJmp` kind.
fn setjmp_kind(name: &str) -> Option<u32> {
    match name {
        "_setjmp" => Some(0),
        "setjmp" => Some(1),
        "sigsetjmp" | "__sigsetjmp" => Some(2),
        _ => None,
    }
}

/// Whether `i` calls a function of the setjmp family. Its function's values then keep a
/// register each, since after a longjmp, code after the call reads values that were dead
/// (and so could share a register) on the way to it.
fn calls_setjmp(i: Value<'_>) -> bool {
    i.opcode() == Opcode::LLVMCall && {
        let callee = i.callee();
        callee.is_function() && setjmp_kind(&callee.name()).is_some()
    }
}

fn dense_cases(cases: &[(u64, u32)]) -> Option<(u64, Box<[u32]>)> {
    let (&(low, _), &(high, _)) = (cases.first()?, cases.last()?);
    let span = high.wrapping_sub(low).checked_add(1)?;
    if cases.len() < 8 || span > 4 * cases.len() as u64 + 16 {
        return None;
    }
    let mut table = vec![cases.len() as u32; span as usize];
    for (index, &(value, _)) in cases.iter().enumerate() {
        table[(value - low) as usize] = index as u32;
    }
    Some((low, table.into_boxed_slice()))
}

/// The value a phi takes on entry from `from`.
fn incoming<'m>(phi: Value<'m>, from: Block<'m>) -> Result<Value<'m>, String> {
    phi.incoming()
        .into_iter()
        .find(|&(_, block)| block == from)
        .map(|(value, _)| value)
        .ok_or_else(|| "phi without a value for its edge".to_string())
}

/// Whether `i` is an `icmp` whose only use is the branch ending its block.
/// A call translated as a copy of its callee's body.
#[derive(Clone)]
struct Inlined<'m> {
    callee: Value<'m>,
    /// The register of each value the copy computes.
    regs: Vec<(Value<'m>, R)>,
}

/// The most instructions of a callee translated in place of its calls.
const INLINE_LIMIT: usize = 16;

/// The callee of call `i` if its body can be translated in the call's place: a function of
/// the program (`is_program`), not `caller`, of one block of at most `INLINE_LIMIT`
/// instructions, with scalar values only, no memory of its own, and no calls but simple
/// intrinsics and (for a callee of `caller` itself, `nested` false) calls of such leaves,
/// which go in place too. These (`MEM_read32`, `ZSTD_countLeadingZeros32`, getters, and
/// `ZSTD_highbit32` of the latter) are called millions of times, and a call costs the
/// interpreter more than their bodies.
fn inlinable<'m>(
    i: Value<'m>,
    caller: Value<'m>,
    is_program: &dyn Fn(&str) -> bool,
    nested: bool,
) -> Option<Value<'m>> {
    let callee = i.callee();
    if !callee.is_function() || callee == caller || callee.is_declaration() {
        return None;
    }
    let name = callee.name();
    if name.starts_with("llvm.") || !is_program(&name) || callee.is_variadic() {
        return None;
    }
    // A `byval` argument is the callee's own copy, which a copied body would not make.
    if (0..i.call_arg_count()).any(|k| i.call_byval(k).is_some()) {
        return None;
    }
    callee.materialize().ok()?;
    if callee.has_block_addresses() {
        return None;
    }
    callee.promote_allocas();
    let blocks = callee.blocks();
    let [block] = blocks[..] else {
        return None;
    };
    let instructions = block.instructions();
    let scalar = |v: Value<'_>| {
        matches!(
            v.ty().shape(),
            Shape::Int(1..=64) | Shape::Float | Shape::Double | Shape::Pointer | Shape::Void
        )
    };
    let simple = instructions.iter().all(|&inst| {
        let operands = (0..inst.operand_count()).map(|k| inst.operand(k));
        let allowed = match inst.opcode() {
            Opcode::LLVMCall => {
                let target = inst.callee();
                let name = target.name();
                target.is_function()
                    && match name.strip_prefix("llvm.") {
                        Some(intrinsic) => matches!(
                            intrinsic.split('.').next(),
                            Some("ctlz" | "cttz" | "ctpop" | "bswap" | "fabs" | "sqrt" | "fmuladd")
                        ),
                        None => !nested && inlinable(inst, caller, is_program, true).is_some(),
                    }
            }
            Opcode::LLVMLoad | Opcode::LLVMStore => !inst.is_atomic(),
            opcode => {
                int_op(opcode).is_some()
                    || matches!(
                        opcode,
                        Opcode::LLVMICmp
                            | Opcode::LLVMFCmp
                            | Opcode::LLVMSelect
                            | Opcode::LLVMZExt
                            | Opcode::LLVMSExt
                            | Opcode::LLVMTrunc
                            | Opcode::LLVMGetElementPtr
                            | Opcode::LLVMPtrToInt
                            | Opcode::LLVMIntToPtr
                            | Opcode::LLVMFAdd
                            | Opcode::LLVMFSub
                            | Opcode::LLVMFMul
                            | Opcode::LLVMFDiv
                            | Opcode::LLVMFNeg
                            | Opcode::LLVMSIToFP
                            | Opcode::LLVMUIToFP
                            | Opcode::LLVMFPToSI
                            | Opcode::LLVMFPToUI
                            | Opcode::LLVMFPExt
                            | Opcode::LLVMFPTrunc
                            | Opcode::LLVMRet
                    )
            }
        };
        allowed
            && scalar(inst)
            && operands
                .filter(|o| !(inst.opcode() == Opcode::LLVMCall && o.is_function()))
                .all(&scalar)
    });
    (simple
        && instructions.len() <= INLINE_LIMIT
        && i.call_arg_count() as usize == callee.params().len()
        && instructions.last()?.opcode() == Opcode::LLVMRet)
        .then_some(callee)
}

/// Whether `i` is a 64-bit multiply whose only use is a 64-bit add in its block, which
/// computes both (`MulAdd64`). An add of two such multiplies fuses its first operand.
fn fusable_multiply(i: Value<'_>) -> bool {
    fn add_of(i: Value<'_>) -> Option<Value<'_>> {
        if !i.is_instruction() || i.opcode() != Opcode::LLVMMul || i.ty().shape() != Shape::Int(64)
        {
            return None;
        }
        let users = i.users();
        let add = *users.first()?;
        (users.len() == 1
            && add.is_instruction()
            && add.opcode() == Opcode::LLVMAdd
            && add.parent_block() == i.parent_block()
            && add.operand(0) != add.operand(1))
        .then_some(add)
    }
    add_of(i).is_some_and(|add| add.operand(0) == i || add_of(add.operand(0)).is_none())
}

/// Whether `i` is a `sext` of a 32-bit value to 64 bits used only as an index of GEPs in
/// its block, which sign-extend it themselves (`GepIdxS`, `LoadIdx32S`, ...).
fn fusable_index(i: Value<'_>) -> bool {
    if i.opcode() != Opcode::LLVMSExt
        || i.ty().shape() != Shape::Int(64)
        || i.operand(0).ty().shape() != Shape::Int(32)
    {
        return false;
    }
    let users = i.users();
    !users.is_empty()
        && users.iter().all(|user| {
            user.is_instruction()
                && user.opcode() == Opcode::LLVMGetElementPtr
                && user.parent_block() == i.parent_block()
                && user.operand(0) != i
                && !matches!(user.ty().shape(), Shape::Vector(..))
        })
}

/// For an `lshr` by a constant whose only use is an `and` (in its block) with a mask of
/// low bits: the shift and the mask's width, which the `and` computes as one `Field`.
fn field_of(i: Value<'_>) -> Option<(u32, u32)> {
    let Shape::Int(w) = i.ty().shape() else {
        return None;
    };
    if !i.is_instruction() || i.opcode() != Opcode::LLVMLShr || w > 64 {
        return None;
    }
    let shift = u32::try_from(i.operand(1).const_int()?)
        .ok()
        .filter(|&s| s < w)?;
    let users = i.users();
    let [and] = users[..] else {
        return None;
    };
    if !and.is_instruction()
        || and.opcode() != Opcode::LLVMAnd
        || and.parent_block() != i.parent_block()
    {
        return None;
    }
    let other = if and.operand(0) == i {
        and.operand(1)
    } else {
        and.operand(0)
    };
    let mask = scalar::mask(other.const_int()? as u64, w);
    (mask != 0 && mask & mask.wrapping_add(1) == 0).then_some((shift, mask.count_ones()))
}

fn fusable_compare(i: Value<'_>) -> bool {
    if i.opcode() != Opcode::LLVMICmp
        || !matches!(i.operand(0).ty().shape(), Shape::Int(w) if w <= 64)
            && i.operand(0).ty().shape() != Shape::Pointer
    {
        return false;
    }
    let users = i.users();
    users.len() == 1
        && users[0].is_instruction()
        && users[0].opcode() == Opcode::LLVMBr
        && users[0].parent_block() == i.parent_block()
}

/// The width of an integer type narrower than 64 bits, whose upper bits native code may
/// leave extended, or of a float or half, whose XMM register's upper bits are undefined.
fn narrow_width(ty: Type<'_>) -> Option<u32> {
    match ty.shape() {
        Shape::Int(w) if w < 64 => Some(w),
        Shape::Float => Some(32),
        Shape::Half => Some(16),
        _ => None,
    }
}

fn first_words(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(80) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text.to_string(),
    }
}

fn int_op(opcode: Opcode) -> Option<IntOp> {
    Some(match opcode {
        Opcode::LLVMAdd => IntOp::Add,
        Opcode::LLVMSub => IntOp::Sub,
        Opcode::LLVMMul => IntOp::Mul,
        Opcode::LLVMUDiv => IntOp::UDiv,
        Opcode::LLVMSDiv => IntOp::SDiv,
        Opcode::LLVMURem => IntOp::URem,
        Opcode::LLVMSRem => IntOp::SRem,
        Opcode::LLVMShl => IntOp::Shl,
        Opcode::LLVMLShr => IntOp::LShr,
        Opcode::LLVMAShr => IntOp::AShr,
        Opcode::LLVMAnd => IntOp::And,
        Opcode::LLVMOr => IntOp::Or,
        Opcode::LLVMXor => IntOp::Xor,
        _ => return None,
    })
}

impl<'m> Translator<'_, 'm, '_> {
    /// Bytes a value of `ty` takes in registers.
    fn reg_bytes(&self, ty: Type<'_>) -> Result<u32, String> {
        let bytes = match ty.shape() {
            Shape::Int(w) if w <= 64 => 8,
            Shape::Int(w) if w <= 128 => 16,
            Shape::Half | Shape::Float | Shape::Double | Shape::Pointer => 8,
            Shape::Aggregate => self.module.alloc_size(ty),
            Shape::Fp80 => 16,
            Shape::Vector(element, lanes) => match *element {
                Shape::Int(1) => u64::from(lanes),
                Shape::Int(_) | Shape::Float | Shape::Double | Shape::Pointer => {
                    self.module.alloc_size(ty)
                }
                _ => return fail(format!("vector type {}", ty.to_ir())),
            },
            _ => return fail(format!("type {}", ty.to_ir())),
        };
        u32::try_from(bytes).map_err(|_| "value too large for registers".to_string())
    }

    fn alloc(&mut self, ty: Type<'_>) -> Result<R, String> {
        let slots = self.reg_bytes(ty)?.div_ceil(8).max(1);
        let reg = self.next;
        self.next += slots;
        Ok(reg)
    }

    fn temp(&mut self) -> R {
        let reg = self.next;
        self.next += 1;
        reg
    }

    /// A pooled constant; only before temporaries are allocated.
    fn constant_slot(&mut self, value: u64) -> R {
        debug_assert_eq!(self.next, self.const_base + self.constants.len() as u32);
        self.constants.push(value);
        self.next += 1;
        self.next - 1
    }

    /// Give every constant operand of `instruction` a register in the pool (and a GEP's
    /// constant offset too far for an immediate, its own).
    fn pool_constants(&mut self, instruction: Value<'m>) -> Result<(), String> {
        if instruction.opcode() == Opcode::LLVMGetElementPtr
            && let Some((offset, _)) = self.module.gep_offsets(instruction)
            && i32::try_from(offset).is_err()
        {
            let reg = self.constant_slot(offset as u64);
            self.wide_offsets.insert(instruction, reg);
        }
        let is_call = instruction.opcode() == Opcode::LLVMCall;
        for index in 0..instruction.operand_count() {
            let operand = instruction.operand(index);
            if !operand.is_constant() || self.regs.contains_key(&operand) {
                continue;
            }
            if is_call && operand.is_function() && index + 1 == instruction.operand_count() {
                continue;
            }
            let ty = operand.ty();
            let Ok(bytes) = self.reg_bytes(ty) else {
                continue;
            };
            let mut buffer = vec![0u8; bytes.div_ceil(8).max(1) as usize * 8];
            let store = self.module.store_size(ty).min(u64::from(bytes)) as usize;
            let (privates, global) = (&self.privates, &mut *self.globals.address);
            let mut address =
                |name: &str| privates.get(name).copied().unwrap_or_else(|| global(name));
            self.module.constant_bytes(
                operand,
                &mut buffer[..store.max(1)],
                &mut address,
                self.tokens,
            )?;
            let base = self.const_base + self.constants.len() as u32;
            for chunk in buffer.chunks(8) {
                self.constants
                    .push(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
                self.next += 1;
            }
            self.regs.insert(operand, base);
        }
        Ok(())
    }

    fn reg(&self, value: Value<'m>) -> Result<R, String> {
        self.regs
            .get(&value)
            .copied()
            .ok_or_else(|| format!("operand {}", first_words(&value.to_ir())))
    }

    fn op(&mut self, op: Op) {
        self.code.push(op);
    }

    fn slow(&mut self, work: impl Fn(*mut u8) + Send + Sync + 'static) {
        let index = self.slow.len() as u32;
        self.slow.push(Box::new(work));
        self.op(Op::Slow { index });
    }

    /// The native ABI class of a value of `ty`.
    fn abi(&self, ty: Type<'_>, byval: Option<Type<'_>>, signed: bool) -> Result<Abi, String> {
        if let Some(object) = byval {
            return Ok(Abi::Memory {
                size: self.module.alloc_size(object),
                align: self.module.abi_align(object),
            });
        }
        Ok(match ty.shape() {
            Shape::Void => Abi::Void,
            Shape::Int(w) if w <= 64 => Abi::Int {
                bytes: w.div_ceil(8).next_power_of_two() as u8,
                signed,
            },
            Shape::Int(w) if w <= 128 => Abi::Int {
                bytes: 16,
                signed: false,
            },
            // A half goes in the low 16 bits of an XMM register, as a float's bits would.
            Shape::Half | Shape::Float => Abi::Float,
            Shape::Double => Abi::Double,
            Shape::Fp80 => Abi::LongDouble,
            Shape::Pointer => Abi::Pointer,
            Shape::Aggregate if ty.is_struct() => Abi::Struct(
                (0..ty.field_count())
                    .map(|i| self.abi(ty.field(i), None, false))
                    .collect::<Result<_, _>>()?,
            ),
            Shape::Vector(element, 2) if *element == Shape::Float => {
                Abi::Struct(vec![Abi::Float, Abi::Float])
            }
            _ => return fail(format!("native calls with {}", ty.to_ir())),
        })
    }

    /// Whether a compiled thunk can make the native call `call`: its arguments and result
    /// have the memory form of LLVM's loads and stores in the interpreter's registers (not
    /// so for vectors of `i1`, held a byte per lane), and the result fits the 32 bytes a
    /// native call's result gets.
    fn thunkable(&self, call: Value<'m>) -> bool {
        let plain = |ty: Type<'_>| match ty.shape() {
            Shape::Vector(element, _) => *element != Shape::Int(1),
            Shape::Int(w) => w <= 128,
            Shape::Other(_) => false,
            _ => true,
        };
        let ret = call.ty();
        let fits = matches!(ret.shape(), Shape::Void) || self.reg_bytes(ret).is_ok_and(|b| b <= 32);
        plain(ret) && fits && (0..call.call_arg_count()).all(|k| plain(call.operand(k).ty()))
    }

    /// Whether a jump from block `from` (index `current`) can go straight to `to`: a later
    /// block whose phis need no moves on that edge (none, or all coalesced with their
    /// incoming values).
    fn direct(&self, from: Block<'m>, to: Block<'m>, current: usize) -> bool {
        let index = self.blocks[&to];
        index > current
            && (!self.block_info[index].phis
                || to
                    .instructions()
                    .into_iter()
                    .take_while(|i| i.is_phi())
                    .all(|phi| {
                        let reg = self.regs.get(&phi);
                        reg.is_some()
                            && incoming(phi, from).is_ok_and(|value| self.regs.get(&value) == reg)
                    }))
    }

    /// Where a jump from `from` (block `current`) to `to` goes: the block itself, or an edge
    /// block doing what entering `to` from `from` needs.
    fn label(&mut self, from: Block<'m>, to: Block<'m>, current: usize) -> Label {
        if self.direct(from, to, current) {
            return Label::Block(self.blocks[&to]);
        }
        let index = match self.edges.iter().position(|&e| e == (from, to)) {
            Some(index) => index,
            None => {
                self.edges.push((from, to));
                self.edges.len() - 1
            }
        };
        Label::Edge(index)
    }

    fn label_pc(&self, label: Label) -> u32 {
        match label {
            Label::Block(index) => self.block_pc[index],
            Label::Edge(index) => self.edge_pc[index],
        }
    }

    /// A jump instruction to `label`.
    fn jump(&mut self, op: Op, label: Label) {
        self.fixups.push((self.code.len(), label));
        self.op(op);
    }

    /// Go on from the end of block `from` into block `to`: the phi moves, then a jump (a
    /// `Loop` if backward; none to the next block when `fall_through`). Entering a block that
    /// only returns returns at once.
    fn transfer(
        &mut self,
        from: Block<'m>,
        to: Block<'m>,
        fall_through: bool,
    ) -> Result<(), String> {
        let (source, target) = (self.blocks[&from], self.blocks[&to]);
        let info = self.block_info[target];
        if info.returns {
            return self.early_return(from, to);
        }
        if target <= source && self.dispatch_blocks.contains(&source) {
            let site = self.loop_site(source);
            let next = self.code.len() as u32 + 1;
            self.op(Op::Loop { t: next, site });
            if info.phis {
                self.phi_moves(from, to)?;
            }
            self.jump(Op::Br { t: 0 }, Label::Block(target));
            return Ok(());
        }
        if info.phis {
            self.phi_moves(from, to)?;
        }
        if target <= source {
            let site = self.loop_site(target);
            self.jump(Op::Loop { t: 0, site }, Label::Block(target));
        } else if !(fall_through && target == source + 1) {
            self.jump(Op::Br { t: 0 }, Label::Block(target));
        }
        Ok(())
    }

    /// Enter `to`, a block of phis and a `ret`, from `from`: return what it would.
    fn early_return(&mut self, from: Block<'m>, to: Block<'m>) -> Result<(), String> {
        let ret = *to.instructions().last().ok_or("empty block")?;
        if ret.operand_count() == 0 {
            self.op(Op::Ret { v: 0, n: 0 });
            return Ok(());
        }
        let mut value = ret.operand(0);
        if value.is_phi() && value.parent_block() == to {
            value = incoming(value, from)?;
        }
        let n = self.reg_bytes(value.ty())?.div_ceil(8);
        let v = self.reg(value)?;
        self.op(Op::Ret { v, n });
        Ok(())
    }

    /// The loop site of the loop headed by block `header`.
    fn loop_site(&mut self, header: usize) -> u32 {
        let header = header as u32;
        match self.loop_headers.iter().position(|&h| h == header) {
            Some(site) => site as u32,
            None => {
                self.loop_headers.push(header);
                self.loop_headers.len() as u32 - 1
            }
        }
    }

    /// The phi moves of entering `to` from `from`, as a parallel copy.
    fn phi_moves(&mut self, from: Block<'m>, to: Block<'m>) -> Result<(), String> {
        let mut moves = Vec::new();
        for phi in to.instructions().into_iter().take_while(|i| i.is_phi()) {
            let value = incoming(phi, from)?;
            let slots = self.reg_bytes(phi.ty())?.div_ceil(8).max(1);
            moves.push((self.reg(phi)?, self.reg(value)?, slots));
        }
        self.parallel_copy(moves);
        Ok(())
    }

    /// Copies `(destination, source, slots)` that read every source before writing any
    /// destination: each copy goes once no other pending copy reads its destination; a cycle
    /// is broken by moving one source to a temporary.
    fn parallel_copy(&mut self, mut moves: Vec<(R, R, u32)>) {
        moves.retain(|&(d, s, _)| d != s);
        let overlap = |a: R, an: u32, b: R, bn: u32| a < b + bn && b < a + an;
        while !moves.is_empty() {
            let ready = (0..moves.len()).find(|&k| {
                let (d, _, n) = moves[k];
                moves
                    .iter()
                    .enumerate()
                    .all(|(j, &(_, s, sn))| j == k || !overlap(d, n, s, sn))
            });
            match ready {
                Some(k) => {
                    let (d, s, n) = moves.remove(k);
                    self.copy(d, s, n);
                }
                None => {
                    let (_, s, n) = moves[0];
                    let temp = self.next;
                    self.next += n;
                    self.copy(temp, s, n);
                    moves[0].1 = temp;
                }
            }
        }
    }

    /// Edge blocks, after the function's blocks.
    fn emit_edges(&mut self) -> Result<(), String> {
        for index in 0..self.edges.len() {
            let (from, to) = self.edges[index];
            self.edge_pc.push(self.code.len() as u32);
            self.transfer(from, to, false)?;
        }
        Ok(())
    }

    fn copy(&mut self, d: R, s: R, n: u32) {
        if d == s {
            return;
        }
        if n == 1 {
            self.op(Op::Mov { d, s });
        } else {
            self.op(Op::Copy { d, s, n });
        }
    }

    fn resolve_labels(&mut self) {
        for (index, label) in std::mem::take(&mut self.fixups) {
            let pc = self.label_pc(label);
            *self.code[index]
                .target_mut()
                .expect("only jumps have labels") = pc;
        }
    }

    /// The register `i` may share with its operand, for a cast that changes no bits of the
    /// frame's form of the value.
    fn alias_source(&self, i: Value<'m>) -> Option<Value<'m>> {
        if !matches!(
            i.opcode(),
            Opcode::LLVMZExt
                | Opcode::LLVMSExt
                | Opcode::LLVMPtrToInt
                | Opcode::LLVMIntToPtr
                | Opcode::LLVMBitCast
                | Opcode::LLVMAddrSpaceCast
                | Opcode::LLVMFreeze
        ) {
            return None;
        }
        let source = i.operand(0);
        if source.is_constant() {
            return None;
        }
        let (from, to) = (source.ty().shape(), i.ty().shape());
        let scalar = |shape: &Shape| {
            matches!(
                shape,
                Shape::Int(1..=64) | Shape::Half | Shape::Float | Shape::Double | Shape::Pointer
            )
        };
        let same = match i.opcode() {
            // Integers live zero-extended.
            Opcode::LLVMZExt => scalar(&from) && scalar(&to),
            // The sign bit of a zero-extended value is clear (C's `(long)(a != b)`, which
            // `__builtin_expect` makes of every `likely` condition).
            Opcode::LLVMSExt => {
                scalar(&to)
                    && source.is_instruction()
                    && source.opcode() == Opcode::LLVMZExt
                    && matches!(
                        (source.operand(0).ty().shape(), from),
                        (Shape::Int(narrow), Shape::Int(wide)) if narrow < wide
                    )
            }
            Opcode::LLVMPtrToInt | Opcode::LLVMIntToPtr => {
                matches!(from, Shape::Int(64) | Shape::Pointer)
                    && matches!(to, Shape::Int(64) | Shape::Pointer)
            }
            Opcode::LLVMBitCast | Opcode::LLVMAddrSpaceCast => scalar(&from) && scalar(&to),
            Opcode::LLVMFreeze => true,
            _ => false,
        };
        same.then_some(source)
    }

    /// The register of GEP index `index`, and whether it is a 32-bit value its user
    /// sign-extends (the source of a `sext` fused into its GEPs).
    fn index(&self, index: Value<'m>) -> Result<(R, bool), String> {
        if self.fused.contains(&index) && index.opcode() == Opcode::LLVMSExt {
            Ok((self.reg(index.operand(0))?, true))
        } else {
            Ok((self.reg(index)?, false))
        }
    }

    /// Sign-extend `reg` from `bits` into a temporary (or itself at 64 bits).
    fn signed(&mut self, reg: R, bits: u32) -> R {
        if bits >= 64 {
            return reg;
        }
        let temp = self.temp();
        self.op(Op::SExt {
            d: temp,
            a: reg,
            bits,
        });
        temp
    }

    fn instruction(&mut self, i: Value<'m>, block: usize) -> Result<(), String> {
        if self.silent.contains(&i) {
            return Ok(());
        }
        if let Some(inlined) = self.inlined.get(&i).cloned() {
            return self.inline_call(i, inlined, block);
        }
        let opcode = i.opcode();
        let shape = i.ty().shape();
        // Vectors and x86_fp80 have translations of their own, chosen by the result's type
        // or the first operand's.
        let first = (i.operand_count() > 0).then(|| i.operand(0).ty().shape());
        let vector = matches!(shape, Shape::Vector(..)) || matches!(first, Some(Shape::Vector(..)));
        if vector && self.vector(i, opcode)? {
            return Ok(());
        }
        if let Some(op) = int_op(opcode) {
            return self.int_binary(i, op, shape);
        }
        let fp80 = shape == Shape::Fp80 || first == Some(Shape::Fp80);
        if fp80 && self.fp80(i, opcode)? {
            return Ok(());
        }
        let half = shape == Shape::Half || first == Some(Shape::Half);
        if half && self.half(i, opcode)? {
            return Ok(());
        }
        match opcode {
            Opcode::LLVMFAdd | Opcode::LLVMFSub | Opcode::LLVMFMul | Opcode::LLVMFDiv => {
                let (d, a, b) = (
                    self.reg(i)?,
                    self.reg(i.operand(0))?,
                    self.reg(i.operand(1))?,
                );
                let op = match (shape, opcode) {
                    (Shape::Double, Opcode::LLVMFAdd) => Op::FAdd64 { d, a, b },
                    (Shape::Double, Opcode::LLVMFSub) => Op::FSub64 { d, a, b },
                    (Shape::Double, Opcode::LLVMFMul) => Op::FMul64 { d, a, b },
                    (Shape::Double, _) => Op::FDiv64 { d, a, b },
                    (Shape::Float, Opcode::LLVMFAdd) => Op::FAdd32 { d, a, b },
                    (Shape::Float, Opcode::LLVMFSub) => Op::FSub32 { d, a, b },
                    (Shape::Float, Opcode::LLVMFMul) => Op::FMul32 { d, a, b },
                    (Shape::Float, _) => Op::FDiv32 { d, a, b },
                    (shape, _) => return fail(format!("floating-point arithmetic on {shape:?}")),
                };
                self.op(op);
            }
            Opcode::LLVMFRem => {
                let (d, a, b) = (
                    self.reg(i)?,
                    self.reg(i.operand(0))?,
                    self.reg(i.operand(1))?,
                );
                let double = match shape {
                    Shape::Double => true,
                    Shape::Float => false,
                    shape => return fail(format!("frem on {shape:?}")),
                };
                // SAFETY (both closures): registers of this function's frame.
                self.slow(move |frame| unsafe {
                    let value = if double {
                        (f64::from_bits(get(frame, a)) % f64::from_bits(get(frame, b))).to_bits()
                    } else {
                        let x = f32::from_bits(get(frame, a) as u32);
                        let y = f32::from_bits(get(frame, b) as u32);
                        u64::from((x % y).to_bits())
                    };
                    set(frame, d, value);
                });
            }
            Opcode::LLVMFNeg => {
                let (d, a) = (self.reg(i)?, self.reg(i.operand(0))?);
                match shape {
                    Shape::Double => self.op(Op::FNeg64 { d, a }),
                    Shape::Float => self.op(Op::FNeg32 { d, a }),
                    shape => return fail(format!("fneg on {shape:?}")),
                }
            }
            Opcode::LLVMICmp => self.icmp(i)?,
            Opcode::LLVMFCmp => {
                let (d, a, b) = (
                    self.reg(i)?,
                    self.reg(i.operand(0))?,
                    self.reg(i.operand(1))?,
                );
                let pred = i.real_predicate() as u32;
                match i.operand(0).ty().shape() {
                    Shape::Double => self.op(Op::FCmp64 { d, a, b, pred }),
                    Shape::Float => self.op(Op::FCmp32 { d, a, b, pred }),
                    shape => return fail(format!("fcmp on {shape:?}")),
                }
            }
            Opcode::LLVMSelect => {
                let (d, c) = (self.reg(i)?, self.reg(i.operand(0))?);
                let (a, b) = (self.reg(i.operand(1))?, self.reg(i.operand(2))?);
                if matches!(i.operand(0).ty().shape(), Shape::Vector(..)) {
                    return fail("vector select");
                }
                let slots = self.reg_bytes(i.ty())?.div_ceil(8);
                if slots == 1 {
                    self.op(Op::Select { d, c, a, b });
                } else {
                    // SAFETY: registers of this function's frame.
                    self.slow(move |frame| unsafe {
                        let source = if get(frame, c) & 1 != 0 { a } else { b };
                        std::ptr::copy(at(frame, source, 0), at(frame, d, 0), slots as usize * 8);
                    });
                }
            }
            Opcode::LLVMTrunc
            | Opcode::LLVMZExt
            | Opcode::LLVMSExt
            | Opcode::LLVMPtrToInt
            | Opcode::LLVMIntToPtr
            | Opcode::LLVMBitCast
            | Opcode::LLVMAddrSpaceCast
            | Opcode::LLVMFPTrunc
            | Opcode::LLVMFPExt
            | Opcode::LLVMSIToFP
            | Opcode::LLVMUIToFP
            | Opcode::LLVMFPToSI
            | Opcode::LLVMFPToUI => self.cast(i, opcode)?,
            Opcode::LLVMFreeze => {
                let n = self.reg_bytes(i.ty())?.div_ceil(8);
                let (d, s) = (self.reg(i)?, self.reg(i.operand(0))?);
                self.copy(d, s, n);
            }
            Opcode::LLVMLoad => self.load(i)?,
            Opcode::LLVMStore => self.store(i)?,
            Opcode::LLVMGetElementPtr => self.gep(i)?,
            Opcode::LLVMAlloca => {
                let d = self.reg(i)?;
                let size = self.module.alloc_size(i.allocated_type());
                let size = u32::try_from(size).map_err(|_| "alloca too large")?;
                let align = i.instruction_alignment().max(1);
                let count = i.operand(0);
                match count.const_u64() {
                    Some(n) => {
                        let size =
                            u32::try_from(u64::from(size) * n).map_err(|_| "alloca too large")?;
                        self.op(Op::Alloca { d, size, align });
                    }
                    None => {
                        let count = self.reg(count)?;
                        self.op(Op::AllocaDyn {
                            d,
                            count,
                            size,
                            align,
                        });
                    }
                }
            }
            Opcode::LLVMPHI => {}
            Opcode::LLVMBr => {
                let here = i.parent_block();
                if i.is_conditional() {
                    self.conditional_branch(i, block)?;
                } else {
                    self.transfer(here, i.successor(0), true)?;
                }
            }
            Opcode::LLVMSwitch => {
                let here = i.parent_block();
                let value = self.reg(i.operand(0))?;
                if !matches!(i.operand(0).ty().shape(), Shape::Int(w) if w <= 64) {
                    return fail("switch on a value wider than 64 bits");
                }
                let default = self.label(here, i.successor(0), block);
                let mut cases = Vec::new();
                for k in 1..i.successor_count() {
                    let case = i
                        .switch_case(k)
                        .const_u64()
                        .ok_or("switch case is not a constant")?;
                    cases.push((case, self.label(here, i.successor(k), block)));
                }
                let table = self.switch_fixups.len() as u32;
                self.switch_fixups.push((cases, default));
                self.op(Op::Switch { v: value, table });
            }
            Opcode::LLVMIndirectBr => {
                let here = i.parent_block();
                let address = self.reg(i.operand(0))?;
                if here
                    .instructions()
                    .iter()
                    .all(|&other| other == i || other.is_phi())
                {
                    self.dispatch_blocks.insert(block);
                }
                let mut targets = Vec::new();
                for k in 0..i.successor_count() {
                    let to = i.successor(k);
                    let index = self.blocks[&to] as u32;
                    // A destination whose address is never taken cannot be reached.
                    if let Some(token) = self.token_blocks.iter().position(|&b| b == index) {
                        targets.push((token as u32, self.label(here, to, block)));
                    }
                }
                let fan_out = targets.len() as u64;
                for k in 0..i.successor_count() {
                    let index = self.blocks[&i.successor(k)] as u32;
                    let most = self.indirect_fan_out.entry(index).or_default();
                    *most = (*most).max(fan_out);
                }
                let table = self.indirect_fixups.len() as u32;
                self.indirect_fixups.push(targets);
                self.op(Op::IndirectBr { address, table });
            }
            Opcode::LLVMRet => {
                if i.operand_count() == 0 {
                    self.op(Op::Ret { v: 0, n: 0 });
                } else {
                    let value = i.operand(0);
                    let n = self.reg_bytes(value.ty())?.div_ceil(8);
                    let v = self.reg(value)?;
                    self.op(Op::Ret { v, n });
                }
            }
            Opcode::LLVMUnreachable => self.op(Op::Trap),
            Opcode::LLVMCall => self.call(i)?,
            Opcode::LLVMExtractValue => {
                let aggregate = i.operand(0);
                let offset = self.aggregate_offset(aggregate.ty(), &i.indices())?;
                let bytes = self.module.store_size(i.ty()) as usize;
                let slots = self.reg_bytes(i.ty())?.div_ceil(8) as usize;
                let (d, s) = (self.reg(i)?, self.reg(aggregate)?);
                // SAFETY: registers of this function's frame.
                self.slow(move |frame| unsafe {
                    std::ptr::write_bytes(at(frame, d, 0), 0, slots * 8);
                    std::ptr::copy(at(frame, s, offset), at(frame, d, 0), bytes);
                });
                if let Shape::Int(w) = i.ty().shape()
                    && w < 8
                {
                    self.op(Op::Mask { d, a: d, bits: w });
                }
            }
            Opcode::LLVMInsertValue => {
                let aggregate = i.operand(0);
                let offset = self.aggregate_offset(aggregate.ty(), &i.indices())?;
                let bytes = self.module.store_size(i.operand(1).ty()) as usize;
                let slots = self.reg_bytes(i.ty())?.div_ceil(8);
                let (d, s, v) = (self.reg(i)?, self.reg(aggregate)?, self.reg(i.operand(1))?);
                self.copy(d, s, slots);
                // SAFETY: registers of this function's frame.
                self.slow(move |frame| unsafe {
                    std::ptr::copy(at(frame, v, 0), at(frame, d, offset), bytes);
                });
            }
            Opcode::LLVMFence => {
                self.slow(|_| std::sync::atomic::fence(std::sync::atomic::Ordering::SeqCst))
            }
            Opcode::LLVMAtomicRMW => self.atomic_rmw(i)?,
            Opcode::LLVMAtomicCmpXchg => self.cmpxchg(i)?,
            other => return fail(format!("instruction {other:?}")),
        }
        Ok(())
    }

    /// A conditional branch: a conditional jump to one way, then the code going the other
    /// way. The way jumped to is one that needs no code of its own if there is one (and not
    /// the next block, which the other way reaches by falling through).
    fn conditional_branch(&mut self, i: Value<'m>, block: usize) -> Result<(), String> {
        let here = i.parent_block();
        let condition = i.condition();
        let condition = if self.fused.contains(&condition) {
            let (cmp, a, b) = self
                .compare(condition)?
                .ok_or("fused comparison wider than 64 bits")?;
            Condition::Compare(cmp, a, b)
        } else {
            Condition::True(self.reg(condition)?)
        };
        let (yes, no) = (i.successor(0), i.successor(1));
        let jump_yes = match (self.direct(here, yes, block), self.direct(here, no, block)) {
            (true, true) => self.blocks[&yes] != block + 1,
            (true, false) => true,
            (false, true) => false,
            (false, false) => true,
        };
        let site = self.branch_sites * 2;
        self.branch_sites += 1;
        let (target, other, condition, site) = if jump_yes {
            (yes, no, condition, site)
        } else {
            (no, yes, condition.negated(), site + 1)
        };
        let label = self.label(here, target, block);
        self.jump(condition.jump(site), label);
        self.transfer(here, other, true)
    }

    fn aggregate_offset(&self, mut ty: Type<'_>, indices: &[u32]) -> Result<usize, String> {
        let mut offset = 0;
        for &index in indices {
            if ty.is_struct() {
                offset += self.module.field_offset(ty, index);
                ty = ty.field(index);
            } else {
                ty = ty.element();
                offset += self.module.alloc_size(ty) * u64::from(index);
            }
        }
        Ok(offset as usize)
    }

    fn int_binary(&mut self, i: Value<'m>, op: IntOp, shape: Shape) -> Result<(), String> {
        let (d, a, b) = (
            self.reg(i)?,
            self.reg(i.operand(0))?,
            self.reg(i.operand(1))?,
        );
        let Shape::Int(w) = shape else {
            return fail(format!("integer arithmetic on {shape:?}"));
        };
        if w > 64 {
            let bytes = (w.div_ceil(8)) as usize;
            // SAFETY: registers of this function's frame hold `bytes` of each operand.
            self.slow(move |frame| unsafe {
                let value =
                    scalar::int_binop(op, w, get_wide(frame, a, bytes), get_wide(frame, b, bytes));
                at(frame, d, 0).cast::<u128>().write_unaligned(value);
            });
            return Ok(());
        }
        if op == IntOp::And
            && let Some(shift) = [i.operand(0), i.operand(1)]
                .into_iter()
                .find(|&x| self.fused.contains(&x))
            && let Some((shift_by, bits)) = field_of(shift)
        {
            let a = self.reg(shift.operand(0))?;
            self.op(Op::Field {
                d,
                a,
                shift: shift_by,
                bits,
            });
            return Ok(());
        }
        if let (IntOp::Add, 64) = (op, w) {
            let (x, y) = (i.operand(0), i.operand(1));
            let fused = [(x, y), (y, x)]
                .into_iter()
                .find(|(product, _)| self.fused.contains(product));
            if let Some((product, addend)) = fused {
                let (a, b) = (self.reg(product.operand(0))?, self.reg(product.operand(1))?);
                let c = self.reg(addend)?;
                self.op(Op::MulAdd64 { d, a, b, c });
                return Ok(());
            }
        }
        let fast = match (op, w) {
            (IntOp::Add, 64) => Op::Add64 { d, a, b },
            (IntOp::Sub, 64) => Op::Sub64 { d, a, b },
            (IntOp::Mul, 64) => Op::Mul64 { d, a, b },
            (IntOp::Shl, 64) => Op::Shl64 { d, a, b },
            (IntOp::LShr, 64) => Op::LShr64 { d, a, b },
            (IntOp::AShr, 64) => Op::AShr64 { d, a, b },
            (IntOp::UDiv, 64) => Op::UDiv64 { d, a, b },
            (IntOp::SDiv, 64) => Op::SDiv64 { d, a, b },
            (IntOp::URem, 64) => Op::URem64 { d, a, b },
            (IntOp::SRem, 64) => Op::SRem64 { d, a, b },
            (IntOp::Add, 32) => Op::Add32 { d, a, b },
            (IntOp::Sub, 32) => Op::Sub32 { d, a, b },
            (IntOp::Mul, 32) => Op::Mul32 { d, a, b },
            (IntOp::Shl, 32) => Op::Shl32 { d, a, b },
            (IntOp::LShr, 32) => Op::LShr32 { d, a, b },
            (IntOp::AShr, 32) => Op::AShr32 { d, a, b },
            (IntOp::UDiv, 32) => Op::UDiv32 { d, a, b },
            (IntOp::SDiv, 32) => Op::SDiv32 { d, a, b },
            (IntOp::URem, 32) => Op::URem32 { d, a, b },
            (IntOp::SRem, 32) => Op::SRem32 { d, a, b },
            (IntOp::And, _) => Op::And { d, a, b },
            (IntOp::Or, _) => Op::Or { d, a, b },
            (IntOp::Xor, _) => Op::Xor { d, a, b },
            (IntOp::Add, _) => Op::Add64 { d, a, b },
            (IntOp::Sub, _) => Op::Sub64 { d, a, b },
            (IntOp::Mul, _) => Op::Mul64 { d, a, b },
            (IntOp::Shl, _) => Op::Shl64 { d, a, b },
            (IntOp::UDiv, _) => Op::UDiv64 { d, a, b },
            (IntOp::URem, _) => Op::URem64 { d, a, b },
            (IntOp::LShr, _) => Op::LShr64 { d, a, b },
            (IntOp::SDiv | IntOp::SRem | IntOp::AShr, _) => {
                let (sa, sb) = (self.signed(a, w), self.signed(b, w));
                let b = if op == IntOp::AShr { b } else { sb };
                match op {
                    IntOp::SDiv => Op::SDiv64 { d, a: sa, b },
                    IntOp::SRem => Op::SRem64 { d, a: sa, b },
                    _ => Op::AShr64 { d, a: sa, b },
                }
            }
        };
        self.op(fast);
        let wraps = !matches!(
            op,
            IntOp::And | IntOp::Or | IntOp::Xor | IntOp::UDiv | IntOp::URem | IntOp::LShr
        );
        if w != 64 && w != 32 && wraps {
            self.op(Op::Mask { d, a: d, bits: w });
        }
        Ok(())
    }

    fn icmp(&mut self, i: Value<'m>) -> Result<(), String> {
        let d = self.reg(i)?;
        match self.compare(i)? {
            Some((cmp, a, b)) => self.op(cmp.op(d, a, b)),
            None => {
                let (a, b) = (self.reg(i.operand(0))?, self.reg(i.operand(1))?);
                let Shape::Int(w) = i.operand(0).ty().shape() else {
                    return fail("icmp on a vector");
                };
                let bytes = w.div_ceil(8) as usize;
                let pred = i.int_predicate() as u32;
                // SAFETY: registers of this function's frame.
                self.slow(move |frame| unsafe {
                    let (x, y) = (get_wide(frame, a, bytes), get_wide(frame, b, bytes));
                    set(frame, d, u64::from(scalar::icmp(pred, w, x, y)));
                });
            }
        }
        Ok(())
    }

    /// The comparison an `icmp` of values up to 64 bits makes, on registers (narrow signed
    /// operands sign-extended into temporaries first); `None` for wider ones.
    fn compare(&mut self, i: Value<'m>) -> Result<Option<(Cmp, R, R)>, String> {
        let (a, b) = (self.reg(i.operand(0))?, self.reg(i.operand(1))?);
        let w = match i.operand(0).ty().shape() {
            Shape::Int(w) if w <= 64 => w,
            Shape::Int(_) => return Ok(None),
            Shape::Pointer => 64,
            shape => return fail(format!("icmp on {shape:?}")),
        };
        use LLVMIntPredicate::*;
        let pred = i.int_predicate();
        Ok(Some(match pred {
            LLVMIntEQ => (Cmp::Eq, a, b),
            LLVMIntNE => (Cmp::Ne, a, b),
            LLVMIntULT => (Cmp::Ult, a, b),
            LLVMIntULE => (Cmp::Ule, a, b),
            LLVMIntUGT => (Cmp::Ult, b, a),
            LLVMIntUGE => (Cmp::Ule, b, a),
            LLVMIntSLT | LLVMIntSLE | LLVMIntSGT | LLVMIntSGE => {
                let (x, y) = if w == 64 || w == 32 {
                    (a, b)
                } else {
                    (self.signed(a, w), self.signed(b, w))
                };
                let (x, y) = if matches!(pred, LLVMIntSGT | LLVMIntSGE) {
                    (y, x)
                } else {
                    (x, y)
                };
                let strict = matches!(pred, LLVMIntSLT | LLVMIntSGT);
                let cmp = match (w == 32, strict) {
                    (true, true) => Cmp::Slt32,
                    (true, false) => Cmp::Sle32,
                    (false, true) => Cmp::Slt64,
                    (false, false) => Cmp::Sle64,
                };
                (cmp, x, y)
            }
        }))
    }

    fn cast(&mut self, i: Value<'m>, opcode: Opcode) -> Result<(), String> {
        let (d, a) = (self.reg(i)?, self.reg(i.operand(0))?);
        let from = i.operand(0).ty().shape();
        let to = i.ty().shape();
        let int_bits = |shape: &Shape| match shape {
            Shape::Int(w) => Some(*w),
            Shape::Pointer => Some(64),
            _ => None,
        };
        match (opcode, int_bits(&from), int_bits(&to)) {
            (
                Opcode::LLVMTrunc | Opcode::LLVMPtrToInt | Opcode::LLVMIntToPtr | Opcode::LLVMZExt,
                Some(fw),
                Some(tw),
            ) if fw <= 64 && tw <= 64 => {
                if tw < fw {
                    self.op(Op::Mask { d, a, bits: tw });
                } else {
                    self.op(Op::Mov { d, s: a });
                }
            }
            (Opcode::LLVMSExt, Some(fw), Some(tw)) if tw <= 64 => {
                self.op(Op::SExt { d, a, bits: fw });
                if tw < 64 {
                    self.op(Op::Mask { d, a: d, bits: tw });
                }
            }
            (Opcode::LLVMZExt | Opcode::LLVMSExt | Opcode::LLVMTrunc, Some(fw), Some(tw)) => {
                let signed = opcode == Opcode::LLVMSExt;
                let (from_bytes, to_bytes) = (fw.div_ceil(8) as usize, tw.div_ceil(8) as usize);
                // SAFETY: registers of this function's frame.
                self.slow(move |frame| unsafe {
                    let value = get_wide(frame, a, from_bytes);
                    let value = if signed {
                        scalar::sext128(value, fw) as u128
                    } else {
                        value
                    };
                    let bytes = scalar::mask128(value, tw).to_le_bytes();
                    let slots = to_bytes.div_ceil(8) * 8;
                    std::ptr::copy_nonoverlapping(bytes.as_ptr(), at(frame, d, 0), slots);
                });
            }
            (Opcode::LLVMBitCast | Opcode::LLVMAddrSpaceCast, _, _) => {
                let bool_lanes = |shape: &Shape| match shape {
                    Shape::Vector(element, n) if **element == Shape::Int(1) => Some(*n as usize),
                    _ => None,
                };
                match (bool_lanes(&from), bool_lanes(&to)) {
                    (None, None) => {
                        let n = self.reg_bytes(i.ty())?.div_ceil(8);
                        self.copy(d, a, n);
                    }
                    // `i1` lanes (a byte each in registers) to or from the bits of the other
                    // type's memory form, lane k as bit k.
                    (Some(n), None) if n <= 64 => {
                        let slots = self.reg_bytes(i.ty())?.div_ceil(8) as usize;
                        // SAFETY: registers of this function's frame: `n` lanes, `slots` slots.
                        self.slow(move |frame| unsafe {
                            let lanes = at(frame, a, 0);
                            let bits = (0..n)
                                .fold(0u64, |bits, k| bits | u64::from(*lanes.add(k) & 1) << k);
                            let out = at(frame, d, 0).cast::<u64>();
                            for slot in 0..slots {
                                out.add(slot)
                                    .write_unaligned(if slot == 0 { bits } else { 0 });
                            }
                        });
                    }
                    (None, Some(n)) if n <= 64 => {
                        // SAFETY: registers of this function's frame: `n` lanes, 8 bytes.
                        self.slow(move |frame| unsafe {
                            let bits = at(frame, a, 0).cast::<u64>().read_unaligned();
                            let lanes = at(frame, d, 0);
                            for k in 0..n {
                                *lanes.add(k) = (bits >> k) as u8 & 1;
                            }
                        });
                    }
                    _ => return fail("bitcast between i1 vectors, or of more than 64 lanes"),
                }
            }
            (Opcode::LLVMFPExt, _, _) if from == Shape::Float && to == Shape::Double => {
                self.op(Op::F32ToF64 { d, a })
            }
            (Opcode::LLVMFPTrunc, _, _) if from == Shape::Double && to == Shape::Float => {
                self.op(Op::F64ToF32 { d, a })
            }
            (Opcode::LLVMSIToFP | Opcode::LLVMUIToFP, Some(fw), None) if fw <= 64 => {
                let signed = opcode == Opcode::LLVMSIToFP;
                let a = if signed { self.signed(a, fw) } else { a };
                self.op(match (signed, &to) {
                    (true, Shape::Double) => Op::SIToF64 { d, a },
                    (false, Shape::Double) => Op::UIToF64 { d, a },
                    (true, Shape::Float) => Op::SIToF32 { d, a },
                    (false, Shape::Float) => Op::UIToF32 { d, a },
                    _ => return fail(format!("conversion to {to:?}")),
                });
            }
            (Opcode::LLVMFPToSI | Opcode::LLVMFPToUI, None, Some(tw)) if tw <= 64 => {
                let signed = opcode == Opcode::LLVMFPToSI;
                self.op(match (signed, &from) {
                    (true, Shape::Double) => Op::F64ToSI { d, a },
                    (false, Shape::Double) => Op::F64ToUI { d, a },
                    (true, Shape::Float) => Op::F32ToSI { d, a },
                    (false, Shape::Float) => Op::F32ToUI { d, a },
                    _ => return fail(format!("conversion from {from:?}")),
                });
                if tw < 64 {
                    self.op(Op::Mask { d, a: d, bits: tw });
                }
            }
            (
                Opcode::LLVMSIToFP | Opcode::LLVMUIToFP | Opcode::LLVMFPToSI | Opcode::LLVMFPToUI,
                _,
                _,
            ) if from == Shape::Int(128) || to == Shape::Int(128) => {
                self.wide_conversion(i, opcode)?
            }
            _ => return fail(format!("{opcode:?} from {from:?} to {to:?}")),
        }
        Ok(())
    }

    /// Vector arithmetic, comparisons, selects, lane access, shuffles and casts, lane by lane
    /// (`vector.rs`): whether `i` was one of them.
    fn vector(&mut self, i: Value<'m>, opcode: Opcode) -> Result<bool, String> {
        use super::vector::{Lane, each, zip};
        let lanes = |shape: &Shape| match shape {
            Shape::Vector(element, n) => Lane::of(element).map(|lane| (lane, *n as usize)),
            _ => None,
        };
        let unsupported = |shape: &Shape| format!("{opcode:?} on {shape:?}");
        let result = i.ty().shape();
        let first = i.operand(0).ty().shape();
        if opcode == Opcode::LLVMGetElementPtr {
            self.vector_gep(i)?;
            return Ok(true);
        }
        // SAFETY (every closure below): registers of this function's frame, each holding the
        // lanes its type says.
        if let Some(op) = int_op(opcode) {
            let (lane, n) = lanes(&result).ok_or_else(|| unsupported(&result))?;
            let Lane::Int(w) = lane else {
                return fail(unsupported(&result));
            };
            let (d, a, b) = (
                self.reg(i)?,
                self.reg(i.operand(0))?,
                self.reg(i.operand(1))?,
            );
            // Wrapping arithmetic and bitwise operations on whole-byte lanes: a typed loop.
            macro_rules! int_lanes {
                ($t:ty) => {{
                    let operation: Option<fn($t, $t) -> $t> = match op {
                        IntOp::Add => Some(|x, y| x.wrapping_add(y)),
                        IntOp::Sub => Some(|x, y| x.wrapping_sub(y)),
                        IntOp::Mul => Some(|x, y| x.wrapping_mul(y)),
                        IntOp::And => Some(|x, y| x & y),
                        IntOp::Or => Some(|x, y| x | y),
                        IntOp::Xor => Some(|x, y| x ^ y),
                        _ => None,
                    };
                    if let Some(operation) = operation {
                        self.slow(move |frame| unsafe {
                            let (x, y) = (at(frame, a, 0), at(frame, b, 0));
                            zip::<$t>(n, at(frame, d, 0), x, y, operation);
                        });
                        return Ok(true);
                    }
                }};
            }
            match w {
                8 => int_lanes!(u8),
                16 => int_lanes!(u16),
                32 => int_lanes!(u32),
                64 => int_lanes!(u64),
                _ => {}
            }
            self.slow(move |frame| unsafe {
                let (x, y) = (at(frame, a, 0), at(frame, b, 0));
                each(n, lane, at(frame, d, 0), |k| {
                    let (p, q) = (u128::from(lane.read(x, k)), u128::from(lane.read(y, k)));
                    scalar::int_binop(op, w, p, q) as u64
                });
            });
            return Ok(true);
        }
        match opcode {
            Opcode::LLVMFAdd
            | Opcode::LLVMFSub
            | Opcode::LLVMFMul
            | Opcode::LLVMFDiv
            | Opcode::LLVMFRem => {
                let (lane, n) = lanes(&result).ok_or_else(|| unsupported(&result))?;
                if matches!(lane, Lane::Int(_)) {
                    return fail(unsupported(&result));
                }
                let (d, a, b) = (
                    self.reg(i)?,
                    self.reg(i.operand(0))?,
                    self.reg(i.operand(1))?,
                );
                macro_rules! float_lanes {
                    ($t:ty) => {{
                        let operation = float_arithmetic::<$t>(opcode);
                        self.slow(move |frame| unsafe {
                            let (x, y) = (at(frame, a, 0), at(frame, b, 0));
                            zip::<$t>(n, at(frame, d, 0), x, y, operation);
                        });
                    }};
                }
                if lane == Lane::F32 {
                    float_lanes!(f32)
                } else {
                    float_lanes!(f64)
                }
            }
            Opcode::LLVMFNeg => {
                let (lane, n) = lanes(&result).ok_or_else(|| unsupported(&result))?;
                let (d, a) = (self.reg(i)?, self.reg(i.operand(0))?);
                let sign = 1u64 << (lane.width() - 1);
                self.slow(move |frame| unsafe {
                    let x = at(frame, a, 0);
                    each(n, lane, at(frame, d, 0), |k| lane.read(x, k) ^ sign);
                });
            }
            Opcode::LLVMICmp | Opcode::LLVMFCmp => {
                let (lane, n) = lanes(&first).ok_or_else(|| unsupported(&first))?;
                let (d, a, b) = (
                    self.reg(i)?,
                    self.reg(i.operand(0))?,
                    self.reg(i.operand(1))?,
                );
                let float = opcode == Opcode::LLVMFCmp;
                let pred = if float {
                    i.real_predicate() as u32
                } else {
                    i.int_predicate() as u32
                };
                self.slow(move |frame| unsafe {
                    let (x, y) = (at(frame, a, 0), at(frame, b, 0));
                    each(n, Lane::Int(1), at(frame, d, 0), |k| {
                        let (p, q) = (lane.read(x, k), lane.read(y, k));
                        u64::from(if float {
                            scalar::fcmp(pred, lane.float(p), lane.float(q))
                        } else {
                            scalar::icmp(pred, lane.width(), u128::from(p), u128::from(q))
                        })
                    });
                });
            }
            Opcode::LLVMSelect if matches!(first, Shape::Vector(..)) => {
                let (lane, n) = lanes(&result).ok_or_else(|| unsupported(&result))?;
                let (d, c) = (self.reg(i)?, self.reg(i.operand(0))?);
                let (a, b) = (self.reg(i.operand(1))?, self.reg(i.operand(2))?);
                self.slow(move |frame| unsafe {
                    let (mask, x, y) = (at(frame, c, 0), at(frame, a, 0), at(frame, b, 0));
                    each(n, lane, at(frame, d, 0), |k| {
                        let source = if Lane::Int(1).read(mask, k) != 0 {
                            x
                        } else {
                            y
                        };
                        lane.read(source, k)
                    });
                });
            }
            Opcode::LLVMExtractElement => {
                let (lane, n) = lanes(&first).ok_or_else(|| unsupported(&first))?;
                let (d, a, index) = (
                    self.reg(i)?,
                    self.reg(i.operand(0))?,
                    self.reg(i.operand(1))?,
                );
                self.slow(move |frame| unsafe {
                    let k = get(frame, index) as usize;
                    // An index past the end gives poison: 0 here.
                    let value = if k < n {
                        lane.read(at(frame, a, 0), k)
                    } else {
                        0
                    };
                    set(frame, d, value);
                });
            }
            Opcode::LLVMInsertElement => {
                let (lane, n) = lanes(&result).ok_or_else(|| unsupported(&result))?;
                let (d, a) = (self.reg(i)?, self.reg(i.operand(0))?);
                let (value, index) = (self.reg(i.operand(1))?, self.reg(i.operand(2))?);
                self.slow(move |frame| unsafe {
                    let (x, k) = (at(frame, a, 0), get(frame, index) as usize);
                    let v = get(frame, value);
                    each(n, lane, at(frame, d, 0), |j| {
                        if j == k { v } else { lane.read(x, j) }
                    });
                });
            }
            Opcode::LLVMShuffleVector => {
                let (lane, n) = lanes(&result).ok_or_else(|| unsupported(&result))?;
                let (_, inputs) = lanes(&first).ok_or_else(|| unsupported(&first))?;
                let (d, a, b) = (
                    self.reg(i)?,
                    self.reg(i.operand(0))?,
                    self.reg(i.operand(1))?,
                );
                let mask = i.shuffle_mask();
                self.slow(move |frame| unsafe {
                    let (x, y) = (at(frame, a, 0), at(frame, b, 0));
                    each(n, lane, at(frame, d, 0), |k| match mask[k] {
                        // An undefined lane: 0.
                        m if m < 0 => 0,
                        m if (m as usize) < inputs => lane.read(x, m as usize),
                        m => lane.read(y, m as usize - inputs),
                    });
                });
            }
            Opcode::LLVMTrunc
            | Opcode::LLVMZExt
            | Opcode::LLVMSExt
            | Opcode::LLVMFPTrunc
            | Opcode::LLVMFPExt
            | Opcode::LLVMSIToFP
            | Opcode::LLVMUIToFP
            | Opcode::LLVMFPToSI
            | Opcode::LLVMFPToUI
            | Opcode::LLVMPtrToInt
            | Opcode::LLVMIntToPtr => {
                let (from, n) = lanes(&first).ok_or_else(|| unsupported(&first))?;
                let (to, _) = lanes(&result).ok_or_else(|| unsupported(&result))?;
                let (d, a) = (self.reg(i)?, self.reg(i.operand(0))?);
                let (fw, tw) = (from.width(), to.width());
                self.slow(move |frame| unsafe {
                    let x = at(frame, a, 0);
                    each(n, to, at(frame, d, 0), |k| {
                        let v = from.read(x, k);
                        let signed = scalar::sext(v, fw) as i64;
                        match opcode {
                            Opcode::LLVMSExt => scalar::mask(signed as u64, tw),
                            Opcode::LLVMFPTrunc | Opcode::LLVMFPExt => to.float_bits(from.float(v)),
                            // Straight to the lane's type: no double rounding through f64.
                            Opcode::LLVMSIToFP if to == Lane::F32 => {
                                u64::from((signed as f32).to_bits())
                            }
                            Opcode::LLVMSIToFP => (signed as f64).to_bits(),
                            Opcode::LLVMUIToFP if to == Lane::F32 => {
                                u64::from((v as f32).to_bits())
                            }
                            Opcode::LLVMUIToFP => (v as f64).to_bits(),
                            Opcode::LLVMFPToSI => scalar::mask(from.float(v) as i64 as u64, tw),
                            Opcode::LLVMFPToUI => scalar::mask(from.float(v) as u64, tw),
                            _ => scalar::mask(v, tw),
                        }
                    });
                });
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Arithmetic, comparisons and conversions of `x86_fp80` on the x87 unit (`x87.rs`):
    /// whether `i` was one. (Conversions from and to 128-bit integers are `cast`'s, as for
    /// the other float types.)
    /// A getelementptr whose result is a vector of pointers: lane `k` is the base's lane `k`
    /// (or the scalar base) plus each index's lane `k` (or the scalar index), sign-extended
    /// and scaled, plus the constant offset.
    fn vector_gep(&mut self, i: Value<'m>) -> Result<(), String> {
        use super::vector::Lane;
        let (offset, indices) = self
            .module
            .vector_gep_offsets(i)
            .ok_or("getelementptr with too many indices")?;
        let Shape::Vector(_, n) = i.ty().shape() else {
            return fail("getelementptr");
        };
        let n = n as usize;
        if n > 64 {
            return fail("getelementptr of more than 64 lanes");
        }
        // Each term: its register, its lane kind if a vector, its width, its scale.
        let term = |t: &Self, value: Value<'m>, scale: i64| -> Result<_, String> {
            let (lane, width) = match value.ty().shape() {
                Shape::Vector(element, _) => match *element {
                    Shape::Int(w) if w <= 64 => (Lane::of(&element), w),
                    Shape::Pointer => (Some(Lane::Int(64)), 64),
                    shape => return fail(format!("getelementptr index of {shape:?}")),
                },
                Shape::Int(w) if w <= 64 => (None, w),
                Shape::Pointer => (None, 64),
                shape => return fail(format!("getelementptr index of {shape:?}")),
            };
            if matches!(value.ty().shape(), Shape::Vector(..)) && lane.is_none() {
                return fail("getelementptr index lanes of an odd width");
            }
            Ok((t.reg(value)?, lane, width, scale))
        };
        let base = term(self, i.operand(0), 1)?;
        let terms: Vec<_> = std::iter::once(Ok(base))
            .chain(
                indices
                    .into_iter()
                    .map(|(value, scale)| term(self, value, scale)),
            )
            .collect::<Result<_, String>>()?;
        let d = self.reg(i)?;
        // SAFETY: registers of this function's frame, each holding what its type says; the
        // lanes are all computed before any is written (the result may share a register).
        self.slow(move |frame| unsafe {
            let mut lanes = [0u64; 64];
            for (k, lane) in lanes.iter_mut().enumerate().take(n) {
                *lane = terms
                    .iter()
                    .fold(offset as u64, |sum, &(reg, kind, width, scale)| {
                        let value = match kind {
                            Some(kind) => kind.read(at(frame, reg, 0), k),
                            None => get(frame, reg),
                        };
                        let value = scalar::sext(value, width);
                        sum.wrapping_add(value.wrapping_mul(scale as u64))
                    });
            }
            for (k, &lane) in lanes.iter().enumerate().take(n) {
                Lane::Int(64).write(at(frame, d, 0), k, lane);
            }
        });
        Ok(())
    }

    /// `half` arithmetic, comparisons and conversions: whether `i` was one of them. x86-64
    /// has no half arithmetic; native code computes in float, exactly for half operands, and
    /// rounds the result once to half (which for +, -, *, / gives the correctly rounded half
    /// result: float has more than twice half's precision), as these do.
    fn half(&mut self, i: Value<'m>, opcode: Opcode) -> Result<bool, String> {
        use scalar::{f64_to_half, half_to_f32};
        let (from, to) = (i.operand(0).ty().shape(), i.ty().shape());
        let d = self.reg(i);
        let a = self.reg(i.operand(0));
        // SAFETY (every closure below): registers of this function's frame.
        match opcode {
            Opcode::LLVMFAdd
            | Opcode::LLVMFSub
            | Opcode::LLVMFMul
            | Opcode::LLVMFDiv
            | Opcode::LLVMFRem => {
                let (d, a, b) = (d?, a?, self.reg(i.operand(1))?);
                let operation = float_arithmetic::<f32>(opcode);
                self.slow(move |frame| unsafe {
                    let x = half_to_f32(get(frame, a) as u16);
                    let y = half_to_f32(get(frame, b) as u16);
                    set(frame, d, u64::from(f64_to_half(f64::from(operation(x, y)))));
                });
            }
            Opcode::LLVMFNeg => {
                let (d, a) = (d?, a?);
                self.slow(move |frame| unsafe { set(frame, d, get(frame, a) ^ 0x8000) });
            }
            Opcode::LLVMFCmp => {
                let (d, a, b) = (d?, a?, self.reg(i.operand(1))?);
                let pred = i.real_predicate() as u32;
                self.slow(move |frame| unsafe {
                    let x = half_to_f32(get(frame, a) as u16);
                    let y = half_to_f32(get(frame, b) as u16);
                    let result = scalar::fcmp(pred, f64::from(x), f64::from(y));
                    set(frame, d, u64::from(result));
                });
            }
            Opcode::LLVMFPExt if matches!(to, Shape::Float | Shape::Double) => {
                let (d, a, single) = (d?, a?, to == Shape::Float);
                self.slow(move |frame| unsafe {
                    let x = half_to_f32(get(frame, a) as u16);
                    let bits = if single {
                        u64::from(x.to_bits())
                    } else {
                        f64::from(x).to_bits()
                    };
                    set(frame, d, bits);
                });
            }
            Opcode::LLVMFPTrunc if matches!(from, Shape::Float | Shape::Double) => {
                let (d, a, single) = (d?, a?, from == Shape::Float);
                self.slow(move |frame| unsafe {
                    let x = if single {
                        f64::from(f32::from_bits(get(frame, a) as u32))
                    } else {
                        f64::from_bits(get(frame, a))
                    };
                    set(frame, d, u64::from(f64_to_half(x)));
                });
            }
            Opcode::LLVMSIToFP | Opcode::LLVMUIToFP if int_width(&from).is_some() => {
                let (d, a, width) = (d?, a?, int_width(&from).unwrap_or(64));
                let signed = opcode == Opcode::LLVMSIToFP;
                // Through f64: exact below 2^53, and anything from 65520 up is infinite.
                self.slow(move |frame| unsafe {
                    let value = get(frame, a);
                    let x = if signed {
                        scalar::sext(value, width) as i64 as f64
                    } else {
                        value as f64
                    };
                    set(frame, d, u64::from(f64_to_half(x)));
                });
            }
            Opcode::LLVMFPToSI | Opcode::LLVMFPToUI if int_width(&to).is_some() => {
                let (d, a, width) = (d?, a?, int_width(&to).unwrap_or(64));
                let signed = opcode == Opcode::LLVMFPToSI;
                self.slow(move |frame| unsafe {
                    let x = half_to_f32(get(frame, a) as u16);
                    let value = if signed { x as i64 as u64 } else { x as u64 };
                    set(frame, d, scalar::mask(value, width));
                });
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The sign-bit intrinsics on `half` (`fabs`, `copysign`); the others are not
    /// interpreted.
    fn half_intrinsic(&mut self, i: Value<'m>, base: &str) -> Result<(), String> {
        let d = self.reg(i)?;
        let a = self.reg(i.operand(0))?;
        // SAFETY (both closures): registers of this function's frame.
        match base {
            "fabs" => self.slow(move |frame| unsafe { set(frame, d, get(frame, a) & 0x7fff) }),
            "copysign" => {
                let b = self.reg(i.operand(1))?;
                self.slow(move |frame| unsafe {
                    set(frame, d, get(frame, a) & 0x7fff | get(frame, b) & 0x8000)
                });
            }
            _ => return fail(format!("llvm.{base} on half")),
        }
        Ok(())
    }

    fn fp80(&mut self, i: Value<'m>, opcode: Opcode) -> Result<bool, String> {
        use super::x87::{self, Arith};
        let arith = match opcode {
            Opcode::LLVMFAdd => Some(Arith::Add),
            Opcode::LLVMFSub => Some(Arith::Sub),
            Opcode::LLVMFMul => Some(Arith::Mul),
            Opcode::LLVMFDiv => Some(Arith::Div),
            Opcode::LLVMFRem => Some(Arith::Rem),
            _ => None,
        };
        let handled = arith.is_some()
            || matches!(
                opcode,
                Opcode::LLVMFNeg
                    | Opcode::LLVMFCmp
                    | Opcode::LLVMFPExt
                    | Opcode::LLVMFPTrunc
                    | Opcode::LLVMSIToFP
                    | Opcode::LLVMUIToFP
                    | Opcode::LLVMFPToSI
                    | Opcode::LLVMFPToUI
            );
        if !handled {
            return Ok(false);
        }
        let (from, to) = (i.operand(0).ty().shape(), i.ty().shape());
        let d = self.reg(i);
        let a = self.reg(i.operand(0))?;
        // SAFETY (every closure below): registers of this function's frame; an x86_fp80
        // register is two slots.
        match opcode {
            _ if arith.is_some() => {
                let (d, b, op) = (d?, self.reg(i.operand(1))?, arith.expect("checked"));
                self.slow(move |frame| unsafe {
                    x87::arith(op, at(frame, a, 0), at(frame, b, 0), at(frame, d, 0))
                });
            }
            Opcode::LLVMFNeg => {
                let d = d?;
                self.slow(move |frame| unsafe { x87::neg(at(frame, a, 0), at(frame, d, 0)) });
            }
            Opcode::LLVMFCmp => {
                let (d, b) = (d?, self.reg(i.operand(1))?);
                let pred = i.real_predicate() as u32;
                self.slow(move |frame| unsafe {
                    let result = x87::compare(pred, at(frame, a, 0), at(frame, b, 0));
                    set(frame, d, u64::from(result));
                });
            }
            Opcode::LLVMFPExt if matches!(from, Shape::Float | Shape::Double) => {
                let (d, single) = (d?, from == Shape::Float);
                self.slow(move |frame| unsafe {
                    x87::from_float(get(frame, a), single, at(frame, d, 0))
                });
            }
            Opcode::LLVMFPTrunc if matches!(to, Shape::Float | Shape::Double) => {
                let (d, single) = (d?, to == Shape::Float);
                self.slow(move |frame| unsafe {
                    set(frame, d, x87::to_float(at(frame, a, 0), single))
                });
            }
            Opcode::LLVMSIToFP | Opcode::LLVMUIToFP if int_width(&from).is_some() => {
                let signed = opcode == Opcode::LLVMSIToFP;
                let width = int_width(&from).expect("checked");
                let (d, a) = (d?, if signed { self.signed(a, width) } else { a });
                self.slow(move |frame| unsafe {
                    x87::from_int(get(frame, a), signed, at(frame, d, 0))
                });
            }
            Opcode::LLVMFPToSI | Opcode::LLVMFPToUI if int_width(&to).is_some() => {
                let signed = opcode == Opcode::LLVMFPToSI;
                let (d, width) = (d?, int_width(&to).expect("checked"));
                self.slow(move |frame| unsafe {
                    let value = x87::to_int(at(frame, a, 0), signed);
                    set(frame, d, scalar::mask(value, width));
                });
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// A conversion between a float type and a 128-bit integer: compiler-rt's routine for it
    /// (`__fixdfti`, `__floatuntixf`, ...), called through libffi.
    fn wide_conversion(&mut self, i: Value<'m>, opcode: Opcode) -> Result<(), String> {
        let (from, to) = (i.operand(0).ty().shape(), i.ty().shape());
        let float = if from == Shape::Int(128) { &to } else { &from };
        let (suffix, float_abi) = match float {
            Shape::Float => ("sf", Abi::Float),
            Shape::Double => ("df", Abi::Double),
            Shape::Fp80 => ("xf", Abi::LongDouble),
            _ => return fail(format!("{opcode:?} from {from:?} to {to:?}")),
        };
        let wide = Abi::Int {
            bytes: 16,
            signed: false,
        };
        let (routine, ret, arg) = match opcode {
            Opcode::LLVMSIToFP => (format!("__floatti{suffix}"), float_abi, wide),
            Opcode::LLVMUIToFP => (format!("__floatunti{suffix}"), float_abi, wide),
            Opcode::LLVMFPToSI => (format!("__fix{suffix}ti"), wide, float_abi),
            _ => (format!("__fixuns{suffix}ti"), wide, float_abi),
        };
        let (d, a) = (self.reg(i)?, self.reg(i.operand(0))?);
        self.native_routine(&routine, &ret, &[arg], d, &[a])
    }

    /// A call of the native routine `name` (libm, compiler-rt) with the registers `args`,
    /// its result to `d`: for what only they compute exactly as native code does.
    fn native_routine(
        &mut self,
        name: &str,
        ret: &Abi,
        arg_abis: &[Abi],
        d: R,
        args: &[R],
    ) -> Result<(), String> {
        let code = (self.globals.address)(name) as usize;
        if code == 0 {
            return fail(format!("no address for '{name}'"));
        }
        let cif = Cif::new(ret, arg_abis, None)?;
        let slots = match ret {
            Abi::LongDouble | Abi::Int { bytes: 16, .. } => 2,
            _ => 1,
        };
        let long_double = matches!(ret, Abi::LongDouble);
        let args = args.to_vec();
        // SAFETY: registers of this function's frame; the interface is the routine's.
        self.slow(move |frame| unsafe {
            let mut result = [0u64; 2];
            let mut pointers = [std::ptr::null_mut::<std::ffi::c_void>(); 3];
            for (pointer, &arg) in pointers.iter_mut().zip(&args) {
                *pointer = at(frame, arg, 0).cast();
            }
            cif.call(code, result.as_mut_ptr().cast(), pointers.as_mut_ptr());
            if long_double {
                // Ten bytes of value, six of padding.
                result[1] &= 0xffff;
            }
            std::ptr::copy_nonoverlapping(result.as_ptr(), at(frame, d, 0).cast(), slots);
        });
        Ok(())
    }

    /// `llvm.fabs` and `llvm.fmuladd` on `x86_fp80`: the sign bit cleared; a multiply, then
    /// an add (the x87 unit has no fused form, so native code does the same).
    fn fp80_intrinsic(&mut self, i: Value<'m>, base: &str) -> Result<(), String> {
        use super::x87::{self, Arith};
        let d = self.reg(i)?;
        let args: Vec<R> = (0..i.call_arg_count())
            .map(|n| self.reg(i.operand(n)))
            .collect::<Result<_, _>>()?;
        // SAFETY (both closures): registers of this function's frame, two slots each.
        match (base, args.as_slice()) {
            ("fabs", &[a]) => self.slow(move |frame| unsafe {
                x87::neg(at(frame, a, 0), at(frame, d, 0));
                *at(frame, d, 9) &= 0x7f;
            }),
            ("fmuladd", &[a, b, c]) => self.slow(move |frame| unsafe {
                let mut product = [0u8; 16];
                x87::arith(
                    Arith::Mul,
                    at(frame, a, 0),
                    at(frame, b, 0),
                    product.as_mut_ptr(),
                );
                x87::arith(
                    Arith::Add,
                    product.as_ptr(),
                    at(frame, c, 0),
                    at(frame, d, 0),
                );
            }),
            (_, args) => {
                // The rest as libm's `long double` functions compute them.
                let routine = match base {
                    "floor" | "ceil" | "trunc" | "rint" | "nearbyint" | "round" | "sqrt"
                    | "copysign" | "pow" | "exp" | "exp2" | "log" | "log2" | "log10" | "sin"
                    | "cos" | "tan" | "fma" => format!("{base}l"),
                    "minnum" => "fminl".to_string(),
                    "maxnum" => "fmaxl".to_string(),
                    "roundeven" => "roundevenl".to_string(),
                    _ => return fail(format!("llvm.{base} on x86_fp80")),
                };
                let abis = vec![Abi::LongDouble; args.len()];
                self.native_routine(&routine, &Abi::LongDouble, &abis, d, args)?;
            }
        }
        Ok(())
    }

    /// A load's or store's address: an element of a fused GEP, or a register and an offset.
    fn address(&self, pointer: Value<'m>) -> Result<Address, String> {
        if let Some(&(base, index)) = self.elements.get(&pointer) {
            let (idx, signed) = self.index(index)?;
            return Ok(Address::Element {
                base: self.reg(base)?,
                idx,
                signed,
            });
        }
        match self.addresses.get(&pointer) {
            Some(&(a, off)) => Ok(Address::At(a, off)),
            None => Ok(Address::At(self.reg(pointer)?, 0)),
        }
    }

    fn load(&mut self, i: Value<'m>) -> Result<(), String> {
        let d = self.reg(i)?;
        let address = self.address(i.operand(0))?;
        let shape = i.ty().shape();
        if matches!(&shape, Shape::Vector(element, _) if **element == Shape::Int(1)) {
            return fail("load of an i1 vector");
        }
        let n = self.module.store_size(i.ty()) as u32;
        // (An element address has a scalar of its element's size: `GepRole::Element`.)
        let op = match (address, single_access(&shape), n) {
            (Address::Element { base, idx, signed }, _, n) => match (n, signed) {
                (1, false) => Op::LoadIdx8 { d, base, idx },
                (2, false) => Op::LoadIdx16 { d, base, idx },
                (4, false) => Op::LoadIdx32 { d, base, idx },
                (_, false) => Op::LoadIdx64 { d, base, idx },
                (1, true) => Op::LoadIdx8S { d, base, idx },
                (2, true) => Op::LoadIdx16S { d, base, idx },
                (4, true) => Op::LoadIdx32S { d, base, idx },
                (_, true) => Op::LoadIdx64S { d, base, idx },
            },
            (Address::At(a, off), true, 1) => Op::Load8 { d, a, off },
            (Address::At(a, off), true, 2) => Op::Load16 { d, a, off },
            (Address::At(a, off), true, 4) => Op::Load32 { d, a, off },
            (Address::At(a, off), true, 8) => Op::Load64 { d, a, off },
            (Address::At(a, off), _, _) => Op::LoadN { d, a, n, off },
        };
        self.op(op);
        if let Shape::Int(w) = shape
            && w < 64
            && w != n * 8
        {
            self.op(Op::Mask { d, a: d, bits: w });
        }
        Ok(())
    }

    fn store(&mut self, i: Value<'m>) -> Result<(), String> {
        let value = i.operand(0);
        let v = self.reg(value)?;
        let shape = value.ty().shape();
        if i.is_atomic() {
            // Atomic stores take unfolded addresses (`only_addressed_here`).
            let a = self.reg(i.operand(1))?;
            let bytes = self.module.store_size(value.ty());
            // SAFETY: the guest's atomic store to an aligned address of its own.
            let store: Box<dyn Fn(*mut u8) + Send + Sync> = match bytes {
                1 => Box::new(move |frame| unsafe {
                    let p = get(frame, a) as *const std::sync::atomic::AtomicU8;
                    (*p).store(get(frame, v) as u8, std::sync::atomic::Ordering::SeqCst)
                }),
                2 => Box::new(move |frame| unsafe {
                    let p = get(frame, a) as *const std::sync::atomic::AtomicU16;
                    (*p).store(get(frame, v) as u16, std::sync::atomic::Ordering::SeqCst)
                }),
                4 => Box::new(move |frame| unsafe {
                    let p = get(frame, a) as *const std::sync::atomic::AtomicU32;
                    (*p).store(get(frame, v) as u32, std::sync::atomic::Ordering::SeqCst)
                }),
                8 => Box::new(move |frame| unsafe {
                    let p = get(frame, a) as *const AtomicU64;
                    (*p).store(get(frame, v), std::sync::atomic::Ordering::SeqCst)
                }),
                _ => return fail(format!("atomic store of {bytes} bytes")),
            };
            self.slow.push(store);
            self.op(Op::Slow {
                index: self.slow.len() as u32 - 1,
            });
            return Ok(());
        }
        if matches!(&shape, Shape::Vector(element, _) if **element == Shape::Int(1)) {
            return fail("store of an i1 vector");
        }
        let n = self.module.store_size(value.ty()) as u32;
        // (An element address has a scalar of its element's size: `GepRole::Element`.)
        let op = match (self.address(i.operand(1))?, single_access(&shape), n) {
            (Address::Element { base, idx, signed }, _, n) => match (n, signed) {
                (1, false) => Op::StoreIdx8 { v, base, idx },
                (2, false) => Op::StoreIdx16 { v, base, idx },
                (4, false) => Op::StoreIdx32 { v, base, idx },
                (_, false) => Op::StoreIdx64 { v, base, idx },
                (1, true) => Op::StoreIdx8S { v, base, idx },
                (2, true) => Op::StoreIdx16S { v, base, idx },
                (4, true) => Op::StoreIdx32S { v, base, idx },
                (_, true) => Op::StoreIdx64S { v, base, idx },
            },
            (Address::At(a, off), true, 1) => Op::Store8 { v, a, off },
            (Address::At(a, off), true, 2) => Op::Store16 { v, a, off },
            (Address::At(a, off), true, 4) => Op::Store32 { v, a, off },
            (Address::At(a, off), true, 8) => Op::Store64 { v, a, off },
            (Address::At(a, off), _, _) => Op::StoreN { v, a, n, off },
        };
        self.op(op);
        Ok(())
    }

    fn gep(&mut self, i: Value<'m>) -> Result<(), String> {
        let d = self.reg(i)?;
        let base = self.reg(i.operand(0))?;
        let (offset, indices) = self.module.gep_offsets(i).ok_or("vector getelementptr")?;
        // Used only as an address in this block: the constant offset goes to the users.
        let fold = self.offset_folds.get(&i).copied();
        let mut current = base;
        for (index, scale) in indices {
            let width = match index.ty().shape() {
                Shape::Int(w) if w <= 64 => w,
                _ => return fail("getelementptr index wider than 64 bits"),
            };
            let scale = i32::try_from(scale).map_err(|_| "getelementptr scale too large")?;
            let (idx, signed) = self.index(index)?;
            if signed || width == 32 {
                self.op(Op::GepIdxS {
                    d,
                    base: current,
                    idx,
                    scale,
                });
            } else {
                let idx = self.signed(idx, width);
                self.op(Op::GepIdx {
                    d,
                    base: current,
                    idx,
                    scale,
                });
            }
            current = d;
        }
        if let Some(offset) = fold {
            self.addresses.insert(i, (d, offset));
        } else if let Some(&b) = self.wide_offsets.get(&i) {
            self.op(Op::Add64 { d, a: current, b });
        } else if offset != 0 {
            let imm = i32::try_from(offset).map_err(|_| "getelementptr offset too large")?;
            self.op(Op::AddImm { d, a: current, imm });
        } else if current != d {
            self.op(Op::Mov { d, s: current });
        }
        Ok(())
    }

    /// What translation makes of a GEP (one reading of its offsets for every decision).
    fn gep_role(&self, i: Value<'m>) -> GepRole<'m> {
        let Some((offset, indices)) = self.module.gep_offsets(i) else {
            return GepRole::Plain;
        };
        let base = i.operand(0);
        if offset == 0 && indices.is_empty() && !base.is_constant() {
            return GepRole::Alias(base);
        }
        if let [(index, scale)] = indices[..]
            && offset == 0
            && index.ty().shape() == Shape::Int(64)
            && matches!(scale, 1 | 2 | 4 | 8)
            && self.only_addressed_here(i)
            && i.users().into_iter().all(|user| {
                let accessed = if user.opcode() == Opcode::LLVMLoad {
                    user.ty()
                } else {
                    user.operand(0).ty()
                };
                single_access(&accessed.shape()) && self.module.store_size(accessed) == scale as u64
            })
        {
            return GepRole::Element { base, index };
        }
        match i32::try_from(offset) {
            Ok(offset) if self.only_addressed_here(i) => GepRole::Folded {
                offset,
                indexed: !indices.is_empty(),
            },
            _ => GepRole::Plain,
        }
    }

    /// Whether every use of `gep` is the address of a plain load or store in its block.
    /// (Its register is then never read elsewhere, on-stack replacement included: a block
    /// that a loop entry re-enters recomputes it.)
    fn only_addressed_here(&self, gep: Value<'m>) -> bool {
        let block = gep.parent_block();
        gep.users().into_iter().all(|user| {
            user.is_instruction()
                && user.parent_block() == block
                && !user.is_atomic()
                && match user.opcode() {
                    Opcode::LLVMLoad => true,
                    Opcode::LLVMStore => user.operand(0) != gep,
                    _ => false,
                }
        })
    }

    fn atomic_rmw(&mut self, i: Value<'m>) -> Result<(), String> {
        use std::sync::atomic::Ordering::SeqCst;
        let (d, a, v) = (
            self.reg(i)?,
            self.reg(i.operand(0))?,
            self.reg(i.operand(1))?,
        );
        let Shape::Int(w) = i.ty().shape() else {
            return fail("atomicrmw on a non-integer");
        };
        let op = i.rmw_op();
        macro_rules! rmw {
            ($atomic:ty, $t:ty) => {
                // SAFETY: the guest's atomic operation on an aligned address of its own.
                self.slow(move |frame| unsafe {
                    let p = &*(get(frame, a) as *const $atomic);
                    let x = get(frame, v) as $t;
                    let old = match op {
                        RmwOp::LLVMAtomicRMWBinOpXchg => p.swap(x, SeqCst),
                        RmwOp::LLVMAtomicRMWBinOpAdd => p.fetch_add(x, SeqCst),
                        RmwOp::LLVMAtomicRMWBinOpSub => p.fetch_sub(x, SeqCst),
                        RmwOp::LLVMAtomicRMWBinOpAnd => p.fetch_and(x, SeqCst),
                        RmwOp::LLVMAtomicRMWBinOpNand => p.fetch_nand(x, SeqCst),
                        RmwOp::LLVMAtomicRMWBinOpOr => p.fetch_or(x, SeqCst),
                        RmwOp::LLVMAtomicRMWBinOpXor => p.fetch_xor(x, SeqCst),
                        RmwOp::LLVMAtomicRMWBinOpUMax => p.fetch_max(x, SeqCst),
                        RmwOp::LLVMAtomicRMWBinOpUMin => p.fetch_min(x, SeqCst),
                        _ => p
                            .fetch_update(SeqCst, SeqCst, |old| {
                                let (so, sx) =
                                    (scalar::sext(old as u64, w), scalar::sext(x as u64, w));
                                let max = matches!(op, RmwOp::LLVMAtomicRMWBinOpMax);
                                let pick = if (so as i64 > sx as i64) == max {
                                    old
                                } else {
                                    x
                                };
                                Some(pick)
                            })
                            .unwrap_or_else(|old| old),
                    };
                    set(frame, d, old as u64);
                })
            };
        }
        if !matches!(
            op,
            RmwOp::LLVMAtomicRMWBinOpXchg
                | RmwOp::LLVMAtomicRMWBinOpAdd
                | RmwOp::LLVMAtomicRMWBinOpSub
                | RmwOp::LLVMAtomicRMWBinOpAnd
                | RmwOp::LLVMAtomicRMWBinOpNand
                | RmwOp::LLVMAtomicRMWBinOpOr
                | RmwOp::LLVMAtomicRMWBinOpXor
                | RmwOp::LLVMAtomicRMWBinOpMax
                | RmwOp::LLVMAtomicRMWBinOpMin
                | RmwOp::LLVMAtomicRMWBinOpUMax
                | RmwOp::LLVMAtomicRMWBinOpUMin
        ) {
            return fail(format!("atomicrmw {op:?}"));
        }
        match w {
            8 => rmw!(std::sync::atomic::AtomicU8, u8),
            16 => rmw!(std::sync::atomic::AtomicU16, u16),
            32 => rmw!(std::sync::atomic::AtomicU32, u32),
            64 => rmw!(AtomicU64, u64),
            _ => return fail(format!("atomicrmw on i{w}")),
        }
        Ok(())
    }

    fn cmpxchg(&mut self, i: Value<'m>) -> Result<(), String> {
        use std::sync::atomic::Ordering::SeqCst;
        let d = self.reg(i)?;
        let (a, expected, new) = (
            self.reg(i.operand(0))?,
            self.reg(i.operand(1))?,
            self.reg(i.operand(2))?,
        );
        let Shape::Int(w) = i.operand(1).ty().shape() else {
            return fail("cmpxchg on a non-integer");
        };
        let flag = self.module.field_offset(i.ty(), 1) as usize;
        macro_rules! exchange {
            ($atomic:ty, $t:ty) => {
                // SAFETY: the guest's atomic operation on an aligned address of its own.
                self.slow(move |frame| unsafe {
                    let p = &*(get(frame, a) as *const $atomic);
                    let result = p.compare_exchange(
                        get(frame, expected) as $t,
                        get(frame, new) as $t,
                        SeqCst,
                        SeqCst,
                    );
                    let (old, ok) = match result {
                        Ok(old) => (old, 1u8),
                        Err(old) => (old, 0u8),
                    };
                    set(frame, d, 0);
                    set(frame, d + 1, 0);
                    at(frame, d, 0).cast::<$t>().write_unaligned(old);
                    at(frame, d, flag).write(ok);
                })
            };
        }
        match w {
            8 => exchange!(std::sync::atomic::AtomicU8, u8),
            16 => exchange!(std::sync::atomic::AtomicU16, u16),
            32 => exchange!(std::sync::atomic::AtomicU32, u32),
            64 => exchange!(AtomicU64, u64),
            _ => return fail(format!("cmpxchg on i{w}")),
        }
        Ok(())
    }

    /// Translate call `i` as a copy of its callee's body: the callee's parameters are the
    /// call's operands' registers, its values the copy's own, and its `ret` a move into the
    /// call's register.
    fn inline_call(
        &mut self,
        i: Value<'m>,
        inlined: Inlined<'m>,
        block: usize,
    ) -> Result<(), String> {
        for (k, param) in inlined.callee.params().into_iter().enumerate() {
            let reg = self.reg(i.operand(k as u32))?;
            self.regs.insert(param, reg);
        }
        self.regs.extend(inlined.regs.iter().copied());
        for instruction in inlined.callee.blocks()[0].instructions() {
            if instruction.opcode() != Opcode::LLVMRet {
                self.instruction(instruction, block)?;
            } else if instruction.operand_count() == 1 && !matches!(i.ty().shape(), Shape::Void) {
                let (d, s) = (self.reg(i)?, self.reg(instruction.operand(0))?);
                if d != s {
                    self.op(Op::Mov { d, s });
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, i: Value<'m>) -> Result<(), String> {
        let callee = i.callee();
        if callee.is_inline_asm() {
            if matches!(i.ty().shape(), Shape::Void) && does_nothing(&callee.inline_asm_text()) {
                return Ok(());
            }
            return fail("inline assembly");
        }
        if callee.is_function() {
            let name = callee.name();
            if name.starts_with("llvm.") {
                return self.intrinsic(i, &name);
            }
            if let Some(kind) = setjmp_kind(&name) {
                let d = self.reg(i)?;
                let buf = self.reg(i.operand(0))?;
                let mask = if kind == 2 {
                    self.reg(i.operand(1))?
                } else {
                    R::MAX
                };
                self.op(Op::SetJmp { d, buf, mask, kind });
                return Ok(());
            }
            if matches!(name.as_str(), "savectx" | "vfork") {
                return fail(format!("calls {name} (returns twice)"));
            }
        }
        let called = i.called_type();
        let (ret_type, param_types, variadic) = called.function_parts();
        let count = i.call_arg_count();
        let mut args = Vec::new();
        let mut abis = Vec::new();
        for index in 0..count {
            let value = i.operand(index);
            let byval = i.call_byval(index);
            let signed = i.is_signext(index + 1, true);
            abis.push(self.abi(value.ty(), byval, signed));
            let reg = self.reg(value)?;
            args.push(match byval {
                Some(object) => Arg {
                    reg,
                    bytes: self.module.alloc_size(object) as u32,
                    byval: Some(self.module.abi_align(object) as u32),
                    extend: None,
                },
                None => Arg {
                    reg,
                    bytes: self.reg_bytes(value.ty())?,
                    byval: None,
                    extend: narrow_width(value.ty()).filter(|_| signed),
                },
            });
        }
        let ret_abi = self.abi(ret_type, None, i.is_signext(0, true));
        let fixed = variadic.then_some(param_types.len());
        let variadic_layout = fixed.map(|fixed| stack_layout(&args[fixed.min(args.len())..]));
        // libffi, or where it cannot describe the call, a thunk compiled for its signature.
        let ffi = abis
            .into_iter()
            .collect::<Result<Vec<_>, _>>()
            .and_then(|abis| {
                let ret_abi = ret_abi?;
                let direct = Direct::of(&ret_abi, &abis, variadic);
                Ok((Interface::Ffi(Cif::new(&ret_abi, &abis, fixed)?), direct))
            });
        let (cif, direct) = match ffi {
            Ok(ffi) => ffi,
            Err(error) if !self.thunkable(i) => return Err(error),
            Err(_) => (Interface::Thunk((self.globals.thunk)(i)?), None),
        };
        let ret = if matches!(ret_type.shape(), Shape::Void) {
            None
        } else {
            Some((
                self.reg(i)?,
                self.reg_bytes(ret_type)?,
                narrow_width(ret_type),
            ))
        };
        let target = if callee.is_function() {
            let name = callee.name();
            match (self.globals.function_id)(&name) {
                Some(id) => Target::Function(id),
                None => {
                    // An `extern_weak` function nothing defines is null: calling it
                    // crashes, as natively.
                    let address = (self.globals.address)(&name);
                    if address == 0 && callee.linkage() != Linkage::ExternalWeak {
                        return fail(format!("no address for '{name}'"));
                    }
                    Target::Native(address as usize)
                }
            }
        } else {
            Target::Indirect(self.reg(callee)?)
        };
        let site = self.sites.len() as u32;
        self.sites.push(CallSite {
            target,
            args,
            ret,
            cif,
            direct,
            callee: AtomicPtr::new(std::ptr::null_mut()),
            variadic: variadic_layout,
        });
        self.op(Op::Call { site });
        Ok(())
    }

    fn intrinsic(&mut self, i: Value<'m>, name: &str) -> Result<(), String> {
        let base = name
            .strip_prefix("llvm.")
            .unwrap_or(name)
            .split('.')
            .next()
            .unwrap_or("");
        let operand = |t: &Self, n: u32| t.reg(i.operand(n));
        match base {
            "lifetime" | "dbg" | "assume" | "experimental" | "invariant" | "sideeffect"
            | "donothing" | "prefetch" | "pseudoprobe" | "var" | "va_end" => {
                if base == "experimental" && !name.starts_with("llvm.experimental.noalias") {
                    return fail(format!("intrinsic {name}"));
                }
            }
            "memcpy" | "memmove" | "memset" => {
                let (d, s, n) = (operand(self, 0)?, operand(self, 1)?, operand(self, 2)?);
                self.op(match base {
                    "memcpy" => Op::Memcpy { d, s, n },
                    "memmove" => Op::Memmove { d, s, n },
                    _ => Op::Memset { d, v: s, n },
                });
            }
            "expect" | "threadlocal" | "ssa" | "launder" | "strip" => {
                let (d, s) = (self.reg(i)?, operand(self, 0)?);
                self.op(Op::Mov { d, s });
            }
            "ptrmask" => {
                let (d, a, b) = (self.reg(i)?, operand(self, 0)?, operand(self, 1)?);
                if !matches!(i.operand(1).ty().shape(), Shape::Int(64)) {
                    return fail(format!("intrinsic {name}"));
                }
                self.op(Op::And { d, a, b });
            }
            "x86" => {
                // The sign bit of each lane, lane k to bit k (SSE `movemask`).
                let (lane_bytes, lanes) = match name {
                    "llvm.x86.sse2.pmovmskb.128" => (1, 16),
                    "llvm.x86.sse.movmsk.ps" => (4, 4),
                    "llvm.x86.sse2.movmsk.pd" => (8, 2),
                    _ => return fail(format!("intrinsic {name}")),
                };
                let (d, a) = (self.reg(i)?, operand(self, 0)?);
                // SAFETY: registers of this function's frame; `a` holds the vector's
                // `lane_bytes * lanes` bytes.
                self.slow(move |frame| unsafe {
                    let bytes = at(frame, a, 0);
                    let mask = (0..lanes).fold(0u64, |mask, k| {
                        let top = *bytes.add((k + 1) * lane_bytes - 1);
                        mask | u64::from(top >> 7) << k
                    });
                    set(frame, d, mask);
                });
            }
            "trap" | "debugtrap" | "ubsantrap" => self.op(Op::Trap),
            "stacksave" => {
                let d = self.reg(i)?;
                // SAFETY: a register of this function's frame.
                self.slow(move |frame| unsafe { set(frame, d, super::exec::stack_save()) });
            }
            "stackrestore" => {
                let a = operand(self, 0)?;
                // SAFETY: as above.
                self.slow(move |frame| unsafe { super::exec::stack_restore(get(frame, a)) });
            }
            "va_start" => {
                let Some(area) = self.va_area else {
                    return fail("va_start outside a variadic function");
                };
                let list = operand(self, 0)?;
                // SAFETY: an x86-64 va_list (24 bytes) of the guest. Every register is taken
                // (gp_offset 48, fp_offset 176): `va_arg` reads the overflow area, where the
                // caller laid the arguments out.
                self.slow(move |frame| unsafe {
                    let list = get(frame, list) as *mut u8;
                    std::ptr::write_unaligned(list.cast::<u32>(), 48);
                    std::ptr::write_unaligned(list.add(4).cast::<u32>(), 176);
                    std::ptr::write_unaligned(list.add(8).cast::<u64>(), get(frame, area));
                    std::ptr::write_unaligned(list.add(16).cast::<u64>(), 0);
                });
            }
            "va_copy" => {
                let (d, s) = (operand(self, 0)?, operand(self, 1)?);
                // SAFETY: two x86-64 va_lists (24 bytes) of the guest.
                self.slow(move |frame| unsafe {
                    std::ptr::copy(get(frame, s) as *const u8, get(frame, d) as *mut u8, 24);
                });
            }
            "is" if name.starts_with("llvm.is.fpclass") => {
                let (d, a) = (self.reg(i)?, operand(self, 0)?);
                let mask = i
                    .operand(1)
                    .const_u64()
                    .ok_or("llvm.is.fpclass with a mask that is not a constant")?;
                let shape = i.operand(0).ty().shape();
                if !matches!(shape, Shape::Float | Shape::Double | Shape::Fp80) {
                    return fail(format!("intrinsic {name}"));
                }
                // SAFETY: registers of this function's frame (x86_fp80: two slots).
                self.slow(move |frame| unsafe {
                    let class = match shape {
                        Shape::Float => scalar::float_class(get(frame, a), 23, 8),
                        Shape::Double => scalar::float_class(get(frame, a), 52, 11),
                        _ => scalar::fp80_class(get_wide(frame, a, 10)),
                    };
                    set(frame, d, u64::from(mask & (1 << class) != 0));
                });
            }
            "is" if name.starts_with("llvm.is.constant") => {
                let d = self.reg(i)?;
                let zero = self.zero;
                self.op(Op::Mov { d, s: zero });
            }
            "objectsize" => {
                let d = self.reg(i)?;
                let min = i.operand(1).const_u64() == Some(1);
                let value = if min { 0 } else { u64::MAX };
                let Shape::Int(w) = i.ty().shape() else {
                    return fail("objectsize type");
                };
                let value = scalar::mask(value, w);
                // SAFETY: a register of this function's frame.
                self.slow(move |frame| unsafe { set(frame, d, value) });
            }
            "smax" | "smin" | "umax" | "umin" | "abs" | "ctpop" | "ctlz" | "cttz" | "bswap"
            | "bitreverse" | "fshl" | "fshr" | "sadd" | "uadd" | "ssub" | "usub" | "smul"
            | "umul" | "sshl" | "ushl" => self.int_intrinsic(i, name, base)?,
            "vector" if name.starts_with("llvm.vector.reduce.") => self.reduce(i, name)?,
            "scmp" | "ucmp" => {
                let (d, a, b) = (self.reg(i)?, operand(self, 0)?, operand(self, 1)?);
                let (Shape::Int(w), Shape::Int(rw)) = (i.operand(0).ty().shape(), i.ty().shape())
                else {
                    return fail(format!("intrinsic {name}"));
                };
                if w > 64 || rw > 64 {
                    return fail(format!("intrinsic {name}"));
                }
                let signed = base == "scmp";
                // SAFETY: registers of this function's frame.
                self.slow(move |frame| unsafe {
                    let (x, y) = (get(frame, a), get(frame, b));
                    let order = if signed {
                        (scalar::sext(x, w) as i64).cmp(&(scalar::sext(y, w) as i64))
                    } else {
                        x.cmp(&y)
                    };
                    let value = match order {
                        std::cmp::Ordering::Less => scalar::mask(u64::MAX, rw),
                        std::cmp::Ordering::Equal => 0,
                        std::cmp::Ordering::Greater => 1,
                    };
                    set(frame, d, value);
                });
            }
            "modf" => {
                use super::vector::Lane;
                let d = self.reg(i)?;
                let a = operand(self, 0)?;
                let lane = match i.operand(0).ty().shape() {
                    Shape::Double => Lane::F64,
                    Shape::Float => Lane::F32,
                    shape => return fail(format!("llvm.modf on {shape:?}")),
                };
                let slots = self.reg_bytes(i.ty())?.div_ceil(8) as usize;
                // SAFETY: registers of this function's frame; the result is a struct of two
                // floats of the operand's type (one slot for `float`s, two for `double`s),
                // laid out as two lanes.
                self.slow(move |frame| unsafe {
                    let x = lane.float(get(frame, a));
                    // C's modf: the fraction keeps x's sign, and is 0 for infinities.
                    let whole = x.trunc();
                    let fraction = if x.is_infinite() { 0.0 } else { x - whole }.copysign(x);
                    std::ptr::write_bytes(at(frame, d, 0), 0, slots * 8);
                    lane.write(at(frame, d, 0), 0, lane.float_bits(fraction));
                    lane.write(at(frame, d, 0), 1, lane.float_bits(whole));
                });
            }
            "load" if name.starts_with("llvm.load.relative") => {
                let (d, a, b) = (self.reg(i)?, operand(self, 0)?, operand(self, 1)?);
                // SAFETY: registers of this function's frame; the guest's table is readable
                // where it says.
                self.slow(move |frame| unsafe {
                    let base = get(frame, a);
                    let entry = base.wrapping_add(get(frame, b)) as *const i32;
                    set(
                        frame,
                        d,
                        base.wrapping_add(entry.read_unaligned() as i64 as u64),
                    );
                });
            }
            "fabs" | "sqrt" | "copysign" | "fma" | "fmuladd" | "floor" | "ceil" | "trunc"
            | "round" | "roundeven" | "rint" | "nearbyint" | "minnum" | "maxnum" | "minimum"
            | "maximum" | "pow" | "exp" | "exp2" | "log" | "log2" | "log10" | "sin" | "cos"
            | "powi" => self.float_intrinsic(i, base)?,
            _ => return fail(format!("intrinsic {name}")),
        }
        Ok(())
    }

    /// `*.with.overflow` on integers of 65 to 128 bits (registers of two slots).
    fn wide_overflow(
        &mut self,
        i: Value<'m>,
        name: &str,
        base: &str,
        w: u32,
    ) -> Result<(), String> {
        let IntOperation::Overflow(op) = int_operation(name, base)? else {
            return fail(format!("intrinsic {name} on i{w}"));
        };
        if w > 128 {
            return fail(format!("intrinsic {name} on i{w}"));
        }
        let (d, a, b) = (
            self.reg(i)?,
            self.reg(i.operand(0))?,
            self.reg(i.operand(1))?,
        );
        let flag = self.module.field_offset(i.ty(), 1) as usize;
        // SAFETY: registers of this function's frame: two slots per operand, the result a
        // struct of the value and an i1 at `flag`.
        self.slow(move |frame| unsafe {
            let (x, y) = (get_wide(frame, a, 16), get_wide(frame, b, 16));
            let (sx, sy) = (scalar::sext128(x, w), scalar::sext128(y, w));
            let fits_signed = |v: i128| scalar::sext128(scalar::mask128(v as u128, w), w) == v;
            let fits_unsigned = |v: u128| scalar::mask128(v, w) == v;
            let (value, overflow): (u128, bool) = match op {
                OverflowOp::SAdd => match sx.checked_add(sy) {
                    Some(v) => (v as u128, !fits_signed(v)),
                    None => (sx.wrapping_add(sy) as u128, true),
                },
                OverflowOp::SSub => match sx.checked_sub(sy) {
                    Some(v) => (v as u128, !fits_signed(v)),
                    None => (sx.wrapping_sub(sy) as u128, true),
                },
                OverflowOp::SMul => match sx.checked_mul(sy) {
                    Some(v) => (v as u128, !fits_signed(v)),
                    None => (sx.wrapping_mul(sy) as u128, true),
                },
                OverflowOp::UAdd => match x.checked_add(y) {
                    Some(v) => (v, !fits_unsigned(v)),
                    None => (x.wrapping_add(y), true),
                },
                OverflowOp::USub => (x.wrapping_sub(y), x < y),
                OverflowOp::UMul => match x.checked_mul(y) {
                    Some(v) => (v, !fits_unsigned(v)),
                    None => (x.wrapping_mul(y), true),
                },
            };
            let bytes = scalar::mask128(value, w).to_le_bytes();
            std::ptr::write_bytes(at(frame, d, 0), 0, flag + 8);
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), at(frame, d, 0), 16);
            at(frame, d, flag).write(u8::from(overflow));
        });
        Ok(())
    }

    fn int_intrinsic(&mut self, i: Value<'m>, name: &str, base: &str) -> Result<(), String> {
        let arg_shape = i.operand(0).ty().shape();
        if matches!(arg_shape, Shape::Vector(..)) {
            return self.vector_intrinsic(i, name, base);
        }
        let Shape::Int(w) = arg_shape else {
            return fail(format!("intrinsic {name} on {arg_shape:?}"));
        };
        if w > 64 {
            return self.wide_overflow(i, name, base, w);
        }
        let d = self.reg(i)?;
        let a = self.reg(i.operand(0))?;
        let b = if i.call_arg_count() > 1 {
            self.reg(i.operand(1))?
        } else {
            a
        };
        let c = if i.call_arg_count() > 2 {
            self.reg(i.operand(2))?
        } else {
            a
        };
        let operation = int_operation(name, base)?;
        let (flag, slots) = if matches!(operation, IntOperation::Overflow(_)) {
            let slots = self.reg_bytes(i.ty())?.div_ceil(8) as usize;
            (self.module.field_offset(i.ty(), 1) as usize, slots)
        } else {
            (0, 1)
        };
        let mask = move |v: u128| scalar::mask128(v, w) as u64;
        // SAFETY: registers of this function's frame.
        self.slow(move |frame| unsafe {
            let (x, y, z) = (get(frame, a), get(frame, b), get(frame, c));
            let value = match operation {
                IntOperation::Overflow(op) => {
                    let r = Readings::of(w, x, y);
                    let signed = |v: i128| (v, !(r.min..=r.max).contains(&v));
                    let (value, overflow): (i128, bool) = match op {
                        OverflowOp::SAdd => signed(r.sx + r.sy),
                        OverflowOp::SSub => signed(r.sx - r.sy),
                        OverflowOp::SMul => signed(r.sx * r.sy),
                        OverflowOp::UAdd => ((r.ux + r.uy) as i128, r.ux + r.uy > r.umax),
                        OverflowOp::USub => ((r.ux as i128) - (r.uy as i128), r.ux < r.uy),
                        OverflowOp::UMul => ((r.ux * r.uy) as i128, r.ux * r.uy > r.umax),
                    };
                    // The result struct's slots only: `{i32, i1}` takes one.
                    std::ptr::write_bytes(at(frame, d, 0), 0, slots * 8);
                    set(frame, d, mask(value as u128));
                    at(frame, d, flag).write(u8::from(overflow));
                    return;
                }
                _ => int_lane(operation, w, x, y, z),
            };
            set(frame, d, value);
        });
        Ok(())
    }

    /// Intrinsics on vectors, lane by lane: `fmuladd` (unfused, as for scalars), `fma`,
    /// `fabs`, `sqrt`, and every integer intrinsic but the overflow ones (`int_lane`).
    fn vector_intrinsic(&mut self, i: Value<'m>, name: &str, base: &str) -> Result<(), String> {
        use super::vector::{Lane, each};
        let shape = i.ty().shape();
        let Shape::Vector(element, n) = &shape else {
            return fail(format!("intrinsic {name}"));
        };
        let (lane, n) = (
            Lane::of(element).ok_or_else(|| format!("intrinsic {name}"))?,
            *n as usize,
        );
        let d = self.reg(i)?;
        let args: Vec<R> = (0..i.call_arg_count())
            .map(|k| self.reg(i.operand(k)))
            .collect::<Result<_, _>>()?;
        let w = lane.width();
        // The lane sources: the vector operands (not the flag of `abs`, `ctlz` or `cttz`).
        let sources = (0..i.call_arg_count())
            .take_while(|&k| matches!(i.operand(k).ty().shape(), Shape::Vector(..)))
            .count();
        if matches!(lane, Lane::Int(_)) {
            let operation = int_operation(name, base)?;
            if matches!(operation, IntOperation::Overflow(_)) || w > 64 {
                return fail(format!("intrinsic {name}"));
            }
            // SAFETY: registers of this function's frame holding `n` lanes each.
            self.slow(move |frame| unsafe {
                each(n, lane, at(frame, d, 0), |k| {
                    let mut values = [0u64; 3];
                    for (value, &arg) in values.iter_mut().zip(&args[..sources]) {
                        *value = lane.read(at(frame, arg, 0), k);
                    }
                    int_lane(operation, w, values[0], values[1], values[2])
                });
            });
            return Ok(());
        }
        let operation: fn(Lane, &[u64]) -> u64 = match (base, args.len()) {
            ("fmuladd", 3) => |l, v| {
                let product = l.float(l.float_bits(l.float(v[0]) * l.float(v[1])));
                l.float_bits(product + l.float(v[2]))
            },
            ("fma", 3) => |l, v| l.float_bits(l.float(v[0]).mul_add(l.float(v[1]), l.float(v[2]))),
            ("fabs", 1) => |l, v| v[0] & !(1 << (l.width() - 1)),
            ("sqrt", 1) => |l, v| l.float_bits(l.float(v[0]).sqrt()),
            _ => return fail(format!("intrinsic {name}")),
        };
        // SAFETY: registers of this function's frame holding `n` lanes each.
        self.slow(move |frame| unsafe {
            each(n, lane, at(frame, d, 0), |k| {
                let mut values = [0u64; 3];
                for (value, &arg) in values.iter_mut().zip(&args[..sources]) {
                    *value = lane.read(at(frame, arg, 0), k);
                }
                operation(lane, &values[..sources])
            });
        });
        Ok(())
    }

    /// `llvm.vector.reduce.*`: the lanes folded in order (`fadd`/`fmul` from their start
    /// value, as without reassociation).
    fn reduce(&mut self, i: Value<'m>, name: &str) -> Result<(), String> {
        use super::vector::Lane;
        let kind = name
            .strip_prefix("llvm.vector.reduce.")
            .and_then(|rest| rest.split('.').next())
            .unwrap_or("");
        let ordered = matches!(kind, "fadd" | "fmul");
        let source = i.operand(u32::from(ordered));
        let Shape::Vector(element, n) = source.ty().shape() else {
            return fail(format!("intrinsic {name}"));
        };
        let lane = Lane::of(&element).ok_or_else(|| format!("intrinsic {name}"))?;
        let (n, w) = (n as usize, lane.width());
        let fold: fn(Lane, u32, u64, u64) -> u64 = match kind {
            "add" => |_, w, x, y| scalar::mask(x.wrapping_add(y), w),
            "mul" => |_, w, x, y| scalar::mask(x.wrapping_mul(y), w),
            "and" => |_, _, x, y| x & y,
            "or" => |_, _, x, y| x | y,
            "xor" => |_, _, x, y| x ^ y,
            "smax" => |_, w, x, y| {
                if scalar::sext(x, w) as i64 >= scalar::sext(y, w) as i64 {
                    x
                } else {
                    y
                }
            },
            "smin" => |_, w, x, y| {
                if scalar::sext(x, w) as i64 <= scalar::sext(y, w) as i64 {
                    x
                } else {
                    y
                }
            },
            "umax" => |_, _, x, y| x.max(y),
            "umin" => |_, _, x, y| x.min(y),
            "fadd" => |l, _, x, y| l.float_bits(l.float(x) + l.float(y)),
            "fmul" => |l, _, x, y| l.float_bits(l.float(x) * l.float(y)),
            "fmax" => |l, _, x, y| l.float_bits(l.float(x).max(l.float(y))),
            "fmin" => |l, _, x, y| l.float_bits(l.float(x).min(l.float(y))),
            _ => return fail(format!("intrinsic {name}")),
        };
        let d = self.reg(i)?;
        let start = if ordered {
            Some(self.reg(i.operand(0))?)
        } else {
            None
        };
        let v = self.reg(source)?;
        // SAFETY: registers of this function's frame; `v` holds `n` lanes.
        self.slow(move |frame| unsafe {
            let x = at(frame, v, 0);
            let mut acc = match start {
                Some(start) => get(frame, start),
                None => lane.read(x, 0),
            };
            for k in usize::from(start.is_none())..n {
                acc = fold(lane, w, acc, lane.read(x, k));
            }
            set(frame, d, acc);
        });
        Ok(())
    }

    fn float_intrinsic(&mut self, i: Value<'m>, base: &str) -> Result<(), String> {
        if i.ty().shape() == Shape::Fp80 {
            return self.fp80_intrinsic(i, base);
        }
        if matches!(i.ty().shape(), Shape::Vector(..)) {
            return self.vector_intrinsic(i, &format!("llvm.{base}"), base);
        }
        if i.ty().shape() == Shape::Half {
            return self.half_intrinsic(i, base);
        }
        let double = match i.ty().shape() {
            Shape::Double => true,
            Shape::Float => false,
            shape => return fail(format!("llvm.{base} on {shape:?}")),
        };
        let d = self.reg(i)?;
        let args: Vec<R> = (0..i.call_arg_count())
            .map(|n| self.reg(i.operand(n)))
            .collect::<Result<_, _>>()?;
        // The common ones are instructions of their own.
        let op = match (base, double, args.as_slice()) {
            ("fmuladd", true, &[a, b, c]) => Some(Op::FMulAdd64 { d, a, b, c }),
            ("fmuladd", false, &[a, b, c]) => Some(Op::FMulAdd32 { d, a, b, c }),
            ("sqrt", true, &[a]) => Some(Op::FSqrt64 { d, a }),
            ("sqrt", false, &[a]) => Some(Op::FSqrt32 { d, a }),
            ("fabs", true, &[a]) => Some(Op::FAbs64 { d, a }),
            ("fabs", false, &[a]) => Some(Op::FAbs32 { d, a }),
            _ => None,
        };
        if let Some(op) = op {
            self.op(op);
            return Ok(());
        }
        let operation = float_operation(base, double);
        // SAFETY: registers of this function's frame.
        self.slow(move |frame| unsafe {
            let read = |n: usize| {
                let bits = get(frame, args[n]);
                if double {
                    f64::from_bits(bits)
                } else {
                    f64::from(f32::from_bits(bits as u32))
                }
            };
            let value = match operation {
                FloatOperation::Unary(f) => f(read(0)),
                FloatOperation::Binary(f) => f(read(0), read(1)),
                FloatOperation::Ternary(f) => f(read(0), read(1), read(2)),
                FloatOperation::Powi => read(0).powi(get(frame, args[1]) as i32),
            };
            let bits = if double {
                value.to_bits()
            } else {
                u64::from((value as f32).to_bits())
            };
            set(frame, d, bits);
        });
        Ok(())
    }
}

/// The arithmetic of a `*.with.overflow` intrinsic.
#[derive(Clone, Copy)]
enum OverflowOp {
    SAdd,
    SSub,
    SMul,
    UAdd,
    USub,
    UMul,
}

/// Two `w`-bit operands (`w` <= 64) read as signed and unsigned, and the bounds of `w` bits,
/// wide enough that no operation of two of them overflows.
struct Readings {
    sx: i128,
    sy: i128,
    ux: u128,
    uy: u128,
    min: i128,
    max: i128,
    umax: u128,
}

impl Readings {
    fn of(w: u32, x: u64, y: u64) -> Readings {
        Readings {
            sx: scalar::sext(x, w) as i64 as i128,
            sy: scalar::sext(y, w) as i64 as i128,
            ux: u128::from(x),
            uy: u128::from(y),
            min: -(1i128 << (w - 1)),
            max: (1i128 << (w - 1)) - 1,
            umax: (1u128 << w) - 1,
        }
    }
}

/// Integer intrinsic `operation` (not an overflow one) on `w`-bit values (`w` <= 64), the
/// bits above `w` clear: a scalar or one lane of a vector.
fn int_lane(operation: IntOperation, w: u32, x: u64, y: u64, z: u64) -> u64 {
    let mask = move |v: u128| scalar::mask128(v, w) as u64;
    let Readings {
        sx,
        sy,
        ux,
        uy,
        min,
        max,
        umax,
    } = Readings::of(w, x, y);
    match operation {
        IntOperation::Overflow(_) => unreachable!("overflow intrinsics return a pair"),
        IntOperation::SMax => {
            if sx >= sy {
                x
            } else {
                y
            }
        }
        IntOperation::SMin => {
            if sx <= sy {
                x
            } else {
                y
            }
        }
        IntOperation::UMax => x.max(y),
        IntOperation::UMin => x.min(y),
        IntOperation::Abs => mask(sx.unsigned_abs()),
        IntOperation::Ctpop => u64::from(x.count_ones()),
        IntOperation::Ctlz => u64::from(x.leading_zeros() - (64 - w)),
        IntOperation::Cttz => u64::from(x.trailing_zeros().min(w)),
        IntOperation::Bswap => x.swap_bytes() >> (64 - w),
        IntOperation::Bitreverse => x.reverse_bits() >> (64 - w),
        IntOperation::Fshl | IntOperation::Fshr => {
            let shift = z % u64::from(w);
            let wide = (u128::from(x) << w) | u128::from(y);
            let rotated = if matches!(operation, IntOperation::Fshl) {
                (wide << shift) >> w
            } else {
                wide >> shift
            };
            mask(rotated)
        }
        IntOperation::SAddSat | IntOperation::SSubSat | IntOperation::SShlSat => {
            let value = match operation {
                IntOperation::SAddSat => sx + sy,
                IntOperation::SSubSat => sx - sy,
                _ => {
                    if y >= u64::from(w) {
                        0
                    } else {
                        sx << y
                    }
                }
            };
            let overflowed = matches!(operation, IntOperation::SShlSat)
                && y < u64::from(w)
                && (value >> y) != sx;
            let clamped = if overflowed {
                if sx < 0 { min } else { max }
            } else {
                value.clamp(min, max)
            };
            mask(clamped as u128)
        }
        IntOperation::UAddSat => mask((ux + uy).min(umax)),
        IntOperation::USubSat => mask(ux.saturating_sub(uy)),
        IntOperation::UShlSat => {
            let shifted = if y >= u64::from(w) { 0 } else { ux << y };
            if y < u64::from(w) && (shifted >> y) == ux && shifted <= umax {
                mask(shifted)
            } else if ux == 0 {
                0
            } else {
                umax as u64
            }
        }
    }
}

/// An integer intrinsic, chosen once at translation.
#[derive(Clone, Copy)]
enum IntOperation {
    Overflow(OverflowOp),
    SMax,
    SMin,
    UMax,
    UMin,
    Abs,
    Ctpop,
    Ctlz,
    Cttz,
    Bswap,
    Bitreverse,
    Fshl,
    Fshr,
    SAddSat,
    SSubSat,
    SShlSat,
    UAddSat,
    USubSat,
    UShlSat,
}

/// The operation of integer intrinsic `name` (`llvm.<base>.…`).
fn int_operation(name: &str, base: &str) -> Result<IntOperation, String> {
    use IntOperation::*;
    let suffix = &name["llvm.".len() + base.len()..];
    let overflow = suffix.starts_with(".with.overflow.");
    let saturating = suffix.starts_with(".sat.");
    Ok(match (base, overflow, saturating) {
        ("sadd", true, _) => Overflow(OverflowOp::SAdd),
        ("ssub", true, _) => Overflow(OverflowOp::SSub),
        ("smul", true, _) => Overflow(OverflowOp::SMul),
        ("uadd", true, _) => Overflow(OverflowOp::UAdd),
        ("usub", true, _) => Overflow(OverflowOp::USub),
        ("umul", true, _) => Overflow(OverflowOp::UMul),
        ("sadd", _, true) => SAddSat,
        ("ssub", _, true) => SSubSat,
        ("sshl", _, true) => SShlSat,
        ("uadd", _, true) => UAddSat,
        ("usub", _, true) => USubSat,
        ("ushl", _, true) => UShlSat,
        ("smax", false, false) => SMax,
        ("smin", false, false) => SMin,
        ("umax", false, false) => UMax,
        ("umin", false, false) => UMin,
        ("abs", false, false) => Abs,
        ("ctpop", false, false) => Ctpop,
        ("ctlz", false, false) => Ctlz,
        ("cttz", false, false) => Cttz,
        ("bswap", false, false) => Bswap,
        ("bitreverse", false, false) => Bitreverse,
        ("fshl", false, false) => Fshl,
        ("fshr", false, false) => Fshr,
        _ => return fail(format!("intrinsic {name}")),
    })
}

/// A floating-point intrinsic, chosen once at translation.
#[derive(Clone, Copy)]
enum FloatOperation {
    Unary(fn(f64) -> f64),
    Binary(fn(f64, f64) -> f64),
    Ternary(fn(f64, f64, f64) -> f64),
    Powi,
}

/// The operation of intrinsic `llvm.<base>` on doubles (`double`) or floats computed in
/// double where that rounds the same.
fn float_operation(base: &str, double: bool) -> FloatOperation {
    use FloatOperation::*;
    fn minimum(x: f64, y: f64) -> f64 {
        if x.is_nan() || y.is_nan() {
            f64::NAN
        } else if x == y {
            if x.is_sign_negative() { x } else { y }
        } else {
            x.min(y)
        }
    }
    fn maximum(x: f64, y: f64) -> f64 {
        if x.is_nan() || y.is_nan() {
            f64::NAN
        } else if x == y {
            if x.is_sign_negative() { y } else { x }
        } else {
            x.max(y)
        }
    }
    match base {
        "fabs" => Unary(f64::abs),
        "sqrt" => Unary(f64::sqrt),
        "floor" => Unary(f64::floor),
        "ceil" => Unary(f64::ceil),
        "trunc" => Unary(f64::trunc),
        "round" => Unary(f64::round),
        "roundeven" | "rint" | "nearbyint" => Unary(f64::round_ties_even),
        "exp" => Unary(f64::exp),
        "exp2" => Unary(f64::exp2),
        "log" => Unary(f64::ln),
        "log2" => Unary(f64::log2),
        "log10" => Unary(f64::log10),
        "sin" => Unary(f64::sin),
        "cos" => Unary(f64::cos),
        "copysign" => Binary(f64::copysign),
        "minnum" => Binary(f64::min),
        "maxnum" => Binary(f64::max),
        "minimum" => Binary(minimum),
        "maximum" => Binary(maximum),
        "pow" => Binary(f64::powf),
        "powi" => Powi,
        "fma" if double => Ternary(f64::mul_add),
        "fma" => Ternary(|x, y, z| f64::from((x as f32).mul_add(y as f32, z as f32))),
        // Unfused, as code generated for the baseline x86-64 CPU computes it.
        "fmuladd" if double => Ternary(|x, y, z| x * y + z),
        _ => Ternary(|x, y, z| f64::from(x as f32 * y as f32 + z as f32)),
    }
}

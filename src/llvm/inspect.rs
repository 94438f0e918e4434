//! Reading function bodies: instructions, operands, types and their layout, as the
//! interpreter's translator needs them. Safe methods over LLVM's C API (plus three shim
//! functions: alloca promotion, constant bytes, GEP decomposition).

use std::ffi::{c_char, c_void};
use std::ptr;

use llvm_sys::LLVMTypeKind;
use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::target::*;

pub use llvm_sys::{
    LLVMAtomicRMWBinOp as RmwOp, LLVMIntPredicate, LLVMOpcode as Opcode, LLVMRealPredicate,
};

use super::{Module, Type, Value, borrowed_str, take_message};

unsafe extern "C" {
    fn tierup_promote_allocas(function: LLVMValueRef) -> usize;
    fn tierup_constant_bytes(
        module: LLVMModuleRef,
        constant: LLVMValueRef,
        out: *mut u8,
        size: usize,
        address: extern "C" fn(*mut c_void, *const c_char, usize) -> u64,
        context: *mut c_void,
        token_function: LLVMValueRef,
        token_base: u64,
    ) -> *mut c_char;
    fn tierup_gep_offsets(
        module: LLVMModuleRef,
        gep: LLVMValueRef,
        constant: *mut i64,
        indices: *mut LLVMValueRef,
        scales: *mut i64,
        capacity: usize,
        vectors: i32,
    ) -> std::ffi::c_long;
}

/// The shape of a type, as the interpreter lays values out.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Void,
    Int(u32),
    Half,
    Float,
    Double,
    Fp80,
    Pointer,
    Vector(Box<Shape>, u32),
    /// A struct or array: only its bytes matter.
    Aggregate,
    /// Anything the interpreter does not handle (bfloat, fp128, scalable vectors, labels).
    Other(String),
}

impl<'m> Type<'m> {
    fn kind(self) -> LLVMTypeKind {
        // SAFETY: the type is live.
        unsafe { LLVMGetTypeKind(self.raw) }
    }

    pub fn shape(self) -> Shape {
        match self.kind() {
            LLVMTypeKind::LLVMVoidTypeKind => Shape::Void,
            LLVMTypeKind::LLVMIntegerTypeKind => Shape::Int(self.int_width().unwrap_or(0)),
            LLVMTypeKind::LLVMHalfTypeKind => Shape::Half,
            LLVMTypeKind::LLVMFloatTypeKind => Shape::Float,
            LLVMTypeKind::LLVMDoubleTypeKind => Shape::Double,
            LLVMTypeKind::LLVMX86_FP80TypeKind => Shape::Fp80,
            LLVMTypeKind::LLVMPointerTypeKind => Shape::Pointer,
            LLVMTypeKind::LLVMStructTypeKind | LLVMTypeKind::LLVMArrayTypeKind => Shape::Aggregate,
            LLVMTypeKind::LLVMVectorTypeKind => {
                // SAFETY: a fixed vector type.
                let (element, lanes) = unsafe {
                    (
                        Type::wrap(LLVMGetElementType(self.raw)),
                        LLVMGetVectorSize(self.raw),
                    )
                };
                Shape::Vector(Box::new(element.shape()), lanes)
            }
            _ => Shape::Other(self.to_ir()),
        }
    }

    /// The element type of an array or vector.
    pub fn element(self) -> Type<'m> {
        // SAFETY: only called on arrays and vectors.
        Type::wrap(unsafe { LLVMGetElementType(self.raw) })
    }

    pub fn is_struct(self) -> bool {
        self.kind() == LLVMTypeKind::LLVMStructTypeKind
    }

    /// Field `index` of a struct type.
    pub fn field(self, index: u32) -> Type<'m> {
        // SAFETY: only called on struct types with that many fields.
        Type::wrap(unsafe { LLVMStructGetTypeAtIndex(self.raw, index) })
    }

    pub fn field_count(self) -> u32 {
        // SAFETY: only called on struct types.
        unsafe { LLVMCountStructElementTypes(self.raw) }
    }
}

/// A basic block of a function.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Block<'m> {
    raw: LLVMBasicBlockRef,
    _module: std::marker::PhantomData<&'m ()>,
}

impl<'m> Block<'m> {
    fn wrap(raw: LLVMBasicBlockRef) -> Self {
        Block {
            raw,
            _module: std::marker::PhantomData,
        }
    }

    pub fn instructions(self) -> Vec<Value<'m>> {
        let mut out = Vec::new();
        // SAFETY: walking a live block.
        unsafe {
            let mut instruction = LLVMGetFirstInstruction(self.raw);
            while !instruction.is_null() {
                out.push(Value::wrap(instruction));
                instruction = LLVMGetNextInstruction(instruction);
            }
        }
        out
    }
}

/// Layout facts of one module's data layout.
impl Module<'_> {
    fn layout(&self) -> LLVMTargetDataRef {
        // SAFETY: the module is live; the layout is owned by it.
        unsafe { LLVMGetModuleDataLayout(self.raw) }
    }

    /// Bytes between consecutive elements of this type in memory.
    pub fn alloc_size(&self, ty: Type<'_>) -> u64 {
        // SAFETY: the type belongs to this module's context.
        unsafe { LLVMABISizeOfType(self.layout(), ty.raw) }
    }

    /// Bytes a store of this type writes.
    pub fn store_size(&self, ty: Type<'_>) -> u64 {
        // SAFETY: as above.
        unsafe { LLVMStoreSizeOfType(self.layout(), ty.raw) }
    }

    pub fn abi_align(&self, ty: Type<'_>) -> u64 {
        // SAFETY: as above.
        u64::from(unsafe { LLVMABIAlignmentOfType(self.layout(), ty.raw) })
    }

    /// Offset of field `index` in a struct type.
    pub fn field_offset(&self, ty: Type<'_>, index: u32) -> u64 {
        // SAFETY: only called on struct types with that many fields.
        unsafe { LLVMOffsetOfElement(self.layout(), ty.raw, index) }
    }

    /// Write `constant` into `out` as registers hold it, resolving global values with
    /// `address` (which returns 0 for an unknown name) and, with `tokens` = `(function,
    /// base)`, the block addresses of `function` to block tokens: `base + k` for the `k`th
    /// of its blocks whose address is taken (`Value::address_taken_blocks`).
    pub fn constant_bytes(
        &self,
        constant: Value<'_>,
        out: &mut [u8],
        address: &mut dyn FnMut(&str) -> u64,
        tokens: Option<(Value<'_>, u64)>,
    ) -> Result<(), String> {
        extern "C" fn trampoline(context: *mut c_void, name: *const c_char, len: usize) -> u64 {
            // SAFETY: `context` is the `&mut &mut dyn FnMut` below, alive for the call; the
            // name is LLVM's, valid for `len` bytes.
            unsafe {
                let address = &mut *(context as *mut &mut dyn FnMut(&str) -> u64);
                address(&borrowed_str(name, len))
            }
        }
        let mut address = address;
        // SAFETY: the constant belongs to this module; `out` is writable for its length.
        let error = unsafe {
            tierup_constant_bytes(
                self.raw,
                constant.raw,
                out.as_mut_ptr(),
                out.len(),
                trampoline,
                (&mut address as *mut &mut dyn FnMut(&str) -> u64).cast(),
                tokens.map_or(std::ptr::null_mut(), |(function, _)| function.raw),
                tokens.map_or(0, |(_, base)| base),
            )
        };
        if error.is_null() {
            Ok(())
        } else {
            // SAFETY: the shim returns a malloc'd message.
            Err(unsafe { take_message(error) })
        }
    }

    /// A GEP as a constant offset plus (index, scale) pairs; `None` for vector GEPs.
    pub fn gep_offsets<'v>(&self, gep: Value<'v>) -> Option<(i64, Vec<(Value<'v>, i64)>)> {
        self.offsets(gep, false)
    }

    /// A vector GEP as a constant offset plus (index, scale) pairs, an index a scalar or a
    /// vector (each lane scaled).
    pub fn vector_gep_offsets<'v>(&self, gep: Value<'v>) -> Option<(i64, Vec<(Value<'v>, i64)>)> {
        self.offsets(gep, true)
    }

    fn offsets<'v>(&self, gep: Value<'v>, vectors: bool) -> Option<(i64, Vec<(Value<'v>, i64)>)> {
        const CAPACITY: usize = 8;
        let mut constant = 0;
        let mut indices = [ptr::null_mut(); CAPACITY];
        let mut scales = [0; CAPACITY];
        // SAFETY: `gep` is a getelementptr of this module; the arrays hold CAPACITY entries.
        let count = unsafe {
            tierup_gep_offsets(
                self.raw,
                gep.raw,
                &mut constant,
                indices.as_mut_ptr(),
                scales.as_mut_ptr(),
                CAPACITY,
                i32::from(vectors),
            )
        };
        let count = usize::try_from(count).ok()?;
        Some((
            constant,
            (0..count)
                .map(|i| (Value::wrap(indices[i]), scales[i]))
                .collect(),
        ))
    }
}

impl<'m> Value<'m> {
    /// Promote this function's promotable allocas to registers (mem2reg).
    pub fn promote_allocas(self) -> usize {
        // SAFETY: only called on function definitions.
        unsafe { tierup_promote_allocas(self.raw) }
    }

    pub fn blocks(self) -> Vec<Block<'m>> {
        let mut out = Vec::new();
        // SAFETY: walking a live function.
        unsafe {
            let mut block = LLVMGetFirstBasicBlock(self.raw);
            while !block.is_null() {
                out.push(Block::wrap(block));
                block = LLVMGetNextBasicBlock(block);
            }
        }
        out
    }

    pub fn params(self) -> Vec<Value<'m>> {
        // SAFETY: only called on functions.
        unsafe {
            let count = LLVMCountParams(self.raw) as usize;
            let mut params = vec![ptr::null_mut(); count];
            LLVMGetParams(self.raw, params.as_mut_ptr());
            params.into_iter().map(Value::wrap).collect()
        }
    }

    /// The block an instruction is in.
    pub fn parent_block(self) -> Block<'m> {
        // SAFETY: only called on instructions.
        Block::wrap(unsafe { LLVMGetInstructionParent(self.raw) })
    }

    pub fn ty(self) -> Type<'m> {
        // SAFETY: the value is live.
        Type::wrap(unsafe { LLVMTypeOf(self.raw) })
    }

    pub fn opcode(self) -> Opcode {
        // SAFETY: only called on instructions.
        unsafe { LLVMGetInstructionOpcode(self.raw) }
    }

    pub fn is_constant(self) -> bool {
        // SAFETY: the value is live.
        unsafe { LLVMIsConstant(self.raw) != 0 }
    }

    pub fn is_function(self) -> bool {
        // SAFETY: the value is live.
        unsafe { !LLVMIsAFunction(self.raw).is_null() }
    }

    pub fn is_inline_asm(self) -> bool {
        // SAFETY: the value is live.
        unsafe { !LLVMIsAInlineAsm(self.raw).is_null() }
    }

    /// An inline assembly value's template and constraint string.
    pub fn inline_asm_text(self) -> (String, String) {
        let text = |get: unsafe extern "C" fn(LLVMValueRef, *mut usize) -> *const c_char| {
            let mut length = 0;
            // SAFETY: only called on inline assembly values; the string lives with it.
            unsafe {
                let data = get(self.raw, &mut length);
                let bytes = std::slice::from_raw_parts(data.cast::<u8>(), length);
                String::from_utf8_lossy(bytes).into_owned()
            }
        };
        (
            text(LLVMGetInlineAsmAsmString),
            text(LLVMGetInlineAsmConstraintString),
        )
    }

    pub fn is_variadic(self) -> bool {
        // SAFETY: only called on functions.
        unsafe { LLVMIsFunctionVarArg(LLVMGlobalGetValueType(self.raw)) != 0 }
    }

    /// Successor `index` of a terminator.
    pub fn successor(self, index: u32) -> Block<'m> {
        // SAFETY: only called on terminators with that many successors.
        Block::wrap(unsafe { LLVMGetSuccessor(self.raw, index) })
    }

    pub fn successor_count(self) -> u32 {
        // SAFETY: only called on terminators.
        unsafe { LLVMGetNumSuccessors(self.raw) }
    }

    /// The value of case `index` (counted like successors: 1 is the first case) of a switch.
    pub fn switch_case(self, index: u32) -> Value<'m> {
        // SAFETY: only called on switches with that many cases.
        Value::wrap(unsafe { LLVMGetSwitchCaseValue(self.raw, index) })
    }

    pub fn is_conditional(self) -> bool {
        // SAFETY: only called on branches.
        unsafe { LLVMIsConditional(self.raw) != 0 }
    }

    pub fn condition(self) -> Value<'m> {
        // SAFETY: only called on conditional branches.
        Value::wrap(unsafe { LLVMGetCondition(self.raw) })
    }

    /// The incoming (value, block) pairs of a phi.
    pub fn incoming(self) -> Vec<(Value<'m>, Block<'m>)> {
        // SAFETY: only called on phis.
        unsafe {
            (0..LLVMCountIncoming(self.raw))
                .map(|i| {
                    (
                        Value::wrap(LLVMGetIncomingValue(self.raw, i)),
                        Block::wrap(LLVMGetIncomingBlock(self.raw, i)),
                    )
                })
                .collect()
        }
    }

    /// For a shufflevector: its mask, -1 for an undefined lane.
    pub fn shuffle_mask(self) -> Vec<i32> {
        // SAFETY: only called on shufflevector instructions; indices below the count.
        unsafe {
            let undefined = LLVMGetUndefMaskElem();
            (0..LLVMGetNumMaskElements(self.raw))
                .map(|k| match LLVMGetMaskValue(self.raw, k) {
                    m if m == undefined => -1,
                    m => m,
                })
                .collect()
        }
    }

    pub fn int_predicate(self) -> LLVMIntPredicate {
        // SAFETY: only called on icmp.
        unsafe { LLVMGetICmpPredicate(self.raw) }
    }

    pub fn real_predicate(self) -> LLVMRealPredicate {
        // SAFETY: only called on fcmp.
        unsafe { LLVMGetFCmpPredicate(self.raw) }
    }

    pub fn allocated_type(self) -> Type<'m> {
        // SAFETY: only called on alloca.
        Type::wrap(unsafe { LLVMGetAllocatedType(self.raw) })
    }

    pub fn instruction_alignment(self) -> u32 {
        // SAFETY: only called on alloca, load and store.
        unsafe { LLVMGetAlignment(self.raw) }
    }

    pub fn is_atomic(self) -> bool {
        // SAFETY: only called on loads and stores.
        unsafe {
            LLVMGetOrdering(self.raw) != llvm_sys::LLVMAtomicOrdering::LLVMAtomicOrderingNotAtomic
        }
    }

    pub fn rmw_op(self) -> RmwOp {
        // SAFETY: only called on atomicrmw.
        unsafe { LLVMGetAtomicRMWBinOp(self.raw) }
    }

    /// The indices of extractvalue / insertvalue.
    pub fn indices(self) -> Vec<u32> {
        // SAFETY: only called on extractvalue / insertvalue.
        unsafe {
            let count = LLVMGetNumIndices(self.raw) as usize;
            std::slice::from_raw_parts(LLVMGetIndices(self.raw), count).to_vec()
        }
    }

    /// For a call: the value called.
    pub fn callee(self) -> Value<'m> {
        // SAFETY: only called on calls.
        Value::wrap(unsafe { LLVMGetCalledValue(self.raw) })
    }

    pub fn call_arg_count(self) -> u32 {
        // SAFETY: only called on calls.
        unsafe { LLVMGetNumArgOperands(self.raw) }
    }

    /// The function type a call uses.
    pub fn called_type(self) -> Type<'m> {
        // SAFETY: only called on calls.
        Type::wrap(unsafe { LLVMGetCalledFunctionType(self.raw) })
    }

    /// The `byval` type of call argument `index`, if it has one.
    pub fn call_byval(self, index: u32) -> Option<Type<'m>> {
        // SAFETY: only called on calls; attribute indices start at 1 for arguments.
        unsafe {
            let kind = LLVMGetEnumAttributeKindForName(c"byval".as_ptr(), 5);
            let attribute = LLVMGetCallSiteEnumAttribute(self.raw, index + 1, kind);
            (!attribute.is_null()).then(|| Type::wrap(LLVMGetTypeAttributeValue(attribute)))
        }
    }

    /// The `byval` type of this function's parameter `index`, if it has one.
    pub fn param_byval(self, index: u32) -> Option<Type<'m>> {
        // SAFETY: only called on functions.
        unsafe {
            let kind = LLVMGetEnumAttributeKindForName(c"byval".as_ptr(), 5);
            let attribute = LLVMGetEnumAttributeAtIndex(self.raw, index + 1, kind);
            (!attribute.is_null()).then(|| Type::wrap(LLVMGetTypeAttributeValue(attribute)))
        }
    }

    /// Whether return value (index 0) or argument `index - 1` of this call or function is
    /// `signext`.
    pub fn is_signext(self, index: u32, call: bool) -> bool {
        // SAFETY: the value is a call or a function, as `call` says.
        unsafe {
            let kind = LLVMGetEnumAttributeKindForName(c"signext".as_ptr(), 7);
            let attribute = if call {
                LLVMGetCallSiteEnumAttribute(self.raw, index, kind)
            } else {
                LLVMGetEnumAttributeAtIndex(self.raw, index, kind)
            };
            !attribute.is_null()
        }
    }

    /// For a constant integer of up to 64 bits: its zero-extended value.
    pub fn const_u64(self) -> Option<u64> {
        // SAFETY: checked to be a ConstantInt.
        unsafe {
            (!LLVMIsAConstantInt(self.raw).is_null()
                && LLVMGetIntTypeWidth(LLVMTypeOf(self.raw)) <= 64)
                .then(|| LLVMConstIntGetZExtValue(self.raw))
        }
    }
}

// The few LLVM operations tierup needs that LLVM's C API does not offer: cutting one function
// out of a module into a unit of its own, building the image unit (globals, entry stubs,
// slots), and instrumenting baseline code with counters. Called only from `shim.rs`.

#include <llvm-c/Core.h>
#include <llvm/Analysis/LoopInfo.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Dominators.h>
#include <llvm/IR/Function.h>
#include <llvm/IR/GlobalAlias.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/Module.h>
#include <llvm/Transforms/Utils/BasicBlockUtils.h>
#include <llvm/Transforms/Utils/Cloning.h>
#include <llvm/Transforms/Utils/PromoteMemToReg.h>
#include <llvm/IR/Operator.h>
#include <llvm/IR/DataLayout.h>
#include <llvm/Support/raw_ostream.h>
#include <cstring>
#include <llvm/Transforms/Utils/ValueMapper.h>

#include <string>
#include <unordered_set>

using namespace llvm;

namespace {

// Declares, in the destination module, every global value of the source that cloned code
// refers to; `privates` are defined instead (unit-private tables of block addresses).
class Declarer final : public ValueMaterializer {
public:
  Declarer(Module &dst, ValueToValueMapTy &map) : dst(dst), map(map) {}

  std::unordered_set<const GlobalVariable *> privates;
  SmallVector<std::pair<GlobalVariable *, const GlobalVariable *>, 4> pending_initializers;

  Value *materialize(Value *value) override {
    auto *global = dyn_cast<GlobalValue>(value);
    if (!global || global->getParent() == &dst)
      return nullptr;
    return declare(global);
  }

  GlobalValue *declare(const GlobalValue *global) {
    if (GlobalValue *existing = dst.getNamedValue(global->getName()))
      return existing;
    auto *variable = dyn_cast<GlobalVariable>(global);
    if (variable && privates.count(variable)) {
      auto *copy = new GlobalVariable(dst, variable->getValueType(), variable->isConstant(),
                                      GlobalValue::InternalLinkage, nullptr,
                                      variable->getName());
      copy->setAlignment(variable->getAlign());
      pending_initializers.push_back({copy, variable});
      return copy;
    }
    GlobalValue *declaration;
    if (auto *type = dyn_cast<FunctionType>(global->getValueType())) {
      auto *function = Function::Create(type, GlobalValue::ExternalLinkage,
                                        global->getAddressSpace(), global->getName(), &dst);
      if (auto *source = dyn_cast<Function>(global)) {
        function->setCallingConv(source->getCallingConv());
        function->setAttributes(source->getAttributes());
      }
      declaration = function;
    } else {
      auto *copy = new GlobalVariable(dst, global->getValueType(), false,
                                      GlobalValue::ExternalLinkage, nullptr, global->getName(),
                                      nullptr, GlobalValue::NotThreadLocal,
                                      global->getAddressSpace());
      if (variable) {
        copy->setConstant(variable->isConstant());
        copy->setAlignment(variable->getAlign());
      }
      declaration = copy;
    }
    if (global->hasExternalWeakLinkage())
      declaration->setLinkage(GlobalValue::ExternalWeakLinkage);
    declaration->setDSOLocal(false);
    return declaration;
  }

  // Initializers of unit-private globals, once every function they point into is cloned.
  void finish() {
    for (auto &[copy, source] : pending_initializers)
      if (source->hasInitializer())
        copy->setInitializer(MapValue(source->getInitializer(), map, RF_None, nullptr, this));
  }

private:
  Module &dst;
  ValueToValueMapTy &map;
};

std::unique_ptr<Module> empty_like(const Module &src, StringRef name) {
  auto module = std::make_unique<Module>(name, src.getContext());
  module->setDataLayout(src.getDataLayout());
  module->setTargetTriple(src.getTargetTriple());
  SmallVector<Module::ModuleFlagEntry, 8> flags;
  src.getModuleFlagsMetadata(flags);
  for (auto &flag : flags)
    module->addModuleFlag(flag.Behavior, flag.Key->getString(), flag.Val);
  return module;
}

void clone_body(Function *into, const Function *from, ValueToValueMapTy &map, Declarer &declarer) {
  auto argument = into->arg_begin();
  for (const Argument &source : from->args()) {
    argument->setName(source.getName());
    map[&source] = &*argument++;
  }
  SmallVector<ReturnInst *, 8> returns;
  CloneFunctionInto(into, from, map, CloneFunctionChangeType::DifferentModule, returns, "",
                    nullptr, nullptr, &declarer);
}

// Parameter and return attributes only: what a forwarding call must repeat exactly.
AttributeList call_attributes(const Function &function) {
  AttributeList source = function.getAttributes();
  SmallVector<AttributeSet, 8> params;
  for (unsigned i = 0; i < function.arg_size(); ++i)
    params.push_back(source.getParamAttrs(i));
  return AttributeList::get(function.getContext(), AttributeSet(), source.getRetAttrs(), params);
}

// `define @name(args) { %code = <find>; musttail call %code(args); ret }`
void build_forwarder(Module &module, Function *stub, const Function &original,
                     function_ref<Value *(IRBuilder<> &)> find_code) {
  LLVMContext &context = module.getContext();
  stub->setCallingConv(original.getCallingConv());
  stub->setAttributes(call_attributes(original));
  stub->addFnAttr(Attribute::NoUnwind);
  if (original.isVarArg())
    stub->addFnAttr("thunk");
  IRBuilder<> builder(BasicBlock::Create(context, "entry", stub));
  Value *code = find_code(builder);
  SmallVector<Value *, 8> arguments;
  for (Argument &argument : stub->args())
    arguments.push_back(&argument);
  CallInst *call = builder.CreateCall(original.getFunctionType(), code, arguments);
  call->setCallingConv(original.getCallingConv());
  call->setAttributes(call_attributes(original));
  // A first-class aggregate return may be too large for the return registers; the backend
  // then returns it through hidden memory and cannot emit a musttail call. Only variadic
  // functions need musttail (to forward their arguments); the rest make an ordinary call.
  bool aggregate = original.getReturnType()->isAggregateType();
  call->setTailCallKind(aggregate && !original.isVarArg() ? CallInst::TCK_Tail
                                                          : CallInst::TCK_MustTail);
  if (original.getReturnType()->isVoidTy())
    builder.CreateRetVoid();
  else
    builder.CreateRet(call);
}

} // namespace

extern "C" {

// A module in `src`'s context holding `function` as the definition `version_name`, the
// `copies` as available_externally definitions (for inlining), the `privates` as internal
// definitions, and declarations of everything else it refers to. When `self_to_entry` is set,
// the function's references to itself (recursion, `&f`) go to its entry, the external symbol of
// its original name.
LLVMModuleRef tierup_extract_unit(LLVMModuleRef src_ref, LLVMValueRef function_ref,
                                  const char *version_name, int self_to_entry,
                                  const LLVMValueRef *copies, size_t copy_count,
                                  const LLVMValueRef *privates, size_t private_count) {
  Module &src = *unwrap(src_ref);
  auto *function = unwrap<Function>(function_ref);
  auto unit = empty_like(src, version_name);
  ValueToValueMapTy map;
  Declarer declarer(*unit, map);
  for (size_t i = 0; i < private_count; ++i)
    declarer.privates.insert(unwrap<GlobalVariable>(privates[i]));

  Function *definition =
      Function::Create(function->getFunctionType(), GlobalValue::ExternalLinkage,
                       function->getAddressSpace(), version_name, unit.get());
  map[function] = self_to_entry ? static_cast<Value *>(declarer.declare(function)) : definition;

  SmallVector<std::pair<Function *, const Function *>, 8> inline_copies;
  for (size_t i = 0; i < copy_count; ++i) {
    auto *callee = unwrap<Function>(copies[i]);
    if (callee == function || map.count(callee))
      continue;
    auto *copy = cast<Function>(declarer.declare(callee));
    map[callee] = copy;
    inline_copies.push_back({copy, callee});
  }
  clone_body(definition, function, map, declarer);
  definition->setLinkage(GlobalValue::ExternalLinkage);
  definition->setVisibility(GlobalValue::DefaultVisibility);
  definition->setComdat(nullptr);
  for (auto &[copy, callee] : inline_copies) {
    clone_body(copy, callee, map, declarer);
    copy->setLinkage(GlobalValue::AvailableExternallyLinkage);
    copy->setVisibility(GlobalValue::DefaultVisibility);
    copy->setComdat(nullptr);
  }
  declarer.finish();
  return wrap(unit.release());
}

// The image unit: every global variable and alias of `src` (but `excluded`, which belong to
// one function's unit) as definitions, and for each of `functions[i]`:
//   @f.__slot = global ptr null               the current code, null until compiled
//   @f(args): the stable entry
//       %code = load acquire @f.__slot
//       if (%code == null) %code = @resolve(i)   (compiles it; unlikely)
//       musttail call %code(args)
//   @f.__profile = global { i64 calls, i64 loops, i64 call limit, i64 loop limit }
// plus `@__tierup.slots`, `@__tierup.entries` and `@__tierup.profiles`, arrays of their
// addresses in order.
LLVMModuleRef tierup_build_image(LLVMModuleRef src_ref, const LLVMValueRef *functions,
                                 size_t function_count, const LLVMValueRef *excluded,
                                 size_t excluded_count, const char *resolve_name) {
  Module &src = *unwrap(src_ref);
  LLVMContext &context = src.getContext();
  auto image = empty_like(src, "__tierup.image");
  ValueToValueMapTy map;
  Declarer declarer(*image, map);
  std::unordered_set<const GlobalVariable *> skip;
  for (size_t i = 0; i < excluded_count; ++i)
    skip.insert(unwrap<GlobalVariable>(excluded[i]));

  SmallVector<std::pair<GlobalVariable *, const GlobalVariable *>, 64> variables;
  for (const GlobalVariable &variable : src.globals()) {
    if (skip.count(&variable) || variable.getName().starts_with("llvm."))
      continue;
    auto *copy = new GlobalVariable(*image, variable.getValueType(), variable.isConstant(),
                                    GlobalValue::ExternalLinkage, nullptr, variable.getName(),
                                    nullptr, GlobalValue::NotThreadLocal,
                                    variable.getAddressSpace());
    copy->setAlignment(variable.getAlign());
    if (variable.hasSection())
      copy->setSection(variable.getSection());
    map[&variable] = copy;
    variables.push_back({copy, &variable});
  }
  for (auto &[copy, variable] : variables) {
    if (variable->hasInitializer())
      copy->setInitializer(
          MapValue(variable->getInitializer(), map, RF_None, nullptr, &declarer));
    else
      copy->setLinkage(GlobalValue::ExternalLinkage);
  }

  PointerType *ptr = PointerType::getUnqual(context);
  Type *i64 = Type::getInt64Ty(context);
  FunctionCallee resolve =
      image->getOrInsertFunction(resolve_name, FunctionType::get(ptr, {i64}, false));
  SmallVector<Constant *, 256> slots;
  SmallVector<Constant *, 256> profiles;
  SmallVector<Constant *, 256> entries;
  StructType *profile_type = StructType::get(context, {i64, i64, i64, i64});
  for (size_t i = 0; i < function_count; ++i) {
    auto *function = unwrap<Function>(functions[i]);
    std::string name = function->getName().str();
    auto *slot = new GlobalVariable(*image, ptr, false, GlobalValue::ExternalLinkage,
                                    ConstantPointerNull::get(ptr), name + ".__slot");
    slot->setAlignment(Align(8));
    auto *entry = cast<Function>(declarer.declare(function));
    entry->setLinkage(GlobalValue::ExternalLinkage);
    build_forwarder(*image, entry, *function, [&](IRBuilder<> &builder) -> Value * {
      LoadInst *load = builder.CreateAlignedLoad(ptr, slot, Align(8));
      load->setAtomic(AtomicOrdering::Acquire);
      BasicBlock *check = builder.GetInsertBlock();
      Function *stub = check->getParent();
      BasicBlock *compile = BasicBlock::Create(context, "compile", stub);
      BasicBlock *call = BasicBlock::Create(context, "call", stub);
      builder.CreateCondBr(builder.CreateIsNull(load), compile, call,
                           MDBuilder(context).createUnlikelyBranchWeights());
      builder.SetInsertPoint(compile);
      Value *compiled = builder.CreateCall(resolve, {builder.getInt64(i)});
      builder.CreateBr(call);
      builder.SetInsertPoint(call);
      PHINode *code = builder.CreatePHI(ptr, 2);
      code->addIncoming(load, check);
      code->addIncoming(compiled, compile);
      return code;
    });
    slots.push_back(slot);
    entries.push_back(entry);
    auto *profile = new GlobalVariable(*image, profile_type, false, GlobalValue::ExternalLinkage,
                                       Constant::getNullValue(profile_type),
                                       name + ".__profile");
    profile->setAlignment(Align(64));
    profiles.push_back(profile);
  }
  auto *table_type = ArrayType::get(ptr, slots.size());
  new GlobalVariable(*image, table_type, true, GlobalValue::ExternalLinkage,
                     ConstantArray::get(table_type, slots), "__tierup.slots");
  new GlobalVariable(*image, table_type, true, GlobalValue::ExternalLinkage,
                     ConstantArray::get(table_type, entries), "__tierup.entries");
  new GlobalVariable(*image, table_type, true, GlobalValue::ExternalLinkage,
                     ConstantArray::get(table_type, profiles), "__tierup.profiles");

  for (const GlobalAlias &alias : src.aliases()) {
    auto *copy = GlobalAlias::create(alias.getValueType(), alias.getAddressSpace(),
                                     GlobalValue::ExternalLinkage, alias.getName(),
                                     MapValue(alias.getAliasee(), map, RF_None, nullptr,
                                              &declarer),
                                     image.get());
    copy->setVisibility(GlobalValue::DefaultVisibility);
  }
  return wrap(image.release());
}

// Count entries and loop iterations of `function_ref` in its profile, the external global
// `profile_name` ({i64 calls, i64 loops, i64 call limit, i64 loop limit}); when a count reaches
// its limit, call `hot_name(id, kind)`, kind 0 for calls and 1 for loops. The counters use
// relaxed atomic loads and stores: cheap, and an occasional lost update between threads does
// not matter.
void tierup_instrument(LLVMValueRef function_ref, const char *profile_name, const char *hot_name,
                       uint64_t id) {
  auto *function = unwrap<Function>(function_ref);
  Module &module = *function->getParent();
  LLVMContext &context = function->getContext();
  Type *i64 = Type::getInt64Ty(context);
  StructType *profile_type = StructType::get(context, {i64, i64, i64, i64});
  auto *profile = cast<GlobalVariable>(module.getOrInsertGlobal(profile_name, profile_type));
  profile->setDSOLocal(false);
  FunctionCallee hot = module.getOrInsertFunction(
      hot_name, FunctionType::get(Type::getVoidTy(context), {i64, i64}, false));
  MDNode *unlikely = MDBuilder(context).createUnlikelyBranchWeights();

  auto count = [&](Instruction *before, unsigned counter, unsigned limit, uint64_t kind) {
    IRBuilder<> builder(before);
    Value *counter_ptr = builder.CreateStructGEP(profile_type, profile, counter);
    LoadInst *old = builder.CreateAlignedLoad(i64, counter_ptr, Align(8));
    old->setAtomic(AtomicOrdering::Monotonic);
    Value *next = builder.CreateAdd(old, builder.getInt64(1));
    builder.CreateAlignedStore(next, counter_ptr, Align(8))->setAtomic(AtomicOrdering::Monotonic);
    Value *limit_ptr = builder.CreateStructGEP(profile_type, profile, limit);
    LoadInst *bound = builder.CreateAlignedLoad(i64, limit_ptr, Align(8));
    bound->setAtomic(AtomicOrdering::Monotonic);
    Value *reached = builder.CreateICmpEQ(next, bound);
    Instruction *then = SplitBlockAndInsertIfThen(reached, before, false, unlikely);
    IRBuilder<> call_builder(then);
    call_builder.CreateCall(hot, {call_builder.getInt64(id), call_builder.getInt64(kind)});
  };

  // Loop headers first (LoopInfo is computed on the unmodified body).
  DominatorTree dominators(*function);
  LoopInfo loops(dominators);
  SmallVector<BasicBlock *, 16> headers;
  for (Loop *loop : loops.getLoopsInPreorder())
    headers.push_back(loop->getHeader());
  for (BasicBlock *header : headers)
    if (header->getFirstInsertionPt() != header->end())
      count(&*header->getFirstInsertionPt(), 1, 3, 1);

  // Entry: after the static allocas, so that they stay in the entry block.
  BasicBlock &entry = function->getEntryBlock();
  BasicBlock::iterator position = entry.getFirstInsertionPt();
  while (isa<AllocaInst>(*position))
    ++position;
  count(&*position, 0, 2, 0);
}

int tierup_has_block_addresses(LLVMValueRef function_ref) {
  for (BasicBlock &block : *unwrap<Function>(function_ref))
    if (block.hasAddressTaken())
      return 1;
  return 0;
}

// The function whose block addresses the initializer of `global_ref` holds, if any.
LLVMValueRef tierup_block_address_owner(LLVMValueRef global_ref) {
  auto *global = unwrap<GlobalVariable>(global_ref);
  if (!global->hasInitializer())
    return nullptr;
  SmallVector<const Constant *, 16> work{global->getInitializer()};
  std::unordered_set<const Constant *> seen;
  while (!work.empty()) {
    const Constant *constant = work.pop_back_val();
    if (!seen.insert(constant).second)
      continue;
    if (auto *address = dyn_cast<BlockAddress>(constant))
      return wrap(address->getFunction());
    if (isa<GlobalValue>(constant))
      continue;
    for (const Use &operand : constant->operands())
      work.push_back(cast<Constant>(operand.get()));
  }
  return nullptr;
}

// Promote the allocas of `function_ref` that only loads and stores use to SSA registers
// (mem2reg), as the interpreter's translation wants; the number promoted.
size_t tierup_promote_allocas(LLVMValueRef function_ref) {
  auto *function = unwrap<Function>(function_ref);
  std::vector<AllocaInst *> allocas;
  for (Instruction &instruction : function->getEntryBlock())
    if (auto *alloca = dyn_cast<AllocaInst>(&instruction))
      if (isAllocaPromotable(alloca))
        allocas.push_back(alloca);
  if (allocas.empty())
    return 0;
  DominatorTree tree(*function);
  PromoteMemToReg(allocas, tree);
  return allocas.size();
}

// Resolves a global value's name to its run-time address; 0 when it has none.
typedef uint64_t (*tierup_address_fn)(void *context, const char *name, size_t length);

} // extern "C"

namespace {

struct ConstantWriter {
  const DataLayout &layout;
  tierup_address_fn address;
  void *address_context;
  std::string error;

  // The address a pointer constant denotes.
  bool pointer(const Constant *constant, uint64_t &out) {
    if (isa<ConstantPointerNull>(constant) || isa<UndefValue>(constant)) {
      out = 0;
      return true;
    }
    if (auto *global = dyn_cast<GlobalValue>(constant)) {
      out = address(address_context, global->getName().data(), global->getName().size());
      if (out == 0) {
        error = "no address for '" + global->getName().str() + "'";
        return false;
      }
      return true;
    }
    if (auto *equivalent = dyn_cast<DSOLocalEquivalent>(constant))
      return pointer(equivalent->getGlobalValue(), out);
    if (auto *no_cfi = dyn_cast<NoCFIValue>(constant))
      return pointer(no_cfi->getGlobalValue(), out);
    if (auto *expression = dyn_cast<ConstantExpr>(constant)) {
      switch (expression->getOpcode()) {
      case Instruction::GetElementPtr: {
        APInt offset(64, 0);
        if (!cast<GEPOperator>(expression)->accumulateConstantOffset(layout, offset))
          break;
        if (!pointer(expression->getOperand(0), out))
          return false;
        out += offset.getZExtValue();
        return true;
      }
      case Instruction::BitCast:
      case Instruction::AddrSpaceCast:
        return pointer(expression->getOperand(0), out);
      case Instruction::IntToPtr:
        return integer(expression->getOperand(0), out);
      default:
        break;
      }
    }
    return unsupported(constant);
  }

  bool unsupported(const Constant *constant) {
    std::string text;
    raw_string_ostream stream(text);
    constant->print(stream);
    error = "unsupported constant " + text;
    return false;
  }

  // A constant of integer (or pointer) type, as 64 bits.
  bool integer(const Constant *constant, uint64_t &out) {
    if (auto *value = dyn_cast<ConstantInt>(constant)) {
      out = value->getValue().getZExtValue();
      return true;
    }
    if (isa<UndefValue>(constant) || constant->isNullValue()) {
      out = 0;
      return true;
    }
    if (auto *expression = dyn_cast<ConstantExpr>(constant)) {
      uint64_t a = 0, b = 0;
      unsigned width = constant->getType()->getScalarSizeInBits();
      uint64_t mask = width >= 64 ? ~0ull : (1ull << width) - 1;
      switch (expression->getOpcode()) {
      case Instruction::PtrToInt:
      case Instruction::PtrToAddr:
        if (!pointer(expression->getOperand(0), a))
          return false;
        out = a & mask;
        return true;
      case Instruction::Trunc:
        if (!integer(expression->getOperand(0), a))
          return false;
        out = a & mask;
        return true;
      case Instruction::Add:
      case Instruction::Sub:
      case Instruction::Xor:
        if (!integer(expression->getOperand(0), a) || !integer(expression->getOperand(1), b))
          return false;
        out = expression->getOpcode() == Instruction::Add   ? a + b
              : expression->getOpcode() == Instruction::Sub ? a - b
                                                            : a ^ b;
        out &= mask;
        return true;
      default:
        break;
      }
    }
    return unsupported(constant);
  }

  // The bytes of `constant` as the interpreter holds it in registers: memory layout, except
  // that vectors of i1 take a byte per lane.
  bool write(const Constant *constant, uint8_t *out, size_t size) {
    Type *type = constant->getType();
    if (isa<UndefValue>(constant) || isa<ConstantAggregateZero>(constant) ||
        isa<ConstantPointerNull>(constant) || isa<ConstantTokenNone>(constant)) {
      std::memset(out, 0, size);
      return true;
    }
    if (auto *value = dyn_cast<ConstantInt>(constant)) {
      if (type->isVectorTy())
        return lanes(constant, out, size);
      store(value->getValue(), out, size);
      return true;
    }
    if (auto *value = dyn_cast<ConstantFP>(constant)) {
      if (type->isVectorTy())
        return lanes(constant, out, size);
      store(value->getValueAPF().bitcastToAPInt(), out, size);
      return true;
    }
    if (type->isPointerTy() || type->isIntegerTy()) {
      uint64_t value = 0;
      if (!(type->isPointerTy() ? pointer(constant, value) : integer(constant, value)))
        return false;
      std::memset(out, 0, size);
      std::memcpy(out, &value, std::min<size_t>(size, 8));
      return true;
    }
    if (type->isVectorTy())
      return lanes(constant, out, size);
    if (auto *structure = dyn_cast<StructType>(type)) {
      std::memset(out, 0, size);
      const StructLayout *fields = layout.getStructLayout(structure);
      for (unsigned i = 0; i < structure->getNumElements(); ++i) {
        uint64_t offset = fields->getElementOffset(i);
        uint64_t field_size = layout.getTypeStoreSize(structure->getElementType(i));
        if (!write(constant->getAggregateElement(i), out + offset, field_size))
          return false;
      }
      return true;
    }
    if (auto *array = dyn_cast<ArrayType>(type)) {
      std::memset(out, 0, size);
      uint64_t stride = layout.getTypeAllocSize(array->getElementType());
      uint64_t element_size = layout.getTypeStoreSize(array->getElementType());
      for (uint64_t i = 0; i < array->getNumElements(); ++i)
        if (!write(constant->getAggregateElement(i), out + i * stride, element_size))
          return false;
      return true;
    }
    return unsupported(constant);
  }

  bool lanes(const Constant *constant, uint8_t *out, size_t size) {
    auto *vector = dyn_cast<FixedVectorType>(constant->getType());
    if (!vector) {
      error = "scalable vectors are not supported";
      return false;
    }
    Type *element = vector->getElementType();
    uint64_t stride = element->isIntegerTy(1) ? 1 : layout.getTypeAllocSize(element);
    uint64_t element_size = element->isIntegerTy(1) ? 1 : layout.getTypeStoreSize(element);
    std::memset(out, 0, size);
    for (unsigned i = 0; i < vector->getNumElements(); ++i)
      if (!write(constant->getAggregateElement(i), out + i * stride, element_size))
        return false;
    return true;
  }

  static void store(const APInt &value, uint8_t *out, size_t size) {
    std::memset(out, 0, size);
    for (size_t byte = 0; byte < size && byte * 8 < value.getBitWidth(); ++byte)
      out[byte] = static_cast<uint8_t>(value.extractBitsAsZExtValue(
          std::min<unsigned>(8, value.getBitWidth() - byte * 8), byte * 8));
  }
};

} // namespace

extern "C" {

// Write `constant_ref` into `out` (`size` bytes) as the interpreter's registers hold it,
// resolving global values through `address`. Returns null, or an error message to free with
// `LLVMDisposeMessage`.
char *tierup_constant_bytes(LLVMModuleRef module_ref, LLVMValueRef constant_ref, uint8_t *out,
                            size_t size, tierup_address_fn address, void *address_context) {
  ConstantWriter writer{unwrap(module_ref)->getDataLayout(), address, address_context, {}};
  if (writer.write(unwrap<Constant>(constant_ref), out, size))
    return nullptr;
  return strdup(writer.error.c_str());
}

// Decompose the address computation `gep_ref` (a getelementptr instruction) into a constant
// byte offset and up to `capacity` (index, scale) pairs. Returns the number of pairs, or -1
// when it cannot be decomposed (vector GEPs, too many indices).
long tierup_gep_offsets(LLVMModuleRef module_ref, LLVMValueRef gep_ref, int64_t *constant,
                        LLVMValueRef *indices, int64_t *scales, size_t capacity) {
  const DataLayout &layout = unwrap(module_ref)->getDataLayout();
  auto *gep = cast<GEPOperator>(unwrap(gep_ref));
  if (gep->getType()->isVectorTy())
    return -1;
  SmallMapVector<Value *, APInt, 4> variables;
  APInt offset(64, 0);
  if (!gep->collectOffset(layout, 64, variables, offset))
    return -1;
  if (variables.size() > capacity)
    return -1;
  *constant = offset.getSExtValue();
  long count = 0;
  for (auto &[index, scale] : variables) {
    if (index->getType()->isVectorTy())
      return -1;
    indices[count] = wrap(index);
    scales[count] = scale.getSExtValue();
    ++count;
  }
  return count;
}

} // extern "C"

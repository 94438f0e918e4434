// The few LLVM operations tierup needs that LLVM's C API does not offer: cutting one function
// out of a module into a unit of its own, building the image unit (globals, profiles), writing
// the code cache's entries with ORC's per-architecture templates, and instrumenting baseline
// code with counters. Called only from `shim.rs`.

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
#include <llvm/Transforms/Utils/Local.h>
#include <llvm/Transforms/Utils/SSAUpdater.h>
#include <llvm/IR/CFG.h>
#include <llvm/IR/Operator.h>
#include <llvm/IR/Verifier.h>
#include <llvm/IR/DataLayout.h>
#include <llvm/Support/raw_ostream.h>
#include <cstring>
#include <llvm/Transforms/Utils/ValueMapper.h>
#include <llvm/ExecutionEngine/Orc/OrcABISupport.h>
#include <llvm/Support/Memory.h>
#include <llvm/Support/Process.h>
#include <llvm/TargetParser/Host.h>
#include <llvm/TargetParser/Triple.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm-c/TargetMachine.h>

#include <functional>
#include <optional>
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
    // An alias of a whole function or variable is that global (it has its address): as a
    // declaration of its own, the optimiser would take it for another object and fold
    // `&alias == &target` to false.
    if (auto *alias = dyn_cast<GlobalAlias>(global))
      if (auto *target = dyn_cast<GlobalValue>(alias->getAliasee()->stripPointerCasts()))
        return declare(target);
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

// The code cache's entries, written with ORC's per-architecture code templates (the stubs and
// trampolines ORC's own lazy compilation uses): one memory block of
//   stubs        entry i: jump through slot i
//   trampolines  trampoline i: call the resolver, which saves every argument register, calls
//                `reentry(context, trampoline i)` and jumps to the address it returns with the
//                registers restored (so any signature, variadic ones included, passes through)
//   resolver
//   slots        slot i: the current code of function i; the trampoline until the first call
// Code pages are made read-execute once written; slots stay read-write.
struct EntryBlock {
  uint64_t stubs, stub_size, trampolines, trampoline_size, slots;
};

template <typename ABI>
char *write_entries(uint64_t count, uint64_t reentry, uint64_t context, EntryBlock *out) {
  static_assert(ABI::PointerSize == sizeof(uint64_t), "slots are 64-bit words");
  uint64_t page = sys::Process::getPageSizeEstimate();
  uint64_t stub_bytes = alignTo(count * ABI::StubSize, 16);
  // Some ABIs keep the resolver's address in a word after the trampolines.
  uint64_t trampoline_bytes = alignTo(count * ABI::TrampolineSize, 8) + ABI::PointerSize;
  uint64_t resolver_offset = alignTo(stub_bytes + trampoline_bytes, 16);
  uint64_t code_bytes = alignTo(resolver_offset + ABI::ResolverCodeSize, page);
  uint64_t slot_bytes = alignTo(count * ABI::PointerSize, page);
  std::error_code error;
  sys::MemoryBlock block = sys::Memory::allocateMappedMemory(
      code_bytes + slot_bytes, nullptr, sys::Memory::MF_READ | sys::Memory::MF_WRITE, error);
  if (error)
    return LLVMCreateMessage(("cannot map the entry stubs: " + error.message()).c_str());
  char *base = static_cast<char *>(block.base());
  uint64_t address = reinterpret_cast<uint64_t>(base);
  char *trampolines = base + stub_bytes;
  char *resolver = base + resolver_offset;
  uint64_t *slots = reinterpret_cast<uint64_t *>(base + code_bytes);
  using orc::ExecutorAddr;
  ABI::writeResolverCode(resolver, ExecutorAddr(address + resolver_offset), ExecutorAddr(reentry),
                         ExecutorAddr(context));
  if (count > 0) {
    ABI::writeTrampolines(trampolines, ExecutorAddr(address + stub_bytes),
                          ExecutorAddr(address + resolver_offset), count);
    ABI::writeIndirectStubsBlock(base, ExecutorAddr(address), ExecutorAddr(address + code_bytes),
                                 count);
  }
  for (uint64_t i = 0; i < count; ++i)
    slots[i] = address + stub_bytes + i * ABI::TrampolineSize;
  sys::MemoryBlock code(base, code_bytes);
  if (std::error_code protect =
          sys::Memory::protectMappedMemory(code, sys::Memory::MF_READ | sys::Memory::MF_EXEC))
    return LLVMCreateMessage(
        ("cannot make the entry stubs executable: " + protect.message()).c_str());
  *out = {address, ABI::StubSize, address + stub_bytes, ABI::TrampolineSize, address + code_bytes};
  return nullptr;
}

} // namespace

extern "C" {

// Entries for `count` functions (see `write_entries`); an error message (LLVMDisposeMessage)
// if this architecture has none.
char *tierup_make_entries(uint64_t count, uint64_t reentry, uint64_t context,
                                EntryBlock *out) {
  Triple triple(sys::getProcessTriple());
  switch (triple.getArch()) {
  case Triple::x86_64:
    if (triple.isOSWindows())
      return write_entries<orc::OrcX86_64_Win32>(count, reentry, context, out);
    return write_entries<orc::OrcX86_64_SysV>(count, reentry, context, out);
  case Triple::aarch64:
    return write_entries<orc::OrcAArch64>(count, reentry, context, out);
  case Triple::riscv64:
    return write_entries<orc::OrcRiscv64>(count, reentry, context, out);
  case Triple::loongarch64:
    return write_entries<orc::OrcLoongArch64>(count, reentry, context, out);
  default:
    return LLVMCreateMessage(("no entry stubs for the architecture of " + triple.str()).c_str());
  }
}

// A module in the context of the call instruction `call_ref` holding the call thunk
// `void name(ptr code, ptr ret, ptr args)`: it calls `code` as `call_ref` calls its callee (the
// same function type, calling convention and attributes), argument k loaded from the pointer
// `args[k]` (for a `byval` argument, that pointer itself), and stores the result at `ret`
// (8-byte aligned, like both). It makes the interpreter's native calls that libffi cannot
// describe (vectors): the same protocol as `ffi_call`, compiled for the one signature.
LLVMModuleRef tierup_call_thunk(LLVMValueRef call_ref, const char *name) {
  auto *call = unwrap<CallBase>(call_ref);
  Module &source = *call->getModule();
  LLVMContext &context = source.getContext();
  auto *module = new Module(name, context);
  module->setDataLayout(source.getDataLayout());
  module->setTargetTriple(source.getTargetTriple());
  Type *ptr = PointerType::getUnqual(context);
  auto *thunk =
      Function::Create(FunctionType::get(Type::getVoidTy(context), {ptr, ptr, ptr}, false),
                       GlobalValue::ExternalLinkage, name, module);
  IRBuilder<> builder(BasicBlock::Create(context, "", thunk));
  SmallVector<Value *, 8> args;
  for (unsigned k = 0; k < call->arg_size(); ++k) {
    Value *pointer = builder.CreateAlignedLoad(
        ptr, builder.CreateConstInBoundsGEP1_64(ptr, thunk->getArg(2), k), Align(8));
    args.push_back(call->isByValArgument(k)
                       ? pointer
                       : builder.CreateAlignedLoad(call->getArgOperand(k)->getType(), pointer,
                                                   Align(8)));
  }
  CallInst *inner = builder.CreateCall(call->getFunctionType(), thunk->getArg(0), args);
  inner->setCallingConv(call->getCallingConv());
  inner->setAttributes(call->getAttributes());
  if (!inner->getType()->isVoidTy())
    builder.CreateAlignedStore(inner, thunk->getArg(1), Align(8));
  builder.CreateRetVoid();
  return wrap(module);
}

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

// The image unit: every global variable of `src` (but `excluded`, which belong to one
// function's unit) and every alias of a global variable, as definitions. Functions are only
// declared: their names are the code cache's entries, and so are aliases of functions
// (`tierup_aliased`).
LLVMModuleRef tierup_build_image(LLVMModuleRef src_ref, const LLVMValueRef *excluded,
                                 size_t excluded_count) {
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

  for (const GlobalAlias &alias : src.aliases()) {
    if (isa<Function>(alias.getAliasee()->stripPointerCasts()))
      continue;
    auto *copy = GlobalAlias::create(alias.getValueType(), alias.getAddressSpace(),
                                     GlobalValue::ExternalLinkage, alias.getName(),
                                     MapValue(alias.getAliasee(), map, RF_None, nullptr,
                                              &declarer),
                                     image.get());
    copy->setVisibility(GlobalValue::DefaultVisibility);
  }
  return wrap(image.release());
}

// Read the body of a lazily loaded function and verify it; an error message
// (LLVMDisposeMessage) if either fails. Functions already in memory are left alone.
char *tierup_materialize(LLVMValueRef function_ref) {
  auto *function = unwrap<Function>(function_ref);
  if (!function->isMaterializable())
    return nullptr;
  if (Error error = function->materialize())
    return LLVMCreateMessage(toString(std::move(error)).c_str());
  std::string message;
  raw_string_ostream stream(message);
  if (verifyFunction(*function, &stream))
    return LLVMCreateMessage(message.c_str());
  return nullptr;
}

// Read every body of a lazily loaded module; an error message if that fails.
char *tierup_materialize_all(LLVMModuleRef module) {
  if (Error error = unwrap(module)->materializeAll())
    return LLVMCreateMessage(toString(std::move(error)).c_str());
  return nullptr;
}

namespace {

// Whether a value carrying a block address of `function` (`value`, or what is computed
// from it) may reach memory, another function or a caller: anywhere but the registers of
// `function` and the constant tables only it reads. Registers are all on-stack replacement
// translates from the interpreter's block tokens to the compiled code's block addresses.
bool block_address_escapes(const Value *value, const Function *function,
                           SmallPtrSetImpl<const Value *> &seen) {
  if (!seen.insert(value).second)
    return false;
  for (const Use &use : value->uses()) {
    const User *user = use.getUser();
    if (auto *global = dyn_cast<GlobalVariable>(user)) {
      // A table of block addresses: only loads (through address arithmetic) may use it.
      if (!global->isConstant())
        return true;
      SmallVector<const Value *, 8> addresses{global};
      while (!addresses.empty()) {
        const Value *address = addresses.pop_back_val();
        for (const User *reader : address->users()) {
          if (isa<GEPOperator>(reader) || isa<BitCastOperator>(reader)) {
            addresses.push_back(reader);
          } else if (auto *load = dyn_cast<LoadInst>(reader)) {
            if (load->getFunction() != function ||
                block_address_escapes(load, function, seen))
              return true;
          } else {
            return true;
          }
        }
      }
      continue;
    }
    if (isa<Constant>(user)) {
      if (block_address_escapes(user, function, seen))
        return true;
      continue;
    }
    auto *instruction = cast<Instruction>(user);
    if (instruction->getFunction() != function)
      return true;
    if (isa<IndirectBrInst>(instruction) || isa<CmpInst>(instruction) ||
        isa<SwitchInst>(instruction) || isa<BranchInst>(instruction))
      continue;
    if (isa<LoadInst>(instruction) && use.getOperandNo() == 0)
      continue;
    if (isa<PHINode>(instruction) || isa<SelectInst>(instruction) ||
        isa<GetElementPtrInst>(instruction) || isa<CastInst>(instruction) ||
        isa<BinaryOperator>(instruction) || isa<FreezeInst>(instruction)) {
      if (block_address_escapes(instruction, function, seen))
        return true;
      continue;
    }
    return true;
  }
  return false;
}

// The blocks reachable from `from`, itself included.
SmallPtrSet<BasicBlock *, 32> reachable_from(BasicBlock *from) {
  SmallPtrSet<BasicBlock *, 32> reachable;
  SmallVector<BasicBlock *, 32> work{from};
  while (!work.empty()) {
    BasicBlock *block = work.pop_back_val();
    if (reachable.insert(block).second)
      for (BasicBlock *next : successors(block))
        work.push_back(next);
  }
  return reachable;
}

// How an on-stack-replacement entry at `header` gets `value`.
enum class OsrNeed { None, HeaderPhi, Defined };

OsrNeed osr_need(Value *value, BasicBlock *header, const SmallPtrSetImpl<BasicBlock *> &reachable,
                 DominatorTree &dominators) {
  BasicBlock *block = nullptr;
  if (auto *instruction = dyn_cast<Instruction>(value)) {
    block = instruction->getParent();
    if (block == header && isa<PHINode>(instruction))
      return OsrNeed::HeaderPhi;
    if (block == header || !dominators.dominates(block, header))
      return OsrNeed::None;
  }
  bool used = any_of(value->uses(), [&](Use &use) {
    auto *user = cast<Instruction>(use.getUser());
    return reachable.count(user->getParent()) > 0;
  });
  return used ? OsrNeed::Defined : OsrNeed::None;
}

// Why `value` cannot be read from frame slot `slot`, or null.
const char *osr_unloadable(Value *value, uint32_t slot) {
  Type *type = value->getType();
  if (slot == UINT32_MAX)
    return "a live value has no frame slot";
  auto *vector = dyn_cast<VectorType>(type);
  if (type->isTokenTy() || type->isMetadataTy() || type->isLabelTy() ||
      (vector && vector->getElementType()->isIntegerTy(1)))
    return "a live value's frame form differs from its memory form";
  return nullptr;
}

// The parameters, then the instructions in block order: the values the frame's slots follow.
std::vector<Value *> frame_values(Function &function) {
  std::vector<Value *> values;
  for (Argument &argument : function.args())
    values.push_back(&argument);
  for (BasicBlock &block : function)
    for (Instruction &instruction : block)
      values.push_back(&instruction);
  return values;
}

// The indices, among `values` (`frame_values`), of those an entry at `header` loads.
std::vector<size_t> live_at(const std::vector<Value *> &values, BasicBlock *header,
                            DominatorTree &dominators) {
  auto reachable = reachable_from(header);
  std::vector<size_t> live;
  for (size_t k = 0; k < values.size(); ++k)
    if (osr_need(values[k], header, reachable, dominators) != OsrNeed::None)
      live.push_back(k);
  return live;
}

// The frame compiled code hands to an on-stack-replacement entry: per value of `values` in
// `live` (`live_at` the entry's header), in order, a slot of 8 bytes (or as many as its store
// size needs); UINT32_MAX for the others and for values without a size (tokens, labels:
// `osr_unloadable` refuses them). Returns the slots.
uint32_t compiled_frame(const std::vector<Value *> &values, const std::vector<size_t> &live,
                        const DataLayout &layout, std::vector<uint32_t> &registers) {
  registers.assign(values.size(), UINT32_MAX);
  uint32_t next = 0;
  for (size_t k : live) {
    Type *type = values[k]->getType();
    if (type->isVoidTy() || !type->isSized() || isa<ScalableVectorType>(type))
      continue;
    registers[k] = next;
    next += std::max<uint64_t>(1, divideCeil(layout.getTypeStoreSize(type).getFixedValue(), 8));
  }
  return next;
}

// Whether compiled code of `function` can move to an on-stack-replacement entry: not a
// variadic function (the entry's `va_start` would need the caller's registers), none whose
// blocks' addresses are taken (compiled block addresses have no tokens), none calling a
// function that returns twice (setjmp), none restoring a saved stack pointer (one saved in
// the baseline frame, above the entry's, would free the entry's frame).
bool compiled_osr_possible(Function &function) {
  if (function.isVarArg())
    return false;
  for (BasicBlock &block : function) {
    if (block.hasAddressTaken())
      return false;
    for (Instruction &instruction : block)
      if (auto *call = dyn_cast<CallBase>(&instruction))
        if (call->hasFnAttr(Attribute::ReturnsTwice) ||
            call->getIntrinsicID() == Intrinsic::stackrestore)
          return false;
  }
  return true;
}

// Why an entry at `header` cannot load what it needs from the frame, or null.
const char *osr_entry_problem(const std::vector<Value *> &values, const uint32_t *registers,
                              BasicBlock *header, DominatorTree &dominators) {
  auto reachable = reachable_from(header);
  for (size_t index = 0; index < values.size(); ++index)
    if (osr_need(values[index], header, reachable, dominators) != OsrNeed::None)
      if (const char *problem = osr_unloadable(values[index], registers[index]))
        return problem;
  return nullptr;
}

} // namespace

// The loop headers an on-stack-replacement version of `function_ref` entered at loop header
// `header_index` also enters, among `candidates` (block indices): the outermost loops'
// headers reachable from it, outside the loops around it, whose live values the frame holds.
// Entering there keeps every loop single-entry. Writes their indices to `out` (room for
// `candidate_count`) and returns how many.
size_t tierup_osr_entries(LLVMValueRef function_ref, uint32_t header_index,
                          const uint32_t *candidates, size_t candidate_count,
                          const uint32_t *registers, size_t register_count, uint32_t *out) {
  auto *function = unwrap<Function>(function_ref);
  std::vector<Value *> values = frame_values(*function);
  if (values.size() != register_count || header_index >= function->size())
    return 0;
  std::vector<BasicBlock *> blocks;
  for (BasicBlock &block : *function)
    blocks.push_back(&block);
  DominatorTree dominators(*function);
  LoopInfo loops(dominators);
  BasicBlock *header = blocks[header_index];
  auto reachable = reachable_from(header);
  size_t count = 0;
  for (size_t k = 0; k < candidate_count; ++k) {
    uint32_t index = candidates[k];
    if (index == header_index || index >= blocks.size())
      continue;
    BasicBlock *candidate = blocks[index];
    Loop *loop = loops.getLoopFor(candidate);
    if (!loop || loop->getHeader() != candidate || loop->getParentLoop() ||
        loop->contains(header) || !reachable.count(candidate))
      continue;
    if (!osr_entry_problem(values, registers, candidate, dominators))
      out[count++] = index;
  }
  return count;
}

// Whether a block address of `function_ref` may reach memory, another function or a caller
// (see `block_address_escapes`): then the interpreter's block tokens cannot be translated
// when on-stack replacement moves an activation to compiled code.
int tierup_block_addresses_escape(LLVMValueRef function_ref) {
  auto *function = unwrap<Function>(function_ref);
  SmallPtrSet<const Value *, 32> seen;
  for (BasicBlock &block : *function)
    if (BlockAddress *address = BlockAddress::lookup(&block))
      if (block_address_escapes(address, function, seen))
        return 1;
  return 0;
}

// Turn `function_ref`, a definition in a unit, into its on-stack-replacement version entered
// at the loop headers `header_indices` (block indices; see `tierup_osr_entries`):
// `void name(ptr frame, ptr result, i32 header)`. It starts at block `header` with every value
// that may be live there loaded from the interpreter's frame (`registers[k]` is the frame slot
// of value k: the parameters, then the instructions in block order), runs the rest of the
// function and stores its return value at `result`. Values defined before a header but
// redefined after another entry get SSA phis (SSAUpdater). For a function whose blocks'
// addresses are taken, the interpreter's frame holds its block tokens instead: a pointer
// `token_base + k` is the address of block `token_blocks[k]` (the function must pass
// `tierup_block_addresses_escape`, so that only registers hold them). The function's
// remaining references to itself go to `entry_name`. With `call_version` (not null), the
// version is also entered at the function's entry block (header 0), with the parameters in
// the frame, and `call_version` is a definition with the function's own type that calls it
// so: one compile serves the interpreted activation and later calls. An error message
// (LLVMDisposeMessage) when some live value has no frame slot or no memory form.
char *tierup_make_osr(LLVMValueRef function_ref, const uint32_t *header_indices,
                      size_t header_count, const uint32_t *registers, size_t register_count,
                      uint64_t token_base, const uint32_t *token_blocks, size_t token_count,
                      const char *entry_name, const char *call_version) {
  auto *original = unwrap<Function>(function_ref);
  Module &module = *original->getParent();
  LLVMContext &context = module.getContext();
  std::vector<Value *> values = frame_values(*original);
  if (values.size() != register_count || header_count == 0)
    return LLVMCreateMessage("the frame layout does not match the function");
  std::vector<BasicBlock *> blocks;
  for (BasicBlock &block : *original)
    blocks.push_back(&block);
  DominatorTree dominators(*original);
  struct Entry {
    uint32_t index;
    BasicBlock *header;
    SmallPtrSet<BasicBlock *, 32> reachable;
    BasicBlock *block = nullptr;
  };
  std::vector<Entry> entries;
  SmallPtrSet<BasicBlock *, 32> reachable;
  for (size_t k = 0; k < header_count; ++k) {
    if (header_indices[k] >= blocks.size())
      return LLVMCreateMessage("the frame layout does not match the function");
    BasicBlock *header = blocks[header_indices[k]];
    if (const char *problem = osr_entry_problem(values, registers, header, dominators))
      return LLVMCreateMessage(problem);
    entries.push_back({header_indices[k], header, reachable_from(header)});
    reachable.insert(entries.back().reachable.begin(), entries.back().reachable.end());
  }
  // The entry block has no predecessors, so no loop header is block 0.
  if (call_version) {
    entries.push_back({0, blocks[0], reachable_from(blocks[0])});
    reachable.insert(entries.back().reachable.begin(), entries.back().reachable.end());
  }

  Type *ptr = PointerType::getUnqual(context);
  Type *i32 = Type::getInt32Ty(context);
  auto *osr = Function::Create(FunctionType::get(Type::getVoidTy(context), {ptr, ptr, i32}, false),
                               GlobalValue::ExternalLinkage, original->getName() + ".osr",
                               &module);
  osr->addFnAttrs(AttrBuilder(context, original->getAttributes().getFnAttrs()));
  osr->addFnAttr(Attribute::NoInline);
  BasicBlock *entry = BasicBlock::Create(context, "osr.entry", osr);
  BasicBlock *unknown = BasicBlock::Create(context, "osr.unknown", osr);
  new UnreachableInst(context, unknown);
  auto *dispatch = SwitchInst::Create(osr->getArg(2), unknown, entries.size(), entry);
  for (Entry &at : entries) {
    at.block = BasicBlock::Create(context, "osr.at", osr);
    dispatch->addCase(ConstantInt::get(cast<IntegerType>(i32), at.index), at.block);
  }
  Value *frame = osr->getArg(0);
  Value *result = osr->getArg(1);
  // The compiled block addresses, by token: created while the blocks are still the
  // original's, they follow the blocks into `osr`.
  GlobalVariable *addresses = nullptr;
  if (token_count > 0) {
    std::vector<Constant *> table;
    for (size_t k = 0; k < token_count; ++k) {
      if (token_blocks[k] >= blocks.size())
        return LLVMCreateMessage("the frame layout does not match the function");
      table.push_back(BlockAddress::get(blocks[token_blocks[k]]));
    }
    auto *type = ArrayType::get(ptr, token_count);
    addresses = new GlobalVariable(module, type, true, GlobalValue::PrivateLinkage,
                                   ConstantArray::get(type, table),
                                   original->getName() + ".osr.blocks");
  }
  auto from_frame = [&](BasicBlock *at, Value *value, size_t index) -> Value * {
    IRBuilder<> builder(at);
    Value *slot = builder.CreateConstInBoundsGEP1_64(builder.getInt8Ty(), frame,
                                                     uint64_t(registers[index]) * 8);
    Value *loaded = builder.CreateAlignedLoad(value->getType(), slot, Align(8),
                                              value->getName() + ".osr");
    if (!addresses || !value->getType()->isPointerTy())
      return loaded;
    // A block token becomes the block's address; any other pointer stays.
    Type *i64 = builder.getInt64Ty();
    Value *token = builder.CreateSub(builder.CreatePtrToInt(loaded, i64),
                                     ConstantInt::get(i64, token_base));
    Value *is_token = builder.CreateICmpULT(token, ConstantInt::get(i64, token_count));
    Value *k = builder.CreateSelect(is_token, token, ConstantInt::get(i64, 0));
    Value *entry = builder.CreateInBoundsGEP(addresses->getValueType(), addresses,
                                             {ConstantInt::get(i64, 0), k});
    Value *address = builder.CreateAlignedLoad(ptr, entry, Align(8));
    return builder.CreateSelect(is_token, address, loaded);
  };
  // Per value redefined at some entry: where it comes from the frame.
  SmallVector<std::pair<Value *, SmallVector<std::pair<BasicBlock *, Value *>, 2>>, 32> redefined;
  for (size_t index = 0; index < values.size(); ++index) {
    Value *value = values[index];
    SmallVector<std::pair<BasicBlock *, Value *>, 2> loads;
    for (Entry &at : entries) {
      switch (osr_need(value, at.header, at.reachable, dominators)) {
      case OsrNeed::None:
        break;
      case OsrNeed::HeaderPhi:
        cast<PHINode>(value)->addIncoming(from_frame(at.block, value, index), at.block);
        break;
      case OsrNeed::Defined:
        loads.push_back({at.block, from_frame(at.block, value, index)});
        break;
      }
    }
    if (!loads.empty())
      redefined.push_back({value, loads});
  }
  for (Entry &at : entries)
    BranchInst::Create(at.header, at.block);
  // Moving the body over keeps `original` as an empty shell whose arguments still have uses
  // outside the entries' reach; those blocks go away as unreachable.
  osr->splice(osr->end(), original);

  for (auto &[value, loads] : redefined) {
    SSAUpdater updater;
    updater.Initialize(value->getType(), value->getName());
    for (auto &[block, loaded] : loads)
      updater.AddAvailableValue(block, loaded);
    auto *instruction = dyn_cast<Instruction>(value);
    if (instruction && reachable.count(instruction->getParent()))
      updater.AddAvailableValue(instruction->getParent(), instruction);
    SmallVector<Use *, 16> uses;
    for (Use &use : value->uses()) {
      auto *user = cast<Instruction>(use.getUser());
      BasicBlock *at = user->getParent();
      if (auto *phi = dyn_cast<PHINode>(user))
        at = phi->getIncomingBlock(use);
      if (reachable.count(at))
        uses.push_back(&use);
    }
    for (Use *use : uses)
      updater.RewriteUseAfterInsertions(*use);
  }
  removeUnreachableBlocks(*osr);
  if (call_version) {
    // Entered at block 0 too: its static allocas go to the real entry, so that they stay
    // static (and promotable) there.
    Instruction *first = &*osr->getEntryBlock().getFirstInsertionPt();
    SmallVector<AllocaInst *, 16> allocas;
    for (Instruction &instruction : *blocks[0])
      if (auto *alloca = dyn_cast<AllocaInst>(&instruction))
        if (isa<ConstantInt>(alloca->getArraySize()))
          allocas.push_back(alloca);
    for (AllocaInst *alloca : allocas)
      alloca->moveBefore(first->getIterator());
  }

  SmallVector<ReturnInst *, 8> returns;
  for (BasicBlock &block : *osr)
    if (auto *ret = dyn_cast<ReturnInst>(block.getTerminator()))
      returns.push_back(ret);
  for (ReturnInst *ret : returns) {
    IRBuilder<> at(ret);
    if (Value *value = ret->getReturnValue())
      at.CreateStore(value, result);
    at.CreateRetVoid();
    ret->eraseFromParent();
  }
  if (call_version) {
    // `call_version(args...)`: the parameters into a frame of their own, then the version
    // from block 0.
    auto *call = Function::Create(original->getFunctionType(), GlobalValue::ExternalLinkage,
                                  call_version, &module);
    call->setAttributes(original->getAttributes());
    IRBuilder<> builder(BasicBlock::Create(context, "", call));
    const DataLayout &layout = module.getDataLayout();
    uint64_t slots = 1;
    for (Argument &argument : original->args())
      slots = std::max<uint64_t>(
          slots, registers[argument.getArgNo()] +
                     divideCeil(layout.getTypeStoreSize(argument.getType()).getFixedValue(), 8));
    auto *frame_type = ArrayType::get(builder.getInt64Ty(), slots);
    AllocaInst *frame_memory = builder.CreateAlloca(frame_type);
    frame_memory->setAlignment(Align(16));
    for (auto [argument, parameter] : zip(original->args(), call->args()))
      builder.CreateAlignedStore(
          &parameter,
          builder.CreateConstInBoundsGEP1_64(builder.getInt8Ty(), frame_memory,
                                             uint64_t(registers[argument.getArgNo()]) * 8),
          Align(8));
    Type *returns = original->getReturnType();
    AllocaInst *result_memory = returns->isVoidTy() ? nullptr : builder.CreateAlloca(returns);
    Value *result_pointer =
        result_memory ? static_cast<Value *>(result_memory) : ConstantPointerNull::get(cast<PointerType>(ptr));
    builder.CreateCall(osr, {frame_memory, result_pointer, builder.getInt32(0)});
    if (result_memory)
      builder.CreateRet(builder.CreateLoad(returns, result_memory));
    else
      builder.CreateRetVoid();
  }
  // What still calls or takes the function (recursion in a function whose blocks'
  // addresses are taken, which keeps its references to itself) goes to its entry.
  std::string name = original->getName().str();
  if (!original->use_empty()) {
    FunctionCallee entry = module.getOrInsertFunction(entry_name, original->getFunctionType());
    original->replaceAllUsesWith(entry.getCallee());
  }
  original->eraseFromParent();
  osr->setName(name);
  return nullptr;
}

// Whether some parameter of `function` holds a vector wider than 128 bits. Such arguments
// travel in registers whose upper halves the first-call trampoline does not save.
int tierup_wide_vector_arguments(LLVMValueRef function) {
  std::function<bool(Type *)> wide = [&](Type *type) {
    if (auto *vector = dyn_cast<VectorType>(type))
      return vector->getPrimitiveSizeInBits().getKnownMinValue() > 128;
    for (Type *element : type->subtypes())
      if (wide(element))
        return true;
    return false;
  };
  for (Type *param : unwrap<Function>(function)->getFunctionType()->params())
    if (wide(param))
      return 1;
  return 0;
}

// The function an alias names (its entry is the alias's address), or null.
LLVMValueRef tierup_aliased_function(LLVMValueRef alias) {
  return wrap(dyn_cast<Function>(unwrap<GlobalAlias>(alias)->getAliasee()->stripPointerCasts()));
}

// Count entries and loop iterations of `function_ref` in its profile, at address
// `profile_address` ({i64 calls, i64 loops, i64 call limit, i64 loop limit}); when a count reaches
// its limit, call `hot_name(id, kind)`, kind 0 for calls and 1 for loops. The counters use
// relaxed atomic loads and stores: cheap, and an occasional lost update between threads does
// not matter.
//
// With `osr_name` (not null), a loop header whose count reaches the limit calls
// `ptr osr_name(i64 id, i64 site)` instead (site: the header's index in the body as given,
// and `osr_tier` shifted left by 32): a non-null result is the function's on-stack-replacement entry there (see
// `tierup_make_osr`), and the activation moves to it, with the values live at the header in a
// frame laid out by `compiled_frame`, and returns what it returns.
void tierup_instrument(LLVMValueRef function_ref, uint64_t profile_address, const char *hot_name,
                       uint64_t id, const char *osr_name, uint32_t osr_tier) {
  auto *function = unwrap<Function>(function_ref);
  Module &module = *function->getParent();
  LLVMContext &context = function->getContext();
  Type *i64 = Type::getInt64Ty(context);
  StructType *profile_type = StructType::get(context, {i64, i64, i64, i64});
  Constant *profile = ConstantExpr::getIntToPtr(ConstantInt::get(i64, profile_address),
                                                PointerType::getUnqual(context));
  FunctionCallee hot = module.getOrInsertFunction(
      hot_name, FunctionType::get(Type::getVoidTy(context), {i64, i64}, false));
  MDNode *unlikely = MDBuilder(context).createUnlikelyBranchWeights();

  // Returns the branch at the end of the block that runs when the limit is reached.
  auto count = [&](Instruction *before, unsigned counter, unsigned limit) {
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
    return cast<BranchInst>(SplitBlockAndInsertIfThen(reached, before, false, unlikely));
  };
  auto call_hot = [&](Instruction *before, uint64_t kind) {
    IRBuilder<> builder(before);
    builder.CreateCall(hot, {builder.getInt64(id), builder.getInt64(kind)});
  };

  // Loop headers first (LoopInfo, block indices and the live values at each header are
  // taken from the unmodified body).
  DominatorTree dominators(*function);
  LoopInfo loops(dominators);
  DenseMap<BasicBlock *, uint32_t> index;
  uint32_t blocks = 0;
  for (BasicBlock &block : *function)
    index[&block] = blocks++;
  struct Transfer {
    uint32_t header;
    SmallVector<std::pair<Value *, uint32_t>, 16> live;
    uint32_t slots;
  };
  // Each header's transfer stores its live values: in a large function (an interpreter's
  // loop with hundreds of values live across hundreds of loops) that would multiply the
  // baseline compile's time, so the outer loops (first in preorder) get them within a budget.
  size_t budget = 256;
  std::vector<Value *> values = frame_values(*function);
  bool transfers = osr_name && compiled_osr_possible(*function);
  SmallVector<std::pair<BasicBlock *, std::optional<Transfer>>, 16> headers;
  for (Loop *loop : loops.getLoopsInPreorder()) {
    BasicBlock *header = loop->getHeader();
    std::optional<Transfer> transfer;
    if (transfers && budget > 0) {
      std::vector<size_t> live = live_at(values, header, dominators);
      std::vector<uint32_t> registers;
      uint32_t slots = compiled_frame(values, live, module.getDataLayout(), registers);
      transfer = Transfer{index[header], {}, slots};
      for (size_t k : live) {
        if (osr_unloadable(values[k], registers[k]) || transfer->live.size() == budget) {
          transfer.reset();
          break;
        }
        transfer->live.push_back({values[k], registers[k]});
      }
      if (transfer)
        budget -= transfer->live.size();
    }
    headers.push_back({header, std::move(transfer)});
  }
  Type *ptr = PointerType::getUnqual(context);
  Type *i32 = Type::getInt32Ty(context);
  FunctionType *entry_type = FunctionType::get(Type::getVoidTy(context), {ptr, ptr, i32}, false);
  for (auto &[header, transfer] : headers) {
    if (header->getFirstInsertionPt() == header->end())
      continue;
    BranchInst *then = count(&*header->getFirstInsertionPt(), 1, 3);
    if (!transfer) {
      call_hot(then, 1);
      continue;
    }
    // `code = osr(id, header)`; if not null, the frame, the entry, and return its result.
    FunctionCallee osr = module.getOrInsertFunction(
        osr_name, FunctionType::get(ptr, {i64, i64}, false));
    IRBuilder<> builder(then);
    uint64_t site = uint64_t(osr_tier) << 32 | transfer->header;
    Value *code = builder.CreateCall(osr, {builder.getInt64(id), builder.getInt64(site)});
    Value *ready = builder.CreateICmpNE(code, ConstantPointerNull::get(cast<PointerType>(ptr)));
    BasicBlock *moving = BasicBlock::Create(context, "osr.transfer", function);
    BranchInst::Create(moving, then->getSuccessor(0), ready, then->getParent());
    then->eraseFromParent();
    IRBuilder<> at(moving);
    AllocaInst *frame = at.CreateAlloca(i64, at.getInt32(std::max<uint32_t>(transfer->slots, 1)));
    frame->setAlignment(Align(16));
    for (auto &[value, slot] : transfer->live)
      at.CreateAlignedStore(value, at.CreateConstInBoundsGEP1_64(at.getInt8Ty(), frame, uint64_t(slot) * 8),
                            Align(8));
    Type *returns = function->getReturnType();
    Value *result = ConstantPointerNull::get(cast<PointerType>(ptr));
    if (!returns->isVoidTy()) {
      AllocaInst *room = at.CreateAlloca(returns);
      room->setAlignment(Align(16));
      result = room;
    }
    at.CreateCall(entry_type, code, {frame, result, at.getInt32(transfer->header)});
    if (returns->isVoidTy())
      at.CreateRetVoid();
    else
      at.CreateRet(at.CreateLoad(returns, result));
  }

  // Entry: after the static allocas, so that they stay in the entry block.
  BasicBlock &entry = function->getEntryBlock();
  BasicBlock::iterator position = entry.getFirstInsertionPt();
  while (isa<AllocaInst>(*position))
    ++position;
  call_hot(count(&*position, 0, 2), 0);
}

// The frame slot of each value of `function_ref` (see `compiled_frame`) in the frame its
// compiled code hands to an on-stack-replacement entry at the block `header_index`. Writes up
// to `capacity` to `out`; returns how many values there are.
size_t tierup_compiled_frame(LLVMValueRef function_ref, uint32_t header_index, uint32_t *out,
                             size_t capacity) {
  auto *function = unwrap<Function>(function_ref);
  BasicBlock *header = nullptr;
  uint32_t index = 0;
  for (BasicBlock &block : *function)
    if (index++ == header_index)
      header = &block;
  if (!header)
    return 0;
  DominatorTree dominators(*function);
  std::vector<Value *> values = frame_values(*function);
  std::vector<uint32_t> registers;
  compiled_frame(values, live_at(values, header, dominators),
                 function->getParent()->getDataLayout(), registers);
  std::copy_n(registers.begin(), std::min(capacity, registers.size()), out);
  return registers.size();
}

// The indices of the blocks of `function_ref` whose address is taken, in block order: the
// interpreter's block tokens follow it. Writes up to `capacity` to `out`; returns how many.
size_t tierup_address_taken_blocks(LLVMValueRef function_ref, uint32_t *out, size_t capacity) {
  size_t count = 0;
  uint32_t index = 0;
  for (BasicBlock &block : *unwrap<Function>(function_ref)) {
    if (block.hasAddressTaken()) {
      if (count < capacity)
        out[count] = index;
      ++count;
    }
    ++index;
  }
  return count;
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
  // Until nothing changes: promoting one alloca can make another promotable (one whose
  // address was only stored into the first), and every caller must see the same body
  // however often it was promoted before (on-stack replacement lays frames over it).
  size_t promoted = 0;
  for (;;) {
    std::vector<AllocaInst *> allocas;
    for (Instruction &instruction : function->getEntryBlock())
      if (auto *alloca = dyn_cast<AllocaInst>(&instruction))
        if (isAllocaPromotable(alloca))
          allocas.push_back(alloca);
    if (allocas.empty())
      return promoted;
    DominatorTree tree(*function);
    PromoteMemToReg(allocas, tree);
    promoted += allocas.size();
  }
}

// Resolves a global value's name to its run-time address; 0 when it has none.
typedef uint64_t (*tierup_address_fn)(void *context, const char *name, size_t length);

} // extern "C"

namespace {

struct ConstantWriter {
  const DataLayout &layout;
  tierup_address_fn address;
  void *address_context;
  // The function whose block addresses are tokens: `token_base + k` for its `k`th block
  // whose address is taken (`tierup_address_taken_blocks`).
  const Function *token_function;
  uint64_t token_base;
  std::string error;

  // The address a pointer constant denotes.
  bool pointer(const Constant *constant, uint64_t &out) {
    if (isa<ConstantPointerNull>(constant) || isa<UndefValue>(constant)) {
      out = 0;
      return true;
    }
    if (auto *block_address = dyn_cast<BlockAddress>(constant)) {
      if (block_address->getFunction() != token_function) {
        error = "a block address of another function";
        return false;
      }
      out = token_base;
      for (const BasicBlock &block : *token_function) {
        if (&block == block_address->getBasicBlock())
          return true;
        if (block.hasAddressTaken())
          ++out;
      }
      return unsupported(constant);
    }
    if (auto *global = dyn_cast<GlobalValue>(constant)) {
      out = address(address_context, global->getName().data(), global->getName().size());
      // An `extern_weak` declaration nothing defines is null, as the linker makes it.
      if (out == 0 && !(global->isDeclaration() && global->hasExternalWeakLinkage())) {
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
// resolving global values through `address`, and the block addresses of `token_function` (if
// not null) to its block tokens from `token_base`. Returns null, or an error message to free with
// `LLVMDisposeMessage`.
char *tierup_constant_bytes(LLVMModuleRef module_ref, LLVMValueRef constant_ref, uint8_t *out,
                            size_t size, tierup_address_fn address, void *address_context,
                            LLVMValueRef token_function, uint64_t token_base) {
  ConstantWriter writer{unwrap(module_ref)->getDataLayout(),
                        address,
                        address_context,
                        token_function ? unwrap<Function>(token_function) : nullptr,
                        token_base,
                        {}};
  if (writer.write(unwrap<Constant>(constant_ref), out, size))
    return nullptr;
  return strdup(writer.error.c_str());
}

// Decompose the address computation `gep_ref` (a getelementptr instruction) into a constant
// byte offset and up to `capacity` (index, scale) pairs. Returns the number of pairs, or -1
// when it cannot be decomposed (too many indices; vector GEPs unless `vectors`, when an
// index may be a vector, of which each lane is scaled).
long tierup_gep_offsets(LLVMModuleRef module_ref, LLVMValueRef gep_ref, int64_t *constant,
                        LLVMValueRef *indices, int64_t *scales, size_t capacity, int vectors) {
  const DataLayout &layout = unwrap(module_ref)->getDataLayout();
  auto *gep = cast<GEPOperator>(unwrap(gep_ref));
  if (gep->getType()->isVectorTy() && !vectors)
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
    if (index->getType()->isVectorTy() && !vectors)
      return -1;
    indices[count] = wrap(index);
    scales[count] = scale.getSExtValue();
    ++count;
  }
  return count;
}

// Object code generation with one pass pipeline for many modules. Building the legacy
// codegen pipeline (`addPassesToEmitFile`) took about a quarter of a small function's
// compile; the pipeline runs on one module after another, as `llc -compile-twice` does
// (each run initialises and finalises its per-module state, and the streamer is reset after
// each object).
struct TierupEmitter {
  TargetMachine *machine;
  legacy::PassManager passes;
  SmallVector<char, 0> object;
  raw_svector_ostream stream{object};
};

// A pipeline emitting object files for `machine`, or null with a message in `error`.
TierupEmitter *tierup_emitter_create(LLVMTargetMachineRef machine, char **error) {
  auto emitter = std::make_unique<TierupEmitter>();
  emitter->machine = reinterpret_cast<TargetMachine *>(machine);
  if (emitter->machine->addPassesToEmitFile(emitter->passes, emitter->stream, nullptr,
                                            CodeGenFileType::ObjectFile)) {
    *error = LLVMCreateMessage("the target cannot emit object files");
    return nullptr;
  }
  return emitter.release();
}

// The object file of `module` (which gets the machine's data layout, as
// LLVMTargetMachineEmitToMemoryBuffer does).
LLVMMemoryBufferRef tierup_emitter_run(TierupEmitter *emitter, LLVMModuleRef module_ref) {
  Module *module = unwrap(module_ref);
  module->setDataLayout(emitter->machine->createDataLayout());
  emitter->object.clear();
  emitter->passes.run(*module);
  return LLVMCreateMemoryBufferWithMemoryRangeCopy(emitter->object.data(),
                                                   emitter->object.size(), "");
}

void tierup_emitter_dispose(TierupEmitter *emitter) { delete emitter; }

} // extern "C"

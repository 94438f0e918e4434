//! Units: the program cut into functions that compile on their own.
//!
//! The prepared module stays in one LLVM context (the source), behind a lock; function bodies
//! are read from bitcode (and verified) the first time a unit needs them. Compiling a
//! function takes a unit out of it: a module with that function (under a version name),
//! declarations of what it refers to and, for the optimising tier, available_externally copies
//! of its callees. A cheap (O0) compile happens right there, under the lock; for a long one
//! the unit travels as bitcode to a context of the compiling thread's own, so that the lock is
//! held only to cut the unit out. Globals are not in units: they live once, in the image.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Mutex, OnceLock};

use crate::llvm::{Linkage, Module, OwnedModule, UnitSpec, Value};

/// What the engine knows about one defined function.
pub struct FunctionInfo {
    pub name: String,
    /// It takes vectors wider than 128 bits, so it is compiled before the program starts (the
    /// first-call trampoline preserves only 128 bits of each vector register).
    pub wide_vector_arguments: bool,
    /// Globals that hold this function's block addresses and so live in its unit (and the
    /// interpreter makes its own copies of them).
    pub privates: Vec<String>,
    /// What its body says, read when the body is first needed (bodies load lazily).
    body: OnceLock<Body>,
}

/// What the engine learns from a function's body.
struct Body {
    /// Its blocks are address-taken (computed goto): its body refers to its own blocks.
    address_bound: bool,
    /// Functions it calls directly (ids).
    callees: Vec<usize>,
    /// Number of instructions.
    size: usize,
}

/// Why a program cannot be cut into units, with its module (to compile it whole instead).
pub struct Unsplittable {
    pub reason: String,
    pub source: OwnedModule,
}

pub struct Program {
    source: Mutex<OwnedModule>,
    pub functions: Vec<FunctionInfo>,
    /// Function ids by name.
    pub ids: HashMap<String, usize>,
}

/// Budget for the callee bodies given to the optimiser with one function: direct callees only
/// (deeper copies cost more compile time than their inlining gained, measured on the suite).
const INLINE_DEPTH: usize = 1;
const INLINE_CALLEE_LIMIT: usize = 2_000;
const INLINE_TOTAL_LIMIT: usize = 10_000;
/// Functions above this size get copies only of callees that ran (SQLite's VDBE loop has
/// about 16,000 instructions; a small bytecode VM's, 900, needs its handlers copied before
/// they have all run: 0.87 s against 1.08 s), and fewer of them (`INLINE_LARGE_LIMIT`).
const PROFILED_INLINING_SIZE: usize = 4_000;
/// The budget of copies for those: their compile holds up every other, and copies made it
/// longer than their inlining paid back (VDBE loop 0.9-1.2 s of O3 with 10,000 instructions
/// of copies, 0.67 s with 1,000; interleaved runs, 5 each: SQLite 2.27 -> 2.19 s, Lua 1.76 ->
/// 1.72 s).
const INLINE_LARGE_LIMIT: usize = 1_000;

/// Make every definition a uniquely named external symbol, so that units can refer to each
/// other: names are already unique within a module, so internal symbols keep theirs.
pub fn normalize(module: &mut Module<'_>) {
    module.strip_debug_info();
    let mut anonymous = 0;
    let globals = module
        .functions()
        .into_iter()
        .chain(module.globals())
        .chain(module.aliases());
    for global in globals {
        if global.is_declaration() || global.name().starts_with("llvm.") {
            continue;
        }
        if global.name().is_empty() {
            global.set_name(&format!("__tierup.anonymous.{anonymous}"));
            anonymous += 1;
        }
        if global.linkage() != Linkage::AvailableExternally {
            global.make_external();
        }
        if !global.is_alias() {
            global.clear_comdat();
        }
    }
}

/// The functions that get a unit, a slot and an entry: every definition, in module order.
pub fn defined_functions<'m>(module: &'m Module<'_>) -> Vec<Value<'m>> {
    module
        .functions()
        .into_iter()
        .filter(|f| !f.is_declaration() && f.linkage() != Linkage::AvailableExternally)
        .collect()
}

/// The globals holding block addresses, which live in their function's unit.
pub fn private_globals<'m>(module: &'m Module<'_>) -> Vec<(Value<'m>, Value<'m>)> {
    module
        .globals()
        .into_iter()
        .filter_map(|g| g.block_address_owner().map(|owner| (g, owner)))
        .collect()
}

/// Aliases that name a defined function, whose entry they share: `(alias, function)`.
pub fn function_aliases(module: &Module<'_>) -> Vec<(String, String)> {
    module
        .aliases()
        .into_iter()
        .filter_map(|alias| Some((alias.name(), alias.aliased_function()?.name())))
        .collect()
}

impl Program {
    pub fn new(source: OwnedModule) -> Result<Program, Unsplittable> {
        let functions = match Self::describe(&source) {
            Ok(functions) => functions,
            Err(reason) => return Err(Unsplittable { reason, source }),
        };
        let ids = functions
            .iter()
            .enumerate()
            .map(|(i, f)| (f.name.clone(), i))
            .collect();
        Ok(Program {
            source: Mutex::new(source),
            functions,
            ids,
        })
    }

    /// The function table, or why the program cannot be cut into units. Only signatures and
    /// globals are read here: bodies are read on first use.
    fn describe(source: &OwnedModule) -> Result<Vec<FunctionInfo>, String> {
        let module = source.module();
        let mut privates: HashMap<String, Vec<String>> = HashMap::new();
        for (global, owner) in private_globals(module) {
            // A module with such globals is loaded whole (`load`), so every user is visible.
            let foreign_user = global
                .users()
                .iter()
                .any(|u| u.parent_function() != Some(owner));
            if foreign_user {
                return Err(format!(
                    "global '{}' holds block addresses of '{}' and is used outside it",
                    global.name(),
                    owner.name()
                ));
            }
            privates
                .entry(owner.name())
                .or_default()
                .push(global.name());
        }
        Ok(defined_functions(module)
            .iter()
            .map(|function| {
                let name = function.name();
                FunctionInfo {
                    wide_vector_arguments: function.has_wide_vector_arguments(),
                    privates: privates.remove(&name).unwrap_or_default(),
                    body: OnceLock::new(),
                    name,
                }
            })
            .collect())
    }

    /// Function `id` of `module` with its body read (and verified), and what it says.
    fn body<'m>(&self, module: &'m Module<'_>, id: usize) -> Result<(Value<'m>, &Body), String> {
        let info = &self.functions[id];
        let function = module
            .function(&info.name)
            .expect("units name defined functions");
        function
            .materialize()
            .map_err(|message| format!("invalid body of function '{}': {message}", info.name))?;
        let body = info.body.get_or_init(|| {
            let (callees, size) = function.direct_callees();
            Body {
                address_bound: function.has_block_addresses(),
                callees: callees
                    .iter()
                    .filter_map(|c| self.ids.get(&c.name()).copied())
                    .collect(),
                size,
            }
        });
        Ok((function, body))
    }

    /// Function `id`'s number of instructions, once its body has been read.
    pub fn size(&self, id: usize) -> Option<usize> {
        self.functions[id].body.get().map(|body| body.size)
    }

    /// Run `work` with the source module (one thread at a time).
    pub fn with_source<T>(&self, work: impl FnOnce(&Module<'_>) -> T) -> T {
        let source = self.source.lock().unwrap_or_else(|e| e.into_inner());
        work(source.module())
    }

    /// Run `work` on function `id` of the source module, its body read, under the lock.
    pub fn with_function<T>(
        &self,
        id: usize,
        work: impl FnOnce(&Module<'_>, Value<'_>) -> T,
    ) -> Result<T, String> {
        self.with_source(|module| {
            let (function, _) = self.body(module, id)?;
            Ok(work(module, function))
        })
    }

    /// Callees worth giving the optimiser with function `id`: breadth first from its direct
    /// callees, small ones, within a total budget. For a large function (an interpreter's
    /// dispatch loop), only those that `ran` says were called: most of its callees serve
    /// cases the program does not use, and each copy costs compile time. A smaller function
    /// gets them all: compiled early (on-stack replacement), its profile is not yet complete.
    fn inline_candidates<'m>(
        &self,
        module: &'m Module<'_>,
        id: usize,
        ran: &dyn Fn(usize) -> bool,
    ) -> Result<Vec<Value<'m>>, String> {
        let mut chosen = Vec::new();
        let mut seen: HashSet<usize> = HashSet::from([id]);
        let root = self.body(module, id)?.1;
        let only_ran = root.size > PROFILED_INLINING_SIZE;
        let mut queue: VecDeque<(usize, usize)> = root.callees.iter().map(|&c| (c, 1)).collect();
        let mut total = 0;
        while let Some((callee, depth)) = queue.pop_front() {
            if !seen.insert(callee) || (only_ran && !ran(callee)) {
                continue;
            }
            let (function, body) = self.body(module, callee)?;
            let info = &self.functions[callee];
            if body.address_bound || !info.privates.is_empty() || body.size > INLINE_CALLEE_LIMIT {
                continue;
            }
            let limit = if only_ran {
                INLINE_LARGE_LIMIT
            } else {
                INLINE_TOTAL_LIMIT
            };
            if total + body.size > limit {
                // A large function's budget is smaller than the largest callee allowed:
                // smaller ones further on may still fit.
                if only_ran {
                    continue;
                }
                break;
            }
            total += body.size;
            chosen.push(function);
            if depth < INLINE_DEPTH {
                queue.extend(body.callees.iter().map(|&c| (c, depth + 1)));
            }
        }
        Ok(chosen)
    }

    /// Run `work` on a unit holding function `id` as `version_name`, in the source's context,
    /// under its lock. With `callees`, the unit holds copies of the callees it says ran, for
    /// the optimiser to inline.
    pub fn with_unit<T>(
        &self,
        id: usize,
        version_name: &str,
        callees: Option<&dyn Fn(usize) -> bool>,
        work: impl FnOnce(&mut Module<'_>) -> T,
    ) -> Result<T, String> {
        let info = &self.functions[id];
        self.with_source(|module| {
            let (function, body) = self.body(module, id)?;
            let copies = match callees {
                Some(ran) => self.inline_candidates(module, id, ran)?,
                None => Vec::new(),
            };
            let privates: Vec<Value<'_>> = info
                .privates
                .iter()
                .filter_map(|name| module.global(name))
                .collect();
            let mut unit = module.extract_unit(&UnitSpec {
                function,
                version_name,
                self_to_entry: !body.address_bound,
                copies: &copies,
                privates: &privates,
            });
            Ok(work(&mut unit))
        })
    }
}

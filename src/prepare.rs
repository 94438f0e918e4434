//! Prepare: turn a verified module into one the code cache can run.
//!
//! - checks the entry function's signature,
//! - checks that every external symbol the program uses resolves somewhere,
//! - lowers thread-local variables to the runtime's per-thread storage (one storage for every
//!   tier, so interpreted and compiled code of one thread see the same variable),
//! - replaces `llvm.global_ctors` / `llvm.global_dtors` by two functions the runtime calls.

use std::path::Path;

use crate::Error;
use crate::llvm::{Builder, Context, Linkage, Module, Signature, Type, Value, constant};
use crate::runtime::{self, EntryShape};

/// The symbols the runtime looks up in a prepared module.
pub const CONSTRUCTORS: &str = "__tierup.constructors";
pub const DESTRUCTORS: &str = "__tierup.destructors";

/// What `prepare` learned about the module.
pub struct Prepared {
    pub entry: String,
    pub shape: EntryShape,
}

pub fn prepare(
    context: &Context,
    module: &Module<'_>,
    path: &Path,
    entry: &str,
) -> Result<Prepared, Error> {
    let shape = check_entry(module, path, entry)?;
    check_externals(module, path)?;
    lower_thread_locals(context, module, path)?;
    lower_structors(context, module, "llvm.global_ctors", CONSTRUCTORS, false);
    lower_structors(context, module, "llvm.global_dtors", DESTRUCTORS, true);
    Ok(Prepared {
        entry: entry.to_string(),
        shape,
    })
}

fn check_entry(module: &Module<'_>, path: &Path, name: &str) -> Result<EntryShape, Error> {
    let function = module
        .function(name)
        .filter(|f| !f.is_declaration())
        .ok_or_else(|| Error::MissingEntry {
            path: path.to_path_buf(),
            name: name.to_string(),
        })?;
    let signature = function.value_type();
    let (ret, params, variadic) = signature.function_parts();
    let returns_status = match (ret.is_void(), ret.int_width()) {
        (true, _) => false,
        (false, Some(32)) => true,
        _ => return Err(bad_signature(path, name, signature)),
    };
    let argc_ok = |t: Type<'_>| t.int_width() == Some(32);
    let arity = match params.as_slice() {
        [] => 0,
        [argc, argv] if argc_ok(*argc) && argv.is_pointer() => 2,
        [argc, argv, envp] if argc_ok(*argc) && argv.is_pointer() && envp.is_pointer() => 3,
        _ => return Err(bad_signature(path, name, signature)),
    };
    if variadic {
        return Err(bad_signature(path, name, signature));
    }
    // The entry must be visible to the linker even if the IR made it internal.
    function.make_external();
    Ok(EntryShape {
        arity,
        returns_status,
    })
}

fn bad_signature(path: &Path, name: &str, signature: Type<'_>) -> Error {
    Error::EntrySignature {
        path: path.to_path_buf(),
        name: name.to_string(),
        signature: signature.to_ir(),
    }
}

/// Every declared function or variable that is used must resolve in the process, a loaded
/// library or the runtime; `extern_weak` ones may stay null.
fn check_externals(module: &Module<'_>, path: &Path) -> Result<(), Error> {
    let declarations = module
        .functions()
        .into_iter()
        .filter(|f| !f.is_intrinsic())
        .chain(module.globals());
    for declaration in declarations {
        if !declaration.is_declaration() || declaration.linkage() == Linkage::ExternalWeak {
            continue;
        }
        let symbol = declaration.name();
        if runtime::resolves(&symbol) {
            continue;
        }
        // Uses inside bodies not read yet (lazy bitcode) are invisible: read them all, which
        // happens only on the way to this error.
        let mut users = declaration.users();
        if users.is_empty() {
            module.materialize_all().map_err(|message| {
                Error::Parse(format!("{}: invalid bitcode: {message}", path.display()))
            })?;
            users = declaration.users();
        }
        if users.is_empty() {
            continue;
        }
        let user = users
            .iter()
            .find_map(|u| u.parent_function())
            .map(|f| f.name())
            .unwrap_or_else(|| "a global initializer".to_string());
        return Err(Error::Unresolved {
            path: path.to_path_buf(),
            symbol,
            user,
        });
    }
    Ok(())
}

/// Replace each thread-local variable by a descriptor `{ size, align, init, key }` and each of
/// its uses by `__tierup_tls_address(descriptor)`, the address of the calling thread's copy.
fn lower_thread_locals(context: &Context, module: &Module<'_>, path: &Path) -> Result<(), Error> {
    let thread_locals: Vec<Value<'_>> = module
        .globals()
        .into_iter()
        .filter(|g| g.is_thread_local())
        .collect();
    if thread_locals.is_empty() {
        return Ok(());
    }
    let unsupported = |message: String| Error::Unsupported {
        path: path.to_path_buf(),
        message,
    };
    let address_fn =
        module.declare_function(context, runtime::TLS_ADDRESS_SYMBOL, Signature::PtrToPtr);
    let i64_type = context.int64();
    let ptr_type = context.pointer();
    let descriptor_type = Type::literal_struct(&[i64_type, i64_type, ptr_type, i64_type], context);
    let builder = Builder::new(context);
    for variable in thread_locals {
        let name = variable.name();
        if variable.is_declaration() {
            if variable.users().is_empty() {
                continue;
            }
            return Err(unsupported(format!(
                "thread-local variable '{name}' is defined outside the program"
            )));
        }
        let value_type = variable.value_type();
        let (size, abi_align) = module.size_and_align(value_type);
        let align = u64::from(variable.alignment()).max(abi_align).max(1);

        // The initial image every thread's copy starts from.
        let image = module.add_global(value_type, &format!("{name}.tls.image"));
        if let Some(init) = variable.initializer() {
            image.set_initializer(init);
        }
        image.set_global_constant(true);
        image.make_private();
        image.set_alignment(align as u32);

        let descriptor = module.add_global(descriptor_type, &format!("{name}.tls"));
        descriptor.set_initializer(constant::structure(
            context,
            &[
                constant::int(i64_type, size),
                constant::int(i64_type, align),
                image,
                constant::int(i64_type, 0),
            ],
        ));
        descriptor.make_private();

        let mut users: Vec<Value<'_>> = Vec::new();
        for user in variable.users() {
            if !users.contains(&user) {
                users.push(user);
            }
        }
        for user in users {
            if !user.is_instruction() {
                return Err(unsupported(format!(
                    "the address of thread-local variable '{name}' is taken outside a function, in `{}`",
                    user.to_ir().trim()
                )));
            }
            let is_address_intrinsic = user.called_value().is_some_and(|callee| {
                callee.is_intrinsic() && callee.name().starts_with("llvm.threadlocal.address")
            });
            if is_address_intrinsic {
                builder.position_for_operand(user, 0);
                let address = builder.call_ptr_to_ptr(context, address_fn, descriptor);
                user.replace_all_uses_with(address);
                user.erase_instruction();
                continue;
            }
            for index in 0..user.operand_count() {
                if user.operand(index) == variable {
                    builder.position_for_operand(user, index);
                    let address = builder.call_ptr_to_ptr(context, address_fn, descriptor);
                    user.set_operand(index, address);
                }
            }
        }
        variable.delete_global();
    }
    Ok(())
}

/// Replace `llvm.global_ctors` (or `_dtors`) by an external function `runner` calling every
/// entry in the order a native process would: constructors by ascending priority, in order
/// within a priority; destructors exactly reversed.
fn lower_structors(
    context: &Context,
    module: &Module<'_>,
    table: &str,
    runner: &str,
    reverse: bool,
) {
    let mut entries: Vec<(i64, Value<'_>)> = Vec::new();
    if let Some(global) = module.global(table) {
        if let Some(array) = global.initializer() {
            for index in 0..array.operand_count() {
                let entry = array.operand(index);
                if entry.operand_count() < 2 || entry.operand(1).is_null_constant() {
                    continue;
                }
                let priority = entry.operand(0).const_int().unwrap_or(65535);
                entries.push((priority, entry.operand(1)));
            }
        }
        global.delete_global();
    }
    entries.sort_by_key(|(priority, _)| *priority);
    let mut callees: Vec<Value<'_>> = entries.into_iter().map(|(_, f)| f).collect();
    if reverse {
        callees.reverse();
    }
    module.add_caller_function(context, runner, &callees);
}

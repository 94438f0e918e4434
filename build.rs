//! Builds `src/llvm/shim.cpp`, the few LLVM C++ operations the C API lacks, against the LLVM
//! of `LLVM_SYS_221_PREFIX` (set in `.cargo/config.toml`), links that LLVM statically (only the
//! components tierup uses), and builds `src/interp/setjmp.c`, the interpreter's setjmp frame.
//!
//! Static linking, measured against `libLLVM.so.22`: a run of a trivial program takes 7 ms
//! instead of 15 (the shared library's relocations and the constructors of all of LLVM), and
//! peak RSS is about 30 MB lower (Lua 121 -> 90 MB), since only the code tierup links is mapped.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=src/llvm/shim.cpp");
    println!("cargo:rerun-if-env-changed=LLVM_SYS_221_PREFIX");
    let prefix = PathBuf::from(
        std::env::var("LLVM_SYS_221_PREFIX").unwrap_or_else(|_| "/usr/lib/llvm-22".to_string()),
    );
    let llvm_config = prefix.join("bin/llvm-config");
    let query = |options: &str| {
        let output = Command::new(&llvm_config)
            .args(options.split_whitespace())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", llvm_config.display()));
        assert!(
            output.status.success(),
            "{} {options} failed",
            llvm_config.display()
        );
        String::from_utf8(output.stdout).expect("llvm-config prints UTF-8")
    };
    let mut build = cc::Build::new();
    build.cpp(true).file("src/llvm/shim.cpp").warnings(false);
    for flag in query("--cxxflags").split_whitespace() {
        build.flag(flag);
    }
    // Our subclass of LLVM's ValueMaterializer must match how LLVM was built.
    if query("--has-rtti").trim() != "YES" {
        build.flag("-fno-rtti");
    }
    build.compile("tierup_shim");

    // LLVM's static libraries for the components tierup uses, then what they need.
    println!(
        "cargo:rustc-link-search=native={}",
        query("--libdir").trim()
    );
    let components = "core bitreader bitwriter irreader linker passes orcjit native";
    for lib in query(&format!("--link-static --libs {components}")).split_whitespace() {
        let name = lib
            .strip_prefix("-l")
            .expect("llvm-config --libs prints -lNAME");
        println!("cargo:rustc-link-lib=static={name}");
    }
    for lib in query("--link-static --system-libs").split_whitespace() {
        match lib.strip_prefix("-l") {
            Some(name) => link_system_library(name),
            None => println!("cargo:rustc-link-arg={lib}"),
        }
    }
    println!("cargo:rustc-link-lib=dylib=stdc++");

    // setjmp for interpreted code: a C frame that stays on the native stack (src/interp/exec.rs).
    println!("cargo:rerun-if-changed=src/interp/setjmp.c");
    cc::Build::new()
        .file("src/interp/setjmp.c")
        .compile("tierup_setjmp");
}

/// Link the system library `name`: by name when its development link (`libNAME.so`) exists,
/// else by the path of its runtime library (`libNAME.so.N`: Debian's LLVM names libzstd, whose
/// development package it does not need).
fn link_system_library(name: &str) {
    let directories = [
        "/usr/lib/x86_64-linux-gnu",
        "/usr/lib/aarch64-linux-gnu",
        "/usr/lib",
        "/lib",
    ];
    let development = format!("lib{name}.so");
    let runtime = directories.iter().find_map(|directory| {
        let entries = std::fs::read_dir(directory).ok()?;
        let mut names: Vec<String> = entries
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .collect();
        if names.contains(&development) {
            return None;
        }
        names.sort();
        let version = names
            .into_iter()
            .find(|file| file.starts_with(&format!("{development}.")))?;
        Some(format!("{directory}/{version}"))
    });
    match runtime {
        Some(path) => println!("cargo:rustc-link-arg={path}"),
        None => println!("cargo:rustc-link-lib=dylib={name}"),
    }
}

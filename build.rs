//! Builds `src/llvm/shim.cpp`, the few LLVM C++ operations the C API lacks, against the LLVM
//! that llvm-sys links (`LLVM_SYS_221_PREFIX`, set in `.cargo/config.toml`), and
//! `src/interp/setjmp.c`, the interpreter's setjmp frame.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=src/llvm/shim.cpp");
    println!("cargo:rerun-if-env-changed=LLVM_SYS_221_PREFIX");
    let prefix = PathBuf::from(
        std::env::var("LLVM_SYS_221_PREFIX").unwrap_or_else(|_| "/usr/lib/llvm-22".to_string()),
    );
    let llvm_config = prefix.join("bin/llvm-config");
    let query = |option: &str| {
        let output = Command::new(&llvm_config)
            .arg(option)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", llvm_config.display()));
        assert!(
            output.status.success(),
            "{} {option} failed",
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

    // setjmp for interpreted code: a C frame that stays on the native stack (src/interp/exec.rs).
    println!("cargo:rerun-if-changed=src/interp/setjmp.c");
    cc::Build::new()
        .file("src/interp/setjmp.c")
        .compile("tierup_setjmp");
}

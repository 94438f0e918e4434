//! The command line: every bad input gets one clear line and a non-zero status (never a
//! signal, a panic or a backtrace), and every option does what the README says.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use tempfile::TempDir;

fn tierup() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tierup"))
}

fn clang() -> String {
    std::env::var("TIERUP_CLANG").unwrap_or_else(|_| "clang-22".to_string())
}

fn write(dir: &TempDir, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn run_with_stdin(mut command: Command, stdin: &[u8]) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// Assert a clear failure: status 1 or 2, one line on stderr naming `expected`.
#[track_caller]
fn assert_clear_error(output: &Output, expected: &[&str]) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        matches!(output.status.code(), Some(1 | 2)),
        "status {:?}, stderr: {stderr}",
        output.status
    );
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "not one line: {stderr}");
    assert!(lines[0].starts_with("tierup: error: "), "{stderr}");
    for needle in expected {
        assert!(
            stderr.contains(needle),
            "{stderr:?} does not mention {needle:?}"
        );
    }
    for forbidden in ["panicked", "backtrace", "RUST_BACKTRACE", "Stack dump"] {
        assert!(!stderr.contains(forbidden), "{stderr}");
    }
    assert!(output.stdout.is_empty(), "stdout: {:?}", output.stdout);
}

fn run_file(path: &Path) -> Output {
    tierup().arg(path).output().unwrap()
}

const HELLO_C: &str = r#"
#include <stdio.h>
int main(int argc, char **argv) {
    printf("argc=%d", argc);
    for (int i = 0; i < argc; i++) printf(" [%s]", argv[i]);
    printf("\n");
    return 7;
}
"#;

fn hello_bitcode(dir: &TempDir) -> PathBuf {
    let source = write(dir, "hello.c", HELLO_C);
    let bitcode = dir.path().join("hello.bc");
    let status = Command::new(clang())
        .args(["-O0", "-c", "-emit-llvm", "-o"])
        .arg(&bitcode)
        .arg(source)
        .status()
        .unwrap();
    assert!(status.success());
    bitcode
}

#[test]
fn missing_file() {
    let dir = TempDir::new().unwrap();
    let output = run_file(&dir.path().join("absent.ll"));
    assert_clear_error(&output, &["absent.ll", "No such file"]);
}

#[test]
fn empty_file() {
    let dir = TempDir::new().unwrap();
    let output = run_file(&write(&dir, "empty.ll", ""));
    assert_clear_error(&output, &["empty.ll", "empty"]);
}

#[test]
fn random_bytes() {
    let dir = TempDir::new().unwrap();
    // A fixed pseudo-random sequence (xorshift), so the test is repeatable.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let bytes: Vec<u8> = (0..4096)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    let output = run_file(&write(&dir, "noise.bin", bytes));
    assert_clear_error(&output, &["noise.bin"]);
}

#[test]
fn truncated_bitcode() {
    let dir = TempDir::new().unwrap();
    let bitcode = std::fs::read(hello_bitcode(&dir)).unwrap();
    for keep in [4, 64, bitcode.len() / 2, bitcode.len() - 1] {
        let output = run_file(&write(&dir, "cut.bc", &bitcode[..keep]));
        assert_clear_error(&output, &["cut.bc", "invalid bitcode"]);
    }
}

#[test]
fn syntax_error_names_line_and_column() {
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "syntax.ll", "define i32 @main() {\n  ret i32 %x\n}\n");
    assert_clear_error(
        &run_file(&path),
        &["syntax.ll:2:11:", "undefined value '%x'"],
    );
}

#[test]
fn verifier_failure() {
    let dir = TempDir::new().unwrap();
    let ir = "define i32 @main() {\nentry:\n  br label %b\nb:\n  %x = add i32 %y, 1\n  %y = add i32 %x, 1\n  ret i32 0\n}\n";
    let path = write(&dir, "broken.ll", ir);
    assert_clear_error(
        &run_file(&path),
        &["broken.ll", "invalid IR", "does not dominate all uses"],
    );
}

#[test]
fn missing_entry() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "noentry.ll",
        "define i32 @other() {\n  ret i32 0\n}\n",
    );
    assert_clear_error(&run_file(&path), &["noentry.ll", "'main'"]);
    let output = tierup()
        .args(["run", "--entry", "start"])
        .arg(&path)
        .output()
        .unwrap();
    assert_clear_error(&output, &["'start'"]);
}

#[test]
fn unsupported_entry_signature() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "sig.ll",
        "define i32 @main(float %x) {\n  ret i32 0\n}\n",
    );
    assert_clear_error(&run_file(&path), &["sig.ll", "'main'", "i32 (float)"]);
    let path = write(
        &dir,
        "ret.ll",
        "define double @main() {\n  ret double 0.0\n}\n",
    );
    assert_clear_error(&run_file(&path), &["double ()"]);
}

#[test]
fn unresolved_external_symbol() {
    let dir = TempDir::new().unwrap();
    let ir = "declare i32 @no_such_function(i32)\ndefine i32 @main() {\n  %r = call i32 @no_such_function(i32 1)\n  ret i32 %r\n}\n";
    let path = write(&dir, "unresolved.ll", ir);
    assert_clear_error(
        &run_file(&path),
        &["unresolved.ll", "'no_such_function'", "'main'"],
    );
    let ir = "@missing_data = external global i32\ndefine i32 @main() {\n  %v = load i32, ptr @missing_data\n  ret i32 %v\n}\n";
    let path = write(&dir, "unresolved_data.ll", ir);
    assert_clear_error(&run_file(&path), &["'missing_data'"]);
}

#[test]
fn thread_local_address_in_a_global_initializer() {
    let dir = TempDir::new().unwrap();
    let ir = "@t = thread_local global i32 5\n@p = global ptr @t\ndefine i32 @main() {\n  %q = load ptr, ptr @p\n  %v = load i32, ptr %q\n  ret i32 %v\n}\n";
    let path = write(&dir, "tls.ll", ir);
    assert_clear_error(
        &run_file(&path),
        &["tls.ll", "thread-local variable 't'", "@p = global ptr @t"],
    );
}

#[test]
fn unknown_option() {
    let dir = TempDir::new().unwrap();
    let output = tierup()
        .arg("--frobnicate")
        .arg(hello_bitcode(&dir))
        .output()
        .unwrap();
    assert_clear_error(&output, &["--frobnicate"]);
}

#[test]
fn unknown_or_unsupported_tier() {
    let dir = TempDir::new().unwrap();
    let program = hello_bitcode(&dir);
    for (ladder, expected) in [
        ("O7", "unknown tier 'O7'"),
        ("fast", "unknown tier 'fast'"),
        ("O2,O1", "must come after"),
    ] {
        let output = tierup()
            .args(["run", "--tiers", ladder])
            .arg(&program)
            .output()
            .unwrap();
        assert_clear_error(&output, &[expected]);
    }
    // The interpreter cannot compile a program ahead of time.
    let output = tierup()
        .args(["run", "--eager", "--tiers", "interp"])
        .arg(&program)
        .output()
        .unwrap();
    assert_clear_error(&output, &["must be a JIT tier"]);
}

#[test]
fn missing_library() {
    let dir = TempDir::new().unwrap();
    let output = tierup()
        .args(["run", "--load", "libdoes-not-exist.so"])
        .arg(hello_bitcode(&dir))
        .output()
        .unwrap();
    assert_clear_error(&output, &["libdoes-not-exist.so"]);
}

#[test]
fn missing_extra_module() {
    let dir = TempDir::new().unwrap();
    let output = tierup()
        .args(["run", "--extra-module", "absent-extra.ll"])
        .arg(hello_bitcode(&dir))
        .output()
        .unwrap();
    assert_clear_error(&output, &["absent-extra.ll"]);
}

#[test]
fn missing_file_argument() {
    assert_clear_error(&tierup().arg("run").output().unwrap(), &["<FILE>"]);
}

#[test]
fn arguments_after_the_file_belong_to_the_program() {
    let dir = TempDir::new().unwrap();
    let program = hello_bitcode(&dir);
    let output = tierup()
        .args(["run", "--tiers", "O0"])
        .arg(&program)
        .args(["--eager", "-x", "--tiers"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(7));
    let expected = format!("argc=4 [{}] [--eager] [-x] [--tiers]\n", program.display());
    assert_eq!(String::from_utf8_lossy(&output.stdout), expected);
}

#[test]
fn shorthand_with_options_and_argv0() {
    let dir = TempDir::new().unwrap();
    let output = tierup()
        .args(["--eager", "--argv0", "prog"])
        .arg(hello_bitcode(&dir))
        .arg("one")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(7));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "argc=2 [prog] [one]\n"
    );
}

#[test]
fn code_for_a_named_cpu() {
    let dir = TempDir::new().unwrap();
    let program = hello_bitcode(&dir);
    for extra in [
        &["--eager"][..],
        &["--tiers", "O0,O3", "--hot-calls", "1"][..],
    ] {
        let output = tierup()
            .args(["run", "--cpu", "x86-64", "--target-features", "+sse2"])
            .args(extra)
            .arg(&program)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(7), "{output:?}");
    }
}

#[test]
fn program_from_standard_input() {
    let dir = TempDir::new().unwrap();
    let bitcode = std::fs::read(hello_bitcode(&dir)).unwrap();
    let mut command = tierup();
    command.args(["run", "-", "a"]);
    let output = run_with_stdin(command, &bitcode);
    assert_eq!(output.status.code(), Some(7));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "argc=2 [-] [a]\n");
}

#[test]
fn entry_and_extra_module() {
    let dir = TempDir::new().unwrap();
    let main = write(
        &dir,
        "main.ll",
        "declare i32 @helper(i32)\ndefine i32 @start() {\n  %r = call i32 @helper(i32 20)\n  ret i32 %r\n}\n",
    );
    let extra = write(
        &dir,
        "extra.ll",
        "define i32 @helper(i32 %x) {\n  %r = add i32 %x, 22\n  ret i32 %r\n}\n",
    );
    let output = tierup()
        .args(["run", "--entry", "start", "--extra-module"])
        .arg(&extra)
        .arg(&main)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(42), "{output:?}");
}

#[test]
fn load_shared_library() {
    let dir = TempDir::new().unwrap();
    let source = write(&dir, "lib.c", "int triple_it(int x) { return 3 * x; }\n");
    let library = dir.path().join("libtriple.so");
    let status = Command::new(clang())
        .args(["-shared", "-fPIC", "-o"])
        .arg(&library)
        .arg(source)
        .status()
        .unwrap();
    assert!(status.success());
    let main = write(
        &dir,
        "main.ll",
        "declare i32 @triple_it(i32)\ndefine i32 @main() {\n  %r = call i32 @triple_it(i32 14)\n  ret i32 %r\n}\n",
    );
    let output = tierup()
        .args(["run", "--load"])
        .arg(&library)
        .arg(&main)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(42), "{output:?}");
}

#[test]
fn modes_are_listed_as_json() {
    let output = tierup().args(["modes", "--json"]).output().unwrap();
    assert!(output.status.success());
    let modes: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let names: Vec<&str> = modes
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = tierup::modes().iter().map(|m| m.name).collect();
    assert_eq!(names, expected);
}

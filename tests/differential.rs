//! The differential harness.
//!
//! - `tests/programs/*.c`: each program is compiled by clang-22 to IR at -O0 and -O2, built
//!   natively from that same IR, and run under every execution mode of `tierup::modes()`;
//!   stdout and the exit status (code or signal) must match the native run.
//! - `tests/ir/*.ll`: handwritten IR with its expected output in `; stdout:` / `; exit:` lines,
//!   run under every mode.
//! - the programs of the benchmark suite (`bench/suite.toml`: SQLite, Lua, zstd and the
//!   kernels), built by `bench/suite.py` and run at their `test` size in every mode at both
//!   levels, against their native build.
//! - random programs: csmith generates a C program for each seed of `tests/csmith/seeds.txt`
//!   (with `CSMITH_OPTIONS`) into `target/differential/csmith/`, and it is tested as the
//!   programs of `tests/programs/` are. `tools/csmith.py` runs the same check on many random
//!   seeds.
//!
//! Directives at the top of a C program: `// args: a b`, `// stdin: text` (`\n` for newlines),
//! `// env: NAME=value`. Builds are cached under `target/differential/`.

use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

const LEVELS: [&str; 2] = ["O0", "O2"];
const TIME_LIMIT: Duration = Duration::from_secs(120);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn clang() -> String {
    std::env::var("TIERUP_CLANG").unwrap_or_else(|_| "clang-22".to_string())
}

/// How one program is run: arguments, standard input, extra environment.
#[derive(Clone, Debug, Default)]
struct Setup {
    args: Vec<String>,
    stdin: Vec<u8>,
    env: Vec<(String, String)>,
}

impl Setup {
    fn from_directives(source: &str, comment: &str) -> Setup {
        let mut setup = Setup::default();
        for line in source.lines() {
            let Some(rest) = line.strip_prefix(comment) else {
                continue;
            };
            let rest = rest.trim_start();
            if let Some(args) = rest.strip_prefix("args:") {
                setup.args = args.split_whitespace().map(str::to_string).collect();
            } else if let Some(text) = rest.strip_prefix("stdin:") {
                setup.stdin = format!("{}\n", text.trim().replace("\\n", "\n")).into_bytes();
            } else if let Some(pair) = rest.strip_prefix("env:") {
                let (name, value) = pair.trim().split_once('=').expect("env: NAME=value");
                setup.env.push((name.to_string(), value.to_string()));
            }
        }
        setup
    }
}

/// What a run produced.
#[derive(Debug, PartialEq, Eq, Clone)]
struct Outcome {
    stdout: Vec<u8>,
    status: Status,
}

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum Status {
    Code(i32),
    Signal(i32),
}

impl From<ExitStatus> for Status {
    fn from(status: ExitStatus) -> Self {
        match (status.code(), status.signal()) {
            (Some(code), _) => Status::Code(code),
            (None, Some(signal)) => Status::Signal(signal),
            _ => unreachable!("a finished process has a code or a signal"),
        }
    }
}

fn run(mut command: Command, setup: &Setup) -> Result<(Outcome, String), String> {
    command
        .current_dir(root())
        .args(&setup.args)
        .envs(setup.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {command:?}: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let input = setup.stdin.clone();
    let feeder = std::thread::spawn(move || {
        // The program may exit without reading its input: a broken pipe is fine.
        let _ = stdin.write_all(&input);
    });
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out_reader = std::thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = stdout.read_to_end(&mut buffer);
        buffer
    });
    let err_reader = std::thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = stderr.read_to_end(&mut buffer);
        buffer
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{command:?} ran over {TIME_LIMIT:?}"));
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let _ = feeder.join();
    let stdout = out_reader.join().expect("reader");
    let stderr = String::from_utf8_lossy(&err_reader.join().expect("reader")).into_owned();
    Ok((
        Outcome {
            stdout,
            status: status.into(),
        },
        stderr,
    ))
}

fn check(command: &str, status: ExitStatus, stderr: &[u8]) -> Result<(), String> {
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "{command} failed: {}",
            String::from_utf8_lossy(stderr)
        ))
    }
}

/// A C program compiled to IR and to a native binary at one level, with the native outcome.
struct Built {
    ir: PathBuf,
    expected: Outcome,
}

/// `cflags` go to clang when it compiles the C program to IR.
fn build(source: &Path, level: &str, cflags: &[String], setup: &Setup) -> Result<Built, String> {
    let name = source.file_stem().unwrap().to_string_lossy().into_owned();
    let text = std::fs::read(source).map_err(|e| e.to_string())?;
    let key = {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        text.hash(&mut hasher);
        clang().hash(&mut hasher);
        cflags.hash(&mut hasher);
        "bitcode".hash(&mut hasher);
        hasher.finish()
    };
    let dir = root()
        .join("target/differential")
        .join(format!("{name}-{level}-{key:016x}"));
    // Bitcode, as `clang -c -emit-llvm` writes it: the form tierup reads lazily. (Textual IR
    // is covered by tests/ir.)
    let ir = dir.join(format!("{name}.bc"));
    let native = dir.join(name.clone());
    if !native.exists() {
        let scratch = dir.with_extension("tmp");
        let _ = std::fs::remove_dir_all(&scratch);
        std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
        let scratch_ir = scratch.join(format!("{name}.bc"));
        let output = Command::new(clang())
            .arg(format!("-{level}"))
            .args(cflags)
            .args(["-c", "-emit-llvm", "-o"])
            .arg(&scratch_ir)
            .arg(source)
            .output()
            .map_err(|e| format!("cannot run {}: {e}", clang()))?;
        check("clang -emit-llvm", output.status, &output.stderr)?;
        let output = Command::new(clang())
            .arg(&scratch_ir)
            .arg("-o")
            .arg(scratch.join(&name))
            .args(["-lm", "-lpthread"])
            .output()
            .map_err(|e| format!("cannot run {}: {e}", clang()))?;
        check("clang (native)", output.status, &output.stderr)?;
        // Publish atomically: parallel tests of other programs never see half a build.
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::rename(&scratch, &dir).map_err(|e| e.to_string())?;
    }
    let (expected, _) = run(Command::new(&native), setup)?;
    Ok(Built { ir, expected })
}

type BuildCell = Arc<OnceLock<Result<Built, String>>>;

fn describe(outcome: &Outcome) -> String {
    let text = String::from_utf8_lossy(&outcome.stdout);
    let shown: String = text.chars().take(2000).collect();
    format!("status {:?}, stdout:\n{shown}", outcome.status)
}

fn compare(expected: &Outcome, actual: &Outcome, stderr: &str) -> Result<(), Failed> {
    if expected == actual {
        return Ok(());
    }
    let first_difference = String::from_utf8_lossy(&expected.stdout)
        .lines()
        .zip(String::from_utf8_lossy(&actual.stdout).lines())
        .enumerate()
        .find(|(_, (e, a))| e != a)
        .map(|(line, (e, a))| {
            format!(
                "first difference at line {}: expected {e:?}, got {a:?}\n",
                line + 1
            )
        })
        .unwrap_or_default();
    Err(format!(
        "mismatch\n{first_difference}--- expected: {}\n--- actual: {}\n--- tierup stderr:\n{stderr}",
        describe(expected),
        describe(actual)
    )
    .into())
}

fn tierup(mode_args: &[&str], ir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tierup"));
    command.arg("run").args(mode_args).arg(ir);
    command
}

/// Where a C program comes from: the path of a file, or a generator that makes it.
type Source = Arc<dyn Fn() -> Result<PathBuf, String> + Send + Sync>;

/// The trials of one C program, named `{name}::{level}::{mode}`: it is built at each level on
/// the first trial that needs it, and its IR runs in every mode against the native build.
fn c_trials(
    name: &str,
    source: Source,
    cflags: Vec<String>,
    setup: Setup,
    modes: &[tierup::Mode],
) -> Vec<Trial> {
    let mut trials = Vec::new();
    for level in LEVELS {
        let cell = BuildCell::default();
        for mode in modes {
            let (cell, source, cflags, setup) =
                (cell.clone(), source.clone(), cflags.clone(), setup.clone());
            let args = mode.args;
            trials.push(Trial::test(
                format!("{name}::{level}::{}", mode.name),
                move || {
                    let built = cell
                        .get_or_init(|| {
                            source().and_then(|path| build(&path, level, &cflags, &setup))
                        })
                        .as_ref()
                        .map_err(|e| Failed::from(e.as_str()))?;
                    let (actual, stderr) = run(tierup(args, &built.ir), &setup)?;
                    compare(&built.expected, &actual, &stderr)
                },
            ));
        }
    }
    trials
}

fn program_trials(modes: &[tierup::Mode]) -> Vec<Trial> {
    let mut sources: Vec<PathBuf> = std::fs::read_dir(root().join("tests/programs"))
        .expect("tests/programs exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    sources.sort();
    let mut trials = Vec::new();
    for source in sources {
        let text = std::fs::read_to_string(&source).expect("readable program");
        let setup = Setup::from_directives(&text, "//");
        let name = source.file_stem().unwrap().to_string_lossy().into_owned();
        trials.extend(c_trials(
            &format!("programs::{name}"),
            Arc::new(move || Ok(source.clone())),
            Vec::new(),
            setup,
            modes,
        ));
    }
    trials
}

/// csmith's options for the fixed batch: small programs (the seeds of `tests/csmith/seeds.txt`
/// were chosen with these; other options make other programs).
const CSMITH_OPTIONS: &[&str] = &[
    "--max-funcs",
    "4",
    "--max-block-depth",
    "3",
    "--max-block-size",
    "3",
    "--max-expr-complexity",
    "5",
    "--max-array-len-per-dim",
    "5",
    "--max-struct-fields",
    "5",
];
/// The runtime headers csmith's programs include (Debian's package libcsmith-dev).
const CSMITH_INCLUDE: &str = "/usr/include/csmith";

/// The program of one seed, in `target/differential/csmith/csmith_{seed}.c`.
fn csmith_program(seed: u64) -> Result<PathBuf, String> {
    let missing = || {
        "csmith or its headers (/usr/include/csmith/csmith.h) are not installed: run ./dev test, \
         which installs the Debian packages csmith and libcsmith-dev"
            .to_string()
    };
    if !Path::new(CSMITH_INCLUDE).join("csmith.h").exists() {
        return Err(missing());
    }
    let dir = root().join("target/differential/csmith");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    // Without --output csmith writes to stdout and the program names no file: the same seed
    // gives the same text, so the build cache keeps working. csmith leaves a `platform.info`
    // in its working directory.
    let output = Command::new("csmith")
        .current_dir(&dir)
        .arg("--seed")
        .arg(seed.to_string())
        .args(CSMITH_OPTIONS)
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => missing(),
            _ => format!("cannot run csmith: {e}"),
        })?;
    check("csmith", output.status, &output.stderr)?;
    let path = dir.join(format!("csmith_{seed}.c"));
    if std::fs::read(&path).ok().as_deref() != Some(&output.stdout[..]) {
        // Written aside and renamed: another test process never reads half a program.
        let scratch = dir.join(format!("csmith_{seed}.c.{}", std::process::id()));
        std::fs::write(&scratch, &output.stdout).map_err(|e| e.to_string())?;
        std::fs::rename(&scratch, &path).map_err(|e| e.to_string())?;
    }
    Ok(path)
}

fn csmith_trials(modes: &[tierup::Mode]) -> Vec<Trial> {
    let list = std::fs::read_to_string(root().join("tests/csmith/seeds.txt"))
        .expect("tests/csmith/seeds.txt exists");
    let seeds = list
        .lines()
        .map(|line| line.split('#').next().unwrap().trim())
        .filter(|line| !line.is_empty())
        .map(|seed| {
            seed.parse::<u64>()
                .expect("tests/csmith/seeds.txt: one seed per line")
        });
    // The program prints every global's value, not only their checksum, when argv[1] is 1.
    let setup = Setup {
        args: vec!["1".to_string()],
        ..Setup::default()
    };
    let cflags = vec!["-w".to_string(), format!("-I{CSMITH_INCLUDE}")];
    let mut trials = Vec::new();
    for seed in seeds {
        let program: Arc<OnceLock<Result<PathBuf, String>>> = Arc::default();
        trials.extend(c_trials(
            &format!("csmith::{seed}"),
            Arc::new(move || program.get_or_init(|| csmith_program(seed)).clone()),
            cflags.clone(),
            setup.clone(),
            modes,
        ));
    }
    trials
}

/// Expected outcome of a handwritten IR test: `; stdout: line` lines and `; exit: N`.
fn ir_expectation(text: &str) -> Result<(Outcome, Setup), String> {
    let mut stdout = String::new();
    let mut status = Status::Code(0);
    let mut purpose = false;
    for line in text.lines() {
        if let Some(out) = line.strip_prefix("; stdout:") {
            stdout.push_str(out.strip_prefix(' ').unwrap_or(out));
            stdout.push('\n');
        } else if let Some(code) = line.strip_prefix("; exit:") {
            status = Status::Code(code.trim().parse().map_err(|_| "bad ; exit:")?);
        } else if let Some(signal) = line.strip_prefix("; signal:") {
            status = Status::Signal(signal.trim().parse().map_err(|_| "bad ; signal:")?);
        } else if line.starts_with("; purpose:") {
            purpose = true;
        }
    }
    if !purpose {
        return Err("every tests/ir file starts with a `; purpose:` line".to_string());
    }
    Ok((
        Outcome {
            stdout: stdout.into_bytes(),
            status,
        },
        Setup::from_directives(text, ";"),
    ))
}

fn ir_trials(modes: &[tierup::Mode]) -> Vec<Trial> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/ir"))
        .expect("tests/ir exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ll"))
        .collect();
    files.sort();
    let mut trials = Vec::new();
    for file in files {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        for mode in modes {
            let file = file.clone();
            let args = mode.args;
            trials.push(Trial::test(
                format!("ir::{name}::{}", mode.name),
                move || {
                    let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
                    let (expected, setup) = ir_expectation(&text)?;
                    let (actual, stderr) = run(tierup(args, &file), &setup)?;
                    compare(&expected, &actual, &stderr)
                },
            ));
        }
    }
    trials
}

/// One program of the benchmark suite, as `bench/suite.py list` describes it.
#[derive(serde::Deserialize)]
struct SuiteProgram {
    name: String,
    #[serde(rename = "O0")]
    o0: PathBuf,
    #[serde(rename = "O2")]
    o2: PathBuf,
    native: PathBuf,
    test: Vec<String>,
}

fn suite(command: &str) -> Result<Vec<u8>, String> {
    let output = Command::new("python3")
        .arg(root().join("bench/suite.py"))
        .arg(command)
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run python3 bench/suite.py: {e}"))?;
    check(
        &format!("bench/suite.py {command}"),
        output.status,
        &output.stderr,
    )?;
    Ok(output.stdout)
}

fn suite_trials(modes: &[tierup::Mode]) -> Vec<Trial> {
    let listing = suite("list").expect("bench/suite.py list");
    let programs: Vec<SuiteProgram> =
        serde_json::from_slice(&listing).expect("bench/suite.py list prints JSON");
    // One build of every program (cargo fetches the pinned sources, clang compiles them).
    let built: Arc<OnceLock<Result<(), String>>> = Arc::new(OnceLock::new());
    let mut trials = Vec::new();
    for program in programs {
        let setup = Setup {
            args: program.test.clone(),
            ..Setup::default()
        };
        let expected: Arc<OnceLock<Result<Outcome, String>>> = Arc::new(OnceLock::new());
        let program = Arc::new(program);
        for level in LEVELS {
            for mode in modes {
                let (built, expected, program, setup) = (
                    built.clone(),
                    expected.clone(),
                    program.clone(),
                    setup.clone(),
                );
                let args = mode.args;
                trials.push(Trial::test(
                    format!("real::{}::{level}::{}", program.name, mode.name),
                    move || {
                        built
                            .get_or_init(|| suite("build").map(|_| ()))
                            .clone()
                            .map_err(Failed::from)?;
                        let expected = expected
                            .get_or_init(|| run(Command::new(&program.native), &setup).map(|r| r.0))
                            .clone()
                            .map_err(Failed::from)?;
                        let ir = if level == "O0" {
                            &program.o0
                        } else {
                            &program.o2
                        };
                        let (actual, stderr) = run(tierup(args, ir), &setup)?;
                        compare(&expected, &actual, &stderr)
                    },
                ));
            }
        }
    }
    trials
}

fn main() {
    let arguments = Arguments::from_args();
    let modes = tierup::modes();
    assert!(!modes.is_empty(), "the engine offers no execution mode");
    let mut trials = program_trials(modes);
    trials.extend(ir_trials(modes));
    trials.extend(suite_trials(modes));
    trials.extend(csmith_trials(modes));
    libtest_mimic::run(&arguments, trials).exit();
}

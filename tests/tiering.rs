//! Tier-up, observed through the engine's statistics: hot functions are promoted and cold ones
//! are not; a function's address is the same before and after its promotion; threads calling a
//! function while it is promoted all get correct results.
//!
//! `--batch` makes promotions synchronous (compiled on the thread that found the function hot),
//! so that what is promoted does not depend on timing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use tempfile::TempDir;

fn clang() -> String {
    std::env::var("TIERUP_CLANG").unwrap_or_else(|_| "clang-22".to_string())
}

/// Compile C `source` at -O0 (every function `optnone`) to IR in `dir`.
fn compile(dir: &TempDir, name: &str, source: &str) -> PathBuf {
    let c = dir.path().join(format!("{name}.c"));
    std::fs::write(&c, source).unwrap();
    let ir = dir.path().join(format!("{name}.ll"));
    let status = Command::new(clang())
        .args(["-O0", "-S", "-emit-llvm", "-o"])
        .arg(&ir)
        .arg(&c)
        .status()
        .unwrap();
    assert!(status.success());
    ir
}

fn tierup(ir: &Path, args: &[&str], stats: &Path) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_tierup"))
        .arg("run")
        .args(args)
        .arg("--stats-json")
        .arg(stats)
        .arg(ir)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{output:?}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Compile C `source` at -O0, run it with `args` (and `--stats-json`), and return what it
/// printed and its statistics.
fn run_c(name: &str, source: &str, args: &[&str]) -> (String, Value) {
    let dir = TempDir::new().unwrap();
    let ir = compile(&dir, name, source);
    let stats = dir.path().join("stats.json");
    let output = tierup(&ir, args, &stats);
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        report(&stats),
    )
}

fn report(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("stats written")).expect("stats are JSON")
}

fn function<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["functions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == name)
        .unwrap_or_else(|| panic!("{name} is not in the report: {report:#}"))
}

/// The tiers a function's code went through, and why.
fn promotions(function: &Value) -> Vec<(String, String)> {
    function["promotions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            assert!(p.get("error").is_none(), "failed compile: {p}");
            (
                p["to"].as_str().unwrap().to_string(),
                p["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

const HOT_AND_COLD: &str = r#"
#include <stdio.h>
static int hot(int x) { return x * 3 + 1; }
static int cold(int x) { return x - 1; }
static long looping(long n) {
    long s = 0;
    for (long i = 0; i < n; i++) s += i ^ (i >> 3);
    return s;
}
int main(void) {
    long total = 0;
    for (int i = 0; i < 5000; i++) total += hot(i);
    total += cold(7);
    total += looping(100000);
    printf("%ld\n", total);
    return 0;
}
"#;

#[test]
fn hot_functions_are_promoted_and_cold_ones_are_not() {
    let (stdout, report) = run_c(
        "hot_cold",
        HOT_AND_COLD,
        &[
            "--batch",
            "--tiers",
            "O0,O3",
            "--hot-calls",
            "1000",
            "--hot-loops",
            "10000",
        ],
    );
    assert_eq!(stdout, "5058302290\n");
    let first = ("O0".to_string(), "first_call".to_string());
    assert_eq!(
        promotions(function(&report, "hot")),
        [first.clone(), ("O3".to_string(), "hot_calls".to_string())]
    );
    // The activation whose loop reached the limit moves to the top tier too.
    assert_eq!(
        promotions(function(&report, "looping")),
        [
            first.clone(),
            ("O3".to_string(), "hot_loop".to_string()),
            ("O3".to_string(), "osr".to_string())
        ]
    );
    assert_eq!(
        promotions(function(&report, "cold")),
        std::slice::from_ref(&first)
    );
    assert_eq!(function(&report, "cold")["calls"], 1);
    assert_eq!(function(&report, "cold")["tier"], "O0");
    // main's loop runs 5000 times, under the loop threshold.
    assert_eq!(promotions(function(&report, "main")), [first]);
    assert_eq!(function(&report, "hot")["tier"], "O3");
    let o3 = report["tiers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["tier"] == "O3")
        .unwrap();
    // `hot`, `looping`, and the entry the activation of `looping` moved to.
    assert_eq!(o3["compiled"], 3);
    assert_eq!(report["versions_superseded"], 2);
}

/// Called 600 times, each call sleeping: it leaves the interpreter after 100 calls, and its
/// baseline code lands while it is still being called.
const WARM_ONLY: &str = r#"
#include <stdio.h>
#include <unistd.h>
static int warm(int x) { usleep(100); return x * 3 + 1; }
int main(void) {
    long s = 0;
    for (int i = 0; i < 600; i++) s += warm(i);
    printf("%ld\n", s);
    return 0;
}
"#;

#[test]
fn collecting_a_promotion_does_not_promote_again() {
    // In the background (no --batch): a function waiting for its promotion calls back every
    // tenth of the thresholds to collect it. Collecting the baseline code must arm the limits
    // for the next tier afresh, not promote to the top tier at once: 600 calls are far below
    // the 100 + 1000 that take `warm` to O3.
    let (stdout, report) = run_c("warm", WARM_ONLY, &[]);
    assert_eq!(stdout, "539700\n");
    let warm = function(&report, "warm");
    assert_eq!(
        promotions(warm),
        [
            ("interp".to_string(), "first_call".to_string()),
            ("O0".to_string(), "hot_calls".to_string())
        ],
        "{warm}"
    );
}

/// One long interpreted activation of `work`, then many short calls. `work` is large (a cold
/// block of 400 statements), like the interpreters' loops this serves.
fn long_then_short() -> String {
    let cold: String = (0..400)
        .map(|k| format!("        s = (s ^ (s >> {})) + {k};\n", k % 7 + 1))
        .collect();
    format!(
        r#"
#include <stdio.h>
static long work(long n) {{
    long s = 0;
    for (long i = 0; i < n; i++) s += i ^ (i >> 3);
    if (n < 0) {{
{cold}    }}
    return s;
}}
int main(void) {{
    long t = work(200000);
    for (int i = 0; i < 3000; i++) t += work(10);
    printf("%ld\n", t);
    return 0;
}}
"#
    )
}

#[test]
fn an_on_stack_replacement_compile_serves_the_later_promotion() {
    // The long activation leaves the interpreter for O3 mid-loop; the compile that made its
    // entry made a plain version too, and the promotion of `work` to O3 (its baseline code
    // called 3000 times) installs that one instead of compiling the function again.
    let (stdout, report) = run_c("long_short", &long_then_short(), &["--batch"]);
    assert_eq!(stdout, "20083454136\n");
    let work = function(&report, "work");
    let to_o3: Vec<&Value> = work["promotions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["to"] == "O3")
        .collect();
    // First the entry for the interpreted activation, compiled.
    assert_eq!(to_o3[0]["reason"], "osr", "{work}");
    assert_eq!(to_o3[0]["from"], "interp", "{work}");
    assert!(to_o3[0]["compile_ms"].as_f64().unwrap() > 0.0, "{work}");
    // Then the function's own promotion, out of its baseline code, without a compile. (The
    // baseline activation that asked for it moves to O3 as well, through an entry of its
    // own: `osr` from O0.)
    let promoted: Vec<&&Value> = to_o3.iter().filter(|p| p["reason"] != "osr").collect();
    assert_eq!(promoted.len(), 1, "{work}");
    assert_eq!(promoted[0]["from"], "O0", "{work}");
    assert_eq!(promoted[0]["compile_ms"].as_f64().unwrap(), 0.0, "{work}");
    assert_eq!(work["tier"], "O3");
}

#[test]
fn a_single_tier_ladder_never_promotes() {
    let dir = TempDir::new().unwrap();
    let ir = compile(&dir, "hot_cold", HOT_AND_COLD);
    let stats = dir.path().join("stats.json");
    tierup(
        &ir,
        &["--batch", "--tiers", "O0", "--hot-calls", "1"],
        &stats,
    );
    let report = report(&stats);
    for function in report["functions"].as_array().unwrap() {
        assert_eq!(
            function["promotions"].as_array().unwrap().len(),
            1,
            "{function}"
        );
        assert_eq!(function["tier"], "O0");
    }
    assert_eq!(report["versions_superseded"], 0);
}

/// `--perf-map` names every version's code for `perf`, in both the tiered and eager modes.
#[test]
fn perf_map_names_every_version() {
    let dir = TempDir::new().unwrap();
    let ir = compile(&dir, "hot_cold", HOT_AND_COLD);
    let tiered: &[&str] = &["--batch", "--tiers", "O0,O3", "--hot-calls", "1000"];
    let eager: &[&str] = &["--eager", "--tiers", "O2"];
    for (args, expected) in [
        (
            tiered,
            &["hot.__O0", "hot.__O3", "cold.__O0", "main.__O0"][..],
        ),
        // Eager code is one object: its internal functions have no symbols to name.
        (eager, &["main"][..]),
    ] {
        let child = Command::new(env!("CARGO_BIN_EXE_tierup"))
            .arg("run")
            .args(args)
            .arg("--perf-map")
            .arg(&ir)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let map_path = PathBuf::from(format!("/tmp/perf-{}.map", child.id()));
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success());
        assert_eq!(String::from_utf8_lossy(&output.stdout), "5058302290\n");
        let map = std::fs::read_to_string(&map_path).expect("the map is written");
        std::fs::remove_file(&map_path).unwrap();
        let mut ranges: Vec<(u64, u64, &str)> = map
            .lines()
            .map(|line| {
                let fields: Vec<&str> = line.split(' ').collect();
                assert_eq!(fields.len(), 3, "{line}");
                let address = u64::from_str_radix(fields[0], 16).unwrap();
                let size = u64::from_str_radix(fields[1], 16).unwrap();
                assert!(size > 0, "{line}");
                (address, address + size, fields[2])
            })
            .collect();
        for name in expected {
            assert!(
                ranges.iter().any(|(_, _, n)| n == name),
                "{name} is not in the map:\n{map}"
            );
        }
        ranges.sort();
        for pair in ranges.windows(2) {
            assert!(pair[0].1 <= pair[1].0, "overlapping code: {pair:?}");
        }
    }
}

const IDENTITY: &str = r#"
#include <stdio.h>
#include <stdlib.h>
typedef int (*unary)(int);
static int target(int x) { return x + 1; }
static int compare(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static unary table[] = { target };
static int (*comparator)(const void *, const void *) = compare;
int main(void) {
    unary before = target;
    int values[64];
    for (int i = 0; i < 64; i++) values[i] = (i * 37) % 64;
    qsort(values, 64, sizeof(int), compare);
    long sum = 0;
    for (int i = 0; i < 3000; i++) sum += before(i);
    for (int round = 0; round < 40; round++) qsort(values, 64, sizeof(int), comparator);
    unary after = target;
    printf("%d %d %d %d %ld %d %d\n", before == after, table[0] == after,
           comparator == compare, values[0] == 0 && values[63] == 63,
           sum, before(41), table[0](1));
    return 0;
}
"#;

#[test]
fn function_pointers_are_equal_and_work_across_promotions() {
    let (stdout, report) = run_c(
        "identity",
        IDENTITY,
        &["--batch", "--tiers", "O0,O3", "--hot-calls", "100"],
    );
    assert_eq!(stdout, "1 1 1 1 4501500 42 2\n");
    assert_eq!(function(&report, "target")["tier"], "O3");
    // Called back from libc's qsort (through its entry) often enough to be promoted.
    assert_eq!(function(&report, "compare")["tier"], "O3");
}

const THREADS: &str = r#"
#include <pthread.h>
#include <stdio.h>
static long work(long i) { return (i * 7) % 1000; }
static void *worker(void *arg) {
    long base = (long)arg, sum = 0;
    for (long i = 0; i < 400000; i++) sum += work(base + i);
    return (void *)sum;
}
int main(void) {
    pthread_t threads[4];
    for (long t = 0; t < 4; t++) pthread_create(&threads[t], 0, worker, (void *)(t * 1000));
    long total = 0;
    for (int t = 0; t < 4; t++) {
        void *result;
        pthread_join(threads[t], &result);
        total += (long)result;
    }
    printf("%ld\n", total);
    return 0;
}
"#;

fn threads_expected() -> String {
    let total: i64 = (0..4)
        .map(|t| {
            (0..400_000)
                .map(|i| ((t * 1000 + i) * 7) % 1000)
                .sum::<i64>()
        })
        .sum();
    format!("{total}\n")
}

#[test]
fn threads_calling_a_function_while_it_is_promoted_get_correct_results() {
    let dir = TempDir::new().unwrap();
    let ir = compile(&dir, "threads", THREADS);
    let expected = threads_expected();
    // Background promotion, landing while four threads are inside and around `work`.
    for run in 0..5 {
        let stats = dir.path().join(format!("stats{run}.json"));
        let output = tierup(&ir, &["--tiers", "O0,O3", "--hot-calls", "100"], &stats);
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            expected,
            "run {run}"
        );
    }
    // Synchronous promotion: it certainly happens while the other threads keep calling.
    let stats = dir.path().join("batch.json");
    let output = tierup(
        &ir,
        &["--batch", "--tiers", "O0,O3", "--hot-calls", "100"],
        &stats,
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout), expected);
    let report = report(&stats);
    assert_eq!(function(&report, "work")["tier"], "O3");
    // Exactly one O3 compile of `work`, however many threads found it hot.
    let o3_compiles = promotions(function(&report, "work"))
        .iter()
        .filter(|(tier, _)| tier == "O3")
        .count();
    assert_eq!(o3_compiles, 1);
}

#[test]
fn stats_table_and_trace_go_to_stderr() {
    let dir = TempDir::new().unwrap();
    let ir = compile(&dir, "hot_cold", HOT_AND_COLD);
    let output = Command::new(env!("CARGO_BIN_EXE_tierup"))
        .args([
            "run",
            "--batch",
            "--stats",
            "--trace-tiering",
            "--hot-calls",
            "1000",
        ])
        .arg(&ir)
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stdout), "5058302290\n");
    let stderr = String::from_utf8_lossy(&output.stderr);
    // The default ladder: interpreted first, O0 once warm, O3 once hot.
    assert!(stderr.contains("hot interp -> O0 (HotCalls)"), "{stderr}");
    assert!(stderr.contains("hot O0 -> O3 (HotCalls)"), "{stderr}");
    assert!(
        stderr.contains("tierup stats: ladder interp,O0,O3"),
        "{stderr}"
    );
    assert!(stderr.contains("tier O3"), "{stderr}");
}

#[test]
fn a_program_that_cannot_be_split_runs_whole_and_says_so() {
    let ir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ir/block_addresses_outside.ll");
    let output = Command::new(env!("CARGO_BIN_EXE_tierup"))
        .arg(&ir)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "7\n");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("cannot be compiled separately") && stderr.contains("whole program at O3"),
        "{stderr}"
    );
}

const INTERPRETED: &str = r#"
#include <stdarg.h>
#include <stdio.h>

static int sum(int count, ...) {
    va_list args;
    va_start(args, count);
    int total = 0;
    for (int i = 0; i < count; i++) total += va_arg(args, int);
    va_end(args);
    return total;
}

static int opaque(int x) {
    __asm__ volatile("" : "+r"(x));
    return x;
}

static long step(long x) { return x % 3 == 0 ? x / 3 : x + 7; }

static long cold(long x) { return x * 2; }

int main(void) {
    long acc = 0;
    for (long i = 0; i < 5000; i++) acc += step(i);
    printf("%ld %ld %d\n", acc, cold(acc), opaque(sum(3, 1, 2, 3)));
    return 0;
}
"#;

#[test]
fn interpreter_profiles_promotes_and_falls_back_visibly() {
    let (stdout, report) = run_c(
        "interpreted",
        INTERPRETED,
        &["--tiers", "interp,O3", "--hot-calls", "100", "--batch"],
    );
    assert_eq!(stdout, "9743609 19487218 6\n");
    // Hot: interpreted first, then promoted to O3 by its calls.
    let step = function(&report, "step");
    assert_eq!(
        promotions(step),
        [
            ("interp".to_string(), "first_call".to_string()),
            ("O3".to_string(), "hot_calls".to_string())
        ]
    );
    // Leaving the interpreter takes a tenth of --hot-calls; O3 code no longer counts.
    assert_eq!(step["calls"].as_u64().unwrap(), 10);
    // Cold: interpreted once, never promoted; its branch profile was recorded.
    let cold = function(&report, "cold");
    assert_eq!(cold["tier"], "interp");
    assert_eq!(promotions(cold).len(), 1);
    let main = function(&report, "main");
    let branches = main["branch_profile"]["conditional"].as_array().unwrap();
    let counted: u64 = branches
        .iter()
        .flat_map(|b| b.as_array().unwrap())
        .map(|c| c.as_u64().unwrap())
        .sum();
    assert!(counted >= 5000, "{branches:?}");
    assert!(main["loop_iterations"].as_u64().unwrap() >= 5000);
    // A variadic definition is interpreted (its native callers would get compiled code).
    let sum = function(&report, "sum");
    assert_eq!(sum["tier"], "interp");
    assert!(
        sum["promotions"][0].get("interp_fallback").is_none(),
        "{sum}"
    );
    // Inline assembly runs at O0 instead, and says why.
    let opaque = function(&report, "opaque");
    assert_eq!(opaque["tier"], "O0");
    let fallback = opaque["promotions"][0]["interp_fallback"].as_str().unwrap();
    assert!(fallback.contains("inline assembly"), "{fallback}");
    assert_eq!(report["interp_fallbacks"], 1);
}

const ON_STACK_REPLACEMENT: &str = r#"#include <stdio.h>
#include <string.h>

struct pair {
    long a;
    double b;
};

/* Called once: its inner loop gets hot first, and the activation moves to compiled code
   mid-call with values defined before the loops (grid, acc, total) and inside the outer
   loop (row), and returns a struct from the compiled code. */
static struct pair work(int n)
{
    long grid[64];
    memset(grid, 0, sizeof grid);
    double acc = 0.5;
    long total = 0;
    for (int i = 0; i < n; i++) {
        long row = i * 7 % 64;
        for (int j = 0; j < 200; j++) {
            grid[(row + j) % 64] += j ^ i;
            acc = acc * 0.999 + (double)j / (i + 1);
        }
        total += grid[row] % 1000;
    }
    struct pair p = {total, acc};
    return p;
}

int main(void)
{
    struct pair p = work(300);
    unsigned __int128 big = (unsigned __int128)p.a * 1000003u;
    for (int k = 0; k < 20000; k++)
        big = big * 3 + (unsigned)k;
    printf("%ld %.6f %llu\n", p.a, p.b, (unsigned long long)(big >> 64));
    return 0;
}
"#;

#[test]
fn hot_loops_of_running_interpreted_calls_move_to_compiled_code() {
    let (stdout, report) = run_c(
        "osr",
        ON_STACK_REPLACEMENT,
        &["--tiers", "interp,O3", "--hot-loops", "1000", "--batch"],
    );
    // What the native build prints.
    assert_eq!(stdout, "149648 348.115123 15081130391774049690\n");
    // Each is called once: only on-stack replacement can move its running call to O3 code.
    for name in ["work", "main"] {
        let function = function(&report, name);
        assert_eq!(function["calls"], 1, "{name}");
        let osr = &function["promotions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["reason"] == "osr")
            .unwrap_or_else(|| panic!("{name} has no on-stack replacement: {function}"));
        assert_eq!(osr["from"], "interp");
        assert_eq!(osr["to"], "O3");
        assert!(osr.get("error").is_none(), "{osr}");
    }
}

/// A call that runs one loop after another, the first hot loop an inner one in one of them
/// (tests/programs/loop_phases.c, in the differential corpus too).
const LOOP_PHASES: &str = include_str!("programs/loop_phases.c");

#[test]
fn one_on_stack_replacement_enters_the_later_loops_too() {
    let (stdout, report) = run_c(
        "loop_phases",
        LOOP_PHASES,
        &["--tiers", "interp,O3", "--hot-loops", "1000", "--batch"],
    );
    // What the native build prints.
    assert_eq!(stdout, "16888662771903511996\n");
    for name in ["phases", "nested_first"] {
        let function = function(&report, name);
        let osr: Vec<_> = promotions(function)
            .into_iter()
            .filter(|(_, reason)| reason == "osr")
            .collect();
        assert_eq!(osr, [("O3".to_string(), "osr".to_string())], "{name}");
        // The interpreter counts the iterations up to the first hot loop's limit, then the
        // compiled version runs every later loop (200000 iterations and more each).
        assert_eq!(function["loop_iterations"], 1001, "{name}: {function}");
    }
}

/// Computed goto: label addresses live across loop iterations, recursion, a local table of
/// labels (tests/programs/computed_goto_states.c, in the differential corpus too).
const COMPUTED_GOTO_STATES: &str = include_str!("programs/computed_goto_states.c");

#[test]
fn computed_goto_is_interpreted_and_moves_to_compiled_code_mid_call() {
    let (stdout, report) = run_c(
        "computed_goto_states",
        COMPUTED_GOTO_STATES,
        &["--tiers", "interp,O3", "--hot-loops", "1000", "--batch"],
    );
    // What the native build prints.
    assert_eq!(
        stdout,
        "machine(10)=6743559699802449624\nmachine(300000)=17275911999894322054\n\
         walk(1,2000)=27988001000\nwalk(1,3)=69\nwalk(4,9)=331108767\nlocal_table=15090935\n"
    );
    assert_eq!(report["interp_fallbacks"], 0, "{report:#}");
    // `machine`'s activation leaves the interpreter with its next state, a label address,
    // in a register; `walk` (recursive) leaves it too.
    for name in ["machine", "walk"] {
        let function = function(&report, name);
        let history = promotions(function);
        assert_eq!(history[0], ("interp".to_string(), "first_call".to_string()));
        assert!(
            history.iter().any(|(_, reason)| reason == "osr"),
            "{name}: {function}"
        );
        // Millions of iterations ran, most of them compiled.
        let iterations = function["loop_iterations"].as_u64().unwrap();
        assert!(iterations < 20_000, "{name}: {function}");
    }
    // The local table's label addresses pass through memory, where the interpreter's
    // differ from compiled code's: its activation finishes in the interpreter.
    let local = function(&report, "local_table");
    assert!(
        promotions(local).iter().all(|(_, reason)| reason != "osr"),
        "{local}"
    );
}

#[test]
fn long_double_half_setjmp_and_variadic_definitions_are_interpreted() {
    for (name, source, expected) in [
        (
            "long_double_edges",
            include_str!("programs/long_double_edges.c"),
            "round 2.5: floor 2 ceil 3 trunc 2 rint 2 round 3 fabs 2.5\n",
        ),
        (
            "variadic_definitions",
            include_str!("programs/variadic_definitions.c"),
            "wide: 9284214958776717830\n",
        ),
        (
            "half_float16",
            include_str!("programs/half_float16.c"),
            "loop b400 3349111999227014912\n",
        ),
        (
            "setjmp_interpreted",
            include_str!("programs/setjmp_interpreted.c"),
            "error loop 6666700133333\nunmodified 193\nqsort 720\n",
        ),
    ] {
        let (stdout, report) = run_c(name, source, &["--tiers", "interp"]);
        // Every function ran in the interpreter: x87 arithmetic, comparisons and conversions,
        // libm and compiler-rt for the rest; half computed in float; setjmp callers go on
        // inside a native frame that called setjmp; variadic callees read the caller's
        // arguments.
        assert_eq!(report["interp_fallbacks"], 0, "{name}: {report:#}");
        assert!(stdout.contains(expected), "{name}: {stdout}");
    }
}

/// A vector function called rarely from a hot one: the caller leaves the interpreter first.
const VECTOR_CALLS: &str = r#"
#include <stdio.h>
typedef int v4si __attribute__((vector_size(16)));
__attribute__((noinline)) v4si rare(v4si acc, long k) {
    v4si step = {(int)k, 1, 0, 0};
    return acc + step;
}
__attribute__((noinline)) v4si outer(v4si acc, long i) {
    return i % 100 == 0 ? rare(acc, i / 100) : acc;
}
int main(void) {
    v4si acc = {0, 0, 0, 0};
    for (long i = 0; i < 3000; i++) acc = outer(acc, i);
    printf("%d %d\n", acc[0], acc[1]);
    return 0;
}
"#;

#[test]
fn vector_signatures_cross_the_native_boundary() {
    // Interpreted callers call compiled vector functions through thunks compiled for the
    // signature; compiled callers call an interpreted vector function through its O0
    // compile (a libffi closure cannot take vectors). Nothing falls back.
    let (stdout, report) = run_c(
        "vector_ext",
        include_str!("programs/vector_ext.c"),
        &["--tiers", "interp"],
    );
    assert_eq!(report["interp_fallbacks"], 0, "{report:#}");
    assert!(
        stdout.contains("add_sat bytes: 255 255 36 110 184 255 255 255 255 42 116 190 255 255"),
        "{stdout}"
    );
    let args = ["--tiers", "interp,O0", "--hot-calls", "100", "--batch"];
    let (stdout, report) = run_c("vector_calls", VECTOR_CALLS, &args);
    assert_eq!(stdout, "435 30\n");
    assert_eq!(report["interp_fallbacks"], 0, "{report:#}");
    // `outer` left the interpreter after 10 calls, `rare` after 10 of its 30: in between,
    // compiled `outer` called interpreted `rare`, through its O0 compile.
    assert_eq!(
        function(&report, "rare")["native_entry"],
        "compiled",
        "{report:#}"
    );
    assert_eq!(report["compiled_native_entries"], 1, "{report:#}");
    assert!(report["call_thunks"].as_u64().unwrap() >= 1, "{report:#}");
    for name in ["outer", "rare"] {
        let tiers: Vec<_> = promotions(function(&report, name))
            .into_iter()
            .map(|(tier, _)| tier)
            .collect();
        assert_eq!(tiers, ["interp", "O0"], "{name}: {report:#}");
    }
}

#[test]
fn loops_of_baseline_code_move_to_the_top_tier() {
    // One long call of each function reaches the loop threshold: the function is promoted,
    // and the activation, still in O0 code, moves to an entry at its loop header.
    let args = ["--tiers", "O0,O3", "--batch", "--hot-loops", "100000"];
    let (stdout, report) = run_c(
        "osr_from_baseline",
        include_str!("programs/osr_from_baseline.c"),
        &args,
    );
    // What the native build prints.
    assert_eq!(stdout, "4877307609720660270 11999994 4000000 3999999\n");
    for name in ["work", "scan"] {
        let moves: Vec<_> = function(&report, name)["promotions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["reason"] == "osr")
            .map(|p| (p["from"].clone(), p["to"].clone(), p.get("error").cloned()))
            .collect();
        assert!(!moves.is_empty(), "{name}: {report:#}");
        for (from, to, error) in moves {
            assert_eq!(
                (from.as_str(), to.as_str(), error),
                (Some("O0"), Some("O3"), None)
            );
        }
    }
    // `main` moves to O3 in its first loop, then compares a function's address with its
    // alias's: both name the same entry (an O3 unit that declared the alias apart had the
    // optimiser fold the comparison to false).
    let args = [
        "--tiers",
        "O0,O3",
        "--batch",
        "--hot-calls",
        "50",
        "--hot-loops",
        "500",
    ];
    let (stdout, report) = run_c("global_data", include_str!("programs/global_data.c"), &args);
    assert!(stdout.contains("same address=1 alias_var=99"), "{stdout}");
    let main = promotions(function(&report, "main"));
    assert!(
        main.contains(&("O3".to_string(), "osr".to_string())),
        "{report:#}"
    );
}

/// Kills the compile server between two phases of hot work
/// (tests/programs/compile_server_killed.c, in the differential corpus too).
const COMPILE_SERVER_KILLED: &str = include_str!("programs/compile_server_killed.c");

#[test]
fn a_dead_compile_server_leaves_functions_in_their_code() {
    // Not `--batch`: the compiles go to the server.
    let (stdout, report) = run_c("killed", COMPILE_SERVER_KILLED, &[]);
    // What the native build prints.
    assert_eq!(stdout, "11432850601048407228\n");
    // `later` runs only after the server is gone: it still leaves the interpreter (baseline
    // compiles move to the guest's thread), and its optimising compile fails.
    let later = function(&report, "later");
    let history: Vec<_> = later["promotions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let error = p["error"].as_str();
            let server_ended = error.is_some_and(|e| e.starts_with("the compile server has ended"));
            (p["to"].as_str().unwrap(), error.is_none(), server_ended)
        })
        .collect();
    assert_eq!(
        history,
        [
            ("interp", true, false),
            ("O0", true, false),
            ("O3", false, true)
        ],
        "{later}"
    );
    assert_eq!(later["tier"], "O0");
}

const BRANCHES: &str = r#"
#include <stdio.h>

int main(void) {
    long a = 0, b = 0, c = 0;
    for (long i = 0; i < 1000; i++) {
        if (i % 3 == 0)
            a++;
        else if (i % 5 == 0)
            b++;
        if (i > 900)
            c += i;
        else
            c -= 1;
    }
    printf("%ld %ld %ld\n", a, b, c);
    return 0;
}
"#;

/// The interpreter's branch profile counts each way of each conditional branch exactly, however
/// the translator lays the branch out (jumping to its true or its false way, fused with its
/// compare or not).
#[test]
fn interpreter_branch_profile_is_exact() {
    let (stdout, report) = run_c("branches", BRANCHES, &["--tiers", "interp"]);
    assert_eq!(stdout, "334 133 93149\n");
    let main = function(&report, "main");
    let mut branches: Vec<(u64, u64)> = main["branch_profile"]["conditional"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b[0].as_u64().unwrap(), b[1].as_u64().unwrap()))
        .collect();
    branches.sort();
    // (true way, false way): i > 900, i % 5 == 0 (among non-multiples of 3), i % 3 == 0,
    // and the loop's i < 1000.
    assert_eq!(branches, [(99, 901), (133, 533), (334, 666), (1000, 1)]);
}

const SINGLE_THREADED: &str = r#"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int threads(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    int n = -1;
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "Threads:", 8))
            n = atoi(line + 8);
    fclose(f);
    return n;
}

static unsigned long step(unsigned long x) {
    return x * 6364136223846793005UL + 1442695040888963407UL;
}

/* Called through a pointer the optimiser cannot see through: `step` keeps being called (and
   collects its own promotion) after `main`'s loop moves to O3 code. */
static unsigned long (*volatile stepper)(unsigned long) = step;

int main(void) {
    unsigned long x = 1;
    for (long i = 0; i < 200000000; i++)
        x = stepper(x) ^ (x >> 7);
    printf("%lu threads=%d\n", x, threads());
    return 0;
}
"#;

/// Background compiles run in the compile server, a process of its own: the guest's process
/// keeps one thread (glibc's malloc stays in its single-threaded mode), while a hot function
/// and a hot loop of a running call reach O3 code compiled there.
#[test]
fn background_compiles_leave_the_guest_single_threaded() {
    let (stdout, report) = run_c("single", SINGLE_THREADED, &[]);
    // What the native build prints.
    assert_eq!(stdout, "9573000605257066778 threads=1\n");
    assert_eq!(function(&report, "step")["tier"], "O3");
    let main = function(&report, "main");
    assert_eq!(main["calls"], 1);
    assert!(
        promotions(main)
            .iter()
            .any(|(tier, reason)| tier == "O3" && reason == "osr"),
        "main's loop did not move to O3: {main}"
    );
    assert!(report["compile_server_peak_rss_kib"].as_u64().unwrap() > 0);
}

#!/usr/bin/env python3
"""Random-program differential testing of tierup with csmith, for long runs.

For every seed: csmith generates a C program; clang-22 compiles it to IR at -O0 and -O2 and
builds a native binary from that same IR (as tests/differential.rs does); the native binary
runs with a time limit (seeds whose native run times out are skipped: csmith programs may loop
for a very long time); then tierup runs the IR in every mode of `tierup modes --json` and its
stdout and exit status must equal the native run's. Each mismatch is printed with its seed,
mode and level, and the C file and a report are kept in target/csmith-failures/csmith_<seed>/.

    python3 tools/csmith.py --count 100                  # 100 random seeds
    python3 tools/csmith.py --seed-start 1 --count 500   # seeds 1..500
    python3 tools/csmith.py --count 20 --modes tiered,default --tierup target/debug/tierup

`--select N` only looks for seeds: it prints the first N seeds (from --seed-start) whose
native builds finish within --timeout with status 0 and agree, which is how tests/csmith/seeds.txt was
made. Python 3 standard library only.
"""

import argparse
import concurrent.futures
import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLANG = os.environ.get("TIERUP_CLANG", "clang-22")
CSMITH_INCLUDE = Path("/usr/include/csmith")
LEVELS = ("O0", "O2")
WORK = ROOT / "target" / "csmith"
FAILURES = ROOT / "target" / "csmith-failures"
# The program prints the value of every global, not only their checksum, when its first
# argument is 1: a mismatch then shows which variable differs.
PROGRAM_ARGS = ["1"]


def fail(message):
    print(f"csmith.py: {message}", file=sys.stderr)
    sys.exit(2)


def check_tools():
    if shutil.which("csmith") is None or not (CSMITH_INCLUDE / "csmith.h").exists():
        fail("csmith or its headers (/usr/include/csmith) are missing: run ./dev test or "
             "./dev fuzz, which install the Debian packages csmith and libcsmith-dev")
    if shutil.which(CLANG) is None:
        fail(f"{CLANG} is missing: run ./dev test, which installs it")


def tierup_binary(path):
    if path:
        binary = Path(path)
        if not binary.exists():
            fail(f"no tierup binary at {binary}")
        return binary
    print("building tierup (cargo build --release) ...", file=sys.stderr)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    return ROOT / "target" / "release" / "tierup"


def tierup_modes(binary, wanted):
    listing = subprocess.run([str(binary), "modes", "--json"], capture_output=True, check=True)
    modes = [(m["name"], m["args"]) for m in json.loads(listing.stdout)]
    if wanted:
        names = [name for name, _ in modes]
        unknown = [w for w in wanted if w not in names]
        if unknown:
            fail(f"unknown mode(s) {', '.join(unknown)}; tierup has {', '.join(names)}")
        modes = [m for m in modes if m[0] in wanted]
    return modes


def run(command, timeout):
    """(stdout, status, stderr, seconds), status "timeout" when over the limit; a signal
    shows as a negative status, as subprocess reports it."""
    start = time.monotonic()
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as expired:
        return expired.stdout or b"", "timeout", expired.stderr or b"", time.monotonic() - start
    return done.stdout, done.returncode, done.stderr, time.monotonic() - start


def describe_status(status):
    if status == "timeout":
        return "timed out"
    if status < 0:
        return f"signal {-status}"
    return f"exit {status}"


def first_difference(expected, actual):
    exp_lines = expected.decode(errors="replace").splitlines()
    act_lines = actual.decode(errors="replace").splitlines()
    for number, (e, a) in enumerate(zip(exp_lines, act_lines), start=1):
        if e != a:
            return f"first difference at line {number}: expected {e!r}, got {a!r}"
    if len(exp_lines) != len(act_lines):
        return f"expected {len(exp_lines)} lines of stdout, got {len(act_lines)}"
    return "stdout equal"


class Seed:
    """One seed's generation, builds and runs, in target/csmith/<seed>/."""

    def __init__(self, seed, csmith_options):
        self.seed = seed
        self.options = csmith_options
        self.dir = WORK / str(seed)
        self.source = self.dir / f"csmith_{seed}.c"

    def generate(self):
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True)
        # Without --output csmith writes to stdout, and the program does not name a file.
        # csmith also leaves a platform.info in its working directory.
        done = subprocess.run(["csmith", "--seed", str(self.seed), *self.options],
                              capture_output=True, cwd=self.dir)
        if done.returncode != 0:
            raise RuntimeError(f"csmith failed: {done.stderr.decode(errors='replace')}")
        self.source.write_bytes(done.stdout)

    def build(self, level):
        """IR and a native binary built from that IR, like tests/differential.rs."""
        ir = self.dir / f"csmith_{self.seed}.{level}.ll"
        native = self.dir / f"csmith_{self.seed}.{level}"
        for command in (
            [CLANG, f"-{level}", "-w", f"-I{CSMITH_INCLUDE}", "-S", "-emit-llvm", "-o", str(ir),
             str(self.source)],
            [CLANG, str(ir), "-o", str(native), "-lm"],
        ):
            done = subprocess.run(command, capture_output=True)
            if done.returncode != 0:
                raise RuntimeError(f"{' '.join(command)} failed: "
                                   f"{done.stderr.decode(errors='replace')}")
        return ir, native

    def lines(self):
        return self.source.read_bytes().count(b"\n")

    def cleanup(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def save_failure(seed, mismatches, natives):
    """The C file and a report in target/csmith-failures/csmith_<seed>/."""
    where = FAILURES / f"csmith_{seed.seed}"
    shutil.rmtree(where, ignore_errors=True)
    where.mkdir(parents=True)
    shutil.copy(seed.source, where / seed.source.name)
    name = f"csmith_{seed.seed}"
    report = [
        f"csmith seed {seed.seed}, options: {' '.join(seed.options) or '(csmith defaults)'}",
        f"rebuild: {' '.join(['csmith', '--seed', str(seed.seed), *seed.options])} > {name}.c",
        f"         {CLANG} -O<level> -w -I{CSMITH_INCLUDE} -S -emit-llvm {name}.c "
        f"-o {name}.O<level>.ll",
        "",
    ]
    for mode, args, level, expected, actual, stderr in mismatches:
        (where / f"tierup-{mode}-{level}.stdout").write_bytes(actual[0])
        report += [
            f"mode {mode} ({' '.join(args) or 'no options'}), IR at -{level}:",
            f"  run: tierup run {' '.join([*args, f'{name}.{level}.ll', *PROGRAM_ARGS])}",
            f"  native: {describe_status(expected[1])}, {len(expected[0])} bytes of stdout",
            f"  tierup: {describe_status(actual[1])}, {len(actual[0])} bytes of stdout",
            f"  {first_difference(expected[0], actual[0])}",
        ]
        if stderr.strip():
            shown = stderr.decode(errors="replace").strip().splitlines()[-20:]
            report += ["  tierup stderr (last lines):"] + [f"    {line}" for line in shown]
        report.append("")
    (where / "report.txt").write_text("\n".join(report))
    for level, (stdout, _) in natives.items():
        (where / f"native-{level}.stdout").write_bytes(stdout)
    return where


def check_seed(seed_number, options, modes, tierup, timeout, lock):
    """One seed: ("ok" | "skipped" | "mismatch" | "error", details)."""
    seed = Seed(seed_number, options.csmith_options)
    try:
        seed.generate()
        natives, irs = {}, {}
        for level in LEVELS:
            ir, native = seed.build(level)
            stdout, status, _, _ = run([str(native), *PROGRAM_ARGS], timeout)
            if status == "timeout":
                return "skipped", f"native -{level} over {timeout} s"
            natives[level] = (stdout, status)
            irs[level] = ir
        mismatches = []
        tierup_timeout = timeout * 5 + 30
        for level in LEVELS:
            for mode, args in modes:
                stdout, status, stderr, _ = run(
                    [str(tierup), "run", *args, str(irs[level]), *PROGRAM_ARGS], tierup_timeout)
                if (stdout, status) != natives[level]:
                    mismatches.append((mode, args, level, natives[level], (stdout, status),
                                       stderr))
                    with lock:
                        print(f"MISMATCH seed {seed_number} mode {mode} level {level}: "
                              f"native {describe_status(natives[level][1])}, tierup "
                              f"{describe_status(status)}; "
                              f"{first_difference(natives[level][0], stdout)}", flush=True)
        if mismatches:
            where = save_failure(seed, mismatches, natives)
            return "mismatch", f"{len(mismatches)} mismatch(es), saved in {where.relative_to(ROOT)}"
        if natives["O0"] != natives["O2"]:
            # Not tierup's business (each level is compared with its own native build), but
            # worth knowing: csmith programs are meant to be free of undefined behaviour.
            return "ok", "note: native -O0 and -O2 disagree"
        return "ok", ""
    except (RuntimeError, OSError, subprocess.SubprocessError) as error:
        return "error", str(error)
    finally:
        if not options.keep:
            seed.cleanup()


def select(options):
    """The first --select seeds whose native builds finish within --timeout with status 0
    and print the same output."""
    chosen, seed_number = [], options.seed_start
    while len(chosen) < options.select:
        seed = Seed(seed_number, options.csmith_options)
        verdict = ""
        try:
            seed.generate()
            lines = seed.lines()
            if lines < options.min_lines:
                verdict = f"skipped: {lines} lines"
            else:
                times, outputs = [], set()
                for level in LEVELS:
                    _, native = seed.build(level)
                    stdout, status, _, seconds = run([str(native), *PROGRAM_ARGS],
                                                     options.timeout)
                    if status != 0:
                        verdict = f"skipped: native -{level} {describe_status(status)}"
                        break
                    times.append(f"-{level} {seconds:.3f} s")
                    outputs.add(stdout)
                else:
                    if len(outputs) > 1:
                        verdict = "skipped: native -O0 and -O2 disagree"
                    else:
                        chosen.append(seed_number)
                        verdict = f"chosen: {lines} lines, native {', '.join(times)}"
        finally:
            seed.cleanup()
        print(f"seed {seed_number}: {verdict}", file=sys.stderr, flush=True)
        seed_number += 1
    print("\n".join(str(s) for s in chosen))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100, help="how many seeds (default 100)")
    parser.add_argument("--seed-start", type=int,
                        help="run seeds S, S+1, ... (default: random seeds, printed)")
    parser.add_argument("--jobs", type=int, default=max(1, (os.cpu_count() or 2) // 2),
                        help="seeds checked in parallel (default: half the cores)")
    parser.add_argument("--timeout", type=float, default=2.0,
                        help="native time limit in seconds; slower seeds are skipped (default 2)")
    parser.add_argument("--tierup", help="tierup binary (default: cargo build --release)")
    parser.add_argument("--modes", help="comma-separated modes (default: all of tierup modes)")
    parser.add_argument("--csmith-options", default="",
                        help="extra csmith options, one string (default: csmith's defaults)")
    parser.add_argument("--keep", action="store_true",
                        help="keep every seed's files in target/csmith/<seed>/")
    parser.add_argument("--select", type=int, metavar="N",
                        help="only print the first N seeds from --seed-start (default 1) whose "
                             "native builds finish within --timeout with status 0")
    parser.add_argument("--min-lines", type=int, default=0,
                        help="with --select, skip programs shorter than this")
    options = parser.parse_args()
    options.csmith_options = options.csmith_options.split()
    check_tools()

    if options.select:
        if options.seed_start is None:
            options.seed_start = 1
        select(options)
        return

    tierup = tierup_binary(options.tierup)
    modes = tierup_modes(tierup, options.modes.split(",") if options.modes else None)
    if options.seed_start is not None:
        seeds = list(range(options.seed_start, options.seed_start + options.count))
        print(f"seeds {seeds[0]}..{seeds[-1]}", flush=True)
    else:
        rng = random.SystemRandom()
        seeds = [rng.randrange(1, 2**31) for _ in range(options.count)]
        print(f"random seeds: {' '.join(map(str, seeds))}", flush=True)
    print(f"modes: {', '.join(m for m, _ in modes)}; levels: {', '.join(LEVELS)}; "
          f"tierup: {tierup}", flush=True)

    lock = threading.Lock()
    results = {"ok": [], "skipped": [], "mismatch": [], "error": []}
    notes = []
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
        futures = {pool.submit(check_seed, s, options, modes, tierup, options.timeout, lock): s
                   for s in seeds}
        for done, future in enumerate(concurrent.futures.as_completed(futures), start=1):
            seed = futures[future]
            verdict, detail = future.result()
            results[verdict].append((seed, detail))
            if detail.startswith("note:"):
                notes.append((seed, detail))
            if verdict != "ok" or detail:
                with lock:
                    print(f"[{done}/{len(seeds)}] seed {seed}: {verdict} {detail}", flush=True)
            elif done % 10 == 0:
                with lock:
                    print(f"[{done}/{len(seeds)}] ...", flush=True)

    ran = len(results["ok"]) + len(results["mismatch"])
    print()
    print(f"summary after {time.monotonic() - start:.0f} s: {ran} programs run in "
          f"{len(modes)} modes at {len(LEVELS)} levels, {len(results['skipped'])} skipped "
          f"(native timeout), {len(results['mismatch'])} with mismatches, "
          f"{len(results['error'])} errors")
    for seed, detail in sorted(results["mismatch"]):
        print(f"  mismatch: seed {seed}: {detail}")
    for seed, detail in sorted(results["error"]):
        print(f"  error: seed {seed}: {detail.strip().splitlines()[0] if detail.strip() else ''}")
    for seed, detail in sorted(notes):
        print(f"  seed {seed}: {detail}")
    sys.exit(1 if results["mismatch"] or results["error"] else 0)


if __name__ == "__main__":
    main()

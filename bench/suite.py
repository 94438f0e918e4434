#!/usr/bin/env python3
"""tierup's benchmark suite and real-program builder.

    suite.py build [--program NAME]...     build every program to IR (-O0, -O2) and natively
    suite.py list                           JSON: programs, their IR and native paths, sizes
    suite.py run [--quick] [--program NAME]... [--runs N]
                                            measure every configuration, write the table,
                                            the JSON and the warm-up plots
    suite.py thresholds [--calls 100,1000,...] [--program NAME]... [--runs N]
                                            the default ladder on -O0 IR at several promotion
                                            thresholds (hot loops = 10 x hot calls)

Programs and sizes come from bench/suite.toml. C sources of real projects come from the
crates pinned in bench/sources/Cargo.toml, fetched by cargo. Builds go to target/bench/.
"""

import argparse
import concurrent.futures
import datetime
import glob
import hashlib
import json
import os
import platform
import re
import selectors
import shlex
import shutil
import statistics
import subprocess
import sys
import time
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUITE = os.path.join(ROOT, "bench", "suite.toml")
SOURCES_MANIFEST = os.path.join(ROOT, "bench", "sources", "Cargo.toml")
BUILD = os.path.join(ROOT, "target", "bench")
RESULTS = os.path.join(ROOT, "bench", "results")
LEVELS = ["O0", "O2"]
CLANG = os.environ.get("TIERUP_CLANG", "clang-22")
LLVM_LINK = os.environ.get("TIERUP_LLVM_LINK", "llvm-link-22")
LLI = os.environ.get("TIERUP_LLI", "lli-22")


def fail(message):
    print(f"suite: error: {message}", file=sys.stderr)
    sys.exit(1)


def load_suite():
    with open(SUITE, "rb") as f:
        return tomllib.load(f)["program"]


def crate_dirs():
    """Directory of each crate pinned in bench/sources (cargo downloads them if needed)."""
    out = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--manifest-path", SOURCES_MANIFEST],
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        fail(f"cargo metadata failed: {out.stderr.strip().splitlines()[-1:]}")
    meta = json.loads(out.stdout)
    return {p["name"]: os.path.dirname(p["manifest_path"]) for p in meta["packages"]}


def expand(text, crates):
    """Replace a leading `@crate/` (also after `-I`) by the crate's directory."""

    def sub(match):
        name = match.group(1)
        if name not in crates:
            fail(f"bench/suite.toml names unknown crate '{name}'")
        return crates[name] + "/"

    return re.sub(r"@([A-Za-z0-9_-]+)/", sub, text)


def source_files(program, crates):
    files = []
    for pattern in program["sources"]:
        path = expand(pattern, crates)
        if not os.path.isabs(path):
            path = os.path.join(ROOT, path)
        matches = sorted(glob.glob(path)) if "*" in path else [path]
        if not matches or not all(os.path.isfile(m) for m in matches):
            fail(f"{program['name']}: no source file matches {pattern}")
        files.extend(matches)
    return files


def run_tool(command):
    out = subprocess.run(command, capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"{' '.join(command)} failed:\n{out.stderr.strip()}")


def compile_one(command, target):
    """Compile to a temporary name and publish atomically, so a cut-off build leaves nothing."""
    run_tool(command)
    os.replace(target + ".tmp", target)


def digest(*parts):
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else str(part).encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


def artifacts(name):
    base = os.path.join(BUILD, name)
    return {
        "O0": os.path.join(base, f"{name}-O0.bc"),
        "O2": os.path.join(base, f"{name}-O2.bc"),
        "native": os.path.join(base, f"{name}-native"),
    }


def build_program(program, crates, pool):
    """Compile each source to bitcode per level (cached by content and flags), link them into
    one module per level, and build the native binary from the -O2 module."""
    name = program["name"]
    cflags = [expand(f, crates) for f in program.get("cflags", [])]
    files = source_files(program, crates)
    objects = os.path.join(BUILD, name, "objects")
    os.makedirs(objects, exist_ok=True)
    out = artifacts(name)
    # Our own headers (the kernels' harness) are part of every object's key; the crates'
    # headers are pinned with their sources.
    headers = b"".join(open(h, "rb").read()
                       for h in sorted(glob.glob(os.path.join(ROOT, "bench", "programs", "*.h"))))
    for level in LEVELS:
        bitcode, pending = [], []
        for path in files:
            with open(path, "rb") as f:
                key = digest(f.read(), headers, level, CLANG, *cflags)
            target = os.path.join(objects, f"{os.path.basename(path)}.{key}.bc")
            bitcode.append(target)
            if not os.path.exists(target):
                command = [CLANG, f"-{level}", "-c", "-emit-llvm", "-w", *cflags, path, "-o",
                           target + ".tmp"]
                pending.append(pool.submit(compile_one, command, target))
        for job in pending:
            job.result()
        link_key = digest(*bitcode)
        stamp = out[level] + ".inputs"
        if not (os.path.exists(out[level]) and open(stamp).read() == link_key):
            if len(bitcode) == 1:
                shutil.copyfile(bitcode[0], out[level])
            else:
                run_tool([LLVM_LINK, *bitcode, "-o", out[level]])
            with open(stamp, "w") as f:
                f.write(link_key)
    native_stamp = out["native"] + ".inputs"
    native_key = digest(open(out["O2"], "rb").read())
    if not (os.path.exists(out["native"]) and open(native_stamp).read() == native_key):
        run_tool([CLANG, "-O2", out["O2"], "-o", out["native"], "-lm", "-lpthread"])
        with open(native_stamp, "w") as f:
            f.write(native_key)
    return out


def selected(programs, names):
    if not names:
        return programs
    known = {p["name"] for p in programs}
    for n in names:
        if n not in known:
            fail(f"unknown program '{n}' (known: {', '.join(sorted(known))})")
    return [p for p in programs if p["name"] in names]


def build(names):
    programs = selected(load_suite(), names)
    crates = crate_dirs()
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for program in programs:
            started = time.monotonic()
            build_program(program, crates, pool)
            print(f"built {program['name']} in {time.monotonic() - started:.1f} s",
                  file=sys.stderr)
    return programs


def listing(programs):
    out = []
    for p in programs:
        entry = {"name": p["name"], **artifacts(p["name"])}
        for size in ("test", "quick", "throughput", "startup", "warmup"):
            if size in p:
                entry[size] = p[size]
        out.append(entry)
    return out


# ---------------------------------------------------------------------------------------------
# Measuring


class Result:
    def __init__(self, wall, first_output, rss_kb, status, stdout, stderr):
        self.wall = wall
        self.first_output = first_output
        self.rss_kb = rss_kb
        self.status = status
        self.stdout = stdout
        self.stderr = stderr


def measure(command, timeout):
    """Run once: wall time, time to first stdout byte, peak RSS (KiB), status, output."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, cwd=ROOT)
    first = None
    chunks = []
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ, "out")
    selector.register(process.stderr, selectors.EVENT_READ, "err")
    errors = []
    open_streams = 2
    deadline = started + timeout
    while open_streams:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            process.kill()
            process.wait()
            return None
        for key, _ in selector.select(timeout=min(remaining, 0.5)):
            data = os.read(key.fileobj.fileno(), 65536)
            if not data:
                selector.unregister(key.fileobj)
                open_streams -= 1
                continue
            if key.data == "out":
                if first is None:
                    first = time.perf_counter() - started
                chunks.append(data)
            else:
                errors.append(data)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.WIFSIGNALED(status):
        code = -os.WTERMSIG(status)
    else:
        code = os.WEXITSTATUS(status)
    return Result(wall, first, usage.ru_maxrss, code, b"".join(chunks), b"".join(errors))


def tierup_binary():
    return os.path.join(ROOT, "target", "release", "tierup")


def configurations(level, bitcode, only=()):
    """Every configuration for one IR level: lli's three and every tierup mode (or only those
    named in `only`)."""
    modes = json.loads(subprocess.run([tierup_binary(), "modes", "--json"], check=True,
                                      capture_output=True, text=True).stdout)
    configs = [
        ("lli", [LLI, bitcode]),
        ("lli-orc-lazy", [LLI, "-jit-kind=orc-lazy", bitcode]),
        ("lli-interp", [LLI, "-force-interpreter", bitcode]),
    ]
    for mode in modes:
        configs.append((f"tierup {mode['name']}", [tierup_binary(), "run", *mode["args"],
                                                   bitcode]))
    if only:
        # `tierup --OPTIONS...`: an ad-hoc configuration (ladder and threshold experiments).
        known = {name for name, _ in configs}
        adhoc = [(name, [tierup_binary(), "run", *shlex.split(name[len("tierup "):]), bitcode])
                 for name in only if name not in known and name.startswith("tierup --")]
        configs = [c for c in configs if c[0] in only] + adhoc
    return configs


def summarize(results):
    walls = [r.wall for r in results]
    firsts = [r.first_output for r in results if r.first_output is not None]
    return {
        "median_s": statistics.median(walls),
        "min_s": min(walls),
        "max_s": max(walls),
        "first_output_s": statistics.median(firsts) if firsts else None,
        "peak_rss_kib": max(r.rss_kb for r in results),
        "runs": len(walls),
    }


def bench_one(name, size_name, args, artifact, runs, interp_limit, limit, log, only, levels):
    """Measure native and every configuration at both IR levels for one program and size."""
    rows = []
    native_cmd = [artifact["native"], *args]
    measure(native_cmd, limit)  # warm-up
    native = [measure(native_cmd, limit) for _ in range(runs)]
    if any(r is None for r in native):
        fail(f"{name} ({size_name}): the native build ran over {limit} s")
    expected = (native[0].stdout, native[0].status)
    native_summary = summarize(native)
    def row(level, config, **fields):
        return {"program": name, "size": size_name, "args": args, "level": level,
                "config": config, **fields}

    rows.append(row("-", "native clang -O2", ok=True, **native_summary))
    log(f"{name} {size_name} native: {native_summary['median_s']:.3f} s")
    for level in levels:
        for config, prefix in configurations(level, artifact[level], only):
            command = [*prefix, *args]
            is_interp = config == "lli-interp"
            this_limit = interp_limit if is_interp else limit
            # The warm-up run; the interpreter, time-limited, runs only once.
            warm = measure(command, this_limit)
            results = [warm] if is_interp or warm is None else \
                [measure(command, this_limit) for _ in range(runs)]
            if any(r is None for r in results):
                rows.append(row(level, config, ok=False,
                                error=f"over the {this_limit:.0f} s limit"))
                log(f"{name} {size_name} {level} {config}: over {this_limit:.0f} s")
                continue
            ok = all((r.stdout, r.status) == expected for r in results)
            measured = row(level, config, ok=ok, **summarize(results))
            if not ok:
                bad = next(r for r in results if (r.stdout, r.status) != expected)
                first_line = next(iter(bad.stderr.decode(errors="replace").strip().splitlines()), "")
                measured["error"] = f"status {bad.status}: {first_line[:120]}".replace("|", "/")
            rows.append(measured)
            log(f"{name} {size_name} {level} {config}: {measured['median_s']:.3f} s"
                + ("" if ok else f"  MISMATCH {measured.get('error', '')}"))
    return rows


def add_ratios(rows):
    native = {(r["program"], r["size"]): r for r in rows if r["config"] == "native clang -O2"}
    lli = {(r["program"], r["size"], r["level"]): r for r in rows if r["config"] == "lli"}
    for r in rows:
        if not r.get("ok") or "median_s" not in r:
            continue
        n = native.get((r["program"], r["size"]))
        if n:
            r["vs_native"] = r["median_s"] / n["median_s"]
        base = lli.get((r["program"], r["size"], r["level"]))
        if base and base.get("ok") and r["level"] != "-":
            r["vs_lli"] = r["median_s"] / base["median_s"]


def machine_info():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_kib = 0
    try:
        with open("/proc/meminfo") as f:
            mem_kib = int(f.readline().split()[1])
    except (OSError, ValueError, IndexError):
        pass

    def version(command):
        try:
            out = subprocess.run(command, capture_output=True, text=True)
            text = (out.stdout or out.stderr).strip().splitlines()
            return next((line.strip() for line in text if "version" in line.lower()),
                        text[0] if text else "unknown")
        except OSError:
            return "not found"

    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(mem_kib / 1024 / 1024, 1),
        "os": platform.platform(),
        "tools": {
            "tierup": version([tierup_binary(), "--version"]),
            "clang": version([CLANG, "--version"]),
            "lli": version([LLI, "--version"]),
            "rustc": version(["rustc", "--version"]),
        },
    }


def fmt_time(r):
    if not r.get("ok"):
        return r.get("error", "failed")
    spread = ""
    if r["runs"] > 1:
        spread = f" ±{(r['max_s'] - r['min_s']) / 2:.3f}"
    return f"{r['median_s']:.3f}{spread}"


def markdown(rows, info):
    lines = [
        f"Measured {info['date']} on {info['cpu']} ({info['cores']} cores, "
        f"{info['memory_gib']} GiB); {info['tools']['clang']}; {info['tools']['lli']}; "
        f"{info['tools']['tierup']}.",
        "",
        "Wall time in seconds (median, ± half the spread), ratios to native `clang -O2` and to "
        "`lli` on the same IR; peak RSS in MiB. Start-up rows also give the time to first output.",
        "",
        "| program | size | IR | configuration | time (s) | first output (s) | x native | x lli | RSS (MiB) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        first = f"{r['first_output_s']:.3f}" if r.get("first_output_s") is not None and \
            r["size"] == "startup" else ""
        vs_native = f"{r['vs_native']:.2f}" if "vs_native" in r else ""
        vs_lli = f"{r['vs_lli']:.2f}" if "vs_lli" in r else ""
        rss = f"{r['peak_rss_kib'] / 1024:.0f}" if "peak_rss_kib" in r else ""
        lines.append(f"| {r['program']} | {r['size']} | {r['level']} | {r['config']} | "
                     f"{fmt_time(r)} | {first} | {vs_native} | {vs_lli} | {rss} |")
    return "\n".join(lines) + "\n"


ITERATION = re.compile(rb"^iteration (\d+) (\d+)$", re.M)


def warmup_series(program, artifact, processes, limit, log):
    """Per-iteration times (ms) from several fresh processes, per configuration (IR -O0)."""
    args = program["warmup"]
    series = {}
    commands = [("native clang -O2", [artifact["native"], *args])]
    commands += [(c, [*p, *args]) for c, p in configurations("O0", artifact["O0"])
                 if c != "lli-interp"]
    for config, command in commands:
        runs = []
        for _ in range(processes):
            r = measure(command, limit)
            if r is None:
                log(f"warm-up {program['name']} {config}: over {limit} s")
                break
            times = [int(ns) / 1e6 for _, ns in ITERATION.findall(r.stderr)]
            if times:
                runs.append(times)
        if runs:
            series[config] = runs
        log(f"warm-up {program['name']} {config}: {len(runs)} processes")
    return series


def plot_warmup(name, args, series, path):
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 5))
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for index, (config, runs) in enumerate(sorted(series.items())):
        for run_index, times in enumerate(runs):
            ax.plot(range(1, len(times) + 1), times, color=colors[index % len(colors)],
                    alpha=0.7, linewidth=1.2, label=config if run_index == 0 else None)
    ax.set_yscale("log")
    ax.set_xlabel("in-process iteration")
    ax.set_ylabel("iteration time (ms, log scale)")
    ax.set_title(f"Warm-up: {name} {' '.join(args)} (IR at -O0; one line per fresh process)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize="small")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def run_suite(names, quick, runs, interp_limit, limit, plots, only, levels, stem):
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    programs = build(names)
    size_key = "quick" if quick else "throughput"
    rows = []

    def log(message):
        print(message, file=sys.stderr, flush=True)

    for program in programs:
        artifact = artifacts(program["name"])
        if "startup" in program:
            rows += bench_one(program["name"], "startup", program["startup"], artifact, runs,
                              interp_limit, limit, log, only, levels)
        rows += bench_one(program["name"], size_key, program[size_key], artifact, runs,
                          interp_limit, limit, log, only, levels)
    add_ratios(rows)
    info = machine_info()
    os.makedirs(RESULTS, exist_ok=True)
    stem = stem or ("quick" if quick else "latest")
    table = markdown(rows, info)
    with open(os.path.join(RESULTS, f"{stem}.md"), "w") as f:
        f.write(table)
    with open(os.path.join(RESULTS, f"{stem}.json"), "w") as f:
        json.dump({"machine": info, "quick": quick, "runs": runs, "results": rows}, f, indent=2)
    if plots:
        processes = 2 if quick else 5
        for program in programs:
            if "warmup" not in program:
                continue
            series = warmup_series(program, artifacts(program["name"]), processes, limit, log)
            path = os.path.join(RESULTS, f"warmup-{program['name']}{'-quick' if quick else ''}.svg")
            plot_warmup(program["name"], program["warmup"], series, path)
            log(f"wrote {os.path.relpath(path, ROOT)}")
    print(table)
    log(f"wrote bench/results/{stem}.md and {stem}.json")


def sweep_thresholds(names, calls_list, runs, quick, limit):
    """Median time of the default ladder at each threshold, per throughput program."""
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    programs = build(names)
    size_key = "quick" if quick else "throughput"
    header = ["program", "native"] + [f"calls {c} / loops {10 * c}" for c in calls_list]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for program in programs:
        artifact = artifacts(program["name"])
        args = program[size_key]
        native = statistics.median(measure([artifact["native"], *args], limit).wall
                                   for _ in range(runs))
        cells = [program["name"], f"{native:.3f}"]
        for calls in calls_list:
            command = [tierup_binary(), "run", "--hot-calls", str(calls), "--hot-loops",
                       str(10 * calls), artifact["O0"], *args]
            times = []
            for _ in range(runs):
                result = measure(command, limit)
                times.append(result.wall if result else float("inf"))
            median = statistics.median(times)
            cells.append(f"{median:.3f} ({median / native:.2f}x)")
            print(f"{program['name']} calls={calls}: {median:.3f} s", file=sys.stderr, flush=True)
        lines.append("| " + " | ".join(cells) + " |")
    table = "\n".join(lines) + "\n"
    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, "thresholds.md"), "w") as f:
        f.write(f"Default ladder on -O0 IR, {size_key} sizes, median of {runs} runs, "
                f"{machine_info()['date']}; seconds (ratio to native clang -O2).\n\n{table}")
    print(table)


def summary(path, level):
    """A condensed table of a results file: per program and size, native time and each
    configuration's time on `level` IR with its ratio to native."""
    with open(path) as f:
        data = json.load(f)
    rows = data["results"]
    configs = []
    for r in rows:
        if r["level"] == level and r["config"] not in configs:
            configs.append(r["config"])
    keys = []
    for r in rows:
        if (r["program"], r["size"]) not in keys:
            keys.append((r["program"], r["size"]))
    info = data["machine"]
    lines = [f"{info['date']}, {info['cpu']} ({info['cores']} cores); IR at -{level}; "
             f"median seconds (ratio to native `clang -O2`); first output for start-up rows.",
             "",
             "| program | size | native | " + " | ".join(configs) + " |",
             "| --- | --- | --- |" + " --- |" * len(configs)]
    for program, size in keys:
        cells = [program, size]
        native = next((r for r in rows if (r["program"], r["size"]) == (program, size)
                       and r["config"] == "native clang -O2"), None)
        cells.append(f"{native['median_s']:.3f}" if native else "")
        for config in configs:
            r = next((r for r in rows if (r["program"], r["size"], r["level"], r["config"])
                      == (program, size, level, config)), None)
            if r is None:
                cells.append("")
            elif not r.get("ok") or "median_s" not in r:
                cells.append("fails" if "over" not in r.get("error", "") else r["error"])
            else:
                value = r["first_output_s"] if size == "startup" and r.get(
                    "first_output_s") is not None else r["median_s"]
                cells.append(f"{value:.3f} ({r['vs_native']:.2f}x)" if size != "startup"
                             else f"{value:.3f}")
        lines.append("| " + " | ".join(cells) + " |")
    print("\n".join(lines))


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build programs to IR and natively")
    b.add_argument("--program", action="append", default=[])
    sub.add_parser("list", help="print programs, artifacts and sizes as JSON")
    r = sub.add_parser("run", help="run the benchmark suite")
    r.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    r.add_argument("--program", action="append", default=[])
    r.add_argument("--runs", type=int, help="measured runs per configuration (after a warm-up)")
    r.add_argument("--interp-limit", type=float, help="time limit for lli -force-interpreter")
    r.add_argument("--limit", type=float, default=600, help="time limit for any other run")
    r.add_argument("--no-plots", action="store_true", help="skip the warm-up plots")
    r.add_argument("--config", action="append", default=[],
                   help="only this configuration, e.g. lli or 'tierup default', or tierup with "
                        "options of its own, e.g. 'tierup --tiers interp,O3' (repeatable; native "
                        "always runs)")
    r.add_argument("--level", action="append", choices=LEVELS, default=[],
                   help="only this IR level")
    r.add_argument("--output", help="name of the result files in bench/results (default: "
                                    "latest, or quick with --quick)")
    t = sub.add_parser("thresholds", help="measure promotion thresholds")
    t.add_argument("--calls", default="100,1000,10000",
                   help="comma-separated hot-call thresholds (hot loops: ten times each)")
    t.add_argument("--program", action="append", default=[])
    t.add_argument("--runs", type=int, default=3)
    t.add_argument("--quick", action="store_true", help="quick sizes")
    m = sub.add_parser("summary", help="condensed table of a results file")
    m.add_argument("file", nargs="?", default=os.path.join(RESULTS, "latest.json"))
    m.add_argument("--level", choices=LEVELS, default="O0")
    args = parser.parse_args()
    if args.command == "summary":
        summary(args.file, args.level)
    elif args.command == "thresholds":
        calls = [int(c) for c in args.calls.split(",")]
        sweep_thresholds(args.program, calls, args.runs, args.quick, 600)
    elif args.command == "build":
        build(args.program)
    elif args.command == "list":
        print(json.dumps(listing(load_suite()), indent=2))
    else:
        runs = args.runs or (1 if args.quick else 3)
        interp_limit = args.interp_limit or (10 if args.quick else 60)
        run_suite(args.program, args.quick, runs, interp_limit, args.limit, not args.no_plots,
                  args.config, args.level or LEVELS, args.output)


if __name__ == "__main__":
    main()

//! Tiering: the one place where a function's tier changes.
//!
//! Every defined function has a record: its slot and profile (a cache line of its own), the ladder
//! index of its installed code, and a `busy` flag that makes compiles of one function exclusive.
//!
//! - First call: the function's slot still points to its trampoline, which calls
//!   `first_call`; that compiles (or translates) the function at the first tier of the ladder
//!   on the calling thread and installs it. Concurrent first calls wait for that compile.
//! - Hot: instrumented code calls `__tierup_hot(id, kind)` when its call or loop count reaches
//!   its limit (the interpreter counts into the same words; its limits are a tenth). The
//!   function is queued for the next tier (once); the compile server (another process)
//!   builds it while the program keeps running in the old code, and the program's threads
//!   link and install it when they next call into the engine (a call that collects the
//!   function's own promotion goes no further). A promotion from the interpreter to O0 is
//!   compiled on the calling thread while the optimiser is busy.
//! - Install: one atomic store into the slot. Threads already inside the old code finish
//!   there; old versions stay mapped (counted as superseded).

use std::cell::RefCell;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::code_cache::{CodeCache, Entries};
use crate::compile;
use crate::compile_server::{OsrShape, Request, Response, Server};
use crate::interp;
use crate::llvm::{Context, CpuSpec, Module, ObjectBuffer, OptLevel, TargetMachine, Value};
use crate::perf_map::PerfMap;
use crate::runtime::{self, Profile, Slot};
use crate::stats::NativeEntry;
use crate::tier::Tier;
use crate::units::Program;

pub const HOT_SYMBOL: &str = "__tierup_hot";

/// What loop headers of instrumented code call instead when they can move to an
/// on-stack-replacement entry: `ptr (i64 id, i64 site)`, the entry or null; the site is the
/// header's block index, and the code's ladder position shifted left by 32.
pub const OSR_SYMBOL: &str = "__tierup_osr";

/// How functions climb the ladder.
#[derive(Clone, Debug)]
pub struct TieringOptions {
    pub hot_calls: u64,
    pub hot_loops: u64,
    pub compile_threads: usize,
    pub respect_optnone: bool,
    pub trace: bool,
    /// Statistics are reported at exit (`--stats`, `--stats-json`).
    pub stats: bool,
    /// Compile promotions on the thread that found the function hot, which waits for it
    /// (deterministic, for tests; HotSpot's `-Xbatch`).
    pub batch: bool,
    /// The CPU code is generated for.
    pub cpu: CpuSpec,
}

/// Why a function was compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    FirstCall,
    HotCalls,
    HotLoop,
    /// An on-stack-replacement entry for a hot loop of an interpreted activation: the
    /// activation continues in compiled code (the function's own tier does not change).
    Osr,
}

/// One compile of one function.
#[derive(Clone, Debug, Serialize)]
pub struct Promotion {
    pub from: Option<Tier>,
    pub to: Tier,
    pub reason: Reason,
    /// When it was installed (or failed), since the engine started.
    pub at_ms: f64,
    /// Time from queueing to installation, less the compile itself.
    pub queue_ms: f64,
    pub compile_ms: f64,
    /// The compile's error; the function then stays in its current code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Why the interpreter could not run the function, which was compiled at O0 instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interp_fallback: Option<String>,
}

struct Record {
    slot: Slot,
    profile: Profile,
    /// Ladder index of the installed code; -1 before the first compile.
    tier: AtomicI32,
    busy: AtomicBool,
    /// A promotion failed: the function stays in its code for good.
    failed: AtomicBool,
    history: Mutex<Vec<Promotion>>,
    /// Its bytecode, while the interpreter runs it.
    interpreted: OnceLock<&'static interp::Function>,
    /// Why the interpreter cannot run it.
    fallback: OnceLock<String>,
    /// What native callers of its bytecode run, once there is something.
    native_entry: OnceLock<NativeEntry>,
}

/// Promotion out of the interpreter tier happens at the thresholds divided by this.
const INTERP_DIVISOR: u64 = 10;

/// On-stack-replacement jobs of functions up to this many instructions go first (`heat`).
const OSR_FIRST_SIZE: usize = 2_000;

/// Baseline compiles handed to the server at once: it compiles them back to back, while the
/// guest's threads collect them only when they call into the runtime.
const BASELINE_IN_FLIGHT: usize = 16;

struct Job {
    id: usize,
    tier: usize,
    reason: Reason,
    /// For `Reason::Osr`: the interpreted function's loop sites its version enters, the one
    /// that asked first. Until the job is handed to a compile thread, only the site that
    /// queued it; then the site that asked last, and the others `Engine::osr_frame` adds.
    sites: Vec<u32>,
    /// For `Reason::Osr` from compiled code (not the interpreter): the loop header (block
    /// index) its version enters, and the ladder position of the code that asked.
    compiled: Option<(u32, usize)>,
    queued: Instant,
    /// For `Reason::Osr`: a promotion of the same function to the same tier that was
    /// waiting too. The on-stack-replacement version serves calls as well (entered at the
    /// function's entry): an optimising compile of a large function, the loop of an
    /// interpreter, takes hundreds of milliseconds, and one serves both.
    entry: Option<Box<Job>>,
    /// For `Reason::Osr` out of the interpreter, of a function below the top tier without a
    /// promotion waiting (`entry`): the symbol of the plain version its object defines as
    /// well, for the promotion that comes later (`OsrSites::calls`).
    call: Option<String>,
}

/// What on-stack replacement has asked for so far.
#[derive(Default)]
struct OsrSites {
    /// Loop sites (function id, site) a version entered, or tried to: never queued again.
    tried: HashSet<(usize, u32)>,
    /// Functions with an on-stack-replacement job not yet finished, and the loop site that
    /// reached its limit last (where an activation is now).
    pending: HashMap<usize, u32>,
    /// By (function id, ladder position): the plain version an on-stack-replacement compile
    /// made as well (`Job::call`), for the function's promotion to that position. SQLite's
    /// VDBE loop moved to O3 out of the interpreter while its baseline compile was pending;
    /// its promotion, asked for by the baseline code soon after, compiled it a second time
    /// (850 ms), behind every smaller function.
    calls: HashMap<(usize, usize), usize>,
}

/// On-stack-replacement entries for activations of compiled code.
#[derive(Default)]
struct CompiledOsr {
    /// By (function id, loop header block index): the entry's code.
    entries: HashMap<(usize, u32), usize>,
    /// Functions an entry was asked for, at the header of the first activation that asked:
    /// one compile per function (an activation spends its time in its innermost loop, and
    /// an entry per header would cost a compile each; zstd asked for three of 70 ms for one
    /// function).
    asked: HashSet<usize>,
}

#[derive(Default)]
struct Queue {
    jobs: Vec<Job>,
    shutdown: bool,
}

impl Queue {
    /// The next job: promotions to a lower tier first (they are cheap to compile and take a
    /// function out of the slowest code), then the job worth most now (`Engine::heat`). That
    /// is read when a compile thread becomes free, not when the job was queued: every
    /// function is queued at the same count (its threshold), and what happened since tells
    /// them apart.
    fn take(&mut self, heat: impl Fn(&Job) -> u64, allowed: impl Fn(&Job) -> bool) -> Option<Job> {
        let rank = |job: &Job| {
            (
                std::cmp::Reverse(job.tier),
                heat(job),
                std::cmp::Reverse(job.queued),
            )
        };
        let best = (0..self.jobs.len())
            .filter(|&i| allowed(&self.jobs[i]))
            .max_by_key(|&i| rank(&self.jobs[i]))?;
        Some(self.jobs.swap_remove(best))
    }

    /// `job` with the queued job that pairs with it, if any: an on-stack replacement and a
    /// promotion of the same function to the same tier become one job (`Job::entry`).
    fn merge(&mut self, job: Job) -> Job {
        let is_osr = job.reason == Reason::Osr;
        let partner = self.jobs.iter().position(|other| {
            other.id == job.id && other.tier == job.tier && (other.reason == Reason::Osr) != is_osr
        });
        let Some(partner) = partner else {
            return job;
        };
        let other = self.jobs.swap_remove(partner);
        let (mut osr, entry) = if is_osr { (job, other) } else { (other, job) };
        osr.entry = Some(Box::new(entry));
        osr
    }
}

pub struct Engine {
    program: Program,
    cache: CodeCache,
    ladder: Vec<Tier>,
    options: TieringOptions,
    records: Vec<Record>,
    queue: Mutex<Queue>,
    /// The process that runs background compiles (none with `--batch` or a one-tier ladder).
    server: OnceLock<Server>,
    /// Jobs the server is compiling, by request number, with their version's symbol.
    in_flight: Mutex<HashMap<u64, (Job, String)>>,
    next_request: AtomicU64,
    /// Calls to `poll` that found nothing, to check now and then that the server still runs.
    idle_polls: AtomicU64,
    /// The server's peak resident memory, as it last reported it.
    server_peak_rss_kib: AtomicU64,
    first_compiles: Mutex<()>,
    /// Held while a native entry of an interpreted function is made (`native_entry`).
    native_entries: Mutex<()>,
    /// The interpreter's call thunks by signature (`call_thunk`).
    thunks: Mutex<HashMap<String, usize>>,
    /// On-stack replacement out of compiled code (`compiled_loop_hot`).
    compiled_osr: Mutex<CompiledOsr>,
    first_compile_done: Condvar,
    start: Instant,
    path: PathBuf,
    /// Entries and slots by function id.
    entries: Entries,
    /// On-stack-replacement entries asked for.
    osr_sites: Mutex<OsrSites>,
    /// `--perf-map`: where each version's code goes, named for `perf`.
    perf_map: Option<PerfMap>,
    /// Run-time addresses of global values, as the interpreter's translation asks for them.
    addresses: Mutex<HashMap<String, u64>>,
}

/// What compiling a unit takes: the program, the ladder and the options. The engine has
/// them, and so has the compile server, which makes its program from the same bitcode.
pub struct Builder<'a> {
    pub program: &'a Program,
    pub ladder: &'a [Tier],
    pub options: &'a TieringOptions,
    pub path: &'a Path,
}

impl Builder<'_> {
    /// In the compile server: build the object file `request` asks for.
    pub fn serve(&self, request: &Request) -> Result<Vec<u8>, String> {
        // Both processes read the same bytes the same way: the same ids name the same
        // functions. Checked, since a mismatch would install one function's code as another's.
        let name = self
            .program
            .functions
            .get(request.id)
            .map(|f| f.name.as_str())
            .ok_or("no such function")?;
        if !request.version.starts_with(&format!("{name}.__")) {
            return Err(format!(
                "function {} is '{name}' here, not the '{}' asked for",
                request.id, request.version
            ));
        }
        if request.osr.is_some() {
            // The interpreter's frame is laid out over the function as its translation left
            // it, with its allocas promoted; this process's copy has not been translated.
            self.program
                .with_function(request.id, |_, function| function.promote_allocas())?;
        }
        let ran: HashSet<usize> = request.ran.iter().copied().collect();
        let object = self.build(
            request.id,
            request.tier_index,
            &request.version,
            request.osr.as_ref(),
            &|callee| ran.contains(&callee),
            request.profile,
        )?;
        Ok(object.bytes().to_vec())
    }

    /// Function `id` compiled for ladder position `tier_index` as the symbol `version` (or
    /// as its on-stack-replacement entry at `osr`); instrumented code counts into the
    /// profile at address `profile`. The optimising tier gets copies of the small callees
    /// that `ran` says were called, to inline.
    fn build(
        &self,
        id: usize,
        tier_index: usize,
        version: &str,
        osr: Option<&OsrShape>,
        ran: &dyn Fn(usize) -> bool,
        profile: u64,
    ) -> Result<ObjectBuffer, String> {
        let tier = self.ladder[tier_index];
        let level = compile::opt_level(tier).unwrap_or(OptLevel::O0);
        let top = tier_index + 1 == self.ladder.len();
        let info = &self.program.functions[id];
        // Callees that ran: inlining code the program never reached only costs compile time.
        let callees = (top && level != OptLevel::O0).then_some(ran);
        let reshape = |unit: &mut Module<'_>| -> Result<(), String> {
            if let Some(osr) = osr {
                let function = unit.function(version).ok_or("the unit lost its function")?;
                let tokens = (osr.token_base, osr.token_blocks.as_slice());
                let call = osr.call_version.as_deref();
                unit.make_osr(
                    function,
                    &osr.headers,
                    &osr.registers,
                    tokens,
                    &info.name,
                    call,
                )?;
            }
            Ok(())
        };
        let instrumented = !top && osr.is_none();
        // Instrumented code can hand its loops' activations to an optimising top tier's
        // on-stack-replacement entries (`compiled_loop_hot`). Its frame follows the values
        // of the body with its allocas promoted, as such an entry's unit is cut from.
        let top_level = compile::opt_level(self.ladder[self.ladder.len() - 1]);
        let transfers = instrumented && top_level.is_some_and(|l| l != OptLevel::O0);
        if transfers {
            self.program
                .with_function(id, |_, body| body.promote_allocas())?;
        }
        let build = |unit: &mut Module<'_>| {
            if level != OptLevel::O0 && !self.options.respect_optnone {
                unit.remove_optnone();
            }
            if instrumented {
                let function = unit.function(version).ok_or("the unit lost its function")?;
                unit.instrument(
                    function,
                    profile,
                    HOT_SYMBOL,
                    id as u64,
                    transfers.then_some((OSR_SYMBOL, tier_index as u32)),
                );
            }
            with_machine(level, &self.options.cpu, |machine| {
                compile::compile(unit, level, machine, self.path).map_err(|e| e.to_string())
            })
        };
        let object = if level == OptLevel::O0 {
            // About a millisecond: cheaper under the source's lock than moved as bitcode.
            self.program.with_unit(id, version, callees, |unit| {
                reshape(unit)?;
                build(unit)
            })??
        } else {
            let bitcode = self.program.with_unit(id, version, callees, |unit| {
                reshape(unit).map(|()| unit.to_bitcode())
            })??;
            let context = Context::new();
            let mut unit = context.parse_ir(&bitcode, version)?;
            build(&mut unit)?
        };
        Ok(object)
    }
}

static ENGINE: OnceLock<&'static Engine> = OnceLock::new();

fn engine() -> &'static Engine {
    ENGINE
        .get()
        .expect("compiled code runs only after the engine started")
}

/// Where a function's trampoline lands on its first call: the code to continue in.
pub const FIRST_CALL: extern "C" fn(usize, usize) -> usize = first_call;

extern "C" fn first_call(_context: usize, trampoline: usize) -> usize {
    let engine = engine();
    let id = engine
        .entries
        .trampoline_function(trampoline)
        .expect("only trampolines call first_call");
    match engine.resolve(id) {
        code if code == trampoline => engine.native_entry(id),
        code => code,
    }
}

extern "C" fn hot_callback(id: u64, kind: u64) {
    engine().hot(id as usize, kind)
}

extern "C" fn osr_callback(id: u64, site: u64) -> usize {
    // The header's block index, and above it the ladder position of the code.
    engine().compiled_loop_hot(id as usize, (site >> 32) as usize, site as u32)
}

/// The runtime functions compiled code calls into the engine with.
pub fn symbols() -> [(&'static str, usize); 2] {
    [
        (HOT_SYMBOL, hot_callback as extern "C" fn(u64, u64) as usize),
        (
            OSR_SYMBOL,
            osr_callback as extern "C" fn(u64, u64) -> usize as usize,
        ),
    ]
}

thread_local! {
    /// Each thread's target machines, one per level (creating one costs about a millisecond).
    static MACHINES: RefCell<HashMap<OptLevel, TargetMachine>> = RefCell::new(HashMap::new());
}

fn with_machine<T>(
    level: OptLevel,
    cpu: &CpuSpec,
    work: impl FnOnce(&TargetMachine) -> Result<T, String>,
) -> Result<T, String> {
    let mut work = Some(work);
    let cached = MACHINES.try_with(|machines| {
        let mut machines = machines.borrow_mut();
        let machine = match machines.entry(level) {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(TargetMachine::host(level, cpu)?),
        };
        (work.take().expect("runs once"))(machine)
    });
    match cached {
        Ok(result) => result,
        // A guest thread's exit (a pthread key destructor calling a function for the first
        // time) runs after its thread-locals are gone: use a machine of its own.
        Err(_) => (work.take().expect("did not run"))(&TargetMachine::host(level, cpu)?),
    }
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

impl Engine {
    /// Start the engine for `program`, whose entries and image
    /// are linked in `cache`, with the compile server `server` started for it (`Server`
    /// and `Builder`; none with `--batch` or a one-tier ladder). It lives until the process
    /// ends.
    #[allow(clippy::too_many_arguments)]
    pub fn start(
        program: Program,
        server: Option<Server>,
        cache: CodeCache,
        entries: Entries,
        profiles: Vec<Profile>,
        ladder: Vec<Tier>,
        options: TieringOptions,
        perf_map: Option<PerfMap>,
        path: PathBuf,
        start: Instant,
    ) -> &'static Engine {
        let records = profiles
            .into_iter()
            .enumerate()
            .map(|(id, profile)| Record {
                slot: entries.slot(id),
                profile,
                tier: AtomicI32::new(-1),
                busy: AtomicBool::new(false),
                failed: AtomicBool::new(false),
                history: Mutex::new(Vec::new()),
                interpreted: OnceLock::new(),
                fallback: OnceLock::new(),
                native_entry: OnceLock::new(),
            })
            .collect();
        let engine: &'static Engine = Box::leak(Box::new(Engine {
            program,
            cache,
            ladder,
            options,
            records,
            queue: Mutex::new(Queue::default()),
            server: OnceLock::new(),
            in_flight: Mutex::new(HashMap::new()),
            next_request: AtomicU64::new(0),
            idle_polls: AtomicU64::new(0),
            server_peak_rss_kib: AtomicU64::new(0),
            first_compiles: Mutex::new(()),
            native_entries: Mutex::new(()),
            thunks: Mutex::new(HashMap::new()),
            compiled_osr: Mutex::new(CompiledOsr::default()),
            first_compile_done: Condvar::new(),
            start,
            path,
            entries,
            osr_sites: Mutex::new(OsrSites::default()),
            perf_map,
            addresses: Mutex::new(HashMap::new()),
        }));
        assert!(ENGINE.set(engine).is_ok(), "one engine per process");
        interp::set_host(engine);
        for (id, info) in engine.program.functions.iter().enumerate() {
            // Native callers must not reach such a function through its trampoline.
            if info.wide_vector_arguments && engine.resolve(id) == engine.entries.trampoline(id) {
                engine.native_entry(id);
            }
        }
        if let Some(server) = server {
            let _ = engine.server.set(server);
        }
        engine
    }

    fn builder(&self) -> Builder<'_> {
        Builder {
            program: &self.program,
            ladder: &self.ladder,
            options: &self.options,
            path: &self.path,
        }
    }

    /// The code to run for function `id`, compiling it at the first tier if it has none.
    fn resolve(&self, id: usize) -> usize {
        let record = &self.records[id];
        loop {
            if record.tier.load(Ordering::Acquire) >= 0 {
                return record.slot.code();
            }
            if record
                .busy
                .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
                .is_ok()
            {
                let started = Instant::now();
                let result = self.compile(id, 0);
                let compile_time = started.elapsed();
                let code = match result {
                    Ok(code) => code,
                    Err(message) => runtime::fatal(&format!(
                        "{}: cannot compile function '{}' at tier {}: {message}",
                        self.path.display(),
                        self.program.functions[id].name,
                        self.ladder[0]
                    )),
                };
                self.install(id, 0, code, Reason::FirstCall, Duration::ZERO, compile_time);
                record.busy.store(false, Ordering::Release);
                let _guard = self
                    .first_compiles
                    .lock()
                    .unwrap_or_else(|e| e.into_inner());
                self.first_compile_done.notify_all();
                return code;
            }
            // Another thread is compiling it: wait for that.
            let guard = self
                .first_compiles
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            if record.tier.load(Ordering::Acquire) < 0 {
                let _ = self
                    .first_compile_done
                    .wait_timeout(guard, Duration::from_millis(10));
            }
        }
    }

    /// Instrumented code of function `id` reached a limit (kind 0: calls, 1: loop iterations).
    fn hot(&self, id: usize, kind: u64) {
        let record = &self.records[id];
        self.poll();
        if record.profile.below_limits() {
            // The limit that fired was armed again since: an install armed the next tier's
            // (this call, or another thread's, came to collect a promotion, not to promote
            // further), or a pending promotion's call back did.
            return;
        }
        record.profile.disarm();
        let current = record.tier.load(Ordering::Acquire);
        // (The poll may have just recorded a failure of this function's promotion.)
        if current < 0 || record.failed.load(Ordering::Acquire) {
            return;
        }
        // The next position with other code: a function the interpreter cannot run already
        // has O0 code in the interpreter's position.
        let installed = self.tier_of(id, current as usize);
        let Some(next) =
            (current as usize + 1..self.ladder.len()).find(|&i| self.ladder[i] != installed)
        else {
            return;
        };
        if record
            .busy
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .is_err()
        {
            self.arm_to_collect(id);
            return;
        }
        let job = Job {
            id,
            tier: next,
            reason: if kind == 0 {
                Reason::HotCalls
            } else {
                Reason::HotLoop
            },
            sites: Vec::new(),
            compiled: None,
            queued: Instant::now(),
            entry: None,
            call: None,
        };
        let made = self
            .osr_sites
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .calls
            .remove(&(id, next));
        if let Some(address) = made {
            self.conclude(job, Ok(address), Duration::ZERO, Duration::ZERO);
            return;
        }
        // A baseline compile (about a millisecond) goes to the server while it has no
        // optimising work (start-up): the guest goes on meanwhile. Otherwise both cores are
        // busy, and it runs on the thread that found the function warm, as first-call
        // compiles do, rather than slow down the optimiser's.
        if self.is_baseline(&job) && self.optimiser_busy() {
            self.run_job(job);
        } else {
            self.arm_to_collect(id);
            self.submit(job);
        }
    }

    /// Whether optimising compiles are queued or running.
    fn optimiser_busy(&self) -> bool {
        let queued = self
            .queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .jobs
            .iter()
            .any(|job| !self.is_baseline(job));
        queued
            || self
                .in_flight
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .values()
                .any(|(job, _)| !self.is_baseline(job))
    }

    /// Whether `job` is a baseline compile, for the server's baseline thread.
    fn is_baseline(&self, job: &Job) -> bool {
        self.ladder[job.tier] == Tier::O0 && job.reason != Reason::Osr
    }

    /// Function `id` waits for its promotion: make it call back now and then, to collect
    /// finished compiles (the guest's threads are the only ones that install them). It calls
    /// back as often as interpreted functions leave the interpreter. (Installing its
    /// promotion arms it again.)
    fn arm_to_collect(&self, id: usize) {
        let profile = &self.records[id].profile;
        self.arm_ahead(profile, profile.calls(), profile.loops(), INTERP_DIVISOR);
    }

    /// Make `profile` call the engine after the thresholds divided by `divisor`, counted
    /// from `calls` and `loops`.
    fn arm_ahead(&self, profile: &Profile, calls: u64, loops: u64, divisor: u64) {
        profile.arm(
            calls.saturating_add((self.options.hot_calls / divisor).max(1)),
            loops.saturating_add((self.options.hot_loops / divisor).max(1)),
        );
    }

    /// Whether function `id` has been called (its copy is worth giving the optimiser).
    fn ran(&self, id: usize) -> bool {
        self.records[id].profile.calls() > 0
    }

    /// For an on-stack-replacement job, as it goes to a compile thread: the loop headers its
    /// version enters and the interpreter's frame slots. It enters at the site that reached
    /// its limit last, and at the outermost loops after it: a function that runs one loop
    /// after another (a benchmark's phases) needs one compile, not one per loop. The job's
    /// `sites` become the sites entered.
    fn osr_frame(&self, job: &mut Job) -> Result<Option<OsrShape>, String> {
        if job.reason != Reason::Osr {
            return Ok(None);
        }
        if let Some((header, _)) = job.compiled {
            let call_version = job.entry.as_ref().map(|entry| self.version_name(entry));
            // Laid out over the body with its allocas promoted, as the baseline unit whose
            // code hands over the frame was (`build`).
            let registers = self.program.with_function(job.id, |_, body| {
                body.promote_allocas();
                body.compiled_frame(header)
            })?;
            return Ok(Some(OsrShape {
                headers: vec![header],
                registers,
                token_base: 0,
                token_blocks: Vec::new(),
                call_version,
            }));
        }
        let function = self.records[job.id]
            .interpreted
            .get()
            .ok_or("the function is not interpreted")?;
        // (The lock is not held over the analysis below: guest threads take it in `hot_loop`.)
        let site = self
            .osr_sites
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pending
            .get(&job.id)
            .copied()
            .unwrap_or(job.sites[0]);
        let (header, registers) = function.osr_site(site as usize);
        let loop_headers = function.loop_headers();
        let more = self.program.with_function(job.id, |_, body| {
            body.osr_entries(header, loop_headers, registers)
        })?;
        let mut headers = vec![header];
        job.sites = vec![site];
        for extra in more {
            if let Some(other) = loop_headers.iter().position(|&h| h == extra) {
                headers.push(extra);
                job.sites.push(other as u32);
            }
        }
        self.osr_sites
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .tried
            .extend(job.sites.iter().map(|&site| (job.id, site)));
        // (The call version enters the entry's multi-entry body through a frame. For
        // bytecode_vm's dispatch loop, 900 instructions, that version at once ran it in 1.16 s;
        // waiting for a plain compile of its own, 1.37 s.)
        let top = self.ladder.len() - 1;
        if job.entry.is_none() && self.records[job.id].tier.load(Ordering::Acquire) < top as i32 {
            job.call = Some(format!("{}.call", self.version_name(job)));
        }
        let call_version = match &job.entry {
            Some(entry) => Some(self.version_name(entry)),
            None => job.call.clone(),
        };
        let (token_base, token_blocks) = function.block_tokens();
        Ok(Some(OsrShape {
            headers,
            registers: registers.to_vec(),
            token_base,
            token_blocks: token_blocks.to_vec(),
            call_version,
        }))
    }

    /// Queue `job` (or with `--batch`, run it now).
    fn submit(&self, job: Job) {
        if self.options.batch {
            self.run_job(job);
            return;
        }
        let mut queue = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        if queue.shutdown {
            // The server has ended: a baseline compile is cheap enough for this thread; the
            // function stays where it is otherwise.
            drop(queue);
            if self.is_baseline(&job) {
                self.run_job(job);
            } else {
                let queue_time = job.queued.elapsed();
                let message = "the compile server has ended".to_string();
                self.conclude(job, Err(message), queue_time, Duration::ZERO);
            }
            return;
        }
        queue.jobs.push(job);
        drop(queue);
        self.dispatch();
    }

    /// Hand queued jobs to the server while it has idle compile threads, best first:
    /// baseline compiles to its baseline thread, the others to its `--compile-threads`.
    fn dispatch(&self) {
        let Some(server) = self.server.get().filter(|s| s.usable()) else {
            return;
        };
        loop {
            let mut in_flight = self.in_flight.lock().unwrap_or_else(|e| e.into_inner());
            let baseline = in_flight
                .values()
                .filter(|(job, _)| self.is_baseline(job))
                .count();
            let baseline_free = baseline < BASELINE_IN_FLIGHT;
            // One job more than compile threads waits at the server, so that a thread that
            // finishes starts the next at once: handing it over takes a guest thread's call
            // into the runtime, which may come late (or never, once the hot code is optimised).
            let optimising_free =
                in_flight.len() - baseline < self.options.compile_threads.max(1) + 1;
            if !baseline_free && !optimising_free {
                return;
            }
            let job = {
                let mut queue = self.queue.lock().unwrap_or_else(|e| e.into_inner());
                if queue.shutdown {
                    return;
                }
                let allowed = |job: &Job| {
                    if self.is_baseline(job) {
                        baseline_free
                    } else {
                        optimising_free
                    }
                };
                match queue.take(|job| self.heat(job), allowed) {
                    Some(job) => queue.merge(job),
                    None => return,
                }
            };
            if job.reason != Reason::Osr {
                let made = self
                    .osr_sites
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .calls
                    .remove(&(job.id, job.tier));
                if let Some(address) = made {
                    // Queued while an on-stack-replacement compile was making it.
                    drop(in_flight);
                    let queue_time = job.queued.elapsed();
                    self.conclude(job, Ok(address), queue_time, Duration::ZERO);
                    continue;
                }
            }
            let seq = self.next_request.fetch_add(1, Ordering::Relaxed);
            let mut job = job;
            let osr = match self.osr_frame(&mut job) {
                Ok(osr) => osr,
                Err(message) => {
                    drop(in_flight);
                    let queue_time = job.queued.elapsed();
                    self.conclude(job, Err(message), queue_time, Duration::ZERO);
                    continue;
                }
            };
            let version = self.version_name(&job);
            let request = Request {
                seq,
                id: job.id,
                tier_index: job.tier,
                version: version.clone(),
                ran: (0..self.records.len()).filter(|&f| self.ran(f)).collect(),
                osr,
                baseline: self.is_baseline(&job),
                profile: self.records[job.id].profile.address(),
            };
            in_flight.insert(seq, (job, version));
            drop(in_flight);
            if let Err(message) = server.send(&request) {
                self.server_ended(&message);
                return;
            }
        }
    }

    /// Install the compiles the server has finished (from a guest thread reaching a limit).
    fn poll(&self) {
        let Some(server) = self.server.get() else {
            return;
        };
        // Most calls find nothing new: they cost two loads, not `usable`'s system call.
        let news = server.has_news();
        if news && !server.usable() {
            return;
        }
        match news.then(|| server.ready()).flatten() {
            Some(Ok(responses)) => {
                for response in responses {
                    self.finish(response);
                }
                self.dispatch();
            }
            Some(Err(message)) => self.server_ended(&message),
            None => {
                let idle = self.idle_polls.fetch_add(1, Ordering::Relaxed);
                if idle % 256 == 255
                    && !self
                        .in_flight
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .is_empty()
                    && server.usable()
                    && server.ended()
                {
                    self.server_ended("the compile server has ended");
                }
            }
        }
    }

    /// Link and install one finished compile.
    fn finish(&self, response: Response) {
        self.server_peak_rss_kib
            .fetch_max(response.peak_rss_kib, Ordering::Relaxed);
        let Some((job, version)) = self
            .in_flight
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&response.seq)
        else {
            return;
        };
        let queue_time = job.queued.elapsed().saturating_sub(response.compile_time);
        let result = response.result.and_then(|bytes| {
            let call = match &job.entry {
                Some(entry) => Some(self.version_name(entry)),
                None => job.call.clone(),
            };
            let object = ObjectBuffer::from_bytes(&bytes, &version);
            self.link(object, &version, call.as_deref())
        });
        self.conclude(job, result, queue_time, response.compile_time);
    }

    /// The server is gone: baseline compiles it had or would get run on the guest's threads
    /// from now on; every other job fails, and those functions stay in the code they have.
    fn server_ended(&self, message: &str) {
        let jobs: Vec<Job> = {
            let mut queue = self.queue.lock().unwrap_or_else(|e| e.into_inner());
            queue.shutdown = true;
            let mut in_flight = self.in_flight.lock().unwrap_or_else(|e| e.into_inner());
            queue
                .jobs
                .drain(..)
                .chain(in_flight.drain().map(|(_, (job, _))| job))
                .collect()
        };
        for job in jobs {
            if self.is_baseline(&job) {
                self.run_job(job);
            } else {
                let queue_time = job.queued.elapsed();
                self.conclude(job, Err(message.to_string()), queue_time, Duration::ZERO);
            }
        }
    }

    /// A loop of compiled code of function `id` (ladder position `tier`), at header block
    /// `header`, reached its limit. Below the top tier, that is a promotion (`hot`). Once the
    /// top tier is installed (maybe by that promotion), only activations that started in older
    /// code and still loop count: such an activation gets an on-stack-replacement entry at
    /// its header (once per function; it serves every activation there), and moves to it at
    /// its next callback. Returns the entry, or null.
    fn compiled_loop_hot(&self, id: usize, tier: usize, header: u32) -> usize {
        let entry = || {
            let osr = self.compiled_osr.lock().unwrap_or_else(|e| e.into_inner());
            osr.entries.get(&(id, header)).copied()
        };
        let record = &self.records[id];
        let top = self.ladder.len() - 1;
        let at_top = || record.tier.load(Ordering::Acquire) == top as i32;
        if at_top() {
            // (Collecting finished compiles may install the entry; `hot` collects too.)
            self.poll();
        } else {
            // (It may install the top tier: a finished compile it collects, or `--batch`.)
            self.hot(id, 1);
            if !at_top() {
                return 0;
            }
        }
        if let Some(code) = entry() {
            return code;
        }
        let ahead = (self.options.hot_loops / INTERP_DIVISOR).max(1);
        record
            .profile
            .arm_loops(record.profile.loops().saturating_add(ahead));
        let first = self
            .compiled_osr
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .asked
            .insert(id);
        if first && !record.failed.load(Ordering::Acquire) {
            self.submit(Job {
                id,
                tier: top,
                reason: Reason::Osr,
                sites: Vec::new(),
                compiled: Some((header, tier)),
                queued: Instant::now(),
                entry: None,
                call: None,
            });
        }
        entry().unwrap_or(0)
    }

    /// Loop `site` of interpreted function `id` is hot: compile an on-stack-replacement
    /// version entering there at the ladder's top tier, for the activations running it. One
    /// such job per function at a time, and one per site ever; while one waits, it moves to
    /// the site that called last.
    fn hot_loop(&self, id: usize, site: u32) {
        self.poll();
        // Activations keep running in the interpreter after the function's promotion.
        let interpreted = self.records[id].interpreted.get().is_some();
        let top = self.ladder.len() - 1;
        if !interpreted || top == 0 || compile::opt_level(self.ladder[top]).is_none() {
            return;
        }
        let mut sites = self.osr_sites.lock().unwrap_or_else(|e| e.into_inner());
        if sites.tried.contains(&(id, site)) {
            return;
        }
        if let Some(last) = sites.pending.get_mut(&id) {
            *last = site;
            return;
        }
        sites.pending.insert(id, site);
        drop(sites);
        self.submit(Job {
            id,
            tier: top,
            reason: Reason::Osr,
            sites: vec![site],
            compiled: None,
            queued: Instant::now(),
            entry: None,
            call: None,
        });
    }

    /// How much function `id` runs: calls and loop iterations so far, in every tier that
    /// counts them.
    fn hotness(&self, id: usize) -> u64 {
        let profile = &self.records[id].profile;
        profile.calls().saturating_add(profile.loops())
    }

    /// What compiling function `id` is worth, per unit of compile time: its hotness over its
    /// size (compile time grows with it). A function called a million times compiles in
    /// milliseconds; the loop of an interpreter of 10000 instructions takes half a second,
    /// while the small ones wait in slower code.
    fn benefit(&self, id: usize) -> u64 {
        let size = self.program.size(id).unwrap_or(0) as u64;
        self.hotness(id).saturating_mul(64) / (size + 64)
    }

    /// How urgent `job` is, for the queue: an on-stack replacement comes first (an activation
    /// is stuck in slower code) unless its function is large, whose compile would hold up
    /// every other for long (SQLite's VDBE loop, 14,000 instructions, took 880 ms while a
    /// hundred small hot functions waited); the others, and those, by `benefit`.
    fn heat(&self, job: &Job) -> u64 {
        let small = self
            .program
            .size(job.id)
            .is_some_and(|size| size <= OSR_FIRST_SIZE);
        if job.reason == Reason::Osr && small {
            u64::MAX
        } else {
            self.benefit(job.id)
        }
    }

    /// Compile a promotion on this thread and install it.
    fn run_job(&self, mut job: Job) {
        let queue_time = job.queued.elapsed();
        let started = Instant::now();
        let result = self.osr_frame(&mut job).and_then(|osr| {
            self.compile_version(job.id, job.tier, &self.version_name(&job), osr.as_ref())
        });
        self.conclude(job, result, queue_time, started.elapsed());
    }

    /// Install the code a job compiled (or record its failure); the function is free for its
    /// next promotion afterwards.
    fn conclude(
        &self,
        mut job: Job,
        result: Result<usize, String>,
        queue_time: Duration,
        compile_time: Duration,
    ) {
        if let Some(entry) = job.entry.take() {
            // Built by the same compile, linked with it.
            let code = result.clone().and_then(|_| {
                let version = self.version_name(&entry);
                self.cache.address(&version).map_err(|e| e.to_string())
            });
            let waited = entry.queued.elapsed().saturating_sub(compile_time);
            self.conclude(*entry, code, waited, compile_time);
        }
        let record = &self.records[job.id];
        if job.reason == Reason::Osr {
            // The ladder position the activations move from.
            let from = if let Some((header, from)) = job.compiled {
                if let Ok(code) = result {
                    self.compiled_osr
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .entries
                        .insert((job.id, header), code);
                    // Activations still looping in the code that asked call back at their
                    // next iteration, and move.
                    record
                        .profile
                        .arm_loops(record.profile.loops().saturating_add(1));
                }
                from as i32
            } else {
                if let (Ok(code), Some(function)) = (&result, record.interpreted.get()) {
                    for &site in &job.sites {
                        function.install_osr(site as usize, *code);
                    }
                }
                if let (Ok(_), Some(call)) = (&result, &job.call) {
                    self.offer_call_version(job.id, job.tier, call);
                }
                let mut sites = self.osr_sites.lock().unwrap_or_else(|e| e.into_inner());
                sites.pending.remove(&job.id);
                // Sites of a job that failed before it was handed to a compile thread.
                sites
                    .tried
                    .extend(job.sites.iter().map(|&site| (job.id, site)));
                // The interpreter's position.
                0
            };
            self.record(
                job.id,
                from,
                job.tier,
                job.reason,
                queue_time,
                compile_time,
                result.err(),
            );
            return;
        }
        match result {
            Ok(code) => self.install(job.id, job.tier, code, job.reason, queue_time, compile_time),
            Err(message) => {
                record.failed.store(true, Ordering::Release);
                record.profile.disarm();
                self.record_failure(&job, queue_time, compile_time, message)
            }
        }
        record.busy.store(false, Ordering::Release);
    }

    /// An on-stack-replacement compile of function `id` for ladder position `tier` also made
    /// the plain version `call`: it is the function's promotion there, now if one is queued,
    /// or when one is asked for (`hot`).
    fn offer_call_version(&self, id: usize, tier: usize, call: &str) {
        let Ok(address) = self.cache.address(call) else {
            return;
        };
        let waiting = {
            let mut queue = self.queue.lock().unwrap_or_else(|e| e.into_inner());
            let found = queue
                .jobs
                .iter()
                .position(|j| j.id == id && j.tier == tier && j.reason != Reason::Osr);
            found.map(|k| queue.jobs.swap_remove(k))
        };
        match waiting {
            Some(promotion) => {
                let queue_time = promotion.queued.elapsed();
                self.conclude(promotion, Ok(address), queue_time, Duration::ZERO);
            }
            None => {
                self.osr_sites
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .calls
                    .insert((id, tier), address);
            }
        }
    }

    /// The symbol of the code a job compiles.
    fn version_name(&self, job: &Job) -> String {
        if let Some((header, _)) = job.compiled {
            // Entered from compiled code at a block, not at an interpreter's loop site (an
            // optimising tier: never the interpreter's position).
            let name = &self.program.functions[job.id].name;
            return format!(
                "{name}.__osr_block{header}.__{}",
                self.ladder[job.tier].name()
            );
        }
        let site = (job.reason == Reason::Osr).then(|| job.sites[0]);
        self.version_symbol(job.id, job.tier, site)
    }

    /// The symbol of function `id` compiled for ladder position `tier_index` (the
    /// interpreter's position holds O0 code when the interpreter cannot run it), or of its
    /// on-stack-replacement entry for loop `site`.
    fn version_symbol(&self, id: usize, tier_index: usize, site: Option<u32>) -> String {
        let name = &self.program.functions[id].name;
        let tier = match self.ladder[tier_index] {
            Tier::Interp => Tier::O0,
            tier => tier,
        };
        match site {
            Some(site) => format!("{name}.__osr{site}.__{}", tier.name()),
            None => format!("{name}.__{}", tier.name()),
        }
    }

    /// Translate function `id` for the interpreter: the native entry to its bytecode, or
    /// `None` (with the reason recorded) when the interpreter cannot run it.
    fn translate(&self, id: usize) -> Option<usize> {
        let record = &self.records[id];
        let translated = self.program.with_function(id, |module, function| {
            let mut address = |name: &str| self.address_of(name);
            let function_id = |name: &str| self.program.ids.get(name).copied();
            let mut thunk = |call: Value<'_>| self.call_thunk(module, call);
            let mut globals = interp::Globals {
                address: &mut address,
                function_id: &function_id,
                thunk: &mut thunk,
                privates: &self.program.functions[id].privates,
            };
            interp::translate(module, function, id, record.profile.words(), &mut globals)
        });
        match translated.flatten() {
            Ok(function) => {
                let _ = record.interpreted.set(Box::leak(Box::new(function)));
                // Native callers get an entry on their first call (`native_entry`); most
                // interpreted functions never have one.
                Some(self.entries.trampoline(id))
            }
            Err(reason) => {
                let _ = record
                    .fallback
                    .set(crate::llvm::first_line(&reason).to_string());
                None
            }
        }
    }

    /// Native code called function `id`, interpreted, for the first time: the code its slot
    /// gets, the interpreter's native entry (a libffi closure) or, where a closure cannot
    /// serve (a variadic function, whose closure would see only the fixed parameters, or a
    /// signature libffi cannot describe), the function compiled at O0 (the interpreter's
    /// callers keep running its bytecode).
    fn native_entry(&self, id: usize) -> usize {
        let _guard = self
            .native_entries
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let record = &self.records[id];
        let trampoline = self.entries.trampoline(id);
        if record.slot.code() != trampoline {
            return record.slot.code();
        }
        let function = record
            .interpreted
            .get()
            .expect("only interpreted functions keep their trampoline");
        let (kind, entry) = match function.native_entry() {
            Ok(closure) => (NativeEntry::Closure, Ok(closure)),
            Err(_) => {
                let version = format!("{}.__native.__O0", self.program.functions[id].name);
                let compiled = self.compile_version(id, 0, &version, None);
                (NativeEntry::Compiled, compiled)
            }
        };
        match entry {
            Ok(entry) => {
                let _ = record.native_entry.set(kind);
                record.slot.replace(trampoline, entry);
            }
            Err(message) => runtime::fatal(&format!(
                "{}: cannot give function '{}' a native entry: {message}",
                self.path.display(),
                self.program.functions[id].name
            )),
        }
        record.slot.code()
    }

    /// A compiled thunk making the native call of the call instruction `call` of the source
    /// `module` (see `ffi::Interface::Thunk`), one per signature: about a millisecond at O0.
    fn call_thunk(&self, module: &Module<'_>, call: Value<'_>) -> Result<usize, String> {
        const NAME: &str = "__tierup.thunk";
        let mut unit = module.call_thunk(call, NAME);
        let thunk = unit
            .function(NAME)
            .ok_or("the thunk unit lost its function")?;
        let signature = thunk.to_ir();
        let mut thunks = self.thunks.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&address) = thunks.get(&signature) {
            return Ok(address);
        }
        let name = format!("{NAME}.{}", thunks.len());
        thunk.set_name(&name);
        let object = with_machine(OptLevel::O0, &self.options.cpu, |machine| {
            compile::compile(&mut unit, OptLevel::O0, machine, &self.path)
                .map_err(|e| e.to_string())
        })?;
        let address = self.link(object, &name, None)?;
        thunks.insert(signature, address);
        Ok(address)
    }

    /// The run-time address of a global value of the program or the process; 0 if none.
    fn address_of(&self, name: &str) -> u64 {
        let mut addresses = self.addresses.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&address) = addresses.get(name) {
            return address;
        }
        let address = self.cache.address(name).map_or(0, |a| a as u64);
        addresses.insert(name.to_string(), address);
        address
    }

    /// Compile function `id` for ladder position `tier_index`; the address of its code.
    /// The interpreter's tier translates it instead, or compiles it at O0 if it cannot.
    fn compile(&self, id: usize, tier_index: usize) -> Result<usize, String> {
        if self.ladder[tier_index] == Tier::Interp
            && let Some(entry) = self.translate(id)
        {
            return Ok(entry);
        }
        let version = self.version_symbol(id, tier_index, None);
        self.compile_version(id, tier_index, &version, None)
    }

    /// Compile function `id` for ladder position `tier_index` on this thread, as the symbol
    /// `version` (or as its on-stack-replacement entry at `osr`: a loop header and the
    /// interpreter's frame slots), and link it; the address of its code.
    fn compile_version(
        &self,
        id: usize,
        tier_index: usize,
        version: &str,
        osr: Option<&OsrShape>,
    ) -> Result<usize, String> {
        let profile = self.records[id].profile.address();
        let object = self.builder().build(
            id,
            tier_index,
            version,
            osr,
            &|callee| self.ran(callee),
            profile,
        )?;
        let call = osr.and_then(|osr| osr.call_version.as_deref());
        self.link(object, version, call)
    }

    /// Link an object file holding `version` (and `call`, the plain version an
    /// on-stack-replacement compile may define too); the address of `version`'s code.
    fn link(
        &self,
        object: ObjectBuffer,
        version: &str,
        call: Option<&str>,
    ) -> Result<usize, String> {
        let sizes = self
            .perf_map
            .as_ref()
            .map(|_| object.symbol_sizes())
            .unwrap_or_default();
        self.cache.install(object).map_err(|e| e.to_string())?;
        let address = self.cache.address(version).map_err(|e| e.to_string())?;
        if let Some(map) = &self.perf_map {
            for (name, size) in sizes {
                if name == version || Some(name.as_str()) == call {
                    let at = self.cache.address(&name).map_err(|e| e.to_string())?;
                    map.add(at, size, &name);
                }
            }
        }
        Ok(address)
    }

    fn install(
        &self,
        id: usize,
        tier_index: usize,
        code: usize,
        reason: Reason,
        queue_time: Duration,
        compile_time: Duration,
    ) {
        let record = &self.records[id];
        if tier_index + 1 < self.ladder.len() {
            let (calls, loops) = if tier_index == 0 {
                (0, 0)
            } else {
                (record.profile.calls(), record.profile.loops())
            };
            // Leaving the interpreter takes a tenth of the thresholds: its code is the slowest,
            // and the baseline compile that replaces it is cheap.
            let divisor = if self.ladder[tier_index] == Tier::Interp {
                INTERP_DIVISOR
            } else {
                1
            };
            self.arm_ahead(&record.profile, calls, loops, divisor);
        } else {
            record.profile.disarm();
            // The top tier counts nothing: activations of the older code still looping come
            // back a tenth of the loop threshold later (`compiled_loop_hot`).
            let ahead = (self.options.hot_loops / INTERP_DIVISOR).max(1);
            record
                .profile
                .arm_loops(record.profile.loops().saturating_add(ahead));
        }
        let from = record.tier.load(Ordering::Acquire);
        record.slot.install(code);
        record.tier.store(tier_index as i32, Ordering::Release);
        if let Some(function) = record.interpreted.get().filter(|_| tier_index > 0) {
            function.leave_interpreter();
        }
        self.record(id, from, tier_index, reason, queue_time, compile_time, None);
    }

    fn record_failure(
        &self,
        job: &Job,
        queue_time: Duration,
        compile_time: Duration,
        error: String,
    ) {
        let from = self.records[job.id].tier.load(Ordering::Acquire);
        self.record(
            job.id,
            from,
            job.tier,
            job.reason,
            queue_time,
            compile_time,
            Some(error),
        );
    }

    /// Trace one compile of function `id` (from ladder index `from`, -1 for none) and keep it
    /// in the function's history; a failed one keeps the first line of its `error`.
    #[allow(clippy::too_many_arguments)]
    fn record(
        &self,
        id: usize,
        from: i32,
        tier_index: usize,
        reason: Reason,
        queue_time: Duration,
        compile_time: Duration,
        error: Option<String>,
    ) {
        let fallback = (tier_index == 0)
            .then(|| self.records[id].fallback.get().cloned())
            .flatten();
        let to = if fallback.is_some() {
            Tier::O0
        } else {
            self.ladder[tier_index]
        };
        let promotion = Promotion {
            from: (from >= 0).then(|| self.tier_of(id, from as usize)),
            to,
            reason,
            at_ms: millis(self.start.elapsed()),
            queue_ms: millis(queue_time),
            compile_ms: millis(compile_time),
            error: error.map(|e| crate::llvm::first_line(&e).to_string()),
            interp_fallback: fallback,
        };
        self.trace(id, &promotion);
        self.records[id]
            .history
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(promotion);
    }

    fn trace(&self, id: usize, promotion: &Promotion) {
        if !self.options.trace {
            return;
        }
        let from = promotion.from.map_or("-".to_string(), |t| t.to_string());
        let outcome = match &promotion.error {
            Some(error) => format!(" FAILED: {error}"),
            None => String::new(),
        };
        eprintln!(
            "tierup: [{:9.3} ms] {} {} -> {} ({:?}) queued {:.3} ms, compiled {:.3} ms{outcome}",
            promotion.at_ms,
            self.program.functions[id].name,
            from,
            promotion.to,
            promotion.reason,
            promotion.queue_ms,
            promotion.compile_ms,
        );
    }

    /// Take no more promotions: the process is about to end with `_exit`, which closes the
    /// server's requests and so ends the compiles in flight.
    pub fn shutdown(&self) {
        // A server that died unnoticed (polls check it only now and then) leaves the jobs it
        // had, or would have had, without an outcome: record them as the failures they are.
        if self
            .server
            .get()
            .is_some_and(|server| server.usable() && server.ended())
        {
            self.server_ended("the compile server has ended");
        }
        let mut queue = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        queue.shutdown = true;
        queue.jobs.clear();
    }

    /// The tier of function `id`'s code at ladder position `index`: the interpreter's
    /// position holds O0 code for a function the interpreter cannot run.
    fn tier_of(&self, id: usize, index: usize) -> Tier {
        let tier = self.ladder[index];
        if tier == Tier::Interp && self.records[id].fallback.get().is_some() {
            Tier::O0
        } else {
            tier
        }
    }

    /// What happened to every function, for `--stats`.
    pub fn report(&self) -> crate::stats::Report {
        let functions = self
            .records
            .iter()
            .zip(&self.program.functions)
            .enumerate()
            .map(|(id, (record, info))| {
                let tier = record.tier.load(Ordering::Acquire);
                crate::stats::FunctionReport {
                    name: info.name.clone(),
                    calls: record.profile.calls(),
                    loop_iterations: record.profile.loops(),
                    tier: (tier >= 0).then(|| self.tier_of(id, tier as usize)),
                    promotions: record
                        .history
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .clone(),
                    branch_profile: record.interpreted.get().map(|function| {
                        let (conditional, switches) = function.branch_profile();
                        crate::stats::BranchProfile {
                            conditional,
                            switches,
                        }
                    }),
                    native_entry: record.native_entry.get().copied(),
                }
            })
            .collect();
        crate::stats::Report::new(
            &self.ladder,
            functions,
            millis(self.start.elapsed()),
            self.server_peak_rss_kib.load(Ordering::Relaxed),
            self.thunks.lock().unwrap_or_else(|e| e.into_inner()).len(),
        )
    }
}

impl interp::Host for Engine {
    fn interpreted(&self, id: usize) -> Option<&'static interp::Function> {
        let record = &self.records[id];
        if record.tier.load(Ordering::Acquire) < 0 {
            self.resolve(id);
        }
        if record.tier.load(Ordering::Acquire) == 0 {
            record.interpreted.get().copied()
        } else {
            None
        }
    }

    fn function_at(&self, address: usize) -> Option<usize> {
        self.entries.function_at(address)
    }

    fn entry(&self, id: usize) -> usize {
        self.entries.entry(id)
    }

    fn hot(&self, id: usize, kind: u64) {
        Engine::hot(self, id, kind)
    }

    fn hot_loop(&self, id: usize, site: u32) {
        Engine::hot_loop(self, id, site)
    }

    fn osr_after(&self) -> u64 {
        self.options.hot_loops
    }

    fn profiles(&self) -> bool {
        self.ladder.len() > 1 || self.options.stats
    }
}

#[cfg(test)]
mod tests {
    use super::{Job, Queue, Reason};
    use std::time::Instant;

    fn job(id: usize, tier: usize, reason: Reason) -> Job {
        Job {
            id,
            tier,
            reason,
            sites: Vec::new(),
            compiled: None,
            queued: Instant::now(),
            entry: None,
            call: None,
        }
    }

    #[test]
    fn an_osr_job_and_a_promotion_of_its_function_to_its_tier_merge() {
        let mut queue = Queue {
            jobs: vec![
                job(1, 2, Reason::HotLoop),
                job(2, 2, Reason::HotCalls),
                job(1, 1, Reason::HotCalls),
            ],
            shutdown: false,
        };
        // Whichever of the two is taken, the on-stack replacement carries the promotion.
        let merged = queue.merge(job(1, 2, Reason::Osr));
        assert_eq!(merged.reason, Reason::Osr);
        let entry = merged.entry.expect("merged");
        assert_eq!(
            (entry.id, entry.tier, entry.reason),
            (1, 2, Reason::HotLoop)
        );
        assert_eq!(queue.jobs.len(), 2);
        queue.jobs.push(job(2, 2, Reason::Osr));
        let merged = queue.merge(job(2, 2, Reason::HotCalls));
        assert_eq!(merged.reason, Reason::Osr);
        assert_eq!(merged.entry.expect("merged").reason, Reason::HotCalls);
        // Another tier, another function, or two promotions: no pair.
        assert!(queue.merge(job(1, 2, Reason::HotCalls)).entry.is_none());
        assert!(queue.merge(job(3, 2, Reason::Osr)).entry.is_none());
        assert_eq!(queue.jobs.len(), 2);
    }
}

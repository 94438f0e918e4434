//! What the engine reports at exit: `--stats` (a table on stderr) and `--stats-json FILE`.

use std::fmt::Write;

use serde::Serialize;

use crate::tier::Tier;
use crate::tiering::{Promotion, Reason};

/// One function: its counts, its current tier and every compile of it.
#[derive(Clone, Debug, Serialize)]
pub struct FunctionReport {
    pub name: String,
    /// Entries counted by instrumented code (counting stops in the top tier).
    pub calls: u64,
    /// Loop iterations counted by instrumented code.
    pub loop_iterations: u64,
    /// The tier of its installed code; `null` if it never ran.
    pub tier: Option<Tier>,
    pub promotions: Vec<Promotion>,
    /// What the interpreter counted while it ran the function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch_profile: Option<BranchProfile>,
    /// How native code entered it while it was interpreted, once native code called it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub native_entry: Option<NativeEntry>,
}

/// The code native callers of an interpreted function run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NativeEntry {
    /// A libffi closure running its bytecode.
    Closure,
    /// Its O0 compile: variadic, or a signature a closure cannot take (vectors).
    Compiled,
}

/// Branch directions counted by the interpreter.
#[derive(Clone, Debug, Serialize)]
pub struct BranchProfile {
    /// Per conditional branch, in code order: [taken, not taken].
    pub conditional: Vec<[u64; 2]>,
    /// Per switch, in code order: the count of each case by increasing value, then the
    /// default's.
    pub switches: Vec<Vec<u64>>,
}

/// Totals for one tier of the ladder.
#[derive(Clone, Debug, Serialize)]
pub struct TierTotals {
    pub tier: Tier,
    /// Functions compiled at this tier.
    pub compiled: usize,
    pub compile_ms: f64,
    pub failed: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub ladder: Vec<Tier>,
    pub elapsed_ms: f64,
    pub functions_defined: usize,
    pub functions_run: usize,
    /// Installed versions later replaced by a higher tier (still mapped).
    pub versions_superseded: usize,
    /// Functions the interpreter could not run, compiled at O0 instead.
    pub interp_fallbacks: usize,
    /// Interpreted functions whose native callers got their O0 compile (`native_entry`).
    pub compiled_native_entries: usize,
    /// Thunks compiled for the interpreter's native calls libffi cannot describe, one per
    /// signature.
    pub call_thunks: usize,
    pub tiers: Vec<TierTotals>,
    /// Peak resident memory of the compile server process (0 if it compiled nothing).
    pub compile_server_peak_rss_kib: u64,
    /// Functions that ran, most called first.
    pub functions: Vec<FunctionReport>,
}

impl Report {
    pub fn new(
        ladder: &[Tier],
        mut functions: Vec<FunctionReport>,
        elapsed_ms: f64,
        compile_server_peak_rss_kib: u64,
        call_thunks: usize,
    ) -> Report {
        let functions_defined = functions.len();
        functions.retain(|f| !f.promotions.is_empty());
        functions.sort_by(|a, b| {
            (b.calls + b.loop_iterations)
                .cmp(&(a.calls + a.loop_iterations))
                .then_with(|| a.name.cmp(&b.name))
        });
        let tiers = ladder
            .iter()
            .map(|&tier| {
                let compiles = functions
                    .iter()
                    .flat_map(|f| &f.promotions)
                    .filter(|p| p.to == tier);
                let (mut compiled, mut failed, mut compile_ms) = (0, 0, 0.0);
                for promotion in compiles {
                    compile_ms += promotion.compile_ms;
                    if promotion.error.is_some() {
                        failed += 1;
                    } else {
                        compiled += 1;
                    }
                }
                TierTotals {
                    tier,
                    compiled,
                    compile_ms,
                    failed,
                }
            })
            .collect();
        // An on-stack-replacement entry replaces no version: the function's code stays.
        let installed: usize = functions
            .iter()
            .map(|f| {
                f.promotions
                    .iter()
                    .filter(|p| p.error.is_none() && p.reason != Reason::Osr)
                    .count()
            })
            .sum();
        let interp_fallbacks = functions
            .iter()
            .filter(|f| f.promotions.iter().any(|p| p.interp_fallback.is_some()))
            .count();
        let compiled_native_entries = functions
            .iter()
            .filter(|f| f.native_entry == Some(NativeEntry::Compiled))
            .count();
        Report {
            interp_fallbacks,
            compiled_native_entries,
            call_thunks,
            ladder: ladder.to_vec(),
            elapsed_ms,
            functions_defined,
            functions_run: functions.len(),
            versions_superseded: installed - functions.len(),
            tiers,
            compile_server_peak_rss_kib,
            functions,
        }
    }

    /// The human-readable table of `--stats`.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let ladder: Vec<&str> = self.ladder.iter().map(|t| t.name()).collect();
        let _ = writeln!(
            out,
            "tierup stats: ladder {}, {:.1} ms, {} of {} functions ran, {} versions superseded",
            ladder.join(","),
            self.elapsed_ms,
            self.functions_run,
            self.functions_defined,
            self.versions_superseded
        );
        let _ = writeln!(
            out,
            "{:<32} {:>12} {:>14} {:>6}  promotions (tier @ ms since start, compile ms)",
            "function", "calls", "loop iters", "tier"
        );
        for function in &self.functions {
            let promotions: Vec<String> = function
                .promotions
                .iter()
                .map(|p| match (&p.error, &p.interp_fallback) {
                    (None, None) => format!("{} @{:.1} ({:.1})", p.to, p.at_ms, p.compile_ms),
                    (None, Some(reason)) => format!(
                        "{} @{:.1} ({:.1}) [not interpreted: {reason}]",
                        p.to, p.at_ms, p.compile_ms
                    ),
                    (Some(_), _) => format!("{} FAILED @{:.1}", p.to, p.at_ms),
                })
                .collect();
            let tier = function.tier.map_or("-".to_string(), |t| t.to_string());
            let branches = function.branch_profile.as_ref().map_or(String::new(), |b| {
                let taken: u64 = b.conditional.iter().map(|c| c[0]).sum();
                let total: u64 = b.conditional.iter().map(|c| c[0] + c[1]).sum();
                format!(
                    "; interpreted branches {taken}/{total} taken, {} switches",
                    b.switches.len()
                )
            });
            let entry = match function.native_entry {
                Some(NativeEntry::Closure) => "; native entry: closure",
                Some(NativeEntry::Compiled) => "; native entry: O0",
                None => "",
            };
            let _ = writeln!(
                out,
                "{:<32} {:>12} {:>14} {:>6}  {}{branches}{entry}",
                function.name,
                function.calls,
                function.loop_iterations,
                tier,
                promotions.join(", ")
            );
        }
        if self.ladder.contains(&Tier::Interp) {
            let _ = writeln!(
                out,
                "interp fallbacks: {} functions compiled at O0 instead",
                self.interp_fallbacks
            );
            let _ = writeln!(
                out,
                "native calls: {} interpreted functions entered through their O0 compile, {} call thunks",
                self.compiled_native_entries, self.call_thunks
            );
        }
        for totals in &self.tiers {
            let _ = writeln!(
                out,
                "tier {:<6} {:>6} functions compiled in {:>10.1} ms{}",
                totals.tier.name(),
                totals.compiled,
                totals.compile_ms,
                if totals.failed > 0 {
                    format!(", {} failed", totals.failed)
                } else {
                    String::new()
                }
            );
        }
        if self.compile_server_peak_rss_kib > 0 {
            let _ = writeln!(
                out,
                "compile server: peak RSS {:.1} MiB",
                self.compile_server_peak_rss_kib as f64 / 1024.0
            );
        }
        out
    }
}

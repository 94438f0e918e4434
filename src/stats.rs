//! What the engine reports at exit: `--stats` (a table on stderr) and `--stats-json FILE`.

use std::fmt::Write;

use serde::Serialize;

use crate::tier::Tier;
use crate::tiering::Promotion;

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
    pub tiers: Vec<TierTotals>,
    /// Functions that ran, most called first.
    pub functions: Vec<FunctionReport>,
}

impl Report {
    pub fn new(ladder: &[Tier], mut functions: Vec<FunctionReport>, elapsed_ms: f64) -> Report {
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
        let installed: usize = functions
            .iter()
            .map(|f| f.promotions.iter().filter(|p| p.error.is_none()).count())
            .sum();
        Report {
            ladder: ladder.to_vec(),
            elapsed_ms,
            functions_defined,
            functions_run: functions.len(),
            versions_superseded: installed - functions.len(),
            tiers,
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
                .map(|p| match &p.error {
                    None => format!("{} @{:.1} ({:.1})", p.to, p.at_ms, p.compile_ms),
                    Some(_) => format!("{} FAILED @{:.1}", p.to, p.at_ms),
                })
                .collect();
            let tier = function.tier.map_or("-".to_string(), |t| t.to_string());
            let _ = writeln!(
                out,
                "{:<32} {:>12} {:>14} {:>6}  {}",
                function.name,
                function.calls,
                function.loop_iterations,
                tier,
                promotions.join(", ")
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
        out
    }
}

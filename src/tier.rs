//! Tiers, the ladder a function climbs, and the registry of execution modes.
//!
//! The registry is the single list of ways the engine can run a program; the differential
//! tests and the benchmark suite enumerate it, so a new tier joins every test by being
//! listed here.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::Error;

/// One execution tier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Tier {
    /// The bytecode interpreter.
    #[serde(rename = "interp")]
    Interp,
    /// LLVM at the given optimisation level, for the IR pipeline and code generation alike.
    O0,
    O1,
    O2,
    O3,
}

impl Tier {
    pub const ALL: [Tier; 5] = [Tier::Interp, Tier::O0, Tier::O1, Tier::O2, Tier::O3];

    pub fn name(self) -> &'static str {
        match self {
            Tier::Interp => "interp",
            Tier::O0 => "O0",
            Tier::O1 => "O1",
            Tier::O2 => "O2",
            Tier::O3 => "O3",
        }
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The tiers a function goes through, lowest first (`--tiers interp,O1,O3`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ladder(Vec<Tier>);

impl Ladder {
    pub fn tiers(&self) -> &[Tier] {
        &self.0
    }

    /// The tier `--eager` compiles everything at: the top of the ladder.
    pub fn top(&self) -> Tier {
        *self.0.last().expect("a parsed ladder has a tier")
    }

    /// Whether this build can run the ladder.
    pub(crate) fn check(&self) -> Result<(), Error> {
        Ok(())
    }
}

impl Default for Ladder {
    /// The interpreter at once, baseline code for what is warm, the optimiser for what is hot
    /// (chosen against `O0,O3` and `interp,O1,O3` by measurement: see the README's "Choosing
    /// the default ladder").
    fn default() -> Self {
        Ladder(vec![Tier::Interp, Tier::O0, Tier::O3])
    }
}

impl fmt::Display for Ladder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.0.iter().map(|t| t.name()).collect();
        f.write_str(&names.join(","))
    }
}

impl FromStr for Ladder {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        let fail = |message: String| Error::Ladder {
            ladder: text.to_string(),
            message,
        };
        let mut tiers = Vec::new();
        for part in text.split(',') {
            let part = part.trim();
            let tier = Tier::ALL
                .into_iter()
                .find(|t| t.name().eq_ignore_ascii_case(part))
                .ok_or_else(|| {
                    fail(format!(
                        "unknown tier '{part}' (known tiers: interp, O0, O1, O2, O3)"
                    ))
                })?;
            if let Some(last) = tiers.last()
                && Tier::ALL.iter().position(|t| t == last)
                    >= Tier::ALL.iter().position(|t| *t == tier)
            {
                return Err(fail(format!(
                    "tier '{tier}' must come after '{last}': a ladder climbs from the cheapest tier up"
                )));
            }
            tiers.push(tier);
        }
        Ok(Ladder(tiers))
    }
}

/// A named way of running programs, as command-line options of `tierup run`.
#[derive(Clone, Debug, Serialize)]
pub struct Mode {
    pub name: &'static str,
    pub args: &'static [&'static str],
    pub description: &'static str,
}

/// Every execution mode the engine offers.
pub fn modes() -> &'static [Mode] {
    &[
        Mode {
            name: "eager-O0",
            args: &["--eager", "--tiers", "O0"],
            description: "whole program compiled before running, LLVM O0 (FastISel)",
        },
        Mode {
            name: "eager-O2",
            args: &["--eager", "--tiers", "O2"],
            description: "whole program compiled before running, LLVM O2 for the host CPU",
        },
        Mode {
            name: "lazy-O0",
            args: &["--tiers", "O0"],
            description: "each function compiled at O0 on its first call, never promoted",
        },
        Mode {
            name: "tiered-at-once",
            args: &["--tiers", "O0,O3", "--hot-calls", "1", "--hot-loops", "1"],
            description: "O0 then O3, every function promoted as soon as it runs",
        },
        Mode {
            name: "tiered",
            args: &[
                "--tiers",
                "O0,O3",
                "--hot-calls",
                "50",
                "--hot-loops",
                "500",
            ],
            description: "O0 then O3 with low thresholds, so promotions land mid-run",
        },
        Mode {
            name: "tiered-batch",
            args: &[
                "--tiers",
                "O0,O3",
                "--batch",
                "--hot-calls",
                "50",
                "--hot-loops",
                "500",
            ],
            description: "as tiered, compiled by the thread that found the function hot: \
                          promotions and on-stack replacement out of O0 code at fixed points",
        },
        Mode {
            name: "interp",
            args: &["--tiers", "interp"],
            description: "the interpreter only (functions it cannot run are compiled at O0)",
        },
        Mode {
            name: "interp-tiered",
            args: &[
                "--tiers",
                "interp,O1,O3",
                "--hot-calls",
                "50",
                "--hot-loops",
                "500",
            ],
            description: "interpreter, then O1, then O3, with low thresholds: promotions mid-run",
        },
        Mode {
            name: "default",
            args: &[],
            description: "what `tierup FILE` does: the default ladder and thresholds",
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ladders() {
        let ladder: Ladder = "interp,O1,o3".parse().unwrap();
        assert_eq!(ladder.tiers(), &[Tier::Interp, Tier::O1, Tier::O3]);
        assert_eq!(ladder.to_string(), "interp,O1,O3");
    }

    #[test]
    fn rejects_bad_ladders() {
        for bad in ["", "O4", "O2,O1", "O2,O2", "interp,,O2"] {
            assert!(bad.parse::<Ladder>().is_err(), "{bad} parsed");
        }
    }

    #[test]
    fn ladders_this_build_runs() {
        let ladder = |text: &str| text.parse::<Ladder>().unwrap();
        assert!(ladder("O3").check().is_ok());
        assert!(ladder("O0,O3").check().is_ok());
        assert_eq!(ladder("O0,O3").top(), Tier::O3);
        assert!(ladder("interp").check().is_ok());
        assert!(ladder("interp,O2").check().is_ok());
    }

    #[test]
    fn every_mode_names_a_runnable_ladder() {
        for mode in modes() {
            let ladder = match mode.args.iter().skip_while(|a| **a != "--tiers").nth(1) {
                Some(tiers) => tiers.parse::<Ladder>().unwrap(),
                None => Ladder::default(),
            };
            ladder.check().unwrap();
        }
    }
}

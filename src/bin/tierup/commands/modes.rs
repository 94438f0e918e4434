//! `tierup modes`: the registry of execution modes, for people and for test and benchmark
//! drivers.

use clap::Args;

#[derive(Args)]
pub struct ModesCommand {
    /// Print JSON: a list of {name, args, description}.
    #[arg(long)]
    json: bool,
}

impl ModesCommand {
    pub fn execute(self) -> anyhow::Result<()> {
        let modes = tierup::modes();
        if self.json {
            println!("{}", serde_json::to_string_pretty(modes)?);
        } else {
            for mode in modes {
                println!(
                    "{:<10} {:<24} {}",
                    mode.name,
                    mode.args.join(" "),
                    mode.description
                );
            }
        }
        Ok(())
    }
}

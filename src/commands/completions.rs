//! `completions SHELL`: one source of truth, the clap tree.

use anyhow::Result;
use clap::{Args, CommandFactory};
use clap_complete::Shell;

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Generate into memory, then write through the output module: clap_complete writing to stdout
/// itself would panic on a closed pipe (`lockctl completions bash | head -1`).
pub fn run(a: CompletionsArgs) -> Result<()> {
    let mut cmd = crate::cli::Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "lockctl", &mut script);
    crate::output::sink::stdout_bytes(&script)?;
    Ok(())
}

//! `completions SHELL`: one source of truth, the clap tree.

use anyhow::Result;
use clap::Args;
use clap_complete::Shell;

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Generate into memory, then write through the output module: clap_complete writing to stdout
/// itself would panic on a closed pipe (`lockctl completions bash | head -1`). `cmd` is the whole
/// clap tree, handed in by the dispatcher.
pub fn run(a: CompletionsArgs, mut cmd: clap::Command) -> Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "lockctl", &mut script);
    crate::output::sink::stdout_bytes(&script)?;
    Ok(())
}

//! The manual pages of every command, generated from the clap tree: `LOCKCTL_MAN_DIR=DIR lockctl`
//! (no arguments) writes them into DIR. An environment variable rather than a subcommand, so the
//! generator shows in no help page, man page or completion script. The pages checked in under
//! man/ are kept fresh by tests/man.rs.

use std::path::Path;

use anyhow::{Context as _, Result};

/// The variable naming the directory to write the pages into.
pub const MAN_DIR: &str = "LOCKCTL_MAN_DIR";

/// The directory to write the man pages into, when that is what this run was asked to do.
pub fn requested() -> Option<std::path::PathBuf> {
    let dir = std::env::var_os(MAN_DIR).filter(|d| !d.is_empty())?;
    (std::env::args_os().len() == 1).then(|| dir.into())
}

/// Write the pages of `cmd`, the whole clap tree (handed in by `main`).
pub fn write(cmd: clap::Command, dir: &Path) -> Result<()> {
    let mut cmd = cmd.disable_help_subcommand(true);
    cmd.build();
    write_pages(cmd, dir)
        .with_context(|| format!("cannot write the man pages into {}", dir.display()))
}

/// One page per visible command, each titled with its full name (`lockctl-member-list`) and
/// marked with lockctl's version, which subcommands do not carry themselves.
fn write_pages(cmd: clap::Command, dir: &Path) -> std::io::Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_pages(sub.clone(), dir)?;
    }
    clap_mangen::Man::new(cmd)
        .source(format!("lockctl {}", env!("CARGO_PKG_VERSION")))
        .manual("lockctl manual")
        .generate_to(dir)?;
    Ok(())
}

//! `temppwd`: online temporary passwords (PINs with a window, a schedule and a use count) and
//! dynamic passwords.

mod create;
mod input;
mod manage;
mod update;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;

#[derive(Subcommand, Debug)]
pub enum TemppwdCommand {
    /// List temporary passwords with their status, window, schedule and use count.
    List(manage::ListArgs),
    /// Show one temporary password: whether it opens the door right now, and when it does next.
    #[command(
        after_help = "Examples:\n  lockctl temppwd show -d ID --id 1234\n  lockctl temppwd show -d ID --id 1234 --json opensNow,nextOpen"
    )]
    Show(manage::IdArgs),
    /// Create a temporary password (walks through the details on a terminal).
    Create(create::CreateArgs),
    /// Ask the lock whether it would accept a password, without creating it (Bluetooth, Zigbee).
    Validate(create::CreateArgs),
    /// Change a temporary password (Bluetooth, Zigbee).
    Update(create::UpdateArgs),
    /// Rename a temporary password.
    Rename(manage::RenameArgs),
    /// Remove a temporary password.
    Remove(manage::IdArgs),
    /// Get a dynamic password (valid about 5 minutes).
    Dynamic,
}

pub async fn run(cmd: TemppwdCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        TemppwdCommand::List(a) => manage::list(a, ctx).await,
        TemppwdCommand::Show(a) => manage::show(a, ctx).await,
        TemppwdCommand::Create(a) => create::create(a, false, ctx).await,
        TemppwdCommand::Validate(a) => create::create(a, true, ctx).await,
        TemppwdCommand::Update(a) => update::update(a, ctx).await,
        TemppwdCommand::Rename(a) => manage::rename(a, ctx).await,
        TemppwdCommand::Remove(a) => manage::remove(a, ctx).await,
        TemppwdCommand::Dynamic => manage::dynamic(ctx).await,
    }
}

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
    /// Create a temporary password (walks through the details on a terminal).
    Create(create::NewArgs),
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
        TemppwdCommand::Create(a) => create::create_new(a, ctx).await,
        TemppwdCommand::Validate(a) => create::create(a, true, false, ctx).await,
        TemppwdCommand::Update(a) => update::update(a, ctx).await,
        TemppwdCommand::Rename(a) => manage::rename(a, ctx).await,
        TemppwdCommand::Remove(a) => manage::remove(a, ctx).await,
        TemppwdCommand::Dynamic => manage::dynamic(ctx).await,
    }
}

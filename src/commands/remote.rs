//! `remote status | unlock | lock`: through the lock's gateway (Bluetooth, Zigbee).

use anyhow::Result;
use clap::Subcommand;
use lockctl_api::ops::device::RemoteStatus;
use lockctl_api::{Done, Error as ApiError};

use crate::context::Context;
use crate::error::Fail;

#[derive(Subcommand, Debug)]
pub enum RemoteCommand {
    /// Say whether remote unlock is switched on.
    #[command(after_help = "Examples:\n  lockctl remote status -d ID")]
    Status,
    /// Open the lock now (asks first unless --yes).
    #[command(
        after_help = "Examples:\n  lockctl remote unlock -d ID            # asks first\n  lockctl remote unlock -d ID --yes"
    )]
    Unlock,
    /// Lock it now.
    #[command(after_help = "Examples:\n  lockctl remote lock -d ID --yes")]
    Lock,
}

/// An `Unsupported` refusal renamed to the verb the user asked for.
fn as_asked(e: ApiError, asked: &str) -> ApiError {
    match e {
        ApiError::Unsupported { what, offered, .. } => ApiError::Unsupported {
            verb: asked.to_string(),
            what,
            offered,
        },
        other => other,
    }
}

pub async fn run(cmd: RemoteCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        RemoteCommand::Status => ctx.out.check_fields::<RemoteStatus>()?,
        _ => ctx.out.check_fields::<Done>()?,
    }
    let lock = ctx.dev_lock().await?;
    let api = ctx.api().await?;
    // Asked first every time: a lock without remote unlock is refused before anything is sent,
    // and a lock where it is switched off is not asked to open. A refusal names the verb the
    // user typed, not the status check behind it.
    let asked = match cmd {
        RemoteCommand::Status => "remote status",
        RemoteCommand::Unlock => "remote unlock",
        RemoteCommand::Lock => "remote lock",
    };
    let status = api
        .remote_status(&lock)
        .await
        .map_err(|e| as_asked(e, asked))?;
    let open = match cmd {
        RemoteCommand::Status => {
            return ctx.out.show(&status, ctx.raw(), |o| {
                let on = if status.enabled { "on" } else { "off" };
                o.line(&format!("remote unlock is {on}"))
            });
        }
        RemoteCommand::Unlock => true,
        RemoteCommand::Lock => false,
    };
    ctx.raw();
    if !status.enabled {
        return Err(Fail::failure(
            format!("remote unlock is switched off on {}", lock.name),
            "switch on remote unlock in the lock's settings in the Tuya or Smart Life app, then try again",
        ));
    }
    let what = if open { "Unlock" } else { "Lock" };
    ctx.prompter.confirm(
        &format!("{what} {} ({}) remotely now?", lock.name, lock.id),
        ctx.global.yes,
    )?;
    let done = api.remote(&lock, open).await?;
    ctx.out.show(&done, ctx.raw(), |o| {
        let did = if open { "Unlocked" } else { "Locked" };
        o.status(&format!("{did} {}.", lock.name));
        Ok(())
    })
}

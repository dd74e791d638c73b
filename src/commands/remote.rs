//! `remote status | unlock | lock`: through the lock's gateway (Bluetooth, Zigbee).

use anyhow::Result;
use clap::Subcommand;
use serde_json::{json, Value};

use crate::context::{Context, LockRef};
use crate::error::Fail;

#[derive(Subcommand, Debug)]
pub enum RemoteCommand {
    /// Say whether remote unlock is switched on.
    Status,
    /// Open the lock now (asks first unless --yes).
    Unlock,
    /// Lock it now.
    Lock,
}

/// `UNLOCK_PHONE_REMOTE`, however the cloud spells the answer ("true", true, or inside `result`).
async fn allowed(ctx: &mut Context, lock: &LockRef) -> Result<(bool, Value)> {
    // The seed sends the property name wrapped in quotes.
    let r = ctx
        .call(
            lock,
            "remote status",
            json!({ "devId": lock.id, "props": "\"UNLOCK_PHONE_REMOTE\"" }),
        )
        .await?;
    let v = r.get("UNLOCK_PHONE_REMOTE").cloned().unwrap_or(Value::Null);
    let on = v.as_bool() == Some(true) || v.as_str() == Some("true");
    Ok((on, r))
}

pub async fn run(cmd: RemoteCommand, ctx: &mut Context) -> Result<()> {
    let lock = ctx.dev_lock().await?;
    ctx.entry(&lock, "remote status")?;
    match cmd {
        RemoteCommand::Status => {
            let (on, raw) = allowed(ctx, &lock).await?;
            if ctx.json_done(&raw)? {
                return Ok(());
            }
            println!(
                "{}",
                if on {
                    "remote unlock is on"
                } else {
                    "remote unlock is off"
                }
            );
        }
        RemoteCommand::Unlock | RemoteCommand::Lock => {
            let open = matches!(cmd, RemoteCommand::Unlock);
            let verb = if open { "remote unlock" } else { "remote lock" };
            ctx.entry(&lock, verb)?;
            let (on, _) = allowed(ctx, &lock).await?;
            if !on {
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
            let r = ctx
                .call(&lock, verb, json!({ "devId": lock.id, "open": open }))
                .await?;
            if ctx.json_done(&r)? {
                return Ok(());
            }
            ctx.out.status(&format!(
                "{} {}.",
                if open { "Unlocked" } else { "Locked" },
                lock.name
            ));
        }
    }
    Ok(())
}

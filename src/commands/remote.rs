//! `remote status | unlock | lock`: through the lock's gateway (Bluetooth, Zigbee).

use anyhow::Result;
use clap::Subcommand;
use lockctl_api::ops::device::RemoteStatus;
use lockctl_api::{Done, Error as ApiError};

use lockctl_api::Lock;

use crate::context::Context;
use crate::error::Fail;
use crate::fleet::{self, Row, Shared, Targets};

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

/// What a remote verb answers on one lock.
#[derive(Debug, serde::Serialize)]
#[serde(untagged)]
enum Answer {
    Status(RemoteStatus),
    Done(Done),
}

fn asked(cmd: &RemoteCommand) -> (&'static str, Option<bool>) {
    match cmd {
        RemoteCommand::Status => ("remote status", None),
        RemoteCommand::Unlock => ("remote unlock", Some(true)),
        RemoteCommand::Lock => ("remote lock", Some(false)),
    }
}

/// One lock's remote verb: asked first every time, so a lock without remote unlock is refused
/// before anything is sent, and a lock where it is switched off is not asked to open. A refusal
/// names the verb the user typed, not the status check behind it.
/// `confirm` runs between the status check and the action (a one-lock run asks there).
async fn one(
    s: &Shared,
    lock: &Lock,
    cmd: &RemoteCommand,
    confirm: impl FnOnce() -> Result<()>,
) -> Result<Answer> {
    let (verb, open) = asked(cmd);
    let status = s
        .api
        .remote_status(lock)
        .await
        .map_err(|e| as_asked(e, verb))?;
    let Some(open) = open else {
        return Ok(Answer::Status(status));
    };
    if !status.enabled {
        return Err(Fail::failure(
            format!("remote unlock is switched off on {}", lock.name),
            "switch on remote unlock in the lock's settings in the Tuya or Smart Life app, then try again",
        ));
    }
    confirm()?;
    Ok(Answer::Done(s.api.remote(lock, open).await?))
}

pub async fn run(cmd: RemoteCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        RemoteCommand::Status => ctx.out.check_fields::<RemoteStatus>()?,
        _ => ctx.out.check_fields::<Done>()?,
    }
    let (_, open) = asked(&cmd);
    let lock = match fleet::targets(ctx).await? {
        Targets::One(lock) => lock,
        Targets::Many(locks) => return many(cmd, locks, ctx).await,
    };
    let s = Shared::of(ctx).await?;
    let confirm = || {
        let what = if open == Some(true) { "Unlock" } else { "Lock" };
        fleet::confirm(
            ctx,
            &format!("{what} {} ({}) remotely now?", lock.name, lock.id),
            std::slice::from_ref(&lock),
        )
    };
    match one(&s, &lock, &cmd, confirm).await? {
        Answer::Status(status) => ctx.out.show(&status, ctx.raw(), |o| {
            let on = if status.enabled { "on" } else { "off" };
            o.line(&format!("remote unlock is {on}"))
        }),
        Answer::Done(done) => {
            let raw = ctx.raw();
            let raw = raw.into_iter().last().into_iter().collect();
            ctx.out.show(&done, raw, |o| {
                let did = if open == Some(true) {
                    "Unlocked"
                } else {
                    "Locked"
                };
                o.status(&format!("{did} {}.", lock.name));
                Ok(())
            })
        }
    }
}

/// A remote verb on several locks: every lock must offer it, and opening asks first, listing
/// the locks.
async fn many(cmd: RemoteCommand, locks: Vec<Lock>, ctx: &mut Context) -> Result<()> {
    let (verb, open) = asked(&cmd);
    let api = ctx.api().await?;
    fleet::precheck(verb, &locks, |l| {
        api.offers_verb(l, verb)
            .map_err(|e| as_asked(e, verb).into())
    })?;
    if let Some(open) = open {
        let what = if open { "Unlock" } else { "Lock" };
        fleet::confirm(
            ctx,
            &format!("{what} these {} locks remotely now?", locks.len()),
            &locks,
        )?;
    }
    let ran = fleet::run(ctx, locks, |s, l| {
        let cmd = &cmd;
        async move { one(&s, &l, cmd, || Ok(())).await }
    })
    .await?;
    fleet::report(ctx, ran, |a| Row {
        state: "ok",
        detail: match a {
            Answer::Status(st) => {
                format!("remote unlock is {}", if st.enabled { "on" } else { "off" })
            }
            Answer::Done(d) => d.action.clone(),
        },
    })
}

//! `temppwd prune`: remove the temporary passwords whose window is over (and, with `--used`, the
//! one-time ones already used) from one lock or many.

use anyhow::Result;
use clap::Args;
use lockctl_api::ops::passwords::TempPassword;
use lockctl_api::{Delivery, Validity};

use crate::commands::prune::{self, Candidate, Words};
use crate::context::Context;

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Also remove one-time passwords already used (their window not over yet).
    #[arg(long)]
    pub used: bool,
    /// List what would be removed, and send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Why `p` goes, or `None`: its window is over (`expired`); a one-time password the lock marked
/// used up (`expired` before its window ends) goes only with `--used`.
pub fn reason(p: &TempPassword, used: bool, now: jiff::Timestamp) -> Option<&'static str> {
    if p.id.is_none() || p.delivery == Some(Delivery::Deleting) {
        return None;
    }
    let ended = match &p.to {
        Some(t) => t.0.timestamp() <= now,
        None => p.validity == Validity::Expired && !p.one_time,
    };
    if ended {
        return Some("expired");
    }
    if used && p.one_time && p.validity == Validity::Expired {
        return Some("used");
    }
    None
}

pub async fn prune(a: PruneArgs, ctx: &mut Context) -> Result<()> {
    let words = Words {
        verb: "temppwd prune",
        remove_verb: "temppwd remove",
        noun: "temporary password",
        none: if a.used {
            "expired or used temporary passwords"
        } else {
            "expired temporary passwords"
        },
    };
    let used = a.used;
    if used && ctx.is_openapi() {
        // The OpenAPI's password list has no one-time flag and no "used" state: nothing tells a
        // used one-time code from an unused one, so --used can only find the expired ones.
        ctx.out.warn(
            "the Cloud OpenAPI does not report whether a one-time password was used: \
             --used finds only expired passwords on this profile; remove a used one with \
             `lockctl temppwd remove`",
        );
    }
    prune::run(
        ctx,
        &words,
        a.dry_run,
        move |s, lock| async move {
            let now = lockctl_api::clock::now();
            let items = s.api.temp_passwords(&lock).await?;
            Ok(items
                .iter()
                .filter_map(|p| {
                    let why = reason(p, used, now)?;
                    Some(Candidate {
                        id: p.id.clone()?,
                        name: p.name.clone(),
                        reason: why,
                        to: p.to.clone(),
                    })
                })
                .collect())
        },
        |s, lock, id| async move {
            s.api.remove_temp_password(&lock, &id).await?;
            Ok(())
        },
    )
    .await
}

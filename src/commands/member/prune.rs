//! `member prune --expired`: remove the panel members whose window is over, from one lock or
//! many. The administrator and family members are never touched.

use anyhow::Result;
use clap::Args;
use lockctl_api::ops::members::{Member, Page, Role};

use crate::commands::prune::{self, Candidate, Words};
use crate::context::Context;

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Remove panel members whose validity window is over (required: what to prune).
    #[arg(long, required = true)]
    pub expired: bool,
    /// List what would be removed, and send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Whether `m` goes: a panel member whose window ended (frozen or not).
pub fn over(m: &Member, now: jiff::Timestamp) -> bool {
    m.role == Role::Panel
        && !m.id.is_empty()
        && m.access.to.as_ref().is_some_and(|t| t.0.timestamp() <= now)
}

pub async fn prune(a: PruneArgs, ctx: &mut Context) -> Result<()> {
    let words = Words {
        verb: "member prune --expired",
        remove_verb: "member remove",
        noun: "panel member",
        none: "panel members whose window is over",
    };
    prune::run(
        ctx,
        &words,
        a.dry_run,
        |s, lock| async move {
            let now = lockctl_api::clock::now();
            let page = Page {
                offset: 0,
                limit: 100,
                all: true,
            };
            // A lock without panel members (it keeps no member validity) has none to prune.
            let members = match s.api.panel_members(&lock, page).await {
                Err(lockctl_api::Error::Unsupported { .. }) => vec![],
                r => r?,
            };
            Ok(members
                .iter()
                .filter(|m| over(m, now))
                .map(|m| Candidate {
                    id: m.id.clone(),
                    name: m.name.clone(),
                    reason: "expired",
                    to: m.access.to.clone(),
                })
                .collect())
        },
        |s, lock, id| async move {
            s.api.remove_member(&lock, &id).await?;
            Ok(())
        },
    )
    .await
}

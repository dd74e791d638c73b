//! `member remove --user U`.

use anyhow::Result;
use clap::Args;
use clap_complete::engine::ArgValueCompleter;
use lockctl_api::{Done, Lock};

use crate::context::Context;
use crate::fleet::{self, Row, Shared, Targets};
use crate::resolve::{self, UserQuery};

#[derive(Args, Debug)]
pub struct RemoveArgs {
    /// Member: id or name (case-insensitive, or a unique prefix).
    #[arg(long, add = ArgValueCompleter::new(crate::complete::complete_user))]
    pub user: String,
}

/// One lock's removal: a member named by name is looked up on that lock.
async fn one(s: &Shared, lock: &Lock, user: &UserQuery) -> Result<Done> {
    let id = match user {
        UserQuery::Id(id) => id.clone(),
        UserQuery::Name(n) => resolve::member_on(s.api.as_ref(), lock, n).await?,
    };
    Ok(s.api.remove_member(lock, &id).await?)
}

pub async fn remove(a: RemoveArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    let user = resolve::user_arg("--user", &a.user)?;
    let lock = match fleet::targets(ctx).await? {
        Targets::One(lock) => lock,
        Targets::Many(locks) => return many(&a.user, user, locks, ctx).await,
    };
    let user = resolve::member(ctx, &lock, user).await?;
    fleet::confirm(
        ctx,
        &format!(
            "Remove member {user} and all their unlock methods from {}?",
            lock.name
        ),
        std::slice::from_ref(&lock),
    )?;
    let s = Shared::of(ctx).await?;
    let done = one(&s, &lock, &UserQuery::Id(user.clone())).await?;
    let msg = format!("Removed member {user} from {}.", lock.name);
    ctx.out.show(&done, ctx.raw(), |o| {
        o.status(&msg);
        Ok(())
    })
}

/// Removing a member by name from several locks (an id names a member of one lock only).
async fn many(given: &str, user: UserQuery, locks: Vec<Lock>, ctx: &mut Context) -> Result<()> {
    if let UserQuery::Id(_) = user {
        fleet::one_lock_only("--user", given, &locks)?;
    }
    fleet::confirm(
        ctx,
        &format!(
            "Remove member {given} and all their unlock methods from these {} locks?",
            locks.len()
        ),
        &locks,
    )?;
    let user = &user;
    let ran = fleet::run(ctx, locks, |s, l| async move { one(&s, &l, user).await }).await?;
    fleet::report(ctx, ran, |d: &Done| Row {
        state: "ok",
        detail: format!("removed member {}", d.id.as_deref().unwrap_or(given)),
    })
}

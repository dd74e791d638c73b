//! `member upgrade | lock-id | share | unshare | freeze | unfreeze`.

use anyhow::Result;
use clap::Args;
use clap_complete::engine::ArgValueCompleter;
use lockctl_api::ops::members::{Account, LockUserId};
use lockctl_api::Done;

use crate::context::Context;
use crate::error::Fail;
use crate::resolve;

#[derive(Args, Debug)]
pub struct UserArgs {
    /// Member: id or name (case-insensitive, or a unique prefix).
    #[arg(long, add = ArgValueCompleter::new(crate::complete::complete_user))]
    pub user: String,
}

#[derive(Args, Debug)]
pub struct ShareArgs {
    /// Member (a panel member): id or name.
    #[arg(long, add = ArgValueCompleter::new(crate::complete::complete_user))]
    pub user: String,
    /// The app account to bind: email or phone number.
    #[arg(long)]
    pub account: String,
    /// Country code of the account (e.g. 49).
    #[arg(long, default_value = "")]
    pub country_code: String,
}

/// Print a write's `Done`: JSON for scripts, `msg` on stderr for people.
fn report(ctx: &Context, done: &Done, msg: &str) -> Result<()> {
    ctx.out.show(done, ctx.raw(), |o| {
        o.status(msg);
        Ok(())
    })
}

pub async fn upgrade(a: UserArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    let user = resolve::user_arg("--user", &a.user)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let user = resolve::member(ctx, &lock, user).await?;
    let done = ctx.api().await?.upgrade_member(&lock, &user).await?;
    let msg = format!("Member {user} is now a family member of {}.", lock.name);
    report(ctx, &done, &msg)
}

pub async fn lock_id(a: UserArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<LockUserId>()?;
    let user = resolve::user_arg("--user", &a.user)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let user = resolve::member(ctx, &lock, user).await?;
    let id = ctx.api().await?.lock_user_id(&lock, &user).await?;
    ctx.out.show(&id, ctx.raw(), |o| o.line(&id.lock_user_id))
}

pub async fn share(a: ShareArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    let account = a.account.trim().to_string();
    let looks_ok = account.contains('@')
        || (!account.is_empty() && account.chars().all(|c| c.is_ascii_digit() || c == '+'));
    if !looks_ok || account.len() > 254 {
        return Err(Fail::usage(format!(
            "--account `{account}` is neither an email nor a phone number"
        )));
    }
    let user = resolve::user_arg("--user", &a.user)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let user = resolve::member(ctx, &lock, user).await?;
    let to = Account {
        account: account.clone(),
        country_code: a.country_code.trim().to_string(),
    };
    let done = ctx.api().await?.share_member(&lock, &user, &to).await?;
    report(
        ctx,
        &done,
        &format!("Member {user} is now bound to {account}."),
    )
}

pub async fn unshare(a: UserArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    let user = resolve::user_arg("--user", &a.user)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let user = resolve::member(ctx, &lock, user).await?;
    crate::fleet::confirm(
        ctx,
        &format!("Unbind member {user} on {} from its account?", lock.name),
        std::slice::from_ref(&lock),
    )?;
    let done = ctx.api().await?.unshare_member(&lock, &user).await?;
    let msg = format!("Member {user} is no longer bound to an account.");
    report(ctx, &done, &msg)
}

pub async fn phase(a: UserArgs, unfreeze: bool, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    let user = resolve::user_arg("--user", &a.user)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let user = resolve::member(ctx, &lock, user).await?;
    if !unfreeze {
        // A lock without freezing is refused before the question.
        ctx.api().await?.offers_verb(&lock, "member freeze")?;
        crate::fleet::confirm(
            ctx,
            &format!(
                "Freeze member {user}'s unlock methods on {}? They cannot open it until unfrozen.",
                lock.name
            ),
            std::slice::from_ref(&lock),
        )?;
    }
    let done = ctx
        .api()
        .await?
        .freeze_member(&lock, &user, !unfreeze)
        .await?;
    let msg = format!(
        "Member {user}'s unlock methods are {}.",
        if unfreeze { "active again" } else { "frozen" }
    );
    report(ctx, &done, &msg)
}

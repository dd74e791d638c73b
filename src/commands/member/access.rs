//! `member upgrade | lock-id | share | unshare | freeze | unfreeze`.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::commands::common::check_user;
use crate::context::Context;
use crate::error::Fail;

#[derive(Args, Debug)]
pub struct UserArgs {
    /// Member id.
    #[arg(long)]
    pub user: String,
}

#[derive(Args, Debug)]
pub struct ShareArgs {
    /// Member id (a panel member).
    #[arg(long)]
    pub user: String,
    /// The app account to bind: email or phone number.
    #[arg(long)]
    pub account: String,
    /// Country code of the account (e.g. 49).
    #[arg(long, default_value = "")]
    pub country_code: String,
}

async fn prepare(
    user: &str,
    verb: &str,
    ctx: &mut Context,
) -> Result<(crate::context::LockRef, String)> {
    let user = check_user("--user", user)?;
    let lock = ctx.dev_lock().await?;
    ctx.entry(&lock, verb)?;
    Ok((lock, user))
}

pub async fn upgrade(a: UserArgs, ctx: &mut Context) -> Result<()> {
    let verb = "member upgrade";
    let (lock, user) = prepare(&a.user, verb, ctx).await?;
    ctx.act(
        &lock,
        verb,
        json!({ "devId": lock.id, "userId": user }),
        &format!("Member {user} is now a family member of {}.", lock.name),
    )
    .await
}

pub async fn lock_id(a: UserArgs, ctx: &mut Context) -> Result<()> {
    let (lock, user) = prepare(&a.user, "member lock-id", ctx).await?;
    let r = ctx
        .call(
            &lock,
            "member lock-id",
            json!({ "devId": lock.id, "userId": user }),
        )
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    println!("{}", crate::output::cell(Some(&r)));
    Ok(())
}

pub async fn share(a: ShareArgs, ctx: &mut Context) -> Result<()> {
    let account = a.account.trim().to_string();
    let looks_ok = account.contains('@')
        || (!account.is_empty() && account.chars().all(|c| c.is_ascii_digit() || c == '+'));
    if !looks_ok || account.len() > 254 {
        return Err(Fail::usage(format!(
            "--account `{account}` is neither an email nor a phone number"
        )));
    }
    let (lock, user) = prepare(&a.user, "member share", ctx).await?;
    ctx.act(&lock, "member share", json!({ "devId": lock.id, "countryCode": a.country_code, "userAccount": account, "shareUserId": user }), &format!("Member {user} is now bound to {account}.")).await
}

pub async fn unshare(a: UserArgs, ctx: &mut Context) -> Result<()> {
    let (lock, user) = prepare(&a.user, "member unshare", ctx).await?;
    ctx.prompter.confirm(
        &format!("Unbind member {user} from its account?"),
        ctx.global.yes,
    )?;
    ctx.act(
        &lock,
        "member unshare",
        json!({ "devId": lock.id, "shareUserId": user }),
        &format!("Member {user} is no longer bound to an account."),
    )
    .await
}

pub async fn phase(a: UserArgs, unfreeze: bool, ctx: &mut Context) -> Result<()> {
    let verb = if unfreeze {
        "member unfreeze"
    } else {
        "member freeze"
    };
    let (lock, user) = prepare(&a.user, verb, ctx).await?;
    ctx.act(
        &lock,
        verb,
        json!({ "devId": lock.id, "userId": user, "operate": if unfreeze { 1 } else { 0 } }),
        &format!(
            "Member {user}'s unlock methods are {}.",
            if unfreeze { "active again" } else { "frozen" }
        ),
    )
    .await
}

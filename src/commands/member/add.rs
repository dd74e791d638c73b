//! `member add` and `member update`.

use anyhow::Result;
use clap::Args;
use lockctl_api::Kind;
use serde_json::{json, Value};

use crate::commands::common::{check_name, check_user, int, text, ValidityArgs};
use crate::context::{Context, LockRef};
use crate::error::Fail;
use crate::labels;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  lockctl member add -d ID --name Alice --permanent\n  lockctl member add -d ID --name Cleaner --weekdays mon-fri --daily 09:00-12:00 --from now --to +90d\n  lockctl member add -d ID        # on a terminal: asks for name and validity"
)]
pub struct AddArgs {
    /// Member name (1-32 characters).
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub validity: ValidityArgs,
    /// Unlock types this member may use (Bluetooth): e.g. fingerprint,card,password.
    #[arg(long, value_delimiter = ',')]
    pub allow: Vec<String>,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Member id.
    #[arg(long)]
    pub user: String,
    /// New name.
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub validity: ValidityArgs,
    /// Unlock types this member may use: e.g. fingerprint,card.
    #[arg(long, value_delimiter = ',')]
    pub allow: Vec<String>,
}

/// `--allow` names to the comma separated DP list sent as `opMode`.
fn op_mode(allow: &[String]) -> Result<Option<String>> {
    if allow.is_empty() {
        return Ok(None);
    }
    let mut dps = vec![];
    for a in allow {
        let d = labels::unlock_dp(a.trim()).ok_or_else(|| {
            let names: Vec<&str> = labels::UNLOCK_TYPES.iter().map(|(_, n)| *n).collect();
            Fail::usage(format!(
                "--allow `{a}` is not an unlock type; use {}",
                names.join(", ")
            ))
        })?;
        dps.push(d.to_string());
    }
    Ok(Some(dps.join(",")))
}

fn refuse_validity_on_wifi(lock: &LockRef, v: &ValidityArgs, allow: &[String]) -> Result<()> {
    if lock.kind == Kind::Wifi && (v.given() || !allow.is_empty()) {
        return Err(Fail::usage_hint(
            "Wi-Fi locks keep no member validity or permissions",
            "drop --permanent/--from/--to/--weekdays/--allow, or use a temporary password (`lockctl temppwd create`) for time-limited access",
        ));
    }
    Ok(())
}

pub async fn add(a: AddArgs, ctx: &mut Context) -> Result<()> {
    let name = a
        .name
        .as_deref()
        .map(|n| check_name("--name", n))
        .transpose()?;
    let allow = op_mode(&a.allow)?;
    let lock = ctx.dev_lock().await?;
    refuse_validity_on_wifi(&lock, &a.validity, &a.allow)?;
    let needs_validity = lock.kind != Kind::Wifi && !a.validity.given();
    let mut missing = vec![];
    if name.is_none() {
        missing.push("--name");
    }
    if needs_validity {
        missing.push("--permanent or --from/--to or --weekdays");
    }
    ctx.prompter.require(&missing)?;
    let name = match name {
        Some(n) => n,
        None => check_name("--name", &ctx.prompter.text("Member name", "--name")?)?,
    };
    let tz = ctx.zone(&lock)?;
    let now = jiff::Timestamp::now();
    let validity = if needs_validity {
        ask_validity(ctx)?
    } else {
        a.validity.clone()
    };
    let result = if lock.kind == Kind::Wifi {
        ctx.call(&lock, "member add", json!({ "devId": lock.id, "name": name, "avatar": "", "sex": "", "birthday": "", "height": 0 })).await?
    } else {
        let (time_type, time_set) = validity.encode(&tz, now)?;
        let mut pd = json!({ "devId": lock.id, "userName": name, "avatar": "", "timeType": time_type, "timeSet": time_set });
        if let Some(o) = allow {
            pd["opMode"] = json!(o);
        }
        ctx.call(&lock, "member add", pd).await?
    };
    if ctx.json_done(&result)? {
        return Ok(());
    }
    let id = match result.get("userId") {
        Some(_) => text(&result, "userId"),
        // The Bluetooth call answers only `true`: find the new panel member by name, newest first.
        None => newest_named(ctx, &lock, &name).await?.unwrap_or_default(),
    };
    ctx.out
        .status(&format!("Added member {name} to {} (id {id}).", lock.name));
    println!("{id}");
    Ok(())
}

async fn newest_named(ctx: &mut Context, lock: &LockRef, name: &str) -> Result<Option<String>> {
    let all = super::list::panel_pages(ctx, lock, 0, 200, true).await?;
    Ok(all
        .iter()
        .filter(|m| text(m, "nickName") == name)
        .max_by_key(|m| int(m, "userId").unwrap_or(0))
        .map(|m| text(m, "userId")))
}

/// Interactive validity: permanent, a window, or recurring.
fn ask_validity(ctx: &Context) -> Result<ValidityArgs> {
    let flag = "--permanent or --from/--to or --weekdays";
    let choice = ctx.prompter.select(
        "Validity",
        &[
            "permanent",
            "a window (from ... to ...)",
            "recurring (weekdays and hours)",
        ],
        flag,
    )?;
    let mut v = ValidityArgs::default();
    match choice {
        0 => v.permanent = true,
        1 => {
            v.from = Some(ctx.prompter.text_default("From", "now", "--from")?);
            v.to = Some(ctx.prompter.text_default("To", "+30d", "--to")?);
        }
        _ => {
            v.weekdays = Some(
                ctx.prompter
                    .text_default("Weekdays", "mon-fri", "--weekdays")?,
            );
            v.daily = Some(
                ctx.prompter
                    .text_default("Hours", "09:00-18:00", "--daily")?,
            );
            v.from = Some(ctx.prompter.text_default("From", "now", "--from")?);
            v.to = Some(ctx.prompter.text_default("To", "+90d", "--to")?);
        }
    }
    Ok(v)
}

pub async fn update(a: UpdateArgs, ctx: &mut Context) -> Result<()> {
    let user = check_user("--user", &a.user)?;
    let name = a
        .name
        .as_deref()
        .map(|n| check_name("--name", n))
        .transpose()?;
    let allow = op_mode(&a.allow)?;
    if name.is_none() && !a.validity.given() && allow.is_none() {
        return Err(Fail::usage("nothing to change: pass --name, --allow, or validity flags (--permanent, --from/--to, --weekdays)"));
    }
    let lock = ctx.dev_lock().await?;
    ctx.entry(&lock, "member update")?;
    let tz = ctx.zone(&lock)?;
    let mut pd = json!({ "devId": lock.id, "userId": user });
    if let Some(n) = &name {
        pd["userName"] = json!(n);
    }
    if let Some(o) = allow {
        pd["opMode"] = json!(o);
    }
    if a.validity.given() {
        let (t, s) = a.validity.encode(&tz, jiff::Timestamp::now())?;
        pd["timeSetType"] = json!(t.to_string());
        pd["timeSet"] = json!(s);
        pd["timeZone"] = json!(tz.iana_name().unwrap_or("UTC"));
    }
    let result: Value = ctx.call(&lock, "member update", pd).await?;
    if ctx.json_done(&result)? {
        return Ok(());
    }
    ctx.out.status(&format!("Updated member {user}."));
    Ok(())
}

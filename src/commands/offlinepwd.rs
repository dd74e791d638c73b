//! `offlinepwd`: codes the cloud computes so a lock without a connection accepts them, and the
//! clear codes that end them.

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use jiff::Timestamp;
use lockctl_api::Kind;
use serde_json::{json, Value};

use crate::commands::common::{check_id, check_name, int, list as jlist, text, window};
use crate::context::{Context, LockRef};
use crate::error::Fail;
use crate::output::time::local_in;

#[derive(Subcommand, Debug)]
pub enum OfflinepwdCommand {
    /// Say whether a code of this type can be issued now (one-time and clear codes: about 10 an hour).
    Available(AvailableArgs),
    /// Get an offline code: `multi` (a window), `once` (one use within 6 hours) or `clear-all`.
    Create(CreateArgs),
    /// List offline codes (not the codes themselves: the cloud shows them once).
    List(ListArgs),
    /// Rename an offline code.
    Rename(RenameArgs),
    /// Get the clear code that ends one `multi` code when typed at the lock.
    Revoke(IdArgs),
    /// List `multi` codes that can still get a clear code.
    Revocable,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum PwdType {
    /// Many uses within a window.
    Multi,
    /// One use within 6 hours.
    Once,
    /// Ends one multi code (only through `revoke`).
    ClearOne,
    /// Ends every offline code issued before it.
    ClearAll,
}

impl PwdType {
    fn code(self) -> &'static str {
        match self {
            PwdType::Multi => "0",
            PwdType::Once => "1",
            PwdType::ClearOne => "8",
            PwdType::ClearAll => "9",
        }
    }
}

fn type_words(code: &str) -> &'static str {
    match code {
        "0" => "multi",
        "1" => "once",
        "8" => "clear one",
        "9" => "clear all",
        _ => "unknown",
    }
}

fn status_words(code: i64) -> &'static str {
    match code {
        0 => "issued",
        1 => "in effect",
        2 => "issued (landed)",
        3 => "ended",
        _ => "unknown",
    }
}

#[derive(Args, Debug)]
pub struct AvailableArgs {
    #[arg(long = "type", value_enum)]
    pub pwd_type: PwdType,
}

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  lockctl offlinepwd create -d ID --type once --name Plumber\n  lockctl offlinepwd create -d ID --type multi --from '2026-12-24 12:00' --to '2026-12-27 12:00' --name Family"
)]
pub struct CreateArgs {
    #[arg(long = "type", value_enum)]
    pub pwd_type: PwdType,
    /// Start of a multi code's window (lock's zone or --tz).
    #[arg(long, allow_hyphen_values = true)]
    pub from: Option<String>,
    /// End of a multi code's window.
    #[arg(long, allow_hyphen_values = true)]
    pub to: Option<String>,
    #[arg(long)]
    pub name: Option<String>,
    /// Phone to send the code to (Wi-Fi).
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub country_code: Option<String>,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only this type (default: all).
    #[arg(long = "type", value_enum)]
    pub pwd_type: Option<PwdType>,
    /// Only codes still valid.
    #[arg(long)]
    pub valid: bool,
    /// Codes per page (1-500).
    #[arg(long, default_value_t = 50)]
    pub limit: i64,
    /// Fetch every page.
    #[arg(long)]
    pub all: bool,
}

#[derive(Args, Debug)]
pub struct RenameArgs {
    #[arg(long)]
    pub id: String,
    #[arg(long)]
    pub name: String,
}

#[derive(Args, Debug)]
pub struct IdArgs {
    #[arg(long)]
    pub id: String,
}

pub async fn run(cmd: OfflinepwdCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        OfflinepwdCommand::Available(a) => available(a, ctx).await,
        OfflinepwdCommand::Create(a) => create(a, ctx).await,
        OfflinepwdCommand::List(a) => list(a, ctx).await,
        OfflinepwdCommand::Rename(a) => rename(a, ctx).await,
        OfflinepwdCommand::Revoke(a) => revoke(a, ctx).await,
        OfflinepwdCommand::Revocable => revocable(ctx).await,
    }
}

async fn available(a: AvailableArgs, ctx: &mut Context) -> Result<()> {
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(
            &lock,
            "offlinepwd available",
            json!({ "devId": lock.id, "pwdType": a.pwd_type.code() }),
        )
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    // The Wi-Fi seed shows the answer as a string, the Bluetooth one as a boolean.
    let yes = r.as_bool() == Some(true) || r.as_str() == Some("true");
    println!(
        "{}",
        if yes {
            "yes"
        } else {
            "no: the hourly limit is reached; try again later"
        }
    );
    Ok(())
}

/// Show a code so it cannot be missed: grouped digits on stderr, the bare code on stdout.
fn show_code(ctx: &Context, what: &str, code: &str, lock: &LockRef) {
    // 10 digits read best as 3-3-4.
    let grouped = if code.len() == 10 && code.is_ascii() {
        format!("{} {} {}", &code[0..3], &code[3..6], &code[6..])
    } else {
        code.to_string()
    };
    ctx.out.status(&format!(
        "\n  {what} for {}:\n\n      {grouped}\n",
        lock.name
    ));
    println!("{code}");
}

async fn create(a: CreateArgs, ctx: &mut Context) -> Result<()> {
    let name = a
        .name
        .as_deref()
        .map(|n| check_name("--name", n))
        .transpose()?;
    match a.pwd_type {
        PwdType::Multi if a.from.is_none() || a.to.is_none() => {
            return Err(Fail::usage_hint(
                "--type multi needs --from and --to",
                "e.g. --from '2026-12-24 12:00' --to +3d",
            ));
        }
        PwdType::Once | PwdType::ClearAll if a.from.is_some() || a.to.is_some() => {
            return Err(Fail::usage(
                "--from/--to apply to --type multi only (once codes last 6 hours from now)",
            ));
        }
        PwdType::ClearOne => {
            return Err(Fail::usage_hint(
                "clear codes for one password come from revoke",
                "run `lockctl offlinepwd revoke --id ID`",
            ))
        }
        _ => {}
    }
    let lock = ctx.dev_lock().await?;
    ctx.entry(&lock, "offlinepwd create")?;
    let tz = ctx.zone(&lock)?;
    let (start, end) = match (&a.from, &a.to) {
        (Some(f), Some(t)) => {
            let (s, e) = window(f, t, &tz, Timestamp::now())?;
            if e <= Timestamp::now().as_second() {
                return Err(Fail::usage(format!("--to ({t}) is in the past")));
            }
            (s, e)
        }
        _ => (0, 0),
    };
    let mut pd = json!({ "devId": lock.id, "pwdType": a.pwd_type.code(), "gmtStart": start, "gmtExpired": end, "pwdName": name.clone().unwrap_or_default() });
    if lock.kind == Kind::Wifi {
        pd["countryCode"] = json!(a.country_code.unwrap_or_default());
        pd["mobile"] = json!(a.phone.unwrap_or_default());
    }
    let r = ctx.call(&lock, "offlinepwd create", pd).await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    let code = text(&r, "pwd");
    let what = match a.pwd_type {
        PwdType::Multi => format!(
            "Offline code (many uses, {} to {})",
            local_in(start, &tz),
            local_in(end, &tz)
        ),
        PwdType::Once => "Offline code (one use, within 6 hours)".to_string(),
        _ => "Clear-all code (typed at the lock, ends every earlier offline code)".to_string(),
    };
    show_code(ctx, &what, &code, &lock);
    ctx.out.status(&format!("id {}", text(&r, "pwdId")));
    Ok(())
}

async fn list(a: ListArgs, ctx: &mut Context) -> Result<()> {
    if !(1..=500).contains(&a.limit) {
        return Err(Fail::usage(format!(
            "--limit {} is out of range: use 1 to 500",
            a.limit
        )));
    }
    let lock = ctx.dev_lock().await?;
    // The seeds require pwdType: without --type, ask for each type in turn.
    let types: Vec<&str> = match a.pwd_type {
        Some(t) => vec![t.code()],
        None => vec!["0", "1", "9"],
    };
    let mut all = vec![];
    for t in types {
        let mut offset = 0;
        let mut guard = crate::commands::common::PageGuard::new();
        loop {
            let mut pd =
                json!({ "devId": lock.id, "pwdType": t, "offset": offset, "limit": a.limit });
            if a.valid {
                pd["status"] = json!(1);
            }
            let page = jlist(&ctx.call(&lock, "offlinepwd list", pd).await?);
            guard.check(&page)?;
            let n = page.len() as i64;
            all.extend(page);
            if !a.all || n < a.limit {
                break;
            }
            offset += n;
        }
    }
    if ctx.json_done(&Value::Array(all.clone()))? {
        return Ok(());
    }
    let tz = ctx.zone(&lock)?;
    let rows = all
        .iter()
        .map(|p| {
            let t = text(p, "pwdType");
            let clear = match t.as_str() {
                "8" => format!("clears \"{}\"", text(p, "revokedPwdName")),
                _ if p.get("hasClearPwd").and_then(Value::as_bool) == Some(true) => {
                    "clear code issued".into()
                }
                "0" => "none yet".into(),
                _ => String::new(),
            };
            vec![
                text(p, "pwdId"),
                text(p, "pwdName"),
                type_words(&t).into(),
                status_words(int(p, "status").unwrap_or(-1)).into(),
                format!(
                    "{} to {}",
                    local_in(int(p, "gmtStart").unwrap_or(0), &tz),
                    local_in(int(p, "gmtExpired").unwrap_or(0), &tz)
                ),
                clear,
            ]
        })
        .collect();
    ctx.out.table(
        &["ID", "NAME", "TYPE", "STATUS", "WINDOW", "CLEAR CODE"],
        rows,
    )?;
    Ok(())
}

async fn rename(a: RenameArgs, ctx: &mut Context) -> Result<()> {
    let id = check_id("--id", &a.id)?;
    let name = check_name("--name", &a.name)?;
    let lock = ctx.dev_lock().await?;
    let mut pd = json!({ "devId": lock.id, "pwdId": id, "pwdName": name });
    if lock.kind == Kind::Wifi {
        pd["mobile"] = json!("");
    }
    ctx.act(
        &lock,
        "offlinepwd rename",
        pd,
        &format!("Renamed offline code {id} to {name}."),
    )
    .await
}

async fn revoke(a: IdArgs, ctx: &mut Context) -> Result<()> {
    let id = check_id("--id", &a.id)?;
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(
            &lock,
            "offlinepwd revoke",
            json!({ "devId": lock.id, "pwdId": id }),
        )
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    // Wi-Fi answers the code itself, Bluetooth `{pwd, pwdId}`.
    let code = match &r {
        Value::String(s) => s.clone(),
        other => text(other, "pwd"),
    };
    show_code(
        ctx,
        &format!("Clear code ending offline code {id} (type it at the lock)"),
        &code,
        &lock,
    );
    Ok(())
}

async fn revocable(ctx: &mut Context) -> Result<()> {
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(&lock, "offlinepwd revocable", json!({ "devId": lock.id }))
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    let tz = ctx.zone(&lock)?;
    let rows = jlist(&r)
        .iter()
        .map(|p| {
            vec![
                text(p, "pwdId"),
                text(p, "pwdName"),
                format!(
                    "{} to {}",
                    local_in(int(p, "gmtStart").unwrap_or(0), &tz),
                    local_in(int(p, "gmtExpired").unwrap_or(0), &tz)
                ),
            ]
        })
        .collect();
    ctx.out.table(&["ID", "NAME", "WINDOW"], rows)?;
    Ok(())
}

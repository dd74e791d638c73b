//! `temppwd list | rename | remove | dynamic`.

use anyhow::Result;
use clap::Args;
use lockctl_api::Kind;
use serde_json::{json, Value};

use super::create::schedule_words;
use crate::commands::common::{check_id, check_name, int, list as jlist, text};
use crate::context::Context;
use crate::output::time::local_in;

#[derive(Args, Debug)]
pub struct IdArgs {
    /// The password's id (ID in `temppwd list`).
    #[arg(long)]
    pub id: String,
}

#[derive(Args, Debug)]
pub struct RenameArgs {
    #[arg(long)]
    pub id: String,
    #[arg(long)]
    pub name: String,
}

pub fn status_words(code: i64) -> &'static str {
    match code {
        1 => "pending",
        2 => "to be issued",
        3 => "in use",
        4 => "to be deleted",
        5 => "expired",
        _ => "unknown",
    }
}

pub async fn list(ctx: &mut Context) -> Result<()> {
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(&lock, "temppwd list", json!({ "devId": lock.id }))
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    let tz = ctx.zone(&lock)?;
    let rows = jlist(&r)
        .iter()
        .map(|p| {
            // scheduleDetails may arrive as a list or as JSON text.
            let sched = match p.get("scheduleDetails") {
                Some(Value::Array(a)) => a.clone(),
                Some(Value::String(s)) => serde_json::from_str::<Value>(s)
                    .ok()
                    .and_then(|v| v.as_array().cloned())
                    .unwrap_or_default(),
                _ => vec![],
            };
            vec![
                text(p, "id"),
                text(p, "name"),
                status_words(int(p, "effective").unwrap_or(0)).to_string(),
                format!(
                    "{} to {}",
                    local_in(int(p, "effectiveTime").unwrap_or(0), &tz),
                    local_in(int(p, "invalidTime").unwrap_or(0), &tz)
                ),
                schedule_words(&sched),
                if int(p, "availTime") == Some(1) {
                    "once".into()
                } else {
                    "many".into()
                },
            ]
        })
        .collect();
    ctx.out.table(
        &["ID", "NAME", "STATUS", "WINDOW", "SCHEDULE", "USES"],
        rows,
    )?;
    Ok(())
}

pub async fn rename(a: RenameArgs, ctx: &mut Context) -> Result<()> {
    let id = check_id("--id", &a.id)?;
    let name = check_name("--name", &a.name)?;
    let lock = ctx.dev_lock().await?;
    ctx.act(
        &lock,
        "temppwd rename",
        json!({ "devId": lock.id, "pwdId": id, "name": name }),
        &format!("Renamed temporary password {id} to {name}."),
    )
    .await
}

pub async fn remove(a: IdArgs, ctx: &mut Context) -> Result<()> {
    let id = check_id("--id", &a.id)?;
    let lock = ctx.dev_lock().await?;
    ctx.entry(&lock, "temppwd remove")?;
    ctx.prompter.confirm(
        &format!("Remove temporary password {id} from {}?", lock.name),
        ctx.global.yes,
    )?;
    // Wi-Fi `temppwd.del` takes `id`; Bluetooth `temppwd.remove` takes `pwdId`.
    let pd = if lock.kind == Kind::Wifi {
        json!({ "devId": lock.id, "id": id.to_string() })
    } else {
        json!({ "devId": lock.id, "pwdId": id })
    };
    ctx.act(
        &lock,
        "temppwd remove",
        pd,
        &format!("Removed temporary password {id}."),
    )
    .await
}

pub async fn dynamic(ctx: &mut Context) -> Result<()> {
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(&lock, "temppwd dynamic", json!({ "devId": lock.id }))
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    println!("{}", text(&r, "dynamicPassword"));
    ctx.out.status(&format!(
        "Dynamic password for {}: valid for about 5 minutes.",
        lock.name
    ));
    Ok(())
}

//! `opmode`: unlock methods (fingerprints, cards, PINs, faces) enrolled at a lock, `DP-N` each.

use anyhow::Result;
use clap::{Args, Subcommand};
use lockctl_api::Kind;
use serde_json::{json, Value};

use crate::commands::common::{
    check_id, check_name, check_unlock_id, check_user, int, list as jlist, text,
};
use crate::commands::member::methods_of;
use crate::context::Context;
use crate::error::Fail;
use crate::labels;

#[derive(Subcommand, Debug)]
pub enum OpmodeCommand {
    /// List a member's unlock methods.
    List(UserArgs),
    /// Show a member's permissions and time setting (Bluetooth, Zigbee).
    Show(UserArgs),
    /// Count a member's unlock methods per type (Bluetooth, Zigbee).
    Count(UserArgs),
    /// Attach an unlock method (DP-N) to a member.
    Add(AddArgs),
    /// Rename an unlock method.
    Rename(RenameArgs),
    /// Remove an unlock method (Wi-Fi: --unlock-id; Bluetooth: --user and --id).
    Remove(RemoveArgs),
    /// List methods enrolled at the lock that belong to nobody (Wi-Fi).
    Unassigned,
    /// Say whether any enrolled method waits to be assigned (Wi-Fi).
    Pending,
    /// Give unassigned methods to a member (Wi-Fi).
    Assign(UnlockIdsArgs),
    /// Rewrite past history records of these methods to a member (Wi-Fi).
    BindRecords(UnlockIdsArgs),
    /// Mark a method as duress (opening with it raises a hijack alarm), or unmark it (Wi-Fi).
    #[command(subcommand)]
    Hijack(HijackCommand),
}

#[derive(Subcommand, Debug)]
pub enum HijackCommand {
    /// Mark the method as duress.
    Set(UnlockIdArg),
    /// Clear the duress mark.
    Unset(UnlockIdArg),
}

#[derive(Args, Debug)]
pub struct UserArgs {
    /// Member id.
    #[arg(long)]
    pub user: String,
}

#[derive(Args, Debug)]
pub struct UnlockIdArg {
    /// The method, DP-N (e.g. 12-2).
    #[arg(long)]
    pub unlock_id: String,
}

#[derive(Args, Debug)]
pub struct AddArgs {
    #[arg(long)]
    pub user: String,
    /// The method, DP-N (e.g. 12-2).
    #[arg(long)]
    pub unlock_id: String,
    /// A name for it (default: DP_count).
    #[arg(long)]
    pub name: Option<String>,
}

#[derive(Args, Debug)]
pub struct RenameArgs {
    /// The method's opmode id (OPMODE ID in `opmode list`).
    #[arg(long)]
    pub id: String,
    #[arg(long)]
    pub name: String,
}

#[derive(Args, Debug)]
pub struct RemoveArgs {
    /// Wi-Fi: the method, DP-N.
    #[arg(long)]
    pub unlock_id: Option<String>,
    /// Bluetooth: the member.
    #[arg(long)]
    pub user: Option<String>,
    /// Bluetooth: the method's opmode id.
    #[arg(long)]
    pub id: Option<String>,
}

#[derive(Args, Debug)]
pub struct UnlockIdsArgs {
    #[arg(long)]
    pub user: String,
    /// Methods, DP-N, comma separated or repeated.
    #[arg(long, value_delimiter = ',', required = true)]
    pub unlock_id: Vec<String>,
}

pub async fn run(cmd: OpmodeCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        OpmodeCommand::List(a) => list(a, ctx).await,
        OpmodeCommand::Show(a) => show(a, ctx).await,
        OpmodeCommand::Count(a) => count(a, ctx).await,
        OpmodeCommand::Add(a) => add(a, ctx).await,
        OpmodeCommand::Rename(a) => rename(a, ctx).await,
        OpmodeCommand::Remove(a) => remove(a, ctx).await,
        OpmodeCommand::Unassigned => unassigned(ctx).await,
        OpmodeCommand::Pending => pending(ctx).await,
        OpmodeCommand::Assign(a) => ids_call(a, "opmode assign", ctx).await,
        OpmodeCommand::BindRecords(a) => ids_call(a, "opmode bind-records", ctx).await,
        OpmodeCommand::Hijack(HijackCommand::Set(a)) => hijack(a, true, ctx).await,
        OpmodeCommand::Hijack(HijackCommand::Unset(a)) => hijack(a, false, ctx).await,
    }
}

async fn list(a: UserArgs, ctx: &mut Context) -> Result<()> {
    let user = check_user("--user", &a.user)?;
    let lock = ctx.dev_lock().await?;
    ctx.entry(
        &lock,
        if lock.kind == Kind::Wifi {
            "member show"
        } else {
            "opmode list"
        },
    )?;
    let (methods, raw) = methods_of(ctx, &lock, &user).await?;
    let doc = if lock.kind == Kind::Wifi {
        raw.get("unlockDetail").cloned().unwrap_or(json!([]))
    } else {
        raw
    };
    if ctx.json_done(&doc)? {
        return Ok(());
    }
    let rows = methods
        .iter()
        .map(|m| {
            let mut flags = vec![];
            if m.duress {
                flags.push("duress");
            }
            if m.frozen {
                flags.push("frozen");
            }
            vec![
                m.op_mode_id.clone(),
                m.unlock_id.clone(),
                labels::unlock_type(m.dp),
                m.name.clone(),
                m.status.clone(),
                flags.join(", "),
            ]
        })
        .collect();
    ctx.out.table(
        &["OPMODE ID", "UNLOCK ID", "TYPE", "NAME", "STATUS", "FLAGS"],
        rows,
    )?;
    Ok(())
}

async fn show(a: UserArgs, ctx: &mut Context) -> Result<()> {
    let user = check_user("--user", &a.user)?;
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(
            &lock,
            "opmode show",
            json!({ "devId": lock.id, "userId": user }),
        )
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    let allowed: Vec<String> = jlist(r.get("dpSet").unwrap_or(&Value::Null))
        .iter()
        .filter(|d| int(d, "status") == Some(1))
        .map(|d| labels::unlock_type(int(d, "dpId").unwrap_or(0) as u32))
        .collect();
    let ts = r.get("timeset").cloned().unwrap_or(Value::Null);
    let tz = ctx.zone(&lock)?;
    let t = int(&ts, "type").unwrap_or(1);
    let settings = text(&ts, "settings");
    let mut bytes = vec![(t * 10) as u8];
    bytes.extend(
        (0..settings.len() / 2)
            .filter_map(|i| u8::from_str_radix(settings.get(i * 2..i * 2 + 2)?, 16).ok()),
    );
    ctx.out.fields(&[
        (
            "allowed",
            if allowed.is_empty() {
                "nothing".into()
            } else {
                allowed.join(", ")
            },
        ),
        (
            "validity",
            crate::commands::common::validity_from_bytes(&bytes, &tz),
        ),
        ("time zone", text(&ts, "timeZone")),
    ])?;
    Ok(())
}

async fn count(a: UserArgs, ctx: &mut Context) -> Result<()> {
    let user = check_user("--user", &a.user)?;
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(
            &lock,
            "opmode count",
            json!({ "devId": lock.id, "userId": user }),
        )
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    let rows = jlist(&r)
        .iter()
        .map(|d| {
            vec![
                labels::unlock_type(int(d, "dpId").unwrap_or(0) as u32),
                text(d, "count"),
            ]
        })
        .collect();
    ctx.out.table(&["TYPE", "COUNT"], rows)?;
    Ok(())
}

async fn add(a: AddArgs, ctx: &mut Context) -> Result<()> {
    let user = check_user("--user", &a.user)?;
    let (dp, n) = check_unlock_id(&a.unlock_id)?;
    let name = a
        .name
        .as_deref()
        .map(|n| check_name("--name", n))
        .transpose()?;
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(&lock, "opmode add", json!({ "devId": lock.id, "userId": user, "unlockId": format!("{dp}-{n}"), "unlockName": name.clone().unwrap_or_default() }))
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    ctx.out.status(&format!(
        "Attached {} {dp}-{n} to member {user}.",
        labels::unlock_type(dp)
    ));
    if let Some(id) = r.get("opModeId") {
        println!("{}", crate::output::cell(Some(id)));
    }
    Ok(())
}

async fn rename(a: RenameArgs, ctx: &mut Context) -> Result<()> {
    let id = check_id("--id", &a.id)?;
    let name = check_name("--name", &a.name)?;
    let lock = ctx.dev_lock().await?;
    ctx.act(
        &lock,
        "opmode rename",
        json!({ "devId": lock.id, "opmodeId": id.to_string(), "unlockName": name }),
        &format!("Renamed unlock method {id} to {name}."),
    )
    .await
}

async fn remove(a: RemoveArgs, ctx: &mut Context) -> Result<()> {
    // Check whatever was given before anything is sent.
    let unlock = a.unlock_id.as_deref().map(check_unlock_id).transpose()?;
    let user = a
        .user
        .as_deref()
        .map(|u| check_user("--user", u))
        .transpose()?;
    let id = a.id.as_deref().map(|i| check_id("--id", i)).transpose()?;
    let lock = ctx.dev_lock().await?;
    ctx.entry(&lock, "opmode remove")?;
    let (pd, what) = if lock.kind == Kind::Wifi {
        let (dp, n) = unlock.ok_or_else(|| {
            Fail::usage_hint(
                "missing --unlock-id",
                "Wi-Fi locks remove a method by its DP-N, e.g. --unlock-id 12-2",
            )
        })?;
        (
            json!({ "devId": lock.id, "unlockId": format!("{dp}-{n}") }),
            format!("{} {dp}-{n}", labels::unlock_type(dp)),
        )
    } else {
        let mut missing = vec![];
        if user.is_none() {
            missing.push("--user");
        }
        if id.is_none() {
            missing.push("--id");
        }
        if !missing.is_empty() {
            return Err(Fail::usage_hint(format!("missing {}", missing.join(", ")), "Bluetooth locks remove a method by member and opmode id (see `lockctl opmode list --user U`)"));
        }
        let (user, id) = (user.unwrap_or_default(), id.unwrap_or_default());
        (
            json!({ "devId": lock.id, "userId": user, "opmodeId": id }),
            format!("unlock method {id} of member {user}"),
        )
    };
    ctx.prompter.confirm(
        &format!("Remove {what} from {}?", lock.name),
        ctx.global.yes,
    )?;
    ctx.act(&lock, "opmode remove", pd, &format!("Removed {what}."))
        .await
}

async fn unassigned(ctx: &mut Context) -> Result<()> {
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(&lock, "opmode unassigned", json!({ "devId": lock.id }))
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    let mut rows = vec![];
    for g in jlist(&r) {
        let dp = int(&g, "opmode").unwrap_or(0) as u32;
        for i in jlist(g.get("unlockInfo").unwrap_or(&Value::Null)) {
            rows.push(vec![
                text(&i, "unlockId"),
                labels::unlock_type(dp),
                text(&i, "unlockName"),
            ]);
        }
    }
    ctx.out.table(&["UNLOCK ID", "TYPE", "NAME"], rows)?;
    Ok(())
}

async fn pending(ctx: &mut Context) -> Result<()> {
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(&lock, "opmode pending", json!({ "devId": lock.id }))
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    println!(
        "{}",
        if r.as_bool() == Some(true) {
            "yes: some unlock methods wait to be assigned (see `lockctl opmode unassigned`)"
        } else {
            "no"
        }
    );
    Ok(())
}

async fn ids_call(a: UnlockIdsArgs, verb: &str, ctx: &mut Context) -> Result<()> {
    let user = check_user("--user", &a.user)?;
    let ids: Vec<String> = a
        .unlock_id
        .iter()
        .map(|s| check_unlock_id(s).map(|(d, n)| format!("{d}-{n}")))
        .collect::<Result<_>>()?;
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(
            &lock,
            verb,
            json!({ "devId": lock.id, "userId": user, "unlockIds": ids }),
        )
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    let what = if verb == "opmode assign" {
        "Assigned"
    } else {
        "Rewrote past records of"
    };
    ctx.out
        .status(&format!("{what} {} to member {user}.", ids.join(", ")));
    Ok(())
}

async fn hijack(a: UnlockIdArg, on: bool, ctx: &mut Context) -> Result<()> {
    let (dp, n) = check_unlock_id(&a.unlock_id)?;
    let lock = ctx.dev_lock().await?;
    let verb = if on {
        "opmode hijack set"
    } else {
        "opmode hijack unset"
    };
    // The seed's table says dpValue is the number after `-`, as an integer.
    let value: i64 = n.parse().unwrap_or(0);
    ctx.act(
        &lock,
        verb,
        json!({ "devId": lock.id, "dpId": dp, "dpValue": value }),
        &format!(
            "{} {dp}-{n} {} duress method.",
            labels::unlock_type(dp),
            if on { "is now a" } else { "is no longer a" }
        ),
    )
    .await
}

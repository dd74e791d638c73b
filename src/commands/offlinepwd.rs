//! `offlinepwd`: codes the cloud computes so a lock without a connection accepts them, and the
//! clear codes that end them.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use jiff::Timestamp;
use lockctl_api::ops::passwords::{
    ClearCode, NewOfflinePassword, OfflineAvailability, OfflinePassword, OfflineQuery, OfflineType,
    PasswordOp, RevocablePassword,
};
use lockctl_api::{Done, Lock};

use crate::commands::common::{check_id, check_name, window};
use crate::commands::words::{self, StatusArg};
use crate::context::Context;
use crate::error::Fail;
use crate::fleet::{self, Row, Targets};
use crate::output::time;

#[derive(Subcommand, Debug)]
pub enum OfflinepwdCommand {
    /// Say whether a code of this type can be issued now (one-time and clear codes: about 10 an hour).
    Available(AvailableArgs),
    /// Get an offline code: `multiple` (a window), `once` (one use within 6 hours) or `clear-all`.
    Create(CreateArgs),
    /// List offline codes (not the codes themselves: the cloud shows them once).
    List(ListArgs),
    /// Rename an offline code.
    Rename(RenameArgs),
    /// Get the clear code that ends one `multiple` code when typed at the lock.
    Revoke(IdArgs),
    /// List `multiple` codes that can still get a clear code.
    Revocable,
}

/// The `type` words of `--json`.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum PwdType {
    /// Many uses within a window.
    #[value(alias = "multi")]
    Multiple,
    /// One use within 6 hours.
    Once,
    /// Ends one multiple code (only through `revoke`).
    ClearOne,
    /// Ends every offline code issued before it.
    ClearAll,
}

impl PwdType {
    fn typed(self) -> OfflineType {
        match self {
            PwdType::Multiple => OfflineType::Multiple,
            PwdType::Once => OfflineType::Once,
            PwdType::ClearOne => OfflineType::ClearOne,
            PwdType::ClearAll => OfflineType::ClearAll,
        }
    }
}

/// The words the TYPE column has always shown.
fn type_words(t: Option<OfflineType>) -> &'static str {
    match t {
        Some(OfflineType::Multiple) => "multi",
        Some(OfflineType::Once) => "once",
        Some(OfflineType::ClearOne) => "clear one",
        Some(OfflineType::ClearAll) => "clear all",
        None => "unknown",
    }
}

#[derive(Args, Debug)]
pub struct AvailableArgs {
    /// The type of code to ask about.
    #[arg(long = "type", value_enum)]
    pub pwd_type: PwdType,
}

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  lockctl offlinepwd create -d ID --type once --name Plumber\n  lockctl offlinepwd create -d ID --type multiple --name Family \\\n      --from 'tomorrow 12:00' --to +3d\n  lockctl offlinepwd create -d ID --type clear-all"
)]
pub struct CreateArgs {
    /// The type of code.
    #[arg(long = "type", value_enum)]
    pub pwd_type: PwdType,
    /// Start of a multiple code's window (lock's zone or --tz).
    #[arg(long, allow_hyphen_values = true)]
    pub from: Option<String>,
    /// End of a multiple code's window.
    #[arg(long, allow_hyphen_values = true)]
    pub to: Option<String>,
    /// A name for the code (1-32 characters).
    #[arg(long)]
    pub name: Option<String>,
    /// Phone to send the code to (Wi-Fi).
    #[arg(long)]
    pub phone: Option<String>,
    /// Country code of --phone (e.g. 49).
    #[arg(long)]
    pub country_code: Option<String>,
    /// Issue it even when a live offline code on the lock has this name.
    #[arg(long)]
    pub allow_duplicate_name: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only this type (default: all).
    #[arg(long = "type", value_enum)]
    pub pwd_type: Option<PwdType>,
    /// Only codes the cloud still counts as valid.
    #[arg(long)]
    pub valid: bool,
    /// Only codes in this state (the `validity` of `--json`).
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// Codes per page (1-500).
    #[arg(long, default_value_t = 50)]
    pub limit: i64,
    /// Fetch every page.
    #[arg(long)]
    pub all: bool,
}

#[derive(Args, Debug)]
pub struct RenameArgs {
    /// The code's id (ID in `offlinepwd list`).
    #[arg(long)]
    pub id: String,
    /// The new name (1-32 characters).
    #[arg(long)]
    pub name: String,
}

#[derive(Args, Debug)]
pub struct IdArgs {
    /// The `multiple` code's id (ID in `offlinepwd list` or `offlinepwd revocable`).
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
    ctx.out.check_fields::<OfflineAvailability>()?;
    let kind = a.pwd_type.typed();
    let body = |s: Arc<fleet::Shared>, l: Lock| async move {
        Ok(s.api.offline_available(&l, kind).await?)
    };
    let row = |r: &OfflineAvailability| Row {
        state: "ok",
        detail: if r.available {
            "available"
        } else {
            "hourly limit reached"
        }
        .into(),
    };
    let Some((_, r)) = fleet::each(ctx, "offlinepwd available", body, row).await? else {
        return Ok(());
    };
    ctx.out.show(&r, ctx.raw(), |o| {
        o.line(if r.available {
            "yes"
        } else {
            "no: the hourly limit is reached; try again later"
        })
    })
}

/// The window of a `multiple` code, checked; the other types take none.
fn create_window(a: &CreateArgs, lock: &Lock) -> Result<Option<(Timestamp, Timestamp)>> {
    let (Some(f), Some(t)) = (&a.from, &a.to) else {
        return Ok(None);
    };
    let now = lockctl_api::clock::now();
    let (s, e) = window(f, t, &lock.zone, now)?;
    if e <= now.as_second() {
        return Err(Fail::usage(format!("--to ({t}) is in the past")));
    }
    let ts = |s: i64| Timestamp::from_second(s).map_err(|e| Fail::usage(e.to_string()));
    Ok(Some((ts(s)?, ts(e)?)))
}

/// The code to issue on one lock: its window read in the lock's zone.
fn plan(a: &CreateArgs, name: &Option<String>, l: &Lock) -> Result<NewOfflinePassword> {
    Ok(NewOfflinePassword {
        kind: a.pwd_type.typed(),
        name: name.clone(),
        window: create_window(a, l)?,
        phone: a.phone.clone(),
        country_code: a.country_code.clone(),
        allow_duplicate_name: a.allow_duplicate_name,
    })
}

/// `offlinepwd create` on several locks: every lock checked before any request, one code each.
async fn create_many(
    a: &CreateArgs,
    name: &Option<String>,
    locks: Vec<Lock>,
    ctx: &mut Context,
) -> Result<()> {
    let api = ctx.api().await?;
    let plans = fleet::prepare("offlinepwd create", &locks, |l| {
        api.offers(l, PasswordOp::OfflineCreate)?;
        plan(a, name, l).map(Arc::new)
    })?;
    let by_id: HashMap<String, Arc<NewOfflinePassword>> =
        locks.iter().map(|l| l.id.clone()).zip(plans).collect();
    let ran = fleet::run(ctx, locks, |s, l| {
        let new = by_id.get(&l.id).cloned();
        async move {
            let new = new.ok_or_else(|| Fail::usage("no plan for this lock"))?;
            let p = s.api.create_offline_password(&l, &new).await?;
            remember_types(s.cache.as_ref(), &l, std::slice::from_ref(&p));
            Ok(p)
        }
    })
    .await?;
    fleet::report_noted(ctx, ran, issued_warnings, |p: &OfflinePassword| Row {
        state: "ok",
        detail: format!(
            "code {} ({}), id {}",
            p.pin.as_deref().unwrap_or("lost: issue another"),
            time::window(p.from.as_ref(), p.to.as_ref()),
            p.id.as_deref().unwrap_or("unknown")
        ),
    })
}

/// The warning of a code that was issued whose read-back failed.
fn issued_warnings(p: &OfflinePassword) -> Vec<String> {
    let done = format!(
        "offline code {} was issued",
        p.id.as_deref().unwrap_or("unknown")
    );
    p.not_read
        .iter()
        .map(|n| crate::fleet::wait::not_read_words(&done, n))
        .collect()
}

async fn create(a: CreateArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<OfflinePassword>()?;
    let name = a
        .name
        .as_deref()
        .map(|n| check_name("--name", n))
        .transpose()?;
    match a.pwd_type {
        PwdType::Multiple if a.from.is_none() || a.to.is_none() => {
            return Err(Fail::usage_hint(
                "--type multiple needs --from and --to",
                "e.g. --from 'tomorrow 12:00' --to +3d",
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
    let lock = match fleet::targets(ctx).await? {
        Targets::One(lock) => lock,
        Targets::Many(locks) => return create_many(&a, &name, locks, ctx).await,
    };
    let api = ctx.api().await?;
    api.offers(&lock, PasswordOp::OfflineCreate)?;
    let new = plan(&a, &name, &lock)?;
    let p = api.create_offline_password(&lock, &new).await?;
    for w in issued_warnings(&p) {
        ctx.out.warn(&w);
    }
    remember_types(ctx.cache_place().as_ref(), &lock, std::slice::from_ref(&p));
    if p.pin.is_none() {
        let id = p.id.as_deref().unwrap_or("unknown");
        ctx.out.warn(&format!(
            "offline code {id} was issued, but the answer carrying its code was lost and the cloud never shows a code again: issue another (with --allow-duplicate-name if it is named) and let this one expire, or end it with `lockctl offlinepwd revoke -d {} --id {id}` (multiple codes)",
            lock.id
        ));
    }
    let what = match a.pwd_type {
        PwdType::Multiple => "Offline code (many uses)",
        PwdType::Once => "Offline code (one use, within 6 hours)",
        _ => "Clear-all code (typed at the lock, ends every earlier offline code)",
    };
    let row = crate::output::Made::new(p.id.as_deref(), &p.name)
        .col("TYPE", type_words(p.kind))
        .col("WINDOW", time::window(p.from.as_ref(), p.to.as_ref()))
        .secret("CODE", p.pin.as_deref())
        .boxed(format!("{what} for {}", lock.name), p.pin.as_deref())
        .notice(format!(
            "Issued offline code \"{}\" on {} (id {}).",
            p.name,
            lock.name,
            p.id.as_deref().unwrap_or("unknown")
        ));
    ctx.out.made(&p, ctx.raw(), row)
}

async fn list(a: ListArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<OfflinePassword>()?;
    let limit = u32::try_from(a.limit)
        .ok()
        .filter(|l| (1..=500).contains(l))
        .ok_or_else(|| Fail::usage(format!("--limit {} is out of range: use 1 to 500", a.limit)))?;
    let q = &OfflineQuery {
        kind: a.pwd_type.map(PwdType::typed),
        valid_only: a.valid,
        limit,
        all: a.all,
    };
    let status = a.status;
    let body = |s: Arc<fleet::Shared>, l: Lock| async move {
        let mut items = s.api.offline_passwords(&l, q).await?;
        remember_types(s.cache.as_ref(), &l, &items);
        if let Some(st) = status {
            items.retain(|p| p.validity == st.validity());
        }
        Ok(items)
    };
    let now = lockctl_api::clock::now();
    let cells = |_: &Lock, items: &Vec<OfflinePassword>| {
        items.iter().map(|p| offline_cells(p, now)).collect()
    };
    let Some((lock, items)) =
        fleet::each_rows(ctx, "offlinepwd list", body, &OFFLINE_HEADERS, cells).await?
    else {
        return Ok(());
    };
    if items.is_empty() {
        let filter = if a.status.is_some() || a.pwd_type.is_some() || a.valid {
            " match the filters"
        } else {
            ""
        };
        ctx.out
            .notice(&format!("no offline passwords on {}{filter}", lock.name));
    }
    let rows = items.iter().map(|p| offline_cells(p, now));
    ctx.out
        .show_list(&items, ctx.raw(), |o| o.table(&OFFLINE_HEADERS, rows))
}

/// `offlinepwd list`'s columns.
const OFFLINE_HEADERS: [&str; 7] = [
    "ID",
    "NAME",
    "TYPE",
    "STATUS",
    "DELIVERY",
    "WINDOW",
    "CLEAR CODE",
];

/// An offline password's row in `offlinepwd list`.
fn offline_cells(p: &OfflinePassword, now: jiff::Timestamp) -> Vec<String> {
    let clear = match (p.kind, &p.clears) {
        (Some(OfflineType::ClearOne), c) => {
            format!("clears \"{}\"", c.as_deref().unwrap_or(""))
        }
        _ if p.clear_code_issued => "clear code issued".into(),
        (Some(OfflineType::Multiple), _) => "none yet".into(),
        _ => String::new(),
    };
    vec![
        p.id.clone().unwrap_or_default(),
        p.name.clone(),
        type_words(p.kind).into(),
        words::validity(p.validity).into(),
        words::delivery(p.delivery).into(),
        time::window_standing(p.from.as_ref(), p.to.as_ref(), now),
        clear,
    ]
}

async fn rename(a: RenameArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    let id = check_id("--id", &a.id)?.to_string();
    let name = check_name("--name", &a.name)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let api = ctx.api().await?;
    let done = api.rename_offline_password(&lock, &id, &name).await?;
    ctx.out.show(&done, ctx.raw(), |o| {
        o.status(&format!("Renamed offline code {id} to {name}."));
        Ok(())
    })
}

/// Remember the types of offline codes issued or listed (best effort: the cache is disposable),
/// so that `revoke` can refuse a code that cannot be revoked before any request.
fn remember_types(
    cache: Option<&(std::path::PathBuf, String)>,
    lock: &Lock,
    codes: &[OfflinePassword],
) {
    let Some((dir, profile)) = cache else {
        return;
    };
    let types: Vec<(String, String)> = codes
        .iter()
        .filter_map(|p| Some((p.id.clone()?, p.kind?.as_str().to_string())))
        .collect();
    let _ = crate::config::cache::store_offline_types(dir, profile, &lock.id, &types);
}

/// Refuse, before any request, to revoke a code lockctl knows is no `multiple` code: only those
/// have a clear code of their own (the cloud refuses the others with a bare parameter error).
fn not_revocable(ctx: &Context, lock: &Lock, id: &str) -> Result<()> {
    let cached = ctx.cached_devices();
    let Some(kind) = cached.offline_types.get(&lock.id).and_then(|m| m.get(id)) else {
        return Ok(());
    };
    let all = format!(
        "`lockctl offlinepwd create -d {} --type clear-all`",
        lock.id
    );
    let (what, hint) = match kind.as_str() {
        "once" => (
            "a one-time code",
            format!("it ends when it is used once, or 6 hours after it was issued; to end it sooner, issue a clear-all code, which ends every offline code issued before it: {all}"),
        ),
        "clear-one" | "clear-all" => (
            "a clear code",
            format!("a clear code ends when it is typed at the lock; to end every earlier offline code, issue a new one: {all}"),
        ),
        _ => return Ok(()),
    };
    Err(Fail::usage_hint(
        format!("offline code {id} on {} is {what}: it cannot be revoked (only `multiple` codes have a clear code of their own)", lock.name),
        hint,
    ))
}

async fn revoke(a: IdArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<ClearCode>()?;
    let id = check_id("--id", &a.id)?.to_string();
    let lock = crate::resolve::dev_lock(ctx).await?;
    not_revocable(ctx, &lock, &id)?;
    let api = ctx.api().await?;
    let c = api.revoke_offline_password(&lock, &id).await?;
    if c.pin.is_none() {
        ctx.out.warn(&format!(
            "offline code {id} was revoked, but the answer carrying its clear code was lost and the cloud never shows a code again; see it with `lockctl offlinepwd list -d {} --type multiple --all`",
            lock.id
        ));
    }
    ctx.out.show(&c, ctx.raw(), |o| match &c.pin {
        Some(pin) => {
            o.code_box(
                &format!(
                    "Clear code ending offline code {id} on {} (type it at the lock)",
                    lock.name
                ),
                pin,
            );
            o.line(pin)
        }
        None => {
            o.status(&format!(
                "offline code {id} revoked; its clear code was lost"
            ));
            Ok(())
        }
    })
}

async fn revocable(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<RevocablePassword>()?;
    let body = |s: Arc<fleet::Shared>, l: Lock| async move {
        Ok(s.api.revocable_offline_passwords(&l).await?)
    };
    let now = lockctl_api::clock::now();
    let cells = |_: &Lock, items: &Vec<RevocablePassword>| {
        items.iter().map(|p| revocable_cells(p, now)).collect()
    };
    let headers = ["ID", "NAME", "WINDOW"];
    let Some((lock, items)) =
        fleet::each_rows(ctx, "offlinepwd revocable", body, &headers, cells).await?
    else {
        return Ok(());
    };
    if items.is_empty() {
        ctx.out
            .notice(&format!("no revocable offline codes on {}", lock.name));
    }
    let rows: Vec<Vec<String>> = items.iter().map(|p| revocable_cells(p, now)).collect();
    ctx.out
        .show_list(&items, ctx.raw(), |o| o.table(&headers, rows))
}

/// A revocable offline code's row.
fn revocable_cells(p: &RevocablePassword, now: jiff::Timestamp) -> Vec<String> {
    vec![
        p.id.clone(),
        p.name.clone(),
        time::window_standing(p.from.as_ref(), p.to.as_ref(), now),
    ]
}

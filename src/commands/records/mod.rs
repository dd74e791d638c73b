//! `history list` and `alarm list | unread`: the typed records and alarms, filtered, in a table,
//! CSV, NDJSON or JSON, streamed page by page (see export.rs).

mod export;
pub mod follow;
mod many;
mod rows;
mod stats;

use std::sync::Arc;

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use jiff::Timestamp;
use lockctl_api::ops::records::{Alarm, AlarmKind, Query, Record, Unread};
use lockctl_api::{Lock, UnlockKind};

use crate::context::Context;
use crate::error::Fail;
use crate::fleet::{self, Row, Shared};
use crate::options;
use crate::output::Mode;
use crate::resolve::{self, UserQuery};
use crate::timeparse;

/// The largest `--limit`; more is what `--all` is for.
const MAX_LIMIT: u64 = 1_000_000;

#[derive(Subcommand, Debug)]
pub enum HistoryCommand {
    /// List open-door records: who, how, when.
    #[command(
        after_help = HISTORY_EXAMPLES,
        mut_arg("types", |a| a.help(
            "Only these kinds: fingerprint, password, temp-password, dynamic, card, face, key, \
             remote, offline-password"
        )),
    )]
    List(ListArgs),
    /// Print open-door records as they arrive, until Ctrl-C (which exits 0 here).
    #[command(
        after_help = "Examples:\n  lockctl history follow -d ID\n  lockctl history follow -d ID --since -1h --json\n  lockctl history follow -d ID --user Alice --interval 30s"
    )]
    Follow(follow::FollowArgs),
    /// Count openings per day, per hour of the day, per member and per method (one pass over
    /// the history; several locks with -d A,B, --home or --all-locks).
    #[command(
        after_help = STATS_EXAMPLES,
        mut_arg("types", |a| a.help(
            "Only these kinds: fingerprint, password, temp-password, dynamic, card, face, key, \
             remote, offline-password"
        )),
    )]
    Stats(stats::StatsArgs),
}

const STATS_EXAMPLES: &str = "Examples:
  lockctl history stats -d ID
  lockctl history stats -d ID --since -90d --type fingerprint,card
  lockctl history stats --home Office --json";

const HISTORY_EXAMPLES: &str = "Examples:
  lockctl history list -d ID --since -7d
  lockctl history list -d ID --type fingerprint,card --since 'today 00:00' --until now
  lockctl history list -d ID --all --format ndjson > history.ndjson";

#[derive(Subcommand, Debug)]
pub enum AlarmCommand {
    /// List alarms: duress, wrong fingerprint, low battery, tamper...
    #[command(
        after_help = ALARM_EXAMPLES,
        mut_arg("types", |a| a.help(
            "Only these kinds: wrong-finger, wrong-password, wrong-card, wrong-face, \
             low-battery, tamper, key-in, duress"
        )),
    )]
    List(ListArgs),
    /// Count unread alarms (Wi-Fi).
    #[command(after_help = "Examples:\n  lockctl alarm unread -d ID")]
    Unread,
    /// Print alarms as they are raised, until Ctrl-C (which exits 0 here).
    #[command(
        after_help = "Examples:\n  lockctl alarm follow -d ID\n  lockctl alarm follow -d ID --type duress,tamper --json"
    )]
    Follow(follow::FollowArgs),
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Ndjson,
    Csv,
}

const ALARM_EXAMPLES: &str = "Examples:
  lockctl alarm list -d ID --since -30d
  lockctl alarm list -d ID --type duress,tamper --all
  lockctl alarm list -d ID --all --format csv > alarms.csv";

/// The flags of `history list` and `alarm list` (each verb words its own `--type` and examples).
#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only these kinds, comma separated.
    #[arg(long = "type", value_delimiter = ',')]
    pub types: Vec<String>,
    /// Records at or after this time (lock's zone or --tz): `YYYY-MM-DD`, `-7d`, RFC 3339...; a
    /// bare length (`30d`, `2h`) means that long ago.
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Records at or before this time (same forms as --since).
    #[arg(long, allow_hyphen_values = true)]
    pub until: Option<String>,
    /// Only records of this member (id or name).
    #[arg(long)]
    pub user: Option<String>,
    /// At most this many records (that pass the filters; pages are read until there are
    /// that many or the history ends).
    #[arg(long, default_value_t = 50, conflicts_with = "all")]
    pub limit: u64,
    /// Records asked of the cloud per page (1-500).
    #[arg(long, default_value_t = 50)]
    pub page_size: i64,
    /// Every record, not just the first --limit.
    #[arg(long)]
    pub all: bool,
    /// Output format (--json is --format json; not with --json FIELDS, --jq or --raw).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
}

pub async fn history(cmd: HistoryCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        HistoryCommand::List(a) => history_list(a, ctx).await,
        HistoryCommand::Follow(a) => history_follow(a, ctx).await,
        HistoryCommand::Stats(a) => stats::stats(a, ctx).await,
    }
}

pub async fn alarm(cmd: AlarmCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        AlarmCommand::List(a) => alarm_list(a, ctx).await,
        AlarmCommand::Unread => unread(ctx).await,
        AlarmCommand::Follow(a) => alarm_follow(a, ctx).await,
    }
}

/// `--type` words: the JSON words (`_` read as `-`, any case). A refusal quotes the word as the
/// user typed it.
fn kinds<K>(
    words: &[String],
    parse: fn(&str) -> Option<K>,
    what: &str,
    valid: &[&str],
) -> Result<Vec<K>> {
    words
        .iter()
        .map(|typed| {
            let w = typed.trim().to_ascii_lowercase().replace('_', "-");
            parse(&w).ok_or_else(|| {
                Fail::usage(format!(
                    "--type `{typed}` is not {what}; use {}",
                    valid.join(", ")
                ))
            })
        })
        .collect()
}

/// The output asked for, refusing flags that ask for two different ones.
fn mode(a: &ListArgs, ctx: &Context) -> Result<Mode> {
    let conflict = |f: &str| {
        Fail::usage_hint(
            format!("--format {f} and --json/--jq/--raw ask for different outputs"),
            "use one of them",
        )
    };
    Ok(match (a.format, &ctx.out.format) {
        (None | Some(Format::Table), options::Format::Human) => Mode::Table,
        (Some(Format::Json), options::Format::Human) => Mode::Json(None),
        (Some(Format::Ndjson), options::Format::Human) => Mode::Ndjson,
        (Some(Format::Csv), options::Format::Human) => Mode::Csv,
        (None | Some(Format::Json), options::Format::Json { fields }) => Mode::Json(fields.clone()),
        (None, options::Format::Jq(_)) => Mode::Jq,
        (None, options::Format::Raw) => Mode::Raw,
        (Some(f), _) => {
            return Err(conflict(
                f.to_possible_value()
                    .map(|v| v.get_name().to_string())
                    .unwrap_or_default()
                    .as_str(),
            ))
        }
    })
}

/// `--user` checked before any request: a member id or a member name.
fn user_query(user: &Option<String>) -> Result<Option<UserQuery>> {
    user.as_deref()
        .map(|u| resolve::user_arg("--user", u))
        .transpose()
}

/// The member id `--user` names on `lock`, a name resolved as the other verbs resolve it.
async fn member_id(
    ctx: &mut Context,
    lock: &Lock,
    user: Option<UserQuery>,
) -> Result<Option<String>> {
    match user {
        Some(q) => Ok(Some(resolve::member(ctx, lock, q).await?)),
        None => Ok(None),
    }
}

/// A time flag in the lock's zone (or --tz).
fn parse_time(flag: &str, value: &Option<String>, lock: &Lock) -> Result<Option<Timestamp>> {
    value
        .as_deref()
        .map(|v| {
            // A bare length looks back: `--since 30d` is 30 days ago.
            let v = if timeparse::bare_length(v) {
                format!("-{}", v.trim())
            } else {
                v.to_string()
            };
            timeparse::parse_time(&v, &lock.zone, lockctl_api::clock::now())
                .map_err(|e| crate::commands::common::time_error(flag, e))
        })
        .transpose()
}

/// The checks every listing makes before it knows its lock: the page size, the limit and the
/// output asked for.
fn checks(a: &ListArgs, ctx: &Context) -> Result<Mode> {
    if !(1..=500).contains(&a.page_size) {
        return Err(Fail::usage(format!(
            "--page-size {} is out of range: use 1 to 500 (records per page)",
            a.page_size
        )));
    }
    if !(1..=MAX_LIMIT).contains(&a.limit) {
        return Err(Fail::usage_hint(
            format!("--limit {} is out of range: use 1 to {MAX_LIMIT}", a.limit),
            "use --all for every record",
        ));
    }
    mode(a, ctx)
}

/// `--since` and `--until` in the lock's zone (or --tz), in order.
type Window = (Option<Timestamp>, Option<Timestamp>);

fn window(a: &ListArgs, lock: &Lock) -> Result<Window> {
    let since = parse_time("--since", &a.since, lock)?;
    let until = parse_time("--until", &a.until, lock)?;
    if let (Some(s), Some(u)) = (since, until) {
        if u < s {
            return Err(Fail::usage_hint("--until is before --since", "swap them"));
        }
    }
    Ok((since, until))
}

/// The checks and the query every listing shares, before any request.
async fn query<K>(
    a: &ListArgs,
    kinds: Vec<K>,
    ctx: &mut Context,
) -> Result<(Lock, Query<K>, Mode)> {
    let mode = checks(a, ctx)?;
    // The global --concurrency: here, pages fetched ahead at most (the window grows while pages
    // come back full).
    let concurrency = ctx.global.concurrency.unwrap_or(8);
    if !(1..=16).contains(&concurrency) {
        return Err(Fail::usage("--concurrency must be 1 to 16"));
    }
    let user = user_query(&a.user)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let (since, until) = window(a, &lock)?;
    let q = Query {
        kinds,
        since,
        until,
        member: member_id(ctx, &lock, user).await?,
        page_size: a.page_size as u32,
        limit: (!a.all).then_some(a.limit),
        concurrency,
    };
    Ok((lock, q, mode))
}

async fn history_list(a: ListArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Record>()?;
    let words: Vec<&str> = UnlockKind::ALL.iter().map(|k| k.as_str()).collect();
    let kinds = kinds(&a.types, UnlockKind::parse, "an unlock type", &words)?;
    if ctx.global.fleet.is_some() {
        let fetch = |s: Arc<Shared>, l: Lock, q: Query<UnlockKind>| async move {
            s.api.history(&l, &q).await
        };
        return many::list(ctx, &a, kinds, "history list", "records", fetch).await;
    }
    let (lock, q, mode) = query(&a, kinds, ctx).await?;
    let pages = ctx.api().await?.history(&lock, &q).await?;
    let empty = empty_notice("records", &lock, &a);
    export::run(ctx, pages, mode, a.all, &empty).await
}

/// An alarm `--type` word; the cloud's own names for duress and tamper alarms are kept as
/// aliases for scripts written before the JSON words.
fn alarm_word(w: &str) -> Option<AlarmKind> {
    match w {
        "hijack" => Some(AlarmKind::Duress),
        "pry" => Some(AlarmKind::Tamper),
        w => AlarmKind::parse(w),
    }
}

async fn alarm_list(a: ListArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Alarm>()?;
    let words: Vec<&str> = AlarmKind::ALL.iter().map(|k| k.as_str()).collect();
    let kinds = kinds(&a.types, alarm_word, "an alarm type", &words)?;
    if ctx.global.fleet.is_some() {
        let fetch = |s: Arc<Shared>, l: Lock, q: Query<AlarmKind>| async move {
            s.api.alarms(&l, &q).await
        };
        return many::list(ctx, &a, kinds, "alarm list", "alarms", fetch).await;
    }
    let (lock, q, mode) = query(&a, kinds, ctx).await?;
    let pages = ctx.api().await?.alarms(&lock, &q).await?;
    let empty = empty_notice("alarms", &lock, &a);
    export::run(ctx, pages, mode, a.all, &empty).await
}

async fn history_follow(a: follow::FollowArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Record>()?;
    let words: Vec<&str> = UnlockKind::ALL.iter().map(|k| k.as_str()).collect();
    let kinds = kinds(&a.types, UnlockKind::parse, "an unlock type", &words)?;
    let (every, json) = follow::check(&a, ctx)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let member = member_id(ctx, &lock, user_query(&a.user)?).await?;
    let q = follow::query(&a, kinds, &lock, member)?;
    let (api, at) = (ctx.api().await?, lock.clone());
    let fetch: follow::Fetch<UnlockKind, Record> = Box::new(move |q| {
        let (api, lock) = (api.clone(), at.clone());
        Box::pin(async move { api.history(&lock, &q).await })
    });
    follow::run(ctx, &lock, q, fetch, every, json).await
}

async fn alarm_follow(a: follow::FollowArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Alarm>()?;
    let words: Vec<&str> = AlarmKind::ALL.iter().map(|k| k.as_str()).collect();
    let kinds = kinds(&a.types, alarm_word, "an alarm type", &words)?;
    let (every, json) = follow::check(&a, ctx)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let member = member_id(ctx, &lock, user_query(&a.user)?).await?;
    let q = follow::query(&a, kinds, &lock, member)?;
    let (api, at) = (ctx.api().await?, lock.clone());
    let fetch: follow::Fetch<AlarmKind, Alarm> = Box::new(move |q| {
        let (api, lock) = (api.clone(), at.clone());
        Box::pin(async move { api.alarms(&lock, &q).await })
    });
    follow::run(ctx, &lock, q, fetch, every, json).await
}

/// The line an empty listing prints on stderr.
fn empty_notice(what: &str, lock: &Lock, a: &ListArgs) -> String {
    let filtered =
        !a.types.is_empty() || a.since.is_some() || a.until.is_some() || a.user.is_some();
    if filtered {
        format!("no {what} on {} match the filters", lock.name)
    } else {
        format!("no {what} on {}", lock.name)
    }
}

async fn unread(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Unread>()?;
    let body = |s: Arc<Shared>, l: Lock| async move { Ok(s.api.unread_alarms(&l).await?) };
    let row = |n: &Unread| Row {
        state: "ok",
        detail: format!("{} unread alarms", n.unread),
    };
    let Some((_, n)) = fleet::each(ctx, "alarm unread", body, row).await? else {
        return Ok(());
    };
    ctx.out
        .show(&n, ctx.raw(), |o| o.line(&n.unread.to_string()))
}

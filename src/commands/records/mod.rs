//! `history list` and `alarm list | unread`: records in words, filters, and exports that stream
//! page by page (concurrently when the total is known) without holding the history in memory.

mod export;

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use jiff::Timestamp;
use serde_json::json;

use crate::context::Context;
use crate::error::Fail;
use crate::labels;
use crate::timeparse::{self, TIME_FORMS};

#[derive(Subcommand, Debug)]
pub enum HistoryCommand {
    /// List open-door records: who, how, when.
    List(ListArgs),
}

#[derive(Subcommand, Debug)]
pub enum AlarmCommand {
    /// List alarms: duress, wrong fingerprint, low battery, tamper...
    List(ListArgs),
    /// Count unread alarms (Wi-Fi).
    Unread,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Ndjson,
    Csv,
}

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  lockctl history list -d ID --since -7d\n  lockctl history list -d ID --type fingerprint,card --since '2026-11-01' --until now\n  lockctl history list -d ID --all --format ndjson > history.ndjson"
)]
pub struct ListArgs {
    /// Only these kinds: history: fingerprint, password, temp-password, dynamic, card, face, key,
    /// remote, offline-password; alarms: wrong_finger, wrong_password, wrong_card, low_battery,
    /// pry, key_in, hijack.
    #[arg(long = "type", value_delimiter = ',')]
    pub types: Vec<String>,
    /// Records at or after this time (lock's zone or --tz): `2026-11-01`, `-7d`, RFC 3339...
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Records at or before this time.
    #[arg(long, allow_hyphen_values = true)]
    pub until: Option<String>,
    /// Only records of this member (id or name).
    #[arg(long)]
    pub user: Option<String>,
    /// Records per page (1-500).
    #[arg(long, default_value_t = 50)]
    pub limit: i64,
    /// Every page, not just the first.
    #[arg(long)]
    pub all: bool,
    /// Output format (--json is --format json).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Pages fetched at once when the total is known (1-16).
    #[arg(long, default_value_t = 8)]
    pub concurrency: usize,
}

pub async fn history(cmd: HistoryCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        HistoryCommand::List(a) => list(a, false, ctx).await,
    }
}

pub async fn alarm(cmd: AlarmCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        AlarmCommand::List(a) => list(a, true, ctx).await,
        AlarmCommand::Unread => unread(ctx).await,
    }
}

/// What to ask for and what to keep, checked before any request.
pub struct Query {
    pub dp_ids: Vec<u32>,
    pub alarm_values: Vec<String>,
    pub since_ms: Option<i64>,
    pub until_ms: Option<i64>,
    pub user: Option<String>,
}

impl Query {
    /// The time filter alone (all a plain export applies).
    pub fn keeps_time(&self, t: i64) -> bool {
        !(self.since_ms.is_some_and(|s| t < s) || self.until_ms.is_some_and(|u| t > u))
    }

    /// Client-side filters (what the cloud could not filter).
    pub fn keeps(&self, r: &export::RecordView) -> bool {
        let t = r.time_ms();
        if self.since_ms.is_some_and(|s| t < s) || self.until_ms.is_some_and(|u| t > u) {
            return false;
        }
        if let Some(u) = &self.user {
            if r.user_id() != *u && !r.user_name().eq_ignore_ascii_case(u) {
                return false;
            }
        }
        let (dp, value) = r.dp();
        if !self.alarm_values.is_empty() {
            let name = if dp == 56 {
                "hijack".to_string()
            } else {
                value
            };
            if !self.alarm_values.contains(&name) {
                return false;
            }
        } else if !self.dp_ids.is_empty() && !self.dp_ids.contains(&dp) {
            return false;
        }
        true
    }
}

async fn list(a: ListArgs, alarms: bool, ctx: &mut Context) -> Result<()> {
    if !(1..=500).contains(&a.limit) {
        return Err(Fail::usage(format!(
            "--limit {} is out of range: use 1 to 500 (records per page; --all for every page)",
            a.limit
        )));
    }
    if !(1..=16).contains(&a.concurrency) {
        return Err(Fail::usage("--concurrency must be 1 to 16"));
    }
    let mut dp_ids = vec![];
    let mut alarm_values = vec![];
    for t in a
        .types
        .iter()
        .map(|t| t.trim().to_ascii_lowercase().replace('-', "_"))
    {
        if alarms {
            if !labels::ALARM_TYPES.contains(&t.as_str()) {
                return Err(Fail::usage(format!(
                    "--type `{t}` is not an alarm type; use {}",
                    labels::ALARM_TYPES.join(", ")
                )));
            }
            alarm_values.push(t.clone());
        } else {
            let name = t.replace('_', "-");
            let d = labels::unlock_dp(&name).ok_or_else(|| {
                let names: Vec<&str> = labels::UNLOCK_TYPES.iter().map(|(_, n)| *n).collect();
                Fail::usage(format!(
                    "--type `{name}` is not an unlock type; use {}",
                    names.join(", ")
                ))
            })?;
            dp_ids.push(d);
        }
    }
    if alarms && !alarm_values.is_empty() {
        // Alarm values live in the alarm DP (21); duress in DP 56.
        dp_ids = vec![21];
        if alarm_values.iter().any(|v| v == "hijack") {
            dp_ids.push(56);
        }
        if alarm_values.iter().all(|v| v == "hijack") {
            dp_ids = vec![56];
        }
    }
    if let Some(u) = &a.user {
        if u.trim().is_empty() || u.len() > 64 {
            return Err(Fail::usage("--user is empty or too long"));
        }
    }
    let format = match (a.format, ctx.out.json) {
        (Some(f), _) => f,
        (None, true) => Format::Json,
        (None, false) => Format::Table,
    };
    let lock = ctx.dev_lock().await?;
    ctx.entry(&lock, if alarms { "alarm list" } else { "history list" })?;
    let tz = ctx.zone(&lock)?;
    let now = Timestamp::now();
    let parse = |flag: &str, s: &Option<String>| -> Result<Option<i64>> {
        s.as_deref()
            .map(|v| {
                timeparse::parse_time(v, &tz, now)
                    .map(|t| t.as_millisecond())
                    .map_err(|e| {
                        Fail::usage_hint(format!("{flag}: {e}"), format!("use {TIME_FORMS}"))
                    })
            })
            .transpose()
    };
    let since_ms = parse("--since", &a.since)?;
    let until_ms = parse("--until", &a.until)?;
    if let (Some(s), Some(u)) = (since_ms, until_ms) {
        if u < s {
            return Err(Fail::usage_hint("--until is before --since", "swap them"));
        }
    }
    let query = Query {
        dp_ids,
        alarm_values,
        since_ms,
        until_ms,
        user: a.user.as_ref().map(|u| u.trim().to_string()),
    };
    let plan = export::Plan {
        alarms,
        format,
        limit: a.limit,
        all: a.all,
        concurrency: a.concurrency,
        tz,
    };
    export::run(ctx, &lock, &query, &plan).await
}

async fn unread(ctx: &mut Context) -> Result<()> {
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(&lock, "alarm unread", json!({ "devId": lock.id }))
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    println!("{}", crate::output::cell(Some(&r)));
    Ok(())
}

//! `lockctl status`: what needs attention on each lock, worst first. Reads only: the device
//! (online, battery), temporary passwords, panel and family members and their unlock methods
//! (delivery and its age, windows; never the administrator), alarms since `--since`, and the
//! newest record (last activity), every lock through the fleet runner.
//! `--check` makes it a monitor: exit 1 when a finding reaches `--fail-on`.

use std::sync::Arc;

use anyhow::Result;
use clap::{Args, ValueEnum};
use jiff::Timestamp;
use lockctl_api::ops::members::{Member, Page, Role};
use lockctl_api::ops::records::{AlarmKind, Query};
use lockctl_api::{Delivery, Fields, Lock, Validity};
use serde::Serialize;

use crate::context::Context;
use crate::error::{classify, Exit, Fail, Given};
use crate::fleet::{self, Shared, Targets};
use crate::options::Selector;

pub const EXAMPLES: &str = "Examples:
  lockctl status
  lockctl status -d 'Front Door,Back Door' --within 3d
  lockctl status --home Beach --json
  lockctl status --check --fail-on warning   # for cron: exit 1 when anything needs a look

Writes the lock refused are warnings; writes still waiting for it are info, and warnings once
the oldest has waited 24 hours. Messages say how long ago the write was made.";

#[derive(Args, Debug)]
pub struct StatusArgs {
    /// Exit 1 when any finding reaches --fail-on (for cron and monitoring); else exit 0.
    #[arg(long)]
    pub check: bool,
    /// The severity that fails --check.
    #[arg(long, value_enum, default_value = "critical", value_name = "SEVERITY")]
    pub fail_on: Severity,
    /// Passwords and members whose window ends within this length are reported (`7d`, `12h`).
    #[arg(long, default_value = "7d", value_name = "LENGTH")]
    pub within: String,
    /// Alarms raised within this length before now are reported (`24h`, `3d`).
    #[arg(long, default_value = "24h", value_name = "LENGTH")]
    pub since: String,
    /// A lock with no record for this long is reported as inactive (`30d`).
    #[arg(long, default_value = "30d", value_name = "LENGTH")]
    pub inactive: String,
}

/// How bad a finding is.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Critical,
}

impl Severity {
    fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Critical => "critical",
        }
    }
}

/// One thing that needs attention on a lock (docs/json.md, "status").
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// A command that fixes it, where one exists.
    pub hint: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LockRef {
    pub id: String,
    pub name: String,
}

/// One lock's status.
#[derive(Debug, Clone, Serialize)]
pub struct LockStatus {
    pub lock: LockRef,
    /// The worst finding's severity, `ok` when there is none.
    pub worst: &'static str,
    /// Worst first.
    pub findings: Vec<Finding>,
}

impl Fields for LockStatus {
    const FIELDS: &'static [&'static str] = &["lock", "worst", "findings"];
}

impl LockStatus {
    fn rank(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}

/// Wrong-code alarms this close together, this many, are a burst.
const BURST_COUNT: usize = 3;
const BURST_SECS: i64 = 600;

/// A length as `--within` and friends take it: a whole number and a unit (`m`, `h`, `d`, `w`),
/// a leading `-` allowed (`-24h` means the same as `24h`). Seconds, at least one minute.
pub fn length(flag: &str, text: &str) -> Result<i64> {
    let t = text.trim();
    let t = t.strip_prefix('-').unwrap_or(t);
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let (num, unit) = t.split_at(digits);
    let scale = match unit {
        "m" | "min" => 60,
        "h" => 3_600,
        "d" => 86_400,
        "w" => 7 * 86_400,
        _ => 0,
    };
    match num.parse::<i64>() {
        Ok(n) if scale > 0 && n > 0 && n <= 3_650 * 86_400 / scale => Ok(n * scale),
        _ => Err(Fail::usage_hint(
            format!("{flag} `{text}` is not a length"),
            "use a number and a unit, e.g. 30m, 12h, 7d or 2w (at most 10 years)",
        )),
    }
}

fn plural(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        _ => format!("{n} {noun}s"),
    }
}

/// `3 days`, `5 hours`, `12 minutes`: how long ago or ahead, roughly.
fn span(secs: i64) -> String {
    let s = secs.max(0);
    if s < 60 {
        "under a minute".into()
    } else if s >= 2 * 86_400 {
        plural((s / 86_400) as usize, "day")
    } else if s >= 2 * 3_600 {
        plural((s / 3_600) as usize, "hour")
    } else {
        plural((s / 60) as usize, "minute")
    }
}

/// Up to three entries as they are, then "and N more".
fn names(v: &[String]) -> String {
    const SHOWN: usize = 3;
    let mut s = v.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
    if v.len() > SHOWN {
        s.push_str(&format!(" and {} more", v.len() - SHOWN));
    }
    s
}

/// Up to three names in quotes, then "and N more".
fn quoted(v: &[String]) -> String {
    names(&v.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>())
}

/// A write still waiting this long for its lock turns `delivery_pending` into a warning: a lock
/// that has taken nothing for a day is out of reach, or its batteries are flat.
pub const PENDING_STALE: i64 = 86_400;

/// Writes refused by a lock or waiting for it: their names, and the oldest one's age.
#[derive(Default)]
struct Writes {
    names: Vec<String>,
    oldest: Option<i64>,
    /// How many are temporary passwords (`temppwd prune` can clear those).
    passwords: usize,
}

impl Writes {
    /// `label`, and its age (seconds since the write was made, when the cloud says).
    fn add(&mut self, label: String, age: Option<i64>) {
        self.names.push(label);
        if let Some(a) = age {
            self.oldest = Some(self.oldest.map_or(a, |o| o.max(a)));
        }
    }

    /// ` for 2 hours` / `, the oldest for 2 hours` (`word` = "for"), or ` made 5 hours ago` /
    /// `, the oldest made 5 hours ago` (`word` = "made"); empty when no age is known.
    fn oldest_words(&self, word: &str) -> String {
        let Some(a) = self.oldest else {
            return String::new();
        };
        let lead = match (self.names.len() > 1, word) {
            (true, _) => ", the oldest ",
            (false, "for") => " ",
            (false, _) => ", ",
        };
        match word {
            "for" => format!("{lead}for {}", span(a)),
            _ => format!("{lead}made {} ago", span(a)),
        }
    }
}

/// What a lock's reads are measured against.
#[derive(Clone, Copy)]
struct Limits {
    within: i64,
    since: i64,
    inactive: i64,
}

/// A read the lock's kind does not offer counts as nothing to report.
fn tolerant<T: Default>(r: lockctl_api::error::Result<T>) -> Result<T> {
    match r {
        Err(lockctl_api::Error::Unsupported { .. }) => Ok(T::default()),
        r => Ok(r?),
    }
}

fn finding(
    code: &'static str,
    severity: Severity,
    message: String,
    hint: Option<String>,
) -> Finding {
    Finding {
        code,
        severity,
        message,
        hint,
    }
}

/// One lock's findings (unsorted).
async fn read(s: Arc<Shared>, lock: Lock, lim: Limits) -> Result<Vec<Finding>> {
    let now = lockctl_api::clock::now();
    let secs = now.as_second();
    let d = format!("-d {}", lock.id);
    let mut out = vec![];
    let api = &s.api;

    let device = api.device(&lock.id).await?;
    if !device.online {
        out.push(finding(
            "offline",
            Severity::Critical,
            "offline: the cloud cannot reach it; writes wait until it is back".into(),
            None,
        ));
    }
    if let Some(b) = device.battery.as_ref().filter(|b| b.is_low()) {
        let how = match (b.percent, b.level) {
            (Some(p), _) => format!("{p} %"),
            (None, Some(l)) => format!(
                "level {}",
                serde_json::to_value(l)?.as_str().unwrap_or("low")
            ),
            (None, None) => "low".into(),
        };
        let dead = b.percent.is_some_and(|p| p <= 10)
            || matches!(
                b.level,
                Some(lockctl_api::ops::device::BatteryLevel::Poweroff)
            );
        out.push(finding(
            "battery_low",
            if dead {
                Severity::Critical
            } else {
                Severity::Warning
            },
            format!("battery low: {how}; replace the batteries"),
            None,
        ));
    }

    // Temporary passwords.
    let pwds = tolerant(api.temp_passwords(&lock).await)?;
    let (mut refused, mut pending) = (Writes::default(), Writes::default());
    let (mut expiring, mut held) = (vec![], vec![]);
    let mut no_free_slot = false;
    for p in &pwds {
        let age = p.changed.as_ref().map(|t| secs - t.as_secs());
        match p.delivery {
            Some(Delivery::Failed) => {
                refused.add(format!("\"{}\"", p.name), age);
                refused.passwords += 1;
                no_free_slot |= p.no_free_slot;
            }
            Some(Delivery::Pending) => pending.add(format!("\"{}\"", p.name), age),
            _ => {}
        }
        if crate::commands::temppwd::prune::reason(p, false, now).is_some() {
            held.push(p.name.clone());
        } else if p.validity != Validity::Expired {
            if let Some(t) = &p.to {
                let left = t.as_secs() - secs;
                if left > 0 && left <= lim.within {
                    expiring.push(format!("{} (in {})", p.name, span(left)));
                }
            }
        }
    }
    // Panel and family members (never the administrator): their windows, and where they and
    // their unlock methods stand at the lock. A lock that keeps no member validity has none.
    let page = Page {
        offset: 0,
        limit: 100,
        all: true,
    };
    let mut members: Vec<Member> = tolerant(api.panel_members(&lock, page).await)?;
    // Wi-Fi locks keep their members in the cloud (no window, nothing to deliver): their
    // family list would cost a read per member for nothing.
    if lock.kind != lockctl_api::Kind::Wifi {
        members.extend(tolerant(api.family_members(&lock).await)?);
    }
    let (mut m_expiring, mut m_held, mut f_held) = (vec![], vec![], vec![]);
    let mut seen = std::collections::HashSet::new();
    for m in members.iter().filter(|m| m.role != Role::Administrator) {
        if !m.id.is_empty() && !seen.insert(m.id.clone()) {
            continue;
        }
        let age = m.changed.as_ref().map(|t| secs - t.as_secs());
        match m.delivery() {
            Delivery::Failed => refused.add(format!("member \"{}\"", m.name), age),
            Delivery::Pending => pending.add(format!("member \"{}\"", m.name), age),
            _ => {}
        }
        for u in &m.unlock_methods {
            let age = u.changed.as_ref().map(|t| secs - t.as_secs());
            match u.delivery {
                Delivery::Failed => refused.add(format!("\"{}\"'s {}", m.name, u.name), age),
                Delivery::Pending => pending.add(format!("\"{}\"'s {}", m.name, u.name), age),
                _ => {}
            }
        }
        let over = m.access.to.as_ref().is_some_and(|t| t.as_secs() <= secs);
        if crate::commands::member::prune::over(m, now) {
            m_held.push(m.name.clone());
        } else if over && m.role == Role::Family {
            f_held.push((m.id.clone(), m.name.clone()));
        } else if let Some(t) = &m.access.to {
            let left = t.as_secs() - secs;
            if left > 0 && left <= lim.within {
                m_expiring.push(format!("{} (in {})", m.name, span(left)));
            }
        }
    }
    if !refused.names.is_empty() {
        let mut message = format!(
            "the lock refused {}{}: {}",
            plural(refused.names.len(), "write"),
            refused.oldest_words("made"),
            names(&refused.names)
        );
        if no_free_slot {
            // What the lock holds: passwords on it, or being deleted from it.
            let on_lock = pwds
                .iter()
                .filter(|p| !matches!(p.delivery, Some(Delivery::Failed) | Some(Delivery::Pending)))
                .count();
            message.push_str(&format!(
                "; no free slot: it holds {}",
                plural(on_lock, "temporary password")
            ));
        }
        out.push(finding(
            "delivery_refused",
            Severity::Warning,
            message,
            (refused.passwords > 0).then(|| format!("lockctl temppwd prune {d}")),
        ));
    }
    if !pending.names.is_empty() {
        let stale = pending.oldest.is_some_and(|a| a >= PENDING_STALE);
        out.push(finding(
            "delivery_pending",
            if stale {
                Severity::Warning
            } else {
                Severity::Info
            },
            format!(
                "{} still waiting for the lock{}: {}",
                plural(pending.names.len(), "write"),
                pending.oldest_words("for"),
                names(&pending.names)
            ),
            None,
        ));
    }
    if !held.is_empty() {
        out.push(finding(
            "expired_held",
            Severity::Warning,
            format!(
                "{} expired but still held (they use slots): {}",
                plural(held.len(), "temporary password"),
                quoted(&held)
            ),
            Some(format!("lockctl temppwd prune {d} --yes")),
        ));
    }
    if !m_held.is_empty() {
        out.push(finding(
            "expired_held",
            Severity::Warning,
            format!(
                "{} expired but still held: {}",
                plural(m_held.len(), "panel member"),
                quoted(&m_held)
            ),
            Some(format!("lockctl member prune --expired {d} --yes")),
        ));
    }
    if !f_held.is_empty() {
        let shown: Vec<String> = f_held.iter().map(|(_, n)| n.clone()).collect();
        out.push(finding(
            "expired_held",
            Severity::Warning,
            format!(
                "{} expired but still held: {}",
                plural(f_held.len(), "family member"),
                quoted(&shown)
            ),
            // `member prune` leaves family members alone: one is removed by hand.
            Some(match f_held.as_slice() {
                [(id, _)] if !id.is_empty() => format!("lockctl member remove {d} --user {id}"),
                _ => format!("lockctl member list {d} --family --status expired"),
            }),
        ));
    }
    expiring.extend(m_expiring);
    if !expiring.is_empty() {
        out.push(finding(
            "expiring",
            Severity::Info,
            format!(
                "{} within {}: {}",
                match expiring.len() {
                    1 => "1 window ends".to_string(),
                    n => format!("{n} windows end"),
                },
                span(lim.within),
                quoted(&expiring)
            ),
            None,
        ));
    }

    // Alarms since --since.
    let q = Query {
        kinds: vec![],
        since: Timestamp::from_second(secs - lim.since).ok(),
        until: None,
        member: None,
        page_size: 100,
        limit: Some(1_000),
        concurrency: 1,
    };
    let mut alarms = vec![];
    match api.alarms(&lock, &q).await {
        Err(lockctl_api::Error::Unsupported { .. }) => {}
        Err(e) => return Err(e.into()),
        Ok(mut pages) => {
            while let Some(p) = pages.next().await? {
                alarms.extend(p.items);
            }
        }
    }
    let count = |k: AlarmKind| alarms.iter().filter(|a| a.kind == k).count();
    let ago = span(lim.since);
    let pry = count(AlarmKind::Tamper);
    if pry > 0 {
        out.push(finding(
            "alarm_pry",
            Severity::Critical,
            format!(
                "{} (forced or pried) in the last {ago}",
                plural(pry, "tamper alarm")
            ),
            Some(format!(
                "lockctl alarm list {d} --type tamper --since -{}m",
                lim.since / 60
            )),
        ));
    }
    let duress = count(AlarmKind::Duress);
    if duress > 0 {
        out.push(finding(
            "alarm_duress",
            Severity::Critical,
            format!("{} in the last {ago}", plural(duress, "duress opening")),
            Some(format!(
                "lockctl alarm list {d} --type duress --since -{}m",
                lim.since / 60
            )),
        ));
    }
    let low = count(AlarmKind::LowBattery);
    if low > 0 {
        out.push(finding(
            "alarm_low_battery",
            Severity::Warning,
            format!("{} in the last {ago}", plural(low, "low-battery alarm")),
            None,
        ));
    }
    let mut wrong: Vec<i64> = alarms
        .iter()
        .filter(|a| {
            matches!(
                a.kind,
                AlarmKind::WrongPassword
                    | AlarmKind::WrongFinger
                    | AlarmKind::WrongCard
                    | AlarmKind::WrongFace
            )
        })
        .filter_map(|a| a.time.as_ref().map(lockctl_api::Time::as_secs))
        .collect();
    wrong.sort_unstable();
    let burst = wrong
        .windows(BURST_COUNT)
        .any(|w| w[BURST_COUNT - 1] - w[0] <= BURST_SECS);
    if burst {
        out.push(finding(
            "wrong_code_burst",
            Severity::Warning,
            format!(
                "{} wrong attempts in the last {ago}, {BURST_COUNT} or more within {} minutes",
                wrong.len(),
                BURST_SECS / 60
            ),
            Some(format!(
                "lockctl alarm list {d} --since -{}m",
                lim.since / 60
            )),
        ));
    }

    // Last activity.
    let last = match lockctl_api::ops::device::last_activity(api.as_ref(), &lock).await {
        Err(lockctl_api::Error::Unsupported { .. }) => None,
        r => r?,
    };
    match last {
        Some(t) if secs - t.as_secs() >= lim.inactive => out.push(finding(
            "inactive",
            Severity::Info,
            format!(
                "no activity for {} (last record {})",
                span(secs - t.as_secs()),
                t.0.strftime("%Y-%m-%d %H:%M")
            ),
            None,
        )),
        None => out.push(finding(
            "inactive",
            Severity::Info,
            "no activity: the lock has no history or alarm record".into(),
            None,
        )),
        _ => {}
    }
    Ok(out)
}

/// Whether a read failed because the project or account is not allowed to make it (a service
/// not subscribed or authorized, a permission refused), rather than because of the lock.
fn not_allowed(e: &anyhow::Error) -> bool {
    match e.downcast_ref::<lockctl_api::Error>() {
        Some(lockctl_api::Error::Service { code, .. }) => {
            *code == 1106 || (28_841_000..28_842_000).contains(code)
        }
        Some(lockctl_api::Error::Cloud {
            code: lockctl_api::CloudCode::PermissionDenied,
            ..
        }) => true,
        _ => false,
    }
}

fn status_of(lock: &Lock, mut findings: Vec<Finding>) -> LockStatus {
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let worst = findings
        .iter()
        .map(|f| f.severity)
        .max()
        .map_or("ok", Severity::as_str);
    LockStatus {
        lock: LockRef {
            id: lock.id.clone(),
            name: lock.name.clone(),
        },
        worst,
        findings,
    }
}

pub async fn run(a: StatusArgs, ctx: &mut Context) -> Result<()> {
    // Every flag is checked before any request.
    let lim = Limits {
        within: length("--within", &a.within)?,
        since: length("--since", &a.since)?,
        inactive: length("--inactive", &a.inactive)?,
    };
    ctx.out.check_fields::<LockStatus>()?;
    if ctx.global.format == crate::options::Format::Raw {
        return Err(Fail::usage_hint(
            "status gathers several reads per lock: it has no one wire result for --raw",
            "use --json for its findings, or `lockctl api call` for a wire result",
        ));
    }
    fleet::concurrency(&ctx.global)?;
    // No lock named and no default lock: every lock.
    if ctx.global.fleet.is_none() && ctx.settings.dev.as_deref().is_none_or(str::is_empty) {
        ctx.global.fleet = Some(Selector {
            devs: vec![],
            homes: vec![],
            all: true,
        });
    }
    let locks = match fleet::targets(ctx).await? {
        Targets::One(lock) => vec![lock],
        Targets::Many(locks) => locks,
    };
    let ran = fleet::run(ctx, locks, move |s, lock| read(s, lock, lim)).await?;
    if ran.cancelled {
        return Err(Fail::cancelled());
    }
    let given = Given::of(&ctx.global);
    let mut rows: Vec<LockStatus> = vec![];
    let mut unreadable = 0;
    for o in ran.outcomes {
        match o.result {
            Ok(f) => rows.push(status_of(&o.lock, f)),
            Err(e) => {
                // A login that cannot be renewed ends the run (exit 4): no lock can be read.
                if classify(&e, &given).0 == Exit::Auth {
                    return Err(e);
                }
                unreadable += 1;
                // A project or account not allowed to read: doctor checks the service and the
                // rights; anything else: the lock itself.
                let hint = if not_allowed(&e) {
                    "lockctl doctor".to_string()
                } else {
                    format!("lockctl device show -d {}", o.lock.id)
                };
                let f = finding(
                    "unreadable",
                    Severity::Critical,
                    format!("could not be read: {}", crate::error::message(&e, &given)),
                    Some(hint),
                );
                rows.push(status_of(&o.lock, vec![f]));
            }
        }
    }
    // Each hint is a command that works as printed: it repeats the --profile given.
    for f in rows.iter_mut().flat_map(|r| r.findings.iter_mut()) {
        if let Some(h) = &f.hint {
            f.hint = Some(crate::error::command(h, &given));
        }
    }
    // Worst locks first; among equals, more findings first; then by name.
    rows.sort_by(|a, b| {
        b.rank()
            .cmp(&a.rank())
            .then(b.findings.len().cmp(&a.findings.len()))
            .then(a.lock.name.cmp(&b.lock.name))
    });
    ctx.out.show_list(&rows, vec![], |o| {
        o.table(
            &["LOCK", "WORST", "FINDINGS"],
            rows.iter().map(|r| {
                vec![
                    r.lock.name.clone(),
                    r.worst.to_string(),
                    if r.findings.is_empty() {
                        "-".to_string()
                    } else {
                        r.findings
                            .iter()
                            .map(|f| f.message.clone())
                            .collect::<Vec<_>>()
                            .join("; ")
                    },
                ]
            }),
        )
    })?;
    let tally = |s: Severity| rows.iter().filter(|r| r.rank() == Some(s)).count();
    let (crit, warn, info) = (
        tally(Severity::Critical),
        tally(Severity::Warning),
        tally(Severity::Info),
    );
    let ok = rows.len() - crit - warn - info;
    ctx.out.notice(&format!(
        "{}: {crit} critical, {warn} warning, {info} info, {ok} ok",
        plural(rows.len(), "lock")
    ));
    // A lock that could not be read fails the run (conventions: several locks), after the
    // report of every lock.
    if unreadable > 0 {
        return Err(Fail::failure(
            format!(
                "{} of {} could not be read",
                unreadable,
                plural(rows.len(), "lock")
            ),
            "each unreadable lock's hint says what to check (`lockctl status --json` lists them)",
        ));
    }
    if a.check {
        let failing = rows
            .iter()
            .filter(|r| r.rank().is_some_and(|s| s >= a.fail_on))
            .count();
        if failing > 0 {
            return Err(Fail::failure(
                format!(
                    "status --check: {} with a finding at or above {}",
                    plural(failing, "lock"),
                    a.fail_on.as_str()
                ),
                "each finding's hint says what fixes it (`lockctl status --json` lists them)",
            ));
        }
    }
    Ok(())
}

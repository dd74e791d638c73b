//! `history stats`: the openings of a stretch of time counted per day, per hour of the day, per
//! member and per method (with each one's first and last use), in one pass over the history,
//! page by page: every page is counted and dropped, so memory does not grow with the records.
//! People get a picture and tables; `--json` the numbers (docs/json.md, "history stats").

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use anyhow::Result;
use clap::Args;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use lockctl_api::ops::records::{Person, Query, Record};
use lockctl_api::{Backend, Fields, Lock, Time, UnlockKind};
use serde::Serialize;

use super::{kinds, parse_time};
use crate::context::Context;
use crate::error::Fail;
use crate::fleet::{self, Targets};
use crate::options::Format;
use crate::output::{bars, time::when, Output};

#[derive(Args, Debug)]
pub struct StatsArgs {
    /// Only these kinds, comma separated.
    #[arg(long = "type", value_delimiter = ',')]
    pub types: Vec<String>,
    /// Count from this time (lock's zone or --tz): `YYYY-MM-DD`, `-7d`, RFC 3339...; a bare
    /// length (`30d`, `12h`) means that long ago.
    #[arg(long, allow_hyphen_values = true, default_value = "30d")]
    pub since: String,
    /// Count up to this time (same forms as --since; default now).
    #[arg(long, allow_hyphen_values = true)]
    pub until: Option<String>,
    /// Records asked of the cloud per page (1-500).
    #[arg(long, default_value_t = 500)]
    pub page_size: i64,
}

/// Openings on one day of the lock's calendar.
#[derive(Debug, Clone, Serialize)]
pub struct DayCount {
    /// `YYYY-MM-DD` in the lock's zone (or --tz).
    pub date: String,
    pub openings: u64,
}

/// Openings in one hour of the day, over every day counted.
#[derive(Debug, Clone, Serialize)]
pub struct HourCount {
    /// 0-23, wall-clock hour in the lock's zone (or --tz).
    pub hour: u8,
    pub openings: u64,
}

/// How often someone (or something) opened the lock, and when first and last.
#[derive(Debug, Clone, Serialize)]
pub struct Use {
    pub openings: u64,
    /// The earliest opening counted (null when none had a time).
    pub first: Option<Time>,
    /// The latest opening counted.
    pub last: Option<Time>,
}

impl Use {
    fn add(&mut self, t: Option<&Time>) {
        self.openings += 1;
        if let Some(t) = t {
            if self.first.as_ref().is_none_or(|f| t.0 < f.0) {
                self.first = Some(t.clone());
            }
            if self.last.as_ref().is_none_or(|l| t.0 > l.0) {
                self.last = Some(t.clone());
            }
        }
    }
}

/// One member's openings; `member` is null for openings no member is named for.
#[derive(Debug, Clone, Serialize)]
pub struct MemberUse {
    pub member: Option<Person>,
    #[serde(flatten)]
    pub usage: Use,
}

/// One unlock method's openings.
#[derive(Debug, Clone, Serialize)]
pub struct MethodUse {
    pub kind: UnlockKind,
    #[serde(flatten)]
    pub usage: Use,
}

/// `history stats` of one lock.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// The lock's id.
    pub lock: String,
    pub since: Time,
    pub until: Time,
    /// Every opening counted.
    pub openings: u64,
    /// Openings the cloud sent without a usable time (counted per member and method only).
    pub undated: u64,
    /// Every day from `since` to `until`, oldest first, zeros included.
    pub days: Vec<DayCount>,
    /// The 24 hours of the day, from 0.
    pub hours: Vec<HourCount>,
    /// Most openings first.
    pub members: Vec<MemberUse>,
    /// Most openings first.
    pub methods: Vec<MethodUse>,
}

impl Fields for Stats {
    const FIELDS: &'static [&'static str] = &[
        "lock", "since", "until", "openings", "undated", "days", "hours", "members", "methods",
    ];
}

/// The counts as the pages go by: a few numbers per day, hour, member and method.
#[derive(Default)]
struct Tally {
    openings: u64,
    undated: u64,
    days: BTreeMap<Date, u64>,
    hours: [u64; 24],
    members: HashMap<String, MemberUse>,
    methods: HashMap<UnlockKind, Use>,
}

impl Tally {
    fn add(&mut self, r: &Record) {
        self.openings += 1;
        match &r.time {
            Some(t) => {
                *self.days.entry(t.0.date()).or_default() += 1;
                self.hours[t.0.hour().clamp(0, 23) as usize] += 1;
            }
            None => self.undated += 1,
        }
        let key = match &r.member {
            None => String::new(),
            Some(Person { id: Some(id), .. }) => format!("id:{id}"),
            Some(Person { name, .. }) => format!("name:{}", name.as_deref().unwrap_or("")),
        };
        self.members
            .entry(key)
            .or_insert_with(|| MemberUse {
                member: r.member.clone(),
                usage: Use {
                    openings: 0,
                    first: None,
                    last: None,
                },
            })
            .usage
            .add(r.time.as_ref());
        self.methods
            .entry(r.kind)
            .or_insert(Use {
                openings: 0,
                first: None,
                last: None,
            })
            .add(r.time.as_ref());
    }

    fn finish(self, lock: &Lock, since: Timestamp, until: Timestamp) -> Stats {
        let zone = &lock.zone;
        let time = |t: Timestamp| Time(t.to_zoned(zone.clone()));
        let (mut day, mut last) = (date(since, zone), date(until, zone));
        if let (Some(first), Some(end)) = (self.days.keys().next(), self.days.keys().last()) {
            day = day.min(*first);
            last = last.max(*end);
        }
        let mut days = vec![];
        while day <= last {
            days.push(DayCount {
                date: day.to_string(),
                openings: self.days.get(&day).copied().unwrap_or(0),
            });
            match day.checked_add(1.day()) {
                Ok(d) => day = d,
                Err(_) => break,
            }
        }
        let hours = (0..24u8)
            .map(|h| HourCount {
                hour: h,
                openings: self.hours[h as usize],
            })
            .collect();
        let mut members: Vec<MemberUse> = self.members.into_values().collect();
        members.sort_by(|a, b| {
            b.usage
                .openings
                .cmp(&a.usage.openings)
                .then_with(|| who(&a.member).cmp(&who(&b.member)))
        });
        let mut methods: Vec<MethodUse> = self
            .methods
            .into_iter()
            .map(|(kind, usage)| MethodUse { kind, usage })
            .collect();
        methods.sort_by(|a, b| {
            b.usage
                .openings
                .cmp(&a.usage.openings)
                .then_with(|| a.kind.as_str().cmp(b.kind.as_str()))
        });
        Stats {
            lock: lock.id.clone(),
            since: time(since),
            until: time(until),
            openings: self.openings,
            undated: self.undated,
            days,
            hours,
            members,
            methods,
        }
    }
}

fn date(t: Timestamp, zone: &TimeZone) -> Date {
    t.to_zoned(zone.clone()).date()
}

/// The member's name, else `member ID`, else `no member`.
fn who(p: &Option<Person>) -> String {
    match p {
        Some(Person {
            name: Some(name), ..
        }) => name.clone(),
        Some(Person { id: Some(id), .. }) => format!("member {id}"),
        _ => "no member".into(),
    }
}

/// The stretch counted on `lock`: `--since` and `--until` (now by default) in its zone.
fn window(a: &StatsArgs, lock: &Lock) -> Result<(Timestamp, Timestamp)> {
    let since = parse_time("--since", &Some(a.since.clone()), lock)?.unwrap_or_default();
    let until = parse_time("--until", &a.until, lock)?.unwrap_or_else(lockctl_api::clock::now);
    if until < since {
        return Err(match a.until {
            Some(_) => Fail::usage_hint("--until is before --since", "swap them"),
            // No --until: the stretch ends now, and --since is in the future.
            None => Fail::usage_hint(
                "--since is in the future: there are no openings to count yet",
                "give a time in the past (`--since 30d` counts the last 30 days)",
            ),
        });
    }
    Ok((since, until))
}

/// Read every page of `lock`'s history in the stretch, counting as the pages arrive.
async fn count(
    api: &dyn Backend,
    lock: &Lock,
    mut q: Query<UnlockKind>,
    (since, until): (Timestamp, Timestamp),
) -> Result<Stats> {
    (q.since, q.until) = (Some(since), Some(until));
    let mut pages = api.history(lock, &q).await?;
    let mut tally = Tally::default();
    while let Some(page) = pages.next().await? {
        for r in &page.items {
            tally.add(r);
        }
    }
    if let Some(e) = super::export::incomplete(pages.tally()) {
        return Err(e);
    }
    Ok(tally.finish(lock, since, until))
}

pub async fn stats(a: StatsArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Stats>()?;
    if ctx.global.format == Format::Raw {
        return Err(Fail::usage_hint(
            "history stats counts every page: it has no one wire result for --raw",
            "use --json for the numbers, or `lockctl history list --all --raw` for the pages",
        ));
    }
    if !(1..=500).contains(&a.page_size) {
        return Err(Fail::usage(format!(
            "--page-size {} is out of range: use 1 to 500 (records per page)",
            a.page_size
        )));
    }
    let words: Vec<&str> = UnlockKind::ALL.iter().map(|k| k.as_str()).collect();
    let kinds = kinds(&a.types, UnlockKind::parse, "an unlock type", &words)?;
    let base = Query {
        kinds,
        since: None,
        until: None,
        member: None,
        page_size: a.page_size as u32,
        limit: None,
        concurrency: 4,
    };
    match fleet::targets(ctx).await? {
        Targets::One(lock) => {
            let window = window(&a, &lock)?;
            let mut q = base;
            // The global --concurrency: pages fetched ahead at most.
            q.concurrency = ctx.global.concurrency.unwrap_or(8);
            if !(1..=16).contains(&q.concurrency) {
                return Err(Fail::usage("--concurrency must be 1 to 16"));
            }
            let api = ctx.api().await?;
            let progress = ctx.out.progress("{spinner} counting records {elapsed}");
            let s = count(api.as_ref(), &lock, q, window).await;
            progress.finish();
            let s = s?;
            ctx.out.show(&s, vec![], |o| human(o, &lock, &s))
        }
        Targets::Many(locks) => {
            let api = ctx.api().await?;
            fleet::precheck("history stats", &locks, |l| {
                Ok(api.offers_verb(l, "history list")?)
            })?;
            let windows: HashMap<String, (Timestamp, Timestamp)> = locks
                .iter()
                .map(|l| l.id.clone())
                .zip(fleet::prepare("history stats", &locks, |l| window(&a, l))?)
                .collect();
            let (base, windows) = (&base, &windows);
            let ran = fleet::run(ctx, locks, |s: Arc<fleet::Shared>, l| async move {
                let w = windows.get(&l.id).copied().unwrap_or_default();
                count(s.api.as_ref(), &l, base.clone(), w).await
            })
            .await?;
            let tty = ctx.out.stdout_tty;
            fleet::report_rows(
                ctx,
                ran,
                &[
                    "OPENINGS",
                    "PER DAY",
                    "BUSIEST HOUR",
                    "TOP MEMBER",
                    "TOP METHOD",
                ],
                |_, s: &Stats| vec![summary(s, tty)],
            )
        }
    }
}

/// One lock's row in a run over several: its count, its days (a sparkline on a terminal, the
/// numbers piped), its busiest hour, member and method.
fn summary(s: &Stats, tty: bool) -> Vec<String> {
    let days: Vec<u64> = s.days.iter().map(|d| d.openings).collect();
    let per_day = match tty {
        true => bars::spark(&bars::fold(&days, 40).0),
        false => days
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(","),
    };
    let busiest = s
        .hours
        .iter()
        .filter(|h| h.openings > 0)
        .max_by_key(|h| (h.openings, std::cmp::Reverse(h.hour)))
        .map_or(String::new(), |h| format!("{:02}:00", h.hour));
    vec![
        s.openings.to_string(),
        per_day,
        busiest,
        s.members.first().map_or(String::new(), |m| who(&m.member)),
        s.methods
            .first()
            .map_or(String::new(), |m| m.kind.as_str().to_string()),
    ]
}

/// `12.3%` of `total`.
fn share(n: u64, total: u64) -> String {
    match total {
        0 => String::new(),
        t => format!("{:.1}%", n as f64 * 100.0 / t as f64),
    }
}

/// The picture for people on a terminal; piped, one tab-separated table of every count.
fn human(o: &Output, lock: &Lock, s: &Stats) -> std::io::Result<()> {
    if !o.stdout_tty {
        return piped(o, s);
    }
    let width = o.width().map_or(80, usize::from);
    let paint = |text: &str| match o.color {
        true => format!("\x1b[32m{text}\x1b[0m"),
        false => text.to_string(),
    };
    let mut lines = vec![format!(
        "{}: {} openings, {} to {}",
        crate::output::safe::text(&lock.name),
        s.openings,
        when(Some(&s.since)),
        when(Some(&s.until))
    )];
    if s.undated > 0 {
        lines.push(format!("({} without a time)", s.undated));
    }
    // Per day: one character a day, or a day per run of days where they do not fit.
    let days: Vec<u64> = s.days.iter().map(|d| d.openings).collect();
    let (folded, per) = bars::fold(&days, width.saturating_sub(14).max(10));
    let most = folded.iter().max().copied().unwrap_or(0);
    let unit = match per {
        1 => "day".to_string(),
        n => format!("{n} days"),
    };
    lines.push(String::new());
    lines.push(format!("Openings per {unit} (most {most})"));
    let first = s.days.first().map_or("", |d| &d.date[5..]);
    let last = s.days.last().map_or("", |d| &d.date[5..]);
    lines.push(format!("{first} {} {last}", paint(&bars::spark(&folded))));
    // Per hour of the day, two characters an hour, ticks under it.
    let hours: Vec<u64> = s.hours.iter().map(|h| h.openings).collect();
    let most = hours.iter().max().copied().unwrap_or(0);
    let per_hour = if width >= 60 { 2 } else { 1 };
    let spark: String = bars::spark(&hours)
        .chars()
        .flat_map(|c| std::iter::repeat_n(c, per_hour))
        .collect();
    lines.push(String::new());
    lines.push(format!("Openings per hour of the day (most {most})"));
    lines.push(format!("      {}", paint(&spark)));
    let every = if per_hour == 2 { 3 } else { 6 };
    let ticks: String = (0..24)
        .step_by(every)
        .map(|h| format!("{h:02}{}", " ".repeat(every * per_hour - 2)))
        .collect();
    lines.push(format!("      {}", ticks.trim_end()));
    lines.push(String::new());
    o.picture(&lines)?;
    // Members and methods: a table each, with a bar of their share (plain: a table's cells
    // are shown as they are, escapes and all). Narrower, the bar goes, then the share, and the
    // times lose their year, so a row stays on one line.
    let bar_width = match width {
        w if w >= 100 => Some(20),
        w if w >= 80 => Some(10),
        _ => None,
    };
    let with_share = width >= 60;
    let format = if width >= 80 {
        "%Y-%m-%d %H:%M"
    } else {
        "%m-%d %H:%M"
    };
    let at = |t: &Option<Time>| {
        t.as_ref()
            .map_or(String::new(), |t| t.0.strftime(format).to_string())
    };
    let table = |title: &str, rows: Vec<(String, &Use)>| {
        let most = rows.first().map_or(0, |r| r.1.openings);
        let mut headers = vec![title, "OPENINGS"];
        if with_share {
            headers.push("SHARE");
        }
        if bar_width.is_some() {
            headers.push("");
        }
        headers.extend(["FIRST", "LAST"]);
        let rows = rows.into_iter().map(|(name, u)| {
            let mut cells = vec![name, u.openings.to_string()];
            if with_share {
                cells.push(share(u.openings, s.openings));
            }
            if let Some(w) = bar_width {
                cells.push(bars::bar(u.openings, most, w));
            }
            cells.extend([at(&u.first), at(&u.last)]);
            cells
        });
        o.table(&headers, rows)
    };
    table(
        "MEMBER",
        s.members
            .iter()
            .map(|m| (who(&m.member), &m.usage))
            .collect(),
    )?;
    o.blank()?;
    table(
        "METHOD",
        s.methods
            .iter()
            .map(|m| (m.kind.as_str().to_string(), &m.usage))
            .collect(),
    )
}

/// Piped: one table, a row per count (`day`, `hour`, `member`, `method`), for grep and awk.
fn piped(o: &Output, s: &Stats) -> std::io::Result<()> {
    let rfc = |t: &Option<Time>| t.as_ref().map_or(String::new(), Time::rfc3339);
    let mut rows: Vec<Vec<String>> = vec![];
    for d in &s.days {
        let cells = ["day".into(), d.date.clone(), d.openings.to_string()];
        rows.push([&cells[..], &[String::new(), String::new()]].concat());
    }
    for h in &s.hours {
        let cells = [
            "hour".into(),
            format!("{:02}", h.hour),
            h.openings.to_string(),
        ];
        rows.push([&cells[..], &[String::new(), String::new()]].concat());
    }
    for m in &s.members {
        rows.push(vec![
            "member".into(),
            who(&m.member),
            m.usage.openings.to_string(),
            rfc(&m.usage.first),
            rfc(&m.usage.last),
        ]);
    }
    for m in &s.methods {
        rows.push(vec![
            "method".into(),
            m.kind.as_str().to_string(),
            m.usage.openings.to_string(),
            rfc(&m.usage.first),
            rfc(&m.usage.last),
        ]);
    }
    o.table(&["COUNT", "OF", "OPENINGS", "FIRST", "LAST"], rows)
}

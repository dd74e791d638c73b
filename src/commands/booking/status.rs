//! `booking status`: each current or next booking of a feed, the code `booking sync` made for it
//! (by the sync's state file, else by the name and window a sync gives it), where that code
//! stands at the lock, and when it first opened the door. Reads only; the PIN is never shown.

use std::sync::Arc;

use anyhow::Result;
use lockctl_api::ops::passwords::{PasswordOp, TempPassword};
use lockctl_api::ops::records::Query;
use lockctl_api::{Fields, Lock, Time, UnlockKind};
use serde::Serialize;

use super::engine::{self, Rules};
use super::ical::Booking;
use super::state::{self, Key};
use super::FeedArgs;
use crate::context::Context;
use crate::error::{Fail, Given};
use crate::fleet::{self, Targets};
use crate::output::time::when;

/// One booking as `booking status` prints it (docs/booking.md, docs/json.md).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BookingStatus {
    /// The booking's UID.
    pub booking: String,
    pub summary: String,
    /// The platform's booking code (else a short form of the UID).
    pub code: String,
    /// `current` (the guest's stay has begun) or `next` (it is ahead).
    pub stay: &'static str,
    pub check_in: Option<Time>,
    pub check_out: Option<Time>,
    /// The temporary password's id on the lock; null when the lock has none for this booking.
    pub password_id: Option<String>,
    pub password_name: Option<String>,
    /// `pending`, `delivered`, `failed`, `deleting`; `missing` when the lock has no code for
    /// it (run `booking sync`), null when the cloud does not say.
    pub delivery: Option<&'static str>,
    /// The first opening with this code (null: not yet).
    pub first_use: Option<Time>,
}

impl Fields for BookingStatus {
    const FIELDS: &'static [&'static str] = &[
        "booking",
        "summary",
        "code",
        "stay",
        "checkIn",
        "checkOut",
        "passwordId",
        "passwordName",
        "delivery",
        "firstUse",
    ];
}

const HEADERS: [&str; 8] = [
    "GUEST",
    "CHECK-IN",
    "CHECK-OUT",
    "STAY",
    "CODE",
    "ID",
    "DELIVERY",
    "FIRST USE",
];

/// What every lock's reading shares: the feed's bookings and how they become windows and names.
struct Job {
    bookings: Vec<Booking>,
    before: i64,
    after: i64,
    check_in: jiff::civil::Time,
    check_out: jiff::civil::Time,
    template: String,
    profile: String,
    feed: String,
    source: String,
    data_dir: std::path::PathBuf,
}

/// A row's cells under [`HEADERS`].
fn cells(r: &BookingStatus) -> Vec<String> {
    vec![
        r.summary.clone(),
        when(r.check_in.as_ref()),
        when(r.check_out.as_ref()),
        r.stay.to_string(),
        r.password_name.clone().unwrap_or_else(|| "-".into()),
        r.password_id.clone().unwrap_or_else(|| "-".into()),
        r.delivery.unwrap_or("-").to_string(),
        match &r.first_use {
            Some(t) => when(Some(t)),
            None => "not yet".into(),
        },
    ]
}

/// The warning for a lock with bookings that have no code, if any.
/// Its command repeats the `--profile` given, so it acts on the same account as printed.
fn missing_words(lock: &Lock, rows: &[BookingStatus], given: &Given) -> Option<String> {
    let missing = rows
        .iter()
        .filter(|r| r.delivery == Some("missing"))
        .count();
    (missing > 0).then(|| {
        format!(
            "{missing} booking{} no code on {}; `{}` makes {}",
            if missing == 1 { " has" } else { "s have" },
            lock.name,
            crate::error::command(
                &format!("lockctl booking sync -d {} --ical ...", lock.id),
                given
            ),
            if missing == 1 { "it" } else { "them" }
        )
    })
}

pub async fn status(a: FeedArgs, ctx: &mut Context) -> Result<()> {
    crate::commands::plan::refuse_raw(ctx, "booking status")?;
    ctx.out.check_fields::<BookingStatus>()?;
    let f = super::sync::flags_of(&a)?;
    if ctx.global.fleet.is_none() {
        crate::resolve::dev(ctx)?;
    } else {
        fleet::concurrency(&ctx.global)?;
    }
    let text = f.source.load(ctx.global.verbose).await?;
    let bookings = super::ical::parse(&text).map_err(|e| {
        Fail::failure(
            format!("the booking feed {} does not parse: {e}", f.source.shown()),
            "check the feed's address, or open it in a browser to see what it serves",
        )
    })?;
    let job = Arc::new(Job {
        bookings,
        before: f.before,
        after: f.after,
        check_in: f.check_in,
        check_out: f.check_out,
        template: a.name.clone(),
        profile: ctx.settings.profile_name.clone().unwrap_or_default(),
        feed: f.source.key(),
        source: f.source.shown(),
        data_dir: crate::config::data_dir()?,
    });
    let locks = match fleet::targets(ctx).await? {
        Targets::One(lock) => {
            let api = ctx.api().await?;
            let rows = read(api.as_ref(), &lock, &job).await?;
            return show_one(ctx, &lock, &job, &rows);
        }
        Targets::Many(locks) => locks,
    };
    let api = ctx.api().await?;
    fleet::precheck("booking status", &locks, |l| {
        Ok(api.offers(l, PasswordOp::TempList)?)
    })?;
    let body = {
        let job = job.clone();
        move |s: Arc<fleet::Shared>, lock: Lock| {
            let job = job.clone();
            async move { read(s.api.as_ref(), &lock, &job).await }
        }
    };
    let ran = fleet::run(ctx, locks, body).await?;
    let given = Given::of(&ctx.global);
    let missing: Vec<String> = ran
        .outcomes
        .iter()
        .filter_map(|o| {
            o.result
                .as_ref()
                .ok()
                .and_then(|r| missing_words(&o.lock, r, &given))
        })
        .collect();
    let reported = fleet::report_rows(ctx, ran, &HEADERS, |_, rows: &Vec<BookingStatus>| {
        rows.iter().map(cells).collect()
    });
    for m in &missing {
        ctx.out.warn(m);
    }
    reported
}

/// One lock's bookings as a table of its own (or its JSON list), as always.
fn show_one(ctx: &Context, lock: &Lock, job: &Job, rows: &[BookingStatus]) -> Result<()> {
    if rows.is_empty() {
        ctx.out
            .notice(&format!("no current or next booking in {}", job.source));
    }
    ctx.out.show_list(rows, vec![], |o| {
        if rows.is_empty() {
            return Ok(());
        }
        o.table(&HEADERS, rows.iter().map(cells))
    })?;
    if let Some(m) = missing_words(lock, rows, &Given::of(&ctx.global)) {
        ctx.out.warn(&m);
    }
    Ok(())
}

/// The current and next bookings of the feed as they stand on one lock.
async fn read(
    api: &dyn lockctl_api::Backend,
    lock: &Lock,
    job: &Job,
) -> Result<Vec<BookingStatus>> {
    api.offers(lock, PasswordOp::TempList)?;
    let passwords = api.temp_passwords(lock).await?;
    api.discard_raw();
    let key = Key {
        profile: job.profile.clone(),
        lock: lock.id.clone(),
        feed: job.feed.clone(),
        source: job.source.clone(),
    };
    let entries = state::load(&job.data_dir, &key)?;
    let now = lockctl_api::clock::now();
    let rules = Rules {
        before: job.before,
        after: job.after,
        check_in: job.check_in,
        check_out: job.check_out,
        zone: lock.zone.clone(),
        template: job.template.clone(),
        now,
        can_update: false,
    };
    // Current and next bookings: not blocked, not cancelled, their window not over; by check-in.
    let mut ahead: Vec<(&Booking, i64, i64)> = vec![];
    for b in job.bookings.iter().filter(|b| !b.blocked && !b.cancelled) {
        if ahead.iter().any(|(x, ..)| x.uid == b.uid) {
            continue;
        }
        if let Some((from, to)) = engine::window(b, &rules) {
            if to > now.as_second() {
                ahead.push((b, from, to));
            }
        }
    }
    ahead.sort_by_key(|(_, from, _)| *from);
    let mut rows: Vec<BookingStatus> = vec![];
    let mut found: Vec<Option<&TempPassword>> = vec![];
    for (b, from, to) in &ahead {
        let name = engine::name(b, &rules, *from, *to);
        let secs = |t: &Option<Time>| t.as_ref().map_or(0, Time::as_secs);
        // The sync's state links the booking to its password; else the one a sync would adopt.
        let linked = entries.iter().find(|e| e.uid == b.uid).and_then(|e| {
            passwords
                .iter()
                .find(|p| p.id.as_deref() == Some(e.password.as_str()))
        });
        let p = linked.or_else(|| {
            passwords.iter().find(|p| {
                p.name == name
                    && (secs(&p.from), secs(&p.to)) == (*from, *to)
                    && !entries
                        .iter()
                        .any(|e| p.id.as_deref() == Some(e.password.as_str()))
            })
        });
        let (check_in, check_out) = (from + rules.before, to - rules.after);
        rows.push(BookingStatus {
            booking: b.uid.clone(),
            summary: b.summary.clone(),
            code: b.code.clone(),
            stay: if check_in <= now.as_second() {
                "current"
            } else {
                "next"
            },
            check_in: Time::from_secs(check_in, &lock.zone),
            check_out: Time::from_secs(check_out, &lock.zone),
            password_id: p.and_then(|p| p.id.clone()),
            password_name: p.map(|p| p.name.clone()),
            delivery: match p {
                None => Some("missing"),
                Some(p) => p.delivery.map(|d| d.as_str()),
            },
            first_use: None,
        });
        found.push(p);
    }
    first_uses(api, lock, &found, &mut rows).await?;
    Ok(rows)
}

/// The first opening with each booking's code: the oldest record of a temporary password that
/// names it (its number on the lock, else its name), at or after its window began.
async fn first_uses(
    api: &dyn lockctl_api::Backend,
    lock: &Lock,
    found: &[Option<&TempPassword>],
    rows: &mut [BookingStatus],
) -> Result<()> {
    let since = found
        .iter()
        .flatten()
        .filter_map(|p| p.from.as_ref().map(Time::as_secs))
        .min();
    if found.iter().all(Option::is_none) {
        return Ok(());
    }
    let query = Query {
        kinds: vec![UnlockKind::TempPassword],
        since: since.and_then(|s| jiff::Timestamp::from_second(s).ok()),
        until: None,
        member: None,
        page_size: 100,
        limit: None,
        concurrency: 1,
    };
    let mut pages = api.history(lock, &query).await?;
    while let Some(page) = pages.next().await? {
        // Newest first: the last match seen is the first use.
        for r in &page.items {
            let Some(at) = &r.time else { continue };
            for (p, row) in found.iter().zip(rows.iter_mut()) {
                let Some(p) = p else { continue };
                if p.from.as_ref().is_some_and(|f| at.as_secs() < f.as_secs()) {
                    continue;
                }
                let number = r
                    .unlock_id
                    .as_deref()
                    .and_then(|u| u.rsplit_once('-'))
                    .map(|(_, n)| n.to_string());
                let names_it = match (p.sn, number) {
                    (Some(sn), Some(n)) => n == sn.to_string(),
                    _ => r.unlock_name.as_deref() == Some(p.name.as_str()),
                };
                if names_it {
                    row.first_use = Some(at.clone());
                }
            }
        }
    }
    api.discard_raw();
    Ok(())
}

//! `watch`: events of many locks as they happen (issue 20 §3). Each lock's history and alarms are
//! read every `--interval` (a lock that keeps failing waits longer, alone), its temporary
//! passwords every 4th poll and, on locks that are not Wi-Fi, its members and their unlock
//! methods every 8th (for `delivered` / `refused`), the device list's online flags and batteries
//! once per interval, every request within the run's `--rate`. Each event is printed
//! once (people-lines, or NDJSON with `--json`), then handed to `--exec` and `--webhook` in the
//! background. The state (seen record ids per lock) is saved before the events it covers are
//! printed, so a restart, even after kill -9, repeats nothing. Ctrl-C and SIGTERM let the hooks
//! in flight finish, save, and exit 0.

mod event;
mod hooks;
mod state;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Result;
use clap::Args;
use futures::StreamExt;
use lockctl_api::ops::device::Battery;
use lockctl_api::{Backend, Lock};
use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::commands::records::follow::interval;
use crate::context::Context;
use crate::error::Fail;
use crate::fleet::{self, Targets};
use crate::options;
use crate::output::select;

use event::{Event, Start};
use state::StateFile;

/// The run's rate when `--rate` is not given: kind to the cloud over many locks.
const WATCH_RATE: f64 = 5.0;
/// A lock's temporary passwords are read every this many polls (for `delivered` / `refused`).
const PASSWORDS_EVERY: u64 = 4;
/// Members and their unlock methods, on locks that are not Wi-Fi, every this many polls (for
/// `delivered` / `refused`; Wi-Fi locks keep members in the cloud and enrol methods themselves).
const MEMBERS_EVERY: u64 = 8;
/// The longest wait after failures.
const MAX_BACKOFF: Duration = Duration::from_secs(300);
/// Secret of `--webhook`.
pub const WEBHOOK_SECRET: &str = "LOCKCTL_WEBHOOK_SECRET";

#[derive(Args, Debug)]
pub struct WatchArgs {
    /// Time between reads of each lock: `30s`, `500ms`, `2m` or seconds (200ms to 1h). A lock that
    /// keeps failing waits longer (up to 5 minutes), alone. Every request stays within --rate
    /// (5 a second unless given).
    #[arg(long, default_value = "30s")]
    pub interval: String,
    /// Run this command for each event (as `sh -c CMD`), the event's JSON on its stdin and
    /// LOCKCTL_EVENT_ID, _KIND, _LOCK, _LOCK_NAME, _TIME in its environment. Its output goes to
    /// stderr; a failure is a warning, never the end of the watch.
    #[arg(long, value_name = "CMD")]
    pub exec: Option<String>,
    /// Hooks running at once at most (1-64).
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub exec_concurrency: usize,
    /// A hook still running after this long is killed (200ms to 1h).
    #[arg(long, default_value = "30s", value_name = "TIME")]
    pub exec_timeout: String,
    /// POST each event here, signed with HMAC-SHA256 of LOCKCTL_WEBHOOK_SECRET
    /// (X-Lockctl-Signature-256). https, or http to this machine only.
    #[arg(long, value_name = "URL")]
    pub webhook: Option<String>,
    /// Tries after the first before an event goes to the dead letters (0-5; waits 1s, 5s, 30s,
    /// 2m, 10m).
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub webhook_retries: usize,
    /// Where events the webhook did not take are kept (JSON lines, 0600); default: beside the
    /// watch's state in the data directory.
    #[arg(long, value_name = "FILE")]
    pub dead_letter: Option<std::path::PathBuf>,
}

/// One lock being watched.
struct Watched {
    lock: Lock,
    due: Instant,
    wait: Duration,
    start: Start,
    /// Polls that succeeded.
    polls: u64,
    /// The members' read failed and this was said (said again only after one succeeded).
    members_warned: bool,
}

/// Everything checked before any request.
struct Plan {
    every: Duration,
    json: bool,
    fields: Option<Vec<String>>,
    exec: Option<hooks::Exec>,
    webhook: Option<(url::Url, String, Vec<u8>)>,
    retries: usize,
}

fn check(a: &WatchArgs, ctx: &Context) -> Result<Plan> {
    let every = interval(&a.interval)?;
    let (json, fields) = match &ctx.out.format {
        options::Format::Human => (false, None),
        options::Format::Json { fields } => (true, fields.clone()),
        options::Format::Jq(_) | options::Format::Raw => {
            return Err(Fail::usage_hint(
                "watch prints events as they come: --jq and --raw need a whole answer",
                "use --json (one event per line) and pipe it to jq",
            ))
        }
    };
    if let Some(f) = &fields {
        const NAMES: &[&str] = &[
            "id", "time", "lock", "kind", "record", "alarm", "password", "booking", "online",
            "battery", "entry", "reason",
        ];
        if let Some(bad) = f.iter().find(|x| !NAMES.contains(&x.as_str())) {
            return Err(Fail::usage_hint(
                format!("--json: an event has no field `{bad}`"),
                format!("choose among {}", NAMES.join(", ")),
            ));
        }
    }
    // Every value is checked, given with --exec/--webhook or not: a wrong one is a mistake
    // either way.
    if !(1..=64).contains(&a.exec_concurrency) {
        return Err(Fail::usage("--exec-concurrency must be 1 to 64"));
    }
    let timeout = interval(&a.exec_timeout).map_err(|_| {
        Fail::usage_hint(
            format!(
                "--exec-timeout `{}` is not a time between 200ms and 1h",
                a.exec_timeout
            ),
            "use e.g. 30s, 500ms or 2m",
        )
    })?;
    if let Some(d) = &a.dead_letter {
        if a.webhook.is_none() {
            return Err(Fail::usage_hint(
                "--dead-letter needs --webhook: only webhook deliveries go to the dead letters",
                "add --webhook URL, or drop --dead-letter",
            ));
        }
        let dir = match d.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => std::path::Path::new("."),
        };
        if d.as_os_str().is_empty() || d.is_dir() || !dir.is_dir() {
            return Err(Fail::usage_hint(
                format!(
                    "--dead-letter `{}` is not a file in an existing directory",
                    d.display()
                ),
                "name a file in a directory that exists, e.g. ./dead-letter.jsonl",
            ));
        }
    }
    let exec = match &a.exec {
        None => None,
        Some(c) => {
            hooks::check_exec(c)?;
            Some(hooks::Exec {
                command: c.clone(),
                slots: Arc::new(tokio::sync::Semaphore::new(a.exec_concurrency)),
                timeout,
            })
        }
    };
    if a.webhook_retries > 5 {
        return Err(Fail::usage("--webhook-retries must be 0 to 5"));
    }
    let webhook = match &a.webhook {
        None => None,
        Some(u) => {
            let (url, shown) = hooks::check_url(u)?;
            let secret = crate::env::get(WEBHOOK_SECRET).unwrap_or_default();
            if secret.is_empty() {
                return Err(Fail::usage_hint(
                    format!("--webhook needs a secret to sign events, and {WEBHOOK_SECRET} is not set"),
                    format!("set {WEBHOOK_SECRET}=SECRET in the environment (the receiver checks with the same secret)"),
                ));
            }
            Some((url, shown, secret.into_bytes()))
        }
    };
    Ok(Plan {
        every,
        json,
        fields,
        exec,
        webhook,
        retries: a.webhook_retries,
    })
}

/// Name the booking of each `first_use` whose code `booking sync` made (its state file is read
/// again at each first use: a sync may have run meanwhile). A file that does not read is a
/// warning; the events go out without it.
fn bookings(ctx: &Context, profile: &str, lock: &lockctl_api::Lock, events: &mut [Event]) {
    if !events.iter().any(|e| e.kind == "first_use") {
        return;
    }
    let codes = match crate::config::data_dir()
        .and_then(|d| crate::commands::booking::state::codes(&d, profile))
    {
        Ok(c) => c,
        Err(e) => {
            ctx.out
                .warn(&format!("the bookings of first uses are not named: {e:#}"));
            return;
        }
    };
    for e in events.iter_mut().filter(|e| e.kind == "first_use") {
        let Some(name) = e.password.as_ref().and_then(|p| p.name.as_deref()) else {
            continue;
        };
        if let Some(c) = codes.iter().find(|c| c.lock == lock.id && c.name == name) {
            e.booking = Some(event::BookingRef {
                summary: c.summary.clone(),
                uid: c.uid.clone(),
            });
        }
    }
}

/// A future that ends on Ctrl-C or SIGTERM.
fn stop_signal() -> Result<std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>> {
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        Ok(Box::pin(async move {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        }))
    }
    #[cfg(not(unix))]
    Ok(Box::pin(async {
        let _ = tokio::signal::ctrl_c().await;
    }))
}

pub async fn run(a: WatchArgs, ctx: &mut Context) -> Result<()> {
    let plan = check(&a, ctx)?;
    let mut stop = stop_signal()?;
    if ctx.global.rate.is_none() {
        ctx.global.rate = Some(WATCH_RATE);
    }
    let profile = ctx.settings.profile_name.clone().unwrap_or_default();
    let place = state::place(&crate::config::data_dir()?, &profile);
    let _held = state::hold(&place)?;
    let state_path = state::state_path(&place);
    let mut saved = state::load(&state_path, &profile)?;
    let webhook = match plan.webhook {
        None => None,
        Some((url, shown, secret)) => {
            let dead = a
                .dead_letter
                .clone()
                .unwrap_or_else(|| place.with_extension("dead-letter.jsonl"));
            let client = reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .redirect(reqwest::redirect::Policy::none())
                .build()?;
            Some(hooks::Webhook {
                url,
                shown,
                secret,
                waits: hooks::waits(plan.retries),
                dead,
                client,
                pending: Arc::new(Mutex::new(vec![])),
                dead_lock: Arc::new(Mutex::new(())),
            })
        }
    };
    let locks = tokio::select! {
        t = fleet::targets(ctx) => match t? {
            Targets::One(l) => vec![l],
            Targets::Many(ls) => ls,
        },
        _ = &mut stop => return Ok(()),
    };
    let api = ctx.api().await?;
    let conc = fleet::concurrency(&ctx.global)?;
    let now = Instant::now();
    let mut watched: Vec<Watched> = locks
        .into_iter()
        .map(|lock| Watched {
            start: if saved.locks.contains_key(&lock.id) {
                Start::Resume
            } else {
                Start::Fresh
            },
            lock,
            due: now,
            wait: plan.every,
            polls: 0,
            members_warned: false,
        })
        .collect();
    let (warn_tx, mut warn_rx) = mpsc::unbounded_channel::<String>();
    let mut tasks: JoinSet<()> = JoinSet::new();
    let mut posts: JoinSet<()> = JoinSet::new();
    let mut header = !plan.json && !ctx.out.stdout_tty;
    let mut devices_due = now;
    let mut devices_wait = plan.every;
    let mut announced = false;
    let emit = |ctx: &Context,
                events: Vec<Event>,
                header: &mut bool,
                tasks: &mut JoinSet<()>,
                posts: &mut JoinSet<()>|
     -> Result<()> {
        for e in events {
            let body = serde_json::to_vec(&e)?;
            if plan.json {
                match &plan.fields {
                    None => ctx.out.ndjson_line(&e)?,
                    Some(f) => ctx
                        .out
                        .ndjson_line(&select::apply(serde_json::to_value(&e)?, f))?,
                }
            } else {
                if *header {
                    ctx.out.line("TIME\tLOCK\tKIND\tDETAIL")?;
                    *header = false;
                }
                let sep = if ctx.out.stdout_tty { "  " } else { "\t" };
                let time = e.time.as_ref().map(|t| t.rfc3339()).unwrap_or("-".into());
                let cells = [time, e.lock.name.clone(), e.kind.to_string(), e.detail()];
                let cells: Vec<String> = cells
                    .iter()
                    .map(|c| c.replace(['\t', '\n', '\r'], " "))
                    .collect();
                ctx.out.line(&cells.join(sep))?;
            }
            if let Some(x) = &plan.exec {
                hooks::exec(x, &e, body.clone(), tasks, warn_tx.clone());
            }
            if let Some(w) = &webhook {
                w.post(e.kind, body, posts, warn_tx.clone());
            }
        }
        Ok(())
    };
    loop {
        while tasks.try_join_next().is_some() {}
        while posts.try_join_next().is_some() {}
        let now = Instant::now();
        // The device list: the online flags of every lock in one read.
        if devices_due <= now {
            let read = tokio::select! {
                r = api.homes_and_devices() => r,
                _ = &mut stop => break,
            };
            match read {
                Ok(homes) => {
                    devices_wait = plan.every;
                    let online: HashMap<String, (bool, Option<Battery>)> = homes
                        .into_iter()
                        .flat_map(|(_, ds)| ds)
                        .map(|d| (d.dev_id, (d.online, d.battery)))
                        .collect();
                    let mut events = vec![];
                    for w in &watched {
                        let Some(&(on, battery)) = online.get(&w.lock.id) else {
                            continue;
                        };
                        let st = saved.locks.entry(w.lock.id.clone()).or_default();
                        if let Some(e) = event::online_change(&w.lock, st, on) {
                            events.push(e);
                        }
                        // A battery that crossed into low between two reads, as the online
                        // flag is compared.
                        if let Some(e) = event::battery_change(&w.lock, st, battery) {
                            events.push(e);
                        }
                    }
                    if !events.is_empty() {
                        state::store(&state_path, &saved)?;
                    }
                    emit(ctx, events, &mut header, &mut tasks, &mut posts)?;
                }
                Err(e) => {
                    devices_wait =
                        (devices_wait * 2).clamp(plan.every, MAX_BACKOFF.max(plan.every));
                    ctx.out.warn(&format!(
                        "reading the device list failed ({e}); trying again in {}",
                        seconds(devices_wait)
                    ));
                }
            }
            devices_due = Instant::now() + devices_wait;
        }
        // Each lock that is due.
        let due: Vec<usize> = (0..watched.len())
            .filter(|&i| watched[i].due <= now)
            .collect();
        if !due.is_empty() {
            let jobs: Vec<_> = due
                .iter()
                .map(|&i| {
                    let w = &watched[i];
                    let st = saved.locks.get(&w.lock.id).cloned().unwrap_or_default();
                    let passwords = w.polls.is_multiple_of(PASSWORDS_EVERY);
                    let members = w.polls.is_multiple_of(MEMBERS_EVERY);
                    (i, w.lock.clone(), st, w.start, (passwords, members))
                })
                .collect();
            let jobs = jobs.into_iter().map(|(i, lock, st, start, (pw, mb))| {
                let api: Arc<dyn Backend> = api.clone();
                async move { (i, event::poll(api, &lock, &st, start, pw, mb).await) }
            });
            let mut polls = futures::stream::iter(jobs).buffer_unordered(conc);
            let mut stopped = false;
            loop {
                let next = tokio::select! {
                    n = polls.next() => n,
                    _ = &mut stop => { stopped = true; None }
                };
                let Some((i, r)) = next else { break };
                let w = &mut watched[i];
                match r {
                    Ok(event::Polled {
                        state: st,
                        mut events,
                        members_unread,
                        members_read,
                    }) => {
                        match members_unread {
                            Some(e) if !w.members_warned => {
                                w.members_warned = true;
                                ctx.out.warn(&format!(
                                    "cannot read the members of {} ({}): {e}; their deliveries are not watched until they read, the rest of the lock is",
                                    w.lock.name, w.lock.id
                                ));
                            }
                            Some(_) => {}
                            None if members_read => w.members_warned = false,
                            None => {}
                        }
                        bookings(ctx, &profile, &w.lock, &mut events);
                        w.wait = plan.every;
                        w.start = Start::Steady;
                        w.polls += 1;
                        let online = saved.locks.get(&w.lock.id).and_then(|s| s.online);
                        let mut st = st;
                        st.online = online;
                        saved.locks.insert(w.lock.id.clone(), st);
                        state::store(&state_path, &saved)?;
                        emit(ctx, events, &mut header, &mut tasks, &mut posts)?;
                    }
                    Err(e) => {
                        w.wait = (w.wait * 2).clamp(plan.every, MAX_BACKOFF.max(plan.every));
                        ctx.out.warn(&format!(
                            "reading {} ({}) failed ({e}); trying again in {}",
                            w.lock.name,
                            w.lock.id,
                            seconds(w.wait)
                        ));
                    }
                }
                w.due = Instant::now() + w.wait;
            }
            drop(polls);
            if stopped {
                break;
            }
        }
        if !announced {
            // After the first reads: what happens from here on is printed.
            ctx.out.notice(&format!(
                "watching {} lock{}; Ctrl-C to stop",
                watched.len(),
                if watched.len() == 1 { "" } else { "s" }
            ));
            announced = true;
        }
        let next = watched
            .iter()
            .map(|w| w.due)
            .chain([devices_due])
            .min()
            .unwrap_or(devices_due);
        tokio::select! {
            _ = tokio::time::sleep_until(next) => {}
            Some(w) = warn_rx.recv() => ctx.out.warn(&w),
            _ = &mut stop => break,
        }
    }
    // Stopping: the hooks in flight finish (each within its timeout); what the webhook has not
    // delivered goes to the dead letters; the state is saved.
    while tasks.join_next().await.is_some() {}
    posts.abort_all();
    while posts.join_next().await.is_some() {}
    while let Ok(w) = warn_rx.try_recv() {
        ctx.out.warn(&w);
    }
    if let Some(w) = &webhook {
        for line in w.stop() {
            ctx.out.warn(&line);
        }
    }
    save(&state_path, &saved)?;
    ctx.out.notice("watch stopped; its state is saved");
    Ok(())
}

/// A wait in words: `0.4s`, `3.2s`, `45s`.
fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 10.0 {
        format!("{:.1}s", s)
    } else {
        format!("{}s", s.round())
    }
}

fn save(path: &std::path::Path, saved: &StateFile) -> Result<()> {
    state::store(path, saved)
}

pub const EXAMPLES: &str = "Examples:\n  lockctl watch --all-locks\n  lockctl watch --home Rentals --json\n  lockctl watch -d front,back --exec 'notify-send \"$LOCKCTL_EVENT_KIND\"'\n  LOCKCTL_WEBHOOK_SECRET=s3cret lockctl watch --all-locks --webhook https://example.com/hook";

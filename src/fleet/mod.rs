//! Runs over several locks: which locks a command names, the checks made for every lock before
//! any request, and the runner that calls a verb's one-lock body per lock, a bounded number at
//! once, and prints one row (or JSON element) per lock.
//!
//! # Using the runner from a verb
//!
//! A verb keeps its one-lock work as a body `async fn(Arc<Shared>, Lock, ...) -> Result<Model>`
//! that sends through `shared.api` and prints nothing. A verb whose work is that body alone
//! calls [`each`]:
//!
//! ```text
//! let body = |s: Arc<Shared>, l: Lock| async move { Ok(s.api.member_count(&l).await?) };
//! let row = |c: &MemberCount| Row { state: "ok", detail: format!("{} members", c.family) };
//! let Some((lock, model)) = fleet::each(ctx, "member count", body, row).await? else {
//!     return Ok(()); // several locks: reported
//! };
//! // one lock: print `model` as the verb always has
//! ```
//!
//! A verb with per-lock input (a PIN of each lock's length, a window in each lock's zone) or a
//! confirmation does the steps itself:
//!
//! ```text
//! match fleet::targets(ctx).await? {
//!     Targets::One(lock) => { /* the body once, print the model */ }
//!     Targets::Many(locks) => {
//!         let plans = fleet::prepare("temppwd create", &locks, |l| plan_for(l))?; // exit 2
//!         fleet::confirm(ctx, "Remove ...?", &locks)?;       // confirmed verbs only
//!         let ran = fleet::run(ctx, locks, |s, l| body(s, l, plan_of(&l))).await?;
//!         fleet::report(ctx, ran, |m| Row { state: "ok", detail: ... })
//!     }
//! }
//! ```
//!
//! - [`targets`] resolves `-d A,B`, repeated `-d`, `--home` and `--all-locks` (their union, in the
//!   order given, each lock once); with none of them it is the one lock of `--dev`,
//!   `LOCKCTL_DEV` or the default lock. Verbs that never call it refuse several locks
//!   (`resolve::dev` says so, exit 2).
//! - [`precheck`] / [`prepare`] run a check on every lock and refuse the whole run (exit 2,
//!   naming each lock that fails it) before anything is sent; `prepare` keeps what the check
//!   made per lock. [`one_lock_only`] refuses a per-lock id given for several locks.
//! - [`confirm`] is the one confirmation of every confirmed verb, over one lock or several: it
//!   lists several locks on stderr, then asks once (`--yes` skips it; off a terminal it refuses).
//! - [`run`] calls the body for each lock, `--concurrency` at once (every request of the run also
//!   goes through the client's shared token bucket, `--rate`); Ctrl-C stops it and what finished
//!   is still reported.
//! - [`report`] prints the table (or the JSON array, see docs/json.md) and the summary, and
//!   returns the run's exit: 0 when every lock succeeded, 1 when any failed, 4 when the login
//!   could not be renewed, 130 when cancelled.
//! - [`wait::verify`] follows a created entry to the lock (`--wait`).
//!
//! A body may fail with [`LockError`] for outcomes that are not the API's errors (`pending`,
//! `refused`): its code is what the JSON's `error.code` says.

mod report;
pub mod wait;

use std::collections::HashSet;
use std::future::Future;
use std::sync::Arc;

use anyhow::Result;
use futures::StreamExt;
use lockctl_api::{Backend, Lock};

pub use report::{report, report_noted, report_rows, Row};

use crate::config::cache::CachedDevice;
use crate::context::Context;
use crate::error::Fail;
use crate::options::{Options, Selector, DEFAULT_CONCURRENCY, MAX_CONCURRENCY};

/// What a verb works on.
pub enum Targets {
    /// No selector named several: one lock, printed as its model.
    One(Lock),
    /// A selector that can name several (even when it matched one): one row per lock.
    Many(Vec<Lock>),
}

/// What a lock's body gets: the API, shared by the run (its client holds the run's token
/// bucket). Bodies print nothing: they return their model.
pub struct Shared {
    pub api: Arc<dyn Backend>,
    /// Where what a lock teaches (its PIN length) is remembered: cache directory and profile.
    pub cache: Option<(std::path::PathBuf, String)>,
}

impl Shared {
    /// What a one-lock run's body gets (the same as each lock of a run over several).
    pub async fn of(ctx: &mut Context) -> Result<Arc<Shared>> {
        Ok(Arc::new(Shared {
            api: ctx.api().await?,
            cache: ctx.cache_place(),
        }))
    }
}

/// A lock's outcome that is not one of the API's errors.
#[derive(Debug)]
pub struct LockError {
    /// `pending`, `refused`, `cancelled`...: `error.code` in the JSON.
    pub code: &'static str,
    pub message: String,
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LockError {}

impl LockError {
    pub fn error(code: &'static str, message: impl Into<String>) -> anyhow::Error {
        LockError {
            code,
            message: message.into(),
        }
        .into()
    }
}

/// One lock's outcome.
pub struct Outcome<M> {
    pub lock: Lock,
    pub result: Result<M>,
}

/// The locks the command names: several when a selector can name several, else the one lock.
pub async fn targets(ctx: &mut Context) -> Result<Targets> {
    match ctx.global.fleet.clone() {
        None => Ok(Targets::One(crate::resolve::dev_lock(ctx).await?)),
        Some(sel) => {
            let mut locks = resolve(ctx, &sel).await?;
            // `-d front,Front Door`: the same lock named twice is one lock.
            if locks.len() == 1 && !sel.all && sel.homes.is_empty() {
                let lock = locks.remove(0);
                one_lock(ctx, lock.id.clone());
                return Ok(Targets::One(lock));
            }
            Ok(Targets::Many(locks))
        }
    }
}

/// `-d A,B` whose names all name the same lock (by name, prefix or id) is a one-lock run: the
/// selector gives way to `--dev` before the verb looks at it. Decided from the cached device
/// list only (a fresh list, or exact ids), so it never sends a request; [`targets`] catches
/// what the cache could not tell.
pub fn settle(ctx: &mut Context) {
    let Some(sel) = &ctx.global.fleet else {
        return;
    };
    if sel.all || !sel.homes.is_empty() {
        return;
    }
    let cache = ctx.cached_devices();
    let fresh = cache.list_fresh();
    let mut ids = HashSet::new();
    for q in &sel.devs {
        match crate::resolve::find_lock(&cache.devices, q) {
            crate::resolve::Found::One(d) if fresh || d.id == *q => {
                ids.insert(d.id.clone());
            }
            _ => return,
        }
    }
    if let (1, Some(id)) = (ids.len(), ids.into_iter().next()) {
        one_lock(ctx, id);
    }
}

/// Make the run a one-lock run on `dev`.
fn one_lock(ctx: &mut Context, dev: String) {
    ctx.global.fleet = None;
    ctx.global.dev = Some(dev.clone());
    ctx.settings.dev = Some(dev);
    ctx.out.many = false;
}

/// The union of the selectors, in the order given, each lock once.
async fn resolve(ctx: &mut Context, sel: &Selector) -> Result<Vec<Lock>> {
    let mut locks: Vec<Lock> = vec![];
    if sel.all && sel.homes.is_empty() && ctx.cached_devices().list_fresh() {
        // Every lock, from a fresh device list: no request.
        for c in ctx.cached_devices().devices.iter().filter(|c| c.is_lock) {
            match ctx.lock_from_cache(c)? {
                Some(lock) => locks.push(lock),
                None => locks.push(ctx.lock_from_cloud(&c.id).await?),
            }
        }
    } else if sel.all || !sel.homes.is_empty() {
        locks = from_homes(ctx, sel).await?;
    }
    for q in &sel.devs {
        locks.push(crate::resolve::lock(ctx, q).await?);
    }
    let mut seen = HashSet::new();
    locks.retain(|l| seen.insert(l.id.clone()));
    if locks.is_empty() {
        return Err(Fail::usage_hint(
            "the selectors name no lock",
            "`lockctl device list` shows the locks and their homes",
        ));
    }
    Ok(locks)
}

/// The locks of the homes named (or of every home), from the cloud's home list.
async fn from_homes(ctx: &mut Context, sel: &Selector) -> Result<Vec<Lock>> {
    let api = ctx.api().await?;
    let homes = api.homes_and_devices().await?;
    api.take_raw();
    let all: Vec<_> = homes.iter().flat_map(|(_, d)| d.clone()).collect();
    ctx.cache_devices(&all)?;
    for h in &sel.homes {
        if !homes
            .iter()
            .any(|(home, _)| home.name.eq_ignore_ascii_case(h))
        {
            let names: Vec<String> = homes.iter().map(|(home, _)| home.name.clone()).collect();
            return Err(Fail::usage_hint(
                format!("--home: no home named `{h}`"),
                format!("homes: {}", names.join(", ")),
            ));
        }
    }
    let now = crate::config::cache::now();
    let mut locks = vec![];
    for (home, devices) in &homes {
        let wanted = sel.all || sel.homes.iter().any(|h| home.name.eq_ignore_ascii_case(h));
        for d in devices.iter().filter(|d| wanted && d.is_lock()) {
            let c = CachedDevice::from_device(d, now);
            match ctx.lock_from_cache(&c)? {
                Some(lock) => locks.push(lock),
                None => locks.push(ctx.lock_from_cloud(&d.dev_id).await?),
            }
        }
    }
    Ok(locks)
}

/// `--concurrency` for a run over several locks, checked.
pub fn concurrency(global: &Options) -> Result<usize> {
    let n = global.concurrency.unwrap_or(DEFAULT_CONCURRENCY);
    if !(1..=MAX_CONCURRENCY).contains(&n) {
        return Err(Fail::usage(format!(
            "--concurrency must be 1 to {MAX_CONCURRENCY}"
        )));
    }
    Ok(n)
}

/// Run `check` on every lock before anything is sent; any failure refuses the whole run, naming
/// every lock that failed it.
pub fn precheck(what: &str, locks: &[Lock], check: impl Fn(&Lock) -> Result<()>) -> Result<()> {
    prepare(what, locks, check).map(|_| ())
}

/// Like [`precheck`], keeping what the check made for each lock (a plan read in its zone, a PIN
/// of its length), in the locks' order.
pub fn prepare<T>(what: &str, locks: &[Lock], make: impl Fn(&Lock) -> Result<T>) -> Result<Vec<T>> {
    let mut made = Vec::with_capacity(locks.len());
    let mut failed: Vec<String> = vec![];
    for l in locks {
        match make(l) {
            Ok(t) => made.push(t),
            Err(e) => failed.push(format!("{} ({}): {e}", l.name, l.id)),
        }
    }
    if failed.is_empty() {
        return Ok(made);
    }
    Err(Fail::usage_hint(
        format!(
            "{what}: {} of {} locks cannot take it, nothing was sent:\n  {}",
            failed.len(),
            locks.len(),
            failed.join("\n  ")
        ),
        "leave those locks out (-d names locks one by one), or fix the flags for them",
    ))
}

/// A flag that names one thing on one lock (an id from one lock's list) given for several locks.
pub fn one_lock_only(flag: &str, value: &str, locks: &[Lock]) -> Result<()> {
    if locks.len() < 2 {
        return Ok(());
    }
    let names: Vec<&str> = locks.iter().map(|l| l.name.as_str()).collect();
    Err(Fail::usage_hint(
        format!(
            "{flag} {value} is an id on one lock, but {} locks are named: {}",
            locks.len(),
            names.join(", ")
        ),
        format!("name one lock with -d, or use a name where {flag} takes one"),
    ))
}

/// The one confirmation every confirmed verb calls, before anything is written (the policy and
/// the list of verbs: docs/conventions.md, "Confirmation"). `--yes` skips it; on a terminal it
/// lists the locks when there are several, then asks once on stderr; off a terminal (or with
/// `--no-input`) it refuses at once with a usage error naming `--yes`. `locks` is empty for a
/// verb about no lock (`profile remove`).
pub fn confirm(ctx: &Context, question: &str, locks: &[Lock]) -> Result<()> {
    if !ctx.global.yes && locks.len() > 1 {
        let mut list = format!("{} locks:", locks.len());
        for l in locks {
            list.push_str(&format!("\n  {} ({}, {})", l.name, l.id, l.kind.label()));
        }
        ctx.out.aside(&list);
    }
    ctx.prompter.confirm(question, ctx.global.yes)
}

/// Call `body` for every lock, `--concurrency` at once, with a progress bar on a terminal.
/// Ctrl-C stops the run: locks not finished are reported as cancelled.
pub async fn run<M, F, Fut>(ctx: &mut Context, locks: Vec<Lock>, body: F) -> Result<Ran<M>>
where
    F: Fn(Arc<Shared>, Lock) -> Fut,
    Fut: Future<Output = Result<M>>,
{
    let n = concurrency(&ctx.global)?;
    let shared = Shared::of(ctx).await?;
    let total = locks.len();
    let progress = ctx.out.progress("{spinner} {pos}/{len} locks {wide_bar}");
    progress.set_length(total as u64);
    let mut results: Vec<Option<Result<M>>> = (0..total).map(|_| None).collect();
    let mut stream = futures::stream::iter(locks.iter().cloned().enumerate())
        .map(|(i, lock)| {
            let fut = body(shared.clone(), lock);
            async move { (i, fut.await) }
        })
        .buffer_unordered(n);
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    let mut done = 0;
    let mut cancelled = false;
    loop {
        tokio::select! {
            next = stream.next() => match next {
                Some((i, r)) => {
                    results[i] = Some(r);
                    done += 1;
                    progress.set_position(done as u64);
                }
                None => break,
            },
            _ = &mut ctrl_c => {
                cancelled = true;
                break;
            }
        }
    }
    drop(stream);
    progress.finish();
    ctx.api().await?.discard_raw();
    let outcomes = locks
        .into_iter()
        .zip(results)
        .map(|(lock, r)| Outcome {
            lock,
            result: r.unwrap_or_else(|| {
                Err(LockError::error(
                    "cancelled",
                    "cancelled (Ctrl-C) before it finished: a write may or may not have been made; check this lock before trying again",
                ))
            }),
        })
        .collect();
    Ok(Ran {
        outcomes,
        cancelled,
    })
}

/// For a verb whose one-lock work is `body` alone: on several locks, check that every lock
/// offers `verb` (before any request), run it on each and report with `row` (then `None`); on one lock, run it once and hand back the lock and its model for
/// the verb to print as it always has.
pub async fn each<M, F, Fut>(
    ctx: &mut Context,
    verb: &str,
    body: F,
    row: impl Fn(&M) -> Row,
) -> Result<Option<(Lock, M)>>
where
    M: serde::Serialize,
    F: Fn(Arc<Shared>, Lock) -> Fut,
    Fut: Future<Output = Result<M>>,
{
    match targets(ctx).await? {
        Targets::One(lock) => {
            let s = Shared::of(ctx).await?;
            let m = body(s, lock.clone()).await?;
            Ok(Some((lock, m)))
        }
        Targets::Many(locks) => {
            let api = ctx.api().await?;
            precheck(verb, &locks, |l| Ok(api.offers_verb(l, verb)?))?;
            let ran = run(ctx, locks, body).await?;
            report(ctx, ran, row)?;
            Ok(None)
        }
    }
}

/// Like [`each`], for a verb that lists records: on several locks, one table of every lock's
/// rows with the lock first (`cells` makes a lock's rows under `headers`), see [`report_rows`].
pub async fn each_rows<M, F, Fut>(
    ctx: &mut Context,
    verb: &str,
    body: F,
    headers: &[&str],
    cells: impl Fn(&Lock, &M) -> Vec<Vec<String>>,
) -> Result<Option<(Lock, M)>>
where
    M: serde::Serialize,
    F: Fn(Arc<Shared>, Lock) -> Fut,
    Fut: Future<Output = Result<M>>,
{
    match targets(ctx).await? {
        Targets::One(lock) => {
            let s = Shared::of(ctx).await?;
            let m = body(s, lock.clone()).await?;
            Ok(Some((lock, m)))
        }
        Targets::Many(locks) => {
            let api = ctx.api().await?;
            precheck(verb, &locks, |l| Ok(api.offers_verb(l, verb)?))?;
            let ran = run(ctx, locks, body).await?;
            report_rows(ctx, ran, headers, cells)?;
            Ok(None)
        }
    }
}

/// What a run did.
pub struct Ran<M> {
    pub outcomes: Vec<Outcome<M>>,
    /// Ctrl-C stopped it.
    pub cancelled: bool,
}

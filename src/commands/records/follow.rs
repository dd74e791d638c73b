//! `history follow` and `alarm follow`: new records as they arrive. The newest page is read at
//! an interval; a record is new when its id was not seen before (locks upload old records late,
//! so times cannot tell). When a whole page is new, older pages are read too, a few at most.
//! Ctrl-C ends it with exit 0: stopping is how a follow is meant to end.

use std::collections::{HashSet, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use anyhow::Result;
use clap::Args;
use jiff::Timestamp;
use lockctl_api::ops::records::{Alarm, Pages, Query, Record};
use lockctl_api::{CloudCode, Error, Lock};

use crate::context::Context;
use crate::error::Fail;
use crate::options;
use crate::output::{select, Row};

/// Pages read at most in one poll when every record on them is new.
const CATCH_UP_PAGES: usize = 5;
/// Record ids remembered (the oldest are forgotten first).
const REMEMBERED: usize = 20_000;
/// The longest wait after failures.
const MAX_BACKOFF: Duration = Duration::from_secs(300);

#[derive(Args, Debug)]
pub struct FollowArgs {
    /// Only these kinds, comma separated (the words of `list --type`).
    #[arg(long = "type", value_delimiter = ',')]
    pub types: Vec<String>,
    /// Only records of this member (id or name).
    #[arg(long)]
    pub user: Option<String>,
    /// Also print the records already there from this time on (lock's zone or --tz), e.g. `-1h`.
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Time between reads: `5s`, `500ms`, `1m` or seconds (at least 200ms). Quiet reads
    /// stretch it up to twice; failures back off up to 5 minutes.
    #[arg(long, default_value = "5s")]
    pub interval: String,
    /// Records asked of the cloud per page (1-500).
    #[arg(long, default_value_t = 50)]
    pub page_size: i64,
}

/// A record or an alarm, as following needs it.
pub trait Entry: Row {
    /// What they are called, in notices.
    const WHAT: &'static str;
    fn key(&self) -> &str;
}

impl Entry for Record {
    const WHAT: &'static str = "records";
    fn key(&self) -> &str {
        &self.id
    }
}

impl Entry for Alarm {
    const WHAT: &'static str = "alarms";
    fn key(&self) -> &str {
        &self.id
    }
}

/// Pages of records for a query: the history or the alarms of one lock.
pub type Fetch<K, T> = Box<dyn Fn(Query<K>) -> PagesFuture<T>>;
pub type PagesFuture<T> =
    Pin<Box<dyn Future<Output = lockctl_api::Result<Box<dyn Pages<T>>>> + Send>>;

/// `--interval`: `500ms`, `5s`, `2m`, or bare seconds.
pub fn interval(text: &str) -> Result<Duration> {
    let t = text.trim();
    let (num, scale) = if let Some(n) = t.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = t.strip_suffix('s') {
        (n, 1.0)
    } else if let Some(n) = t.strip_suffix('m') {
        (n, 60.0)
    } else {
        (t, 1.0)
    };
    let secs = num
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .map(|n| n * scale);
    match secs {
        Some(s) if (0.2..=3600.0).contains(&s) => Ok(Duration::from_secs_f64(s)),
        _ => Err(Fail::usage_hint(
            format!("--interval `{text}` is not a time between 200ms and 1h"),
            "use e.g. 5s, 500ms or 1m",
        )),
    }
}

/// The checks `follow` makes before any request, and its output form.
pub fn check(a: &FollowArgs, ctx: &Context) -> Result<(Duration, bool)> {
    let every = interval(&a.interval)?;
    if !(1..=500).contains(&a.page_size) {
        return Err(Fail::usage(format!(
            "--page-size {} is out of range: use 1 to 500 (records per page)",
            a.page_size
        )));
    }
    super::user_query(&a.user)?;
    let json = match &ctx.out.format {
        options::Format::Human => false,
        options::Format::Json { .. } => true,
        options::Format::Jq(_) | options::Format::Raw => {
            return Err(Fail::usage_hint(
                "follow prints records as they come: --jq and --raw need a whole answer",
                "use --json (one record per line) and pipe it to jq",
            ))
        }
    };
    Ok((every, json))
}

/// Ids seen so far, bounded.
#[derive(Default)]
struct Seen {
    set: HashSet<String>,
    order: VecDeque<String>,
}

impl Seen {
    fn insert(&mut self, id: &str) -> bool {
        if self.set.contains(id) {
            return false;
        }
        if self.order.len() >= REMEMBERED {
            if let Some(old) = self.order.pop_front() {
                self.set.remove(&old);
            }
        }
        self.set.insert(id.to_string());
        self.order.push_back(id.to_string());
        true
    }
}

/// Read pages of `q` and keep the records not seen before, oldest first. Reading stops after
/// `max_pages`, or at a page that holds a record seen before (or none at all).
async fn read<K: Clone, T: Entry>(
    fetch: &Fetch<K, T>,
    q: &Query<K>,
    seen: &mut Seen,
    max_pages: usize,
) -> lockctl_api::Result<Vec<T>> {
    read_pages(fetch, q, seen, max_pages, false).await
}

/// As [`read`]; `whole` reads to the end of the listing.
async fn read_pages<K: Clone, T: Entry>(
    fetch: &Fetch<K, T>,
    q: &Query<K>,
    seen: &mut Seen,
    max_pages: usize,
    whole: bool,
) -> lockctl_api::Result<Vec<T>> {
    let mut pages = fetch(q.clone()).await?;
    let mut fresh = vec![];
    let mut read = 0;
    while let Some(page) = pages.next().await? {
        read += 1;
        let on_page = page.items.len();
        let before = fresh.len();
        for item in page.items {
            if seen.insert(item.key()) {
                fresh.push(item);
            }
        }
        let all_new = on_page > 0 && fresh.len() - before == on_page;
        if !whole && (!all_new || read >= max_pages) {
            break;
        }
    }
    fresh.reverse();
    Ok(fresh)
}

/// The first read: the records from `since` on when asked (every page of them), then the
/// newest page, whose records are only remembered.
async fn start<K: Clone, T: Entry>(
    fetch: &Fetch<K, T>,
    q: &Query<K>,
    seen: &mut Seen,
) -> lockctl_api::Result<Vec<T>> {
    let backlog = match q.since {
        Some(_) => read_pages(fetch, q, seen, usize::MAX, true).await?,
        None => vec![],
    };
    let newest = Query {
        since: None,
        ..q.clone()
    };
    read(fetch, &newest, seen, 1).await?;
    Ok(backlog)
}

/// Failures that waiting will not mend end the follow; others are retried.
fn lasting(e: &Error) -> bool {
    match e {
        Error::Unreachable { .. } | Error::BadResponse { .. } | Error::AnswerLost { .. } => false,
        Error::Cloud { code, .. } => !matches!(
            code,
            CloudCode::TooFrequent | CloudCode::TimeInvalid | CloudCode::Other(_)
        ),
        _ => true,
    }
}

/// Print records as they arrive until Ctrl-C.
pub async fn run<K: Clone, T: Entry>(
    ctx: &Context,
    lock: &Lock,
    q: Query<K>,
    fetch: Fetch<K, T>,
    every: Duration,
    json: bool,
) -> Result<()> {
    let fields = match &ctx.out.format {
        options::Format::Json { fields } => fields.clone(),
        _ => None,
    };
    let stop = tokio::signal::ctrl_c();
    tokio::pin!(stop);
    let mut seen = Seen::default();
    let mut q = q;
    let mut first = true;
    let mut wait = every;
    let mut header = !json && !ctx.out.stdout_tty;
    loop {
        let polled = tokio::select! {
            r = async {
                match first {
                    true => start(&fetch, &q, &mut seen).await,
                    false => read(&fetch, &q, &mut seen, CATCH_UP_PAGES).await,
                }
            } => r,
            _ = &mut stop => return Ok(()),
        };
        match polled {
            Ok(items) => {
                if first {
                    ctx.out.notice(&format!(
                        "following {} of {}; Ctrl-C to stop",
                        T::WHAT,
                        lock.name
                    ));
                    first = false;
                    q.since = None;
                }
                if header && !items.is_empty() {
                    ctx.out.line(&T::HEADERS.join("\t"))?;
                    header = false;
                }
                wait = if items.is_empty() {
                    (wait + every / 4).min(every * 2)
                } else {
                    every
                };
                for item in &items {
                    print(ctx, item, json, fields.as_deref())?;
                }
            }
            Err(e) if lasting(&e) => return Err(e.into()),
            Err(e) => {
                wait = (wait * 2).clamp(every, MAX_BACKOFF.max(every));
                ctx.out.warn(&format!(
                    "reading {} failed ({e}); trying again in {}s",
                    T::WHAT,
                    wait.as_secs_f64().round()
                ));
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = &mut stop => return Ok(()),
        }
    }
}

fn print<T: Entry>(ctx: &Context, item: &T, json: bool, fields: Option<&[String]>) -> Result<()> {
    if json {
        match fields {
            None => ctx.out.ndjson_line(item)?,
            Some(f) => ctx
                .out
                .ndjson_line(&select::apply(serde_json::to_value(item)?, f))?,
        }
        return Ok(());
    }
    let cells: Vec<String> = item
        .cells()
        .into_iter()
        .map(|c| c.replace(['\t', '\n', '\r'], " "))
        .collect();
    let sep = if ctx.out.stdout_tty { "  " } else { "\t" };
    ctx.out.line(&cells.join(sep))?;
    Ok(())
}

/// What every read asks: every record (the reading stops by itself), one page fetched at a
/// time.
pub fn query<K>(
    a: &FollowArgs,
    kinds: Vec<K>,
    lock: &Lock,
    member: Option<String>,
) -> Result<Query<K>> {
    let since: Option<Timestamp> = super::parse_time("--since", &a.since, lock)?;
    Ok(Query {
        kinds,
        since,
        until: None,
        member,
        page_size: a.page_size as u32,
        limit: None,
        concurrency: 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_in_words() {
        assert_eq!(interval("5s").unwrap(), Duration::from_secs(5));
        assert_eq!(interval("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(interval("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(interval("1.5").unwrap(), Duration::from_millis(1500));
        for bad in ["", "0", "100ms", "2h", "-1s", "NaN", "inf", "5 parsecs"] {
            assert!(interval(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn seen_ids_are_bounded() {
        let mut s = Seen::default();
        assert!(s.insert("a") && !s.insert("a"));
        for i in 0..REMEMBERED {
            s.insert(&i.to_string());
        }
        assert_eq!(s.set.len(), REMEMBERED);
        assert!(s.insert("a"), "the oldest id was forgotten");
    }
}

//! Paging through records, the same way on every kind. The first page is fetched alone; with
//! `--all`, the pages after it are fetched ahead, a bounded window of them in flight, and handed
//! out in order. Whatever the cloud claims (`hasNext`, `totalCount`), paging stops at the first
//! empty or short page, and at a page that repeats the one before; pages fetched past that point
//! are dropped unread. A claimed total only keeps speculation from running past it: a total that
//! overcounts costs at most one window of requests, never one request per claimed page. Each page
//! is fetched and read into typed records in a task of its own, so requests and parsing go on
//! while the caller writes; records sent twice are kept once and counted.

use std::collections::{HashSet, VecDeque};
use std::sync::Arc;

use async_trait::async_trait;
use jiff::tz::TimeZone;
use serde_json::{json, Value};
use tokio::task::JoinHandle;

use super::page::{prepare, Prepared, WireRecord};
use crate::client::{CallOptions, Client};
use crate::error::{Error, Result};
use crate::ops::records::{Page, Pages, Tally};

/// The most records one listing reads; past it, the listing is an error (narrow it by time).
const MAX_RECORDS: i64 = 50_000_000;

/// Where pages come from and how their records are read.
pub(crate) struct Source<T> {
    pub client: Arc<Client>,
    pub action: &'static str,
    pub version: &'static str,
    /// postData without `offset`.
    pub base: Value,
    pub zone: TimeZone,
    pub make: fn(&WireRecord, &TimeZone) -> T,
}

impl<T: Send + 'static> Source<T> {
    async fn fetch(self: Arc<Self>, offset: i64) -> Result<Prepared<T>> {
        let mut pd = self.base.clone();
        pd["offset"] = json!(offset);
        let text = pd.to_string();
        let raw = self
            .client
            .call_text(
                self.action,
                self.version,
                Some(&text),
                &CallOptions {
                    read: true,
                    ..Default::default()
                },
            )
            .await?;
        let zone = &self.zone;
        prepare(self.action, raw, |r| (self.make)(r, zone))
    }
}

/// What a listing keeps besides the page order.
pub(crate) struct Plan<T> {
    pub limit: i64,
    pub all: bool,
    /// Pages in flight at most (the window of speculative fetches).
    pub concurrency: usize,
    pub since_ms: Option<i64>,
    pub until_ms: Option<i64>,
    /// Whether to stop once records are older than `since_ms` (the cloud did not filter by time).
    pub early_stop: bool,
    pub keep: Box<dyn Fn(&T) -> bool + Send + Sync>,
}

/// What one page, read in order, says about the pages after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Seen {
    pub len: i64,
    pub limit: i64,
    pub has_next: Option<bool>,
    /// It held records older than the window and the cloud does not filter by time.
    pub past_window: bool,
}

/// Whether pages may follow this one: only a full page that the cloud does not call the last,
/// and that is still inside the time window. An empty or short page ends the listing whatever
/// `hasNext` says.
pub(crate) fn more_after(s: Seen) -> bool {
    s.len > 0 && s.len >= s.limit && s.has_next != Some(false) && !s.past_window
}

type Fetch<T> = JoinHandle<Result<Prepared<T>>>;

pub(crate) struct Pager<T> {
    src: Arc<Source<T>>,
    plan: Plan<T>,
    started: bool,
    /// Pages asked for, in offset order.
    ahead: VecDeque<(i64, Fetch<T>)>,
    /// The offset of the next page to ask for.
    next_offset: i64,
    /// Whether the pages read so far allow more.
    more: bool,
    /// Pages to keep in flight when no claimed total vouches for them.
    window: usize,
    total: Option<i64>,
    previous: HashSet<u64>,
    this: HashSet<u64>,
    tally: Tally,
    previous_page: Option<u64>,
}

impl<T: Send + 'static> Pager<T> {
    pub fn new(src: Source<T>, plan: Plan<T>) -> Pager<T> {
        Pager {
            src: Arc::new(src),
            plan,
            started: false,
            ahead: VecDeque::new(),
            next_offset: 0,
            more: false,
            window: 1,
            total: None,
            previous: HashSet::new(),
            this: HashSet::new(),
            tally: Tally::default(),
            previous_page: None,
        }
    }

    fn bad(&self, reason: String) -> Error {
        Error::BadResponse {
            url: self.src.action.to_string(),
            reason,
        }
    }

    /// Keep a page's new records that pass the filters; says whether any was older than `since`.
    fn emit(&mut self, p: Prepared<T>) -> (Page<T>, bool) {
        let mut items = Vec::with_capacity(p.items.len());
        let mut older = false;
        for r in p.items {
            if let Some(k) = r.key {
                if self.previous.contains(&k) || !self.this.insert(k) {
                    self.tally.repeated += 1;
                    continue;
                }
            }
            self.tally.received += 1;
            if self.plan.since_ms.is_some_and(|s| r.time_ms < s) {
                older = true;
                continue;
            }
            if self.plan.until_ms.is_some_and(|u| r.time_ms > u) {
                continue;
            }
            if (self.plan.keep)(&r.item) {
                items.push(r.item);
            }
        }
        self.previous = std::mem::take(&mut self.this);
        (Page { items, raw: p.raw }, older)
    }

    /// Whether another page may be asked for now. Below a claimed total, a whole window ahead;
    /// without one (or past it), a window that starts at one page and doubles with each full
    /// page read, so a listing of one page costs two requests, not a window of them.
    fn may_ask(&self) -> bool {
        let window = match self.total {
            Some(t) if self.next_offset < t => self.plan.concurrency,
            _ => self.window,
        };
        self.more && self.ahead.len() < window
    }

    fn fill(&mut self) {
        while self.may_ask() {
            let (src, o) = (self.src.clone(), self.next_offset);
            self.ahead.push_back((o, tokio::spawn(src.fetch(o))));
            self.next_offset += self.plan.limit;
        }
    }

    /// Drop every page asked for past the end.
    fn stop(&mut self) {
        self.more = false;
        self.ahead.drain(..).for_each(|(_, t)| t.abort());
    }

    /// Read one page in order: check it against the one before, decide whether more follow.
    fn take(&mut self, offset: i64, p: Prepared<T>) -> Result<Page<T>> {
        let n = p.items.len() as i64;
        let has_next = p.has_next;
        // An answer identical to the one before means the cloud is not paging at all.
        if n > 0 && self.previous_page == Some(p.fingerprint) {
            return Err(self.bad(format!(
                "the same page for offset {offset} as before; stopped with {} received",
                self.tally.received
            )));
        }
        self.previous_page = Some(p.fingerprint);
        let before = self.tally.received;
        let (page, older) = self.emit(p);
        if offset > 0 && n > 0 && self.tally.received == before {
            return Err(self.bad(format!(
                "only records it had already sent (offset {offset}); stopped with {} received",
                self.tally.received
            )));
        }
        self.more = self.plan.all
            && more_after(Seen {
                len: n,
                limit: self.plan.limit,
                has_next,
                past_window: older && self.plan.early_stop,
            });
        if self.more && self.next_offset.max(offset + n) > MAX_RECORDS {
            return Err(self.bad(format!(
                "records past {MAX_RECORDS}; narrow the listing with --since/--until"
            )));
        }
        Ok(page)
    }

    async fn next_page(&mut self) -> Result<Option<Page<T>>> {
        if !self.started {
            self.started = true;
            let p = self.src.clone().fetch(0).await?;
            self.total = p.total;
            self.tally.total = p.total.map(|t| t as u64);
            self.next_offset = self.plan.limit;
            let page = self.take(0, p)?;
            self.fill();
            return Ok(Some(page));
        }
        let Some((offset, task)) = self.ahead.pop_front() else {
            return Ok(None);
        };
        let p = task.await.map_err(|e| Error::BadResponse {
            url: self.src.action.to_string(),
            reason: format!("a page fetch stopped: {e}"),
        })??;
        let page = self.take(offset, p)?;
        if self.more {
            self.window = (self.window * 2).min(self.plan.concurrency);
            self.fill();
        } else {
            self.stop();
        }
        Ok(Some(page))
    }
}

#[async_trait]
impl<T: Send + 'static> Pages<T> for Pager<T> {
    async fn next(&mut self) -> Result<Option<Page<T>>> {
        let r = self.next_page().await;
        if r.is_err() {
            self.stop();
        }
        r
    }

    fn tally(&self) -> Tally {
        self.tally
    }
}

impl<T> Drop for Pager<T> {
    fn drop(&mut self) {
        self.ahead.iter().for_each(|(_, t)| t.abort());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(len: i64, has_next: Option<bool>) -> Seen {
        Seen {
            len,
            limit: 50,
            has_next,
            past_window: false,
        }
    }

    #[test]
    fn only_a_full_page_not_called_the_last_lets_paging_go_on() {
        assert!(more_after(seen(50, None)));
        assert!(more_after(seen(50, Some(true))));
        assert!(more_after(seen(60, Some(true))), "more than asked is full");
        assert!(!more_after(seen(50, Some(false))));
        // Empty and short pages end it whatever the cloud claims.
        assert!(!more_after(seen(0, Some(true))));
        assert!(!more_after(seen(49, Some(true))));
        assert!(!more_after(seen(49, None)));
        assert!(!more_after(Seen {
            past_window: true,
            ..seen(50, Some(true))
        }));
    }
}

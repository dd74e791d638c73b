//! Paging through records: the first page alone; then, when the cloud says how many records there
//! are, the remaining pages fetched ahead (bounded) and handed out in order; otherwise, or when the
//! count undercounted, page after page until the cloud says it is done. Each page is fetched and
//! read into typed records in a task of its own, so requests and parsing go on while the caller
//! writes. Records sent twice are kept once and counted; a cloud that repeats itself or never
//! stops is stopped.

use std::collections::{HashSet, VecDeque};
use std::sync::Arc;

use async_trait::async_trait;
use jiff::tz::TimeZone;
use serde_json::{json, Value};
use tokio::sync::Semaphore;
use tokio::task::JoinHandle;

use super::page::{prepare, Prepared, WireRecord};
use crate::client::{CallOptions, Client};
use crate::error::{Error, Result};
use crate::ops::records::{Page, Pages, Tally};

/// The most records one listing fetches; a count above it is treated as a lie.
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
    pub concurrency: usize,
    pub since_ms: Option<i64>,
    pub until_ms: Option<i64>,
    /// Whether to stop once records are older than `since_ms` (the cloud did not filter by time).
    pub early_stop: bool,
    pub keep: Box<dyn Fn(&T) -> bool + Send + Sync>,
}

enum Phase<T> {
    First,
    /// Pages fetched ahead: the tasks in order, the offsets not yet asked for.
    Ahead {
        tasks: VecDeque<JoinHandle<Result<Prepared<T>>>>,
        offsets: VecDeque<i64>,
        in_flight: Arc<Semaphore>,
        last_offset: i64,
        last_len: i64,
    },
    OneByOne,
    Finished,
}

pub(crate) struct Pager<T> {
    src: Arc<Source<T>>,
    plan: Plan<T>,
    phase: Phase<T>,
    previous: HashSet<u64>,
    this: HashSet<u64>,
    tally: Tally,
    previous_page: Option<u64>,
    offset: i64,
    has_next: bool,
    done: bool,
    pages: i64,
}

impl<T: Send + 'static> Pager<T> {
    pub fn new(src: Source<T>, plan: Plan<T>) -> Pager<T> {
        Pager {
            src: Arc::new(src),
            plan,
            phase: Phase::First,
            previous: HashSet::new(),
            this: HashSet::new(),
            tally: Tally::default(),
            previous_page: None,
            offset: 0,
            has_next: false,
            done: false,
            pages: 0,
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

    async fn first(&mut self) -> Result<Page<T>> {
        let p = self.src.clone().fetch(0).await?;
        let total = p.total;
        self.tally.total = total.map(|t| t as u64);
        let n = p.items.len() as i64;
        self.has_next = p.has_next.unwrap_or(n >= self.plan.limit);
        self.previous_page = Some(p.fingerprint);
        let (page, older) = self.emit(p);
        self.done = older && self.plan.early_stop;
        self.offset = n;
        self.phase = Phase::Finished;
        if !(self.plan.all && self.has_next && !self.done) {
            return Ok(page);
        }
        let Some(total) = total else {
            self.phase = Phase::OneByOne;
            return Ok(page);
        };
        if total > MAX_RECORDS {
            return Err(self.bad(format!(
                "a count of {total} records, more than lockctl fetches in one listing ({MAX_RECORDS}); narrow it with --since/--until"
            )));
        }
        let offsets = (1..)
            .map(|i| i * self.plan.limit)
            .take_while(|o| *o < total)
            .collect();
        self.has_next = false;
        self.phase = Phase::Ahead {
            tasks: VecDeque::new(),
            offsets,
            in_flight: Arc::new(Semaphore::new(self.plan.concurrency)),
            last_offset: 0,
            last_len: n,
        };
        Ok(page)
    }

    /// The next page fetched ahead, or None when they are all handed out.
    async fn ahead(&mut self) -> Result<Option<Prepared<T>>> {
        let Phase::Ahead {
            tasks,
            offsets,
            in_flight,
            last_offset,
            last_len,
        } = &mut self.phase
        else {
            return Ok(None);
        };
        // Up to `concurrency` requests in flight, and as many finished pages waiting.
        while tasks.len() < self.plan.concurrency * 2 {
            let Some(o) = offsets.pop_front() else { break };
            let (src, in_flight) = (self.src.clone(), in_flight.clone());
            tasks.push_back(tokio::spawn(async move {
                let _permit = in_flight
                    .acquire_owned()
                    .await
                    .map_err(|e| Error::Config(format!("page fetches stopped: {e}")))?;
                src.fetch(o).await
            }));
            *last_offset = o;
        }
        let Some(task) = tasks.pop_front() else {
            return Ok(None);
        };
        let p = task.await.map_err(|e| Error::BadResponse {
            url: self.src.action.to_string(),
            reason: format!("a page fetch stopped: {e}"),
        })??;
        *last_len = p.items.len() as i64;
        self.has_next = p.has_next.unwrap_or(false);
        if tasks.is_empty() && offsets.is_empty() {
            self.offset = *last_offset + *last_len;
        }
        Ok(Some(p))
    }

    async fn one_by_one(&mut self) -> Result<Option<Page<T>>> {
        if !self.has_next || self.done {
            return Ok(None);
        }
        let p = self.src.clone().fetch(self.offset).await?;
        let n = p.items.len() as i64;
        self.has_next = p.has_next.unwrap_or(n >= self.plan.limit) && n > 0;
        self.offset += n;
        // An answer identical to the one before means the cloud is not paging at all.
        if n > 0 && self.previous_page == Some(p.fingerprint) {
            return Err(self.bad(format!(
                "the same page for offset {} as before; stopped with {} received",
                self.offset - n,
                self.tally.received
            )));
        }
        self.previous_page = Some(p.fingerprint);
        let before = self.tally.received;
        let (page, older) = self.emit(p);
        self.done = older && self.plan.early_stop;
        self.pages += 1;
        if n > 0 && self.tally.received == before {
            return Err(self.bad(format!(
                "only records it had already sent (offset {}); stopped with {} received",
                self.offset - n,
                self.tally.received
            )));
        }
        if self.pages * self.plan.limit > MAX_RECORDS {
            return Err(self.bad(format!(
                "records past {MAX_RECORDS}; narrow the listing with --since/--until"
            )));
        }
        Ok(Some(page))
    }
}

#[async_trait]
impl<T: Send + 'static> Pages<T> for Pager<T> {
    async fn next(&mut self) -> Result<Option<Page<T>>> {
        loop {
            match self.phase {
                Phase::First => return self.first().await.map(Some),
                Phase::Ahead { .. } => match self.ahead().await? {
                    Some(p) => return Ok(Some(self.emit(p).0)),
                    None => self.phase = Phase::OneByOne,
                },
                Phase::OneByOne => match self.one_by_one().await? {
                    Some(p) => return Ok(Some(p)),
                    None => self.phase = Phase::Finished,
                },
                Phase::Finished => return Ok(None),
            }
        }
    }

    fn tally(&self) -> Tally {
        self.tally
    }
}

impl<T> Drop for Pager<T> {
    fn drop(&mut self) {
        if let Phase::Ahead { tasks, .. } = &self.phase {
            tasks.iter().for_each(JoinHandle::abort);
        }
    }
}

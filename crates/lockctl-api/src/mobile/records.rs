//! The mobile gateway's side of [`crate::ops::RecordOps`]: which DPs a filter asks for, how each
//! kind spells them (`dpIds` a list on Wi-Fi, comma-separated text on Bluetooth and Zigbee), the
//! time window only the Wi-Fi history call takes, and the pages read into typed records.

mod page;
mod pager;

use async_trait::async_trait;
use jiff::Timestamp;
use serde_json::{json, Value};

use crate::error::{Error, Result};
use crate::kind::Column;
use crate::lock::Lock;
use crate::mobile::wire;
use crate::mobile::Mobile;
use crate::model::{dp_of_unlock_kind, UnlockKind};
use crate::ops::records::{Alarm, AlarmKind, Limited, Pages, Person, Query, Record, Unread};
use crate::ops::RecordOps;
use page::{ALARM_DP, DURESS_DP};
use pager::{Pager, Plan, Source};

/// `dpIds` as the lock's kind spells it.
fn dp_ids(lock: &Lock, dps: &[u32]) -> Value {
    match lock.kind.column() {
        Column::Wifi => json!(dps),
        Column::Ble => json!(dps.iter().map(u32::to_string).collect::<Vec<_>>().join(",")),
    }
}

/// Whether a record naming `who` is the member asked for (id, or name in any case).
fn names(who: &Option<Person>, asked: &Option<String>) -> bool {
    let Some(asked) = asked else { return true };
    who.as_ref().is_some_and(|p| {
        p.id.as_deref() == Some(asked.as_str())
            || p.name
                .as_ref()
                .is_some_and(|n| n.eq_ignore_ascii_case(asked))
    })
}

fn millis(t: Option<Timestamp>) -> Option<i64> {
    t.map(|t| t.as_millisecond())
}

impl Mobile {
    fn source<T>(
        &self,
        lock: &Lock,
        verb: &str,
        base: Value,
        make: fn(&page::WireRecord, &jiff::tz::TimeZone) -> T,
    ) -> Result<Source<T>> {
        let entry = Self::entry(lock, verb)?;
        Ok(Source {
            client: self.client.clone(),
            action: entry.action,
            version: entry.version,
            base,
            zone: lock.zone.clone(),
            make,
        })
    }
}

/// Whether records may be dropped here, after the cloud sent them: a member filter, kinds
/// (checked again here), or a time window the call does not take (`cloud_times` false).
fn filtered<K>(q: &Query<K>, cloud_times: bool) -> bool {
    q.member.is_some()
        || !q.kinds.is_empty()
        || (!cloud_times && (q.since.is_some() || q.until.is_some()))
}

/// Records asked per page: no more than the limit when every record sent is shown.
fn page_len<K>(q: &Query<K>, cloud_times: bool) -> u32 {
    match q.limit {
        Some(n) if !filtered(q, cloud_times) => {
            q.page_size.min(u32::try_from(n).unwrap_or(u32::MAX))
        }
        _ => q.page_size,
    }
}

/// How the pager reads: past the first page only when the limit may need it, that is when
/// records may be dropped here or the limit is more than a page.
fn plan<K, T>(
    q: &Query<K>,
    cloud_times: bool,
    keep: Box<dyn Fn(&T) -> bool + Send + Sync>,
) -> Plan<T> {
    let size = page_len(q, cloud_times);
    let more_than_a_page = q.limit.is_none_or(|n| n > u64::from(size));
    // When every record is shown, the pages a limit needs are known: fetch no more ahead than
    // that (the pager keeps up to twice its concurrency in hand).
    let concurrency = match q.limit {
        Some(n) if !filtered(q, cloud_times) => {
            let pages_after_first = n.div_ceil(u64::from(size)).saturating_sub(1);
            q.concurrency
                .min(pages_after_first.div_ceil(2).max(1) as usize)
        }
        _ => q.concurrency,
    };
    Plan {
        limit: i64::from(size),
        all: filtered(q, cloud_times) || more_than_a_page,
        concurrency,
        since_ms: millis(q.since),
        until_ms: millis(q.until),
        // Without the cloud's time filter, paging stops once records are older than `since`.
        early_stop: !cloud_times,
        keep,
    }
}

/// The pager, cut at the query's limit. Only Wi-Fi counts records, and its count is exact for
/// what was asked when nothing is dropped here (kinds are dropped here too: the cloud may match
/// their DPs more widely than lockctl's words).
fn limited<K, T: Send + 'static>(
    q: &Query<K>,
    cloud_times: bool,
    src: Source<T>,
    keep: Box<dyn Fn(&T) -> bool + Send + Sync>,
) -> Box<dyn Pages<T>> {
    let exact = !filtered(q, cloud_times);
    let size = page_len(q, cloud_times);
    let pager = Pager::new(src, plan(q, cloud_times, keep));
    Box::new(Limited::new(Box::new(pager), q.limit, size, exact))
}

#[async_trait]
impl RecordOps for Mobile {
    async fn history(&self, lock: &Lock, q: &Query<UnlockKind>) -> Result<Box<dyn Pages<Record>>> {
        q.check()?;
        let wifi = lock.kind.column() == Column::Wifi;
        let mut base = json!({ "devId": lock.id, "limit": page_len(q, wifi) });
        let dps: Vec<u32> = q
            .kinds
            .iter()
            .filter_map(|k| dp_of_unlock_kind(*k))
            .collect();
        if !dps.is_empty() {
            base["dpIds"] = dp_ids(lock, &dps);
        }
        // Only the Wi-Fi history call takes a time window; elsewhere lockctl filters by itself.
        if wifi {
            if let Some(s) = millis(q.since) {
                base["startTime"] = json!(s);
            }
            if let Some(u) = millis(q.until) {
                base["endTime"] = json!(u);
            }
        }
        let src = self.source(lock, "history list", base, |r, z| r.record(z))?;
        let (kinds, member) = (q.kinds.clone(), q.member.clone());
        let keep = Box::new(move |r: &Record| {
            (kinds.is_empty() || kinds.contains(&r.kind)) && names(&r.member, &member)
        });
        Ok(limited(q, wifi, src, keep))
    }

    async fn alarms(&self, lock: &Lock, q: &Query<AlarmKind>) -> Result<Box<dyn Pages<Alarm>>> {
        q.check()?;
        let mut base = json!({ "devId": lock.id, "limit": page_len(q, false) });
        // Duress alarms have a DP of their own; every other alarm is a value of the alarm DP.
        let mut dps = vec![];
        if q.kinds.iter().any(|k| *k != AlarmKind::Duress) {
            dps.push(ALARM_DP);
        }
        if q.kinds.contains(&AlarmKind::Duress) {
            dps.push(DURESS_DP);
        }
        if !dps.is_empty() {
            base["dpIds"] = dp_ids(lock, &dps);
        }
        let src = self.source(lock, "alarm list", base, |r, z| r.alarm(z))?;
        let (kinds, member) = (q.kinds.clone(), q.member.clone());
        let keep = Box::new(move |a: &Alarm| {
            (kinds.is_empty() || kinds.contains(&a.kind)) && names(&a.member, &member)
        });
        Ok(limited(q, false, src, keep))
    }

    async fn unread_alarms(&self, lock: &Lock) -> Result<Unread> {
        let r = self
            .send(lock, "alarm unread", json!({ "devId": lock.id }))
            .await?;
        let n = wire::int(&json!({ "n": r }), "n")
            .filter(|n| *n >= 0)
            .ok_or_else(|| Error::BadResponse {
                url: "alarm unread".into(),
                reason: format!("an unread count that is not a count: {r}"),
            })?;
        Ok(Unread {
            lock: lock.id.clone(),
            unread: n as u64,
        })
    }
}

//! Open-door records and alarms: the OpenAPI's side of [`RecordOps`]. Pages are read by `page_no`
//! as they are asked for, until the cloud's `total`, the limit, or an empty page; kinds, member
//! and (for alarms) times are filtered here.

use crate::clock;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use async_trait::async_trait;
use jiff::Timestamp;
use serde_json::Value;

use super::members::{kind_of_code, unlock_id};
use super::wire::{self, q};
use super::{unsupported, Method, OpenApi};
use crate::error::{Error, Result};
use crate::lock::Lock;
use crate::model::{Time, UnlockKind};
use crate::ops::records::*;

/// Pages read at most in one listing.
const MAX_PAGES: u64 = 2_000;
/// Records the OpenAPI log endpoints give a page at most (`page_size` 1 to 100; a larger one is
/// refused with 1101). A caller's bigger page size is a wish for fewer requests, not an error.
const MAX_PAGE_SIZE: u32 = 100;

/// What a listing keeps of a row: its model when it passes the filters. The number is the row's
/// occurrence among identical rows read before it in this listing (0 for the first): the log
/// rows carry no id, and distinct records of one second, code and person look alike.
type Keep<T> = Box<dyn Fn(&Value, u32) -> Option<T> + Send + Sync>;

/// Pages of a log read by `page_no` as they are asked for, until the cloud's `total`, an empty
/// page, or (with no total) a short one.
struct LogPager<T> {
    api: OpenApi,
    path: String,
    query: Vec<(String, String)>,
    list_key: &'static str,
    size: u32,
    page_no: u64,
    keep: Keep<T>,
    /// Record ids handed out (rows that carry one), so a row sent again is kept once.
    seen: HashSet<String>,
    /// How many rows of each content (hash) were handed out: identical rows are distinct
    /// records (five wrong codes in one second), numbered in the order read.
    count: HashMap<u64, u32>,
    /// The content hashes of the previous page, in order, and its `total`: a page that starts
    /// with the previous page's tail repeats it (records arrived at the head meanwhile).
    previous: Vec<u64>,
    previous_total: Option<u64>,
    tally: Tally,
    done: bool,
    /// The first page, read ahead to learn whether the endpoint exists for this lock.
    primed: Option<Page<T>>,
}

impl<T: Send + 'static> LogPager<T> {
    fn new(api: &OpenApi, src: Source, size: u32, keep: Keep<T>) -> Self {
        LogPager {
            api: api.clone(),
            path: src.path,
            query: src.query,
            list_key: src.list_key,
            size: size.clamp(1, MAX_PAGE_SIZE),
            page_no: 0,
            keep,
            seen: HashSet::new(),
            count: HashMap::new(),
            previous: vec![],
            previous_total: None,
            tally: Tally::default(),
            done: false,
            primed: None,
        }
    }

    /// Read the first page now (its errors come out of the listing call itself).
    async fn prime(mut self) -> Result<Self> {
        self.primed = self.fetch().await?;
        Ok(self)
    }

    async fn fetch(&mut self) -> Result<Option<Page<T>>> {
        if self.done || self.page_no >= MAX_PAGES {
            return Ok(None);
        }
        self.page_no += 1;
        let mut query = self.query.clone();
        query.push(("page_no".into(), self.page_no.to_string()));
        query.push(("page_size".into(), self.size.to_string()));
        let v = self.api.call(Method::Get, &self.path, &query, None).await?;
        let rows = wire::list(&v, self.list_key);
        let n = rows.len() as u64;
        let total = wire::i(&v, "total").and_then(|t| u64::try_from(t).ok());
        let hashes: Vec<u64> = rows
            .iter()
            .map(|row| {
                let mut h = DefaultHasher::new();
                row.to_string().hash(&mut h);
                h.finish()
            })
            .collect();
        let skip = repeated_head(&self.previous, &hashes, self.previous_total, total);
        let mut items = Vec::with_capacity(rows.len());
        for (i, (row, h)) in rows.iter().zip(&hashes).enumerate() {
            let rid = wire::s(row, "record_id");
            let again = if rid.is_empty() {
                i < skip
            } else {
                !self.seen.insert(rid)
            };
            if again {
                self.tally.repeated += 1;
                continue;
            }
            let nth = self.count.entry(*h).or_insert(0);
            let occurrence = *nth;
            *nth += 1;
            self.tally.received += 1;
            items.extend((self.keep)(row, occurrence));
        }
        self.previous = hashes;
        self.previous_total = total;
        self.tally.total = total;
        let seen = self.tally.received + self.tally.repeated;
        self.done = n == 0
            || total.is_some_and(|t| seen >= t)
            || (total.is_none() && n < u64::from(self.size));
        if n == 0 {
            return Ok(None);
        }
        let raw = serde_json::value::to_raw_value(&v).map_err(|e| Error::Invalid(e.to_string()))?;
        Ok(Some(Page { items, raw }))
    }
}

#[async_trait]
impl<T: Send + 'static> Pages<T> for LogPager<T> {
    async fn next(&mut self) -> Result<Option<Page<T>>> {
        if let Some(p) = self.primed.take() {
            return Ok(Some(p));
        }
        self.fetch().await
    }

    fn tally(&self) -> Tally {
        self.tally
    }
}

/// How many rows at the head of a page repeat the previous page's tail. Log rows carry no id, so
/// the longest run of the page's head equal to the previous page's tail is taken as sent again,
/// except where that run is one row content repeated: identical records (five wrong codes in
/// one second) may straddle a page boundary, so such a run counts as repeated only as far as
/// the cloud's `total` grew between the two pages (no totals: the whole run, as before).
fn repeated_head(previous: &[u64], page: &[u64], before: Option<u64>, now: Option<u64>) -> usize {
    let most = previous.len().min(page.len());
    let Some(m) = (1..=most)
        .rev()
        .find(|&m| previous[previous.len() - m..] == page[..m])
    else {
        return 0;
    };
    let one_content = page[..m].iter().all(|h| *h == page[0]);
    match (one_content, before, now) {
        (true, Some(b), Some(n)) => m.min(usize::try_from(n.saturating_sub(b)).unwrap_or(m)),
        _ => m,
    }
}

/// The `{code, value}` of a log entry (`status` a list or one object; `dps` single-entry objects).
pub(super) fn status_of(v: &Value) -> (String, String) {
    if let Some(s) = wire::list(v, "status").first() {
        return (wire::s(s, "code"), wire::s(s, "value"));
    }
    if let Some(Value::Object(o)) = wire::list(v, "dps").first() {
        if let Some((k, val)) = o.iter().next() {
            let value = match val {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            return (k.clone(), value);
        }
    }
    (String::new(), String::new())
}

fn person(id: String, name: String) -> Option<Person> {
    let id = (!id.is_empty() && id != "0").then_some(id);
    let name = (!name.is_empty()).then_some(name);
    (id.is_some() || name.is_some()).then_some(Person { id, name })
}

/// The id of a log row that carries none: its time, code and value, and after the first of
/// identical rows, its occurrence (`-1`, `-2`, ... counted from the newest): stable across pages,
/// polls and runs while older records stay as they were.
fn synthetic_id(time: Option<&Time>, code: &str, value: &str, nth: u32) -> String {
    let ms = time.map(|t| t.timestamp().as_millisecond()).unwrap_or(0);
    if nth == 0 {
        format!("{ms}-{code}-{value}")
    } else {
        format!("{ms}-{code}-{value}-{nth}")
    }
}

fn record_of(v: &Value, lock: &Lock, nth: u32) -> Record {
    let (code, value) = status_of(v);
    let time = wire::time(v, "update_time", &lock.zone)
        .or_else(|| wire::time(v, "gmt_create", &lock.zone));
    let rid = wire::s(v, "record_id");
    let id = if rid.is_empty() {
        synthetic_id(time.as_ref(), &code, &value, nth)
    } else {
        rid
    };
    let name = [wire::s(v, "nick_name"), wire::s(v, "user_name")]
        .into_iter()
        .find(|n| !n.is_empty())
        .unwrap_or_default();
    let unlock_name = wire::s(v, "unlock_name");
    Record {
        id,
        time,
        kind: kind_of_code(&code),
        unlock_id: (!value.is_empty() && !code.is_empty()).then(|| unlock_id(&code, &value)),
        member: person(wire::s(v, "user_id"), name),
        unlock_name: (!unlock_name.is_empty()).then_some(unlock_name),
    }
}

fn alarm_of(v: &Value, lock: &Lock, nth: u32) -> Alarm {
    let (code, value) = status_of(v);
    let time = wire::time(v, "update_time", &lock.zone);
    let (kind, unlock) = match code.as_str() {
        "hijack" => {
            let u = value.rsplit_once('-').map(|(c, n)| unlock_id(c, n));
            (AlarmKind::Duress, u)
        }
        "alarm_lock" => (
            match value.as_str() {
                "wrong_finger" => AlarmKind::WrongFinger,
                "wrong_password" => AlarmKind::WrongPassword,
                "wrong_card" => AlarmKind::WrongCard,
                "wrong_face" => AlarmKind::WrongFace,
                "pry" | "tamper" => AlarmKind::Tamper,
                "key_in" => AlarmKind::KeyIn,
                "low_battery" => AlarmKind::LowBattery,
                _ => AlarmKind::Other,
            },
            None,
        ),
        _ => (AlarmKind::Other, None),
    };
    Alarm {
        id: synthetic_id(time.as_ref(), &code, &value, nth),
        time,
        kind,
        unlock_id: unlock,
        member: person(wire::s(v, "user_id"), wire::s(v, "nick_name")),
    }
}

fn in_window<K>(t: Option<Timestamp>, q: &Query<K>) -> bool {
    let Some(t) = t else {
        return q.since.is_none() && q.until.is_none();
    };
    q.since.is_none_or(|s| t >= s) && q.until.is_none_or(|u| t <= u)
}

fn names(who: &Option<Person>, asked: &Option<String>) -> bool {
    let Some(asked) = asked else { return true };
    who.as_ref().is_some_and(|p| {
        p.id.as_deref() == Some(asked.as_str())
            || p.name
                .as_ref()
                .is_some_and(|n| n.eq_ignore_ascii_case(asked))
    })
}

/// Where a listing reads its pages and what each holds.
struct Source {
    path: String,
    query: Vec<(String, String)>,
    list_key: &'static str,
}

#[async_trait]
impl RecordOps for OpenApi {
    async fn history(&self, lock: &Lock, qr: &Query<UnlockKind>) -> Result<Box<dyn Pages<Record>>> {
        qr.check()?;
        let start = qr.since.map(|t| t.as_millisecond()).unwrap_or(0);
        let end = qr
            .until
            .unwrap_or_else(|| clock::now() + jiff::SignedDuration::from_hours(24))
            .as_millisecond();
        let window = q(&[
            ("start_time", start.to_string()),
            ("end_time", end.to_string()),
        ]);
        let keep = |lock: Lock, qr: Query<UnlockKind>| -> Keep<Record> {
            Box::new(move |v: &Value, nth| {
                let r = record_of(v, &lock, nth);
                let kind_ok = qr.kinds.is_empty() || qr.kinds.contains(&r.kind);
                let when = r.time.as_ref().map(|t| t.timestamp());
                (kind_ok && names(&r.member, &qr.member) && in_window(when, &qr)).then_some(r)
            })
        };
        let logs = Source {
            path: format!("/v1.0/devices/{}/door-lock/open-logs", lock.id),
            query: window.clone(),
            list_key: "logs",
        };
        let pager = LogPager::new(self, logs, qr.page_size, keep(lock.clone(), qr.clone()));
        let pager = match pager.prime().await {
            // Locks without the open-log list keep their openings as records.
            Err(Error::Service { code: 1108, .. }) => {
                let mut query = window;
                query.push((
                    "target_standard_dp_codes".into(),
                    super::members::CODES.into(),
                ));
                let recs = Source {
                    path: format!("/v1.0/devices/{}/door-lock/records", lock.id),
                    query,
                    list_key: "records",
                };
                LogPager::new(self, recs, qr.page_size, keep(lock.clone(), qr.clone()))
                    .prime()
                    .await?
            }
            other => other?,
        };
        Ok(Box::new(Limited::new(
            Box::new(pager),
            qr.limit,
            qr.page_size,
            false,
        )))
    }

    async fn alarms(&self, lock: &Lock, qr: &Query<AlarmKind>) -> Result<Box<dyn Pages<Alarm>>> {
        qr.check()?;
        let (l, filters) = (lock.clone(), qr.clone());
        let keep: Keep<Alarm> = Box::new(move |v: &Value, nth| {
            let a = alarm_of(v, &l, nth);
            let kind_ok = filters.kinds.is_empty() || filters.kinds.contains(&a.kind);
            let when = a.time.as_ref().map(|t| t.timestamp());
            (kind_ok && names(&a.member, &filters.member) && in_window(when, &filters)).then_some(a)
        });
        let src = Source {
            path: format!("/v1.0/devices/{}/door-lock/alarm-logs", lock.id),
            query: vec![],
            list_key: "records",
        };
        let pager = LogPager::new(self, src, qr.page_size, keep).prime().await?;
        Ok(Box::new(Limited::new(
            Box::new(pager),
            qr.limit,
            qr.page_size,
            false,
        )))
    }

    async fn unread_alarms(&self, _lock: &Lock) -> Result<Unread> {
        Err(unsupported("alarm unread"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lock() -> Lock {
        Lock {
            id: "d".into(),
            name: "D".into(),
            kind: crate::kind::Kind::Unknown,
            local_key: crate::secret::Secret::new(""),
            zone: jiff::tz::TimeZone::UTC,
            pin_len: None,
        }
    }

    #[test]
    fn records_and_alarms_read_into_models() {
        let r = record_of(
            &json!({"update_time": 1_800_000_000_000i64, "status": [{"code": "unlock_fingerprint", "value": 2}], "user_id": "u1", "nick_name": "Alice"}),
            &lock(),
            0,
        );
        assert_eq!(r.kind, UnlockKind::Fingerprint);
        assert_eq!(r.unlock_id.as_deref(), Some("12-2"));
        assert_eq!(r.member.unwrap().name.as_deref(), Some("Alice"));
        // Seconds are read as seconds.
        let s = record_of(
            &json!({"update_time": 1_800_000_000i64, "status": {"code": "unlock_card", "value": "1"}}),
            &lock(),
            0,
        );
        assert_eq!(s.time.unwrap().as_secs(), 1_800_000_000);
        let a = alarm_of(
            &json!({"update_time": 1, "status": {"code": "hijack", "value": "unlock_fingerprint-02"}}),
            &lock(),
            0,
        );
        assert_eq!(a.kind, AlarmKind::Duress);
        assert_eq!(a.unlock_id.as_deref(), Some("12-02"));
        let w = alarm_of(
            &json!({"status": {"code": "alarm_lock", "value": "wrong_password"}}),
            &lock(),
            0,
        );
        assert_eq!(w.kind, AlarmKind::WrongPassword);
    }

    #[test]
    fn identical_rows_straddling_pages_are_distinct_unless_the_total_grew() {
        // Distinct rows sent again at the next page's head: repeated.
        assert_eq!(repeated_head(&[1, 2, 3], &[2, 3, 4], Some(9), Some(9)), 2);
        // Five identical alarms across a boundary, total unchanged: none repeated.
        assert_eq!(repeated_head(&[1, 7, 7], &[7, 7, 7], Some(6), Some(6)), 0);
        // One arrived meanwhile: one repeated.
        assert_eq!(repeated_head(&[1, 7, 7], &[7, 7, 7], Some(6), Some(7)), 1);
        assert_eq!(repeated_head(&[], &[7, 7], None, Some(2)), 0);
        let a = alarm_of(
            &json!({"update_time": 5, "status": {"code": "alarm_lock", "value": "wrong_password"}}),
            &lock(),
            3,
        );
        assert_eq!(a.id, "5000-alarm_lock-wrong_password-3");
    }
}

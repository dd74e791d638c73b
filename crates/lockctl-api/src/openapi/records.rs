//! Open-door records and alarms: the OpenAPI's side of [`RecordOps`]. Pages are read by `page_no`
//! until the cloud's `total`, the limit, or an empty page; kinds, member and (for alarms) times
//! are filtered here. The pages are read before the first is handed out.

use std::collections::{HashSet, VecDeque};

use async_trait::async_trait;
use jiff::Timestamp;
use serde_json::Value;

use super::members::{kind_of_code, unlock_id};
use super::wire::{self, q};
use super::{unsupported, Method, OpenApi};
use crate::error::{Error, Result};
use crate::lock::Lock;
use crate::model::UnlockKind;
use crate::ops::records::*;

/// Pages read at most in one listing.
const MAX_PAGES: u64 = 2_000;

/// Pages read ahead of time, handed out one by one.
struct Fetched<T> {
    pages: VecDeque<(Page<T>, u64)>,
    tally: Tally,
    total: Option<u64>,
}

#[async_trait]
impl<T: Send + 'static> Pages<T> for Fetched<T> {
    async fn next(&mut self) -> Result<Option<Page<T>>> {
        let Some((page, received)) = self.pages.pop_front() else {
            return Ok(None);
        };
        self.tally.received += received;
        self.tally.total = self.total;
        Ok(Some(page))
    }

    fn tally(&self) -> Tally {
        self.tally
    }
}

/// The `{code, value}` of a log entry (`status` a list or one object; `dps` single-entry objects).
fn status_of(v: &Value) -> (String, String) {
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

fn record_of(v: &Value, lock: &Lock) -> Record {
    let (code, value) = status_of(v);
    let time = wire::time(v, "update_time", &lock.zone)
        .or_else(|| wire::time(v, "gmt_create", &lock.zone));
    let rid = wire::s(v, "record_id");
    let id = if rid.is_empty() {
        format!(
            "{}-{code}-{value}",
            time.as_ref()
                .map(|t| t.timestamp().as_millisecond())
                .unwrap_or(0)
        )
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

fn alarm_of(v: &Value, lock: &Lock) -> Alarm {
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
        id: format!(
            "{}-{code}-{value}",
            time.as_ref()
                .map(|t| t.timestamp().as_millisecond())
                .unwrap_or(0)
        ),
        time,
        kind,
        unlock_id: unlock,
        member: person(wire::s(v, "user_id"), wire::s(v, "nick_name")),
    }
}

fn check<K>(q: &Query<K>) -> Result<()> {
    if !(1..=500).contains(&q.page_size) {
        return Err(Error::Invalid(format!(
            "a page holds 1 to 500 records, not {}",
            q.page_size
        )));
    }
    if q.limit == Some(0) {
        return Err(Error::Invalid("a limit of 0 records".into()));
    }
    Ok(())
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
struct Source<'a> {
    path: String,
    query: Vec<(String, String)>,
    list_key: &'a str,
}

impl OpenApi {
    /// Read pages until the total, the limit (of matches) or an empty page.
    async fn read_pages<T: Send + 'static>(
        &self,
        src: &Source<'_>,
        size: u32,
        limit: Option<u64>,
        keep: impl Fn(&Value) -> Option<T>,
    ) -> Result<Fetched<T>> {
        let mut out = Fetched {
            pages: VecDeque::new(),
            tally: Tally::default(),
            total: None,
        };
        let (mut got, mut matched) = (0u64, 0u64);
        let mut seen = HashSet::new();
        for page_no in 1..=MAX_PAGES {
            let mut query = src.query.clone();
            query.push(("page_no".into(), page_no.to_string()));
            query.push(("page_size".into(), size.to_string()));
            let v = self.call(Method::Get, &src.path, &query, None).await?;
            let rows = wire::list(&v, src.list_key);
            out.total = wire::i(&v, "total").and_then(|t| u64::try_from(t).ok());
            let n = rows.len() as u64;
            got += n;
            let items: Vec<T> = rows
                .into_iter()
                .filter(|r| seen.insert(r.to_string()))
                .filter_map(&keep)
                .collect();
            matched += items.len() as u64;
            let raw =
                serde_json::value::to_raw_value(&v).map_err(|e| Error::Invalid(e.to_string()))?;
            out.pages.push_back((Page { items, raw }, n));
            let done = n == 0
                || out.total.is_some_and(|t| got >= t)
                || (out.total.is_none() && n < u64::from(size));
            if done || limit.is_some_and(|l| matched >= l) {
                break;
            }
        }
        Ok(out)
    }
}

#[async_trait]
impl RecordOps for OpenApi {
    async fn history(&self, lock: &Lock, qr: &Query<UnlockKind>) -> Result<Box<dyn Pages<Record>>> {
        check(qr)?;
        let start = qr.since.map(|t| t.as_millisecond()).unwrap_or(0);
        let end = qr
            .until
            .unwrap_or_else(|| Timestamp::now() + jiff::SignedDuration::from_hours(24))
            .as_millisecond();
        let window = q(&[
            ("start_time", start.to_string()),
            ("end_time", end.to_string()),
        ]);
        let keep = |v: &Value| {
            let r = record_of(v, lock);
            let kind_ok = qr.kinds.is_empty() || qr.kinds.contains(&r.kind);
            (kind_ok
                && names(&r.member, &qr.member)
                && in_window(r.time.as_ref().map(|t| t.timestamp()), qr))
            .then_some(r)
        };
        let logs = Source {
            path: format!("/v1.0/devices/{}/door-lock/open-logs", lock.id),
            query: window.clone(),
            list_key: "logs",
        };
        let fetched = match self.read_pages(&logs, qr.page_size, qr.limit, keep).await {
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
                self.read_pages(&recs, qr.page_size, qr.limit, keep).await?
            }
            other => other?,
        };
        Ok(Box::new(Limited::new(
            Box::new(fetched),
            qr.limit,
            qr.page_size,
            false,
        )))
    }

    async fn alarms(&self, lock: &Lock, qr: &Query<AlarmKind>) -> Result<Box<dyn Pages<Alarm>>> {
        check(qr)?;
        let keep = |v: &Value| {
            let a = alarm_of(v, lock);
            let kind_ok = qr.kinds.is_empty() || qr.kinds.contains(&a.kind);
            (kind_ok
                && names(&a.member, &qr.member)
                && in_window(a.time.as_ref().map(|t| t.timestamp()), qr))
            .then_some(a)
        };
        let src = Source {
            path: format!("/v1.0/devices/{}/door-lock/alarm-logs", lock.id),
            query: vec![],
            list_key: "records",
        };
        let fetched = self.read_pages(&src, qr.page_size, qr.limit, keep).await?;
        Ok(Box::new(Limited::new(
            Box::new(fetched),
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
        }
    }

    #[test]
    fn records_and_alarms_read_into_models() {
        let r = record_of(
            &json!({"update_time": 1_800_000_000_000i64, "status": [{"code": "unlock_fingerprint", "value": 2}], "user_id": "u1", "nick_name": "Alice"}),
            &lock(),
        );
        assert_eq!(r.kind, UnlockKind::Fingerprint);
        assert_eq!(r.unlock_id.as_deref(), Some("12-2"));
        assert_eq!(r.member.unwrap().name.as_deref(), Some("Alice"));
        // Seconds are read as seconds.
        let s = record_of(
            &json!({"update_time": 1_800_000_000i64, "status": {"code": "unlock_card", "value": "1"}}),
            &lock(),
        );
        assert_eq!(s.time.unwrap().as_secs(), 1_800_000_000);
        let a = alarm_of(
            &json!({"update_time": 1, "status": {"code": "hijack", "value": "unlock_fingerprint-02"}}),
            &lock(),
        );
        assert_eq!(a.kind, AlarmKind::Duress);
        assert_eq!(a.unlock_id.as_deref(), Some("12-02"));
        let w = alarm_of(
            &json!({"status": {"code": "alarm_lock", "value": "wrong_password"}}),
            &lock(),
        );
        assert_eq!(w.kind, AlarmKind::WrongPassword);
    }
}

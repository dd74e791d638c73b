//! Record pages as the gateway sends them: Wi-Fi answers `{datas, hasNext, totalCount}`,
//! Bluetooth and Zigbee a bare list; each record carries its method as a DP and value
//! (`dps: [{"12": "1"}]`), its time in milliseconds (`gmtCreate`) and ids as strings or numbers.
//! Records are read from the answer's text in place and turned into the typed models here.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use jiff::tz::TimeZone;
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::error::{Error, Result};
use crate::model::{unlock_kind_of_dp, Time};
use crate::ops::records::{Alarm, AlarmKind, Person, Record};

/// The DP alarms are reported on (its value names the alarm), and the duress DP (its value is the
/// credential used); see docs/decisions.md.
pub(crate) const ALARM_DP: u32 = 21;
pub(crate) const DURESS_DP: u32 = 56;

/// The alarm DP's values.
const ALARM_VALUES: [(&str, AlarmKind); 7] = [
    ("wrong_finger", AlarmKind::WrongFinger),
    ("wrong_password", AlarmKind::WrongPassword),
    ("wrong_card", AlarmKind::WrongCard),
    ("wrong_face", AlarmKind::WrongFace),
    ("low_battery", AlarmKind::LowBattery),
    ("pry", AlarmKind::Tamper),
    ("key_in", AlarmKind::KeyIn),
];

/// A scalar the cloud may send as a string or a number; strings stay borrowed when they can.
#[derive(Debug, Clone)]
pub(crate) enum Scalar<'a> {
    Text(Cow<'a, str>),
    Int(i64),
    Float(f64),
    Bool(bool),
}

impl<'de: 'a, 'a> Deserialize<'de> for Scalar<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for V<'a> {
            type Value = Scalar<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string, number or boolean")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> std::result::Result<Scalar<'a>, E> {
                Ok(Scalar::Text(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> std::result::Result<Scalar<'a>, E> {
                Ok(Scalar::Text(Cow::Owned(v.to_string())))
            }
            fn visit_i64<E>(self, v: i64) -> std::result::Result<Scalar<'a>, E> {
                Ok(Scalar::Int(v))
            }
            fn visit_u64<E>(self, v: u64) -> std::result::Result<Scalar<'a>, E> {
                Ok(i64::try_from(v)
                    .map(Scalar::Int)
                    .unwrap_or(Scalar::Float(v as f64)))
            }
            fn visit_f64<E>(self, v: f64) -> std::result::Result<Scalar<'a>, E> {
                Ok(Scalar::Float(v))
            }
            fn visit_bool<E>(self, v: bool) -> std::result::Result<Scalar<'a>, E> {
                Ok(Scalar::Bool(v))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

impl Scalar<'_> {
    fn text(&self) -> String {
        match self {
            Scalar::Text(s) => s.to_string(),
            Scalar::Int(i) => i.to_string(),
            Scalar::Float(f) => f.to_string(),
            Scalar::Bool(b) => b.to_string(),
        }
    }
    fn int(&self) -> Option<i64> {
        match self {
            Scalar::Int(i) => Some(*i),
            Scalar::Float(f) => Some(*f as i64),
            Scalar::Text(s) => s.trim().parse().ok(),
            Scalar::Bool(_) => None,
        }
    }
}

/// A record as the wire spells it, borrowed from the answer's text.
#[derive(Deserialize, Debug, Default)]
#[serde(rename_all = "camelCase")]
pub(crate) struct WireRecord<'a> {
    #[serde(borrow)]
    uuid: Option<Scalar<'a>>,
    #[serde(borrow)]
    gmt_create: Option<Scalar<'a>>,
    #[serde(borrow)]
    user_id: Option<Scalar<'a>>,
    #[serde(borrow)]
    user_name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    unlock_name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    dps: Option<Vec<BTreeMap<Cow<'a, str>, Scalar<'a>>>>,
}

fn non_empty(s: Option<&str>) -> Option<String> {
    s.filter(|s| !s.is_empty()).map(str::to_string)
}

impl WireRecord<'_> {
    pub(crate) fn time_ms(&self) -> i64 {
        self.gmt_create.as_ref().and_then(Scalar::int).unwrap_or(0)
    }

    /// A cheap fingerprint of the record's id, for spotting records sent twice.
    pub(crate) fn key(&self) -> Option<u64> {
        let mut h = DefaultHasher::new();
        match self.uuid.as_ref()? {
            Scalar::Text(t) if t.is_empty() => return None,
            Scalar::Text(t) => t.hash(&mut h),
            other => other.text().hash(&mut h),
        }
        Some(h.finish())
    }

    fn id(&self) -> String {
        self.uuid.as_ref().map(Scalar::text).unwrap_or_default()
    }

    /// The DP and value of `dps`.
    fn dp(&self) -> (u32, String) {
        match self
            .dps
            .as_ref()
            .and_then(|d| d.first())
            .and_then(|m| m.iter().next())
        {
            Some((k, v)) => (k.parse().unwrap_or(0), v.text()),
            None => (0, String::new()),
        }
    }

    /// The member the record names; user id `0` is the cloud's "nobody".
    fn person(&self) -> Option<Person> {
        let id = self
            .user_id
            .as_ref()
            .map(Scalar::text)
            .filter(|id| !id.is_empty() && id != "0");
        let name = non_empty(self.user_name.as_deref());
        (id.is_some() || name.is_some()).then_some(Person { id, name })
    }

    pub(crate) fn record(&self, zone: &TimeZone) -> Record {
        let (dp, value) = self.dp();
        Record {
            id: self.id(),
            time: Time::from_millis(self.time_ms(), zone),
            kind: unlock_kind_of_dp(dp),
            unlock_id: (dp != 0 && !value.is_empty()).then(|| format!("{dp}-{value}")),
            member: self.person(),
            unlock_name: non_empty(self.unlock_name.as_deref()),
        }
    }

    pub(crate) fn alarm(&self, zone: &TimeZone) -> Alarm {
        let (dp, value) = self.dp();
        let kind = match dp {
            DURESS_DP => AlarmKind::Duress,
            ALARM_DP => ALARM_VALUES
                .iter()
                .find(|(v, _)| *v == value)
                .map(|(_, k)| *k)
                .unwrap_or(AlarmKind::Other),
            _ => AlarmKind::Other,
        };
        Alarm {
            id: self.id(),
            time: Time::from_millis(self.time_ms(), zone),
            kind,
            unlock_id: (kind == AlarmKind::Duress && !value.is_empty()).then_some(value),
            member: self.person(),
        }
    }
}

/// One record of a page, typed, with what paging needs to know about it.
pub(crate) struct Parsed<T> {
    pub key: Option<u64>,
    pub time_ms: i64,
    pub item: T,
}

/// A page read into typed records, with the answer's text kept for `--raw`.
pub(crate) struct Prepared<T> {
    pub raw: Box<RawValue>,
    /// Identifies the page's content, to spot a cloud that sends the same page again.
    pub fingerprint: u64,
    pub has_next: Option<bool>,
    pub total: Option<i64>,
    pub items: Vec<Parsed<T>>,
}

fn bad(action: &str, why: String) -> Error {
    Error::BadResponse {
        url: action.to_string(),
        reason: why,
    }
}

/// Read a page answer (either shape) into typed records with `make`.
pub(crate) fn prepare<T>(
    action: &str,
    raw: Box<RawValue>,
    make: impl Fn(&WireRecord) -> T,
) -> Result<Prepared<T>> {
    #[derive(Deserialize)]
    struct WifiPage<'a> {
        #[serde(borrow)]
        datas: Option<Vec<WireRecord<'a>>>,
        #[serde(rename = "hasNext")]
        has_next: Option<bool>,
        #[serde(rename = "totalCount", borrow)]
        total_count: Option<Scalar<'a>>,
    }
    let text = raw.get().trim_start();
    let (records, has_next, total) = if text.starts_with('[') {
        let records: Vec<WireRecord> = serde_json::from_str(text)
            .map_err(|e| bad(action, format!("a malformed record list ({e})")))?;
        (records, None, None)
    } else if text.starts_with('{') {
        let p: WifiPage = serde_json::from_str(text)
            .map_err(|e| bad(action, format!("a malformed page ({e})")))?;
        let total = p.total_count.as_ref().and_then(Scalar::int);
        if total.is_some_and(|t| t < 0) {
            return Err(bad(action, "a negative totalCount".into()));
        }
        (p.datas.unwrap_or_default(), p.has_next, total)
    } else if text == "null" {
        (vec![], Some(false), None)
    } else {
        return Err(bad(action, "records in an unknown shape".into()));
    };
    let items: Vec<Parsed<T>> = records
        .iter()
        .map(|r| Parsed {
            key: r.key(),
            time_ms: r.time_ms(),
            item: make(r),
        })
        .collect();
    // The record ids when every record has one, else the whole text.
    let mut h = DefaultHasher::new();
    if items.iter().all(|r| r.key.is_some()) {
        items.iter().for_each(|r| r.key.hash(&mut h));
    } else {
        raw.get().hash(&mut h);
    }
    let fingerprint = h.finish();
    drop(records);
    Ok(Prepared {
        raw,
        fingerprint,
        has_next,
        total,
        items,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::UnlockKind;

    fn page<T>(text: &str, make: impl Fn(&WireRecord) -> T) -> Prepared<T> {
        let raw = RawValue::from_string(text.to_string()).unwrap();
        prepare("test", raw, make).unwrap()
    }

    #[test]
    fn both_shapes_read_the_same() {
        let z = TimeZone::UTC;
        let rec = r#"{"dps":[{"16":"2"}],"userName":"Ann","unlockName":"card","gmtCreate":1000,"uuid":"u1","userId":7}"#;
        let wifi = page(
            &format!(r#"{{"datas":[{rec}],"hasNext":false,"totalCount":"1"}}"#),
            |r| r.record(&z),
        );
        let ble = page(&format!("[{rec}]"), |r| r.record(&z));
        assert_eq!((wifi.total, wifi.has_next), (Some(1), Some(false)));
        assert_eq!((ble.total, ble.has_next), (None, None));
        let (a, b) = (&wifi.items[0].item, &ble.items[0].item);
        assert_eq!(a, b);
        assert_eq!(a.kind, UnlockKind::Card);
        assert_eq!(a.unlock_id.as_deref(), Some("16-2"));
        let m = a.member.as_ref().unwrap();
        assert_eq!(
            (m.id.as_deref(), m.name.as_deref()),
            (Some("7"), Some("Ann"))
        );
    }

    #[test]
    fn alarms_in_words_and_nobody_is_null() {
        let z = TimeZone::UTC;
        let p = page(
            r#"[{"dps":[{"21":"pry"}],"userId":"0","uuid":"a"},{"dps":[{"56":"13-1"}],"uuid":"b"},{"dps":[{"21":"new_thing"}]}]"#,
            |r| r.alarm(&z),
        );
        let kinds: Vec<AlarmKind> = p.items.iter().map(|a| a.item.kind).collect();
        assert_eq!(
            kinds,
            [AlarmKind::Tamper, AlarmKind::Duress, AlarmKind::Other]
        );
        assert!(p.items[0].item.member.is_none() && p.items[0].item.time.is_none());
        assert_eq!(p.items[1].item.unlock_id.as_deref(), Some("13-1"));
        assert!(p.items[2].key.is_none());
    }

    #[test]
    fn nonsense_is_an_error() {
        for text in [
            "5",
            r#"{"datas":"x"}"#,
            r#"{"totalCount":-1}"#,
            r#"[{"dps":"weird"}]"#,
        ] {
            let raw = RawValue::from_string(text.to_string()).unwrap();
            assert!(prepare("test", raw, |_| ()).is_err(), "{text}");
        }
    }
}

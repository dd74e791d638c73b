//! Building blocks of the typed models: times in a lock's zone, the validity and delivery words
//! every lock kind shares, and the list of fields a model has (for `--json FIELDS`).
//!
//! Serialised names are camelCase; enums serialise as lower-case words; ids are strings; times
//! are RFC 3339 with the lock's offset. docs/json.md is the contract built from these rules.

use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};
use serde::{Serialize, Serializer};

/// The top-level JSON fields of a model, in order: what `--json FIELDS` may select.
pub trait Fields {
    const FIELDS: &'static [&'static str];
}

/// An instant shown in a zone: serialises as RFC 3339 with that zone's offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Time(pub Zoned);

impl Time {
    /// Unix seconds in `zone`; None for 0 (the cloud's "unset") or out-of-range values.
    pub fn from_secs(secs: i64, zone: &TimeZone) -> Option<Time> {
        if secs <= 0 {
            return None;
        }
        Timestamp::from_second(secs)
            .ok()
            .map(|t| Time(t.to_zoned(zone.clone())))
    }

    /// Unix milliseconds in `zone` (record times arrive in milliseconds).
    pub fn from_millis(ms: i64, zone: &TimeZone) -> Option<Time> {
        if ms <= 0 {
            return None;
        }
        Timestamp::from_millisecond(ms)
            .ok()
            .map(|t| Time(t.to_zoned(zone.clone())))
    }

    /// A modify or create time as the wire gives it: milliseconds, or seconds when below 10^11.
    pub fn from_wire(n: i64, zone: &TimeZone) -> Option<Time> {
        if n < 100_000_000_000 {
            Time::from_secs(n, zone)
        } else {
            Time::from_millis(n, zone)
        }
    }

    pub fn timestamp(&self) -> Timestamp {
        self.0.timestamp()
    }

    pub fn as_secs(&self) -> i64 {
        self.0.timestamp().as_second()
    }

    /// RFC 3339 with the offset, to the second.
    pub fn rfc3339(&self) -> String {
        self.0.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.rfc3339())
    }
}

/// Where a member or password stands in time: the same words on every lock kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Validity {
    Upcoming,
    Active,
    Expired,
    /// Suspended by an administrator (locks that have freezing).
    Frozen,
}

impl Validity {
    pub const WORDS: &'static [&'static str] = &["upcoming", "active", "expired", "frozen"];

    pub fn as_str(self) -> &'static str {
        match self {
            Validity::Upcoming => "upcoming",
            Validity::Active => "active",
            Validity::Expired => "expired",
            Validity::Frozen => "frozen",
        }
    }

    /// Upcoming, active or expired for a window `[from, to)` at `now` (open ends allowed).
    pub fn of_window(from: Option<i64>, to: Option<i64>, now: i64) -> Validity {
        match (from, to) {
            (Some(f), _) if now < f => Validity::Upcoming,
            (_, Some(t)) if now >= t => Validity::Expired,
            _ => Validity::Active,
        }
    }
}

/// Whether the cloud has put a credential on the lock yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Delivery {
    Pending,
    Delivered,
    Failed,
    Deleting,
}

impl Delivery {
    pub const WORDS: &'static [&'static str] = &["pending", "delivered", "failed", "deleting"];

    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Pending => "pending",
            Delivery::Delivered => "delivered",
            Delivery::Failed => "failed",
            Delivery::Deleting => "deleting",
        }
    }
}

/// How a lock was opened or what a credential is: the same words on every lock kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnlockKind {
    Fingerprint,
    Password,
    TempPassword,
    Dynamic,
    Card,
    Face,
    Key,
    Remote,
    OfflinePassword,
    /// A method the lock reports that lockctl has no word for.
    Other,
}

impl UnlockKind {
    pub const ALL: [UnlockKind; 9] = [
        UnlockKind::Fingerprint,
        UnlockKind::Password,
        UnlockKind::TempPassword,
        UnlockKind::Dynamic,
        UnlockKind::Card,
        UnlockKind::Face,
        UnlockKind::Key,
        UnlockKind::Remote,
        UnlockKind::OfflinePassword,
    ];

    /// The JSON word, also what `--type` takes.
    pub fn as_str(self) -> &'static str {
        match self {
            UnlockKind::Fingerprint => "fingerprint",
            UnlockKind::Password => "password",
            UnlockKind::TempPassword => "temp-password",
            UnlockKind::Dynamic => "dynamic",
            UnlockKind::Card => "card",
            UnlockKind::Face => "face",
            UnlockKind::Key => "key",
            UnlockKind::Remote => "remote",
            UnlockKind::OfflinePassword => "offline-password",
            UnlockKind::Other => "other",
        }
    }

    pub fn parse(word: &str) -> Option<UnlockKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == word)
    }
}

/// A day of the week, as recurring access and schedules name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    /// Monday first: the order people read and the JSON lists.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// The bit of a day in a weekday mask (bit 0 Sunday .. bit 6 Saturday).
    pub fn bit(self) -> u8 {
        match self {
            Weekday::Sun => 1,
            Weekday::Mon => 1 << 1,
            Weekday::Tue => 1 << 2,
            Weekday::Wed => 1 << 3,
            Weekday::Thu => 1 << 4,
            Weekday::Fri => 1 << 5,
            Weekday::Sat => 1 << 6,
        }
    }

    /// The days of a mask (bit 0 Sunday), Monday first.
    pub fn from_mask(mask: u8) -> Vec<Weekday> {
        Self::ALL
            .into_iter()
            .filter(|d| mask & d.bit() != 0)
            .collect()
    }

    pub fn mask(days: &[Weekday]) -> u8 {
        days.iter().fold(0, |m, d| m | d.bit())
    }
}

/// What a write made or changed, when the cloud only says "done".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Done {
    /// The lock the change was made on.
    pub lock: String,
    /// The verb, in words: `member freeze`.
    pub action: String,
    /// The id the change was about (member, password, unlock method), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl Fields for Done {
    const FIELDS: &'static [&'static str] = &["lock", "action", "id"];
}

/// The data point (DP) each unlock kind is reported on; see docs/decisions.md.
const UNLOCK_DPS: [(u32, UnlockKind); 9] = [
    (12, UnlockKind::Fingerprint),
    (13, UnlockKind::Password),
    (14, UnlockKind::TempPassword),
    (15, UnlockKind::Dynamic),
    (16, UnlockKind::Card),
    (17, UnlockKind::Face),
    (18, UnlockKind::Key),
    (19, UnlockKind::Remote),
    (20, UnlockKind::OfflinePassword),
];

pub fn unlock_kind_of_dp(dp: u32) -> UnlockKind {
    UNLOCK_DPS
        .iter()
        .find(|(d, _)| *d == dp)
        .map(|(_, k)| *k)
        .unwrap_or(UnlockKind::Other)
}

pub fn dp_of_unlock_kind(kind: UnlockKind) -> Option<u32> {
    UNLOCK_DPS.iter().find(|(_, k)| *k == kind).map(|(d, _)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_carry_the_zone_offset() {
        let tz = TimeZone::get("Europe/Berlin").unwrap();
        let t = Time::from_secs(1_798_117_200, &tz).unwrap();
        assert_eq!(
            serde_json::to_value(&t).unwrap(),
            "2026-12-24T14:00:00+01:00"
        );
        assert!(Time::from_secs(0, &tz).is_none());
    }

    #[test]
    fn windows() {
        assert_eq!(
            Validity::of_window(Some(10), Some(20), 5),
            Validity::Upcoming
        );
        assert_eq!(
            Validity::of_window(Some(10), Some(20), 15),
            Validity::Active
        );
        assert_eq!(
            Validity::of_window(Some(10), Some(20), 20),
            Validity::Expired
        );
        assert_eq!(Validity::of_window(None, None, 20), Validity::Active);
    }
}

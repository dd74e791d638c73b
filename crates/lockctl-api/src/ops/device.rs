//! Homes, devices, and the lock-wide settings and actions: voice password, remote unlock,
//! activation dates, method sync.

use async_trait::async_trait;
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

use crate::error::Result;
use crate::kind::Kind;
use crate::lock::Lock;
use crate::model::{Done, Fields, Time, UnlockKind};
use crate::ops::records::{Query, RecordOps};
use crate::secret::Secret;

/// A home (the cloud's "group") of the account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Home {
    #[serde(rename = "id")]
    pub gid: String,
    pub name: String,
}

impl Fields for Home {
    const FIELDS: &'static [&'static str] = &["id", "name"];
}

/// A battery level as locks report it (`battery_state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BatteryLevel {
    High,
    Medium,
    Low,
    Poweroff,
}

impl BatteryLevel {
    pub fn parse(s: &str) -> Option<BatteryLevel> {
        Some(match s {
            "high" => BatteryLevel::High,
            "medium" => BatteryLevel::Medium,
            "low" => BatteryLevel::Low,
            "poweroff" => BatteryLevel::Poweroff,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BatteryLevel::High => "high",
            BatteryLevel::Medium => "medium",
            BatteryLevel::Low => "low",
            BatteryLevel::Poweroff => "poweroff",
        }
    }
}

/// What a lock reports of its battery: a percent, a level, or both (never neither: a lock that
/// reports none has no `Battery`). Serialises as `{percent, level}`, each null when not reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Battery {
    pub percent: Option<u8>,
    pub level: Option<BatteryLevel>,
}

/// The status code of the battery's percent (0-100).
pub const CODE_PERCENT: &str = "residual_electricity";
/// The status code of the battery's level.
pub const CODE_LEVEL: &str = "battery_state";

impl Battery {
    /// Low: at most 20 %, or the level `low` or `poweroff`.
    pub fn is_low(&self) -> bool {
        self.percent.is_some_and(|p| p <= 20)
            || matches!(self.level, Some(BatteryLevel::Low | BatteryLevel::Poweroff))
    }

    /// The battery from a lock's status as (code, value) pairs: `residual_electricity` (an
    /// integer 0-100, or such a number as text) and `battery_state`. Values of any other type or
    /// range are not reported; None when neither is.
    pub fn from_status<'a>(
        codes: impl IntoIterator<Item = (&'a str, &'a Value)>,
    ) -> Option<Battery> {
        let mut b = Battery {
            percent: None,
            level: None,
        };
        for (code, v) in codes {
            match code {
                CODE_PERCENT => {
                    let n = match v {
                        Value::Number(n) => n.as_u64(),
                        Value::String(s) => s.trim().parse::<u64>().ok(),
                        _ => None,
                    };
                    b.percent = n.filter(|n| *n <= 100).map(|n| n as u8).or(b.percent);
                }
                CODE_LEVEL => {
                    b.level = v.as_str().and_then(BatteryLevel::parse).or(b.level);
                }
                _ => {}
            }
        }
        (b.percent.is_some() || b.level.is_some()).then_some(b)
    }
}

/// A product's schema as lockctl keeps it: DP id (`"12"`) to status code.
pub type DpCodes = BTreeMap<String, String>;

/// A device of the account. Serialises as `{id, name, kind, category, productId, online,
/// battery, lastActivity, home, timeZone}`: `kind` is `wifi|ble|zigbee` or null (not a lock, or a
/// lock of unknown radio), `battery` null when the lock reports none, `lastActivity` the newest
/// history or alarm record's time (null when not read or when there is none), `home` the home it
/// was listed in (null when looked up by id), `timeZone` null when unknown.
#[derive(Debug, Clone)]
pub struct Device {
    pub dev_id: String,
    pub name: String,
    pub category: String,
    pub category_code: String,
    pub product_id: String,
    pub online: bool,
    pub home: Option<Home>,
    pub local_key: Secret,
    pub time_zone: String,
    /// The kind when the backend decides it rather than the category (the OpenAPI backend:
    /// `unknown` for every lock); None: detected from the category.
    pub fixed_kind: Option<Kind>,
    /// The PIN length the cloud's description implies when its kind does not tell (the OpenAPI's
    /// gateway sub-devices, Bluetooth or Zigbee: 6); None: the kind's.
    pub pin_len: Option<usize>,
    /// The battery as reported; None when the lock reports none (or its schema was unreadable).
    pub battery: Option<Battery>,
    /// The newest history or alarm record's time, when it was read (see [`last_activity`]).
    pub last_activity: Option<Time>,
    /// The product schema the battery was read through (mobile gateway), for the caller to
    /// cache with the device list and hand back through [`DeviceOps::remember_schemas`].
    pub dp_codes: Option<DpCodes>,
}

impl Fields for Device {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "kind",
        "category",
        "productId",
        "online",
        "battery",
        "lastActivity",
        "home",
        "timeZone",
    ];
}

impl Serialize for Device {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("Device", 10)?;
        o.serialize_field("id", &self.dev_id)?;
        o.serialize_field("name", &self.name)?;
        o.serialize_field("kind", &self.kind())?;
        o.serialize_field("category", &non_empty(&self.category))?;
        o.serialize_field("productId", &non_empty(&self.product_id))?;
        o.serialize_field("online", &self.online)?;
        o.serialize_field("battery", &self.battery)?;
        o.serialize_field("lastActivity", &self.last_activity)?;
        o.serialize_field("home", &self.home)?;
        o.serialize_field("timeZone", &non_empty(&self.time_zone))?;
        o.end()
    }
}

impl Device {
    pub fn kind(&self) -> Option<Kind> {
        if self.fixed_kind.is_some() {
            return self.fixed_kind;
        }
        Kind::detect(non_empty(&self.category_code), non_empty(&self.category))
    }
    pub fn is_lock(&self) -> bool {
        Kind::is_lock_category(&self.category) || self.kind().is_some()
    }
}

fn non_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

/// Whether the voice-assistant password is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VoiceStatus {
    pub lock: String,
    pub enabled: bool,
}

impl Fields for VoiceStatus {
    const FIELDS: &'static [&'static str] = &["lock", "enabled"];
}

/// Whether remote unlock is switched on at the lock (in the app's lock settings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RemoteStatus {
    pub lock: String,
    pub enabled: bool,
}

impl Fields for RemoteStatus {
    const FIELDS: &'static [&'static str] = &["lock", "enabled"];
}

/// When the lock was activated (joined the network).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ActiveDate {
    pub lock: String,
    pub activated_at: Option<Time>,
}

impl Fields for ActiveDate {
    const FIELDS: &'static [&'static str] = &["lock", "activatedAt"];
}

/// How many whole days the lock has been active.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ActivePeriod {
    pub lock: String,
    pub days: u64,
}

impl Fields for ActivePeriod {
    const FIELDS: &'static [&'static str] = &["lock", "days"];
}

/// The check string that lets the lock compare its unlock methods with the cloud's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncCheck {
    pub lock: String,
    /// Hex: for each method of the kinds asked, its DP and number, a byte each.
    pub check_string: String,
    /// Whether the cloud has sent the lock its methods (sync may go ahead).
    pub distributed: bool,
    /// The data point the check string is sent to the lock on; null when the cloud names none.
    pub dp: Option<u32>,
}

impl Fields for SyncCheck {
    const FIELDS: &'static [&'static str] = &["lock", "checkString", "distributed", "dp"];
}

/// The time of the lock's newest history or alarm record (two reads of one record each); None
/// when it has neither. Tolerant: a kind of record the lock does not keep counts as none.
pub async fn last_activity<B: RecordOps + ?Sized>(api: &B, lock: &Lock) -> Result<Option<Time>> {
    let h = Query {
        kinds: vec![],
        since: None,
        until: None,
        member: None,
        page_size: 1,
        limit: Some(1),
        concurrency: 1,
    };
    let a = Query {
        kinds: vec![],
        since: None,
        until: None,
        member: None,
        page_size: 1,
        limit: Some(1),
        concurrency: 1,
    };
    let newest_history = async {
        let mut pages = api.history(lock, &h).await?;
        let p = pages.next().await?;
        Ok::<_, crate::Error>(p.and_then(|p| {
            p.items
                .into_iter()
                .filter_map(|r| r.time)
                .max_by_key(Time::as_secs)
        }))
    };
    let newest_alarm = async {
        let mut pages = api.alarms(lock, &a).await?;
        let p = pages.next().await?;
        Ok::<_, crate::Error>(p.and_then(|p| {
            p.items
                .into_iter()
                .filter_map(|r| r.time)
                .max_by_key(Time::as_secs)
        }))
    };
    let (h, a) = tokio::join!(newest_history, newest_alarm);
    let h = unsupported_is_none(h)?;
    let a = unsupported_is_none(a)?;
    Ok(match (h, a) {
        (Some(h), Some(a)) => Some(if a.as_secs() > h.as_secs() { a } else { h }),
        (h, a) => h.or(a),
    })
}

fn unsupported_is_none(r: Result<Option<Time>>) -> Result<Option<Time>> {
    match r {
        Err(crate::Error::Unsupported { .. }) => Ok(None),
        other => other,
    }
}

#[async_trait]
pub trait DeviceOps {
    /// Product schemas known to the caller (from its cache), so that reading one device's
    /// battery costs no schema request. Backends that need none ignore them.
    fn remember_schemas(&self, schemas: &BTreeMap<String, DpCodes>) {
        let _ = schemas;
    }

    /// One device as the cloud describes it (kind, localKey and zone included).
    async fn device(&self, id: &str) -> Result<Device>;

    /// Every home of the account with its devices.
    async fn homes_and_devices(&self) -> Result<Vec<(Home, Vec<Device>)>>;

    /// The length of the voice PIN the lock takes; `Unsupported` when it has no voice password.
    /// Sends nothing (ask it before prompting for a PIN).
    fn voice_pin_len(&self, lock: &Lock) -> Result<usize>;

    async fn voice_status(&self, lock: &Lock) -> Result<VoiceStatus>;

    /// Turn the voice password on with `pin`, or off with None.
    async fn set_voice(&self, lock: &Lock, pin: Option<&Secret>) -> Result<VoiceStatus>;

    async fn remote_status(&self, lock: &Lock) -> Result<RemoteStatus>;

    /// Open (`open` true) or lock the lock through its gateway.
    async fn remote(&self, lock: &Lock, open: bool) -> Result<Done>;

    async fn active_date(&self, lock: &Lock) -> Result<ActiveDate>;

    async fn active_period(&self, lock: &Lock) -> Result<ActivePeriod>;

    /// The sync check string for these unlock kinds (all when empty).
    async fn sync(&self, lock: &Lock, kinds: &[UnlockKind]) -> Result<SyncCheck>;
}

//! Homes, devices, and the lock-wide settings and actions: voice password, remote unlock,
//! activation dates, method sync.

use async_trait::async_trait;
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

use crate::error::Result;
use crate::kind::Kind;
use crate::lock::Lock;
use crate::model::{Done, Fields, Time, UnlockKind};
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

/// A device of the account. Serialises as `{id, name, kind, category, productId, online, home,
/// timeZone}`: `kind` is `wifi|ble|zigbee` or null (not a lock, or a lock of unknown radio),
/// `home` the home it was listed in (null when looked up by id), `timeZone` null when unknown.
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
}

impl Fields for Device {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "kind",
        "category",
        "productId",
        "online",
        "home",
        "timeZone",
    ];
}

impl Serialize for Device {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("Device", 8)?;
        o.serialize_field("id", &self.dev_id)?;
        o.serialize_field("name", &self.name)?;
        o.serialize_field("kind", &self.kind())?;
        o.serialize_field("category", &non_empty(&self.category))?;
        o.serialize_field("productId", &non_empty(&self.product_id))?;
        o.serialize_field("online", &self.online)?;
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

#[async_trait]
pub trait DeviceOps {
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

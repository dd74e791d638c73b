//! Online temporary passwords, dynamic passwords, offline passwords and their clear codes: the
//! operations and the models they return. The models mean the same on every lock kind; the JSON
//! contract is docs/json/passwords.md.

use async_trait::async_trait;
use jiff::Timestamp;
use serde::{Serialize, Serializer};

use crate::error::{NotRead, Result};
use crate::lock::Lock;
pub use crate::model::Weekday;
use crate::model::{Delivery, Done, Fields, Time, Validity};
use crate::secret::Secret;

mod opening;
pub use opening::{Opening, TempPasswordNow};

/// A minute of the day (0-1440), shown as `HH:MM`; `24:00` is the end of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DayMinute(pub u16);

impl DayMinute {
    pub const END_OF_DAY: DayMinute = DayMinute(1440);

    pub fn hhmm(self) -> String {
        format!("{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for DayMinute {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.hhmm())
    }
}

/// When within its window a temporary password opens: on these days, between these times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Schedule {
    pub weekdays: Vec<Weekday>,
    pub from: DayMinute,
    pub to: DayMinute,
}

impl Schedule {
    /// From a weekday mask (bit 0 Sunday) and minutes of the day.
    pub fn from_mask(mask: u8, from: u16, to: u16) -> Schedule {
        Schedule {
            weekdays: Weekday::ALL
                .into_iter()
                .filter(|d| mask & d.bit() != 0)
                .collect(),
            from: DayMinute(from.min(1440)),
            to: DayMinute(to.min(1440)),
        }
    }

    /// The weekday mask: bit 0 Sunday ... bit 6 Saturday.
    pub fn mask(&self) -> u8 {
        self.weekdays.iter().fold(0, |m, d| m | d.bit())
    }

    pub fn all_day(&self) -> bool {
        self.from.0 == 0 && self.to == DayMinute::END_OF_DAY
    }
}

/// An online temporary password: a PIN the lock takes within a window (and schedule).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TempPassword {
    /// Null only when the cloud accepted a create but its list did not show the new password.
    pub id: Option<String>,
    pub name: String,
    pub validity: Validity,
    /// Null when the cloud reports a state lockctl does not know.
    pub delivery: Option<Delivery>,
    pub from: Option<Time>,
    pub to: Option<Time>,
    /// Empty: any time within the window.
    pub schedules: Vec<Schedule>,
    pub one_time: bool,
    /// The PIN, only when lockctl generated it in this run (never read from the cloud).
    pub pin: Option<Secret>,
    pub phone: Option<String>,
    pub country_code: Option<String>,
    /// The password's number on the lock, when the cloud says.
    pub sn: Option<i64>,
    /// When the cloud took the last write of it (its creation or last change): how long a
    /// `pending` delivery has waited, or since when a `failed` one stands. Null when the cloud
    /// does not say.
    pub changed: Option<Time>,
    /// The write that made or changed it was done, but reading it back failed: what is missing.
    #[serde(skip)]
    pub not_read: Option<Box<NotRead>>,
    /// The lock refused it for want of a free slot (its delivery `failed` for that reason).
    #[serde(skip)]
    pub no_free_slot: bool,
}

impl Fields for TempPassword {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "validity",
        "delivery",
        "from",
        "to",
        "schedules",
        "oneTime",
        "pin",
        "phone",
        "countryCode",
        "sn",
        "changed",
    ];
}

/// A temporary password to create (or to check with `validate`).
#[derive(Debug, Clone)]
pub struct NewTempPassword {
    pub name: String,
    /// Plain digits; the backend encrypts them with the lock's localKey.
    pub pin: Secret,
    pub from: Timestamp,
    pub to: Timestamp,
    pub schedules: Vec<Schedule>,
    pub one_time: bool,
    pub phone: Option<String>,
    pub country_code: Option<String>,
    /// Create even when a live temporary password has this name (else `AlreadyExists`).
    pub allow_duplicate_name: bool,
}

/// What `update` changes: only the fields given.
#[derive(Debug, Clone, Default)]
pub struct TempPasswordChange {
    pub name: Option<String>,
    pub pin: Option<Secret>,
    pub window: Option<(Timestamp, Timestamp)>,
    pub schedules: Option<Vec<Schedule>>,
    pub one_time: Option<bool>,
    pub phone: Option<String>,
    pub country_code: Option<String>,
}

/// The lock's answer to `validate`: whether it would take the password.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TempPasswordCheck {
    pub accepted: bool,
}

impl Fields for TempPasswordCheck {
    const FIELDS: &'static [&'static str] = &["accepted"];
}

/// A dynamic password: good for about five minutes from when it was fetched.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DynamicPassword {
    pub pin: String,
    /// Five minutes after it was fetched, by this machine's clock.
    pub valid_until: Option<Time>,
}

impl Fields for DynamicPassword {
    const FIELDS: &'static [&'static str] = &["pin", "validUntil"];
}

/// What an offline code is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OfflineType {
    /// Many uses within a window.
    Multiple,
    /// One use within six hours of issue.
    Once,
    /// Ends one `multiple` code when typed at the lock.
    ClearOne,
    /// Ends every offline code issued before it.
    ClearAll,
}

impl OfflineType {
    pub const ALL: [OfflineType; 4] = [
        OfflineType::Multiple,
        OfflineType::Once,
        OfflineType::ClearOne,
        OfflineType::ClearAll,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OfflineType::Multiple => "multiple",
            OfflineType::Once => "once",
            OfflineType::ClearOne => "clear-one",
            OfflineType::ClearAll => "clear-all",
        }
    }
}

/// An offline code: computed by the cloud, accepted by a lock with no connection.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OfflinePassword {
    /// Null only when the cloud did not say.
    pub id: Option<String>,
    pub name: String,
    /// Null for a type lockctl does not know.
    #[serde(rename = "type")]
    pub kind: Option<OfflineType>,
    /// The code to type at the lock: given when it is issued, never in lists.
    pub pin: Option<String>,
    pub from: Option<Time>,
    pub to: Option<Time>,
    pub validity: Validity,
    /// `delivered` when the cloud says the lock has confirmed the code; null otherwise (offline
    /// codes need no delivery to work).
    pub delivery: Option<Delivery>,
    /// A clear code has been issued for this `multiple` code.
    pub clear_code_issued: bool,
    /// For a `clear-one` code: the name of the code it ends.
    pub clears: Option<String>,
    /// The code was issued, but reading it back failed: what is missing.
    #[serde(skip)]
    pub not_read: Option<Box<NotRead>>,
}

impl Fields for OfflinePassword {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "type",
        "pin",
        "from",
        "to",
        "validity",
        "delivery",
        "clearCodeIssued",
        "clears",
    ];
}

/// An offline code to issue.
#[derive(Debug, Clone)]
pub struct NewOfflinePassword {
    pub kind: OfflineType,
    pub name: Option<String>,
    /// The window of a `multiple` code; the others start when issued.
    pub window: Option<(Timestamp, Timestamp)>,
    pub phone: Option<String>,
    pub country_code: Option<String>,
    /// Issue even when a live offline code has this name (else `AlreadyExists`).
    pub allow_duplicate_name: bool,
}

/// Which offline codes to list.
#[derive(Debug, Clone)]
pub struct OfflineQuery {
    /// None: every type.
    pub kind: Option<OfflineType>,
    /// Only codes the cloud still counts as valid.
    pub valid_only: bool,
    /// Codes per page.
    pub limit: u32,
    /// Every page, not just the first.
    pub all: bool,
}

/// Whether a code of a type can be issued now (one-time and clear codes are rate limited).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OfflineAvailability {
    #[serde(rename = "type")]
    pub kind: OfflineType,
    pub available: bool,
}

impl Fields for OfflineAvailability {
    const FIELDS: &'static [&'static str] = &["type", "available"];
}

/// The clear code that ends one `multiple` code when typed at the lock.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClearCode {
    /// The clear code's own id, when the cloud says.
    pub id: Option<String>,
    /// Null only when the clear code was issued but the answer carrying it was lost (lists
    /// never show a code).
    pub pin: Option<String>,
    /// The id of the code it ends.
    pub clears: String,
}

impl Fields for ClearCode {
    const FIELDS: &'static [&'static str] = &["id", "pin", "clears"];
}

/// A `multiple` code that can still get a clear code.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RevocablePassword {
    pub id: String,
    pub name: String,
    pub from: Option<Time>,
    pub to: Option<Time>,
}

impl Fields for RevocablePassword {
    const FIELDS: &'static [&'static str] = &["id", "name", "from", "to"];
}

/// The password operations, for asking whether a lock offers one before gathering input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordOp {
    TempList,
    TempCreate,
    TempValidate,
    TempUpdate,
    TempRename,
    TempRemove,
    Dynamic,
    OfflineAvailable,
    OfflineCreate,
    OfflineList,
    OfflineRename,
    OfflineRevoke,
    OfflineRevocable,
}

#[async_trait]
pub trait PasswordOps {
    /// Whether this lock offers `op`; `Unsupported` naming what it offers instead. No request.
    fn offers(&self, lock: &Lock, op: PasswordOp) -> Result<()>;

    async fn temp_passwords(&self, lock: &Lock) -> Result<Vec<TempPassword>>;

    /// One temporary password by its id, from the list; None when the lock has no such id.
    async fn temp_password(&self, lock: &Lock, id: &str) -> Result<Option<TempPassword>> {
        let all = self.temp_passwords(lock).await?;
        Ok(all.into_iter().find(|p| p.id.as_deref() == Some(id)))
    }

    /// Create a temporary password; the answer is the created password with its id. Refused
    /// with `AlreadyExists` when a live one has the name (unless `allow_duplicate_name`); a lost
    /// answer is settled by reading the list back (`NotApplied`, `Unconfirmed`).
    async fn create_temp_password(
        &self,
        lock: &Lock,
        new: &NewTempPassword,
    ) -> Result<TempPassword>;

    /// Ask the lock whether it would take a password, without creating it.
    async fn validate_temp_password(
        &self,
        lock: &Lock,
        new: &NewTempPassword,
    ) -> Result<TempPasswordCheck>;

    /// Change a temporary password; the answer is the password as it now stands.
    async fn update_temp_password(
        &self,
        lock: &Lock,
        id: &str,
        change: &TempPasswordChange,
    ) -> Result<TempPassword>;

    async fn rename_temp_password(&self, lock: &Lock, id: &str, name: &str) -> Result<Done>;

    async fn remove_temp_password(&self, lock: &Lock, id: &str) -> Result<Done>;

    async fn dynamic_password(&self, lock: &Lock) -> Result<DynamicPassword>;

    async fn offline_available(
        &self,
        lock: &Lock,
        kind: OfflineType,
    ) -> Result<OfflineAvailability>;

    /// Issue an offline code; the answer carries the code in `pin`. Refused with `AlreadyExists`
    /// when a live code has the (non-empty) name. When the answer is lost and reading back finds
    /// the code, it is returned with `pin` null: the cloud never shows a code again.
    async fn create_offline_password(
        &self,
        lock: &Lock,
        new: &NewOfflinePassword,
    ) -> Result<OfflinePassword>;

    async fn offline_passwords(
        &self,
        lock: &Lock,
        q: &OfflineQuery,
    ) -> Result<Vec<OfflinePassword>>;

    async fn rename_offline_password(&self, lock: &Lock, id: &str, name: &str) -> Result<Done>;

    /// The clear code that ends one `multiple` code.
    async fn revoke_offline_password(&self, lock: &Lock, id: &str) -> Result<ClearCode>;

    async fn revocable_offline_passwords(&self, lock: &Lock) -> Result<Vec<RevocablePassword>>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_serialise_in_words() {
        let s = Schedule::from_mask(0b0111110, 540, 1080);
        assert_eq!(s.mask(), 0b0111110);
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"weekdays":["mon","tue","wed","thu","fri"],"from":"09:00","to":"18:00"}"#
        );
        assert!(Schedule::from_mask(1, 0, 1440).all_day());
    }
}

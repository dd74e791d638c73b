//! Lock members (family and panel) and their unlock methods.
//!
//! The models mean the same on every lock kind: a member's role, status, validity and access
//! window, and each unlock method's kind, are enums; a field a kind cannot fill is `null` (or an
//! empty list / `false`), never missing.

use async_trait::async_trait;
use jiff::Timestamp;
use serde::Serialize;

use crate::error::{NotRead, Result};
use crate::lock::Lock;
pub use crate::model::Weekday;
use crate::model::{Delivery, Done, Fields, Time, UnlockKind, Validity};

/// What a member is to the lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The lock's owner: may change everything, cannot be removed.
    Administrator,
    /// A member with an app account (the family list).
    Family,
    /// A person known only to the lock (the panel list).
    Panel,
}

impl Role {
    pub const WORDS: &'static [&'static str] = &["administrator", "family", "panel"];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Family => "family",
            Role::Panel => "panel",
        }
    }
}

/// Where a member stands with their app account (locks that share members to accounts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MemberStatus {
    /// A valid member (with an account, or a panel member that needs none).
    Joined,
    /// Shared to an account that has not accepted yet.
    Invited,
    /// No longer valid.
    Invalid,
}

impl MemberStatus {
    pub const WORDS: &'static [&'static str] = &["joined", "invited", "invalid"];

    pub fn as_str(self) -> &'static str {
        match self {
            MemberStatus::Joined => "joined",
            MemberStatus::Invited => "invited",
            MemberStatus::Invalid => "invalid",
        }
    }
}

/// When a member may open the lock, as the caller gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    /// Always.
    Permanent,
    /// From `from` until `to`.
    Window { from: Timestamp, to: Timestamp },
    /// Between `from` and `to`, on these days, between these minutes of the day.
    Recurring {
        from: Timestamp,
        to: Timestamp,
        weekdays: Vec<Weekday>,
        /// Minutes after midnight, `[start, end)`; `(0, 1440)` is all day.
        daily: (u16, u16),
    },
}

impl Access {
    /// Upcoming, active or expired at `now` (the outer window; recurring days do not count).
    pub fn validity(&self, now: Timestamp) -> Validity {
        match self {
            Access::Permanent => Validity::Active,
            Access::Window { from, to } | Access::Recurring { from, to, .. } => {
                Validity::of_window(
                    Some(from.as_second()),
                    Some(to.as_second()),
                    now.as_second(),
                )
            }
        }
    }

    /// The JSON view in the lock's zone.
    pub fn view(&self, lock: &Lock) -> MemberAccess {
        let time = |t: &Timestamp| Some(Time(t.to_zoned(lock.zone.clone())));
        let hhmm = |m: u16| Some(format!("{:02}:{:02}", m / 60, m % 60));
        match self {
            Access::Permanent => MemberAccess {
                kind: AccessType::Permanent,
                from: None,
                to: None,
                weekdays: vec![],
                daily_from: None,
                daily_to: None,
            },
            Access::Window { from, to } => MemberAccess {
                kind: AccessType::Window,
                from: time(from),
                to: time(to),
                weekdays: vec![],
                daily_from: None,
                daily_to: None,
            },
            Access::Recurring {
                from,
                to,
                weekdays,
                daily,
            } => MemberAccess {
                kind: AccessType::Recurring,
                from: time(from),
                to: time(to),
                weekdays: weekdays.clone(),
                daily_from: hhmm(daily.0),
                daily_to: hhmm(daily.1),
            },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AccessType {
    Permanent,
    Window,
    Recurring,
}

impl AccessType {
    pub const WORDS: &'static [&'static str] = &["permanent", "window", "recurring"];
}

/// When a member may open the lock, as shown: the same keys for every type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberAccess {
    #[serde(rename = "type")]
    pub kind: AccessType,
    /// Start of the window (null when permanent).
    pub from: Option<Time>,
    /// End of the window (null when permanent).
    pub to: Option<Time>,
    /// Recurring: the days, Monday first (empty otherwise).
    pub weekdays: Vec<Weekday>,
    /// Recurring: daily start, `HH:MM` in the lock's zone.
    pub daily_from: Option<String>,
    /// Recurring: daily end, `HH:MM` (`24:00` is midnight at the end of the day).
    pub daily_to: Option<String>,
}

fn id_or_null<S: serde::Serializer>(id: &str, s: S) -> std::result::Result<S::Ok, S::Error> {
    match id {
        "" => s.serialize_none(),
        id => s.serialize_str(id),
    }
}

/// A person who may open the lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    /// Empty (null in JSON) only when an add was done but the new member could not be read back.
    #[serde(serialize_with = "id_or_null")]
    pub id: String,
    pub name: String,
    pub role: Role,
    /// Phone or email the cloud keeps for the member, when any.
    pub contact: Option<String>,
    /// `frozen` when an administrator froze the member, else from the access window now.
    pub validity: Validity,
    /// Account status, on locks that share members to accounts (null elsewhere). JSON
    /// `account`: a different axis from `validity`.
    #[serde(rename = "account")]
    pub status: Option<MemberStatus>,
    pub frozen: bool,
    /// When the member may open (permanent on locks that keep no member validity).
    pub access: MemberAccess,
    /// The member's unlock methods.
    pub unlock_methods: Vec<UnlockMethod>,
    /// The member's number inside the lock, on locks that report it (null elsewhere).
    pub lock_user_id: Option<String>,
    /// When the cloud took the last write of the member that goes to the lock (its addition or
    /// last change): the age of a pending or refused delivery. Null when the cloud does not say.
    pub changed: Option<Time>,
    /// The add was done, but reading the new member back failed: what is missing.
    #[serde(skip)]
    pub not_read: Option<Box<NotRead>>,
}

impl Fields for Member {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "role",
        "contact",
        "validity",
        "account",
        "frozen",
        "access",
        "unlockMethods",
        "lockUserId",
        "changed",
    ];
}

impl Member {
    /// Where the member stands at the lock. Locks that number their members (Bluetooth,
    /// Zigbee) give a new member its number once they have it: until then (`lockUserId` 0) it
    /// is pending, and a member still unnumbered whose status turned invalid was refused. Locks
    /// that number nobody keep members in the cloud: delivered.
    pub fn delivery(&self) -> Delivery {
        match (self.lock_user_id.as_deref(), self.status) {
            (Some("0"), Some(MemberStatus::Invalid)) => Delivery::Failed,
            (Some("0"), _) => Delivery::Pending,
            _ => Delivery::Delivered,
        }
    }
}

/// A credential enrolled at the lock: a fingerprint, card, PIN, face...
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UnlockMethod {
    /// The method's id in the cloud (what `opmode rename --id` takes); null for methods that
    /// belong to nobody yet.
    pub id: Option<String>,
    /// The lock's own number for it, `DP-N` (e.g. `12-2`).
    pub unlock_id: String,
    pub kind: UnlockKind,
    pub name: String,
    /// The member it belongs to (null: waits to be assigned).
    pub member: Option<String>,
    /// Opening with it raises a duress (hijack) alarm.
    pub duress: bool,
    /// Frozen with its member.
    pub frozen: bool,
    /// Whether the cloud has put it on the lock.
    pub delivery: Delivery,
    /// When the cloud took the last write of it (its assignment): the age of a pending or
    /// refused delivery. Null when the cloud does not say.
    pub changed: Option<Time>,
    /// The add was done, but reading the method back failed: what is missing.
    #[serde(skip)]
    pub not_read: Option<Box<NotRead>>,
}

impl Fields for UnlockMethod {
    const FIELDS: &'static [&'static str] = &[
        "id", "unlockId", "kind", "name", "member", "duress", "frozen", "delivery", "changed",
    ];
}

/// An unlock method as the lock numbers it: `DP-N`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnlockId {
    /// The data point of its kind (12 fingerprint, 13 password, 16 card...).
    pub dp: u32,
    /// The credential's number, as typed (`2` and `02` name the same one).
    pub number: String,
}

impl UnlockId {
    pub fn kind(&self) -> UnlockKind {
        crate::model::unlock_kind_of_dp(self.dp)
    }
}

impl std::fmt::Display for UnlockId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.dp, self.number)
    }
}

/// A new member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMember {
    pub name: String,
    /// None: the lock's default (permanent). Locks that keep no member validity refuse Some.
    pub access: Option<Access>,
    /// Unlock kinds the member may use; empty: all.
    pub allow: Vec<UnlockKind>,
    /// Add even when a live member already has this name (else `AlreadyExists`).
    pub allow_duplicate_name: bool,
}

/// Changes to a member; None leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MemberChange {
    pub name: Option<String>,
    pub access: Option<Access>,
    /// Empty: unchanged.
    pub allow: Vec<UnlockKind>,
}

/// Which page of panel members to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub offset: u32,
    pub limit: u32,
    /// Every page from `offset` on.
    pub all: bool,
}

/// An app account a panel member is bound to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// Email or phone number.
    pub account: String,
    /// Country calling code (e.g. `49`), empty when unknown.
    pub country_code: String,
}

/// How many members a lock has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberCount {
    pub family: u64,
    pub panel: u64,
}

impl Fields for MemberCount {
    const FIELDS: &'static [&'static str] = &["family", "panel"];
}

/// A member's number inside the lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LockUserId {
    pub member: String,
    pub lock_user_id: String,
}

impl Fields for LockUserId {
    const FIELDS: &'static [&'static str] = &["member", "lockUserId"];
}

/// How many unlock methods of one kind a member has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MethodCount {
    pub kind: UnlockKind,
    pub count: u64,
}

impl Fields for MethodCount {
    const FIELDS: &'static [&'static str] = &["kind", "count"];
}

/// What a member may open with, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MethodSettings {
    pub member: String,
    /// Unlock kinds the member may use.
    pub allowed: Vec<UnlockKind>,
    pub access: MemberAccess,
    /// The zone the lock applies the access window in, as the cloud stores it (null: unset).
    pub time_zone: Option<String>,
}

impl Fields for MethodSettings {
    const FIELDS: &'static [&'static str] = &["member", "allowed", "access", "timeZone"];
}

/// Whether unlock methods enrolled at the lock wait to be assigned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PendingMethods {
    pub pending: bool,
}

impl Fields for PendingMethods {
    const FIELDS: &'static [&'static str] = &["pending"];
}

/// How `opmode remove` names the method: some locks go by `DP-N`, others by member and id.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MethodRef {
    pub unlock_id: Option<UnlockId>,
    pub member: Option<String>,
    pub id: Option<String>,
}

#[async_trait]
pub trait MemberOps {
    /// Whether the lock keeps member validity windows and permissions (no request).
    fn keeps_member_access(&self, lock: &Lock) -> bool;

    /// Family members (administrator included), with their unlock methods.
    async fn family_members(&self, lock: &Lock) -> Result<Vec<Member>>;

    /// Panel members, one page or all from the offset, with their unlock methods.
    async fn panel_members(&self, lock: &Lock, page: Page) -> Result<Vec<Member>>;

    async fn member_count(&self, lock: &Lock) -> Result<MemberCount>;

    /// The logged-in account's own membership.
    async fn me(&self, lock: &Lock) -> Result<Member>;

    /// One member with their unlock methods.
    async fn member(&self, lock: &Lock, id: &str) -> Result<Member>;

    /// Add a member; returns them with the id the cloud gave. Refused with `AlreadyExists` when a
    /// live member has the name (unless `allow_duplicate_name`); when the answer is lost, the
    /// members are read back: `NotApplied` or `Unconfirmed` when it did not (surely) land.
    async fn add_member(&self, lock: &Lock, new: &NewMember) -> Result<Member>;

    async fn update_member(&self, lock: &Lock, id: &str, change: &MemberChange) -> Result<Done>;

    /// Remove a member and their unlock methods.
    async fn remove_member(&self, lock: &Lock, id: &str) -> Result<Done>;

    /// Turn a panel member into a family member.
    async fn upgrade_member(&self, lock: &Lock, id: &str) -> Result<Done>;

    async fn lock_user_id(&self, lock: &Lock, id: &str) -> Result<LockUserId>;

    /// Bind a panel member to an app account.
    async fn share_member(&self, lock: &Lock, id: &str, to: &Account) -> Result<Done>;

    async fn unshare_member(&self, lock: &Lock, id: &str) -> Result<Done>;

    /// Freeze (true) or unfreeze a member's unlock methods.
    async fn freeze_member(&self, lock: &Lock, id: &str, freeze: bool) -> Result<Done>;

    /// A member's unlock methods.
    async fn unlock_methods(&self, lock: &Lock, member: &str) -> Result<Vec<UnlockMethod>>;

    async fn method_settings(&self, lock: &Lock, member: &str) -> Result<MethodSettings>;

    /// A member's unlock methods counted per kind.
    async fn method_counts(&self, lock: &Lock, member: &str) -> Result<Vec<MethodCount>>;

    /// Attach a method to a member; returns it with its id.
    async fn add_method(
        &self,
        lock: &Lock,
        member: &str,
        unlock: &UnlockId,
        name: Option<&str>,
    ) -> Result<UnlockMethod>;

    async fn rename_method(&self, lock: &Lock, id: &str, name: &str) -> Result<Done>;

    /// Refuse a [`MethodRef`] that lacks what this lock names methods by (no request).
    fn check_method_ref(&self, lock: &Lock, method: &MethodRef) -> Result<()>;

    async fn remove_method(&self, lock: &Lock, method: &MethodRef) -> Result<Done>;

    /// Methods enrolled at the lock that belong to nobody.
    async fn unassigned_methods(&self, lock: &Lock) -> Result<Vec<UnlockMethod>>;

    async fn methods_pending(&self, lock: &Lock) -> Result<PendingMethods>;

    /// Give unassigned methods to a member.
    async fn assign_methods(&self, lock: &Lock, member: &str, ids: &[UnlockId]) -> Result<Done>;

    /// Rewrite past history records of these methods to a member.
    async fn bind_records(&self, lock: &Lock, member: &str, ids: &[UnlockId]) -> Result<Done>;

    /// Mark (true) or unmark a method as duress.
    async fn set_duress(&self, lock: &Lock, unlock: &UnlockId, duress: bool) -> Result<Done>;
}

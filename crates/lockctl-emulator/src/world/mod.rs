//! The lock world: accounts, homes, locks and everything a lock holds, with typed operations on
//! them. Plain data with serde, so `--state FILE` can persist and reload it.
//!
//! This module knows nothing of any wire: no action names, versions, request field names,
//! envelopes or error codes. Operations take typed inputs, check who may do what, and answer
//! typed values or a [`WorldError`]; an adapter (the mobile gateway in `crate::mobile`) turns
//! requests into these calls and the outcomes into its own responses.
//!
//! Every operation on a lock takes the caller's account uid and checks it: a lock is visible to
//! its owner and the accounts it is shared with, and only the owner (its administrator) may
//! change it, except for the few actions any member may take (reading, opening remotely,
//! fetching a dynamic password, marking alarms read).

pub mod delivery;
#[cfg(test)]
mod delivery_tests;
pub mod fleet;
pub mod health;
pub mod ids;
pub mod keypad;
pub mod members;
pub mod offlinepwd;
pub mod opmodes;
pub mod records;
pub mod seed;
pub mod temppwd;
pub mod temppwd_extra;
#[cfg(test)]
mod tests;

pub use keypad::{schedule_admits, KeypadOutcome, MethodOutcome};
pub use members::{MemberUpdate, NewMember};
pub use offlinepwd::{NewOfflineCode, OfflineKind, HOURLY_LIMIT};
pub use opmodes::UnlockId;
pub use records::{RecordPage, RecordQuery};
pub use seed::{fresh, fresh_at, generate_records, seed, Rng};
pub use temppwd::TempPasswordSpec;

use serde::{Deserialize, Serialize};

/// The DP ids the emulator's locks use for unlock methods and alarms (a choice recorded in
/// docs/decisions.md; an unlock method is named `<dpId>-<n>`). lockctl's labels follow the same
/// table.
pub mod dp {
    pub const FINGERPRINT: u32 = 12;
    pub const PASSWORD: u32 = 13;
    pub const TEMP_PASSWORD: u32 = 14;
    pub const DYNAMIC: u32 = 15;
    pub const CARD: u32 = 16;
    pub const FACE: u32 = 17;
    pub const KEY: u32 = 18;
    pub const REMOTE: u32 = 19;
    pub const OFFLINE_PASSWORD: u32 = 20;
    /// Alarm DP; its value names the alarm (see `alarm`).
    pub const ALARM: u32 = 21;
    /// Duress (hijack) alarm; its value is the unlockId used.
    pub const HIJACK: u32 = 56;
    pub const UNLOCK_METHODS: [u32; 9] = [
        FINGERPRINT,
        PASSWORD,
        TEMP_PASSWORD,
        DYNAMIC,
        CARD,
        FACE,
        KEY,
        REMOTE,
        OFFLINE_PASSWORD,
    ];
}

/// Values of the alarm DP.
pub const ALARMS: [&str; 6] = [
    "wrong_finger",
    "wrong_password",
    "wrong_card",
    "low_battery",
    "pry",
    "key_in",
];

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Account {
    pub uid: String,
    pub email: String,
    pub phone: String,
    pub country_code: String,
    /// Lowercase hex MD5 of the password, which is what clients encrypt.
    pub passwd_md5: String,
    pub nickname: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Home {
    pub gid: i64,
    pub name: String,
    pub owner: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Member {
    pub user_id: String,
    pub lock_user_id: i64,
    pub nick_name: String,
    pub avatar_url: String,
    pub user_contact: String,
    /// 10 administrator, 20 family member, 30 panel member (member without an account).
    pub user_type: i64,
    /// 0 invalid, 1 valid, 2 waiting to join.
    pub status: i64,
    /// 1 normal, 0 frozen.
    pub phase: i64,
    /// 10 permanent, 20 window, 30 recurring.
    pub time_type: i64,
    /// Hex time setting, layout in docs/decisions.md ("Member validity").
    pub time_set: String,
    pub time_zone: String,
    /// The account this member is bound to, if any.
    pub account_uid: Option<String>,
    pub share_account: String,
    pub share_relation_id: i64,
    /// The DPs this member may open with, comma separated (empty: all).
    pub op_mode: String,
    /// Extras Wi-Fi locks keep for members added from the app.
    pub sex: String,
    pub birthday: String,
    pub height: i64,
    /// Lock-clock seconds of the last write to it the cloud took (its creation, or a change
    /// that goes to the lock); 0 when unknown (the seeded world). Adapters show it as the
    /// time the record was last modified.
    #[serde(default)]
    pub modified: i64,
}

impl Member {
    /// A valid, unfrozen, permanent member with nothing else set: the one constructor every
    /// place that makes a member starts from.
    pub fn new(user_id: String, lock_user_id: i64, nick_name: String, user_type: i64) -> Member {
        Member {
            user_id,
            lock_user_id,
            nick_name,
            avatar_url: String::new(),
            user_contact: String::new(),
            user_type,
            status: 1,
            phase: 1,
            time_type: 10,
            time_set: String::new(),
            time_zone: String::new(),
            account_uid: None,
            share_account: String::new(),
            share_relation_id: 0,
            op_mode: String::new(),
            sex: String::new(),
            birthday: String::new(),
            height: 0,
            modified: 0,
        }
    }

    /// Administrators and family members have an account; panel members do not.
    pub fn is_family(&self) -> bool {
        self.user_type == 10 || self.user_type == 20
    }

    /// The DPs this member may open with: its list, or every unlock method.
    pub fn open_types(&self) -> Vec<u32> {
        if self.op_mode.trim().is_empty() {
            dp::UNLOCK_METHODS.to_vec()
        } else {
            self.allowed_dps()
        }
    }

    /// The DPs of its list as given (empty: no restriction).
    pub fn allowed_dps(&self) -> Vec<u32> {
        self.op_mode
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OpMode {
    pub op_mode_id: i64,
    /// None: enrolled at the lock, assigned to nobody.
    pub user_id: Option<String>,
    pub dp_id: u32,
    /// The credential's number in the lock (the part after `-`), as written.
    pub value: String,
    pub unlock_name: String,
    /// 1: duress (hijack) method.
    pub unlock_attr: i64,
    /// 1 normal, 3 frozen.
    pub phase: i64,
    /// 10 pending, 20 active, 30 failed.
    pub unlock_status: i64,
    /// Lock-clock seconds of the last write to it (assigned, or added); 0 when unknown.
    #[serde(default)]
    pub modified: i64,
}

impl OpMode {
    pub fn unlock_id(&self) -> String {
        format!("{}-{}", self.dp_id, self.value)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Schedule {
    pub all_day: bool,
    pub effective_time: i64,
    pub invalid_time: i64,
    pub working_day: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TempPassword {
    pub id: i64,
    pub sn: i64,
    pub name: String,
    /// The PIN digits, as decrypted with the lock's localKey.
    pub pin: String,
    pub effective_time: i64,
    pub invalid_time: i64,
    /// 0 permanent (many uses), 1 one use.
    pub avail_time: i64,
    pub schedule: Vec<Schedule>,
    pub phone: String,
    pub country_code: String,
    pub used: bool,
    pub removed: bool,
    /// Frozen: the lock refuses it until it is unfrozen.
    #[serde(default)]
    pub frozen: bool,
    /// Lock-clock seconds of the last write to it the cloud took (creation, update, removal);
    /// 0 when unknown (the seeded world).
    #[serde(default)]
    pub modified: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OfflinePassword {
    pub pwd_id: i64,
    /// 0 multiple, 1 once, 8 clear one, 9 clear all.
    pub pwd_type: i64,
    pub pwd_name: String,
    pub pwd: String,
    pub gmt_start: i64,
    pub gmt_expired: i64,
    pub created: i64,
    pub mobile: String,
    pub has_clear_pwd: bool,
    pub revoked_pwd_name: String,
    /// For clear codes: the password they end (type 8), and whether they were entered.
    pub revokes: Option<i64>,
    pub used: bool,
    /// Ended by a clear code entered at the keypad.
    pub cleared: bool,
}

impl OfflinePassword {
    /// A code issued at `created`, valid in `window` (start, end), neither used nor cleared.
    pub fn new(
        pwd_id: i64,
        pwd_type: i64,
        pwd_name: String,
        pwd: String,
        window: (i64, i64),
        created: i64,
    ) -> OfflinePassword {
        OfflinePassword {
            pwd_id,
            pwd_type,
            pwd_name,
            pwd,
            gmt_start: window.0,
            gmt_expired: window.1,
            created,
            mobile: String::new(),
            has_clear_pwd: false,
            revoked_pwd_name: String::new(),
            revokes: None,
            used: false,
            cleared: false,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    pub uuid: String,
    /// Milliseconds.
    pub gmt_create: i64,
    pub dp_id: u32,
    pub dp_value: String,
    pub user_id: String,
    pub user_name: String,
    pub unlock_name: String,
    pub tags: i64,
    pub status: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Lock {
    pub dev_id: String,
    pub name: String,
    pub local_key: String,
    pub category: String,
    pub category_code: String,
    pub product_id: String,
    pub uuid: String,
    pub online: bool,
    pub gid: i64,
    pub owner: String,
    /// Accounts that see this lock as plain members (not administrators).
    pub shared_with: Vec<String>,
    pub time_zone: String,
    /// Unix seconds.
    pub active_time: i64,
    pub members: Vec<Member>,
    pub opmodes: Vec<OpMode>,
    pub temp_passwords: Vec<TempPassword>,
    pub offline_passwords: Vec<OfflinePassword>,
    pub history: Vec<Record>,
    pub alarms: Vec<Record>,
    pub unread_alarms: i64,
    pub voice_enabled: bool,
    pub voice_pin: String,
    pub remote_unlock_allowed: bool,
    pub open: bool,
    pub dynamic_password: Option<(String, i64)>,
    /// Unix seconds of one-time and clear codes issued, for the hourly limit.
    pub offline_issued: Vec<i64>,
    /// Whether the lock refuses changes the cloud sends it (see `delivery`).
    #[serde(default)]
    pub refusal: delivery::Refusal,
    /// Its battery and which battery codes its product reports (see `health`).
    #[serde(default)]
    pub battery: health::Battery,
    /// Text served instead of the product schema (to try clients on a broken one).
    #[serde(default)]
    pub schema_override: Option<String>,
}

impl Lock {
    /// `wifi`, `ble` or `zigbee`, from the categoryCode.
    pub fn radio(&self) -> &'static str {
        let c = self.category_code.as_str();
        if c.starts_with("wf_") {
            "wifi"
        } else if c.starts_with("zig_") || c.contains("_4z_") {
            "zigbee"
        } else {
            "ble"
        }
    }

    pub fn is_wifi(&self) -> bool {
        self.radio() == "wifi"
    }

    /// How many digits a PIN has at this lock's keypad: 7 on Wi-Fi locks, 6 on the others.
    pub fn pin_len(&self) -> usize {
        if self.is_wifi() {
            7
        } else {
            6
        }
    }

    /// Whether the account `uid` sees this lock: it owns it or it is shared with it.
    pub fn visible_to(&self, uid: &str) -> bool {
        self.owner == uid || self.shared_with.iter().any(|u| u == uid)
    }

    pub fn member(&self, user_id: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.user_id == user_id)
    }

    /// The member bound to the account `uid`, if any.
    pub fn member_of_account(&self, uid: &str) -> Option<&Member> {
        self.members
            .iter()
            .find(|m| m.account_uid.as_deref() == Some(uid))
    }

    /// A member, or `NotFound`.
    pub fn find_member(&self, user_id: &str) -> Result<&Member, WorldError> {
        self.member(user_id).ok_or_else(|| no_member(user_id))
    }

    pub fn find_member_mut(&mut self, user_id: &str) -> Result<&mut Member, WorldError> {
        self.members
            .iter_mut()
            .find(|m| m.user_id == user_id)
            .ok_or_else(|| no_member(user_id))
    }

    /// The unlock methods assigned to a member.
    pub fn opmodes_of<'a>(&'a self, user_id: &'a str) -> impl Iterator<Item = &'a OpMode> + 'a {
        self.opmodes
            .iter()
            .filter(move |o| o.user_id.as_deref() == Some(user_id))
    }

    /// The names of a member's unlock methods.
    pub fn unlock_names(&self, user_id: &str) -> Vec<String> {
        self.opmodes_of(user_id)
            .map(|o| o.unlock_name.clone())
            .collect()
    }

    /// Days since activation at `now` (0 before).
    pub fn active_days(&self, now: i64) -> i64 {
        ((now - self.active_time) / 86400).max(0)
    }

    /// A record's uuid: the tail of the device id, a running number and a letter for its source.
    pub(crate) fn record_uuid(&self, n: usize, kind: char) -> String {
        format!("{}{n:08}{kind}", self.dev_id.get(12..).unwrap_or(""))
    }
}

fn no_member(user_id: &str) -> WorldError {
    WorldError::NotFound(format!("no member {user_id} on this lock"))
}

/// Why a world operation was refused. The messages are plain sentences for people; where they
/// name a field, it is the model's own (a member's `timeSet`, a password's `invalidTime`...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorldError {
    /// No lock has this device id.
    NoSuchLock,
    /// The lock exists, but the thing asked for (member, method, password...) does not.
    NotFound(String),
    /// The caller's account may not see or change this.
    PermissionDenied(String),
    /// The request breaks a rule of the lock (a bad window, a taken PIN, a frozen admin...).
    InvalidParam(String),
    /// Too many one-time or clear offline codes this hour.
    LimitReached(String),
    /// The lock's owner switched remote unlocking off.
    RemoteUnlockDisabled,
    /// The lock (or its gateway) is offline.
    DeviceOffline,
}

impl std::fmt::Display for WorldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorldError::NoSuchLock => f.write_str("no such lock"),
            WorldError::NotFound(m)
            | WorldError::PermissionDenied(m)
            | WorldError::InvalidParam(m)
            | WorldError::LimitReached(m) => f.write_str(m),
            WorldError::RemoteUnlockDisabled => {
                f.write_str("remote unlock is switched off on this lock")
            }
            WorldError::DeviceOffline => f.write_str("the lock's gateway is offline"),
        }
    }
}

impl std::error::Error for WorldError {}

pub type WorldResult<T> = Result<T, WorldError>;

pub(crate) fn invalid<T>(msg: impl Into<String>) -> WorldResult<T> {
    Err(WorldError::InvalidParam(msg.into()))
}

/// What a caller needs to be to call an operation on a lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// The lock is visible to the caller (owner or shared).
    View,
    /// The caller is the lock's administrator (its owner).
    Admin,
}

impl Access {
    fn check(self, l: &Lock, uid: &str) -> WorldResult<()> {
        if !l.visible_to(uid) {
            return Err(WorldError::PermissionDenied(
                "this device belongs to another account".into(),
            ));
        }
        if self == Access::Admin && l.owner != uid {
            return Err(WorldError::PermissionDenied(
                "only the lock's administrator may do this".into(),
            ));
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct World {
    pub accounts: Vec<Account>,
    pub homes: Vec<Home>,
    pub locks: Vec<Lock>,
    pub next_id: i64,
    /// Seconds of the lock clock a change takes to reach an online lock (see `delivery`).
    #[serde(default)]
    pub delivery_delay: i64,
    /// Changes made in the cloud that have not reached their lock yet, or that it refused.
    #[serde(default)]
    pub deliveries: Vec<delivery::Delivery>,
    /// The lock clock as last seen by [`World::settle`]: when changes made by operations that
    /// take no time are due.
    #[serde(skip)]
    pub clock: i64,
}

impl World {
    pub fn next_id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id
    }
    pub fn lock(&self, dev_id: &str) -> Option<&Lock> {
        self.locks.iter().find(|l| l.dev_id == dev_id)
    }
    pub fn lock_mut(&mut self, dev_id: &str) -> Option<&mut Lock> {
        self.locks.iter_mut().find(|l| l.dev_id == dev_id)
    }

    /// A lock the caller `uid` may use with `access`: the one check every lock operation starts
    /// with (`NoSuchLock`, then `PermissionDenied`).
    pub fn lock_as(&self, dev_id: &str, uid: &str, access: Access) -> WorldResult<&Lock> {
        let l = self.lock(dev_id).ok_or(WorldError::NoSuchLock)?;
        access.check(l, uid)?;
        Ok(l)
    }

    /// [`World::lock_as`] for changing the lock.
    pub fn lock_as_mut(
        &mut self,
        dev_id: &str,
        uid: &str,
        access: Access,
    ) -> WorldResult<&mut Lock> {
        let l = self.lock_mut(dev_id).ok_or(WorldError::NoSuchLock)?;
        access.check(l, uid)?;
        Ok(l)
    }

    /// The lock's administrator view: the lock, if `uid` owns it.
    pub fn admin_lock(&mut self, dev_id: &str, uid: &str) -> WorldResult<&mut Lock> {
        self.lock_as_mut(dev_id, uid, Access::Admin)
    }

    /// The account with this email address (any case).
    pub fn account_by_email(&self, email: &str) -> Option<&Account> {
        self.accounts
            .iter()
            .find(|a| a.email.eq_ignore_ascii_case(email.trim()))
    }

    /// The account with this phone number, given as digits with or without the country code.
    pub fn account_by_phone(&self, digits: &str, country_code: &str) -> Option<&Account> {
        self.accounts
            .iter()
            .find(|a| a.phone == digits || a.phone == format!("{country_code}{digits}"))
    }

    /// The account an owner names when sharing: an email address, or the tail of a phone number.
    pub fn account_named(&self, name: &str) -> Option<&Account> {
        self.accounts.iter().find(|a| {
            a.email.eq_ignore_ascii_case(name) || (!a.phone.is_empty() && a.phone.ends_with(name))
        })
    }

    /// The homes the account sees: its own, and those holding a lock shared with it.
    pub fn homes_of<'a>(&'a self, uid: &'a str) -> impl Iterator<Item = &'a Home> + 'a {
        self.homes.iter().filter(move |h| {
            h.owner == uid
                || self
                    .locks
                    .iter()
                    .any(|l| l.gid == h.gid && l.visible_to(uid))
        })
    }

    /// The locks of a home the account sees.
    pub fn home_locks(&self, gid: i64, uid: &str) -> WorldResult<Vec<&Lock>> {
        let home = self
            .homes
            .iter()
            .find(|h| h.gid == gid)
            .ok_or_else(|| WorldError::InvalidParam("no such home".into()))?;
        let locks: Vec<&Lock> = self
            .locks
            .iter()
            .filter(|l| l.gid == gid && l.visible_to(uid))
            .collect();
        if home.owner != uid && locks.is_empty() {
            return Err(WorldError::PermissionDenied("not your home".into()));
        }
        Ok(locks)
    }
}

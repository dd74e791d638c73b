//! Offline passwords: codes the cloud computes so that a lock with no connection accepts them,
//! and the clear codes that end them.

use super::{Access, Lock, OfflinePassword, World, WorldError, WorldResult};

/// At most this many one-time and clear codes per lock per rolling hour.
pub const HOURLY_LIMIT: usize = 10;

/// What an offline code does (the numbers are the stored `pwd_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfflineKind {
    /// 0: opens many times within its window.
    Multiple,
    /// 1: opens once within 6 hours of issue.
    Once,
    /// 8: ends one `Multiple` code when entered.
    ClearOne,
    /// 9: ends every code issued before it when entered (valid 24 hours).
    ClearAll,
}

impl OfflineKind {
    pub fn from_code(t: i64) -> Option<OfflineKind> {
        Some(match t {
            0 => OfflineKind::Multiple,
            1 => OfflineKind::Once,
            8 => OfflineKind::ClearOne,
            9 => OfflineKind::ClearAll,
            _ => return None,
        })
    }
    pub fn code(self) -> i64 {
        match self {
            OfflineKind::Multiple => 0,
            OfflineKind::Once => 1,
            OfflineKind::ClearOne => 8,
            OfflineKind::ClearAll => 9,
        }
    }
    /// One-time and clear codes count against the hourly limit.
    pub fn limited(self) -> bool {
        self != OfflineKind::Multiple
    }
}

/// An offline code to issue.
#[derive(Debug, Clone)]
pub struct NewOfflineCode {
    pub kind: OfflineKind,
    /// Start and end, Unix seconds: required for `Multiple`, ignored otherwise.
    pub window: Option<(i64, i64)>,
    /// Empty: `offline <id>`.
    pub name: String,
    /// The phone the code is sent to, if any.
    pub mobile: String,
}

/// 0 issued (not yet in effect), 1 in effect, 3 no longer valid.
pub fn status(p: &OfflinePassword, now: i64) -> i64 {
    if p.cleared || p.used || now >= p.gmt_expired {
        3
    } else if now < p.gmt_start {
        0
    } else {
        1
    }
}

/// The window a new code of `kind` gets at `now`: the one given for `Multiple` (which must
/// not have ended), 6 hours for `Once`, 24 hours for `ClearAll`.
pub fn code_window(
    kind: OfflineKind,
    window: Option<(i64, i64)>,
    now: i64,
) -> WorldResult<(i64, i64)> {
    match (kind, window) {
        (OfflineKind::Multiple, Some((s, e))) => {
            if s >= e {
                return super::invalid("gmtExpired must be after gmtStart");
            }
            if e <= now {
                return super::invalid("the window has already ended");
            }
            Ok((s, e))
        }
        (OfflineKind::Once, _) => Ok((now, now + 6 * 3600)),
        (OfflineKind::ClearAll, _) => Ok((now, now + 24 * 3600)),
        (OfflineKind::Multiple, None) => super::invalid("a multiple-use code needs a window"),
        (OfflineKind::ClearOne, _) => {
            super::invalid("clear codes for one password come from revoking it")
        }
    }
}

fn limit_error() -> WorldError {
    WorldError::LimitReached(format!(
        "at most {HOURLY_LIMIT} one-time or clear codes per lock per hour"
    ))
}

impl Lock {
    fn issued_last_hour(&self, now: i64) -> usize {
        self.offline_issued
            .iter()
            .filter(|t| **t > now - 3600)
            .count()
    }

    /// A deterministic 10-digit code for this lock, type, window and issue time.
    fn offline_code(&self, t: i64, start: i64, end: i64, salt: i64) -> String {
        let h = format!(
            "{:x}",
            md5::compute(format!(
                "{}|{}|{t}|{start}|{end}|{salt}",
                self.dev_id, self.local_key
            ))
        );
        let n = u64::from_str_radix(&h[..15], 16).unwrap_or(0) % 10_000_000_000;
        format!("{n:010}")
    }

    /// Store a new code and count it against the limit if it is limited.
    fn issue(&mut self, p: OfflinePassword, now: i64) {
        if OfflineKind::from_code(p.pwd_type).is_some_and(OfflineKind::limited) {
            self.offline_issued.push(now);
        }
        self.offline_passwords.push(p);
    }

    /// Codes that still work: multiple-use ones without a clear code.
    pub fn revocable(&self, now: i64) -> impl Iterator<Item = &OfflinePassword> {
        self.offline_passwords
            .iter()
            .filter(move |p| p.pwd_type == 0 && !p.has_clear_pwd && status(p, now) != 3)
    }
}

impl World {
    /// Whether a code of this kind may be issued now.
    pub fn offline_available(
        &self,
        dev_id: &str,
        uid: &str,
        kind: OfflineKind,
        now: i64,
    ) -> WorldResult<bool> {
        let l = self.lock_as(dev_id, uid, Access::View)?;
        Ok(!kind.limited() || l.issued_last_hour(now) < HOURLY_LIMIT)
    }

    /// Issue a `Multiple` (in `window`), `Once` or `ClearAll` code; answers its id and digits.
    /// An empty name becomes `offline <id>`.
    pub fn create_offline_password(
        &mut self,
        dev_id: &str,
        uid: &str,
        new: NewOfflineCode,
        now: i64,
    ) -> WorldResult<(i64, String)> {
        self.lock_as(dev_id, uid, Access::Admin)?;
        let NewOfflineCode {
            kind,
            window,
            name,
            mobile,
        } = new;
        let (start, end) = code_window(kind, window, now)?;
        let id = self.next_id();
        let l = self.admin_lock(dev_id, uid)?;
        if kind.limited() && l.issued_last_hour(now) >= HOURLY_LIMIT {
            return Err(limit_error());
        }
        let pwd = l.offline_code(kind.code(), start, end, id);
        let name = if name.is_empty() {
            format!("offline {id}")
        } else {
            name
        };
        let mut p = OfflinePassword::new(id, kind.code(), name, pwd.clone(), (start, end), now);
        p.mobile = mobile;
        l.issue(p, now);
        Ok((id, pwd))
    }

    /// Rename a code (and set the phone it was sent to, if given).
    pub fn rename_offline_password(
        &mut self,
        dev_id: &str,
        uid: &str,
        id: i64,
        name: &str,
        mobile: Option<String>,
    ) -> WorldResult<()> {
        let l = self.admin_lock(dev_id, uid)?;
        let p = l
            .offline_passwords
            .iter_mut()
            .find(|p| p.pwd_id == id)
            .ok_or_else(|| WorldError::NotFound(format!("no offline password {id}")))?;
        p.pwd_name = name.to_string();
        if let Some(m) = mobile {
            p.mobile = m;
        }
        Ok(())
    }

    /// Issue the clear code of one live `Multiple` code; answers its id and digits.
    pub fn revoke_offline_password(
        &mut self,
        dev_id: &str,
        uid: &str,
        id: i64,
        now: i64,
    ) -> WorldResult<(i64, String)> {
        self.lock_as(dev_id, uid, Access::Admin)?;
        let new_id = self.next_id();
        let l = self.admin_lock(dev_id, uid)?;
        if l.issued_last_hour(now) >= HOURLY_LIMIT {
            return Err(limit_error());
        }
        let target = l
            .offline_passwords
            .iter_mut()
            .find(|p| p.pwd_id == id)
            .ok_or_else(|| WorldError::NotFound(format!("no offline password {id}")))?;
        if target.pwd_type != 0 {
            return super::invalid("only multiple-use offline passwords can be revoked");
        }
        if status(target, now) == 3 {
            return super::invalid("this offline password is no longer valid");
        }
        if target.has_clear_pwd {
            return super::invalid("this offline password already has a clear code");
        }
        target.has_clear_pwd = true;
        let target_name = target.pwd_name.clone();
        let window = (now, now + 24 * 3600);
        let pwd = l.offline_code(8, window.0, window.1, new_id);
        let mut p = OfflinePassword::new(
            new_id,
            OfflineKind::ClearOne.code(),
            format!("clear {target_name}"),
            pwd.clone(),
            window,
            now,
        );
        p.revoked_pwd_name = target_name;
        p.revokes = Some(id);
        l.issue(p, now);
        Ok((new_id, pwd))
    }
}

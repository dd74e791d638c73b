//! Online temporary passwords (a PIN the lock accepts in a window, optionally on a weekly
//! schedule, once or many times) and the short-lived dynamic password.

use super::delivery::{Change, Target};
use super::{invalid, Access, Lock, Schedule, TempPassword, World, WorldError, WorldResult};

/// How long a dynamic password lasts, seconds.
pub const DYNAMIC_TTL: i64 = 300;

/// A temporary password to create, or the changes to one (`None`: unchanged).
#[derive(Debug, Clone, Default)]
pub struct TempPasswordSpec {
    /// The PIN digits.
    pub pin: Option<String>,
    pub name: Option<String>,
    /// Unix seconds.
    pub effective_time: Option<i64>,
    pub invalid_time: Option<i64>,
    /// 0 many uses, 1 one use.
    pub avail_time: Option<i64>,
    pub schedule: Option<Vec<Schedule>>,
    pub phone: Option<String>,
    pub country_code: Option<String>,
    /// Its slot at the lock (default: the next free one).
    pub sn: Option<i64>,
}

/// 1 pending, 3 in use, 5 expired (a used one-time password is expired).
pub fn status(p: &TempPassword, now: i64) -> i64 {
    if p.used || now >= p.invalid_time {
        5
    } else if now < p.effective_time {
        1
    } else {
        3
    }
}

fn check_window(from: i64, to: i64, now: i64) -> WorldResult<()> {
    if from >= to {
        return invalid("invalidTime must be after effectiveTime");
    }
    if to <= now {
        return invalid("the window has already ended");
    }
    Ok(())
}

impl Lock {
    /// Whether another live password has this PIN.
    fn pin_taken(&self, pin: &str, except: Option<i64>, now: i64) -> bool {
        self.temp_passwords
            .iter()
            .any(|p| !p.removed && Some(p.id) != except && p.pin == pin && status(p, now) != 5)
    }

    fn temp_password_mut(&mut self, id: i64) -> WorldResult<&mut TempPassword> {
        self.temp_passwords
            .iter_mut()
            .find(|t| t.id == id && !t.removed)
            .ok_or_else(|| WorldError::NotFound(format!("no temporary password {id}")))
    }
}

fn pin_taken_error() -> WorldError {
    WorldError::InvalidParam("another active temporary password has this PIN".into())
}

impl World {
    /// Whether a new password could be created: its window is sound and its PIN free.
    pub fn temp_password_acceptable(
        &self,
        dev_id: &str,
        uid: &str,
        spec: &TempPasswordSpec,
        now: i64,
    ) -> WorldResult<bool> {
        let l = self.lock_as(dev_id, uid, Access::View)?;
        check_window(
            spec.effective_time.unwrap_or(0),
            spec.invalid_time.unwrap_or(0),
            now,
        )?;
        Ok(!l.pin_taken(spec.pin.as_deref().unwrap_or(""), None, now))
    }

    /// Create a temporary password; answers its id.
    pub fn create_temp_password(
        &mut self,
        dev_id: &str,
        uid: &str,
        spec: TempPasswordSpec,
        now: i64,
    ) -> WorldResult<i64> {
        let (from, to) = (
            spec.effective_time.unwrap_or(0),
            spec.invalid_time.unwrap_or(0),
        );
        let pin = spec.pin.unwrap_or_default();
        check_window(from, to, now)?;
        if self
            .lock_as(dev_id, uid, Access::Admin)?
            .pin_taken(&pin, None, now)
        {
            return Err(pin_taken_error());
        }
        let id = self.next_id();
        let l = self.admin_lock(dev_id, uid)?;
        let sn = spec
            .sn
            .unwrap_or_else(|| l.temp_passwords.iter().map(|p| p.sn).max().unwrap_or(0) + 1);
        l.temp_passwords.push(TempPassword {
            id,
            sn,
            name: spec.name.unwrap_or_default(),
            pin,
            effective_time: from,
            invalid_time: to,
            avail_time: spec.avail_time.unwrap_or(0),
            schedule: spec.schedule.unwrap_or_default(),
            phone: spec.phone.unwrap_or_default(),
            country_code: spec.country_code.unwrap_or_default(),
            used: false,
            removed: false,
            frozen: false,
            modified: now,
        });
        self.track(dev_id, Target::TempPassword { id }, Change::Add, now);
        Ok(id)
    }

    /// Change the fields given of a live temporary password.
    pub fn update_temp_password(
        &mut self,
        dev_id: &str,
        uid: &str,
        id: i64,
        spec: TempPasswordSpec,
        now: i64,
    ) -> WorldResult<()> {
        let l = self.admin_lock(dev_id, uid)?;
        let existing = l.temp_password_mut(id)?;
        let from = spec.effective_time.unwrap_or(existing.effective_time);
        let to = spec.invalid_time.unwrap_or(existing.invalid_time);
        if spec.effective_time.is_some() || spec.invalid_time.is_some() {
            check_window(from, to, now)?;
        }
        if let Some(pin) = &spec.pin {
            if l.pin_taken(pin, Some(id), now) {
                return Err(pin_taken_error());
            }
        }
        let t = l.temp_password_mut(id)?;
        t.effective_time = from;
        t.invalid_time = to;
        let TempPasswordSpec {
            pin,
            name,
            avail_time,
            schedule,
            phone,
            country_code,
            ..
        } = spec;
        set(&mut t.pin, pin);
        set(&mut t.name, name);
        set(&mut t.avail_time, avail_time);
        set(&mut t.schedule, schedule);
        set(&mut t.phone, phone);
        set(&mut t.country_code, country_code);
        self.track(dev_id, Target::TempPassword { id }, Change::Update, now);
        Ok(())
    }

    pub fn rename_temp_password(
        &mut self,
        dev_id: &str,
        uid: &str,
        id: i64,
        name: &str,
    ) -> WorldResult<()> {
        self.admin_lock(dev_id, uid)?.temp_password_mut(id)?.name = name.to_string();
        Ok(())
    }

    /// Remove a temporary password: once the lock has dropped it, the lock no longer accepts
    /// it and the cloud lists it no more.
    pub fn remove_temp_password(&mut self, dev_id: &str, uid: &str, id: i64) -> WorldResult<()> {
        self.admin_lock(dev_id, uid)?.temp_password_mut(id)?;
        self.track(
            dev_id,
            Target::TempPassword { id },
            Change::Remove,
            self.clock,
        );
        Ok(())
    }

    /// An 8-digit dynamic password good for 5 minutes; the same one while it lasts.
    pub fn dynamic_password(&mut self, dev_id: &str, uid: &str, now: i64) -> WorldResult<String> {
        let l = self.lock_as_mut(dev_id, uid, Access::View)?;
        if let Some((p, exp)) = &l.dynamic_password {
            if *exp > now {
                return Ok(p.clone());
            }
        }
        let h = format!(
            "{:x}",
            md5::compute(format!("{}{}{}", l.dev_id, l.local_key, now))
        );
        let n = u64::from_str_radix(&h[..12], 16).unwrap_or(0) % 100_000_000;
        let p = format!("{n:08}");
        l.dynamic_password = Some((p.clone(), now + DYNAMIC_TTL));
        Ok(p)
    }
}

fn set<T>(field: &mut T, value: Option<T>) {
    if let Some(v) = value {
        *field = v;
    }
}

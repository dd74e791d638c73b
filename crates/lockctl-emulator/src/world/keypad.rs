//! A simulated keypad: someone types a code at a lock at some instant. The lock opens only for a
//! code valid at that instant, and the attempt lands in the lock's history or alarms.

use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::members::member_valid;
use super::{dp, Lock, Record, Schedule, World, WorldError, WorldResult};

/// What a code typed at the keypad did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeypadOutcome {
    /// The lock opened; `via` says what kind of code it was, `name` which one.
    Opened { via: &'static str, name: String },
    /// A clear code: it ended these offline passwords (the lock stays shut).
    Cleared(Vec<String>),
    /// Nothing valid: a wrong-password alarm.
    Refused,
}

/// What opening with an enrolled method (finger, card...) did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MethodOutcome {
    /// Opened by this member (empty: an unassigned method); `duress` raised a hijack alarm.
    Opened { by: String, duress: bool },
    /// Refused: the method is frozen, or its member outside their validity.
    Refused { frozen: bool },
}

/// An instant written as RFC 3339 (`2026-12-24T14:00:00+01:00`), in Unix seconds.
pub fn parse_instant(text: &str) -> Option<i64> {
    text.trim().parse::<Timestamp>().ok().map(|t| t.as_second())
}

/// Whether a schedule admits the instant `at` in the lock's time zone.
pub fn schedule_admits(schedule: &[Schedule], at: i64, tz: &str) -> bool {
    if schedule.is_empty() {
        return true;
    }
    let zone = TimeZone::get(tz).unwrap_or(TimeZone::UTC);
    let Ok(ts) = Timestamp::from_second(at) else {
        return false;
    };
    let local = ts.to_zoned(zone);
    let day = local.weekday().to_sunday_zero_offset() as i64;
    let minute = local.hour() as i64 * 60 + local.minute() as i64;
    schedule.iter().any(|s| {
        s.working_day & (1 << day) != 0
            && (s.all_day || (s.effective_time <= minute && minute < s.invalid_time))
    })
}

fn record(
    l: &Lock,
    at: i64,
    dp_id: u32,
    value: &str,
    user_name: &str,
    unlock_name: &str,
) -> Record {
    Record {
        uuid: l.record_uuid(l.history.len() + l.alarms.len(), 'k'),
        gmt_create: at * 1000,
        dp_id,
        dp_value: value.into(),
        user_id: "0".into(),
        user_name: user_name.into(),
        unlock_name: unlock_name.into(),
        tags: 0,
        status: 1,
    }
}

fn opened(
    l: &mut Lock,
    at: i64,
    dp_id: u32,
    value: &str,
    name: &str,
    via: &'static str,
) -> KeypadOutcome {
    let r = record(l, at, dp_id, value, name, name);
    l.history.insert(0, r);
    l.open = true;
    KeypadOutcome::Opened {
        via,
        name: name.to_string(),
    }
}

fn alarm(l: &mut Lock, at: i64, value: &str) {
    let r = record(l, at, dp::ALARM, value, "", "");
    l.alarms.insert(0, r);
    l.unread_alarms += 1;
}

/// A live online temporary password with this PIN at `at` (one-time ones are used up).
fn temp_password(l: &mut Lock, pin: &str, at: i64, absent: &[i64]) -> Option<KeypadOutcome> {
    let tz = l.time_zone.clone();
    let p = l.temp_passwords.iter_mut().find(|p| {
        !p.removed
            && !absent.contains(&p.id)
            && !p.used
            && p.pin == pin
            && p.effective_time <= at
            && at < p.invalid_time
            && schedule_admits(&p.schedule, at, &tz)
    })?;
    if p.avail_time == 1 {
        p.used = true;
    }
    let (name, sn) = (p.name.clone(), p.sn.to_string());
    Some(opened(
        l,
        at,
        dp::TEMP_PASSWORD,
        &sn,
        &name,
        "temporary password",
    ))
}

/// End offline codes matching `ends`; answers their names.
fn clear(l: &mut Lock, ends: impl Fn(&super::OfflinePassword) -> bool) -> KeypadOutcome {
    let mut ended = vec![];
    for q in l.offline_passwords.iter_mut().filter(|q| ends(q)) {
        q.cleared = true;
        ended.push(q.pwd_name.clone());
    }
    KeypadOutcome::Cleared(ended)
}

/// A live offline code: opens (once for a one-time code), or ends other codes (clear codes).
fn offline_password(l: &mut Lock, pin: &str, at: i64) -> Option<KeypadOutcome> {
    let i = l.offline_passwords.iter().position(|p| p.pwd == pin)?;
    let p = l.offline_passwords[i].clone();
    if p.cleared || p.used || at < p.gmt_start || at >= p.gmt_expired {
        return None;
    }
    if p.pwd_type != 0 {
        l.offline_passwords[i].used = true;
    }
    Some(match p.pwd_type {
        0 | 1 => opened(
            l,
            at,
            dp::OFFLINE_PASSWORD,
            &p.pwd_id.to_string(),
            &p.pwd_name,
            "offline password",
        ),
        8 => clear(l, |q| Some(q.pwd_id) == p.revokes),
        _ => clear(l, |q| {
            q.created <= p.created && q.pwd_id != p.pwd_id && !q.cleared
        }),
    })
}

impl World {
    /// Someone types `pin` at the lock's keypad at `at`.
    pub fn open_with_pin(
        &mut self,
        dev_id: &str,
        pin: &str,
        at: i64,
    ) -> WorldResult<KeypadOutcome> {
        // Passwords the lock has not got (yet) do not open it.
        let absent: Vec<i64> = self
            .deliveries_of(dev_id)
            .filter_map(|d| match d.target {
                super::delivery::Target::TempPassword { id } => Some(id),
                _ => None,
            })
            .filter(|id| !self.temp_password_on_lock(dev_id, *id))
            .collect();
        let l = self.lock_mut(dev_id).ok_or(WorldError::NoSuchLock)?;
        if let Some(out) = temp_password(l, pin, at, &absent) {
            return Ok(out);
        }
        if let Some(out) = offline_password(l, pin, at) {
            return Ok(out);
        }
        if let Some((p, exp)) = l.dynamic_password.clone() {
            if p == pin && at < exp {
                return Ok(opened(
                    l,
                    at,
                    dp::DYNAMIC,
                    "1",
                    "dynamic password",
                    "dynamic password",
                ));
            }
        }
        alarm(l, at, "wrong_password");
        Ok(KeypadOutcome::Refused)
    }

    /// Someone opens the lock with the enrolled method `dp_id`-`n` (a finger, a card...).
    /// Frozen methods and methods of members outside their validity do not open; a duress
    /// method opens and raises a hijack alarm (its value: the method's unlock id).
    pub fn open_with_method(
        &mut self,
        dev_id: &str,
        dp_id: u32,
        n: &str,
        at: i64,
    ) -> WorldResult<MethodOutcome> {
        let l = self.lock_mut(dev_id).ok_or(WorldError::NoSuchLock)?;
        let op = l
            .opmodes
            .iter()
            .find(|o| o.dp_id == dp_id && super::opmodes::same_value(&o.value, n))
            .cloned()
            .ok_or_else(|| WorldError::NotFound("no such unlock method at this lock".into()))?;
        let member = op.user_id.as_deref().and_then(|u| l.member(u)).cloned();
        let valid_now = member
            .as_ref()
            .is_none_or(|m| member_valid(m, at, &l.time_zone));
        if op.phase == 3 || !valid_now {
            alarm(l, at, "wrong_finger");
            return Ok(MethodOutcome::Refused {
                frozen: op.phase == 3,
            });
        }
        let name = member.map(|m| m.nick_name).unwrap_or_default();
        let mut r = record(l, at, op.dp_id, &op.value, &name, &op.unlock_name);
        r.user_id = op.user_id.clone().unwrap_or_default();
        l.history.insert(0, r);
        l.open = true;
        let duress = op.unlock_attr == 1;
        if duress {
            let mut a = record(l, at, dp::HIJACK, &op.unlock_id(), &name, &op.unlock_name);
            a.uuid.push('d');
            l.alarms.insert(0, a);
            l.unread_alarms += 1;
        }
        Ok(MethodOutcome::Opened { by: name, duress })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_schedule_in_the_lock_zone() {
        // mon-fri 09:00-18:00 = bits 1..5.
        let s = vec![Schedule {
            all_day: false,
            effective_time: 540,
            invalid_time: 1080,
            working_day: 0b0111110,
        }];
        // 2026-12-01 is a Tuesday; 10:00 in Berlin is 09:00 UTC.
        let tue_10 = 1_796_115_600;
        assert!(schedule_admits(&s, tue_10, "Europe/Berlin"));
        // Saturday 2026-12-05 10:00 Berlin.
        assert!(!schedule_admits(&s, tue_10 + 4 * 86400, "Europe/Berlin"));
        // Tuesday 08:30 Berlin.
        assert!(!schedule_admits(&s, tue_10 - 5400, "Europe/Berlin"));
    }
}

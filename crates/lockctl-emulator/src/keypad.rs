//! A simulated keypad: someone types a code at a lock at some instant. The lock opens only for a
//! code valid at that instant, and the attempt lands in the lock's history or alarms.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde_json::{json, Value};

use crate::world::{dp, Lock, Record, Schedule, World};

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
        uuid: format!(
            "{}{:08}k",
            &l.dev_id[12..],
            l.history.len() + l.alarms.len()
        ),
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

fn opened(l: &mut Lock, at: i64, dp_id: u32, value: &str, name: &str, via: &str) -> Value {
    let r = record(l, at, dp_id, value, name, name);
    l.history.insert(0, r);
    l.open = true;
    json!({ "opened": true, "via": via, "name": name })
}

pub fn enter(world: &mut World, dev_id: &str, pin: &str, at: i64) -> Result<Value, String> {
    let l = world.lock_mut(dev_id).ok_or("no such lock")?;
    let tz = l.time_zone.clone();
    // Online temporary passwords.
    if let Some(i) = l.temp_passwords.iter().position(|p| {
        !p.removed
            && !p.used
            && p.pin == pin
            && p.effective_time <= at
            && at < p.invalid_time
            && schedule_admits(&p.schedule, at, &tz)
    }) {
        let p = &mut l.temp_passwords[i];
        if p.avail_time == 1 {
            p.used = true;
        }
        let (name, sn) = (p.name.clone(), p.sn.to_string());
        return Ok(opened(
            l,
            at,
            dp::TEMP_PASSWORD,
            &sn,
            &name,
            "temporary password",
        ));
    }
    // Offline codes.
    if let Some(i) = l.offline_passwords.iter().position(|p| p.pwd == pin) {
        let p = l.offline_passwords[i].clone();
        let live = !p.cleared && !p.used && p.gmt_start <= at && at < p.gmt_expired;
        if live {
            match p.pwd_type {
                0 | 1 => {
                    if p.pwd_type == 1 {
                        l.offline_passwords[i].used = true;
                    }
                    return Ok(opened(
                        l,
                        at,
                        dp::OFFLINE_PASSWORD,
                        &p.pwd_id.to_string(),
                        &p.pwd_name,
                        "offline password",
                    ));
                }
                8 => {
                    l.offline_passwords[i].used = true;
                    let target = p.revokes;
                    let mut ended = vec![];
                    for q in l
                        .offline_passwords
                        .iter_mut()
                        .filter(|q| Some(q.pwd_id) == target)
                    {
                        q.cleared = true;
                        ended.push(q.pwd_name.clone());
                    }
                    return Ok(json!({ "opened": false, "cleared": ended }));
                }
                _ => {
                    l.offline_passwords[i].used = true;
                    let mut ended = vec![];
                    for q in l
                        .offline_passwords
                        .iter_mut()
                        .filter(|q| q.created <= p.created && q.pwd_id != p.pwd_id && !q.cleared)
                    {
                        q.cleared = true;
                        ended.push(q.pwd_name.clone());
                    }
                    return Ok(json!({ "opened": false, "cleared": ended }));
                }
            }
        }
    }
    // Dynamic password.
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
    let r = record(l, at, dp::ALARM, "wrong_password", "", "");
    l.alarms.insert(0, r);
    l.unread_alarms += 1;
    Ok(json!({ "opened": false }))
}

/// Someone opens the lock with an enrolled method (a finger, a card...). Frozen methods and
/// methods of members outside their validity do not open; a duress method opens and raises a
/// hijack alarm (DP 56, value the unlockId).
pub fn use_method(
    world: &mut World,
    dev_id: &str,
    unlock_id: &str,
    at: i64,
) -> Result<Value, String> {
    let l = world.lock_mut(dev_id).ok_or("no such lock")?;
    let (dp_id, n) = unlock_id.split_once('-').ok_or("unlockId must be DP-N")?;
    let dp_id: u32 = dp_id.parse().map_err(|_| "unlockId must be DP-N")?;
    let op = l
        .opmodes
        .iter()
        .find(|o| o.dp_id == dp_id && o.value.trim_start_matches('0') == n.trim_start_matches('0'))
        .cloned()
        .ok_or("no such unlock method at this lock")?;
    let member = op.user_id.as_deref().and_then(|u| l.member(u)).cloned();
    let valid_now = member
        .as_ref()
        .is_none_or(|m| member_valid(m, at, &l.time_zone));
    if op.phase == 3 || !valid_now {
        let r = record(l, at, dp::ALARM, "wrong_finger", "", "");
        l.alarms.insert(0, r);
        l.unread_alarms += 1;
        return Ok(json!({ "opened": false, "frozen": op.phase == 3 }));
    }
    let name = member
        .as_ref()
        .map(|m| m.nick_name.clone())
        .unwrap_or_default();
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
    Ok(json!({ "opened": true, "by": name, "duress": duress }))
}

/// Whether a member's validity (`timeType`/`timeSet`) admits `at`.
fn member_valid(m: &crate::world::Member, at: i64, tz: &str) -> bool {
    let Ok(b) = hex::decode(&m.time_set) else {
        return true;
    };
    let be = |s: &[u8]| s.iter().fold(0i64, |a, x| a << 8 | *x as i64);
    match (m.time_type, b.len()) {
        (20, 8) => be(&b[0..4]) <= at && at < be(&b[4..8]),
        (30, 13) => {
            let s = Schedule {
                all_day: false,
                effective_time: be(&b[9..11]),
                invalid_time: be(&b[11..13]),
                working_day: b[8] as i64,
            };
            be(&b[0..4]) <= at && at < be(&b[4..8]) && schedule_admits(&[s], at, tz)
        }
        _ => true,
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

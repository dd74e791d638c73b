//! The mobile gateway's member and unlock-method shapes, read into the typed models, and member
//! access windows written as the gateway's `timeType` + `timeSet` (layout in docs/decisions.md).
//!
//! `timeType` 10 is permanent with an empty `timeSet`; 20 is a window, `timeSet` = start and end
//! (4 bytes each, Unix seconds); 30 is recurring: start, end, a weekday byte (bit 0 Sunday) and
//! the daily start and end (2 bytes each, minutes). Big-endian, sent as hex. Members come back
//! with `userTimeSet`: base64 of the `timeType` byte followed by those bytes.

use base64::Engine;
use jiff::Timestamp;
use serde_json::value::RawValue;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::lock::Lock;
use crate::mobile::wire::{each_of, flag, int, list, list_field, modified, text};
use crate::model::{unlock_kind_of_dp, Delivery, Validity};
use crate::ops::members::{
    Access, Member, MemberStatus, MethodCount, MethodSettings, Role, UnlockMethod, Weekday,
};

/// `(timeType, timeSet hex)` for an access window.
pub fn encode_access(access: &Access) -> Result<(i64, String)> {
    let secs = |t: &Timestamp| {
        u32::try_from(t.as_second())
            .map_err(|_| Error::Invalid("access times must fall between 1970 and 2106".into()))
    };
    match access {
        Access::Permanent => Ok((10, String::new())),
        Access::Window { from, to } => {
            if to <= from {
                return Err(Error::Invalid(
                    "the access window ends before it starts".into(),
                ));
            }
            Ok((20, format!("{:08x}{:08x}", secs(from)?, secs(to)?)))
        }
        Access::Recurring {
            from,
            to,
            weekdays,
            daily,
        } => {
            let mask = Weekday::mask(weekdays);
            if to <= from || mask == 0 || daily.0 >= daily.1 || daily.1 > 1440 {
                return Err(Error::Invalid(
                    "recurring access needs a window, at least one weekday and a daily start before its end"
                        .into(),
                ));
            }
            Ok((
                30,
                format!(
                    "{:08x}{:08x}{mask:02x}{:04x}{:04x}",
                    secs(from)?,
                    secs(to)?,
                    daily.0,
                    daily.1
                ),
            ))
        }
    }
}

/// The timeType byte and timeSet bytes back into an access window; None when unreadable.
pub fn decode_access(bytes: &[u8]) -> Option<Access> {
    let be = |b: &[u8]| b.iter().fold(0i64, |a, x| a << 8 | *x as i64);
    let ts = |b: &[u8]| Timestamp::from_second(be(b)).ok();
    match bytes {
        [] | [10, ..] => Some(Access::Permanent),
        [20, rest @ ..] if rest.len() >= 8 => Some(Access::Window {
            from: ts(&rest[0..4])?,
            to: ts(&rest[4..8])?,
        }),
        [30, rest @ ..] if rest.len() >= 13 => Some(Access::Recurring {
            from: ts(&rest[0..4])?,
            to: ts(&rest[4..8])?,
            weekdays: Weekday::from_mask(rest[8]),
            daily: (be(&rest[9..11]) as u16, be(&rest[11..13]) as u16),
        }),
        _ => None,
    }
}

/// `userTimeSet` (base64) into an access window. Unreadable values read as permanent: the lock
/// treats a member it cannot read a window for as unrestricted.
fn user_time_set(v: &str) -> Access {
    base64::engine::general_purpose::STANDARD
        .decode(v.trim())
        .ok()
        .and_then(|b| decode_access(&b))
        .unwrap_or(Access::Permanent)
}

fn role(code: &str) -> Role {
    match code {
        "10" => Role::Administrator,
        "20" => Role::Family,
        _ => Role::Panel,
    }
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// A member as the member list, detail or `member.get` answers; unlock methods left empty.
/// Locks that keep no validity send no `userTimeSet`, `status`, `phase` or `lockUserId`.
pub fn member(v: &Value, lock: &Lock, now: Timestamp) -> Member {
    let access = match v.get("userTimeSet") {
        Some(Value::String(s)) => user_time_set(s),
        _ => Access::Permanent,
    };
    let frozen = int(v, "phase") == Some(0);
    let status = v.get("status").map(|_| match int(v, "status") {
        Some(0) => MemberStatus::Invalid,
        Some(2) => MemberStatus::Invited,
        _ => MemberStatus::Joined,
    });
    Member {
        id: text(v, "userId"),
        name: text(v, "nickName"),
        role: role(&text(v, "userType")),
        contact: non_empty(text(v, "userContact")),
        validity: if frozen {
            Validity::Frozen
        } else {
            access.validity(now)
        },
        status,
        frozen,
        access: access.view(lock),
        unlock_methods: vec![],
        lock_user_id: v
            .get("lockUserId")
            .and_then(|_| non_empty(text(v, "lockUserId"))),
        changed: modified(v, lock),
        not_read: None,
    }
}

/// Unlock methods from a Wi-Fi member detail's `unlockDetail` groups (enrolled at the lock's
/// keypad, so they are on the lock).
pub fn detail_methods(v: &Value, member: &str) -> Vec<UnlockMethod> {
    let mut out = vec![];
    for group in list_field(v, "unlockDetail") {
        let dp = int(&group, "dpId").unwrap_or(0) as u32;
        for m in list_field(&group, "unlockList") {
            out.push(UnlockMethod {
                id: non_empty(text(&m, "opModeId")),
                unlock_id: text(&m, "unlockId"),
                kind: unlock_kind_of_dp(dp),
                name: text(&m, "unlockName"),
                member: Some(member.to_string()),
                duress: flag(&m, "unlockAttr"),
                frozen: false,
                delivery: Delivery::Delivered,
                changed: None,
                not_read: None,
            });
        }
    }
    out
}

/// Unlock methods from the opmode list (`unlockStatus` 10 pending, 20 on the lock, 30 failed;
/// `phase` 3 frozen).
pub fn opmode_methods(v: &Value, lock: &Lock, member: &str) -> Vec<UnlockMethod> {
    list(v)
        .iter()
        .map(|m| {
            let dp = int(m, "opmode").unwrap_or(0) as u32;
            UnlockMethod {
                id: non_empty(text(m, "opmodeId")),
                unlock_id: format!("{dp}-{}", text(m, "opmodeValue")),
                kind: unlock_kind_of_dp(dp),
                name: text(m, "unlockName"),
                member: Some(member.to_string()),
                duress: flag(m, "unlockAttr"),
                frozen: int(m, "phase") == Some(3),
                delivery: match int(m, "unlockStatus") {
                    Some(10) => Delivery::Pending,
                    Some(30) => Delivery::Failed,
                    _ => Delivery::Delivered,
                },
                changed: modified(m, lock),
                not_read: None,
            }
        })
        .collect()
}

/// Methods waiting to be assigned: groups of `opmode` (the DP) with their `unlockInfo`.
/// Read group by group, so a large answer never becomes one value tree.
pub fn unassigned(r: &RawValue) -> Vec<UnlockMethod> {
    each_of(r, |g| Some(unassigned_group(g)))
        .into_iter()
        .flatten()
        .collect()
}

fn unassigned_group(g: &Value) -> Vec<UnlockMethod> {
    let dp = int(g, "opmode").unwrap_or(0) as u32;
    list_field(g, "unlockInfo")
        .iter()
        .map(|i| UnlockMethod {
            id: None,
            unlock_id: text(i, "unlockId"),
            kind: unlock_kind_of_dp(dp),
            name: text(i, "unlockName"),
            member: None,
            duress: false,
            frozen: false,
            delivery: Delivery::Delivered,
            changed: None,
            not_read: None,
        })
        .collect()
}

pub fn counts(v: &Value) -> Vec<MethodCount> {
    list(v)
        .iter()
        .map(|d| MethodCount {
            kind: unlock_kind_of_dp(int(d, "dpId").unwrap_or(0) as u32),
            count: int(d, "count").unwrap_or(0).max(0) as u64,
        })
        .collect()
}

/// `opmode.get`: `dpSet` (status 1 = allowed) and `timeset` (`type` 1-3 = timeType / 10,
/// `settings` = the timeSet hex).
pub fn settings(v: &Value, lock: &Lock, member: &str) -> MethodSettings {
    let allowed = list_field(v, "dpSet")
        .iter()
        .filter(|d| int(d, "status") == Some(1))
        .map(|d| unlock_kind_of_dp(int(d, "dpId").unwrap_or(0) as u32))
        .collect();
    let ts = v.get("timeset").cloned().unwrap_or(Value::Null);
    let t = int(&ts, "type").unwrap_or(1).clamp(0, 25) as u8;
    let mut bytes = vec![t * 10];
    bytes.extend(hex::decode(text(&ts, "settings")).unwrap_or_default());
    let access = decode_access(&bytes).unwrap_or(Access::Permanent);
    MethodSettings {
        member: member.to_string(),
        allowed,
        access: access.view(lock),
        time_zone: non_empty(text(&ts, "timeZone")),
    }
}

/// A bare answer (a number or text) as text.
pub fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

/// A yes/no answer that may arrive as a boolean, number or text.
pub fn truth(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_i64() == Some(1),
        Value::String(s) => s == "true" || s == "1",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_round_trips() {
        let from: Timestamp = "2026-12-01T08:00:00Z".parse().unwrap();
        let to: Timestamp = "2026-12-31T17:00:00Z".parse().unwrap();
        let a = Access::Recurring {
            from,
            to,
            weekdays: Weekday::from_mask(0b0111110),
            daily: (540, 1080),
        };
        let (t, hex) = encode_access(&a).unwrap();
        assert_eq!(t, 30);
        let mut bytes = vec![30u8];
        bytes.extend(hex::decode(&hex).unwrap());
        assert_eq!(decode_access(&bytes), Some(a));
        let w = Access::Window { from, to };
        assert_eq!(encode_access(&w).unwrap().0, 20);
        assert!(encode_access(&Access::Window { from: to, to: from }).is_err());
        assert_eq!(
            encode_access(&Access::Permanent).unwrap(),
            (10, String::new())
        );
        assert_eq!(decode_access(&[20, 1]), None);
    }
}

//! Reading the gateway's password answers into the typed models. Both lock kinds answer the same
//! field names; anything missing or malformed becomes null, never a failure.

use crate::clock;
use serde_json::value::RawValue;
use serde_json::Value;

use crate::lock::Lock;
use crate::mobile::wire::{each_of, flag, int, list_field, modified, text};
use crate::model::{Delivery, Time, Validity};
use crate::ops::passwords::{
    OfflinePassword, OfflineType, RevocablePassword, Schedule, TempPassword,
};

fn some_text(v: &Value, k: &str) -> Option<String> {
    Some(text(v, k)).filter(|s| !s.is_empty())
}

/// Unix seconds of a field, when it is a usable time.
fn secs(v: &Value, k: &str) -> Option<i64> {
    int(v, k).filter(|s| *s > 0)
}

fn time(v: &Value, k: &str, lock: &Lock) -> Option<Time> {
    secs(v, k).and_then(|s| Time::from_secs(s, &lock.zone))
}

/// A temporary password's `effective` code as validity and delivery:
/// 1 waiting for its window (on the lock), 2 waiting to be sent to the lock, 3 in use,
/// 4 waiting to be deleted from the lock, 5 expired (or used up). Codes 2 and 4 say nothing about
/// the window, so their validity is read from it. docs/json/passwords.md has the table.
pub fn temp_state(code: Option<i64>, window: Validity) -> (Validity, Option<Delivery>) {
    match code {
        Some(1) => (Validity::Upcoming, Some(Delivery::Delivered)),
        Some(2) => (window, Some(Delivery::Pending)),
        Some(3) => (Validity::Active, Some(Delivery::Delivered)),
        Some(4) => (window, Some(Delivery::Deleting)),
        Some(5) => (Validity::Expired, Some(Delivery::Delivered)),
        _ => (window, None),
    }
}

fn minute(v: &Value, k: &str, default: u16) -> u16 {
    int(v, k)
        .and_then(|m| u16::try_from(m).ok())
        .unwrap_or(default)
        .min(1440)
}

fn schedule(s: &Value) -> Option<Schedule> {
    let mask = int(s, "workingDay").and_then(|d| u8::try_from(d & 0x7f).ok())?;
    Some(if flag(s, "allDay") {
        Schedule::from_mask(mask, 0, 1440)
    } else {
        Schedule::from_mask(
            mask,
            minute(s, "effectiveTime", 0),
            minute(s, "invalidTime", 1440),
        )
    })
}

pub fn temp_password(p: &Value, lock: &Lock, now: i64) -> TempPassword {
    let window = Validity::of_window(secs(p, "effectiveTime"), secs(p, "invalidTime"), now);
    let (validity, mut delivery) = temp_state(int(p, "effective"), window);
    // `deliveryStatus` (absent once the lock has it): 1 on its way, 3 refused by the lock, 5
    // refused for want of a free slot.
    if matches!(int(p, "deliveryStatus"), Some(3) | Some(5)) {
        delivery = Some(Delivery::Failed);
    }
    TempPassword {
        id: some_text(p, "id"),
        name: text(p, "name"),
        validity,
        delivery,
        from: time(p, "effectiveTime", lock),
        to: time(p, "invalidTime", lock),
        // `scheduleDetails` arrives as a list or as JSON text.
        schedules: list_field(p, "scheduleDetails")
            .iter()
            .filter_map(schedule)
            .collect(),
        one_time: int(p, "availTime") == Some(1),
        pin: None,
        phone: some_text(p, "phone"),
        country_code: some_text(p, "countryCode"),
        sn: int(p, "sn"),
        changed: modified(p, lock),
        not_read: None,
        no_free_slot: int(p, "deliveryStatus") == Some(5),
    }
}

/// The temporary passwords of a list answer, read from its text one element at a time.
pub fn temp_passwords(r: &RawValue, lock: &Lock) -> Vec<TempPassword> {
    let now = clock::now().as_second();
    each_of(r, |p| p.is_object().then(|| temp_password(p, lock, now)))
}

/// The wire's `pwdType` codes.
pub fn offline_code(t: OfflineType) -> &'static str {
    match t {
        OfflineType::Multiple => "0",
        OfflineType::Once => "1",
        OfflineType::ClearOne => "8",
        OfflineType::ClearAll => "9",
    }
}

fn offline_type(code: &str) -> Option<OfflineType> {
    OfflineType::ALL
        .into_iter()
        .find(|t| offline_code(*t) == code)
}

/// An offline code's `status` as validity and delivery: 0 issued but its window has not begun,
/// 1 in effect, 2 confirmed by the lock, 3 ended (expired, used up or cleared). Code 2 says nothing
/// about the window, so its validity is read from it.
pub fn offline_state(code: Option<i64>, window: Validity) -> (Validity, Option<Delivery>) {
    match code {
        Some(0) => (Validity::Upcoming, None),
        Some(1) => (Validity::Active, None),
        Some(2) => (window, Some(Delivery::Delivered)),
        Some(3) => (Validity::Expired, None),
        _ => (window, None),
    }
}

pub fn offline(p: &Value, lock: &Lock, now: i64) -> OfflinePassword {
    let window = Validity::of_window(secs(p, "gmtStart"), secs(p, "gmtExpired"), now);
    let (validity, delivery) = offline_state(int(p, "status"), window);
    let kind = offline_type(&text(p, "pwdType"));
    OfflinePassword {
        id: some_text(p, "pwdId"),
        name: text(p, "pwdName"),
        kind,
        pin: None,
        from: time(p, "gmtStart", lock),
        to: time(p, "gmtExpired", lock),
        validity,
        delivery,
        clear_code_issued: flag(p, "hasClearPwd"),
        clears: (kind == Some(OfflineType::ClearOne))
            .then(|| some_text(p, "revokedPwdName"))
            .flatten(),
        not_read: None,
    }
}

pub fn revocable(p: &Value, lock: &Lock) -> RevocablePassword {
    RevocablePassword {
        id: text(p, "pwdId"),
        name: text(p, "pwdName"),
        from: time(p, "gmtStart", lock),
        to: time(p, "gmtExpired", lock),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::Kind;
    use crate::secret::Secret;
    use serde_json::json;

    fn lock() -> Lock {
        Lock {
            id: "d".into(),
            name: "Door".into(),
            kind: Kind::Ble,
            local_key: Secret::new("0123456789abcdef"),
            zone: jiff::tz::TimeZone::get("Europe/Berlin").unwrap(),
            pin_len: None,
        }
    }

    #[test]
    fn temp_passwords_read_the_same_from_either_kind() {
        let p = json!({ "id": 11, "effective": 3, "effectiveTime": 1_798_117_200i64,
            "invalidTime": "1798203600", "name": "n", "availTime": 1, "phone": "",
            "scheduleDetails": "[{\"allDay\":true,\"effectiveTime\":720,\"invalidTime\":1080,\"workingDay\":8}]" });
        let t = temp_password(&p, &lock(), 0);
        assert_eq!(t.id.as_deref(), Some("11"));
        assert_eq!(
            (t.validity, t.delivery),
            (Validity::Active, Some(Delivery::Delivered))
        );
        assert!(t.one_time && t.phone.is_none() && t.sn.is_none());
        assert!(t.schedules[0].all_day());
        assert_eq!(t.from.unwrap().rfc3339(), "2026-12-24T14:00:00+01:00");
    }

    #[test]
    fn a_password_the_lock_refused_is_failed() {
        let lock = Lock {
            id: "d".into(),
            name: "d".into(),
            kind: crate::Kind::Ble,
            local_key: crate::Secret::new("0123456789abcdef".to_string()),
            zone: jiff::tz::TimeZone::UTC,
            pin_len: None,
        };
        for (status, want) in [
            (1, Delivery::Pending),
            (3, Delivery::Failed),
            (5, Delivery::Failed),
        ] {
            let p = json!({ "id": 1, "effective": 2, "deliveryStatus": status });
            assert_eq!(temp_password(&p, &lock, 0).delivery, Some(want));
        }
        // When the write was made: `gmtModified`, milliseconds (seconds read too); else null.
        let p = json!({ "id": 1, "effective": 2, "deliveryStatus": 1, "gmtModified": 1_798_117_200_000i64 });
        assert_eq!(
            temp_password(&p, &lock, 0).changed.unwrap().as_secs(),
            1_798_117_200
        );
        let p = json!({ "id": 1, "gmtModified": "1798117200" });
        assert_eq!(
            temp_password(&p, &lock, 0).changed.unwrap().as_secs(),
            1_798_117_200
        );
        assert!(
            temp_password(&json!({ "id": 1, "gmtModified": 0 }), &lock, 0)
                .changed
                .is_none()
        );
    }

    #[test]
    fn states_map_to_validity_and_delivery() {
        let w = Validity::Active;
        assert_eq!(temp_state(Some(2), w), (w, Some(Delivery::Pending)));
        assert_eq!(temp_state(Some(4), w), (w, Some(Delivery::Deleting)));
        assert_eq!(temp_state(Some(5), w).0, Validity::Expired);
        assert_eq!(temp_state(Some(9), w), (w, None));
        assert_eq!(offline_state(Some(0), w).0, Validity::Upcoming);
        assert_eq!(offline_state(Some(2), w), (w, Some(Delivery::Delivered)));
    }

    #[test]
    fn junk_reads_as_nulls() {
        let t = temp_password(
            &json!({ "scheduleDetails": "[{]", "effectiveTime": 99999999999999i64 }),
            &lock(),
            0,
        );
        assert!(t.id.is_none() && t.from.is_none() && t.schedules.is_empty());
        let o = offline(&json!({ "pwdType": 7 }), &lock(), 0);
        assert!(o.kind.is_none() && o.id.is_none());
    }
}

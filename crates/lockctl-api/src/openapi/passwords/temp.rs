//! Online temporary passwords on the wire: the list and one password read into the model, and the
//! create and modify bodies (the PIN encrypted with a fresh ticket each time).

use crate::clock;
use std::time::Duration;

use jiff::Timestamp;
use serde_json::{json, Value};

use crate::error::{Check, Error, NotRead, Result};
use crate::kind::Kind;
use crate::lock::Lock;
use crate::model::{Delivery, Validity};
use crate::openapi::wire::{self, check_id};
use crate::openapi::{Method, OpenApi};
use crate::ops::passwords::{NewTempPassword, Schedule, TempPassword, TempPasswordChange};
use crate::ops::Backend;
use crate::secret::Secret;
use crate::writes::{settle, Sent};

/// Temporary password names take 1 to this many characters.
const NAME_MAX: usize = 32;

/// Phases of a removed password (still listed until purged): hidden from lists.
const REMOVED: [i64; 4] = [0, 4, 17, 19];

/// The weekday mask as read back: bit 0 is Saturday there, Sunday when written.
pub fn mask_read(m: u8) -> u8 {
    (0..7).fold(0, |acc, i| {
        if m & (1 << i) != 0 {
            acc | (1 << (6 - i))
        } else {
            acc
        }
    })
}

fn delivery(v: &Value, kind: Kind) -> (Option<Delivery>, bool) {
    let phase = wire::i(v, "phase").unwrap_or(-1);
    // Phase 3 is "frozen" on Zigbee locks and "waiting to be deleted" elsewhere; only Zigbee
    // answers carry `delivery_status`, which tells them apart when the kind is unknown.
    let zigbee = kind == Kind::Zigbee || v.get("delivery_status").is_some();
    let frozen = zigbee && phase == 3;
    let by_status = match wire::i(v, "delivery_status") {
        Some(1) => Some(Delivery::Pending),
        Some(2) => Some(Delivery::Delivered),
        Some(3..=6) => Some(Delivery::Failed),
        _ => None,
    };
    let by_phase = match phase {
        1 => Some(Delivery::Pending),
        2 => Some(Delivery::Delivered),
        3 if frozen => Some(Delivery::Delivered),
        3 => Some(Delivery::Deleting),
        5 | 7 => Some(Delivery::Failed),
        _ => None,
    };
    (by_status.or(by_phase), frozen)
}

/// A password as listed; None for a removed one.
pub fn read(v: &Value, lock: &Lock) -> Option<TempPassword> {
    let phase = wire::i(v, "phase");
    if phase.is_some_and(|p| REMOVED.contains(&p)) {
        return None;
    }
    let (delivery, frozen) = delivery(v, lock.kind);
    let from = wire::secs(v, "effective_time", &lock.zone);
    let to = wire::secs(v, "invalid_time", &lock.zone);
    let validity = if frozen {
        Validity::Frozen
    } else {
        Validity::of_window(
            from.as_ref().map(|t| t.as_secs()),
            to.as_ref().map(|t| t.as_secs()),
            clock::now().as_second(),
        )
    };
    let schedules = wire::list(v, "schedule_list")
        .into_iter()
        .filter_map(|s| {
            let mask = mask_read(wire::i(s, "working_day")? as u8 & 0x7f);
            let a = wire::i(s, "effective_time").unwrap_or(0).clamp(0, 1440) as u16;
            let b = wire::i(s, "invalid_time").unwrap_or(1440).clamp(0, 1440) as u16;
            let s = Schedule::from_mask(mask, a, b);
            (mask != 0 && !(mask == 0x7f && s.all_day())).then_some(s)
        })
        .collect();
    let id = wire::s(v, "id");
    let phone = wire::s(v, "phone");
    Some(TempPassword {
        id: (!id.is_empty()).then_some(id),
        name: wire::s(v, "name"),
        validity,
        delivery,
        from,
        to,
        schedules,
        one_time: wire::i(v, "type") == Some(1),
        pin: None,
        phone: (!phone.is_empty()).then_some(phone),
        country_code: None,
        sn: wire::i(v, "sn"),
        changed: wire::time(v, "update_time", &lock.zone),
        not_read: None,
        no_free_slot: wire::i(v, "delivery_status") == Some(5),
    })
}

/// Name and schedule rules of the service, checked before anything is sent.
fn check_new(name: &str, schedules: &[Schedule]) -> Result<()> {
    if name.trim().is_empty() || name.chars().count() > NAME_MAX {
        return Err(Error::Invalid(format!(
            "a temporary password's name has 1 to {NAME_MAX} characters on the openapi backend"
        )));
    }
    if schedules.len() > 1 {
        return Err(Error::Invalid(
            "the openapi backend takes one schedule block per password (one --schedule): the cloud refuses two".into(),
        ));
    }
    Ok(())
}

/// The zone's offset at `t` as `+HH:MM`.
fn offset_text(lock: &Lock, t: Timestamp) -> String {
    let secs = lock.zone.to_offset(t).seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.abs();
    format!("{sign}{:02}:{:02}", a / 3600, (a % 3600) / 60)
}

/// What of a password can be read back and compared: name, window, schedule, one-time.
#[derive(PartialEq, Eq)]
struct Shape {
    name: String,
    from: Option<i64>,
    to: Option<i64>,
    schedules: Vec<(u8, u16, u16)>,
    one_time: bool,
}

fn blocks(schedules: &[Schedule]) -> Vec<(u8, u16, u16)> {
    schedules
        .iter()
        .map(|s| (s.mask(), s.from.0, s.to.0))
        .collect()
}

impl Shape {
    fn of(p: &TempPassword) -> Shape {
        Shape {
            name: p.name.clone(),
            from: p.from.as_ref().map(|t| t.as_secs()),
            to: p.to.as_ref().map(|t| t.as_secs()),
            schedules: blocks(&p.schedules),
            one_time: p.one_time,
        }
    }

    fn sent(b: &Body<'_>) -> Shape {
        Shape {
            name: b.name.to_string(),
            from: Some(b.from.as_second()),
            to: Some(b.to.as_second()),
            schedules: blocks(b.schedules),
            one_time: b.one_time,
        }
    }
}

struct Body<'a> {
    name: &'a str,
    from: Timestamp,
    to: Timestamp,
    schedules: &'a [Schedule],
    one_time: bool,
    phone: Option<&'a str>,
}

fn check(lock: &Lock) -> Check {
    Check::TempPasswords {
        lock: lock.id.clone(),
    }
}

impl OpenApi {
    pub(super) async fn temp_list(&self, lock: &Lock) -> Result<Vec<Value>> {
        let path = format!("/v1.0/devices/{}/door-lock/temp-passwords", lock.id);
        let v = self.call(Method::Get, &path, &[], None).await?;
        self.keep(&v);
        Ok(wire::items(&v).into_iter().cloned().collect())
    }

    pub(super) async fn temp_show(&self, lock: &Lock, id: &str) -> Result<Value> {
        let path = format!("/v1.0/devices/{}/door-lock/temp-password/{id}", lock.id);
        self.call(Method::Get, &path, &[], None).await
    }

    /// The create / modify body with the PIN encrypted under a fresh ticket.
    async fn body(&self, lock: &Lock, b: &Body<'_>, pin: &Secret) -> Result<Value> {
        let ticket = self.ticket(lock).await?;
        let mut body = json!({
            "name": b.name,
            "password": ticket.encrypt(pin)?,
            "password_type": "ticket",
            "ticket_id": ticket.id,
            "effective_time": b.from.as_second(),
            "invalid_time": b.to.as_second(),
            "type": i32::from(b.one_time),
        });
        if let Some(p) = b.phone {
            body["phone"] = json!(p);
        }
        // A daily window is sent as its block, never as all-day (which would drop the window).
        if let Some(s) = b.schedules.first() {
            body["time_zone"] = json!(offset_text(lock, b.from));
            body["schedule_list"] = json!([{
                "effective_time": s.from.0,
                "invalid_time": s.to.0,
                "working_day": s.mask(),
            }]);
        }
        Ok(body)
    }

    /// Read a written password back, waiting a little while the lock has not taken it yet.
    /// `Err` is the read's failure: the write is done, only its state is unknown.
    async fn settle(&self, lock: &Lock, id: &str) -> Result<Option<TempPassword>> {
        let started = std::time::Instant::now();
        let mut pause = Duration::from_millis(500);
        loop {
            let p = read(&self.temp_show(lock, id).await?, lock);
            let pending = p
                .as_ref()
                .is_some_and(|p| p.delivery == Some(Delivery::Pending));
            if !pending || started.elapsed() + pause > self.config.delivery_wait {
                return Ok(p);
            }
            tokio::time::sleep(pause).await;
            pause *= 2;
        }
    }

    pub(super) async fn temp_create(
        &self,
        lock: &Lock,
        new: &NewTempPassword,
    ) -> Result<TempPassword> {
        check_new(&new.name, &new.schedules)?;
        let existing = self.temp_list(lock).await?;
        self.take_raw();
        let live: Vec<TempPassword> = existing.iter().filter_map(|v| read(v, lock)).collect();
        if !new.allow_duplicate_name {
            if let Some(p) = live
                .iter()
                .find(|p| p.name == new.name && p.validity != Validity::Expired)
            {
                return Err(Error::AlreadyExists {
                    what: "a temporary password".into(),
                    name: new.name.clone(),
                    id: p.id.clone().unwrap_or_default(),
                });
            }
        }
        let b = Body {
            name: &new.name,
            from: new.from,
            to: new.to,
            schedules: &new.schedules,
            one_time: new.one_time,
            phone: new.phone.as_deref(),
        };
        let body = self.body(lock, &b, &new.pin).await?;
        let path = format!("/v1.0/devices/{}/door-lock/temp-password", lock.id);
        let v = match self.call(Method::Post, &path, &[], Some(&body)).await {
            Err(Error::AnswerLost { reason, .. }) => {
                return self.create_lost(lock, new, &live, reason).await
            }
            other => other?,
        };
        self.keep(&v);
        let id = match &v {
            Value::Object(_) => wire::s(&v, "id"),
            other => wire::s(&json!({ "id": other }), "id"),
        };
        let why = match self.settle(lock, &id).await {
            Ok(Some(p)) => return Ok(p),
            Ok(None) => "the cloud does not show it yet".to_string(),
            Err(e) => e.to_string(),
        };
        let thing = match id.is_empty() {
            true => "the new password".to_string(),
            false => format!("the new password (id {id})"),
        };
        Ok(TempPassword {
            id: (!id.is_empty()).then_some(id),
            name: new.name.clone(),
            validity: Validity::of_window(
                Some(new.from.as_second()),
                Some(new.to.as_second()),
                clock::now().as_second(),
            ),
            delivery: Some(Delivery::Pending),
            from: crate::model::Time::from_secs(new.from.as_second(), &lock.zone),
            to: crate::model::Time::from_secs(new.to.as_second(), &lock.zone),
            schedules: new.schedules.clone(),
            one_time: new.one_time,
            pin: None,
            phone: new.phone.clone(),
            country_code: None,
            sn: None,
            changed: None,
            not_read: Some(NotRead::new(&thing, why, check(lock))),
            no_free_slot: false,
        })
    }

    /// The create's answer was lost: the list says whether it landed.
    async fn create_lost(
        &self,
        lock: &Lock,
        new: &NewTempPassword,
        before: &[TempPassword],
        reason: String,
    ) -> Result<TempPassword> {
        let what = format!("temppwd create \"{}\"", new.name);
        let check = Check::TempPasswords {
            lock: lock.id.clone(),
        };
        settle(&what, reason, check, || async {
            let after = self.temp_list(lock).await?;
            self.take_raw();
            Ok(after
                .iter()
                .filter_map(|v| read(v, lock))
                .find(|p| p.name == new.name && !before.iter().any(|b| b.id == p.id)))
        })
        .await
    }

    /// A change's answer was lost: the password as read back says whether it landed (what
    /// was sent), did not (what was there), or cannot tell (only the PIN changed, and a PIN is
    /// never read back).
    async fn update_lost(
        &self,
        lock: &Lock,
        id: &str,
        cur: &TempPassword,
        sent: &Body<'_>,
        reason: String,
    ) -> Result<TempPassword> {
        let what = format!("temppwd update {id}");
        let check = Check::TempPasswords {
            lock: lock.id.clone(),
        };
        let (old, new) = (Shape::of(cur), Shape::sent(sent));
        if old == new {
            return Err(Error::Unconfirmed {
                what,
                reason,
                read: "only the PIN changed, and a PIN cannot be read back".into(),
                check: Box::new(check),
            });
        }
        settle(&what, reason, check, || async {
            let v = self.temp_show(lock, id).await?;
            self.take_raw();
            let now = read(&v, lock).map(|p| (Shape::of(&p), p));
            match now {
                Some((s, p)) if s == new => Ok(Some(p)),
                Some((s, _)) if s == old => Ok(None),
                // Changed otherwise, or removed meanwhile: nothing this read can tell.
                _ => Err(Error::Invalid(format!(
                    "temporary password {id} is neither as it was nor as sent"
                ))),
            }
        })
        .await
    }

    pub(super) async fn temp_update(
        &self,
        lock: &Lock,
        id: &str,
        change: &TempPasswordChange,
    ) -> Result<TempPassword> {
        check_id("the password id", id)?;
        let Some(pin) = &change.pin else {
            return Err(Error::Invalid(
                "the openapi backend needs the PIN again to change a temporary password: pass --pin-stdin (or --generate for a new one)".into(),
            ));
        };
        if let Some(s) = &change.schedules {
            check_new(change.name.as_deref().unwrap_or("x"), s)?;
        }
        if let Some(n) = &change.name {
            check_new(n, &[])?;
        }
        let now = self.temp_show(lock, id).await?;
        let cur = read(&now, lock)
            .ok_or_else(|| Error::Invalid(format!("temporary password {id} has been removed")))?;
        let (from, to) = match change.window {
            Some(w) => w,
            None => (
                cur.from
                    .as_ref()
                    .map(|t| t.timestamp())
                    .unwrap_or_else(clock::now),
                cur.to
                    .as_ref()
                    .map(|t| t.timestamp())
                    .unwrap_or_else(clock::now),
            ),
        };
        let schedules = change.schedules.clone().unwrap_or(cur.schedules.clone());
        let b = Body {
            name: change.name.as_deref().unwrap_or(&cur.name),
            from,
            to,
            schedules: &schedules,
            one_time: change.one_time.unwrap_or(cur.one_time),
            phone: change.phone.as_deref().or(cur.phone.as_deref()),
        };
        let body = self.body(lock, &b, pin).await?;
        let path = format!(
            "/v1.0/devices/{}/door-lock/temp-passwords/{id}/modify-password",
            lock.id
        );
        if let Sent::Lost(reason) = self.send_write(Method::Put, &path, Some(&body)).await? {
            return self.update_lost(lock, id, &cur, &b, reason).await;
        }
        // The change is done: a failed read gives the password as sent, noted for the command.
        let why = match self.settle(lock, id).await {
            Ok(Some(p)) => return Ok(p),
            Ok(None) => "it is gone from the lock's list".to_string(),
            Err(e) => e.to_string(),
        };
        let mut p = cur.clone();
        p.name = b.name.to_string();
        p.from = crate::model::Time::from_secs(from.as_second(), &lock.zone);
        p.to = crate::model::Time::from_secs(to.as_second(), &lock.zone);
        p.validity = Validity::of_window(
            Some(from.as_second()),
            Some(to.as_second()),
            clock::now().as_second(),
        );
        p.delivery = None;
        p.schedules = schedules.clone();
        p.one_time = b.one_time;
        p.phone = b.phone.map(str::to_string);
        p.not_read = Some(NotRead::new("the changed password", why, check(lock)));
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Weekday;

    #[test]
    fn weekdays_read_back_reversed_are_normalised() {
        // Written: Monday and Tuesday (bit 0 Sunday). Read back with bit 0 Saturday.
        let written = Weekday::mask(&[Weekday::Mon, Weekday::Tue]);
        let read_back = mask_read(written);
        assert_ne!(read_back, written);
        assert_eq!(mask_read(read_back), written);
        assert_eq!(mask_read(0b0000001), 0b1000000);
    }

    #[test]
    fn one_schedule_block_and_name_limits() {
        let s = Schedule::from_mask(0b0111110, 540, 1080);
        assert!(check_new("Guest", std::slice::from_ref(&s)).is_ok());
        assert!(check_new("Guest", &[s.clone(), s]).is_err());
        assert!(check_new(&"x".repeat(33), &[]).is_err());
        assert!(check_new("", &[]).is_err());
    }

    #[test]
    fn removed_passwords_are_hidden() {
        let lock = Lock {
            id: "d".into(),
            name: "D".into(),
            kind: Kind::Unknown,
            local_key: Secret::new(""),
            zone: jiff::tz::TimeZone::UTC,
            pin_len: None,
        };
        let v = json!({"id": 5, "name": "A", "phase": 2, "effective_time": 1, "invalid_time": 4_000_000_000i64,
            "schedule_list": [{"effective_time": 540, "invalid_time": 1080, "working_day": mask_read(0b0111110)}]});
        let p = read(&v, &lock).unwrap();
        assert_eq!(p.id.as_deref(), Some("5"));
        assert_eq!(p.delivery, Some(Delivery::Delivered));
        assert_eq!(p.schedules[0].mask(), 0b0111110);
        for phase in [0, 17, 19] {
            assert!(read(&json!({"id": 5, "phase": phase}), &lock).is_none());
        }
        let frozen = read(&json!({"id": 6, "phase": 3, "delivery_status": 2}), &lock).unwrap();
        assert_eq!(frozen.validity, Validity::Frozen);
        let deleting = read(&json!({"id": 7, "phase": 3}), &lock).unwrap();
        assert_eq!(deleting.delivery, Some(Delivery::Deleting));
        let pending = read(&json!({"id": 8, "phase": 1}), &lock).unwrap();
        assert_eq!(pending.delivery, Some(Delivery::Pending));
        assert!(pending.changed.is_none());
        // `update_time` in seconds or milliseconds: the same instant.
        for t in [json!(1_798_117_200i64), json!("1798117200000")] {
            let p = read(&json!({"id": 9, "phase": 1, "update_time": t}), &lock).unwrap();
            assert_eq!(p.changed.unwrap().as_secs(), 1_798_117_200);
        }
    }
}

//! Password tickets and online temporary passwords.
//!
//! As the cloud does: one schedule block per password (two are refused), weekdays read back
//! bit-reversed (bit 0 = Saturday), `all_day` drops the daily window, a deleted password stays
//! listed (phase 19, or 17 once its window was over) until its record is purged, freezing is
//! not for Wi-Fi locks, a modify must carry the PIN again, and a schedule needs a `time_zone`
//! (any text: the lock keeps its own zone).

use serde_json::{json, Value};

use super::devices::fixed_offset;
use super::{errors::OaError, ticket, Ctx};
use crate::world::delivery::{Change, DeliveryState, Target, NO_FREE_SLOT};
use crate::world::{Lock, Schedule, TempPassword, TempPasswordSpec, World};

/// `POST /v1.0/devices/{id}/door-lock/password-ticket` and its smart-lock twin.
pub fn password_ticket(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (dev, _) = ctx.who()?;
    let p = (ctx.project.access_id.as_str(), ctx.project.secret.as_str());
    let t = ctx
        .face
        .tickets
        .issue(&mut ctx.face.tokens, p, &dev, ctx.now)?;
    Ok(
        json!({ "ticket_id": t.ticket_id, "ticket_key": t.ticket_key, "expire_time": t.expire_time }),
    )
}

/// Bits 0-6 in the other order: Sunday-first as written, Saturday-first as read back.
pub fn reverse_week(mask: i64) -> i64 {
    (0..7).fold(0, |acc, i| acc | (((mask >> i) & 1) << (6 - i)))
}

/// Where a password stands, as the world says: on the lock, or a change not on it yet.
struct Standing<'a> {
    p: &'a TempPassword,
    delivery: Option<DeliveryState>,
    zigbee: bool,
}

/// `delivery_status` of a refused change: 5 the lock is full, 3 failed otherwise.
fn refused_status(reason: &str) -> i64 {
    if reason == NO_FREE_SLOT {
        5
    } else {
        3
    }
}

/// `phase` and `delivery_status`. On the lock: 19 deleted (17 when its window was already
/// over), 3 frozen, 2 delivered. A change on its way: 1 to be sent (Zigbee: being created); a
/// removal 3, to be deleted (Zigbee, whose 3 is frozen: 2, still active, with the delivery in
/// progress). Refused: Zigbee 5 (creation failed; 2 when an update of a password on the lock
/// failed), the others 7 (sending failed). Zigbee answers always carry `delivery_status` (1 on
/// its way, 2 done, 3 failed, 5 the lock is full); the others only beside phase 7, for the
/// reason, so that a `delivery_status` beside phase 3 still means Zigbee.
fn phase(s: &Standing, now: i64) -> (i64, Option<i64>) {
    let (p, zigbee) = (s.p, s.zigbee);
    let on_lock = match (p.removed, p.frozen) {
        (true, _) if p.used || p.invalid_time <= now => 17,
        (true, _) => 19,
        (false, true) => 3,
        _ => 2,
    };
    let (phase, status) = match &s.delivery {
        None => (on_lock, 2),
        Some(DeliveryState::Pending(Change::Remove)) if zigbee => (on_lock, 1),
        Some(DeliveryState::Pending(Change::Remove)) => (3, 1),
        Some(DeliveryState::Pending(_)) => (1, 1),
        Some(DeliveryState::Refused { change, reason }) => {
            let status = refused_status(reason);
            match (zigbee, change) {
                (true, Change::Add) => (5, status),
                (true, _) => (on_lock, status),
                (false, _) => return (7, Some(status)),
            }
        }
    };
    (phase, zigbee.then_some(status))
}

fn password_json(l: &Lock, s: &Standing, now: i64) -> Value {
    let p = s.p;
    let schedule: Vec<Value> = p
        .schedule
        .iter()
        .map(|s| {
            json!({ "effective_time": s.effective_time, "invalid_time": s.invalid_time,
                    "working_day": reverse_week(s.working_day) })
        })
        .collect();
    let (phase, status) = phase(s, now);
    let mut v = json!({
        "id": p.id, "sn": p.sn, "name": p.name, "phase": phase,
        "effective_time": p.effective_time, "invalid_time": p.invalid_time, "phone": p.phone,
        "time_zone": fixed_offset(&l.time_zone, now), "schedule_list": schedule,
        "type": p.avail_time,
    });
    if let Some(status) = status {
        v["delivery_status"] = json!(status);
    }
    if p.modified > 0 {
        v["update_time"] = json!(p.modified);
    }
    v
}

/// A password of `l` with where it stands.
fn standing<'a>(world: &World, l: &Lock, p: &'a TempPassword) -> Standing<'a> {
    Standing {
        p,
        delivery: world.delivery_state(&l.dev_id, &Target::TempPassword { id: p.id }),
        zigbee: l.radio() == "zigbee",
    }
}

/// Whether a password counts as valid (`valid=true`): not deleted, not used up, not over.
fn valid(p: &TempPassword, now: i64) -> bool {
    !p.removed && !p.used && now < p.invalid_time
}

/// `GET /v1.0/devices/{id}/door-lock/temp-passwords[?valid=true|false]`: deleted ones too.
pub fn list(ctx: &mut Ctx) -> Result<Value, OaError> {
    let want = match ctx.q("valid") {
        None => None,
        Some("true") => Some(true),
        Some("false") => Some(false),
        Some(_) => return Err(OaError::illegal("valid must be true or false")),
    };
    let (l, _) = ctx.lock()?;
    Ok(l.temp_passwords
        .iter()
        .filter(|p| want.is_none_or(|w| valid(p, ctx.now) == w))
        .map(|p| password_json(l, &standing(ctx.world, l, p), ctx.now))
        .collect())
}

fn id_arg(ctx: &Ctx, i: usize) -> Result<i64, OaError> {
    ctx.arg(i)
        .parse()
        .map_err(|_| OaError::illegal("password_id must be a number"))
}

/// `GET /v1.0/devices/{id}/door-lock/temp-password/{password_id}`.
pub fn show(ctx: &mut Ctx) -> Result<Value, OaError> {
    let id = id_arg(ctx, 1)?;
    let (l, _) = ctx.lock()?;
    let p = l
        .temp_passwords
        .iter()
        .find(|p| p.id == id)
        .ok_or_else(|| OaError::illegal(format!("no temporary password {id}")))?;
    Ok(password_json(l, &standing(ctx.world, l, p), ctx.now))
}

fn int(body: &Value, k: &str) -> Result<Option<i64>, OaError> {
    match body.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_i64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
            .map(Some)
            .ok_or_else(|| OaError::illegal(format!("{k} must be a number"))),
    }
}

fn text(body: &Value, k: &str) -> Option<String> {
    body.get(k).and_then(Value::as_str).map(str::to_string)
}

/// `schedule_list`: at most one block (two are refused), minutes of the day, weekdays bit 0 =
/// Sunday; `all_day` makes the block the whole day whatever its times.
fn schedule(body: &Value) -> Result<Option<Vec<Schedule>>, OaError> {
    let items = match body.get("schedule_list") {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Array(a)) => a,
        Some(_) => return Err(OaError::illegal("schedule_list must be a list")),
    };
    if items.len() > 1 {
        return Err(OaError::illegal("schedule_list takes one entry"));
    }
    let mut out = vec![];
    for it in items {
        let all_day = it.get("all_day").and_then(Value::as_bool).unwrap_or(false);
        let days = int(it, "working_day")?.unwrap_or(0);
        let (from, to) = (
            int(it, "effective_time")?.unwrap_or(0),
            int(it, "invalid_time")?.unwrap_or(1440),
        );
        if !(1..=0x7f).contains(&days) {
            return Err(OaError::illegal(
                "working_day must name a weekday (bits 0-6)",
            ));
        }
        if !(all_day || (0 <= from && from < to && to <= 1440)) {
            return Err(OaError::illegal(
                "schedule times are minutes 0-1440, start first",
            ));
        }
        let (from, to) = if all_day { (0, 1440) } else { (from, to) };
        out.push(Schedule {
            all_day,
            effective_time: from,
            invalid_time: to,
            working_day: days,
        });
    }
    Ok(Some(out))
}

/// The PIN of a create or modify body: decrypted with its ticket (used up), as many digits as
/// the lock's keypad takes.
fn pin(ctx: &mut Ctx, dev: &str) -> Result<String, OaError> {
    let hex = text(&ctx.body, "password")
        .filter(|s| !s.is_empty())
        .ok_or_else(|| OaError::param_empty("password"))?;
    if text(&ctx.body, "password_type").as_deref() != Some("ticket") {
        return Err(OaError::illegal("password_type must be ticket"));
    }
    let ticket_id =
        text(&ctx.body, "ticket_id").ok_or_else(|| OaError::param_empty("ticket_id"))?;
    let key = ctx
        .face
        .tickets
        .take(&ctx.project.access_id, dev, &ticket_id, ctx.now)?;
    let pin = ticket::decrypt_pin(&hex, &key)
        .ok_or_else(|| OaError::illegal("password does not decrypt with the ticket's key"))?;
    let len = ctx.world.lock(dev).map_or(6, Lock::pin_len);
    if pin.len() != len || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(OaError::illegal(format!(
            "password must be {len} digits on this lock"
        )));
    }
    Ok(pin)
}

/// A create or modify body. `name_required`: v1.0 create.
fn spec(ctx: &mut Ctx, dev: &str, name_required: bool) -> Result<TempPasswordSpec, OaError> {
    let b = ctx.body.clone();
    let name = match text(&b, "name") {
        Some(n) if n.trim().is_empty() || n.chars().count() > 32 => {
            return Err(OaError::illegal("name must be 1 to 32 characters"))
        }
        Some(n) => Some(n.trim().to_string()),
        None if name_required => return Err(OaError::param_empty("name")),
        None => None,
    };
    let (from, to) = (int(&b, "effective_time")?, int(&b, "invalid_time")?);
    if from.or(to).is_some_and(|t| t > 99_999_999_999) {
        return Err(OaError::illegal(
            "effective_time and invalid_time are seconds",
        ));
    }
    let kind = int(&b, "type")?;
    if kind.is_some_and(|k| k != 0 && k != 1) {
        return Err(OaError::illegal(
            "type must be 0 (many uses) or 1 (one use)",
        ));
    }
    let schedule = schedule(&b)?;
    if schedule.as_ref().is_some_and(|s| !s.is_empty())
        && text(&b, "time_zone").is_none_or(|z| z.trim().is_empty())
    {
        return Err(OaError::param_empty("time_zone"));
    }
    let pin = pin(ctx, dev)?;
    Ok(TempPasswordSpec {
        pin: Some(pin),
        name,
        effective_time: from,
        invalid_time: to,
        avail_time: kind,
        schedule,
        phone: text(&b, "phone"),
        country_code: None,
        sn: None,
    })
}

fn create_with(ctx: &mut Ctx, name_required: bool) -> Result<Value, OaError> {
    let (dev, uid) = ctx.who()?;
    for k in ["effective_time", "invalid_time"] {
        if ctx.body.get(k).is_none() {
            return Err(OaError::param_empty(k));
        }
    }
    let mut s = spec(ctx, &dev, name_required)?;
    s.name.get_or_insert_with(String::new);
    let id = ctx.world.create_temp_password(&dev, &uid, s, ctx.now)?;
    Ok(json!({ "id": id }))
}

/// `POST /v1.0/devices/{id}/door-lock/temp-password`.
pub fn create(ctx: &mut Ctx) -> Result<Value, OaError> {
    create_with(ctx, true)
}

/// `POST /v2.0/devices/{id}/door-lock/temp-password` (no name needed).
pub fn create_unnamed(ctx: &mut Ctx) -> Result<Value, OaError> {
    create_with(ctx, false)
}

/// `PUT .../temp-passwords/{password_id}/modify-password`: the PIN must come again.
pub fn modify(ctx: &mut Ctx) -> Result<Value, OaError> {
    let id = id_arg(ctx, 1)?;
    let (dev, uid) = ctx.who()?;
    let s = spec(ctx, &dev, false)?;
    ctx.world.update_temp_password(&dev, &uid, id, s, ctx.now)?;
    Ok(json!(true))
}

fn set_frozen(ctx: &mut Ctx, frozen: bool) -> Result<Value, OaError> {
    let id = id_arg(ctx, 1)?;
    let (dev, uid) = ctx.who()?;
    if ctx.world.lock(&dev).is_some_and(Lock::is_wifi) {
        return Err(OaError::lock_type());
    }
    ctx.world.set_temp_password_frozen(&dev, &uid, id, frozen)?;
    Ok(json!(true))
}

/// `PUT .../temp-passwords/{password_id}/freeze-password` (not on Wi-Fi locks).
pub fn freeze(ctx: &mut Ctx) -> Result<Value, OaError> {
    set_frozen(ctx, true)
}

/// `PUT .../temp-passwords/{password_id}/unfreeze-password`.
pub fn unfreeze(ctx: &mut Ctx) -> Result<Value, OaError> {
    set_frozen(ctx, false)
}

/// `DELETE .../temp-passwords/{password_id}`: still listed, as deleted.
pub fn delete(ctx: &mut Ctx) -> Result<Value, OaError> {
    let id = id_arg(ctx, 1)?;
    let (dev, uid) = ctx.who()?;
    ctx.world.remove_temp_password(&dev, &uid, id)?;
    Ok(json!(true))
}

/// `DELETE .../temp-passwords/{password_id}/record`: forget a deleted password.
pub fn purge(ctx: &mut Ctx) -> Result<Value, OaError> {
    let id = id_arg(ctx, 1)?;
    let (dev, uid) = ctx.who()?;
    ctx.world.purge_temp_password(&dev, &uid, id)?;
    Ok(json!(true))
}

/// `POST .../temp-passwords/rest-password`: delete them all.
pub fn delete_all(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (dev, uid) = ctx.who()?;
    ctx.world.remove_all_temp_passwords(&dev, &uid)?;
    Ok(json!(true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_reverse() {
        // Sunday (bit 0) reads back as bit 6; Monday-Friday (0b0111110) is its own mirror.
        assert_eq!(reverse_week(0b000_0001), 0b100_0000);
        assert_eq!(reverse_week(0b011_1110), 0b011_1110);
        assert_eq!(reverse_week(0b000_0011), 0b110_0000);
        for m in 0..128 {
            assert_eq!(reverse_week(reverse_week(m)), m);
        }
    }
}

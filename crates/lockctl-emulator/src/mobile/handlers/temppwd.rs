//! Online temporary passwords and dynamic passwords.

use serde_json::{json, Value};

use super::{opt_int, opt_str, req_int, Ctx};
use crate::mobile::params;
use crate::mobile::protocol::ApiError;
use crate::world::delivery::{Change, DeliveryState, Target, NO_FREE_SLOT};
use crate::world::temppwd::status;
use crate::world::{Lock, Schedule, TempPasswordSpec};

fn schedule_json(s: &[Schedule]) -> Value {
    Value::Array(
        s.iter()
            .map(|s| json!({ "allDay": s.all_day, "effectiveTime": s.effective_time, "invalidTime": s.invalid_time, "workingDay": s.working_day }))
            .collect(),
    )
}

/// `schedule` arrives as JSON text (what clients send), as a JSON list, or empty.
fn parse_schedule(pd: &Value) -> Result<Vec<Schedule>, ApiError> {
    let raw = match pd.get("schedule") {
        None | Some(Value::Null) => return Ok(vec![]),
        Some(Value::String(s)) if s.trim().is_empty() => return Ok(vec![]),
        Some(Value::String(s)) => {
            serde_json::from_str::<Value>(s).map_err(|_| ApiError::param("schedule is not JSON"))?
        }
        Some(v @ Value::Array(_)) => v.clone(),
        Some(_) => return Err(ApiError::param("schedule must be a JSON list")),
    };
    let items = raw
        .as_array()
        .ok_or_else(|| ApiError::param("schedule must be a JSON list"))?;
    let mut out = Vec::new();
    for it in items {
        let all_day = params::opt_bool(it, "allDay")?.unwrap_or(false);
        let from = opt_int(it, "effectiveTime")?.unwrap_or(0);
        let to = opt_int(it, "invalidTime")?.unwrap_or(1440);
        let days = req_int(it, "workingDay")
            .map_err(|_| ApiError::param("schedule entries need workingDay"))?;
        if !(1..=0x7f).contains(&days) {
            return Err(ApiError::param(
                "workingDay must name at least one day (bits 0-6)",
            ));
        }
        if !(all_day || (0 <= from && from < to && to <= 1440)) {
            return Err(ApiError::param(
                "schedule times must be minutes 0-1440 with start before end",
            ));
        }
        out.push(Schedule {
            all_day,
            effective_time: from,
            invalid_time: to,
            working_day: days,
        });
    }
    Ok(out)
}

/// The password fields of a request. With `need_all`, `password`, `name` and the window are
/// required (create, validate); otherwise only the fields given change (update).
fn parse(pd: &Value, l: &Lock, need_all: bool) -> Result<TempPasswordSpec, ApiError> {
    let pin = params::pin(pd, "password", &l.local_key, l.pin_len())?;
    if need_all && pin.is_none() {
        return Err(ApiError::param("password is required"));
    }
    let name = match opt_str(pd, "name") {
        Some(n) if n.trim().is_empty() || n.chars().count() > 32 => {
            return Err(ApiError::param("name must be 1 to 32 characters"))
        }
        Some(n) => Some(n.trim().to_string()),
        None if need_all => return Err(ApiError::param("name is required")),
        None => None,
    };
    let from = opt_int(pd, "effectiveTime")?;
    let to = opt_int(pd, "invalidTime")?;
    if need_all && (from.is_none() || to.is_none()) {
        return Err(ApiError::param(
            "effectiveTime and invalidTime are required",
        ));
    }
    let avail = opt_int(pd, "availTime")?;
    if avail.is_some_and(|a| a != 0 && a != 1) {
        return Err(ApiError::param(
            "availTime must be 0 (many uses) or 1 (one use)",
        ));
    }
    let schedule = match pd.get("schedule") {
        Some(_) => Some(parse_schedule(pd)?),
        None => None,
    };
    Ok(TempPasswordSpec {
        pin,
        name,
        effective_time: from,
        invalid_time: to,
        avail_time: avail,
        schedule,
        phone: opt_str(pd, "phone"),
        country_code: opt_str(pd, "countryCode"),
        sn: None,
    })
}

pub fn list(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let filter = opt_int(&ctx.pd, "availTime")?;
    let now = ctx.now;
    let l = ctx.lock()?;
    Ok(Value::Array(
        l.temp_passwords
            .iter()
            .filter(|p| !p.removed && filter.is_none_or(|a| a == p.avail_time))
            .map(|p| {
                let mut v = json!({
                    "id": p.id, "sn": p.sn, "name": p.name, "effective": status(p, now),
                    "effectiveTime": p.effective_time, "invalidTime": p.invalid_time, "availTime": p.avail_time,
                    "phone": p.phone, "countryCode": p.country_code, "scheduleDetails": schedule_json(&p.schedule),
                });
                if p.modified > 0 {
                    v["gmtModified"] = json!(p.modified * 1000);
                }
                let state = ctx.world.delivery_state(&l.dev_id, &Target::TempPassword { id: p.id });
                delivery_fields(&mut v, state);
                v
            })
            .collect(),
    ))
}

/// A password not on the lock as it stands: `effective` 2 (to be sent) or 4 (to be deleted),
/// and `deliveryStatus` 1 on its way, 3 refused, 5 refused for want of a free slot (the
/// delivery codes of Tuya's lock APIs). Passwords on the lock carry no `deliveryStatus`.
fn delivery_fields(v: &mut Value, state: Option<DeliveryState>) {
    let (effective, delivery) = match state {
        None => return,
        Some(DeliveryState::Pending(Change::Remove)) => (4, 1),
        Some(DeliveryState::Pending(_)) => (2, 1),
        Some(DeliveryState::Refused { reason, .. }) if reason == NO_FREE_SLOT => (2, 5),
        Some(DeliveryState::Refused { .. }) => (2, 3),
    };
    v["effective"] = json!(effective);
    v["deliveryStatus"] = json!(delivery);
}

pub fn create(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let mut spec = parse(&ctx.pd, ctx.lock()?, true)?;
    let (dev, uid) = ctx.who()?;
    match opt_int(&ctx.pd, "sn") {
        Ok(sn) => spec.sn = sn,
        // A malformed `sn` is reported after the window and PIN checks, and uses up the id the
        // password would have had: the gateway has always answered so.
        Err(e) => {
            if !ctx
                .world
                .temp_password_acceptable(&dev, &uid, &spec, ctx.now)?
            {
                return Err(ApiError::param(
                    "another active temporary password has this PIN",
                ));
            }
            ctx.world.next_id();
            return Err(e);
        }
    }
    ctx.world.create_temp_password(&dev, &uid, spec, ctx.now)?;
    Ok(json!(true))
}

pub fn validate(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let spec = parse(&ctx.pd, ctx.lock()?, true)?;
    let (dev, uid) = ctx.who()?;
    let ok = ctx
        .world
        .temp_password_acceptable(&dev, &uid, &spec, ctx.now)?;
    Ok(json!(ok))
}

/// Bluetooth `temppwd.update` names the password by `pwdId` (as `remove` does) or `id`, and
/// changes only the fields given (docs/decisions.md).
pub fn update(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let id = match opt_int(&ctx.pd, "pwdId")? {
        Some(i) => i,
        None => req_int(&ctx.pd, "id")?,
    };
    let spec = parse(&ctx.pd, ctx.lock()?, false)?;
    let (dev, uid) = ctx.who()?;
    ctx.world
        .update_temp_password(&dev, &uid, id, spec, ctx.now)?;
    Ok(json!(true))
}

/// Wi-Fi `temppwd.name.update`: `pwdId` and `name`.
pub fn rename(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let id = match opt_int(&ctx.pd, "pwdId")? {
        Some(i) => i,
        None => req_int(&ctx.pd, "id")?,
    };
    let name = params::name(&ctx.pd, "name")?;
    let (dev, uid) = ctx.who()?;
    ctx.world.rename_temp_password(&dev, &uid, id, &name)?;
    Ok(json!(true))
}

fn remove(ctx: &mut Ctx, id_field: &str) -> Result<Value, ApiError> {
    let id = req_int(&ctx.pd, id_field)?;
    let (dev, uid) = ctx.who()?;
    ctx.world.remove_temp_password(&dev, &uid, id)?;
    Ok(json!(true))
}

/// Wi-Fi `temppwd.del` takes `id`.
pub fn remove_wifi(ctx: &mut Ctx) -> Result<Value, ApiError> {
    remove(ctx, "id")
}

/// Bluetooth `temppwd.remove` takes `pwdId`.
pub fn remove_ble(ctx: &mut Ctx) -> Result<Value, ApiError> {
    remove(ctx, "pwdId")
}

/// An 8-digit dynamic password, good for 5 minutes; the same one is returned while it lasts.
pub fn dynamic(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let (dev, uid) = ctx.who()?;
    let pwd = ctx.world.dynamic_password(&dev, &uid, ctx.now)?;
    Ok(json!({ "dynamicPassword": pwd }))
}

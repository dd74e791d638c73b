//! Online temporary passwords and dynamic passwords.

use serde_json::{json, Value};

use super::{decrypt_pin, opt_int, opt_str, req_int, req_str, Ctx};
use crate::protocol::ApiError;
use crate::world::{Lock, Schedule, TempPassword};

pub fn pin_len(l: &Lock) -> usize {
    if l.radio() == "wifi" {
        7
    } else {
        6
    }
}

/// 1 pending, 3 in use, 5 expired (seed codes; removed passwords leave the list).
pub fn status(p: &TempPassword, now: i64) -> i64 {
    if p.used || now >= p.invalid_time {
        5
    } else if now < p.effective_time {
        1
    } else {
        3
    }
}

fn schedule_json(s: &[Schedule]) -> Value {
    Value::Array(
        s.iter()
            .map(|s| json!({ "allDay": s.all_day, "effectiveTime": s.effective_time, "invalidTime": s.invalid_time, "workingDay": s.working_day }))
            .collect(),
    )
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
                json!({
                    "id": p.id, "sn": p.sn, "name": p.name, "effective": status(p, now),
                    "effectiveTime": p.effective_time, "invalidTime": p.invalid_time, "availTime": p.avail_time,
                    "phone": p.phone, "countryCode": p.country_code, "scheduleDetails": schedule_json(&p.schedule),
                })
            })
            .collect(),
    ))
}

/// `schedule` arrives as JSON text (as the seeds send it), as a JSON list, or empty.
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
        let all_day = super::opt_bool(it, "allDay")?.unwrap_or(false);
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

struct Parsed {
    pin: Option<String>,
    name: Option<String>,
    from: Option<i64>,
    to: Option<i64>,
    avail: Option<i64>,
    schedule: Option<Vec<Schedule>>,
}

fn parse(ctx: &Ctx, l: &Lock, need_all: bool) -> Result<Parsed, ApiError> {
    let pd = &ctx.pd;
    let pin = match opt_str(pd, "password").filter(|s| !s.is_empty()) {
        Some(hex) => {
            let pin = decrypt_pin(&hex, &l.local_key)
                .ok_or_else(|| ApiError::param("password does not decrypt with this lock's key"))?;
            if pin.len() != pin_len(l) || !pin.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ApiError::param(format!(
                    "password must be {} digits",
                    pin_len(l)
                )));
            }
            Some(pin)
        }
        None if need_all => return Err(ApiError::param("password is required")),
        None => None,
    };
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
    let schedule = if pd.get("schedule").is_some() {
        Some(parse_schedule(pd)?)
    } else {
        None
    };
    Ok(Parsed {
        pin,
        name,
        from,
        to,
        avail,
        schedule,
    })
}

fn check_window(from: i64, to: i64, now: i64) -> Result<(), ApiError> {
    if from >= to {
        return Err(ApiError::param("invalidTime must be after effectiveTime"));
    }
    if to <= now {
        return Err(ApiError::param("the window has already ended"));
    }
    Ok(())
}

fn duplicate(l: &Lock, pin: &str, except: Option<i64>, now: i64) -> bool {
    l.temp_passwords
        .iter()
        .any(|p| !p.removed && Some(p.id) != except && p.pin == pin && status(p, now) != 5)
}

pub fn create(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let l = ctx.lock()?.clone();
    let p = parse(ctx, &l, true)?;
    let (from, to, pin) = (
        p.from.unwrap_or(0),
        p.to.unwrap_or(0),
        p.pin.clone().unwrap_or_default(),
    );
    check_window(from, to, ctx.now)?;
    if duplicate(&l, &pin, None, ctx.now) {
        return Err(ApiError::param(
            "another active temporary password has this PIN",
        ));
    }
    let id = ctx.world.next_id();
    let pd = ctx.pd.clone();
    let lock = ctx.lock_mut()?;
    let sn = opt_int(&pd, "sn")?
        .unwrap_or_else(|| lock.temp_passwords.iter().map(|p| p.sn).max().unwrap_or(0) + 1);
    lock.temp_passwords.push(TempPassword {
        id,
        sn,
        name: p.name.unwrap_or_default(),
        pin,
        effective_time: from,
        invalid_time: to,
        avail_time: p.avail.unwrap_or(0),
        schedule: p.schedule.unwrap_or_default(),
        phone: opt_str(&pd, "phone").unwrap_or_default(),
        country_code: opt_str(&pd, "countryCode").unwrap_or_default(),
        used: false,
        removed: false,
    });
    Ok(json!(true))
}

pub fn validate(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let l = ctx.lock()?.clone();
    let p = parse(ctx, &l, true)?;
    check_window(p.from.unwrap_or(0), p.to.unwrap_or(0), ctx.now)?;
    Ok(json!(!duplicate(
        &l,
        p.pin.as_deref().unwrap_or(""),
        None,
        ctx.now
    )))
}

fn pwd_id(pd: &Value) -> Result<i64, ApiError> {
    match opt_int(pd, "pwdId")? {
        Some(i) => Ok(i),
        None => req_int(pd, "id"),
    }
}

/// Bluetooth `temppwd.update`. The seed lists no id field; we take `pwdId` (as `remove` does),
/// or `id`, and change only the fields given.
pub fn update(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let id = pwd_id(&ctx.pd)?;
    let l = ctx.lock()?.clone();
    let p = parse(ctx, &l, false)?;
    let now = ctx.now;
    let existing = l
        .temp_passwords
        .iter()
        .find(|t| t.id == id && !t.removed)
        .ok_or_else(|| ApiError::param(format!("no temporary password {id}")))?;
    let from = p.from.unwrap_or(existing.effective_time);
    let to = p.to.unwrap_or(existing.invalid_time);
    if p.from.is_some() || p.to.is_some() {
        check_window(from, to, now)?;
    }
    if let Some(pin) = &p.pin {
        if duplicate(&l, pin, Some(id), now) {
            return Err(ApiError::param(
                "another active temporary password has this PIN",
            ));
        }
    }
    let pd = ctx.pd.clone();
    let lock = ctx.lock_mut()?;
    let t = lock
        .temp_passwords
        .iter_mut()
        .find(|t| t.id == id)
        .ok_or_else(|| ApiError::param("gone"))?;
    if let Some(pin) = p.pin {
        t.pin = pin;
    }
    if let Some(n) = p.name {
        t.name = n;
    }
    t.effective_time = from;
    t.invalid_time = to;
    if let Some(a) = p.avail {
        t.avail_time = a;
    }
    if let Some(s) = p.schedule {
        t.schedule = s;
    }
    if let Some(ph) = opt_str(&pd, "phone") {
        t.phone = ph;
    }
    if let Some(cc) = opt_str(&pd, "countryCode") {
        t.country_code = cc;
    }
    Ok(json!(true))
}

pub fn rename(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let id = pwd_id(&ctx.pd)?;
    let name = req_str(&ctx.pd, "name")?.trim().to_string();
    if name.is_empty() || name.chars().count() > 32 {
        return Err(ApiError::param("name must be 1 to 32 characters"));
    }
    let l = ctx.lock_mut()?;
    let t = l
        .temp_passwords
        .iter_mut()
        .find(|t| t.id == id && !t.removed)
        .ok_or_else(|| ApiError::param(format!("no temporary password {id}")))?;
    t.name = name;
    Ok(json!(true))
}

/// Wi-Fi `temppwd.del` takes `id`, Bluetooth `temppwd.remove` takes `pwdId`.
pub fn remove(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let id = if ctx.params.get("a").map(String::as_str) == Some("tuya.m.device.lock.temppwd.del") {
        req_int(&ctx.pd, "id")?
    } else {
        req_int(&ctx.pd, "pwdId")?
    };
    let l = ctx.lock_mut()?;
    let t = l
        .temp_passwords
        .iter_mut()
        .find(|t| t.id == id && !t.removed)
        .ok_or_else(|| ApiError::param(format!("no temporary password {id}")))?;
    t.removed = true;
    Ok(json!(true))
}

/// An 8-digit dynamic password, good for 5 minutes; the same one is returned while it lasts.
pub fn dynamic(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let now = ctx.now;
    let l = ctx.lock_mut()?;
    let pwd = match &l.dynamic_password {
        Some((p, exp)) if *exp > now => p.clone(),
        _ => {
            let h = format!(
                "{:x}",
                md5::compute(format!("{}{}{}", l.dev_id, l.local_key, now))
            );
            let n = u64::from_str_radix(&h[..12], 16).unwrap_or(0) % 100_000_000;
            let p = format!("{n:08}");
            l.dynamic_password = Some((p.clone(), now + 300));
            p
        }
    };
    Ok(json!({ "dynamicPassword": pwd }))
}

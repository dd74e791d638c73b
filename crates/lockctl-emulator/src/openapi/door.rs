//! At the door: the dynamic password, remote unlock settings and remote opening with a ticket,
//! offline passwords and their clear codes.
//!
//! As the cloud does: offline-password names of more than 20 characters answer 1031, one-time
//! and clear codes are limited per lock and hour (1067 past it), windows of multiple-use codes
//! are rounded down to the hour.

use serde_json::{json, Value};

use super::{errors::OaError, Ctx};
use crate::world::{Access, NewOfflineCode, OfflineKind};

/// Offline-password names the cloud takes, characters.
pub const OFFLINE_NAME_MAX: usize = 20;

/// `GET /v1.0/devices/{id}/door-lock/dynamic-password`.
pub fn dynamic(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (dev, uid) = ctx.who()?;
    let p = ctx.world.dynamic_password(&dev, &uid, ctx.now)?;
    Ok(json!({ "dynamic_password": p }))
}

/// `GET /v1.0/devices/{id}/door-lock/remote-unlocks`: a list, as real answers are.
pub fn remote_settings(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (l, _) = ctx.lock()?;
    Ok(json!([
        { "remote_unlock_type": "remoteUnlockWithoutPwd", "open": l.remote_unlock_allowed },
        { "remote_unlock_type": "remoteUnlockWithPwd", "open": false },
    ]))
}

fn bool_field(body: &Value, k: &str) -> Result<bool, OaError> {
    match body.get(k) {
        Some(Value::Bool(b)) => Ok(*b),
        None | Some(Value::Null) => Err(OaError::param_empty(k)),
        Some(_) => Err(OaError::illegal(format!("{k} must be true or false"))),
    }
}

fn str_field(body: &Value, k: &str) -> Result<String, OaError> {
    body.get(k)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .ok_or_else(|| OaError::param_empty(k))
}

/// `POST /v1.0/devices/{id}/door-lock/remote-unlock/config` `{remote_unlock_type, open}`: the
/// emulated locks open remotely without a password only.
pub fn remote_config(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (dev, uid) = ctx.who()?;
    let kind = str_field(&ctx.body, "remote_unlock_type")?;
    let open = bool_field(&ctx.body, "open")?;
    match kind.as_str() {
        "remoteUnlockWithoutPwd" => {}
        "remoteUnlockWithPwd" => return Err(OaError::new(2008, "command or value not support")),
        _ => return Err(OaError::illegal("remote_unlock_type")),
    }
    ctx.world.lock_as(&dev, &uid, Access::Admin)?;
    ctx.world.set_lock_switches(&dev, None, Some(open))?;
    Ok(json!(true))
}

/// Open or lock with a ticket. An offline lock answers 2001 before the ticket is used, so that
/// it still serves once the lock is back (within its lifetime).
fn operate(ctx: &mut Ctx, open: bool) -> Result<Value, OaError> {
    let (dev, uid) = ctx.who()?;
    let ticket_id = str_field(&ctx.body, "ticket_id")?;
    if ctx.world.lock(&dev).is_some_and(|l| !l.online) {
        return Err(OaError::offline());
    }
    ctx.face
        .tickets
        .take(&ctx.project.access_id, &dev, &ticket_id, ctx.now)?;
    ctx.world.remote_unlock(&dev, &uid, open, ctx.now)?;
    Ok(json!(true))
}

/// `POST /v1.0/smart-lock/devices/{id}/password-free/door-operate` `{ticket_id, open}`.
pub fn door_operate(ctx: &mut Ctx) -> Result<Value, OaError> {
    let open = bool_field(&ctx.body, "open")?;
    operate(ctx, open)
}

/// `POST /v1.0/devices/{id}/door-lock/password-free/open-door` `{ticket_id}` (unlock only).
pub fn open_door(ctx: &mut Ctx) -> Result<Value, OaError> {
    operate(ctx, true)
}

/// `POST /v1.0/devices/{id}/door-lock/open-door` (with a password): the emulated locks do not
/// offer it.
pub fn open_door_with_password(ctx: &mut Ctx) -> Result<Value, OaError> {
    ctx.who()?;
    Err(OaError::not_supported())
}

fn seconds(body: &Value, k: &str) -> Result<Option<i64>, OaError> {
    match body.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_i64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
            .filter(|t| (0..100_000_000_000).contains(t))
            .map(Some)
            .ok_or_else(|| OaError::illegal(format!("{k} must be Unix seconds"))),
    }
}

/// A multiple-use code's window, both ends rounded down to the hour.
fn hour_window(body: &Value) -> Result<(i64, i64), OaError> {
    let from =
        seconds(body, "effective_time")?.ok_or_else(|| OaError::param_empty("effective_time"))?;
    let to = seconds(body, "invalid_time")?.ok_or_else(|| OaError::param_empty("invalid_time"))?;
    let (from, to) = (from - from % 3600, to - to % 3600);
    if from >= to {
        return Err(OaError::illegal(
            "invalid_time must be at least an hour after effective_time",
        ));
    }
    Ok((from, to))
}

/// The offline code just issued, as the create endpoints answer it.
fn issued(ctx: &Ctx, dev: &str, id: i64) -> Result<Value, OaError> {
    let l = ctx.world.lock(dev).ok_or_else(OaError::no_device)?;
    let p = l
        .offline_passwords
        .iter()
        .find(|p| p.pwd_id == id)
        .ok_or_else(|| OaError::system("the new offline password is missing"))?;
    Ok(json!({
        "offline_temp_password_id": p.pwd_id, "offline_temp_password": p.pwd,
        "offline_temp_password_name": p.pwd_name, "effective_time": p.gmt_start,
        "invalid_time": p.gmt_expired,
    }))
}

fn offline_name(body: &Value) -> Result<String, OaError> {
    let name = body
        .get("name")
        .and_then(Value::as_str)
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    if name.chars().count() > OFFLINE_NAME_MAX {
        return Err(OaError::name_too_long(OFFLINE_NAME_MAX));
    }
    Ok(name)
}

fn password_id(body: &Value) -> Result<i64, OaError> {
    match body.get("password_id") {
        None | Some(Value::Null) => Err(OaError::param_empty("password_id")),
        Some(v) => v
            .as_i64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
            .ok_or_else(|| OaError::illegal("password_id must be a number")),
    }
}

/// `POST /v1.1/devices/{id}/door-lock/offline-temp-password` `{type, name, effective_time,
/// invalid_time, password_id}`.
pub fn offline_create(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (dev, uid) = ctx.who()?;
    let b = ctx.body.clone();
    let name = offline_name(&b)?;
    let kind = match b.get("type").and_then(Value::as_str) {
        Some("multiple") => OfflineKind::Multiple,
        Some("once") => OfflineKind::Once,
        Some("clear_one") => OfflineKind::ClearOne,
        Some("clear_all") => OfflineKind::ClearAll,
        Some(_) => {
            return Err(OaError::illegal(
                "type is multiple, once, clear_one or clear_all",
            ))
        }
        None => return Err(OaError::param_empty("type")),
    };
    let id = if kind == OfflineKind::ClearOne {
        let target = password_id(&b)?;
        let (id, _) = ctx
            .world
            .revoke_offline_password(&dev, &uid, target, ctx.now)?;
        if !name.is_empty() {
            ctx.world
                .rename_offline_password(&dev, &uid, id, &name, None)?;
        }
        id
    } else {
        let window = match kind {
            OfflineKind::Multiple => Some(hour_window(&b)?),
            _ => None,
        };
        let new = NewOfflineCode {
            kind,
            window,
            name,
            mobile: String::new(),
        };
        ctx.world
            .create_offline_password(&dev, &uid, new, ctx.now)?
            .0
    };
    issued(ctx, &dev, id)
}

/// `POST /v1.0/devices/{id}/door-lock/offline-temp-password`: the older variant, a
/// multiple-use code in a window.
pub fn offline_create_v1(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (dev, uid) = ctx.who()?;
    let b = ctx.body.clone();
    let new = NewOfflineCode {
        kind: OfflineKind::Multiple,
        window: Some(hour_window(&b)?),
        name: offline_name(&b)?,
        mobile: String::new(),
    };
    let (id, _) = ctx
        .world
        .create_offline_password(&dev, &uid, new, ctx.now)?;
    issued(ctx, &dev, id)
}

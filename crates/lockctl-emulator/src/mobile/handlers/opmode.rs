//! Unlock methods: credentials enrolled at the lock (`unlockId` = `<dpId>-<n>`), attached to
//! members or waiting to be assigned.

use serde_json::{json, Value};

use super::{opt_int, req_int, req_str, str_list, Ctx};
use crate::mobile::params;
use crate::mobile::protocol::ApiError;
use crate::world::{dp, UnlockId, World, WorldError, WorldResult};

/// Parse `DP-N`.
pub fn parse_unlock_id(s: &str) -> Result<UnlockId, ApiError> {
    UnlockId::parse(s).ok_or_else(|| ApiError::param(format!("unlockId `{s}` is not DP-N")))
}

pub fn list(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let (dev, uid) = ctx.who()?;
    let user = req_str(&ctx.pd, "userId")?;
    let methods = ctx.world.member_opmodes(&dev, &uid, &user)?;
    let only = opt_int(&ctx.pd, "opmode")?;
    Ok(Value::Array(
        methods
            .into_iter()
            .filter(|o| only.is_none_or(|d| d == o.dp_id as i64))
            .map(|o| {
                let mut v = json!({
                    "devId": dev, "userId": user, "opmodeId": o.op_mode_id.to_string(), "opmode": o.dp_id.to_string(),
                    "opmodeValue": o.value.parse::<i64>().unwrap_or(0), "unlockName": o.unlock_name,
                    "unlockStatus": o.unlock_status, "phase": o.phase, "unlockAttr": o.unlock_attr,
                });
                if o.modified > 0 {
                    v["gmtModified"] = json!(o.modified * 1000);
                }
                v
            })
            .collect(),
    ))
}

pub fn get(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let l = ctx.lock()?;
    let m = l.find_member(&req_str(&ctx.pd, "userId")?)?;
    let allowed = m.allowed_dps();
    let set: Vec<Value> = dp::UNLOCK_METHODS
        .iter()
        .map(|d| json!({ "dpId": d, "status": if allowed.is_empty() || allowed.contains(d) { 1 } else { 0 } }))
        .collect();
    Ok(json!({
        "dpSet": set,
        "timeset": { "type": (m.time_type / 10).to_string(), "timeZone": m.time_zone, "settings": m.time_set },
    }))
}

pub fn preview(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let (dev, uid) = ctx.who()?;
    let user = req_str(&ctx.pd, "userId")?;
    let methods = ctx.world.member_opmodes(&dev, &uid, &user)?;
    Ok(Value::Array(
        dp::UNLOCK_METHODS
            .iter()
            .map(
                |d| json!({ "dpId": d, "count": methods.iter().filter(|o| o.dp_id == *d).count() }),
            )
            .collect(),
    ))
}

fn add(ctx: &mut Ctx) -> Result<(i64, String), ApiError> {
    let unlock = req_str(&ctx.pd, "unlockId")?;
    let id = parse_unlock_id(&unlock)?;
    if !dp::UNLOCK_METHODS.contains(&id.dp_id) {
        return Err(ApiError::param(format!(
            "DP {} is not an unlock method of this lock",
            id.dp_id
        )));
    }
    let name = params::short_name(&ctx.pd, "unlockName")?;
    let user = match req_str(&ctx.pd, "userId") {
        Ok(user) => user,
        // A missing `userId` uses up the id the method would have had: the gateway has always
        // answered so.
        Err(e) => {
            ctx.world.next_id();
            return Err(e);
        }
    };
    let (dev, uid) = ctx.who()?;
    Ok(ctx.world.add_opmode(&dev, &uid, &user, &id, &name)?)
}

pub fn add_wifi(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let (id, name) = add(ctx)?;
    Ok(json!({ "opModeId": id, "unlockName": name }))
}

pub fn add_ble(ctx: &mut Ctx) -> Result<Value, ApiError> {
    add(ctx)?;
    Ok(Value::Null)
}

pub fn rename(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let id = req_int(&ctx.pd, "opmodeId")?;
    let name = params::name(&ctx.pd, "unlockName")?;
    let (dev, uid) = ctx.who()?;
    ctx.world.rename_opmode(&dev, &uid, id, &name)?;
    Ok(json!(true))
}

pub fn remove_wifi(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let unlock = req_str(&ctx.pd, "unlockId")?;
    let id = parse_unlock_id(&unlock)?;
    let (dev, uid) = ctx.who()?;
    match ctx.world.remove_opmode(&dev, &uid, &id) {
        Err(WorldError::NotFound(_)) => Err(ApiError::param(format!("no unlock method {unlock}"))),
        r => Ok(r.map(|()| json!(true))?),
    }
}

pub fn remove_ble(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let id = req_int(&ctx.pd, "opmodeId")?;
    let user = req_str(&ctx.pd, "userId")?;
    let (dev, uid) = ctx.who()?;
    ctx.world.remove_member_opmode(&dev, &uid, &user, id)?;
    Ok(Value::Null)
}

pub fn unassigned(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let l = ctx.lock()?;
    let mut groups: Vec<Value> = Vec::new();
    for d in dp::UNLOCK_METHODS {
        let info: Vec<Value> = l
            .unassigned()
            .filter(|o| o.dp_id == d)
            .map(|o| json!({ "unlockId": o.unlock_id(), "unlockName": o.unlock_name }))
            .collect();
        if !info.is_empty() {
            groups.push(json!({ "opmode": d.to_string(), "unlockInfo": info }));
        }
    }
    Ok(Value::Array(groups))
}

/// `true` when some enrolled method waits to be assigned (docs/decisions.md).
pub fn pending(ctx: &mut Ctx) -> Result<Value, ApiError> {
    Ok(json!(ctx.lock()?.unassigned().next().is_some()))
}

/// `unlockIds` (or `unlockId`), as a list or comma separated text.
fn unlock_ids(ctx: &Ctx) -> Result<Vec<UnlockId>, ApiError> {
    let pd = &ctx.pd;
    let ids = match str_list(pd, "unlockIds")? {
        Some(v) => v,
        None => {
            str_list(pd, "unlockId")?.ok_or_else(|| ApiError::param("unlockIds is required"))?
        }
    };
    if ids.is_empty() {
        return Err(ApiError::param("unlockIds is empty"));
    }
    ids.iter().map(|s| parse_unlock_id(s)).collect()
}

/// Calls `op` with the member `userId` and the methods `unlockIds`; answers `true`.
fn on_methods(
    ctx: &mut Ctx,
    op: fn(&mut World, &str, &str, &str, &[UnlockId]) -> WorldResult<()>,
) -> Result<Value, ApiError> {
    let ids = unlock_ids(ctx)?;
    let user = req_str(&ctx.pd, "userId")?;
    let (dev, uid) = ctx.who()?;
    op(ctx.world, &dev, &uid, &user, &ids)?;
    Ok(json!(true))
}

pub fn allocate(ctx: &mut Ctx) -> Result<Value, ApiError> {
    on_methods(ctx, World::allocate_opmodes)
}

pub fn bind_records(ctx: &mut Ctx) -> Result<Value, ApiError> {
    on_methods(ctx, World::bind_records)
}

/// `dpValue` is the number after `-`, or the whole unlockId (docs/decisions.md).
fn hijack(ctx: &mut Ctx, on: bool) -> Result<Value, ApiError> {
    let d = req_int(&ctx.pd, "dpId")?;
    let raw = req_str(&ctx.pd, "dpValue")?;
    let n = match raw.split_once('-') {
        Some((_, n)) => n.to_string(),
        None => raw,
    };
    let dp_id = u32::try_from(d).map_err(|_| ApiError::param("dpId out of range"))?;
    let (dev, uid) = ctx.who()?;
    ctx.world
        .set_duress(&dev, &uid, &UnlockId { dp_id, n }, on)?;
    Ok(json!(true))
}

pub fn hijack_set(ctx: &mut Ctx) -> Result<Value, ApiError> {
    hijack(ctx, true)
}

pub fn hijack_unset(ctx: &mut Ctx) -> Result<Value, ApiError> {
    hijack(ctx, false)
}

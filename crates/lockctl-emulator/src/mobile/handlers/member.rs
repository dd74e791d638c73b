//! Lock members: family members (administrators and members with an account) and panel members
//! (people known only to the lock).

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use serde_json::{json, Value};

use super::{opt_int, opt_str, paging, req_int, req_str, Ctx};
use crate::mobile::protocol::ApiError;
use crate::world::delivery::{DeliveryState, Target};
use crate::world::members::check_name;
use crate::world::{dp, Lock, Member, MemberUpdate, NewMember, World};

/// `userTimeSet`: base64 of one byte of timeType followed by the bytes of the hex timeSet.
pub fn user_time_set(m: &Member) -> String {
    let mut bytes = vec![m.time_type as u8];
    bytes.extend(hex::decode(&m.time_set).unwrap_or_default());
    BASE64.encode(&bytes)
}

/// A member as the lists answer it; `gmtModified` (milliseconds) once a write to it was made.
fn member_json(l: &Lock, m: &Member, radio_wifi: bool) -> Value {
    let mut v = member_fields(l, m, radio_wifi);
    if m.modified > 0 {
        v["gmtModified"] = json!(m.modified * 1000);
    }
    v
}

fn member_fields(l: &Lock, m: &Member, radio_wifi: bool) -> Value {
    if radio_wifi {
        json!({
            "userId": m.user_id,
            "avatarUrl": m.avatar_url,
            "userContact": m.user_contact,
            "unlockList": l.unlock_names(&m.user_id),
            "userType": m.user_type.to_string(),
            "nickName": m.nick_name,
        })
    } else {
        json!({
            "userId": m.user_id,
            "lockUserId": m.lock_user_id,
            "userContact": m.user_contact,
            "nickName": m.nick_name,
            "avatarUrl": m.avatar_url,
            "userType": m.user_type.to_string(),
            "shareUser": m.share_account,
            "shareRelationId": m.share_relation_id,
            "supportOpenType": m.open_types(),
            "productAttribute": 1,
            "userTimeSet": user_time_set(m),
            "timeType": m.time_type,
            "status": m.status,
            "phase": m.phase,
            "unlockList": l.unlock_names(&m.user_id),
        })
    }
}

fn list(ctx: &Ctx, family: bool, offset: usize, limit: usize) -> Result<Value, ApiError> {
    let l = ctx.lock()?;
    let wifi = l.is_wifi();
    Ok(Value::Array(
        l.members
            .iter()
            .filter(|m| m.is_family() == family)
            .skip(offset)
            .take(limit)
            .map(|m| {
                let mut v = member_json(l, m, wifi);
                if !wifi {
                    delivery_fields(ctx.world, l, m, &mut v);
                }
                v
            })
            .collect(),
    ))
}

/// A Bluetooth or Zigbee member the lock has not taken: `lockUserId` 0 (the lock has given it
/// no number yet) while on its way; `status` 0 (invalid) as well once the lock refused it.
fn delivery_fields(world: &World, l: &Lock, m: &Member, v: &mut Value) {
    let target = Target::Member {
        user_id: m.user_id.clone(),
    };
    match world.delivery_state(&l.dev_id, &target) {
        None => {}
        Some(DeliveryState::Pending(_)) => v["lockUserId"] = json!(0),
        Some(DeliveryState::Refused { .. }) => {
            v["lockUserId"] = json!(0);
            v["status"] = json!(0);
        }
    }
}

pub fn family_list(ctx: &mut Ctx) -> Result<Value, ApiError> {
    list(ctx, true, 0, usize::MAX)
}

pub fn panel_list(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let (offset, limit) = paging(&ctx.pd, 50)?;
    list(ctx, false, offset, limit)
}

pub fn count(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let (dev, uid) = ctx.who()?;
    let members = ctx.world.members(&dev, &uid)?;
    let family = members.iter().filter(|m| m.is_family()).count();
    Ok(json!({ "familyUser": family, "panelUser": members.len() - family }))
}

pub fn me(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let (dev, uid) = ctx.who()?;
    let m = ctx.world.my_member(&dev, &uid)?;
    let mut v = member_json(ctx.lock()?, m, false);
    v["allOpenType"] = json!(dp::UNLOCK_METHODS);
    Ok(v)
}

/// The lock and the member named by `userId`.
fn lock_and_member<'a>(ctx: &'a Ctx) -> Result<(&'a Lock, &'a Member), ApiError> {
    let l = ctx.lock()?;
    let id = req_str(&ctx.pd, "userId")?;
    Ok((l, l.find_member(&id)?))
}

pub fn detail_wifi(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let (l, m) = lock_and_member(ctx)?;
    let mut groups: Vec<Value> = Vec::new();
    for d in dp::UNLOCK_METHODS {
        let list: Vec<Value> = l
            .opmodes_of(&m.user_id)
            .filter(|o| o.dp_id == d)
            .map(|o| json!({ "devId": l.dev_id, "unlockId": o.unlock_id(), "unlockName": o.unlock_name, "unlockAttr": o.unlock_attr, "opModeId": o.op_mode_id }))
            .collect();
        if !list.is_empty() {
            groups.push(json!({ "dpId": d, "unlockList": list }));
        }
    }
    Ok(json!({
        "userId": m.user_id, "avatarUrl": m.avatar_url, "userContact": m.user_contact,
        "userType": m.user_type.to_string(), "nickName": m.nick_name, "unlockDetail": groups,
    }))
}

pub fn detail_ble(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let (l, m) = lock_and_member(ctx)?;
    Ok(json!({
        "userId": m.user_id, "avatarUrl": m.avatar_url, "userContact": m.user_contact,
        "unlockList": l.unlock_names(&m.user_id), "userType": m.user_type.to_string(),
        "supportOpenType": m.open_types(), "nickName": m.nick_name,
        "userTimeSet": user_time_set(m), "timeType": m.time_type, "status": m.status, "phase": m.phase,
    }))
}

pub fn add_wifi(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let pd = &ctx.pd;
    let name = check_name(&req_str(pd, "name")?)?;
    let height = match opt_int(pd, "height") {
        Ok(h) => h.unwrap_or(0),
        // A malformed `height` uses up the id the member would have had: the gateway has always
        // answered so.
        Err(e) => {
            ctx.world.next_id();
            return Err(e);
        }
    };
    let new = NewMember {
        name,
        avatar_url: opt_str(pd, "avatar").unwrap_or_default(),
        sex: opt_str(pd, "sex").unwrap_or_default(),
        birthday: opt_str(pd, "birthday").unwrap_or_default(),
        height,
        ..NewMember::default()
    };
    let (dev, uid) = ctx.who()?;
    let id = ctx.world.add_member(&dev, &uid, new)?;
    Ok(json!({ "userId": id }))
}

pub fn add_ble(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let pd = &ctx.pd;
    let new = NewMember {
        name: check_name(&req_str(pd, "userName")?)?,
        time_type: opt_int(pd, "timeType")?,
        time_set: opt_str(pd, "timeSet").unwrap_or_default(),
        avatar_url: opt_str(pd, "avatar").unwrap_or_default(),
        op_mode: opt_str(pd, "opMode").unwrap_or_default(),
        ..NewMember::default()
    };
    let (dev, uid) = ctx.who()?;
    ctx.world.add_member(&dev, &uid, new)?;
    Ok(json!(true))
}

pub fn update(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let pd = &ctx.pd;
    let name = opt_str(pd, "userName")
        .map(|n| check_name(&n))
        .transpose()?;
    let time_type = match opt_int(pd, "timeSetType")? {
        Some(t) => Some(t),
        None => opt_int(pd, "timeType")?,
    };
    let up = MemberUpdate {
        name,
        time_type,
        time_set: opt_str(pd, "timeSet"),
        avatar_url: opt_str(pd, "avatar"),
        op_mode: opt_str(pd, "opMode"),
        time_zone: opt_str(pd, "timeZone"),
    };
    let user = req_str(pd, "userId")?;
    let (dev, uid) = ctx.who()?;
    ctx.world.update_member(&dev, &uid, &user, up)?;
    Ok(json!(true))
}

/// Calls `op` with the member named by `field`; answers `true`.
fn on_member(
    ctx: &mut Ctx,
    field: &str,
    op: impl FnOnce(&mut crate::world::World, &str, &str, &str) -> crate::world::WorldResult<()>,
) -> Result<Value, ApiError> {
    let user = req_str(&ctx.pd, field)?;
    let (dev, uid) = ctx.who()?;
    op(ctx.world, &dev, &uid, &user)?;
    Ok(json!(true))
}

pub fn remove(ctx: &mut Ctx) -> Result<Value, ApiError> {
    on_member(ctx, "userId", |w, d, u, m| w.remove_member(d, u, m))
}

pub fn upgrade(ctx: &mut Ctx) -> Result<Value, ApiError> {
    on_member(ctx, "userId", |w, d, u, m| w.upgrade_member(d, u, m))
}

/// The member's number at the lock: 0 until the lock has taken the member.
pub fn lock_id(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let (l, m) = lock_and_member(ctx)?;
    let target = Target::Member {
        user_id: m.user_id.clone(),
    };
    if ctx.world.delivery_state(&l.dev_id, &target).is_some() {
        return Ok(json!(0));
    }
    Ok(json!(m.lock_user_id))
}

pub fn share(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let account = req_str(&ctx.pd, "userAccount")?;
    on_member(ctx, "shareUserId", |w, d, u, m| {
        w.share_member(d, u, m, &account)
    })
}

pub fn unshare(ctx: &mut Ctx) -> Result<Value, ApiError> {
    on_member(ctx, "shareUserId", |w, d, u, m| w.unshare_member(d, u, m))
}

pub fn phase(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let operate = req_int(&ctx.pd, "operate")?;
    if operate != 0 && operate != 1 {
        return Err(ApiError::param(
            "operate must be 0 (freeze) or 1 (unfreeze)",
        ));
    }
    on_member(ctx, "userId", |w, d, u, m| {
        w.set_member_frozen(d, u, m, operate == 0)
    })
}

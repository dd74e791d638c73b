//! Members and their unlock methods: device members (`/v1.0/devices/{id}/users`, every lock),
//! lock users and unlock methods (`/v1.0/smart-lock/...`, which Bluetooth locks do not serve:
//! they answer 2009), and a member's assigned keys.

use serde_json::{json, Value};

use super::records::{dp_code, dp_filter, pages, paging};
use super::{errors::OaError, Ctx};
use crate::world::delivery::Target;
use crate::world::{Lock, Member, MemberUpdate, NewMember, OpMode, World, WorldError};

fn sex(m: &Member) -> i64 {
    m.sex.trim().parse().unwrap_or(0)
}

fn device_member_json(m: &Member) -> Value {
    json!({
        "user_id": m.user_id, "nick_name": m.nick_name, "sex": sex(m), "birthday": m.birthday,
        "height": m.height, "weight": 0, "contact": m.user_contact, "avatar_url": m.avatar_url,
    })
}

fn no_user(e: WorldError) -> OaError {
    match e {
        WorldError::NotFound(_) => OaError::no_user(),
        e => e.into(),
    }
}

/// `GET /v1.0/devices/{id}/users`.
pub fn device_members(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (l, _) = ctx.lock()?;
    Ok(l.members.iter().map(device_member_json).collect())
}

/// `GET /v1.0/devices/{id}/users/{user_id}`.
pub fn device_member(ctx: &mut Ctx) -> Result<Value, OaError> {
    let user = ctx.arg(1);
    let (l, _) = ctx.lock()?;
    Ok(device_member_json(l.find_member(&user).map_err(no_user)?))
}

/// `sex` of a body: 1 or 2 (absent: unchanged).
fn body_sex(body: &Value) -> Result<Option<String>, OaError> {
    match body.get("sex") {
        None | Some(Value::Null) => Ok(None),
        Some(v) => match v
            .as_i64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
        {
            Some(s @ (1 | 2)) => Ok(Some(s.to_string())),
            _ => Err(OaError::illegal("sex must be 1 or 2")),
        },
    }
}

/// Set what the world's member operations do not take: the contact and the sex.
fn set_extras(ctx: &mut Ctx, dev: &str, user: &str) -> Result<(), OaError> {
    let contact = ctx
        .body
        .get("contact")
        .and_then(Value::as_str)
        .map(str::to_string);
    let sex = body_sex(&ctx.body)?;
    let l = ctx.world.lock_mut(dev).ok_or_else(OaError::no_device)?;
    let m = l.find_member_mut(user).map_err(no_user)?;
    if let Some(c) = contact {
        m.user_contact = c;
    }
    if let Some(s) = sex {
        m.sex = s;
    }
    Ok(())
}

/// `POST /v1.0/devices/{id}/user` `{nick_name, sex, contact?}`: the new user id.
pub fn add(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (dev, uid) = ctx.who()?;
    let name = ctx
        .body
        .get("nick_name")
        .and_then(Value::as_str)
        .ok_or_else(|| OaError::param_empty("nick_name"))?
        .to_string();
    body_sex(&ctx.body)?;
    let new = NewMember {
        name,
        ..NewMember::default()
    };
    let id = ctx.world.add_member(&dev, &uid, new)?;
    set_extras(ctx, &dev, &id)?;
    Ok(json!(id))
}

/// `PUT /v1.0/devices/{id}/users/{user_id}` `{nick_name?, sex?, contact?}`.
pub fn update(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (dev, uid) = ctx.who()?;
    let user = ctx.arg(1);
    body_sex(&ctx.body)?;
    let up = MemberUpdate {
        name: ctx
            .body
            .get("nick_name")
            .and_then(Value::as_str)
            .map(str::to_string),
        ..MemberUpdate::default()
    };
    ctx.world
        .update_member(&dev, &uid, &user, up)
        .map_err(no_user)?;
    set_extras(ctx, &dev, &user)?;
    Ok(json!(true))
}

/// `DELETE /v1.0/devices/{id}/users/{user_id}`.
pub fn remove(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (dev, uid) = ctx.who()?;
    let user = ctx.arg(1);
    ctx.world
        .remove_member(&dev, &uid, &user)
        .map_err(no_user)?;
    Ok(json!(true))
}

/// The lock-user type: 50 the owner, 10 another administrator, 20 a member.
fn user_type(l: &Lock, m: &Member) -> i64 {
    match m.user_type {
        10 if m.account_uid.as_deref() == Some(l.owner.as_str()) => 50,
        10 => 10,
        _ => 20,
    }
}

/// The smart-lock endpoints serve Wi-Fi and Zigbee locks.
fn serves_lock_users(l: &Lock) -> Result<(), OaError> {
    if l.radio() == "ble" {
        return Err(OaError::device_not_supported());
    }
    Ok(())
}

fn schedule_info(m: &Member) -> Value {
    let b = hex::decode(&m.time_set).unwrap_or_default();
    let be = |s: &[u8]| s.iter().fold(0i64, |a, x| a << 8 | *x as i64);
    match (m.time_type, b.len()) {
        (20, 8) | (30, 13) => json!({
            "permanent": false, "effective_time": be(&b[0..4]), "expired_time": be(&b[4..8]),
            "schedule_details": if b.len() == 13 {
                json!([{ "working_day": b[8], "start_minute": be(&b[9..11]), "end_minute": be(&b[11..13]) }])
            } else { json!([]) },
        }),
        _ => json!({ "permanent": true }),
    }
}

fn opmode_brief(o: &OpMode) -> Value {
    json!({ "unlock_sn": o.value.parse::<i64>().unwrap_or(0), "unlock_name": o.unlock_name,
            "unlock_attr": o.unlock_attr, "phase": o.phase })
}

/// Whether a member is on the lock: members of Bluetooth and Zigbee locks reach it later, or are
/// refused; until then they have no number there (`lock_user_id` 0) and are not in effect.
fn on_lock(world: &World, l: &Lock, m: &Member) -> bool {
    let target = Target::Member {
        user_id: m.user_id.clone(),
    };
    world.delivery_state(&l.dev_id, &target).is_none()
}

fn lock_user_json(world: &World, l: &Lock, m: &Member, codes: &Option<Vec<u32>>) -> Value {
    let mut detail: Vec<Value> = vec![];
    for d in crate::world::dp::UNLOCK_METHODS {
        if codes.as_ref().is_some_and(|c| !c.contains(&d)) {
            continue;
        }
        let list: Vec<Value> = l
            .opmodes_of(&m.user_id)
            .filter(|o| o.dp_id == d)
            .map(opmode_brief)
            .collect();
        if !list.is_empty() {
            detail.push(json!({ "dp_code": dp_code(d), "count": list.len(), "unlock_list": list }));
        }
    }
    let on_lock = on_lock(world, l, m);
    let mut v = json!({
        "user_id": m.user_id, "nick_name": m.nick_name, "user_type": user_type(l, m),
        "lock_user_id": if on_lock { m.lock_user_id } else { 0 },
        "user_contact": m.user_contact, "avatar_url": m.avatar_url,
        "effective_flag": i64::from(on_lock && m.phase == 1 && m.status == 1),
        "time_schedule_info": schedule_info(m), "uid": m.account_uid.clone().unwrap_or_default(),
        "unlock_detail": detail,
    });
    if m.modified > 0 {
        v["update_time"] = json!(m.modified);
    }
    v
}

/// A page of `rows` as the smart-lock endpoints answer it.
fn paged(rows: Vec<Value>, offset: usize, size: usize) -> Value {
    let total = rows.len();
    let records: Vec<Value> = rows.into_iter().skip(offset).take(size).collect();
    json!({
        "total": total, "total_pages": pages(total, size),
        "has_more": offset.saturating_add(size) < total, "records": records,
    })
}

/// `GET /v1.0/smart-lock/devices/{id}/users?codes=C&page_no=1&page_size=N`.
pub fn lock_users(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (offset, size) = paging(ctx, 20)?;
    let codes = dp_filter(ctx.q("codes"));
    let (l, _) = ctx.lock()?;
    serves_lock_users(l)?;
    let rows = l
        .members
        .iter()
        .map(|m| lock_user_json(ctx.world, l, m, &codes))
        .collect();
    Ok(paged(rows, offset, size))
}

/// `phase` and `delivery_status` of a method: frozen 3; assigned on a Bluetooth or Zigbee lock
/// and on its way, 10 (to be created) and 1; refused by the lock, 7 (failed) and 3; else 1 and 2.
fn opmode_phase(o: &OpMode) -> (i64, i64) {
    match (o.phase, o.unlock_status) {
        (3, _) => (3, 2),
        (_, 10) => (10, 1),
        (_, 30) => (7, 3),
        _ => (1, 2),
    }
}

fn opmode_json(l: &Lock, m: &Member, o: &OpMode) -> Value {
    let (phase, delivery) = opmode_phase(o);
    let mut v = json!({
        "user_id": m.user_id, "user_name": m.nick_name, "user_type": user_type(l, m),
        "lock_user_id": m.lock_user_id, "dp_code": dp_code(o.dp_id),
        "unlock_sn": o.value.parse::<i64>().unwrap_or(0), "unlock_name": o.unlock_name,
        "unlock_attr": o.unlock_attr, "phase": phase, "delivery_status": delivery, "voice_attr": 0, "operate": Value::Null, "allocate_flag": 1,
        "op_mode_id": o.op_mode_id,
    });
    if o.modified > 0 {
        v["update_time"] = json!(o.modified);
    }
    v
}

/// `GET /v1.0/smart-lock/devices/{id}/opmodes/{user_id}?codes=C&unlock_name=&page_no&page_size`.
pub fn opmodes(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (offset, size) = paging(ctx, 20)?;
    let codes = dp_filter(ctx.q("codes"));
    let name = ctx.q("unlock_name").map(str::to_string);
    let user = ctx.arg(1);
    let (l, _) = ctx.lock()?;
    serves_lock_users(l)?;
    let m = l.find_member(&user).map_err(no_user)?;
    let rows = l
        .opmodes_of(&m.user_id)
        .filter(|o| codes.as_ref().is_none_or(|c| c.contains(&o.dp_id)))
        .filter(|o| {
            name.as_ref()
                .is_none_or(|n| o.unlock_name.contains(n.as_str()))
        })
        .map(|o| opmode_json(l, m, o))
        .collect();
    Ok(paged(rows, offset, size))
}

/// `GET /v1.0/devices/{id}/door-lock/user-types/{1|2}/users/{user_id}/assigned-keys`: type 1
/// names family members (administrators and members with an account), 2 the others.
pub fn assigned_keys(ctx: &mut Ctx) -> Result<Value, OaError> {
    let kind = ctx.arg(1);
    let user = ctx.arg(2);
    let (l, _) = ctx.lock()?;
    let m = l.find_member(&user).map_err(no_user)?;
    let family = match kind.as_str() {
        "1" => true,
        "2" => false,
        _ => return Err(OaError::illegal("user type is 1 (home) or 2 (non-home)")),
    };
    if m.is_family() != family {
        return Err(OaError::no_user());
    }
    let keys: Vec<Value> = l
        .opmodes_of(&m.user_id)
        .map(|o| json!({ "unlock_no": o.value.parse::<i64>().unwrap_or(0), "unlock_type": dp_code(o.dp_id), "hijack": o.unlock_attr == 1 }))
        .collect();
    Ok(json!({ "unlock_keys": keys }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_on_their_way_or_refused() {
        let o = |phase, unlock_status| OpMode {
            op_mode_id: 1,
            user_id: None,
            dp_id: 12,
            value: "1".into(),
            unlock_name: String::new(),
            unlock_attr: 0,
            phase,
            unlock_status,
            modified: 0,
        };
        assert_eq!(opmode_phase(&o(1, 20)), (1, 2));
        assert_eq!(opmode_phase(&o(1, 10)), (10, 1));
        assert_eq!(opmode_phase(&o(1, 30)), (7, 3));
        assert_eq!(opmode_phase(&o(3, 10)), (3, 2));
    }
}

//! Lock members: family members (administrators and members with an account) and panel members
//! (people known only to the lock).

use base64_lite::encode as b64;
use serde_json::{json, Value};

use super::{opt_int, opt_str, paging, req_int, req_str, Ctx};
use crate::protocol::ApiError;
use crate::world::{dp, Lock, Member};

mod base64_lite {
    /// Standard base64 with padding; tiny, and the emulator needs nothing more.
    pub fn encode(data: &[u8]) -> String {
        const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
        for c in data.chunks(3) {
            let b = [c[0], *c.get(1).unwrap_or(&0), *c.get(2).unwrap_or(&0)];
            let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
            for i in 0..4 {
                if i <= c.len() {
                    out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }
}

/// `userTimeSet`: base64 of one byte of timeType followed by the bytes of the hex timeSet.
pub fn user_time_set(m: &Member) -> String {
    let mut bytes = vec![m.time_type as u8];
    bytes.extend(hex::decode(&m.time_set).unwrap_or_default());
    b64(&bytes)
}

pub fn is_family(m: &Member) -> bool {
    m.user_type == 10 || m.user_type == 20
}

fn unlock_names(l: &Lock, user_id: &str) -> Vec<String> {
    l.opmodes
        .iter()
        .filter(|o| o.user_id.as_deref() == Some(user_id))
        .map(|o| o.unlock_name.clone())
        .collect()
}

/// Permission DPs a member may open with (`supportOpenType`), from `opMode` or all.
fn open_types(m: &Member) -> Vec<Value> {
    if m.op_mode.trim().is_empty() {
        dp::UNLOCK_METHODS.iter().map(|d| json!(d)).collect()
    } else {
        m.op_mode
            .split(',')
            .filter_map(|s| s.trim().parse::<u32>().ok())
            .map(|d| json!(d))
            .collect()
    }
}

fn member_json(l: &Lock, m: &Member, radio_wifi: bool) -> Value {
    if radio_wifi {
        json!({
            "userId": m.user_id,
            "avatarUrl": m.avatar_url,
            "userContact": m.user_contact,
            "unlockList": unlock_names(l, &m.user_id),
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
            "supportOpenType": open_types(m),
            "productAttribute": 1,
            "userTimeSet": user_time_set(m),
            "timeType": m.time_type,
            "status": m.status,
            "phase": m.phase,
            "unlockList": unlock_names(l, &m.user_id),
        })
    }
}

pub fn family_list(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let l = ctx.lock()?;
    let wifi = l.radio() == "wifi";
    Ok(Value::Array(
        l.members
            .iter()
            .filter(|m| is_family(m))
            .map(|m| member_json(l, m, wifi))
            .collect(),
    ))
}

pub fn panel_list(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let (offset, limit) = paging(&ctx.pd, 50)?;
    let l = ctx.lock()?;
    let wifi = l.radio() == "wifi";
    Ok(Value::Array(
        l.members
            .iter()
            .filter(|m| !is_family(m))
            .skip(offset)
            .take(limit)
            .map(|m| member_json(l, m, wifi))
            .collect(),
    ))
}

pub fn count(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let l = ctx.lock()?;
    let family = l.members.iter().filter(|m| is_family(m)).count();
    Ok(json!({ "familyUser": family, "panelUser": l.members.len() - family }))
}

pub fn me(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let uid = ctx.uid.clone();
    let l = ctx.lock()?;
    let m = l
        .members
        .iter()
        .find(|m| m.account_uid.as_deref() == Some(&uid))
        .ok_or_else(|| ApiError::denied("you are not a member of this lock"))?;
    let mut v = member_json(l, m, false);
    v["allOpenType"] = json!(dp::UNLOCK_METHODS);
    Ok(v)
}

fn find<'a>(l: &'a Lock, pd: &Value) -> Result<&'a Member, ApiError> {
    let id = req_str(pd, "userId")?;
    l.member(&id)
        .ok_or_else(|| ApiError::param(format!("no member {id} on this lock")))
}

pub fn detail_wifi(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let l = ctx.lock()?;
    let m = find(l, &ctx.pd)?;
    let mut groups: Vec<Value> = Vec::new();
    for d in dp::UNLOCK_METHODS {
        let list: Vec<Value> = l
            .opmodes
            .iter()
            .filter(|o| o.user_id.as_deref() == Some(&m.user_id) && o.dp_id == d)
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
    let l = ctx.lock()?;
    let m = find(l, &ctx.pd)?;
    Ok(json!({
        "userId": m.user_id, "avatarUrl": m.avatar_url, "userContact": m.user_contact,
        "unlockList": unlock_names(l, &m.user_id), "userType": m.user_type.to_string(),
        "supportOpenType": open_types(m), "nickName": m.nick_name,
        "userTimeSet": user_time_set(m), "timeType": m.time_type, "status": m.status, "phase": m.phase,
    }))
}

fn check_name(name: &str) -> Result<String, ApiError> {
    let n = name.trim();
    if n.is_empty() || n.chars().count() > 32 {
        return Err(ApiError::param("name must be 1 to 32 characters"));
    }
    Ok(n.to_string())
}

/// Check a `timeSet` against its `timeType` (layout in docs/decisions.md).
pub fn check_time_set(time_type: i64, time_set: &str) -> Result<(), ApiError> {
    let bytes = hex::decode(time_set).map_err(|_| ApiError::param("timeSet must be hex"))?;
    let be = |b: &[u8]| b.iter().fold(0i64, |a, x| a << 8 | *x as i64);
    match time_type {
        10 if bytes.is_empty() => Ok(()),
        20 | 30 => {
            let want = if time_type == 20 { 8 } else { 13 };
            if bytes.len() != want {
                return Err(ApiError::param(format!(
                    "timeSet for timeType {time_type} must be {} hex chars",
                    want * 2
                )));
            }
            if be(&bytes[0..4]) >= be(&bytes[4..8]) {
                return Err(ApiError::param("timeSet ends before it starts"));
            }
            if time_type == 30 {
                let days = bytes[8];
                let (from, to) = (be(&bytes[9..11]), be(&bytes[11..13]));
                if days == 0 || days > 0x7f || from >= to || to > 1440 {
                    return Err(ApiError::param(
                        "timeSet names no weekday or a bad daily time",
                    ));
                }
            }
            Ok(())
        }
        10 => Err(ApiError::param("a permanent member takes an empty timeSet")),
        _ => Err(ApiError::param("timeType must be 10, 20 or 30")),
    }
}

fn next_lock_user_id(l: &Lock) -> i64 {
    l.members.iter().map(|m| m.lock_user_id).max().unwrap_or(0) + 1
}

fn new_member(id: String, lock_user_id: i64, name: String) -> Member {
    Member {
        user_id: id,
        lock_user_id,
        nick_name: name,
        avatar_url: String::new(),
        user_contact: String::new(),
        user_type: 30,
        status: 1,
        phase: 1,
        time_type: 10,
        time_set: String::new(),
        time_zone: String::new(),
        account_uid: None,
        share_account: String::new(),
        share_relation_id: 0,
        op_mode: String::new(),
        sex: String::new(),
        birthday: String::new(),
        height: 0,
    }
}

pub fn add_wifi(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let name = check_name(&req_str(&ctx.pd, "name")?)?;
    let id = ctx.world.next_id().to_string();
    let pd = ctx.pd.clone();
    let l = ctx.lock_mut()?;
    let mut m = new_member(id.clone(), next_lock_user_id(l), name);
    m.avatar_url = opt_str(&pd, "avatar").unwrap_or_default();
    m.sex = opt_str(&pd, "sex").unwrap_or_default();
    m.birthday = opt_str(&pd, "birthday").unwrap_or_default();
    m.height = opt_int(&pd, "height")?.unwrap_or(0);
    l.members.push(m);
    Ok(json!({ "userId": id }))
}

pub fn add_ble(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let name = check_name(&req_str(&ctx.pd, "userName")?)?;
    let time_type = opt_int(&ctx.pd, "timeType")?.unwrap_or(10);
    let time_set = opt_str(&ctx.pd, "timeSet")
        .unwrap_or_default()
        .to_ascii_lowercase();
    check_time_set(time_type, &time_set)?;
    let id = ctx.world.next_id().to_string();
    let pd = ctx.pd.clone();
    let l = ctx.lock_mut()?;
    let mut m = new_member(id, next_lock_user_id(l), name);
    m.avatar_url = opt_str(&pd, "avatar").unwrap_or_default();
    m.op_mode = opt_str(&pd, "opMode").unwrap_or_default();
    m.time_type = time_type;
    m.time_set = time_set;
    l.members.push(m);
    Ok(json!(true))
}

fn member_mut<'a>(l: &'a mut Lock, pd: &Value) -> Result<&'a mut Member, ApiError> {
    let id = req_str(pd, "userId")?;
    l.members
        .iter_mut()
        .find(|m| m.user_id == id)
        .ok_or_else(|| ApiError::param(format!("no member {id} on this lock")))
}

pub fn update(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let pd = ctx.pd.clone();
    let name = opt_str(&pd, "userName")
        .map(|n| check_name(&n))
        .transpose()?;
    let time_type = match opt_int(&pd, "timeSetType")? {
        Some(t) => Some(t),
        None => opt_int(&pd, "timeType")?,
    };
    let time_set = opt_str(&pd, "timeSet").map(|s| s.to_ascii_lowercase());
    let l = ctx.lock_mut()?;
    let m = member_mut(l, &pd)?;
    let tt = time_type.unwrap_or(m.time_type);
    let ts = time_set.clone().unwrap_or_else(|| {
        if tt == 10 {
            String::new()
        } else {
            m.time_set.clone()
        }
    });
    if time_type.is_some() || time_set.is_some() {
        check_time_set(tt, &ts)?;
    }
    if let Some(n) = name {
        m.nick_name = n;
    }
    if let Some(a) = opt_str(&pd, "avatar") {
        m.avatar_url = a;
    }
    if let Some(o) = opt_str(&pd, "opMode") {
        m.op_mode = o;
    }
    if let Some(z) = opt_str(&pd, "timeZone") {
        m.time_zone = z;
    }
    m.time_type = tt;
    m.time_set = ts;
    Ok(json!(true))
}

pub fn remove(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let pd = ctx.pd.clone();
    let l = ctx.lock_mut()?;
    let m = member_mut(l, &pd)?;
    if m.user_type == 10 {
        return Err(ApiError::param(
            "the lock's administrator cannot be removed",
        ));
    }
    let id = m.user_id.clone();
    l.members.retain(|m| m.user_id != id);
    l.opmodes.retain(|o| o.user_id.as_deref() != Some(&id));
    Ok(json!(true))
}

pub fn upgrade(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let pd = ctx.pd.clone();
    let m = member_mut(ctx.lock_mut()?, &pd)?;
    if m.user_type != 30 {
        return Err(ApiError::param("only a panel member can be upgraded"));
    }
    m.user_type = 20;
    Ok(json!(true))
}

pub fn lock_id(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let l = ctx.lock()?;
    Ok(json!(find(l, &ctx.pd)?.lock_user_id))
}

pub fn share(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let account = req_str(&ctx.pd, "userAccount")?;
    let id = req_str(&ctx.pd, "shareUserId")?;
    let found = ctx
        .world
        .accounts
        .iter()
        .find(|a| {
            a.email.eq_ignore_ascii_case(&account)
                || (!a.phone.is_empty() && a.phone.ends_with(&account))
        })
        .map(|a| a.uid.clone());
    let relation = ctx.world.next_id();
    let l = ctx.lock_mut()?;
    let m = l
        .members
        .iter_mut()
        .find(|m| m.user_id == id)
        .ok_or_else(|| ApiError::param(format!("no member {id} on this lock")))?;
    if m.user_type != 30 {
        return Err(ApiError::param(
            "only a panel member can be shared to an account",
        ));
    }
    m.share_account = account;
    m.share_relation_id = relation;
    m.status = if found.is_some() { 1 } else { 2 };
    m.account_uid = found.clone();
    if let Some(uid) = found {
        if l.owner != uid && !l.shared_with.contains(&uid) {
            l.shared_with.push(uid);
        }
    }
    Ok(json!(true))
}

pub fn unshare(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let id = req_str(&ctx.pd, "shareUserId")?;
    let l = ctx.lock_mut()?;
    let m = l
        .members
        .iter_mut()
        .find(|m| m.user_id == id)
        .ok_or_else(|| ApiError::param(format!("no member {id} on this lock")))?;
    if m.share_account.is_empty() && m.account_uid.is_none() {
        return Err(ApiError::param("this member is not shared"));
    }
    let uid = m.account_uid.take();
    m.share_account.clear();
    m.share_relation_id = 0;
    m.status = 1;
    if let Some(uid) = uid {
        let still = l
            .members
            .iter()
            .any(|m| m.account_uid.as_deref() == Some(&uid));
        if !still {
            l.shared_with.retain(|u| *u != uid);
        }
    }
    Ok(json!(true))
}

pub fn phase(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let operate = req_int(&ctx.pd, "operate")?;
    if operate != 0 && operate != 1 {
        return Err(ApiError::param(
            "operate must be 0 (freeze) or 1 (unfreeze)",
        ));
    }
    let pd = ctx.pd.clone();
    let l = ctx.lock_mut()?;
    let m = member_mut(l, &pd)?;
    if m.user_type == 10 && operate == 0 {
        return Err(ApiError::param("the administrator cannot be frozen"));
    }
    m.phase = operate;
    let id = m.user_id.clone();
    for o in l
        .opmodes
        .iter_mut()
        .filter(|o| o.user_id.as_deref() == Some(&id))
    {
        o.phase = if operate == 0 { 3 } else { 1 };
    }
    Ok(json!(true))
}

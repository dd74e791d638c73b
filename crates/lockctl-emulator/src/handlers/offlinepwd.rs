//! Offline passwords: codes the cloud computes so that a lock with no connection accepts them.

use serde_json::{json, Value};

use super::{opt_int, opt_str, paging, req_int, req_str, Ctx};
use crate::protocol::ApiError;
use crate::world::{Lock, OfflinePassword};

/// At most this many one-time and clear codes per lock per rolling hour.
pub const HOURLY_LIMIT: usize = 10;

fn limited(t: i64) -> bool {
    matches!(t, 1 | 8 | 9)
}

fn issued_last_hour(l: &Lock, now: i64) -> usize {
    l.offline_issued.iter().filter(|t| **t > now - 3600).count()
}

fn pwd_type(pd: &Value) -> Result<i64, ApiError> {
    let t = req_int(pd, "pwdType")?;
    if !matches!(t, 0 | 1 | 8 | 9) {
        return Err(ApiError::param("pwdType must be 0, 1, 8 or 9"));
    }
    Ok(t)
}

pub fn available(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let t = pwd_type(&ctx.pd)?;
    let now = ctx.now;
    let l = ctx.lock()?;
    Ok(json!(
        !limited(t) || issued_last_hour(l, now) < HOURLY_LIMIT
    ))
}

/// A deterministic 10-digit code for this lock, type, window and issue time.
fn code(l: &Lock, t: i64, start: i64, end: i64, salt: i64) -> String {
    let h = format!(
        "{:x}",
        md5::compute(format!(
            "{}|{}|{t}|{start}|{end}|{salt}",
            l.dev_id, l.local_key
        ))
    );
    let n = u64::from_str_radix(&h[..15], 16).unwrap_or(0) % 10_000_000_000;
    format!("{n:010}")
}

fn limit_error() -> ApiError {
    ApiError::new(
        "OFFLINE_PWD_EXCEED_LIMIT",
        format!("at most {HOURLY_LIMIT} one-time or clear codes per lock per hour"),
    )
}

pub fn create(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let t = pwd_type(&ctx.pd)?;
    if t == 8 {
        return Err(ApiError::param(
            "clear codes for one password come from offlinepwd.revoke",
        ));
    }
    let now = ctx.now;
    let (start, end) = match t {
        0 => {
            let s = req_int(&ctx.pd, "gmtStart")?;
            let e = req_int(&ctx.pd, "gmtExpired")?;
            if s >= e {
                return Err(ApiError::param("gmtExpired must be after gmtStart"));
            }
            if e <= now {
                return Err(ApiError::param("the window has already ended"));
            }
            (s, e)
        }
        1 => (now, now + 6 * 3600),
        _ => (now, now + 24 * 3600),
    };
    let name = opt_str(&ctx.pd, "pwdName").unwrap_or_default();
    if name.chars().count() > 32 {
        return Err(ApiError::param("pwdName is longer than 32 characters"));
    }
    let id = ctx.world.next_id();
    let mobile = opt_str(&ctx.pd, "mobile").unwrap_or_default();
    let l = ctx.lock_mut()?;
    if limited(t) && issued_last_hour(l, now) >= HOURLY_LIMIT {
        return Err(limit_error());
    }
    let pwd = code(l, t, start, end, id);
    if limited(t) {
        l.offline_issued.push(now);
    }
    l.offline_passwords.push(OfflinePassword {
        pwd_id: id,
        pwd_type: t,
        pwd_name: if name.is_empty() {
            format!("offline {id}")
        } else {
            name
        },
        pwd: pwd.clone(),
        gmt_start: start,
        gmt_expired: end,
        created: now,
        mobile,
        has_clear_pwd: false,
        revoked_pwd_name: String::new(),
        revokes: None,
        used: false,
        cleared: false,
    });
    Ok(json!({ "pwd": pwd, "pwdId": id.to_string() }))
}

/// 0 issued (not yet in effect), 1 in effect, 3 no longer valid.
pub fn status(p: &OfflinePassword, now: i64) -> i64 {
    if p.cleared || p.used || now >= p.gmt_expired {
        3
    } else if now < p.gmt_start {
        0
    } else {
        1
    }
}

fn json_of(p: &OfflinePassword, now: i64) -> Value {
    json!({
        "pwdId": p.pwd_id, "pwdType": p.pwd_type.to_string(), "pwdName": p.pwd_name,
        "gmtStart": p.gmt_start.to_string(), "gmtExpired": p.gmt_expired.to_string(),
        "hasClearPwd": p.has_clear_pwd, "revokedPwdName": p.revoked_pwd_name, "status": status(p, now),
    })
}

pub fn list(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let t = match ctx.pd.get("pwdType") {
        Some(_) => Some(pwd_type(&ctx.pd)?),
        None => None,
    };
    let want_status = opt_int(&ctx.pd, "status")?;
    let (offset, limit) = paging(&ctx.pd, 50)?;
    let now = ctx.now;
    let l = ctx.lock()?;
    Ok(Value::Array(
        l.offline_passwords
            .iter()
            .filter(|p| t.is_none_or(|t| t == p.pwd_type || (t == 9 && p.pwd_type == 8)))
            .filter(|p| match want_status {
                Some(1) => status(p, now) != 3,
                Some(0) => status(p, now) == 3,
                _ => true,
            })
            .skip(offset)
            .take(limit)
            .map(|p| json_of(p, now))
            .collect(),
    ))
}

pub fn rename(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let id = req_int(&ctx.pd, "pwdId")?;
    let name = req_str(&ctx.pd, "pwdName")?.trim().to_string();
    if name.is_empty() || name.chars().count() > 32 {
        return Err(ApiError::param("pwdName must be 1 to 32 characters"));
    }
    let wifi =
        ctx.params.get("a").map(String::as_str) == Some("tuya.m.device.lock.offlinepwd.bind");
    let mobile = opt_str(&ctx.pd, "mobile");
    let l = ctx.lock_mut()?;
    let p = l
        .offline_passwords
        .iter_mut()
        .find(|p| p.pwd_id == id)
        .ok_or_else(|| ApiError::param(format!("no offline password {id}")))?;
    p.pwd_name = name;
    if let Some(m) = mobile {
        p.mobile = m;
    }
    Ok(if wifi { json!(true) } else { Value::Null })
}

/// A clear code for one `multiple` password. Wi-Fi answers the code as a string, Bluetooth as
/// `{pwd, pwdId}`, as their seeds show.
pub fn revoke(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let id = req_int(&ctx.pd, "pwdId")?;
    let now = ctx.now;
    let new_id = ctx.world.next_id();
    let l = ctx.lock_mut()?;
    let wifi = l.radio() == "wifi";
    if issued_last_hour(l, now) >= HOURLY_LIMIT {
        return Err(limit_error());
    }
    let target = l
        .offline_passwords
        .iter()
        .find(|p| p.pwd_id == id)
        .ok_or_else(|| ApiError::param(format!("no offline password {id}")))?;
    if target.pwd_type != 0 {
        return Err(ApiError::param(
            "only multiple-use offline passwords can be revoked",
        ));
    }
    if status(target, now) == 3 {
        return Err(ApiError::param("this offline password is no longer valid"));
    }
    if target.has_clear_pwd {
        return Err(ApiError::param(
            "this offline password already has a clear code",
        ));
    }
    let target_name = target.pwd_name.clone();
    let pwd = code(l, 8, now, now + 24 * 3600, new_id);
    l.offline_issued.push(now);
    if let Some(t) = l.offline_passwords.iter_mut().find(|p| p.pwd_id == id) {
        t.has_clear_pwd = true;
    }
    l.offline_passwords.push(OfflinePassword {
        pwd_id: new_id,
        pwd_type: 8,
        pwd_name: format!("clear {target_name}"),
        pwd: pwd.clone(),
        gmt_start: now,
        gmt_expired: now + 24 * 3600,
        created: now,
        mobile: String::new(),
        has_clear_pwd: false,
        revoked_pwd_name: target_name,
        revokes: Some(id),
        used: false,
        cleared: false,
    });
    Ok(if wifi {
        json!(pwd)
    } else {
        json!({ "pwd": pwd, "pwdId": new_id.to_string() })
    })
}

pub fn revocable(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let now = ctx.now;
    let l = ctx.lock()?;
    Ok(Value::Array(
        l.offline_passwords
            .iter()
            .filter(|p| p.pwd_type == 0 && !p.has_clear_pwd && status(p, now) != 3)
            .map(|p| json!({ "pwdId": p.pwd_id, "pwdName": p.pwd_name, "gmtStart": p.gmt_start.to_string(), "gmtExpired": p.gmt_expired.to_string() }))
            .collect(),
    ))
}

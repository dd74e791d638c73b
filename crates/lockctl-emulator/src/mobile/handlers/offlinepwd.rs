//! Offline passwords: codes the cloud computes so that a lock with no connection accepts them.

use serde_json::{json, Value};

use super::{opt_int, opt_str, paging, req_int, Ctx};
use crate::mobile::params;
use crate::mobile::protocol::ApiError;
use crate::world::offlinepwd::{code_window, status};
use crate::world::{NewOfflineCode, OfflineKind, OfflinePassword};

fn pwd_type(pd: &Value) -> Result<OfflineKind, ApiError> {
    OfflineKind::from_code(req_int(pd, "pwdType")?)
        .ok_or_else(|| ApiError::param("pwdType must be 0, 1, 8 or 9"))
}

pub fn available(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let kind = pwd_type(&ctx.pd)?;
    let (dev, uid) = ctx.who()?;
    Ok(json!(ctx
        .world
        .offline_available(&dev, &uid, kind, ctx.now)?))
}

pub fn create(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let kind = pwd_type(&ctx.pd)?;
    if kind == OfflineKind::ClearOne {
        return Err(ApiError::param(
            "clear codes for one password come from offlinepwd.revoke",
        ));
    }
    // `once` and `clear-all` codes send 0 for the window: the lock's rules set it.
    let window = match kind {
        OfflineKind::Multiple => Some((
            req_int(&ctx.pd, "gmtStart")?,
            req_int(&ctx.pd, "gmtExpired")?,
        )),
        _ => None,
    };
    code_window(kind, window, ctx.now)?;
    let name = opt_str(&ctx.pd, "pwdName").unwrap_or_default();
    if name.chars().count() > 32 {
        return Err(ApiError::param("pwdName is longer than 32 characters"));
    }
    let mobile = opt_str(&ctx.pd, "mobile").unwrap_or_default();
    let (dev, uid) = ctx.who()?;
    let new = NewOfflineCode {
        kind,
        window,
        name,
        mobile,
    };
    let (id, pwd) = ctx
        .world
        .create_offline_password(&dev, &uid, new, ctx.now)?;
    Ok(json!({ "pwd": pwd, "pwdId": id.to_string() }))
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
        Some(_) => Some(pwd_type(&ctx.pd)?.code()),
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

fn rename(ctx: &mut Ctx) -> Result<(), ApiError> {
    let id = req_int(&ctx.pd, "pwdId")?;
    let name = params::name(&ctx.pd, "pwdName")?;
    let mobile = opt_str(&ctx.pd, "mobile");
    let (dev, uid) = ctx.who()?;
    Ok(ctx
        .world
        .rename_offline_password(&dev, &uid, id, &name, mobile)?)
}

/// Wi-Fi `offlinepwd.bind` answers `true`.
pub fn rename_wifi(ctx: &mut Ctx) -> Result<Value, ApiError> {
    rename(ctx).map(|()| json!(true))
}

/// Bluetooth `offlinepwd.name.update` answers `null`.
pub fn rename_ble(ctx: &mut Ctx) -> Result<Value, ApiError> {
    rename(ctx).map(|()| Value::Null)
}

/// A clear code for one `multiple` password. Wi-Fi answers the code as a string, Bluetooth as
/// `{pwd, pwdId}` (docs/decisions.md).
pub fn revoke(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let id = req_int(&ctx.pd, "pwdId")?;
    let (dev, uid) = ctx.who()?;
    let (new_id, pwd) = ctx.world.revoke_offline_password(&dev, &uid, id, ctx.now)?;
    Ok(if ctx.lock()?.is_wifi() {
        json!(pwd)
    } else {
        json!({ "pwd": pwd, "pwdId": new_id.to_string() })
    })
}

pub fn revocable(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let now = ctx.now;
    Ok(Value::Array(
        ctx.lock()?
            .revocable(now)
            .map(|p| json!({ "pwdId": p.pwd_id, "pwdName": p.pwd_name, "gmtStart": p.gmt_start.to_string(), "gmtExpired": p.gmt_expired.to_string() }))
            .collect(),
    ))
}

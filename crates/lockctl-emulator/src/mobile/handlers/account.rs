//! Login, homes and devices. Token and session bookkeeping lives in `crate::mobile::auth`.

use serde_json::{json, Value};

use super::{opt_str, req_str, Ctx};
use crate::mobile::auth;
use crate::mobile::protocol::ApiError;
use crate::world::{Account, Lock, World};

/// The account a login names by `email`, or by `mobile` (digits) and `countryCode`.
fn find_account<'a>(world: &'a World, pd: &Value) -> Option<&'a Account> {
    if let Some(email) = opt_str(pd, "email") {
        return world.account_by_email(&email);
    }
    let mobile = opt_str(pd, "mobile")?;
    let digits: String = mobile.chars().filter(char::is_ascii_digit).collect();
    let cc = opt_str(pd, "countryCode").unwrap_or_default();
    world.account_by_phone(&digits, &cc)
}

pub fn token_create(ctx: &mut Ctx) -> Result<Value, ApiError> {
    req_str(&ctx.pd, "countryCode")?;
    let who = opt_str(&ctx.pd, "email")
        .or_else(|| opt_str(&ctx.pd, "mobile"))
        .or_else(|| opt_str(&ctx.pd, "username"))
        .filter(|s| !s.trim().is_empty());
    let who = who.ok_or_else(|| ApiError::param("email, mobile or username is required"))?;
    let token = ctx.auth.issue_token(&who, ctx.gw_now);
    let (n, e) = auth::public_key();
    Ok(json!({ "publicKey": n, "exponent": e, "token": token }))
}

pub fn password_login(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let passwd = req_str(&ctx.pd, "passwd")?;
    let encrypted = super::opt_int(&ctx.pd, "ifencrypt")?.unwrap_or(0) == 1;
    let account = find_account(ctx.world, &ctx.pd).cloned();
    let md5 = if encrypted {
        let token = req_str(&ctx.pd, "token")?;
        // A token is good for one login, for the account it was issued to.
        let who = ctx.auth.take_token(&token, ctx.gw_now).ok_or_else(|| {
            ApiError::new(
                "USER_PASSWD_WRONG",
                "login token expired, request a new one",
            )
        })?;
        let account_id = account.as_ref().map(|a| (a.email.clone(), a.phone.clone()));
        if let Some((email, phone)) = account_id {
            if !who.eq_ignore_ascii_case(&email) && !phone.ends_with(who.trim_start_matches('+')) {
                return Err(ApiError::new(
                    "USER_PASSWD_WRONG",
                    "token does not belong to this account",
                ));
            }
        }
        auth::decrypt_password(&passwd)
            .ok_or_else(|| ApiError::new("USER_PASSWD_WRONG", "password could not be decrypted"))?
    } else {
        passwd.to_ascii_lowercase()
    };
    let account = account
        .ok_or_else(|| ApiError::new("USER_PASSWD_WRONG", "account or password is wrong"))?;
    if account.passwd_md5 != md5 {
        return Err(ApiError::new(
            "USER_PASSWD_WRONG",
            "account or password is wrong",
        ));
    }
    let sid = ctx.auth.open_session(&account.uid, ctx.gw_now);
    let ecode = ctx.auth.ecode_of(&sid).unwrap_or_default();
    Ok(json!({
        "sid": sid,
        "uid": account.uid,
        "ecode": ecode,
        "email": account.email,
        "mobile": account.phone,
        "nickname": account.nickname,
        "partnerIdentity": "p1000000",
        "domain": {
            "mobileApiUrl": ctx.base_url,
            "regionCode": "EU",
            "gwApiUrl": format!("{}/gw.json", ctx.base_url),
            "mobileMqttsUrl": "127.0.0.1"
        }
    }))
}

pub fn device_json(l: &Lock) -> Value {
    json!({
        "devId": l.dev_id,
        "name": l.name,
        "localKey": l.local_key,
        "category": l.category,
        "categoryCode": l.category_code,
        "productId": l.product_id,
        "uuid": l.uuid,
        "isOnline": l.online,
        "timezoneId": l.time_zone,
        "activeTime": l.active_time,
        "ownerId": l.gid.to_string(),
        "dps": l.dps(),
    })
}

pub fn location_list(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let uid = &ctx.uid;
    let homes: Vec<Value> = ctx
        .world
        .homes_of(uid)
        .map(|h| json!({ "groupId": h.gid, "name": h.name, "admin": h.owner == *uid, "geoName": "", "lon": 0, "lat": 0 }))
        .collect();
    Ok(Value::Array(homes))
}

pub fn group_device_list(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let gid: i64 = ctx
        .params
        .get("gid")
        .ok_or_else(|| ApiError::param("gid is required"))?
        .trim()
        .parse()
        .map_err(|_| ApiError::param("gid must be a home id"))?;
    let locks = ctx.world.home_locks(gid, &ctx.uid)?;
    Ok(Value::Array(locks.into_iter().map(device_json).collect()))
}

/// `tuya.m.device.ref.info.my.list` (`gid`): one entry per product of the home's locks, its
/// schema as JSON text.
pub fn ref_info_list(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let gid: i64 = ctx
        .params
        .get("gid")
        .ok_or_else(|| ApiError::param("gid is required"))?
        .trim()
        .parse()
        .map_err(|_| ApiError::param("gid must be a home id"))?;
    let locks = ctx.world.home_locks(gid, &ctx.uid)?;
    let mut seen = std::collections::HashSet::new();
    let list: Vec<Value> = locks
        .into_iter()
        .filter(|l| seen.insert(l.product_id.clone()))
        .map(|l| {
            json!({
                "id": l.product_id,
                "name": l.category,
                "schemaInfo": { "schema": l.schema_text(), "schemaExt": "[]" },
            })
        })
        .collect();
    Ok(Value::Array(list))
}

pub fn device_get(ctx: &mut Ctx) -> Result<Value, ApiError> {
    Ok(device_json(ctx.lock()?))
}

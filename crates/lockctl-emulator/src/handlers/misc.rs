//! Voice-assistant password, remote unlock, activation dates and opmode sync.

use serde_json::{json, Map, Value};

use super::{decrypt_pin, opt_bool, opt_str, str_list, Ctx};
use crate::protocol::ApiError;
use crate::world::{dp, Record};

pub fn voice_flag(ctx: &mut Ctx) -> Result<Value, ApiError> {
    Ok(json!(ctx.lock()?.voice_enabled))
}

pub fn voice_setting(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let open = opt_bool(&ctx.pd, "open")?.ok_or_else(|| ApiError::param("open is required"))?;
    let pwd = opt_str(&ctx.pd, "pwd").unwrap_or_default();
    let l = ctx.lock_mut()?;
    if open {
        let pin = decrypt_pin(&pwd, &l.local_key)
            .ok_or_else(|| ApiError::param("pwd does not decrypt with this lock's key"))?;
        let want = super::temppwd::pin_len(l);
        if pin.len() != want || !pin.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ApiError::param(format!("pwd must be {want} digits")));
        }
        l.voice_pin = pin;
    } else {
        l.voice_pin.clear();
    }
    l.voice_enabled = open;
    Ok(json!(true))
}

pub fn props_fetch(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let props = str_list(&ctx.pd, "props")?.ok_or_else(|| ApiError::param("props is required"))?;
    let l = ctx.lock()?;
    let mut out = Map::new();
    for p in props {
        let p = p.trim().trim_matches('"').to_string();
        match p.as_str() {
            "UNLOCK_PHONE_REMOTE" => {
                out.insert(p, json!(l.remote_unlock_allowed.to_string()));
            }
            _ => return Err(ApiError::param(format!("unknown property {p}"))),
        }
    }
    Ok(Value::Object(out))
}

pub fn remote_execute(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let open = opt_bool(&ctx.pd, "open")?.ok_or_else(|| ApiError::param("open is required"))?;
    let now = ctx.now;
    let uid = ctx.uid.clone();
    let l = ctx.lock_mut()?;
    if !l.remote_unlock_allowed {
        return Err(ApiError::new(
            "REMOTE_UNLOCK_DISABLED",
            "remote unlock is switched off on this lock",
        ));
    }
    if !l.online {
        return Err(ApiError::new(
            "DEVICE_OFFLINE",
            "the lock's gateway is offline",
        ));
    }
    l.open = open;
    let (user_id, name) = l
        .members
        .iter()
        .find(|m| m.account_uid.as_deref() == Some(&uid))
        .map(|m| (m.user_id.clone(), m.nick_name.clone()))
        .unwrap_or_default();
    let n = l.history.len();
    l.history.insert(
        0,
        Record {
            uuid: format!("{}{:08}r", &l.dev_id[12..], n),
            gmt_create: now * 1000,
            dp_id: dp::REMOTE,
            dp_value: if open { "1".into() } else { "0".into() },
            user_id,
            user_name: name,
            unlock_name: if open {
                "remote unlock".into()
            } else {
                "remote lock".into()
            },
            tags: 0,
            status: 1,
        },
    );
    Ok(json!(now.to_string()))
}

pub fn active_date(ctx: &mut Ctx) -> Result<Value, ApiError> {
    Ok(json!(ctx.lock()?.active_time.to_string()))
}

pub fn active_period(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let now = ctx.now;
    let l = ctx.lock()?;
    Ok(json!(((now - l.active_time) / 86400).max(0)))
}

/// The check string a lock compares with its own credential table: for each method of the asked
/// DPs, its DP and number as bytes.
pub fn sync_rise(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let ids = match str_list(&ctx.pd, "dpIds")? {
        Some(v) => Some(v),
        None => str_list(&ctx.pd, "dpId")?,
    };
    let ids: Option<Vec<u32>> = match ids {
        Some(v) => Some(
            v.iter()
                .map(|s| {
                    s.parse()
                        .map_err(|_| ApiError::param("dpIds must be DP numbers"))
                })
                .collect::<Result<_, _>>()?,
        ),
        None => None,
    };
    let l = ctx.lock()?;
    let mut ins = String::new();
    for o in l
        .opmodes
        .iter()
        .filter(|o| o.user_id.is_some() && ids.as_ref().is_none_or(|d| d.contains(&o.dp_id)))
    {
        ins.push_str(&format!(
            "{:02x}{:02x}",
            o.dp_id,
            o.value.parse::<u8>().unwrap_or(0)
        ));
    }
    Ok(json!({ "ins": ins, "distributed": true, "dpId": 54 }))
}

//! Voice-assistant password, remote unlock, activation dates and opmode sync.

use serde_json::{json, Map, Value};

use super::{opt_bool, str_list, Ctx};
use crate::mobile::params;
use crate::mobile::protocol::ApiError;

pub fn voice_flag(ctx: &mut Ctx) -> Result<Value, ApiError> {
    Ok(json!(ctx.lock()?.voice_enabled))
}

pub fn voice_setting(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let open = opt_bool(&ctx.pd, "open")?.ok_or_else(|| ApiError::param("open is required"))?;
    let pin = if open {
        let l = ctx.lock()?;
        let pin = params::pin(&ctx.pd, "pwd", &l.local_key, l.pin_len())?;
        Some(pin.ok_or_else(|| ApiError::param("pwd does not decrypt with this lock's key"))?)
    } else {
        None
    };
    let (dev, uid) = ctx.who()?;
    ctx.world.set_voice_password(&dev, &uid, pin)?;
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
    let (dev, uid) = ctx.who()?;
    ctx.world.remote_unlock(&dev, &uid, open, ctx.now)?;
    Ok(json!(ctx.now.to_string()))
}

pub fn active_date(ctx: &mut Ctx) -> Result<Value, ApiError> {
    Ok(json!(ctx.lock()?.active_time.to_string()))
}

pub fn active_period(ctx: &mut Ctx) -> Result<Value, ApiError> {
    Ok(json!(ctx.lock()?.active_days(ctx.now)))
}

/// The check string a lock compares with its own credential table: for each assigned method of
/// the asked DPs, its DP and number as bytes.
pub fn sync_rise(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let ids = match params::dp_list(&ctx.pd, "dpIds")? {
        Some(v) => Some(v),
        None => params::dp_list(&ctx.pd, "dpId")?,
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

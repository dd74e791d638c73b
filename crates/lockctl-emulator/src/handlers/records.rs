//! Open-door history and alarms. Records are kept newest first.

use serde_json::{json, Value};

use super::{opt_int, paging, str_list, Ctx};
use crate::protocol::ApiError;
use crate::world::{Lock, Record};

pub fn record_json(l: &Lock, r: &Record) -> Value {
    let mut dps = serde_json::Map::new();
    dps.insert(r.dp_id.to_string(), json!(r.dp_value));
    json!({
        "devId": l.dev_id,
        "dps": [Value::Object(dps)],
        "avatar": "",
        "userName": r.user_name,
        "unlockName": r.unlock_name,
        "gmtCreate": r.gmt_create,
        "uuid": r.uuid,
        "userId": r.user_id,
        "tags": r.tags,
        "status": r.status,
    })
}

/// startTime/endTime: milliseconds, as `gmtCreate` (seconds are accepted too, by magnitude).
fn millis(v: Option<i64>) -> Option<i64> {
    v.map(|t| {
        if t.abs() < 100_000_000_000 {
            t * 1000
        } else {
            t
        }
    })
}

fn page(ctx: &mut Ctx, alarms: bool) -> Result<Value, ApiError> {
    let dp_ids: Option<Vec<u32>> = match str_list(&ctx.pd, "dpIds")? {
        Some(v) => Some(
            v.iter()
                .map(|s| {
                    s.parse::<u32>()
                        .map_err(|_| ApiError::param("dpIds must be DP numbers"))
                })
                .collect::<Result<_, _>>()?,
        ),
        None => None,
    };
    let (offset, limit) = paging(&ctx.pd, 50)?;
    let start = millis(opt_int(&ctx.pd, "startTime")?);
    let end = millis(opt_int(&ctx.pd, "endTime")?);
    if let (Some(s), Some(e)) = (start, end) {
        if s > e {
            return Err(ApiError::param("endTime is before startTime"));
        }
    }
    let l = ctx.lock()?;
    let src = if alarms { &l.alarms } else { &l.history };
    let matches = |r: &&Record| {
        dp_ids
            .as_ref()
            .is_none_or(|d| d.is_empty() || d.contains(&r.dp_id))
            && start.is_none_or(|s| r.gmt_create >= s)
            && end.is_none_or(|e| r.gmt_create <= e)
    };
    let total = if dp_ids.is_none() && start.is_none() && end.is_none() {
        src.len()
    } else {
        src.iter().filter(matches).count()
    };
    let rows: Vec<Value> = src
        .iter()
        .filter(matches)
        .skip(offset)
        .take(limit)
        .map(|r| record_json(l, r))
        .collect();
    if l.radio() == "wifi" {
        Ok(json!({ "datas": rows, "hasNext": offset + rows.len() < total, "totalCount": total }))
    } else {
        Ok(Value::Array(rows))
    }
}

pub fn history(ctx: &mut Ctx) -> Result<Value, ApiError> {
    page(ctx, false)
}

/// Reading alarms marks them read.
pub fn alarms(ctx: &mut Ctx) -> Result<Value, ApiError> {
    let v = page(ctx, true)?;
    ctx.lock_mut()?.unread_alarms = 0;
    Ok(v)
}

pub fn unread(ctx: &mut Ctx) -> Result<Value, ApiError> {
    Ok(json!(ctx.lock()?.unread_alarms.to_string()))
}

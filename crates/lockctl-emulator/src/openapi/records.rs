//! Open-door records and alarms: `open-logs` (v1.0 and v1.1), `records` (unlocks and alarms
//! merged), `alarm-logs`. Record times are milliseconds; query times may come as seconds or
//! milliseconds (values below 10^11 are seconds).

use serde_json::{json, Value};

use super::{errors::OaError, Ctx};
use crate::world::{dp, Record, RecordQuery};

/// The standard DP code of one of the world's DPs.
pub fn dp_code(dp_id: u32) -> &'static str {
    match dp_id {
        dp::FINGERPRINT => "unlock_fingerprint",
        dp::PASSWORD => "unlock_password",
        dp::TEMP_PASSWORD => "unlock_temporary",
        dp::DYNAMIC => "unlock_dynamic",
        dp::CARD => "unlock_card",
        dp::FACE => "unlock_face",
        dp::KEY => "unlock_key",
        dp::REMOTE => "unlock_app",
        dp::OFFLINE_PASSWORD => "unlock_offline_pd",
        dp::ALARM => "alarm_lock",
        dp::HIJACK => "hijack",
        _ => "unknown",
    }
}

/// The world's DP of a standard code (`unlock_phone_remote` is another name of remote unlock).
pub fn dp_of_code(code: &str) -> Option<u32> {
    let code = code.trim();
    if code == "unlock_phone_remote" {
        return Some(dp::REMOTE);
    }
    dp::UNLOCK_METHODS
        .into_iter()
        .chain([dp::ALARM, dp::HIJACK])
        .find(|d| dp_code(*d) == code)
}

/// A comma-separated code list as DPs (unknown codes match nothing); `None` when absent.
pub fn dp_filter(codes: Option<&str>) -> Option<Vec<u32>> {
    codes.map(|c| {
        let mut v: Vec<u32> = c.split(',').filter_map(dp_of_code).collect();
        if v.is_empty() {
            v.push(0);
        }
        v
    })
}

/// A query time in milliseconds (`None`: absent or 0, no bound).
fn time_ms(ctx: &Ctx, k: &str) -> Result<Option<i64>, OaError> {
    match ctx.q(k) {
        None => Ok(None),
        Some(s) => match s.trim().parse::<i64>() {
            Ok(0) => Ok(None),
            Ok(t) if t > 0 && t < 100_000_000_000 => Ok(Some(t * 1000)),
            Ok(t) if t > 0 => Ok(Some(t)),
            _ => Err(OaError::illegal(format!(
                "{k} must be a time in milliseconds"
            ))),
        },
    }
}

/// `page_no` (from 1) and `page_size` (1 to 100): offset and limit.
pub fn paging(ctx: &Ctx, def_size: usize) -> Result<(usize, usize), OaError> {
    let get = |k: &str, def: usize| -> Result<usize, OaError> {
        match ctx.q(k) {
            None => Ok(def),
            Some(s) => s
                .trim()
                .parse::<usize>()
                .map_err(|_| OaError::illegal(format!("{k} must be a number"))),
        }
    };
    let (no, size) = (get("page_no", 1)?, get("page_size", def_size)?);
    if no == 0 || !(1..=100).contains(&size) {
        return Err(OaError::new(
            1101,
            "param range invalid: page_no from 1, page_size 1 to 100",
        ));
    }
    Ok(((no - 1).saturating_mul(size), size))
}

/// Where paged answers say how many pages there are.
pub fn pages(total: usize, size: usize) -> usize {
    total.div_ceil(size.max(1))
}

fn query(ctx: &Ctx, codes_key: &str, need_times: bool) -> Result<RecordQuery, OaError> {
    if need_times {
        for k in ["start_time", "end_time"] {
            if !ctx.query.contains_key(k) {
                return Err(OaError::param_empty(k));
            }
        }
    }
    let (offset, limit) = paging(ctx, 20)?;
    Ok(RecordQuery {
        dp_ids: dp_filter(ctx.q(codes_key)),
        start: time_ms(ctx, "start_time")?,
        end: time_ms(ctx, "end_time")?,
        offset,
        limit,
    })
}

fn status(r: &Record) -> Value {
    let value = if r.dp_id == dp::HIJACK {
        // `12-2` -> `unlock_fingerprint-2`.
        match r.dp_value.split_once('-') {
            Some((d, n)) => format!("{}-{n}", d.parse().map_or("unknown", dp_code)),
            None => r.dp_value.clone(),
        }
    } else {
        r.dp_value.clone()
    };
    json!({ "code": dp_code(r.dp_id), "value": value })
}

/// `GET /v1.0/devices/{id}/door-lock/open-logs` (and `/v1.1/...`): unlocks, newest first.
pub fn open_logs(ctx: &mut Ctx) -> Result<Value, OaError> {
    let q = query(ctx, "codes", true)?;
    let (dev, uid) = ctx.who()?;
    let media = ctx.q("show_media_info") == Some("true");
    let page = ctx.world.history(&dev, &uid, &q)?;
    let logs: Vec<Value> = page
        .rows
        .iter()
        .map(|r| {
            let mut v = json!({
                "update_time": r.gmt_create, "status": status(r), "unlock_name": r.unlock_name,
                "user_id": r.user_id, "nick_name": r.user_name,
            });
            if media {
                v["media_infos"] = json!([]);
            }
            v
        })
        .collect();
    Ok(json!({ "total": page.total, "logs": logs }))
}

/// `GET /v1.0/devices/{id}/door-lock/alarm-logs[?codes=hijack,alarm_lock,doorbell]`.
pub fn alarm_logs(ctx: &mut Ctx) -> Result<Value, OaError> {
    let q = query(ctx, "codes", false)?;
    let (dev, uid) = ctx.who()?;
    let page = ctx.world.alarms(&dev, &uid, &q)?;
    let records: Vec<Value> = page
        .rows
        .iter()
        .map(|r| json!({ "update_time": r.gmt_create, "status": status(r), "nick_name": r.user_name }))
        .collect();
    Ok(json!({ "total": page.total, "records": records }))
}

fn record_json(r: &Record, alarm: bool) -> Value {
    json!({
        "record_id": r.uuid, "record_type": if alarm { "alarm" } else { "normal" },
        "gmt_create": r.gmt_create, "user_id": r.user_id, "user_name": r.user_name,
        "unlock_name": r.unlock_name, "avatar": "", "member_bindable_flag": r.user_id.is_empty() || r.user_id == "0",
        "media_info_list": [], "union_unlock_info": Value::Null,
        "dps": [ { dp_code(r.dp_id): status(r)["value"] } ],
    })
}

/// `GET /v1.0/devices/{id}/door-lock/records?target_standard_dp_codes=C&start_time&end_time`:
/// unlocks and alarms merged, newest first.
pub fn records(ctx: &mut Ctx) -> Result<Value, OaError> {
    let q = query(ctx, "target_standard_dp_codes", true)?;
    let (dev, uid) = ctx.who()?;
    let (l, _) = ctx.lock()?;
    let all = RecordQuery {
        offset: 0,
        limit: usize::MAX,
        ..q.clone()
    };
    let hist = ctx.world.history(&dev, &uid, &all)?.rows;
    let alarms = ctx.world.alarms(&dev, &uid, &all)?.rows;
    let mut merged: Vec<(&Record, bool)> = hist
        .into_iter()
        .map(|r| (r, false))
        .chain(alarms.into_iter().map(|r| (r, true)))
        .collect();
    merged.sort_by_key(|r| std::cmp::Reverse(r.0.gmt_create));
    let total = merged.len();
    let rows: Vec<Value> = merged
        .iter()
        .skip(q.offset)
        .take(q.limit)
        .map(|(r, a)| record_json(r, *a))
        .collect();
    Ok(json!({
        "total": total, "total_pages": pages(total, q.limit),
        "has_more": q.offset.saturating_add(q.limit) < total,
        "unread_count": l.unread_alarms, "records": rows,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_dps_round_trip() {
        for d in dp::UNLOCK_METHODS
            .into_iter()
            .chain([dp::ALARM, dp::HIJACK])
        {
            assert_eq!(dp_of_code(dp_code(d)), Some(d));
        }
        assert_eq!(dp_filter(Some("unlock_card,nope")), Some(vec![dp::CARD]));
        assert_eq!(dp_filter(Some("nope")), Some(vec![0]));
        assert_eq!(dp_filter(None), None);
        assert_eq!(pages(0, 20), 0);
        assert_eq!(pages(41, 20), 3);
    }
}

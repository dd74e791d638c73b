//! Open-door history and alarms. Records are kept newest first. Pages are rendered straight to
//! JSON text from the model (see `Handler::Raw`).

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::{json, Value};

use super::{opt_int, paging, str_list, Ctx};
use crate::protocol::ApiError;
use crate::world::Record;

/// `dps: [{"<dp>": "<value>"}]`.
struct Dps<'a>(u32, &'a str);

impl Serialize for Dps<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct One<'a>(u32, &'a str);
        impl Serialize for One<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry(&self.0.to_string(), self.1)?;
                m.end()
            }
        }
        [One(self.0, self.1)].serialize(s)
    }
}

/// A record as the seeds show it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RecordOut<'a> {
    dev_id: &'a str,
    dps: Dps<'a>,
    avatar: &'static str,
    user_name: &'a str,
    unlock_name: &'a str,
    gmt_create: i64,
    uuid: &'a str,
    user_id: &'a str,
    tags: i64,
    status: i64,
}

fn out<'a>(dev_id: &'a str, r: &'a Record) -> RecordOut<'a> {
    RecordOut {
        dev_id,
        dps: Dps(r.dp_id, &r.dp_value),
        avatar: "",
        user_name: &r.user_name,
        unlock_name: &r.unlock_name,
        gmt_create: r.gmt_create,
        uuid: &r.uuid,
        user_id: &r.user_id,
        tags: r.tags,
        status: r.status,
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WifiPage<'a> {
    datas: Vec<RecordOut<'a>>,
    has_next: bool,
    total_count: i64,
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

fn render<T: Serialize>(v: &T) -> Result<Box<RawValue>, ApiError> {
    let text =
        serde_json::to_string(v).map_err(|e| ApiError::new("SYSTEM_ERROR", e.to_string()))?;
    RawValue::from_string(text).map_err(|e| ApiError::new("SYSTEM_ERROR", e.to_string()))
}

fn page(ctx: &mut Ctx, alarms: bool) -> Result<Box<RawValue>, ApiError> {
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
    let bias = ctx.total_count_offset;
    let l = ctx.lock()?;
    let src = if alarms { &l.alarms } else { &l.history };
    let filtered =
        dp_ids.as_ref().is_some_and(|d| !d.is_empty()) || start.is_some() || end.is_some();
    let matches = |r: &&Record| {
        dp_ids
            .as_ref()
            .is_none_or(|d| d.is_empty() || d.contains(&r.dp_id))
            && start.is_none_or(|s| r.gmt_create >= s)
            && end.is_none_or(|e| r.gmt_create <= e)
    };
    let (rows, total): (Vec<RecordOut>, usize) = if filtered {
        let total = src.iter().filter(matches).count();
        (
            src.iter()
                .filter(matches)
                .skip(offset)
                .take(limit)
                .map(|r| out(&l.dev_id, r))
                .collect(),
            total,
        )
    } else {
        // Unfiltered pages are a slice: constant time whatever the offset.
        let from = offset.min(src.len());
        let to = (offset + limit).min(src.len());
        (
            src[from..to].iter().map(|r| out(&l.dev_id, r)).collect(),
            src.len(),
        )
    };
    if l.radio() == "wifi" {
        let has_next = offset + rows.len() < total;
        render(&WifiPage {
            datas: rows,
            has_next,
            total_count: total as i64 + bias,
        })
    } else {
        render(&rows)
    }
}

pub fn history(ctx: &mut Ctx) -> Result<Box<RawValue>, ApiError> {
    page(ctx, false)
}

/// Reading alarms marks them read.
pub fn alarms(ctx: &mut Ctx) -> Result<Box<RawValue>, ApiError> {
    let v = page(ctx, true)?;
    ctx.lock_mut()?.unread_alarms = 0;
    Ok(v)
}

pub fn unread(ctx: &mut Ctx) -> Result<Value, ApiError> {
    Ok(json!(ctx.lock()?.unread_alarms.to_string()))
}

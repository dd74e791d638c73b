//! Open-door history and alarms. Records are kept newest first. Pages are rendered straight to
//! JSON text from the model (see `Handler::Raw`).

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::{json, Value};

use super::{opt_int, paging, Ctx};
use crate::mobile::params::dp_list;
use crate::mobile::protocol::ApiError;
use crate::world::{Record, RecordPage, RecordQuery};

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

/// A record as the gateway answers it.
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

fn query(ctx: &Ctx) -> Result<RecordQuery, ApiError> {
    let dp_ids = dp_list(&ctx.pd, "dpIds")?;
    let (offset, limit) = paging(&ctx.pd, 50)?;
    let start = millis(opt_int(&ctx.pd, "startTime")?);
    let end = millis(opt_int(&ctx.pd, "endTime")?);
    if let (Some(s), Some(e)) = (start, end) {
        if s > e {
            return Err(ApiError::param("endTime is before startTime"));
        }
    }
    Ok(RecordQuery {
        dp_ids,
        start,
        end,
        offset,
        limit,
    })
}

/// Wi-Fi locks answer `{datas, hasNext, totalCount}`, the others a plain list.
fn render_page(
    page: RecordPage,
    offset: usize,
    wifi: bool,
    bias: i64,
) -> Result<Box<RawValue>, ApiError> {
    let rows: Vec<RecordOut> = page.rows.iter().map(|r| out(page.dev_id, r)).collect();
    if wifi {
        let has_next = offset + rows.len() < page.total;
        render(&WifiPage {
            datas: rows,
            has_next,
            total_count: page.total as i64 + bias,
        })
    } else {
        render(&rows)
    }
}

pub fn history(ctx: &mut Ctx) -> Result<Box<RawValue>, ApiError> {
    let q = query(ctx)?;
    let (dev, uid) = ctx.who()?;
    let wifi = ctx.lock()?.is_wifi();
    let page = ctx.world.history(&dev, &uid, &q)?;
    render_page(page, q.offset, wifi, ctx.total_count_offset)
}

/// Reading alarms marks them read.
pub fn alarms(ctx: &mut Ctx) -> Result<Box<RawValue>, ApiError> {
    let q = query(ctx)?;
    let (dev, uid) = ctx.who()?;
    let wifi = ctx.lock()?.is_wifi();
    let page = ctx.world.alarms(&dev, &uid, &q)?;
    let v = render_page(page, q.offset, wifi, ctx.total_count_offset)?;
    ctx.world.mark_alarms_read(&dev, &uid)?;
    Ok(v)
}

pub fn unread(ctx: &mut Ctx) -> Result<Value, ApiError> {
    Ok(json!(ctx.lock()?.unread_alarms.to_string()))
}

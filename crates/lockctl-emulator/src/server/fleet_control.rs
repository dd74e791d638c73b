//! The control API's fleet and load part (same guard as the rest of `/_emulator/`):
//!
//! - `GET /_emulator/locks/{devId}`: `{"devId", "name", "online", "refusal", "deliveries"}`, the
//!   changes not on the lock yet (pending, or refused with a reason).
//! - `POST /_emulator/locks/{devId}/online` `{"online": bool, "backAfter"?: n}`: take the lock
//!   offline or bring it back; changes waiting for it are delivered after the delivery delay from
//!   then. With `backAfter`, an offline lock comes back by itself after n more gateway requests
//!   (the request after the nth sees it online): a client polling it sees it return whatever its
//!   speed.
//! - `POST /_emulator/locks/{devId}/fail` `{"code", "message"?, "times"?: n}`: every gateway
//!   request naming the lock answers the error `code` (`SYSTEM_ERROR`, `DEVICE_OFFLINE`,
//!   `DEVICE_NOT_EXIST`, `PERMISSION_DENIED`, `PARAM_ILLEGAL` or `REQUEST_TOO_FREQUENTLY`), n
//!   times or until `{}` clears it; for partial failures in runs over many locks. With
//!   `"only": "member.list"` only the lock's requests whose action (or OpenAPI path) contains
//!   the text fail.
//! - `POST /_emulator/locks/{devId}/refuse` `{"all"?: bool, "tempPasswordSlots"?: n|null}`: the
//!   lock refuses every creation and update (`all`), or temporary passwords beyond `n` ("no free
//!   slot"); `{}` makes it accept again.
//! - `POST /_emulator/locks/{devId}/battery` `{"percent": 0-100}` or `{"level":
//!   "high|medium|low|poweroff"}`, and/or `{"reports": "both|percent|level|none"}` (which battery
//!   codes the lock's product reports; `world::health`): set the battery; crossing into low (at
//!   most 20 %, `low`, `poweroff`) adds one `low_battery` alarm record at the lock clock. Answers
//!   the lock's status with `battery` and `lowAlarm` (whether this call raised one).
//! - `POST /_emulator/locks/{devId}/alarm` `{"kind", "at"?}`: an alarm record of one of the
//!   spec's `alarm_lock` kinds (`pry`, `wrong_password`, `low_battery`, `shock`...), at `at`
//!   (Unix seconds) or the lock clock.
//! - `POST /_emulator/delivery` `{"delay": secs}`: how long (lock clock) a change takes to reach
//!   an online lock; answers `{"delay", "pending"}`. Advancing the clock (`clock {"advance"}`)
//!   delivers what is due.
//! - `POST /_emulator/throttle` `{"rate": per_sec, "burst"?: n}`: requests per second per
//!   session before `REQUEST_TOO_FREQUENTLY` (`rate` 0: off; `burst` defaults to the rate, at
//!   least 1); `{}` answers the current `{"rate", "burst", "refused"}`.
//! - `POST /_emulator/latency` `{"ms": n}`: added to every gateway request (the `latency_ms`
//!   fault alone, other faults kept).

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};

use super::{json_response, lock_inner, Inner, Shared, ThrottleSettings};
use crate::world::delivery::Refusal;
use crate::world::health::{BatteryChange, Reports};

/// The largest delivery delay: a day.
const MAX_DELAY: i64 = 86_400;
/// The largest injected latency: ten minutes.
const MAX_LATENCY_MS: u64 = 600_000;

pub(super) fn routes() -> Router<Shared> {
    Router::new()
        .route("/_emulator/locks/{dev}", get(lock_status))
        .route("/_emulator/locks/{dev}/{op}", post(lock_op))
        .route("/_emulator/delivery", post(delivery))
        .route("/_emulator/throttle", post(throttle))
        .route("/_emulator/latency", post(latency))
}

fn answer(r: Result<Value, String>) -> Response {
    match r {
        Ok(v) => json_response(v),
        Err(e) => (
            StatusCode::BAD_REQUEST,
            json_response(json!({ "error": e })),
        )
            .into_response(),
    }
}

fn body_json(body: &Bytes) -> Result<Value, String> {
    if body.is_empty() {
        return Ok(json!({}));
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(_) => Err("the body must be a JSON object".into()),
        Err(e) => Err(format!("body is not JSON: {e}")),
    }
}

fn status_of(s: &Inner, dev: &str) -> Result<Value, String> {
    let l = s.world.lock(dev).ok_or("no such lock")?;
    let deliveries: Vec<_> = s.world.deliveries_of(dev).collect();
    Ok(json!({
        "devId": l.dev_id, "name": l.name, "online": l.online,
        "refusal": l.refusal, "deliveries": deliveries,
        "backAfter": s.lock_faults.back_after(dev), "fail": s.lock_faults.failure(dev),
        "battery": l.battery, "status": l.status_codes().into_iter()
            .map(|(c, v)| json!({"code": c, "value": v})).collect::<Vec<_>>(),
    }))
}

async fn lock_status(State(state): State<Shared>, Path(dev): Path<String>) -> Response {
    answer(status_of(&lock_inner(&state), &dev))
}

async fn lock_op(
    State(state): State<Shared>,
    Path((dev, op)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let run = || {
        let body = body_json(&body)?;
        let mut s = lock_inner(&state);
        match op.as_str() {
            "online" => online(&mut s, &dev, &body)?,
            "fail" => fail(&mut s, &dev, &body)?,
            "battery" => {
                let raised = battery(&mut s, &dev, &body)?;
                s.persist()?;
                let mut v = status_of(&s, &dev)?;
                v["lowAlarm"] = json!(raised);
                return Ok(v);
            }
            "alarm" => alarm(&mut s, &dev, &body)?,
            "refuse" => {
                let r: Refusal = serde_json::from_value(body)
                    .map_err(|e| format!("bad refusal (all, tempPasswordSlots): {e}"))?;
                s.world.set_refusal(&dev, r).map_err(|e| e.to_string())?;
            }
            other => return Err(format!("unknown lock operation `{other}`")),
        }
        s.persist()?;
        status_of(&s, &dev)
    };
    answer(run())
}

fn online(s: &mut Inner, dev: &str, body: &Value) -> Result<(), String> {
    let online = body
        .get("online")
        .and_then(Value::as_bool)
        .ok_or("online (true or false) is required")?;
    let back = match body.get("backAfter") {
        None | Some(Value::Null) => None,
        Some(_) if online => return Err("backAfter goes with online: false".into()),
        Some(v) => Some(v.as_u64().ok_or("backAfter is a number of requests")?),
    };
    let now = s.now();
    s.world
        .set_online(dev, online, now)
        .map_err(|e| e.to_string())?;
    s.lock_faults.clear_return(dev);
    if let Some(n) = back {
        s.lock_faults.return_after(dev, n);
    }
    Ok(())
}

fn battery(s: &mut Inner, dev: &str, body: &Value) -> Result<bool, String> {
    let o = body.as_object().ok_or("the body must be a JSON object")?;
    if let Some(k) = o
        .keys()
        .find(|k| !["percent", "level", "reports"].contains(&k.as_str()))
    {
        return Err(format!("unknown field `{k}` (percent, level, reports)"));
    }
    let percent = match o.get("percent") {
        None | Some(Value::Null) => None,
        Some(v) => Some(
            v.as_u64()
                .filter(|p| *p <= 100)
                .ok_or("percent is a whole number from 0 to 100")? as u8,
        ),
    };
    let level = match o.get("level") {
        None | Some(Value::Null) => None,
        Some(Value::String(l)) => Some(l.clone()),
        Some(_) => return Err("level is high, medium, low or poweroff".into()),
    };
    let reports = match o.get("reports") {
        None | Some(Value::Null) => None,
        Some(v) => Some(
            v.as_str()
                .and_then(Reports::parse)
                .ok_or("reports is both, percent, level or none")?,
        ),
    };
    if percent.is_none() && level.is_none() && reports.is_none() {
        return Err("give percent (0-100), level (high, medium, low, poweroff) or reports".into());
    }
    let change = BatteryChange {
        percent,
        level,
        reports,
    };
    let now = s.now();
    s.world
        .set_battery(dev, &change, now)
        .map_err(|e| e.to_string())
}

fn alarm(s: &mut Inner, dev: &str, body: &Value) -> Result<(), String> {
    let kind = body
        .get("kind")
        .and_then(Value::as_str)
        .ok_or("kind is required (an alarm_lock value such as pry)")?;
    let at = match body.get("at") {
        None | Some(Value::Null) => s.now(),
        Some(v) => v
            .as_i64()
            .filter(|t| (0..=super::control::MAX_TIME).contains(t))
            .ok_or("at is Unix seconds")?,
    };
    s.world
        .raise_alarm(dev, kind, at)
        .map_err(|e| e.to_string())
}

fn fail(s: &mut Inner, dev: &str, body: &Value) -> Result<(), String> {
    if s.world.lock(dev).is_none() {
        return Err("no such lock".into());
    }
    let text = |k: &str| match body.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(t)) => Ok(Some(t.clone())),
        Some(_) => Err(format!("{k} must be text")),
    };
    let Some(code) = text("code")? else {
        s.lock_faults.clear_fail(dev);
        return Ok(());
    };
    let times = match body.get("times") {
        None | Some(Value::Null) => None,
        Some(v) => Some(v.as_u64().ok_or("times is a number of requests")?),
    };
    match text("only")? {
        Some(only) => s
            .lock_faults
            .fail_only(dev, &only, &code, text("message")?, times),
        None => s.lock_faults.fail(dev, &code, text("message")?, times),
    }
}

async fn delivery(State(state): State<Shared>, body: Bytes) -> Response {
    let run = || {
        let body = body_json(&body)?;
        let mut s = lock_inner(&state);
        if let Some(v) = body.get("delay") {
            let d = v
                .as_i64()
                .filter(|d| (0..=MAX_DELAY).contains(d))
                .ok_or(format!("delay is whole seconds from 0 to {MAX_DELAY}"))?;
            s.world.delivery_delay = d;
            s.persist()?;
        }
        Ok(json!({ "delay": s.world.delivery_delay, "pending": s.world.deliveries.len() }))
    };
    answer(run())
}

async fn throttle(State(state): State<Shared>, body: Bytes) -> Response {
    let run = || {
        let body = body_json(&body)?;
        let mut s = lock_inner(&state);
        if let Some(rate) = body.get("rate") {
            let rate = rate.as_f64().ok_or("rate must be a number")?;
            let burst = match body.get("burst") {
                None | Some(Value::Null) => None,
                Some(b) => Some(b.as_f64().ok_or("burst must be a number")?),
            };
            s.throttle.set(ThrottleSettings::new(rate, burst)?);
        }
        let t = s.throttle.settings();
        Ok(json!({ "rate": t.rate, "burst": t.burst, "refused": s.throttle.refused }))
    };
    answer(run())
}

async fn latency(State(state): State<Shared>, body: Bytes) -> Response {
    let run = || {
        let body = body_json(&body)?;
        let ms = body
            .get("ms")
            .and_then(Value::as_u64)
            .filter(|ms| *ms <= MAX_LATENCY_MS)
            .ok_or(format!(
                "ms is whole milliseconds from 0 to {MAX_LATENCY_MS}"
            ))?;
        lock_inner(&state).faults.latency_ms = ms;
        Ok(json!({ "ms": ms }))
    };
    answer(run())
}

//! The control API under `/_emulator/` (loopback clients only): inspect and change the emulator
//! from tests and scripts.
//!
//! `POST /_emulator/<op>` with a JSON body:
//! - `reset` `{}`: back to the seeded world, sessions kept.
//! - `clock` `{"now": secs}` or `{"advance": secs}` (lock time), `{"skew": secs}` (gateway time).
//! - `expire-sessions` `{}`.
//! - `faults` `{"latency_ms", "error_every", "rate_limit_next", "garbage", "garbage_next"}`.
//! - `history` `{"devId", "count"}`: regenerate N deterministic records.
//! - `keypad` `{"devId", "pin", "at"?}`: someone types a code at the lock.
//! - `unlock` `{"devId", "unlockId", "at"?}`: someone opens with an enrolled finger, card...
//! - `lock` `{"devId", "online"?, "remoteUnlock"?}`: flip lock switches.
//!
//! `GET /_emulator/state` dumps clocks, faults and the world; `GET`/`DELETE /_emulator/journal`
//! read and clear the request journal.

use std::net::SocketAddr;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use super::{json_response, lock_inner, real_now, Faults, Inner, Shared};
use crate::world::{self, KeypadOutcome, MethodOutcome, World, WorldError};

/// Someone types `pin` at the lock at `at`; answers what happened as the control API shows it.
pub fn enter(world: &mut World, dev_id: &str, pin: &str, at: i64) -> Result<Value, String> {
    Ok(
        match world.open_with_pin(dev_id, pin, at).map_err(message)? {
            KeypadOutcome::Opened { via, name } => {
                json!({ "opened": true, "via": via, "name": name })
            }
            KeypadOutcome::Cleared(ended) => json!({ "opened": false, "cleared": ended }),
            KeypadOutcome::Refused => json!({ "opened": false }),
        },
    )
}

/// Someone opens the lock with the enrolled method `unlock_id` (`DP-N`) at `at`.
pub fn use_method(
    world: &mut World,
    dev_id: &str,
    unlock_id: &str,
    at: i64,
) -> Result<Value, String> {
    if world.lock(dev_id).is_none() {
        return Err(message(WorldError::NoSuchLock));
    }
    let (dp_id, n) = unlock_id.split_once('-').ok_or("unlockId must be DP-N")?;
    let dp_id: u32 = dp_id.parse().map_err(|_| "unlockId must be DP-N")?;
    Ok(
        match world
            .open_with_method(dev_id, dp_id, n, at)
            .map_err(message)?
        {
            MethodOutcome::Opened { by, duress } => {
                json!({ "opened": true, "by": by, "duress": duress })
            }
            MethodOutcome::Refused { frozen } => json!({ "opened": false, "frozen": frozen }),
        },
    )
}

fn message(e: WorldError) -> String {
    e.to_string()
}

fn loopback_only(peer: &SocketAddr) -> Option<Response> {
    (!peer.ip().is_loopback()).then(|| {
        (
            StatusCode::FORBIDDEN,
            "the control API answers loopback clients only\n",
        )
            .into_response()
    })
}

pub(super) async fn state(
    State(state): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
) -> Response {
    if let Some(r) = loopback_only(&peer) {
        return r;
    }
    let s = lock_inner(&state);
    json_response(json!({
        "now": s.now(),
        "clockOffset": s.clock_offset,
        "gatewaySkew": s.gateway_skew,
        "faults": s.faults,
        "sessions": s.auth.sessions.len(),
        "world": s.world,
    }))
}

pub(super) async fn journal(
    State(state): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
) -> Response {
    if let Some(r) = loopback_only(&peer) {
        return r;
    }
    json_response(json!(lock_inner(&state).journal))
}

pub(super) async fn journal_clear(
    State(state): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
) -> Response {
    if let Some(r) = loopback_only(&peer) {
        return r;
    }
    lock_inner(&state).journal.clear();
    json_response(json!({ "ok": true }))
}

/// `POST /_emulator/<op>`.
pub(super) async fn operation(
    State(state): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(op): Path<String>,
    body: Bytes,
) -> Response {
    if let Some(r) = loopback_only(&peer) {
        return r;
    }
    let body: Value = if body.is_empty() {
        json!({})
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(e) => {
                return (StatusCode::BAD_REQUEST, format!("body is not JSON: {e}\n"))
                    .into_response()
            }
        }
    };
    let mut s = lock_inner(&state);
    match run(&mut s, &op, &body) {
        Ok(v) => json_response(v),
        Err(e) => (
            StatusCode::BAD_REQUEST,
            json_response(json!({ "error": e })),
        )
            .into_response(),
    }
}

fn str_field<'a>(body: &'a Value, k: &str) -> Result<&'a str, String> {
    body.get(k)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{k} is required"))
}

/// `at` of the body (Unix seconds or RFC 3339), or the lock clock now; anything else is refused.
fn at(s: &Inner, body: &Value) -> Result<i64, String> {
    match body.get("at") {
        None | Some(Value::Null) => Ok(s.now()),
        Some(v) => v
            .as_i64()
            .or_else(|| v.as_str().and_then(world::keypad::parse_instant))
            .ok_or_else(|| format!("at must be Unix seconds or RFC 3339, not {v}")),
    }
}

fn run(s: &mut Inner, op: &str, body: &Value) -> Result<Value, String> {
    match op {
        "reset" => {
            s.world = world::fresh(s.history_records);
            s.clock_offset = 0;
            s.gateway_skew = 0;
            s.faults = Faults::default();
            s.journal.clear();
            s.persist()?;
            Ok(json!({ "ok": true }))
        }
        "clock" => {
            if let Some(n) = body.get("now").and_then(Value::as_i64) {
                s.clock_offset = n.saturating_sub(real_now());
            }
            if let Some(a) = body.get("advance").and_then(Value::as_i64) {
                s.clock_offset = s.clock_offset.saturating_add(a);
            }
            if let Some(k) = body.get("skew").and_then(Value::as_i64) {
                s.gateway_skew = k;
            }
            Ok(json!({ "now": s.now(), "gatewaySkew": s.gateway_skew }))
        }
        "expire-sessions" => Ok(json!({ "expired": s.expire_sessions() })),
        "faults" => {
            s.faults =
                serde_json::from_value(body.clone()).map_err(|e| format!("bad faults: {e}"))?;
            Ok(json!(s.faults))
        }
        "history" => history(s, body),
        "keypad" => {
            let (dev, pin, at) = (
                str_field(body, "devId")?,
                str_field(body, "pin")?,
                at(s, body)?,
            );
            let r = enter(&mut s.world, dev, pin, at)?;
            s.persist()?;
            Ok(r)
        }
        "unlock" => {
            let (dev, unlock) = (str_field(body, "devId")?, str_field(body, "unlockId")?);
            let at = at(s, body)?;
            let r = use_method(&mut s.world, dev, unlock, at)?;
            s.persist()?;
            Ok(r)
        }
        "lock" => {
            let dev = str_field(body, "devId")?;
            let online = body.get("online").and_then(Value::as_bool);
            let remote = body.get("remoteUnlock").and_then(Value::as_bool);
            s.world
                .set_lock_switches(dev, online, remote)
                .map_err(message)?;
            s.persist()?;
            Ok(json!({ "ok": true }))
        }
        other => Err(format!("unknown control operation `{other}`")),
    }
}

fn history(s: &mut Inner, body: &Value) -> Result<Value, String> {
    let dev = str_field(body, "devId")?;
    let n = body
        .get("count")
        .and_then(Value::as_u64)
        .ok_or("count is required")? as usize;
    if n > 2_000_000 {
        return Err("count is at most 2000000".into());
    }
    let l = s.world.lock_mut(dev).ok_or("no such lock")?;
    world::generate_records(l, n, 7);
    Ok(json!({ "records": n }))
}

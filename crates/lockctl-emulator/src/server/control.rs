//! The control API under `/_emulator/` (loopback clients only): inspect and change the emulator
//! from tests and scripts.
//!
//! `POST /_emulator/<op>` with a JSON body:
//! - `reset` `{}`: back to the demo world, dated at the real clock (the clock offset is cleared), sessions kept.
//! - `clock` `{"now": secs}` or `{"advance": secs}` (lock time), `{"skew": secs}` (gateway time).
//! - `expire-sessions` `{}`.
//! - `faults` `{"latency_ms", "error_every", "rate_limit_next", "http_429_next", "garbage",
//!   "garbage_next", "write_fault_rate", "seed", ...}` (every field of [`Faults`]).
//! - `history` `{"devId", "count"}`: regenerate N deterministic records.
//! - `keypad` `{"devId", "pin", "at"?}`: someone types a code at the lock.
//! - `unlock` `{"devId", "unlockId", "at"?}`: someone opens with an enrolled finger, card...
//! - `lock` `{"devId", "online"?, "remoteUnlock"?}`: flip lock switches.
//!
//! Fleets and load (`server::fleet_control`): `GET /_emulator/locks/{devId}` (online, refusal,
//! changes not on the lock yet), `POST /_emulator/locks/{devId}/online` `{"online",
//! "backAfter"?}`, `POST /_emulator/locks/{devId}/refuse` `{"all"?, "tempPasswordSlots"?}`,
//! `POST /_emulator/locks/{devId}/fail` `{"code", "message"?, "times"?}`, `POST /_emulator/delivery`
//! `{"delay": secs}`, `POST /_emulator/throttle` `{"rate", "burst"?}`, `POST
//! /_emulator/latency` `{"ms"}`. `reset` returns to the settings the emulator started with
//! (`serve --fleet --latency --throttle --delivery-delay`, or `Config::tuning`).
//!
//! `GET /_emulator/state` dumps clocks, faults, the OpenAPI projects (no secrets) and the world
//! (streamed); `GET`/`DELETE
//! /_emulator/journal` read and clear the request journal.
//!
//! Every request must come from a loopback peer, name a loopback host in `Host` and carry no
//! `Origin` (a web page reached through DNS rebinding must not read PINs): else 403. A POST needs
//! `Content-Type: application/json` (a page cannot send that cross-origin without asking): else
//! 415. Times (`now`, `at`) lie within 1970-2100 and the clocks stay there.

use std::net::{IpAddr, SocketAddr};

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Path, Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};

use super::{json_response, lock_inner, real_now, Faults, Inner, Shared};

/// The latest time the control API accepts or lets a clock reach: 2100-01-01T00:00:00Z.
pub const MAX_TIME: i64 = 4_102_444_800;
/// The largest injected latency: ten minutes.
const MAX_LATENCY_MS: u64 = 600_000;

pub(super) fn routes() -> Router<Shared> {
    Router::new()
        .route("/_emulator/state", get(state))
        .route("/_emulator/journal", get(journal).delete(journal_clear))
        .route("/_emulator/{op}", post(operation))
        .merge(super::fleet_control::routes())
        .route_layer(middleware::from_fn(guard))
}

fn refuse(status: StatusCode, why: &str) -> Response {
    (status, format!("{why}\n")).into_response()
}

async fn guard(ConnectInfo(peer): ConnectInfo<SocketAddr>, req: Request, next: Next) -> Response {
    if let Some(r) = refusal(&peer, req.method(), req.headers()) {
        return r;
    }
    next.run(req).await
}

/// Why a control request is refused, if it is.
fn refusal(peer: &SocketAddr, method: &Method, headers: &HeaderMap) -> Option<Response> {
    if !peer.ip().to_canonical().is_loopback() {
        return Some(refuse(
            StatusCode::FORBIDDEN,
            "the control API answers loopback clients only",
        ));
    }
    if headers.contains_key(header::ORIGIN) {
        return Some(refuse(
            StatusCode::FORBIDDEN,
            "the control API does not answer browsers (the request has an Origin header)",
        ));
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if !host_is_loopback(host) {
        return Some(refuse(
            StatusCode::FORBIDDEN,
            "the control API answers only requests whose Host is localhost or a loopback address",
        ));
    }
    if method == Method::POST && !is_json(headers) {
        return Some(refuse(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "control requests need Content-Type: application/json",
        ));
    }
    None
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
}

/// Whether a Host header value (`name[:port]`, `[v6][:port]`) names this machine.
pub fn host_is_loopback(host: &str) -> bool {
    let host = host.trim();
    let port_ok = |p: &str| {
        p.is_empty()
            || p.strip_prefix(':')
                .is_some_and(|p| p.parse::<u16>().is_ok())
    };
    let name = if let Some(rest) = host.strip_prefix('[') {
        match rest.split_once(']') {
            Some((ip, port)) if port_ok(port) => ip,
            _ => return false,
        }
    } else {
        match host.rsplit_once(':') {
            Some((name, port)) if port.parse::<u16>().is_ok() => name,
            Some(_) => return false,
            None => host,
        }
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.to_canonical().is_loopback())
}
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

/// What `GET /_emulator/state` shows, in this order.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Dump {
    now: i64,
    clock_offset: i64,
    gateway_skew: i64,
    faults: Faults,
    sessions: usize,
    /// The OpenAPI face's projects (no secrets).
    projects: Vec<Value>,
    world: World,
}

/// The dump is taken under the lock (a copy of the world) and serialised in a blocking task
/// straight into the response in chunks: no JSON tree, no whole text in memory, and the gateway
/// goes on meanwhile.
pub(super) async fn state(State(state): State<Shared>) -> Response {
    let dump = {
        let s = lock_inner(&state);
        Dump {
            now: s.now(),
            clock_offset: s.clock_offset,
            gateway_skew: s.gateway_skew,
            faults: s.faults.clone(),
            sessions: s.auth.sessions.len(),
            projects: s.openapi.project_summaries(),
            world: s.world.clone(),
        }
    };
    let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(4);
    tokio::task::spawn_blocking(move || {
        let mut w = ChunkWriter {
            tx,
            buf: Vec::with_capacity(CHUNK),
        };
        if serde_json::to_writer(&mut w, &dump).is_ok() {
            let _ = std::io::Write::flush(&mut w);
        }
    });
    let chunks = futures::stream::unfold(rx, |mut rx| async move {
        rx.recv()
            .await
            .map(|b| (Ok::<_, std::convert::Infallible>(b), rx))
    });
    (
        [(header::CONTENT_TYPE, "application/json;charset=UTF-8")],
        Body::from_stream(chunks),
    )
        .into_response()
}

const CHUNK: usize = 64 * 1024;

/// Hands what is written to the response in chunks; fails once the client has gone, which stops
/// the serialisation.
struct ChunkWriter {
    tx: tokio::sync::mpsc::Sender<Bytes>,
    buf: Vec<u8>,
}

impl std::io::Write for ChunkWriter {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.flush()?;
        }
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK)));
        self.tx
            .blocking_send(chunk)
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::BrokenPipe))
    }
}

pub(super) async fn journal(State(state): State<Shared>) -> Response {
    json_response(json!(lock_inner(&state).journal))
}

pub(super) async fn journal_clear(State(state): State<Shared>) -> Response {
    lock_inner(&state).journal.clear();
    json_response(json!({ "ok": true }))
}

/// `POST /_emulator/<op>`.
pub(super) async fn operation(
    State(state): State<Shared>,
    Path(op): Path<String>,
    body: Bytes,
) -> Response {
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

/// `at` of the body (Unix seconds or RFC 3339, within 1970-2100), or the lock clock now;
/// anything else is refused.
fn at(s: &Inner, body: &Value) -> Result<i64, String> {
    match body.get("at") {
        Some(Value::String(text)) => world::keypad::parse_instant(text)
            .filter(|t| (0..=MAX_TIME).contains(t))
            .ok_or_else(|| format!("at must be Unix seconds or RFC 3339, not {text:?}")),
        _ => Ok(seconds(body, "at", 0, MAX_TIME)?.unwrap_or_else(|| s.now())),
    }
}

/// An optional whole number of seconds from `lo` to `hi`; anything else is an error naming it.
fn seconds(body: &Value, key: &str, lo: i64, hi: i64) -> Result<Option<i64>, String> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_i64()
            .filter(|n| (lo..=hi).contains(n))
            .map(Some)
            .ok_or_else(|| format!("{key} must be a whole number of seconds from {lo} to {hi}")),
    }
}

/// `clock`: every value is checked before any is applied; both clocks stay within 1970-2100.
fn clock(s: &mut Inner, body: &Value) -> Result<Value, String> {
    let real = real_now();
    let now = seconds(body, "now", 0, MAX_TIME)?;
    let advance = seconds(body, "advance", -MAX_TIME, MAX_TIME)?;
    let skew = seconds(body, "skew", -real, MAX_TIME - real)?;
    let mut offset = now.map_or(s.clock_offset, |n| n - real);
    if let Some(a) = advance {
        offset = offset
            .checked_add(a)
            .filter(|o| (0..=MAX_TIME).contains(&(real + o)))
            .ok_or("advance would take the lock clock outside 1970-2100")?;
    }
    s.clock_offset = offset;
    if let Some(k) = skew {
        s.gateway_skew = k;
    }
    // Changes due by the new time reach their locks now.
    let now = s.now();
    if s.world.settle(now) {
        s.persist()?;
    }
    Ok(json!({ "now": s.now(), "gatewaySkew": s.gateway_skew }))
}

fn run(s: &mut Inner, op: &str, body: &Value) -> Result<Value, String> {
    match op {
        "reset" => {
            // Back to the clock the emulator started with, and a world dated at it.
            s.clock_offset = s.tuning.clock_offset;
            s.world = s.fresh_world();
            s.gateway_skew = s.tuning.gateway_skew;
            s.faults = s.tuning.faults();
            s.throttle = super::Throttle::new(s.tuning.throttle);
            s.lock_faults = Default::default();
            s.journal.clear();
            s.persist()?;
            Ok(json!({ "ok": true }))
        }
        "clock" => clock(s, body),
        "expire-sessions" => Ok(json!({ "expired": s.expire_sessions() })),
        "faults" => {
            let f: Faults =
                serde_json::from_value(body.clone()).map_err(|e| format!("bad faults: {e}"))?;
            if f.latency_ms > MAX_LATENCY_MS {
                return Err(format!("latency_ms is at most {MAX_LATENCY_MS}"));
            }
            s.faults = f;
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
                .set_lock_switches(dev, None, remote)
                .map_err(message)?;
            if let Some(online) = online {
                let now = s.now();
                s.world.set_online(dev, online, now).map_err(message)?;
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for ok in [
            "localhost",
            "LOCALHOST:8080",
            "127.0.0.1",
            "127.1.2.3:1",
            "[::1]:9",
            "[::ffff:127.0.0.1]:80",
        ] {
            assert!(host_is_loopback(ok), "{ok}");
        }
        for bad in [
            "",
            "evil.example",
            "evil.example:80",
            "localhost.evil.example",
            "10.0.0.1",
            "[::2]:1",
            "[::1]x",
            "127.0.0.1:99999",
            "::1",
        ] {
            assert!(!host_is_loopback(bad), "{bad}");
        }
    }
}

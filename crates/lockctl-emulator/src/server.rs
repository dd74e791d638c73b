//! HTTP front: `/api.json` (the gateway) and `/_emulator/*` (the control API, loopback only).

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Serialize;
use serde_json::{json, Value};

use crate::auth::{Auth, SessionCheck};
use crate::handlers::{self, Ctx, Scope};
use crate::protocol::{self, ApiError, AppClient};
use crate::world::{self, World};

/// How far a request's `time` may be from the gateway clock.
pub const MAX_SKEW_SECS: i64 = 300;

#[derive(Clone, Debug)]
pub struct Config {
    pub addr: SocketAddr,
    pub state_file: Option<PathBuf>,
    /// Extra app clients beside the built-in demo key.
    pub clients: Vec<AppClient>,
    pub session_ttl: Duration,
    /// Replace each lock's seeded history with this many records.
    pub history_records: Option<usize>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            state_file: None,
            clients: vec![],
            session_ttl: Duration::from_secs(7 * 86400),
            history_records: None,
        }
    }
}

/// Faults injected through the control API.
#[derive(Debug, Default, Clone, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Faults {
    /// Added to every gateway request.
    pub latency_ms: u64,
    /// Every Nth gateway request answers HTTP 500 with an HTML page (0: never).
    pub error_every: u64,
    /// The next N gateway requests answer `REQUEST_TOO_FREQUENTLY`.
    pub rate_limit_next: u64,
    /// The next N gateway requests answer with this body instead: `html`, `empty`, `garbage`,
    /// `not-envelope`.
    pub garbage: Option<String>,
    pub garbage_next: u64,
    /// Record lists: shift every page after the first by this many records (negative: pages
    /// repeat records of the page before; positive: records are skipped).
    pub page_shift: i64,
    /// Record lists: add this to `totalCount` (a total that lies).
    pub total_count_offset: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct JournalEntry {
    pub seq: u64,
    pub action: String,
    pub version: String,
    pub dev_id: Option<String>,
    pub outcome: String,
}

pub struct Inner {
    pub world: World,
    pub auth: Auth,
    pub clients: Vec<AppClient>,
    /// Seconds added to the real clock for lock semantics (statuses, windows, keypad).
    pub clock_offset: i64,
    /// Seconds added to the real clock for the gateway's skew check.
    pub gateway_skew: i64,
    pub faults: Faults,
    pub journal: Vec<JournalEntry>,
    pub seq: u64,
    pub base_url: String,
    pub state_file: Option<PathBuf>,
    pub history_records: Option<usize>,
}

impl Inner {
    pub fn now(&self) -> i64 {
        real_now() + self.clock_offset
    }
    /// Expire every session now (gateway clock).
    pub fn expire_sessions(&mut self) -> usize {
        let gw_now = real_now() + self.gateway_skew;
        self.auth.expire_all(gw_now)
    }
    fn persist(&self) -> Result<(), String> {
        let Some(path) = &self.state_file else {
            return Ok(());
        };
        save_state(path, &self.world)
    }
}

pub type Shared = Arc<Mutex<Inner>>;

fn real_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Write the world atomically: temp file in the same directory, fsync, rename.
pub fn save_state(path: &std::path::Path, w: &World) -> Result<(), String> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| format!("cannot write in {}: {e}", dir.display()))?;
    serde_json::to_writer(&mut tmp, w).map_err(|e| e.to_string())?;
    tmp.flush().map_err(|e| e.to_string())?;
    tmp.as_file().sync_all().map_err(|e| e.to_string())?;
    tmp.persist(path)
        .map_err(|e| format!("cannot replace {}: {e}", path.display()))?;
    Ok(())
}

fn fresh_world(history: Option<usize>) -> World {
    let mut w = world::seed();
    if let Some(n) = history {
        for (i, l) in w.locks.iter_mut().enumerate() {
            world::generate_records(l, n, i as u64 + 1);
        }
    }
    w
}

/// A running emulator.
pub struct Running {
    pub url: String,
    pub addr: SocketAddr,
    pub state: Shared,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    pub task: tokio::task::JoinHandle<()>,
}

impl Running {
    pub fn shutdown(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Bind, load or seed the world, and serve in the background of the current tokio runtime.
pub async fn start(config: Config) -> anyhow::Result<Running> {
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.addr))?;
    let addr = listener.local_addr()?;
    let url = format!("http://{addr}");
    let world = match &config.state_file {
        Some(p) if p.exists() => {
            let text = std::fs::read(p)
                .map_err(|e| anyhow::anyhow!("cannot read state {}: {e}", p.display()))?;
            serde_json::from_slice(&text).map_err(|e| {
                anyhow::anyhow!(
                    "state file {} is not emulator state ({e}); move it away to start fresh",
                    p.display()
                )
            })?
        }
        _ => fresh_world(config.history_records),
    };
    let mut clients = vec![AppClient::parse(&format!(
        "{}:{}",
        crate::DEMO_CLIENT_ID,
        crate::DEMO_APP_SECRET
    ))
    .map_err(anyhow::Error::msg)?];
    clients.extend(config.clients.iter().cloned());
    let inner = Inner {
        world,
        auth: Auth::new(config.session_ttl.as_secs() as i64),
        clients,
        clock_offset: 0,
        gateway_skew: 0,
        faults: Faults::default(),
        journal: vec![],
        seq: 0,
        base_url: url.clone(),
        state_file: config.state_file.clone(),
        history_records: config.history_records,
    };
    if inner.state_file.as_ref().is_some_and(|p| !p.exists()) {
        inner.persist().map_err(anyhow::Error::msg)?;
    }
    let state: Shared = Arc::new(Mutex::new(inner));
    let app = router(state.clone());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let _ = axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            let _ = rx.await;
        })
        .await;
    });
    Ok(Running {
        url,
        addr,
        state,
        shutdown: Some(tx),
        task,
    })
}

fn router(state: Shared) -> Router {
    Router::new()
        .route("/api.json", get(gateway).post(gateway))
        .route("/_emulator/state", get(control_state))
        .route(
            "/_emulator/journal",
            get(control_journal).delete(control_journal_clear),
        )
        .route("/_emulator/{op}", post(control))
        .fallback(|| async {
            (
                StatusCode::NOT_FOUND,
                "not found: the gateway is at /api.json\n",
            )
        })
        .with_state(state)
}

fn lock_inner(s: &Shared) -> std::sync::MutexGuard<'_, Inner> {
    s.lock().unwrap_or_else(|e| e.into_inner())
}

fn json_response(v: Value) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json;charset=UTF-8")],
        v.to_string(),
    )
        .into_response()
}

async fn gateway(State(state): State<Shared>, RawQuery(query): RawQuery, body: Bytes) -> Response {
    let params = protocol::merge_params(query.as_deref().unwrap_or(""), &body);
    // Faults first, as a flaky network would.
    let (latency, fault) = {
        let mut s = lock_inner(&state);
        s.seq += 1;
        let seq = s.seq;
        let f = &mut s.faults;
        let fault: Option<Response> = if f.garbage_next > 0 {
            f.garbage_next -= 1;
            Some(match f.garbage.as_deref().unwrap_or("garbage") {
                "html" => (
                    StatusCode::BAD_GATEWAY,
                    [(header::CONTENT_TYPE, "text/html")],
                    "<html><body><h1>502 Bad Gateway</h1></body></html>",
                )
                    .into_response(),
                "empty" => (StatusCode::OK, "").into_response(),
                "not-envelope" => json_response(json!({ "hello": "world" })),
                _ => (StatusCode::OK, Bytes::from_static(b"\x00\xffgarbage{{{")).into_response(),
            })
        } else if f.error_every > 0 && seq.is_multiple_of(f.error_every) {
            Some(
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    [(header::CONTENT_TYPE, "text/html")],
                    "<html><body>500 Internal Server Error</body></html>",
                )
                    .into_response(),
            )
        } else {
            None
        };
        (f.latency_ms, fault)
    };
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    if let Some(r) = fault {
        return r;
    }
    let mut s = lock_inner(&state);
    let action = params.get("a").cloned().unwrap_or_default();
    let version = params.get("v").cloned().unwrap_or_default();
    let result = process(&mut s, &params);
    let t_ms = (real_now() + s.gateway_skew) * 1000;
    let dev_id = params
        .get("postData")
        .and_then(|p| serde_json::from_str::<Value>(p).ok())
        .and_then(|v| handlers::opt_str(&v, "devId"));
    let seq = s.seq;
    let outcome = match &result {
        Ok(_) => "ok".to_string(),
        Err(e) => e.code.to_string(),
    };
    s.journal.push(JournalEntry {
        seq,
        action,
        version,
        dev_id,
        outcome,
    });
    if s.journal.len() > 10_000 {
        s.journal.drain(..5_000);
    }
    // Render outside the lock: other requests proceed meanwhile.
    drop(s);
    match result {
        Ok(handlers::Reply::Json(v)) => json_response(protocol::ok_envelope(v, t_ms)),
        Ok(handlers::Reply::Raw(raw)) => {
            // Record pages are large: one allocation, no formatting machinery.
            let t = t_ms.to_string();
            let mut body = String::with_capacity(raw.get().len() + t.len() + 48);
            body.push_str("{\"result\":");
            body.push_str(raw.get());
            body.push_str(",\"t\":");
            body.push_str(&t);
            body.push_str(",\"success\":true,\"status\":\"ok\"}");
            (
                [(header::CONTENT_TYPE, "application/json;charset=UTF-8")],
                body,
            )
                .into_response()
        }
        Err(e) => json_response(protocol::err_envelope(&e, t_ms)),
    }
}

/// The gateway pipeline: client, signature, clock, action, session, postData, device, handler.
fn process(s: &mut Inner, params: &BTreeMap<String, String>) -> Result<handlers::Reply, ApiError> {
    let client_id = params.get("clientId").map(String::as_str).unwrap_or("");
    let app = s
        .clients
        .iter()
        .find(|c| c.id == client_id)
        .cloned()
        .ok_or_else(ApiError::client)?;
    if !protocol::verify(params, &app) {
        return Err(ApiError::sign());
    }
    let gw_now = real_now() + s.gateway_skew;
    match params
        .get("time")
        .and_then(|t| t.trim().parse::<i64>().ok())
    {
        Some(t) if (t - gw_now).abs() <= MAX_SKEW_SECS => {}
        _ => {
            return Err(ApiError::new(
                "TIME_VALIDATE_FAILED",
                "request time is out of range",
            ))
        }
    }
    if s.faults.rate_limit_next > 0 {
        s.faults.rate_limit_next -= 1;
        return Err(ApiError::too_frequent());
    }
    let action = params.get("a").map(String::as_str).unwrap_or("");
    let version = params.get("v").map(String::as_str).unwrap_or("");
    let route = handlers::route(action, version).ok_or_else(|| ApiError::api(action, version))?;
    let now = s.now();
    let uid = if route.scope == Scope::Anonymous {
        String::new()
    } else {
        let sid = params.get("sid").map(String::as_str).unwrap_or("");
        if sid.is_empty() {
            return Err(ApiError::session_loss());
        }
        match s.auth.check(sid, gw_now) {
            SessionCheck::Ok(uid) => uid,
            SessionCheck::Unknown => return Err(ApiError::session_loss()),
            SessionCheck::Expired => return Err(ApiError::session_invalid()),
        }
    };
    let mut pd: Value = match params.get("postData").map(|s| s.trim()) {
        None | Some("") => json!({}),
        Some(text) => match serde_json::from_str::<Value>(text) {
            Ok(v @ Value::Object(_)) => v,
            _ => return Err(ApiError::param("postData must be a JSON object")),
        },
    };
    let records_call = action.ends_with("history.list") || action.ends_with("alarm.list");
    if records_call && s.faults.page_shift != 0 {
        if let Some(off) = handlers::opt_int(&pd, "offset")
            .ok()
            .flatten()
            .filter(|o| *o > 0)
        {
            pd["offset"] = json!((off + s.faults.page_shift).max(0));
        }
    }
    if matches!(route.scope, Scope::Wifi | Scope::Ble | Scope::AnyLock) {
        let dev = handlers::req_str(&pd, "devId")?;
        let lock = s.world.lock(&dev).ok_or_else(ApiError::no_device)?;
        if !handlers::account::visible(lock, &uid) {
            return Err(ApiError::denied("this device belongs to another account"));
        }
        if !handlers::scope_allows(route.scope, lock.radio()) {
            return Err(ApiError::api(action, version));
        }
        if route.admin && lock.owner != uid {
            return Err(ApiError::denied(
                "only the lock's administrator may do this",
            ));
        }
    }
    let base_url = s.base_url.clone();
    let total_count_offset = s.faults.total_count_offset;
    let Inner { world, auth, .. } = s;
    let mut ctx = Ctx {
        world,
        auth,
        uid,
        now,
        gw_now,
        pd,
        params,
        base_url: &base_url,
        total_count_offset,
    };
    let out = route.handler.call(&mut ctx)?;
    if route.writes {
        s.persist()
            .map_err(|e| ApiError::new("SYSTEM_ERROR", format!("state not saved: {e}")))?;
    }
    Ok(out)
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

async fn control_state(
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

async fn control_journal(
    State(state): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
) -> Response {
    if let Some(r) = loopback_only(&peer) {
        return r;
    }
    json_response(json!(lock_inner(&state).journal))
}

async fn control_journal_clear(
    State(state): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
) -> Response {
    if let Some(r) = loopback_only(&peer) {
        return r;
    }
    lock_inner(&state).journal.clear();
    json_response(json!({ "ok": true }))
}

/// `POST /_emulator/<op>` with a JSON body:
/// - `reset` `{}`: back to the seeded world, sessions kept.
/// - `clock` `{"now": secs}` or `{"advance": secs}` (lock time), `{"skew": secs}` (gateway time).
/// - `expire-sessions` `{}`.
/// - `faults` `{"latency_ms", "error_every", "rate_limit_next", "garbage", "garbage_next"}`.
/// - `history` `{"devId", "count"}`: regenerate N deterministic records.
/// - `keypad` `{"devId", "pin", "at"?}`: someone types a code at the lock.
/// - `unlock` `{"devId", "unlockId", "at"?}`: someone opens with an enrolled finger, card...
/// - `lock` `{"devId", "online"?, "remoteUnlock"?}`: flip lock switches.
async fn control(
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
    let out: Result<Value, String> = (|| match op.as_str() {
        "reset" => {
            let h = s.history_records;
            s.world = fresh_world(h);
            s.clock_offset = 0;
            s.gateway_skew = 0;
            s.faults = Faults::default();
            s.journal.clear();
            s.persist()?;
            Ok(json!({ "ok": true }))
        }
        "clock" => {
            if let Some(n) = body.get("now").and_then(Value::as_i64) {
                s.clock_offset = n - real_now();
            }
            if let Some(a) = body.get("advance").and_then(Value::as_i64) {
                s.clock_offset += a;
            }
            if let Some(k) = body.get("skew").and_then(Value::as_i64) {
                s.gateway_skew = k;
            }
            Ok(json!({ "now": s.now(), "gatewaySkew": s.gateway_skew }))
        }
        "expire-sessions" => {
            let n = s.expire_sessions();
            Ok(json!({ "expired": n }))
        }
        "faults" => {
            s.faults =
                serde_json::from_value(body.clone()).map_err(|e| format!("bad faults: {e}"))?;
            Ok(json!(s.faults))
        }
        "history" => {
            let dev = body
                .get("devId")
                .and_then(Value::as_str)
                .ok_or("devId is required")?;
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
        "keypad" => {
            let dev = body
                .get("devId")
                .and_then(Value::as_str)
                .ok_or("devId is required")?
                .to_string();
            let pin = body
                .get("pin")
                .and_then(Value::as_str)
                .ok_or("pin is required")?
                .to_string();
            let at = body
                .get("at")
                .and_then(Value::as_i64)
                .unwrap_or_else(|| s.now());
            let r = crate::keypad::enter(&mut s.world, &dev, &pin, at)?;
            s.persist()?;
            Ok(r)
        }
        "unlock" => {
            let dev = body
                .get("devId")
                .and_then(Value::as_str)
                .ok_or("devId is required")?
                .to_string();
            let unlock = body
                .get("unlockId")
                .and_then(Value::as_str)
                .ok_or("unlockId is required")?
                .to_string();
            let at = body
                .get("at")
                .and_then(Value::as_i64)
                .unwrap_or_else(|| s.now());
            let r = crate::keypad::use_method(&mut s.world, &dev, &unlock, at)?;
            s.persist()?;
            Ok(r)
        }
        "lock" => {
            let dev = body
                .get("devId")
                .and_then(Value::as_str)
                .ok_or("devId is required")?
                .to_string();
            let l = s.world.lock_mut(&dev).ok_or("no such lock")?;
            if let Some(o) = body.get("online").and_then(Value::as_bool) {
                l.online = o;
            }
            if let Some(r) = body.get("remoteUnlock").and_then(Value::as_bool) {
                l.remote_unlock_allowed = r;
            }
            s.persist()?;
            Ok(json!({ "ok": true }))
        }
        other => Err(format!("unknown control operation `{other}`")),
    })();
    match out {
        Ok(v) => json_response(v),
        Err(e) => (
            StatusCode::BAD_REQUEST,
            json_response(json!({ "error": e })),
        )
            .into_response(),
    }
}

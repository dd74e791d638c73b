//! HTTP front: `/api.json` (the mobile gateway) and `/_emulator/*` (the control API, loopback
//! only), with the emulator's shared state.
//!
//! - `control`: the control API.
//! - `http`: the connection loop (header read deadline, peer address).
//! - `faults`: injected faults.
//! - `journal`: the request journal.
//! - `persist`: the state file.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::Value;

use crate::mobile::auth::Auth;
use crate::mobile::protocol::{self, ApiError, AppClient};
use crate::mobile::{self, params, Gateway, GatewayFaults, Outcome, Reply};
use crate::world::{self, World};

pub mod control;
pub mod faults;
mod fleet_control;
mod http;
pub mod journal;
pub mod lock_faults;
mod oa;
pub mod persist;
pub mod throttle;
mod tuning;

pub use faults::{Faults, WriteFault};
pub use journal::JournalEntry;
pub use mobile::MAX_SKEW_SECS;
pub use persist::save_state;
pub use throttle::{Throttle, ThrottleSettings};
pub use tuning::Tuning;

#[derive(Clone, Debug)]
pub struct Config {
    pub addr: SocketAddr,
    pub state_file: Option<PathBuf>,
    /// Extra app clients beside the built-in demo key.
    pub clients: Vec<AppClient>,
    pub session_ttl: Duration,
    /// Replace each lock's seeded history with this many records.
    pub history_records: Option<usize>,
    /// How long a client may take to send a request's headers before the connection is closed.
    pub header_timeout: Duration,
    /// Start from the demo world dated at the fixed seed epoch instead of at the clock, for
    /// output that must not move with the date.
    pub pinned_world: bool,
    /// Cloud projects of the OpenAPI face beside the built-in demo project.
    pub projects: Vec<crate::openapi::Project>,
    /// Fleet and load settings (`serve --fleet`, `--latency`, `--throttle`, `--delivery-delay`).
    pub tuning: Tuning,
}

/// The default of [`Config::header_timeout`].
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            state_file: None,
            clients: vec![],
            session_ttl: Duration::from_secs(7 * 86400),
            history_records: None,
            header_timeout: HEADER_TIMEOUT,
            pinned_world: false,
            projects: vec![],
            tuning: Tuning::default(),
        }
    }
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
    /// See [`Config::pinned_world`].
    pub pinned_world: bool,
    /// The OpenAPI face's projects, tokens and tickets.
    pub openapi: crate::openapi::Face,
    /// The settings the emulator started with; `reset` returns to them.
    pub tuning: Tuning,
    /// The request-rate limit per session.
    pub throttle: Throttle,
    /// Locks made to fail, or to come back online after some requests.
    pub lock_faults: lock_faults::LockFaults,
}

impl Inner {
    /// The lock clock.
    pub fn now(&self) -> i64 {
        real_now().saturating_add(self.clock_offset)
    }
    /// The gateway clock.
    /// The demo world as it is made now: dated around the emulator's clock, so that it has
    /// recent history and upcoming, active and expired passwords and members whenever it is
    /// tried (or at the seed epoch when pinned).
    pub fn fresh_world(&self) -> World {
        let mut w = demo_world(self.pinned_world, self.history_records, self.now());
        self.tuning.furnish(&mut w, self.pinned_world, self.now());
        w
    }

    pub fn gateway_now(&self) -> i64 {
        real_now().saturating_add(self.gateway_skew)
    }
    /// Expire every session and OpenAPI token now (gateway clock).
    pub fn expire_sessions(&mut self) -> usize {
        let gw_now = self.gateway_now();
        self.auth.expire_all(gw_now) + self.openapi.tokens.expire_all(gw_now)
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

fn demo_world(pinned: bool, history: Option<usize>, now: i64) -> World {
    if pinned {
        world::fresh(history)
    } else {
        world::fresh_at(history, now)
    }
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
    let loaded = match &config.state_file {
        Some(p) => persist::load_state(p)?,
        None => None,
    };
    let fresh = loaded.is_none();
    let configured_delay = config.tuning.delivery_delay;
    let lock_now = real_now().saturating_add(config.tuning.clock_offset);
    let world = loaded.unwrap_or_else(|| {
        let mut w = demo_world(config.pinned_world, config.history_records, lock_now);
        config.tuning.furnish(&mut w, config.pinned_world, lock_now);
        w
    });
    let mut world = world;
    if configured_delay != 0 {
        world.delivery_delay = configured_delay;
    }
    let mut clients = vec![AppClient::parse(&format!(
        "{}:{}",
        crate::mobile::DEMO_CLIENT_ID,
        crate::mobile::DEMO_APP_SECRET
    ))
    .map_err(anyhow::Error::msg)?];
    clients.push(AppClient::parse(&crate::mobile::demo_thing::spec()).map_err(anyhow::Error::msg)?);
    clients.extend(config.clients.iter().cloned());
    let inner = Inner {
        world,
        auth: Auth::new(config.session_ttl.as_secs() as i64),
        clients,
        clock_offset: config.tuning.clock_offset,
        gateway_skew: config.tuning.gateway_skew,
        faults: config.tuning.faults(),
        journal: vec![],
        seq: 0,
        base_url: url.clone(),
        state_file: config.state_file.clone(),
        history_records: config.history_records,
        pinned_world: config.pinned_world,
        openapi: crate::openapi::Face::new(&config.projects),
        throttle: Throttle::new(config.tuning.throttle),
        lock_faults: Default::default(),
        tuning: config.tuning.clone(),
    };
    if fresh {
        inner.persist().map_err(anyhow::Error::msg)?;
    }
    let state: Shared = Arc::new(Mutex::new(inner));
    let app = router(state.clone());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(http::serve(listener, app, config.header_timeout, rx));
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
        .merge(control::routes())
        .fallback(oa::fallback)
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
    let (latency, fault, write_fault, refusal) = {
        let mut s = lock_inner(&state);
        s.seq += 1;
        let seq = s.seq;
        let fault = s.faults.transport_fault(seq);
        let fault = fault.or_else(|| s.faults.failing_after_write());
        let refusal = match fault {
            None => refusal(&mut s, &params),
            Some(_) => None,
        };
        let write_fault = match (&fault, &refusal) {
            (None, None) => {
                let write = is_write(&params);
                let drawn = if write {
                    s.faults.draw_write_fault()
                } else {
                    None
                };
                drawn.or_else(|| s.faults.draw_link_fault(write))
            }
            _ => None,
        };
        (s.faults.latency_ms, fault, write_fault, refusal)
    };
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    if let Some(r) = fault {
        return r;
    }
    if let Some(e) = refusal {
        return refused(&state, &params, e);
    }
    match write_fault {
        Some(WriteFault::Unapplied) => {
            return faults::server_error(StatusCode::SERVICE_UNAVAILABLE)
        }
        Some(WriteFault::ResetUnapplied) => return faults::reset_unapplied(),
        _ => {}
    }
    let (result, t_ms, seal) = {
        let mut s = lock_inner(&state);
        // A Thing app's request is checked and decrypted first (its refusals are plain).
        let opened = mobile::thing::unseal(&s.clients, &s.auth, s.gateway_now(), &params);
        let (result, seal, params) = match opened {
            Ok(Some((opened, seal))) => (handle(&mut s, &opened), Some(seal), opened),
            Ok(None) => (handle(&mut s, &params), None, params),
            Err(e) => (Err(e), None, params),
        };
        let t_ms = s.gateway_now().saturating_mul(1000);
        let seq = s.seq;
        journal::record(&mut s.journal, journal_entry(seq, &params, &result));
        (result, t_ms, seal)
    };
    // Render outside the lock: other requests proceed meanwhile.
    let answer = match (result, seal) {
        (result, Some(seal)) => {
            let inner = match result {
                Ok(Reply::Json(v)) => protocol::ok_envelope(v, t_ms).to_string(),
                Ok(Reply::Raw(raw)) => raw_ok_text(&raw, t_ms),
                Err(e) => protocol::err_envelope(&e, t_ms).to_string(),
            };
            json_response(mobile::thing::seal_answer(&seal, &inner, t_ms))
        }
        (Ok(Reply::Json(v)), None) => json_response(protocol::ok_envelope(v, t_ms)),
        (Ok(Reply::Raw(raw)), None) => raw_ok_response(&raw, t_ms),
        (Err(e), None) => json_response(protocol::err_envelope(&e, t_ms)),
    };
    // The write is applied; its answer is lost on the way.
    match write_fault {
        Some(WriteFault::Reset) => faults::broken(answer),
        Some(WriteFault::ServerError) => faults::server_error(StatusCode::INTERNAL_SERVER_ERROR),
        Some(WriteFault::Timeout(d)) => {
            tokio::time::sleep(d).await;
            answer
        }
        _ => answer,
    }
}

/// Whose bucket a request draws on: its session, or its app key before login.
fn throttle_key(params: &BTreeMap<String, String>) -> &str {
    match params.get("sid").filter(|s| !s.is_empty()) {
        Some(sid) => sid,
        None => params.get("clientId").map(String::as_str).unwrap_or(""),
    }
}

/// Why the cloud answers a request with an error before handling it: the session is over its
/// rate, or the request's lock was made to fail (control API).
fn refusal(s: &mut Inner, params: &BTreeMap<String, String>) -> Option<ApiError> {
    if !s.throttle.admit(throttle_key(params), Instant::now()) {
        return Some(ApiError::too_frequent());
    }
    let action = params.get("a").map(String::as_str).unwrap_or("");
    s.lock_faults.failure_for(|| request_dev(params), action)
}

/// The error answer to a refused request (journaled like any other).
fn refused(state: &Shared, params: &BTreeMap<String, String>, e: ApiError) -> Response {
    let t_ms = {
        let mut s = lock_inner(state);
        let seq = s.seq;
        let entry = journal_entry(seq, params, &Err(e.clone()));
        journal::record(&mut s.journal, entry);
        s.gateway_now().saturating_mul(1000)
    };
    json_response(protocol::err_envelope(&e, t_ms))
}

/// The lock a request names (`devId` of its postData).
fn request_dev(params: &BTreeMap<String, String>) -> Option<String> {
    params
        .get("postData")
        .and_then(|p| serde_json::from_str::<Value>(p).ok())
        .and_then(|v| params::opt_str(&v, "devId"))
}

/// Whether the request's action changes state.
fn is_write(params: &BTreeMap<String, String>) -> bool {
    let get = |k: &str| params.get(k).map(String::as_str).unwrap_or("");
    mobile::routes::route(get("a"), get("v")).is_some_and(|r| r.writes)
}

/// Run the mobile gateway on one request and save the world if it changed.
fn handle(s: &mut Inner, params: &BTreeMap<String, String>) -> Result<Reply, ApiError> {
    let (now, gw_now) = (s.now(), s.gateway_now());
    // Locks whose time offline is over come back before the request is handled.
    for dev in s.lock_faults.tick() {
        let _ = s.world.set_online(&dev, true, now);
    }
    let delivered = s.world.settle(now);
    let Inner {
        world,
        auth,
        clients,
        faults,
        base_url,
        ..
    } = s;
    let faults = GatewayFaults {
        rate_limit_next: &mut faults.rate_limit_next,
        page_shift: faults.page_shift,
        total_count_offset: faults.total_count_offset,
    };
    let gw = Gateway {
        world,
        auth,
        clients,
        faults,
        now,
        gw_now,
        base_url,
    };
    let Outcome { reply, writes } = mobile::process(gw, params)?;
    if writes || delivered {
        s.persist()
            .map_err(|e| ApiError::new("SYSTEM_ERROR", format!("state not saved: {e}")))?;
    }
    Ok(reply)
}

fn journal_entry(
    seq: u64,
    params: &BTreeMap<String, String>,
    result: &Result<Reply, ApiError>,
) -> JournalEntry {
    let dev_id = request_dev(params);
    JournalEntry {
        seq,
        action: params.get("a").cloned().unwrap_or_default(),
        version: params.get("v").cloned().unwrap_or_default(),
        dev_id,
        outcome: match result {
            Ok(_) => "ok".to_string(),
            Err(e) => e.code.to_string(),
        },
    }
}

/// The success envelope around a pre-rendered result. Record pages are large: one allocation,
/// no formatting machinery.
fn raw_ok_response(raw: &serde_json::value::RawValue, t_ms: i64) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json;charset=UTF-8")],
        raw_ok_text(raw, t_ms),
    )
        .into_response()
}

fn raw_ok_text(raw: &serde_json::value::RawValue, t_ms: i64) -> String {
    let t = t_ms.to_string();
    let mut body = String::with_capacity(raw.get().len() + t.len() + 48);
    body.push_str("{\"result\":");
    body.push_str(raw.get());
    body.push_str(",\"t\":");
    body.push_str(&t);
    body.push_str(",\"success\":true,\"status\":\"ok\"}");
    body
}

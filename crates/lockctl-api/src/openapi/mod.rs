//! The Cloud OpenAPI backend (Tuya's developer platform): a cloud project's access id and
//! secret, a project token fetched and renewed here, and the smart-lock endpoints. Each typed
//! operation maps to its REST call in the area files beside this one; what the service lacks
//! answers `Unsupported` naming the mobile backend, which has it.
//!
//! The token is handed to the caller through a callback whenever it changes, so that this crate
//! touches no files.

mod device;
pub mod errors;
mod members;
mod passwords;
mod records;
pub mod sign;
pub mod ticket;
mod transport;
mod wire;
mod writes;

use std::sync::atomic::AtomicI64;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

use crate::client::TraceSink;
use crate::error::{Error, Result};
use crate::ops::Backend;
use crate::secret::Secret;

pub use transport::Method;

/// The backend's name in messages.
pub const NAME: &str = "openapi";

/// lockctl's region words and the data centres' base URLs.
pub const REGIONS: &[(&str, &str)] = &[
    ("cn", "https://openapi.tuyacn.com"),
    ("us", "https://openapi.tuyaus.com"),
    ("us-e", "https://openapi-ueaz.tuyaus.com"),
    ("eu", "https://openapi.tuyaeu.com"),
    ("eu-w", "https://openapi-weaz.tuyaeu.com"),
    ("in", "https://openapi.tuyain.com"),
    ("sg", "https://openapi-sg.iotbing.com"),
];

/// The base URL of a region word (`eu`, `us-e`...).
pub fn region_url(region: &str) -> Option<&'static str> {
    let r = region.to_ascii_lowercase();
    REGIONS.iter().find(|(w, _)| *w == r).map(|(_, u)| *u)
}

/// A project token as kept between runs.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Token {
    pub access_token: Secret,
    #[serde(default)]
    pub refresh_token: Secret,
    /// When it expires, Unix milliseconds by the cloud's clock.
    pub expires_at: i64,
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// Called with the new token whenever it changes (None: dropped), for the caller to store.
pub type TokenSink = Arc<dyn Fn(Option<&Token>) + Send + Sync>;

#[derive(Clone)]
pub struct OpenApiConfig {
    /// Base URL, from the region or the profile's endpoint (checked with
    /// [`crate::endpoint::parse_endpoint`]: plain http only to loopback).
    pub endpoint: Url,
    pub access_id: String,
    pub access_secret: Secret,
    pub lang: String,
    pub connect_timeout: Duration,
    pub timeout: Duration,
    /// The largest answer read, in bytes.
    pub max_answer_bytes: u64,
    /// How long `temppwd create` waits for the lock to take a new password.
    pub delivery_wait: Duration,
    /// The kind of every lock when the user says it (the cloud never does); None: `unknown`.
    pub kind: Option<crate::kind::Kind>,
    /// Waits before retrying a read the cloud throttled, one per retry (empty: no retry).
    /// Writes are never retried.
    pub rate_limit_backoff: Vec<Duration>,
}

impl OpenApiConfig {
    pub fn new(endpoint: Url, access_id: impl Into<String>, secret: Secret) -> OpenApiConfig {
        OpenApiConfig {
            endpoint,
            access_id: access_id.into(),
            access_secret: secret,
            lang: "en".into(),
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(20),
            max_answer_bytes: crate::client::DEFAULT_MAX_ANSWER_MB << 20,
            delivery_wait: Duration::from_secs(6),
            kind: None,
            rate_limit_backoff: vec![],
        }
    }
}

impl std::fmt::Debug for OpenApiConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenApiConfig")
            .field("endpoint", &self.endpoint.as_str())
            .field("access_id", &self.access_id)
            .finish_non_exhaustive()
    }
}

/// Cheap to clone: the clones share the token, the clock offset and the kept results (a record
/// pager holds one to read its pages as they are asked for).
#[derive(Clone)]
pub struct OpenApi {
    config: OpenApiConfig,
    http: reqwest::Client,
    token: Arc<Mutex<Option<Token>>>,
    /// Milliseconds to add to the local clock, learnt from a "request time invalid" answer.
    clock_offset: Arc<AtomicI64>,
    on_token: Option<TokenSink>,
    trace: Option<TraceSink>,
    /// Where request records go (`--trace`).
    recorder: Option<crate::trace::RecordSink>,
    raw: Arc<Mutex<Vec<Value>>>,
    keep_raw: bool,
    /// The run's shared token bucket, when one was set (see [`crate::throttle`]).
    throttle: Option<Arc<crate::throttle::Throttle>>,
    /// The last envelope's `t` and the machine's clock when it came (Unix ms).
    seen_clock: Arc<Mutex<Option<(i64, i64)>>>,
}

impl std::fmt::Debug for OpenApi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenApi")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl OpenApi {
    pub fn new(config: OpenApiConfig) -> Result<OpenApi> {
        if config.access_id.trim().is_empty() {
            return Err(Error::Config("the access id is empty".into()));
        }
        let http = crate::http::client(&config.endpoint, config.connect_timeout, config.timeout)?;
        Ok(OpenApi {
            config,
            http,
            token: Arc::new(Mutex::new(None)),
            clock_offset: Arc::new(AtomicI64::new(0)),
            on_token: None,
            trace: None,
            recorder: None,
            raw: Arc::new(Mutex::new(vec![])),
            keep_raw: false,
            throttle: None,
            seen_clock: Arc::new(Mutex::new(None)),
        })
    }

    /// Send every request through the run's token bucket (many locks at once).
    pub fn with_throttle(mut self, t: Option<Arc<crate::throttle::Throttle>>) -> Self {
        self.throttle = t;
        self
    }

    /// Start from a stored token (None: fetch one on the first call).
    pub fn with_token(self, token: Option<Token>) -> Self {
        *self.token.lock().unwrap_or_else(|e| e.into_inner()) = token;
        self
    }

    pub fn on_token(mut self, sink: Option<TokenSink>) -> Self {
        self.on_token = sink;
        self
    }

    pub fn with_trace(mut self, sink: Option<TraceSink>) -> Self {
        self.trace = sink;
        self
    }

    /// Hand a record of every request and answer (redacted) to `sink`.
    pub fn with_recorder(mut self, sink: Option<crate::trace::RecordSink>) -> Self {
        self.recorder = sink;
        self
    }

    /// Keep the main calls' results for [`Backend::take_raw`] (for `--raw`).
    pub fn keeping_raw(mut self, keep: bool) -> Self {
        self.keep_raw = keep;
        self
    }

    pub fn config(&self) -> &OpenApiConfig {
        &self.config
    }

    /// The cloud's clock as the last answer gave it (`t`), and the machine's clock when that
    /// answer came, both Unix milliseconds; None before any answer.
    pub fn seen_clock(&self) -> Option<(i64, i64)> {
        *self.seen_clock.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// When the project token held now expires (Unix ms, the cloud's clock); None: none held.
    pub fn token_expiry(&self) -> Option<i64> {
        self.token
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            .map(|t| t.expires_at)
    }

    /// One harmless read of the smart-lock service on a lock (its remote-unlock settings):
    /// refused with 28841101 or 1106 when the project lacks the service. For `lockctl doctor`.
    pub async fn probe_lock_service(&self, dev_id: &str) -> Result<()> {
        wire::check_id("device id", dev_id)?;
        let path = format!("/v1.0/devices/{dev_id}/door-lock/remote-unlocks");
        self.call(Method::Get, &path, &[], None).await.map(|_| ())
    }

    pub(crate) fn keep(&self, v: &Value) {
        if self.keep_raw {
            if let Ok(mut r) = self.raw.lock() {
                r.push(v.clone());
            }
        }
    }

    /// A signed call of any method and path (the query inside `path`, as typed), for
    /// `api call`: the envelope's `result`.
    pub async fn raw_call(&self, method: &str, path: &str, data: Option<&Value>) -> Result<Value> {
        let method = Method::parse(method).ok_or_else(|| {
            Error::Invalid(format!(
                "METHOD must be GET, POST, PUT or DELETE, not `{method}`"
            ))
        })?;
        let (path, query) = transport::split_path(path)?;
        self.call(method, &path, &query, data).await
    }
}

/// `Unsupported` for a verb this service has no call for.
pub(crate) fn unsupported(verb: &str) -> Error {
    Error::Unsupported {
        verb: verb.to_string(),
        what: "the openapi backend (Tuya's Cloud OpenAPI has no such call; a mobile profile, added with --client-id, has it)".into(),
        offered: vec![],
    }
}

impl Backend for OpenApi {
    fn name(&self) -> &'static str {
        NAME
    }

    fn take_raw(&self) -> Vec<Value> {
        self.raw
            .lock()
            .map(|mut r| std::mem::take(&mut *r))
            .unwrap_or_default()
    }
}

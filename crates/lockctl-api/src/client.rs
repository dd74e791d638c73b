//! The gateway client: builds and signs requests, sends them as POST forms, decodes envelopes,
//! and carries the session. It retries exactly where the gateway expects clients to: once after
//! correcting the clock, once after re-logging in (when it holds login credentials), and a few
//! times with backoff when a read is rate limited. It never repeats a request whose answer was
//! lost: that is [`Error::AnswerLost`], and the caller reads back to learn whether it landed.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;
use url::Url;

use crate::error::{CloudCode, Error, Result};
use crate::http::{self, MAX_ANSWER_ENV};
use crate::secret::Secret;
use crate::sign::{self, SigningKey, HMAC_ET};
use crate::trace::{Record, RecordSink};

pub use crate::endpoint::{parse_endpoint, Region};
use crate::envelope::{decode_envelope, SendError};
pub use crate::redact::post_data as redact_post_data;

/// A logged-in session, as stored in the credentials file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Session {
    pub sid: Secret,
    pub uid: String,
    /// The account's own gateway; the session is only valid there.
    pub mobile_api_url: String,
    #[serde(default)]
    pub region_code: String,
    #[serde(default)]
    pub account: String,
    #[serde(default)]
    pub nickname: String,
    /// When the session was obtained, Unix seconds.
    #[serde(default)]
    pub created: i64,
    /// The login's `ecode`: Thing profiles fold it into every request's key.
    #[serde(default, skip_serializing_if = "Secret::is_empty")]
    pub ecode: Secret,
}

/// Who logs in.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase", tag = "type", content = "id")]
pub enum Account {
    Email(String),
    Phone(String),
}

impl Account {
    pub fn id(&self) -> &str {
        match self {
            Account::Email(s) | Account::Phone(s) => s,
        }
    }
}

/// How the client logs in again by itself when a session expires (the login module's `Relogin`).
/// The login goes through [`Client::call`], so the client is handed it rather than naming it.
pub trait Renew: Send + Sync {
    fn renew<'a>(
        &'a self,
        client: &'a Client,
    ) -> Pin<Box<dyn Future<Output = Result<()>> + Send + 'a>>;
}

/// One request/response, for `--verbose`. Secrets are already redacted.
#[derive(Debug, Clone)]
pub struct Trace {
    pub line: String,
}

pub type TraceSink = Arc<dyn Fn(&Trace) + Send + Sync>;

#[derive(Clone)]
pub struct ClientConfig {
    /// Base URL (no `/api.json`), from the region or the profile's endpoint.
    pub endpoint: Url,
    pub client_id: String,
    pub key: SigningKey,
    /// A stable id for this installation, sent as `deviceId`.
    pub device_id: String,
    pub lang: String,
    pub connect_timeout: Duration,
    pub timeout: Duration,
    /// Backoff steps after `REQUEST_TOO_FREQUENTLY` on reads.
    pub rate_limit_backoff: Vec<Duration>,
    /// The largest answer read, in bytes as decoded (what is parsed); larger ones are an error.
    pub max_answer_bytes: u64,
}

/// The answer cap unless configured: a record page is about 100 KB, the largest list a lock
/// holds a few MB.
pub const DEFAULT_MAX_ANSWER_MB: u64 = 32;

impl ClientConfig {
    pub fn new(endpoint: Url, client_id: impl Into<String>, key: SigningKey) -> ClientConfig {
        ClientConfig {
            endpoint,
            client_id: client_id.into(),
            key,
            device_id: String::new(),
            lang: "en".into(),
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(20),
            rate_limit_backoff: vec![
                Duration::from_millis(300),
                Duration::from_millis(900),
                Duration::from_millis(2000),
            ],
            max_answer_bytes: DEFAULT_MAX_ANSWER_MB << 20,
        }
    }
    /// The answer cap in MiB, as text from the environment (`None`: the default).
    pub fn with_max_answer_mb(mut self, mb: Option<&str>) -> Result<Self> {
        if let Some(text) = mb {
            let mb: u64 = text
                .trim()
                .parse()
                .ok()
                .filter(|mb| (1..=65_536).contains(mb))
                .ok_or_else(|| {
                    Error::Config(format!(
                        "{MAX_ANSWER_ENV} must be a whole number of MiB from 1 to 65536, not `{text}`"
                    ))
                })?;
            self.max_answer_bytes = mb << 20;
        }
        Ok(self)
    }
    pub fn with_device_id(mut self, id: impl Into<String>) -> Self {
        self.device_id = id.into();
        self
    }
    pub fn with_timeouts(mut self, connect: Duration, total: Duration) -> Self {
        self.connect_timeout = connect;
        self.timeout = total;
        self
    }
}

impl std::fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientConfig")
            .field("endpoint", &self.endpoint.as_str())
            .field("client_id", &self.client_id)
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

/// Options of one call.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    /// Home id, sent unsigned in the URL.
    pub gid: Option<String>,
    /// A read: may be retried after rate limiting.
    pub read: bool,
    /// Send without a session (login calls).
    pub anonymous: bool,
}

pub struct Client {
    config: ClientConfig,
    http: reqwest::Client,
    session: Mutex<Option<Session>>,
    /// Seconds to add to the local clock, learnt from `TIME_VALIDATE_FAILED`.
    clock_offset: AtomicI64,
    relogin: Option<Arc<dyn Renew>>,
    session_renewed: std::sync::atomic::AtomicBool,
    trace: Option<TraceSink>,
    /// Where request records go (`--trace`).
    recorder: Option<RecordSink>,
    /// The run's shared token bucket, when one was set (see [`crate::throttle`]).
    throttle: Option<Arc<crate::throttle::Throttle>>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

fn now_secs() -> i64 {
    crate::clock::wire_now().as_second()
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Client> {
        let http = http::client(&config.endpoint, config.connect_timeout, config.timeout)?;
        Ok(Client {
            config,
            http,
            session: Mutex::new(None),
            clock_offset: AtomicI64::new(0),
            relogin: None,
            session_renewed: false.into(),
            trace: None,
            recorder: None,
            throttle: None,
        })
    }

    pub fn with_session(self, session: Option<Session>) -> Self {
        *self.session.lock().unwrap_or_else(|e| e.into_inner()) = session;
        self
    }
    pub fn with_relogin<R: Renew + 'static>(mut self, relogin: Option<R>) -> Self {
        self.relogin = relogin.map(|r| Arc::new(r) as Arc<dyn Renew>);
        self
    }
    pub fn with_trace(mut self, sink: Option<TraceSink>) -> Self {
        self.trace = sink;
        self
    }
    /// Hand a record of every request and answer (redacted) to `sink`.
    pub fn with_recorder(mut self, sink: Option<RecordSink>) -> Self {
        self.recorder = sink;
        self
    }
    /// Send every request through this token bucket (shared by the whole run).
    pub fn with_throttle(mut self, t: Option<Arc<crate::throttle::Throttle>>) -> Self {
        self.throttle = t;
        self
    }

    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// The same client (session, relogin, trace, pace) signing with another key: for trying
    /// which signing mode an app key is accepted with.
    pub fn with_key(&self, key: SigningKey) -> Result<Client> {
        let mut config = self.config.clone();
        config.key = key;
        let mut c = Client::new(config)?.with_session(self.session());
        c.relogin = self.relogin.clone();
        c.trace = self.trace.clone();
        c.throttle = self.throttle.clone();
        c.clock_offset = AtomicI64::new(self.clock_offset.load(Ordering::Relaxed));
        Ok(c)
    }

    /// Whether the client can log in again by itself when the session expires (a remembered
    /// password).
    pub fn can_renew(&self) -> bool {
        self.relogin.is_some()
    }

    /// Seconds this client adds to the machine's clock (learnt from the gateway's time).
    pub fn clock_offset(&self) -> i64 {
        self.clock_offset.load(Ordering::Relaxed)
    }

    /// Send one request as it is, with no retry but one after correcting the clock, and say
    /// what the gateway answered: its error code (None: success) and its time. Anonymous when
    /// no session is held. For `lockctl doctor` ([`crate::probe`]).
    pub async fn probe(&self, action: &str, version: &str) -> Result<ProbeAnswer> {
        let opts = CallOptions {
            read: true,
            anonymous: self.session().is_none(),
            ..Default::default()
        };
        let mut answer = self.probe_once(action, version, &opts).await?;
        if let (Some(CloudCode::TimeInvalid), Some(server)) = (&answer.code, answer.server_ms) {
            let offset = server / 1000 - now_secs();
            self.clock_offset.store(offset, Ordering::Relaxed);
            self.note(format!(
                "clock corrected by {offset}s from the server's time"
            ));
            answer = self.probe_once(action, version, &opts).await?;
        }
        Ok(answer)
    }

    async fn probe_once(
        &self,
        action: &str,
        version: &str,
        opts: &CallOptions,
    ) -> Result<ProbeAnswer> {
        let (params, key) = self.params(action, version, None, opts)?;
        let url = self.api_url()?;
        let url_shown = url.as_str().to_string();
        self.note(format!("POST {url_shown} a={action} v={version} (probe)"));
        // A probe is a request of the run like any other: it goes to the trace too.
        let mut rec = self.record_of(&url_shown, action, version, &params);
        let started = std::time::Instant::now();
        let sent = self
            .http
            .post(url.clone())
            .form(&params)
            .send()
            .await
            .map_err(|e| http::lost_or_unreachable(&e, &url_shown, action));
        let resp = match sent {
            Ok(r) => r,
            Err(e) => {
                if let Some(r) = rec.as_mut() {
                    r.failed(started, None, &e.to_string());
                }
                self.record(rec);
                return Err(e);
            }
        };
        let status = resp.status().as_u16();
        let body =
            match http::read_capped(resp, self.config.max_answer_bytes, &url_shown, action).await {
                Ok(b) => b,
                Err(e) => {
                    if let Some(r) = rec.as_mut() {
                        r.failed(started, Some(status), &e.to_string());
                    }
                    self.record(rec);
                    return Err(e);
                }
            };
        let local_ms = crate::clock::wire_now().as_millisecond();
        #[derive(Deserialize)]
        struct Outer {
            t: Option<i64>,
        }
        let server_ms = serde_json::from_slice::<Outer>(&body)
            .ok()
            .and_then(|o| o.t);
        let decoded = match key {
            Some(k) => {
                let opened = self.open_thing(body, status, &k, (&url_shown, action));
                if let Some(r) = rec.as_mut() {
                    r.answered(started, status, opened.1.as_bytes());
                    r.bytes = Some(opened.2);
                }
                opened.0
            }
            None => {
                if let Some(r) = rec.as_mut() {
                    r.answered(started, status, &body);
                }
                decode_envelope(body, status, &url_shown, action)
            }
        };
        self.record(rec);
        let code = match classify_answer(decoded, status, action) {
            Ok(_) => None,
            Err(SendError::Clock(_)) => Some(CloudCode::TimeInvalid),
            Err(SendError::Api(Error::Cloud { code, .. })) => Some(code),
            Err(SendError::Api(e)) => return Err(e),
        };
        Ok(ProbeAnswer {
            code,
            server_ms,
            local_ms,
        })
    }

    pub fn session(&self) -> Option<Session> {
        self.session
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Whether the client logged in again by itself (the caller should store the new session).
    pub fn session_renewed(&self) -> bool {
        self.session_renewed.load(Ordering::Relaxed)
    }

    pub(crate) fn set_session(&self, s: Session) {
        *self.session.lock().unwrap_or_else(|e| e.into_inner()) = Some(s);
    }

    /// The URL calls go to: the session's own gateway once logged in, else the configured one.
    pub fn api_url(&self) -> Result<Url> {
        let base = match self.session() {
            // A stored session's gateway obeys the rule a fresh login's does.
            Some(s) if !s.mobile_api_url.is_empty() => {
                crate::endpoint::check_gateway(&self.config.endpoint, &s.mobile_api_url)?
            }
            _ => self.config.endpoint.clone(),
        };
        let mut u = base;
        let p = format!("{}/api.json", u.path().trim_end_matches('/'));
        u.set_path(&p);
        Ok(u)
    }

    /// Call an action with JSON arguments and return the envelope's `result`.
    pub async fn call(
        &self,
        action: &str,
        version: &str,
        post_data: Option<&Value>,
        opts: &CallOptions,
    ) -> Result<Value> {
        let text = post_data.map(|v| v.to_string());
        self.call_raw(action, version, text.as_deref(), opts).await
    }

    /// Like [`Client::call`], with postData as exact text (signed as sent).
    pub async fn call_raw(
        &self,
        action: &str,
        version: &str,
        post_data: Option<&str>,
        opts: &CallOptions,
    ) -> Result<Value> {
        let text = self.call_text(action, version, post_data, opts).await?;
        serde_json::from_str(text.get()).map_err(|e| Error::BadResponse {
            url: self.config.endpoint.to_string(),
            reason: format!("the result of {action} is not JSON: {e}"),
        })
    }

    /// The envelope's `result` as unparsed JSON text: for large answers (record pages) that the
    /// caller streams on without building a value tree.
    pub async fn call_text(
        &self,
        action: &str,
        version: &str,
        post_data: Option<&str>,
        opts: &CallOptions,
    ) -> Result<Box<RawValue>> {
        let mut clock_fixed = false;
        let mut relogged = false;
        let mut backoff = self.config.rate_limit_backoff.iter();
        loop {
            let sent = match &self.throttle {
                Some(t) => {
                    crate::throttle::paced(t, self.send_once(action, version, post_data, opts))
                        .await
                }
                None => self.send_once(action, version, post_data, opts).await,
            };
            match sent {
                Ok(v) => return Ok(v),
                Err(SendError::Clock(server_ms)) if !clock_fixed => {
                    clock_fixed = true;
                    let offset = server_ms / 1000 - now_secs();
                    self.clock_offset.store(offset, Ordering::Relaxed);
                    self.decided(format!(
                        "clock corrected by {offset}s from the server's time"
                    ));
                }
                Err(SendError::Api(Error::Cloud { code, .. }))
                    if code.is_session()
                        && !relogged
                        && !opts.anonymous
                        && self.relogin.is_some() =>
                {
                    relogged = true;
                    let r = self.relogin.clone().ok_or(Error::NotLoggedIn)?;
                    self.decided("session expired; logging in again".into());
                    // Boxed by `renew`: login itself goes through `call`.
                    r.renew(self).await?;
                    self.session_renewed.store(true, Ordering::Relaxed);
                }
                Err(SendError::Api(Error::Cloud {
                    code: CloudCode::TooFrequent,
                    ..
                })) if opts.read && backoff.len() > 0 => {
                    if let Some(d) = backoff.next() {
                        self.decided(format!("rate limited; retrying in {} ms", d.as_millis()));
                        tokio::time::sleep(*d).await;
                    }
                }
                Err(SendError::Clock(ms)) => {
                    return Err(Error::Cloud {
                        code: CloudCode::TimeInvalid,
                        message: format!(
                            "still out of step with the server clock ({ms} ms) after correcting it"
                        ),
                        action: action.into(),
                    })
                }
                Err(SendError::Api(e)) => return Err(e),
            }
        }
    }

    fn note(&self, line: String) {
        if let Some(t) = &self.trace {
            let line = crate::redact::text(&line);
            t(&Trace { line });
        }
    }

    /// Something the client did by itself, for `--verbose` and the trace.
    fn decided(&self, line: String) {
        if let Some(r) = &self.recorder {
            r(&Record::note("mobile", &line));
        }
        self.note(line);
    }

    fn record(&self, rec: Option<Record>) {
        if let (Some(r), Some(rec)) = (&self.recorder, rec) {
            r(&rec);
        }
    }

    /// The record of a request about to go (None when nobody records).
    fn record_of(&self, url: &str, action: &str, version: &str, params: &Params) -> Option<Record> {
        self.recorder.as_ref()?;
        let mut rec = Record::request("mobile");
        rec.flavour = Some(self.config.key.mode().to_string());
        rec.action = Some(action.to_string());
        rec.version = Some(version.to_string());
        rec.url = Some(url.to_string());
        let thing = self.config.key.thing().is_some();
        // postData is shown as the body; a Thing one only as it was before sealing.
        rec.params = Some(crate::trace::pairs(params.iter().filter_map(
            |(k, v)| match (*k, thing) {
                ("postData", false) => None,
                ("postData", true) => Some((*k, "<encrypted>")),
                _ => Some((*k, v.as_str())),
            },
        )));
        Some(rec)
    }

    /// The signed parameters of one request, and its key on Thing profiles (which opens the
    /// answer).
    fn params(
        &self,
        action: &str,
        version: &str,
        post_data: Option<&str>,
        opts: &CallOptions,
    ) -> Result<(Params, Option<crate::thing::Key>)> {
        let time = now_secs() + self.clock_offset.load(Ordering::Relaxed);
        let thing = self.config.key.thing();
        let os = if thing.is_some() { "Android" } else { "Linux" };
        let mut p: Vec<(&'static str, String)> = vec![
            ("a", action.to_string()),
            ("v", version.to_string()),
            ("clientId", self.config.client_id.clone()),
            ("time", time.to_string()),
            ("lang", self.config.lang.clone()),
            ("os", os.to_string()),
            ("requestId", uuid::Uuid::new_v4().to_string()),
        ];
        if !self.config.device_id.is_empty() {
            p.push(("deviceId", self.config.device_id.clone()));
        }
        if self.config.key.is_hmac() {
            p.push(("et", HMAC_ET.to_string()));
            p.push(("ttid", "tuya".to_string()));
            p.push(("appVersion", "3.8.5".to_string()));
        }
        let session = if opts.anonymous {
            None
        } else {
            Some(self.session().ok_or(Error::NotLoggedIn)?)
        };
        if let Some(s) = &session {
            p.push(("sid", s.sid.expose().to_string()));
        }
        let key = match thing {
            Some(app) => {
                let ecode = session.as_ref().map(|s| s.ecode.expose());
                let id = &self.config.client_id;
                Some(crate::thing_wire::add_params(
                    &mut p, id, app, ecode, post_data,
                ))
            }
            None => {
                if let Some(pd) = post_data {
                    p.push(("postData", pd.to_string()));
                }
                None
            }
        };
        let sig = sign::sign(p.iter().map(|(k, v)| (*k, v.as_str())), &self.config.key);
        p.push(("sign", sig));
        Ok((p, key))
    }

    async fn send_once(
        &self,
        action: &str,
        version: &str,
        post_data: Option<&str>,
        opts: &CallOptions,
    ) -> std::result::Result<Box<RawValue>, SendError> {
        let (mut params, key) = self.params(action, version, post_data, opts)?;
        let mut url = self.api_url()?;
        if let Some(gid) = &opts.gid {
            url.query_pairs_mut().append_pair("gid", gid);
        }
        let url_shown = url.as_str().split('?').next().unwrap_or("").to_string();
        self.note(format!(
            "POST {url_shown} a={action} v={version}{}{}",
            opts.gid
                .as_ref()
                .map(|g| format!(" gid={g}"))
                .unwrap_or_default(),
            post_data
                .map(|d| format!(" postData={}", redact_post_data(d)))
                .unwrap_or_default()
        ));
        let mut rec = self.record_of(&url_shown, action, version, &params);
        if let Some(r) = rec.as_mut() {
            if let (Some(gid), Some(Value::Object(m))) = (&opts.gid, r.params.as_mut()) {
                m.insert("gid".into(), Value::String(gid.clone()));
            }
            r.body = post_data.map(crate::redact::body);
        }
        let started = std::time::Instant::now();
        let sent = self
            .http
            .post(url.clone())
            .form(&params)
            .send()
            .await
            .map_err(|e| http::lost_or_unreachable(&e, &url_shown, action));
        params.clear();
        let resp = match sent {
            Ok(r) => r,
            Err(e) => {
                if let Some(r) = rec.as_mut() {
                    r.failed(started, None, &e.to_string());
                }
                self.record(rec);
                return Err(e.into());
            }
        };
        let status = resp.status();
        let body =
            match http::read_capped(resp, self.config.max_answer_bytes, &url_shown, action).await {
                Ok(b) => b,
                Err(e) => {
                    if let Some(r) = rec.as_mut() {
                        r.failed(started, Some(status.as_u16()), &e.to_string());
                    }
                    self.record(rec);
                    return Err(e.into());
                }
            };
        self.note(format!(
            "<- HTTP {} {} bytes in {} ms",
            status.as_u16(),
            body.len(),
            started.elapsed().as_millis()
        ));
        let decoded = match key {
            Some(k) => {
                let opened = self.open_thing(body, status.as_u16(), &k, (&url_shown, action));
                if let Some(r) = rec.as_mut() {
                    r.answered(started, status.as_u16(), opened.1.as_bytes());
                    r.bytes = Some(opened.2);
                }
                opened.0
            }
            None => {
                if let Some(r) = rec.as_mut() {
                    r.answered(started, status.as_u16(), &body);
                }
                decode_envelope(body, status.as_u16(), &url_shown, action)
            }
        };
        self.record(rec);
        classify_answer(decoded, status.as_u16(), action)
    }

    /// A Thing answer, verified and decrypted; `--verbose` sees the decrypted body with its
    /// secrets redacted (never the key). Also the text a trace records (the decrypted inner
    /// envelope when there was one, else the answer as it came) and the answer's size.
    fn open_thing(
        &self,
        body: Vec<u8>,
        status: u16,
        key: &crate::thing::Key,
        at: (&str, &str),
    ) -> (std::result::Result<Box<RawValue>, SendError>, String, u64) {
        let cap = self.config.max_answer_bytes;
        let size = body.len() as u64;
        let as_sent = match &self.recorder {
            Some(_) => String::from_utf8_lossy(&body).into_owned(),
            None => String::new(),
        };
        let opened = crate::thing_wire::open_answer(body, status, key, cap, at);
        if let (Some(plain), Some(_)) = (&opened.plain, &self.trace) {
            let shown: String = redact_post_data(plain).chars().take(2000).collect();
            self.note(format!("<- decrypted: {shown}"));
        }
        let recorded = match (&self.recorder, opened.plain) {
            (Some(_), Some(plain)) => plain,
            _ => as_sent,
        };
        (opened.decoded, recorded, size)
    }
}

/// What the gateway said to one probe: its error code (None: it answered with success) and its
/// clock, beside the machine's when the answer came (both Unix milliseconds).
#[derive(Debug, Clone)]
pub struct ProbeAnswer {
    pub code: Option<CloudCode>,
    pub server_ms: Option<i64>,
    pub local_ms: i64,
}

/// The parameters of one request, in the order they are sent.
type Params = Vec<(&'static str, String)>;

/// An HTTP 5xx that carries no gateway envelope comes from something in front of the gateway
/// (a proxy, a crashed worker): the request may have been applied, so it is a lost answer. An
/// envelope, even on a 5xx, is the gateway's own word and stands.
fn classify_answer(
    decoded: std::result::Result<Box<RawValue>, SendError>,
    status: u16,
    action: &str,
) -> std::result::Result<Box<RawValue>, SendError> {
    match decoded {
        Err(SendError::Api(Error::BadResponse { url, reason })) if status >= 500 => {
            Err(SendError::Api(Error::AnswerLost {
                url,
                action: action.to_string(),
                reason,
            }))
        }
        other => other,
    }
}

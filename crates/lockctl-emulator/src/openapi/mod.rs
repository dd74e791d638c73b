//! The Cloud OpenAPI adapter: Tuya's developer-platform API (`/v1.0/...`, `/v2.0/...`) over the
//! same lock world as the mobile gateway, on the same port.
//!
//! - `sign`: the request signature (HMAC-SHA256 over method, body hash, signed headers and the
//!   URL with its query sorted), checked independently of any client's signer.
//! - `token`: project tokens (grant, refresh, expiry); `ticket`: password tickets and PIN
//!   decryption; `errors`: codes, messages, envelopes.
//! - `routes`: which method and path runs which handler; the handlers live in `devices`,
//!   `temppwd`, `door` (offline and dynamic passwords, remote unlock), `members`, `records`.
//!
//! A project is an access id and a 32-character access secret, linked to app accounts: it sees
//! the locks those accounts see and acts on a lock as its owner when the owner is linked. The
//! built-in demo project, [`DEMO_ACCESS_ID`] / [`DEMO_ACCESS_SECRET`], is linked to both demo
//! accounts and subscribed to the lock service; `serve --project ID:SECRET[:FLAGS]` adds more
//! (`no-lock`: not subscribed to the lock service, whose endpoints then answer 28841101; see
//! [`Project::parse`] for the other flags).
//!
//! [`process`] is the pipeline for one request: client id, signature, clock, the session's rate
//! limit ([`Gate`]), token, faults, route, subscription, the lock's injected failure, handler.
//! Passwords, lock users and methods show where their delivery to the lock stands (`phase`,
//! `delivery_status`; see `temppwd` and `members`).

use std::collections::BTreeMap;

use axum::http::HeaderMap;
use serde_json::Value;

use crate::world::{ids, Lock, World};

pub mod devices;
pub mod door;
pub mod errors;
pub mod members;
pub mod records;
pub mod routes;
pub mod sign;
pub mod temppwd;
pub mod ticket;
pub mod token;

pub use errors::OaError;

/// The built-in demo project's access id (20 characters, like the cloud's).
pub const DEMO_ACCESS_ID: &str = "lockctldemoaccess01x";
/// The built-in demo project's access secret (32 characters: it keys the tickets' AES-256).
pub const DEMO_ACCESS_SECRET: &str = "lockctldemoaccesssecret000000001";

/// How far a request's `t` may be from the cloud clock, milliseconds.
pub const MAX_SKEW_MS: i64 = 300_000;

/// A cloud project.
#[derive(Clone)]
pub struct Project {
    pub access_id: String,
    pub secret: String,
    /// The app accounts linked to the project (their uids).
    pub linked: Vec<String>,
    /// Subscribed to the Smart Lock Open Service.
    pub lock_service: bool,
    /// What stops its business calls, if anything (a lapsed plan, a used-up quota, a data
    /// centre that does not hold the linked accounts).
    pub blocked: Option<Blocked>,
    /// The project's own user (the token's `uid`), not a linked account.
    pub uid: String,
}

/// Never shows the secret.
impl std::fmt::Debug for Project {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Project")
            .field("access_id", &self.access_id)
            .field("linked", &self.linked)
            .field("lock_service", &self.lock_service)
            .field("blocked", &self.blocked)
            .finish_non_exhaustive()
    }
}

impl Project {
    fn linked_to_demo(access_id: &str, secret: &str, lock_service: bool) -> Project {
        Project {
            access_id: access_id.to_string(),
            secret: secret.to_string(),
            linked: vec![ids::DEMO_UID.to_string(), ids::OTHER_UID.to_string()],
            lock_service,
            blocked: None,
            uid: format!("bay{}", access_id.chars().take(16).collect::<String>()),
        }
    }

    pub fn demo() -> Project {
        Project::linked_to_demo(DEMO_ACCESS_ID, DEMO_ACCESS_SECRET, true)
    }

    /// `ACCESS_ID:SECRET[:FLAGS]`, linked to the demo accounts; FLAGS, comma separated:
    /// `no-lock` (not subscribed to the lock service), `plan-expired`, `quota-used`,
    /// `other-region` (see [`Blocked`]). The messages never repeat the secret.
    pub fn parse(spec: &str) -> Result<Project, String> {
        if !spec.contains(':') {
            // Perhaps a secret alone: say nothing of it.
            return Err("expected ACCESS_ID:SECRET".into());
        }
        let mut it = spec.splitn(3, ':');
        let id = it.next().unwrap_or("");
        let secret = it.next().unwrap_or("");
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err("expected ACCESS_ID:SECRET with a letters-and-digits access id".into());
        }
        if secret.len() != 32 || !secret.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(format!(
                "the secret of project {id} must be 32 printable ASCII characters"
            ));
        }
        let mut p = Project::linked_to_demo(id, secret, true);
        for flag in it.next().unwrap_or("").split(',').filter(|f| !f.is_empty()) {
            match flag {
                "no-lock" => p.lock_service = false,
                "plan-expired" => p.blocked = Some(Blocked::PlanExpired),
                "quota-used" => p.blocked = Some(Blocked::QuotaUsed),
                "other-region" => p.blocked = Some(Blocked::OtherRegion),
                _ => {
                    return Err(format!(
                        "project {id}: flags are no-lock, plan-expired, quota-used, other-region"
                    ))
                }
            }
        }
        Ok(p)
    }
}

/// Why a project's business calls (all but the token endpoints) are refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocked {
    /// The IoT Core plan's trial ran out: 28841002.
    PlanExpired,
    /// The trial quota is used up: 28841004.
    QuotaUsed,
    /// The project's data centre is not the linked accounts': device calls answer 2007.
    OtherRegion,
}

impl Blocked {
    fn error(self) -> OaError {
        match self {
            Blocked::PlanExpired => OaError::new(
                28841002,
                "No permission. Your subscription to cloud development plan has expired",
            ),
            Blocked::QuotaUsed => OaError::new(
                28841004,
                "No permission. The quota of API calls in the trial edition has been used up",
            ),
            Blocked::OtherRegion => OaError::new(2007, "cross-region access is not allowed"),
        }
    }
}

/// The OpenAPI face's own state beside the world: projects, tokens, tickets.
#[derive(Debug, Default)]
pub struct Face {
    pub projects: Vec<Project>,
    pub tokens: token::Tokens,
    pub tickets: ticket::Tickets,
}

impl Face {
    /// The demo project and `extra` (a later one with the same access id wins).
    pub fn new(extra: &[Project]) -> Face {
        let mut projects = vec![Project::demo()];
        for p in extra {
            projects.retain(|q| q.access_id != p.access_id);
            projects.push(p.clone());
        }
        Face {
            projects,
            ..Face::default()
        }
    }
}

impl Face {
    /// The projects as the control API shows them: no secrets.
    pub fn project_summaries(&self) -> Vec<Value> {
        self.projects
            .iter()
            .map(|p| {
                serde_json::json!({
                    "accessId": p.access_id, "lockService": p.lock_service,
                    "blocked": p.blocked.map(|b| format!("{b:?}")), "linked": p.linked,
                })
            })
            .collect()
    }
}

/// Whether a path is the OpenAPI face's: `/v<digit>...`.
pub fn is_openapi_path(path: &str) -> bool {
    path.strip_prefix("/v")
        .and_then(|r| r.bytes().next())
        .is_some_and(|b| b.is_ascii_digit())
}

/// One request as it came.
pub struct Request<'a> {
    pub method: &'a str,
    /// Not decoded.
    pub path: &'a str,
    pub raw_query: &'a str,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
}

impl Request<'_> {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

/// What a handler sees.
pub struct Ctx<'a> {
    pub world: &'a mut World,
    pub face: &'a mut Face,
    pub project: Project,
    /// The path's parameters, in order.
    pub args: Vec<String>,
    pub query: BTreeMap<String, String>,
    pub body: Value,
    /// The lock clock, Unix seconds.
    pub now: i64,
}

impl Ctx<'_> {
    /// The path's first parameter: the device id on device endpoints.
    pub fn dev(&self) -> String {
        self.args.first().cloned().unwrap_or_default()
    }

    /// The path parameter `i`.
    pub fn arg(&self, i: usize) -> String {
        self.args.get(i).cloned().unwrap_or_default()
    }

    /// The linked account the project acts as on `dev_id`: the lock's owner when linked, else a
    /// linked account the lock is shared with.
    pub fn acting_uid(&self, dev_id: &str) -> Result<String, OaError> {
        let l = self.world.lock(dev_id).ok_or_else(OaError::no_device)?;
        let linked = &self.project.linked;
        if linked.contains(&l.owner) {
            return Ok(l.owner.clone());
        }
        linked
            .iter()
            .find(|u| l.visible_to(u))
            .cloned()
            .ok_or_else(OaError::denied)
    }

    /// The request's lock and the account acting on it.
    pub fn lock(&self) -> Result<(&Lock, String), OaError> {
        let dev = self.dev();
        let uid = self.acting_uid(&dev)?;
        let l = self.world.lock(&dev).ok_or_else(OaError::no_device)?;
        Ok((l, uid))
    }

    /// `(device id, acting uid)`: what every world operation on a lock takes first.
    pub fn who(&self) -> Result<(String, String), OaError> {
        let dev = self.dev();
        let uid = self.acting_uid(&dev)?;
        Ok((dev, uid))
    }

    /// A query parameter, if present and not empty.
    pub fn q(&self, k: &str) -> Option<&str> {
        self.query
            .get(k)
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }
}

/// A handled request: its result, whether it changed the world, the device it named.
pub struct Outcome {
    pub result: Value,
    pub writes: bool,
}

/// What the pipeline needs beside the request.
pub struct Env<'a> {
    pub world: &'a mut World,
    pub face: &'a mut Face,
    /// The lock clock and the cloud clock, Unix seconds.
    pub now: i64,
    pub gw_now: i64,
    /// Fault: answer the next N requests as throttled (counted down here).
    pub rate_limit_next: &'a mut u64,
    /// The server's rate limit and per-lock faults.
    pub gate: &'a mut dyn Gate,
}

/// What the server decides about a request beside the face: whether its session is over its
/// rate, and whether the lock it names was made to fail.
pub trait Gate {
    /// Whether session `key` (its access token, or its client id before it has one) may send a
    /// request now; a refused request costs nothing.
    fn admit(&mut self, key: &str) -> bool;
    /// The error a request naming lock `dev` (at `path`) is made to answer, if any.
    fn lock_fault(&mut self, dev: &str, path: &str) -> Option<OaError>;
}

/// Whose bucket a request draws on: its access token, or its client id before it has one.
fn throttle_key(req: &Request, token_call: bool) -> String {
    match req.header("access_token") {
        t if !t.is_empty() && !token_call => format!("token:{t}"),
        _ => format!("client:{}", req.header("client_id")),
    }
}

fn decode_query(raw: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(raw.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// Client id, signature and clock; answers the project.
fn authenticate(
    face: &Face,
    req: &Request,
    query: &[(String, String)],
    token_call: bool,
    gw_now: i64,
) -> Result<Project, OaError> {
    let client_id = req.header("client_id");
    if client_id.is_empty() {
        return Err(OaError::header("client_id"));
    }
    let project = face
        .projects
        .iter()
        .find(|p| p.access_id == client_id)
        .ok_or_else(OaError::client_id)?;
    for h in ["sign", "t"] {
        if req.header(h).is_empty() {
            return Err(OaError::header(h));
        }
    }
    if !req
        .header("sign_method")
        .eq_ignore_ascii_case("HMAC-SHA256")
    {
        return Err(OaError::sign());
    }
    let signed_headers: Vec<(String, String)> = req
        .header("Signature-Headers")
        .split(':')
        .filter(|n| !n.is_empty())
        .map(|n| (n.to_string(), req.header(n).to_string()))
        .collect();
    let s = sign::Signed {
        method: req.method,
        path: req.path,
        query,
        body: req.body,
        headers: &signed_headers,
        client_id,
        access_token: if token_call {
            ""
        } else {
            req.header("access_token")
        },
        t: req.header("t"),
        nonce: req.header("nonce"),
    };
    if !sign::verify(&s, &project.secret, req.header("sign")) {
        return Err(OaError::sign());
    }
    match req.header("t").trim().parse::<i64>() {
        Ok(t) if (t - gw_now.saturating_mul(1000)).abs() <= MAX_SKEW_MS => Ok(project.clone()),
        _ => Err(OaError::time()),
    }
}

/// One OpenAPI request, from its parts to its result.
pub fn process(env: Env, req: &Request) -> Result<Outcome, OaError> {
    let query = decode_query(req.raw_query);
    let token_call = req.path == "/v1.0/token" || req.path.starts_with("/v1.0/token/");
    let project = authenticate(env.face, req, &query, token_call, env.gw_now)?;
    if !env.gate.admit(&throttle_key(req, token_call)) {
        return Err(OaError::throttled());
    }
    if token_call {
        return devices::token(env.face, &project, req.method, req.path, &query, env.gw_now);
    }
    env.face
        .tokens
        .check(&project.access_id, req.header("access_token"), env.gw_now)?;
    if *env.rate_limit_next > 0 {
        *env.rate_limit_next -= 1;
        return Err(OaError::throttled());
    }
    let (route, args) = routes::find(req.method, req.path).ok_or_else(OaError::path)?;
    if let Some(b) = project.blocked {
        return Err(b.error());
    }
    if route.lock_service && !project.lock_service {
        return Err(OaError::not_subscribed());
    }
    if let Some(e) = route
        .names_lock(&args)
        .and_then(|d| env.gate.lock_fault(d, req.path))
    {
        return Err(e);
    }
    let body = match req.body.iter().all(u8::is_ascii_whitespace) {
        true => Value::Null,
        false => serde_json::from_slice(req.body)
            .map_err(|_| OaError::illegal("the body is not JSON"))?,
    };
    let mut ctx = Ctx {
        world: env.world,
        face: env.face,
        project,
        args,
        query: query.into_iter().collect(),
        body,
        now: env.now,
    };
    let result = (route.handler)(&mut ctx)?;
    Ok(Outcome {
        result,
        writes: route.writes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projects_parse_without_repeating_secrets() {
        let secret = "0123456789abcdef0123456789abcdef";
        let p = Project::parse(&format!("abc:{secret}")).unwrap();
        assert!(p.lock_service);
        assert_eq!(p.linked.len(), 2);
        assert!(!format!("{p:?}").contains(secret));
        assert!(
            !Project::parse(&format!("abc:{secret}:no-lock"))
                .unwrap()
                .lock_service
        );
        for bad in [
            secret.to_string(),
            format!(":{secret}"),
            "abc:short".into(),
            format!("abc:{secret}:other"),
            format!("abc:{secret}:no-lock,other"),
            format!("a-b:{secret}"),
        ] {
            let e = Project::parse(&bad).unwrap_err();
            assert!(!e.contains(secret) && !e.contains("short"), "{e}");
        }
        assert_eq!(DEMO_ACCESS_SECRET.len(), 32);
        assert_eq!(DEMO_ACCESS_ID.len(), 20);
    }

    #[test]
    fn openapi_paths() {
        assert!(is_openapi_path("/v1.0/token"));
        assert!(is_openapi_path("/v2.0/cloud/thing/x"));
        assert!(!is_openapi_path("/api.json"));
        assert!(!is_openapi_path("/vx"));
        assert!(!is_openapi_path("/_emulator/state"));
    }
}

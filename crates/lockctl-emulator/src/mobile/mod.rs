//! The mobile gateway adapter: Tuya's app API at `/api.json` over the lock world.
//!
//! - `protocol`: parameters, signatures, envelopes and error codes (knows nothing of locks).
//! - `auth`: login tokens, the RSA key for passwords, sessions.
//! - `routes`: which (action, version) exists for which kind of lock, and its handler.
//! - `params`: reading postData fields.
//! - `handlers`: parse postData, call a world operation, shape the response.
//!
//! [`process`] is the pipeline for one request: client, signature, clock, faults, action,
//! session, postData, device, handler.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::world::{Access, Lock, World, WorldError};

pub mod auth;
pub mod handlers;
pub mod params;
pub mod protocol;
pub mod routes;
pub mod thing;

use auth::{Auth, SessionCheck};
use protocol::{ApiError, AppClient};
use routes::Scope;

/// How far a request's `time` may be from the gateway clock.
pub const MAX_SKEW_SECS: i64 = 300;

/// What a handler sees.
pub struct Ctx<'a> {
    pub world: &'a mut World,
    pub auth: &'a mut Auth,
    pub uid: String,
    /// The emulator clock, Unix seconds.
    pub now: i64,
    /// The gateway clock (real time plus any injected skew), for tokens and sessions.
    pub gw_now: i64,
    pub pd: Value,
    pub params: &'a BTreeMap<String, String>,
    pub base_url: &'a str,
    /// Fault: added to `totalCount` of record pages (a total that lies).
    pub total_count_offset: i64,
}

impl Ctx<'_> {
    /// The request's `devId`.
    pub fn dev_id(&self) -> Result<String, ApiError> {
        params::req_str(&self.pd, "devId")
    }
    /// The request's lock, as the caller sees it.
    pub fn lock(&self) -> Result<&Lock, ApiError> {
        let id = self.dev_id()?;
        Ok(self.world.lock_as(&id, &self.uid, Access::View)?)
    }
    /// `(devId, caller uid)`: what every world operation on a lock takes first.
    pub fn who(&self) -> Result<(String, String), ApiError> {
        Ok((self.dev_id()?, self.uid.clone()))
    }
}

/// A handler's answer: a JSON value, or JSON text it rendered itself (record pages, which are
/// large and hot: rendering them straight from the model avoids building a Value tree).
pub enum Reply {
    Json(Value),
    Raw(Box<serde_json::value::RawValue>),
}

/// The world's refusals in the gateway's words.
impl From<WorldError> for ApiError {
    fn from(e: WorldError) -> ApiError {
        match e {
            WorldError::NoSuchLock => ApiError::no_device(),
            WorldError::NotFound(m) | WorldError::InvalidParam(m) => ApiError::param(m),
            WorldError::PermissionDenied(m) => ApiError::denied(m),
            WorldError::LimitReached(m) => ApiError::new("OFFLINE_PWD_EXCEED_LIMIT", m),
            e @ WorldError::RemoteUnlockDisabled => {
                ApiError::new("REMOTE_UNLOCK_DISABLED", e.to_string())
            }
            e @ WorldError::DeviceOffline => ApiError::new("DEVICE_OFFLINE", e.to_string()),
        }
    }
}

/// Faults the gateway itself plays (the HTTP ones are the server's).
pub struct GatewayFaults<'a> {
    /// Answer the next N requests `REQUEST_TOO_FREQUENTLY` (counted down here).
    pub rate_limit_next: &'a mut u64,
    /// Record lists: shift every page after the first by this many records.
    pub page_shift: i64,
    /// Record lists: add this to `totalCount`.
    pub total_count_offset: i64,
}

/// The gateway's state for one request.
pub struct Gateway<'a> {
    pub world: &'a mut World,
    pub auth: &'a mut Auth,
    pub clients: &'a [AppClient],
    pub faults: GatewayFaults<'a>,
    /// The lock clock and the gateway clock, Unix seconds.
    pub now: i64,
    pub gw_now: i64,
    pub base_url: &'a str,
}

/// A handled request: its reply, and whether it changed the world (to be saved).
pub struct Outcome {
    pub reply: Reply,
    pub writes: bool,
}

fn check_client(gw: &Gateway, params: &BTreeMap<String, String>) -> Result<(), ApiError> {
    let client_id = params.get("clientId").map(String::as_str).unwrap_or("");
    let app = gw
        .clients
        .iter()
        .find(|c| c.id == client_id)
        .ok_or_else(ApiError::client)?;
    // A Thing app's signature covers the encrypted body: `thing::unseal` checked it before
    // decrypting, and only requests it opened reach this point.
    let thing = matches!(app.mode, protocol::AppMode::Thing { .. });
    if !thing && !protocol::verify(params, app) {
        return Err(ApiError::sign());
    }
    match params
        .get("time")
        .and_then(|t| t.trim().parse::<i64>().ok())
    {
        Some(t) if (t - gw.gw_now).abs() <= MAX_SKEW_SECS => Ok(()),
        _ => Err(ApiError::new(
            "TIME_VALIDATE_FAILED",
            "request time is out of range",
        )),
    }
}

fn session_uid(gw: &Gateway, params: &BTreeMap<String, String>) -> Result<String, ApiError> {
    let sid = params.get("sid").map(String::as_str).unwrap_or("");
    if sid.is_empty() {
        return Err(ApiError::session_loss());
    }
    match gw.auth.check(sid, gw.gw_now) {
        SessionCheck::Ok(uid) => Ok(uid),
        SessionCheck::Unknown => Err(ApiError::session_loss()),
        SessionCheck::Expired => Err(ApiError::session_invalid()),
    }
}

fn post_data(params: &BTreeMap<String, String>) -> Result<Value, ApiError> {
    match params.get("postData").map(|s| s.trim()) {
        None | Some("") => Ok(json!({})),
        Some(text) => match serde_json::from_str::<Value>(text) {
            Ok(v @ Value::Object(_)) => Ok(v),
            _ => Err(ApiError::param("postData must be a JSON object")),
        },
    }
}

/// The device checks of a device call: the lock exists, the caller sees it, it has this
/// action, and the caller is its administrator if the action needs one.
fn check_device(
    world: &World,
    (action, version): (&str, &str),
    route: &routes::Route,
    pd: &Value,
    uid: &str,
) -> Result<(), ApiError> {
    let dev = params::req_str(pd, "devId")?;
    let lock = world.lock_as(&dev, uid, Access::View)?;
    if !routes::scope_allows(route.scope, lock.radio()) {
        return Err(ApiError::api(action, version));
    }
    if route.admin {
        world.lock_as(&dev, uid, Access::Admin)?;
    }
    Ok(())
}

/// One gateway request, from its merged parameters to its reply.
pub fn process(gw: Gateway, params: &BTreeMap<String, String>) -> Result<Outcome, ApiError> {
    check_client(&gw, params)?;
    if *gw.faults.rate_limit_next > 0 {
        *gw.faults.rate_limit_next -= 1;
        return Err(ApiError::too_frequent());
    }
    let action = params.get("a").map(String::as_str).unwrap_or("");
    let version = params.get("v").map(String::as_str).unwrap_or("");
    let route = routes::route(action, version).ok_or_else(|| ApiError::api(action, version))?;
    let uid = if route.scope == Scope::Anonymous {
        String::new()
    } else {
        session_uid(&gw, params)?
    };
    let mut pd = post_data(params)?;
    let records_call = action.ends_with("history.list") || action.ends_with("alarm.list");
    if records_call && gw.faults.page_shift != 0 {
        if let Some(off) = params::opt_int(&pd, "offset")
            .ok()
            .flatten()
            .filter(|o| *o > 0)
        {
            pd["offset"] = json!(off.saturating_add(gw.faults.page_shift).max(0));
        }
    }
    if matches!(route.scope, Scope::Wifi | Scope::Ble | Scope::AnyLock) {
        check_device(gw.world, (action, version), &route, &pd, &uid)?;
    }
    let mut ctx = Ctx {
        world: gw.world,
        auth: gw.auth,
        uid,
        now: gw.now,
        gw_now: gw.gw_now,
        pd,
        params,
        base_url: gw.base_url,
        total_count_offset: gw.faults.total_count_offset,
    };
    let reply = route.handler.call(&mut ctx)?;
    Ok(Outcome {
        reply,
        writes: route.writes,
    })
}

/// The built-in demo app key (md5 signing); 20 and 32 characters as real clients insist.
pub const DEMO_CLIENT_ID: &str = "lockctldemo000000001";
pub const DEMO_APP_SECRET: &str = "lockctldemosecret000000000000001";

/// The built-in demo Thing app (`et=3` signing, encrypted bodies), registered beside the md5
/// demo key so that Thing clients (lockctl's `--sign thing`, the public Thing SDK clients) can
/// be tried without a `--client` flag. Made-up values of the real lengths.
pub mod demo_thing {
    pub const CLIENT_ID: &str = "lockctlthing00000001";
    pub const APP_SECRET: &str = "lockctlthingsecret00000000000001";
    pub const BMP_SECRET: &str = "lockctlthingbmp00000000000000002";
    /// The app certificate's SHA-256, as 64 hex characters.
    pub const CERT_SHA256: &str =
        "4C4F434B43544C00000000000000000000000000000000000000000044454D4F";
    pub const PACKAGE: &str = "com.example.lockctl.demo";

    /// The `--client` spec of this app.
    pub fn spec() -> String {
        format!("{CLIENT_ID}:{APP_SECRET}:thing:{CERT_SHA256}:{BMP_SECRET}:{PACKAGE}")
    }
}

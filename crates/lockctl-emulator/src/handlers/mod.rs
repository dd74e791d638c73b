//! The lock model's answer to each (action, version): which kinds of lock have it, whether only an
//! administrator may call it, and the handler. The protocol layer calls `route` and knows nothing
//! else of locks.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::protocol::ApiError;
use crate::world::{Lock, World};

pub mod account;
pub mod member;
pub mod misc;
pub mod offlinepwd;
pub mod opmode;
pub mod records;
pub mod temppwd;

/// What a handler sees.
pub struct Ctx<'a> {
    pub world: &'a mut World,
    pub auth: &'a mut crate::auth::Auth,
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

/// A handler answers a JSON value, or JSON text it rendered itself (record pages, which are
/// large and hot: rendering them straight from the model avoids building a Value tree).
#[derive(Clone, Copy)]
pub enum Handler {
    Json(JsonFn),
    Raw(RawFn),
}

pub enum Reply {
    Json(Value),
    Raw(Box<serde_json::value::RawValue>),
}

impl Handler {
    pub fn call(self, ctx: &mut Ctx) -> Result<Reply, ApiError> {
        match self {
            Handler::Json(f) => f(ctx).map(Reply::Json),
            Handler::Raw(f) => f(ctx).map(Reply::Raw),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Login calls: no session.
    Anonymous,
    /// Account calls: a session, no device.
    Account,
    /// Device calls on Wi-Fi locks only.
    Wifi,
    /// Device calls on Bluetooth and Zigbee locks (the Bluetooth lock API).
    Ble,
    /// Device calls on every lock.
    AnyLock,
}

pub struct Route {
    pub scope: Scope,
    /// Only the lock's administrator may call it.
    pub admin: bool,
    /// Changes state (persisted with --state).
    pub writes: bool,
    pub handler: Handler,
}

type JsonFn = fn(&mut Ctx) -> Result<Value, ApiError>;
type RawFn = fn(&mut Ctx) -> Result<Box<serde_json::value::RawValue>, ApiError>;

const fn r(scope: Scope, admin: bool, writes: bool, handler: JsonFn) -> Route {
    Route {
        scope,
        admin,
        writes,
        handler: Handler::Json(handler),
    }
}

const fn raw(scope: Scope, admin: bool, writes: bool, handler: RawFn) -> Route {
    Route {
        scope,
        admin,
        writes,
        handler: Handler::Raw(handler),
    }
}

use Scope::*;

/// Every (action, version) the emulated cloud answers. Others get `API_OR_API_VERSION_WRONG`.
pub fn route(action: &str, version: &str) -> Option<Route> {
    use account as a;
    use member as m;
    use misc as x;
    use offlinepwd as o;
    use opmode as op;
    use records as rec;
    use temppwd as t;
    Some(match (action, version) {
        ("tuya.m.user.email.token.create", "1.0") | ("tuya.m.user.mobile.token.create", "1.0") => {
            r(Anonymous, false, false, a::token_create)
        }
        ("tuya.m.user.email.password.login", "1.0")
        | ("tuya.m.user.mobile.password.login", "1.0") => {
            r(Anonymous, false, false, a::password_login)
        }
        ("tuya.m.location.list", "1.0") => r(Account, false, false, a::location_list),
        ("tuya.m.my.group.device.list", "1.0") => r(Account, false, false, a::group_device_list),
        ("tuya.m.device.get", "1.0") => r(AnyLock, false, false, a::device_get),
        // members
        ("tuya.m.device.member.list", "2.0") => r(Wifi, false, false, m::family_list),
        ("tuya.m.device.member.list", "4.0") => r(Ble, false, false, m::family_list),
        ("tuya.m.device.member.panel.list", "2.0") => r(Wifi, false, false, m::panel_list),
        ("tuya.m.device.member.panel.list", "5.0") => r(Ble, false, false, m::panel_list),
        ("tuya.m.device.member.count", "1.0") => r(Wifi, false, false, m::count),
        ("tuya.m.device.member.get", "2.0") => r(Ble, false, false, m::me),
        ("tuya.m.device.member.detail", "1.0") => r(Wifi, false, false, m::detail_wifi),
        ("tuya.m.device.member.detail", "4.0") => r(Ble, false, false, m::detail_ble),
        ("m.smart.scale.history.user.add", "1.0") => r(Wifi, true, true, m::add_wifi),
        ("tuya.m.device.member.add", "3.0") => r(Ble, true, true, m::add_ble),
        ("tuya.m.device.member.update", "3.0") => r(Ble, true, true, m::update),
        ("m.smart.scale.history.user.delete", "1.0") => r(Wifi, true, true, m::remove),
        ("tuya.m.device.member.remove", "1.0") => r(Ble, true, true, m::remove),
        ("tuya.m.device.member.upgrade", "1.0") => r(Ble, true, true, m::upgrade),
        ("tuya.m.device.member.lockid", "1.0") => r(Ble, false, false, m::lock_id),
        ("tuya.m.device.member.share.add", "1.0") => r(Ble, true, true, m::share),
        ("tuya.m.device.member.share.remove", "1.0") => r(Ble, true, true, m::unshare),
        ("tuya.m.device.member.opmode.phase", "1.0") => r(Ble, true, true, m::phase),
        // unlock methods
        ("tuya.m.device.member.opmode.list", "1.0") => r(Ble, false, false, op::list),
        ("tuya.m.device.member.opmode.get", "2.0") => r(Ble, false, false, op::get),
        ("tuya.m.device.member.opmode.preview", "1.0") => r(Ble, false, false, op::preview),
        ("tuya.m.device.member.opmode.add", "2.0") => r(Wifi, true, true, op::add_wifi),
        ("tuya.m.device.member.opmode.add", "1.0") => r(Ble, true, true, op::add_ble),
        ("tuya.m.device.member.opmode.update", "1.0") => r(AnyLock, true, true, op::rename),
        ("m.smart.scale.user.unlock.remove", "1.0") => r(Wifi, true, true, op::remove_wifi),
        ("tuya.m.device.member.opmode.remove", "1.0") => r(Ble, true, true, op::remove_ble),
        ("tuya.m.device.unlock.assignlist", "1.0") => r(Wifi, false, false, op::unassigned),
        ("tuya.m.device.unlock.waitassign", "1.0") => r(Wifi, false, false, op::pending),
        ("tuya.m.device.user.unlock.allocate", "1.0") => r(Wifi, true, true, op::allocate),
        ("tuya.m.device.user.unlock.bind", "1.0") => r(Wifi, true, true, op::bind_records),
        ("tuya.m.scale.hijacking.add.config", "1.0") => r(Wifi, true, true, op::hijack_set),
        ("tuya.m.scale.hijacking.remove.config", "1.0") => r(Wifi, true, true, op::hijack_unset),
        // online temporary passwords
        ("tuya.m.device.lock.temppwd.list", "2.0") => r(Wifi, false, false, t::list),
        ("tuya.m.device.lock.temppwd.list", "3.0") => r(Ble, false, false, t::list),
        ("tuya.m.device.lock.temppwd.create", "4.0") => r(Wifi, true, true, t::create),
        ("tuya.m.device.lock.temppwd.create", "5.0") => r(Ble, true, true, t::create),
        ("tuya.m.device.lock.temppwd.validate", "1.0") => r(Ble, false, false, t::validate),
        ("tuya.m.device.lock.temppwd.update", "1.0") => r(Ble, true, true, t::update),
        ("tuya.m.device.lock.temppwd.name.update", "2.0") => r(Wifi, true, true, t::rename),
        ("tuya.m.device.lock.temppwd.del", "2.0") => r(Wifi, true, true, t::remove),
        ("tuya.m.device.lock.temppwd.remove", "1.0") => r(Ble, true, true, t::remove),
        ("tuya.m.device.lock.dynapwd.get", "1.0") => r(AnyLock, false, true, t::dynamic),
        // offline passwords
        ("tuya.m.device.lock.offlinepwd.available", "1.0") => {
            r(AnyLock, false, false, o::available)
        }
        ("tuya.m.device.lock.offlinepwd.get", "1.0") => r(AnyLock, true, true, o::create),
        ("tuya.m.device.lock.offlinepwd.list", "1.0") => r(AnyLock, false, false, o::list),
        ("tuya.m.device.lock.offlinepwd.bind", "1.0") => r(Wifi, true, true, o::rename),
        ("tuya.m.device.lock.offlinepwd.name.update", "1.0") => r(Ble, true, true, o::rename),
        ("tuya.m.device.lock.offlinepwd.revoke", "1.0") => r(AnyLock, true, true, o::revoke),
        ("tuya.m.device.lock.offlinepwd.revocable", "1.0") => {
            r(AnyLock, false, false, o::revocable)
        }
        // records
        ("tuya.m.scale.history.list", "2.0") => raw(Wifi, false, false, rec::history),
        ("tuya.m.device.lock.history.list", "2.0") => raw(Ble, false, false, rec::history),
        ("tuya.m.device.lock.alarm.list", "1.0") => raw(AnyLock, false, true, rec::alarms),
        ("tuya.m.device.lock.alarm.unread", "1.0") => r(Wifi, false, false, rec::unread),
        // the rest
        ("tuya.m.device.lock.voice.pwd.flag", "1.0") => r(Ble, false, false, x::voice_flag),
        ("tuya.m.device.lock.voice.pwd.setting", "1.0") => r(Ble, true, true, x::voice_setting),
        ("tuya.m.device.props.fetch", "2.0") => r(Ble, false, false, x::props_fetch),
        ("tuya.m.zigbee.lock.remotepwd.execute", "1.0") => r(Ble, false, true, x::remote_execute),
        ("tuya.m.device.active.date", "1.0") => r(Ble, false, false, x::active_date),
        ("tuya.m.device.lock.active.period", "1.0") => r(Wifi, false, false, x::active_period),
        ("tuya.m.device.opmode.sync.rise", "2.0") => r(Ble, false, false, x::sync_rise),
        _ => return None,
    })
}

/// Whether a lock of `radio` has an action of this scope.
pub fn scope_allows(scope: Scope, radio: &str) -> bool {
    match scope {
        Scope::Wifi => radio == "wifi",
        Scope::Ble => radio == "ble" || radio == "zigbee",
        Scope::AnyLock => true,
        Scope::Account | Scope::Anonymous => true,
    }
}

// ---- helpers shared by the handlers ----

/// A string parameter, accepting numbers (the seeds are loose about ids).
pub fn opt_str(pd: &Value, k: &str) -> Option<String> {
    match pd.get(k) {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(Value::Bool(b)) => Some(b.to_string()),
        _ => None,
    }
}

pub fn req_str(pd: &Value, k: &str) -> Result<String, ApiError> {
    match opt_str(pd, k) {
        Some(s) if !s.trim().is_empty() => Ok(s),
        _ => Err(ApiError::param(format!("{k} is required"))),
    }
}

/// An integer parameter, accepting numeric strings.
pub fn opt_int(pd: &Value, k: &str) -> Result<Option<i64>, ApiError> {
    match pd.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| ApiError::param(format!("{k} must be an integer"))),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => s
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| ApiError::param(format!("{k} must be an integer"))),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(_) => Err(ApiError::param(format!("{k} must be an integer"))),
    }
}

pub fn req_int(pd: &Value, k: &str) -> Result<i64, ApiError> {
    opt_int(pd, k)?.ok_or_else(|| ApiError::param(format!("{k} is required")))
}

pub fn opt_bool(pd: &Value, k: &str) -> Result<Option<bool>, ApiError> {
    match pd.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(Value::String(s)) if s == "true" || s == "1" => Ok(Some(true)),
        Some(Value::String(s)) if s == "false" || s == "0" => Ok(Some(false)),
        Some(Value::Number(n)) if n.as_i64() == Some(1) => Ok(Some(true)),
        Some(Value::Number(n)) if n.as_i64() == Some(0) => Ok(Some(false)),
        _ => Err(ApiError::param(format!("{k} must be true or false"))),
    }
}

/// A list of strings given as a JSON array, or as a comma separated string.
pub fn str_list(pd: &Value, k: &str) -> Result<Option<Vec<String>>, ApiError> {
    match pd.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| match v {
                Value::String(s) => Ok(s.trim().to_string()),
                Value::Number(n) => Ok(n.to_string()),
                _ => Err(ApiError::param(format!("{k} must list strings or numbers"))),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(
            s.split(',')
                .map(|p| p.trim().trim_matches('"').to_string())
                .filter(|p| !p.is_empty())
                .collect(),
        )),
        Some(Value::Number(n)) => Ok(Some(vec![n.to_string()])),
        Some(_) => Err(ApiError::param(format!("{k} must be a list"))),
    }
}

/// Offset/limit paging with the bounds a real service would enforce. Accepts the Wi-Fi seed's
/// `linit` typo as `limit`.
pub fn paging(pd: &Value, default_limit: i64) -> Result<(usize, usize), ApiError> {
    let offset = opt_int(pd, "offset")?.unwrap_or(0);
    let limit = match opt_int(pd, "limit")? {
        Some(l) => Some(l),
        None => opt_int(pd, "linit")?,
    }
    .unwrap_or(default_limit);
    if offset < 0 {
        return Err(ApiError::param("offset must not be negative"));
    }
    if !(1..=500).contains(&limit) {
        return Err(ApiError::param("limit must be between 1 and 500"));
    }
    Ok((offset as usize, limit as usize))
}

impl Ctx<'_> {
    pub fn dev_id(&self) -> Result<String, ApiError> {
        req_str(&self.pd, "devId")
    }
    pub fn lock(&self) -> Result<&Lock, ApiError> {
        let id = self.dev_id()?;
        self.world.lock(&id).ok_or_else(ApiError::no_device)
    }
    pub fn lock_mut(&mut self) -> Result<&mut Lock, ApiError> {
        let id = self.dev_id()?;
        self.world.lock_mut(&id).ok_or_else(ApiError::no_device)
    }
}

/// Decrypt a PIN sent as lowercase hex of AES-128-ECB(PKCS#7) under the lock's localKey.
pub fn decrypt_pin(hex_text: &str, local_key: &str) -> Option<String> {
    use aes::cipher::{generic_array::GenericArray, BlockDecrypt, KeyInit};
    let data = hex::decode(hex_text).ok()?;
    if data.is_empty() || data.len() % 16 != 0 || local_key.len() != 16 {
        return None;
    }
    let cipher = aes::Aes128::new(GenericArray::from_slice(local_key.as_bytes()));
    let mut out = Vec::with_capacity(data.len());
    for chunk in data.chunks(16) {
        let mut block = GenericArray::clone_from_slice(chunk);
        cipher.decrypt_block(&mut block);
        out.extend_from_slice(&block);
    }
    let pad = *out.last()? as usize;
    if pad == 0
        || pad > 16
        || out.len() < pad
        || !out[out.len() - pad..].iter().all(|b| *b as usize == pad)
    {
        return None;
    }
    out.truncate(out.len() - pad);
    String::from_utf8(out).ok()
}

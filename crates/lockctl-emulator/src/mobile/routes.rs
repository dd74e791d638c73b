//! The mobile gateway's catalogue: for each (action, version), which kinds of lock have it,
//! whether only a lock's administrator may call it, whether it changes state, and its handler.

use serde_json::Value;

use super::handlers::{account, member, misc, offlinepwd, opmode, records, temppwd};
use super::{Ctx, Reply};
use crate::mobile::protocol::ApiError;

/// A handler answers a JSON value, or JSON text it rendered itself (record pages, which are
/// large and hot: rendering them straight from the model avoids building a Value tree).
#[derive(Clone, Copy)]
pub enum Handler {
    Json(JsonFn),
    Raw(RawFn),
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
/// Today's apps name the actions `thing.m.*` (some builds `smartlife.m.*`): the same action as
/// `tuya.m.*` (or as the `thing.m.*` login actions, which have no `tuya.m.*` twin).
pub fn route(action: &str, version: &str) -> Option<Route> {
    if let Some(r) = route_exact(action, version) {
        return Some(r);
    }
    let rest = action
        .strip_prefix("thing.")
        .or_else(|| action.strip_prefix("smartlife."))?;
    route_exact(&format!("tuya.{rest}"), version)
        .or_else(|| route_exact(&format!("thing.{rest}"), version))
}

fn route_exact(action: &str, version: &str) -> Option<Route> {
    account_routes(action, version)
        .or_else(|| member_routes(action, version))
        .or_else(|| opmode_routes(action, version))
        .or_else(|| password_routes(action, version))
        .or_else(|| other_routes(action, version))
}

/// Login, homes and devices.
fn account_routes(action: &str, version: &str) -> Option<Route> {
    use account as a;
    Some(match (action, version) {
        ("tuya.m.user.email.token.create", "1.0") | ("tuya.m.user.mobile.token.create", "1.0") => {
            r(Anonymous, false, false, a::token_create)
        }
        ("tuya.m.user.email.password.login", "1.0")
        | ("tuya.m.user.mobile.password.login", "1.0") => {
            r(Anonymous, false, false, a::password_login)
        }
        // The Thing SDK login: a token by username, then the password (RSA as above).
        ("thing.m.user.username.token.get", "2.0") => r(Anonymous, false, false, a::token_create),
        ("thing.m.user.email.password.login", "3.0")
        | ("thing.m.user.mobile.passwd.login", "4.0") => {
            r(Anonymous, false, false, a::password_login)
        }
        ("tuya.m.location.list", "1.0") => r(Account, false, false, a::location_list),
        ("tuya.m.my.group.device.list", "1.0") => r(Account, false, false, a::group_device_list),
        ("tuya.m.device.get", "1.0") => r(AnyLock, false, false, a::device_get),
        ("tuya.m.device.ref.info.my.list", "1.0") | ("tuya.m.device.ref.info.my.list", "2.0") => {
            r(Account, false, false, a::ref_info_list)
        }
        _ => return None,
    })
}

/// Members.
fn member_routes(action: &str, version: &str) -> Option<Route> {
    use member as m;
    Some(match (action, version) {
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
        _ => return None,
    })
}

/// Unlock methods.
fn opmode_routes(action: &str, version: &str) -> Option<Route> {
    use opmode as op;
    Some(match (action, version) {
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
        _ => return None,
    })
}

/// Online temporary and offline passwords.
fn password_routes(action: &str, version: &str) -> Option<Route> {
    use offlinepwd as o;
    use temppwd as t;
    Some(match (action, version) {
        ("tuya.m.device.lock.temppwd.list", "2.0") => r(Wifi, false, false, t::list),
        ("tuya.m.device.lock.temppwd.list", "3.0") => r(Ble, false, false, t::list),
        ("tuya.m.device.lock.temppwd.create", "4.0") => r(Wifi, true, true, t::create),
        ("tuya.m.device.lock.temppwd.create", "5.0") => r(Ble, true, true, t::create),
        ("tuya.m.device.lock.temppwd.validate", "1.0") => r(Ble, false, false, t::validate),
        ("tuya.m.device.lock.temppwd.update", "1.0") => r(Ble, true, true, t::update),
        ("tuya.m.device.lock.temppwd.name.update", "2.0") => r(Wifi, true, true, t::rename),
        ("tuya.m.device.lock.temppwd.del", "2.0") => r(Wifi, true, true, t::remove_wifi),
        ("tuya.m.device.lock.temppwd.remove", "1.0") => r(Ble, true, true, t::remove_ble),
        ("tuya.m.device.lock.dynapwd.get", "1.0") => r(AnyLock, false, true, t::dynamic),
        // offline passwords
        ("tuya.m.device.lock.offlinepwd.available", "1.0") => {
            r(AnyLock, false, false, o::available)
        }
        ("tuya.m.device.lock.offlinepwd.get", "1.0") => r(AnyLock, true, true, o::create),
        ("tuya.m.device.lock.offlinepwd.list", "1.0") => r(AnyLock, false, false, o::list),
        ("tuya.m.device.lock.offlinepwd.bind", "1.0") => r(Wifi, true, true, o::rename_wifi),
        ("tuya.m.device.lock.offlinepwd.name.update", "1.0") => r(Ble, true, true, o::rename_ble),
        ("tuya.m.device.lock.offlinepwd.revoke", "1.0") => r(AnyLock, true, true, o::revoke),
        ("tuya.m.device.lock.offlinepwd.revocable", "1.0") => {
            r(AnyLock, false, false, o::revocable)
        }
        _ => return None,
    })
}

/// Records, voice, remote unlock, activation and sync.
fn other_routes(action: &str, version: &str) -> Option<Route> {
    use misc as x;
    use records as rec;
    Some(match (action, version) {
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

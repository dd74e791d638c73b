//! Which method and path runs which handler. Patterns are literal segments and `{}` for one
//! path parameter (handed to the handler in order); the first parameter of a device endpoint is
//! the device id.

use serde_json::Value;

use super::{devices, door, errors::OaError, members, records, temppwd, Ctx};

pub type Handler = fn(&mut Ctx) -> Result<Value, OaError>;

pub struct Route {
    pub method: &'static str,
    pub pattern: &'static str,
    pub handler: Handler,
    /// Part of the Smart Lock Open Service (else IoT Core).
    pub lock_service: bool,
    /// Changes the world.
    pub writes: bool,
}

const fn iot(method: &'static str, pattern: &'static str, handler: Handler) -> Route {
    Route {
        method,
        pattern,
        handler,
        lock_service: false,
        writes: false,
    }
}

/// A lock-service endpoint that changes nothing in the world whatever its method.
const fn lock_read(method: &'static str, pattern: &'static str, handler: Handler) -> Route {
    Route {
        method,
        pattern,
        handler,
        lock_service: true,
        writes: false,
    }
}

/// A lock-service endpoint; every method but GET writes.
const fn lock(method: &'static str, pattern: &'static str, handler: Handler) -> Route {
    Route {
        method,
        pattern,
        handler,
        lock_service: true,
        writes: !matches!(method.as_bytes(), b"GET"),
    }
}

impl Route {
    /// The lock a request on this route names: the path's first parameter on device paths.
    pub fn names_lock<'a>(&self, args: &'a [String]) -> Option<&'a str> {
        let device = self.pattern.contains("/devices/{}") || self.pattern.contains("/thing/{}");
        device.then(|| args.first().map(String::as_str)).flatten()
    }
}

#[rustfmt::skip]
const ROUTES: &[Route] = &[
    iot("GET", "/v1.0/iot-01/associated-users/devices", devices::associated),
    iot("GET", "/v1.0/users/{}/devices", devices::of_user),
    iot("GET", "/v1.0/users/{}/homes", devices::homes_of_user),
    iot("GET", "/v1.0/homes/{}", devices::home),
    iot("GET", "/v1.0/homes/{}/devices", devices::home_devices),
    iot("GET", "/v1.3/iot-03/devices", devices::iot03),
    iot("GET", "/v2.0/cloud/thing/device", devices::things),
    iot("GET", "/v1.0/devices/{}", devices::one),
    iot("GET", "/v2.0/cloud/thing/{}", devices::thing),
    iot("GET", "/v1.0/devices/{}/status", devices::status),
    iot("GET", "/v1.0/iot-03/devices/{}/status", devices::status),
    lock("GET", "/v1.0/devices/{}/door-lock/dynamic-password", door::dynamic),
    lock_read("POST", "/v1.0/devices/{}/door-lock/password-ticket", temppwd::password_ticket),
    lock_read("POST", "/v1.0/smart-lock/devices/{}/password-ticket", temppwd::password_ticket),
    lock("POST", "/v1.0/devices/{}/door-lock/temp-password", temppwd::create),
    lock("POST", "/v2.0/devices/{}/door-lock/temp-password", temppwd::create_unnamed),
    lock("GET", "/v1.0/devices/{}/door-lock/temp-passwords", temppwd::list),
    lock("GET", "/v1.0/devices/{}/door-lock/temp-password/{}", temppwd::show),
    lock("PUT", "/v1.0/devices/{}/door-lock/temp-passwords/{}/modify-password", temppwd::modify),
    lock("PUT", "/v1.0/devices/{}/door-lock/temp-passwords/{}/freeze-password", temppwd::freeze),
    lock("PUT", "/v1.0/devices/{}/door-lock/temp-passwords/{}/unfreeze-password", temppwd::unfreeze),
    lock("DELETE", "/v1.0/devices/{}/door-lock/temp-passwords/{}", temppwd::delete),
    lock("DELETE", "/v1.0/devices/{}/door-lock/temp-passwords/{}/record", temppwd::purge),
    lock("POST", "/v1.0/devices/{}/door-lock/temp-passwords/rest-password", temppwd::delete_all),
    lock("POST", "/v1.1/devices/{}/door-lock/offline-temp-password", door::offline_create),
    lock("POST", "/v1.0/devices/{}/door-lock/offline-temp-password", door::offline_create_v1),
    lock("GET", "/v1.0/devices/{}/door-lock/remote-unlocks", door::remote_settings),
    lock("POST", "/v1.0/devices/{}/door-lock/remote-unlock/config", door::remote_config),
    lock("POST", "/v1.0/smart-lock/devices/{}/password-free/door-operate", door::door_operate),
    lock("POST", "/v1.0/devices/{}/door-lock/password-free/open-door", door::open_door),
    lock("POST", "/v1.0/devices/{}/door-lock/open-door", door::open_door_with_password),
    lock("GET", "/v1.0/devices/{}/users", members::device_members),
    lock("GET", "/v1.0/devices/{}/users/{}", members::device_member),
    lock("POST", "/v1.0/devices/{}/user", members::add),
    lock("PUT", "/v1.0/devices/{}/users/{}", members::update),
    lock("DELETE", "/v1.0/devices/{}/users/{}", members::remove),
    lock("GET", "/v1.0/smart-lock/devices/{}/users", members::lock_users),
    lock("GET", "/v1.0/smart-lock/devices/{}/opmodes/{}", members::opmodes),
    lock("GET", "/v1.0/devices/{}/door-lock/user-types/{}/users/{}/assigned-keys", members::assigned_keys),
    lock("GET", "/v1.0/devices/{}/door-lock/open-logs", records::open_logs),
    lock("GET", "/v1.1/devices/{}/door-lock/open-logs", records::open_logs),
    lock("GET", "/v1.0/devices/{}/door-lock/records", records::records),
    lock("GET", "/v1.0/devices/{}/door-lock/alarm-logs", records::alarm_logs),
];

/// Match `path` (segments by `/`) against `pattern`; answers the parameters.
fn matches(pattern: &str, path: &str) -> Option<Vec<String>> {
    let mut args = vec![];
    let mut p = pattern.split('/');
    let mut s = path.split('/');
    loop {
        match (p.next(), s.next()) {
            (None, None) => return Some(args),
            (Some("{}"), Some(seg)) if !seg.is_empty() => args.push(seg.to_string()),
            (Some(a), Some(b)) if a == b => {}
            _ => return None,
        }
    }
}

/// The route for a method and path, with its parameters. Literal routes win over parameters
/// (`/v2.0/cloud/thing/device` is not the device `device`).
pub fn find(method: &str, path: &str) -> Option<(&'static Route, Vec<String>)> {
    let mut hit: Option<(&'static Route, Vec<String>)> = None;
    for r in ROUTES.iter().filter(|r| r.method == method) {
        if let Some(args) = matches(r.pattern, path) {
            if hit.as_ref().is_none_or(|(_, a)| args.len() < a.len()) {
                hit = Some((r, args));
            }
        }
    }
    hit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_segments_win_and_parameters_are_whole_segments() {
        let (r, a) = find("GET", "/v2.0/cloud/thing/device").unwrap();
        assert_eq!(r.pattern, "/v2.0/cloud/thing/device");
        assert!(a.is_empty());
        let (r, a) = find("GET", "/v2.0/cloud/thing/bf01").unwrap();
        assert_eq!(r.pattern, "/v2.0/cloud/thing/{}");
        assert_eq!(a, ["bf01"]);
        assert!(find("GET", "/v1.0/devices/").is_none());
        assert!(find("POST", "/v1.0/devices/x").is_none());
        assert!(find("GET", "/v1.0/devices/x/status/more").is_none());
    }

    #[test]
    fn device_paths_name_their_lock() {
        let (r, a) = find("GET", "/v1.0/devices/bf01/door-lock/temp-passwords").unwrap();
        assert_eq!(r.names_lock(&a), Some("bf01"));
        let (r, a) = find("GET", "/v1.0/smart-lock/devices/bf02/users").unwrap();
        assert_eq!(r.names_lock(&a), Some("bf02"));
        let (r, a) = find("GET", "/v2.0/cloud/thing/bf03").unwrap();
        assert_eq!(r.names_lock(&a), Some("bf03"));
        let (r, a) = find("GET", "/v1.0/users/u1/devices").unwrap();
        assert_eq!(r.names_lock(&a), None);
        let (r, a) = find("GET", "/v1.0/iot-01/associated-users/devices").unwrap();
        assert_eq!(r.names_lock(&a), None);
    }
}

//! Which method and path runs which handler. Patterns are literal segments and `{}` for one
//! path parameter (handed to the handler in order); the first parameter of a device endpoint is
//! the device id.

use serde_json::Value;

use super::{devices, door, errors::OaError, Ctx};

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

const ROUTES: &[Route] = &[
    iot(
        "GET",
        "/v1.0/iot-01/associated-users/devices",
        devices::associated,
    ),
    iot("GET", "/v1.0/users/{}/devices", devices::of_user),
    iot("GET", "/v1.3/iot-03/devices", devices::iot03),
    iot("GET", "/v2.0/cloud/thing/device", devices::things),
    iot("GET", "/v1.0/devices/{}", devices::one),
    iot("GET", "/v2.0/cloud/thing/{}", devices::thing),
    iot("GET", "/v1.0/devices/{}/status", devices::status),
    lock(
        "GET",
        "/v1.0/devices/{}/door-lock/dynamic-password",
        door::dynamic,
    ),
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
}

//! The OpenAPI face's refusals: a numeric `code` and a short `msg` in the failure envelope, and
//! the world's refusals in those terms.

use serde_json::{json, Value};

use crate::world::WorldError;

/// A refused request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OaError {
    pub code: i64,
    pub msg: String,
}

impl OaError {
    pub fn new(code: i64, msg: impl Into<String>) -> OaError {
        OaError {
            code,
            msg: msg.into(),
        }
    }
    pub fn system(detail: &str) -> OaError {
        OaError::new(500, format!("system error: {detail}"))
    }
    pub fn client_id() -> OaError {
        OaError::new(1005, "clientId is invalid")
    }
    pub fn sign() -> OaError {
        OaError::new(1004, "sign invalid")
    }
    pub fn token_missing() -> OaError {
        OaError::new(1002, "access_token is null")
    }
    /// A token whose lifetime has run out.
    pub fn token_expired() -> OaError {
        OaError::new(1010, "token invalid")
    }
    /// A token this cloud never issued.
    pub fn token_unknown() -> OaError {
        OaError::new(1011, "token is invalid")
    }
    /// A token replaced by a refresh.
    pub fn token_replaced() -> OaError {
        OaError::new(1012, "token status is invalid")
    }
    pub fn time() -> OaError {
        OaError::new(1013, "request time is invalid")
    }
    pub fn param_empty(name: &str) -> OaError {
        OaError::new(1100, format!("param is empty: {name}"))
    }
    pub fn header(name: &str) -> OaError {
        OaError::new(1105, format!("missing the header: {name}"))
    }
    pub fn denied() -> OaError {
        OaError::new(1106, "permission deny")
    }
    pub fn path() -> OaError {
        OaError::new(1108, "uri path invalid")
    }
    pub fn illegal(detail: impl std::fmt::Display) -> OaError {
        OaError::new(1109, format!("param is illegal: {detail}"))
    }
    pub fn throttled() -> OaError {
        OaError::new(1110, "too many requests, please try again later")
    }
    pub fn offline() -> OaError {
        OaError::new(2001, "device is offline")
    }
    pub fn not_supported() -> OaError {
        OaError::new(2003, "function not support")
    }
    pub fn lock_type() -> OaError {
        OaError::new(2004, "not support lock type")
    }
    pub fn device_not_supported() -> OaError {
        OaError::new(2009, "not support this device")
    }
    pub fn no_device() -> OaError {
        OaError::new(2010, "device is not exist")
    }
    pub fn no_user() -> OaError {
        OaError::new(2006, "user not exist")
    }
    /// The project has not subscribed to the lock service.
    pub fn not_subscribed() -> OaError {
        OaError::new(
            28841101,
            "No permission. The API is not subscribed to Smart Lock Open Service",
        )
    }
    /// An offline-password name over the cloud's limit.
    pub fn name_too_long(max: usize) -> OaError {
        OaError::new(1031, format!("name is too long (at most {max} characters)"))
    }
    /// One-time and clear codes exhausted for this period.
    pub fn offline_limit() -> OaError {
        OaError::new(
            1067,
            "the number of offline passwords in this period is exhausted",
        )
    }
}

/// The world's refusals in the cloud's words.
impl From<WorldError> for OaError {
    fn from(e: WorldError) -> OaError {
        match e {
            WorldError::NoSuchLock => OaError::no_device(),
            WorldError::NotFound(m) | WorldError::InvalidParam(m) => OaError::illegal(m),
            WorldError::PermissionDenied(_) => OaError::denied(),
            WorldError::LimitReached(_) => OaError::offline_limit(),
            e @ WorldError::RemoteUnlockDisabled => OaError::new(2003, e.to_string()),
            WorldError::DeviceOffline => OaError::offline(),
        }
    }
}

/// The success envelope.
pub fn ok_envelope(result: Value, t_ms: i64, tid: &str) -> Value {
    json!({ "result": result, "success": true, "t": t_ms, "tid": tid })
}

/// The failure envelope (HTTP 200 all the same).
pub fn err_envelope(e: &OaError, t_ms: i64, tid: &str) -> Value {
    json!({ "code": e.code, "msg": e.msg, "success": false, "t": t_ms, "tid": tid })
}

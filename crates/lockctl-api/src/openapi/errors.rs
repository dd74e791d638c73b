//! The Cloud OpenAPI's error codes in plain words, each with the next step.

use crate::error::{Error, Trouble};

const SUBSCRIBE: &str = "on the Tuya Developer Platform, open the cloud project > Service API and subscribe to and authorize \"Smart Lock Open Service\" (and \"IoT Core\")";
const KEYS: &str = "check the profile's access id and secret (`lockctl profile show`; add the profile again with the right ones) and this machine's clock";
const THROTTLED: &str =
    "the cloud is throttling this project: wait a minute and retry (fewer pages at once)";

/// What lockctl says about a code: words, next step, and how it counts.
fn words(code: i64) -> Option<(&'static str, &'static str, Trouble)> {
    use Trouble::*;
    Some(match code {
        500 => ("the cloud had an internal error", "retry later", Failure),
        1001 | 1004 | 1005 => ("the cloud refused the request's signature or access id", KEYS, Auth),
        1002 | 1010 | 1011 | 1012 | 1400 => ("the project token was refused", "retry; if it persists, check the access id and secret (`lockctl profile show`)", Auth),
        1013 => ("this machine's clock is too far from the cloud's", "set the clock right (e.g. enable NTP) and retry", Auth),
        1100 | 1101 | 1102 | 1109 => ("the cloud refused a parameter", "check the values given, as the cloud's message says; if they look right, report a lockctl bug", Failure),
        1105 => ("the cloud misses a header", "this is a lockctl bug: please report it", Failure),
        1106 => ("permission denied", "the lock may not be linked to this project (Devices > Link App Account), the project may be in another data centre than the app account (use the region of the account), or the service may not be authorized: subscribe to and authorize \"Smart Lock Open Service\"", Failure),
        1108 => ("this endpoint is not available to the project or lock", "the lock may not offer it; `lockctl api call` can try other endpoints", Unsupported),
        1110 | 1111 | 1113 | 1199 | 429 => ("the cloud is throttling requests", THROTTLED, Failure),
        2001 => ("the lock (or its gateway) is offline", "wake the lock or check its gateway, then retry", Failure),
        2003 | 2004 | 2008 | 2009 => ("the lock does not offer this", "the lock's kind or model lacks it (pass --kind if lockctl guessed wrong)", Unsupported),
        2006 | 2010 => ("the cloud knows no such user or device", "check the id: `lockctl device list`, `lockctl member list`", Failure),
        2007 | 2406 => ("region mismatch: the app account lives in another data centre", "add the profile again with the --region of the linked app account's data centre", Failure),
        28841001 | 28841101 | 28841105 | 28841102 | 28841106 => ("the project is not allowed to call this API", SUBSCRIBE, Failure),
        28841002 => ("the project's cloud development plan has expired", "renew or extend the IoT Core trial on the Tuya Developer Platform", Failure),
        28841004 | 28841104 => ("quota used up: the project's trial calls for this month are spent", "wait for the monthly refresh, or upgrade the plan", Failure),
        28841107 => ("the project's data centre is suspended", "enable the data centre in the cloud project", Failure),
        1031 => ("the name is too long for the cloud", "use a shorter name (offline codes: at most 20 characters)", Failure),
        1067 => ("the lock's one-time and clear codes are used up for now", "a lock takes about 10 an hour: wait and retry", Failure),
        _ => return None,
    })
}

/// The cloud's text shown as data: control characters dropped, length bounded.
pub fn clean(msg: &str) -> String {
    msg.chars().filter(|c| !c.is_control()).take(300).collect()
}

/// Whether a code is the cloud saying "too many requests".
pub fn is_throttled(code: i64) -> bool {
    matches!(code, 1110 | 1111 | 1113 | 1199 | 429)
}

/// An error envelope (or HTTP 429) as a typed error.
pub fn service(code: i64, msg: &str) -> Error {
    let message = clean(msg);
    if let Some(n) = (code == 1109)
        .then(|| crate::error::digits_named(&message))
        .flatten()
    {
        // The lock named its PIN length: lockctl remembers it for the lock.
        return Error::Service {
            code,
            what: "the lock refused the PIN's length".into(),
            message,
            hint: format!("this lock takes PINs of exactly {n} digits: give a {n}-digit PIN (lockctl now remembers the length; --generate makes one)"),
            trouble: Trouble::Failure,
        };
    }
    match words(code) {
        Some((what, hint, trouble)) => Error::Service {
            code,
            what: what.into(),
            message,
            hint: hint.into(),
            trouble,
        },
        None => Error::Service {
            code,
            what: String::new(),
            message: if message.is_empty() {
                "the cloud refused the request".into()
            } else {
                message
            },
            hint: String::new(),
            trouble: Trouble::Failure,
        },
    }
}

/// Whether the token should be dropped and fetched again.
pub fn is_token(code: i64) -> bool {
    matches!(code, 1010..=1012)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_in_words() {
        let e = service(28841101, "api not subscribed\u{1b}[31m");
        let s = e.to_string();
        assert!(s.contains("Tuya code 28841101"), "{s}");
        assert!(!s.contains('\u{1b}'));
        let Error::Service { hint, .. } = &e else {
            panic!()
        };
        assert!(hint.contains("Smart Lock Open Service"));
        assert_eq!(service(77, "odd").to_string(), "odd (Tuya code 77)");
        assert!(matches!(
            service(2004, "x"),
            Error::Service {
                trouble: Trouble::Unsupported,
                ..
            }
        ));
        assert!(matches!(
            service(1004, "x"),
            Error::Service {
                trouble: Trouble::Auth,
                ..
            }
        ));
        assert!(service(2007, "x").to_string().contains("region"));
        assert!(service(28841004, "x").to_string().contains("quota"));
        assert!(service(429, "x").to_string().contains("throttl"));
    }
}

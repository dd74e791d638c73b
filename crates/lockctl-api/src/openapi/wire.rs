//! Reading the service's loosely typed answers: numbers that come as strings, times in seconds or
//! milliseconds, lists that come as a single object.

use jiff::tz::TimeZone;
use serde_json::Value;

use crate::model::Time;

/// A field as text (strings as they are, numbers and booleans written out; else empty).
pub fn s(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(x)) => x.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// A field as a whole number (also from text).
pub fn i(v: &Value, key: &str) -> Option<i64> {
    match v.get(key)? {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::String(x) => x.trim().parse().ok(),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

pub fn b(v: &Value, key: &str) -> bool {
    match v.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(x)) => x == "true",
        Some(Value::Number(n)) => n.as_i64() == Some(1),
        _ => false,
    }
}

/// A field that may be a list or one object, as a list.
pub fn list<'a>(v: &'a Value, key: &str) -> Vec<&'a Value> {
    match v.get(key) {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(o @ Value::Object(_)) => vec![o],
        _ => vec![],
    }
}

/// The value itself as a list (a list, or one object).
pub fn items(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(a) => a.iter().collect(),
        o @ Value::Object(_) => vec![o],
        _ => vec![],
    }
}

/// A record time: milliseconds, or seconds when below 10^11.
pub fn time(v: &Value, key: &str, zone: &TimeZone) -> Option<Time> {
    let n = i(v, key)?;
    if n < 100_000_000_000 {
        Time::from_secs(n, zone)
    } else {
        Time::from_millis(n, zone)
    }
}

/// A password time: Unix seconds.
pub fn secs(v: &Value, key: &str, zone: &TimeZone) -> Option<Time> {
    Time::from_secs(i(v, key)?, zone)
}

/// Query pairs from `(&str, String)`.
pub fn q(pairs: &[(&str, String)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

/// A device id as it may stand in a path: letters, digits, `-` and `_` only.
pub fn check_id(what: &str, id: &str) -> crate::error::Result<()> {
    if id.is_empty()
        || id.len() > 64
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(crate::error::Error::Invalid(format!(
            "{what} `{}` is not an id (letters, digits, `-`, `_`)",
            super::errors::clean(id)
        )));
    }
    Ok(())
}

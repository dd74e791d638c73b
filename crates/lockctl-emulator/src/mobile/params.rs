//! Reading postData fields the way the gateway does: loose about types (ids as numbers or
//! strings, lists as arrays or comma separated text), strict about what is missing or malformed.

use serde_json::Value;

use super::protocol::ApiError;

/// A string parameter, accepting numbers and booleans (clients are loose about ids).
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

/// Offset/limit paging with the bounds a real service would enforce. Accepts `linit` as `limit`
/// (a misspelling Wi-Fi clients copy from Tuya's documentation; docs/decisions.md).
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

/// A list of DP numbers (`dpIds`), as a list or comma separated text.
pub fn dp_list(pd: &Value, k: &str) -> Result<Option<Vec<u32>>, ApiError> {
    str_list(pd, k)?
        .map(|v| {
            v.iter()
                .map(|s| {
                    s.parse::<u32>()
                        .map_err(|_| ApiError::param("dpIds must be DP numbers"))
                })
                .collect()
        })
        .transpose()
}

/// A PIN sent encrypted under the lock's localKey in field `k`: it must decrypt, and be
/// `len` digits.
pub fn pin(pd: &Value, k: &str, local_key: &str, len: usize) -> Result<Option<String>, ApiError> {
    let Some(hex) = opt_str(pd, k).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let pin = decrypt_pin(&hex, local_key)
        .ok_or_else(|| ApiError::param(format!("{k} does not decrypt with this lock's key")))?;
    if pin.len() != len || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ApiError::param(format!("{k} must be {len} digits")));
    }
    Ok(Some(pin))
}

/// A required name field of 1 to 32 characters, trimmed.
pub fn name(pd: &Value, k: &str) -> Result<String, ApiError> {
    let name = req_str(pd, k)?.trim().to_string();
    if name.is_empty() || name.chars().count() > 32 {
        return Err(ApiError::param(format!("{k} must be 1 to 32 characters")));
    }
    Ok(name)
}

/// An optional name field of at most 32 characters, trimmed (empty if absent).
pub fn short_name(pd: &Value, k: &str) -> Result<String, ApiError> {
    let name = opt_str(pd, k)
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    if name.chars().count() > 32 {
        return Err(ApiError::param(format!("{k} is longer than 32 characters")));
    }
    Ok(name)
}

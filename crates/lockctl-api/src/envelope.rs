//! The gateway's answer envelope: `success`, `result`, `errorCode`, `errorMsg`, `t`.

use serde_json::value::RawValue;
use serde_json::Value;

use crate::error::{CloudCode, Error};

/// The envelope, with `result` left as text borrowed from the body.
#[derive(serde::Deserialize)]
struct Envelope<'a> {
    success: Option<Value>,
    #[serde(borrow)]
    result: Option<&'a RawValue>,
    #[serde(rename = "errorCode")]
    error_code: Option<Value>,
    #[serde(rename = "errorMsg")]
    error_msg: Option<Value>,
    t: Option<Value>,
}

/// Decode a gateway answer. Anything that is not an envelope becomes `BadResponse` with a short,
/// printable excerpt, never a panic.
pub(crate) fn decode_envelope(
    body: Vec<u8>,
    status: u16,
    url: &str,
    action: &str,
) -> std::result::Result<Box<RawValue>, SendError> {
    let bad = |reason: String| {
        SendError::Api(Error::BadResponse {
            url: url.to_string(),
            reason,
        })
    };
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(bad(format!("HTTP {status} with an empty body")));
    }
    let env: Envelope = match serde_json::from_slice(&body) {
        Ok(e) => e,
        Err(_) if serde_json::from_slice::<serde::de::IgnoredAny>(&body).is_ok() => {
            return Err(bad(format!(
                "HTTP {status} with JSON that is not an envelope object"
            )));
        }
        Err(_) => {
            let text = String::from_utf8_lossy(&body[..body.len().min(200)]);
            let excerpt: String = text
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .take(80)
                .collect();
            let what = if text.trim_start().starts_with('<') {
                "an HTML page"
            } else {
                "something that is not JSON"
            };
            return Err(bad(format!(
                "HTTP {status} with {what}: {}",
                excerpt.trim()
            )));
        }
    };
    let null = || RawValue::from_string("null".into()).map_err(|e| bad(e.to_string()));
    match env.success {
        Some(Value::Bool(true)) => match env.result.map(|r| span_in(&body, r.get())) {
            Some((start, len)) => result_in_place(body, start, len).map_err(bad),
            None => null(),
        },
        Some(Value::Bool(false)) => {
            let code = env
                .error_code
                .as_ref()
                .and_then(Value::as_str)
                .unwrap_or("UNKNOWN_ERROR");
            let message = env
                .error_msg
                .as_ref()
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let code = CloudCode::parse(code);
            if code == CloudCode::TimeInvalid {
                if let Some(t) = env.t.as_ref().and_then(Value::as_i64) {
                    return Err(SendError::Clock(t));
                }
            }
            Err(SendError::Api(Error::Cloud {
                code,
                message: message.chars().take(300).collect(),
                action: action.to_string(),
            }))
        }
        _ => Err(bad(format!(
            "HTTP {status} with JSON lacking a boolean `success`"
        ))),
    }
}

/// Where `part`, a slice of `body`, lies in it: (start, length).
fn span_in(body: &[u8], part: &str) -> (usize, usize) {
    let start = (part.as_ptr() as usize).saturating_sub(body.as_ptr() as usize);
    (start.min(body.len()), part.len())
}

/// The `result` text made out of the body itself: the bytes around it are cut away and the
/// buffer is reused, so a large answer is never held twice.
fn result_in_place(
    mut body: Vec<u8>,
    start: usize,
    len: usize,
) -> std::result::Result<Box<RawValue>, String> {
    body.truncate(start.saturating_add(len));
    body.drain(..start);
    let text = String::from_utf8(body).map_err(|e| e.to_string())?;
    RawValue::from_string(text).map_err(|e| e.to_string())
}

/// Why a send failed: the clock needs correcting (the gateway's time), or a final error.
pub(crate) enum SendError {
    Clock(i64),
    Api(Error),
}

impl From<Error> for SendError {
    fn from(e: Error) -> Self {
        SendError::Api(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelopes_decode_or_fail_cleanly() {
        let ok = br#"{"result":{"x":1},"t":1,"success":true,"status":"ok"}"#;
        assert!(
            matches!(decode_envelope(ok.to_vec(), 200, "u", "a"), Ok(v) if v.get() == r#"{"x":1}"#)
        );
        let spaced = " {\"success\":true, \"result\" :\n [ \"é\\u00e9\", {\"a\":null} ] ,\"t\":1} ";
        let r = decode_envelope(spaced.as_bytes().to_vec(), 200, "u", "a");
        assert!(matches!(r, Ok(v) if v.get() == "[ \"é\\u00e9\", {\"a\":null} ]"));
        let none = br#"{"success":true}"#;
        assert!(
            matches!(decode_envelope(none.to_vec(), 200, "u", "a"), Ok(v) if v.get() == "null")
        );
        let err = br#"{"success":false,"errorCode":"PARAM_ILLEGAL","errorMsg":"bad","status":"error","t":1}"#;
        match decode_envelope(err.to_vec(), 200, "u", "a") {
            Err(SendError::Api(Error::Cloud { code, .. })) => {
                assert_eq!(code, CloudCode::ParamIllegal)
            }
            _ => panic!("expected a cloud error"),
        }
        for body in [
            &b""[..],
            b"<html>502</html>",
            b"\xff\xfe garbage",
            b"[1,2]",
            b"{\"a\":1}",
        ] {
            assert!(matches!(
                decode_envelope(body.to_vec(), 502, "u", "a"),
                Err(SendError::Api(Error::BadResponse { .. }))
            ));
        }
    }
}

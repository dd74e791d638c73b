//! The Thing flavour on the wire: the extra request parameters and the encrypted postData, and
//! the reading of sealed answers (answer `sign` checked before anything is decrypted).

use serde_json::value::RawValue;

use crate::envelope::{decode_envelope, SendError};
use crate::error::Error;
use crate::thing::{self, Key, ThingApp};

/// Add the Thing parameters to a request's and encrypt its postData (`{}` when the call has no
/// arguments: the gateway always expects one). `ecode` is `Some` once logged in. Returns the
/// request's key, which also opens its answer.
pub(crate) fn add_params(
    p: &mut Vec<(&'static str, String)>,
    client_id: &str,
    app: &ThingApp,
    ecode: Option<&str>,
    post_data: Option<&str>,
) -> Key {
    let request_id = p
        .iter()
        .find(|(k, _)| *k == "requestId")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let key = thing::request_key(&request_id, app, ecode);
    p.push(("et", thing::THING_ET.to_string()));
    p.push(("ttid", thing::THING_TTID.to_string()));
    p.push(("appVersion", thing::THING_APP_VERSION.to_string()));
    p.push(("chKey", thing::ch_key(client_id, app)));
    for (k, v) in thing::THING_EXTRAS {
        p.push((k, v.to_string()));
    }
    let nonce: [u8; 12] = rand::random();
    let plain = post_data.unwrap_or("{}");
    p.push(("postData", thing::seal(&key, &nonce, plain.as_bytes())));
    key
}

/// The outer envelope of a Thing answer.
#[derive(serde::Deserialize)]
struct Outer<'a> {
    #[serde(borrow)]
    result: Option<&'a RawValue>,
    #[serde(borrow)]
    t: Option<&'a RawValue>,
    sign: Option<String>,
}

/// A decrypted answer: the inner envelope's result, and the inner text for tracing.
pub(crate) struct Opened {
    pub decoded: std::result::Result<Box<RawValue>, SendError>,
    /// The decrypted inner envelope, when there was one (for `--verbose`).
    pub plain: Option<String>,
}

/// Read a Thing answer. A sealed one (its `result` a string) must carry a `sign` that verifies
/// under the request's key before it is decrypted; a plain one is accepted only as an error
/// envelope (errors raised before decryption), never as a success.
pub(crate) fn open_answer(
    body: Vec<u8>,
    status: u16,
    key: &Key,
    cap: u64,
    (url, action): (&str, &str),
) -> Opened {
    let bad = |reason: String| {
        SendError::Api(Error::BadResponse {
            url: url.to_string(),
            reason: format!("the answer to {action} {reason}"),
        })
    };
    let sealed = serde_json::from_slice::<Outer>(&body).ok().and_then(|o| {
        let text = serde_json::from_str::<String>(o.result?.get()).ok()?;
        Some((text, o.t.map(|t| t.get().to_string()), o.sign))
    });
    let Some((result, t, sign)) = sealed else {
        let decoded = match decode_envelope(body, status, url, action) {
            Ok(_) => Err(bad(
                "is not encrypted, and a Thing app's answers always are; refused".into(),
            )),
            Err(e) => Err(e),
        };
        return Opened {
            decoded,
            plain: None,
        };
    };
    let fail = |reason: String| Opened {
        decoded: Err(bad(reason)),
        plain: None,
    };
    let (Some(t), Some(sign)) = (t, sign) else {
        return fail("carries no `t` and `sign` to verify it by; refused".into());
    };
    if !eq_ct(&crate::sign::answer_sign(&result, &t, key), &sign) {
        return fail(
            "has a `sign` that does not verify (altered on the way, or not from the gateway); refused"
                .into(),
        );
    }
    let inner = match thing::open(key, &result, cap) {
        Ok(b) => b,
        Err(e) => return fail(e.to_string()),
    };
    let plain = Some(String::from_utf8_lossy(&inner).into_owned());
    Opened {
        decoded: decode_envelope(inner, status, url, action),
        plain,
    }
}

/// Compare two hex digests without stopping at the first difference (case-insensitive).
fn eq_ct(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| {
            acc | (x.to_ascii_lowercase() ^ y.to_ascii_lowercase())
        }) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app() -> ThingApp {
        ThingApp {
            app_secret: "s".into(),
            bmp_secret: "b".into(),
            cert_sign: "A".into(),
            package: "p".into(),
        }
    }

    fn sealed(key: &Key, inner: &str, t: &str, sign: Option<&str>) -> Vec<u8> {
        let result = thing::seal(key, &[7; 12], inner.as_bytes());
        let sign = sign
            .map(str::to_string)
            .unwrap_or_else(|| crate::sign::answer_sign(&result, t, key));
        format!(r#"{{"result":"{result}","t":{t},"success":true,"status":"ok","sign":"{sign}"}}"#)
            .into_bytes()
    }

    #[test]
    fn sealed_answers_open_only_with_a_good_sign() {
        let key = thing::request_key("r1", &app(), None);
        let inner = r#"{"success":true,"status":"ok","t":1,"result":{"x":1}}"#;
        let ok = open_answer(
            sealed(&key, inner, "17", None),
            200,
            &key,
            1 << 20,
            ("u", "a"),
        );
        assert!(matches!(ok.decoded, Ok(v) if v.get() == r#"{"x":1}"#));
        assert_eq!(ok.plain.as_deref(), Some(inner));
        let forged = sealed(&key, inner, "17", Some(&"0".repeat(32)));
        let r = open_answer(forged, 200, &key, 1 << 20, ("u", "a"));
        assert!(matches!(
            r.decoded,
            Err(SendError::Api(Error::BadResponse { .. }))
        ));
        assert!(r.plain.is_none());
        let other = thing::request_key("r2", &app(), None);
        let r = open_answer(
            sealed(&key, inner, "17", None),
            200,
            &other,
            1 << 20,
            ("u", "a"),
        );
        assert!(matches!(
            r.decoded,
            Err(SendError::Api(Error::BadResponse { .. }))
        ));
    }

    #[test]
    fn plain_answers_are_errors_or_refused() {
        let key = thing::request_key("r1", &app(), None);
        let err = br#"{"success":false,"errorCode":"SING_VALIDATE_FALED","errorMsg":"x","t":1}"#;
        let r = open_answer(err.to_vec(), 200, &key, 1 << 20, ("u", "a"));
        assert!(matches!(
            r.decoded,
            Err(SendError::Api(Error::Cloud { .. }))
        ));
        let plain_ok = br#"{"success":true,"result":{"x":1},"t":1}"#;
        let r = open_answer(plain_ok.to_vec(), 200, &key, 1 << 20, ("u", "a"));
        assert!(matches!(
            r.decoded,
            Err(SendError::Api(Error::BadResponse { .. }))
        ));
        let unsigned = br#"{"success":true,"result":"AAAA","t":1}"#;
        let r = open_answer(unsigned.to_vec(), 200, &key, 1 << 20, ("u", "a"));
        assert!(matches!(
            r.decoded,
            Err(SendError::Api(Error::BadResponse { .. }))
        ));
    }
}

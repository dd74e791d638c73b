//! Redaction of what a request or an answer carries that must not leave the machine: secrets
//! (app secrets, sessions, tokens, passwords, PINs, local keys, ticket keys, `ecode`,
//! signatures) and contact details (emails, phone numbers). `--verbose` and `--trace` both go
//! through here, so they hide exactly the same things.
//!
//! By key (compared case-insensitively, ignoring `_` and `-`): a field whose name is, or ends
//! with, a secret or contact word has its whole value replaced, whatever its type. By value:
//! any email address, and any international phone number (`+` then 7 to 15 digits), inside any
//! string is replaced. JSON documents carried as strings are redacted inside.

use std::sync::LazyLock;

use regex_lite::Regex;
use serde_json::Value;

/// What a hidden value becomes.
pub const HIDDEN: &str = "****";

/// Names that are secrets exactly (and would be too general as endings).
const SECRET_EXACT: &[&str] = &["ticket", "passcode"];

/// Endings of names that are secrets: `password`, `newPassword`, `appSecret`, `access_token`,
/// `localKey`, `ticket_key`, `chKey`, `sign`, `certSign`, ...
const SECRET_ENDINGS: &[&str] = &[
    "password", "passwd", "pwd", "secret", "token", "key", "sign", "sid", "ecode", "pin",
];

/// Names (exact or as endings) of contact details.
const CONTACT_ENDINGS: &[&str] = &[
    "email", "mail", "phone", "mobile", "contact", "username", "account", "tel",
];

/// Names that end like a secret but are not one (kept so traces stay useful).
const NOT_SECRET: &[&str] = &["publickey", "productkey"];

fn normalise(k: &str) -> String {
    k.chars()
        .filter(|c| *c != '_' && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Whether a field or parameter of this name holds a secret or a contact detail.
pub fn is_hidden_key(k: &str) -> bool {
    let k = normalise(k);
    if k.is_empty() || NOT_SECRET.contains(&k.as_str()) {
        return false;
    }
    SECRET_EXACT.contains(&k.as_str())
        || SECRET_ENDINGS.iter().any(|e| k.ends_with(e))
        || CONTACT_ENDINGS.iter().any(|e| k.ends_with(e))
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+-]+(@|%40)[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
        .expect("a valid pattern")
});

static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\+|%2B)[0-9][0-9 ().-]{5,20}[0-9]").expect("a valid pattern"));

/// Replace emails and international phone numbers inside free text.
pub fn contacts_in_text(text: &str) -> String {
    let t = EMAIL.replace_all(text, HIDDEN);
    let t = PHONE.replace_all(&t, |c: &regex_lite::Captures| {
        let m = &c[0];
        let digits = m.bytes().filter(u8::is_ascii_digit).count();
        if (7..=15).contains(&digits) {
            HIDDEN.to_string()
        } else {
            m.to_string()
        }
    });
    t.into_owned()
}

/// A JSON value with every secret and contact detail hidden, at every depth, including JSON
/// documents carried as strings.
pub fn value(mut v: Value) -> Value {
    redact_value(&mut v, 0);
    v
}

/// postData (or any body) as text, redacted, as compact JSON; `<not JSON>` when it is not a
/// JSON object or array.
pub fn post_data(text: &str) -> String {
    match serde_json::from_str::<Value>(text) {
        Ok(mut v @ (Value::Object(_) | Value::Array(_))) => {
            redact_value(&mut v, 0);
            v.to_string()
        }
        _ => "<not JSON>".into(),
    }
}

/// A JSON body as text, redacted, as a value: a string excerpt (redacted as free text) when it
/// is not JSON.
pub fn body(text: &str) -> Value {
    match serde_json::from_str::<Value>(text) {
        Ok(v) => value(v),
        Err(_) => {
            let excerpt: String = text.chars().take(2000).collect();
            Value::String(self::text(&excerpt))
        }
    }
}

fn redact_value(v: &mut Value, depth: usize) {
    // Deeper than any real document: hide it whole rather than recurse without end.
    if depth > 32 {
        *v = Value::String(HIDDEN.into());
        return;
    }
    match v {
        Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                if is_hidden_key(k) && !x.is_null() && *x != Value::String(String::new()) {
                    *x = Value::String(HIDDEN.into());
                } else {
                    redact_value(x, depth + 1);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| redact_value(x, depth + 1)),
        Value::String(s) => {
            let t = s.trim_start();
            if t.starts_with('{') || t.starts_with('[') {
                if let Ok(mut inner) = serde_json::from_str::<Value>(s) {
                    redact_value(&mut inner, depth + 1);
                    *s = inner.to_string();
                    return;
                }
            }
            if s.contains(['@', '+', '%']) {
                *s = contacts_in_text(s);
            }
        }
        _ => {}
    }
}

/// Hide secret-bearing parameters (`sid=`, `sign=`, `"token":"..."`, ...), emails and phone
/// numbers in any traced text such as a URL, a message, or an error quoting either.
pub fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(eq) = rest.find(['=', ':']) {
        let (head, tail) = rest.split_at(eq);
        out.push_str(head);
        let sep = &tail[..1];
        let tail = &tail[1..];
        out.push_str(sep);
        // `"key": "value"` (JSON quoted in text) as well as `key=value`.
        let name = head.strip_suffix('"').unwrap_or(head);
        let key_start = name
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .map_or(0, |i| i + 1);
        let key = &name[key_start..];
        let quoted_key = name.len() != head.len();
        if is_hidden_key(key) && (sep == "=" || quoted_key) {
            let lead = tail.len() - tail.trim_start().len();
            out.push_str(&tail[..lead]);
            let value = &tail[lead..];
            if value.starts_with("\"\"") {
                // An empty value hides nothing (as in `value`).
                rest = value;
            } else if let Some(inner) = value.strip_prefix('"') {
                let end = inner.find('"').map_or(inner.len(), |i| i + 1);
                out.push('"');
                out.push_str(HIDDEN);
                out.push_str(if end <= inner.len() && inner[..end].ends_with('"') {
                    "\""
                } else {
                    ""
                });
                rest = &inner[end..];
            } else {
                let end = value
                    .find(['&', ' ', '#', ')', '"', ',', '}', ';'])
                    .unwrap_or(value.len());
                out.push_str(HIDDEN);
                rest = &value[end..];
            }
        } else {
            rest = tail;
        }
    }
    out.push_str(rest);
    contacts_in_text(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn post_data_secrets_are_redacted() {
        let r = post_data(r#"{"passwd":"abc","email":"a@b.io","x":"y"}"#);
        assert!(!r.contains("abc") && !r.contains("a@b.io") && r.contains("\"x\":\"y\""));
        let deep = r#"{"devId":"d","list":[{"name":"n","password":"s1"}],"cfg":{"local_key":"s2","x":{"PIN":"s3"}},"opts":"{\"sid\":\"s4\"}"}"#;
        let r = post_data(deep);
        for s in ["s1", "s2", "s3", "s4"] {
            assert!(!r.contains(s), "{s} in {r}");
        }
        assert!(
            r.contains("\"devId\":\"d\"") && r.contains("\"name\":\"n\""),
            "{r}"
        );
        let mut nest = String::new();
        for _ in 0..200 {
            nest.push_str("{\"a\":");
        }
        nest.push('1');
        nest.push_str(&"}".repeat(200));
        assert!(!post_data(&nest).is_empty());
    }

    #[test]
    fn every_named_secret_is_hidden() {
        for k in [
            "sign",
            "access_token",
            "refresh_token",
            "accessToken",
            "sid",
            "ecode",
            "localKey",
            "local_key",
            "ticket_key",
            "ticketKey",
            "password",
            "passwd",
            "newPassword",
            "appSecret",
            "bmp_secret",
            "chKey",
            "email",
            "mobile",
            "phone",
            "userContact",
            "contact",
            "username",
            "pin",
        ] {
            assert!(is_hidden_key(k), "{k}");
        }
        for k in [
            "devId",
            "code",
            "name",
            "time",
            "t",
            "sign_method",
            "uid",
            "gid",
            "productKey",
            "pwdId",
            "success",
            "result",
        ] {
            assert!(!is_hidden_key(k), "{k}");
        }
    }

    #[test]
    fn contacts_in_values_are_hidden() {
        let v = value(serde_json::json!({
            "name": "call +49 170 1234567 or mail ann.b@example.co.uk",
            "time": "1700000000",
            "date": "2024-01-01",
            "id": 15550000001u64,
        }));
        let s = v.to_string();
        assert!(
            !s.contains("1234567") && !s.contains("example.co.uk"),
            "{s}"
        );
        assert!(s.contains("1700000000") && s.contains("2024-01-01") && s.contains("15550000001"));
    }

    #[test]
    fn url_and_text_secrets_are_redacted() {
        let r = text("error sending request for url (http://h/api.json?gid=1&sid=abc&x=2)");
        assert_eq!(
            r,
            "error sending request for url (http://h/api.json?gid=1&sid=****&x=2)"
        );
        assert_eq!(text("a=1 token=xyz b=2"), "a=1 token=**** b=2");
        assert_eq!(text("no secrets = here"), "no secrets = here");
        assert_eq!(
            text(r#"bad {"localKey": "k1", "n": 2, "email":"a@b.cd"}"#),
            r#"bad {"localKey": "****", "n": 2, "email":"****"}"#
        );
        assert_eq!(text("login of a%40b.com failed"), "login of **** failed");
        assert_eq!(text("at 10:30 code: 5"), "at 10:30 code: 5");
        assert_eq!(
            text(r#"{"phone":"","sid":"x"}"#),
            r#"{"phone":"","sid":"****"}"#
        );
    }
}

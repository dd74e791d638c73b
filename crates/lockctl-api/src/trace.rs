//! Request records for `--trace`: one per request sent (what was asked, what came back, how long
//! it took), and one per thing the client decided by itself (a clock correction, a new login, a
//! retry). Every field is redacted before a record is handed on (see [`crate::redact`]). The
//! library writes nothing: whoever wants records gives the client a [`RecordSink`].

use std::sync::Arc;
use std::time::Instant;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::redact;

/// The format of a record line; a reader skips what it does not know.
pub const FORMAT: u32 = 1;

/// One line of a trace. Every field but `time` and `kind` is optional: a reader takes what a
/// line has.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Record {
    /// The record format ([`FORMAT`]).
    #[serde(default)]
    pub v: u32,
    /// When the request was sent (RFC 3339, UTC, milliseconds), by the machine's clock.
    #[serde(default)]
    pub time: String,
    /// `request`, `note` (something the client did by itself) or `run` (the first line).
    #[serde(default)]
    pub kind: String,
    /// `mobile` or `openapi`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backend: Option<String>,
    /// Mobile signing: `md5`, `hmac` or `thing`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flavour: Option<String>,
    /// Mobile: the action (`tuya.m.location.list`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Mobile: the action's version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// OpenAPI: the method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// OpenAPI: the path (without its query).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Where it went: scheme, host and path, no query.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Mobile: the form parameters; OpenAPI: the query. Redacted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params: Option<Value>,
    /// OpenAPI: the headers that were signed. Redacted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<Value>,
    /// Mobile: postData (for Thing, before it was encrypted); OpenAPI: the JSON body. Redacted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    /// The HTTP status (absent when no answer came).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// From sending to the whole answer read, in milliseconds.
    #[serde(
        default,
        rename = "durationMs",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration_ms: Option<u64>,
    /// The answer's size in bytes, as received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
    /// The answer (for Thing, decrypted), redacted; a string excerpt when it was not JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Value>,
    /// Why no answer was read (connection refused, timeout, too large), redacted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// A note's text, redacted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// A `run` line: what ran (the verb's words only) and lockctl's version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lockctl: Option<String>,
}

impl crate::model::Fields for Record {
    const FIELDS: &'static [&'static str] = &[
        "v",
        "time",
        "kind",
        "backend",
        "flavour",
        "action",
        "version",
        "method",
        "path",
        "url",
        "params",
        "headers",
        "body",
        "status",
        "durationMs",
        "bytes",
        "answer",
        "error",
        "note",
        "command",
        "lockctl",
    ];
}

/// Where records go.
pub type RecordSink = Arc<dyn Fn(&Record) + Send + Sync>;

/// The time of a record: now, by the machine's clock (the one requests are signed with).
pub fn stamp() -> String {
    let now = crate::clock::wire_now();
    format!("{:.3}", now.round(jiff::Unit::Millisecond).unwrap_or(now))
}

impl Record {
    /// A request about to be sent.
    pub(crate) fn request(backend: &str) -> Record {
        Record {
            v: FORMAT,
            time: stamp(),
            kind: "request".into(),
            backend: Some(backend.into()),
            ..Record::default()
        }
    }

    /// Something the client did by itself.
    pub(crate) fn note(backend: &str, text: &str) -> Record {
        Record {
            v: FORMAT,
            time: stamp(),
            kind: "note".into(),
            backend: Some(backend.into()),
            note: Some(redact::text(text)),
            ..Record::default()
        }
    }

    /// The answer came: its status, size and text (redacted).
    pub(crate) fn answered(&mut self, started: Instant, status: u16, body: &[u8]) {
        self.status = Some(status);
        self.duration_ms = Some(elapsed_ms(started));
        self.bytes = Some(body.len() as u64);
        self.answer = Some(redact::body(&String::from_utf8_lossy(body)));
    }

    /// No answer was read.
    pub(crate) fn failed(&mut self, started: Instant, status: Option<u16>, why: &str) {
        self.status = status;
        self.duration_ms = Some(elapsed_ms(started));
        self.error = Some(redact::text(why));
    }
}

fn elapsed_ms(started: Instant) -> u64 {
    u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// Name/value pairs as a redacted JSON object (the secret ones hidden by name and by value).
pub(crate) fn pairs<'a>(it: impl IntoIterator<Item = (&'a str, &'a str)>) -> Value {
    let mut m = Map::new();
    for (k, v) in it {
        m.insert(k.to_string(), Value::String(v.to_string()));
    }
    redact::value(Value::Object(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_hide_secrets() {
        let mut r = Record::request("mobile");
        r.params = Some(pairs([("sid", "s3cr3t"), ("a", "x.y")]));
        r.answered(
            Instant::now(),
            200,
            br#"{"result":{"localKey":"k3y","email":"a@b.cd"},"success":true}"#,
        );
        let line = serde_json::to_string(&r).unwrap();
        for s in ["s3cr3t", "k3y", "a@b.cd"] {
            assert!(!line.contains(s), "{line}");
        }
        let back: Record = serde_json::from_str(&line).unwrap();
        assert_eq!(back, r);
        assert!(r.time.ends_with('Z') && r.time.contains('.'), "{}", r.time);
        let bad = Record::note("openapi", "token=abc refused");
        assert_eq!(bad.note.as_deref(), Some("token=**** refused"));
    }
}

//! Faults injected through the control API: latency, HTTP errors, non-JSON bodies, rate limits,
//! shifted record pages and lying totals; and faults that hit writes at a seeded rate, most of
//! them after the write was applied (the answer is lost, the change is made); and faults that hit
//! any request, reads too, at a seeded rate (a lossy link).

use std::collections::BTreeMap;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::json_response;

/// Faults injected through the control API.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Faults {
    /// Added to every gateway request.
    pub latency_ms: u64,
    /// Every Nth gateway request answers HTTP 500 with an HTML page (0: never).
    pub error_every: u64,
    /// The next N gateway requests answer `REQUEST_TOO_FREQUENTLY` (OpenAPI requests: 1110).
    pub rate_limit_next: u64,
    /// The next N OpenAPI requests answer HTTP 429 with no envelope.
    pub http_429_next: u64,
    /// The next N gateway requests answer with this body instead: `html`, `empty`, `garbage`,
    /// `not-envelope`.
    pub garbage: Option<String>,
    pub garbage_next: u64,
    /// Record lists: shift every page after the first by this many records (negative: pages
    /// repeat records of the page before; positive: records are skipped).
    pub page_shift: i64,
    /// Record lists: add this to `totalCount` (a total that lies).
    pub total_count_offset: i64,
    /// The share of writes (state-changing actions) a write fault hits, 0.0 to 1.0.
    pub write_fault_rate: f64,
    /// Seed of the write-fault draw: the same seed hits the same writes with the same faults.
    pub seed: u64,
    /// Which write faults to draw from (default: all of [`WRITE_FAULTS`]).
    pub write_fault_kinds: Vec<String>,
    /// How long a `timeout` fault holds the answer, in ms (default 3000): longer than the
    /// client waits.
    pub write_fault_delay_ms: u64,
    /// After each write fault, this many following requests answer HTTP 503 (read-backs fail).
    pub fail_after_write_fault: u64,
    /// Write faults injected so far, per kind.
    pub write_faults_injected: BTreeMap<String, u64>,
    /// The share of all requests (reads and writes) a link fault hits, 0.0 to 1.0: a lossy
    /// link. Drawn from `seed` like the write faults; a write hit counts in
    /// `write_faults_injected`, a read in `read_faults_injected`.
    pub fault_rate: f64,
    /// Which link faults to draw from (default: all of [`LINK_FAULTS`]).
    pub fault_kinds: Vec<String>,
    /// Link faults injected on reads so far, per kind.
    pub read_faults_injected: BTreeMap<String, u64>,
    /// Writes seen since the faults were set (the draw's counter).
    #[serde(skip)]
    pub writes_seen: u64,
    /// Requests seen by the link-fault draw since the faults were set.
    #[serde(skip)]
    pub requests_seen: u64,
    /// Requests still to fail after the last write fault.
    #[serde(skip)]
    pub failing: u64,
}

/// The write faults: `reset` applies the write and breaks the connection mid-answer, `5xx`
/// applies it and answers HTTP 500, `timeout` applies it and answers too late, `5xx-unapplied`
/// answers HTTP 503 without applying it.
pub const WRITE_FAULTS: [&str; 4] = ["reset", "5xx", "timeout", "5xx-unapplied"];

/// The link faults (`fault_rate`): `reset` handles the request and breaks the connection
/// mid-answer, `5xx` handles it and answers HTTP 500, `reset-unapplied` breaks the connection
/// and `5xx-unapplied` answers HTTP 503, both before handling it.
pub const LINK_FAULTS: [&str; 4] = ["reset", "5xx", "reset-unapplied", "5xx-unapplied"];

/// Drawn only when named in `write_fault_kinds`: the write is answered as usual (with
/// `fail_after_write_fault`, the reads after a successful write fail).
pub const ANSWERED: &str = "answered";

/// A fault drawn for one write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteFault {
    Answered,
    Reset,
    ServerError,
    Timeout(Duration),
    Unapplied,
    /// The connection breaks before the request is handled.
    ResetUnapplied,
}

/// SplitMix64: a small, well-mixed, seedable generator; the draws need no more.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Faults {
    /// The answer that replaces request number `seq`, if a transport fault hits it (counting
    /// down `garbage_next`).
    pub fn transport_fault(&mut self, seq: u64) -> Option<Response> {
        if self.garbage_next > 0 {
            self.garbage_next -= 1;
            return Some(garbage(self.garbage.as_deref().unwrap_or("garbage")));
        }
        if self.error_every > 0 && seq.is_multiple_of(self.error_every) {
            return Some(
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    [(header::CONTENT_TYPE, "text/html")],
                    "<html><body>500 Internal Server Error</body></html>",
                )
                    .into_response(),
            );
        }
        None
    }
}

impl Faults {
    /// Whether a fault hits the next write, and which.
    pub fn draw_write_fault(&mut self) -> Option<WriteFault> {
        if self.write_fault_rate <= 0.0 {
            return None;
        }
        self.writes_seen += 1;
        let r = mix(self.seed ^ mix(self.writes_seen));
        let u = (r >> 11) as f64 / (1u64 << 53) as f64;
        if u >= self.write_fault_rate {
            return None;
        }
        let kinds: Vec<&str> = if self.write_fault_kinds.is_empty() {
            WRITE_FAULTS.to_vec()
        } else {
            WRITE_FAULTS
                .into_iter()
                .chain([ANSWERED])
                .filter(|k| self.write_fault_kinds.iter().any(|w| w == k))
                .collect()
        };
        let kind = *kinds.get((mix(r) % kinds.len().max(1) as u64) as usize)?;
        *self.write_faults_injected.entry(kind.into()).or_default() += 1;
        self.failing = self.fail_after_write_fault;
        let delay = match self.write_fault_delay_ms {
            0 => 3000,
            ms => ms,
        };
        Some(match kind {
            "reset" => WriteFault::Reset,
            "5xx" => WriteFault::ServerError,
            "timeout" => WriteFault::Timeout(Duration::from_millis(delay)),
            ANSWERED => WriteFault::Answered,
            _ => WriteFault::Unapplied,
        })
    }

    /// Whether a link fault (`fault_rate`) hits this request, and which; counted as a read or
    /// a write fault by `write`.
    pub fn draw_link_fault(&mut self, write: bool) -> Option<WriteFault> {
        if self.fault_rate <= 0.0 {
            return None;
        }
        self.requests_seen += 1;
        // Another stream than the write draw's, so both may share one seed.
        let r = mix(!self.seed ^ mix(self.requests_seen.wrapping_add(0x5eed)));
        let u = (r >> 11) as f64 / (1u64 << 53) as f64;
        if u >= self.fault_rate {
            return None;
        }
        let kinds: Vec<&str> = LINK_FAULTS
            .into_iter()
            .filter(|k| self.fault_kinds.is_empty() || self.fault_kinds.iter().any(|w| w == k))
            .collect();
        let kind = *kinds.get((mix(r) % kinds.len().max(1) as u64) as usize)?;
        let counts = match write {
            true => &mut self.write_faults_injected,
            false => &mut self.read_faults_injected,
        };
        *counts.entry(kind.into()).or_default() += 1;
        Some(match kind {
            "reset" => WriteFault::Reset,
            "5xx" => WriteFault::ServerError,
            "reset-unapplied" => WriteFault::ResetUnapplied,
            _ => WriteFault::Unapplied,
        })
    }

    /// The 503 of a request that follows a write fault, while `fail_after_write_fault` lasts.
    pub fn failing_after_write(&mut self) -> Option<Response> {
        if self.failing == 0 {
            return None;
        }
        self.failing -= 1;
        Some(server_error(StatusCode::SERVICE_UNAVAILABLE))
    }
}

/// An HTML error page, as a proxy in front of the gateway sends.
pub fn server_error(status: StatusCode) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html")],
        format!("<html><body>{status}</body></html>"),
    )
        .into_response()
}

/// The connection breaks before any answer (the request was not handled).
pub fn reset_unapplied() -> Response {
    broken(server_error(StatusCode::OK))
}

/// The answer breaks off after its first bytes and the connection is closed, as a reset would.
pub fn broken(r: Response) -> Response {
    let (parts, _) = r.into_parts();
    let chunks: [Result<Bytes, std::io::Error>; 2] = [
        Ok(Bytes::from_static(b"{\"result\":")),
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "connection reset by the write fault",
        )),
    ];
    let mut out = Response::new(Body::from_stream(futures::stream::iter(chunks)));
    *out.status_mut() = parts.status;
    if let Some(ct) = parts.headers.get(header::CONTENT_TYPE) {
        out.headers_mut().insert(header::CONTENT_TYPE, ct.clone());
    }
    out
}

fn garbage(kind: &str) -> Response {
    match kind {
        "html" => (
            StatusCode::BAD_GATEWAY,
            [(header::CONTENT_TYPE, "text/html")],
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
        )
            .into_response(),
        "empty" => (StatusCode::OK, "").into_response(),
        "not-envelope" => json_response(json!({ "hello": "world" })),
        _ => (StatusCode::OK, Bytes::from_static(b"\x00\xffgarbage{{{")).into_response(),
    }
}

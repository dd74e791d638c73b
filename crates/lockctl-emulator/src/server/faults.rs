//! Faults injected through the control API: latency, HTTP errors, non-JSON bodies, rate limits,
//! shifted record pages and lying totals.

use axum::body::Bytes;
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
    /// The next N gateway requests answer `REQUEST_TOO_FREQUENTLY`.
    pub rate_limit_next: u64,
    /// The next N gateway requests answer with this body instead: `html`, `empty`, `garbage`,
    /// `not-envelope`.
    pub garbage: Option<String>,
    pub garbage_next: u64,
    /// Record lists: shift every page after the first by this many records (negative: pages
    /// repeat records of the page before; positive: records are skipped).
    pub page_shift: i64,
    /// Record lists: add this to `totalCount` (a total that lies).
    pub total_count_offset: i64,
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

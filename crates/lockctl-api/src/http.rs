//! What both backends' transports share: the HTTP client they build and how they read an answer
//! (capped) and name a transport failure (lost answer or unreachable cloud).

use std::time::Duration;

use url::Url;

use crate::error::{Error, Result};

/// The environment variable the binary reads the cap from, named in the error.
pub const MAX_ANSWER_ENV: &str = "LOCKCTL_MAX_ANSWER_MB";

/// The HTTP client of a backend talking to `endpoint`.
pub(crate) fn client(
    endpoint: &Url,
    connect: Duration,
    total: Duration,
) -> Result<reqwest::Client> {
    let mut builder = reqwest::Client::builder()
        .connect_timeout(connect)
        .timeout(total)
        .user_agent(concat!("lockctl/", env!("CARGO_PKG_VERSION")))
        // Redirects could carry signed parameters or headers to another host.
        .redirect(reqwest::redirect::Policy::none());
    // A proxy from HTTP(S)_PROXY would see (or fail) traffic that never leaves the machine.
    if crate::endpoint::is_loopback(endpoint) {
        builder = builder.no_proxy();
    }
    builder
        .build()
        .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))
}

/// The body of an answer, refused as soon as it would pass `cap` bytes (by its announced length
/// when it has one), so a hostile or broken server cannot make lockctl hold more.
pub(crate) async fn read_capped(
    mut resp: reqwest::Response,
    cap: u64,
    url: &str,
    action: &str,
) -> Result<Vec<u8>> {
    let too_large = |size: String| {
        Error::BadResponse {
        url: url.to_string(),
        reason: format!(
            "the answer of {action} is {size}, more than the {} MiB lockctl reads; raise the cap with {MAX_ANSWER_ENV}=MiB",
            cap >> 20
        ),
    }
    };
    if let Some(n) = resp.content_length().filter(|n| *n > cap) {
        return Err(too_large(format!("{:.1} MiB", n as f64 / 1_048_576.0)));
    }
    // Sized once from the announced length (already checked against the cap), so the buffer is
    // not regrown (and briefly held twice) while a large answer arrives.
    let announced = resp.content_length().unwrap_or(0).min(cap);
    let mut body: Vec<u8> = Vec::with_capacity(usize::try_from(announced).unwrap_or(0));
    // A body cut off after the request went out is a lost answer, not an unreachable cloud.
    while let Some(chunk) = resp
        .chunk()
        .await
        .map_err(|e| lost_or_unreachable(&e, url, action))?
    {
        if (body.len() + chunk.len()) as u64 > cap {
            return Err(too_large(format!("over {} MiB", cap >> 20)));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A transport failure: `Unreachable` when the request never left (the connection failed), else
/// `AnswerLost`, since the cloud may have applied it (a timeout, a reset mid-answer).
pub(crate) fn lost_or_unreachable(e: &reqwest::Error, url: &str, action: &str) -> Error {
    if e.is_connect() {
        return Error::Unreachable {
            url: url.to_string(),
            reason: describe(e),
        };
    }
    Error::AnswerLost {
        url: url.to_string(),
        action: action.to_string(),
        reason: describe(e),
    }
}

fn describe(e: &reqwest::Error) -> String {
    // The innermost cause says what happened (`connection refused`, `connection reset`).
    let mut src: Option<&dyn std::error::Error> = std::error::Error::source(e);
    let mut last = None;
    while let Some(s) = src {
        last = Some(s.to_string());
        src = s.source();
    }
    if e.is_timeout() {
        "no answer in time (timed out)".into()
    } else if e.is_connect() {
        format!(
            "connection failed ({})",
            last.unwrap_or_else(|| "connection failed".into())
        )
    } else {
        format!(
            "the connection broke ({})",
            last.unwrap_or_else(|| e.to_string())
        )
    }
}

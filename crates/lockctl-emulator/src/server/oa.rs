//! HTTP for the OpenAPI face: the same faults as the gateway (latency, transport faults,
//! write faults), then the adapter under the state lock, the journal, the envelope.

use std::time::{Duration, Instant};

use super::lock_faults::LockFaults;
use super::Throttle;
use super::{faults, journal, json_response, lock_inner, Inner, JournalEntry, Shared, WriteFault};
use crate::openapi::{self, errors, OaError, Outcome};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::Response;

/// The largest request body the face reads.
const MAX_BODY: usize = 1 << 20;

/// Faults drawn for one request, as the gateway draws them.
fn draw_faults(s: &mut Inner, writes: bool) -> (u64, Option<Response>, Option<WriteFault>) {
    s.seq += 1;
    let seq = s.seq;
    if s.faults.http_429_next > 0 {
        s.faults.http_429_next -= 1;
        return (s.faults.latency_ms, Some(too_many()), None);
    }
    let fault = s.faults.transport_fault(seq);
    let fault = fault.or_else(|| s.faults.failing_after_write());
    let write_fault = match fault {
        None => {
            let drawn = if writes {
                s.faults.draw_write_fault()
            } else {
                None
            };
            drawn.or_else(|| s.faults.draw_link_fault(writes))
        }
        _ => None,
    };
    (s.faults.latency_ms, fault, write_fault)
}

/// Throttled at the HTTP level, as the cloud's front sometimes answers.
fn too_many() -> Response {
    let mut r = Response::new(Body::from("Too Many Requests"));
    *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    r
}

/// The gateway's rate limit and per-lock faults, as the OpenAPI face meets them.
struct Gate<'a> {
    throttle: &'a mut Throttle,
    lock_faults: &'a mut LockFaults,
}

impl openapi::Gate for Gate<'_> {
    fn admit(&mut self, key: &str) -> bool {
        // Buckets of the two faces apart: a gateway session id never meets a token.
        self.throttle
            .admit(&format!("openapi:{key}"), Instant::now())
    }

    fn lock_fault(&mut self, dev: &str, path: &str) -> Option<OaError> {
        let e = self
            .lock_faults
            .failure_for(|| Some(dev.to_string()), path)?;
        Some(OaError::new(lock_fault_code(e.code), e.msg))
    }
}

/// A per-lock failure's code (the gateway's words) in the OpenAPI's numbers.
fn lock_fault_code(code: &str) -> i64 {
    match code {
        "DEVICE_OFFLINE" => OaError::offline().code,
        "DEVICE_NOT_EXIST" => OaError::no_device().code,
        "PERMISSION_DENIED" => OaError::denied().code,
        "PARAM_ILLEGAL" => OaError::illegal("").code,
        "REQUEST_TOO_FREQUENTLY" => OaError::throttled().code,
        _ => OaError::system("").code,
    }
}

/// Run the adapter on one request and save the world if it changed.
fn handle(s: &mut Inner, req: &openapi::Request) -> Result<Outcome, OaError> {
    // As on the gateway: locks whose time offline is over come back, and what is due reaches
    // the locks, before the request is handled.
    let now = s.now();
    for dev in s.lock_faults.tick() {
        let _ = s.world.set_online(&dev, true, now);
    }
    let delivered = s.world.settle(now);
    let (now, gw_now) = (s.now(), s.gateway_now());
    let Inner {
        world,
        openapi,
        faults,
        throttle,
        lock_faults,
        ..
    } = s;
    let env = openapi::Env {
        now,
        gw_now,
        world,
        face: openapi,
        rate_limit_next: &mut faults.rate_limit_next,
        gate: &mut Gate {
            throttle,
            lock_faults,
        },
    };
    let out = openapi::process(env, req)?;
    if out.writes || delivered {
        s.persist()
            .map_err(|e| OaError::system(&format!("state not saved: {e}")))?;
    }
    Ok(out)
}

/// The device id a path names, for the journal.
fn journal_dev(path: &str) -> Option<String> {
    let mut it = path.split('/').skip(2);
    let first = it.next()?;
    let next = if first == "smart-lock" {
        it.nth(1)
    } else {
        it.next()
    };
    (first == "devices" || first == "smart-lock")
        .then(|| next.map(str::to_string))
        .flatten()
}

pub(super) async fn serve(State(state): State<Shared>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY).await else {
        return faults::server_error(StatusCode::PAYLOAD_TOO_LARGE);
    };
    let method = parts.method.as_str().to_ascii_uppercase();
    let path = parts.uri.path().to_string();
    // Write faults hit what changes the world: a password ticket (a POST that changes
    // nothing) is never one, so a fault meets the write the ticket was fetched for.
    let writes = openapi::routes::find(&method, &path).map_or(method != "GET", |(r, _)| r.writes);
    let (latency, fault, write_fault) = draw_faults(&mut lock_inner(&state), writes);
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    if let Some(r) = fault {
        return r;
    }
    match write_fault {
        Some(WriteFault::Unapplied) => {
            return faults::server_error(StatusCode::SERVICE_UNAVAILABLE)
        }
        Some(WriteFault::ResetUnapplied) => return faults::reset_unapplied(),
        _ => {}
    }
    let request = openapi::Request {
        method: &method,
        path: &path,
        raw_query: parts.uri.query().unwrap_or(""),
        headers: &parts.headers,
        body: &body,
    };
    let (result, t_ms, tid) = {
        let mut s = lock_inner(&state);
        let result = handle(&mut s, &request);
        let t_ms = s.gateway_now().saturating_mul(1000);
        let seq = s.seq;
        let entry = JournalEntry {
            seq,
            action: format!("{method} {path}"),
            version: "openapi".into(),
            dev_id: journal_dev(&path),
            outcome: match &result {
                Ok(_) => "ok".into(),
                Err(e) => e.code.to_string(),
            },
        };
        journal::record(&mut s.journal, entry);
        (result, t_ms, format!("{seq:08x}emu{t_ms:x}"))
    };
    let answer = json_response(match result {
        Ok(out) => errors::ok_envelope(out.result, t_ms, &tid),
        Err(e) => errors::err_envelope(&e, t_ms, &tid),
    });
    match write_fault {
        Some(WriteFault::Reset) => faults::broken(answer),
        Some(WriteFault::ServerError) => faults::server_error(StatusCode::INTERNAL_SERVER_ERROR),
        Some(WriteFault::Timeout(d)) => {
            tokio::time::sleep(d).await;
            answer
        }
        _ => answer,
    }
}

/// Requests outside the gateway and the control API: the OpenAPI face's paths, or a 404.
pub(super) async fn fallback(state: State<Shared>, req: Request) -> Response {
    if openapi::is_openapi_path(req.uri().path()) {
        return serve(state, req).await;
    }
    let mut r = Response::new(Body::from(
        "not found: the gateway is at /api.json, the OpenAPI under /v1.0/...\n",
    ));
    *r.status_mut() = StatusCode::NOT_FOUND;
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journal_names_the_device() {
        assert_eq!(
            journal_dev("/v1.0/devices/bf01/door-lock/temp-passwords").as_deref(),
            Some("bf01")
        );
        assert_eq!(
            journal_dev("/v1.0/smart-lock/devices/bf02/users").as_deref(),
            Some("bf02")
        );
        assert_eq!(journal_dev("/v1.0/token"), None);
        assert_eq!(journal_dev("/v1.0/iot-01/associated-users/devices"), None);
    }

    #[test]
    fn every_lock_failure_has_a_cloud_code() {
        let codes: Vec<i64> = super::super::lock_faults::FAIL_CODES
            .iter()
            .map(|c| lock_fault_code(c))
            .collect();
        assert_eq!(codes, [500, 2001, 2010, 1106, 1109, 1110]);
    }
}

//! Sending signed requests: headers and signature, the envelope, and the two recoveries the
//! service expects of clients (a new token after 1010-1012, the server's clock after 1013), each
//! once. Nothing else is retried: a lost answer is an error the caller settles by reading back.

use std::sync::atomic::Ordering;

use serde_json::Value;

use super::errors::{self, service};
use super::sign::{self, ToSign};
use super::{OpenApi, Token};
use crate::error::{Error, Result};
use crate::http;
use crate::secret::Secret;
use crate::trace::Record;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

impl Method {
    pub fn parse(s: &str) -> Option<Method> {
        match s.to_ascii_uppercase().as_str() {
            "GET" => Some(Method::Get),
            "POST" => Some(Method::Post),
            "PUT" => Some(Method::Put),
            "DELETE" => Some(Method::Delete),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
    fn http(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Delete => reqwest::Method::DELETE,
        }
    }
}

/// A path as typed (`/v1.0/x?a=1&b=`) into the path and its query pairs (percent-decoded).
pub fn split_path(typed: &str) -> Result<(String, Vec<(String, String)>)> {
    let typed = typed.trim();
    if !typed.starts_with('/') || typed.contains(char::is_whitespace) || typed.contains('#') {
        return Err(Error::Invalid(format!(
            "PATH must start with `/` and hold no spaces, e.g. /v1.0/devices/ID (not `{typed}`)"
        )));
    }
    let (path, q) = typed.split_once('?').unwrap_or((typed, ""));
    let query = url::form_urlencoded::parse(q.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    Ok((path.to_string(), query))
}

fn now_ms() -> i64 {
    crate::clock::wire_now().as_millisecond()
}

/// What one attempt came to.
enum Sent {
    Ok(Value),
    /// An error envelope: its code, message and the server's time.
    Refused {
        code: i64,
        msg: String,
        t: Option<i64>,
    },
}

impl OpenApi {
    fn now(&self) -> i64 {
        now_ms() + self.clock_offset.load(Ordering::Relaxed)
    }

    fn note(&self, line: String) {
        if let Some(t) = &self.trace {
            let line = crate::redact::text(&line);
            t(&crate::client::Trace { line });
        }
    }

    /// Something the client did by itself, for `--verbose` and the trace.
    fn decided(&self, line: String) {
        if let Some(r) = &self.recorder {
            r(&Record::note("openapi", &line));
        }
        self.note(line);
    }

    fn record(&self, rec: Option<Record>) {
        if let (Some(r), Some(rec)) = (&self.recorder, rec) {
            r(&rec);
        }
    }

    /// A call with a project token; the envelope's `result`.
    pub(crate) async fn call(
        &self,
        method: Method,
        path: &str,
        query: &[(String, String)],
        body: Option<&Value>,
    ) -> Result<Value> {
        let body = body.map(|b| b.to_string());
        let token_call = path.starts_with("/v1.0/token");
        let mut token_renewed = false;
        let mut clock_fixed = false;
        // Only reads are sent again after the cloud throttled them; a write is never resent.
        let mut backoff = if matches!(method, Method::Get) {
            self.config.rate_limit_backoff.iter()
        } else {
            [].iter()
        };
        loop {
            let token = if token_call {
                None
            } else {
                Some(self.token().await?)
            };
            let tok = token
                .as_ref()
                .map(|t| t.access_token.expose())
                .unwrap_or("");
            if let Some(t) = &self.throttle {
                t.acquire().await;
            }
            let sent = self
                .send_once(method, path, query, body.as_deref(), tok)
                .await?;
            if let Some(t) = &self.throttle {
                match &sent {
                    Sent::Refused { code, .. } if errors::is_throttled(*code) => t.throttled(),
                    _ => t.answered(),
                }
            }
            match sent {
                Sent::Ok(v) => return Ok(v),
                Sent::Refused { code, .. }
                    if errors::is_token(code) && !token_renewed && !token_call =>
                {
                    token_renewed = true;
                    self.decided("project token refused; fetching a new one".into());
                    self.set_token(None);
                }
                Sent::Refused {
                    code: 1013,
                    t: Some(server),
                    ..
                } if !clock_fixed => {
                    clock_fixed = true;
                    let offset = server - now_ms();
                    self.clock_offset.store(offset, Ordering::Relaxed);
                    self.decided(format!(
                        "clock corrected by {} s from the server's time",
                        offset / 1000
                    ));
                }
                Sent::Refused { code, msg, .. } => {
                    match backoff.next().filter(|_| errors::is_throttled(code)) {
                        Some(wait) => {
                            self.decided(format!(
                                "the cloud is throttling; reading again in {} ms",
                                wait.as_millis()
                            ));
                            tokio::time::sleep(*wait).await;
                        }
                        None => return Err(service(code, &msg)),
                    }
                }
            }
        }
    }

    fn set_token(&self, t: Option<Token>) {
        *self.token.lock().unwrap_or_else(|e| e.into_inner()) = t.clone();
        if let Some(sink) = &self.on_token {
            sink(t.as_ref());
        }
    }

    /// The project token, fetched or refreshed when less than a minute of it is left.
    async fn token(&self) -> Result<Token> {
        let held = self.token.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some(t) = &held {
            if t.expires_at - self.now() > 60_000 {
                return Ok(t.clone());
            }
        }
        let refreshed = match held.filter(|t| !t.refresh_token.is_empty()) {
            Some(old) => {
                let path = format!("/v1.0/token/{}", old.refresh_token.expose());
                self.fetch_token(&path, &[]).await.ok()
            }
            None => None,
        };
        let fresh = match refreshed {
            Some(t) => t,
            None => {
                let q = vec![("grant_type".to_string(), "1".to_string())];
                Box::pin(self.fetch_token("/v1.0/token", &q)).await?
            }
        };
        self.set_token(Some(fresh.clone()));
        Ok(fresh)
    }

    async fn fetch_token(&self, path: &str, query: &[(String, String)]) -> Result<Token> {
        let v = Box::pin(self.call(Method::Get, path, query, None)).await?;
        let access = super::wire::s(&v, "access_token");
        if access.is_empty() {
            return Err(self.bad("the token answer has no access_token"));
        }
        let secs = super::wire::i(&v, "expire_time")
            .unwrap_or(7200)
            .clamp(60, 86_400 * 30);
        Ok(Token {
            access_token: Secret::new(access),
            refresh_token: Secret::new(super::wire::s(&v, "refresh_token")),
            expires_at: self.now() + secs * 1000,
        })
    }

    fn bad(&self, reason: &str) -> Error {
        Error::BadResponse {
            url: self.config.endpoint.to_string(),
            reason: reason.to_string(),
        }
    }

    async fn send_once(
        &self,
        method: Method,
        path: &str,
        query: &[(String, String)],
        body: Option<&str>,
        token: &str,
    ) -> Result<Sent> {
        let t = self.now().to_string();
        let signed = sign::sign(
            &ToSign {
                method: method.as_str(),
                path,
                query,
                body: body.unwrap_or("").as_bytes(),
                headers: &[],
                client_id: &self.config.access_id,
                token,
                t: &t,
                nonce: "",
            },
            self.config.access_secret.expose(),
        );
        let mut url = self.config.endpoint.clone();
        let base = url.path().trim_end_matches('/').to_string();
        url.set_path(&format!("{base}{path}"));
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query.iter());
        }
        // The token path carries the refresh token: never shown.
        let shown = if path.starts_with("/v1.0/token/") {
            "/v1.0/token/****"
        } else {
            path
        };
        let query_shown = crate::trace::pairs(query.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let body_shown = body.map(crate::redact::body);
        self.note(format!(
            "{} {}{shown}{}{}",
            method.as_str(),
            base,
            match &query_shown {
                Value::Object(m) if !m.is_empty() => format!(" query={query_shown}"),
                _ => String::new(),
            },
            body_shown
                .as_ref()
                .map(|b| format!(" body={b}"))
                .unwrap_or_default()
        ));
        let mut rec = self.recorder.as_ref().map(|_| {
            let mut r = Record::request("openapi");
            r.method = Some(method.as_str().to_string());
            r.path = Some(shown.to_string());
            r.url = Some(format!(
                "{}{shown}",
                self.config.endpoint.as_str().trim_end_matches('/')
            ));
            r.params = Some(query_shown.clone());
            r.headers = Some(crate::trace::pairs([
                ("client_id", self.config.access_id.as_str()),
                ("t", t.as_str()),
                ("sign_method", "HMAC-SHA256"),
                ("sign", signed.as_str()),
                ("access_token", token),
                ("lang", self.config.lang.as_str()),
            ]));
            r.body = body_shown.clone();
            r
        });
        let mut req = self
            .http
            .request(method.http(), url)
            .header("client_id", &self.config.access_id)
            .header("t", &t)
            .header("sign_method", "HMAC-SHA256")
            .header("sign", signed)
            .header("lang", &self.config.lang);
        if !token.is_empty() {
            req = req.header("access_token", token);
        }
        if let Some(b) = body {
            req = req
                .header("Content-Type", "application/json")
                .body(b.to_string());
        }
        let started = std::time::Instant::now();
        let url = self.config.endpoint.to_string();
        let resp = match req.send().await {
            Ok(r) => r,
            Err(e) => {
                let e = http::lost_or_unreachable(&e, &url, path);
                if let Some(r) = rec.as_mut() {
                    r.failed(started, None, &e.to_string());
                }
                self.record(rec);
                return Err(e);
            }
        };
        let status = resp.status().as_u16();
        let bytes = match http::read_capped(resp, self.config.max_answer_bytes, &url, path).await {
            Ok(b) => b,
            Err(e) => {
                if let Some(r) = rec.as_mut() {
                    r.failed(started, Some(status), &e.to_string());
                }
                self.record(rec);
                return Err(e);
            }
        };
        self.note(format!(
            "<- HTTP {status} {} bytes in {} ms",
            bytes.len(),
            started.elapsed().as_millis()
        ));
        if let Some(r) = rec.as_mut() {
            r.answered(started, status, &bytes);
        }
        self.record(rec);
        self.envelope(status, &bytes, path)
    }

    fn envelope(&self, status: u16, bytes: &[u8], path: &str) -> Result<Sent> {
        if status == 429 {
            return Ok(Sent::Refused {
                code: 429,
                msg: "too many requests (HTTP 429)".into(),
                t: None,
            });
        }
        let v: Value = match serde_json::from_slice(bytes) {
            Ok(v @ Value::Object(_)) => v,
            _ if status >= 500 => {
                return Err(Error::AnswerLost {
                    url: self.config.endpoint.to_string(),
                    action: path.to_string(),
                    reason: format!("HTTP {status} without an answer"),
                })
            }
            _ => {
                return Err(self.bad(&format!(
                    "{path} answered HTTP {status} with something that is not Tuya's JSON envelope"
                )))
            }
        };
        let t = v.get("t").and_then(Value::as_i64);
        if let Some(server) = t {
            *self.seen_clock.lock().unwrap_or_else(|e| e.into_inner()) = Some((server, now_ms()));
        }
        if v.get("success").and_then(Value::as_bool) == Some(true) {
            return Ok(Sent::Ok(v.get("result").cloned().unwrap_or(Value::Null)));
        }
        let code = match v.get("code") {
            Some(Value::Number(n)) => n.as_i64(),
            Some(Value::String(s)) => s.parse().ok(),
            _ => None,
        };
        match code {
            Some(code) => Ok(Sent::Refused {
                code,
                msg: super::wire::s(&v, "msg"),
                t,
            }),
            None => Err(self.bad(&format!(
                "{path} answered an envelope with neither success nor code"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_paths_split_into_path_and_query() {
        let (p, q) = split_path("/v1.0/x?b=2&a=&c=x%2Cy").unwrap();
        assert_eq!(p, "/v1.0/x");
        assert_eq!(
            q,
            vec![
                ("b".into(), "2".into()),
                ("a".into(), "".into()),
                ("c".into(), "x,y".into())
            ]
        );
        assert!(split_path("v1.0/x").is_err());
        assert!(split_path("/a b").is_err());
        assert_eq!(Method::parse("put"), Some(Method::Put));
        assert_eq!(Method::parse("PATCH"), None);
    }
}

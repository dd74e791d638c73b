//! Where a booking feed comes from: an https address (plain http only to this machine, for tests)
//! or a local file. A feed's address carries a secret token (in its path or query), so it is
//! shown only as its scheme and host, in traces, errors and the state file alike.

use std::path::PathBuf;

use anyhow::Result;
use sha2::{Digest, Sha256};

use crate::error::Fail;

/// The largest feed read: a year of bookings is a few hundred kilobytes.
const MAX_BYTES: usize = 8 << 20;

#[derive(Debug, Clone)]
pub enum Source {
    Url(url::Url),
    File(PathBuf),
}

fn loopback(u: &url::Url) -> bool {
    match u.host() {
        Some(url::Host::Ipv4(a)) => a.is_loopback(),
        Some(url::Host::Ipv6(a)) => a.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

impl Source {
    /// Read `--ical`: an address (https, or http to loopback) or a file path. No request.
    pub fn parse(s: &str) -> Result<Source> {
        let s = s.trim();
        if s.is_empty() {
            return Err(Fail::usage("--ical is empty"));
        }
        let Some((scheme, _)) = s.split_once("://") else {
            return Ok(Source::File(PathBuf::from(s)));
        };
        let u = url::Url::parse(s).map_err(|e| {
            Fail::usage_hint(
                format!("--ical: not an address ({e})"),
                "give an https address or a file path",
            )
        })?;
        let ok = match scheme.to_ascii_lowercase().as_str() {
            "https" => true,
            "http" => loopback(&u),
            _ => false,
        };
        if !ok || !u.username().is_empty() || u.password().is_some() {
            return Err(Fail::usage_hint(
                format!("--ical: {} is refused", redact(&u)),
                "booking feeds are read over https (plain http only from this machine), or from a file",
            ));
        }
        Ok(Source::Url(u))
    }

    /// What people and the state file see: `https://host/…` for an address, the path for a file.
    pub fn shown(&self) -> String {
        match self {
            Source::Url(u) => redact(u),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// The state file's key for this feed: a hash of the full address or the file's full path.
    pub fn key(&self) -> String {
        let text = match self {
            Source::Url(u) => u.as_str().to_string(),
            Source::File(p) => std::fs::canonicalize(p)
                .unwrap_or_else(|_| p.clone())
                .display()
                .to_string(),
        };
        format!("sha256:{}", hex::encode(Sha256::digest(text.as_bytes())))
    }

    /// The feed's text. Every failure is exit 1 and names the feed redacted.
    pub async fn load(&self, trace: bool) -> Result<String> {
        let fail = |why: String| {
            Fail::failure(
                format!("cannot load the booking feed {}: {why}", self.shown()),
                "nothing was changed; check the feed's address or file and run the sync again",
            )
        };
        match self {
            Source::File(p) => {
                let bytes = std::fs::read(p).map_err(|e| fail(e.to_string()))?;
                if bytes.len() > MAX_BYTES {
                    return Err(fail("larger than 8 MiB".into()));
                }
                String::from_utf8(bytes).map_err(|_| fail("not UTF-8 text".into()))
            }
            Source::Url(u) => {
                if trace {
                    crate::output::Output::trace(&format!("GET {}", self.shown()));
                }
                fetch(u).await.map_err(fail)
            }
        }
    }
}

/// Scheme, host and port only.
fn redact(u: &url::Url) -> String {
    let host = u.host_str().unwrap_or("");
    let port = u.port().map(|p| format!(":{p}")).unwrap_or_default();
    format!("{}://{host}{port}/…", u.scheme())
}

async fn fetch(u: &url::Url) -> Result<String, String> {
    let timeout = crate::env::timeout().unwrap_or(std::time::Duration::from_secs(20));
    // Redirects stay on https (or loopback for tests): a feed must never be read in the clear.
    let policy = reqwest::redirect::Policy::custom(|a| {
        let safe = a.url().scheme() == "https" || loopback(a.url());
        if a.previous().len() > 5 || !safe {
            a.stop()
        } else {
            a.follow()
        }
    });
    let mut b = reqwest::Client::builder()
        .timeout(timeout)
        .redirect(policy)
        .user_agent(concat!("lockctl/", env!("CARGO_PKG_VERSION")));
    if loopback(u) {
        b = b.no_proxy();
    }
    let client = b.build().map_err(why)?;
    let mut resp = client.get(u.clone()).send().await.map_err(why)?;
    if !resp.status().is_success() {
        return Err(format!("the server answered {}", resp.status()));
    }
    let mut body: Vec<u8> = vec![];
    while let Some(chunk) = resp.chunk().await.map_err(why)? {
        if body.len() + chunk.len() > MAX_BYTES {
            return Err("larger than 8 MiB".into());
        }
        body.extend_from_slice(&chunk);
    }
    String::from_utf8(body).map_err(|_| "not UTF-8 text".into())
}

/// A request error in words, with its causes (none of which holds the address).
fn why(e: reqwest::Error) -> String {
    let e = e.without_url();
    let mut text = e.to_string();
    let mut cause = std::error::Error::source(&e);
    while let Some(c) = cause {
        text.push_str(&format!(": {c}"));
        cause = c.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked_and_redacted() {
        let s =
            Source::parse("https://www.airbnb.com/calendar/ical/123.ics?s=SECRETTOKEN").unwrap();
        assert_eq!(s.shown(), "https://www.airbnb.com/…");
        assert!(!s.key().contains("SECRET"));
        assert!(Source::parse("http://example.com/x.ics").is_err());
        assert!(Source::parse("http://127.0.0.1:8080/x.ics").is_ok());
        assert!(Source::parse("ftp://example.com/x.ics").is_err());
        let e = Source::parse("http://example.com/SECRET.ics?t=SECRET")
            .unwrap_err()
            .to_string();
        assert!(!e.contains("SECRET"), "{e}");
        assert!(matches!(
            Source::parse("feed.ics").unwrap(),
            Source::File(_)
        ));
    }
}

//! Where the gateway is: Tuya's regional endpoints, and the rule that plain `http://` goes only to
//! loopback.

use serde::{Deserialize, Serialize};
use url::Url;

use crate::error::{Error, Result};

/// Tuya's regional gateways.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    Eu,
    Us,
    Cn,
    In,
}

impl Region {
    pub fn parse(s: &str) -> Option<Region> {
        match s.to_ascii_lowercase().as_str() {
            "eu" => Some(Region::Eu),
            "us" | "az" => Some(Region::Us),
            "cn" | "ay" => Some(Region::Cn),
            "in" => Some(Region::In),
            _ => None,
        }
    }
    pub fn base_url(self) -> &'static str {
        match self {
            Region::Eu => "https://a1.tuyaeu.com",
            Region::Us => "https://a1.tuyaus.com",
            Region::Cn => "https://a1.tuyacn.com",
            Region::In => "https://a1.tuyain.com",
        }
    }
    /// The region code the login calls send as `countryCode` for email accounts.
    pub fn code(self) -> &'static str {
        match self {
            Region::Eu => "EU",
            Region::Us => "AZ",
            Region::Cn => "AY",
            Region::In => "IN",
        }
    }
}

/// Parse and check a base URL: `https://` anywhere, plain `http://` only to loopback.
/// A bare host gets `https://`; a trailing `/api.json` is dropped. A user name or password in the
/// URL is refused (the gateway takes none, and every message would risk showing it); no message
/// repeats it.
pub fn parse_endpoint(raw: &str) -> Result<Url> {
    let raw = raw.trim();
    let shown = without_userinfo(raw);
    if shown != raw {
        return Err(Error::Config(format!(
            "`{shown}` carries a user name or password; the gateway takes none: drop the part before `@`"
        )));
    }
    let with_scheme = if raw.contains("://") {
        raw.to_string()
    } else {
        format!("https://{raw}")
    };
    let mut url = Url::parse(&with_scheme)
        .map_err(|e| Error::Config(format!("`{raw}` is not a valid URL ({e})")))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::Config(
            "the endpoint URL carries a user name or password; the gateway takes none".into(),
        ));
    }
    match url.scheme() {
        "https" => {}
        "http" => {
            if !is_loopback(&url) {
                return Err(Error::Config(format!(
                    "refusing plain http:// to {}: only loopback addresses may be reached without TLS",
                    url.host_str().unwrap_or("?")
                )));
            }
        }
        other => return Err(Error::Config(format!("unsupported URL scheme `{other}`"))),
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(Error::Config(format!("`{raw}` has no host")));
    }
    let path = url
        .path()
        .trim_end_matches('/')
        .trim_end_matches("/api.json")
        .to_string();
    url.set_path(&path);
    url.set_query(None);
    url.set_fragment(None);
    Ok(url)
}

/// `raw` with whatever stands between `//` and the last `@` of the authority replaced by `***`.
pub fn without_userinfo(raw: &str) -> String {
    let (scheme, rest) = match raw.find("//") {
        Some(i) => raw.split_at(i + 2),
        None => ("", raw),
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..end].rfind('@') {
        Some(at) => format!("{scheme}***{}", &rest[at..]),
        None => raw.to_string(),
    }
}

/// Whether the URL's host is the local machine (`localhost`, 127.0.0.0/8, `::1`, or an IPv4
/// loopback address written as IPv6).
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.to_canonical().is_loopback(),
        None => false,
    }
}

/// Tuya's own gateway domains: a login may move the client to a host under one of these.
const TUYA_DOMAINS: &[&str] = &[
    "tuyaeu.com",
    "tuyaus.com",
    "tuyacn.com",
    "tuyain.com",
    "iotbing.com",
    "wgine.com",
];

/// The gateway a login answer names (`mobileApiUrl`), accepted only over https under Tuya's own
/// domains (matched on a dot boundary), or on the configured endpoint's own host (an emulator or
/// a private gateway names itself; loopback counts as one host). Anything else would hand the session, and every signed
/// request after it, to a host the user never chose.
pub fn check_gateway(configured: &url::Url, raw: &str) -> Result<url::Url> {
    let refused = |why: String| Error::BadResponse {
        url: configured.to_string(),
        reason: why,
    };
    let url = parse_endpoint(raw)
        .map_err(|e| refused(format!("the login named an unusable gateway: {e}")))?;
    let host = url.host_str().unwrap_or("").to_ascii_lowercase();
    // Loopback names one machine however it is spelt (`localhost`, `127.0.0.1`).
    let own = configured
        .host_str()
        .is_some_and(|h| h.eq_ignore_ascii_case(&host))
        || (is_loopback(configured) && is_loopback(&url));
    let tuya = url.scheme() == "https"
        && matches!(url.host(), Some(url::Host::Domain(_)))
        && TUYA_DOMAINS.iter().any(|d| {
            host.strip_suffix(d)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
        });
    if own || tuya {
        Ok(url)
    } else {
        Err(refused(format!(
            "the login named the gateway host `{}`, which is neither under Tuya's own domains \
             ({}) over https nor the configured endpoint's host",
            host,
            TUYA_DOMAINS.join(", ")
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_refuse_plain_http_off_loopback() {
        assert!(parse_endpoint("http://127.0.0.1:8080").is_ok());
        assert!(parse_endpoint("http://localhost:1/api.json").is_ok());
        assert!(parse_endpoint("http://[::1]:9").is_ok());
        assert!(parse_endpoint("http://example.com").is_err());
        assert!(parse_endpoint("ftp://example.com").is_err());
        for with_user in [
            "https://u:hunter2@a1.tuyaeu.com",
            "u:hunter2@a1.tuyaeu.com/api.json",
            "http://hunter2@127.0.0.1:1",
            "https://u:hunter2@[bad",
        ] {
            let e = parse_endpoint(with_user).unwrap_err().to_string();
            assert!(!e.contains("hunter2"), "{e}");
        }
        assert_eq!(without_userinfo("https://a@b@c/x@y"), "https://***@c/x@y");
        assert_eq!(
            parse_endpoint("a1.tuyaeu.com").unwrap().as_str(),
            "https://a1.tuyaeu.com/"
        );
        assert_eq!(
            parse_endpoint("https://a1.tuyaeu.com/api.json")
                .unwrap()
                .as_str(),
            "https://a1.tuyaeu.com/"
        );
    }

    #[test]
    fn gateways_outside_tuya_are_refused() {
        let eu = url::Url::parse("https://a1.tuyaeu.com/").unwrap();
        let emu = url::Url::parse("http://127.0.0.1:4000/").unwrap();
        for ok in [
            "https://a1.tuyaeu.com",
            "https://a1-eu.iotbing.com/api.json",
            "https://tuyaus.com",
            "a2.wgine.com",
        ] {
            assert!(check_gateway(&eu, ok).is_ok(), "{ok}");
        }
        for bad in [
            "https://a1.tuyaeu.com.evil.example",
            "https://eviltuyaeu.com",
            "http://a1.tuyaeu.com",
            "https://evil.example",
            "https://1.2.3.4",
            "http://127.0.0.1:4000",
        ] {
            assert!(check_gateway(&eu, bad).is_err(), "{bad}");
        }
        assert!(check_gateway(&emu, "http://127.0.0.1:4000").is_ok());
        assert!(check_gateway(&emu, "https://a1.tuyaeu.com").is_ok());
        assert!(check_gateway(&emu, "http://localhost:4000").is_ok());
        assert!(check_gateway(&emu, "https://evil.example").is_err());
    }
}

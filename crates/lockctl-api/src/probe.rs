//! Harmless probes that tell what is wrong with a set-up, for `lockctl doctor`: where the
//! endpoint resolves, which proxy the HTTP client will use for it, the gateway's clock, which
//! signing mode an app key is accepted with, and whether the session holds. Each answers a
//! typed finding; nothing is printed or stored here. (The OpenAPI's own probes are methods of
//! [`crate::OpenApi`]: `seen_clock`, `token_expiry`, `probe_lock_service`.)

use url::Url;

use crate::client::{Client, ProbeAnswer};
use crate::error::{CloudCode, Error, Result};
use crate::sign::SigningKey;

/// The harmless read every gateway probe sends: the account's homes (no device, no write).
pub const GATEWAY_READ: (&str, &str) = ("tuya.m.location.list", "1.0");

/// Where a host name resolves.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub host: String,
    /// The addresses found, as text, in the resolver's order.
    pub addresses: Vec<String>,
}

/// Resolve the endpoint's host (DNS, or the literal address it is).
pub async fn resolve(endpoint: &Url) -> Result<Resolved> {
    let host = endpoint.host_str().unwrap_or("").to_string();
    let port = endpoint.port_or_known_default().unwrap_or(443);
    let unreachable = |reason: String| Error::Unreachable {
        url: endpoint.to_string(),
        reason,
    };
    if host.is_empty() {
        return Err(unreachable("the endpoint names no host".into()));
    }
    // An IPv6 literal comes bracketed from the URL; the resolver takes it bare.
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let found = tokio::net::lookup_host((bare, port))
        .await
        .map_err(|e| unreachable(format!("{host} does not resolve: {e}")))?;
    let mut addresses: Vec<String> = Vec::new();
    for a in found {
        let ip = a.ip().to_string();
        if !addresses.contains(&ip) {
            addresses.push(ip);
        }
    }
    if addresses.is_empty() {
        return Err(unreachable(format!("{host} resolves to no address")));
    }
    Ok(Resolved { host, addresses })
}

/// The proxy the HTTP client sends requests to `endpoint` through, decided by the rules reqwest
/// follows (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, `NO_PROXY`, upper or lower case; the
/// platform's settings where reqwest reads them), and lockctl's own: never for loopback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyUse {
    /// The proxy's URL without credentials; None: straight to the endpoint.
    pub proxy: Option<String>,
    /// Whether lockctl bypasses proxies because the endpoint is on this machine.
    pub loopback: bool,
}

pub fn proxy_for(endpoint: &Url) -> ProxyUse {
    if crate::endpoint::is_loopback(endpoint) {
        return ProxyUse {
            proxy: None,
            loopback: true,
        };
    }
    let matcher = hyper_util::client::proxy::matcher::Matcher::from_system();
    let proxy = endpoint
        .as_str()
        .parse::<http::Uri>()
        .ok()
        .and_then(|uri| matcher.intercept(&uri))
        .map(|i| without_credentials(&i.uri().to_string()));
    ProxyUse {
        proxy,
        loopback: false,
    }
}

/// A proxy URL with any `user:password@` taken out.
pub fn without_credentials(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            let host = authority.rsplit('@').next().unwrap_or(authority);
            let hidden = if host.len() < authority.len() {
                "****@"
            } else {
                ""
            };
            format!("{scheme}://{hidden}{host}{path}")
        }
        None => url.rsplit('@').next().unwrap_or(url).to_string(),
    }
}

/// One signing mode tried on the gateway.
#[derive(Debug, Clone)]
pub struct ModeTry {
    /// `md5`, `hmac` or `thing`.
    pub mode: &'static str,
    /// Whether the gateway took the signature (it answered anything but `SING_VALIDATE_FALED`).
    pub accepted: bool,
    /// The gateway's error code, when it answered one.
    pub code: Option<String>,
}

/// Where the session stands, by the gateway's answer to the harmless read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionState {
    /// The read succeeded with the session.
    Valid,
    /// No session is held (never logged in, or logged out).
    None,
    /// The gateway refused the session (`USER_SESSION_INVALID` / `USER_SESSION_LOSS`).
    Refused(String),
    /// Not known: the signature was refused in every mode, or the gateway answered something
    /// else (its code).
    Unknown(String),
}

/// What the gateway probes found.
#[derive(Debug, Clone)]
pub struct GatewayProbe {
    /// The gateway's clock and the machine's when its answer came (Unix ms).
    pub server_ms: Option<i64>,
    pub local_ms: i64,
    /// The modes tried, the profile's own first; the others only when it was refused.
    pub tries: Vec<ModeTry>,
    /// The key the gateway accepted (the profile's own or another one tried).
    pub accepted: Option<SigningKey>,
    pub session: SessionState,
}

/// Send the harmless read signed with the client's own key and, when the gateway refuses the
/// signature, with each of `others` until one is taken (one read each). The answer that was
/// taken says where the session stands; every answer carries the gateway's clock.
pub async fn gateway(client: &Client, others: &[SigningKey]) -> Result<GatewayProbe> {
    let (action, version) = GATEWAY_READ;
    let own = client.config().key.clone();
    let first = client.probe(action, version).await?;
    let mut tries = vec![mode_try(own.mode(), &first)];
    let (mut taken, mut accepted) = (None, None);
    if tries[0].accepted {
        taken = Some(first.clone());
        accepted = Some(own);
    } else if first.code == Some(CloudCode::SignatureInvalid) {
        for key in others {
            let answer = client.with_key(key.clone())?.probe(action, version).await?;
            tries.push(mode_try(key.mode(), &answer));
            if tries.last().is_some_and(|t| t.accepted) {
                taken = Some(answer);
                accepted = Some(key.clone());
                break;
            }
        }
    }
    let session = match &taken {
        None => SessionState::Unknown(
            first
                .code
                .as_ref()
                .map(|c| c.as_wire().to_string())
                .unwrap_or_default(),
        ),
        Some(_) if client.session().is_none() => SessionState::None,
        Some(a) => match &a.code {
            None => SessionState::Valid,
            Some(c) if c.is_session() => SessionState::Refused(c.as_wire().to_string()),
            Some(c) => SessionState::Unknown(c.as_wire().to_string()),
        },
    };
    let clock = taken.as_ref().unwrap_or(&first);
    Ok(GatewayProbe {
        server_ms: clock.server_ms.or(first.server_ms),
        local_ms: clock.local_ms,
        tries,
        accepted,
        session,
    })
}

fn mode_try(mode: &'static str, a: &ProbeAnswer) -> ModeTry {
    ModeTry {
        mode,
        accepted: !is_refusal(&a.code),
        code: a.code.as_ref().map(|c| c.as_wire().to_string()),
    }
}

/// Answers that say the request's signature or app key was not taken.
fn is_refusal(code: &Option<CloudCode>) -> bool {
    matches!(
        code,
        Some(CloudCode::SignatureInvalid | CloudCode::IllegalClientId)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxy_credentials_are_hidden() {
        assert_eq!(
            without_credentials("http://user:pw@proxy.example:3128/"),
            "http://****@proxy.example:3128/"
        );
        assert_eq!(
            without_credentials("http://proxy.example:3128"),
            "http://proxy.example:3128"
        );
        assert_eq!(without_credentials("u:p@h:1"), "h:1");
    }
}

//! `lockctl doctor` on a mobile-gateway profile: the gateway probe, the signing mode, the session.

use super::*;

/// The mobile gateway: endpoint, clock, signing mode, session, devices.
pub(super) async fn mobile(
    ctx: &mut Context,
    given: &Given,
    checks: &mut Vec<Check>,
) -> Result<()> {
    let client = match ctx.client().await {
        Ok(c) => c,
        Err(e) => {
            checks.push(Check::failed("profile", &e, given, Facts::None));
            for name in ["endpoint", "clock", "signing", "session", "devices"] {
                checks.push(Check::skip(name, "no usable profile"));
            }
            checks.push(cache_check(ctx));
            return Ok(());
        }
    };
    let sign = client.config().key.mode();
    checks.push(profile_ok(
        ctx,
        &format!(
            "mobile gateway, app key {}, {sign} signing",
            client.config().client_id
        ),
    ));
    let url = client.api_url()?;
    let skip_rest = |checks: &mut Vec<Check>, why: &str| {
        for name in ["clock", "signing", "session", "devices"] {
            checks.push(Check::skip(name, why));
        }
    };
    let facts = match endpoint(&url, given).await {
        Ok(f) => f,
        Err(c) => {
            checks.push(c);
            skip_rest(checks, "the endpoint does not resolve");
            checks.push(cache_check(ctx));
            checks.push(proxy(&url));
            return Ok(());
        }
    };
    let others = ctx.other_signing_keys();
    let found = match probe::gateway(&client, &others).await {
        Ok(p) => p,
        Err(e) => {
            checks.push(Check::failed("endpoint", &e.into(), given, facts));
            skip_rest(checks, "the endpoint does not answer");
            checks.push(cache_check(ctx));
            checks.push(proxy(&url));
            return Ok(());
        }
    };
    checks.push(endpoint_ok(facts));
    checks.push(clock(found.server_ms, found.local_ms));
    checks.push(signing(ctx, &client, &found));
    let cache = cache_check(ctx);
    let Some(key) = found.accepted.clone() else {
        checks.push(Check::skip("session", "no signature was accepted"));
        checks.push(Check::skip("devices", "no signature was accepted"));
        checks.push(cache);
        checks.push(proxy(&url));
        return Ok(());
    };
    // Go on with the key the cloud took: the rest is worth knowing before the mode is fixed.
    let api: Arc<dyn Backend> = if key.mode() == sign {
        ctx.api().await?
    } else {
        Arc::new(Mobile::new(Arc::new(client.with_key(key)?)))
    };
    let (session, usable) = match &found.session {
        SessionState::Valid => (
            Check::new(
                "session",
                Mark::Ok,
                "the stored session is valid",
                Facts::Session {
                    kind: "session",
                    state: "valid",
                },
            ),
            true,
        ),
        SessionState::None => (
            Check::new(
                "session",
                Mark::Fail,
                "not logged in: no session is stored",
                Facts::Session {
                    kind: "session",
                    state: "none",
                },
            )
            .hint("lockctl login --email YOU@EXAMPLE.COM"),
            false,
        ),
        SessionState::Refused(code) if client.can_renew() => {
            match api.homes_and_devices().await {
                Ok(_) => (
                    Check::new(
                        "session",
                        Mark::Ok,
                        format!("the stored session had expired ({code}); lockctl logged in again with the remembered password"),
                        Facts::Session {
                            kind: "session",
                            state: "renewed",
                        },
                    ),
                    true,
                ),
                Err(e) => (
                    Check::failed(
                        "session",
                        &e.into(),
                        given,
                        Facts::Session {
                            kind: "session",
                            state: "expired",
                        },
                    ),
                    false,
                ),
            }
        }
        SessionState::Refused(code) => (
            Check::new(
                "session",
                Mark::Fail,
                format!("the stored session has expired ({code}) and no password is remembered to renew it"),
                Facts::Session {
                    kind: "session",
                    state: "expired",
                },
            )
            .hint("lockctl login --email YOU@EXAMPLE.COM (add --remember-password to have lockctl renew it by itself)"),
            false,
        ),
        SessionState::Unknown(code) => (
            Check::new(
                "session",
                Mark::Warn,
                format!("the cloud answered {code}; the session could not be judged"),
                Facts::None,
            ),
            true,
        ),
    };
    checks.push(session);
    if !usable {
        checks.push(Check::skip("devices", "no valid session"));
    } else {
        checks.push(match api.homes_and_devices().await {
            Ok(homes) => {
                let (devices, locks) = devices_found(&homes);
                Check::new(
                    "devices",
                    if locks > 0 { Mark::Ok } else { Mark::Warn },
                    format!(
                        "{devices} devices in {} home{}, {locks} of them locks",
                        homes.len(),
                        if homes.len() == 1 { "" } else { "s" }
                    ),
                    Facts::Devices {
                        devices,
                        locks,
                        lock_service: None,
                    },
                )
            }
            Err(e) => Check::failed("devices", &e.into(), given, Facts::None),
        });
    }
    api.discard_raw();
    checks.push(cache);
    checks.push(proxy(&url));
    Ok(())
}

/// Which signing mode the app key was taken with.
fn signing(ctx: &Context, client: &lockctl_api::Client, found: &GatewayProbe) -> Check {
    let configured = client.config().key.mode();
    let facts = Facts::Signing {
        configured: configured.into(),
        accepted: found.accepted.as_ref().map(|k| k.mode().to_string()),
        tried: found
            .tries
            .iter()
            .map(|t| ModeFact {
                mode: t.mode.into(),
                accepted: t.accepted,
                code: t.code.clone(),
            })
            .collect(),
    };
    let refused =
        |t: &probe::ModeTry| format!("{} ({})", t.mode, t.code.as_deref().unwrap_or("refused"));
    let name = ctx.settings.profile_name.clone().unwrap_or_default();
    let client_id = &client.config().client_id;
    let endpoint = ctx
        .settings
        .profile
        .as_ref()
        .map(|p| p.endpoint.clone())
        .unwrap_or_default();
    match (&found.accepted, found.tries.first()) {
        (Some(k), _) if k.mode() == configured => Check::new(
            "signing",
            Mark::Ok,
            format!("the app key is accepted with {configured} signing"),
            facts,
        ),
        (Some(k), Some(first)) => {
            let mode = k.mode();
            let secrets = match mode {
                "md5" => "LOCKCTL_APP_SECRET=...",
                _ => "LOCKCTL_APP_SECRET=... LOCKCTL_BMP_SECRET=...",
            };
            let extra = match mode {
                "hmac" => " --cert-sign A".to_string(),
                "thing" => " --cert-sign SHA256 --package NAME".to_string(),
                _ => String::new(),
            };
            Check::new(
                "signing",
                Mark::Fail,
                format!(
                    "the app key is refused with {}, and accepted with {mode} signing: set {mode}",
                    refused(first)
                ),
                facts,
            )
            .hint(format!(
                "{secrets} lockctl profile add {name} --endpoint {endpoint} --client-id {client_id} --sign {mode}{extra}"
            ))
        }
        _ => {
            let tried: Vec<String> = found.tries.iter().map(refused).collect();
            let illegal = found
                .tries
                .iter()
                .any(|t| t.code.as_deref() == Some("ILLEGAL_CLIENT_ID"));
            let hint = if illegal {
                format!("the cloud does not know app key {client_id}: check --client-id and the region (`lockctl profile show`)")
            } else {
                "check the app secret (and the bmp secret, certificate hash and package of hmac and thing keys): add the profile again with the right ones".to_string()
            };
            Check::new(
                "signing",
                Mark::Fail,
                format!(
                    "the app key is refused with every mode tried: {}",
                    tried.join(", ")
                ),
                facts,
            )
            .hint(hint)
        }
    }
}

//! `lockctl doctor` on a Cloud OpenAPI profile: the token, the lock service.

use super::*;

/// The Cloud OpenAPI: endpoint, keys and token, clock, devices and the lock service.
pub(super) async fn openapi(
    ctx: &mut Context,
    given: &Given,
    checks: &mut Vec<Check>,
) -> Result<()> {
    let api = match ctx.openapi().await {
        Ok(a) => a,
        Err(e) => {
            checks.push(Check::failed("profile", &e, given, Facts::None));
            for name in ["endpoint", "clock", "signing", "session", "devices"] {
                checks.push(Check::skip(name, "no usable profile"));
            }
            checks.push(cache_check(ctx));
            return Ok(());
        }
    };
    let access_id = api.config().access_id.clone();
    checks.push(profile_ok(
        ctx,
        &format!("Cloud OpenAPI, access id {access_id}"),
    ));
    let url = api.config().endpoint.clone();
    let cache = cache_check(ctx);
    let facts = match endpoint(&url, given).await {
        Ok(f) => f,
        Err(c) => {
            checks.push(c);
            for name in ["clock", "signing", "session", "devices"] {
                checks.push(Check::skip(name, "the endpoint does not resolve"));
            }
            checks.push(cache);
            checks.push(proxy(&url));
            return Ok(());
        }
    };
    let held = api.token_expiry();
    let listed = api.homes_and_devices().await;
    api.discard_raw();
    let keys = |accepted: bool| Facts::Signing {
        configured: "openapi".into(),
        accepted: accepted.then(|| "openapi".into()),
        tried: vec![],
    };
    let token = |state: &'static str| Facts::Session {
        kind: "token",
        state,
    };
    match api.seen_clock() {
        None => {
            let e = listed
                .err()
                .map(anyhow::Error::from)
                .unwrap_or_else(|| anyhow::anyhow!("the cloud gave no answer"));
            checks.push(Check::failed("endpoint", &e, given, facts));
            for name in ["clock", "signing", "session", "devices"] {
                checks.push(Check::skip(name, "the endpoint does not answer"));
            }
            checks.push(cache);
            checks.push(proxy(&url));
            return Ok(());
        }
        Some((server, local)) => {
            checks.push(endpoint_ok(facts));
            checks.push(clock(Some(server), local));
        }
    }
    let homes = match listed {
        Ok(h) => h,
        Err(e) => {
            let keys_refused = matches!(
                &e,
                lockctl_api::Error::Service { code, .. } if matches!(code, 1001..=1013 | 1400)
            );
            let e = anyhow::Error::from(e);
            if keys_refused {
                checks.push(Check::failed("signing", &e, given, keys(false)));
                checks.push(Check::skip("session", "no project token"));
                checks.push(Check::skip("devices", "no project token"));
            } else {
                checks.push(Check::new(
                    "signing",
                    Mark::Ok,
                    format!("the access id {access_id} and its secret are accepted"),
                    keys(true),
                ));
                checks.push(session_token(held, api.token_expiry(), &token));
                checks.push(Check::failed("devices", &e, given, Facts::None));
            }
            checks.push(cache);
            checks.push(proxy(&url));
            return Ok(());
        }
    };
    checks.push(Check::new(
        "signing",
        Mark::Ok,
        format!("the access id {access_id} and its secret are accepted"),
        keys(true),
    ));
    checks.push(session_token(held, api.token_expiry(), &token));
    let (devices, locks) = devices_found(&homes);
    let first_lock = homes
        .iter()
        .flat_map(|(_, d)| d)
        .find(|d| d.is_lock())
        .map(|d| d.dev_id.clone());
    let summary = format!("{devices} devices, {locks} of them locks");
    checks.push(match first_lock {
        None => Check::new(
            "devices",
            Mark::Warn,
            format!("{summary}: no lock to try the lock service on"),
            Facts::Devices {
                devices,
                locks,
                lock_service: None,
            },
        )
        .hint("link the app account that holds the locks to the cloud project (Devices > Link App Account)"),
        Some(id) => match api.probe_lock_service(&id).await {
            Ok(()) => Check::new(
                "devices",
                Mark::Ok,
                format!("{summary}; the Smart Lock Open Service answers"),
                Facts::Devices {
                    devices,
                    locks,
                    lock_service: Some(true),
                },
            ),
            Err(e) => {
                let subscription = matches!(
                    &e,
                    lockctl_api::Error::Service { code, .. }
                        if *code == 1106 || (28841001..=28841107).contains(code)
                );
                let facts = Facts::Devices {
                    devices,
                    locks,
                    lock_service: Some(false),
                };
                let e = anyhow::Error::from(e);
                match subscription {
                    true => Check::new(
                        "devices",
                        Mark::Fail,
                        format!("{summary}, but the project may not use the lock service: {}", error::message(&e, given)),
                        facts,
                    )
                    .hint(error::classify(&e, given).1.unwrap_or_default()),
                    false => Check::failed("devices", &e, given, facts),
                }
            }
        },
    });
    api.discard_raw();
    checks.push(cache);
    checks.push(proxy(&url));
    Ok(())
}

/// The project token: the one held before the run, and the one held after the first reads.
fn session_token(
    before: Option<i64>,
    after: Option<i64>,
    facts: &dyn Fn(&'static str) -> Facts,
) -> Check {
    let until = after
        .and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok())
        .map(|t| format!(" (valid until {})", t.strftime("%Y-%m-%d %H:%M UTC")))
        .unwrap_or_default();
    match (before, after) {
        (Some(b), Some(a)) if a == b => Check::new(
            "session",
            Mark::Ok,
            format!("the stored project token is valid{until}"),
            facts("valid"),
        ),
        (Some(_), Some(_)) => Check::new(
            "session",
            Mark::Ok,
            format!("the stored project token had run out; a new one was fetched with the access secret{until}"),
            facts("renewed"),
        ),
        (None, Some(_)) => Check::new(
            "session",
            Mark::Ok,
            format!("no project token was stored; one was fetched with the access secret{until}"),
            facts("renewed"),
        ),
        (_, None) => Check::new(
            "session",
            Mark::Fail,
            "no project token could be fetched",
            facts("none"),
        ),
    }
}

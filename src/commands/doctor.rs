//! `lockctl doctor`: what is wrong with this set-up, check by check. Each check says ok,
//! warning, failed or not run (when an earlier one makes it pointless), with a hint; `--json`
//! gives the same list (docs/json.md, "doctor"); exit 1 when a check failed. The probes are the
//! API crate's (`lockctl_api::probe`, the OpenAPI's `seen_clock` / `probe_lock_service`): this
//! file only calls them and words what they found. It sends harmless reads only; the one thing
//! it may store is a session the client renewed by itself, as any verb does.

use std::sync::Arc;

use anyhow::Result;
use clap::Args;
use lockctl_api::probe::{self, GatewayProbe, SessionState};
use lockctl_api::{Backend, DeviceOps, Fields, Mobile};
use serde::Serialize;

use crate::config::{self, cache, credentials, safety};
use crate::context::Context;
use crate::error::{self, Fail, Given};
use crate::options::Options;
use crate::output::{CheckLine, Mark, Output};

pub const EXAMPLES: &str = "Examples:
  lockctl doctor
  lockctl doctor --profile home --json
  lockctl doctor --jq '.checks[] | select(.result == \"fail\") | .name'";

#[derive(Args, Debug)]
pub struct DoctorArgs {}

/// The clock is fine this close to the cloud's, worth a warning up to [`CLOCK_FAIL_SECS`].
const CLOCK_OK_SECS: i64 = 5;
const CLOCK_FAIL_SECS: i64 = 60;

/// The whole report (docs/json.md, "doctor").
#[derive(Debug, Serialize)]
pub struct Report {
    /// No check failed (warnings allowed).
    pub ok: bool,
    pub profile: Option<String>,
    /// `mobile` or `openapi`; None when no profile could be read.
    pub backend: Option<&'static str>,
    pub checks: Vec<Check>,
}

impl Fields for Report {
    const FIELDS: &'static [&'static str] = &["ok", "profile", "backend", "checks"];
}

/// One check.
#[derive(Debug, Serialize)]
pub struct Check {
    /// `files`, `profile`, `endpoint`, `clock`, `signing`, `session`, `devices`, `cache`,
    /// `proxy`.
    pub name: &'static str,
    /// `ok`, `warn`, `fail` or `skip`.
    pub result: &'static str,
    pub summary: String,
    pub hint: Option<String>,
    /// What the check found, by check (docs/json.md); null when it did not run.
    pub facts: Facts,
    #[serde(skip)]
    mark: Mark,
}

/// What one check found, in typed fields (their shape depends on the check).
#[derive(Debug, Serialize)]
#[serde(untagged, rename_all_fields = "camelCase")]
pub enum Facts {
    None,
    Files {
        paths: Vec<PathFact>,
    },
    Profile {
        /// Where its secrets are read from: `file`, `env`, `builtin`.
        secrets: Option<&'static str>,
    },
    Endpoint {
        url: String,
        host: String,
        addresses: Vec<String>,
    },
    Clock {
        /// The cloud's clock minus this machine's, in whole seconds.
        offset_seconds: i64,
    },
    Signing {
        /// The mode the profile sets (`md5`, `hmac`, `thing`; `openapi` for a cloud project).
        configured: String,
        /// The mode the cloud took (null: none of those tried).
        accepted: Option<String>,
        tried: Vec<ModeFact>,
    },
    Session {
        /// `session` (mobile) or `token` (OpenAPI).
        kind: &'static str,
        /// `valid`, `renewed`, `expired`, `none`.
        state: &'static str,
    },
    Devices {
        devices: usize,
        locks: usize,
        /// OpenAPI: whether the smart-lock service answered (null: not asked).
        lock_service: Option<bool>,
    },
    Cache {
        /// Seconds since the device list was last read (null: never).
        age_seconds: Option<i64>,
        ttl_seconds: i64,
        fresh: bool,
    },
    Proxy {
        /// The proxy variables set, values with credentials hidden.
        variables: Vec<Variable>,
        /// The proxy requests to the endpoint go through (null: none).
        proxy: Option<String>,
    },
}

#[derive(Debug, Serialize)]
pub struct PathFact {
    pub path: String,
    /// Octal permission bits (`700`); null when the path does not exist.
    pub mode: Option<String>,
    /// `safe`, `warning`, `unsafe`.
    pub verdict: &'static str,
}

#[derive(Debug, Serialize)]
pub struct ModeFact {
    pub mode: String,
    pub accepted: bool,
    /// The cloud's error code, when it answered one.
    pub code: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Variable {
    pub name: String,
    pub value: String,
}

impl Check {
    fn new(name: &'static str, mark: Mark, summary: impl Into<String>, facts: Facts) -> Check {
        Check {
            name,
            result: mark.word(),
            summary: summary.into(),
            hint: None,
            facts,
            mark,
        }
    }
    fn hint(mut self, hint: impl Into<String>) -> Check {
        let h = hint.into();
        self.hint = (!h.is_empty()).then_some(h);
        self
    }
    fn skip(name: &'static str, why: &str) -> Check {
        Check::new(name, Mark::Skip, format!("not checked: {why}"), Facts::None)
    }
    /// A failed check worded from an error (its message, and its hint).
    fn failed(name: &'static str, e: &anyhow::Error, given: &Given, facts: Facts) -> Check {
        let (_, hint) = error::classify(e, given);
        Check::new(name, Mark::Fail, error::message(e, given), facts).hint(
            hint.map(|h| error::with_given(&h, given))
                .unwrap_or_default(),
        )
    }
}

/// Run every check and print the report. Called before the run's context is built (an unsafe
/// config directory makes that fail, and doctor must still say so).
pub async fn run(
    _a: DoctorArgs,
    options: Options,
    trace: Option<std::sync::Arc<crate::tracefile::TraceFile>>,
) -> Result<()> {
    let given = Given::of(&options);
    let out = Output::new(options.format.clone(), options.quiet, options.color)?;
    let mut checks = vec![files()];
    let mut env_var = None;
    let mut report = Report {
        ok: true,
        profile: None,
        backend: None,
        checks: vec![],
    };
    match Context::new(options).map(|c| c.tracing_to(trace)) {
        Err(e) => {
            checks.push(Check::failed("profile", &e, &given, Facts::None));
            for name in [
                "endpoint", "clock", "signing", "session", "devices", "cache",
            ] {
                checks.push(Check::skip(name, "no usable profile"));
            }
        }
        Ok(mut ctx) => {
            report.profile = ctx.settings.profile_name.clone();
            env_var = env_secret(&ctx);
            let outcome = if ctx.is_openapi() {
                report.backend = Some("openapi");
                openapi(&mut ctx, &given, &mut checks).await
            } else {
                report.backend = Some("mobile");
                mobile(&mut ctx, &given, &mut checks).await
            };
            // A session the client renewed on the way is kept, as after any verb.
            let kept = ctx.persist_renewed_session();
            outcome.and(kept)?;
        }
    }
    if !checks.iter().any(|c| c.name == "proxy") {
        // No endpoint to ask about: the proxy variables alone (the check needs no profile).
        checks.push(proxy_alone());
    }
    if let Some(var) = env_var {
        // A refused secret that came from the environment: the variable is to blame.
        for c in checks
            .iter_mut()
            .filter(|c| c.name == "signing" && c.mark == Mark::Fail)
        {
            c.hint = Some(format!(
                "{var} is set and used over the profile's stored secret: fix its value, or unset it to use the stored one"
            ));
        }
    }
    // Each hint's commands work as printed: they repeat the --profile given.
    for c in &mut checks {
        if let Some(h) = &c.hint {
            c.hint = Some(if h.starts_with("lockctl ") {
                error::command(h, &given)
            } else {
                error::with_given(h, &given)
            });
        }
    }
    report.ok = !checks.iter().any(|c| c.mark == Mark::Fail);
    report.checks = checks;
    print(&out, &report)?;
    let failed = report
        .checks
        .iter()
        .filter(|c| c.mark == Mark::Fail)
        .count();
    if failed > 0 {
        return Err(Fail::failure_alone(format!(
            "doctor: {failed} of {} checks failed",
            report.checks.len()
        )));
    }
    Ok(())
}

fn print(out: &Output, report: &Report) -> Result<()> {
    let lines: Vec<CheckLine> = report
        .checks
        .iter()
        .map(|c| CheckLine {
            mark: c.mark,
            name: c.name,
            summary: &c.summary,
            hint: c.hint.as_deref(),
        })
        .collect();
    out.show_local(report, |o| o.checklist(&lines))
}

/// The config directory, its files, the data directory and the cache: modes and owners.
fn files() -> Check {
    let dirs = config::config_dir().and_then(|c| Ok((c, config::data_dir()?)));
    let (config_dir, data_dir) = match dirs {
        Ok(d) => d,
        Err(e) => {
            return Check::new("files", Mark::Fail, e.to_string(), Facts::None)
                .hint(format!("set {}", crate::env::CONFIG_DIR))
        }
    };
    let found: Vec<safety::PathCheck> = safety::lockctl_paths(&config_dir, &data_dir)
        .into_iter()
        .map(|(p, holds)| safety::inspect(&p, holds))
        .collect();
    let facts = Facts::Files {
        paths: found
            .iter()
            .map(|c| PathFact {
                path: c.path.display().to_string(),
                mode: c.mode.map(|m| format!("{m:03o}")),
                verdict: match c.verdict {
                    safety::Verdict::Safe => "safe",
                    safety::Verdict::Warning => "warning",
                    safety::Verdict::Unsafe => "unsafe",
                },
            })
            .collect(),
    };
    let worst = found.iter().max_by_key(|c| c.verdict);
    match worst.and_then(|c| c.problem.clone().map(|p| (c.verdict, p))) {
        Some((verdict, (why, fix))) => {
            let mark = match verdict {
                safety::Verdict::Unsafe => Mark::Fail,
                _ => Mark::Warn,
            };
            let more = found.iter().filter(|c| c.problem.is_some()).count() - 1;
            let why = match more {
                0 => why,
                n => format!("{why} (and {n} more: see --json)"),
            };
            Check::new("files", mark, why, facts).hint(fix)
        }
        None => Check::new(
            "files",
            Mark::Ok,
            format!("{} and its files are private to you", config_dir.display()),
            facts,
        ),
    }
}

/// The variable whose secret is used over the profile's stored one, if it is set (a stored
/// profile only: the built-in demo profiles keep their own).
fn env_secret(ctx: &Context) -> Option<&'static str> {
    ctx.settings.profile.as_ref()?;
    let var = if ctx.is_openapi() {
        crate::env::ACCESS_SECRET
    } else {
        crate::env::APP_SECRET
    };
    crate::env::get(var).map(|_| var)
}

/// The profile check once its backend was built (or refused).
fn profile_ok(ctx: &Context, what: &str) -> Check {
    let store = match &ctx.settings.profile_name {
        Some(n) if ctx.settings.profile.is_some() => {
            credentials::store_of(&ctx.settings.config_dir, n)
        }
        _ => credentials::SecretStore::Builtin,
    };
    if let Some(var) = env_secret(ctx) {
        let name = ctx.settings.profile_name.clone().unwrap_or_default();
        return Check::new(
            "profile",
            Mark::Ok,
            format!(
                "profile `{name}`: {what}; secret read from the environment ({var}), over the stored one"
            ),
            Facts::Profile {
                secrets: Some("env"),
            },
        );
    }
    let where_ = match store {
        credentials::SecretStore::File => format!(
            "secrets read from {}",
            credentials::path(&ctx.settings.config_dir).display()
        ),
        credentials::SecretStore::Builtin => "built-in demo secrets".into(),
    };
    let name = ctx.settings.profile_name.clone().unwrap_or_default();
    Check::new(
        "profile",
        Mark::Ok,
        format!("profile `{name}`: {what}; {where_}"),
        Facts::Profile {
            secrets: Some(store.as_str()),
        },
    )
}

/// DNS of the endpoint's host.
async fn endpoint(url: &url::Url, given: &Given) -> std::result::Result<Facts, Check> {
    match probe::resolve(url).await {
        Ok(r) => Ok(Facts::Endpoint {
            url: url.to_string(),
            host: r.host,
            addresses: r.addresses,
        }),
        Err(e) => Err(Check::failed(
            "endpoint",
            &e.into(),
            given,
            Facts::Endpoint {
                url: url.to_string(),
                host: url.host_str().unwrap_or("").into(),
                addresses: vec![],
            },
        )
        .hint("check the endpoint (`lockctl profile show`), this machine's DNS and network, and the proxy below")),
    }
}

fn endpoint_ok(facts: Facts) -> Check {
    let summary = match &facts {
        Facts::Endpoint {
            url,
            host,
            addresses,
        } => format!("{url} answers ({host} is {})", addresses.join(", ")),
        _ => String::new(),
    };
    Check::new("endpoint", Mark::Ok, summary, facts)
}

/// How far the cloud's clock is from this machine's.
fn clock(server_ms: Option<i64>, local_ms: i64) -> Check {
    let Some(server) = server_ms else {
        return Check::new(
            "clock",
            Mark::Warn,
            "the cloud's answer carried no time",
            Facts::None,
        );
    };
    let offset = ((server - local_ms) as f64 / 1000.0).round() as i64;
    let facts = Facts::Clock {
        offset_seconds: offset,
    };
    let words = match offset {
        0 => "in step with the cloud's (under a second off)".to_string(),
        n if n > 0 => format!("{n} s behind the cloud's"),
        n => format!("{} s ahead of the cloud's", -n),
    };
    let fix = "set this machine's clock right (enable NTP, e.g. `timedatectl set-ntp true`): lockctl corrects its requests by itself, but the times you type and see are read off this clock";
    match offset.abs() {
        n if n <= CLOCK_OK_SECS => Check::new(
            "clock",
            Mark::Ok,
            format!("this machine's clock is {words}"),
            facts,
        ),
        n if n <= CLOCK_FAIL_SECS => Check::new(
            "clock",
            Mark::Warn,
            format!("this machine's clock is {words}"),
            facts,
        )
        .hint(fix),
        _ => Check::new(
            "clock",
            Mark::Fail,
            format!("this machine's clock is {words}"),
            facts,
        )
        .hint(fix),
    }
}

/// The proxy variables set, credentials hidden.
fn proxy_variables() -> Vec<Variable> {
    crate::env::PROXY_VARS
        .iter()
        .filter_map(|n| {
            crate::env::get(n).map(|v| Variable {
                name: n.to_string(),
                value: probe::without_credentials(&v),
            })
        })
        .collect()
}

/// The proxy check without an endpoint (no usable profile): the variables set, and no proxy
/// named, since which one applies depends on the endpoint.
fn proxy_alone() -> Check {
    let variables = proxy_variables();
    let set: Vec<String> = variables
        .iter()
        .map(|v| format!("{}={}", v.name, v.value))
        .collect();
    let summary = if set.is_empty() {
        "no proxy set; requests go straight to the endpoint".to_string()
    } else {
        format!(
            "{}; which one applies depends on the profile's endpoint",
            set.join(", ")
        )
    };
    Check::new(
        "proxy",
        Mark::Ok,
        summary,
        Facts::Proxy {
            variables,
            proxy: None,
        },
    )
}

/// The proxy settings in force and the proxy requests to `url` take.
fn proxy(url: &url::Url) -> Check {
    let variables = proxy_variables();
    let used = probe::proxy_for(url);
    let set: Vec<String> = variables
        .iter()
        .map(|v| format!("{}={}", v.name, v.value))
        .collect();
    let summary = match (&used.proxy, used.loopback, set.is_empty()) {
        (_, true, true) => "no proxy (the endpoint is on this machine)".to_string(),
        (_, true, false) => format!(
            "{}; not used: the endpoint is on this machine",
            set.join(", ")
        ),
        (Some(p), _, _) => format!("requests go through {p} ({})", set.join(", ")),
        (None, _, true) => "no proxy set; requests go straight to the endpoint".into(),
        (None, _, false) => format!(
            "{}; not used for this endpoint (NO_PROXY or another scheme)",
            set.join(", ")
        ),
    };
    Check::new(
        "proxy",
        Mark::Ok,
        summary,
        Facts::Proxy {
            variables,
            proxy: used.proxy,
        },
    )
}

/// The device cache: how old the list is, against the time-to-live.
fn cache_check(ctx: &Context) -> Check {
    let cached = ctx.cached_devices();
    let ttl = cache::ttl_secs();
    let age = (cached.listed_at > 0).then(|| cache::now() - cached.listed_at);
    let fresh = cached.list_fresh();
    let facts = Facts::Cache {
        age_seconds: age,
        ttl_seconds: ttl,
        fresh,
    };
    match age {
        None => Check::new(
            "cache",
            Mark::Ok,
            "no device list cached yet: the first verb that needs one reads it",
            facts,
        ),
        Some(a) if fresh => Check::new(
            "cache",
            Mark::Ok,
            format!(
                "device list cached {} ago ({} devices; trusted for {})",
                span(a),
                cached.devices.len(),
                span(ttl)
            ),
            facts,
        ),
        Some(a) => Check::new(
            "cache",
            Mark::Warn,
            format!(
                "device list cached {} ago, older than {}: the next verb that needs it reads it again",
                span(a.max(0)),
                span(ttl)
            ),
            facts,
        )
        .hint("lockctl device list"),
    }
}

/// A length for people: `40 s`, `12 min`, `3 h`, `2 days`.
fn span(secs: i64) -> String {
    match secs {
        s if s < 120 => format!("{s} s"),
        s if s < 7_200 => format!("{} min", s / 60),
        s if s < 172_800 => format!("{} h", s / 3_600),
        s => format!("{} days", s / 86_400),
    }
}

fn devices_found(
    homes: &[(
        lockctl_api::ops::device::Home,
        Vec<lockctl_api::ops::device::Device>,
    )],
) -> (usize, usize) {
    let all = homes.iter().flat_map(|(_, d)| d);
    let devices = all.clone().count();
    let locks = all.filter(|d| d.is_lock()).count();
    (devices, locks)
}

/// The mobile gateway: endpoint, clock, signing mode, session, devices.
async fn mobile(ctx: &mut Context, given: &Given, checks: &mut Vec<Check>) -> Result<()> {
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

/// The Cloud OpenAPI: endpoint, keys and token, clock, devices and the lock service.
async fn openapi(ctx: &mut Context, given: &Given, checks: &mut Vec<Check>) -> Result<()> {
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

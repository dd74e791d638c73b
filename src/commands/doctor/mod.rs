//! `lockctl doctor`: what is wrong with this set-up, check by check. Each check says ok,
//! warning, failed or not run (when an earlier one makes it pointless), with a hint; `--json`
//! gives the same list (docs/json.md, "doctor"); exit 1 when a check failed. The probes are the
//! API crate's (`lockctl_api::probe`, the OpenAPI's `seen_clock` / `probe_lock_service`): this
//! file only calls them and words what they found. It sends harmless reads only; the one thing
//! it may store is a session the client renewed by itself, as any verb does.

mod mobile;
mod openapi;

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
use mobile::mobile;
use openapi::openapi;

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

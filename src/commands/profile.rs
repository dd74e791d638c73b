//! `profile add|list|show|use|remove`: where to reach the cloud and with which app key.

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use lockctl_api::Fields;
use lockctl_api::{Kind, Region, Secret};
use serde::Serialize;

use crate::config::credentials;
use crate::config::{lock_dir, secrets, settings_file};
// A hand-edited file may hold a URL with a password in it: never shown.
use crate::context::Context;
use crate::env;
use crate::error::Fail;
use crate::settings::{is_builtin, DEMO_PROFILE};
use lockctl_api::endpoint::without_userinfo;

mod migrate;
mod openapi;
mod signing;

#[derive(Subcommand, Debug)]
pub enum ProfileCommand {
    /// Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET (LOCKCTL_ACCESS_SECRET for openapi) or a hidden prompt.
    #[command(
        after_help = "Examples:\n  LOCKCTL_APP_SECRET=... lockctl profile add home --region eu --client-id 3fjrekuxank9eaej3gcx\n  LOCKCTL_ACCESS_SECRET=... lockctl profile add dev --backend openapi --region eu \\\n      --access-id ID\n  lockctl profile add lab --endpoint http://127.0.0.1:8080 --client-id ID \\\n      --sign hmac --cert-sign A\n  lockctl profile add app --region eu --client-id ID --sign thing \\\n      --cert-sign 0FC3...88FE --package com.tuya.smartlife"
    )]
    Add(AddArgs),
    /// List profiles.
    #[command(after_help = "Examples:\n  lockctl profile list\n  lockctl profile list --json")]
    List,
    /// Show one profile (secrets are never shown).
    #[command(after_help = "Examples:\n  lockctl profile show home\n  lockctl profile show demo")]
    Show {
        /// The profile (default: the one in use).
        name: Option<String>,
    },
    /// Make a profile the default.
    #[command(after_help = "Examples:\n  lockctl profile use home")]
    Use {
        /// The profile to use from now on.
        name: String,
    },
    /// Remove a profile and its stored secrets.
    #[command(after_help = "Examples:\n  lockctl profile remove lab")]
    Remove {
        /// The profile to remove.
        name: String,
    },
    /// Move secrets kept in the plain-text credentials file into the system keyring.
    #[command(
        name = "migrate-secrets",
        after_help = "Examples:\n  lockctl profile migrate-secrets --profile home\n  lockctl profile migrate-secrets --all"
    )]
    MigrateSecrets(MigrateArgs),
}

#[derive(Args, Debug)]
pub struct MigrateArgs {
    /// Every profile whose secrets are in the file (default: the profile in force, --profile).
    #[arg(long)]
    pub all: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignMode {
    Md5,
    Hmac,
    // Thing SDK apps (et=3). No doc comment: it would turn the help page into its long form.
    Thing,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionArg {
    Eu,
    Us,
    Cn,
    In,
    // The data centres only the openapi backend has (Eastern America, Western Europe, Singapore).
    #[value(name = "us-e")]
    UsE,
    #[value(name = "eu-w")]
    EuW,
    Sg,
}

#[derive(Args, Debug)]
pub struct AddArgs {
    /// A name for the profile (`demo` is taken by the bundled emulator).
    pub name: String,
    /// Gateway base URL (https://, or http:// on loopback only).
    #[arg(long, conflicts_with = "region", required_unless_present = "region")]
    pub endpoint: Option<String>,
    /// Tuya region.
    #[arg(long, value_enum)]
    pub region: Option<RegionArg>,
    /// The app key (clientId) (mobile backend).
    #[arg(long, required_unless_present = "access_id")]
    pub client_id: Option<String>,
    /// How the app key signs requests (thing: today's apps, et=3).
    #[arg(long, value_enum, default_value_t = SignMode::Md5)]
    pub sign: SignMode,
    /// App certificate SHA-256 (`AA:BB:...`, or 64 hex with --sign thing) or `A` (hmac mode).
    #[arg(long)]
    pub cert_sign: Option<String>,
    /// The app's Android package name (--sign thing), e.g. com.tuya.smartlife.
    #[arg(long)]
    pub package: Option<String>,
    /// countryCode sent at login (default: the region's code, or EU).
    #[arg(long)]
    pub country_code: Option<String>,
    /// Lock kind assumed when the cloud does not tell.
    #[arg(long, value_enum)]
    pub default_kind: Option<crate::commands::common::KindArg>,
    #[command(flatten)]
    pub openapi: openapi::OpenApiArgs,
    /// Keep the secrets in the plain-text credentials file (0600) instead of the system keyring.
    #[arg(long)]
    pub insecure_storage: bool,
}

pub fn run(cmd: ProfileCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        ProfileCommand::Add(a) => add(a, ctx),
        ProfileCommand::List => list(ctx),
        ProfileCommand::Show { name } => show(name, ctx),
        ProfileCommand::Use { name } => use_profile(name, ctx),
        ProfileCommand::Remove { name } => remove(name, ctx),
        ProfileCommand::MigrateSecrets(a) => migrate::run(a, ctx),
    }
}

pub(crate) fn valid_name(name: &str) -> Result<()> {
    if name.is_empty()
        || name.len() > 64
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(Fail::usage(
            "profile names are 1-64 letters, digits, `-` or `_`",
        ));
    }
    if is_builtin(name) {
        return Err(Fail::usage_hint(
            format!("`{name}` is a built-in emulator profile"),
            "choose another name",
        ));
    }
    Ok(())
}

fn add(a: AddArgs, ctx: &mut Context) -> Result<()> {
    valid_name(&a.name)?;
    if a.openapi.wanted() {
        return openapi::add(a, ctx);
    }
    let region =
        match a.region {
            None => None,
            Some(RegionArg::Eu) => Some(Region::Eu),
            Some(RegionArg::Us) => Some(Region::Us),
            Some(RegionArg::Cn) => Some(Region::Cn),
            Some(RegionArg::In) => Some(Region::In),
            Some(_) => return Err(Fail::usage(
                "regions us-e, eu-w and sg exist only for --backend openapi: use eu, us, cn or in",
            )),
        };
    let endpoint = endpoint_of(a.endpoint.as_deref(), region)?;
    let client_id = a.client_id.clone().unwrap_or_default();
    if client_id.trim().is_empty() {
        return Err(Fail::usage("--client-id is empty"));
    }
    if a.sign == SignMode::Hmac {
        check_cert_sign(a.cert_sign.as_deref())?;
    }
    let (cert_sign, package) = signing::cert_and_package(&a)?;
    let (app, bmp) = app_secrets(ctx, a.sign != SignMode::Md5)?;
    let profile = settings_file::Profile {
        endpoint: endpoint.to_string(),
        region: region.map(|r| format!("{r:?}").to_lowercase()),
        client_id: client_id.trim().to_string(),
        sign: signing::sign_word(a.sign).into(),
        cert_sign,
        package,
        country_code: a
            .country_code
            .clone()
            .or_else(|| region.map(|r| r.code().to_string())),
        kind: a.default_kind.map(|k| Kind::from(k).to_string()),
        backend: None,
        access_id: None,
    };
    store_profile(ctx, &a.name, profile, &app, &bmp, a.insecure_storage)?;
    ctx.out.notice(&format!(
        "Added profile `{}` ({}). Next: lockctl --profile {} login --email YOU@EXAMPLE.COM",
        a.name, endpoint, a.name
    ));
    Ok(())
}

pub(crate) fn endpoint_of(endpoint: Option<&str>, region: Option<Region>) -> Result<url::Url> {
    match (endpoint, region) {
        (Some(e), _) => lockctl_api::client::parse_endpoint(e).map_err(|e| {
            Fail::usage_hint(
                e.to_string(),
                "use https://HOST, or http://127.0.0.1:PORT for a local emulator",
            )
        }),
        (None, Some(r)) => Ok(lockctl_api::client::parse_endpoint(r.base_url())?),
        (None, None) => Err(Fail::usage("pass --endpoint URL or --region eu|us|cn|in")),
    }
}

fn check_cert_sign(cert_sign: Option<&str>) -> Result<()> {
    match cert_sign {
        None => Err(Fail::usage_hint(
            "--sign hmac needs --cert-sign",
            "pass the app certificate's SHA-256 as AA:BB:..., or `A` for many branded apps",
        )),
        Some(c) if c != "A" && c.split(':').count() != 32 => Err(Fail::usage(
            "--cert-sign must be 32 hex bytes joined by `:` (95 characters) or `A`",
        )),
        _ => Ok(()),
    }
}

/// The app secret (and the bmp secret for hmac and thing): environment first, then a hidden
/// prompt; never a flag. Every missing one is named at once before anything is written.
fn app_secrets(ctx: &Context, hmac: bool) -> Result<(String, String)> {
    let mut missing = vec![];
    let app = env::get(env::APP_SECRET);
    let bmp = env::get(env::BMP_SECRET);
    if app.is_none() {
        missing.push("LOCKCTL_APP_SECRET");
    }
    if hmac && bmp.is_none() {
        missing.push("LOCKCTL_BMP_SECRET");
    }
    if !missing.is_empty() && !ctx.prompter.interactive {
        return Err(Fail::usage_hint(
            format!(
                "missing {} (secrets are never taken from flags)",
                missing.join(", ")
            ),
            "set them in the environment, or run on a terminal to be prompted",
        ));
    }
    let app = match app {
        Some(s) => s,
        None => ctx.prompter.secret("App secret", "LOCKCTL_APP_SECRET")?,
    };
    let bmp = match (hmac, bmp) {
        (true, Some(s)) => s,
        (true, None) => ctx.prompter.secret("BMP secret", "LOCKCTL_BMP_SECRET")?,
        (false, _) => String::new(),
    };
    if app.trim().is_empty() || (hmac && bmp.trim().is_empty()) {
        return Err(Fail::usage("an empty secret was given"));
    }
    Ok((app, bmp))
}

/// Write the secrets first (the keyring, else the file; the file with `insecure`), then the
/// profile: a profile that exists always has its secrets.
fn store_profile(
    ctx: &Context,
    name: &str,
    profile: settings_file::Profile,
    app: &str,
    bmp: &str,
    insecure: bool,
) -> Result<()> {
    let dir = ctx.settings.config_dir.clone();
    let done = secrets::update(&dir, name, fresh(insecure), |entry| {
        *entry = credentials::ProfileSecrets {
            app_secret: Secret::new(app.trim()),
            bmp_secret: Secret::new(bmp.trim()),
            device_id: match std::mem::take(&mut entry.device_id) {
                id if id.is_empty() => credentials::new_device_id(),
                id => id,
            },
            ..Default::default()
        };
        Ok(())
    })?;
    if let Some(n) = done.notice {
        ctx.out.warn(&n);
    }
    let _lock = lock_dir(&dir)?;
    settings_file::put_profile(&dir, name, profile)
}

/// Where `profile add` puts a profile's secrets.
pub(crate) fn fresh(insecure: bool) -> secrets::Choice {
    if insecure {
        secrets::Choice::File
    } else {
        secrets::Choice::Fresh
    }
}

/// One profile as `profile list` shows it.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ProfileEntry {
    pub name: String,
    /// The profile in force (flag > LOCKCTL_PROFILE > `profile use`).
    pub current: bool,
    /// The bundled emulator profile (`demo`), which needs no setup and cannot be removed.
    pub builtin: bool,
    /// Gateway base URL; null for `demo` (its emulator takes a fresh loopback port each run).
    pub endpoint: Option<String>,
    pub client_id: String,
    /// `md5`, `hmac` or `thing`.
    pub sign: String,
    /// A session is stored (`demo` logs in by itself on every run: always true).
    pub logged_in: bool,
    /// The account of the stored session.
    pub account: Option<String>,
    /// Where the profile's secret comes from: `keyring`, `file` or `env`; null for the built-in
    /// profiles.
    pub secrets: Option<&'static str>,
}

impl Fields for ProfileEntry {
    const FIELDS: &'static [&'static str] = &[
        "name", "current", "builtin", "endpoint", "clientId", "sign", "loggedIn", "account",
        "secrets",
    ];
}

/// A stored session, without its secrets.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct SessionInfo {
    pub account: String,
    pub uid: String,
    pub mobile_api_url: String,
}

/// One profile as `profile show` shows it (secrets only as `set` or `missing`).
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ProfileDetail {
    pub name: String,
    pub builtin: bool,
    pub endpoint: Option<String>,
    pub region: Option<String>,
    pub client_id: String,
    pub sign: String,
    pub cert_sign: Option<String>,
    pub country_code: Option<String>,
    /// Lock kind assumed when the cloud does not tell.
    pub kind: Option<String>,
    /// The app's Android package (thing profiles).
    pub package: Option<String>,
    /// `set` or `missing`.
    pub app_secret: &'static str,
    /// `set` or `missing` (hmac profiles need it).
    pub bmp_secret: &'static str,
    pub session: Option<SessionInfo>,
    /// The password is kept for logging in again when the session expires.
    pub relogin: bool,
    /// Where the profile's secret comes from: `keyring`, `file` or `env` (a `LOCKCTL_*_SECRET`
    /// variable); null for the built-in profiles.
    pub secrets: Option<&'static str>,
    /// Where lockctl keeps what it stores for the profile (secrets, sessions, tokens):
    /// `keyring` or `file`; null for the built-in profiles.
    pub store: Option<&'static str>,
    /// Why the keyring could not be read (the secrets then show as `unknown`); null when it was.
    pub keyring_error: Option<String>,
}

impl Fields for ProfileDetail {
    const FIELDS: &'static [&'static str] = &[
        "name",
        "builtin",
        "endpoint",
        "region",
        "clientId",
        "sign",
        "certSign",
        "countryCode",
        "kind",
        "package",
        "appSecret",
        "bmpSecret",
        "session",
        "relogin",
        "secrets",
        "store",
        "keyringError",
    ];
}

pub(crate) fn demo_entry(current: bool) -> ProfileEntry {
    ProfileEntry {
        name: DEMO_PROFILE.into(),
        current,
        builtin: true,
        endpoint: None,
        client_id: lockctl_emulator::DEMO_CLIENT_ID.into(),
        sign: "md5".into(),
        logged_in: true,
        account: Some(lockctl_emulator::world::ids::DEMO_EMAIL.into()),
        secrets: None,
    }
}

fn list(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<ProfileEntry>()?;
    let dir = &ctx.settings.config_dir;
    let cfg = settings_file::load(dir)?;
    let creds = credentials::load(dir)?;
    let current = ctx.settings.profile_name.clone();
    let is_current = |n: &str| current.as_deref() == Some(n);
    let mut items: Vec<ProfileEntry> = cfg
        .profiles
        .iter()
        .map(|(n, p)| {
            let table = creds.profiles.get(n).cloned().unwrap_or_default();
            // A keyring profile's table keeps the account, the file's the whole session.
            let account = table
                .account
                .clone()
                .or_else(|| table.session.as_ref().map(|s| s.account.clone()));
            ProfileEntry {
                name: n.clone(),
                current: is_current(n),
                builtin: false,
                endpoint: Some(without_userinfo(&p.endpoint)),
                client_id: p.access_id.clone().unwrap_or_else(|| p.client_id.clone()),
                sign: openapi::shown_sign(p),
                // An OpenAPI profile needs no login: its project token is automatic.
                logged_in: account.is_some() || p.is_openapi(),
                account,
                secrets: Some(secrets::source(&table, p.is_openapi())),
            }
        })
        .collect();
    items.push(demo_entry(is_current(DEMO_PROFILE)));
    items.push(openapi::demo_entry(&is_current));
    ctx.out.show_local_list(&items, |o| {
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|p| {
                vec![
                    if p.current { "*" } else { "" }.to_string(),
                    p.name.clone(),
                    p.endpoint
                        .clone()
                        .unwrap_or_else(|| "(bundled emulator)".into()),
                    p.client_id.clone(),
                    p.sign.clone(),
                    match (p.builtin, p.logged_in, &p.account) {
                        (true, _, _) | (false, true, None) => "automatic".into(),
                        (false, _, Some(a)) => format!("yes ({a})"),
                        (false, false, None) => "no".into(),
                    },
                    p.secrets.unwrap_or("built in").to_string(),
                ]
            })
            .collect();
        o.table(
            &[
                "CURRENT",
                "PROFILE",
                "ENDPOINT",
                "CLIENT ID",
                "SIGN",
                "LOGGED IN",
                "SECRETS",
            ],
            rows,
        )
    })
}

fn show(name: Option<String>, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<ProfileDetail>()?;
    let Some(name) = name.or_else(|| ctx.settings.profile_name.clone()) else {
        return Err(Fail::usage_hint(
            "no profile selected",
            "name one: lockctl profile show NAME",
        ));
    };
    let dir = &ctx.settings.config_dir;
    let cfg = settings_file::load(dir)?;
    let detail = match cfg.profiles.get(&name) {
        Some(p) => {
            let (stored, keyring_error) = secrets::peek(dir, &name)?;
            let from = secrets::source(&stored, p.is_openapi());
            let store = stored.store();
            let c = secrets::with_env(stored, p.is_openapi());
            let unknown = keyring_error.is_some();
            let set = |s: &Secret| match (s.is_empty(), unknown) {
                (false, _) => "set",
                (true, true) => "unknown",
                (true, false) => "missing",
            };
            ProfileDetail {
                name: name.clone(),
                builtin: false,
                endpoint: Some(without_userinfo(&p.endpoint)),
                region: p.region.clone(),
                client_id: p.access_id.clone().unwrap_or_else(|| p.client_id.clone()),
                sign: openapi::shown_sign(p),
                cert_sign: p.cert_sign.clone(),
                country_code: p.country_code.clone(),
                kind: p.kind.clone(),
                package: p.package.clone(),
                app_secret: set(if p.is_openapi() {
                    &c.access_secret
                } else {
                    &c.app_secret
                }),
                bmp_secret: set(&c.bmp_secret),
                session: c.session.as_ref().map(|s| SessionInfo {
                    account: s.account.clone(),
                    uid: s.uid.clone(),
                    mobile_api_url: without_userinfo(&s.mobile_api_url),
                }),
                relogin: c.relogin.is_some(),
                secrets: Some(from),
                store: Some(store.word()),
                keyring_error: keyring_error.map(|u| u.to_string()),
            }
        }
        None if name == DEMO_PROFILE => demo_detail(),
        None if is_builtin(&name) => openapi::demo_detail(),
        None => {
            return Err(Fail::usage_hint(
                format!("unknown profile `{name}`"),
                "see `lockctl profile list`",
            ))
        }
    };
    ctx.out
        .show_local(&detail, |o| o.fields(&detail_pairs(&detail)))
}

pub(crate) fn demo_detail() -> ProfileDetail {
    ProfileDetail {
        name: DEMO_PROFILE.into(),
        builtin: true,
        endpoint: None,
        region: None,
        client_id: lockctl_emulator::DEMO_CLIENT_ID.into(),
        sign: "md5".into(),
        cert_sign: None,
        country_code: Some("EU".into()),
        kind: None,
        package: None,
        app_secret: "set",
        bmp_secret: "missing",
        session: None,
        relogin: true,
        secrets: None,
        store: None,
        keyring_error: None,
    }
}

/// The human form of `profile show`.
fn detail_pairs(d: &ProfileDetail) -> Vec<(&'static str, String)> {
    if d.builtin {
        return vec![
            ("profile", d.name.clone()),
            (
                "endpoint",
                "bundled emulator, started in-process on a loopback port".into(),
            ),
            ("client id", d.client_id.clone()),
            ("account", lockctl_emulator::world::ids::DEMO_EMAIL.into()),
        ];
    }
    if d.sign == "hmac-sha256" {
        return openapi::detail_pairs(d);
    }
    let mut pairs = vec![
        ("profile", d.name.clone()),
        ("endpoint", d.endpoint.clone().unwrap_or_default()),
        ("client id", d.client_id.clone()),
        ("signing", d.sign.clone()),
        ("app secret", d.app_secret.into()),
    ];
    signing::detail_pairs(d, &mut pairs);
    pairs.push((
        "country code",
        d.country_code.clone().unwrap_or_else(|| "EU".into()),
    ));
    if let Some(k) = &d.kind {
        pairs.push(("default kind", k.clone()));
    }
    pairs.push((
        "session",
        match &d.session {
            Some(s) => format!("logged in as {} at {}", s.account, s.mobile_api_url),
            None => "not logged in".into(),
        },
    ));
    let relogin = if d.relogin {
        "password remembered"
    } else {
        "no"
    };
    pairs.push(("relogin", relogin.into()));
    pairs.push(("secrets", secrets_line(d)));
    pairs
}

/// Where a profile's secrets live, for people.
pub(crate) fn secrets_line(d: &ProfileDetail) -> String {
    let kept = match d.store {
        Some("keyring") => format!(
            "system keyring (service `{}`, account `{}`)",
            crate::config::keyring_store::SERVICE,
            d.name
        ),
        _ => "credentials file (plain text, 0600)".into(),
    };
    let mut line = match d.secrets {
        Some("env") => format!("environment ({}); the rest in the {kept}", env_var(d)),
        _ => kept,
    };
    if let Some(e) = &d.keyring_error {
        line.push_str(&format!("; unreadable now: {e}"));
    }
    line
}

fn env_var(d: &ProfileDetail) -> &'static str {
    if d.sign == "hmac-sha256" {
        env::ACCESS_SECRET
    } else {
        env::APP_SECRET
    }
}

fn use_profile(name: String, ctx: &mut Context) -> Result<()> {
    let dir = ctx.settings.config_dir.clone();
    let _lock = lock_dir(&dir)?;
    let mut cfg = settings_file::load(&dir)?;
    if !cfg.profiles.contains_key(&name) && !is_builtin(&name) {
        return Err(Fail::usage_hint(
            format!("unknown profile `{name}`"),
            "see `lockctl profile list`",
        ));
    }
    cfg.current = Some(name.clone());
    settings_file::save(&dir, &cfg)?;
    ctx.out.notice(&format!("Now using profile `{name}`."));
    Ok(())
}

fn remove(name: String, ctx: &mut Context) -> Result<()> {
    if is_builtin(&name) {
        return Err(Fail::usage_hint(
            format!("`{name}` is a built-in emulator profile and cannot be removed"),
            "its state lives in the data directory (LOCKCTL_DATA_DIR): delete demo-state.json there to start the demo afresh",
        ));
    }
    let dir = ctx.settings.config_dir.clone();
    {
        let cfg = settings_file::load(&dir)?;
        if !cfg.profiles.contains_key(&name) {
            return Err(Fail::usage_hint(
                format!("unknown profile `{name}`"),
                "see `lockctl profile list`",
            ));
        }
    }
    crate::fleet::confirm(
        ctx,
        &format!("Remove profile `{name}` and its stored secrets and session?"),
        &[],
    )?;
    let _lock = lock_dir(&dir)?;
    let mut cfg = settings_file::load(&dir)?;
    cfg.profiles.remove(&name);
    cfg.default_dev.remove(&name);
    if cfg.current.as_deref() == Some(&name) {
        cfg.current = None;
    }
    settings_file::save(&dir, &cfg)?;
    drop(_lock);
    if let Some(w) = secrets::remove(&dir, &name)? {
        ctx.out.warn(&w);
    }
    crate::config::cache::forget(&crate::config::data_dir()?, &name)?;
    ctx.out.notice(&format!("Removed profile `{name}`."));
    Ok(())
}

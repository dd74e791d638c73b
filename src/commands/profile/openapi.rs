//! `profile add --backend openapi`: a Tuya developer project (access id and secret) instead of an
//! app key. Its flags sit in their own block so the mobile backend's flags stay apart.

use anyhow::Result;
use clap::{Args, ValueEnum};
use lockctl_api::{Kind, Secret};

use crate::config::{credentials, lock_dir, secrets, settings_file};
use crate::context::Context;
use crate::env;
use crate::error::Fail;
use crate::settings::DEMO_OPENAPI_PROFILE;

use super::{endpoint_of, AddArgs, RegionArg, SignMode};

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackendArg {
    // Tuya's mobile app gateway: an app key (--client-id) and an account login.
    Mobile,
    // Tuya's Cloud OpenAPI: a developer project (--access-id); no login.
    Openapi,
}

/// The OpenAPI flags of `profile add`.
#[derive(Args, Debug)]
pub struct OpenApiArgs {
    /// Which cloud API the profile speaks (openapi: a Tuya developer project, no login).
    #[arg(long, value_enum, default_value_t = BackendArg::Mobile)]
    pub backend: BackendArg,
    /// The cloud project's Access ID (openapi backend); the secret comes from LOCKCTL_ACCESS_SECRET or a hidden prompt.
    #[arg(long, conflicts_with_all = ["client_id", "cert_sign", "country_code"])]
    pub access_id: Option<String>,
}

impl OpenApiArgs {
    pub fn wanted(&self) -> bool {
        self.backend == BackendArg::Openapi || self.access_id.is_some()
    }
}

fn region_word(r: RegionArg) -> &'static str {
    match r {
        RegionArg::Eu => "eu",
        RegionArg::Us => "us",
        RegionArg::Cn => "cn",
        RegionArg::In => "in",
        RegionArg::UsE => "us-e",
        RegionArg::EuW => "eu-w",
        RegionArg::Sg => "sg",
    }
}

/// The access secret: environment first, then a hidden prompt; never a flag.
fn access_secret(ctx: &Context) -> Result<String> {
    let secret = match env::get(env::ACCESS_SECRET) {
        Some(s) => s,
        None if ctx.prompter.interactive => {
            ctx.prompter.secret("Access secret", env::ACCESS_SECRET)?
        }
        None => {
            return Err(Fail::usage_hint(
                "missing LOCKCTL_ACCESS_SECRET (secrets are never taken from flags)",
                "set it in the environment, or run on a terminal to be prompted",
            ))
        }
    };
    let secret = secret.trim().to_string();
    if secret.len() != 32 || !secret.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(Fail::usage_hint(
            "the access secret is not 32 characters",
            "copy the Access Secret from the cloud project's Overview on the Tuya Developer Platform",
        ));
    }
    Ok(secret)
}

pub fn add(a: AddArgs, ctx: &mut Context) -> Result<()> {
    let Some(access_id) = a.openapi.access_id.as_deref().map(str::trim) else {
        return Err(Fail::usage_hint(
            "--backend openapi needs --access-id",
            "the Access ID is on the cloud project's Overview on the Tuya Developer Platform",
        ));
    };
    if access_id.is_empty()
        || access_id.len() > 64
        || !access_id.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return Err(Fail::usage("--access-id must be letters and digits"));
    }
    if a.sign != SignMode::Md5 {
        return Err(Fail::usage(
            "--sign is for the mobile backend; openapi profiles sign with HMAC-SHA256",
        ));
    }
    if a.package.is_some() {
        return Err(Fail::usage(
            "--package is for the mobile backend's --sign thing",
        ));
    }
    let endpoint = match (a.endpoint.as_deref(), a.region) {
        (Some(e), _) => endpoint_of(Some(e), None)?,
        (None, Some(r)) => {
            let url = lockctl_api::openapi::region_url(region_word(r)).unwrap_or_default();
            lockctl_api::client::parse_endpoint(url)?
        }
        (None, None) => {
            return Err(Fail::usage(
                "pass --region eu|us|cn|in|us-e|eu-w|sg or --endpoint URL",
            ))
        }
    };
    let secret = access_secret(ctx)?;
    let kind = a.default_kind.map(Kind::from).or(ctx.settings.kind);
    let profile = settings_file::Profile {
        endpoint: endpoint.to_string(),
        region: a.region.map(|r| region_word(r).to_string()),
        client_id: String::new(),
        sign: "md5".into(),
        cert_sign: None,
        package: None,
        country_code: None,
        kind: kind.map(|k| k.to_string()),
        backend: Some(settings_file::OPENAPI.into()),
        access_id: Some(access_id.to_string()),
    };
    store(ctx, &a.name, profile, &secret, a.insecure_storage)?;
    // Devices cached under this name by another backend would carry a kind this one never says.
    crate::config::cache::forget(&crate::config::data_dir()?, &a.name)?;
    ctx.out.notice(&format!(
        "Added profile `{}` (openapi, {endpoint}). No login needed: try lockctl --profile {} device list",
        a.name, a.name
    ));
    Ok(())
}

/// Write the secret first (the keyring, else the file; the file with `insecure`), then the
/// profile; a token of an earlier profile of the name is dropped.
fn store(
    ctx: &Context,
    name: &str,
    profile: settings_file::Profile,
    secret: &str,
    insecure: bool,
) -> Result<()> {
    let dir = ctx.settings.config_dir.clone();
    let done = secrets::update(&dir, name, super::fresh(insecure), |entry| {
        *entry = credentials::ProfileSecrets {
            access_secret: Secret::new(secret),
            device_id: std::mem::take(&mut entry.device_id),
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

/// `demo-openapi` as `profile list` shows it: the demo's entry with the demo project.
pub fn demo_entry(is_current: &dyn Fn(&str) -> bool) -> super::ProfileEntry {
    let mut e = super::demo_entry(is_current(DEMO_OPENAPI_PROFILE));
    e.name = DEMO_OPENAPI_PROFILE.into();
    e.client_id = lockctl_emulator::DEMO_ACCESS_ID.into();
    e.sign = "hmac-sha256".into();
    e.account = None;
    e
}

/// `demo-openapi` as `profile show` shows it.
pub fn demo_detail() -> super::ProfileDetail {
    let mut d = super::demo_detail();
    d.name = DEMO_OPENAPI_PROFILE.into();
    d.client_id = lockctl_emulator::DEMO_ACCESS_ID.into();
    d.sign = "hmac-sha256".into();
    d.country_code = None;
    d.relogin = false;
    d
}

/// How a profile signs: `md5` or `hmac` (mobile), `hmac-sha256` (openapi).
pub fn shown_sign(p: &settings_file::Profile) -> String {
    if p.is_openapi() {
        "hmac-sha256".into()
    } else {
        p.sign.clone()
    }
}

/// The human form of `profile show` for an OpenAPI profile.
pub fn detail_pairs(d: &super::ProfileDetail) -> Vec<(&'static str, String)> {
    let mut pairs = vec![
        ("profile", d.name.clone()),
        ("backend", "openapi (a Tuya developer project)".into()),
        ("endpoint", d.endpoint.clone().unwrap_or_default()),
        ("access id", d.client_id.clone()),
        ("signing", d.sign.clone()),
        ("access secret", d.app_secret.into()),
    ];
    if let Some(k) = &d.kind {
        pairs.push(("default kind", k.clone()));
    }
    pairs.push((
        "login",
        "none needed: the project token is automatic".into(),
    ));
    pairs.push(("secrets", super::secrets_line(d)));
    pairs
}

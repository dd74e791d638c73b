//! `config.toml`: profiles and their non-secret settings.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// The profile used when neither --profile nor LOCKCTL_PROFILE names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
    /// The lock each profile uses when neither --dev nor LOCKCTL_DEV names one (`device use`),
    /// by profile name; the built-in `demo` profile has an entry like any other.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub default_dev: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Gateway base URL (from --endpoint or --region).
    pub endpoint: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The app key (clientId) of a mobile profile; empty on an OpenAPI profile.
    #[serde(default)]
    pub client_id: String,
    /// `md5`, `hmac` or `thing`.
    #[serde(default = "md5")]
    pub sign: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_sign: Option<String>,
    /// countryCode sent at login (region code for email accounts, phone code for phones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// Lock kind assumed when the cloud does not tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The app's Android package name (`thing` signing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package: Option<String>,
    /// `openapi` for Tuya's Cloud OpenAPI; absent for the mobile gateway (the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backend: Option<String>,
    /// The cloud project's access id (OpenAPI profiles).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_id: Option<String>,
}

/// The backend word of OpenAPI profiles.
pub const OPENAPI: &str = "openapi";

impl Profile {
    pub fn is_openapi(&self) -> bool {
        self.backend.as_deref() == Some(OPENAPI)
    }
}

fn md5() -> String {
    "md5".into()
}

pub fn path(dir: &Path) -> PathBuf {
    dir.join("config.toml")
}

/// The config file; an unknown key or a typo is an error naming the line, never an empty config.
pub fn load(dir: &Path) -> Result<ConfigFile> {
    super::check_private(dir)?;
    Ok(super::files::read_toml(
        &path(dir),
        false,
        "fix that line or remove the file; lockctl left it unchanged",
    )?
    .unwrap_or_default())
}

/// Store a profile (added or replaced); the first profile of a machine becomes the current one.
pub fn put_profile(dir: &Path, name: &str, profile: Profile) -> Result<()> {
    let mut cfg = load(dir)?;
    cfg.profiles.insert(name.to_string(), profile);
    if cfg.current.is_none() {
        cfg.current = Some(name.to_string());
    }
    save(dir, &cfg)
}

pub fn save(dir: &Path, cfg: &ConfigFile) -> Result<()> {
    let text = toml::to_string_pretty(cfg).context("cannot serialise the config")?;
    super::write_atomic(&path(dir), text.as_bytes(), false)
}

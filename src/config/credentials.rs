//! `credentials.toml` (mode 0600): app secrets and sessions. The devices (and their localKeys)
//! learnt from the cloud live in the cache (`cache.rs`); an older file's `devices` tables are
//! ignored and dropped on the next write.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use lockctl_api::{Secret, Session};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CredentialsFile {
    #[serde(default)]
    pub profiles: BTreeMap<String, ProfileSecrets>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ProfileSecrets {
    #[serde(default)]
    pub app_secret: Secret,
    #[serde(default, skip_serializing_if = "Secret::is_empty")]
    pub bmp_secret: Secret,
    /// A stable random id for this installation, sent as `deviceId`.
    #[serde(default)]
    pub device_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    /// Kept only with `login --remember-password`: lets lockctl log in again when a session expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relogin: Option<StoredLogin>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredLogin {
    pub account: lockctl_api::Account,
    pub country_code: String,
    pub password: Secret,
}

pub fn path(dir: &Path) -> PathBuf {
    dir.join("credentials.toml")
}

pub fn load(dir: &Path) -> Result<CredentialsFile> {
    let p = path(dir);
    match std::fs::read_to_string(&p) {
        Ok(text) => toml::from_str(&text)
            .with_context(|| format!("{} is damaged; remove it and log in again", p.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(CredentialsFile::default()),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", p.display())),
    }
}

pub fn save(dir: &Path, c: &CredentialsFile) -> Result<()> {
    let text = toml::to_string_pretty(c).context("cannot serialise credentials")?;
    super::write_atomic(&path(dir), text.as_bytes(), true)
}

/// Load, change and save the credentials under the directory lock.
pub fn update<T>(dir: &Path, f: impl FnOnce(&mut CredentialsFile) -> Result<T>) -> Result<T> {
    let _lock = super::lock_dir(dir)?;
    let mut c = load(dir)?;
    let out = f(&mut c)?;
    save(dir, &c)?;
    Ok(out)
}

/// A random id for this installation (44 characters, like the app's), sent as `deviceId`.
pub fn new_device_id() -> String {
    format!(
        "lockctl{:032x}{:05x}",
        rand::random::<u128>(),
        rand::random::<u32>() & 0xfffff
    )
}

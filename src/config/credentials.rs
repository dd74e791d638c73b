//! `credentials.toml` (mode 0600): app secrets and sessions of the profiles whose secrets live in
//! the file, and of every profile where its secrets live (`store`). Reading and writing a
//! profile's secrets wherever they are is `secrets.rs`'s business. The devices (and their localKeys)
//! learnt from the cloud live in the cache (`cache.rs`); an older file's `devices` tables are
//! ignored and dropped on the next write.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use lockctl_api::sign::md5_hex;
use lockctl_api::{Secret, Session};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CredentialsFile {
    #[serde(default)]
    pub profiles: BTreeMap<String, ProfileSecrets>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileSecrets {
    /// Where the secrets live: `keyring` (this table then keeps only `device_id` and `account`)
    /// or `file`. Absent in files written before lockctl knew keyrings: the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<Store>,
    /// The stored session's account, kept here for keyring profiles so that `profile list`
    /// needs no keyring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    #[serde(default, skip_serializing_if = "Secret::is_empty")]
    pub app_secret: Secret,
    #[serde(default, skip_serializing_if = "Secret::is_empty")]
    pub bmp_secret: Secret,
    /// The cloud project's access secret (OpenAPI profiles).
    #[serde(default, skip_serializing_if = "Secret::is_empty")]
    pub access_secret: Secret,
    /// The OpenAPI project token lockctl fetched, kept until it expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<lockctl_api::openapi::Token>,
    /// A stable random id for this installation, sent as `deviceId`.
    #[serde(default)]
    pub device_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    /// Kept only with `login --remember-password`: lets lockctl log in again when a session expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relogin: Option<StoredLogin>,
    /// Devices as earlier versions kept them here: accepted on reading and dropped on the next
    /// write (they live in the cache now).
    #[serde(default, skip_serializing)]
    #[allow(dead_code)]
    pub devices: Option<toml::Value>,
}

/// Where a profile's secrets live.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Store {
    /// The system keyring (item: service `lockctl`, account = the profile's name).
    Keyring,
    /// This file, in plain text (mode 0600).
    File,
}

impl Store {
    pub fn word(self) -> &'static str {
        match self {
            Store::Keyring => "keyring",
            Store::File => "file",
        }
    }
}

impl ProfileSecrets {
    /// Where this profile's secrets live (a table from before keyrings: the file).
    pub fn store(&self) -> Store {
        self.store.unwrap_or(Store::File)
    }
}

/// What `login --remember-password` keeps: the password's MD5 (lowercase hex), which is all the
/// login sends (RSA-encrypted), never the password itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredLogin {
    pub account: lockctl_api::Account,
    pub country_code: String,
    #[serde(default)]
    pub password_md5: Secret,
    /// The password itself, as earlier versions stored it: read only to be hashed and dropped.
    #[serde(default, skip_serializing)]
    pub password: Option<Secret>,
}

impl StoredLogin {
    pub fn new(account: lockctl_api::Account, country_code: String, password: &str) -> Self {
        StoredLogin {
            account,
            country_code,
            password_md5: Secret::new(md5_hex(password.as_bytes())),
            password: None,
        }
    }
}

pub fn path(dir: &Path) -> PathBuf {
    dir.join("credentials.toml")
}

/// The credentials file. A password stored in clear by an earlier version is replaced by its
/// MD5, and the file rewritten, on the first read.
pub fn load(dir: &Path) -> Result<CredentialsFile> {
    let (c, migrated) = read(dir)?;
    if !migrated {
        return Ok(c);
    }
    // When the lock is taken (possibly by this process, about to save what it loaded), the
    // holder's save or the next read rewrites the file.
    let Some(_lock) = super::files::try_lock_dir(dir)? else {
        return Ok(c);
    };
    let (c, _) = read(dir)?;
    save(dir, &c)?;
    Ok(c)
}

/// The file, and whether a clear password in it was replaced by its MD5 (the file then needs
/// rewriting).
pub(super) fn read(dir: &Path) -> Result<(CredentialsFile, bool)> {
    super::check_private(dir)?;
    let mut c: CredentialsFile = super::files::read_toml(
        &path(dir),
        true,
        "fix that line, or remove the file and log in again; lockctl left it unchanged",
    )?
    .unwrap_or_default();
    let mut migrated = false;
    for p in c.profiles.values_mut() {
        if let Some(r) = &mut p.relogin {
            if let Some(old) = r.password.take() {
                r.password_md5 = Secret::new(md5_hex(old.expose().as_bytes()));
                migrated = true;
            }
        }
    }
    Ok((c, migrated))
}

pub fn save(dir: &Path, c: &CredentialsFile) -> Result<()> {
    let text = toml::to_string_pretty(c).context("cannot serialise credentials")?;
    super::write_atomic(&path(dir), text.as_bytes(), true)
}

/// A random id for this installation (44 characters, like the app's), sent as `deviceId`.
pub fn new_device_id() -> String {
    format!(
        "lockctl{:032x}{:05x}",
        rand::random::<u128>(),
        rand::random::<u32>() & 0xfffff
    )
}

/// Where a profile's secrets are read from (`profile show` and `lockctl doctor` say it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SecretStore {
    /// `credentials.toml` in the config directory (mode 0600).
    File,
    /// Built into lockctl: the demo profiles' made-up keys.
    Builtin,
}

impl SecretStore {
    pub fn as_str(self) -> &'static str {
        match self {
            SecretStore::File => "file",
            SecretStore::Builtin => "builtin",
        }
    }
}

/// Where the secrets of profile `name` (one of the config file's) live.
pub fn store_of(_dir: &Path, _name: &str) -> SecretStore {
    SecretStore::File
}

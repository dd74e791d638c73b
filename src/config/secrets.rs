//! A profile's secrets, wherever they live: the system keyring (the default, see
//! `keyring_store.rs`), or `credentials.toml` (mode 0600) where no keyring answers, with
//! `--insecure-storage`, or for profiles written before lockctl knew keyrings. `credentials.toml`
//! always says where each profile's secrets are (`store`) and keeps what is not secret
//! (`device_id`, the session's account).
//!
//! Every change is a read-modify-write under the config directory's lock (`lockctl.lock`),
//! the keyring item included, so two runs renewing a session or rotating a token at once do
//! not lose either write, as with the file alone. Environment secrets (`LOCKCTL_APP_SECRET`,
//! `LOCKCTL_BMP_SECRET`, `LOCKCTL_ACCESS_SECRET`) win over both stores when a profile is used.

use std::path::Path;

use anyhow::{Context as _, Result};
use lockctl_api::{Secret, Session};
use serde::{Deserialize, Serialize};

use super::credentials::{self, CredentialsFile, ProfileSecrets, Store, StoredLogin};
use super::keyring_store::{self, Unavailable};
use crate::env;
use crate::error::Fail;

/// What the keyring item holds: every secret of one profile, as one compact JSON document.
#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    #[serde(default, skip_serializing_if = "Secret::is_empty")]
    app_secret: Secret,
    #[serde(default, skip_serializing_if = "Secret::is_empty")]
    bmp_secret: Secret,
    #[serde(default, skip_serializing_if = "Secret::is_empty")]
    access_secret: Secret,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    token: Option<lockctl_api::openapi::Token>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    session: Option<Session>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    relogin: Option<StoredLogin>,
}

impl Item {
    fn of(s: &ProfileSecrets) -> Item {
        Item {
            app_secret: s.app_secret.clone(),
            bmp_secret: s.bmp_secret.clone(),
            access_secret: s.access_secret.clone(),
            token: s.token.clone(),
            session: s.session.clone(),
            relogin: s.relogin.clone(),
        }
    }

    fn bytes(&self) -> Result<Vec<u8>> {
        serde_json::to_vec(self).context("cannot serialise the keyring item")
    }

    /// The file's table of a keyring profile, filled with the item's secrets.
    fn into_secrets(self, table: &ProfileSecrets) -> ProfileSecrets {
        ProfileSecrets {
            store: Some(Store::Keyring),
            account: table.account.clone(),
            app_secret: self.app_secret,
            bmp_secret: self.bmp_secret,
            access_secret: self.access_secret,
            token: self.token,
            device_id: table.device_id.clone(),
            session: self.session,
            relogin: self.relogin,
            devices: None,
        }
    }
}

/// Where a change puts a profile's secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Where they are (a new profile: as [`Choice::Fresh`]). A keyring profile whose keyring
    /// cannot be written is an error, never moved to the file behind the user's back.
    Keep,
    /// A profile (re)made: the keyring when one answers, else the file (with the notice). What
    /// was stored before need not be readable.
    Fresh,
    /// The file, as `--insecure-storage` asks.
    File,
    /// The keyring or an error (`profile migrate-secrets`).
    Keyring,
}

/// A change done: its value, and the plain-text notice due (once per profile).
pub struct Updated<T> {
    pub value: T,
    pub notice: Option<String>,
}

/// One profile's secrets, from where they live (the keyring item read when there), without the
/// environment's. A profile with nothing stored gives empty secrets.
pub fn load(dir: &Path, name: &str) -> Result<ProfileSecrets> {
    let c = credentials::load(dir)?;
    let table = c.profiles.get(name).cloned().unwrap_or_default();
    if table.store() != Store::Keyring {
        return Ok(table);
    }
    read_item(name, &table).map_err(|u| unreadable(name, &u))
}

/// [`load`] that never fails on the keyring: what the file knows, and why the keyring could
/// not be read (for `profile show`).
pub fn peek(dir: &Path, name: &str) -> Result<(ProfileSecrets, Option<Unavailable>)> {
    let c = credentials::load(dir)?;
    let table = c.profiles.get(name).cloned().unwrap_or_default();
    if table.store() != Store::Keyring {
        return Ok((table, None));
    }
    Ok(match read_item(name, &table) {
        Ok(s) => (s, None),
        Err(u) => (table, Some(u)),
    })
}

fn read_item(name: &str, table: &ProfileSecrets) -> Result<ProfileSecrets, Unavailable> {
    let Some(bytes) = keyring_store::get(name)? else {
        return Ok(Item::default().into_secrets(table));
    };
    let item: Item = serde_json::from_slice(&bytes)
        .map_err(|_| Unavailable("the keyring item is not one lockctl wrote".into()))?;
    Ok(item.into_secrets(table))
}

/// What to do about a keyring that could not be used: `usual`, unless `LOCKCTL_KEYRING` turned
/// it off, which no unlocking fixes.
/// `tail` follows either.
fn keyring_hint(usual: &str, tail: &str) -> String {
    match env::get(env::KEYRING) {
        Some(v) if !keyring_store::wanted() => {
            format!("LOCKCTL_KEYRING={v} turns the keyring off: unset it to use the keyring{tail}")
        }
        _ => format!("{usual}{tail}"),
    }
}

fn unreadable(name: &str, u: &Unavailable) -> anyhow::Error {
    Fail::failure(
        format!("cannot read profile `{name}`'s secrets from the system keyring: {u}"),
        keyring_hint("make sure the keyring runs and is unlocked (on Linux: a Secret Service such as gnome-keyring on the session bus); or add the profile again with --insecure-storage to keep its secrets in the file", ""),
    )
}

/// Change one profile's secrets under the directory lock, and store them where `choice` says.
pub fn update<T>(
    dir: &Path,
    name: &str,
    choice: Choice,
    f: impl FnOnce(&mut ProfileSecrets) -> Result<T>,
) -> Result<Updated<T>> {
    let _lock = super::lock_dir(dir)?;
    let (mut c, _) = credentials::read(dir)?;
    let before = c.profiles.get(name).cloned();
    let mut full = match &before {
        None => ProfileSecrets::default(),
        Some(t) if t.store() == Store::Keyring => match read_item(name, t) {
            Ok(s) => s,
            // A profile made afresh replaces what the keyring held.
            Err(_) if choice == Choice::Fresh => t.clone(),
            Err(u) => return Err(unreadable(name, &u)),
        },
        Some(t) => t.clone(),
    };
    let value = f(&mut full)?;
    let was = before.as_ref().map(ProfileSecrets::store);
    let notice = match (choice, was) {
        (Choice::Keep, Some(Store::Keyring)) | (Choice::Keyring, _) => {
            to_keyring(name, &full).map_err(|u| {
                Fail::failure(
                    format!("cannot store profile `{name}`'s secrets in the system keyring: {u}"),
                    keyring_hint(
                        "make sure the keyring runs and is unlocked",
                        "; lockctl left the secrets where they were",
                    ),
                )
            })?;
            put_keyring_table(&mut c, name, &full);
            None
        }
        (Choice::Keep, Some(Store::File)) | (Choice::File, _) => {
            put_file_table(&mut c, name, full, before.as_ref(), None)
        }
        (Choice::Keep, None) | (Choice::Fresh, _) => {
            if !keyring_store::wanted() {
                put_file_table(&mut c, name, full, before.as_ref(), None)
            } else {
                match to_keyring(name, &full) {
                    Ok(()) => {
                        put_keyring_table(&mut c, name, &full);
                        None
                    }
                    Err(u) => put_file_table(&mut c, name, full, before.as_ref(), Some(u)),
                }
            }
        }
    };
    credentials::save(dir, &c)?;
    // The file no longer needs the keyring's item (best effort: lockctl never reads it again).
    if was == Some(Store::Keyring)
        && c.profiles.get(name).map(ProfileSecrets::store) == Some(Store::File)
    {
        let _ = keyring_store::delete(name);
    }
    Ok(Updated {
        value,
        notice: notice.map(|n| n.replace("{path}", &credentials::path(dir).display().to_string())),
    })
}

/// Write the profile's item and read it back: the file forgets the secrets only once the
/// keyring is known to hold them.
fn to_keyring(name: &str, full: &ProfileSecrets) -> Result<(), Unavailable> {
    if !keyring_store::wanted() {
        return Err(Unavailable(
            "the keyring is turned off (LOCKCTL_KEYRING=off)".into(),
        ));
    }
    let bytes = Item::of(full)
        .bytes()
        .map_err(|e| Unavailable(e.to_string()))?;
    keyring_store::set(name, &bytes)?;
    match keyring_store::get(name)? {
        Some(back) if back == bytes => Ok(()),
        _ => Err(Unavailable(
            "the keyring did not give back what lockctl stored".into(),
        )),
    }
}

/// The file's table of a keyring profile: no secrets, only where they are and what is not secret.
fn put_keyring_table(c: &mut CredentialsFile, name: &str, full: &ProfileSecrets) {
    c.profiles.insert(
        name.to_string(),
        ProfileSecrets {
            store: Some(Store::Keyring),
            account: full.session.as_ref().map(|s| s.account.clone()),
            device_id: full.device_id.clone(),
            ..Default::default()
        },
    );
}

/// The secrets in the file; the plain-text notice when this profile has not had it yet (its
/// table did not say `file`), unless the keyring is turned off on purpose.
fn put_file_table(
    c: &mut CredentialsFile,
    name: &str,
    mut full: ProfileSecrets,
    before: Option<&ProfileSecrets>,
    why: Option<Unavailable>,
) -> Option<String> {
    let told = before.is_some_and(|b| b.store == Some(Store::File));
    full.store = Some(Store::File);
    full.account = None;
    c.profiles.insert(name.to_string(), full);
    if told || !keyring_store::wanted() {
        return None;
    }
    Some(match why {
        Some(u) => format!("secrets stored in plain text in {{path}} ({u})"),
        None => "secrets stored in plain text in {path}".into(),
    })
}

/// Remove a profile's secrets (its table, and its keyring item). A keyring that cannot be asked
/// leaves the item behind: the warning says so.
pub fn remove(dir: &Path, name: &str) -> Result<Option<String>> {
    let _lock = super::lock_dir(dir)?;
    let (mut c, _) = credentials::read(dir)?;
    let table = c.profiles.remove(name);
    credentials::save(dir, &c)?;
    if table.is_some_and(|t| t.store() == Store::Keyring) {
        if let Err(u) = keyring_store::delete(name) {
            return Ok(Some(format!(
                "profile `{name}`'s keyring item (service `{}`, account `{name}`) was left in the keyring: {u}",
                keyring_store::SERVICE
            )));
        }
    }
    Ok(None)
}

/// The names of the profiles whose secrets sit in the file.
pub fn in_file(dir: &Path) -> Result<Vec<String>> {
    let c = credentials::load(dir)?;
    Ok(c.profiles
        .iter()
        .filter(|(_, t)| t.store() == Store::File)
        .map(|(n, _)| n.clone())
        .collect())
}

/// The environment's secrets over the stored ones (`openapi`: the access secret; else the app
/// and bmp secrets).
pub fn with_env(mut s: ProfileSecrets, openapi: bool) -> ProfileSecrets {
    if openapi {
        if let Some(v) = env::get(env::ACCESS_SECRET) {
            s.access_secret = Secret::new(v.trim());
        }
    } else {
        if let Some(v) = env::get(env::APP_SECRET) {
            s.app_secret = Secret::new(v.trim());
        }
        if let Some(v) = env::get(env::BMP_SECRET) {
            s.bmp_secret = Secret::new(v.trim());
        }
    }
    s
}

/// Where the profile's secret comes from when it is used: `env` (a `LOCKCTL_*_SECRET`
/// variable), `keyring` or `file`.
pub fn source(table: &ProfileSecrets, openapi: bool) -> &'static str {
    let var = if openapi {
        env::ACCESS_SECRET
    } else {
        env::APP_SECRET
    };
    if env::get(var).is_some() {
        "env"
    } else {
        table.store().word()
    }
}

//! Where lockctl keeps its files, and how it writes them: `config.toml` (settings, no secrets),
//! `credentials.toml` (where each profile's secrets live; the secrets themselves when no keyring
//! holds them, mode 0600), the system keyring (`keyring_store`, `secrets`) and, in the data directory, `cache.toml`
//! (the device list with localKeys, mode 0600). All are replaced atomically (temp file, fsync,
//! rename) while holding `lockctl.lock`, so concurrent runs never see half a file. The config
//! directory is private and refused when others could write it (see `files`).

pub mod cache;
pub mod credentials;
mod files;
pub mod keyring_store;
pub mod safety;
pub mod secrets;
pub mod settings_file;

use std::path::PathBuf;

pub use files::{
    check_private, ensure_dir as ensure_private_dir, lock_dir, read_toml, write_atomic,
};

use anyhow::{Context, Result};

use crate::env;

pub fn config_dir() -> Result<PathBuf> {
    if let Some(d) = env::get(env::CONFIG_DIR) {
        return Ok(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "lockctl")
        .map(|p| p.config_dir().to_path_buf())
        .context(format!(
            "cannot find a config directory; set {}",
            env::CONFIG_DIR
        ))
}

pub fn data_dir() -> Result<PathBuf> {
    if let Some(d) = env::get(env::DATA_DIR) {
        return Ok(PathBuf::from(d));
    }
    if let Some(d) = env::get(env::CONFIG_DIR) {
        return Ok(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "lockctl")
        .map(|p| p.data_dir().to_path_buf())
        .context(format!(
            "cannot find a data directory; set {}",
            env::DATA_DIR
        ))
}

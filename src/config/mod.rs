//! Where lockctl keeps its files, and how it writes them: `config.toml` (settings, no secrets),
//! `credentials.toml` (secrets and sessions, mode 0600) and, in the data directory, `cache.toml`
//! (the device list with localKeys, mode 0600). All are replaced atomically (temp file, fsync,
//! rename) while holding `lockctl.lock`, so concurrent runs never see half a file.

pub mod cache;
pub mod credentials;
pub mod settings_file;

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

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

/// An exclusive lock on the config directory, held while reading-modifying-writing files.
pub struct DirLock {
    _file: File,
}

pub fn lock_dir(dir: &Path) -> Result<DirLock> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let path = dir.join("lockctl.lock");
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    file.lock()
        .with_context(|| format!("cannot lock {}", path.display()))?;
    Ok(DirLock { _file: file })
}

/// Replace `path` with `data`: temp file in the same directory (mode 0600 when `private`),
/// fsync, rename. A crash leaves the old file or the new one, never a mix.
pub fn write_atomic(path: &Path, data: &[u8], private: bool) -> Result<()> {
    let dir = path.parent().context("file has no directory")?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot write in {}", dir.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if private { 0o600 } else { 0o644 };
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = private;
    tmp.write_all(data)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path)
        .with_context(|| format!("cannot replace {}", path.display()))?;
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

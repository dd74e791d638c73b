//! How lockctl touches its files on a machine it shares with others: the directory is private
//! (0700 whatever the umask), a directory or file others could write or that belongs to someone
//! else is refused (as ssh refuses such files), the lock file is never opened through a symlink,
//! files are replaced atomically, and what an interrupted write left behind is removed.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use serde::de::DeserializeOwned;

use crate::error::Fail;

/// An exclusive lock on the config directory, held while reading-modifying-writing files.
pub struct DirLock {
    _file: File,
}

/// Temp files of [`write_atomic`] start and end with these, so leftovers can be recognised.
const TMP_PREFIX: &str = ".lockctl-";
const TMP_SUFFIX: &str = ".tmp";

/// Create `dir` (and missing parents) private to the user, and refuse it when others could
/// change what is in it.
pub fn ensure_dir(dir: &Path) -> Result<()> {
    if !dir.exists() {
        let mut b = std::fs::DirBuilder::new();
        b.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
            b.mode(0o700);
            b.create(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            // The umask may have taken bits away (never added); set exactly 0700.
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
                .with_context(|| format!("cannot make {} private", dir.display()))?;
        }
        #[cfg(not(unix))]
        b.create(dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
    }
    check_private(dir)
}

/// Refuse a path (file or directory) that is writable by group or others, or owned by another
/// user than the one running lockctl (root may own it). A missing path is fine.
#[cfg(unix)]
pub fn check_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("cannot inspect {}", path.display())),
    };
    let me = rustix::process::geteuid().as_raw();
    if meta.uid() != me && meta.uid() != 0 {
        return Err(Fail::failure(
            format!(
                "refusing {}: it belongs to another user (uid {}), who could change lockctl's settings or read its secrets",
                path.display(),
                meta.uid()
            ),
            format!(
                "use a directory of your own (set LOCKCTL_CONFIG_DIR), or take it over: chown {me} {}",
                path.display()
            ),
        ));
    }
    if meta.mode() & 0o022 != 0 {
        return Err(Fail::failure(
            format!(
                "refusing {}: its permissions ({:03o}) let other users change it",
                path.display(),
                meta.mode() & 0o777
            ),
            format!("chmod go-w {}", path.display()),
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
pub fn check_private(_path: &Path) -> Result<()> {
    Ok(())
}

/// Lock the config directory (creating it private) and remove what interrupted writes left.
pub fn lock_dir(dir: &Path) -> Result<DirLock> {
    let file = open_lock(dir)?;
    file.lock()
        .with_context(|| format!("cannot lock {}", dir.join("lockctl.lock").display()))?;
    remove_leftovers(dir);
    Ok(DirLock { _file: file })
}

/// [`lock_dir`] when nobody holds the lock, else None (the holder may be this very process: the
/// lock is per open file, so waiting would never end).
pub fn try_lock_dir(dir: &Path) -> Result<Option<DirLock>> {
    let file = open_lock(dir)?;
    match file.try_lock() {
        Ok(()) => {
            remove_leftovers(dir);
            Ok(Some(DirLock { _file: file }))
        }
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(e).with_context(|| format!("cannot lock {}", dir.join("lockctl.lock").display()))
        }
    }
}

fn open_lock(dir: &Path) -> Result<File> {
    ensure_dir(dir)?;
    let path = dir.join("lockctl.lock");
    let mut opts = OpenOptions::new();
    opts.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Never through a symlink: a planted link would make lockctl create or lock another file.
        opts.mode(0o600)
            .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
    }
    opts.open(&path).with_context(|| {
        format!(
            "cannot open {} (it must be a plain file, not a symlink)",
            path.display()
        )
    })
}

/// Whether `name` is a temp file of an interrupted atomic write: ours, or one of the unnamed
/// `.tmpXXXXXX` files earlier versions wrote.
fn is_leftover(name: &str) -> bool {
    if name.starts_with(TMP_PREFIX) && name.ends_with(TMP_SUFFIX) {
        return true;
    }
    name.strip_prefix(".tmp")
        .is_some_and(|r| r.len() == 6 && r.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Every write happens under [`lock_dir`], so once the lock is held no temp file is in flight:
/// any there is a leftover (it may hold secrets) and goes.
fn remove_leftovers(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        if name.to_str().is_some_and(is_leftover) && e.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Replace `path` with `data`: temp file in the same directory (mode 0600 when `private`),
/// fsync, rename. A crash leaves the old file or the new one, never a mix. Call it while holding
/// [`lock_dir`]: the lock is what tells leftovers from writes in flight.
pub fn write_atomic(path: &Path, data: &[u8], private: bool) -> Result<()> {
    let dir = path.parent().context("file has no directory")?;
    ensure_dir(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(TMP_PREFIX)
        .suffix(TMP_SUFFIX)
        .tempfile_in(dir)
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

/// Read a TOML file of lockctl's: None when it does not exist; an error naming the file, line and
/// column when it does not parse or holds a key lockctl does not know (never read as empty, so a
/// later write cannot drop what it held). With `secret`, the message never quotes a value.
pub fn read_toml<T: DeserializeOwned>(path: &Path, secret: bool, hint: &str) -> Result<Option<T>> {
    check_private(path)?;
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    toml::from_str(&text).map(Some).map_err(|e| {
        let (line, col) = line_col(&text, e.span().map_or(0, |s| s.start));
        let message = first_line(e.message());
        let message = if secret { unquote(&message) } else { message };
        Fail::failure(
            format!("{}:{line}:{col}: {message}", path.display()),
            hint.to_string(),
        )
    })
}

/// 1-based line and column (in characters) of byte `at` in `text`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn first_line(s: &str) -> String {
    s.trim().lines().next().unwrap_or("").trim().to_string()
}

/// The message with every double-quoted text replaced by `"…"`: serde quotes the offending value
/// (`invalid type: string "…"`), which in the credentials file may be a secret.
fn unquote(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut inside = false;
    for c in s.chars() {
        if c == '"' {
            if inside {
                out.push('…');
            }
            inside = !inside;
            out.push(c);
        } else if !inside {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftovers_are_recognised() {
        assert!(is_leftover(".lockctl-abc123.tmp"));
        assert!(is_leftover(".tmpA1b2C3"));
        assert!(!is_leftover(".tmpA1b2C3x"));
        assert!(!is_leftover("credentials.toml"));
        assert!(!is_leftover("lockctl.lock"));
    }

    #[test]
    fn positions_and_quotes() {
        assert_eq!(line_col("a\nbc\nd", 3), (2, 2));
        assert_eq!(line_col("", 9), (1, 1));
        assert_eq!(
            unquote(r#"invalid type: string "hunter2", expected i64"#),
            r#"invalid type: string "…", expected i64"#
        );
        assert_eq!(unquote(r#"unterminated "abc"#), "unterminated \"");
    }
}

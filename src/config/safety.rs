//! Whether lockctl's directories and files are safe on a shared machine, judged without
//! refusing anything (for `lockctl doctor`; the other verbs refuse through `check_private`).
//! A directory or file others can write, or that belongs to another user, is unsafe; so is a
//! file of secrets others can read. A directory others can list is worth a warning.

use std::path::{Path, PathBuf};

/// How bad what was found is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    Safe,
    Warning,
    Unsafe,
}

/// One path looked at.
#[derive(Debug, Clone)]
pub struct PathCheck {
    pub path: PathBuf,
    /// Its permission bits (`0o700`), None when it does not exist (or on a platform without
    /// them).
    pub mode: Option<u32>,
    pub verdict: Verdict,
    /// Why it is not safe, and the command that fixes it.
    pub problem: Option<(String, String)>,
}

/// What a path holds, which decides what others may do with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    /// A directory of lockctl's.
    Dir,
    /// Settings anyone may read (`config.toml`).
    Settings,
    /// Secrets, sessions or lock keys (`credentials.toml`, `cache.toml`).
    Secrets,
}

/// The config directory, its two files, the data directory and the device cache.
pub fn lockctl_paths(config_dir: &Path, data_dir: &Path) -> Vec<(PathBuf, Holds)> {
    let mut paths = vec![
        (config_dir.to_path_buf(), Holds::Dir),
        (super::settings_file::path(config_dir), Holds::Settings),
        (super::credentials::path(config_dir), Holds::Secrets),
    ];
    if data_dir != config_dir {
        paths.push((data_dir.to_path_buf(), Holds::Dir));
    }
    paths.push((super::cache::path(data_dir), Holds::Secrets));
    paths
}

/// Judge one path (a missing one is safe: lockctl creates it private).
#[cfg(unix)]
pub fn inspect(path: &Path, holds: Holds) -> PathCheck {
    use std::os::unix::fs::MetadataExt;
    let shown = path.display();
    let mut check = PathCheck {
        path: path.to_path_buf(),
        mode: None,
        verdict: Verdict::Safe,
        problem: None,
    };
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return check,
        Err(e) => {
            check.verdict = Verdict::Unsafe;
            check.problem = Some((
                format!("{shown} cannot be inspected: {e}"),
                format!("check who owns it: ls -ld {shown}"),
            ));
            return check;
        }
    };
    let mode = meta.mode() & 0o777;
    check.mode = Some(mode);
    let me = rustix::process::geteuid().as_raw();
    let mut flag = |verdict: Verdict, why: String, fix: String| {
        if verdict > check.verdict {
            check.verdict = verdict;
            check.problem = Some((why, fix));
        }
    };
    if meta.uid() != me && meta.uid() != 0 {
        flag(
            Verdict::Unsafe,
            format!("{shown} belongs to another user (uid {})", meta.uid()),
            format!("chown {me} {shown}, or set LOCKCTL_CONFIG_DIR to a directory of your own"),
        );
    }
    let private = if holds == Holds::Dir { "700" } else { "600" };
    if mode & 0o022 != 0 {
        flag(
            Verdict::Unsafe,
            format!("{shown} is writable by other users (mode {mode:03o})"),
            format!("chmod {private} {shown}"),
        );
    } else if holds == Holds::Secrets && mode & 0o044 != 0 {
        flag(
            Verdict::Unsafe,
            format!("{shown} holds secrets and other users can read it (mode {mode:03o})"),
            format!("chmod 600 {shown}"),
        );
    } else if holds == Holds::Dir && mode & 0o055 != 0 {
        flag(
            Verdict::Warning,
            format!("other users can list {shown} (mode {mode:03o})"),
            format!("chmod 700 {shown}"),
        );
    }
    check
}

#[cfg(not(unix))]
pub fn inspect(path: &Path, _holds: Holds) -> PathCheck {
    PathCheck {
        path: path.to_path_buf(),
        mode: None,
        verdict: Verdict::Safe,
        problem: None,
    }
}

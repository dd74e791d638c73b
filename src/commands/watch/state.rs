//! The watch's state in the data directory, one file per profile: per lock, the windows of record
//! ids already seen (the cursor: locks upload late, so times cannot tell), the online flag last
//! read and the temporary passwords already used. Written atomically (temp file, fsync, rename,
//! 0600) before the events it accounts for are printed. A lock file beside it keeps a second watch
//! of the same profile out.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};

use crate::error::Fail;

/// Record ids remembered per lock and list (history, alarms); the oldest are forgotten first.
pub const WINDOW: usize = 2_000;
/// Temporary passwords remembered as used, per lock.
const USED: usize = 500;

/// A bounded set of ids, kept in the order seen.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "Vec<String>", into = "Vec<String>")]
pub struct Window {
    order: VecDeque<String>,
    set: HashSet<String>,
    cap: usize,
}

impl From<Vec<String>> for Window {
    fn from(v: Vec<String>) -> Window {
        let mut w = Window::default();
        for id in v {
            w.insert(&id);
        }
        w
    }
}

impl From<Window> for Vec<String> {
    fn from(w: Window) -> Vec<String> {
        w.order.into_iter().collect()
    }
}

impl Window {
    fn with_cap(cap: usize) -> Window {
        Window {
            cap,
            ..Window::default()
        }
    }

    /// Remember `id`; false when it was already there.
    pub fn insert(&mut self, id: &str) -> bool {
        if self.set.contains(id) {
            return false;
        }
        let cap = if self.cap == 0 { WINDOW } else { self.cap };
        while self.order.len() >= cap {
            if let Some(old) = self.order.pop_front() {
                self.set.remove(&old);
            }
        }
        self.set.insert(id.to_string());
        self.order.push_back(id.to_string());
        true
    }

    pub fn contains(&self, id: &str) -> bool {
        self.set.contains(id)
    }
}

/// What the watch knows of one lock.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LockState {
    pub history: Window,
    pub alarms: Window,
    /// The online flag at the last read; None before the first.
    pub online: Option<bool>,
    /// Whether the battery read low at the last read that reported one; None before the first.
    #[serde(default)]
    pub battery_low: Option<bool>,
    /// Temporary passwords seen opening the lock (`unlockId|name`).
    pub used: Window,
    /// Temporary passwords (id, name) pending at the last read of the lock's list; None before
    /// the first read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<Vec<Pending>>,
    /// Members and unlock methods pending at the last read of the lock's members; None before
    /// the first read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_members: Option<Vec<Pending>>,
}

/// A temporary password, member or unlock method seen waiting to reach its lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub id: String,
    pub name: String,
    /// `member` or `unlock-method`; empty for a temporary password.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
}

impl Default for LockState {
    fn default() -> LockState {
        LockState {
            history: Window::default(),
            alarms: Window::default(),
            online: None,
            battery_low: None,
            used: Window::with_cap(USED),
            pending: None,
            pending_members: None,
        }
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StateFile {
    pub version: u32,
    pub profile: String,
    pub locks: BTreeMap<String, LockState>,
}

/// Where a profile's watch keeps its files; the name is the profile's when it is a plain word.
pub fn place(data_dir: &Path, profile: &str) -> PathBuf {
    let plain = !profile.is_empty()
        && profile.len() <= 64
        && profile
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !profile.starts_with('.');
    let name = if plain {
        profile.to_string()
    } else {
        use sha2::Digest;
        hex::encode(&sha2::Sha256::digest(profile.as_bytes())[..8])
    };
    data_dir.join("watch").join(name)
}

/// The state file of a place.
pub fn state_path(place: &Path) -> PathBuf {
    place.with_extension("state.json")
}

/// Hold the profile's watch lock, or refuse: one watch per state.
pub struct Held {
    _file: File,
}

pub fn hold(place: &Path) -> Result<Held> {
    let dir = place.parent().context("no directory")?;
    crate::config::ensure_private_dir(dir)?;
    let path = place.with_extension("lock");
    let mut opts = OpenOptions::new();
    opts.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600)
            .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
    }
    let file = opts
        .open(&path)
        .with_context(|| format!("cannot open {} (it must be a plain file)", path.display()))?;
    match file.try_lock() {
        Ok(()) => Ok(Held { _file: file }),
        Err(std::fs::TryLockError::WouldBlock) => Err(Fail::failure(
            format!(
                "another watch of this profile is running (it holds {})",
                path.display()
            ),
            "stop it first, or watch with another profile",
        )),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(e).with_context(|| format!("cannot lock {}", path.display()))
        }
    }
}

/// The saved state; empty when there is none yet.
pub fn load(path: &Path, profile: &str) -> Result<StateFile> {
    crate::config::check_private(path)?;
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(StateFile {
                version: 1,
                profile: profile.to_string(),
                locks: BTreeMap::new(),
            })
        }
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    serde_json::from_str(&text).map_err(|e| {
        Fail::failure(
            format!("the watch state {} does not read: {e}", path.display()),
            "move it away to start afresh (events of the time it covers may then be printed again or missed)",
        )
    })
}

pub fn store(path: &Path, state: &StateFile) -> Result<()> {
    let text = serde_json::to_vec(state)?;
    crate::config::write_atomic(path, &text, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_bounded_and_round_trip() {
        let mut w = Window::with_cap(3);
        for id in ["a", "b", "c", "d"] {
            assert!(w.insert(id));
        }
        assert!(!w.insert("d") && !w.contains("a"));
        let v: Vec<String> = w.into();
        assert_eq!(v, ["b", "c", "d"]);
        let back = Window::from(v);
        assert!(back.contains("b"));
    }

    #[test]
    fn odd_profiles_get_a_hashed_name() {
        let p = place(Path::new("/d"), "../x");
        assert!(p.starts_with("/d/watch") && !p.to_string_lossy().contains(".."));
        assert_eq!(place(Path::new("/d"), "home"), Path::new("/d/watch/home"));
    }
}

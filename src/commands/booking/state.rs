//! `bookings.toml` in the data directory (mode 0600, replaced atomically under the directory
//! lock): per profile, lock and feed, which password each booking got and the window last
//! written. A feed is known by a hash of its address, shown redacted: the address of a booking
//! feed holds a secret token, which never reaches this file.

use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateFile {
    #[serde(default)]
    pub feeds: Vec<Feed>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feed {
    pub profile: String,
    pub lock: String,
    /// `sha256:` and the hash of the feed's address (or the file's full path).
    pub feed: String,
    /// The address with its secret parts left out, for people.
    pub source: String,
    #[serde(default)]
    pub bookings: Vec<Entry>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The booking's UID in the feed.
    pub uid: String,
    /// The temporary password's id on the lock.
    pub password: String,
    pub name: String,
    /// The window last written (Unix seconds).
    pub from: i64,
    pub to: i64,
    /// The booking's summary at the last sync (`watch` names the booking of a code's first use).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// A booking code a sync made: its booking, as `watch` names it.
#[derive(Debug, Clone)]
pub struct Code {
    pub lock: String,
    pub name: String,
    pub uid: String,
    pub summary: Option<String>,
}

/// Every code the syncs of `profile` made, over all its locks and feeds (none without a file).
pub fn codes(dir: &Path, profile: &str) -> Result<Vec<Code>> {
    let file: Option<StateFile> = crate::config::read_toml(&path(dir), false, HINT)?;
    Ok(file
        .unwrap_or_default()
        .feeds
        .into_iter()
        .filter(|f| f.profile == profile)
        .flat_map(|f| {
            let lock = f.lock;
            f.bookings.into_iter().map(move |e| Code {
                lock: lock.clone(),
                name: e.name,
                uid: e.uid,
                summary: e.summary,
            })
        })
        .collect())
}

/// Which feed of which lock of which profile.
#[derive(Debug, Clone)]
pub struct Key {
    pub profile: String,
    pub lock: String,
    pub feed: String,
    pub source: String,
}

fn path(dir: &Path) -> PathBuf {
    dir.join("bookings.toml")
}

const HINT: &str =
    "fix or remove the file (removing it makes the next sync create every password again)";

/// The entries of one feed (none when the file or the feed is new). A damaged file is an error:
/// read as empty, it would make a sync create every password a second time.
pub fn load(dir: &Path, key: &Key) -> Result<Vec<Entry>> {
    let file: Option<StateFile> = crate::config::read_toml(&path(dir), false, HINT)?;
    Ok(file
        .unwrap_or_default()
        .feeds
        .into_iter()
        .find(|f| f.profile == key.profile && f.lock == key.lock && f.feed == key.feed)
        .map(|f| f.bookings)
        .unwrap_or_default())
}

/// Replace one feed's entries.
pub fn store(dir: &Path, key: &Key, entries: Vec<Entry>) -> Result<()> {
    let _lock = crate::config::lock_dir(dir)?;
    let mut file: StateFile =
        crate::config::read_toml(&path(dir), false, HINT)?.unwrap_or_default();
    file.feeds
        .retain(|f| !(f.profile == key.profile && f.lock == key.lock && f.feed == key.feed));
    if !entries.is_empty() {
        file.feeds.push(Feed {
            profile: key.profile.clone(),
            lock: key.lock.clone(),
            feed: key.feed.clone(),
            source: key.source.clone(),
            bookings: entries,
        });
    }
    let text = toml::to_string_pretty(&file)?;
    crate::config::write_atomic(&path(dir), text.as_bytes(), true)
}

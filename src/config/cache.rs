//! `cache.toml` in the data directory (mode 0600, replaced atomically under the directory lock):
//! per profile, the device list as the cloud last gave it (names, ids, kinds, localKeys, zones)
//! and the member names of locks whose members were looked up by name. It lets a lock's name cost
//! no request, and shell completion read names without touching the network.
//!
//! The cache is disposable: a damaged file reads as empty and is rewritten on the next refresh.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;
use lockctl_api::ops::device::{Device, DpCodes};
use lockctl_api::{Kind, Secret};
use serde::{Deserialize, Serialize};

use crate::env;

/// How long a cached device list is trusted, in minutes, unless `LOCKCTL_CACHE_TTL` says
/// otherwise. Long enough that a session of commands resolves names with no request, short
/// enough that a lock renamed or re-paired in the app is picked up soon after.
pub const DEFAULT_TTL_MINUTES: u64 = 15;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CacheFile {
    #[serde(default)]
    pub profiles: BTreeMap<String, ProfileCache>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ProfileCache {
    /// When the whole device list was last read from the cloud (Unix seconds; 0: never).
    #[serde(default)]
    pub listed_at: i64,
    #[serde(default)]
    pub devices: Vec<CachedDevice>,
    /// Member names per lock id, kept for `--user NAME` and completion.
    #[serde(default)]
    pub members: BTreeMap<String, CachedMembers>,
    /// PIN lengths per lock id, learned from the lock's own refusal of a PIN (kept across list
    /// refreshes: the cloud does not say them).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub pin_lens: BTreeMap<String, usize>,
    /// Offline codes' types per lock id and code id (`once`, `multiple`...), as lockctl issued or
    /// listed them: what lets `offlinepwd revoke` refuse a one-time code before any request.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub offline_types: BTreeMap<String, BTreeMap<String, String>>,
    /// Product schemas (product id -> DP id -> status code) read with the device list (mobile
    /// gateway): what maps a device's `dps` to its battery without another request.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub schemas: BTreeMap<String, DpCodes>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CachedDevice {
    pub id: String,
    pub name: String,
    /// `wifi`, `ble`, `zigbee`, or none when the cloud does not tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default)]
    pub is_lock: bool,
    #[serde(default)]
    pub local_key: Secret,
    #[serde(default)]
    pub time_zone: String,
    /// When this entry was last read from the cloud (Unix seconds).
    #[serde(default)]
    pub seen_at: i64,
    /// The PIN length the cloud's description implies when the kind does not tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_len: Option<usize>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CachedMembers {
    #[serde(default)]
    pub seen_at: i64,
    /// (id, name) pairs.
    #[serde(default)]
    pub members: Vec<(String, String)>,
}

impl CachedDevice {
    pub fn from_device(d: &Device, now: i64) -> CachedDevice {
        CachedDevice {
            id: d.dev_id.clone(),
            name: d.name.clone(),
            kind: d.kind().map(|k| k.to_string()),
            is_lock: d.is_lock(),
            local_key: d.local_key.clone(),
            time_zone: d.time_zone.clone(),
            seen_at: now,
            pin_len: d.pin_len,
        }
    }

    /// Whether the entry is younger than the time-to-live.
    pub fn fresh(&self) -> bool {
        fresh(self.seen_at)
    }
}

/// The kind a cached entry says, unless `--kind` forces one.
pub fn cached_kind(d: &CachedDevice, forced: Option<Kind>) -> Option<Kind> {
    forced.or_else(|| d.kind.as_deref().and_then(Kind::parse))
}

impl ProfileCache {
    /// Whether the device list as a whole is younger than the time-to-live.
    pub fn list_fresh(&self) -> bool {
        fresh(self.listed_at)
    }
}

pub fn now() -> i64 {
    lockctl_api::clock::wire_now().as_second()
}

/// The time-to-live in seconds: `LOCKCTL_CACHE_TTL` minutes when it is a number, else the default.
pub fn ttl_secs() -> i64 {
    let minutes = env::get(env::CACHE_TTL)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(DEFAULT_TTL_MINUTES);
    minutes.saturating_mul(60).min(i64::MAX as u64) as i64
}

/// A timestamp from the future (the clock went back) counts as stale.
fn fresh(at: i64) -> bool {
    let age = now() - at;
    at > 0 && age >= 0 && age < ttl_secs()
}

pub fn path(dir: &Path) -> PathBuf {
    dir.join("cache.toml")
}

/// The whole cache; a missing or damaged file is an empty cache.
pub fn load(dir: &Path) -> CacheFile {
    std::fs::read_to_string(path(dir))
        .ok()
        .and_then(|t| toml::from_str(&t).ok())
        .unwrap_or_default()
}

/// One profile's cache (empty when there is none).
pub fn profile(dir: &Path, name: &str) -> ProfileCache {
    load(dir).profiles.remove(name).unwrap_or_default()
}

fn update(dir: &Path, f: impl FnOnce(&mut CacheFile)) -> Result<()> {
    let _lock = super::lock_dir(dir)?;
    let mut c = load(dir);
    f(&mut c);
    let text = toml::to_string_pretty(&c)?;
    super::write_atomic(&path(dir), text.as_bytes(), true)
}

/// At most this many devices are cached: every command reads the cache, and a TOML document of a
/// huge account would cost more time and memory than asking the cloud.
const MAX_CACHED_DEVICES: usize = 5_000;

/// Replace a profile's device list with the cloud's full list. A list longer than the cache
/// holds is kept in part and marked stale, so a name not among the kept ones is asked of the
/// cloud rather than called unknown.
pub fn store_list(dir: &Path, profile: &str, devices: &[Device]) -> Result<()> {
    let now = now();
    let complete = devices.len() <= MAX_CACHED_DEVICES;
    update(dir, |c| {
        let p = c.profiles.entry(profile.to_string()).or_default();
        p.listed_at = if complete { now } else { 0 };
        p.devices = devices
            .iter()
            .take(MAX_CACHED_DEVICES)
            .map(|d| CachedDevice::from_device(d, now))
            .collect();
        let ids: std::collections::HashSet<&str> =
            devices.iter().map(|d| d.dev_id.as_str()).collect();
        p.members.retain(|id, _| ids.contains(id.as_str()));
        p.pin_lens.retain(|id, _| ids.contains(id.as_str()));
        p.offline_types.retain(|id, _| ids.contains(id.as_str()));
        p.schemas = devices
            .iter()
            .filter_map(|d| Some((d.product_id.clone(), d.dp_codes.clone()?)))
            .filter(|(product, _)| !product.is_empty())
            .collect();
    })
}

/// Add or refresh one device (looked up by id) without touching the rest of the list.
pub fn store_one(dir: &Path, profile: &str, d: &Device) -> Result<()> {
    let entry = CachedDevice::from_device(d, now());
    update(dir, |c| {
        let p = c.profiles.entry(profile.to_string()).or_default();
        match p.devices.iter_mut().find(|x| x.id == entry.id) {
            Some(x) => *x = entry,
            None => p.devices.push(entry),
        }
        if let Some(codes) = &d.dp_codes {
            if !d.product_id.is_empty() {
                p.schemas.insert(d.product_id.clone(), codes.clone());
            }
        }
    })
}

/// Remember a lock's member names.
pub fn store_members(
    dir: &Path,
    profile: &str,
    dev: &str,
    members: Vec<(String, String)>,
) -> Result<()> {
    let seen_at = now();
    update(dir, |c| {
        let p = c.profiles.entry(profile.to_string()).or_default();
        p.members
            .insert(dev.to_string(), CachedMembers { seen_at, members });
    })
}

/// Remember the PIN length a lock named when it refused a PIN.
pub fn store_pin_len(dir: &Path, profile: &str, dev: &str, len: usize) -> Result<()> {
    update(dir, |c| {
        let p = c.profiles.entry(profile.to_string()).or_default();
        p.pin_lens.insert(dev.to_string(), len);
    })
}

/// At most this many offline codes' types are remembered per lock (the first ids in order go).
const MAX_OFFLINE_TYPES: usize = 500;

/// Remember the types of offline codes of a lock (`(id, type)` pairs).
pub fn store_offline_types(
    dir: &Path,
    profile: &str,
    dev: &str,
    types: &[(String, String)],
) -> Result<()> {
    if types.is_empty() {
        return Ok(());
    }
    update(dir, |c| {
        let p = c.profiles.entry(profile.to_string()).or_default();
        let m = p.offline_types.entry(dev.to_string()).or_default();
        for (id, kind) in types {
            m.insert(id.clone(), kind.clone());
        }
        while m.len() > MAX_OFFLINE_TYPES {
            let Some(first) = m.keys().next().cloned() else {
                break;
            };
            m.remove(&first);
        }
    })
}

/// Drop what is cached for a profile (when it is removed).
pub fn forget(dir: &Path, profile: &str) -> Result<()> {
    if !path(dir).exists() {
        return Ok(());
    }
    update(dir, |c| {
        c.profiles.remove(profile);
    })
}

impl CachedMembers {
    pub fn fresh(&self) -> bool {
        fresh(self.seen_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lockctl_api::secret::Secret;

    fn device(i: usize) -> Device {
        Device {
            dev_id: format!("bf{i:014}"),
            name: format!("Lock {i}"),
            category: "ms".into(),
            category_code: "wf_ms".into(),
            product_id: String::new(),
            online: true,
            home: None,
            local_key: Secret::new("0123456789abcdef"),
            time_zone: "UTC".into(),
            fixed_kind: None,
            pin_len: None,
            battery: None,
            last_activity: None,
            dp_codes: None,
        }
    }

    #[test]
    fn a_list_longer_than_the_cache_is_kept_in_part_and_marked_stale() {
        let dir = tempfile::tempdir().unwrap();
        let few: Vec<Device> = (0..3).map(device).collect();
        store_list(dir.path(), "p", &few).unwrap();
        let c = profile(dir.path(), "p");
        assert_eq!(c.devices.len(), 3);
        assert!(c.list_fresh());

        let many: Vec<Device> = (0..MAX_CACHED_DEVICES + 1).map(device).collect();
        store_list(dir.path(), "p", &many).unwrap();
        let c = profile(dir.path(), "p");
        assert_eq!(c.devices.len(), MAX_CACHED_DEVICES);
        assert!(
            !c.list_fresh(),
            "a partial list must send name lookups to the cloud"
        );
    }
}

//! The action catalogue: every (verb, lock kind) -> (action, version) pair lockctl sends, as data in
//! one place. Verbs look themselves up here; `api list` prints it.
//!
//! Tuya documents two lock APIs: the Wi-Fi lock API (column `Wifi`) and the Bluetooth lock API
//! (column `Ble`, also used by Zigbee locks). `Any` entries are account and home calls that
//! do not depend on the lock.

use crate::kind::{Column, Kind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    Any,
    Only(Column),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The lockctl verb, as typed: `member list`, `opmode hijack set`.
    pub verb: &'static str,
    pub applies: Applies,
    pub action: &'static str,
    pub version: &'static str,
    /// Reads may be retried after a rate-limit answer; writes never are.
    pub read: bool,
}

const fn e(
    verb: &'static str,
    col: Column,
    action: &'static str,
    version: &'static str,
    read: bool,
) -> Entry {
    Entry {
        verb,
        applies: Applies::Only(col),
        action,
        version,
        read,
    }
}

const fn any(verb: &'static str, action: &'static str, version: &'static str, read: bool) -> Entry {
    Entry {
        verb,
        applies: Applies::Any,
        action,
        version,
        read,
    }
}

use Column::{Ble as B, Wifi as W};

/// Account and home calls, the same for every lock.
#[rustfmt::skip]
pub const ACCOUNT: &[Entry] = &[
    any("login (email token)", "tuya.m.user.email.token.create", "1.0", false),
    any("login (phone token)", "tuya.m.user.mobile.token.create", "1.0", false),
    any("login (email)", "tuya.m.user.email.password.login", "1.0", false),
    any("login (phone)", "tuya.m.user.mobile.password.login", "1.0", false),
    any("device list (homes)", "tuya.m.location.list", "1.0", true),
    any("device list", "tuya.m.my.group.device.list", "1.0", true),
    any("device show", "tuya.m.device.get", "1.0", true),
    any("device schema", "tuya.m.device.ref.info.my.list", "1.0", true),
];

/// The lock actions of the two lock APIs: 30 Wi-Fi and 38 Bluetooth pairs (the Wi-Fi column also
/// has `dynapwd.get`, which the Wi-Fi API document leaves out; see docs/decisions.md).
#[rustfmt::skip]
pub const LOCK: &[Entry] = &[
    // member
    e("member list", W, "tuya.m.device.member.list", "2.0", true),
    e("member list", B, "tuya.m.device.member.list", "4.0", true),
    e("member list --panel", W, "tuya.m.device.member.panel.list", "2.0", true),
    e("member list --panel", B, "tuya.m.device.member.panel.list", "5.0", true),
    e("member count", W, "tuya.m.device.member.count", "1.0", true),
    e("member me", B, "tuya.m.device.member.get", "2.0", true),
    e("member show", W, "tuya.m.device.member.detail", "1.0", true),
    e("member show", B, "tuya.m.device.member.detail", "4.0", true),
    e("member add", W, "m.smart.scale.history.user.add", "1.0", false),
    e("member add", B, "tuya.m.device.member.add", "3.0", false),
    e("member update", B, "tuya.m.device.member.update", "3.0", false),
    e("member remove", W, "m.smart.scale.history.user.delete", "1.0", false),
    e("member remove", B, "tuya.m.device.member.remove", "1.0", false),
    e("member upgrade", B, "tuya.m.device.member.upgrade", "1.0", false),
    e("member lock-id", B, "tuya.m.device.member.lockid", "1.0", true),
    e("member share", B, "tuya.m.device.member.share.add", "1.0", false),
    e("member unshare", B, "tuya.m.device.member.share.remove", "1.0", false),
    e("member freeze", B, "tuya.m.device.member.opmode.phase", "1.0", false),
    // opmode
    e("opmode list", B, "tuya.m.device.member.opmode.list", "1.0", true),
    e("opmode show", B, "tuya.m.device.member.opmode.get", "2.0", true),
    e("opmode count", B, "tuya.m.device.member.opmode.preview", "1.0", true),
    e("opmode add", W, "tuya.m.device.member.opmode.add", "2.0", false),
    e("opmode add", B, "tuya.m.device.member.opmode.add", "1.0", false),
    e("opmode rename", W, "tuya.m.device.member.opmode.update", "1.0", false),
    e("opmode rename", B, "tuya.m.device.member.opmode.update", "1.0", false),
    e("opmode remove", W, "m.smart.scale.user.unlock.remove", "1.0", false),
    e("opmode remove", B, "tuya.m.device.member.opmode.remove", "1.0", false),
    e("opmode unassigned", W, "tuya.m.device.unlock.assignlist", "1.0", true),
    e("opmode pending", W, "tuya.m.device.unlock.waitassign", "1.0", true),
    e("opmode assign", W, "tuya.m.device.user.unlock.allocate", "1.0", false),
    e("opmode bind-records", W, "tuya.m.device.user.unlock.bind", "1.0", false),
    e("opmode hijack set", W, "tuya.m.scale.hijacking.add.config", "1.0", false),
    e("opmode hijack unset", W, "tuya.m.scale.hijacking.remove.config", "1.0", false),
    // temppwd
    e("temppwd list", W, "tuya.m.device.lock.temppwd.list", "2.0", true),
    e("temppwd list", B, "tuya.m.device.lock.temppwd.list", "3.0", true),
    e("temppwd create", W, "tuya.m.device.lock.temppwd.create", "4.0", false),
    e("temppwd create", B, "tuya.m.device.lock.temppwd.create", "5.0", false),
    e("temppwd validate", B, "tuya.m.device.lock.temppwd.validate", "1.0", true),
    e("temppwd update", B, "tuya.m.device.lock.temppwd.update", "1.0", false),
    e("temppwd rename", W, "tuya.m.device.lock.temppwd.name.update", "2.0", false),
    e("temppwd remove", W, "tuya.m.device.lock.temppwd.del", "2.0", false),
    e("temppwd remove", B, "tuya.m.device.lock.temppwd.remove", "1.0", false),
    e("temppwd dynamic", W, "tuya.m.device.lock.dynapwd.get", "1.0", true),
    e("temppwd dynamic", B, "tuya.m.device.lock.dynapwd.get", "1.0", true),
    // offlinepwd
    e("offlinepwd available", W, "tuya.m.device.lock.offlinepwd.available", "1.0", true),
    e("offlinepwd available", B, "tuya.m.device.lock.offlinepwd.available", "1.0", true),
    e("offlinepwd create", W, "tuya.m.device.lock.offlinepwd.get", "1.0", false),
    e("offlinepwd create", B, "tuya.m.device.lock.offlinepwd.get", "1.0", false),
    e("offlinepwd list", W, "tuya.m.device.lock.offlinepwd.list", "1.0", true),
    e("offlinepwd list", B, "tuya.m.device.lock.offlinepwd.list", "1.0", true),
    e("offlinepwd rename", W, "tuya.m.device.lock.offlinepwd.bind", "1.0", false),
    e("offlinepwd rename", B, "tuya.m.device.lock.offlinepwd.name.update", "1.0", false),
    e("offlinepwd revoke", W, "tuya.m.device.lock.offlinepwd.revoke", "1.0", false),
    e("offlinepwd revoke", B, "tuya.m.device.lock.offlinepwd.revoke", "1.0", false),
    e("offlinepwd revocable", W, "tuya.m.device.lock.offlinepwd.revocable", "1.0", true),
    e("offlinepwd revocable", B, "tuya.m.device.lock.offlinepwd.revocable", "1.0", true),
    // records
    e("history list", W, "tuya.m.scale.history.list", "2.0", true),
    e("history list", B, "tuya.m.device.lock.history.list", "2.0", true),
    e("alarm list", W, "tuya.m.device.lock.alarm.list", "1.0", true),
    e("alarm list", B, "tuya.m.device.lock.alarm.list", "1.0", true),
    e("alarm unread", W, "tuya.m.device.lock.alarm.unread", "1.0", true),
    // voice, remote
    e("voice status", B, "tuya.m.device.lock.voice.pwd.flag", "1.0", true),
    e("voice enable", B, "tuya.m.device.lock.voice.pwd.setting", "1.0", false),
    e("remote status", B, "tuya.m.device.props.fetch", "2.0", true),
    e("remote unlock", B, "tuya.m.zigbee.lock.remotepwd.execute", "1.0", false),
    // device
    e("device active-date", B, "tuya.m.device.active.date", "1.0", true),
    e("device active-period", W, "tuya.m.device.lock.active.period", "1.0", true),
    e("device sync", B, "tuya.m.device.opmode.sync.rise", "2.0", true),
];

/// Verbs that share another verb's entry (same action, different arguments).
const ALIASES: &[(&str, &str)] = &[
    ("member unfreeze", "member freeze"),
    ("voice disable", "voice enable"),
    ("remote lock", "remote unlock"),
    ("temppwd rename", "temppwd update"),
];

/// Why a verb cannot be sent to a lock of some kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotForKind {
    pub verb: String,
    pub kind: Kind,
    /// Verbs of the same group this lock does offer.
    pub offered: Vec<&'static str>,
}

impl std::fmt::Display for NotForKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`{}` does not exist for {} locks",
            self.verb,
            self.kind.label()
        )?;
        Ok(())
    }
}

/// The entry for a verb on a lock of `kind`.
pub fn lookup(verb: &str, kind: Kind) -> Result<&'static Entry, NotForKind> {
    let col = kind.column();
    let find = |v: &str| {
        LOCK.iter()
            .find(|e| e.verb == v && e.applies == Applies::Only(col))
    };
    if let Some(e) = find(verb) {
        return Ok(e);
    }
    if let Some((_, target)) = ALIASES.iter().find(|(a, _)| *a == verb) {
        if let Some(e) = find(target) {
            // `temppwd rename` on Bluetooth goes through `temppwd.update`; the others share actions.
            return Ok(e);
        }
    }
    let group = verb.split(' ').next().unwrap_or(verb);
    let mut offered: Vec<&'static str> = LOCK
        .iter()
        .filter(|e| e.applies == Applies::Only(col) && e.verb.split(' ').next() == Some(group))
        .map(|e| e.verb)
        .collect();
    offered.dedup();
    Err(NotForKind {
        verb: verb.to_string(),
        kind,
        offered,
    })
}

/// The catalogue for `api list`: account calls, then the lock calls of `kind` (or all).
pub fn entries(kind: Option<Kind>) -> Vec<&'static Entry> {
    let mut out: Vec<&'static Entry> = ACCOUNT.iter().collect();
    out.extend(LOCK.iter().filter(|e| match (kind, e.applies) {
        (None, _) => true,
        (Some(k), Applies::Only(c)) => k.column() == c,
        (Some(_), Applies::Any) => true,
    }));
    out
}

/// Find an action in the catalogue; `None` when lockctl does not know it.
pub fn find_action(action: &str, version: Option<&str>) -> Vec<&'static Entry> {
    ACCOUNT
        .iter()
        .chain(LOCK.iter())
        .filter(|e| e.action == action && version.is_none_or(|v| v == e.version))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_match_the_two_lock_apis() {
        let wifi = LOCK
            .iter()
            .filter(|e| e.applies == Applies::Only(W))
            .count();
        let ble = LOCK
            .iter()
            .filter(|e| e.applies == Applies::Only(B))
            .count();
        assert_eq!(wifi, 30);
        assert_eq!(ble, 38);
    }

    #[test]
    fn zigbee_uses_the_bluetooth_column() {
        assert_eq!(lookup("member list", Kind::Zigbee).unwrap().version, "4.0");
        assert_eq!(lookup("member list", Kind::Wifi).unwrap().version, "2.0");
    }

    #[test]
    fn missing_verbs_name_what_the_lock_offers() {
        let err = lookup("member upgrade", Kind::Wifi).unwrap_err();
        assert!(err.offered.contains(&"member list"));
        assert!(lookup("remote unlock", Kind::Wifi).is_err());
        assert_eq!(
            lookup("remote lock", Kind::Zigbee).unwrap().action,
            "tuya.m.zigbee.lock.remotepwd.execute"
        );
    }

    #[test]
    fn no_duplicate_pairs() {
        for (i, a) in LOCK.iter().enumerate() {
            for b in &LOCK[i + 1..] {
                assert!(
                    !(a.applies == b.applies && a.action == b.action && a.version == b.version),
                    "{a:?}"
                );
            }
        }
    }
}

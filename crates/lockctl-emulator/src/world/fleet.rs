//! The fleet: a home named "Fleet" in the demo account with N more locks, for trying lockctl
//! on many locks at once (`serve --fleet N`).
//!
//! Lock `n` (1-based) is deterministic:
//! - kind: Wi-Fi when `n % 3 == 1`, Bluetooth when `n % 3 == 2`, Zigbee when `n % 3 == 0`;
//! - device id: `bf00fl` + the kind left-padded with `0` to 6 characters + `n` in 8 digits:
//!   `bf00fl00wifi00000001`, `bf00fl000ble00000002`, `bf00flzigbee00000003`, ...;
//! - name: `Fleet 0001`, `Fleet 0002`, ... (4 digits);
//! - time zone: `America/New_York` when `n % 7 == 0`, else `Europe/Berlin` (so that times read
//!   "in each lock's zone" differ between locks of one run);
//! - contents: the demo owner as administrator (member `1000`), nothing else: no history, no
//!   passwords, no unlock methods. Lean, so that thousands of locks start fast and stay small.

use super::seed::{bare_lock, demo, member};
use super::{ids, Home, Lock, World};

/// The fleet home's id.
pub const FLEET_HOME: i64 = 10_000_003;
/// The fleet home's name.
pub const FLEET_HOME_NAME: &str = "Fleet";
/// The most locks a fleet may have (names have 4 digits).
pub const MAX_FLEET: usize = 9_999;

/// The kind of fleet lock `n`: `wifi`, `ble` or `zigbee`.
pub fn fleet_kind(n: usize) -> &'static str {
    match n % 3 {
        1 => "wifi",
        2 => "ble",
        _ => "zigbee",
    }
}

/// The device id of fleet lock `n`.
pub fn fleet_dev_id(n: usize) -> String {
    format!("bf00fl{:0>6}{n:08}", fleet_kind(n))
}

/// The name of fleet lock `n`.
pub fn fleet_name(n: usize) -> String {
    format!("Fleet {n:04}")
}

fn fleet_lock(n: usize, epoch: i64) -> Lock {
    let (category, code) = match fleet_kind(n) {
        "wifi" => ("ms", "wf_ms"),
        "ble" => ("jtmspro", "ble_ms"),
        _ => ("jtmspro", "zig_ms"),
    };
    // A template for the fields every lock shares; identity is set below.
    let template = demo("", "", "", (category, code), (FLEET_HOME, ids::DEMO_UID), 0);
    let mut l = bare_lock(&template, epoch);
    let dev_id = fleet_dev_id(n);
    l.product_id = format!("p{}", &dev_id[dev_id.len() - 8..]);
    l.uuid = format!("uuid{}", &dev_id[4..]);
    l.dev_id = dev_id;
    l.name = fleet_name(n);
    // 16 ASCII characters: the key that encrypts PINs for this lock.
    l.local_key = format!("flk{n:05}{:08x}", (n as u32).wrapping_mul(2_654_435_761));
    if n.is_multiple_of(7) {
        l.time_zone = "America/New_York".into();
    }
    l.members = vec![member(
        "1000",
        1,
        "Demo Owner",
        10,
        Some(ids::DEMO_UID),
        ids::DEMO_EMAIL,
    )];
    l
}

impl World {
    /// Add the fleet home with `count` locks (at most [`MAX_FLEET`]); nothing when 0. Dated at
    /// `epoch` like the demo locks.
    pub fn add_fleet(&mut self, count: usize, epoch: i64) {
        if count == 0 {
            return;
        }
        self.homes.push(Home {
            gid: FLEET_HOME,
            name: FLEET_HOME_NAME.into(),
            owner: ids::DEMO_UID.into(),
        });
        self.locks.reserve(count.min(MAX_FLEET));
        for n in 1..=count.min(MAX_FLEET) {
            self.locks.push(fleet_lock(n, epoch));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fleet_ids_names_and_kinds_are_deterministic() {
        let mut w = super::super::seed();
        w.add_fleet(7, ids::SEED_EPOCH);
        let fleet: Vec<&Lock> = w.locks.iter().filter(|l| l.gid == FLEET_HOME).collect();
        assert_eq!(fleet.len(), 7);
        assert_eq!(fleet[0].dev_id, "bf00fl00wifi00000001");
        assert_eq!(fleet[1].dev_id, "bf00fl000ble00000002");
        assert_eq!(fleet[2].dev_id, "bf00flzigbee00000003");
        assert_eq!(fleet[0].name, "Fleet 0001");
        let radios: Vec<&str> = fleet.iter().map(|l| l.radio()).collect();
        assert_eq!(
            radios,
            ["wifi", "ble", "zigbee", "wifi", "ble", "zigbee", "wifi"]
        );
        assert_eq!(fleet[6].time_zone, "America/New_York");
        for l in &fleet {
            assert_eq!(l.dev_id.len(), 20);
            assert_eq!(l.local_key.len(), 16);
            assert!(l.visible_to(ids::DEMO_UID) && !l.visible_to(ids::OTHER_UID));
        }
        let home = w.homes.iter().find(|h| h.gid == FLEET_HOME).unwrap();
        assert_eq!(home.name, "Fleet");
    }

    #[test]
    fn no_fleet_adds_nothing() {
        let mut w = super::super::seed();
        let (homes, locks) = (w.homes.len(), w.locks.len());
        w.add_fleet(0, ids::SEED_EPOCH);
        assert_eq!((w.homes.len(), w.locks.len()), (homes, locks));
    }
}

//! The emulator's fleet as lockctl meets it: the "Fleet" home of mixed kinds, locks offline,
//! writes that wait for their lock and reach it after the delivery delay on the emulator's
//! clock, and locks that refuse.

mod common;

use common::{Emu, User};
use lockctl_emulator::server::Tuning;
use lockctl_emulator::world::delivery::Refusal;
use serde_json::Value;

const F1_WIFI: &str = "bf00fl00wifi00000001";
const F2_BLE: &str = "bf00fl000ble00000002";
const F3_ZIGBEE: &str = "bf00flzigbee00000003";

fn fleet(n: usize, delivery_delay: i64) -> Emu {
    Emu::with(lockctl_emulator::Config {
        tuning: Tuning {
            fleet: n,
            delivery_delay,
            ..Tuning::default()
        },
        ..Default::default()
    })
}

fn set_online(emu: &Emu, dev: &str, online: bool) {
    emu.with_inner(|s| {
        let now = s.now();
        s.world.set_online(dev, online, now).unwrap();
    });
}

/// Move the emulator's lock clock on (what `POST /_emulator/clock {"advance"}` does).
fn advance(emu: &Emu, secs: i64) {
    emu.with_inner(|s| s.clock_offset += secs);
}

fn temppwd_list(u: &User, dev: &str) -> Vec<Value> {
    let v = u.run(&["temppwd", "list", "-d", dev, "--json"]).ok().json();
    v.as_array().unwrap().clone()
}

fn named<'a>(list: &'a [Value], name: &str) -> &'a Value {
    list.iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("no {name} in {list:?}"))
}

fn create(u: &User, dev: &str, name: &str) {
    create_run(u, dev, name).ok();
}

fn create_run(u: &User, dev: &str, name: &str) -> common::Run {
    u.run(&[
        "temppwd",
        "create",
        "-d",
        dev,
        "--name",
        name,
        "--from",
        "now",
        "--to",
        "+1d",
        "--generate",
    ])
}

#[test]
fn the_fleet_home_lists_mixed_kinds_and_offline_locks() {
    let emu = fleet(9, 0);
    set_online(&emu, "bf00fl000ble00000005", false);
    let u = User::ready(&emu);
    let all = u.run(&["device", "list", "--json"]).ok().json();
    let fleet: Vec<&Value> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["home"]["name"] == "Fleet")
        .collect();
    assert_eq!(fleet.len(), 9);
    let kinds: Vec<&str> = fleet.iter().map(|d| d["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["wifi", "ble", "zigbee"].repeat(3));
    let names: Vec<&str> = fleet.iter().map(|d| d["name"].as_str().unwrap()).collect();
    assert_eq!(names[0], "Fleet 0001");
    assert_eq!(names[8], "Fleet 0009");
    let offline: Vec<&str> = fleet
        .iter()
        .filter(|d| d["online"] == false)
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(offline, ["bf00fl000ble00000005"]);
    assert_eq!(fleet[6]["timeZone"], "America/New_York");
    assert_eq!(fleet[0]["timeZone"], "Europe/Berlin");
    // The demo locks are still there.
    assert!(all
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["name"] == "Front Door"));
}

#[test]
fn a_password_for_an_offline_lock_waits_for_it_then_the_delay() {
    let emu = fleet(3, 30);
    let u = User::ready(&emu);
    set_online(&emu, F3_ZIGBEE, false);
    create(&u, F3_ZIGBEE, "Guest");
    let delivery = |u: &User| named(&temppwd_list(u, F3_ZIGBEE), "Guest")["delivery"].clone();
    assert_eq!(delivery(&u), "pending");
    // Time alone does not deliver to an offline lock.
    advance(&emu, 3600);
    assert_eq!(delivery(&u), "pending");
    set_online(&emu, F3_ZIGBEE, true);
    advance(&emu, 29);
    assert_eq!(delivery(&u), "pending");
    advance(&emu, 1);
    assert_eq!(delivery(&u), "delivered");
    // A removal waits too: the password stays listed, being deleted.
    set_online(&emu, F3_ZIGBEE, false);
    let id = named(&temppwd_list(&u, F3_ZIGBEE), "Guest")["id"]
        .as_str()
        .unwrap()
        .to_string();
    u.run(&["temppwd", "remove", "-d", F3_ZIGBEE, "--id", &id, "--yes"])
        .ok();
    assert_eq!(
        named(&temppwd_list(&u, F3_ZIGBEE), "Guest")["delivery"],
        "deleting"
    );
    set_online(&emu, F3_ZIGBEE, true);
    advance(&emu, 30);
    assert!(temppwd_list(&u, F3_ZIGBEE)
        .iter()
        .all(|p| p["name"] != "Guest"));
}

#[test]
fn without_delay_an_online_lock_has_the_password_at_once() {
    let emu = fleet(3, 0);
    let u = User::ready(&emu);
    create(&u, F1_WIFI, "Guest");
    assert_eq!(
        named(&temppwd_list(&u, F1_WIFI), "Guest")["delivery"],
        "delivered"
    );
}

/// The wire's temporary-password list of a lock.
fn wire_list(u: &User, dev: &str) -> Vec<Value> {
    let v = u
        .run(&["api", "call", "tuya.m.device.lock.temppwd.list", "-d", dev])
        .ok()
        .json();
    v.as_array().unwrap().clone()
}

#[test]
fn a_full_lock_refuses_the_password() {
    let emu = fleet(3, 0);
    let u = User::ready(&emu);
    create(&u, F1_WIFI, "First");
    let full = Refusal {
        temp_password_slots: Some(1),
        ..Refusal::default()
    };
    emu.with_inner(|s| s.world.set_refusal(F1_WIFI, full).unwrap());
    // The create lands; the lock's refusal is reported as an error (exit 1).
    create_run(&u, F1_WIFI, "Second").fails(1);
    let list = wire_list(&u, F1_WIFI);
    let first = named(&list, "First");
    assert_eq!(first["effective"], 3);
    assert!(first.get("deliveryStatus").is_none(), "{first}");
    let second = named(&list, "Second");
    assert_eq!(
        (&second["effective"], &second["deliveryStatus"]),
        (&2.into(), &5.into())
    );
    // A lock that refuses everything: status 3.
    let all = Refusal {
        all: true,
        ..Refusal::default()
    };
    emu.with_inner(|s| s.world.set_refusal(F1_WIFI, all).unwrap());
    create_run(&u, F1_WIFI, "Third").fails(1);
    assert_eq!(named(&wire_list(&u, F1_WIFI), "Third")["deliveryStatus"], 3);
}

#[test]
fn members_and_methods_wait_for_a_bluetooth_lock() {
    let emu = fleet(3, 0);
    let u = User::ready(&emu);
    set_online(&emu, F2_BLE, false);
    u.run(&[
        "member",
        "add",
        "-d",
        F2_BLE,
        "--name",
        "Guest",
        "--permanent",
    ])
    .ok();
    let lock_user_id = |u: &User| {
        let v = u
            .run(&[
                "api",
                "call",
                "tuya.m.device.member.panel.list",
                "-d",
                F2_BLE,
            ])
            .ok()
            .json();
        let guest = v
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["nickName"] == "Guest");
        guest.expect("the new member is listed")["lockUserId"].clone()
    };
    assert_eq!(lock_user_id(&u), 0);
    set_online(&emu, F2_BLE, true);
    assert_eq!(lock_user_id(&u), 2);
}

#[test]
fn remote_unlock_of_an_offline_fleet_lock_fails() {
    let emu = fleet(3, 0);
    let u = User::ready(&emu);
    set_online(&emu, F2_BLE, false);
    let r = u
        .run(&["remote", "unlock", "-d", "Fleet 0002", "--yes"])
        .fails(1);
    assert!(r.stderr.contains("DEVICE_OFFLINE"), "{}", r.stderr);
    assert!(emu
        .journal()
        .iter()
        .any(|(a, o)| a.contains("remote") && o == "DEVICE_OFFLINE"));
}

#[test]
fn one_lock_made_to_fail_fails_alone() {
    let emu = fleet(3, 0);
    let u = User::ready(&emu);
    emu.with_inner(|s| {
        s.lock_faults
            .fail(F1_WIFI, "SYSTEM_ERROR", None, None)
            .unwrap()
    });
    let r = u.run(&["temppwd", "list", "-d", F1_WIFI]).fails(1);
    assert!(r.stderr.contains("SYSTEM_ERROR"), "{}", r.stderr);
    u.run(&["temppwd", "list", "-d", F2_BLE]).ok();
}

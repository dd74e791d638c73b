//! The OpenAPI backend reads what the mobile backend reads: distinct alarms of one second stay
//! distinct, member windows are read, and a used one-time password is used. Black-box against
//! the emulator, each compared with the mobile backend.

mod common;

use common::flavour::Flavour;
use common::watching::now;
use common::{Emu, ZIGBEE};
use serde_json::Value;

fn wrong_pins(u: &common::User, dev: &str) -> usize {
    let j: Value =
        serde_json::from_str(&u.run(&["alarm", "list", "-d", dev, "--json"]).ok().stdout).unwrap();
    let list = j
        .as_array()
        .cloned()
        .or_else(|| j["alarms"].as_array().cloned())
        .unwrap();
    list.iter()
        .filter(|a| a["type"] == "wrong-password")
        .count()
}

#[test]
fn wrong_codes_typed_in_one_second_are_each_an_alarm() {
    let emu = Emu::start();
    let mobile = Flavour::Md5.warm(&emu);
    let oa = Flavour::OpenApi.warm(&emu);
    let before = (wrong_pins(&mobile, ZIGBEE), wrong_pins(&oa, ZIGBEE));
    let t = now(&emu);
    for _ in 0..5 {
        emu.with_inner(|s| lockctl_emulator::keypad::enter(&mut s.world, ZIGBEE, "0000000", t))
            .unwrap();
    }
    let m = wrong_pins(&mobile, ZIGBEE);
    assert_eq!(m, before.0 + 5);
    let r = oa.run(&["alarm", "list", "-d", ZIGBEE, "--json"]).ok();
    assert!(!r.stderr.contains("twice"), "{}", r.stderr);
    assert_eq!(wrong_pins(&oa, ZIGBEE), before.1 + 5);
    // The ids are distinct and the same on a second read, page by page.
    let ids = |size: &str| -> Vec<String> {
        let r = oa
            .run(&[
                "alarm",
                "list",
                "-d",
                ZIGBEE,
                "--all",
                "--page-size",
                size,
                "--json",
            ])
            .ok();
        assert!(!r.stderr.contains("twice"), "{}", r.stderr);
        let j: Value = serde_json::from_str(&r.stdout).unwrap();
        let list = j
            .as_array()
            .cloned()
            .or_else(|| j["alarms"].as_array().cloned())
            .unwrap();
        list.iter()
            .map(|a| a["id"].as_str().unwrap().to_string())
            .collect()
    };
    let whole = ids("100");
    let set: std::collections::HashSet<&String> = whole.iter().collect();
    assert_eq!(set.len(), whole.len(), "{whole:?}");
    assert_eq!(ids("2"), whole);
}

/// A member's access with its times as instants: the backends may name the lock's zone
/// differently (a zone or its offset), the moments are what must agree.
fn instants(access: &Value) -> Value {
    let mut a = access.clone();
    for k in ["from", "to"] {
        if let Some(t) = a[k].as_str() {
            let secs = t.parse::<jiff::Timestamp>().map(|t| t.as_second());
            a[k] = serde_json::json!(secs.unwrap_or_else(|e| panic!("{t}: {e}")));
        }
    }
    a
}

fn windows(u: &common::User, dev: &str) -> Vec<(String, Value, Value)> {
    let j: Value =
        serde_json::from_str(&u.run(&["member", "list", "-d", dev, "--json"]).ok().stdout).unwrap();
    let list = j
        .as_array()
        .cloned()
        .or_else(|| j["members"].as_array().cloned())
        .unwrap();
    let mut out: Vec<(String, Value, Value)> = list
        .iter()
        .filter(|m| m["name"] == "Summer tenant" || m["name"] == "Former tenant")
        .map(|m| {
            (
                m["name"].as_str().unwrap().to_string(),
                m["validity"].clone(),
                instants(&m["access"]),
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Member windows (`time_schedule_info` on the OpenAPI) read as on the gateway: the demo's
/// upcoming and expired tenants have the same validity and window on both, and `status` says
/// the expired one is still held on both.
#[test]
fn member_windows_read_as_on_mobile() {
    // The demo world dated at the clock: it holds an upcoming and an expired tenant.
    let emu = Emu::start_dated();
    let mobile = Flavour::Md5.warm(&emu);
    let oa = Flavour::OpenApi.warm(&emu);
    // The Zigbee lock: its lock users carry `time_schedule_info`. (A Bluetooth lock is read from
    // the device members on the OpenAPI, which carry no window.)
    let dev = ZIGBEE;
    let m = windows(&mobile, dev);
    assert_eq!(m.len(), 2, "{dev}: the demo's tenants: {m:?}");
    assert_eq!(windows(&oa, dev), m, "{dev}");
    let held = |u: &common::User| {
        let r = u.run(&["status", "-d", dev, "--json"]);
        r.stdout.contains("Former tenant")
    };
    assert!(
        held(&mobile),
        "{dev}: mobile status names the expired tenant"
    );
    assert!(held(&oa), "{dev}: OpenAPI status names the expired tenant");
}

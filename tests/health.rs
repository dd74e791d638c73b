//! Lock health on both backends: the battery read through each product's schema (DP ids differ
//! by kind), null when a lock reports none or its schema is broken, set from the control API;
//! a low battery's one alarm record; the last activity.

mod common;

use std::io::{Read, Write};

use common::flavour::Flavour;
use common::*;
use serde_json::{json, Value};

/// POST to the emulator's control API over plain HTTP/1.1.
fn control(emu: &Emu, path: &str, body: &str) -> (u16, Value) {
    let addr = emu.url.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(
        s,
        "POST /_emulator/{path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    let status = answer[9..12].parse().unwrap();
    let (_, text) = answer.split_once("\r\n\r\n").unwrap();
    (
        status,
        serde_json::from_str(text.trim()).unwrap_or(Value::Null),
    )
}

fn battery_of(list: &Value, dev: &str) -> Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == dev)
        .unwrap_or_else(|| panic!("{dev} not in {list}"))["battery"]
        .clone()
}

#[test]
fn battery_ids_are_mapped_through_each_kinds_schema() {
    let emu = Emu::start();
    // Distinct values, so a DP read at the wrong id shows.
    control(&emu, &format!("locks/{WIFI}/battery"), r#"{"percent": 54}"#);
    control(&emu, &format!("locks/{BLE}/battery"), r#"{"percent": 37}"#);
    control(
        &emu,
        &format!("locks/{ZIGBEE}/battery"),
        r#"{"level": "high"}"#,
    );
    // The ids differ: 11 is the level on Wi-Fi and Zigbee, the doorbell on Bluetooth.
    emu.world(|w| {
        assert_eq!(w.lock(WIFI).unwrap().dps()["11"], json!("medium"));
        assert_eq!(w.lock(WIFI).unwrap().dps()["9"], json!(54));
        assert_eq!(w.lock(BLE).unwrap().dps()["11"], json!(false));
        assert_eq!(w.lock(BLE).unwrap().dps()["8"], json!(37));
        assert_eq!(w.lock(ZIGBEE).unwrap().dps()["9"], json!(false));
    });
    for f in [Flavour::Md5, Flavour::OpenApi] {
        let u = f.user(&emu);
        let list = u.run(&["device", "list", "--json"]).ok().json();
        assert_eq!(
            battery_of(&list, WIFI),
            json!({"percent": 54, "level": "medium"}),
            "{f:?}"
        );
        assert_eq!(
            battery_of(&list, BLE),
            json!({"percent": 37, "level": null}),
            "{f:?}"
        );
        assert_eq!(
            battery_of(&list, ZIGBEE),
            json!({"percent": null, "level": "high"}),
            "{f:?}"
        );
        let r = u.run(&["device", "list"]).ok();
        let head = r.stdout.lines().next().unwrap();
        assert!(head.contains("ONLINE\tBATTERY\tHOME"), "{head}");
        assert!(r.stdout.contains("\t54% medium\t"), "{}", r.stdout);
        assert!(r.stdout.contains("\t37%\t"), "{}", r.stdout);
        assert!(r.stdout.contains("\thigh\t"), "{}", r.stdout);
    }
}

#[test]
fn a_lock_that_reports_no_battery_has_battery_null() {
    let emu = Emu::start();
    let (code, _) = control(
        &emu,
        &format!("locks/{BLE}/battery"),
        r#"{"reports": "none"}"#,
    );
    assert_eq!(code, 200);
    for f in [Flavour::Md5, Flavour::OpenApi] {
        let u = f.user(&emu);
        let list = u.run(&["device", "list", "--json"]).ok().json();
        assert_eq!(battery_of(&list, BLE), Value::Null, "{f:?}");
        let show = u.run(&["device", "show", "-d", BLE, "--json"]).ok().json();
        assert_eq!(show["battery"], Value::Null, "{f:?} {show}");
        let r = u.run(&["device", "show", "-d", BLE]).ok();
        assert!(r.stdout.contains("battery\t-\n"), "{}", r.stdout);
    }
}

#[test]
fn the_battery_set_from_the_control_api_is_read_by_list_and_show_on_both_backends() {
    let emu = Emu::start();
    for f in [Flavour::Md5, Flavour::OpenApi] {
        let u = f.warm(&emu);
        let (code, v) = control(&emu, &format!("locks/{BLE}/battery"), r#"{"percent": 14}"#);
        assert_eq!(code, 200, "{v}");
        let list = u.run(&["device", "list", "--json"]).ok().json();
        assert_eq!(battery_of(&list, BLE)["percent"], json!(14), "{f:?}");
        let show = u.run(&["device", "show", "-d", BLE, "--json"]).ok().json();
        assert_eq!(show["battery"]["percent"], json!(14), "{f:?} {show}");
        control(
            &emu,
            &format!("locks/{ZIGBEE}/battery"),
            r#"{"level": "low"}"#,
        );
        let show = u
            .run(&["device", "show", "-d", ZIGBEE, "--json"])
            .ok()
            .json();
        assert_eq!(
            show["battery"],
            json!({"percent": null, "level": "low"}),
            "{f:?}"
        );
        control(&emu, &format!("locks/{BLE}/battery"), r#"{"percent": 90}"#);
        control(
            &emu,
            &format!("locks/{ZIGBEE}/battery"),
            r#"{"level": "high"}"#,
        );
    }
    // Bad bodies are refused with a reason.
    for body in [
        r#"{"percent": 101}"#,
        r#"{"percent": -1}"#,
        r#"{"level": "empty"}"#,
        r#"{"percent": 5, "level": "low"}"#,
        r#"{}"#,
        r#"{"volts": 3}"#,
    ] {
        let (code, v) = control(&emu, &format!("locks/{BLE}/battery"), body);
        assert_eq!(code, 400, "{body}: {v}");
        assert!(v["error"].as_str().is_some_and(|e| !e.is_empty()), "{v}");
    }
    let (code, _) = control(&emu, "locks/nope/battery", r#"{"percent": 5}"#);
    assert_eq!(code, 400);
}

fn low_battery_alarms(u: &User) -> usize {
    let j = u.run(&["alarm", "list", "-d", BLE, "--json"]).ok().json();
    j.as_array()
        .unwrap()
        .iter()
        .filter(|a| a["type"] == "low-battery")
        .count()
}

#[test]
fn a_low_battery_raises_exactly_one_alarm_record() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let before = low_battery_alarms(&u);
    let (_, v) = control(&emu, &format!("locks/{BLE}/battery"), r#"{"percent": 14}"#);
    assert_eq!(v["lowAlarm"], json!(true), "{v}");
    let (_, v) = control(&emu, &format!("locks/{BLE}/battery"), r#"{"percent": 9}"#);
    assert_eq!(v["lowAlarm"], json!(false), "{v}");
    control(
        &emu,
        &format!("locks/{BLE}/battery"),
        r#"{"level": "poweroff"}"#,
    );
    assert_eq!(low_battery_alarms(&u), before + 1);
    // At the lock clock, the newest alarm.
    let j = u.run(&["alarm", "list", "-d", BLE, "--json"]).ok().json();
    assert_eq!(j[0]["type"], "low-battery", "{j}");
    let t = jiff::Timestamp::from_second(emu.now()).unwrap();
    let first: jiff::Timestamp = j[0]["time"]
        .as_str()
        .unwrap()
        .parse::<jiff::Timestamp>()
        .unwrap();
    assert!((t.as_second() - first.as_second()).abs() < 5, "{j}");
    // Above low again, then low: one more.
    control(&emu, &format!("locks/{BLE}/battery"), r#"{"percent": 80}"#);
    control(&emu, &format!("locks/{BLE}/battery"), r#"{"level": "low"}"#);
    assert_eq!(low_battery_alarms(&u), before + 2);
}

#[test]
fn any_alarm_kind_of_the_spec_can_be_raised() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let (code, _) = control(&emu, &format!("locks/{WIFI}/alarm"), r#"{"kind": "pry"}"#);
    assert_eq!(code, 200);
    let j = u.run(&["alarm", "list", "-d", WIFI, "--json"]).ok().json();
    assert_eq!(j[0]["type"], "tamper", "{j}");
    let (code, v) = control(&emu, &format!("locks/{WIFI}/alarm"), r#"{"kind": "fire"}"#);
    assert_eq!(code, 400, "{v}");
    for kind in lockctl_emulator::world::health::ALARM_KINDS {
        let (code, v) = control(
            &emu,
            &format!("locks/{WIFI}/alarm"),
            &format!(r#"{{"kind": "{kind}"}}"#),
        );
        assert_eq!(code, 200, "{kind}: {v}");
    }
    // Every kind reads without failing.
    u.run(&["alarm", "list", "-d", WIFI, "--json"]).ok();
}

#[test]
fn a_hostile_schema_or_dps_gives_battery_null_and_exit_0() {
    let emu = Emu::start();
    emu.with_inner(|s| {
        s.world.lock_mut(WIFI).unwrap().schema_override = Some("not json {".into());
        // Wrong types: ids that are no numbers, codes that are no text, a list of numbers.
        s.world.lock_mut(BLE).unwrap().schema_override = Some(
            r#"[{"id": "x8", "code": "residual_electricity"}, {"id": 8, "code": 5}, 7, null]"#
                .into(),
        );
        s.world.lock_mut(ZIGBEE).unwrap().schema_override = Some(r#"{"id": 11}"#.into());
    });
    let u = User::new();
    u.login_md5(&emu, "t");
    let list = u.run(&["device", "list", "--json"]).ok().json();
    for dev in [WIFI, BLE, ZIGBEE] {
        assert_eq!(battery_of(&list, dev), Value::Null, "{dev}");
    }
    let show = u.run(&["device", "show", "-d", WIFI, "--json"]).ok().json();
    assert_eq!(show["battery"], Value::Null);
    // A schema that names the code but a value of the wrong type or range.
    emu.with_inner(|s| {
        let l = s.world.lock_mut(BLE).unwrap();
        l.schema_override = Some(
            r#"[{"id": 11, "code": "residual_electricity"}, {"id": "8", "code": "battery_state"}]"#
                .into(),
        );
    });
    let list = u.run(&["device", "list", "--json"]).ok().json();
    // DP 11 is the doorbell's `false`, DP 8 the percent 81: neither fits its code.
    assert_eq!(battery_of(&list, BLE), Value::Null, "{list}");
}

#[test]
fn the_schema_is_cached_with_the_device_list() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    control(&emu, &format!("locks/{BLE}/battery"), r#"{"percent": 33}"#);
    emu.clear_journal();
    let show = u.run(&["device", "show", "-d", BLE, "--json"]).ok().json();
    assert_eq!(show["battery"]["percent"], json!(33));
    let sent = emu.sent();
    // device show reads the device and the homes' list (for `home`), whose schema read is its
    // own; the device itself needs no schema request before it.
    let get = sent.iter().position(|a| a == "tuya.m.device.get").unwrap();
    assert!(
        !sent[..get].iter().any(|a| a.contains("ref.info")),
        "{sent:?}"
    );
    // A cold cache: the device's home's schema is read.
    let cold = User::new();
    cold.login_md5(&emu, "t");
    let show = cold
        .run(&["device", "show", "-d", BLE, "--json"])
        .ok()
        .json();
    assert_eq!(show["battery"]["percent"], json!(33));
}

#[test]
fn last_activity_is_the_newest_record() {
    let emu = Emu::start();
    for f in [Flavour::Md5, Flavour::OpenApi] {
        let u = f.warm(&emu);
        let show = u.run(&["device", "show", "-d", WIFI, "--json"]).ok().json();
        assert!(show["lastActivity"].is_string(), "{f:?} {show}");
        // An alarm now is the newest record.
        let (code, _) = control(&emu, &format!("locks/{WIFI}/alarm"), r#"{"kind": "shock"}"#);
        assert_eq!(code, 200);
        let show = u.run(&["device", "show", "-d", WIFI, "--json"]).ok().json();
        let t: jiff::Timestamp = show["lastActivity"].as_str().unwrap().parse().unwrap();
        assert!((t.as_second() - emu.now()).abs() < 5, "{f:?} {show}");
        // The list reads it only when asked.
        let list = u.run(&["device", "list", "--json"]).ok().json();
        assert!(list
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["lastActivity"].is_null()));
        let list = u
            .run(&["device", "list", "--activity", "--json"])
            .ok()
            .json();
        let wifi = list
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == WIFI)
            .unwrap();
        assert_eq!(wifi["lastActivity"], show["lastActivity"], "{f:?}");
        let r = u.run(&["device", "list", "--activity"]).ok();
        assert!(
            r.stdout.lines().next().unwrap().contains("LAST ACTIVITY"),
            "{}",
            r.stdout
        );
        let r = u.run(&["device", "show", "-d", WIFI]).ok();
        assert!(r.stdout.contains("last activity\t"), "{}", r.stdout);
    }
}

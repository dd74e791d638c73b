//! The demo world as a new user meets it: dated around the emulator's clock when it is made,
//! so that it has upcoming, active and expired passwords and members, and recent history.

mod common;

use std::collections::BTreeSet;
use std::io::{Read, Write};

use common::*;
use serde_json::Value;

fn words(v: &Value, field: &str) -> BTreeSet<String> {
    v.as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x[field].as_str().map(str::to_string))
        .collect()
}

fn all_three() -> BTreeSet<String> {
    ["upcoming", "active", "expired"]
        .map(String::from)
        .into_iter()
        .collect()
}

/// Passwords and members of each validity, and history from the last two days.
fn assert_dated(u: &User, profile: &[&str]) {
    let with = |args: &[&str]| -> Vec<String> {
        profile
            .iter()
            .chain(args.iter())
            .map(|s| s.to_string())
            .collect()
    };
    let run = |args: &[&str]| {
        let a = with(args);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        u.run(&a).ok().json()
    };
    for dev in [WIFI, BLE, ZIGBEE] {
        let pw = run(&["temppwd", "list", "-d", dev, "--json"]);
        assert_eq!(words(&pw, "validity"), all_three(), "{dev}: {pw}");
        let newest = run(&["history", "list", "-d", dev, "--limit", "1", "--json"]);
        let t: jiff::Timestamp = newest[0]["time"].as_str().unwrap().parse().unwrap();
        let age = common::clock::now().as_second() - t.as_second();
        assert!((0..2 * 86400).contains(&age), "{dev}: {newest}");
    }
    for dev in [BLE, ZIGBEE] {
        // The dated members are panel members (people known only to the lock).
        let members = run(&["member", "list", "-d", dev, "--panel", "--json"]);
        assert_eq!(words(&members, "validity"), all_three(), "{dev}: {members}");
        let names = run(&[
            "member", "list", "-d", dev, "--panel", "--status", "upcoming", "--json",
        ]);
        assert_eq!(names[0]["name"], "Summer tenant", "{names}");
        let names = run(&[
            "member", "list", "-d", dev, "--panel", "--status", "expired", "--json",
        ]);
        assert_eq!(names[0]["name"], "Former tenant", "{names}");
    }
}

#[test]
fn a_new_emulator_is_dated_at_its_clock() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    assert_dated(&u, &[]);
}

#[test]
fn the_demo_profile_is_dated_and_keeps_its_world() {
    let u = User::new();
    assert_dated(&u, &["--profile", "demo"]);
    // An existing state file keeps its world: a password removed stays removed.
    let list = |u: &User| {
        u.run(&["--profile", "demo", "temppwd", "list", "-d", WIFI, "--json"])
            .ok()
            .json()
    };
    let before = list(&u);
    let id = before[0]["id"].as_str().unwrap().to_string();
    u.run(&[
        "--profile",
        "demo",
        "temppwd",
        "remove",
        "-d",
        WIFI,
        "--id",
        &id,
        "--yes",
    ])
    .ok();
    let after = list(&u);
    assert_eq!(
        after.as_array().unwrap().len() + 1,
        before.as_array().unwrap().len()
    );
}

#[test]
fn reset_dates_the_world_at_the_clock() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    emu.with_inner(|s| s.world = lockctl_emulator::world::seed());
    let (status, _) = control(&emu, "reset", "{}");
    assert_eq!(status, 200);
    assert_dated(&u, &[]);
}

#[test]
fn pinned_tests_see_the_world_of_their_clock() {
    let emu = Emu::start();
    let at = lockctl_emulator::world::ids::SEED_EPOCH + 3600;
    emu.pin_clock(at);
    emu.with_inner(|s| {
        assert_eq!(s.now(), at);
        let l = s.world.lock(WIFI).unwrap();
        assert_eq!(l.temp_passwords[0].effective_time, at - 3600);
        assert_eq!(l.temp_passwords.len(), 3);
    });
}

/// POST to the emulator's control API over plain HTTP/1.1.
fn control(emu: &Emu, op: &str, body: &str) -> (u16, Value) {
    let addr = emu.url.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(
        s,
        "POST /_emulator/{op} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
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

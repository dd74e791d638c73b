//! `lockctl status`: each finding set up on the emulator, the table and JSON, worst first,
//! `--check` / `--fail-on`, and bad input refused before any request.

mod common;

use std::io::{Read, Write};

use common::*;
use serde_json::Value;

/// POST to the emulator's control API over plain HTTP/1.1 (as tests/health.rs does).
fn control(emu: &Emu, path: &str, body: &str) -> u16 {
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
    answer[9..12].parse().unwrap()
}

fn alarm(emu: &Emu, dev: &str, kind: &str, at: i64) {
    let code = control(
        emu,
        &format!("locks/{dev}/alarm"),
        &format!(r#"{{"kind": "{kind}", "at": {at}}}"#),
    );
    assert_eq!(code, 200, "{kind}");
}

/// The status JSON (the pinned world's locks are quiet for 36 days: `--inactive 100d` keeps
/// that out unless a test wants it).
fn status(u: &User, extra: &[&str]) -> Value {
    let mut args = vec!["status", "--json", "--inactive", "100d"];
    args.extend_from_slice(extra);
    u.run(&args).ok().json()
}

fn of<'a>(j: &'a Value, dev: &str) -> &'a Value {
    j.as_array()
        .unwrap()
        .iter()
        .find(|l| l["lock"]["id"] == dev)
        .unwrap_or_else(|| panic!("{dev} not in {j}"))
}

/// The finding `code` of `dev`, if any.
fn finding<'a>(j: &'a Value, dev: &str, code: &str) -> Option<&'a Value> {
    of(j, dev)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == code)
}

fn create(u: &User, dev: &str, name: &str, from: &str, to: &str) -> Run {
    u.run(&[
        "temppwd",
        "create",
        "-d",
        dev,
        "--name",
        name,
        "--generate",
        "--from",
        from,
        "--to",
        to,
    ])
}

#[test]
fn a_quiet_world_is_ok_and_every_lock_is_read_by_default() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let j = status(&u, &[]);
    let ids: Vec<&str> = j
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["lock"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 3, "{j}");
    for dev in [WIFI, BLE, ZIGBEE] {
        assert!(ids.contains(&dev), "{j}");
        assert_eq!(of(&j, dev)["worst"], "ok", "{j}");
        assert_eq!(of(&j, dev)["findings"], serde_json::json!([]), "{j}");
    }
    // The table: one row per lock, a summary on stderr.
    let r = u.run(&["status", "--inactive", "100d"]).ok();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines[0], "LOCK\tWORST\tFINDINGS", "{}", r.stdout);
    assert_eq!(lines.len(), 4, "{}", r.stdout);
    assert!(lines[1].ends_with("\tok\t-"), "{}", r.stdout);
    assert!(
        r.stderr
            .contains("3 locks: 0 critical, 0 warning, 0 info, 3 ok"),
        "{}",
        r.stderr
    );
    assert_eq!(u.run(&["status", "--check"]).ok().code, 0);
}

#[test]
fn offline_is_critical_and_worst_locks_come_first() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.set_online(ZIGBEE, false);
    control(&emu, &format!("locks/{BLE}/battery"), r#"{"percent": 14}"#);
    let j = status(&u, &[]);
    let order: Vec<&str> = j
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["lock"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(order, [ZIGBEE, BLE, WIFI], "{j}");
    let f = finding(&j, ZIGBEE, "offline").expect("offline");
    assert_eq!(f["severity"], "critical");
    assert_eq!(of(&j, ZIGBEE)["worst"], "critical");
    assert_eq!(of(&j, BLE)["worst"], "warning");
    assert_eq!(of(&j, WIFI)["worst"], "ok");
    // The table in the same order.
    let r = u.run(&["status", "--inactive", "100d"]).ok();
    let rows: Vec<&str> = r.stdout.lines().skip(1).collect();
    assert!(
        rows[0].starts_with("Garage\tcritical\toffline"),
        "{}",
        r.stdout
    );
    assert!(
        rows[1].starts_with("Back Door\twarning\tbattery low: 14 %"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_low_battery_says_how_low_and_its_alarm_is_reported() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    control(&emu, &format!("locks/{BLE}/battery"), r#"{"percent": 14}"#);
    let j = status(&u, &["-d", BLE]);
    assert_eq!(j.as_array().unwrap().len(), 1, "{j}");
    let f = finding(&j, BLE, "battery_low").expect("battery_low");
    assert_eq!(f["severity"], "warning");
    assert!(f["message"].as_str().unwrap().contains("14 %"), "{f}");
    let a = finding(&j, BLE, "alarm_low_battery").expect("alarm_low_battery");
    assert_eq!(a["severity"], "warning");
    // Nearly empty is critical.
    control(&emu, &format!("locks/{BLE}/battery"), r#"{"percent": 5}"#);
    let j = status(&u, &["-d", BLE]);
    assert_eq!(
        finding(&j, BLE, "battery_low").unwrap()["severity"],
        "critical"
    );
}

#[test]
fn a_write_the_lock_refused_is_reported_with_the_prune_hint() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.refuse_beyond(BLE, Some(0));
    create(&u, BLE, "Refused", "now", "+2d").fails(1);
    let j = status(&u, &["-d", BLE]);
    let f = finding(&j, BLE, "delivery_refused").expect("delivery_refused");
    assert_eq!(f["severity"], "warning");
    assert!(
        f["message"].as_str().unwrap().contains("\"Refused\""),
        "{f}"
    );
    assert_eq!(f["hint"], format!("lockctl temppwd prune -d {BLE}"));
}

#[test]
fn a_write_waiting_for_an_offline_lock_is_pending() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.set_online(BLE, false);
    let r = create(&u, BLE, "Waiting", "now", "+2d");
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    let j = status(&u, &["-d", BLE]);
    let f = finding(&j, BLE, "delivery_pending").expect("delivery_pending");
    assert_eq!(f["severity"], "info");
    assert!(
        f["message"].as_str().unwrap().contains("\"Waiting\""),
        "{f}"
    );
    // Offline first: the worst finding leads.
    assert_eq!(of(&j, BLE)["findings"][0]["code"], "offline", "{j}");
}

#[test]
fn passwords_ending_within_the_window_are_expiring() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    create(&u, WIFI, "Soon", "now", "+2d").ok();
    let j = status(&u, &["-d", WIFI]);
    let f = finding(&j, WIFI, "expiring").expect("expiring");
    assert_eq!(f["severity"], "info");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .starts_with("1 window ends within 7 days: \"Soon (in "),
        "{f}"
    );
    let j = status(&u, &["-d", WIFI, "--within", "1d"]);
    assert!(finding(&j, WIFI, "expiring").is_none(), "{j}");
    // Two days on, it is over and still held.
    emu.advance(3 * 86_400);
    let j = status(&u, &["-d", WIFI]);
    assert!(finding(&j, WIFI, "expiring").is_none(), "{j}");
    assert!(finding(&j, WIFI, "expired_held").is_some(), "{j}");
}

#[test]
fn expired_passwords_still_held_point_to_prune_and_prune_clears_them() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    create(&u, BLE, "Short", "now", "+1h").ok();
    emu.advance(2 * 3_600);
    let j = status(&u, &["-d", BLE]);
    let f = finding(&j, BLE, "expired_held").expect("expired_held");
    assert_eq!(f["severity"], "warning");
    assert!(f["message"].as_str().unwrap().contains("Short"), "{f}");
    let hint = f["hint"].as_str().unwrap().to_string();
    assert_eq!(hint, format!("lockctl temppwd prune -d {BLE} --yes"));
    let args: Vec<&str> = hint.split(' ').skip(1).collect();
    u.run(&args).ok();
    let j = status(&u, &["-d", BLE]);
    assert!(finding(&j, BLE, "expired_held").is_none(), "{j}");
}

#[test]
fn pry_and_duress_alarms_are_critical_within_since() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let now = emu.now();
    alarm(&emu, WIFI, "pry", now - 3_600);
    let j = status(&u, &[]);
    let f = finding(&j, WIFI, "alarm_pry").expect("alarm_pry");
    assert_eq!(f["severity"], "critical");
    assert_eq!(j[0]["lock"]["id"], WIFI, "{j}");
    // An older alarm is outside the default 24 hours, inside --since 3d.
    alarm(&emu, BLE, "pry", now - 2 * 86_400);
    let j = status(&u, &[]);
    assert!(finding(&j, BLE, "alarm_pry").is_none(), "{j}");
    let j = status(&u, &["--since", "3d"]);
    assert!(finding(&j, BLE, "alarm_pry").is_some(), "{j}");
    // Duress: an opening with a method marked for duress.
    u.run(&["opmode", "hijack", "set", "-d", WIFI, "--unlock-id", "13-1"])
        .ok();
    let at = emu.now();
    emu.with_inner(|s| lockctl_emulator::keypad::use_method(&mut s.world, WIFI, "13-1", at))
        .unwrap();
    let j = status(&u, &["-d", WIFI]);
    let f = finding(&j, WIFI, "alarm_duress").expect("alarm_duress");
    assert_eq!(f["severity"], "critical");
}

#[test]
fn three_wrong_codes_within_ten_minutes_are_a_burst() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let now = emu.now();
    // Two close together, a third an hour later: no burst.
    alarm(&emu, WIFI, "wrong_password", now - 7_200);
    alarm(&emu, WIFI, "wrong_password", now - 7_100);
    alarm(&emu, WIFI, "wrong_finger", now - 3_600);
    let j = status(&u, &["-d", WIFI]);
    assert!(finding(&j, WIFI, "wrong_code_burst").is_none(), "{j}");
    alarm(&emu, WIFI, "wrong_password", now - 3_500);
    alarm(&emu, WIFI, "wrong_card", now - 3_300);
    let j = status(&u, &["-d", WIFI]);
    let f = finding(&j, WIFI, "wrong_code_burst").expect("wrong_code_burst");
    assert_eq!(f["severity"], "warning");
}

#[test]
fn a_lock_quiet_for_longer_than_inactive_is_reported() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let j = u.run(&["status", "-d", WIFI, "--json"]).ok().json();
    let f = finding(&j, WIFI, "inactive").expect("inactive");
    assert_eq!(f["severity"], "info");
    assert!(f["message"].as_str().unwrap().contains("36 days"), "{f}");
    let j = status(&u, &["-d", WIFI]);
    assert!(finding(&j, WIFI, "inactive").is_none(), "{j}");
}

#[test]
fn check_exits_1_when_a_finding_reaches_fail_on() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    control(&emu, &format!("locks/{BLE}/battery"), r#"{"percent": 14}"#);
    // A warning: --check passes at the default `critical`, fails at `warning`.
    u.run(&["status", "--check", "--inactive", "100d"]).ok();
    let r = u
        .run(&[
            "status",
            "--check",
            "--fail-on",
            "warning",
            "--inactive",
            "100d",
        ])
        .fails(1);
    assert!(
        r.stderr
            .contains("1 lock with a finding at or above warning"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    // The table is still printed.
    assert!(r.stdout.contains("Back Door\twarning"), "{}", r.stdout);
    // `info` (inactive) fails --fail-on info.
    u.run(&["status", "--check", "--fail-on", "info"]).fails(1);
    // Critical fails the default; without --check the exit is 0.
    emu.set_online(WIFI, false);
    u.run(&["status", "--check"]).fails(1);
    u.run(&["status"]).ok();
}

#[test]
fn the_json_shape() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.set_online(WIFI, false);
    let j = status(&u, &[]);
    for l in j.as_array().unwrap() {
        let mut keys: Vec<&str> = l.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(keys, ["findings", "lock", "worst"], "{l}");
        assert!(l["lock"]["id"].is_string() && l["lock"]["name"].is_string());
        for f in l["findings"].as_array().unwrap() {
            let mut keys: Vec<&str> = f.as_object().unwrap().keys().map(String::as_str).collect();
            keys.sort();
            assert_eq!(keys, ["code", "hint", "message", "severity"], "{f}");
            assert!(["critical", "warning", "info"].contains(&f["severity"].as_str().unwrap()));
        }
    }
    let r = u.run(&["status", "--json", "lock,worst"]).ok();
    assert!(r.json()[0].get("findings").is_none(), "{}", r.stdout);
}

#[test]
fn bad_lengths_are_refused_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for args in [
        ["--within", "7x"],
        ["--within", "0d"],
        ["--since", "yesterday"],
        ["--since", ""],
        ["--inactive", "99999999w"],
    ] {
        let mut a = vec!["status"];
        a.extend_from_slice(&args);
        let r = u.run(&a).fails(2);
        assert!(r.stderr.contains(&format!("{} `", args[0])), "{}", r.stderr);
        assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    }
    u.run(&["status", "--fail-on", "bad"]).fails(2);
    let r = u.run(&["status", "--raw"]).fails(2);
    assert!(r.stderr.contains("--json"), "{}", r.stderr);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

fn refuse_all(emu: &Emu, dev: &str) {
    emu.with_inner(|s| {
        let r = lockctl_emulator::world::delivery::Refusal {
            all: true,
            temp_password_slots: None,
        };
        s.world.set_refusal(dev, r).unwrap();
    });
}

fn message(f: &Value) -> &str {
    f["message"].as_str().unwrap()
}

#[test]
fn a_waiting_write_says_how_long_it_has_waited_and_turns_warning_after_a_day() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.set_online(BLE, false);
    let r = create(&u, BLE, "Waiting", "now", "+5d");
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    emu.advance(2 * 3_600 + 60);
    let j = status(&u, &["-d", BLE]);
    let f = finding(&j, BLE, "delivery_pending").expect("delivery_pending");
    assert_eq!(f["severity"], "info", "{f}");
    assert_eq!(
        message(f),
        "1 write still waiting for the lock for 2 hours: \"Waiting\"",
        "{f}"
    );
    // The model carries when the write was made; passwords the cloud says nothing about: null.
    let list = u.run(&["temppwd", "list", "-d", BLE, "--json"]).ok().json();
    let made = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Waiting")
        .unwrap();
    let changed: jiff::Timestamp = made["changed"].as_str().unwrap().parse().unwrap();
    assert!(
        (emu.now() - 2 * 3_600 - 60 - changed.as_second()).abs() <= 5,
        "{made}"
    );
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] != "Waiting" && p["changed"].is_null()),
        "{list}"
    );
    // A day on, a lock that still has not taken it is a warning.
    emu.advance(86_400);
    let j = status(&u, &["-d", BLE]);
    let f = finding(&j, BLE, "delivery_pending").expect("delivery_pending");
    assert_eq!(f["severity"], "warning", "{f}");
    assert!(message(f).contains("for 26 hours"), "{f}");
    // Back online, it is delivered: nothing waits.
    emu.set_online(BLE, true);
    let j = status(&u, &["-d", BLE]);
    assert!(finding(&j, BLE, "delivery_pending").is_none(), "{j}");
}

#[test]
fn a_refused_write_says_when_it_was_made_and_how_full_the_lock_is() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.refuse_beyond(BLE, Some(0));
    create(&u, BLE, "Refused", "now", "+9d").fails(1);
    create(&u, BLE, "Refused too", "now", "+9d").fails(1);
    emu.advance(5 * 3_600 + 60);
    let j = status(&u, &["-d", BLE]);
    let f = finding(&j, BLE, "delivery_refused").expect("delivery_refused");
    assert_eq!(f["severity"], "warning", "{f}");
    let m = message(f);
    assert!(
        m.starts_with("the lock refused 2 writes, the oldest made 5 hours ago: "),
        "{f}"
    );
    assert!(
        m.contains("\"Refused\"") && m.contains("\"Refused too\""),
        "{f}"
    );
    assert!(
        m.ends_with("; no free slot: it holds 1 temporary password"),
        "{f}"
    );
    assert_eq!(f["hint"], format!("lockctl temppwd prune -d {BLE}"));
}

#[test]
fn members_and_unlock_methods_waiting_for_the_lock_or_refused_are_reported() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.set_online(BLE, false);
    let r = u.run(&["member", "add", "-d", BLE, "--name", "Nanny", "--permanent"]);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    let r = u.run(&[
        "opmode",
        "add",
        "-d",
        BLE,
        "--user",
        "1001",
        "--unlock-id",
        "12-9",
        "--name",
        "Left thumb",
    ]);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    emu.advance(3 * 3_600);
    let j = status(&u, &["-d", BLE]);
    let f = finding(&j, BLE, "delivery_pending").expect("delivery_pending");
    let m = message(f);
    assert!(
        m.starts_with("2 writes still waiting for the lock, the oldest for 3 hours: "),
        "{f}"
    );
    assert!(m.contains("member \"Nanny\""), "{f}");
    assert!(m.contains("\"Alice\"'s Left thumb"), "{f}");

    // A lock that refuses every change: a refused member, no prune hint (prune is for
    // temporary passwords).
    refuse_all(&emu, ZIGBEE);
    let r = u.run(&[
        "member",
        "add",
        "-d",
        ZIGBEE,
        "--name",
        "Painter",
        "--permanent",
    ]);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    emu.advance(3_600);
    let j = status(&u, &["-d", ZIGBEE]);
    let f = finding(&j, ZIGBEE, "delivery_refused").expect("delivery_refused");
    assert_eq!(f["severity"], "warning", "{f}");
    assert_eq!(
        message(f),
        "the lock refused 1 write, made 60 minutes ago: member \"Painter\"",
        "{f}"
    );
    assert!(f["hint"].is_null(), "{f}");
}

#[test]
fn family_members_windows_are_checked_and_never_the_administrator() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let added = u
        .run(&[
            "member", "add", "-d", BLE, "--name", "Lodger", "--from", "-1d", "--to", "+2d",
            "--json",
        ])
        .ok()
        .json();
    let id = added["id"].as_str().unwrap().to_string();
    u.run(&["member", "upgrade", "-d", BLE, "--user", &id]).ok();
    let j = status(&u, &["-d", BLE]);
    let f = finding(&j, BLE, "expiring").expect("expiring");
    assert!(message(f).contains("\"Lodger (in "), "{f}");
    // Over, and still on the lock: `member prune` leaves family members alone, so the hint
    // removes this one.
    emu.advance(3 * 86_400);
    let j = status(&u, &["-d", BLE]);
    let f = finding(&j, BLE, "expired_held").expect("expired_held");
    assert_eq!(f["severity"], "warning", "{f}");
    assert_eq!(
        message(f),
        "1 family member expired but still held: \"Lodger\"",
        "{f}"
    );
    assert_eq!(
        f["hint"],
        format!("lockctl member remove -d {BLE} --user {id}")
    );
    // The administrator's own window is never a finding.
    let admin = emu.world(|w| {
        w.lock(BLE)
            .unwrap()
            .members
            .iter()
            .find(|m| m.user_type == 10)
            .map(|m| m.nick_name.clone())
            .unwrap()
    });
    assert!(!j.to_string().contains(&format!("\\\"{admin}\\\"")), "{j}");
}

#[test]
fn panel_members_expiring_and_expired_point_to_member_prune() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    u.run(&[
        "member",
        "add",
        "-d",
        ZIGBEE,
        "--name",
        "Window cleaner",
        "--from",
        "-1d",
        "--to",
        "+3d",
    ])
    .ok();
    let j = status(&u, &["-d", ZIGBEE]);
    let f = finding(&j, ZIGBEE, "expiring").expect("expiring");
    assert!(message(f).contains("\"Window cleaner (in "), "{f}");
    emu.advance(4 * 86_400);
    let j = status(&u, &["-d", ZIGBEE]);
    let f = finding(&j, ZIGBEE, "expired_held").expect("expired_held");
    assert_eq!(
        message(f),
        "1 panel member expired but still held: \"Window cleaner\"",
        "{f}"
    );
    assert_eq!(
        f["hint"],
        format!("lockctl member prune --expired -d {ZIGBEE} --yes")
    );
}

#[test]
fn a_lock_that_cannot_be_read_is_unreadable_and_the_others_still_report() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.with_inner(|s| {
        s.lock_faults
            .fail(ZIGBEE, "SYSTEM_ERROR", None, None)
            .unwrap()
    });
    // The report of every lock is printed, and the run fails (conventions: several locks).
    let r = u.run(&["status", "--json", "--inactive", "100d"]).fails(1);
    assert!(
        r.stderr.contains("1 of 3 locks could not be read"),
        "{}",
        r.stderr
    );
    let j = r.json();
    let f = finding(&j, ZIGBEE, "unreadable").expect("unreadable");
    assert_eq!(f["severity"], "critical", "{f}");
    assert!(message(f).starts_with("could not be read: "), "{f}");
    assert_eq!(f["hint"], format!("lockctl device show -d {ZIGBEE}"));
    assert_eq!(j[0]["lock"]["id"], ZIGBEE, "{j}");
    assert_eq!(of(&j, WIFI)["worst"], "ok", "{j}");
    assert_eq!(of(&j, BLE)["worst"], "ok", "{j}");
    u.run(&["status", "--check", "--inactive", "100d"]).fails(1);
}

#[test]
fn no_record_at_all_is_inactive() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.with_inner(|s| {
        let l = s.world.lock_mut(WIFI).unwrap();
        l.history.clear();
        l.alarms.clear();
    });
    let j = status(&u, &["-d", WIFI]);
    let f = finding(&j, WIFI, "inactive").expect("inactive");
    assert_eq!(
        message(f),
        "no activity: the lock has no history or alarm record",
        "{f}"
    );
}

/// The codes `status` can emit, read from its source: every `finding(` call's first argument.
fn codes_in_source() -> Vec<String> {
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands/status.rs"),
    )
    .unwrap();
    let mut codes = vec![];
    for part in src.split("finding(").skip(1) {
        let arg = part.trim_start();
        if let Some(rest) = arg.strip_prefix('"') {
            let code = rest.split('"').next().unwrap().to_string();
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
    }
    codes
}

#[test]
fn every_finding_code_is_tested_here_and_documented() {
    let codes = codes_in_source();
    assert!(codes.len() >= 12, "{codes:?}");
    let tests = std::fs::read_to_string(file!()).unwrap();
    let docs = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json.md"),
    )
    .unwrap();
    for code in &codes {
        assert!(
            tests.contains(&format!(", \"{code}\").expect(")),
            "finding `{code}` has no test in tests/status.rs that expects it"
        );
        assert!(
            docs.contains(&format!("| `{code}` |")),
            "finding `{code}` is not in docs/json.md's table"
        );
    }
}

#[test]
fn hints_name_the_profile_given_so_they_act_on_its_account() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // `t` stays current; `other` is named with --profile or LOCKCTL_PROFILE.
    u.login_md5(&emu, "other");
    u.run(&["profile", "use", "t"]).ok();
    u.run(&["--profile", "other", "device", "list"]).ok();
    alarm(&emu, WIFI, "pry", emu.now() - 3_600);
    emu.with_inner(|s| {
        s.lock_faults
            .fail(ZIGBEE, "SYSTEM_ERROR", None, None)
            .unwrap()
    });
    let args = [
        "--profile",
        "other",
        "status",
        "--json",
        "--inactive",
        "100d",
    ];
    let j = u.run(&args).fails(1).json();
    let pry = finding(&j, WIFI, "alarm_pry").expect("alarm_pry");
    assert!(
        pry["hint"]
            .as_str()
            .unwrap()
            .starts_with(&format!("lockctl --profile other alarm list -d {WIFI} ")),
        "{pry}"
    );
    let f = finding(&j, ZIGBEE, "unreadable").expect("unreadable");
    assert_eq!(
        f["hint"],
        format!("lockctl --profile other device show -d {ZIGBEE}")
    );
    let r = u.run_env(
        &["status", "--json", "--inactive", "100d"],
        &[("LOCKCTL_PROFILE", "other")],
        None,
    );
    let j = r.fails(1).json();
    let f = finding(&j, ZIGBEE, "unreadable").expect("unreadable");
    assert_eq!(
        f["hint"],
        format!("lockctl --profile other device show -d {ZIGBEE}")
    );
    // The current profile, named by nothing: the hints stay bare.
    let j = u
        .run(&["status", "--json", "--inactive", "100d"])
        .fails(1)
        .json();
    let f = finding(&j, ZIGBEE, "unreadable").expect("unreadable");
    assert_eq!(f["hint"], format!("lockctl device show -d {ZIGBEE}"));
}

#[test]
fn a_project_not_allowed_to_read_points_to_doctor_and_fails() {
    let (_emu, u) = common::flavour::project_without_the_lock_service();
    let r = u
        .run(&["--profile", "oa", "status", "--json", "--inactive", "100d"])
        .fails(1);
    let j = r.json();
    let locks = j.as_array().unwrap();
    assert!(!locks.is_empty(), "{j}");
    for l in locks {
        let f = &l["findings"][0];
        assert_eq!(f["code"], "unreadable", "{j}");
        assert!(message(f).contains("28841101"), "{f}");
        assert_eq!(f["hint"], "lockctl --profile oa doctor", "{f}");
    }
}

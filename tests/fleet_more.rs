//! More verbs over several locks: reads of each lock's state, lists of records, and the voice
//! password, with the per-lock JSON array, the table, and every lock checked before any request.

mod common;

use common::several::{declined_at_a_terminal, element};
use common::{Emu, User, BLE, WIFI, ZIGBEE};
use lockctl_emulator::world::fleet::fleet_dev_id;
use serde_json::Value;

/// A run over several locks that one kind cannot take: exit 2 naming the locks of that kind (and
/// no other), nothing sent.
fn refused(emu: &Emu, u: &User, args: &[&str], named: &[&str], not_named: &[&str]) {
    emu.clear_journal();
    let r = u.run(args).fails(2);
    for n in named {
        assert!(r.stderr.contains(n), "{args:?}: {}", r.stderr);
    }
    for n in not_named {
        assert!(
            !r.stderr.contains(&format!("{n} (")),
            "{args:?}: {}",
            r.stderr
        );
    }
    assert!(r.stderr.contains("nothing was sent"), "{}", r.stderr);
    assert!(emu.sent().is_empty(), "{args:?}: {:?}", emu.sent());
}

/// Runs `args` over the locks, with `--json`, and checks the array has one ok element per lock.
fn array(u: &User, args: &[&str], devs: &[&str]) -> Value {
    let sel = devs.join(",");
    let mut all = args.to_vec();
    all.extend(["-d", &sel, "--json"]);
    let arr = u.run(&all).ok().json();
    assert_eq!(arr.as_array().unwrap().len(), devs.len(), "{arr}");
    for d in devs {
        let e = element(&arr, d);
        assert_eq!(e["ok"], true, "{e}");
        let keys: Vec<&String> = e.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["lock", "ok", "result"], "{e}");
        assert!(e["lock"]["name"].is_string(), "{e}");
    }
    arr
}

#[test]
fn bluetooth_reads_run_on_each_bluetooth_and_zigbee_lock() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let arr = array(&u, &["device", "active-date"], &[BLE, ZIGBEE]);
    assert!(
        element(&arr, ZIGBEE)["result"]["activatedAt"].is_string(),
        "{arr}"
    );
    let arr = array(&u, &["device", "sync"], &[BLE, ZIGBEE]);
    assert!(
        element(&arr, BLE)["result"]["checkString"].is_string(),
        "{arr}"
    );
    let arr = array(
        &u,
        &["device", "sync", "--type", "fingerprint"],
        &[BLE, ZIGBEE],
    );
    assert!(element(&arr, ZIGBEE)["result"]["distributed"].is_boolean());
    // For people: one row per lock.
    let r = u
        .run(&["device", "active-date", "-d", &format!("{BLE},{ZIGBEE}")])
        .ok();
    assert_eq!(
        r.stdout.lines().filter(|l| l.contains("activated")).count(),
        2,
        "{}",
        r.stdout
    );
    assert!(r.stderr.contains("2 locks: 2 ok"), "{}", r.stderr);
    // Wi-Fi locks have neither: refused before anything is sent, naming the Wi-Fi lock.
    for verb in [["device", "active-date"], ["device", "sync"]] {
        let mut args = verb.to_vec();
        args.push("--all-locks");
        refused(&emu, &u, &args, &["Front Door"], &["Back Door", "Garage"]);
    }
    // Checked before any request: a bad --type too.
    emu.clear_journal();
    u.run(&["device", "sync", "--all-locks", "--type", "nose"])
        .fails(2);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn wifi_reads_run_on_each_wifi_lock() {
    let emu = Emu::start_fleet(4);
    let u = User::warm(&emu);
    let wifi2 = fleet_dev_id(4);
    let wifis = [WIFI, wifi2.as_str()];
    let arr = array(&u, &["device", "active-period"], &wifis);
    assert!(element(&arr, &wifi2)["result"]["days"].is_number(), "{arr}");
    let arr = array(&u, &["alarm", "unread"], &wifis);
    assert!(element(&arr, WIFI)["result"]["unread"].is_number(), "{arr}");
    let arr = array(&u, &["opmode", "pending"], &wifis);
    assert!(
        element(&arr, WIFI)["result"]["pending"].is_boolean(),
        "{arr}"
    );
    let arr = array(&u, &["opmode", "unassigned"], &wifis);
    assert!(element(&arr, WIFI)["result"].is_array(), "{arr}");
    // --json FIELDS: the run's fields are kept (`ok` always), the model's selected in `result`.
    let r = u
        .run(&[
            "alarm",
            "unread",
            "-d",
            &wifis.join(","),
            "--json",
            "lock,result",
        ])
        .ok();
    for e in r.json().as_array().unwrap() {
        let keys: Vec<&String> = e.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["lock", "ok", "result"], "{e}");
    }
    // Bluetooth and Zigbee locks have none of them.
    let mixed = format!("{WIFI},{BLE},{ZIGBEE}");
    for verb in [
        ["device", "active-period"],
        ["alarm", "unread"],
        ["opmode", "pending"],
        ["opmode", "unassigned"],
    ] {
        let mut args = verb.to_vec();
        args.extend(["-d", &mixed]);
        refused(&emu, &u, &args, &["Back Door", "Garage"], &["Front Door"]);
    }
}

#[test]
fn revocable_offline_codes_are_listed_per_lock_on_every_kind() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let arr = array(&u, &["offlinepwd", "revocable"], &[WIFI, BLE, ZIGBEE]);
    for d in [WIFI, BLE, ZIGBEE] {
        assert!(element(&arr, d)["result"].is_array(), "{arr}");
    }
    // For people: one table of the codes, the lock first (none yet: the header alone).
    let r = u.run(&["offlinepwd", "revocable", "--all-locks"]).ok();
    assert!(
        r.stdout.starts_with("LOCK\tID\tNAME\tWINDOW"),
        "{}",
        r.stdout
    );
    assert!(r.stderr.contains("3 locks: 3 ok"), "{}", r.stderr);
    // One lock still prints its list.
    let one = u
        .run(&["offlinepwd", "revocable", "-d", WIFI, "--json"])
        .ok()
        .json();
    assert!(one.is_array(), "{one}");
    assert!(one
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p.get("lock").is_none()));
}

#[test]
fn a_members_methods_are_listed_per_lock_by_name() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let all = [WIFI, BLE, ZIGBEE];
    let arr = array(&u, &["opmode", "list", "--user", "alice"], &all);
    for d in all {
        assert!(element(&arr, d)["result"].is_array(), "{arr}");
    }
    assert!(
        !element(&arr, BLE)["result"].as_array().unwrap().is_empty(),
        "{arr}"
    );
    let arr = array(&u, &["opmode", "count", "--user", "Alice"], &[BLE, ZIGBEE]);
    assert!(
        element(&arr, ZIGBEE)["result"][0]["count"].is_number(),
        "{arr}"
    );
    // Wi-Fi locks do not count methods per type.
    refused(
        &emu,
        &u,
        &["opmode", "count", "--user", "Alice", "--all-locks"],
        &["Front Door"],
        &["Back Door", "Garage"],
    );
    // A member id is one lock's: refused for several, nothing sent.
    for verb in ["list", "count"] {
        emu.clear_journal();
        let r = u
            .run(&["opmode", verb, "--user", "1001", "-d", &all.join(",")])
            .fails(2);
        assert!(r.stderr.contains("--user 1001"), "{}", r.stderr);
        assert!(emu.sent().is_empty(), "{:?}", emu.sent());
    }
    // A name a lock lacks fails that lock only.
    let r = u
        .run(&[
            "opmode",
            "list",
            "--user",
            "Nobody",
            "-d",
            &format!("{BLE},{ZIGBEE}"),
            "--json",
        ])
        .fails(1);
    let arr = r.json();
    assert_eq!(element(&arr, BLE)["ok"], false, "{arr}");
    assert!(element(&arr, BLE)["error"]["message"]
        .as_str()
        .unwrap()
        .contains("Nobody"));
}

#[test]
fn the_voice_password_is_switched_on_several_locks_after_listing_them() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let bz = format!("{BLE},{ZIGBEE}");
    // Without --yes and without a terminal: the locks are listed, nothing is sent.
    let r = u
        .run_stdin(
            &["voice", "enable", "-d", &bz, "--pin-stdin", "--no-input"],
            "135790\n",
        )
        .fails(2);
    assert!(r.stderr.contains("2 locks:"), "{}", r.stderr);
    assert!(
        r.stderr.contains("Back Door (") && r.stderr.contains("Garage ("),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    u.run(&["voice", "disable", "-d", &bz, "--no-input"])
        .fails(2);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
    // A PIN of the wrong length for these locks, and a kind without a voice password.
    let r = u
        .run_stdin(
            &["voice", "enable", "-d", &bz, "--pin-stdin", "--yes"],
            "1234567\n",
        )
        .fails(2);
    assert!(r.stderr.contains("PIN refused"), "{}", r.stderr);
    assert!(r.stderr.contains("2 of 2 locks"), "{}", r.stderr);
    assert!(!r.stderr.contains("1234567"), "{}", r.stderr);
    refused(
        &emu,
        &u,
        &["voice", "disable", "--all-locks", "--yes"],
        &["Front Door"],
        &["Back Door", "Garage"],
    );
    let r = u
        .run_stdin(
            &["voice", "enable", "--all-locks", "--pin-stdin", "--yes"],
            "135790\n",
        )
        .fails(2);
    assert!(r.stderr.contains("Front Door"), "{}", r.stderr);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());

    // On, then off, each lock in its element.
    let on = u
        .run_stdin(
            &[
                "voice",
                "enable",
                "-d",
                &bz,
                "--pin-stdin",
                "--yes",
                "--json",
            ],
            "135790\n",
        )
        .ok();
    assert!(!on.stdout.contains("135790") && !on.stderr.contains("135790"));
    let arr = on.json();
    for d in [BLE, ZIGBEE] {
        assert_eq!(element(&arr, d)["ok"], true, "{arr}");
        assert_eq!(element(&arr, d)["result"]["enabled"], true, "{arr}");
    }
    let arr = array(&u, &["voice", "status"], &[BLE, ZIGBEE]);
    assert_eq!(element(&arr, ZIGBEE)["result"]["enabled"], true, "{arr}");
    let arr = array(&u, &["voice", "disable", "--yes"], &[BLE, ZIGBEE]);
    assert_eq!(element(&arr, BLE)["result"]["enabled"], false, "{arr}");
    let arr = array(&u, &["voice", "status"], &[BLE, ZIGBEE]);
    assert_eq!(element(&arr, BLE)["result"]["enabled"], false, "{arr}");
    // One lock still prints its model.
    let one = u
        .run(&["voice", "disable", "-d", BLE, "--yes", "--json"])
        .ok()
        .json();
    assert_eq!(one["enabled"], false, "{one}");
}

#[test]
fn records_and_alarms_of_several_locks_are_one_array_of_lists() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let all = [WIFI, BLE, ZIGBEE];
    let arr = array(&u, &["history", "list", "--limit", "3"], &all);
    for d in all {
        let list = element(&arr, d)["result"].as_array().unwrap().clone();
        assert_eq!(list.len(), 3, "{arr}");
        assert!(list[0]["kind"].is_string() && list[0]["id"].is_string());
    }
    // --all reads every alarm of each lock; --format json is the same array.
    let r = u
        .run(&["alarm", "list", "--all-locks", "--all", "--format", "json"])
        .ok();
    let arr = r.json();
    assert_eq!(arr.as_array().unwrap().len(), 3, "{arr}");
    for d in all {
        let n = element(&arr, d)["result"].as_array().unwrap().len();
        let held = emu.world(|w| w.lock(d).unwrap().alarms.len());
        assert_eq!(n, held, "{d}: {arr}");
    }
    // A member by name, on each lock.
    let arr = array(
        &u,
        &["history", "list", "--user", "Alice", "--limit", "5"],
        &[BLE, ZIGBEE],
    );
    assert!(
        !element(&arr, BLE)["result"].as_array().unwrap().is_empty(),
        "{arr}"
    );
    for d in [BLE, ZIGBEE] {
        for rec in element(&arr, d)["result"].as_array().unwrap() {
            assert_eq!(rec["member"]["name"], "Alice", "{rec}");
        }
    }
    // For people: the records of every lock, the lock first; a list cut at --limit says so on
    // stderr.
    let r = u
        .run(&["history", "list", "-d", &all.join(","), "--limit", "2"])
        .ok();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines[0].starts_with("LOCK\t"), "{}", r.stdout);
    assert_eq!(lines.len(), 1 + 3 * 2, "{}", r.stdout);
    assert_eq!(
        r.stderr.matches("--all for every one").count(),
        3,
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("3 locks: 3 ok"), "{}", r.stderr);
    // Streaming formats, a member id and a bad time are refused before any request.
    emu.clear_journal();
    for fmt in ["ndjson", "csv"] {
        let r = u
            .run(&["history", "list", "--all-locks", "--format", fmt])
            .fails(2);
        assert!(r.stderr.contains("--json"), "{}", r.stderr);
    }
    let r = u
        .run(&["alarm", "list", "-d", &all.join(","), "--user", "1001"])
        .fails(2);
    assert!(r.stderr.contains("--user 1001"), "{}", r.stderr);
    u.run(&["alarm", "list", "--all-locks", "--since", "yesterday-ish"])
        .fails(2);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
    // One lock keeps its streaming formats.
    let r = u
        .run(&[
            "history", "list", "-d", WIFI, "--format", "ndjson", "--limit", "2",
        ])
        .ok();
    assert_eq!(r.stdout.lines().count(), 2, "{}", r.stdout);
}

#[test]
fn voice_enable_at_a_terminal_asks_the_pin_once_then_lists_the_locks_and_asks() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let bz = format!("{BLE},{ZIGBEE}");
    if declined_at_a_terminal(&u, &["voice", "disable", "-d", &bz], "locks?").is_none() {
        return;
    }
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
    let Some((ok, screen)) = common::pty(
        &u,
        &["voice", "enable", "-d", &bz],
        &[
            "expect:Voice PIN (6 digits)",
            "send:246810\\r",
            "expect:Voice PIN again",
            "send:246810\\r",
            "expect:Garage (",
            "expect:locks?",
            "send:y",
        ],
    ) else {
        return;
    };
    assert!(ok, "{screen}");
    assert!(screen.contains("2 locks: 2 ok"), "{screen}");
    assert!(!screen.contains("246810"), "{screen}");
    let sets = emu
        .sent()
        .iter()
        .filter(|a| a.contains("voice.pwd.setting"))
        .count();
    assert_eq!(sets, 2, "{:?}", emu.sent());
}

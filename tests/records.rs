//! `history`, `alarm`, `voice`, `remote` and `device active-date | active-period | sync`.

mod common;

use common::*;
use lockctl_emulator::server::Faults;
use serde_json::Value;

fn set_history(emu: &Emu, dev: &str, n: usize) {
    emu.with_inner(|s| {
        lockctl_emulator::world::generate_records(s.world.lock_mut(dev).unwrap(), n, 9)
    });
}

/// A typed record's time in Unix milliseconds.
fn ms(r: &Value) -> i64 {
    r["time"]
        .as_str()
        .unwrap()
        .parse::<jiff::Timestamp>()
        .unwrap()
        .as_millisecond()
}

/// The records of one wire page result: Wi-Fi `{datas}`, Bluetooth a list.
fn wire_records(page: &Value) -> Vec<Value> {
    match page {
        Value::Array(a) => a.clone(),
        other => other["datas"].as_array().cloned().unwrap_or_default(),
    }
}

fn ndjson(u: &User, args: &[&str]) -> Vec<Value> {
    let r = u.run(args).ok();
    r.stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn history_in_words_for_each_kind() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [WIFI, BLE, ZIGBEE] {
        let r = u.run(&["history", "list", "-d", dev, "--limit", "5"]).ok();
        let lines: Vec<&str> = r.stdout.lines().collect();
        assert_eq!(lines[0], "TIME\tWHO\tMETHOD\tNAME");
        assert_eq!(lines.len(), 6, "{}", r.stdout);
        let first = emu.world(|w| w.lock(dev).unwrap().history[0].clone());
        let when = jiff::Timestamp::from_millisecond(first.gmt_create)
            .unwrap()
            .to_zoned(jiff::tz::TimeZone::get("Europe/Berlin").unwrap())
            .strftime("%Y-%m-%d %H:%M:%S %Z")
            .to_string();
        assert_eq!(
            lines[1],
            format!(
                "{when}\t{}\t{}\t{}",
                first.user_name,
                if first.dp_id == 12 {
                    "fingerprint"
                } else if first.dp_id == 13 {
                    "password"
                } else {
                    "card"
                },
                first.unlock_name
            )
        );
    }
    let sent = emu.sent();
    assert!(
        sent.contains(&"tuya.m.scale.history.list".to_string())
            && sent.contains(&"tuya.m.device.lock.history.list".to_string())
    );
}

#[test]
fn every_format_and_all_pages() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [WIFI, BLE, ZIGBEE] {
        let all = ndjson(
            &u,
            &[
                "history",
                "list",
                "-d",
                dev,
                "--all",
                "--format",
                "ndjson",
                "--page-size",
                "40",
            ],
        );
        assert_eq!(all.len(), 300, "{dev}");
        let uuids: std::collections::HashSet<String> = all
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(uuids.len(), 300, "no duplicates");
        // Newest first, in order, across concurrently fetched pages.
        assert!(all.windows(2).all(|w| ms(&w[0]) >= ms(&w[1])));
        let json = u
            .run(&[
                "history",
                "list",
                "-d",
                dev,
                "--all",
                "--json",
                "--page-size",
                "100",
            ])
            .ok()
            .json();
        assert_eq!(json.as_array().unwrap().len(), 300);
        assert_eq!(
            json[0], all[0],
            "--json and ndjson print the same typed records"
        );
        let raw = u
            .run(&[
                "history",
                "list",
                "-d",
                dev,
                "--all",
                "--raw",
                "--page-size",
                "100",
            ])
            .ok()
            .json();
        let raw_records: Vec<Value> = raw
            .as_array()
            .unwrap()
            .iter()
            .flat_map(wire_records)
            .collect();
        assert_eq!(raw_records.len(), 300, "--raw keeps the raw records");
        assert_eq!(raw_records[0]["uuid"], all[0]["id"]);
        let csv = u
            .run(&["history", "list", "-d", dev, "--all", "--format", "csv"])
            .ok();
        let mut rdr = csv::Reader::from_reader(csv.stdout.as_bytes());
        assert_eq!(
            rdr.headers().unwrap().iter().collect::<Vec<_>>(),
            [
                "id",
                "time",
                "kind",
                "unlockId",
                "memberId",
                "memberName",
                "unlockName"
            ]
        );
        assert_eq!(rdr.records().count(), 300);
    }
}

#[test]
fn pagination_edges() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [WIFI, BLE] {
        // No records.
        set_history(&emu, dev, 0);
        assert!(ndjson(
            &u,
            &["history", "list", "-d", dev, "--all", "--format", "ndjson"]
        )
        .is_empty());
        assert_eq!(
            u.run(&["history", "list", "-d", dev, "--json"]).ok().json(),
            serde_json::json!([])
        );
        assert_eq!(
            u.run(&["history", "list", "-d", dev]).ok().stdout,
            "TIME\tWHO\tMETHOD\tNAME\n"
        );
        // Exactly one page.
        set_history(&emu, dev, 50);
        emu.clear_journal();
        assert_eq!(
            ndjson(
                &u,
                &[
                    "history",
                    "list",
                    "-d",
                    dev,
                    "--all",
                    "--format",
                    "ndjson",
                    "--page-size",
                    "50"
                ]
            )
            .len(),
            50
        );
        let calls = emu
            .journal()
            .iter()
            .filter(|j| j.0.contains("history"))
            .count();
        assert!(calls <= 2, "{dev}: {calls} calls for one page");
        // A short last page.
        set_history(&emu, dev, 123);
        assert_eq!(
            ndjson(
                &u,
                &[
                    "history",
                    "list",
                    "-d",
                    dev,
                    "--all",
                    "--format",
                    "ndjson",
                    "--page-size",
                    "50"
                ]
            )
            .len(),
            123
        );
        // Without --all: one page.
        assert_eq!(
            ndjson(
                &u,
                &["history", "list", "-d", dev, "--format", "ndjson", "--limit", "50"]
            )
            .len(),
            50
        );
    }
}

#[test]
fn filters_by_type_time_and_user() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [WIFI, BLE] {
        let cards = ndjson(
            &u,
            &[
                "history", "list", "-d", dev, "--all", "--format", "ndjson", "--type", "card",
            ],
        );
        let expected = emu.world(|w| {
            w.lock(dev)
                .unwrap()
                .history
                .iter()
                .filter(|r| r.dp_id == 16)
                .count()
        });
        assert_eq!(cards.len(), expected);
        assert!(cards.iter().all(|r| r["kind"] == "card"));
        assert!(cards
            .iter()
            .all(|r| r["unlockId"].as_str().unwrap().starts_with("16-")));
        let alice = ndjson(
            &u,
            &[
                "history", "list", "-d", dev, "--all", "--format", "ndjson", "--user", "alice",
            ],
        );
        assert!(!alice.is_empty() && alice.iter().all(|r| r["member"]["name"] == "Alice"));
        let window = ndjson(
            &u,
            &[
                "history",
                "list",
                "-d",
                dev,
                "--all",
                "--format",
                "ndjson",
                "--since",
                "2026-10-20 00:00",
                "--until",
                "2026-10-25 00:00",
            ],
        );
        let (from, to) = (1_792_447_200_000i64, 1_792_879_200_000i64);
        let expected = emu.world(|w| {
            w.lock(dev)
                .unwrap()
                .history
                .iter()
                .filter(|r| r.gmt_create >= from && r.gmt_create <= to)
                .count()
        });
        assert_eq!(window.len(), expected, "{dev}");
        assert!(window.iter().all(|r| (from..=to).contains(&ms(r))));
    }
}

#[test]
fn csv_escapes_hostile_cells() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let tricky = "Smith, \"Jo\"\nZoë 🚪";
    emu.with_inner(|s| {
        let l = s.world.lock_mut(BLE).unwrap();
        l.history[0].user_name = tricky.into();
        l.history[0].unlock_name = "a,b;c\r\nd".into();
    });
    let r = u
        .run(&[
            "history", "list", "-d", BLE, "--format", "csv", "--limit", "3",
        ])
        .ok();
    let mut rdr = csv::Reader::from_reader(r.stdout.as_bytes());
    let row = rdr.records().next().unwrap().unwrap();
    assert_eq!(&row[5], tricky);
    assert_eq!(&row[6], "a,b;c\r\nd");
    // The table stays one row per record when piped.
    let t = u.run(&["history", "list", "-d", BLE, "--limit", "3"]).ok();
    assert_eq!(t.stdout.lines().count(), 4, "{}", t.stdout);
}

#[test]
fn repeated_skipped_and_miscounted_pages_are_never_silent() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // Pages that overlap the page before: every record still written once.
    emu.faults(Faults {
        page_shift: -5,
        ..Default::default()
    });
    let r = u.run(&[
        "history",
        "list",
        "-d",
        WIFI,
        "--all",
        "--format",
        "ndjson",
        "--page-size",
        "50",
        "--concurrency",
        "1",
    ]);
    let rows: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let uuids: std::collections::HashSet<&str> =
        rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(uuids.len(), rows.len(), "no duplicates written");
    assert!(r.stderr.contains("twice"), "{}", r.stderr);
    // Pages that skip records: the export says it is short.
    emu.faults(Faults {
        page_shift: 5,
        ..Default::default()
    });
    let r = u
        .run(&[
            "history",
            "list",
            "-d",
            WIFI,
            "--all",
            "--format",
            "ndjson",
            "--page-size",
            "50",
        ])
        .fails(1);
    assert!(
        r.stderr.contains("export incomplete") && r.stderr.contains("missing"),
        "{}",
        r.stderr
    );
    // A total that claims more than exists.
    emu.faults(Faults {
        total_count_offset: 40,
        ..Default::default()
    });
    let r = u
        .run(&[
            "history",
            "list",
            "-d",
            WIFI,
            "--all",
            "--format",
            "ndjson",
            "--page-size",
            "50",
        ])
        .fails(1);
    assert!(
        r.stderr
            .contains("counted 340 records but sent 300 (40 missing)"),
        "{}",
        r.stderr
    );
    // A total that claims fewer: paging goes on until the cloud says it is done.
    emu.faults(Faults {
        total_count_offset: -120,
        ..Default::default()
    });
    let r = u
        .run(&[
            "history",
            "list",
            "-d",
            WIFI,
            "--all",
            "--format",
            "ndjson",
            "--page-size",
            "50",
        ])
        .ok();
    assert_eq!(r.stdout.lines().count(), 300);
    assert!(r.stderr.contains("counted 180"), "{}", r.stderr);
}

#[test]
fn alarms_in_words_and_unread() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    assert_eq!(
        u.run(&["alarm", "unread", "-d", WIFI]).ok().stdout.trim(),
        "3"
    );
    let r = u.run(&["alarm", "list", "-d", WIFI, "--limit", "100"]).ok();
    assert!(r.stdout.starts_with("TIME\tALARM\tDETAIL\n"));
    assert!(
        r.stdout.contains("wrong fingerprint")
            || r.stdout.contains("low battery")
            || r.stdout.contains("tamper"),
        "{}",
        r.stdout
    );
    assert_eq!(
        u.run(&["alarm", "unread", "-d", WIFI]).ok().stdout.trim(),
        "0",
        "reading marks them read"
    );
    for dev in [BLE, ZIGBEE] {
        let low = ndjson(
            &u,
            &[
                "alarm",
                "list",
                "-d",
                dev,
                "--all",
                "--format",
                "ndjson",
                "--type",
                "low-battery",
            ],
        );
        let expected = emu.world(|w| {
            w.lock(dev)
                .unwrap()
                .alarms
                .iter()
                .filter(|a| a.dp_value == "low_battery")
                .count()
        });
        assert_eq!(low.len(), expected);
        u.run(&["alarm", "unread", "-d", dev]).fails(2);
    }
    // A duress method raises a duress alarm in words.
    emu.with_inner(|s| {
        let l = s.world.lock_mut(WIFI).unwrap();
        let mut a = l.alarms[0].clone();
        a.dp_id = 56;
        a.dp_value = "13-1".into();
        l.alarms.insert(0, a);
    });
    let d = u
        .run(&["alarm", "list", "-d", WIFI, "--type", "duress"])
        .ok();
    assert!(d.stdout.contains("duress\twith 13-1"), "{}", d.stdout);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for args in [
        &[
            "history",
            "list",
            "-d",
            WIFI,
            "--since",
            "2026-11-10",
            "--until",
            "2026-11-01",
        ][..],
        &["history", "list", "-d", WIFI, "--type", "telekinesis"],
        &["alarm", "list", "-d", WIFI, "--type", "fingerprint"],
        &["history", "list", "-d", WIFI, "--limit", "0"],
        &["history", "list", "-d", WIFI, "--page-size", "100000"],
        &["history", "list", "-d", WIFI, "--page-size", "0"],
        &["history", "list", "-d", WIFI, "--limit", "2000000"],
        &["history", "list", "-d", WIFI, "--all", "--limit", "5"],
        &["history", "list", "-d", WIFI, "--limit", "-5"],
        &["history", "list", "-d", WIFI, "--since", "last tuesday"],
        &["history", "list", "-d", WIFI, "--format", "xml"],
        &["history", "list", "-d", WIFI, "--concurrency", "0"],
        &["voice", "status", "-d", WIFI],
        &["remote", "unlock", "-d", WIFI, "--yes"],
        &["device", "active-date", "-d", WIFI],
        &["device", "active-period", "-d", BLE],
        &["device", "sync", "-d", WIFI],
    ] {
        let r = u.run(args).fails(2);
        assert!(
            r.stderr.starts_with("error:") && !r.stderr.contains("panicked"),
            "{args:?}: {}",
            r.stderr
        );
    }
    assert!(emu.journal().is_empty(), "sent: {:?}", emu.journal());
}

#[test]
fn remote_unlock_refuses_confirms_and_records() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [ZIGBEE, BLE] {
        assert_eq!(
            u.run(&["remote", "status", "-d", dev]).ok().stdout.trim(),
            "remote unlock is on"
        );
        // No terminal and no --yes: refused, nothing executed.
        let r = u.run(&["remote", "unlock", "-d", dev]).fails(2);
        assert!(r.stderr.contains("--yes"));
        assert!(!emu.journal().iter().any(|j| j.0.contains("remotepwd")));
        u.run(&["remote", "unlock", "-d", dev, "--yes"]).ok();
        assert!(emu.world(|w| w.lock(dev).unwrap().open));
        let h = emu.world(|w| w.lock(dev).unwrap().history[0].clone());
        assert_eq!((h.dp_id, h.user_name.as_str()), (19, "Demo Owner"));
        u.run(&["remote", "lock", "-d", dev, "-y"]).ok();
        assert!(!emu.world(|w| w.lock(dev).unwrap().open));
        // Switched off at the lock: refused with a hint, nothing executed.
        emu.with_inner(|s| s.world.lock_mut(dev).unwrap().remote_unlock_allowed = false);
        emu.clear_journal();
        let r = u.run(&["remote", "unlock", "-d", dev, "--yes"]).fails(1);
        assert!(
            r.stderr.contains("switched off") && r.stderr.contains("hint:"),
            "{}",
            r.stderr
        );
        assert!(!emu.journal().iter().any(|j| j.0.contains("remotepwd")));
        assert_eq!(
            u.run(&["remote", "status", "-d", dev]).ok().stdout.trim(),
            "remote unlock is off"
        );
    }
}

#[test]
fn voice_password_per_kind() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [BLE, ZIGBEE] {
        assert_eq!(
            u.run(&["voice", "status", "-d", dev]).ok().stdout.trim(),
            "off"
        );
        let r = u
            .run_stdin(
                &["voice", "enable", "-d", dev, "--pin-stdin", "--yes"],
                "864201\n",
            )
            .ok();
        assert!(!r.stdout.contains("864201") && !r.stderr.contains("864201"));
        assert_eq!(
            emu.world(|w| w.lock(dev).unwrap().voice_pin.clone()),
            "864201"
        );
        assert_eq!(
            u.run(&["voice", "status", "-d", dev]).ok().stdout.trim(),
            "on"
        );
        u.run_stdin(&["voice", "enable", "-d", dev, "--pin-stdin"], "86420\n")
            .fails(2);
        u.run(&["voice", "enable", "-d", dev]).fails(2);
        u.run(&["voice", "disable", "-d", dev, "--yes"]).ok();
        assert!(!emu.world(|w| w.lock(dev).unwrap().voice_enabled));
    }
}

#[test]
fn device_dates_and_sync() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [BLE, ZIGBEE] {
        let d = u.run(&["device", "active-date", "-d", dev]).ok();
        assert_eq!(d.stdout.trim(), "2026-04-15 02:00 CEST");
        let s = u.run(&["device", "sync", "-d", dev]).ok();
        assert!(s.stdout.contains("may sync") && s.stdout.contains("yes"));
        let j = u
            .run(&["device", "sync", "-d", dev, "--type", "card", "--raw"])
            .ok()
            .json();
        assert_eq!(j["distributed"], true);
        assert_eq!(j["ins"].as_str().unwrap().len() % 4, 0);
        let t = u
            .run(&["device", "sync", "-d", dev, "--type", "card", "--json"])
            .ok()
            .json();
        assert_eq!(t["distributed"], true);
        assert_eq!(t["checkString"], j["ins"]);
        assert_eq!(t["dp"], j["dpId"]);
    }
    let p = u.run(&["device", "active-period", "-d", WIFI]).ok();
    assert!(p.stdout.trim().ends_with(" days"));
    let days: i64 = p.stdout.split_whitespace().next().unwrap().parse().unwrap();
    assert!(days >= 200);
}

/// The top-level keys of a JSON object, sorted.
fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    k.sort();
    k
}

#[test]
fn typed_json_has_the_same_keys_on_every_kind() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // A duress alarm on each kind, so that every alarm shape is seen.
    for dev in [WIFI, BLE, ZIGBEE] {
        emu.with_inner(|s| {
            let l = s.world.lock_mut(dev).unwrap();
            let mut a = l.alarms[0].clone();
            a.dp_id = 56;
            a.dp_value = "12-1".into();
            a.uuid.push('d');
            l.alarms.insert(0, a);
        });
    }
    for (verb, expected) in [
        (
            "history",
            &["id", "kind", "member", "time", "unlockId", "unlockName"][..],
        ),
        ("alarm", &["id", "member", "time", "type", "unlockId"][..]),
    ] {
        for dev in [WIFI, BLE, ZIGBEE] {
            let j = u
                .run(&[verb, "list", "-d", dev, "--limit", "30", "--json"])
                .ok()
                .json();
            let items = j.as_array().unwrap();
            assert_eq!(items.len(), 30, "{verb} {dev}");
            for r in items {
                assert_eq!(keys(r), expected, "{verb} {dev}: {r}");
                assert!(r["id"].is_string() && r["time"].is_string(), "{r}");
                match &r["member"] {
                    Value::Null => {}
                    m => assert_eq!(keys(m), ["id", "name"], "{verb} {dev}: {r}"),
                }
            }
            if verb == "alarm" {
                assert_eq!(items[0]["type"], "duress");
                assert_eq!(items[0]["unlockId"], "12-1");
                assert!(items[1..].iter().all(|a| a["type"] != "duress"
                    && a["unlockId"].is_null()
                    && a["member"].is_null()));
            } else {
                assert!(items.iter().all(|r| r["member"]["name"].is_string()));
            }
        }
    }
}

#[test]
fn raw_is_the_wire_result() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for (dev, action) in [
        (WIFI, "tuya.m.scale.history.list"),
        (BLE, "tuya.m.device.lock.history.list"),
        (ZIGBEE, "tuya.m.device.lock.history.list"),
    ] {
        let raw = u
            .run(&["history", "list", "-d", dev, "--limit", "5", "--raw"])
            .ok()
            .json();
        let wire = u
            .run(&[
                "api",
                "call",
                action,
                "--version",
                "2.0",
                "-d",
                dev,
                "--data",
                r#"{"limit": 5, "offset": 0}"#,
            ])
            .ok()
            .json();
        assert_eq!(raw, wire, "{dev}");
        assert_eq!(wire_records(&raw).len(), 5);
    }
    // Before any alarm listing marks them read.
    assert_eq!(
        u.run(&["alarm", "unread", "-d", WIFI, "--raw"]).ok().json(),
        "3"
    );
    assert_eq!(
        u.run(&["alarm", "unread", "-d", WIFI, "--json"])
            .ok()
            .json(),
        serde_json::json!({ "lock": WIFI, "unread": 3 })
    );
    // Several pages: an array of the page results.
    let raw = u
        .run(&[
            "alarm",
            "list",
            "-d",
            WIFI,
            "--page-size",
            "10",
            "--all",
            "--raw",
        ])
        .ok()
        .json();
    let pages = raw.as_array().unwrap();
    assert_eq!(pages.len(), 3);
    assert!(pages.iter().all(|p| p["totalCount"] == 30));
    // The localKey never shows, not even raw.
    let d = u.run(&["device", "show", "-d", BLE, "--raw"]).ok();
    assert_eq!(d.json()["localKey"], "****");
    let d = u.run(&["device", "list", "--raw"]).ok();
    assert!(
        d.stdout.contains("localKey")
            && !d
                .stdout
                .contains(&emu.world(|w| w.lock(BLE).unwrap().local_key.clone()))
    );
}

#[test]
fn conflicting_output_flags_are_refused_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for args in [
        &["history", "list", "-d", WIFI, "--format", "csv", "--json"][..],
        &["history", "list", "-d", BLE, "--format", "ndjson", "--raw"],
        &[
            "alarm", "list", "-d", ZIGBEE, "--format", "table", "--jq", ".[]",
        ],
        &[
            "alarm", "list", "-d", WIFI, "--format", "csv", "--json", "id,time",
        ],
        &["history", "list", "-d", WIFI, "--json", "id,nope"],
        &["alarm", "list", "-d", WIFI, "--json", "kind"],
        &["history", "list", "-d", WIFI, "--type", "low-battery"],
        &["alarm", "list", "-d", WIFI, "--type", "other"],
        &["device", "sync", "-d", BLE, "--type", "telepathy"],
    ] {
        let r = u.run(args).fails(2);
        assert!(
            r.stderr.starts_with("error:") && r.stdout.is_empty(),
            "{args:?}: {}",
            r.stderr
        );
    }
    assert!(emu.journal().is_empty(), "sent: {:?}", emu.journal());
    // Agreeing flags are fine; --json FIELDS selects fields of each record.
    let j = u
        .run(&[
            "history", "list", "-d", WIFI, "--limit", "3", "--format", "json", "--json", "id,kind",
        ])
        .ok()
        .json();
    assert!(j
        .as_array()
        .unwrap()
        .iter()
        .all(|r| keys(r) == ["id", "kind"]));
}

/// The emulator's lock clock at the seed epoch, so that nothing in a snapshot depends on today.
fn fix_clock(emu: &Emu) {
    emu.pin_clock(lockctl_emulator::world::ids::SEED_EPOCH);
}

#[test]
fn snapshots_of_every_form() {
    let emu = Emu::start();
    fix_clock(&emu);
    let u = User::warm(&emu);
    let tty = [("LOCKCTL_FORCE_TTY", "1")];
    for (kind, dev) in [("wifi", WIFI), ("ble", BLE), ("zigbee", ZIGBEE)] {
        for verb in ["history", "alarm"] {
            let args = [verb, "list", "-d", dev, "--limit", "5"];
            let table = u.run_env(&args, &tty, None).ok().stdout;
            insta::assert_snapshot!(format!("{verb}_{kind}_table"), table);
            let tsv = u.run(&args).ok().stdout;
            insta::assert_snapshot!(format!("{verb}_{kind}_tsv"), tsv);
            let json = u
                .run(&[verb, "list", "-d", dev, "--limit", "5", "--json"])
                .ok()
                .json();
            insta::assert_json_snapshot!(format!("{verb}_{kind}_json"), json);
        }
    }
    let table = u.run_env(&["device", "list"], &tty, None).ok().stdout;
    insta::assert_snapshot!("device_list_table", table);
    insta::assert_snapshot!("device_list_tsv", u.run(&["device", "list"]).ok().stdout);
    insta::assert_json_snapshot!(
        "device_list_json",
        u.run(&["device", "list", "--json"]).ok().json()
    );
}

/// How many records of `dev` name `member`, as the emulator holds them.
fn held_for(emu: &Emu, dev: &str, member: &str) -> usize {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .history
            .iter()
            .filter(|r| r.user_id == member)
            .count()
    })
}

#[test]
fn a_listing_cut_at_its_limit_says_so_on_stderr() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // Wi-Fi counts its records: the notice gives the count.
    let r = u.run(&["history", "list", "-d", WIFI]).ok();
    assert_eq!(r.stdout.lines().count(), 51, "a header and 50 rows");
    assert!(
        r.stderr
            .contains("showing 50 of 300; --all for every record"),
        "{}",
        r.stderr
    );
    // Bluetooth does not: the notice says what it can.
    let r = u.run(&["alarm", "list", "-d", BLE, "--limit", "7"]).ok();
    assert_eq!(r.stdout.lines().count(), 8);
    assert!(
        r.stderr
            .contains("showing the first 7 records; --all for every record"),
        "{}",
        r.stderr
    );
    // -q hides it; --all and a listing that reaches the end have nothing to say. (A limit met
    // by a full last page, with no count, cannot tell the end from more: it says "first".)
    let r = u.run(&["-q", "history", "list", "-d", WIFI]).ok();
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    for args in [
        &["history", "list", "-d", WIFI, "--all"][..],
        &["history", "list", "-d", BLE, "--limit", "301"],
        &["alarm", "list", "-d", WIFI, "--limit", "30"],
    ] {
        let r = u.run(args).ok();
        assert!(!r.stderr.contains("showing"), "{args:?}: {}", r.stderr);
    }
}

#[test]
fn limit_counts_matching_records_across_pages() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [WIFI, BLE] {
        let alice = held_for(&emu, dev, "1001");
        assert!(alice > 60, "the demo gives Alice enough records ({alice})");
        // A filter reads on past the first page until the limit is filled.
        let some = ndjson(
            &u,
            &[
                "history", "list", "-d", dev, "--user", "alice", "--limit", "60", "--format",
                "ndjson",
            ],
        );
        assert_eq!(some.len(), 60, "{dev}");
        assert!(some.iter().all(|r| r["member"]["id"] == "1001"));
        let r = u
            .run(&[
                "history", "list", "-d", dev, "--user", "Alice", "--limit", "60",
            ])
            .ok();
        assert!(
            r.stderr
                .contains("showing the first 60 records; --all for every record"),
            "{dev}: {}",
            r.stderr
        );
        // ... or to the end of the history, with nothing left out to mention.
        let r = u
            .run(&[
                "history", "list", "-d", dev, "--user", "1001", "--limit", "1000", "--json",
            ])
            .ok();
        assert_eq!(r.json().as_array().unwrap().len(), alice, "{dev}");
        assert!(!r.stderr.contains("showing"), "{}", r.stderr);
        // Without a filter: exactly the limit, across pages of --page-size.
        emu.clear_journal();
        let r = u
            .run(&[
                "history",
                "list",
                "-d",
                dev,
                "--limit",
                "120",
                "--page-size",
                "50",
                "--json",
            ])
            .ok();
        let got = r.json();
        let got = got.as_array().unwrap();
        assert_eq!(got.len(), 120, "{dev}");
        let ids: std::collections::HashSet<&str> =
            got.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids.len(), 120);
        let reads = emu.sent().len();
        assert!((3..=4).contains(&reads), "{dev}: {reads} pages read");
    }
}

#[test]
fn an_empty_listing_is_one_line_on_stderr() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    set_history(&emu, WIFI, 0);
    let r = u.run(&["history", "list", "-d", WIFI, "--json"]).ok();
    assert_eq!(r.json(), serde_json::json!([]));
    assert_eq!(r.stderr, "no records on Front Door\n");
    let r = u
        .run(&["alarm", "list", "-d", BLE, "--type", "duress", "--json"])
        .ok();
    assert_eq!(r.json(), serde_json::json!([]));
    assert_eq!(r.stderr, "no alarms on Back Door match the filters\n");
    let r = u.run(&["-q", "history", "list", "-d", WIFI]).ok();
    assert!(r.stderr.is_empty());
}

#[test]
fn every_empty_list_is_one_line_on_stderr_and_empty_data_on_stdout() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.with_inner(|s| {
        let l = s.world.lock_mut(WIFI).unwrap();
        l.temp_passwords.clear();
        l.offline_passwords.clear();
        l.opmodes.retain(|o| o.user_id.is_some());
    });
    for (args, said) in [
        (
            &["offlinepwd", "revocable", "-d", WIFI][..],
            "no revocable offline codes on Front Door",
        ),
        (
            &["opmode", "unassigned", "-d", WIFI],
            "no unassigned unlock methods on Front Door",
        ),
        (
            &["temppwd", "list", "-d", WIFI],
            "no temporary passwords on Front Door",
        ),
        (
            &["offlinepwd", "list", "-d", WIFI],
            "no offline passwords on Front Door",
        ),
        (
            &["member", "list", "-d", BLE, "--status", "expired"],
            "no members on Back Door match --status",
        ),
        (
            &["opmode", "list", "-d", BLE, "--user", "1004"],
            "no unlock methods of member 1004 on Back Door",
        ),
    ] {
        let mut json = args.to_vec();
        json.push("--json");
        let r = u.run(&json).ok();
        assert_eq!(r.json(), serde_json::json!([]), "{args:?}");
        assert_eq!(r.stderr, format!("{said}\n"), "{args:?}");
        let r = u.run(args).ok();
        assert_eq!(r.stdout.lines().count(), 1, "{args:?}: headers only");
        assert_eq!(r.stderr, format!("{said}\n"));
        let mut quiet = vec!["-q"];
        quiet.extend_from_slice(args);
        assert!(u.run(&quiet).ok().stderr.is_empty());
    }
    emu.with_inner(|s| s.world.locks.clear());
    let r = u.run(&["device", "list", "--json"]).ok();
    assert_eq!(r.json(), serde_json::json!([]));
    assert_eq!(r.stderr, "no devices on this account\n");
}

/// Gateway requests for record pages in the journal.
fn page_requests(emu: &Emu) -> usize {
    emu.journal()
        .iter()
        .filter(|j| j.0.contains("history"))
        .count()
}

#[test]
fn a_lying_total_costs_at_most_one_window_of_requests() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // The cloud claims ten million more records than the 300 it holds.
    emu.faults(Faults {
        total_count_offset: 10_000_000,
        ..Default::default()
    });
    emu.clear_journal();
    let r = u
        .run(&[
            "history",
            "list",
            "-d",
            WIFI,
            "--all",
            "--format",
            "ndjson",
            "--page-size",
            "50",
        ])
        .fails(1);
    assert_eq!(r.stdout.lines().count(), 300);
    assert!(r.stderr.contains("export incomplete"), "{}", r.stderr);
    let sent = page_requests(&emu);
    // Six pages hold the records; speculation past them is one window (--concurrency 8).
    assert!(sent <= 6 + 8, "{sent} requests for 300 records");
}

#[test]
fn bluetooth_and_zigbee_pages_are_fetched_ahead_in_order_and_stop_at_the_end() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [BLE, ZIGBEE] {
        set_history(&emu, dev, 1234);
        emu.clear_journal();
        let all = ndjson(
            &u,
            &[
                "history",
                "list",
                "-d",
                dev,
                "--all",
                "--format",
                "ndjson",
                "--page-size",
                "100",
            ],
        );
        assert_eq!(all.len(), 1234, "{dev}");
        assert!(all.windows(2).all(|w| ms(&w[0]) >= ms(&w[1])));
        let ids: std::collections::HashSet<&str> =
            all.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids.len(), 1234, "nothing past the end, nothing twice");
        let sent = page_requests(&emu);
        assert!(sent <= 13 + 8, "{dev}: {sent} requests for 13 pages");
        // A window that ends early (--since) drops the pages fetched past it.
        let newest = ms(&all[0]);
        let since = jiff::Timestamp::from_millisecond(ms(&all[149]))
            .unwrap()
            .to_string();
        let recent = ndjson(
            &u,
            &[
                "history",
                "list",
                "-d",
                dev,
                "--all",
                "--format",
                "ndjson",
                "--page-size",
                "100",
                "--since",
                &since,
            ],
        );
        assert!(
            recent.len() >= 150 && recent.len() < 160,
            "{}",
            recent.len()
        );
        assert_eq!(ms(&recent[0]), newest);
    }
    // A cloud that ignores the offset: the repeated page stops the listing with an error.
    emu.faults(Faults {
        page_shift: -100,
        ..Default::default()
    });
    let r = u
        .run(&[
            "history",
            "list",
            "-d",
            BLE,
            "--all",
            "--format",
            "ndjson",
            "--page-size",
            "100",
        ])
        .fails(1);
    assert!(r.stderr.contains("same page"), "{}", r.stderr);
}

/// On a terminal, `--all` draws its table in parts as pages arrive instead of holding every row:
/// one header, every record once, and the parts' columns lined up.
#[test]
fn a_terminal_table_of_every_page_is_drawn_in_parts() {
    let emu = Emu::start();
    set_history(&emu, WIFI, 1200);
    let u = User::warm(&emu);
    let tty = [
        ("LOCKCTL_FORCE_TTY", "1"),
        ("COLUMNS", "200"),
        ("NO_COLOR", "1"),
    ];
    let r = u.run_env(
        &["history", "list", "-d", WIFI, "--all", "--page-size", "100"],
        &tty,
        None,
    );
    let r = r.ok();
    let lines: Vec<&str> = r.stdout.lines().filter(|l| !l.trim().is_empty()).collect();
    let headers = lines
        .iter()
        .filter(|l| l.trim_start().starts_with("TIME"))
        .count();
    assert_eq!(
        headers,
        1,
        "one header line:\n{}",
        &r.stdout[..400.min(r.stdout.len())]
    );
    assert_eq!(lines.len(), 1201, "a line per record under the header");
    // The parts line up as far as a stream can: a later part's column never starts left of an
    // earlier one's (it moves right only when a wider cell arrives, e.g. CEST after CET).
    let second_col = |l: &str| {
        let t = l.trim_start();
        let lead = l.len() - t.len();
        let first = t.find("  ").unwrap_or(t.len());
        lead + first + t[first..].len() - t[first..].trim_start().len()
    };
    let starts: Vec<usize> = lines[1..].iter().map(|l| second_col(l)).collect();
    for (i, w) in starts.windows(2).enumerate() {
        assert!(
            w[0] <= w[1],
            "line {} moved left:\n{}\n{}",
            i + 2,
            lines[i + 1],
            lines[i + 2]
        );
    }
    assert!(
        starts[..50].iter().all(|s| *s == starts[0]),
        "the first part lines up"
    );
}

//! `member` and `opmode` verbs against the emulator, per lock kind, asserting on output and on the
//! emulator's state afterwards.

mod common;

use common::*;

/// One cell of the row a create prints when piped (a header line, then the made thing's row).
fn made(stdout: &str, column: &str) -> String {
    let mut lines = stdout.lines();
    let headers: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let row: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let i = headers
        .iter()
        .position(|h| *h == column)
        .unwrap_or_else(|| panic!("no {column} column in {stdout:?}"));
    row[i].to_string()
}

fn member_names(emu: &Emu, dev: &str) -> Vec<(String, String, i64)> {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .members
            .iter()
            .map(|m| (m.user_id.clone(), m.nick_name.clone(), m.user_type))
            .collect()
    })
}

fn methods_of(emu: &Emu, dev: &str, user: &str) -> Vec<String> {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .opmodes
            .iter()
            .filter(|o| o.user_id.as_deref() == Some(user))
            .map(|o| o.unlock_id())
            .collect()
    })
}

#[test]
fn lists_in_words_for_each_kind() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let w = u.run(&["member", "list", "-d", WIFI]).ok();
    assert!(
        w.stdout
            .contains("1000\tDemo Owner\tadministrator\tactive\tfingerprint x2, password x1"),
        "{}",
        w.stdout
    );
    for dev in [BLE, ZIGBEE] {
        let b = u.run(&["member", "list", "-d", dev]).ok();
        assert!(
            b.stdout.contains(
                "1001\tAlice\tfamily member\tactive\tjoined\tcard x1, fingerprint x1\tpermanent"
            ),
            "{}",
            b.stdout
        );
        // Everyone by default: panel members too.
        assert!(b.stdout.contains("1002\tBob\tpanel member"), "{}", b.stdout);
        let p = u.run(&["member", "list", "--panel", "-d", dev]).ok();
        assert!(p.stdout.contains("1002\tBob\tpanel member"), "{}", p.stdout);
        assert!(!p.stdout.contains("Alice"));
    }
    // --raw is the action's result unchanged.
    let j = u
        .run(&["member", "list", "-d", WIFI, "--family", "--raw"])
        .ok()
        .json();
    assert_eq!(j[0]["unlockList"][0], "Right thumb");
    assert_eq!(j[0]["userType"], "10");
    // --json is the typed model.
    let t = u.run(&["member", "list", "-d", WIFI, "--json"]).ok().json();
    assert_eq!(t[0]["id"], "1000");
    assert_eq!(t[0]["role"], "administrator");
    assert_eq!(t[0]["unlockMethods"][0]["name"], "Right thumb");
    assert_eq!(t[0]["unlockMethods"][0]["kind"], "fingerprint");
}

#[test]
fn panel_list_pages_and_all_fetches_every_page() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for i in 0..5 {
        u.run(&["member", "add", "-d", WIFI, "--name", &format!("Guest {i}")])
            .ok();
    }
    // 2 seeded + 5 new panel members; pages of 3.
    let one = u
        .run(&[
            "member", "list", "--panel", "-d", WIFI, "--limit", "3", "--json",
        ])
        .ok()
        .json();
    assert_eq!(one.as_array().unwrap().len(), 3);
    let all = u
        .run(&[
            "member", "list", "--panel", "-d", WIFI, "--limit", "3", "--all", "--json",
        ])
        .ok()
        .json();
    assert_eq!(all.as_array().unwrap().len(), 7);
    let second = u
        .run(&[
            "member", "list", "--panel", "-d", WIFI, "--limit", "3", "--offset", "3", "--json",
        ])
        .ok()
        .json();
    assert_eq!(second[0], all[3]);
    u.run(&["member", "list", "--panel", "-d", WIFI, "--limit", "0"])
        .fails(2);
}

#[test]
fn count_and_me() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let w = u.run(&["member", "count", "-d", WIFI, "--raw"]).ok().json();
    assert_eq!(
        (w["familyUser"].as_i64(), w["panelUser"].as_i64()),
        (Some(2), Some(2))
    );
    let w = u
        .run(&["member", "count", "-d", WIFI, "--json"])
        .ok()
        .json();
    assert_eq!(
        (w["family"].as_i64(), w["panel"].as_i64()),
        (Some(2), Some(2))
    );
    for dev in [BLE, ZIGBEE] {
        let b = u.run(&["member", "count", "-d", dev, "--json"]).ok().json();
        let family = if dev == BLE { 3 } else { 2 };
        assert_eq!(
            (b["family"].as_i64(), b["panel"].as_i64()),
            (Some(family), Some(2)),
            "{dev}"
        );
        let me = u.run(&["member", "me", "-d", dev]).ok();
        assert!(me.stdout.contains("Demo Owner") && me.stdout.contains("administrator"));
    }
    emu.clear_journal();
    let r = u.run(&["member", "me", "-d", WIFI]).fails(2);
    assert!(
        r.stderr.contains("does not exist for Wi-Fi locks") && r.stderr.contains("member list"),
        "{}",
        r.stderr
    );
    assert!(emu.journal().is_empty());
}

#[test]
fn add_show_update_remove_on_bluetooth_and_zigbee() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // A winter start and a summer end, in a year that is always ahead.
    let (jan1, jun30) = (clock::fy_date("01-01"), clock::fy_date("06-30"));
    let (jan1_8, jun30_18, feb1) = (
        clock::fy("01-01 08:00"),
        clock::fy("06-30 18:00"),
        clock::fy("02-01"),
    );
    let jan1_day = clock::fy("01-01");
    for dev in [BLE, ZIGBEE] {
        let r = u
            .run(&[
                "member",
                "add",
                "-d",
                dev,
                "--name",
                "Cleaner Two",
                "--from",
                &jan1_8,
                "--to",
                &jun30_18,
                "--tz",
                "Europe/Berlin",
            ])
            .ok();
        let id = made(&r.stdout, "ID");
        let m = emu
            .world(|w| w.lock(dev).unwrap().member(&id).cloned())
            .expect("member added");
        assert_eq!(
            (m.nick_name.as_str(), m.user_type, m.time_type),
            ("Cleaner Two", 30, 20)
        );
        // 07:00Z (CET) and 16:00Z (CEST).
        assert_eq!(
            m.time_set,
            format!(
                "{:08x}{:08x}",
                clock::at_offset(jan1, "08:00", 1),
                clock::at_offset(jun30, "18:00", 2)
            )
        );
        let show = u.run(&["member", "show", "-d", dev, "--user", &id]).ok();
        let window = format!("from {jan1_8} CET to {jun30_18} CEST");
        assert!(show.stdout.contains(&window), "{}", show.stdout);
        // Recurring.
        u.run(&[
            "member",
            "update",
            "-d",
            dev,
            "--user",
            &id,
            "--name",
            "Cleaner 2",
            "--weekdays",
            "mon-fri",
            "--daily",
            "09:00-12:00",
            "--from",
            &jan1_day,
            "--to",
            &feb1,
        ])
        .ok();
        let m = emu
            .world(|w| w.lock(dev).unwrap().member(&id).cloned())
            .unwrap();
        assert_eq!((m.nick_name.as_str(), m.time_type), ("Cleaner 2", 30));
        let list = u.run(&["member", "list", "--panel", "-d", dev]).ok();
        let window = format!("Mon-Fri 09:00-12:00, from {jan1_day} 00:00 CET to {feb1} 00:00 CET");
        assert!(list.stdout.contains(&window), "{}", list.stdout);
        u.run(&["member", "update", "-d", dev, "--user", &id, "--permanent"])
            .ok();
        assert_eq!(
            emu.world(|w| w.lock(dev).unwrap().member(&id).unwrap().time_type),
            10
        );
        // Give them a method, then remove them: the method goes too.
        u.run(&[
            "opmode",
            "add",
            "-d",
            dev,
            "--user",
            &id,
            "--unlock-id",
            "16-9",
            "--name",
            "spare card",
        ])
        .ok();
        assert_eq!(methods_of(&emu, dev, &id), vec!["16-9".to_string()]);
        u.run(&["member", "remove", "-d", dev, "--user", &id])
            .fails(2); // no terminal, no --yes
        assert!(emu.world(|w| w.lock(dev).unwrap().member(&id).is_some()));
        u.run(&["member", "remove", "-d", dev, "--user", &id, "--yes"])
            .ok();
        assert!(emu.world(|w| w.lock(dev).unwrap().member(&id).is_none()));
        assert!(emu.world(|w| w
            .lock(dev)
            .unwrap()
            .opmodes
            .iter()
            .all(|o| o.unlock_id() != "16-9")));
    }
}

#[test]
fn add_and_remove_on_wifi() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let id = u
        .run(&["member", "add", "-d", WIFI, "--name", "Nanny"])
        .ok()
        .stdout;
    let id = made(&id, "ID");
    assert!(member_names(&emu, WIFI).contains(&(id.clone(), "Nanny".into(), 30)));
    let r = u
        .run(&[
            "member", "add", "-d", WIFI, "--name", "X", "--from", "+1d", "--to", "+2d",
        ])
        .fails(2);
    assert!(r.stderr.contains("Wi-Fi locks keep no member validity"));
    u.run(&["member", "remove", "-d", WIFI, "--user", &id, "-y"])
        .ok();
    assert!(!member_names(&emu, WIFI).iter().any(|m| m.0 == id));
    let sent = emu.sent();
    assert!(sent.contains(&"m.smart.scale.history.user.add".to_string()));
    assert!(sent.contains(&"m.smart.scale.history.user.delete".to_string()));
}

#[test]
fn upgrade_lock_id_share_unshare_freeze() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [BLE, ZIGBEE] {
        u.run(&["member", "upgrade", "-d", dev, "--user", "1002"])
            .ok();
        assert_eq!(
            emu.world(|w| w.lock(dev).unwrap().member("1002").unwrap().user_type),
            20
        );
        let fam = u.run(&["member", "list", "-d", dev]).ok();
        assert!(fam.stdout.contains("Bob"));
        assert_eq!(
            u.run(&["member", "lock-id", "-d", dev, "--user", "1003"])
                .ok()
                .stdout
                .trim(),
            "4"
        );
        u.run(&[
            "member",
            "share",
            "-d",
            dev,
            "--user",
            "1003",
            "--account",
            "other@example.com",
        ])
        .ok();
        let m = emu.world(|w| w.lock(dev).unwrap().member("1003").cloned().unwrap());
        assert_eq!(m.account_uid.as_deref(), Some("eu1700000000other002"));
        assert_eq!(m.share_account, "other@example.com");
        u.run(&["member", "unshare", "-d", dev, "--user", "1003", "--yes"])
            .ok();
        assert!(emu.world(|w| w
            .lock(dev)
            .unwrap()
            .member("1003")
            .unwrap()
            .account_uid
            .is_none()));
        u.run(&["member", "freeze", "-d", dev, "--user", "1001", "--yes"])
            .ok();
        let phases: Vec<i64> = emu.world(|w| {
            w.lock(dev)
                .unwrap()
                .opmodes
                .iter()
                .filter(|o| o.user_id.as_deref() == Some("1001"))
                .map(|o| o.phase)
                .collect()
        });
        assert!(phases.iter().all(|p| *p == 3), "{phases:?}");
        let l = u.run(&["member", "list", "-d", dev]).ok();
        assert!(
            l.stdout.contains("1001\tAlice\tfamily member\tfrozen\t"),
            "{}",
            l.stdout
        );
        u.run(&["member", "unfreeze", "-d", dev, "--user", "1001"])
            .ok();
        assert!(emu.world(|w| w
            .lock(dev)
            .unwrap()
            .opmodes
            .iter()
            .filter(|o| o.user_id.as_deref() == Some("1001"))
            .all(|o| o.phase == 1)));
    }
    emu.clear_journal();
    for verb in ["upgrade", "lock-id", "unshare", "freeze", "unfreeze"] {
        let r = u
            .run(&["member", verb, "-d", WIFI, "--user", "1002", "--yes"])
            .fails(2);
        assert!(r.stderr.contains("Wi-Fi"), "{verb}: {}", r.stderr);
    }
    assert!(emu.journal().is_empty());
}

#[test]
fn opmode_verbs_on_bluetooth_and_zigbee() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [BLE, ZIGBEE] {
        let list = u.run(&["opmode", "list", "-d", dev, "--user", "1000"]).ok();
        assert!(
            list.stdout
                .contains("12-1\tfingerprint\tRight thumb\tdelivered"),
            "{}",
            list.stdout
        );
        u.run(&[
            "opmode",
            "add",
            "-d",
            dev,
            "--user",
            "1002",
            "--unlock-id",
            "12-4",
        ])
        .ok();
        assert!(methods_of(&emu, dev, "1002").contains(&"12-4".to_string()));
        let j = u
            .run(&["opmode", "list", "-d", dev, "--user", "1002", "--raw"])
            .ok()
            .json();
        let id = j
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["opmode"] == "12")
            .unwrap()["opmodeId"]
            .as_str()
            .unwrap()
            .to_string();
        u.run(&[
            "opmode",
            "rename",
            "-d",
            dev,
            "--id",
            &id,
            "--name",
            "Bob thumb",
        ])
        .ok();
        // The methods table of `member show` is for people (piped, it prints key/value lines).
        assert!(u
            .run_env(
                &["member", "show", "-d", dev, "--user", "1002"],
                &[("LOCKCTL_FORCE_TTY", "1"), ("COLUMNS", "160")],
                None
            )
            .ok()
            .stdout
            .contains("Bob thumb"));
        let count = u
            .run(&["opmode", "count", "-d", dev, "--user", "1002"])
            .ok();
        assert!(
            count.stdout.contains("fingerprint\t1") && count.stdout.contains("password\t1"),
            "{}",
            count.stdout
        );
        let show = u.run(&["opmode", "show", "-d", dev, "--user", "1002"]).ok();
        assert!(
            show.stdout.contains("allowed") && show.stdout.contains("fingerprint"),
            "{}",
            show.stdout
        );
        u.run(&[
            "opmode", "remove", "-d", dev, "--user", "1002", "--id", &id, "-y",
        ])
        .ok();
        assert!(!methods_of(&emu, dev, "1002").contains(&"12-4".to_string()));
        u.run(&["opmode", "remove", "-d", dev, "--unlock-id", "12-1", "-y"])
            .fails(2);
    }
}

#[test]
fn opmode_verbs_on_wifi() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let un = u.run(&["opmode", "unassigned", "-d", WIFI]).ok();
    assert!(
        un.stdout.contains("12-4\tfingerprint") && un.stdout.contains("16-3\tcard"),
        "{}",
        un.stdout
    );
    assert!(u
        .run(&["opmode", "pending", "-d", WIFI])
        .ok()
        .stdout
        .starts_with("yes"));
    u.run(&[
        "opmode",
        "assign",
        "-d",
        WIFI,
        "--user",
        "1002",
        "--unlock-id",
        "12-4,16-3",
    ])
    .ok();
    assert!(methods_of(&emu, WIFI, "1002").contains(&"12-4".to_string()));
    assert_eq!(
        u.run(&["opmode", "pending", "-d", WIFI]).ok().stdout.trim(),
        "no"
    );
    // Past records of Alice's card now name Bob.
    u.run(&[
        "opmode",
        "bind-records",
        "-d",
        WIFI,
        "--user",
        "1002",
        "--unlock-id",
        "16-1",
    ])
    .ok();
    assert!(emu.world(|w| w
        .lock(WIFI)
        .unwrap()
        .history
        .iter()
        .filter(|r| r.dp_id == 16 && r.dp_value == "1")
        .all(|r| r.user_name == "Bob")));
    // add returns the opmode id; rename shows in history too.
    let id = u
        .run(&[
            "opmode",
            "add",
            "-d",
            WIFI,
            "--user",
            "1001",
            "--unlock-id",
            "13-7",
            "--name",
            "Alice PIN",
        ])
        .ok()
        .stdout;
    let id = made(&id, "ID");
    u.run(&[
        "opmode",
        "rename",
        "-d",
        WIFI,
        "--id",
        &id,
        "--name",
        "Alice code",
    ])
    .ok();
    assert!(u
        .run(&["opmode", "list", "-d", WIFI, "--user", "1001"])
        .ok()
        .stdout
        .contains("13-7\tpassword\tAlice code"));
    u.run(&["opmode", "hijack", "set", "-d", WIFI, "--unlock-id", "13-7"])
        .ok();
    assert_eq!(
        emu.world(|w| w
            .lock(WIFI)
            .unwrap()
            .opmodes
            .iter()
            .find(|o| o.unlock_id() == "13-7")
            .unwrap()
            .unlock_attr),
        1
    );
    assert!(u
        .run(&["opmode", "list", "-d", WIFI, "--user", "1001"])
        .ok()
        .stdout
        .contains("duress"));
    u.run(&[
        "opmode",
        "hijack",
        "unset",
        "-d",
        WIFI,
        "--unlock-id",
        "13-7",
    ])
    .ok();
    assert_eq!(
        emu.world(|w| w
            .lock(WIFI)
            .unwrap()
            .opmodes
            .iter()
            .find(|o| o.unlock_id() == "13-7")
            .unwrap()
            .unlock_attr),
        0
    );
    u.run(&[
        "opmode",
        "remove",
        "-d",
        WIFI,
        "--unlock-id",
        "13-7",
        "--yes",
    ])
    .ok();
    assert!(!methods_of(&emu, WIFI, "1001").contains(&"13-7".to_string()));
    for verb in [
        &["opmode", "show", "--user", "1001"][..],
        &["opmode", "count", "--user", "1001"],
    ] {
        let mut args = verb.to_vec();
        args.extend(["-d", WIFI]);
        u.run(&args).fails(2);
    }
    for dev in [BLE, ZIGBEE] {
        u.run(&["opmode", "unassigned", "-d", dev]).fails(2);
        u.run(&["opmode", "hijack", "set", "-d", dev, "--unlock-id", "12-1"])
            .fails(2);
    }
}

#[test]
fn only_the_administrator_changes_members() {
    let emu = Emu::start();
    let o = User::new();
    o.add_md5(&emu, "o");
    o.run_stdin(
        &["login", "--email", "other@example.com", "--password-stdin"],
        "lockctl-other\n",
    )
    .ok();
    // A plain member of the Bluetooth lock may look...
    o.run(&["member", "list", "-d", BLE]).ok();
    // ...but not change.
    let r = o
        .run(&[
            "member",
            "add",
            "-d",
            BLE,
            "--name",
            "Intruder",
            "--permanent",
        ])
        .fails(1);
    assert!(
        r.stderr.contains("PERMISSION_DENIED") && r.stderr.contains("administrator"),
        "{}",
        r.stderr
    );
    assert!(!member_names(&emu, BLE).iter().any(|m| m.1 == "Intruder"));
    // Not at all on a lock of another account.
    let d = User::ready(&emu);
    d.run(&["member", "list", "-d", OTHER, "--kind", "wifi"])
        .fails(1);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let long = "x".repeat(33);
    let (jan1, feb1) = (clock::fy("01-01"), clock::fy("02-01"));
    let cases: Vec<Vec<&str>> = vec![
        vec!["member", "show", "-d", BLE, "--user", "no such/user"],
        vec!["member", "show", "-d", BLE, "--user", ""],
        vec!["member", "add", "-d", BLE, "--name", "", "--permanent"],
        vec!["member", "add", "-d", BLE, "--name", &long, "--permanent"],
        vec![
            "member", "add", "-d", BLE, "--name", "A", "--from", &feb1, "--to", &jan1,
        ],
        vec!["member", "add", "-d", BLE, "--name", "A", "--weekdays", ","],
        vec![
            "member",
            "add",
            "-d",
            BLE,
            "--name",
            "A",
            "--weekdays",
            "funday",
        ],
        vec![
            "member",
            "add",
            "-d",
            BLE,
            "--name",
            "A",
            "--from",
            "yesterday-ish",
            "--to",
            "+1d",
        ],
        vec![
            "member",
            "add",
            "-d",
            BLE,
            "--name",
            "A",
            "--weekdays",
            "mon",
            "--daily",
            "18:00-09:00",
        ],
        vec![
            "member",
            "add",
            "-d",
            BLE,
            "--name",
            "A",
            "--permanent",
            "--allow",
            "telepathy",
        ],
        vec!["member", "add", "-d", BLE],
        vec!["member", "update", "-d", BLE, "--user", "1002"],
        vec![
            "opmode",
            "add",
            "-d",
            BLE,
            "--user",
            "1002",
            "--unlock-id",
            "twelve",
        ],
        vec![
            "opmode",
            "add",
            "-d",
            WIFI,
            "--user",
            "1002",
            "--unlock-id",
            "12",
        ],
        vec!["opmode", "rename", "-d", WIFI, "--id", "abc", "--name", "x"],
        vec![
            "opmode",
            "assign",
            "-d",
            WIFI,
            "--user",
            "1002",
            "--unlock-id",
            "12-x",
        ],
        vec!["opmode", "remove", "-d", BLE, "--user", "1002"],
        vec!["opmode", "remove", "-d", WIFI],
        vec!["member", "upgrade", "-d", WIFI, "--user", "1002"],
        vec![
            "member",
            "share",
            "-d",
            BLE,
            "--user",
            "1003",
            "--account",
            "not an account",
        ],
    ];
    for args in &cases {
        let r = u.run(args).fails(2);
        assert!(r.stderr.starts_with("error: "), "{args:?}: {}", r.stderr);
        assert!(r.stderr.lines().count() <= 3, "{args:?}: {}", r.stderr);
    }
    let r = u.run(&["member", "add", "-d", BLE]).fails(2);
    assert!(
        r.stderr.contains("--name")
            && r.stderr
                .contains("--permanent or --from/--to or --weekdays"),
        "{}",
        r.stderr
    );
    let r = u
        .run(&[
            "member", "add", "-d", BLE, "--name", "A", "--from", &feb1, "--to", &jan1,
        ])
        .fails(2);
    assert!(r.stderr.contains("--to"), "{}", r.stderr);
    assert!(emu.journal().is_empty(), "sent: {:?}", emu.journal());
}

#[test]
fn cloud_refusals_read_as_words() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let r = u
        .run(&["member", "show", "-d", BLE, "--user", "424242"])
        .fails(1);
    assert!(
        r.stderr.contains("refused the request's parameters")
            && r.stderr.contains("no member 424242"),
        "{}",
        r.stderr
    );
    let r = u
        .run(&[
            "opmode",
            "add",
            "-d",
            WIFI,
            "--user",
            "1002",
            "--unlock-id",
            "16-1",
        ])
        .fails(1);
    assert!(
        r.stderr.contains("belongs to another member"),
        "{}",
        r.stderr
    );
}

#[test]
fn member_add_asks_for_name_and_validity_on_a_terminal() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let script = [
        "expect:Member name",
        "send:Weekday cleaner\r",
        "expect:Validity",
        "send:\x1b[B\x1b[B\r",
        "expect:Weekdays",
        "send:\r",
        "expect:Hours",
        "send:08:00-10:00\r",
        "expect:From",
        &format!("send:{}\r", clock::fy("01-01")),
        "expect:To",
        &format!("send:{}\r", clock::fy("03-01")),
        "expect:member \"Weekday cleaner\" (id",
    ];
    let Some((ok, log)) = pty(&u, &["member", "add", "-d", BLE], &script) else {
        return;
    };
    assert!(ok, "{log}");
    let m = emu
        .world(|w| {
            w.lock(BLE)
                .unwrap()
                .members
                .iter()
                .find(|m| m.nick_name == "Weekday cleaner")
                .cloned()
        })
        .expect("added");
    assert_eq!(m.time_type, 30);
    assert!(
        m.time_set.ends_with("3e01e00258"),
        "mon-fri 08:00-10:00: {}",
        m.time_set
    );
}

#[test]
fn member_remove_confirms_on_a_terminal() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let Some((ok, log)) = pty(
        &u,
        &["member", "remove", "-d", WIFI, "--user", "1003"],
        &["expect:Remove member 1003", "send:n", "expect:cancelled"],
    ) else {
        return;
    };
    assert!(!ok, "declining exits non-zero: {log}");
    assert!(log.contains("exit 130"), "{log}");
    assert!(emu.world(|w| w.lock(WIFI).unwrap().member("1003").is_some()));
    let (ok, log) = pty(
        &u,
        &["member", "remove", "-d", WIFI, "--user", "1003"],
        &["expect:Remove member 1003", "send:y"],
    )
    .unwrap();
    assert!(ok, "{log}");
    assert!(emu.world(|w| w.lock(WIFI).unwrap().member("1003").is_none()));
}

fn open_with(emu: &Emu, dev: &str, unlock_id: &str) -> serde_json::Value {
    let at = emu.now();
    emu.with_inner(|s| lockctl_emulator::keypad::use_method(&mut s.world, dev, unlock_id, at))
        .unwrap()
}

#[test]
fn a_duress_method_raises_a_hijack_alarm() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    assert_eq!(open_with(&emu, WIFI, "13-1")["duress"], false);
    u.run(&["opmode", "hijack", "set", "-d", WIFI, "--unlock-id", "13-1"])
        .ok();
    let r = open_with(&emu, WIFI, "13-1");
    assert_eq!(
        (r["opened"].as_bool(), r["duress"].as_bool()),
        (Some(true), Some(true))
    );
    let alarms = u
        .run(&["alarm", "list", "-d", WIFI, "--type", "hijack"])
        .ok();
    assert!(
        alarms.stdout.contains("duress\twith 13-1"),
        "{}",
        alarms.stdout
    );
    let hist = u.run(&["history", "list", "-d", WIFI, "--limit", "1"]).ok();
    assert!(
        hist.stdout.contains("Demo Owner\tpassword\tOwner PIN"),
        "{}",
        hist.stdout
    );
    u.run(&[
        "opmode",
        "hijack",
        "unset",
        "-d",
        WIFI,
        "--unlock-id",
        "13-1",
    ])
    .ok();
    assert_eq!(open_with(&emu, WIFI, "13-1")["duress"], false);
}

#[test]
fn frozen_members_and_validity_windows_keep_the_door_shut() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    u.run(&["member", "freeze", "-d", BLE, "--user", "1001", "--yes"])
        .ok();
    assert_eq!(open_with(&emu, BLE, "16-1")["opened"], false);
    u.run(&["member", "unfreeze", "-d", BLE, "--user", "1001"])
        .ok();
    assert_eq!(open_with(&emu, BLE, "16-1")["opened"], true);
    // A member valid only next year cannot open now.
    u.run(&[
        "member", "update", "-d", BLE, "--user", "1002", "--from", "+300d", "--to", "+400d",
    ])
    .ok();
    assert_eq!(open_with(&emu, BLE, "13-2")["opened"], false);
    u.run(&[
        "member",
        "update",
        "-d",
        BLE,
        "--user",
        "1002",
        "--permanent",
    ])
    .ok();
    assert_eq!(open_with(&emu, BLE, "13-2")["opened"], true);
}

/// Every key path of a JSON value (`a.b`, `list[].c`), array elements merged.
fn key_paths(v: &serde_json::Value, at: &str, out: &mut std::collections::BTreeSet<String>) {
    match v {
        serde_json::Value::Object(o) => {
            for (k, x) in o {
                let p = format!("{at}.{k}");
                out.insert(p.clone());
                key_paths(x, &p, out);
            }
        }
        serde_json::Value::Array(a) => {
            for x in a {
                key_paths(x, &format!("{at}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn typed_json_has_the_same_keys_on_every_kind() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let mut sets = vec![];
    for dev in [WIFI, BLE, ZIGBEE] {
        let j = u.run(&["member", "list", "-d", dev, "--json"]).ok().json();
        let members = j.as_array().unwrap();
        assert!(!members.is_empty(), "{dev}");
        let mut keys = std::collections::BTreeSet::new();
        for m in members {
            let mut one = std::collections::BTreeSet::new();
            key_paths(m, "", &mut one);
            assert!(
                one.contains(".access.type") && one.contains(".lockUserId"),
                "{dev}: {one:?}"
            );
            keys.extend(one);
        }
        assert!(
            keys.contains(".unlockMethods[].delivery"),
            "{dev}: {keys:?}"
        );
        sets.push((dev, keys));
    }
    for (dev, keys) in &sets[1..] {
        assert_eq!(keys, &sets[0].1, "{dev} differs from Wi-Fi");
    }
    // The words are the same too.
    let b = u.run(&["member", "list", "-d", BLE, "--json"]).ok().json();
    let alice = b
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "1001")
        .unwrap();
    assert_eq!(
        (
            &alice["role"],
            &alice["validity"],
            &alice["account"],
            &alice["access"]["type"]
        ),
        (
            &serde_json::json!("family"),
            &serde_json::json!("active"),
            &serde_json::json!("joined"),
            &serde_json::json!("permanent")
        )
    );
    let w = u.run(&["member", "list", "-d", WIFI, "--json"]).ok().json();
    assert!(w[0]["account"].is_null() && w[0]["lockUserId"].is_null());
}

#[test]
fn json_fields_select_and_unknown_fields_send_nothing() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let j = u
        .run(&["member", "list", "-d", BLE, "--json", "id,name"])
        .ok()
        .json();
    for m in j.as_array().unwrap() {
        let keys: Vec<&String> = m.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["id", "name"]);
    }
    emu.clear_journal();
    for args in [
        &["member", "list", "-d", BLE, "--json", "id,nope"][..],
        &[
            "member", "show", "-d", WIFI, "--user", "1001", "--json", "nope",
        ],
        &[
            "opmode", "list", "-d", BLE, "--user", "1000", "--json", "nope",
        ],
        &["member", "add", "-d", WIFI, "--name", "Z", "--json", "nope"],
    ] {
        let r = u.run(args).fails(2);
        assert!(
            r.stderr.contains("nope") && r.stderr.contains("valid fields: id, "),
            "{args:?}: {}",
            r.stderr
        );
    }
    assert!(emu.journal().is_empty(), "sent: {:?}", emu.journal());
}

#[test]
fn raw_is_the_wire_result() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [WIFI, BLE, ZIGBEE] {
        let raw = u
            .run(&["member", "list", "-d", dev, "--family", "--raw"])
            .ok()
            .json();
        let wire = u
            .run(&["api", "call", "tuya.m.device.member.list", "-d", dev])
            .ok()
            .json();
        assert_eq!(raw, wire, "{dev}");
    }
}

#[test]
fn add_prints_the_new_member_as_one_document() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [WIFI, BLE, ZIGBEE] {
        let mut args = vec!["member", "add", "-d", dev, "--name", "Gardener", "--json"];
        if dev != WIFI {
            args.push("--permanent");
        }
        let j = u.run(&args).ok().json();
        let id = j["id"].as_str().unwrap().to_string();
        assert!(!id.is_empty(), "{dev}: {j}");
        assert_eq!(
            (&j["name"], &j["role"]),
            (&serde_json::json!("Gardener"), &serde_json::json!("panel"))
        );
        assert!(member_names(&emu, dev).contains(&(id, "Gardener".into(), 30)));
    }
}

#[test]
fn status_filter_shows_expired_members() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    u.run(&[
        "member",
        "add",
        "-d",
        BLE,
        "--name",
        "Old Guest",
        "--from",
        "2020-01-01",
        "--to",
        "2020-02-01",
    ])
    .ok();
    let exp = u
        .run(&[
            "member", "list", "--panel", "-d", BLE, "--status", "expired",
        ])
        .ok();
    assert!(exp.stdout.contains("Old Guest"), "{}", exp.stdout);
    assert!(!exp.stdout.contains("Bob"), "{}", exp.stdout);
    let act = u
        .run(&["member", "list", "--panel", "-d", BLE, "--status", "active"])
        .ok();
    assert!(act.stdout.contains("Bob") && !act.stdout.contains("Old Guest"));
    let j = u
        .run(&[
            "member", "list", "--panel", "-d", BLE, "--status", "expired", "--json",
        ])
        .ok()
        .json();
    assert_eq!(j.as_array().unwrap().len(), 1);
    assert_eq!(
        (&j[0]["validity"], &j[0]["access"]["type"]),
        (&serde_json::json!("expired"), &serde_json::json!("window"))
    );
    assert_eq!(j[0]["access"]["from"], "2020-01-01T00:00:00+01:00");
    u.run(&["member", "list", "-d", BLE, "--status", "gone"])
        .fails(2);
}

/// The emulator's lock clock pinned to the seeded world's epoch, so nothing drifts with the day.
fn pinned() -> (Emu, User) {
    let emu = Emu::start();
    emu.pin_clock(lockctl_emulator::world::ids::SEED_EPOCH);
    let u = User::warm(&emu);
    (emu, u)
}

#[test]
fn snapshots_of_member_and_opmode_lists() {
    let (_emu, u) = pinned();
    let tty = [("LOCKCTL_FORCE_TTY", "1"), ("COLUMNS", "160")];
    for (kind, dev) in [("wifi", WIFI), ("ble", BLE), ("zigbee", ZIGBEE)] {
        for (verb, args) in [
            ("member_list", vec!["member", "list", "-d", dev]),
            (
                "opmode_list",
                vec!["opmode", "list", "-d", dev, "--user", "1000"],
            ),
        ] {
            // Panel members' windows are listed too: their standing words are masked.
            let table = steady(&u.run_env(&args, &tty, None).ok().stdout);
            insta::assert_snapshot!(format!("{verb}_table_{kind}"), table);
            let tsv = steady(&u.run(&args).ok().stdout);
            insta::assert_snapshot!(format!("{verb}_tsv_{kind}"), tsv);
            let mut json_args = args.clone();
            json_args.push("--json");
            let json = u.run(&json_args).ok().json();
            insta::assert_json_snapshot!(format!("{verb}_json_{kind}"), json);
        }
    }
}

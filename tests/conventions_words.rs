//! The conventions of docs/conventions.md checked across verbs at once: one set of state words in
//! every list's STATUS column, its `--status` filter and its JSON `validity`; one confirmation
//! policy (confirmed verbs refuse off a terminal without `--yes`, unconfirmed ones never ask);
//! `member list` shows everyone, with the type, and finds a member just added.

mod common;

use common::*;
use serde_json::Value;

/// The one set of state words (docs/conventions.md, "States").
const STATES: [&str; 4] = ["upcoming", "active", "expired", "frozen"];

/// Every list verb with a `--status` filter, and the STATUS column of its tab-separated rows.
const LISTS: [(&[&str], usize); 3] = [
    (&["temppwd", "list"], 2),
    (&["offlinepwd", "list"], 3),
    (&["member", "list"], 3),
];

fn args<'a>(verb: &[&'a str], more: &[&'a str]) -> Vec<&'a str> {
    verb.iter().chain(more).copied().collect()
}

/// The actions sent that change something (reads, logins and tokens left out).
fn writes(emu: &Emu) -> Vec<String> {
    const WRITE: [&str; 13] = [
        ".add",
        ".remove",
        ".del",
        ".create",
        ".update",
        ".phase",
        ".setting",
        ".revoke",
        ".execute",
        ".allocate",
        ".bind",
        "publish",
        "offlinepwd.get",
    ];
    emu.sent()
        .into_iter()
        .filter(|a| !a.contains("token") && !a.contains("login"))
        .filter(|a| WRITE.iter().any(|w| a.contains(w)))
        .collect()
}

#[test]
fn every_list_verb_says_a_state_in_the_same_words_in_its_table_its_filter_and_its_json() {
    // The world dated at its clock: upcoming, active and expired passwords and members.
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    u.run(&["member", "freeze", "-d", BLE, "--user", "1002", "--yes"])
        .ok();
    let mut seen = std::collections::BTreeSet::new();
    for (verb, col) in LISTS {
        for dev in [WIFI, BLE, ZIGBEE] {
            let json = u.run(&args(verb, &["-d", dev, "--json"])).ok().json();
            let items = json.as_array().unwrap().clone();
            let rows = u.run(&args(verb, &["-d", dev])).ok().stdout;
            // The header line first, then one line per item.
            let (head, rows) = rows.split_once('\n').unwrap_or((&rows, ""));
            assert_eq!(
                head.split('\t').nth(col),
                Some("STATUS"),
                "{verb:?}: {head}"
            );
            for it in &items {
                let word = it["validity"].as_str().unwrap_or_default().to_string();
                assert!(STATES.contains(&word.as_str()), "{verb:?} {dev}: {it}");
                seen.insert(word.clone());
                // The same item's row says the same word in STATUS.
                let id = it["id"].as_str().unwrap();
                let row = rows
                    .lines()
                    .map(|l| l.split('\t').collect::<Vec<_>>())
                    .find(|cells| cells[0] == id)
                    .unwrap_or_else(|| panic!("{verb:?} {dev}: no row for {id}:\n{rows}"));
                assert_eq!(row[col], word, "{verb:?} {dev}: {row:?} against {it}");
            }
            // Every row's STATUS is a word of the set, never a delivery word.
            for line in rows.lines() {
                let cells: Vec<&str> = line.split('\t').collect();
                assert!(STATES.contains(&cells[col]), "{verb:?} {dev}: {line}");
            }
            // `--status` takes exactly the set, and picks the items JSON gives that word.
            for word in STATES {
                let got = u
                    .run(&args(verb, &["-d", dev, "--status", word, "--json"]))
                    .ok()
                    .json();
                let want: Vec<&Value> = items.iter().filter(|i| i["validity"] == word).collect();
                let got: Vec<&Value> = got.as_array().unwrap().iter().collect();
                assert_eq!(got.len(), want.len(), "{verb:?} {dev} --status {word}");
                assert!(got.iter().all(|i| i["validity"] == word));
            }
        }
        // Words that are not states (delivery, the old table words) are refused as usage.
        for old in [
            "pending",
            "in use",
            "in effect",
            "valid",
            "joined",
            "delivered",
        ] {
            let r = u.run(&args(verb, &["-d", BLE, "--status", old])).fails(2);
            assert!(
                r.stderr.contains("upcoming"),
                "{verb:?} {old}: {}",
                r.stderr
            );
        }
    }
    // The demo world has every state somewhere.
    for w in STATES {
        assert!(seen.contains(w), "{seen:?}");
    }
}

/// `YYYYMMDD`, `days` after the emulator's today in Berlin.
fn day(emu: &Emu, days: i64) -> String {
    jiff::Timestamp::from_second(emu.now())
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::get("Europe/Berlin").unwrap())
        .date()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
        .strftime("%Y%m%d")
        .to_string()
}

fn feed(u: &User, emu: &Emu) -> String {
    let text = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Airbnb Inc//Hosting Calendar 0.8.8//EN\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{}\r\nDTEND;VALUE=DATE:{}\r\nUID:conv@airbnb.com\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        day(emu, 5),
        day(emu, 8)
    );
    let p = u.dir.path().join("conv.ics");
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// A temporary password id on `dev`.
fn a_temppwd(u: &User, dev: &str) -> String {
    let j = u.run(&["temppwd", "list", "-d", dev, "--json"]).ok().json();
    j[0]["id"].as_str().unwrap().to_string()
}

#[test]
fn every_confirmed_verb_refuses_off_a_terminal_without_yes_and_runs_with_it() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let ical = feed(&u, &emu);
    let pwd = a_temppwd(&u, BLE);
    let several = format!("{BLE},{ZIGBEE}");
    // (args, stdin): the list of docs/conventions.md, "Confirmation", in an order where each
    // run leaves the next one something to do.
    let confirmed: Vec<(Vec<&str>, &str)> = vec![
        (vec!["remote", "unlock", "-d", ZIGBEE], ""),
        (vec!["remote", "lock", "-d", ZIGBEE], ""),
        (vec!["member", "freeze", "-d", BLE, "--user", "1002"], ""),
        (
            vec!["opmode", "remove", "-d", WIFI, "--unlock-id", "12-1"],
            "",
        ),
        (vec!["temppwd", "remove", "-d", BLE, "--id", &pwd], ""),
        (vec!["member", "remove", "-d", BLE, "--user", "1002"], ""),
        (vec!["voice", "disable", "-d", BLE], ""),
        (
            vec!["voice", "enable", "-d", BLE, "--pin-stdin"],
            "246810\n",
        ),
        (vec!["booking", "sync", "-d", BLE, "--ical", &ical], ""),
        // Over several locks: asked once, listing the locks.
        (
            vec!["member", "remove", "-d", &several, "--user", "Cleaner"],
            "",
        ),
    ];
    for (argv, stdin) in &confirmed {
        emu.clear_journal();
        let r = u.run_env(argv, &[], Some(stdin)).fails(2);
        assert!(
            r.stderr.contains("refusing without confirmation") && r.stderr.contains("--yes"),
            "{argv:?}: {}",
            r.stderr
        );
        assert!(writes(&emu).is_empty(), "{argv:?} sent {:?}", writes(&emu));
    }
    for (argv, stdin) in &confirmed {
        emu.clear_journal();
        let mut yes = argv.clone();
        yes.push("--yes");
        let r = u.run_env(&yes, &[], Some(stdin));
        assert_eq!(r.code, 0, "{yes:?}: {}", r.stderr);
        assert!(!writes(&emu).is_empty(), "{yes:?} sent no write");
    }
}

#[test]
fn unconfirmed_write_verbs_never_ask_off_a_terminal() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let pwd = a_temppwd(&u, BLE);
    let unconfirmed: Vec<Vec<&str>> = vec![
        vec!["member", "add", "-d", BLE, "--name", "Plain", "--permanent"],
        vec![
            "member", "update", "-d", BLE, "--user", "1002", "--name", "Bob B",
        ],
        vec!["member", "unfreeze", "-d", BLE, "--user", "1002"],
        vec![
            "temppwd",
            "create",
            "-d",
            BLE,
            "--name",
            "Asked not",
            "--from",
            "+1d",
            "--to",
            "+3d",
            "--generate",
        ],
        vec![
            "temppwd", "rename", "-d", BLE, "--id", &pwd, "--name", "Renamed",
        ],
        vec![
            "offlinepwd",
            "create",
            "-d",
            BLE,
            "--type",
            "once",
            "--name",
            "Plumber",
        ],
    ];
    for argv in &unconfirmed {
        emu.clear_journal();
        let r = u.run(argv);
        assert_eq!(r.code, 0, "{argv:?}: {}", r.stderr);
        assert!(!r.stderr.contains("--yes"), "{argv:?}: {}", r.stderr);
        assert!(!r.stderr.contains('?'), "{argv:?} asked: {}", r.stderr);
        assert!(!writes(&emu).is_empty(), "{argv:?} sent no write");
    }
}

#[test]
fn a_confirmed_verb_asks_on_a_terminal_and_no_sends_nothing() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.clear_journal();
    let Some((ok, screen)) = pty(
        &u,
        &["member", "freeze", "-d", BLE, "--user", "1002"],
        &["expect:Freeze member 1002", "send:n"],
    ) else {
        return;
    };
    assert!(!ok || screen.contains("cancelled"), "{screen}");
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));
}

/// The only call of the terminal question is inside the one helper.
#[test]
fn every_confirmation_goes_through_the_one_helper() {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![];
    walk(&root.join("src"), &mut files);
    let callers: Vec<String> = files
        .iter()
        .filter(|p| !p.ends_with("fleet/mod.rs"))
        .filter(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .contains("prompter.confirm(")
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        callers.is_empty(),
        "call fleet::confirm instead: {callers:?}"
    );
}

#[test]
fn member_list_shows_everyone_with_their_type_and_a_member_just_added() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [WIFI, BLE, ZIGBEE] {
        let r = u
            .run(&[
                "member",
                "add",
                "-d",
                dev,
                "--name",
                "Gardener",
                "--permanent",
            ])
            .ok();
        let j = u.run(&["member", "list", "-d", dev, "--json"]).ok().json();
        let all = j.as_array().unwrap();
        let new = all
            .iter()
            .find(|m| m["name"] == "Gardener")
            .unwrap_or_else(|| panic!("{dev}: the new member is not listed: {j}"));
        // The message names the kind it added.
        let kind = new["role"].as_str().unwrap();
        assert!(
            r.stderr
                .contains(&format!("Added {kind} member \"Gardener\"")),
            "{dev}: {}",
            r.stderr
        );
        // Everyone by default; --family and --panel split them.
        let fam = u.run(&["member", "list", "-d", dev, "--family", "--json"]);
        let fam = fam.ok().json();
        let fam = fam.as_array().unwrap();
        assert!(fam.iter().all(|m| m["role"] != "panel"), "{dev}: {fam:?}");
        let panel = u
            .run_env(
                &["member", "list", "-d", dev, "--panel", "--json"],
                &[],
                None,
            )
            .json();
        let panel = panel.as_array().cloned().unwrap_or_default();
        assert!(
            panel.iter().all(|m| m["role"] == "panel"),
            "{dev}: {panel:?}"
        );
        assert_eq!(fam.len() + panel.len(), all.len(), "{dev}");
        // The table's TYPE column.
        let rows = u.run(&["member", "list", "-d", dev]).ok().stdout;
        let row = rows.lines().find(|l| l.contains("Gardener")).unwrap();
        assert!(row.contains(&format!("\t{kind} member\t")), "{dev}: {row}");
    }
}

#[test]
fn permanent_is_one_rule_over_one_lock_and_several() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // Accepted on a lock that keeps no validity: what every member there is.
    u.run(&[
        "member",
        "add",
        "-d",
        WIFI,
        "--name",
        "P one",
        "--permanent",
    ])
    .ok();
    u.run(&[
        "member",
        "add",
        "-d",
        &format!("{WIFI},{BLE}"),
        "--name",
        "P many",
        "--permanent",
    ])
    .ok();
    // A window is refused there, over one lock and over several, before any write.
    for d in [WIFI.to_string(), format!("{WIFI},{BLE}")] {
        emu.clear_journal();
        let r = u
            .run(&[
                "member", "add", "-d", &d, "--name", "W", "--from", "+1d", "--to", "+3d",
            ])
            .fails(2);
        assert!(r.stderr.contains("keep no member validity"), "{}", r.stderr);
        assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));
    }
}

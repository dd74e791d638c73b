//! The conventions of issue 19 checked across verbs at once (docs/conventions.md): lists over
//! several locks print one table of the records with the lock first, `--json FIELDS` selects
//! the records' fields, a lock named twice is one lock; hints add to their error, never repeat
//! it, and date forms are said once; the PIN prompt asks again and offers to generate.

mod common;

use common::several::element;
use common::*;
use serde_json::Value;

const TWO: &str = "Front Door,Back Door";

/// Every list verb that runs on the Wi-Fi and the Bluetooth demo lock, with a record field its
/// `--json FIELDS` selects.
fn lists() -> Vec<(Vec<&'static str>, &'static str)> {
    vec![
        (vec!["member", "list"], "name"),
        (vec!["temppwd", "list"], "name"),
        (vec!["offlinepwd", "list"], "name"),
        (vec!["opmode", "list", "--user", "Alice"], "unlockId"),
        (vec!["history", "list", "--limit", "5"], "kind"),
        (vec!["alarm", "list", "--limit", "5"], "type"),
    ]
}

fn with<'a>(verb: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
    let mut a = verb.to_vec();
    a.extend_from_slice(extra);
    a
}

/// The table's lines (tab-separated off a terminal): the header first, LOCK its first column,
/// and rows of both locks.
#[track_caller]
fn assert_lock_first(what: &str, r: &Run, names: &[&str]) {
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(
        lines.first().is_some_and(|h| h.starts_with("LOCK\t")),
        "{what}: {}",
        r.stdout
    );
    for n in names {
        assert!(
            lines.iter().any(|l| l.starts_with(&format!("{n}\t"))),
            "{what}: no row of {n}\n{}",
            r.stdout
        );
    }
    // The rows are the records, not one outcome line per lock.
    assert!(
        !r.stdout.contains("\tok\t") && !lines[0].contains("OUTCOME"),
        "{what}: {}",
        r.stdout
    );
}

#[test]
fn lists_over_several_locks_print_the_records_with_the_lock_first() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for (verb, field) in lists() {
        let what = verb.join(" ");
        // People: one table, LOCK first, rows of both locks.
        let r = u.run(&with(&verb, &["-d", TWO])).ok();
        assert_lock_first(&what, &r, &["Front Door", "Back Door"]);

        // Scripts: --json FIELDS names the records' fields; lock and ok are kept.
        let fields = format!("id,{field}");
        let arr = u
            .run(&with(&verb, &["-d", TWO, "--json", &fields]))
            .ok()
            .json();
        assert_eq!(arr.as_array().unwrap().len(), 2, "{what}: {arr}");
        for dev in [WIFI, BLE] {
            let e = element(&arr, dev);
            assert_eq!(e["ok"], true, "{what}: {e}");
            let records = e["result"].as_array().unwrap();
            assert!(!records.is_empty(), "{what}: {e}");
            for rec in records {
                let keys: Vec<&String> = rec.as_object().unwrap().keys().collect();
                assert!(
                    keys.iter().all(|k| *k == "id" || *k == field),
                    "{what}: {rec}"
                );
                assert!(rec.get(field).is_some(), "{what}: {rec}");
            }
        }

        // A lock named twice (by name, prefix or id) is one lock and prints as one.
        let one = u.run(&with(&verb, &["-d", "Front Door", "--json"])).ok();
        for twice in [
            "front door,Front Door".to_string(),
            format!("Front,{WIFI}"),
            format!("{WIFI},{WIFI}"),
        ] {
            let r = u.run(&with(&verb, &["-d", &twice, "--json"])).ok();
            assert_eq!(r.json(), one.json(), "{what} -d {twice}");
        }
        let people_one = u.run(&with(&verb, &["-d", "Front Door"])).ok();
        let people_twice = u.run(&with(&verb, &["-d", "front,Front Door"])).ok();
        assert_eq!(people_twice.stdout, people_one.stdout, "{what}");
    }
    // The documented names of the run stay valid: `--json lock,ok` keeps those (and `error`).
    let arr = u
        .run(&["member", "list", "-d", TWO, "--json", "lock,ok"])
        .ok()
        .json();
    for e in arr.as_array().unwrap() {
        let keys: Vec<&String> = e.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["lock", "ok"], "{e}");
    }
    // A field neither the records nor the run have is refused before any request.
    emu.clear_journal();
    let r = u
        .run(&["member", "list", "-d", TWO, "--json", "nope"])
        .fails(2);
    assert!(r.stderr.contains("nope"), "{}", r.stderr);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn wifi_only_lists_print_the_records_with_the_lock_first_too() {
    let emu = Emu::start_fleet(4);
    let u = User::warm(&emu);
    let wifi2 = lockctl_emulator::world::fleet::fleet_dev_id(4);
    let sel = format!("{WIFI},{wifi2}");
    for (verb, field) in [
        (vec!["opmode", "unassigned"], "unlockId"),
        (vec!["opmode", "pending"], "pending"),
    ] {
        let what = verb.join(" ");
        let r = u.run(&with(&verb, &["-d", &sel])).ok();
        let lines: Vec<&str> = r.stdout.lines().collect();
        assert!(lines[0].starts_with("LOCK\t"), "{what}: {}", r.stdout);
        assert!(
            lines.iter().any(|l| l.starts_with("Front Door\t")),
            "{what}: {}",
            r.stdout
        );
        let arr = u
            .run(&with(&verb, &["-d", &sel, "--json", field]))
            .ok()
            .json();
        let e = element(&arr, WIFI);
        assert_eq!(e["ok"], true, "{e}");
        let firsts: Vec<Value> = match &e["result"] {
            Value::Array(a) => a.clone(),
            v => vec![v.clone()],
        };
        for rec in firsts {
            let keys: Vec<&String> = rec.as_object().unwrap().keys().collect();
            assert_eq!(keys, [field], "{what}: {rec}");
        }
    }
}

#[test]
fn a_failed_lock_is_said_on_stderr_after_the_table_of_the_others() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // Alice is on every demo lock; once she is gone from the Back Door, it fails there alone.
    u.run(&[
        "member",
        "remove",
        "-d",
        "Back Door",
        "--user",
        "Alice",
        "--yes",
    ])
    .ok();
    let r = u
        .run(&["opmode", "list", "--user", "Alice", "-d", TWO])
        .fails(1);
    assert_lock_first("opmode list", &r, &["Front Door"]);
    assert!(!r.stdout.contains("Back Door"), "{}", r.stdout);
    assert!(r.stderr.contains("Back Door ("), "{}", r.stderr);
    assert!(r.stderr.contains("2 locks: 1 ok, 1 failed"), "{}", r.stderr);
}

/// The `error:` line and the `hint:` line of a failure.
fn error_and_hint(stderr: &str) -> (String, String) {
    let line = |p: &str| {
        stderr
            .lines()
            .find_map(|l| l.strip_prefix(p))
            .unwrap_or("")
            .trim()
            .to_string()
    };
    (line("error:"), line("hint:"))
}

/// Words of a hint that say nothing new: every run of 4 words of the hint found in the error.
fn repeats(error: &str, hint: &str) -> Option<String> {
    let words: Vec<&str> = hint.split_whitespace().collect();
    let error = error.to_lowercase();
    words
        .windows(4)
        .map(|w| w.join(" ").to_lowercase())
        .find(|w| error.contains(w.as_str()))
}

#[test]
fn hints_add_to_their_error_and_date_forms_are_said_once() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let plan = u.dir.path().join("access.toml").display().to_string();
    std::fs::write(
        &plan,
        "prefix = \"t: \"\nlocks = [\"Back Door\"]\n[[passwords]]\nname = \"A\"\nfrom = \"2090-01-01\"\nto = \"2090-02-01\"\npin_env = \"GUEST_PIN_UNSET\"\n",
    )
    .unwrap();
    let create = |extra: &[&'static str]| {
        let mut a = vec![
            "temppwd",
            "create",
            "-d",
            "Front Door",
            "--name",
            "X",
            "--pin-stdin",
        ];
        a.extend_from_slice(extra);
        a
    };
    let window: &[&'static str] = &["--from", "now", "--to", "+1d"];
    // (args, stdin, exit, words the error or hint must carry)
    let cases: Vec<(Vec<&str>, &str, i32, &str)> = vec![
        (create(window), "123\n", 2, "--generate"),
        (create(window), "12a4567\n", 2, "digits only"),
        (
            create(&["--from", "someday", "--to", "+1d"]),
            "1234567\n",
            2,
            "YYYY-MM-DD HH:MM",
        ),
        (
            create(&["--from", "now", "--to", "later"]),
            "1234567\n",
            2,
            "YYYY-MM-DD HH:MM",
        ),
        (
            vec!["history", "list", "-d", "Front Door", "--since", "lastweek"],
            "",
            2,
            "YYYY-MM-DD HH:MM",
        ),
        (
            vec!["alarm", "list", "-d", "Front Door", "--until", "soonish"],
            "",
            2,
            "YYYY-MM-DD HH:MM",
        ),
        (vec!["plan", "-f", &plan], "", 2, "set GUEST_PIN_UNSET="),
        (
            vec!["apply", "-f", &plan, "--yes"],
            "",
            2,
            "set GUEST_PIN_UNSET=",
        ),
        (
            vec!["api", "call", "tuya.m.device.lock.tempwd.list"],
            "",
            2,
            "lockctl api list",
        ),
    ];
    for (args, stdin, code, want) in &cases {
        emu.clear_journal();
        let r = u.run_stdin(args, stdin).fails(*code);
        let (error, hint) = error_and_hint(&r.stderr);
        assert!(!error.is_empty(), "{args:?}: {}", r.stderr);
        assert!(
            format!("{error} {hint}").contains(want),
            "{args:?} should say {want}: {}",
            r.stderr
        );
        if let Some(w) = repeats(&error, &hint) {
            panic!(
                "{args:?}: the hint repeats the error (`{w}`):\n{}",
                r.stderr
            );
        }
        // The accepted forms are listed once.
        assert!(
            r.stderr.matches("tomorrow 14:00").count() <= 1,
            "{}",
            r.stderr
        );
        // Refused before any request (a plan reads the locks before it looks at a PIN).
        if !matches!(args[0], "plan" | "apply") {
            assert!(emu.sent().is_empty(), "{args:?} sent {:?}", emu.sent());
        }
    }

    // A PIN the cloud refuses (another password has it): its words appear once.
    let r = u
        .run_stdin(
            &[
                "temppwd",
                "create",
                "-d",
                "Front Door",
                "--name",
                "Dup",
                "--pin-stdin",
                "--from",
                "now",
                "--to",
                "+1d",
            ],
            "3141592\n",
        )
        .fails(1);
    let (error, hint) = error_and_hint(&r.stderr);
    assert_eq!(
        r.stderr
            .matches("another active temporary password")
            .count(),
        1,
        "{}",
        r.stderr
    );
    assert!(repeats(&error, &hint).is_none(), "{}", r.stderr);
    assert!(hint.contains("another PIN"), "{}", r.stderr);
}

#[test]
fn a_bare_length_in_since_looks_back() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for (bare, signed) in [("30d", "-30d"), ("2h", "-2h")] {
        let a = u
            .run(&[
                "history",
                "list",
                "-d",
                "Front Door",
                "--since",
                bare,
                "--json",
            ])
            .ok()
            .json();
        let b = u
            .run(&[
                "history",
                "list",
                "-d",
                "Front Door",
                "--since",
                signed,
                "--json",
            ])
            .ok()
            .json();
        assert_eq!(a, b, "--since {bare}");
    }
    let r = u.run(&["temppwd", "create", "--help"]).ok();
    let help = r.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(help.contains("counts from --from"), "{}", r.stdout);
}

#[test]
fn the_pin_prompt_asks_again_and_offers_to_generate() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let args = [
        "temppwd",
        "create",
        "-d",
        "Front Door",
        "--name",
        "Typed",
        "--from",
        "now",
        "--to",
        "+1d",
        "--yes",
    ];
    // A short PIN: why, and the prompt again; then a good one typed twice.
    let Some((ok, screen)) = pty(
        &u,
        &args,
        &[
            "expect:PIN (7 digits",
            "send:123\r",
            "expect:type another",
            "send:2468024\r",
            "expect:PIN again",
            "send:2468024\r",
        ],
    ) else {
        return;
    };
    assert!(ok, "{screen}");
    assert!(screen.contains("exactly 7 digits"), "{screen}");
    let made = emu.world(|w| {
        w.lock(WIFI)
            .unwrap()
            .temp_passwords
            .iter()
            .any(|p| p.name == "Typed" && p.pin == "2468024")
    });
    assert!(made, "{screen}");

    // An empty answer generates one of the lock's length, printed once.
    let args = [
        "temppwd",
        "create",
        "-d",
        "Front Door",
        "--name",
        "Made",
        "--from",
        "now",
        "--to",
        "+1d",
        "--yes",
    ];
    let Some((ok, screen)) = pty(&u, &args, &["expect:empty: generate", "send:\\r"]) else {
        return;
    };
    assert!(ok, "{screen}");
    let pin = emu.world(|w| {
        w.lock(WIFI)
            .unwrap()
            .temp_passwords
            .iter()
            .find(|p| p.name == "Made" && !p.removed)
            .map(|p| p.pin.clone())
    });
    let pin = pin.expect("a password named Made");
    assert_eq!(pin.len(), 7, "{pin}");
    assert_eq!(screen.matches(pin.as_str()).count(), 1, "{screen}");
}

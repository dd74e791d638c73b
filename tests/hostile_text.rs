//! Text from the cloud is data, never terminal control: names and messages holding escape
//! sequences, C1 controls and bidi or zero-width characters are shown visibly in every human form
//! (table, tab-separated rows, `key: value` fields, notices, errors), CSV cells that a spreadsheet
//! would run are defused, and `--json` keeps the data exactly.

mod common;

use common::cmdline::temppwd_create;
use common::*;

/// Writes the clipboard (OSC 52), clears the screen, then reverses the text that follows.
const EVIL: &str = "Eve\u{1b}]52;c;aGFjaw==\u{7}\u{1b}[2J\u{202e}gpj\u{200b}\u{9b}1m\u{7f}";
/// The same name as lockctl shows it to people.
const SHOWN: &str = "Eve\\x1b]52;c;aGFjaw==\\x07\\x1b[2J\\u{202e}gpj\\u{200b}\\x9b1m\\x7f";

const TTY: [(&str, &str); 2] = [("LOCKCTL_FORCE_TTY", "1"), ("COLUMNS", "200")];

/// No byte of `text` would act on a terminal: no control but line breaks and tabs, no bidi or
/// zero-width character.
#[track_caller]
fn inert(what: &str, text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|c| {
            (c.is_control() && *c != '\n' && *c != '\t')
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{61c}')
        })
        .collect();
    assert!(bad.is_empty(), "{what} writes {bad:?}:\n{text}");
}

fn rename_member(emu: &Emu, dev: &str, user: &str, name: &str) {
    emu.with_inner(|s| {
        let lock = s.world.lock_mut(dev).unwrap();
        let m = lock.members.iter_mut().find(|m| m.user_id == user).unwrap();
        m.nick_name = name.to_string();
    });
}

#[test]
fn member_names_are_shown_visibly_in_tables_rows_and_fields() {
    let emu = Emu::start();
    rename_member(&emu, BLE, "1001", EVIL);
    let u = User::ready(&emu);

    let table = u.run_env(&["member", "list", "-d", BLE], &TTY, None).ok();
    inert("member list (table)", &table.stdout);
    assert!(table.stdout.contains(SHOWN), "{}", table.stdout);

    let rows = u.run(&["member", "list", "-d", BLE]).ok();
    inert("member list (rows)", &rows.stdout);
    assert!(rows.stdout.contains(SHOWN), "{}", rows.stdout);

    let show = u.run(&["member", "show", "-d", BLE, "--user", "1001"]).ok();
    inert("member show", &show.stdout);
    assert!(show.stdout.contains(SHOWN), "{}", show.stdout);
}

#[test]
fn json_keeps_hostile_names_exactly_and_escaped() {
    let emu = Emu::start();
    rename_member(&emu, BLE, "1001", EVIL);
    let u = User::ready(&emu);
    for args in [
        vec!["member", "list", "-d", BLE, "--json"],
        vec!["member", "list", "-d", BLE, "--raw"],
        vec!["member", "list", "-d", BLE, "--jq", ".[].name"],
    ] {
        let r = u.run(&args).ok();
        inert(&args.join(" "), &r.stdout);
        assert!(r.stdout.contains("\\u202e"), "{}", r.stdout);
    }
    let list = u.run(&["member", "list", "-d", BLE, "--json"]).ok().json();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["name"].as_str())
        .collect();
    assert!(names.contains(&EVIL), "{names:?}");
}

#[test]
fn history_rows_and_csv_cells_are_safe() {
    let emu = Emu::start();
    let formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
    emu.with_inner(|s| {
        let lock = s.world.lock_mut(WIFI).unwrap();
        for (i, r) in lock.history.iter_mut().enumerate() {
            r.user_name = if i % 2 == 0 {
                formula.into()
            } else {
                EVIL.into()
            };
            r.unlock_name = "@SUM(1+1)".into();
        }
    });
    let u = User::ready(&emu);

    let rows = u.run(&["history", "list", "-d", WIFI]).ok();
    inert("history list (rows)", &rows.stdout);
    let table = u.run_env(&["history", "list", "-d", WIFI], &TTY, None).ok();
    inert("history list (table)", &table.stdout);

    let csv = u
        .run(&["history", "list", "-d", WIFI, "--all", "--format", "csv"])
        .ok();
    let mut reader = csv::Reader::from_reader(csv.stdout.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (member, unlock) = (col("memberName"), col("unlockName"));
    let mut formulas = 0;
    for rec in reader.records() {
        let rec = rec.unwrap();
        let name = &rec[member];
        assert!(!name.starts_with(['=', '+', '-', '@']), "{name}");
        if name == format!("'{formula}") {
            formulas += 1;
        } else if !name.is_empty() {
            // Not a formula: kept exactly, escape bytes and all.
            assert_eq!(name, EVIL);
        }
        assert_eq!(&rec[unlock], "'@SUM(1+1)");
    }
    assert!(formulas > 0, "{}", csv.stdout);

    let nd = u
        .run(&[
            "history", "list", "-d", WIFI, "--format", "ndjson", "--limit", "4",
        ])
        .ok();
    inert("history ndjson", &nd.stdout);
    let names: Vec<String> = nd
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter_map(|v| v["member"]["name"].as_str().map(String::from))
        .collect();
    assert!(names.iter().any(|n| n == EVIL), "{names:?}");
}

#[test]
fn lock_names_in_notices_and_prompts_are_shown_visibly() {
    let emu = Emu::start();
    emu.with_inner(|s| s.world.lock_mut(BLE).unwrap().name = EVIL.into());
    let u = User::ready(&emu);
    let r = u
        .run(&["member", "remove", "-d", BLE, "--user", "1002", "--yes"])
        .ok();
    inert("member remove notice", &r.stderr);
    assert!(r.stderr.contains(SHOWN), "{}", r.stderr);
    // Refused for want of a terminal: the question is echoed in the error, made safe.
    let r = u
        .run(&["member", "remove", "-d", BLE, "--user", "1003"])
        .fails(2);
    inert("confirmation refusal", &r.stderr);
    assert!(r.stderr.contains(SHOWN), "{}", r.stderr);
    let list = u.run_env(&["device", "list"], &TTY, None).ok();
    inert("device list", &list.stdout);
}

/// A cloud that refuses everything with a hostile message.
fn refusing_cloud() -> FakeCloud {
    FakeCloud::start(|_| {
        serde_json::json!({
            "success": false, "status": "error", "t": 1,
            "errorCode": "EVIL\u{1b}[2J",
            "errorMsg": format!("no: {EVIL}"),
        })
        .to_string()
    })
}

#[test]
fn a_cloud_message_in_an_error_is_shown_visibly() {
    let cloud = refusing_cloud();
    let u = User::on_fake_cloud(&cloud.url, &[]);
    let r = u.run(&["device", "list"]);
    assert_ne!(r.code, 0);
    inert("error", &r.stderr);
    assert!(r.stderr.contains(SHOWN), "{}", r.stderr);
    assert!(r.stderr.contains("EVIL\\x1b[2J"), "{}", r.stderr);
}

#[test]
fn names_typed_with_control_or_invisible_characters_are_refused_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for name in [
        "Eve\u{1b}[2J",
        "evil\u{202e}gpj",
        "zero\u{200b}width",
        "bom\u{feff}",
    ] {
        let r = u
            .run(&["member", "add", "-d", BLE, "--name", name, "--permanent"])
            .fails(2);
        inert("refusal", &r.stderr);
        assert!(r.stderr.contains("--name"), "{}", r.stderr);
        let r = u
            .run_stdin(&temppwd_create(WIFI, name, "+1d", &[]), "1234567\n")
            .fails(2);
        inert("refusal", &r.stderr);
        let r = u
            .run(&[
                "offlinepwd",
                "create",
                "-d",
                WIFI,
                "--type",
                "once",
                "--name",
                name,
            ])
            .fails(2);
        inert("refusal", &r.stderr);
    }
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

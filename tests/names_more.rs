//! Member names for `--user` on the record lists, a lock's name for `api call --dev`, and the
//! password tables' validity words relative to now.

mod common;

use common::*;

#[test]
fn history_and_alarm_lists_take_a_member_name() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let by_id = u
        .run(&[
            "history", "list", "-d", WIFI, "--user", "1001", "--limit", "5", "--json",
        ])
        .ok()
        .json();
    assert!(!by_id.as_array().unwrap().is_empty());
    // "ali" is a unique, case-insensitive prefix of Alice (member 1001).
    let by_name = u
        .run(&[
            "history", "list", "-d", WIFI, "--user", "ali", "--limit", "5", "--json",
        ])
        .ok()
        .json();
    assert_eq!(by_id, by_name);
    for verb in ["history", "alarm"] {
        let r = u
            .run(&[verb, "list", "-d", WIFI, "--user", "Nobody", "--json"])
            .fails(2);
        assert!(r.stderr.contains("Alice"), "{verb}: {}", r.stderr);
        // An alarm list by name is the list by id.
        let a = u.run(&[verb, "list", "-d", WIFI, "--user", "Cleaner", "--json"]);
        let b = u.run(&[verb, "list", "-d", WIFI, "--user", "1003", "--json"]);
        assert_eq!(a.ok().json(), b.ok().json(), "{verb}");
    }
    emu.clear_journal();
    u.run(&["alarm", "list", "-d", WIFI, "--user", "a\u{7}b"])
        .fails(2);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn api_call_takes_a_lock_name() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let by_name = u
        .run(&[
            "api",
            "call",
            "tuya.m.device.member.list",
            "-d",
            "front door",
        ])
        .ok()
        .json();
    let by_id = u
        .run(&["api", "call", "tuya.m.device.member.list", "-d", WIFI])
        .ok()
        .json();
    assert_eq!(by_name, by_id);
    let r = u
        .run(&["api", "call", "tuya.m.device.member.list", "-d", "Nowhere"])
        .fails(2);
    assert!(r.stderr.contains("Front Door"), "{}", r.stderr);
}

#[test]
fn password_tables_say_where_each_window_stands() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let t = u.run(&["temppwd", "list", "-d", WIFI]).ok().stdout;
    for words in ["(starts in ", "(ends in ", "(expired "] {
        assert!(t.contains(words), "{words}: {t}");
    }
    let line = |name: &str| t.lines().find(|l| l.contains(name)).unwrap().to_string();
    assert!(
        line("Summer guest").contains("(starts in 29 days)")
            || line("Summer guest").contains("(starts in 30 days)"),
        "{t}"
    );
    assert!(
        line("Last visitor").contains("(expired 13 days ago)")
            || line("Last visitor").contains("(expired 12 days ago)"),
        "{t}"
    );
    let o = u.run(&["offlinepwd", "list", "-d", WIFI]).ok().stdout;
    assert!(o.contains("(ends in "), "{o}");
    // JSON keeps plain times.
    let j = u
        .run(&["temppwd", "list", "-d", WIFI, "--json"])
        .ok()
        .stdout;
    assert!(!j.contains(" ago") && !j.contains("starts in"), "{j}");
}

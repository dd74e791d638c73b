//! `temppwd show`: whether a temporary password opens the door right now, and when next.

mod common;

use common::*;

#[test]
fn temppwd_show_says_whether_it_opens_now_and_when_next() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // The demo's guest password is in its window, with no schedule.
    let j = u
        .run(&["temppwd", "show", "-d", WIFI, "--id", "150", "--json"])
        .ok()
        .json();
    assert_eq!(
        (&j["id"], &j["opensNow"]),
        (&"150".into(), &true.into()),
        "{j}"
    );
    assert_eq!(j["openUntil"], j["to"]);
    assert!(j["reason"].is_null() && j["nextOpen"].is_null());
    let r = u.run(&["temppwd", "show", "-d", WIFI, "--id", "150"]).ok();
    assert!(r.stdout.contains("opens now\tyes, until "), "{}", r.stdout);
    // A password whose window has not begun opens at its first scheduled hour.
    let monday = clock::next_weekday_after(14, jiff::civil::Weekday::Monday);
    let from = clock::typed(monday, "00:00");
    let to = clock::typed(monday + jiff::Span::new().days(31), "00:00");
    for (dev, pin) in [(BLE, "555001"), (WIFI, "5550001")] {
        let made = u
            .run_stdin(
                &[
                    "temppwd",
                    "create",
                    "-d",
                    dev,
                    "--name",
                    "Office",
                    "--pin-stdin",
                    "--from",
                    &from,
                    "--to",
                    &to,
                    "--schedule",
                    "mon-fri 09:00-18:00",
                    "--json",
                ],
                &format!("{pin}\n"),
            )
            .ok()
            .json();
        let id = made["id"].as_str().unwrap().to_string();
        let j = u
            .run(&[
                "temppwd",
                "show",
                "-d",
                dev,
                "--id",
                &id,
                "--json",
                "opensNow,nextOpen,reason",
            ])
            .ok()
            .json();
        assert_eq!(
            j,
            serde_json::json!({
                "opensNow": false,
                "nextOpen": clock::rfc3339(monday, "09:00"),
                "reason": "upcoming"
            }),
            "{dev}"
        );
        let r = u.run(&["temppwd", "show", "-d", dev, "--id", &id]).ok();
        assert!(
            r.stdout.contains("opens now\tno (upcoming)"),
            "{}",
            r.stdout
        );
        let next = format!("next opens\t{}", clock::shown(monday, "09:00"));
        assert!(r.stdout.contains(&next), "{}", r.stdout);
    }
    // An id the lock does not have; an id that is no id, refused before any request.
    let r = u
        .run(&["temppwd", "show", "-d", WIFI, "--id", "999"])
        .fails(2);
    assert!(r.stderr.contains("no temporary password 999 on Front Door"));
    emu.clear_journal();
    u.run(&["temppwd", "show", "-d", WIFI, "--id", "abc"])
        .fails(2);
    u.run(&[
        "temppwd", "show", "-d", WIFI, "--id", "150", "--json", "nope",
    ])
    .fails(2);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

//! `booking sync` against the emulator: a feed file that adds bookings, then moves and cancels
//! them (the file rewritten between runs), with dates counted from the emulator's clock (dated at
//! the real clock, as lockctl's own), so "past" and "ahead" hold on any day.

mod common;

use std::io::{Read, Write};

use common::*;
use jiff::tz::TimeZone;

fn berlin() -> TimeZone {
    TimeZone::get("Europe/Berlin").unwrap()
}

/// `YYYYMMDD`, `days` from today in Berlin.
fn day(days: i64) -> String {
    let today = common::clock::now().to_zoned(berlin()).date();
    today
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
        .strftime("%Y%m%d")
        .to_string()
}

/// Unix seconds of `HH:MM` Berlin time `days` from today.
fn at(days: i64, h: i8, m: i8) -> i64 {
    let today = common::clock::now().to_zoned(berlin()).date();
    today
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
        .at(h, m, 0, 0)
        .to_zoned(berlin())
        .unwrap()
        .timestamp()
        .as_second()
}

fn event(uid: &str, from: i64, to: i64, summary: &str, extra: &str) -> String {
    format!(
        "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{}\r\nDTEND;VALUE=DATE:{}\r\nUID:{uid}\r\nSUMMARY:{summary}\r\n{extra}END:VEVENT\r\n",
        day(from),
        day(to)
    )
}

fn feed(events: &[String]) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Airbnb Inc//Hosting Calendar 0.8.8//EN\r\n{}END:VCALENDAR\r\n",
        events.concat()
    )
}

fn write_feed(u: &User, text: &str) -> String {
    let p = u.dir.path().join("feed.ics");
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// (name, from, to, pin) of the lock's live temporary passwords.
fn passwords(emu: &Emu, dev: &str) -> Vec<(String, i64, i64, String)> {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .temp_passwords
            .iter()
            .filter(|p| !p.removed)
            .map(|p| {
                (
                    p.name.clone(),
                    p.effective_time,
                    p.invalid_time,
                    p.pin.clone(),
                )
            })
            .collect()
    })
}

fn find(emu: &Emu, dev: &str, name: &str) -> Option<(String, i64, i64, String)> {
    passwords(emu, dev).into_iter().find(|p| p.0 == name)
}

fn writes(emu: &Emu) -> Vec<String> {
    emu.sent()
        .into_iter()
        .filter(|a| {
            !a.contains("token.create")
                && [".create", ".update", ".remove", ".del"]
                    .iter()
                    .any(|w| a.contains(w))
        })
        .collect()
}

const AIRBNB_DESC: &str = "DESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/details/HMAAAA1111\\nPhone Number (Last 4 Digits): 4321\r\n";

#[test]
fn a_feed_adds_then_moves_and_cancels_bookings() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let first = feed(&[
        event("a@airbnb.com", 5, 8, "Reserved", AIRBNB_DESC),
        event("b@airbnb.com", 10, 12, "Reserved", ""),
        event("c@airbnb.com", 20, 22, "Reserved", ""),
        event("past@airbnb.com", -10, -7, "Reserved", ""),
        event("blocked@airbnb.com", 30, 35, "Airbnb (Not available)", ""),
    ]);
    let f = write_feed(&u, &first);
    let before = passwords(&emu, BLE).len();

    // A dry run plans and sends no write.
    let r = u
        .run(&["booking", "sync", "-d", BLE, "--ical", &f, "--dry-run"])
        .ok();
    assert_eq!(r.stdout.matches("\tplanned").count(), 3, "{}", r.stdout);
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));

    let r = u
        .run(&[
            "booking",
            "sync",
            "-d",
            BLE,
            "--ical",
            &f,
            "--pin-from",
            "phone",
            "--json",
            "--yes",
        ])
        .ok();
    let rows = r.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(rows
        .iter()
        .all(|x| x["action"] == "create" && x["ok"] == true));
    // Named from the summary and the booking code; the PIN ends in the phone's last digits and
    // is printed this once.
    let a = find(&emu, BLE, "Reserved HMAAAA1111").expect("booking a has a password");
    assert_eq!(a.1, at(5, 14, 0), "check-in 15:00 less an hour");
    assert_eq!(a.2, at(8, 11, 30), "check-out 11:00 plus 30 minutes");
    assert!(a.3.ends_with("4321") && a.3.len() == 6, "{}", a.3);
    assert!(rows.iter().any(|x| x["pin"] == a.3.as_str()));
    assert!(find(&emu, BLE, "Reserved b").is_some());
    assert_eq!(
        passwords(&emu, BLE).len(),
        before + 3,
        "past and blocked skipped"
    );

    // A second run changes nothing.
    emu.clear_journal();
    let r = u.run(&["booking", "sync", "-d", BLE, "--ical", &f]).ok();
    assert!(r.stderr.contains("No changes"), "{}", r.stderr);
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));

    // a moves a day later, b is cancelled, c vanishes.
    let second = feed(&[
        event("a@airbnb.com", 6, 9, "Reserved", AIRBNB_DESC),
        event("b@airbnb.com", 10, 12, "Reserved", "STATUS:CANCELLED\r\n"),
    ]);
    write_feed(&u, &second);
    // Deletions ask first: without a terminal and --yes, refused and nothing written.
    emu.clear_journal();
    let r = u
        .run(&["booking", "sync", "-d", BLE, "--ical", &f])
        .fails(2);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert!(writes(&emu).is_empty());
    let r = u
        .run(&["booking", "sync", "-d", BLE, "--ical", &f, "--yes"])
        .ok();
    assert!(
        r.stdout.contains("update\tReserved HMAAAA1111"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stdout.matches("delete\t").count(), 2, "{}", r.stdout);
    let a2 = find(&emu, BLE, "Reserved HMAAAA1111").unwrap();
    assert_eq!((a2.1, a2.2), (at(6, 14, 0), at(9, 11, 30)));
    assert_eq!(a2.3, a.3, "an update keeps the PIN");
    assert!(find(&emu, BLE, "Reserved b").is_none());
    assert_eq!(passwords(&emu, BLE).len(), before + 1);

    emu.clear_journal();
    u.run(&["booking", "sync", "-d", BLE, "--ical", &f]).ok();
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));

    // The state file is private and links the booking to its password.
    let state = u.dir.path().join("data/bookings.toml");
    let text = std::fs::read_to_string(&state).unwrap();
    assert!(
        text.contains("a@airbnb.com") && !text.contains("b@airbnb.com"),
        "{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&state).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

/// `booking sync` of feed file `f` to the Wi-Fi lock, naming passwords "Guest {summary}".
fn sync_guests(u: &User, f: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "booking",
        "sync",
        "-d",
        WIFI,
        "--ical",
        f,
        "--name",
        "Guest {summary}",
        "--yes",
    ];
    args.extend_from_slice(extra);
    u.run(&args)
}

#[test]
fn a_lock_that_cannot_update_gets_a_new_password_for_a_moved_booking() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let f = write_feed(&u, &feed(&[event("w@x", 3, 5, "Jo", "")]));
    sync_guests(&u, &f, &[]).ok();
    let old = find(&emu, WIFI, "Guest Jo").unwrap();
    assert_eq!(old.3.len(), 7, "Wi-Fi PINs have 7 digits");
    write_feed(&u, &feed(&[event("w@x", 4, 5, "Jo", "")]));
    let r = sync_guests(&u, &f, &[]).ok();
    assert!(r.stdout.contains("replace\tGuest Jo"), "{}", r.stdout);
    let new = find(&emu, WIFI, "Guest Jo").unwrap();
    assert_eq!(new.1, at(4, 14, 0));

    // A lost state file: the password already on the lock is linked again, not made twice.
    std::fs::remove_file(u.dir.path().join("data/bookings.toml")).unwrap();
    emu.clear_journal();
    let r = sync_guests(&u, &f, &[]).ok();
    assert!(r.stderr.contains("linked"), "{}", r.stderr);
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));
    let state = std::fs::read_to_string(u.dir.path().join("data/bookings.toml")).unwrap();
    assert!(state.contains("w@x"), "{state}");
}

#[test]
fn a_feed_that_fails_is_empty_or_does_not_parse_changes_nothing() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let good = write_feed(&u, &feed(&[event("a@x", 3, 5, "Reserved", "")]));
    u.run(&["booking", "sync", "-d", BLE, "--ical", &good, "--yes"])
        .ok();
    let settled = passwords(&emu, BLE);
    emu.clear_journal();
    for bad in [
        "",
        "hello, not a calendar",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:2026-1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ] {
        write_feed(&u, bad);
        let r = u
            .run(&["booking", "sync", "-d", BLE, "--ical", &good, "--yes"])
            .fails(1);
        assert!(r.stderr.contains("nothing was changed"), "{}", r.stderr);
    }
    u.run(&[
        "booking",
        "sync",
        "-d",
        BLE,
        "--ical",
        "/nonexistent/feed.ics",
        "--yes",
    ])
    .fails(1);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
    assert_eq!(passwords(&emu, BLE), settled);
    // Bad flags are refused before anything is read.
    for args in [
        &["--before", "1y"][..],
        &["--check-in", "25:00"][..],
        &["--name", "{guest}"][..],
    ] {
        let mut all = vec!["booking", "sync", "-d", BLE, "--ical", &good];
        all.extend_from_slice(args);
        u.run(&all).fails(2);
    }
    let r = u
        .run(&[
            "booking",
            "sync",
            "-d",
            BLE,
            "--ical",
            "http://example.com/t.ics?s=SECRETTOKEN",
        ])
        .fails(2);
    assert!(!r.stderr.contains("SECRETTOKEN"), "{}", r.stderr);
    assert!(emu.sent().is_empty());
}

/// Serve `body` to each of `n` requests on a loopback port; the URL carries a secret token.
fn serve(body: String, status: &'static str, n: usize) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for _ in 0..n {
            let Ok((mut s, _)) = listener.accept() else {
                return;
            };
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let _ = write!(
                s,
                "HTTP/1.1 {status}\r\nContent-Type: text/calendar\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    format!("http://127.0.0.1:{port}/calendar/ical/77.ics?s=SECRETTOKEN")
}

#[test]
fn a_feed_address_keeps_its_token_out_of_traces_errors_and_the_state_file() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let url = serve(feed(&[event("u@x", 3, 5, "Reserved", "")]), "200 OK", 1);
    let r = u
        .run(&["booking", "sync", "-d", BLE, "--ical", &url, "-v", "--yes"])
        .ok();
    assert!(r.stderr.contains("GET http://127.0.0.1:"), "{}", r.stderr);
    assert!(!r.stderr.contains("SECRETTOKEN") && !r.stdout.contains("SECRETTOKEN"));
    let state = std::fs::read_to_string(u.dir.path().join("data/bookings.toml")).unwrap();
    assert!(
        state.contains("u@x") && !state.contains("SECRETTOKEN"),
        "{state}"
    );
    assert!(find(&emu, BLE, "Reserved u").is_some());

    let missing = serve(String::new(), "404 Not Found", 1);
    emu.clear_journal();
    let r = u
        .run(&["booking", "sync", "-d", BLE, "--ical", &missing])
        .fails(1);
    assert!(r.stderr.contains("404"), "{}", r.stderr);
    assert!(!r.stderr.contains("SECRETTOKEN"), "{}", r.stderr);
    assert!(emu.sent().is_empty());
}

#[test]
fn status_shows_each_bookings_code_delivery_and_first_use() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let synced = feed(&[
        event("now@airbnb.com", -1, 2, "Reserved", AIRBNB_DESC),
        event("next@airbnb.com", 5, 8, "Reserved", ""),
        event("past@airbnb.com", -10, -7, "Reserved", ""),
    ]);
    let f = write_feed(&u, &synced);
    u.run(&["booking", "sync", "-d", BLE, "--ical", &f, "--yes"])
        .ok();
    // A booking the sync has not seen yet: no code for it.
    let later = feed(&[
        event("now@airbnb.com", -1, 2, "Reserved", AIRBNB_DESC),
        event("next@airbnb.com", 5, 8, "Reserved", ""),
        event("past@airbnb.com", -10, -7, "Reserved", ""),
        event("new@airbnb.com", 12, 14, "Reserved", ""),
    ]);
    let f = write_feed(&u, &later);
    emu.clear_journal();
    let r = u
        .run(&["booking", "status", "-d", BLE, "--ical", &f, "--json"])
        .ok();
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));
    let doc = r.json();
    let rows = doc.as_array().unwrap();
    assert_eq!(rows.len(), 3, "{doc}");
    let now = &rows[0];
    assert_eq!(now["booking"], "now@airbnb.com");
    assert_eq!(now["stay"], "current");
    assert_eq!(now["code"], "HMAAAA1111");
    assert_eq!(now["passwordName"], "Reserved HMAAAA1111");
    assert!(now["passwordId"].is_string(), "{now}");
    assert_eq!(now["delivery"], "delivered", "{now}");
    assert!(now["firstUse"].is_null(), "{now}");
    assert!(
        now["checkIn"].as_str().unwrap().contains("T15:00:00"),
        "{now}"
    );
    assert_eq!(rows[1]["booking"], "next@airbnb.com");
    assert_eq!(rows[1]["stay"], "next");
    assert_eq!(rows[2]["booking"], "new@airbnb.com");
    assert_eq!(rows[2]["delivery"], "missing");
    assert!(rows[2]["passwordId"].is_null());
    assert!(r.stderr.contains("1 booking has no code"), "{}", r.stderr);
    // Never the PIN.
    let (_, _, _, pin) = find(&emu, BLE, "Reserved HMAAAA1111").unwrap();
    assert!(!r.stdout.contains(&pin) && !r.stderr.contains(&pin));
    let table = u.run(&["booking", "status", "-d", BLE, "--ical", &f]).ok();
    assert!(
        table.stdout.starts_with("GUEST\tCHECK-IN"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("\tnot yet"), "{}", table.stdout);
    assert!(!table.stdout.contains(&pin));

    // The guest types the code at the keypad: its first use shows.
    let t = emu.now();
    let opened = emu
        .with_inner(|s| lockctl_emulator::keypad::enter(&mut s.world, BLE, &pin, t))
        .unwrap();
    assert_eq!(opened["opened"], true, "{opened}");
    emu.advance(600);
    let t2 = emu.now();
    emu.with_inner(|s| lockctl_emulator::keypad::enter(&mut s.world, BLE, &pin, t2))
        .unwrap();
    let r = u
        .run(&["booking", "status", "-d", BLE, "--ical", &f, "--json"])
        .ok();
    let doc = r.json();
    let first = doc[0]["firstUse"]
        .as_str()
        .unwrap_or_else(|| panic!("{doc}"));
    let at = first.split('[').next().unwrap();
    let at: jiff::Timestamp = at.parse().unwrap();
    assert_eq!(at.as_second(), t, "{first}");
    assert!(doc[1]["firstUse"].is_null());
    let table = u.run(&["booking", "status", "-d", BLE, "--ical", &f]).ok();
    let line = table.stdout.lines().nth(1).unwrap();
    assert!(!line.contains("not yet"), "{}", table.stdout);
}

#[test]
fn status_refuses_bad_flags_before_any_request() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let f = write_feed(&u, &feed(&[event("a@x", 1, 2, "Reserved", "")]));
    emu.clear_journal();
    u.run(&[
        "booking", "status", "-d", BLE, "--ical", &f, "--before", "1y",
    ])
    .fails(2);
    u.run(&[
        "booking", "status", "-d", BLE, "--ical", &f, "--name", "{nope}",
    ])
    .fails(2);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn status_over_several_locks_has_a_lock_column_and_one_element_per_lock() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let f = write_feed(
        &u,
        &feed(&[
            event("now@airbnb.com", -1, 2, "Reserved", AIRBNB_DESC),
            event("next@airbnb.com", 5, 8, "Reserved", ""),
        ]),
    );
    // Synced to one lock only: the other has no code for either booking.
    u.run(&["booking", "sync", "-d", BLE, "--ical", &f, "--yes"])
        .ok();
    emu.clear_journal();
    let two = format!("{BLE},{ZIGBEE}");
    let r = u
        .run(&["booking", "status", "-d", &two, "--ical", &f, "--json"])
        .ok();
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));
    let doc = r.json();
    let locks = doc.as_array().unwrap();
    assert_eq!(locks.len(), 2, "{doc}");
    let of = |dev: &str| {
        locks
            .iter()
            .find(|l| l["lock"]["id"] == dev)
            .unwrap_or_else(|| panic!("{dev} not in {doc}"))
    };
    assert_eq!(of(BLE)["ok"], true, "{doc}");
    let ble = of(BLE)["result"].as_array().unwrap();
    assert_eq!(ble.len(), 2, "{doc}");
    assert_eq!(ble[0]["delivery"], "delivered", "{doc}");
    assert_eq!(ble[0]["passwordName"], "Reserved HMAAAA1111");
    let zigbee = of(ZIGBEE)["result"].as_array().unwrap();
    assert_eq!(zigbee.len(), 2, "{doc}");
    assert!(zigbee.iter().all(|b| b["delivery"] == "missing"), "{doc}");
    assert!(
        r.stderr.contains("2 bookings have no code on Garage"),
        "{}",
        r.stderr
    );
    // For people: one table, the lock first.
    let t = u.run(&["booking", "status", "-d", &two, "--ical", &f]).ok();
    let lines: Vec<&str> = t.stdout.lines().collect();
    assert!(
        lines[0].starts_with("LOCK\tGUEST\tCHECK-IN"),
        "{}",
        t.stdout
    );
    assert_eq!(lines.len(), 5, "{}", t.stdout);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Back Door\t") && l.contains("\tdelivered\t")),
        "{}",
        t.stdout
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Garage\t") && l.contains("\tmissing\t")),
        "{}",
        t.stdout
    );
    // --json FIELDS selects inside each lock's result.
    let r = u
        .run(&[
            "booking",
            "status",
            "-d",
            &two,
            "--ical",
            &f,
            "--json",
            "booking,delivery",
        ])
        .ok();
    let doc = r.json();
    let first = &doc[0]["result"][0];
    let mut keys: Vec<&str> = first
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(keys, ["booking", "delivery"], "{doc}");
    // A lock that cannot be read fails alone: its element says why, the others are shown, exit 1.
    emu.with_inner(|s| {
        s.lock_faults
            .fail(ZIGBEE, "SYSTEM_ERROR", None, None)
            .unwrap()
    });
    let r = u
        .run(&["booking", "status", "-d", &two, "--ical", &f, "--json"])
        .fails(1);
    let doc = r.json();
    let failed = doc
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lock"]["id"] == ZIGBEE)
        .unwrap();
    assert_eq!(failed["ok"], false, "{doc}");
    assert!(failed["error"]["message"].is_string(), "{doc}");
    assert!(
        doc.as_array()
            .unwrap()
            .iter()
            .any(|l| l["lock"]["id"] == BLE && l["ok"] == true),
        "{doc}"
    );
    emu.with_inner(|s| {
        s.lock_faults
            .fail(ZIGBEE, "SYSTEM_ERROR", None, Some(0))
            .unwrap()
    });
    // --home names every lock of the home: one element each.
    let r = u
        .run(&[
            "booking",
            "status",
            "--home",
            "demo home",
            "--ical",
            &f,
            "--json",
        ])
        .ok();
    let doc = r.json();
    assert!(doc.as_array().unwrap().len() >= 3, "{doc}");
    assert!(
        doc.as_array()
            .unwrap()
            .iter()
            .all(|l| l["ok"] == true && l["result"].is_array()),
        "{doc}"
    );
}

#[test]
fn the_missing_code_warning_names_the_profile_given() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    u.login_md5(&emu, "other");
    u.run(&["profile", "use", "t"]).ok();
    let f = write_feed(&u, &feed(&[event("next@airbnb.com", 5, 8, "Reserved", "")]));
    let r = u
        .run(&[
            "--profile",
            "other",
            "booking",
            "status",
            "-d",
            ZIGBEE,
            "--ical",
            &f,
        ])
        .ok();
    let want = format!("`lockctl --profile other booking sync -d {ZIGBEE} --ical ...`");
    assert!(r.stderr.contains(&want), "{}", r.stderr);
    // The current profile: the command as it is.
    let r = u
        .run(&["booking", "status", "-d", ZIGBEE, "--ical", &f])
        .ok();
    let want = format!("`lockctl booking sync -d {ZIGBEE} --ical ...`");
    assert!(r.stderr.contains(&want), "{}", r.stderr);
}

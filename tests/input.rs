//! Input people type: times (`today 18:00`, `tomorrow 14:00`, `+2mo`, a relative `--to` that
//! counts from `--from`), and what is refused before any request: weekday words that are not
//! weekdays, wall-clock times that DST skips or repeats, an empty `--tz`, times past 2099, and
//! stdin that is not UTF-8.

mod common;

use std::io::Write;
use std::process::Stdio;

use common::*;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

fn berlin() -> TimeZone {
    TimeZone::get("Europe/Berlin").unwrap()
}

fn ts(secs: i64) -> Timestamp {
    Timestamp::from_second(secs).unwrap()
}

fn time_of(v: &serde_json::Value, key: &str) -> Timestamp {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("no {key} in {v}"))
        .parse()
        .unwrap()
}

/// The next Christmas Eve 14:00 (the README's example) in Berlin: this year's, or next year's
/// once this year's has passed.
fn christmas_eve() -> String {
    let now = clock::now().to_zoned(berlin());
    let this_year: DateTime = format!("{}-12-24T14:00", now.year()).parse().unwrap();
    let year = if now.datetime() < this_year {
        now.year()
    } else {
        now.year() + 1
    };
    format!("{year}-12-24 14:00")
}

#[test]
fn the_readme_example_counts_a_relative_to_from_from() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    let eve = christmas_eve();
    let r = u
        .run_stdin(
            &[
                "temppwd",
                "create",
                "-d",
                WIFI,
                "--name",
                "Guest",
                "--pin-stdin",
                "--from",
                &eve,
                "--to",
                "+3d",
                "--schedule",
                "mon-fri 09:00-18:00",
                "--json",
            ],
            "1234567\n",
        )
        .ok()
        .json();
    let (from, to) = (time_of(&r, "from"), time_of(&r, "to"));
    let want: DateTime = eve.replace(' ', "T").parse().unwrap();
    assert_eq!(from, want.to_zoned(berlin()).unwrap().timestamp());
    assert_eq!(to.as_second() - from.as_second(), 3 * 86400, "{r}");

    // The same rule for members' windows.
    let m = u
        .run(&[
            "member", "add", "-d", BLE, "--name", "Visitor", "--from", &eve, "--to", "+3d",
            "--json",
        ])
        .ok()
        .json();
    let members = u
        .run(&["member", "list", "-d", BLE, "--panel", "--json"])
        .ok()
        .json();
    let visitor = members
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == m["id"])
        .unwrap_or_else(|| panic!("no {m} in {members}"));
    let access = &visitor["access"];
    let (f, t) = (time_of(access, "from"), time_of(access, "to"));
    assert_eq!(f, from);
    assert_eq!(t.as_second() - f.as_second(), 3 * 86400, "{access}");
}

#[test]
fn today_tomorrow_and_calendar_months() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    let before = ts(emu.now()).to_zoned(berlin());
    let r = u
        .run(&[
            "temppwd",
            "create",
            "-d",
            WIFI,
            "--name",
            "Tomorrow",
            "--generate",
            "--from",
            "tomorrow 14:00",
            "--to",
            "+2mo",
            "--json",
        ])
        .ok()
        .json();
    let from = time_of(&r, "from").to_zoned(berlin());
    let to = time_of(&r, "to").to_zoned(berlin());
    let tomorrow = before.date().checked_add(1.day()).unwrap();
    // Unless the test ran across midnight, "tomorrow" is the day after the test began.
    let after = ts(emu.now()).to_zoned(berlin());
    if after.date() == before.date() {
        assert_eq!(from.date(), tomorrow, "{r}");
    }
    assert_eq!((from.hour(), from.minute()), (14, 0), "{r}");
    // Two calendar months later, at the same wall time (whatever DST did in between).
    assert_eq!(
        to.datetime(),
        from.datetime().checked_add(2.months()).unwrap(),
        "{r}"
    );

    let r = u.run(&[
        "temppwd",
        "create",
        "-d",
        WIFI,
        "--name",
        "Tonight",
        "--generate",
        "--from",
        "now",
        "--to",
        "today 23:59",
        "--json",
    ]);
    // Refused only in the last minute of the day, when `today 23:59` is already past.
    if r.code == 0 {
        let to = time_of(&r.json(), "to").to_zoned(berlin());
        assert_eq!((to.hour(), to.minute()), (23, 59));
    }
}

/// Runs `args` and expects a usage error naming `needle`, with nothing sent.
#[track_caller]
fn refused(emu: &Emu, u: &User, args: &[&str], needle: &str) -> String {
    emu.clear_journal();
    let r = u.run_stdin(args, "1234567\n").fails(2);
    assert!(r.stderr.contains(needle), "{args:?}: {}", r.stderr);
    assert!(emu.sent().is_empty(), "{args:?} sent {:?}", emu.sent());
    r.stderr
}

fn temppwd<'a>(from: &'a str, to: &'a str) -> Vec<&'a str> {
    vec![
        "temppwd",
        "create",
        "-d",
        WIFI,
        "--name",
        "T",
        "--pin-stdin",
        "--from",
        from,
        "--to",
        to,
    ]
}

#[test]
fn weekday_words_must_be_weekdays() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for bad in ["monkey", "satan", "sunny", "fridge"] {
        let mut args = temppwd("now", "+1d");
        let schedule = format!("{bad} 09:00-18:00");
        args.extend(["--schedule", &schedule]);
        refused(&emu, &u, &args, bad);
        refused(
            &emu,
            &u,
            &[
                "member",
                "add",
                "-d",
                BLE,
                "--name",
                "M",
                "--weekdays",
                bad,
                "--daily",
                "09:00-12:00",
            ],
            bad,
        );
    }
}

#[test]
fn dst_gaps_and_folds_are_refused_with_a_way_out() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // Berlin's next spring-forward (02:00 to 03:00) and fall-back (03:00 to 02:00) days.
    let (spring, _, _) = clock::next_dst_change("Europe/Berlin", 2, true);
    let (autumn, _, _) = clock::next_dst_change("Europe/Berlin", 2, false);
    let gap = refused(
        &emu,
        &u,
        &temppwd(&clock::typed(spring, "02:30"), "+1d"),
        "does not exist in Europe/Berlin",
    );
    assert!(gap.contains("02:00 to 03:00"), "{gap}");
    let fold_time = clock::typed(autumn, "02:30");
    let fold = refused(&emu, &u, &temppwd(&fold_time, "+1d"), "happens twice");
    assert!(fold.contains("+02:00") && fold.contains("+01:00"), "{fold}");
    // The way out the message shows works.
    let r = u
        .run_stdin(&temppwd(&format!("{fold_time}+01:00"), "+1d"), "1234567\n")
        .ok();
    assert!(
        r.stderr.is_empty() || !r.stderr.contains("error"),
        "{}",
        r.stderr
    );
    // Gaps in --to and in member windows are refused the same way.
    let day_before = clock::typed(spring.yesterday().unwrap(), "12:00");
    refused(
        &emu,
        &u,
        &temppwd(&day_before, &clock::typed(spring, "02:15")),
        "does not exist",
    );
    refused(
        &emu,
        &u,
        &[
            "member", "add", "-d", BLE, "--name", "M", "--from", &fold_time, "--to", "+1d",
        ],
        "happens twice",
    );
}

#[test]
fn empty_zones_and_absurd_times_are_refused() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let mut args = temppwd("now", "+1d");
    args.extend(["--tz", ""]);
    refused(&emu, &u, &args, "--tz");
    refused(&emu, &u, &temppwd("now", "+100000w"), "2099");
    refused(&emu, &u, &temppwd("now", "2100-01-01"), "2099");
    refused(&emu, &u, &temppwd("now", "+99999999999999999999d"), "2099");
    refused(&emu, &u, &temppwd("now", "+5000000mo"), "2099");
    refused(
        &emu,
        &u,
        &["history", "list", "-d", WIFI, "--since", "-100000w"],
        "1970",
    );
}

#[test]
fn stdin_that_is_not_utf8_is_a_usage_error() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let mut c = u.cmd(&temppwd("now", "+1d"));
    c.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"12\xff\xfe567\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn member_tables_say_where_a_window_stands() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    let add = |name: &str, from: &str, to: &str| {
        u.run(&[
            "member", "add", "-d", BLE, "--name", name, "--from", from, "--to", to,
        ])
        .ok();
    };
    add("Soon", "+73h", "+10d");
    add("Gone", "-5d", "-50h");
    add("Now", "-1d", "+3270m"); // 54.5 hours from a day ago: 30.5 hours from now
    let rows = u.run(&["member", "list", "-d", BLE, "--panel"]).ok().stdout;
    let line = |name: &str| {
        rows.lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("no {name} in {rows}"))
            .to_string()
    };
    assert!(line("Soon").contains("(starts in 3 days)"), "{rows}");
    assert!(line("Gone").contains("(expired 2 days ago)"), "{rows}");
    assert!(line("Now").contains("(ends in 30 hours)"), "{rows}");
}

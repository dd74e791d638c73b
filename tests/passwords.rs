//! `temppwd` and `offlinepwd` against the emulator: a password opens the simulated keypad exactly
//! when it should.

mod common;

use common::cmdline::temppwd_create;
use common::*;
use serde_json::Value;

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

fn keypad(emu: &Emu, dev: &str, pin: &str, at: i64) -> Value {
    emu.with_inner(|s| lockctl_emulator::keypad::enter(&mut s.world, dev, pin, at))
        .unwrap()
}

fn opens(emu: &Emu, dev: &str, pin: &str, at: i64) -> bool {
    keypad(emu, dev, pin, at)["opened"] == true
}

fn temp_ids(emu: &Emu, dev: &str) -> Vec<(i64, String)> {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .temp_passwords
            .iter()
            .filter(|p| !p.removed)
            .map(|p| (p.id, p.name.clone()))
            .collect()
    })
}

#[test]
fn weekday_schedule_opens_only_inside_window_and_hours() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // A window of 30 days starting on a Monday two weeks or more from today, whatever today is.
    let monday = clock::next_weekday_after(14, jiff::civil::Weekday::Monday);
    let day = |n: i64| monday + jiff::Span::new().days(n);
    let (from, to) = (
        clock::typed(monday, "00:00"),
        clock::typed(day(30), "00:00"),
    );
    let r = u.run_stdin(
        &[
            "temppwd",
            "create",
            "-d",
            WIFI,
            "--name",
            "Office",
            "--pin-stdin",
            "--from",
            &from,
            "--to",
            &to,
            "--schedule",
            "mon-fri 09:00-18:00",
        ],
        "7654321\n",
    );
    let r = r.ok();
    for text in [&r.stdout, &r.stderr] {
        assert!(!text.contains("7654321"), "PIN leaked: {text}");
    }
    // The preview is for someone watching a terminal (tests/messages.rs shows it there).
    assert!(
        !r.stderr.contains("•••••••")
            && !r.stderr.contains("Mon-Fri 09:00-18:00")
            && !r.stderr.contains(&clock::shown(monday, "00:00")),
        "preview written to a pipe: {}",
        r.stderr
    );
    // The emulator decrypted the PIN with the lock's localKey.
    let p = emu.world(|w| {
        w.lock(WIFI)
            .unwrap()
            .temp_passwords
            .iter()
            .find(|p| p.name == "Office")
            .cloned()
            .unwrap()
    });
    assert_eq!(p.pin, "7654321");
    assert_eq!(p.effective_time, clock::berlin_secs(monday, "00:00"));
    assert_eq!(p.schedule[0].working_day, 0b0111110);
    // Tuesday 10:00 opens; Saturday 10:00 does not; Tuesday 08:59 does not; after the window not.
    let at = |n: i64, hh_mm: &str| clock::berlin_secs(day(n), hh_mm);
    assert!(opens(&emu, WIFI, "7654321", at(1, "10:00")));
    assert!(!opens(&emu, WIFI, "7654321", at(5, "10:00")));
    assert!(!opens(&emu, WIFI, "7654321", at(1, "08:59")));
    assert!(!opens(&emu, WIFI, "7654321", at(36, "10:00")));
    // The opening is in history under the password's name.
    let h = emu.world(|w| w.lock(WIFI).unwrap().history[0].clone());
    assert_eq!((h.dp_id, h.unlock_name.as_str()), (14, "Office"));
    let list = u.run(&["temppwd", "list", "-d", WIFI]).ok();
    // The window is followed by where it stands now (tests/names_more.rs checks those words).
    let row = format!(
        "Office\tupcoming\tdelivered\t{} to {} (~)\tMon-Fri 09:00-18:00\tmany",
        clock::shown(monday, "00:00"),
        clock::shown(day(30), "00:00")
    );
    assert!(steady(&list.stdout).contains(&row), "{}", list.stdout);
}

#[test]
fn one_time_opens_once_and_removed_never() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for (dev, pin) in [(WIFI, "1112223"), (BLE, "111222"), (ZIGBEE, "333444")] {
        u.run_stdin(
            &temppwd_create(dev, "Once", "+2d", &["--once"]),
            &format!("{pin}\n"),
        )
        .ok();
        let now = emu.now() + 60;
        assert!(opens(&emu, dev, pin, now), "{dev}");
        assert!(!opens(&emu, dev, pin, now + 60), "{dev}: one use only");
        let j = u.run(&["temppwd", "list", "-d", dev, "--raw"]).ok().json();
        let once = j
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "Once")
            .unwrap();
        assert_eq!(once["effective"], 5, "used one-time password shows expired");
        let rem_pin = if dev == WIFI { "5556667" } else { "555666" };
        u.run_stdin(
            &temppwd_create(dev, "Gone", "+2d", &[]),
            &format!("{rem_pin}\n"),
        )
        .ok();
        let id = temp_ids(&emu, dev)
            .into_iter()
            .find(|p| p.1 == "Gone")
            .unwrap()
            .0
            .to_string();
        u.run(&["temppwd", "remove", "-d", dev, "--id", &id])
            .fails(2);
        u.run(&["temppwd", "remove", "-d", dev, "--id", &id, "--yes"])
            .ok();
        assert!(
            !opens(&emu, dev, rem_pin, now),
            "{dev}: removed passwords never open"
        );
    }
    let sent = emu.sent();
    assert!(sent.contains(&"tuya.m.device.lock.temppwd.del".to_string()));
    assert!(sent.contains(&"tuya.m.device.lock.temppwd.remove".to_string()));
}

#[test]
fn window_across_dst_lands_on_the_right_instants() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // Across the next day Berlin leaves summer time (at 03:00 CEST), from noon before to noon after.
    let (day, cest, cet) = clock::next_dst_change("Europe/Berlin", 2, false);
    assert_eq!((cest, cet), (2, 1));
    let (before, after) = (day.yesterday().unwrap(), day.tomorrow().unwrap());
    let (from, to) = (clock::typed(before, "12:00"), clock::typed(after, "12:00"));
    u.run_stdin(
        &[
            "temppwd",
            "create",
            "-d",
            BLE,
            "--name",
            "Autumn",
            "--pin-stdin",
            "--from",
            &from,
            "--to",
            &to,
        ],
        "246810\n",
    )
    .ok();
    let p = emu.world(|w| {
        w.lock(BLE)
            .unwrap()
            .temp_passwords
            .iter()
            .find(|p| p.name == "Autumn")
            .cloned()
            .unwrap()
    });
    assert_eq!(
        p.effective_time,
        clock::at_offset(before, "12:00", 2),
        "{from} CEST"
    );
    assert_eq!(
        p.invalid_time,
        clock::at_offset(after, "12:00", 1),
        "{to} CET"
    );
    // Same through --tz and RFC 3339, across New York's next spring change (EST to EDT).
    let (day, est, edt) = clock::next_dst_change("America/New_York", 2, true);
    assert_eq!((est, edt), (-5, -4));
    let (before, after) = (day.yesterday().unwrap(), day.tomorrow().unwrap());
    let from = clock::typed(before, "12:00");
    let to = format!("{after}T12:00:00-04:00");
    u.run_stdin(
        &[
            "temppwd",
            "create",
            "-d",
            BLE,
            "--name",
            "Spring",
            "--pin-stdin",
            "--tz",
            "America/New_York",
            "--from",
            &from,
            "--to",
            &to,
        ],
        "135791\n",
    )
    .ok();
    let p = emu.world(|w| {
        w.lock(BLE)
            .unwrap()
            .temp_passwords
            .iter()
            .find(|p| p.name == "Spring")
            .cloned()
            .unwrap()
    });
    assert_eq!(
        p.effective_time,
        clock::at_offset(before, "12:00", -5),
        "{from} EST"
    );
    assert_eq!(p.invalid_time, clock::at_offset(after, "12:00", -4), "{to}");
}

#[test]
fn bluetooth_validate_update_rename_and_generated_pins() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [BLE, ZIGBEE] {
        let v = u
            .run_stdin(
                &[
                    "temppwd",
                    "validate",
                    "-d",
                    dev,
                    "--name",
                    "V",
                    "--pin-stdin",
                    "--from",
                    "now",
                    "--to",
                    "+1d",
                ],
                "424242\n",
            )
            .ok();
        assert!(v.stdout.starts_with("accepted"), "{}", v.stdout);
        // The seeded password's PIN is taken.
        let v = u
            .run_stdin(
                &[
                    "temppwd",
                    "validate",
                    "-d",
                    dev,
                    "--name",
                    "V",
                    "--pin-stdin",
                    "--from",
                    "now",
                    "--to",
                    "+1d",
                ],
                "314159\n",
            )
            .ok();
        assert!(v.stdout.starts_with("refused"), "{}", v.stdout);
        let g = u
            .run(&[
                "temppwd",
                "create",
                "-d",
                dev,
                "--name",
                "Gen",
                "--generate",
                "--from",
                "now",
                "--to",
                "+1d",
            ])
            .ok();
        let pin = made(&g.stdout, "PIN");
        assert_eq!(pin.len(), 6);
        assert!(pin.bytes().all(|b| b.is_ascii_digit()));
        let id = temp_ids(&emu, dev)
            .into_iter()
            .find(|p| p.1 == "Gen")
            .unwrap()
            .0
            .to_string();
        assert_eq!(
            emu.world(|w| w
                .lock(dev)
                .unwrap()
                .temp_passwords
                .iter()
                .find(|p| p.name == "Gen")
                .unwrap()
                .pin
                .clone()),
            pin
        );
        u.run(&[
            "temppwd", "rename", "-d", dev, "--id", &id, "--name", "Renamed",
        ])
        .ok();
        u.run_stdin(
            &[
                "temppwd",
                "update",
                "-d",
                dev,
                "--id",
                &id,
                "--pin-stdin",
                "--schedule",
                "sat,sun all-day",
                "--once",
            ],
            "777888\n",
        )
        .ok();
        let p = emu.world(|w| {
            w.lock(dev)
                .unwrap()
                .temp_passwords
                .iter()
                .find(|p| p.id.to_string() == id)
                .cloned()
                .unwrap()
        });
        assert_eq!(
            (
                p.name.as_str(),
                p.pin.as_str(),
                p.avail_time,
                p.schedule[0].working_day,
                p.schedule[0].all_day
            ),
            ("Renamed", "777888", 1, 0b1000001, true)
        );
    }
    u.run(&[
        "temppwd",
        "rename",
        "-d",
        WIFI,
        "--id",
        "150",
        "--name",
        "Wifi renamed",
    ])
    .ok();
    assert!(emu.world(|w| w
        .lock(WIFI)
        .unwrap()
        .temp_passwords
        .iter()
        .any(|p| p.name == "Wifi renamed")));
    assert!(emu
        .journal()
        .iter()
        .any(|j| j.0 == "tuya.m.device.lock.temppwd.name.update"));
    u.run_stdin(
        &[
            "temppwd",
            "validate",
            "-d",
            WIFI,
            "--name",
            "V",
            "--pin-stdin",
            "--from",
            "now",
            "--to",
            "+1d",
        ],
        "4242424\n",
    )
    .fails(2);
    u.run(&[
        "temppwd", "update", "-d", WIFI, "--id", "150", "--name", "x",
    ])
    .fails(2);
}

#[test]
fn dynamic_passwords_last_five_minutes() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [WIFI, BLE, ZIGBEE] {
        let code = u
            .run(&["temppwd", "dynamic", "-d", dev])
            .ok()
            .stdout
            .trim()
            .to_string();
        assert_eq!(code.len(), 8);
        let now = emu.now();
        assert!(opens(&emu, dev, &code, now + 60));
        assert!(!opens(&emu, dev, &code, now + 301));
    }
}

#[test]
fn statuses_follow_the_emulator_clock() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    u.run_stdin(
        &[
            "temppwd",
            "create",
            "-d",
            WIFI,
            "--name",
            "Soon",
            "--pin-stdin",
            "--from",
            "+1d",
            "--to",
            "+2d",
        ],
        "9898989\n",
    )
    .ok();
    let status = |u: &User| {
        let j = u.run(&["temppwd", "list", "-d", WIFI, "--raw"]).ok().json();
        j.as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "Soon")
            .unwrap()["effective"]
            .clone()
    };
    assert_eq!(status(&u), 1);
    emu.clock_ahead(86400 + 3600);
    assert_eq!(status(&u), 3);
    emu.clock_ahead(3 * 86400);
    assert_eq!(status(&u), 5);
    assert!(u
        .run(&["temppwd", "list", "-d", WIFI])
        .ok()
        .stdout
        .contains("Soon\texpired"));
}

#[test]
fn offline_multi_code_stops_after_its_clear_code() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [WIFI, BLE, ZIGBEE] {
        let r = u
            .run(&[
                "offlinepwd",
                "create",
                "-d",
                dev,
                "--type",
                "multi",
                "--from",
                "now",
                "--to",
                "+7d",
                "--name",
                "Family",
            ])
            .ok();
        let code = made(&r.stdout, "CODE");
        assert_eq!(code.len(), 10, "{}", r.stdout);
        assert!(
            !r.stderr
                .contains(&format!("{} {} {}", &code[0..3], &code[3..6], &code[6..])),
            "boxed only on a terminal: {}",
            r.stderr
        );
        let now = emu.now() + 10;
        assert!(opens(&emu, dev, &code, now));
        assert!(
            opens(&emu, dev, &code, now + 3600),
            "multi opens many times"
        );
        let id = emu.world(|w| {
            w.lock(dev)
                .unwrap()
                .offline_passwords
                .iter()
                .find(|p| p.pwd_name == "Family")
                .unwrap()
                .pwd_id
                .to_string()
        });
        let revocable = u.run(&["offlinepwd", "revocable", "-d", dev]).ok();
        assert!(revocable.stdout.contains("Family"));
        let clear = u
            .run(&["offlinepwd", "revoke", "-d", dev, "--id", &id])
            .ok()
            .stdout
            .trim()
            .to_string();
        assert_eq!(clear.len(), 10);
        let list = u
            .run(&["offlinepwd", "list", "-d", dev, "--type", "multi"])
            .ok();
        assert!(
            list.stdout.contains("Family\tmulti\tactive\t-\t")
                && list.stdout.contains("clear code issued"),
            "{}",
            list.stdout
        );
        let cleared = keypad(&emu, dev, &clear, now + 7200);
        assert_eq!(cleared["cleared"][0], "Family");
        assert!(
            !opens(&emu, dev, &code, now + 7300),
            "ended by its clear code"
        );
        assert!(!u
            .run(&["offlinepwd", "revocable", "-d", dev])
            .ok()
            .stdout
            .contains("Family"));
        u.run(&[
            "offlinepwd",
            "rename",
            "-d",
            dev,
            "--id",
            &id,
            "--name",
            "Family old",
        ])
        .ok();
        assert!(emu.world(|w| w
            .lock(dev)
            .unwrap()
            .offline_passwords
            .iter()
            .any(|p| p.pwd_name == "Family old")));
        // `--raw` gives one wire result per type asked for.
        let j = u
            .run(&["offlinepwd", "list", "-d", dev, "--raw"])
            .ok()
            .json();
        assert!(j
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|page| page.as_array().unwrap())
            .any(|p| p["pwdName"] == "Family old" && p["status"] == 3));
        let j = u
            .run(&["offlinepwd", "list", "-d", dev, "--json"])
            .ok()
            .json();
        assert!(j
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == "Family old" && p["validity"] == "expired"));
    }
    let sent = emu.sent();
    assert!(sent.contains(&"tuya.m.device.lock.offlinepwd.bind".to_string()));
    assert!(sent.contains(&"tuya.m.device.lock.offlinepwd.name.update".to_string()));
}

#[test]
fn once_codes_and_clear_all() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let once = u
        .run(&[
            "offlinepwd",
            "create",
            "-d",
            BLE,
            "--type",
            "once",
            "--name",
            "Plumber",
        ])
        .ok()
        .stdout;
    let once = made(&once, "CODE");
    let now = emu.now() + 5;
    assert!(opens(&emu, BLE, &once, now));
    assert!(!opens(&emu, BLE, &once, now + 10), "one use");
    let once2 = u
        .run(&["offlinepwd", "create", "-d", BLE, "--type", "once"])
        .ok()
        .stdout;
    let once2 = made(&once2, "CODE");
    assert!(
        !opens(&emu, BLE, &once2, now + 7 * 3600),
        "once codes last 6 hours"
    );
    let multi = u
        .run(&[
            "offlinepwd",
            "create",
            "-d",
            BLE,
            "--type",
            "multi",
            "--from",
            "now",
            "--to",
            "+3d",
        ])
        .ok()
        .stdout;
    let multi = made(&multi, "CODE");
    let clear_all = u
        .run(&["offlinepwd", "create", "-d", BLE, "--type", "clear-all"])
        .ok()
        .stdout;
    let clear_all = made(&clear_all, "CODE");
    keypad(&emu, BLE, &clear_all, now + 20);
    assert!(
        !opens(&emu, BLE, &multi, now + 30),
        "clear-all ends earlier codes"
    );
}

#[test]
fn hourly_limit_is_a_clear_error() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    assert_eq!(
        u.run(&["offlinepwd", "available", "-d", WIFI, "--type", "once"])
            .ok()
            .stdout
            .trim(),
        "yes"
    );
    for _ in 0..10 {
        u.run(&["offlinepwd", "create", "-d", WIFI, "--type", "once"])
            .ok();
    }
    assert!(u
        .run(&["offlinepwd", "available", "-d", WIFI, "--type", "once"])
        .ok()
        .stdout
        .starts_with("no"));
    assert_eq!(
        u.run(&["offlinepwd", "available", "-d", WIFI, "--type", "multi"])
            .ok()
            .stdout
            .trim(),
        "yes"
    );
    let r = u
        .run(&["offlinepwd", "create", "-d", WIFI, "--type", "once"])
        .fails(1);
    assert!(
        r.stderr.contains("at most 10") && r.stderr.contains("hint:"),
        "{}",
        r.stderr
    );
    u.run(&["offlinepwd", "create", "-d", WIFI, "--type", "clear-all"])
        .fails(1);
    // An hour later the lock takes codes again.
    emu.clock_ahead(3601);
    u.run(&["offlinepwd", "create", "-d", WIFI, "--type", "once"])
        .ok();
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    fn create<'a>(extra: &[&'a str]) -> Vec<&'a str> {
        let mut a = vec![
            "temppwd",
            "create",
            "-d",
            WIFI,
            "--name",
            "X",
            "--pin-stdin",
        ];
        a.extend_from_slice(extra);
        a
    }
    let window = ["--from", "now", "--to", "+1d"];
    let cases: Vec<(Vec<&str>, &str, &str)> = vec![
        (create(&window), "12a4567\n", "digits only"),
        (create(&window), "123456\n", "exactly 7 digits"),
        (
            // A --to written as a length counts from --from, so `now` is the --to before it.
            create(&["--from", "+2d", "--to", "now"]),
            "1234567\n",
            "--to",
        ),
        (
            create(&["--from", "2020-01-01", "--to", "2020-02-01"]),
            "1234567\n",
            "in the past",
        ),
        (
            create(&[
                "--from",
                "now",
                "--to",
                "+1d",
                "--schedule",
                "mon-fri 18:00-09:00",
            ]),
            "1234567\n",
            "--schedule",
        ),
        (
            create(&[
                "--from",
                "now",
                "--to",
                "+1d",
                "--schedule",
                "funday 10:00-11:00",
            ]),
            "1234567\n",
            "--schedule",
        ),
        (
            create(&["--from", "now", "--to", "+1d", "--once", "--permanent"]),
            "1234567\n",
            "--permanent",
        ),
        (
            create(&["--from", "someday", "--to", "+1d"]),
            "1234567\n",
            "--from",
        ),
        (
            vec!["offlinepwd", "create", "-d", WIFI, "--type", "multi"],
            "",
            "--from and --to",
        ),
        (
            vec![
                "offlinepwd",
                "create",
                "-d",
                WIFI,
                "--type",
                "once",
                "--from",
                "now",
            ],
            "",
            "multi only",
        ),
        (
            vec!["offlinepwd", "create", "-d", WIFI, "--type", "bogus"],
            "",
            "bogus",
        ),
        (
            vec!["temppwd", "remove", "-d", WIFI, "--id", "x"],
            "",
            "--id",
        ),
        (
            vec!["temppwd", "create", "-d", WIFI],
            "",
            "--pin-stdin or --generate",
        ),
    ];
    for (args, stdin, words) in &cases {
        let r = u.run_stdin(args, stdin).fails(2);
        assert!(r.stderr.contains(words), "{args:?}: {}", r.stderr);
        assert!(
            !r.stderr.contains("1234567") && !r.stderr.contains("12a4567"),
            "PIN echoed: {}",
            r.stderr
        );
    }
    let r = u.run(&["temppwd", "create", "-d", WIFI]).fails(2);
    assert!(
        r.stderr.contains("--name") && r.stderr.contains("--from") && r.stderr.contains("--to"),
        "{}",
        r.stderr
    );
    let r = u
        .run_stdin(
            &create(&[
                "--from",
                "now",
                "--to",
                "+1d",
                "--schedule",
                "mon-fri 18:00-09:00",
            ]),
            "1234567\n",
        )
        .fails(2);
    assert!(
        r.stderr.contains("mon-fri 09:00-18:00"),
        "shows the accepted form: {}",
        r.stderr
    );
    assert!(emu.journal().is_empty(), "sent: {:?}", emu.journal());
}

/// Drive the interactive walk-through once through a pseudo-terminal.
#[test]
fn interactive_create_through_a_pty() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let script = [
        "expect:Name for this password",
        "send:Pty guest\r",
        "expect:PIN (7 digits",
        "send:2468024\r",
        "expect:PIN again",
        "send:2468024\r",
        "expect:Valid from",
        "send:\r",
        "expect:Valid until",
        "send:+2d\r",
        "expect:Schedule",
        "send:sat,sun all-day\r",
        "expect:Schedule",
        "send:\r",
        "expect:Uses",
        "send:\x1b[B\r",
        "expect:Created temporary password",
    ];
    let Some((ok, log)) = pty(&u, &["temppwd", "create", "-d", WIFI], &script) else {
        return;
    };
    assert!(ok, "pty session failed:\n{log}");
    assert!(
        !log.contains("2468024"),
        "PIN echoed on the terminal:\n{log}"
    );
    assert!(
        log.contains("•••••••") && log.contains("Sat, Sun all day") && log.contains("once"),
        "preview:\n{log}"
    );
    let p = emu
        .world(|w| {
            w.lock(WIFI)
                .unwrap()
                .temp_passwords
                .iter()
                .find(|p| p.name == "Pty guest")
                .cloned()
        })
        .expect("created");
    assert_eq!(
        (
            p.pin.as_str(),
            p.avail_time,
            p.schedule.len(),
            p.schedule[0].working_day
        ),
        ("2468024", 1, 1, 0b1000001)
    );
}

#[test]
fn differing_pin_entries_are_asked_again() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let script = [
        "expect:PIN (6 digits",
        "send:123456\r",
        "expect:PIN again",
        "send:654321\r",
        "expect:differ",
        // Asked again: an empty answer generates one.
        "expect:PIN (6 digits",
        "send:\r",
    ];
    let Some((ok, log)) = pty(
        &u,
        &[
            "temppwd", "create", "-d", BLE, "--name", "X", "--from", "now", "--to", "+1d", "--yes",
        ],
        &script,
    ) else {
        return;
    };
    assert!(ok, "{log}");
    assert_eq!(
        emu.journal()
            .iter()
            .filter(|j| j.0.contains("temppwd.create"))
            .count(),
        1,
        "{log}"
    );
}

/// The top-level keys of each object of a JSON array.
fn key_sets(j: &Value) -> Vec<Vec<String>> {
    j.as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_object().unwrap().keys().cloned().collect())
        .collect()
}

#[test]
fn lists_have_the_same_keys_on_every_kind() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for verb in ["temppwd", "offlinepwd"] {
        let sets: Vec<Vec<Vec<String>>> = [WIFI, BLE, ZIGBEE]
            .iter()
            .map(|dev| key_sets(&u.run(&[verb, "list", "-d", dev, "--json"]).ok().json()))
            .collect();
        assert!(!sets[0].is_empty(), "{verb}: the demo locks have passwords");
        let first = &sets[0][0];
        for (dev, set) in [WIFI, BLE, ZIGBEE].iter().zip(&sets) {
            for keys in set {
                assert_eq!(keys, first, "{verb} on {dev}");
            }
        }
    }
    let j = u.run(&["temppwd", "list", "-d", BLE, "--json"]).ok().json();
    let p = &j[0];
    assert_eq!(
        (
            p["validity"].as_str(),
            p["delivery"].as_str(),
            p["pin"].is_null()
        ),
        (Some("active"), Some("delivered"), true),
        "{p}"
    );
    assert!(p["id"].is_string() && p["from"].as_str().unwrap().ends_with("+01:00"));
}

#[test]
fn generated_create_prints_one_document_with_id_and_pin() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for (dev, len) in [(WIFI, 7), (BLE, 6), (ZIGBEE, 6)] {
        let r = u
            .run(&[
                "temppwd",
                "create",
                "-d",
                dev,
                "--name",
                "Gen",
                "--generate",
                "--from",
                "now",
                "--to",
                "+1d",
                "--json",
            ])
            .ok();
        // One document: the whole of stdout parses as a single JSON value.
        let doc = r.json();
        let pin = doc["pin"].as_str().unwrap().to_string();
        assert_eq!(pin.len(), len);
        let id = temp_ids(&emu, dev)
            .into_iter()
            .find(|p| p.1 == "Gen")
            .unwrap()
            .0
            .to_string();
        assert_eq!(doc["id"], id.as_str(), "{doc}");
        assert_eq!(doc["name"], "Gen");
        let now = emu.now() + 60;
        assert!(
            opens(&emu, dev, &pin, now),
            "{dev}: the generated PIN opens"
        );
        // Without --generate: the created password with its id, and no PIN.
        let pin_in = if dev == WIFI { "2223334" } else { "222333" };
        let doc = u
            .run_stdin(
                &temppwd_create(dev, "Typed", "+1d", &["--json"]),
                &format!("{pin_in}\n"),
            )
            .ok()
            .json();
        assert!(doc["pin"].is_null() && doc["id"].is_string(), "{doc}");
        assert!(!doc.to_string().contains(pin_in));
    }
}

#[test]
fn status_filters_by_validity() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for (dev, pin) in [(WIFI, "9898989"), (BLE, "989898")] {
        u.run_stdin(
            &[
                "temppwd",
                "create",
                "-d",
                dev,
                "--name",
                "Soon",
                "--pin-stdin",
                "--from",
                "+1d",
                "--to",
                "+2d",
            ],
            &format!("{pin}\n"),
        )
        .ok();
    }
    let names = |args: &[&str]| -> Vec<String> {
        u.run(args)
            .ok()
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        names(&["temppwd", "list", "-d", WIFI, "--status", "upcoming", "--json"]),
        ["Soon"]
    );
    assert!(names(&["temppwd", "list", "-d", WIFI, "--status", "expired", "--json"]).is_empty());
    // Three days on: Soon has expired, the seeded password is still active.
    emu.clock_ahead(3 * 86400);
    for dev in [WIFI, BLE] {
        assert_eq!(
            names(&["temppwd", "list", "-d", dev, "--status", "expired", "--json"]),
            ["Soon"]
        );
        assert!(
            !names(&["temppwd", "list", "-d", dev, "--status", "active", "--json"])
                .contains(&"Soon".to_string())
        );
    }
    let tsv = u
        .run(&["temppwd", "list", "-d", WIFI, "--status", "expired"])
        .ok();
    assert!(
        tsv.stdout.contains("Soon\texpired") && !tsv.stdout.contains("Guest weekend"),
        "{}",
        tsv.stdout
    );
    // Offline codes: the seeded one is active; a year and more on it has expired.
    assert!(names(&[
        "offlinepwd",
        "list",
        "-d",
        ZIGBEE,
        "--status",
        "expired",
        "--json"
    ])
    .is_empty());
    emu.clock_ahead(400 * 86400);
    assert_eq!(
        names(&[
            "offlinepwd",
            "list",
            "-d",
            ZIGBEE,
            "--status",
            "expired",
            "--json"
        ]),
        ["Cleaner offline"]
    );
    u.run(&["temppwd", "list", "-d", WIFI, "--status", "gone"])
        .fails(2);
}

#[test]
fn bluetooth_validate_sends_exactly_the_documented_fields() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let r = u
        .run_stdin(
            &[
                "-v",
                "temppwd",
                "validate",
                "-d",
                BLE,
                "--name",
                "V",
                "--pin-stdin",
                "--from",
                "now",
                "--to",
                "+1d",
                "--once",
            ],
            "424242\n",
        )
        .ok();
    assert!(r.stdout.starts_with("accepted"), "{}", r.stdout);
    let j = emu.state.lock().unwrap().journal.clone();
    assert!(
        j.iter()
            .any(|e| e.action == "tuya.m.device.lock.temppwd.validate"
                && e.version == "1.0"
                && e.outcome == "ok"),
        "{j:?}"
    );
    // The trace shows each request's postData (secrets masked).
    let line = r
        .stderr
        .lines()
        .find(|l| l.contains("tuya.m.device.lock.temppwd.validate"))
        .unwrap_or_else(|| panic!("{}", r.stderr));
    let pd: Value = serde_json::from_str(line.split("postData=").nth(1).unwrap()).unwrap();
    let mut keys: Vec<&str> = pd.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "countryCode",
            "devId",
            "effectiveTime",
            "invalidTime",
            "name",
            "password",
            "phone",
            "schedule"
        ]
    );
    assert!(!r.stderr.contains("424242"));
}

/// The demo world at a fixed moment (ten days after the seed epoch), with one password of each
/// kind of schedule added, so list output is the same on every run.
fn fixed_world() -> (Emu, User) {
    let emu = Emu::start();
    emu.pin_clock(lockctl_emulator::world::ids::SEED_EPOCH + 10 * 86400);
    let u = User::warm(&emu);
    for (dev, pin) in [(WIFI, "5550001"), (BLE, "555001"), (ZIGBEE, "555002")] {
        u.run_stdin(
            &[
                "temppwd",
                "create",
                "-d",
                dev,
                "--name",
                "Office",
                "--pin-stdin",
                "--from",
                "2030-01-01 00:00",
                "--to",
                "2030-02-01 00:00",
                "--schedule",
                "mon-fri 09:00-18:00",
                "--schedule",
                "sat all-day",
                "--once",
            ],
            &format!("{pin}\n"),
        )
        .ok();
    }
    (emu, u)
}

#[test]
fn steady_hides_only_the_standing_words() {
    assert_eq!(
        steady("a 1 to 2 (ends in 3 days)     b\nc (x)\n"),
        "a 1 to 2 (~)  b\nc (x)\n"
    );
    assert_eq!(
        steady("1\t2 (expired 2 days ago)\tmany\n"),
        "1\t2 (~)\tmany\n"
    );
    assert_eq!(steady(" ID  WINDOW      USES\n"), " ID  WINDOW  USES\n");
}

#[test]
fn list_snapshots() {
    let (_emu, u) = fixed_world();
    for (dev, kind) in [(WIFI, "wifi"), (BLE, "ble"), (ZIGBEE, "zigbee")] {
        for verb in ["temppwd", "offlinepwd"] {
            let args = [verb, "list", "-d", dev];
            let table = u
                .run_env(
                    &args,
                    &[("LOCKCTL_FORCE_TTY", "1"), ("NO_COLOR", "1")],
                    None,
                )
                .ok();
            insta::assert_snapshot!(format!("{verb}_list_{kind}_table"), steady(&table.stdout));
            let tsv = u.run(&args).ok();
            insta::assert_snapshot!(format!("{verb}_list_{kind}_tsv"), steady(&tsv.stdout));
            let json = u.run(&[verb, "list", "-d", dev, "--json"]).ok();
            insta::assert_json_snapshot!(format!("{verb}_list_{kind}_json"), json.json());
        }
    }
}

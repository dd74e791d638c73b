//! `watch` on the emulator, run as a child process: events printed once (across a restart and
//! kill -9), hooks that fail or hang, a signed webhook and its dead letters, SIGTERM, one watch
//! per state, and bad input refused before any request.

mod common;

use std::net::TcpListener;

use common::cmdline::temppwd_create;
use common::watching::*;
use common::*;
use hmac::{Hmac, Mac};
use serde_json::Value;

#[test]
fn each_event_once_across_a_restart_and_kill_9_and_sigterm_saves() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let made = u
        .run_stdin(
            &temppwd_create(WIFI, "Guest <b>", "+3d", &["--json"]),
            "4826153\n",
        )
        .ok()
        .json();
    let sel = format!("{WIFI},{BLE}");
    let mut w = Watching::start(&u, &["-d", &sel, "--json"], &[]);

    wrong_pin(&emu, WIFI);
    let alarm = w.event();
    assert_eq!(alarm["kind"], "alarm");
    assert_eq!(alarm["lock"]["id"], WIFI);
    assert_eq!(alarm["alarm"]["type"], "wrong-password");

    assert_eq!(keypad(&emu, WIFI, "4826153")["opened"], true);
    let unlock = w.event();
    let first = w.event();
    assert_eq!(unlock["kind"], "unlock");
    assert_eq!(first["kind"], "first_use");
    assert_eq!(first["password"]["name"], "Guest <b>");
    // Its id joins it to `temppwd list`.
    assert_eq!(first["password"]["id"], made["id"], "{first}");
    assert_eq!(
        first["id"],
        format!("{}/first_use", unlock["id"].as_str().unwrap())
    );

    // A second use is an unlock only.
    assert_eq!(keypad(&emu, WIFI, "4826153")["opened"], true);
    let again = w.event();
    assert_eq!(again["kind"], "unlock");
    emu.set_online(BLE, false);
    let off = w.event();
    assert_eq!(off["kind"], "offline");
    assert_eq!(off["lock"]["id"], BLE);
    assert!(off["id"]
        .as_str()
        .unwrap()
        .starts_with(&format!("{BLE}/offline/")));

    // kill -9, then what happens while nobody watches is printed on restart, and nothing else.
    let (code, rest, _) = w.signal("-KILL");
    assert_ne!(code, 0);
    assert!(rest.is_empty(), "{rest:?}");
    wrong_pin(&emu, WIFI);
    emu.set_online(BLE, true);
    let mut w = Watching::start(&u, &["-d", &sel, "--json"], &[]);
    let mut got: Vec<Value> = vec![w.event(), w.event()];
    got.sort_by_key(|e| e["kind"].as_str().unwrap().to_string());
    assert_eq!(got[0]["kind"], "alarm");
    assert_ne!(got[0]["id"], alarm["id"]);
    assert_eq!(got[1]["kind"], "online");
    let seen = [&alarm, &unlock, &first, &again];
    assert!(seen.iter().all(|e| e["id"] != got[0]["id"]));

    // SIGTERM: exit 0, nothing more printed, the state saved private.
    let (code, rest, stderr) = w.signal("-TERM");
    assert_eq!(code, 0, "{stderr:?}");
    assert!(rest.is_empty(), "{rest:?}");
    let state = state_file(&u);
    #[cfg(unix)]
    assert_eq!(mode(&state), 0o600);
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    assert!(saved["locks"][WIFI]["alarms"]
        .as_array()
        .unwrap()
        .contains(&got[0]["id"]));

    // A restart after a clean stop repeats nothing either.
    let w = Watching::start(&u, &["-d", &sel, "--json"], &[]);
    wrong_pin(&emu, BLE);
    let mut w = w;
    let last = w.event();
    assert_eq!(last["lock"]["id"], BLE);
    assert_eq!(last["kind"], "alarm");
    let (code, rest, _) = w.signal("-INT");
    assert_eq!(code, 0);
    assert!(rest.is_empty(), "{rest:?}");
}

#[test]
fn people_lines_sanitise_cloud_text() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    u.run_stdin(&temppwd_create(WIFI, "Evil", "+3d", &[]), "4826153\n")
        .ok();
    // The cloud's text is whatever it is: a name with an escape sequence and a bidi override.
    emu.with_inner(|s| {
        for p in &mut s.world.lock_mut(WIFI).unwrap().temp_passwords {
            if p.name == "Evil" {
                p.name = "Evil\u{1b}[2J\u{202e}".into();
            }
        }
    });
    let w = Watching::start(&u, &["-d", WIFI], &[]);
    assert_eq!(keypad(&emu, WIFI, "4826153")["opened"], true);
    let header = w.out.recv_timeout(PATIENCE).unwrap();
    assert_eq!(header, "TIME\tLOCK\tKIND\tDETAIL");
    let line = w.out.recv_timeout(PATIENCE).unwrap();
    assert!(line.contains("\tunlock\t"), "{line}");
    assert!(
        !line.contains('\u{1b}') && !line.contains('\u{202e}'),
        "{line:?}"
    );
    assert!(line.contains("\\x1b"), "{line}");
    let (code, _, _) = w.signal("-TERM");
    assert_eq!(code, 0);
}

#[test]
fn a_second_watch_of_the_same_state_refuses() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let w = Watching::start(&u, &["-d", WIFI], &[]);
    let r = u.run(&["watch", "-d", BLE, "--interval", "200ms"]).fails(1);
    assert!(
        r.stderr
            .contains("another watch of this profile is running"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    let (code, _, _) = w.signal("-TERM");
    assert_eq!(code, 0);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let before = emu.sent().len();
    let secret = [("LOCKCTL_WEBHOOK_SECRET", "s")];
    for (args, envs, says) in [
        (vec!["--interval", "10ms"], &secret[..], "--interval"),
        (vec!["--interval", "soon"], &secret[..], "--interval"),
        (vec!["--exec", "  "], &secret[..], "--exec is empty"),
        (
            vec!["--exec", "echo \"unclosed"],
            &secret[..],
            "not a command the shell can read",
        ),
        (
            vec!["--exec", "true", "--exec-timeout", "0"],
            &secret[..],
            "--exec-timeout",
        ),
        (
            vec!["--webhook", "http://example.com/h"],
            &secret[..],
            "in the clear",
        ),
        (
            vec!["--webhook", "https://u:p@example.com/h"],
            &secret[..],
            "user or password",
        ),
        (
            vec!["--webhook", "not a url"],
            &secret[..],
            "not an address",
        ),
        (
            vec!["--webhook", "https://example.com/h"],
            &[][..],
            "LOCKCTL_WEBHOOK_SECRET",
        ),
        (
            vec!["--webhook-retries", "9"],
            &secret[..],
            "--webhook-retries",
        ),
        (vec!["--jq", "."], &secret[..], "--jq"),
        (vec!["--json", "id,nope"], &secret[..], "nope"),
        // Checked without --exec or --webhook too.
        (vec!["--exec-timeout", "0"], &secret[..], "--exec-timeout"),
        (
            vec!["--exec-concurrency", "0"],
            &secret[..],
            "--exec-concurrency",
        ),
        (
            vec!["--exec-concurrency", "65"],
            &secret[..],
            "--exec-concurrency",
        ),
        (
            vec!["--dead-letter", "/nonexistent/dir/file"],
            &secret[..],
            "--dead-letter needs --webhook",
        ),
        (
            vec![
                "--webhook",
                "https://example.com/h",
                "--dead-letter",
                "/nonexistent/dir/file",
            ],
            &secret[..],
            "not a file in an existing directory",
        ),
    ] {
        let mut all = vec!["watch", "-d", WIFI];
        all.extend(args.iter().copied());
        let r = u.run_env(&all, envs, None).fails(2);
        assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
        assert!(!r.stderr.contains("p@"), "{}", r.stderr);
    }
    assert_eq!(emu.sent().len(), before, "no request");
}

#[test]
fn a_failing_hook_is_logged_and_a_hanging_one_killed_and_the_watch_goes_on() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("hooks.log");
    let cmd = format!(
        "read -r body; printf '%s %s %s\\n' \"$LOCKCTL_EVENT_KIND\" \"$LOCKCTL_EVENT_LOCK\" \"$body\" >> '{}'; \
         if [ -e '{}/hang' ]; then sleep 600; fi; exit 3",
        log.display(),
        dir.path().display()
    );
    let mut w = Watching::start(
        &u,
        &[
            "-d",
            WIFI,
            "--json",
            "--exec",
            &cmd,
            "--exec-timeout",
            "500ms",
        ],
        &[],
    );
    wrong_pin(&emu, WIFI);
    let a = w.event();
    w.stderr_says_n("--exec failed", 1);
    wrong_pin(&emu, WIFI);
    let b = w.event();
    w.stderr_says_n("--exec failed", 2);
    let text = std::fs::read_to_string(&log).unwrap();
    let hooked: Vec<&str> = text.lines().collect();
    assert_eq!(hooked.len(), 2, "{text}");
    for (line, e) in hooked.iter().zip([&a, &b]) {
        assert!(line.starts_with(&format!("alarm {WIFI} {{")), "{line}");
        let body: Value = serde_json::from_str(line.splitn(3, ' ').nth(2).unwrap()).unwrap();
        assert_eq!(&body, e);
    }
    std::fs::write(dir.path().join("hang"), "").unwrap();
    wrong_pin(&emu, WIFI);
    w.event();
    w.stderr_says("killed");
    // Still watching.
    wrong_pin(&emu, WIFI);
    assert_eq!(w.event()["kind"], "alarm");
    let (code, _, _) = w.signal("-TERM");
    assert_eq!(code, 0);
}

#[test]
fn webhook_posts_signed_events() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let (url, got) = receiver(200);
    let mut w = Watching::start(
        &u,
        &["-d", WIFI, "--json", "--webhook", &url],
        &[("LOCKCTL_WEBHOOK_SECRET", "hush")],
    );
    for _ in 0..2 {
        wrong_pin(&emu, WIFI);
        let e = w.event();
        let (headers, body) = got.recv_timeout(PATIENCE).expect("a POST");
        let h = |k: &str| headers.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        let mut mac = Hmac::<sha2::Sha256>::new_from_slice(b"hush").unwrap();
        mac.update(&body);
        let want = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
        assert_eq!(h("x-lockctl-signature-256"), Some(want));
        assert_eq!(h("x-lockctl-event").as_deref(), Some("alarm"));
        assert_eq!(h("content-type").as_deref(), Some("application/json"));
        assert_eq!(h("x-lockctl-delivery").map(|d| d.len()), Some(36));
        let posted: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(posted, e);
    }
    let (code, _, _) = w.signal("-TERM");
    assert_eq!(code, 0);
}

#[test]
fn a_dead_receiver_gives_a_dead_letter_and_the_polling_goes_on() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // A port that was free a moment ago: nobody answers there.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/hook");
    let dir = tempfile::tempdir().unwrap();
    let dead = dir.path().join("dead.jsonl");
    let mut w = Watching::start(
        &u,
        &[
            "-d",
            WIFI,
            "--json",
            "--webhook",
            &url,
            "--webhook-retries",
            "0",
            "--dead-letter",
            dead.to_str().unwrap(),
        ],
        &[("LOCKCTL_WEBHOOK_SECRET", "hush")],
    );
    wrong_pin(&emu, WIFI);
    let e = w.event();
    w.stderr_says("did not take event");
    wrong_pin(&emu, WIFI);
    assert_eq!(w.event()["kind"], "alarm");
    w.stderr_says_n("did not take event", 2);
    let text = std::fs::read_to_string(&dead).unwrap();
    let first: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["event"], e);
    assert!(first["error"]
        .as_str()
        .unwrap()
        .contains("could not be reached"));
    #[cfg(unix)]
    assert_eq!(mode(&dead), 0o600);
    let (code, _, stderr) = w.signal("-TERM");
    assert_eq!(code, 0, "{stderr:?}");
    assert!(
        !stderr.iter().any(|l| l.contains("/hook")),
        "address redacted: {stderr:?}"
    );
}

/// A battery that crosses into low between two reads of the device list is one `battery_low`
/// event (beside the lock's own `low_battery` alarm record); staying low says nothing more.
#[test]
fn a_battery_crossing_into_low_is_one_battery_low_event() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let set = |percent: u8| {
        emu.with_inner(|s| {
            let now = s.now();
            let change = lockctl_emulator::world::health::BatteryChange {
                percent: Some(percent),
                level: None,
                reports: None,
            };
            s.world.set_battery(BLE, &change, now).unwrap()
        })
    };
    set(80);
    let mut w = Watching::start(&u, &["-d", BLE, "--json"], &[]);
    // The watch has read the device list once (80%): now the battery drops.
    assert!(set(14), "the lock raised its low_battery alarm");
    let mut got = [w.event(), w.event()];
    got.sort_by_key(|e| e["kind"].as_str().unwrap().to_string());
    assert_eq!(got[0]["kind"], "alarm");
    assert_eq!(got[1]["kind"], "battery_low");
    assert_eq!(got[1]["lock"]["id"], BLE);
    assert_eq!(got[1]["battery"]["percent"], 14);
    assert!(got[1]["id"]
        .as_str()
        .unwrap()
        .starts_with(&format!("{BLE}/battery_low/")));
    // Lower still: no new crossing, so no event; a keypad entry shows the watch goes on.
    assert!(!set(9));
    wrong_pin(&emu, BLE);
    let next = w.event();
    assert_eq!(next["kind"], "alarm", "{next}");
    assert_ne!(next["kind"], "battery_low");
    let (code, rest, _) = w.signal("-TERM");
    assert_eq!(code, 0);
    assert!(rest.iter().all(|l| !l.contains("battery_low")), "{rest:?}");
}

#[test]
fn delivered_and_refused_once_each_also_across_a_restart() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.delivery_delay(120);
    pending_password(&u, BLE, "Early");
    // The first read only remembers what is pending.
    let mut w = Watching::start(&u, &["-d", BLE, "--json"], &[]);
    emu.advance(121);
    let e = w.event();
    assert_eq!(e["kind"], "delivered", "{e}");
    assert_eq!(e["entry"]["name"], "Early");
    assert_eq!(e["entry"]["type"], "temp-password");
    assert!(e.get("reason").is_none(), "{e}");
    let id = e["entry"]["id"].as_str().unwrap();
    assert_eq!(e["id"], format!("{BLE}/{id}/delivered"));

    // A full lock refuses the next one.
    emu.refuse_beyond(BLE, Some(0));
    pending_password(&u, BLE, "Full");
    password_reads(&emu, 1);
    emu.advance(121);
    let e = w.event();
    assert_eq!(e["kind"], "refused", "{e}");
    assert_eq!(e["entry"]["name"], "Full");
    assert!(
        e["reason"].as_str().unwrap().contains("no free slot"),
        "{e}"
    );

    // Pending when the watch stops, delivered while it is down: told once on restart.
    emu.refuse_beyond(BLE, None);
    pending_password(&u, BLE, "Later");
    password_reads(&emu, 2);
    let (code, rest, _) = w.signal("-TERM");
    assert_eq!(code, 0);
    assert!(rest.is_empty(), "{rest:?}");
    emu.advance(121);
    let mut w = Watching::start(&u, &["-d", BLE, "--json"], &[]);
    let e = w.event();
    assert_eq!(e["kind"], "delivered", "{e}");
    assert_eq!(e["entry"]["name"], "Later");
    // Nothing else: the next event is the alarm made now.
    wrong_pin(&emu, BLE);
    assert_eq!(w.event()["kind"], "alarm");
    let (code, rest, _) = w.signal("-TERM");
    assert_eq!(code, 0);
    assert!(rest.is_empty(), "{rest:?}");

    // People-lines say it in words.
    pending_password(&u, BLE, "Words");
    let w = Watching::start(&u, &["-d", BLE], &[]);
    emu.advance(121);
    let line = w.out.recv_timeout(PATIENCE).unwrap();
    let line = if line.starts_with("TIME") {
        w.out.recv_timeout(PATIENCE).unwrap()
    } else {
        line
    };
    assert!(
        line.contains("delivered") && line.contains("\"Words\""),
        "{line}"
    );
    w.signal("-TERM");
}

/// `YYYYMMDD`, `days` from today in Berlin (the emulator's locks' zone).
fn day(days: i64) -> String {
    let berlin = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
    let today = common::clock::now().to_zoned(berlin).date();
    today
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
        .strftime("%Y%m%d")
        .to_string()
}

#[test]
fn a_booking_codes_first_use_names_its_booking() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let feed = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{}\r\nDTEND;VALUE=DATE:{}\r\nUID:stay-1@example.com\r\nSUMMARY:Jane Doe\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        day(-1),
        day(2)
    );
    let f = u.dir.path().join("feed.ics");
    std::fs::write(&f, feed).unwrap();
    let f = f.display().to_string();
    u.run(&["booking", "sync", "-d", BLE, "--ical", &f, "--yes"])
        .ok();
    let (name, pin) = emu.world(|w| {
        w.lock(BLE)
            .unwrap()
            .temp_passwords
            .iter()
            .find(|p| !p.removed && p.name.starts_with("Jane Doe"))
            .map(|p| (p.name.clone(), p.pin.clone()))
            .expect("the booking's code")
    });
    // A code made by hand is no booking's.
    u.run_stdin(&temppwd_create(BLE, "Cleaner", "+3d", &[]), "482615\n")
        .ok();
    let mut w = Watching::start(&u, &["-d", BLE, "--json"], &[]);
    assert_eq!(keypad(&emu, BLE, &pin)["opened"], true);
    assert_eq!(w.event()["kind"], "unlock");
    let first = w.event();
    assert_eq!(first["kind"], "first_use", "{first}");
    assert_eq!(first["password"]["name"], name.as_str());
    assert_eq!(first["booking"]["summary"], "Jane Doe", "{first}");
    assert_eq!(first["booking"]["uid"], "stay-1@example.com");

    assert_eq!(keypad(&emu, BLE, "482615")["opened"], true);
    assert_eq!(w.event()["kind"], "unlock");
    let other = w.event();
    assert_eq!(other["kind"], "first_use");
    assert!(other.get("booking").is_none(), "{other}");
    let (code, _, _) = w.signal("-TERM");
    assert_eq!(code, 0);
}

#[test]
fn a_password_waiting_for_an_offline_lock_is_delivered_once_it_is_back() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.delivery_delay(60);
    emu.set_online(BLE, false);
    pending_password(&u, BLE, "Away");
    let mut w = Watching::start(&u, &["-d", BLE, "--json"], &[]);
    // Offline, time passes: still pending, nothing but the lock's return is told.
    emu.advance(600);
    password_reads(&emu, 1);
    emu.set_online(BLE, true);
    let e = w.event();
    assert_eq!(e["kind"], "online", "{e}");
    emu.advance(61);
    let e = w.event();
    assert_eq!(e["kind"], "delivered", "{e}");
    assert_eq!(e["entry"]["name"], "Away");
    let (code, rest, _) = w.signal("-TERM");
    assert_eq!(code, 0);
    assert!(rest.is_empty(), "{rest:?}");
}

/// The id of the member named `name` on `dev`, as the emulator keeps it.
fn member_id(emu: &Emu, dev: &str, name: &str) -> String {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .members
            .iter()
            .find(|m| m.nick_name == name)
            .map(|m| m.user_id.clone())
            .unwrap_or_else(|| panic!("no member {name}"))
    })
}

fn add_member(u: &User, emu: &Emu, name: &str) -> String {
    let r = u.run(&["member", "add", "-d", BLE, "--name", name, "--permanent"]);
    assert!(r.code == 0, "{}", r.stderr);
    member_id(emu, BLE, name)
}

fn add_method(u: &User, member: &str, unlock: &str, name: &str) {
    let r = u.run(&[
        "opmode",
        "add",
        "-d",
        BLE,
        "--user",
        member,
        "--unlock-id",
        unlock,
        "--name",
        name,
    ]);
    assert!(r.code == 0, "{}", r.stderr);
}

/// The next `n` events, sorted by entry type and name.
fn entries(w: &mut Watching, n: usize) -> Vec<Value> {
    let mut got: Vec<Value> = (0..n).map(|_| w.event()).collect();
    got.sort_by_key(|e| format!("{}|{}", e["entry"]["type"], e["entry"]["name"]));
    got
}

/// Wait until the watch has read the lock's members whole at least once since now (a read is the
/// family list, the panel list, and each member's methods: the second panel list starts a read
/// that began after now, and the one before it has ended).
fn member_reads(emu: &Emu) {
    reads(emu, "member.panel.list", 2);
}

/// Members of a Bluetooth lock and the unlock methods assigned there reach the lock later, or
/// are refused: one `delivered` / `refused` each, also when it happened while the watch was down.
#[test]
fn members_and_unlock_methods_delivered_and_refused_once_each_also_across_a_restart() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.delivery_delay(120);
    // A rate that keeps the member reads (a request per member) quick.
    let nina = add_member(&u, &emu, "Nina");
    add_method(&u, &nina, "12-7", "Nina thumb");
    // The first read only remembers what is pending.
    let mut w = Watching::start(&u, &["-d", BLE, "--json", "--rate", "100"], &[]);
    emu.advance(121);
    let got = entries(&mut w, 2);
    assert_eq!(got[0]["kind"], "delivered", "{got:?}");
    assert_eq!(got[0]["entry"]["type"], "member");
    assert_eq!(got[0]["entry"]["name"], "Nina");
    assert_eq!(got[0]["entry"]["id"], nina.as_str());
    assert_eq!(got[0]["id"], format!("{BLE}/member/{nina}/delivered"));
    assert_eq!(got[1]["kind"], "delivered", "{got:?}");
    assert_eq!(got[1]["entry"]["type"], "unlock-method");
    assert_eq!(got[1]["entry"]["name"], "Nina thumb");
    assert_eq!(got[1]["entry"]["unlockId"], "12-7");
    assert_eq!(got[1]["entry"]["member"], nina.as_str());
    assert!(got.iter().all(|e| e.get("reason").is_none()), "{got:?}");

    // A lock that refuses every change: a new member and a new method are refused.
    emu.with_inner(|s| {
        let r = lockctl_emulator::world::delivery::Refusal {
            all: true,
            temp_password_slots: None,
        };
        s.world.set_refusal(BLE, r).unwrap();
    });
    let otto = add_member(&u, &emu, "Otto");
    add_method(&u, &nina, "16-7", "Nina card");
    member_reads(&emu);
    emu.advance(121);
    let got = entries(&mut w, 2);
    assert_eq!(got[0]["kind"], "refused", "{got:?}");
    assert_eq!(got[0]["entry"]["name"], "Otto");
    assert_eq!(got[0]["id"], format!("{BLE}/member/{otto}/refused"));
    assert_eq!(got[1]["kind"], "refused", "{got:?}");
    assert_eq!(got[1]["entry"]["name"], "Nina card");
    for e in &got {
        assert!(e["reason"].as_str().unwrap().contains("refused"), "{e}");
    }

    // Pending when the watch stops, delivered while it is down: told once on restart.
    emu.with_inner(|s| s.world.set_refusal(BLE, Default::default()).unwrap());
    add_member(&u, &emu, "Paul");
    member_reads(&emu);
    let (code, rest, _) = w.signal("-TERM");
    assert_eq!(code, 0);
    assert!(rest.is_empty(), "{rest:?}");
    emu.advance(121);
    let mut w = Watching::start(&u, &["-d", BLE, "--json", "--rate", "100"], &[]);
    let e = w.event();
    assert_eq!(e["kind"], "delivered", "{e}");
    assert_eq!(e["entry"]["name"], "Paul");
    // Nothing else: the next event is the alarm made now.
    wrong_pin(&emu, BLE);
    assert_eq!(w.event()["kind"], "alarm");
    let (code, rest, _) = w.signal("-TERM");
    assert_eq!(code, 0);
    assert!(rest.is_empty(), "{rest:?}");

    // People-lines say it in words.
    add_member(&u, &emu, "Quinn");
    let w = Watching::start(&u, &["-d", BLE, "--rate", "100"], &[]);
    emu.advance(121);
    let line = w.out.recv_timeout(PATIENCE).unwrap();
    let line = if line.starts_with("TIME") {
        w.out.recv_timeout(PATIENCE).unwrap()
    } else {
        line
    };
    assert!(
        line.contains("member \"Quinn\" delivered to the lock"),
        "{line}"
    );
    w.signal("-TERM");
}

/// A lock whose member list does not read (some clouds keep it to the lock's administrator):
/// one warning, the rest of the lock is still watched, and its members are watched again once
/// the list reads.
#[test]
fn a_member_list_that_does_not_read_is_said_once_and_the_rest_is_watched() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.delivery_delay(120);
    emu.with_inner(|s| {
        s.lock_faults
            .fail_only(BLE, "member.panel.list", "PERMISSION_DENIED", None, None)
    })
    .unwrap();
    let mut w = Watching::start(&u, &["-d", BLE, "--json", "--rate", "100"], &[]);
    w.stderr_says("cannot read the members");
    // Several member reads later, still said once; history and alarms go on.
    reads(&emu, "member.panel.list", 3);
    wrong_pin(&emu, BLE);
    let e = w.event();
    assert_eq!(e["kind"], "alarm", "{e}");
    assert_eq!(
        w.stderr
            .iter()
            .filter(|l| l.contains("cannot read the members"))
            .count(),
        1,
        "{:?}",
        w.stderr
    );
    assert!(
        w.stderr
            .iter()
            .any(|l| l.contains("Back Door") && l.contains("not watched")),
        "{:?}",
        w.stderr
    );
    // The list reads again: a member made now is told when it reaches the lock.
    emu.with_inner(|s| s.lock_faults.clear_fail(BLE));
    let quinn = add_member(&u, &emu, "Quinn");
    member_reads(&emu);
    emu.advance(121);
    let e = w.event();
    assert_eq!(e["kind"], "delivered", "{e}");
    assert_eq!(e["id"], format!("{BLE}/member/{quinn}/delivered"));
    let (code, _, _) = w.signal("-TERM");
    assert_eq!(code, 0);
}

//! Many locks at once: selectors, checks before any request, the per-lock table and JSON array,
//! the shared token bucket under a throttling cloud, and writes verified at the lock (`--wait`,
//! `--fallback offline`).

mod common;

use std::process::Stdio;

use common::cmdline::temppwd_create;
use common::several::{declined_at_a_terminal, element};
use common::{Emu, User, BLE, WIFI, ZIGBEE};
use serde_json::Value;

const CREATE: &[&str] = &[
    "temppwd",
    "create",
    "--generate",
    "--from",
    "now",
    "--to",
    "+1d",
];

fn create(u: &User, name: &str, sel: &[&str], extra: &[&str], env: &[(&str, &str)]) -> common::Run {
    let mut args: Vec<&str> = CREATE.to_vec();
    args.extend(["--name", name]);
    args.extend(sel);
    args.extend(extra);
    u.run_env(&args, env, None)
}

fn pin_len(e: &Value) -> usize {
    e["result"]["pin"].as_str().unwrap().len()
}

#[test]
fn one_command_puts_a_password_on_every_kind_and_a_failing_lock_is_a_partial_result() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    // The Bluetooth lock already has a "Cleaner": its create is refused, the others go on.
    create(&u, "Cleaner", &["-d", BLE], &[], &[]).ok();
    let r = create(
        &u,
        "Cleaner",
        &["-d", &format!("{WIFI},{BLE}"), "-d", ZIGBEE],
        &["--json"],
        &[],
    )
    .fails(1);
    let arr = r.json();
    assert_eq!(arr.as_array().unwrap().len(), 3, "{arr}");
    let wifi = element(&arr, WIFI);
    assert_eq!(wifi["ok"], true);
    assert_eq!(wifi["lock"]["name"], "Front Door");
    assert_eq!(pin_len(wifi), 7, "Wi-Fi locks take 7 digits");
    let zigbee = element(&arr, ZIGBEE);
    assert_eq!(zigbee["ok"], true);
    assert_eq!(pin_len(zigbee), 6, "Zigbee locks take 6 digits");
    assert!(zigbee["result"]["id"].is_string());
    let ble = element(&arr, BLE);
    assert_eq!(ble["ok"], false);
    assert_eq!(ble["error"]["code"], "already_exists");
    assert!(ble.get("result").is_none());
    assert!(r.stderr.contains("3 locks: 2 ok, 1 failed"), "{}", r.stderr);
    // The passwords are on the locks that took them, each once.
    let named = |dev: &str| {
        emu.world(|w| {
            w.lock(dev)
                .unwrap()
                .temp_passwords
                .iter()
                .filter(|p| p.name == "Cleaner" && !p.removed)
                .count()
        })
    };
    assert_eq!((named(WIFI), named(BLE), named(ZIGBEE)), (1, 1, 1));

    // For people: one row per lock, the failure in its row, then the summary.
    let r = create(
        &u,
        "Cleaner",
        &["-d", &format!("{WIFI},{ZIGBEE}")],
        &[],
        &[("LOCKCTL_FORCE_TTY", "1"), ("COLUMNS", "200")],
    )
    .fails(1);
    assert!(
        r.stdout.contains("LOCK") && r.stdout.contains("OUTCOME"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stdout.matches("failed").count(), 2, "{}", r.stdout);
    assert!(r.stdout.contains("already exists"), "{}", r.stdout);
    assert!(
        r.stderr.contains("error: 2 locks: 0 ok, 2 failed"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_selector_that_can_name_several_prints_the_array_and_beats_the_default_lock() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    // One lock named twice (by id and by name) is a one-lock run: the model, not the array.
    let one = create(
        &u,
        "Once",
        &["-d", &format!("{WIFI},Front Door")],
        &["--json"],
        &[],
    )
    .ok()
    .json();
    assert!(one.is_object(), "{one}");
    assert_eq!(one["name"], "Once", "{one}");
    // --home and LOCKCTL_DEV: the selector wins, -d and --home are a union.
    let r = create(
        &u,
        "Home",
        &["--home", "demo home", "-d", WIFI],
        &["--json", "lock,ok"],
        &[("LOCKCTL_DEV", "Garage")],
    )
    .ok();
    let arr = r.json();
    assert_eq!(arr.as_array().unwrap().len(), 3, "{arr}");
    for e in arr.as_array().unwrap() {
        let keys: Vec<&String> = e.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["lock", "ok"], "{e}");
    }
    let r = create(
        &u,
        "Jq",
        &["--all-locks"],
        &["--jq", "[.[] | select(.ok) | .lock.name]"],
        &[],
    )
    .ok();
    let names: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(names.as_array().unwrap().len(), 3, "{names}");
    // One lock without a comma prints the model, as always.
    let one = create(&u, "Single", &["-d", WIFI], &["--json"], &[])
        .ok()
        .json();
    assert_eq!(one["name"], "Single");
    assert!(one.get("lock").is_none());
}

#[test]
fn what_can_be_checked_is_checked_for_every_lock_before_any_request() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let all = format!("{WIFI},{BLE},{ZIGBEE}");
    // A 7-digit PIN fits the Wi-Fi lock only: the other two are named.
    let r = u
        .run_stdin(&temppwd_create(&all, "G", "+1d", &[]), "1234567\n")
        .fails(2);
    assert!(r.stderr.contains("2 of 3 locks"), "{}", r.stderr);
    assert!(
        r.stderr.contains("Back Door") && r.stderr.contains("Garage"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("Front Door"), "{}", r.stderr);
    // A verb one kind lacks: Wi-Fi locks have no remote unlock.
    let r = u
        .run(&["remote", "unlock", "-d", &format!("{WIFI},{BLE}"), "--yes"])
        .fails(2);
    assert!(
        r.stderr.contains("Front Door") && !r.stderr.contains("Back Door ("),
        "{}",
        r.stderr
    );
    // Wi-Fi locks alone count their members.
    let r = u.run(&["member", "count", "-d", &all]).fails(2);
    assert!(
        r.stderr.contains("Back Door") && r.stderr.contains("Garage"),
        "{}",
        r.stderr
    );
    // A per-lock id for several locks.
    let r = u
        .run(&["member", "remove", "-d", &all, "--user", "1001", "--yes"])
        .fails(2);
    assert!(r.stderr.contains("--user 1001"), "{}", r.stderr);
    // Flags a run over several locks cannot take, and fields its JSON does not have.
    create(&u, "G", &["-d", &all], &["--raw"], &[]).fails(2);
    create(&u, "G", &["-d", &all], &["--json", "nope"], &[]).fails(2);
    create(&u, "G", &["-d", &all], &["--wait=soon"], &[]).fails(2);
    create(&u, "G", &["-d", &all], &["--concurrency", "0"], &[]).fails(2);
    create(&u, "G", &["-d", &all], &["--rate", "-1"], &[]).fails(2);
    create(&u, "G", &["-d", &format!("{WIFI},,{BLE}")], &[], &[]).fails(2);
    u.run(&[
        "temppwd",
        "create",
        "-d",
        &all,
        "--generate",
        "--from",
        "now",
        "--to",
        "+1d",
    ])
    .fails(2);
    // A verb that works on one lock at a time says so.
    let r = u
        .run(&["temppwd", "rename", "-d", &all, "--id", "1", "--name", "x"])
        .fails(2);
    assert!(r.stderr.contains("one lock at a time"), "{}", r.stderr);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn a_throttling_cloud_slows_the_run_down_and_no_throttling_error_reaches_the_user() {
    let emu = Emu::start_fleet(6);
    let u = User::ready(&emu);
    emu.throttle(6.0, Some(2.0));
    let r = create(
        &u,
        "Burst",
        &["--home", "Fleet"],
        &["--json", "--rate", "100"],
        &[],
    )
    .ok();
    let arr = r.json();
    assert_eq!(arr.as_array().unwrap().len(), 6, "{arr}");
    assert!(
        arr.as_array().unwrap().iter().all(|e| e["ok"] == true),
        "{arr}"
    );
    assert!(
        emu.throttled() > 0,
        "the emulator never throttled: the path was not taken"
    );
    // Each password once, though creates were throttled and read back.
    let made: usize = emu.world(|w| {
        w.locks
            .iter()
            .filter(|l| l.name.starts_with("Fleet "))
            .map(|l| {
                l.temp_passwords
                    .iter()
                    .filter(|p| p.name == "Burst")
                    .count()
            })
            .sum()
    });
    assert_eq!(made, 6);
}

#[test]
fn wait_follows_a_password_until_the_online_lock_confirms_it() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    emu.delivery_delay(120);
    // Without --wait: the state reached, pending is no failure.
    let r = create(&u, "NoWait", &["-d", BLE], &["--json"], &[]).ok();
    assert_eq!(r.json()["delivery"], "pending");
    let r = create(&u, "NoWait2", &["-d", BLE], &[], &[]).ok();
    assert!(
        r.stderr
            .contains("pending: the lock has not confirmed it yet"),
        "{}",
        r.stderr
    );
    // With it: polled until the lock has it (the emulator's clock moves the delivery on).
    let mut args: Vec<&str> = CREATE.to_vec();
    args.extend(["--name", "Waited", "-d", BLE, "--wait=30s", "--json"]);
    let mut c = u.cmd(&args);
    c.env("LOCKCTL_POLL_MS", "20")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    emu.clear_journal();
    let child = c.spawn().unwrap();
    emu.wait_for_action("temppwd.create");
    emu.advance(121);
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["delivery"], "delivered", "{v}");
}

#[test]
fn wait_on_an_offline_lock_ends_pending_and_keeps_the_write() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    emu.set_online(BLE, false);
    let env = [("LOCKCTL_POLL_MS", "20")];
    let sel = format!("{WIFI},{BLE}");
    let r = create(&u, "Away", &["-d", &sel], &["--wait=1s", "--json"], &env).fails(1);
    let arr = r.json();
    assert_eq!(element(&arr, WIFI)["ok"], true);
    let ble = element(&arr, BLE);
    assert_eq!(ble["ok"], false);
    assert_eq!(ble["error"]["code"], "pending");
    let msg = ble["error"]["message"].as_str().unwrap();
    assert!(
        msg.contains("pending: lock offline") && msg.contains("phone"),
        "{msg}"
    );
    // The write is kept: delivered when the lock is back.
    let kept = |w: &lockctl_emulator::world::World| {
        w.lock(BLE)
            .unwrap()
            .temp_passwords
            .iter()
            .any(|p| p.name == "Away" && !p.removed)
    };
    assert!(emu.world(kept));
    // Without --wait, one lock: created, and the offline lock is said.
    let r = create(&u, "Later", &["-d", BLE], &[], &env).ok();
    assert!(r.stderr.contains("pending: lock offline"), "{}", r.stderr);
}

#[test]
fn a_lock_that_refuses_the_password_is_an_error() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    emu.refuse_beyond(ZIGBEE, Some(0));
    let sel = format!("{BLE},{ZIGBEE}");
    let r = create(
        &u,
        "Full",
        &["-d", &sel],
        &["--wait", "--json"],
        &[("LOCKCTL_POLL_MS", "20")],
    )
    .fails(1);
    let arr = r.json();
    assert_eq!(element(&arr, BLE)["ok"], true);
    let z = element(&arr, ZIGBEE);
    assert_eq!(z["error"]["code"], "refused", "{z}");
    assert!(z["error"]["message"]
        .as_str()
        .unwrap()
        .contains("refused by the lock"));
    // `temppwd list` shows where it stands.
    let list = u
        .run(&["temppwd", "list", "-d", ZIGBEE, "--json"])
        .ok()
        .json();
    let full = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Full")
        .unwrap()
        .clone();
    assert_eq!(full["delivery"], "failed");
    let table = u.run(&["temppwd", "list", "-d", ZIGBEE]).ok();
    let row = table.stdout.lines().find(|l| l.contains("Full")).unwrap();
    assert!(row.contains("failed"), "{}", table.stdout);
    // Over several locks: the records of every lock, the lock first.
    let r = u.run(&["temppwd", "list", "-d", &sel]).ok();
    assert!(
        r.stdout.lines().any(|l| l.starts_with("Garage\t")
            && l.contains("\tFull\t")
            && l.contains("\tfailed\t")),
        "{}",
        r.stdout
    );
    let arr = u
        .run(&["temppwd", "list", "-d", &sel, "--json"])
        .ok()
        .json();
    assert!(element(&arr, ZIGBEE)["result"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["delivery"] == "failed"));
}

#[test]
fn fallback_offline_issues_an_offline_password_for_an_offline_lock() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    emu.set_online(ZIGBEE, false);
    let sel = format!("{WIFI},{ZIGBEE}");
    let r = create(
        &u,
        "Fallback",
        &["-d", &sel],
        &["--fallback", "offline", "--json"],
        &[],
    )
    .ok();
    let arr = r.json();
    let z = element(&arr, ZIGBEE);
    assert_eq!(z["result"]["type"], "multiple", "{z}");
    assert!(z["result"]["pin"].is_string());
    assert!(z["result"]["from"].is_string() && z["result"]["to"].is_string());
    assert!(element(&arr, WIFI)["result"].get("type").is_none());
    // No online password was made for the offline lock.
    let online = emu.world(|w| {
        w.lock(ZIGBEE)
            .unwrap()
            .temp_passwords
            .iter()
            .any(|p| p.name == "Fallback")
    });
    assert!(!online);
    create(
        &u,
        "Fb",
        &["-d", ZIGBEE],
        &["--fallback", "offline", "--once"],
        &[],
    )
    .fails(2);
}

#[test]
fn a_destructive_verb_on_several_locks_lists_them_before_asking() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let sel = format!("{BLE},{ZIGBEE}");
    let r = u
        .run(&["remote", "unlock", "-d", &sel, "--no-input"])
        .fails(2);
    assert!(r.stderr.contains("2 locks:"), "{}", r.stderr);
    assert!(
        r.stderr.contains("Back Door (") && r.stderr.contains("Garage ("),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert!(
        !emu.sent().iter().any(|a| a.contains("remotepwd")),
        "{:?}",
        emu.sent()
    );
    if declined_at_a_terminal(&u, &["remote", "unlock", "-d", &sel], "remotely now?").is_none() {
        return;
    }
    assert!(
        !emu.sent().iter().any(|a| a.contains("remotepwd")),
        "{:?}",
        emu.sent()
    );
}

#[test]
fn a_member_added_to_several_locks_is_followed_to_each_lock() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    emu.set_online(BLE, false);
    let sel = format!("{BLE},{ZIGBEE}");
    let r = u
        .run_env(
            &[
                "member",
                "add",
                "-d",
                &sel,
                "--name",
                "Guest",
                "--permanent",
                "--wait=1s",
                "--json",
            ],
            &[("LOCKCTL_POLL_MS", "20")],
            None,
        )
        .fails(1);
    let arr = r.json();
    let z = element(&arr, ZIGBEE);
    assert_eq!(z["ok"], true, "{z}");
    assert_eq!(z["result"]["name"], "Guest");
    let b = element(&arr, BLE);
    assert_eq!(b["error"]["code"], "pending", "{b}");
    // --permanent suits every kind (Wi-Fi locks keep every member permanently)...
    let arr = u
        .run(&[
            "member",
            "add",
            "--all-locks",
            "--name",
            "Everyone",
            "--permanent",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(arr.as_array().unwrap().len(), 3, "{arr}");
    // ... but a window does not: refused for the Wi-Fi lock before any request.
    emu.clear_journal();
    let r = u
        .run(&[
            "member",
            "add",
            "-d",
            &format!("{WIFI},{ZIGBEE}"),
            "--name",
            "G2",
            "--from",
            "now",
            "--to",
            "+1d",
        ])
        .fails(2);
    assert!(r.stderr.contains("Front Door"), "{}", r.stderr);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn ctrl_c_prints_what_was_done_so_far_and_exits_130() {
    if !common::has_tool("kill") {
        common::skip("kill not found");
        return;
    }
    let emu = Emu::start_fleet(12);
    let u = User::ready(&emu);
    u.run(&["device", "list"]).ok();
    emu.with_inner(|s| s.faults.latency_ms = 150);
    emu.clear_journal();
    let mut args: Vec<&str> = CREATE.to_vec();
    args.extend([
        "--name",
        "Stopped",
        "--home",
        "Fleet",
        "--concurrency",
        "1",
        "--json",
    ]);
    let mut c = u.cmd(&args);
    c.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = c.spawn().unwrap();
    // One lock at a time: a second create means the first lock is done.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while emu
        .sent()
        .iter()
        .filter(|a| a.contains("temppwd.create"))
        .count()
        < 2
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the run did not get going"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(130),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let arr: Value = serde_json::from_str(&stdout).unwrap();
    let all = arr.as_array().unwrap();
    assert_eq!(all.len(), 12);
    let cancelled = all
        .iter()
        .filter(|e| e["error"]["code"] == "cancelled")
        .count();
    assert!(cancelled > 0 && cancelled < 12, "{arr}");
    assert_eq!(all[0]["ok"], true, "{arr}");
}

#[test]
fn an_unlock_method_is_followed_to_the_lock_with_wait() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let env = [("LOCKCTL_POLL_MS", "20")];
    let add = |unlock: &str, wait: &str| {
        u.run_env(
            &[
                "opmode",
                "add",
                "-d",
                BLE,
                "--user",
                "1004",
                "--unlock-id",
                unlock,
                wait,
                "--json",
            ],
            &env,
            None,
        )
    };
    let r = add("12-9", "--wait=5s").ok();
    assert_eq!(r.json()["delivery"], "delivered");
    emu.set_online(BLE, false);
    let r = add("12-8", "--wait=1s").fails(1);
    assert!(r.stderr.contains("pending: lock offline"), "{}", r.stderr);
}

#[test]
fn offline_codes_and_member_lists_run_over_several_locks() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let sel = format!("{WIFI},{BLE}");
    let arr = u
        .run(&[
            "offlinepwd",
            "create",
            "-d",
            &sel,
            "--type",
            "multiple",
            "--name",
            "Cleaner",
            "--from",
            "now",
            "--to",
            "+2d",
            "--json",
        ])
        .ok()
        .json();
    for dev in [WIFI, BLE] {
        let e = element(&arr, dev);
        assert_eq!(e["ok"], true, "{e}");
        assert_eq!(e["result"]["type"], "multiple");
        assert!(e["result"]["pin"].is_string());
    }
    let arr = u
        .run(&["member", "list", "--all-locks", "--json"])
        .ok()
        .json();
    assert_eq!(arr.as_array().unwrap().len(), 3);
    assert!(element(&arr, BLE)["result"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["name"] == "Alice"));
    // For people: one table of the members, the lock first.
    let r = u.run(&["member", "list", "-d", &sel]).ok();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines[0].starts_with("LOCK\tID\tNAME"), "{}", r.stdout);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Back Door\t") && l.contains("Alice")),
        "{}",
        r.stdout
    );
    assert!(
        lines.iter().any(|l| l.starts_with("Front Door\t")),
        "{}",
        r.stdout
    );
    let arr = u
        .run(&["offlinepwd", "list", "-d", &sel, "--json"])
        .ok()
        .json();
    assert!(element(&arr, BLE)["result"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "Cleaner"));
    // One lock named twice is one lock: its model, as with one -d.
    let arr = u
        .run(&[
            "member",
            "count",
            "-d",
            &format!("{WIFI},Front Door"),
            "--json",
        ])
        .ok()
        .json();
    assert!(arr["family"].is_number(), "{arr}");
    // One lock still prints its model.
    let one = u
        .run(&["member", "count", "-d", WIFI, "--json"])
        .ok()
        .json();
    assert!(one["family"].is_number(), "{one}");
    let arr = u
        .run(&[
            "temppwd",
            "dynamic",
            "-d",
            &format!("{BLE},{ZIGBEE}"),
            "--json",
        ])
        .ok()
        .json();
    assert!(element(&arr, ZIGBEE)["result"]["pin"].is_string(), "{arr}");
}

#[test]
fn device_show_over_a_home_says_which_locks_are_offline() {
    let emu = Emu::start_fleet(3);
    let u = User::ready(&emu);
    let off = lockctl_emulator::world::fleet::fleet_dev_id(2);
    emu.set_online(&off, false);
    let r = u.run(&["device", "show", "--home", "Fleet"]).ok();
    let row = r.stdout.lines().find(|l| l.contains(&off)).unwrap();
    assert!(row.contains("offline"), "{}", r.stdout);
    let arr = u
        .run(&["device", "show", "--home", "fleet", "--json"])
        .ok()
        .json();
    assert_eq!(arr.as_array().unwrap().len(), 3);
    assert_eq!(element(&arr, &off)["result"]["online"], false);
    // An unknown home is a usage error naming the homes.
    let r = u.run(&["device", "show", "--home", "Nowhere"]).fails(2);
    assert!(r.stderr.contains("Fleet"), "{}", r.stderr);
}

#[test]
fn one_body_verbs_check_every_lock_then_run_on_each() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let bz = format!("{BLE},{ZIGBEE}");
    let arr = u.run(&["voice", "status", "-d", &bz, "--json"]).ok().json();
    assert!(
        element(&arr, ZIGBEE)["result"]["enabled"].is_boolean(),
        "{arr}"
    );
    let arr = u.run(&["member", "me", "-d", &bz, "--json"]).ok().json();
    assert!(element(&arr, BLE)["result"]["id"].is_string(), "{arr}");
    let arr = u
        .run(&[
            "offlinepwd",
            "available",
            "--all-locks",
            "--type",
            "once",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(arr.as_array().unwrap().len(), 3, "{arr}");
    // Wi-Fi locks have no voice password: refused before anything is sent.
    emu.clear_journal();
    let r = u.run(&["voice", "status", "--all-locks"]).fails(2);
    assert!(r.stderr.contains("Front Door"), "{}", r.stderr);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn a_login_that_cannot_be_renewed_ends_the_run_with_exit_4() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    u.run(&["logout"]).ok();
    let r = create(
        &u,
        "NoLogin",
        &["-d", &format!("{WIFI},{BLE}")],
        &["--json"],
        &[],
    )
    .fails(4);
    let arr = r.json();
    assert_eq!(
        element(&arr, BLE)["error"]["code"],
        "not_logged_in",
        "{arr}"
    );
    assert!(r.stderr.contains("lockctl login"), "{}", r.stderr);
}

#[test]
fn throttled_member_adds_are_read_back_not_repeated_blindly() {
    let emu = Emu::start_fleet(4);
    let u = User::ready(&emu);
    emu.throttle(8.0, Some(2.0));
    let r = u
        .run(&[
            "member",
            "add",
            "--home",
            "Fleet",
            "--name",
            "Crew",
            "--permanent",
            "--rate",
            "100",
            "--json",
        ])
        .ok();
    let arr = r.json();
    assert!(
        arr.as_array().unwrap().iter().all(|e| e["ok"] == true),
        "{arr}"
    );
    assert!(emu.throttled() > 0, "the emulator never throttled");
    let crews: Vec<usize> = emu.world(|w| {
        w.locks
            .iter()
            .filter(|l| l.name.starts_with("Fleet "))
            .map(|l| l.members.iter().filter(|m| m.nick_name == "Crew").count())
            .collect()
    });
    assert_eq!(crews, vec![1; 4]);
}

#[test]
fn completion_of_a_lock_list_completes_its_last_name() {
    let emu = Emu::start_dated();
    let u = User::warm(&emu);
    let r = u
        .run_env(
            &["--", "lockctl", "temppwd", "list", "-d", "Front Door,ga"],
            &[("COMPLETE", "fish"), ("_CLAP_COMPLETE_INDEX", "5")],
            None,
        )
        .ok();
    let offers: Vec<&str> = r
        .stdout
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(offers, vec!["Front Door,Garage"], "{}", r.stdout);
    assert!(emu.sent().is_empty());
}

//! `plan` and `apply` against the emulator: the plan shows what apply then does; a second apply
//! changes nothing and writes nothing; entries without the file's prefix are never touched; a
//! PIN from the environment opens the lock; a bad file is refused before any request.

mod common;

use common::*;
use serde_json::Value;

/// The actions that change something (logins aside).
fn writes(emu: &Emu) -> Vec<String> {
    emu.sent()
        .into_iter()
        .filter(|a| {
            !a.contains("token.create")
                && [".create", ".add", ".update", ".remove", ".del", ".upgrade"]
                    .iter()
                    .any(|w| a.contains(w))
        })
        .collect()
}

/// Write the access file, its dates moved into the future: the years 2030, 2031 and 2032 in the
/// texts below stand for `clock::future_year()` and the two after it, so that a plan's windows
/// are ahead on any day the suite runs.
fn write_file(u: &User, text: &str) -> String {
    let p = u.dir.path().join("access.toml");
    std::fs::write(&p, dated(text)).unwrap();
    p.display().to_string()
}

fn dated(text: &str) -> String {
    let y = clock::future_year();
    // Each year at once (a year written may be one of those still to replace).
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = ["2030-", "2031-", "2032-"]
        .iter()
        .filter_map(|p| rest.find(p))
        .min()
    {
        let written: i16 = rest[at..at + 4].parse().unwrap();
        out.push_str(&rest[..at]);
        out.push_str(&format!("{}-", y + (written - 2030)));
        rest = &rest[at + 5..];
    }
    out.push_str(rest);
    out
}

fn temp_names(emu: &Emu, dev: &str) -> Vec<String> {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .temp_passwords
            .iter()
            .filter(|p| !p.removed)
            .map(|p| p.name.clone())
            .collect()
    })
}

fn member_names(u: &User, dev: &str) -> Vec<String> {
    let mut names = vec![];
    for extra in [&[][..], &["--panel", "--all"][..]] {
        let mut args = vec!["member", "list", "-d", dev, "--json"];
        args.extend_from_slice(extra);
        let r = u.run(&args);
        if r.code == 0 {
            for m in r.json().as_array().unwrap() {
                names.push(m["name"].as_str().unwrap().to_string());
            }
        }
    }
    names
}

const FILE: &str = r#"
prefix = "t: "
locks = ["back", "Front Door"]

[[members]]
name = "Cleaner"

[[members]]
name = "Gardener"
locks = ["bf00demo00000ble0001"]
from = "2030-01-01 00:00"
to = "2031-01-01 00:00"
weekdays = "mon-fri"
daily = "08:00-12:00"

[[passwords]]
name = "Guest"
from = "2030-12-24 14:00"
to = "2030-12-27 11:00"
pin_env = "PLAN_TEST_PIN"
# As the file's `locks` wrote it (a unique prefix).
locks = ["back"]

[[passwords]]
name = "Walker"
from = "2030-01-01"
to = "2031-01-01"
schedules = ["mon-fri 12:00-13:00"]
"#;

#[test]
fn plan_then_apply_then_nothing_more() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let f = write_file(&u, FILE);
    let env = [("PLAN_TEST_PIN", "246813")];
    let r = u.run_env(&["plan", "-f", &f], &env, None).ok();
    for line in [
        "Back Door\tcreate\tmember\tt: Cleaner",
        "Back Door\tcreate\tmember\tt: Gardener",
        "Back Door\tcreate\tpassword\tt: Guest",
        "Back Door\tcreate\tpassword\tt: Walker",
        "Front Door\tcreate\tmember\tt: Cleaner",
        "Front Door\tcreate\tpassword\tt: Walker",
    ] {
        assert!(r.stdout.contains(line), "{line}: {}", r.stdout);
    }
    assert!(!r.stdout.contains("Front Door\tcreate\tpassword\tt: Guest"));
    assert!(r.stderr.contains("never returns PINs"), "{}", r.stderr);
    assert!(writes(&emu).is_empty(), "plan wrote: {:?}", writes(&emu));

    // No terminal and no --yes: refused with a hint, nothing written.
    let r = u.run_env(&["apply", "-f", &f], &env, None).fails(2);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert!(writes(&emu).is_empty());

    let r = u
        .run_env(&["apply", "-f", &f, "--yes", "--json"], &env, None)
        .ok();
    let doc = r.json();
    let locks = doc.as_array().unwrap();
    assert_eq!(locks.len(), 2);
    let mut pins = vec![];
    for l in locks {
        for c in l["changes"].as_array().unwrap() {
            assert_eq!(c["result"]["ok"], true, "{c}");
            assert!(c["id"].is_string(), "{c}");
            if let Some(p) = c["result"]["pin"].as_str() {
                assert_eq!(c["pinSource"], "generated");
                pins.push(p.to_string());
            }
        }
    }
    assert_eq!(pins.len(), 2, "one generated PIN per Walker: {pins:?}");
    assert!(!r.stdout.contains("246813") && !r.stderr.contains("246813"));
    assert!(temp_names(&emu, BLE).contains(&"t: Guest".to_string()));
    assert!(member_names(&u, BLE).contains(&"t: Gardener".to_string()));

    emu.clear_journal();
    let r = u.run_env(&["apply", "-f", &f], &env, None).ok();
    assert!(r.stderr.contains("No changes"), "{}", r.stderr);
    assert!(
        writes(&emu).is_empty(),
        "second apply wrote: {:?}",
        writes(&emu)
    );
    let r = u.run_env(&["plan", "-f", &f], &env, None).ok();
    assert!(r.stdout.contains("No changes"), "{}", r.stdout);
}

#[test]
fn entries_without_the_prefix_are_never_touched() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let before_pwds = temp_names(&emu, BLE);
    let before_members = member_names(&u, BLE);
    // A managed password the file no longer names, and a manual one.
    for name in ["t: Stray", "Manual"] {
        u.run(&[
            "temppwd",
            "create",
            "-d",
            BLE,
            "--name",
            name,
            "--generate",
            "--from",
            &dated("2030-01-01 00:00"),
            "--to",
            &dated("2030-02-01 00:00"),
        ])
        .ok();
    }
    let f = write_file(
        &u,
        "prefix = \"t: \"\nlocks = [\"Back Door\"]\n[[members]]\nname = \"Cleaner\"\n",
    );
    let r = u.run(&["plan", "-f", &f, "--json"]).ok();
    let changes = &r.json()[0]["changes"];
    let summary: Vec<(String, String)> = changes
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["action"].as_str().unwrap().to_string(),
                c["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("create".to_string(), "t: Cleaner".to_string()),
            ("remove".to_string(), "t: Stray".to_string())
        ]
    );
    u.run(&["apply", "-f", &f, "--yes"]).ok();
    let after = temp_names(&emu, BLE);
    assert!(!after.contains(&"t: Stray".to_string()));
    for name in before_pwds.iter().chain([&"Manual".to_string()]) {
        assert!(after.contains(name), "{name} was touched: {after:?}");
    }
    let members = member_names(&u, BLE);
    for name in &before_members {
        assert!(members.contains(name), "{name} was touched: {members:?}");
    }
}

#[test]
fn a_pin_from_the_environment_opens_the_lock_and_a_moved_window_is_updated() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let text = "prefix = \"t: \"\nlocks = [\"Back Door\", \"Front Door\"]\n[[passwords]]\nname = \"Guest\"\nfrom = \"2030-12-24 14:00\"\nto = \"2030-12-27 11:00\"\npin_env = \"GUEST\"\n";
    let f = write_file(&u, text);
    // One PIN for locks of different lengths cannot fit both: refused before any write.
    let r = u
        .run_env(&["apply", "-f", &f, "--yes"], &[("GUEST", "246813")], None)
        .fails(2);
    assert!(r.stderr.contains("Front Door"), "{}", r.stderr);
    assert!(r.stderr.contains("access.toml:7"), "{}", r.stderr);
    assert!(!r.stderr.contains("246813"));
    assert!(writes(&emu).is_empty());

    let f = write_file(&u, &text.replace(", \"Front Door\"", ""));
    u.run_env(&["apply", "-f", &f, "--yes"], &[("GUEST", "246813")], None)
        .ok();
    let at = jiff::civil::date(clock::future_year(), 12, 25)
        .at(12, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::get("Europe/Berlin").unwrap())
        .unwrap()
        .timestamp()
        .as_second();
    let opened: Value = emu
        .with_inner(|s| lockctl_emulator::keypad::enter(&mut s.world, BLE, "246813", at))
        .unwrap();
    assert_eq!(opened["opened"], true, "{opened}");

    // A moved window: updated in place on a Bluetooth lock.
    let f = write_file(
        &u,
        &text
            .replace(", \"Front Door\"", "")
            .replace("2030-12-27", "2030-12-28"),
    );
    let r = u
        .run_env(&["plan", "-f", &f], &[("GUEST", "246813")], None)
        .ok();
    assert!(
        r.stdout.contains("update\tpassword\tt: Guest"),
        "{}",
        r.stdout
    );
    emu.clear_journal();
    u.run_env(&["apply", "-f", &f, "--yes"], &[("GUEST", "246813")], None)
        .ok();
    assert_eq!(writes(&emu), ["tuya.m.device.lock.temppwd.update"]);
}

#[test]
fn bad_files_are_refused_with_their_line_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let cases = [
        ("prefix = \"t: \"\nlocks = [\"Back Door\"]\n[[members]]\nname = \"A\"\ncolour = \"red\"\n", "access.toml:5"),
        ("prefix = \"t: \"\nlocks = [\"Back Door\"]\n[[passwords]]\nname = \"A\"\nfrom = \"now\"\nto = \"+3d\"\n", "access.toml:5"),
        ("prefix = \"t: \"\nlocks = [\"Back Door\"]\n[[passwords]]\nname = \"A\"\nfrom = \"2030-01-01\"\nto = \"2030-02-01\"\nschedules = [\"someday\"]\n", "access.toml:7"),
        ("prefix = \"\"\nlocks = [\"Back Door\"]\n", "access.toml:1"),
        ("prefix = \"t: \"\nlocks = [\"Back Door\"]\n[[passwords]]\nname = \"A\"\nfrom = \"2030-01-01\"\nto = \"2030-02-01\"\npin_env = \"UNSET_PLAN_VAR\"\n", "access.toml:7"),
        // Wi-Fi locks keep no member validity.
        ("prefix = \"t: \"\nlocks = [\"Front Door\"]\n[[members]]\nname = \"A\"\nfrom = \"2030-01-01\"\nto = \"2030-02-01\"\n", "Front Door"),
    ];
    for (text, want) in cases {
        let f = write_file(&u, text);
        let r = u.run(&["apply", "-f", &f, "--yes"]).fails(2);
        assert!(r.stderr.contains(want), "{want}: {}", r.stderr);
        assert!(writes(&emu).is_empty(), "{text}");
    }
    let r = u.run(&["plan", "-f", "/nonexistent/access.toml"]).fails(2);
    assert!(r.stderr.contains("cannot read"), "{}", r.stderr);
    assert!(emu.sent().is_empty());
}

#[test]
fn the_example_file_works_on_the_demo_world() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // The example as shipped, its years (2027, 2028) moved ahead as the other files here are.
    let example = include_str!("../examples/access.toml");
    assert!(
        example.contains("2027-12-24 14:00"),
        "the example's dates moved: update this test"
    );
    let moved = example.replace("2028-", "2031-").replace("2027-", "2030-");
    let f = &write_file(&u, &moved);
    let env = [("GUEST_PIN", "246813")];
    let r = u.run_env(&["plan", "-f", f], &env, None).ok();
    assert!(
        r.stdout.contains("Garage\tcreate\tmember\t~ Gardener"),
        "{}",
        r.stdout
    );
    u.run_env(&["apply", "-f", f, "--yes"], &env, None).ok();
    let r = u.run_env(&["apply", "-f", f], &env, None).ok();
    assert!(r.stderr.contains("No changes"), "{}", r.stderr);
    // --raw has no one wire answer to print.
    u.run_env(&["plan", "-f", f, "--raw"], &env, None).fails(2);
}

#[test]
fn homes_name_every_lock_in_them() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let f = write_file(
        &u,
        "prefix = \"t: \"\nhomes = [\"demo home\"]\n[[members]]\nname = \"Cleaner\"\n",
    );
    let r = u.run(&["plan", "-f", &f, "--jq", "[.[].lock.id]"]).ok();
    let ids: Vec<String> = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(ids.len(), 3, "{ids:?}");
    for id in [WIFI, BLE, ZIGBEE] {
        assert!(ids.contains(&id.to_string()), "{ids:?}");
    }
    let f = write_file(&u, "prefix = \"t: \"\nhomes = [\"Nowhere\"]\n");
    let r = u.run(&["plan", "-f", &f]).fails(2);
    assert!(
        r.stderr.contains("access.toml:2") && r.stderr.contains("Demo Home"),
        "{}",
        r.stderr
    );
    assert!(writes(&emu).is_empty());
}

#[test]
fn a_failed_change_is_reported_and_the_others_are_made() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // The administrator is never managed, so a member of its name cannot be added beside it.
    emu.with_inner(|s| {
        let lock = s.world.lock_mut(BLE).unwrap();
        let admin = lock
            .members
            .iter_mut()
            .find(|m| m.user_id == "1000")
            .unwrap();
        admin.nick_name = "t: Boss".into();
    });
    let f = write_file(
        &u,
        "prefix = \"t: \"\nlocks = [\"Back Door\"]\n[[members]]\nname = \"Boss\"\n[[passwords]]\nname = \"Guest\"\nfrom = \"2030-01-01\"\nto = \"2030-02-01\"\n",
    );
    let r = u.run(&["apply", "-f", &f, "--yes", "--json"]).fails(1);
    let doc = r.json();
    let changes = doc[0]["changes"].as_array().unwrap();
    assert_eq!(changes[0]["result"]["ok"], false, "{doc}");
    assert!(
        changes[0]["result"]["error"]
            .as_str()
            .unwrap()
            .contains("already"),
        "{doc}"
    );
    assert_eq!(changes[1]["result"]["ok"], true, "{doc}");
    assert!(r.stderr.contains("1 of 2 changes failed"), "{}", r.stderr);
    assert!(temp_names(&emu, BLE).contains(&"t: Guest".to_string()));
}

#[test]
fn a_member_whose_validity_changed_is_updated_in_place() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let text = "prefix = \"t: \"\nlocks = [\"Back Door\"]\n[[members]]\nname = \"Gardener\"\nfrom = \"2030-01-01 00:00\"\nto = \"2031-01-01 00:00\"\n";
    let f = write_file(&u, text);
    u.run(&["apply", "-f", &f, "--yes"]).ok();
    let f = write_file(&u, &text.replace("2031-01-01", "2032-01-01"));
    let r = u.run(&["plan", "-f", &f]).ok();
    assert!(
        r.stdout.contains("update\tmember\tt: Gardener"),
        "{}",
        r.stdout
    );
    emu.clear_journal();
    u.run(&["apply", "-f", &f, "--yes"]).ok();
    assert_eq!(writes(&emu), ["tuya.m.device.member.update"]);
    let r = u.run(&["apply", "-f", &f]).ok();
    assert!(r.stderr.contains("No changes"), "{}", r.stderr);
}

#[test]
fn apply_lists_the_changes_and_asks_on_a_terminal() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let f = write_file(
        &u,
        "prefix = \"t: \"\nlocks = [\"Back Door\"]\n[[members]]\nname = \"Cleaner\"\n",
    );
    let Some((ok, log)) = pty(
        &u,
        &["apply", "-f", &f],
        &[
            "expect:Back Door: create member \"t: Cleaner\"",
            "expect:Apply 1 change to 1 lock?",
            "send:n",
            "expect:cancelled",
        ],
    ) else {
        return;
    };
    assert!(!ok && log.contains("exit 130"), "{log}");
    assert!(writes(&emu).is_empty());
    let (ok, log) = pty(
        &u,
        &["apply", "-f", &f],
        &["expect:Apply 1 change to 1 lock?", "send:y", "expect:done"],
    )
    .unwrap();
    assert!(ok, "{log}");
    assert_eq!(writes(&emu), ["tuya.m.device.member.add"]);
}

#[test]
fn a_plan_over_a_fleet_applies_the_locks_concurrently() {
    let emu = Emu::start_fleet(12);
    let u = User::ready(&emu);
    let f = write_file(
        &u,
        "prefix = \"t: \"\nhomes = [\"Fleet\"]\n[[members]]\nname = \"Cleaner\"\n[[passwords]]\nname = \"Guest\"\nfrom = \"2030-01-01\"\nto = \"2030-02-01\"\n",
    );
    // Every request waits a little, so locks worked on at once overlap in the journal.
    emu.with_inner(|s| s.faults.latency_ms = 20);
    emu.clear_journal();
    let r = u
        .run(&["apply", "-f", &f, "--yes", "--json", "--concurrency", "4"])
        .ok();
    let doc = r.json();
    let locks = doc.as_array().unwrap();
    let ids: Vec<String> = (1..=12)
        .map(lockctl_emulator::world::fleet::fleet_dev_id)
        .collect();
    // The file's order (the home's), every lock with both changes made.
    let shown: Vec<&str> = locks
        .iter()
        .map(|l| l["lock"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(shown, ids, "{doc}");
    for l in locks {
        let changes = l["changes"].as_array().unwrap();
        assert_eq!(changes.len(), 2, "{l}");
        assert!(changes.iter().all(|c| c["result"]["ok"] == true), "{l}");
    }
    for id in &ids {
        assert!(
            temp_names(&emu, id).contains(&"t: Guest".to_string()),
            "{id}"
        );
        let members: Vec<String> = emu.world(|w| {
            w.lock(id)
                .unwrap()
                .members
                .iter()
                .map(|m| m.nick_name.clone())
                .collect()
        });
        assert!(
            members.contains(&"t: Cleaner".to_string()),
            "{id}: {members:?}"
        );
    }
    // Proof of concurrency: some lock's writes have another lock's write between them.
    let order: Vec<String> = emu.with_inner(|s| {
        s.journal
            .iter()
            .filter(|j| j.action.contains(".create") || j.action.contains(".add"))
            .filter(|j| !j.action.contains("token"))
            .filter_map(|j| j.dev_id.clone())
            .collect()
    });
    assert!(order.len() >= 12, "{order:?}");
    let interleaved = ids.iter().any(|id| {
        let first = order.iter().position(|d| d == id);
        let last = order.iter().rposition(|d| d == id);
        matches!((first, last), (Some(a), Some(b)) if order[a..b].iter().any(|d| d != id))
    });
    assert!(interleaved, "one lock after another: {order:?}");

    emu.clear_journal();
    let r = u.run(&["apply", "-f", &f, "--concurrency", "4"]).ok();
    assert!(r.stderr.contains("No changes"), "{}", r.stderr);
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));
}

#[test]
fn ctrl_c_during_apply_reports_what_was_done_and_exits_130() {
    if !common::has_tool("kill") {
        common::skip("kill not found");
        return;
    }
    let emu = Emu::start_fleet(6);
    let u = User::ready(&emu);
    let f = write_file(
        &u,
        "prefix = \"t: \"\nhomes = [\"Fleet\"]\n[[members]]\nname = \"Cleaner\"\n[[passwords]]\nname = \"Guest\"\nfrom = \"2030-01-01\"\nto = \"2030-02-01\"\n",
    );
    emu.with_inner(|s| s.faults.latency_ms = 150);
    emu.clear_journal();
    let mut c = u.cmd(&["apply", "-f", &f, "--yes", "--json", "--concurrency", "1"]);
    c.stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let child = c.spawn().unwrap();
    // One lock at a time: a write to the second lock means the first is done.
    let second = lockctl_emulator::world::fleet::fleet_dev_id(2);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !emu.with_inner(|s| {
        s.journal
            .iter()
            .any(|j| j.dev_id.as_deref() == Some(second.as_str()) && j.action.contains(".create"))
    }) {
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
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stdout}{stderr}");
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    let locks = doc.as_array().unwrap();
    assert_eq!(locks.len(), 6, "{doc}");
    let results: Vec<&Value> = locks
        .iter()
        .flat_map(|l| l["changes"].as_array().unwrap())
        .map(|c| &c["result"])
        .collect();
    assert_eq!(results.len(), 12, "{doc}");
    assert!(results[..2].iter().all(|r| r["ok"] == true), "{doc}");
    let cancelled = results
        .iter()
        .filter(|r| r["error"].as_str().is_some_and(|e| e.contains("cancelled")))
        .count();
    assert!(cancelled > 0 && cancelled < 12, "{doc}");
    assert!(stderr.contains("cancelled"), "{stderr}");
}

#[test]
fn a_bad_concurrency_is_refused_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let f = write_file(
        &u,
        "prefix = \"t: \"\nhomes = [\"demo home\"]\n[[members]]\nname = \"Cleaner\"\n",
    );
    for verb in ["plan", "apply"] {
        let r = u
            .run(&[verb, "-f", &f, "--yes", "--concurrency", "0"])
            .fails(2);
        assert!(r.stderr.contains("--concurrency"), "{}", r.stderr);
    }
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn exit_code_says_whether_changes_are_pending() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let f = write_file(&u, FILE);
    let env = [("PLAN_TEST_PIN", "246813")];
    // Without the flag, pending changes are exit 0.
    u.run_env(&["plan", "-f", &f], &env, None).ok();
    // Pending: 3, the plan printed, no error line.
    let r = u.run_env(&["plan", "-f", &f, "--exit-code"], &env, None);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stdout.contains("t: Cleaner"), "{}", r.stdout);
    assert!(!r.stderr.contains("error:"), "{}", r.stderr);
    let r = u.run_env(&["plan", "-f", &f, "--exit-code", "--json"], &env, None);
    assert_eq!(r.code, 3, "{}", r.stderr);
    r.json();
    u.run_env(&["apply", "-f", &f, "--yes"], &env, None).ok();
    // No changes: 0.
    let r = u
        .run_env(&["plan", "-f", &f, "--exit-code"], &env, None)
        .ok();
    assert!(r.stdout.contains("No changes"), "{}", r.stdout);
    // An error keeps its own code: a bad file is 2, an unset PIN variable too.
    let bad = u.dir.path().join("bad.toml");
    std::fs::write(&bad, "prefix = 3\n").unwrap();
    let bad = bad.display().to_string();
    u.run_env(&["plan", "-f", &bad, "--exit-code"], &env, None)
        .fails(2);
    // A lock that cannot be read is 1.
    emu.faults(lockctl_emulator::server::Faults {
        garbage: Some("garbage".into()),
        garbage_next: 1000,
        ..Default::default()
    });
    let r = u.run_env(&["plan", "-f", &f, "--exit-code"], &env, None);
    assert_eq!(r.code, 1, "{}", r.stderr);
}

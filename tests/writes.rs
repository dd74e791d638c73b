//! Writes are reported as what happened: a create whose answer is lost (timeout, HTTP 5xx,
//! connection reset after the request went out) is read back before lockctl reports it, and a
//! name a live entry already has is refused, so a retry never duplicates.
//!
//! The fault runs set `LOCKCTL_TIMEOUT_MS` (the client's wait for one request) short, so the
//! emulator's `timeout` fault (an answer held past it) costs well under a second.

mod common;

use common::*;
use lockctl_emulator::server::Faults;

/// The client's wait in fault runs, and how long a `timeout` fault holds the answer.
const TIMEOUT_MS: &str = "700";
const HOLD_MS: u64 = 1500;

fn faults(rate: f64, seed: u64, kinds: &[&str], fail_after: u64) -> Faults {
    Faults {
        write_fault_rate: rate,
        seed,
        write_fault_kinds: kinds.iter().map(|k| k.to_string()).collect(),
        write_fault_delay_ms: HOLD_MS,
        fail_after_write_fault: fail_after,
        ..Faults::default()
    }
}

fn run(u: &User, args: &[&str], stdin: Option<&str>) -> Run {
    u.run_env(args, &[("LOCKCTL_TIMEOUT_MS", TIMEOUT_MS)], stdin)
}

/// Live members of a lock called `name`.
fn members_named(emu: &Emu, dev: &str, name: &str) -> usize {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .members
            .iter()
            .filter(|m| m.nick_name == name)
            .count()
    })
}

fn temps_named(emu: &Emu, dev: &str, name: &str) -> usize {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .temp_passwords
            .iter()
            .filter(|p| !p.removed && p.name == name)
            .count()
    })
}

fn offline_named(emu: &Emu, dev: &str, name: &str) -> usize {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .offline_passwords
            .iter()
            .filter(|p| p.pwd_name == name)
            .count()
    })
}

/// Methods of a lock numbered `dp-n` attached to `member`.
fn methods_attached(emu: &Emu, dev: &str, dp: u32, n: &str, member: &str) -> usize {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .opmodes
            .iter()
            .filter(|o| o.dp_id == dp && o.value == n && o.user_id.as_deref() == Some(member))
            .count()
    })
}

fn adds(emu: &Emu) -> usize {
    emu.sent()
        .iter()
        .filter(|a| a.ends_with(".add") || a.ends_with(".create") || a.ends_with("offlinepwd.get"))
        .count()
}

#[test]
fn a_name_a_live_entry_has_is_refused_with_its_id_before_any_write() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // The demo lock already has a member named Cleaner (id 1003).
    let r = u
        .run(&[
            "member",
            "add",
            "-d",
            BLE,
            "--name",
            "Cleaner",
            "--permanent",
        ])
        .fails(1);
    assert!(r.stderr.contains("already_exists"), "{}", r.stderr);
    assert!(r.stderr.contains("1003"), "{}", r.stderr);
    assert!(r.stderr.contains("--allow-duplicate-name"), "{}", r.stderr);
    assert_eq!(adds(&emu), 0, "nothing was written: {:?}", emu.sent());
    assert_eq!(members_named(&emu, BLE, "Cleaner"), 1);
    u.run(&[
        "member",
        "add",
        "-d",
        BLE,
        "--name",
        "Cleaner",
        "--permanent",
        "--allow-duplicate-name",
    ])
    .ok();
    assert_eq!(members_named(&emu, BLE, "Cleaner"), 2);

    // Temporary passwords and offline codes: the second create of a name is refused.
    let temp = |pin: &str, extra: &[&str]| {
        let mut a = vec![
            "temppwd",
            "create",
            "-d",
            BLE,
            "--name",
            "Guest",
            "--pin-stdin",
            "--from",
            "now",
            "--to",
            "+1d",
        ];
        a.extend(extra);
        u.run_stdin(&a, &format!("{pin}\n"))
    };
    temp("481516", &[]).ok();
    let r = temp("234234", &[]).fails(1);
    assert!(r.stderr.contains("already_exists") && r.stderr.contains("--allow-duplicate-name"));
    temp("234234", &["--allow-duplicate-name"]).ok();
    assert_eq!(temps_named(&emu, BLE, "Guest"), 2);

    let code = |extra: &[&str]| {
        let mut a = vec![
            "offlinepwd",
            "create",
            "-d",
            WIFI,
            "--type",
            "multiple",
            "--from",
            "now",
            "--to",
            "+1d",
            "--name",
            "Family",
        ];
        a.extend(extra);
        u.run(&a)
    };
    code(&[]).ok();
    emu.clear_journal();
    let r = code(&[]).fails(1);
    assert!(r.stderr.contains("already_exists"), "{}", r.stderr);
    assert_eq!(adds(&emu), 0, "{:?}", emu.sent());
    code(&["--allow-duplicate-name"]).ok();
    assert_eq!(offline_named(&emu, WIFI, "Family"), 2);
}

#[test]
fn expired_entries_do_not_block_a_name() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let old = [
        "member",
        "add",
        "-d",
        BLE,
        "--name",
        "Old Guest",
        "--from",
        "2020-01-01",
        "--to",
        "2020-02-01",
    ];
    u.run(&old).ok();
    u.run(&[
        "member",
        "add",
        "-d",
        BLE,
        "--name",
        "Old Guest",
        "--permanent",
    ])
    .ok();
    assert_eq!(members_named(&emu, BLE, "Old Guest"), 2);
}

#[test]
fn a_lost_answer_is_read_back_landed_absent_or_unknown() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let add = |name: &str| {
        run(
            &u,
            &[
                "member",
                "add",
                "-d",
                BLE,
                "--name",
                name,
                "--permanent",
                "--json",
            ],
            None,
        )
    };
    // Applied, answer lost each way: reported as done, with the id.
    for (i, kind) in ["reset", "5xx", "timeout"].into_iter().enumerate() {
        emu.faults(faults(1.0, i as u64, &[kind], 0));
        let name = format!("Landed {kind}");
        let r = add(&name).ok();
        assert_eq!(r.json()["name"], name.as_str(), "{kind}: {}", r.stderr);
        assert_eq!(members_named(&emu, BLE, &name), 1, "{kind}");
    }
    // Not applied: a plain failure saying nothing changed.
    emu.faults(faults(1.0, 7, &["5xx-unapplied"], 0));
    let r = add("Absent").fails(1);
    assert!(r.stderr.contains("nothing was changed"), "{}", r.stderr);
    assert_eq!(members_named(&emu, BLE, "Absent"), 0);
    // Applied, and the read-backs fail too: exit 1 naming the exact command to check.
    emu.faults(faults(1.0, 8, &["5xx"], 100));
    let r = add("Unknown").fails(1);
    let check = format!("may have landed: check with `lockctl member list --panel --all -d {BLE}`");
    assert!(r.stderr.contains(&check), "{}", r.stderr);
    assert_eq!(members_named(&emu, BLE, "Unknown"), 1);
}

#[test]
fn a_write_whose_follow_up_read_fails_exits_0_with_a_warning() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // The add is answered (`true` on Bluetooth locks); every request after it fails, the read of
    // the new member's id among them.
    emu.faults(faults(1.0, 0, &["answered"], 100));
    let r = run(
        &u,
        &[
            "member",
            "add",
            "-d",
            BLE,
            "--name",
            "Warned",
            "--permanent",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("warning:") && r.stderr.contains("could not be read back"),
        "{}",
        r.stderr
    );
    let find = format!("find it with `lockctl member list --panel --all -d {BLE}`");
    assert!(r.stderr.contains(&find), "{}", r.stderr);
    assert_eq!(members_named(&emu, BLE, "Warned"), 1);
}

/// What happened to the writes of one kind under faults.
#[derive(Debug, Default)]
struct Tally {
    faults: u64,
    kinds: std::collections::BTreeMap<String, u64>,
    applied: usize,
    reported_done: usize,
    reported_failed: usize,
    reported_unknown: usize,
    applied_reported_failed: usize,
    done_not_applied: usize,
    retries: usize,
    duplicates: usize,
}

/// `n` writes under 20% faults, each retried once by hand when it is reported as failed (the
/// natural retry); `write(i, attempt)` runs one and `count(i)` counts its entries in the world.
fn under_faults(
    emu: &Emu,
    n: usize,
    seed: u64,
    write: impl Fn(usize) -> Run,
    count: impl Fn(usize) -> usize,
) -> Tally {
    emu.faults(faults(0.2, seed, &[], 0));
    let mut t = Tally::default();
    for i in 0..n {
        for attempt in 0..2 {
            let before = count(i);
            let r = write(i);
            let landed = count(i) > before;
            t.applied += landed as usize;
            let unknown = r.stderr.contains("may have landed");
            match (r.code, unknown) {
                (0, _) => t.reported_done += 1,
                (_, true) => t.reported_unknown += 1,
                _ => t.reported_failed += 1,
            }
            if landed && r.code != 0 && !unknown {
                t.applied_reported_failed += 1;
                eprintln!("applied but reported failed: {}", r.stderr);
            }
            if !landed && r.code == 0 {
                t.done_not_applied += 1;
                eprintln!("reported done, not applied: {}", r.stderr);
            }
            if r.code == 0 || attempt == 1 {
                break;
            }
            t.retries += 1;
        }
        t.duplicates += count(i).saturating_sub(1);
    }
    t.kinds = emu.with_inner(|s| s.faults.write_faults_injected.clone());
    t.faults = t.kinds.values().sum();
    t
}

fn check(kind: &str, t: &Tally) {
    eprintln!("{kind}: {t:?}");
    assert_eq!(t.duplicates, 0, "{kind}: {t:?}");
    assert_eq!(t.applied_reported_failed, 0, "{kind}: {t:?}");
    assert_eq!(t.done_not_applied, 0, "{kind}: {t:?}");
    assert!(
        t.faults >= 5,
        "{kind}: too few faults to mean anything: {t:?}"
    );
}

const N: usize = 100;

#[test]
fn member_adds_under_faults_never_duplicate_or_misreport() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let t = under_faults(
        &emu,
        N,
        11,
        |i| {
            let name = format!("Guest {i}");
            run(
                &u,
                &["member", "add", "-d", BLE, "--name", &name, "--permanent"],
                None,
            )
        },
        |i| members_named(&emu, BLE, &format!("Guest {i}")),
    );
    check("member add", &t);
}

#[test]
fn opmode_adds_under_faults_never_duplicate_or_misreport() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let member = emu.world(|w| {
        w.lock(BLE)
            .unwrap()
            .members
            .iter()
            .find(|m| m.nick_name == "Cleaner")
            .unwrap()
            .user_id
            .clone()
    });
    let t = under_faults(
        &emu,
        N,
        12,
        |i| {
            let unlock = format!("12-{}", 100 + i);
            let args = [
                "opmode",
                "add",
                "-d",
                BLE,
                "--user",
                &member,
                "--unlock-id",
                &unlock,
            ];
            run(&u, &args, None)
        },
        |i| methods_attached(&emu, BLE, 12, &(100 + i).to_string(), &member),
    );
    check("opmode add", &t);
}

#[test]
fn temppwd_creates_under_faults_never_duplicate_or_misreport() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let t = under_faults(
        &emu,
        N,
        13,
        |i| {
            let name = format!("Visitor {i}");
            let args = [
                "temppwd",
                "create",
                "-d",
                BLE,
                "--name",
                &name,
                "--pin-stdin",
                "--from",
                "now",
                "--to",
                "+1d",
            ];
            run(&u, &args, Some(&format!("{}\n", 300_000 + i * 7)))
        },
        |i| temps_named(&emu, BLE, &format!("Visitor {i}")),
    );
    check("temppwd create", &t);
}

#[test]
fn offlinepwd_creates_under_faults_never_duplicate_or_misreport() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // Multiple-use codes: the hourly cap applies to one-time and clear codes only.
    let t = under_faults(
        &emu,
        N,
        14,
        |i| {
            let name = format!("Code {i}");
            let args = [
                "offlinepwd",
                "create",
                "-d",
                BLE,
                "--type",
                "multiple",
                "--from",
                "now",
                "--to",
                "+1d",
                "--name",
                &name,
            ];
            run(&u, &args, None)
        },
        |i| offline_named(&emu, BLE, &format!("Code {i}")),
    );
    check("offlinepwd create", &t);
}

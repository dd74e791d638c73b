//! Writes are reported as what happened: a create whose answer is lost (timeout, HTTP 5xx,
//! connection reset after the request went out) is read back before lockctl reports it, and a
//! name a live entry already has is refused, so a retry never duplicates.
//!
//! The fault runs set `LOCKCTL_TIMEOUT_MS` (the client's wait for one request) short, so the
//! emulator's `timeout` fault (an answer held past it) costs well under a second.

mod common;

use common::cmdline::temppwd_create;
use common::faultrun::*;
use common::*;

/// Writes reported as unknown are retried by hand like failed ones.
const RUN: FaultRun = FaultRun {
    retry_unknown: true,
    min_faults: 5,
};

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
    // Not applied: a plain failure saying nothing changed. Applied, and the read-backs fail
    // too: exit 1 naming the exact command to check.
    let list = format!("lockctl member list --panel --all -d {BLE}");
    member_add_absent_or_unknown(&emu, BLE, &list, add);
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
    let find = format!("see it with `lockctl member list --panel --all -d {BLE}`");
    assert!(r.stderr.contains(&find), "{}", r.stderr);
    assert_eq!(members_named(&emu, BLE, "Warned"), 1);
}

const N: usize = 100;

#[test]
fn member_adds_under_faults_never_duplicate_or_misreport() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let t = RUN.under_faults(
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
    RUN.check("member add", &t);
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
    let t = RUN.under_faults(
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
    RUN.check("opmode add", &t);
}

#[test]
fn temppwd_creates_under_faults_never_duplicate_or_misreport() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let t = RUN.under_faults(
        &emu,
        N,
        13,
        |i| {
            let name = format!("Visitor {i}");
            let args = temppwd_create(BLE, &name, "+1d", &[]);
            run(&u, &args, Some(&format!("{}\n", 300_000 + i * 7)))
        },
        |i| temps_named(&emu, BLE, &format!("Visitor {i}")),
    );
    RUN.check("temppwd create", &t);
}

#[test]
fn offlinepwd_creates_under_faults_never_duplicate_or_misreport() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // Multiple-use codes: the hourly cap applies to one-time and clear codes only.
    let t = RUN.under_faults(
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
    RUN.check("offlinepwd create", &t);
}

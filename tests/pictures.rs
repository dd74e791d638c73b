//! The pictures people look at instead of reading: the week grid of `temppwd show` and
//! `member show`, and `history stats`. Drawn at the pinned clock (Monday 2026-12-07 11:00 in
//! Berlin, [`PINNED_NOW`]) and snapshot-tested; only on a terminal (`LOCKCTL_FORCE_TTY` with a
//! fixed `COLUMNS`, and once in a real pseudo-terminal), never piped or in `--json`.

mod common;

use common::*;

/// Laid out as on a terminal `columns` wide, without colour.
fn tty(columns: &str) -> [(&'static str, &str); 2] {
    [("LOCKCTL_FORCE_TTY", "1"), ("COLUMNS", columns)]
}

/// The part of a show verb's output from its first blank line: the picture.
fn picture(stdout: &str) -> String {
    match stdout.split_once("\n\n") {
        Some((_, p)) => p.to_string(),
        None => String::new(),
    }
}

/// A temporary password on the Wi-Fi lock with `extra` flags; its id.
fn temppwd(u: &User, name: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "temppwd",
        "create",
        "-d",
        WIFI,
        "--name",
        name,
        "--generate",
        "--json",
    ];
    args.extend_from_slice(extra);
    let j = u.run(&args).ok().json();
    j["id"].as_str().unwrap().to_string()
}

#[test]
fn temppwd_show_draws_the_week_on_a_terminal_only() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // Weekday mornings, from now for three weeks.
    let id = temppwd(
        &u,
        "Cleaner",
        &[
            "--from",
            "2026-12-07 00:00",
            "--to",
            "2026-12-28 00:00",
            "--schedule",
            "mon-fri 09:00-12:30",
        ],
    );
    let show = ["temppwd", "show", "-d", WIFI, "--id", id.as_str()];
    let wide = u.run_env(&show, &tty("120"), None).ok();
    insta::assert_snapshot!("temppwd_week_wide", steady(&wide.stdout));
    let narrow = u.run_env(&show, &tty("50"), None).ok();
    insta::assert_snapshot!("temppwd_week_compact", picture(&narrow.stdout));
    let tiny = u.run_env(&show, &tty("34"), None).ok();
    insta::assert_snapshot!("temppwd_week_narrow", picture(&tiny.stdout));

    // Piped and --json: unchanged (no picture, no blank line).
    let piped = u.run(&show).ok();
    assert!(!piped.stdout.contains('█'), "{}", piped.stdout);
    assert!(!piped.stdout.contains("\n\n"), "{}", piped.stdout);
    let json = u.run_env(&[&show[..], &["--json"]].concat(), &tty("120"), None);
    assert!(!json.ok().stdout.contains('█'));
}

#[test]
fn temppwd_show_of_a_window_that_starts_later_starts_there_and_ended_draws_nothing() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // Starts on Thursday afternoon, ends the Saturday after at noon: no "now" marker, the grid
    // starts on Thursday and stops on Saturday.
    let id = temppwd(
        &u,
        "Weekend guest",
        &["--from", "2026-12-10 15:00", "--to", "2026-12-12 12:00"],
    );
    let r = u
        .run_env(
            &["temppwd", "show", "-d", WIFI, "--id", id.as_str()],
            &tty("120"),
            None,
        )
        .ok();
    let p = picture(&r.stdout);
    insta::assert_snapshot!("temppwd_week_upcoming", p);
    assert!(!p.contains("now"), "{p}");
    // A week later its window has ended: no picture, the fields say so.
    emu.advance(7 * 86_400);
    let r = u
        .run_env(
            &["temppwd", "show", "-d", WIFI, "--id", id.as_str()],
            &tty("120"),
            None,
        )
        .ok();
    assert!(r.stdout.contains("expired"), "{}", r.stdout);
    assert!(picture(&r.stdout).is_empty(), "{}", r.stdout);
}

#[test]
fn member_show_draws_recurring_window_and_permanent_access() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let add = u
        .run(&[
            "member",
            "add",
            "-d",
            BLE,
            "--name",
            "Gardener",
            "--weekdays",
            "tue,thu,sat",
            "--daily",
            "07:15-10:45",
            "--from",
            "2026-12-01 00:00",
            "--to",
            "2027-03-01 00:00",
            "--json",
        ])
        .ok()
        .json();
    let id = add["id"].as_str().unwrap().to_string();
    let show = |user: &str| {
        u.run_env(
            &["member", "show", "-d", BLE, "--user", user],
            &tty("120"),
            None,
        )
        .ok()
        .stdout
    };
    insta::assert_snapshot!("member_week_recurring", picture(&show(&id)));
    // A plain window that starts on Wednesday at noon and ends on Friday evening.
    let add = u
        .run(&[
            "member",
            "add",
            "-d",
            BLE,
            "--name",
            "Tenant",
            "--from",
            "2026-12-09 12:00",
            "--to",
            "2026-12-11 18:30",
            "--json",
        ])
        .ok()
        .json();
    let tenant = add["id"].as_str().unwrap().to_string();
    insta::assert_snapshot!("member_week_window", picture(&show(&tenant)));
    // The owner: permanent, one line.
    let owner = show("1000");
    assert!(
        owner.contains("opens at any time: no window, no schedule"),
        "{owner}"
    );
}

#[test]
fn the_week_is_drawn_in_a_real_terminal_with_colour() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let args = ["temppwd", "show", "-d", WIFI, "--id", "150"];
    let Some((ok, out)) = pty_env(&u, &args, &[("NO_COLOR", None)], &[]) else {
        return;
    };
    assert!(ok, "{out}");
    assert!(out.contains("▼"), "{out}");
    assert!(out.contains("\x1b[32m█"), "open cells are green: {out:?}");
    let Some((ok, plain)) = pty_env(&u, &args, &[], &[]) else {
        return;
    };
    assert!(
        ok && plain.contains('█') && !plain.contains('\x1b'),
        "{plain:?}"
    );
}

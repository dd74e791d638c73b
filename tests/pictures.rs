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

/// October 2026 on the pinned world (its seeded history ends on 2026-11-01).
const OCTOBER: [&str; 4] = ["--since", "2026-10-01", "--until", "2026-11-01 00:00"];

fn stats_args<'a>(dev: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["history", "stats", "-d", dev];
    args.extend_from_slice(&OCTOBER);
    args.extend_from_slice(extra);
    args
}

fn sum(v: &serde_json::Value, key: &str) -> u64 {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["openings"].as_u64().unwrap())
        .sum()
}

#[test]
fn history_stats_draws_bars_and_tables_on_a_terminal() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let r = u.run_env(&stats_args(WIFI, &[]), &tty("100"), None).ok();
    insta::assert_snapshot!("stats_wifi_100", r.stdout);
    // Narrow: the days fold into runs, the hours take one character each; nothing is cut.
    let r = u.run_env(&stats_args(WIFI, &[]), &tty("50"), None).ok();
    insta::assert_snapshot!("stats_wifi_50", r.stdout);
}

#[test]
fn history_stats_json_counts_every_record_of_the_listing_once() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [WIFI, BLE, ZIGBEE] {
        let s = u.run(&stats_args(dev, &["--json"])).ok().json();
        let n = s["openings"].as_u64().unwrap();
        assert!(n > 50, "{dev}: {s}");
        for key in ["days", "hours", "members", "methods"] {
            assert_eq!(sum(&s, key), n, "{dev} {key}");
        }
        assert_eq!(s["days"].as_array().unwrap().len(), 32, "Oct 1 to Nov 1");
        assert_eq!(s["hours"].as_array().unwrap().len(), 24);
        // The same records as `history list` over the same stretch, member by member.
        let mut list = vec!["history", "list", "-d", dev, "--all", "--json"];
        list.extend_from_slice(&OCTOBER);
        let records = u.run(&list).ok().json();
        let records = records.as_array().unwrap();
        assert_eq!(records.len() as u64, n, "{dev}");
        for m in s["members"].as_array().unwrap() {
            let mine: Vec<&serde_json::Value> = records
                .iter()
                .filter(|r| r["member"] == m["member"])
                .collect();
            assert_eq!(mine.len() as u64, m["openings"].as_u64().unwrap(), "{m}");
            // Newest first: the first listed is the last use.
            assert_eq!(mine[0]["time"], m["last"], "{m}");
            assert_eq!(mine[mine.len() - 1]["time"], m["first"], "{m}");
        }
    }
    // A few days, whole, as the JSON contract reads (docs/json.md).
    let few = u
        .run(&[
            "history",
            "stats",
            "-d",
            WIFI,
            "--since",
            "2026-10-29",
            "--until",
            "2026-10-31 12:00",
            "--json",
        ])
        .ok()
        .json();
    insta::assert_json_snapshot!("stats_json_few_days", few);
}

#[test]
fn history_stats_reads_each_page_once_and_pipes_plain_rows() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let pages = |args: &[&str]| {
        emu.clear_journal();
        let r = u.run(args).ok();
        (r, emu.sent().len())
    };
    // One page in flight at a time: pages fetched ahead would make the counts depend on timing.
    let (piped, stats_calls) = pages(&stats_args(
        WIFI,
        &["--page-size", "20", "--concurrency", "1"],
    ));
    let mut list = vec![
        "history",
        "list",
        "-d",
        WIFI,
        "--all",
        "--page-size",
        "20",
        "--concurrency",
        "1",
    ];
    list.extend_from_slice(&OCTOBER);
    let (_, list_calls) = pages(&list);
    assert_eq!(
        stats_calls, list_calls,
        "stats reads what the listing reads"
    );
    assert!(stats_calls > 3, "several pages: {stats_calls}");
    // Piped: one tab-separated table, no bars.
    let lines: Vec<&str> = piped.stdout.lines().collect();
    assert_eq!(lines[0], "COUNT\tOF\tOPENINGS\tFIRST\tLAST");
    assert!(lines[1].starts_with("day\t2026-10-01\t"), "{}", lines[1]);
    assert!(lines.iter().any(|l| l.starts_with("hour\t23\t")));
    assert!(lines.iter().any(|l| l.starts_with("member\tDemo Owner\t")));
    assert!(lines.iter().any(|l| l.starts_with("method\tfingerprint\t")));
    assert!(!piped.stdout.contains('█') && !piped.stdout.contains('\x1b'));
}

#[test]
fn history_stats_over_several_locks() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let two = format!("{WIFI},{BLE}");
    let r = u.run_env(&stats_args(&two, &[]), &tty("120"), None).ok();
    insta::assert_snapshot!("stats_two_locks", r.stdout);
    let j = u.run(&stats_args(&two, &["--json"])).ok().json();
    let all = j.as_array().unwrap();
    assert_eq!(all.len(), 2);
    for e in all {
        assert_eq!(e["ok"], true, "{e}");
        assert_eq!(e["result"]["lock"], e["lock"]["id"]);
        assert_eq!(
            sum(&e["result"], "days"),
            e["result"]["openings"].as_u64().unwrap()
        );
    }
}

#[test]
fn history_stats_refuses_bad_input_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for extra in [
        &["--page-size", "0"][..],
        &["--raw"],
        &["--type", "teleport"],
        &["--since", "2026-11-01", "--until", "2026-10-01"],
        &["--json", "nosuchfield"],
    ] {
        let mut args = vec!["history", "stats", "-d", WIFI];
        args.extend_from_slice(extra);
        let r = u.run(&args).fails(2);
        assert!(r.stderr.contains("error"), "{extra:?}: {}", r.stderr);
    }
    // A --since after now (the pinned clock) with no --until says so, not "swap them".
    let r = u
        .run(&["history", "stats", "-d", WIFI, "--since", "2027-06-01"])
        .fails(2);
    assert!(
        r.stderr.contains("--since is in the future"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("swap"), "{}", r.stderr);
    let sent: Vec<String> = emu
        .sent()
        .into_iter()
        .filter(|a| a.contains("record") || a.contains("history"))
        .collect();
    assert!(sent.is_empty(), "sent: {sent:?}");
}

/// `history stats` counts the same on every backend, whatever page size it asks for (the OpenAPI
/// log endpoints take at most 100 a page; the default 500 is read as 100 there).
#[test]
fn history_stats_agree_on_every_backend() {
    use common::flavour::Flavour;
    let emu = Emu::start();
    let mut seen = vec![];
    for f in [
        Flavour::Md5,
        Flavour::Hmac,
        Flavour::Thing,
        Flavour::OpenApi,
    ] {
        let u = f.warm(&emu);
        let s = u.run(&stats_args(BLE, &["--json"])).ok().json();
        let list = u
            .run(&[
                "history",
                "list",
                "-d",
                BLE,
                "--all",
                "--page-size",
                "500",
                "--since",
                "2026-10-01",
                "--until",
                "2026-11-01 00:00",
                "--json",
            ])
            .ok()
            .json();
        let n = list.as_array().map(|a| a.len()).unwrap_or_default() as u64;
        assert!(n > 0, "{f:?}: no records");
        assert_eq!(s["openings"], n, "{f:?}: {s}");
        seen.push((
            s["openings"].clone(),
            s["members"].as_array().map(|m| m.len()),
        ));
    }
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "{seen:?}");
}

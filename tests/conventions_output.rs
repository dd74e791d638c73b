//! The output conventions of docs/conventions.md, checked across verbs at once: what a write
//! prints, `show` verbs piped, one JSON style, colour when forced, a `temppwd list` row on an
//! 80-column terminal, and the try-it line of a bare `lockctl`.

mod common;

use common::*;
use serde_json::Value;

/// A create verb: its arguments, the PIN piped to it, and the column that holds what lockctl had
/// made (`PIN`, `CODE`), if any.
struct Create {
    args: Vec<String>,
    stdin: Option<&'static str>,
    secret: Option<&'static str>,
}

fn create(args: &[&str], stdin: Option<&'static str>, secret: Option<&'static str>) -> Create {
    Create {
        args: args.iter().map(|a| a.to_string()).collect(),
        stdin,
        secret,
    }
}

/// Every create verb, one form each; `n` keeps the names apart between runs.
fn creates(n: usize) -> Vec<Create> {
    let name = |s: &str| format!("{s} {n}");
    let (guest, gen, ble, plumber, family) = (
        name("Guest"),
        name("Gen"),
        name("Nanny"),
        name("Plumber"),
        name("Family"),
    );
    let win = ["--from", "now", "--to", "+2d"];
    let mut out = vec![
        create(
            &["member", "add", "-d", WIFI, "--name", &name("Sitter")],
            None,
            None,
        ),
        create(
            &["member", "add", "-d", BLE, "--name", &ble, "--permanent"],
            None,
            None,
        ),
        create(
            &[
                &[
                    "temppwd",
                    "create",
                    "-d",
                    WIFI,
                    "--name",
                    &guest,
                    "--pin-stdin",
                ][..],
                &win,
            ]
            .concat(),
            Some(if n == 0 { "5550001\n" } else { "5550002\n" }),
            None,
        ),
        create(
            &[
                &["temppwd", "create", "-d", BLE, "--name", &gen, "--generate"][..],
                &win,
            ]
            .concat(),
            None,
            Some("PIN"),
        ),
        create(
            &[
                "offlinepwd",
                "create",
                "-d",
                BLE,
                "--type",
                "once",
                "--name",
                &plumber,
            ],
            None,
            Some("CODE"),
        ),
        create(
            &[
                &[
                    "offlinepwd",
                    "create",
                    "-d",
                    BLE,
                    "--type",
                    "multiple",
                    "--name",
                    &family,
                ][..],
                &["--from", "now", "--to", "+3d"],
            ]
            .concat(),
            None,
            Some("CODE"),
        ),
        create(
            &["offlinepwd", "create", "-d", ZIGBEE, "--type", "clear-all"],
            None,
            Some("CODE"),
        ),
    ];
    // An unassigned method can be attached once only.
    if n == 0 {
        out.push(create(
            &[
                "opmode",
                "add",
                "-d",
                WIFI,
                "--user",
                "1001",
                "--unlock-id",
                "13-7",
                "--name",
                "Alice PIN",
            ],
            None,
            None,
        ));
    }
    out
}

fn run(u: &User, c: &Create, extra: &[&str]) -> Run {
    let mut args: Vec<&str> = c.args.iter().map(String::as_str).collect();
    args.extend_from_slice(extra);
    match c.stdin {
        Some(pin) => u.run_stdin(&args, pin),
        None => u.run(&args),
    }
}

#[test]
fn every_create_prints_the_made_thing_as_one_row_and_boxes_nothing_on_a_pipe() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for c in creates(0) {
        let what = c.args.join(" ");
        let r = run(&u, &c, &[]).ok();
        let lines: Vec<&str> = r.stdout.lines().collect();
        assert_eq!(lines.len(), 2, "{what}: a header and one row: {}", r.stdout);
        let headers: Vec<&str> = lines[0].split('\t').collect();
        let row: Vec<&str> = lines[1].split('\t').collect();
        assert_eq!(headers.len(), row.len(), "{what}: {}", r.stdout);
        assert_eq!(&headers[..2], &["ID", "NAME"], "{what}");
        assert!(
            row[0].bytes().all(|b| b.is_ascii_digit()) && !row[0].is_empty(),
            "{what}: an id first: {}",
            r.stdout
        );
        assert!(!r.stdout.contains('\u{1b}'), "{what}: no colour piped");
        // The PIN or code only when lockctl had it made, and never on stderr when piped.
        let secret = ["PIN", "CODE"]
            .iter()
            .find_map(|h| headers.iter().position(|x| x == h).map(|i| (*h, row[i])));
        assert_eq!(secret.map(|s| s.0), c.secret, "{what}: {}", r.stdout);
        if let Some((_, code)) = secret {
            assert!(code.len() >= 6, "{what}: {code}");
            assert!(
                !r.stderr.contains(code),
                "{what}: boxed on a pipe: {}",
                r.stderr
            );
        }
        // The notice is not data: it is on stderr.
        assert!(!r.stderr.is_empty(), "{what}: a notice on stderr");
    }
    // --json: one document, the typed model with its id; the PIN only when generated.
    for c in creates(1) {
        let what = c.args.join(" ");
        let r = run(&u, &c, &["--json"]).ok();
        let j: Value = r.json();
        assert!(j.is_object(), "{what}: one object: {}", r.stdout);
        assert!(j["id"].is_string(), "{what}: {j}");
        assert_eq!(
            j.get("pin").is_some_and(|p| p.is_string()),
            c.secret.is_some(),
            "{what}: {j}"
        );
        assert_eq!(r.stdout, pretty(&j), "{what}: the JSON style");
    }
    // -q keeps the row and drops the notice.
    let c = create(
        &["member", "add", "-d", WIFI, "--name", "Quiet"],
        None,
        None,
    );
    let r = run(&u, &c, &["-q"]).ok();
    assert_eq!((r.stdout.lines().count(), r.stderr.as_str()), (2, ""));
}

#[test]
fn show_verbs_piped_print_key_tab_value_lines() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let verbs: &[&[&str]] = &[
        &["device", "show", "-d", WIFI],
        &["member", "show", "-d", BLE, "--user", "1001"],
        &["member", "me", "-d", BLE],
        &["member", "count", "-d", BLE],
        &["temppwd", "show", "-d", WIFI, "--id", "150"],
        &["opmode", "show", "-d", BLE, "--user", "1001"],
        &["profile", "show", "demo"],
    ];
    for args in verbs {
        let r = u.run(args).ok();
        assert!(!r.stdout.is_empty(), "{args:?}");
        for line in r.stdout.lines() {
            let parts: Vec<&str> = line.split('\t').collect();
            assert!(
                parts.len() == 2 && !parts[0].is_empty() && !parts[0].starts_with(' '),
                "{args:?}: not key<TAB>value: {line:?}\n{}",
                r.stdout
            );
        }
        // On a terminal: the aligned form.
        let t = u
            .run_env(
                args,
                &[("LOCKCTL_FORCE_TTY", "1"), ("COLUMNS", "120")],
                None,
            )
            .ok();
        assert!(!t.stdout.contains('\t'), "{args:?}: {}", t.stdout);
    }
}

fn pretty(v: &Value) -> String {
    format!("{}\n", serde_json::to_string_pretty(v).unwrap())
}

#[test]
fn every_json_document_has_the_same_style() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let two = format!("{WIFI},{BLE}");
    let verbs: &[&[&str]] = &[
        &["device", "list"],
        &["device", "show", "-d", WIFI],
        &["member", "list", "-d", BLE],
        &["member", "show", "-d", BLE, "--user", "1001"],
        &["temppwd", "list", "-d", WIFI],
        &["temppwd", "show", "-d", WIFI, "--id", "150"],
        &["offlinepwd", "list", "-d", BLE],
        &["history", "list", "-d", WIFI, "--limit", "5"],
        &[
            "history", "list", "-d", WIFI, "--limit", "5", "--json", "id,time",
        ],
        &["alarm", "list", "-d", WIFI, "--limit", "5"],
        &["history", "list", "-d", &two, "--limit", "2"],
        &["temppwd", "list", "-d", &two],
        &["profile", "list"],
        &["api", "list"],
    ];
    for args in verbs {
        let mut args = args.to_vec();
        if !args.contains(&"--json") {
            args.push("--json");
        }
        let r = u.run(&args).ok();
        let j = r.json();
        assert_eq!(r.stdout, pretty(&j), "{args:?}: pretty, one document");
    }
    // NDJSON stays one compact document per line.
    let r = u
        .run(&[
            "history", "list", "-d", WIFI, "--limit", "3", "--format", "ndjson",
        ])
        .ok();
    for line in r.stdout.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(line, serde_json::to_string(&v).unwrap());
    }
}

#[test]
fn device_show_gives_home_as_device_list_does() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let list = u.run(&["device", "list", "--json"]).ok().json();
    let shown = u.run(&["device", "show", "-d", WIFI, "--json"]).ok().json();
    let listed = list
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == WIFI)
        .unwrap();
    assert!(listed["home"]["id"].is_string(), "{listed}");
    assert_eq!(shown["home"], listed["home"]);
    assert_eq!(
        shown.as_object().unwrap().keys().collect::<Vec<_>>(),
        listed.as_object().unwrap().keys().collect::<Vec<_>>()
    );
}

#[test]
fn color_always_colours_piped_tables_and_never_never_does() {
    let u = User::new();
    let bold = "\u{1b}[1m";
    let r = u.run(&["profile", "list", "--color", "always"]).ok();
    assert!(r.stdout.starts_with(bold), "{:?}", r.stdout);
    // Only the header: the rows stay plain tab-separated data.
    assert_eq!(r.stdout.lines().filter(|l| l.contains('\u{1b}')).count(), 1);
    let r = u
        .run_env(
            &["profile", "list", "--color", "never"],
            &[("CLICOLOR_FORCE", "1")],
            None,
        )
        .ok();
    assert!(!r.stdout.contains('\u{1b}'), "{:?}", r.stdout);
    // CLICOLOR_FORCE counts as always when NO_COLOR is unset; NO_COLOR beats it.
    let r = u
        .run_env(
            &["profile", "list"],
            &[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")],
            None,
        )
        .ok();
    assert!(r.stdout.starts_with(bold), "{:?}", r.stdout);
    let r = u
        .run_env(
            &["profile", "list"],
            &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")],
            None,
        )
        .ok();
    assert!(!r.stdout.contains('\u{1b}'), "{:?}", r.stdout);
    // Piped and not asked for: plain.
    let r = u.run(&["profile", "list"]).ok();
    assert!(!r.stdout.contains('\u{1b}'));
}

#[test]
fn a_temppwd_list_row_fits_80_columns_and_is_whole_when_piped() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let tty = [("LOCKCTL_FORCE_TTY", "1"), ("COLUMNS", "80")];
    let r = u
        .run_env(
            &["temppwd", "list", "-d", WIFI, "--color", "never"],
            &tty,
            None,
        )
        .ok();
    let lines: Vec<&str> = r.stdout.lines().collect();
    // A header and one line per password: no row wraps.
    let piped = u.run(&["temppwd", "list", "-d", WIFI]).ok();
    assert_eq!(lines.len(), piped.stdout.lines().count(), "{}", r.stdout);
    for l in &lines {
        assert!(l.chars().count() <= 80, "{l:?}");
    }
    // Piped: the whole window, with its zone and where it stands.
    let row150 = piped
        .stdout
        .lines()
        .find(|l| l.starts_with("150\t"))
        .unwrap();
    assert!(
        row150.contains(" CET to ") || row150.contains(" CEST to "),
        "{row150}"
    );
    assert!(row150.contains("(ends in "), "{row150}");
    // A wide terminal gets it whole too.
    let wide = u
        .run_env(
            &["temppwd", "list", "-d", WIFI, "--color", "never"],
            &[("LOCKCTL_FORCE_TTY", "1"), ("COLUMNS", "200")],
            None,
        )
        .ok();
    assert!(wide.stdout.contains("(ends in "), "{}", wide.stdout);
}

#[test]
fn a_bare_lockctl_shows_the_try_it_line_of_the_help() {
    let u = User::new();
    let help = u.run(&["--help"]).ok();
    let line = "lockctl --profile demo device list";
    assert!(help.stdout.contains(line), "{}", help.stdout);
    assert!(u.run(&["-h"]).ok().stdout.contains(line));
    // No subcommand is a usage error: the help on stderr, exit 2.
    let bare = u.run(&[]).fails(2);
    assert!(bare.stderr.contains(line), "{}", bare.stderr);
    assert!(bare.stdout.is_empty());
}

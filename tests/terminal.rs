//! The colour and terminal rules reach every byte, clap's own help and usage errors and the
//! progress bar included: `--color`, `NO_COLOR`, `CLICOLOR_FORCE` and `TERM=dumb` decide once.
//! Each refusal is checked beside a run that does colour (or draw), so a check cannot pass by
//! seeing nothing.

mod common;

use common::*;
use lockctl_emulator::server::Faults;

/// A variable set (`Some`) or removed (`None`) for one run.
type EnvChange<'a> = (&'a str, Option<&'a str>);

/// Any escape sequence: colour (SGR) or cursor control.
fn has_escape(text: &str) -> bool {
    text.contains('\x1b')
}

/// Cursor controls a live progress bar draws with (move, erase line, hide cursor).
fn has_cursor_control(text: &str) -> bool {
    [
        "\x1b[K",
        "\x1b[2K",
        "\x1b[1A",
        "\x1b[?25l",
        "\x1b[1G",
        "\r\x1b",
    ]
    .iter()
    .any(|c| text.contains(c))
}

#[test]
fn help_on_a_terminal_obeys_color_never() {
    let u = User::new();
    let colour = [("NO_COLOR", None)];
    let Some((ok, coloured)) = pty_env(&u, &["member", "--help"], &colour, &[]) else {
        return;
    };
    assert!(ok, "{coloured}");
    assert!(
        has_escape(&coloured),
        "help is coloured on a terminal: {coloured:?}"
    );

    for args in [
        &["--color", "never", "member", "--help"][..],
        &["member", "--help", "--color=never"],
        &["--color", "never", "help", "member"],
    ] {
        let (ok, plain) = pty_env(&u, args, &colour, &[]).unwrap();
        assert!(ok, "{args:?}: {plain}");
        assert!(plain.contains("Usage"), "{args:?}: {plain}");
        assert!(!has_escape(&plain), "{args:?} coloured the help: {plain:?}");
    }
}

#[test]
fn usage_errors_on_a_terminal_obey_color_never_no_color_and_dumb() {
    let u = User::new();
    let bogus = ["member", "list", "--bogus"];
    let Some((ok, coloured)) = pty_env(&u, &bogus, &[("NO_COLOR", None)], &[]) else {
        return;
    };
    assert!(!ok);
    assert!(
        has_escape(&coloured),
        "the usage error is coloured: {coloured:?}"
    );

    let never = ["--color", "never", "member", "list", "--bogus"];
    let cases: [(&[&str], &[EnvChange]); 3] = [
        (&never, &[("NO_COLOR", None)]),
        (&bogus, &[("NO_COLOR", Some("1"))]),
        (&bogus, &[("NO_COLOR", None), ("TERM", Some("dumb"))]),
    ];
    for (args, envs) in cases {
        let (ok, plain) = pty_env(&u, args, envs, &[]).unwrap();
        assert!(!ok, "{args:?} {envs:?}: {plain}");
        assert!(plain.contains("--bogus"), "{args:?} {envs:?}: {plain}");
        assert!(!has_escape(&plain), "{args:?} {envs:?} coloured: {plain:?}");
        assert!(plain.contains("exit 2"), "still a usage error: {plain}");
    }
}

#[test]
fn piped_help_colours_only_when_forced() {
    let u = User::new();
    let plain = u.run(&["member", "--help"]).ok();
    assert!(!has_escape(&plain.stdout));
    let forced = u.run_env(
        &["--color", "always", "member", "--help"],
        &[("NO_COLOR", "")],
        None,
    );
    assert!(has_escape(&forced.stdout), "{:?}", forced.stdout);
    let forced = u.run_env(
        &["member", "--help"],
        &[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")],
        None,
    );
    assert!(has_escape(&forced.stdout), "{:?}", forced.stdout);
    let bad = u.run_env(
        &["--color", "always", "member", "list", "--bogus"],
        &[("NO_COLOR", "")],
        None,
    );
    assert_eq!(bad.code, 2);
    assert!(has_escape(&bad.stderr), "{:?}", bad.stderr);
}

/// `history list --all` on a slow link draws a live bar on a terminal, and none on a dumb one.
#[test]
fn a_dumb_terminal_gets_no_live_progress_bar() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    // Slow pages, so that the bar has time to draw.
    emu.faults(Faults {
        latency_ms: 150,
        ..Faults::default()
    });
    let args = ["history", "list", "-d", WIFI, "--all", "--format", "ndjson"];
    let Some((ok, live)) = pty_env(&u, &args, &[], &[]) else {
        return;
    };
    assert!(ok, "{live}");
    assert!(
        has_cursor_control(&live),
        "a terminal gets a live bar: {:?}",
        &live[live.len().saturating_sub(400)..]
    );

    let (ok, dumb) = pty_env(&u, &args, &[("TERM", Some("dumb"))], &[]).unwrap();
    assert!(ok, "{dumb}");
    assert!(!has_escape(&dumb), "a dumb terminal got escapes");
    assert_eq!(
        dumb.lines().filter(|l| l.starts_with('{')).count(),
        300,
        "every record still printed"
    );
}

/// Tables wrap to the terminal's own width (its window size, not only `COLUMNS`), colour on or
/// off: with colour off the table library is told there is no terminal and would not measure it.
#[test]
fn tables_fit_a_real_terminals_width_with_and_without_colour() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for colour in [Some("1"), None] {
        let env = [
            ("PTY_COLS", Some("80")),
            ("COLUMNS", None),
            ("NO_COLOR", colour),
        ];
        let Some((ok, out)) = pty_env(&u, &["member", "list", "-d", BLE], &env, &[]) else {
            return;
        };
        assert!(ok, "{out}");
        assert!(out.contains("Alice"), "{out}");
        let widest = out
            .split(['\n', '\r'])
            .map(|l| {
                // Visible width: escape sequences (colour, the progress bar's cursor moves) take
                // no columns.
                let mut n = 0;
                let mut esc = false;
                for c in l.chars() {
                    match (esc, c) {
                        (false, '\x1b') => esc = true,
                        (true, c) if c.is_ascii_alphabetic() => esc = false,
                        (true, _) => {}
                        (false, _) => n += 1,
                    }
                }
                n
            })
            .max()
            .unwrap_or(0);
        assert!(
            widest <= 80,
            "{colour:?}: a line of {widest} columns:\n{out}"
        );
        assert!(
            widest > 60,
            "{colour:?}: the table did not use the width:\n{out}"
        );
    }
}

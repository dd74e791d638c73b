//! Snapshot tests of every help page of the real binary.
//!
//! The test walks the "Commands:" section of each `--help` page recursively, starting at the root,
//! so a new subcommand gets a snapshot without touching this file (`help` itself is skipped). Each
//! page is one named snapshot in `tests/snapshots/`: `help__root` for `lockctl --help`,
//! `help__root_h` for `lockctl -h`, and `help__member_list` for `lockctl member list --help`.
//!
//! To refresh the snapshots after a deliberate change to the CLI:
//!
//! ```sh
//! INSTA_UPDATE=always cargo test --test help
//! git diff tests/snapshots/   # review every change before committing it
//! ```
//!
//! That also deletes the snapshots of commands that no longer exist (without `INSTA_UPDATE=always`
//! a stale snapshot is a failure). `cargo insta review` works too, where cargo-insta is installed.
//!
//! Plain `cargo test` never rewrites a snapshot: a mismatch or a missing snapshot fails the test
//! (outside CI insta leaves a `.snap.new` next to the old one to look at; under `CI` it writes
//! nothing). In CI, settings that would make a mismatch pass (`INSTA_UPDATE=always|force|unseen`,
//! `INSTA_FORCE_PASS=1`) are refused outright.
//!
//! The pages are rendered at a fixed width: with none of stdin, stdout, stderr a terminal, clap
//! (`wrap_help`) takes the width from `COLUMNS`, which is set to 100 below. The environment is
//! cleared, so no `LOCKCTL_*` variable or the user's config shows up as an `[env: ...]` value.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};

const WIDTH: &str = "100";

/// `lockctl <path...> <flag>`, with a fixed width and nothing from the caller's environment.
fn help_page(path: &[String], flag: &str) -> String {
    help_page_at(path, flag, WIDTH)
}

/// The same, rendered `columns` wide.
fn help_page_at(path: &[String], flag: &str, columns: &str) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_lockctl"))
        .args(path)
        .arg(flag)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("COLUMNS", columns)
        .env("LINES", "50")
        .env("NO_COLOR", "1")
        .env("TERM", "dumb")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("run lockctl");
    let stdout = String::from_utf8(out.stdout).expect("help is UTF-8");
    assert!(
        out.status.success(),
        "lockctl {} {flag} exited {:?}\nstdout: {stdout}\nstderr: {}",
        path.join(" "),
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "lockctl {} {flag} wrote to stderr: {}",
        path.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The subcommand names listed under "Commands:" (clap's layout: two spaces, the name, then the
/// description; wrapped description lines are indented further).
fn subcommands(page: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut lines = page.lines().skip_while(|l| l.trim_end() != "Commands:");
    lines.next();
    for line in lines {
        if line.trim().is_empty() {
            break;
        }
        if !line.starts_with(' ') {
            break;
        }
        let Some(rest) = line.strip_prefix("  ") else {
            continue;
        };
        if rest.starts_with(' ') {
            continue; // a wrapped description
        }
        let name = rest
            .split_whitespace()
            .next()
            .unwrap()
            .trim_end_matches(',');
        if name != "help" {
            names.push(name.to_owned());
        }
    }
    names
}

fn snapshot_name(path: &[String]) -> String {
    if path.is_empty() {
        "root".to_owned()
    } else {
        path.join("_")
    }
}

fn truthy(var: &str) -> Option<String> {
    std::env::var(var).ok().filter(|v| !v.is_empty())
}

/// Refuse the insta settings that would let a mismatch pass in CI (insta's own test for CI).
fn refuse_updates_in_ci() {
    let ci = truthy("CI").is_some_and(|v| v != "false" && v != "0");
    if !ci {
        return;
    }
    let update = truthy("INSTA_UPDATE").unwrap_or_default();
    assert!(
        !matches!(update.as_str(), "always" | "1" | "force" | "unseen"),
        "INSTA_UPDATE={update} under CI would overwrite help snapshots instead of failing"
    );
    assert!(
        truthy("INSTA_FORCE_PASS").is_none_or(|v| v == "0"),
        "INSTA_FORCE_PASS under CI would let help snapshot mismatches pass"
    );
}

fn updating() -> bool {
    matches!(
        truthy("INSTA_UPDATE").as_deref(),
        Some("always" | "1" | "force")
    )
}

/// Every command path, breadth-first from the root, with its `--help` page at the snapshot width.
fn walk() -> Vec<(Vec<String>, String)> {
    let mut pages = Vec::new();
    let mut queue: Vec<Vec<String>> = vec![vec![]];
    while !queue.is_empty() {
        let path = queue.remove(0);
        let text = help_page(&path, "--help");
        for sub in subcommands(&text) {
            let mut p = path.clone();
            p.push(sub);
            queue.push(p);
        }
        pages.push((path, text));
    }
    pages
}

#[test]
fn every_help_page_matches_its_snapshot() {
    refuse_updates_in_ci();

    let mut pages: Vec<(String, String, String)> = Vec::new(); // (name, command line, text)
    for (path, text) in walk() {
        let line = format!(
            "lockctl {}--help",
            path.iter().map(|s| format!("{s} ")).collect::<String>()
        );
        pages.push((snapshot_name(&path), line, text));
    }
    pages.push((
        "root_h".to_owned(),
        "lockctl -h".to_owned(),
        help_page(&[], "-h"),
    ));
    assert!(
        pages.len() > 10,
        "found only {} help pages; did the \"Commands:\" layout change?",
        pages.len()
    );
    let names: BTreeSet<&str> = pages.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(
        names.len(),
        pages.len(),
        "two commands map to one snapshot name"
    );

    // Check every page, then report all mismatches at once (insta stops at the first).
    let mut failed = Vec::new();
    for (name, line, text) in &pages {
        let mut settings = insta::Settings::clone_current();
        settings.set_description(line.clone());
        settings.set_omit_expression(true);
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(name.as_str(), text));
        }));
        if r.is_err() {
            failed.push(line.clone());
        }
    }

    // Snapshots of commands that are gone.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut stale = Vec::new();
    for entry in std::fs::read_dir(&dir).into_iter().flatten() {
        let file = entry.unwrap().path();
        let fname = file.file_name().unwrap().to_string_lossy().into_owned();
        let Some(name) = fname
            .strip_prefix("help__")
            .and_then(|n| n.strip_suffix(".snap"))
        else {
            continue;
        };
        if !names.contains(name) {
            if updating() {
                std::fs::remove_file(&file).unwrap();
            } else {
                stale.push(fname);
            }
        }
    }

    assert!(
        failed.is_empty() && stale.is_empty(),
        "help pages differ from their snapshots: {failed:#?}\nsnapshots of commands that no \
         longer exist (delete them): {stale:#?}\nIf the change is intended: INSTA_UPDATE=always \
         cargo test --test help, then review git diff tests/snapshots/"
    );
}

/// Example lines must fit the snapshot width with room to spare, so no terminal of 100 columns
/// wraps them.
const EXAMPLE_MAX: usize = 95;

/// Option and argument lines of a short (`-h`) page rendered wide enough that nothing wraps:
/// each is `  -d, --dev <ID>   Description` on one line.
fn option_lines(page: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in page.lines() {
        if !line.starts_with(' ') {
            inside = matches!(
                line.trim_end(),
                "Options:" | "Global options:" | "Arguments:"
            );
            continue;
        }
        if inside && !line.trim().is_empty() {
            out.push(line);
        }
    }
    out
}

/// The lines under `Examples:` up to the next blank line.
fn example_lines(page: &str) -> Vec<&str> {
    page.lines()
        .skip_while(|l| l.trim_end() != "Examples:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .collect()
}

/// Two equal words in a row ("online online"), ignoring case; a word ending in punctuation
/// ends a phrase, so "a, a" is fine. The list under "Commands:" (`list  List ...`) is skipped.
fn doubled_words(page: &str) -> Vec<String> {
    let mut in_commands = false;
    let text: Vec<&str> = page
        .lines()
        .filter(|l| {
            if !l.starts_with(' ') && !l.trim().is_empty() {
                in_commands = l.trim_end() == "Commands:";
            }
            !in_commands
        })
        .collect();
    let text = text.join("\n");
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(2)
        .filter(|w| {
            let alpha = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphabetic());
            let second = w[1].trim_end_matches(|c: char| c.is_ascii_punctuation());
            alpha(w[0]) && alpha(second) && w[0].eq_ignore_ascii_case(second)
        })
        .map(|w| format!("{} {}", w[0], w[1]))
        .collect()
}

/// Every option has a description, no words are doubled, examples fit the width unwrapped and
/// show the verb of their own page.
#[test]
fn help_pages_describe_every_option_and_show_their_own_examples() {
    let mut problems = Vec::new();
    for (path, _) in walk() {
        let cmd = format!("lockctl {}", path.join(" "));
        let short = help_page_at(&path, "-h", "1000");
        for line in option_lines(&short) {
            let parts: Vec<&str> = line.trim().split("  ").filter(|p| !p.is_empty()).collect();
            if parts.len() < 2 {
                problems.push(format!("{cmd}: no description for `{}`", line.trim()));
            }
        }
        let long = help_page_at(&path, "--help", "1000");
        for d in doubled_words(&long) {
            problems.push(format!("{cmd}: doubled word `{d}`"));
        }
        for ex in example_lines(&long) {
            if ex.len() > EXAMPLE_MAX {
                problems.push(format!("{cmd}: example longer than {EXAMPLE_MAX}: {ex}"));
            }
            let own = format!("{cmd} ");
            let invokes = ex.contains("lockctl ");
            let shown = format!("{} ", ex.trim_end());
            if invokes && !path.is_empty() && !shown.contains(&own) {
                problems.push(format!("{cmd}: example of another verb: {ex}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_help_checks_catch_what_they_look_for() {
    let page = "Usage: x\n\nOptions:\n      --foo <FOO>\n  -b, --bar  Bar it\n\nGlobal options:\n      --baz\n";
    assert_eq!(option_lines(page).len(), 3);
    assert_eq!(doubled_words("is online online now"), ["online online"]);
    assert_eq!(doubled_words("is Online online."), ["Online online."]);
    assert!(doubled_words("a, a b c --x --x").is_empty());
    assert!(doubled_words("Commands:\n  list  List things\n\nOptions:").is_empty());
    assert_eq!(
        example_lines("Options:\n\nExamples:\n  lockctl a\n  lockctl b\n\nmore"),
        ["  lockctl a", "  lockctl b"]
    );
}

//! The README is a test: its first command and the command blocks of the demo sections ("A tour
//! on the demo", "Output for people and for scripts", "Many locks at once") run here, in order, as
//! a new user would type them, on a fresh config and the bundled demo emulator. Each line must
//! succeed; a line that asks first (its verb is confirmed) runs in a pseudo-terminal and is
//! answered `y`, and `alarm follow` is ended with Ctrl-C once it says it is following. A README
//! example that stops working fails here.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::*;

/// The sections whose `sh` blocks run against the demo, in README order.
const DEMO_SECTIONS: [&str; 3] = [
    "## A tour on the demo",
    "## Output for people and for scripts",
    "## Many locks at once",
];

/// Verbs that ask before they act (docs/conventions.md): run at a terminal and answered `y`.
const ASKS: [&str; 2] = ["remote unlock", " apply "];

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap()
}

/// The logical lines (continuations joined) of the `sh` blocks under `heading`, up to the next
/// heading of the same or a higher level.
fn sh_lines(text: &str, heading: &str) -> Vec<String> {
    let start = text
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("README has no section {heading:?}"));
    let level = heading.split(' ').next().unwrap().len();
    let body = &text[start + heading.len() + 2..];
    // The next heading of this level or higher, outside code blocks.
    let mut end = body.len();
    let mut at = 0;
    let mut fenced = false;
    for l in body.lines() {
        if l.starts_with("```") {
            fenced = !fenced;
        }
        let hashes = l.chars().take_while(|c| *c == '#').count();
        if !fenced && hashes > 0 && hashes <= level && l.chars().nth(hashes) == Some(' ') {
            end = at;
            break;
        }
        at += l.len() + 1;
    }
    let mut lines = vec![];
    let mut in_sh = false;
    let mut pending = String::new();
    for l in body[..end].lines() {
        if l.starts_with("```") {
            in_sh = l == "```sh";
            continue;
        }
        if !in_sh {
            continue;
        }
        let code = l.trim_end();
        match code.strip_suffix('\\') {
            Some(part) => pending.push_str(part),
            None => {
                pending.push_str(code);
                let line = std::mem::take(&mut pending);
                if !line.trim().is_empty() && !line.trim_start().starts_with('#') {
                    lines.push(line);
                }
            }
        }
    }
    lines
}

/// A fresh user's shell: a temp HOME and config, lockctl on PATH, `examples/` beside it.
struct Shell {
    user: User,
    cwd: PathBuf,
    alias: Option<String>,
}

impl Shell {
    fn new() -> Shell {
        let user = User::new();
        let cwd = user.dir.path().join("work");
        std::fs::create_dir_all(cwd.join("examples")).unwrap();
        // The shipped examples, their fixed dates (2027, 2028) moved ahead of the suite's clock
        // as the plan tests do: a plan file takes fixed times only (docs/decisions.md).
        let y = clock::future_year();
        let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        for e in std::fs::read_dir(&examples).unwrap().flatten() {
            let text = std::fs::read_to_string(e.path()).unwrap();
            let moved = text
                .replace("2028", &(y + 1).to_string())
                .replace("2027", &y.to_string());
            std::fs::write(cwd.join("examples").join(e.file_name()), moved).unwrap();
        }
        Shell {
            user,
            cwd,
            alias: None,
        }
    }

    /// `bash -c` of one README line, with the tour's alias when it has been set.
    fn command(&self, line: &str) -> Command {
        let bin = Path::new(env!("CARGO_BIN_EXE_lockctl")).parent().unwrap();
        let c = self.user.cmd(&[]);
        let path = format!(
            "{}:{}",
            bin.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let script = match &self.alias {
            Some(a) => format!("shopt -s expand_aliases\n{a}\n{line}"),
            None => line.to_string(),
        };
        let mut b = Command::new("bash");
        b.arg("-c").arg(script).current_dir(&self.cwd).env_clear();
        for (k, v) in c.get_envs() {
            if let Some(v) = v {
                b.env(k, v);
            }
        }
        b.env("PATH", path);
        b
    }

    /// Run one line off a terminal; its exit code and output.
    fn run(&mut self, line: &str) -> (i32, String, String) {
        if line.starts_with("alias ") {
            self.alias = Some(line.to_string());
            return (0, String::new(), String::new());
        }
        let out = self
            .command(line)
            .stdin(Stdio::null())
            .output()
            .expect("bash");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Run one line at a terminal, answering `y` when it asks. None where python3 is missing.
    fn run_answering_yes(&self, line: &str) -> Option<(bool, String)> {
        if !has_tool("python3") {
            skip("python3 not found; the README line that asks did not run");
            return None;
        }
        let c = self.command(line);
        let driver = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pty_drive.py");
        let mut py = Command::new("python3");
        py.arg(&driver)
            .arg("send:y")
            .arg(c.get_program())
            .args(c.get_args())
            .current_dir(&self.cwd)
            .env_clear();
        for (k, v) in c.get_envs() {
            if let Some(v) = v {
                py.env(k, v);
            }
        }
        py.env("TERM", "xterm").env("COLUMNS", "120");
        let out = py.output().unwrap();
        Some((
            out.status.success(),
            format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ),
        ))
    }

    /// `alarm follow`: started, ended with Ctrl-C once it says it follows; its exit code.
    fn follow_then_interrupt(&self, line: &str) -> i32 {
        // `exec`, so that Ctrl-C reaches lockctl itself; an alias does not expand after it.
        let expanded = match (&self.alias, line.strip_prefix("lc ")) {
            (Some(a), Some(rest)) => {
                let body = a.split_once('=').unwrap().1.trim_matches('\'');
                format!("{body} {rest}")
            }
            _ => line.to_string(),
        };
        let mut child = self
            .command(&format!("exec {expanded}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut err = BufReader::new(child.stderr.take().unwrap());
        let mut said = String::new();
        while err.read_line(&mut said).unwrap_or(0) > 0 && !said.contains("Ctrl-C") {}
        assert!(said.to_lowercase().contains("following"), "{line}: {said}");
        Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        child.wait().unwrap().code().unwrap_or(-1)
    }
}

#[test]
fn the_readme_demo_sections_run_in_order_on_a_fresh_config() {
    let text = readme();
    let mut shell = Shell::new();

    // The README's first command: lockctl's main job on the bundled emulator.
    let first = text
        .lines()
        .find(|l| l.starts_with("cargo run --quiet -- "))
        .expect("the README opens with a cargo run line");
    let args = first.trim_start_matches("cargo run --quiet -- ");
    let (code, out, err) = shell.run(&format!("lockctl {args}"));
    assert_eq!(code, 0, "{first}\n{err}");
    assert!(out.contains("Demo Owner"), "{first}: {out}");

    let mut ran = 0;
    for section in DEMO_SECTIONS {
        let lines = sh_lines(&text, section);
        assert!(lines.len() >= 4, "{section}: {lines:?}");
        for line in lines {
            ran += 1;
            if line.contains("alarm follow") {
                let code = shell.follow_then_interrupt(&line);
                assert_eq!(code, 0, "{line}: Ctrl-C ends it with 0");
                continue;
            }
            if ASKS.iter().any(|v| line.contains(v)) {
                // Off a terminal it refuses, naming --yes; at a terminal it asks.
                let (code, _, err) = shell.run(&line);
                assert_eq!(code, 2, "{line} off a terminal: {err}");
                assert!(err.contains("--yes"), "{line}: {err}");
                if let Some((ok, log)) = shell.run_answering_yes(&line) {
                    assert!(ok, "{line} at a terminal, answered y:\n{log}");
                }
                continue;
            }
            let (code, out, err) = shell.run(&line);
            assert_eq!(
                code, 0,
                "README line failed: {line}\nstdout: {out}\nstderr: {err}"
            );
        }
    }
    assert!(ran >= 25, "only {ran} README lines ran");
    // The tour's CSV export landed where it said.
    let csv = std::fs::read_to_string(shell.cwd.join("history.csv")).unwrap();
    assert!(csv.lines().count() > 100, "{}", &csv[..csv.len().min(300)]);
}

#[test]
fn the_section_reader_joins_continuations_and_stops_at_the_next_heading() {
    let text = "# T\n\n## A\n\n```sh\nlc a \\\n    --b\n# note\nlc c\n```\ntext\n```\nnot sh\n```\n## B\n```sh\nlc d\n```\n";
    assert_eq!(sh_lines(text, "## A"), ["lc a     --b", "lc c"]);
    assert_eq!(sh_lines(text, "## B"), ["lc d"]);
}

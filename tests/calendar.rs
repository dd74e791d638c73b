//! No code reads the calendar behind the clock's back. lockctl decides by
//! `lockctl_api::clock::now()` (moved by `LOCKCTL_NOW`), the emulator by its lock clock (moved by
//! `--clock-offset`), and the tests by `tests/common/clock.rs` (moved by `LOCKCTL_TEST_SHIFT`).
//! A direct read of the system clock anywhere else would not move with them, so a run of the
//! suite with every clock moved on (`.ci/run` does 60 and 400 days) could not prove the suite
//! holds on any day. This test finds such reads.

use std::path::{Path, PathBuf};

/// Ways to read the system clock's date (monotonic `Instant` is fine: it measures, not dates).
const CLOCK_READS: [&str; 5] = [
    "Timestamp::now()",
    "SystemTime::now()",
    "Zoned::now()",
    "Date::today(",
    "Utc::now()",
];

/// The files that are the clocks, each with why it may read the system clock.
const CLOCKS: [(&str, &str); 4] = [
    (
        "crates/lockctl-api/src/clock.rs",
        "lockctl's one clock (now, moved by LOCKCTL_NOW; wire_now, real)",
    ),
    (
        "crates/lockctl-emulator/src/server/mod.rs",
        "the emulator's real clock (real_now), under its lock clock and gateway skew",
    ),
    (
        "tests/common/clock.rs",
        "the tests' clock, moved by LOCKCTL_TEST_SHIFT",
    ),
    (
        "crates/lockctl-emulator/tests/common/mod.rs",
        "the emulator tests' real clock for signature times",
    ),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Lines of `text` that read the clock, outside comments.
fn clock_reads(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let code = line.split("//").next().unwrap_or("");
            CLOCK_READS
                .iter()
                .any(|r| code.contains(r))
                .then(|| (i + 1, line.trim().to_string()))
        })
        .collect()
}

#[test]
fn the_system_clock_is_read_only_by_the_clocks() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![];
    for dir in [
        "src",
        "tests",
        "crates/lockctl-api/src",
        "crates/lockctl-emulator/src",
        "crates/lockctl-emulator/tests",
    ] {
        rust_files(&root.join(dir), &mut files);
    }
    // This file names the reads it looks for.
    let me = root.join(file!());
    let mut offenders = vec![];
    let mut scanned = 0;
    for f in &files {
        let rel = f
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if CLOCKS.iter().any(|(c, _)| *c == rel) || *f == me {
            continue;
        }
        let text = std::fs::read_to_string(f).unwrap();
        scanned += 1;
        for (line, code) in clock_reads(&text) {
            offenders.push(format!("{rel}:{line}: {code}"));
        }
    }
    assert!(scanned > 100, "only {scanned} files scanned: wrong root?");
    for (c, _) in CLOCKS {
        let text = std::fs::read_to_string(root.join(c)).unwrap();
        assert!(
            !clock_reads(&text).is_empty(),
            "{c} no longer reads the clock: update CLOCKS"
        );
    }
    assert!(
        offenders.is_empty(),
        "the system clock read outside the clocks; use lockctl_api::clock::now() (lockctl), the \
         lock clock `Inner::now()` (emulator) or common::clock::now() (tests):\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_scan_sees_a_clock_read() {
    assert_eq!(clock_reads("let t = jiff::Timestamp::now();").len(), 1);
    assert_eq!(clock_reads("let t = Zoned::now().date(); // now").len(), 1);
    assert!(clock_reads("// Timestamp::now() in a comment").is_empty());
    assert!(clock_reads("let t = clock::now();").is_empty());
}

//! The `--trace` file (`LOCKCTL_TRACE`): one JSON line per request and answer of the run, as the
//! API hands them over (already redacted), and its reading back for `lockctl trace show`.
//!
//! Each run writes a fresh file: an existing file at that path is replaced, so one file is one
//! run. The file is private to the user (0600 on Unix, also when it existed before). Every line
//! is written whole by one write under a lock, so a run cut short leaves whole lines and at most
//! one cut-short last line, which the reader tolerates.

use std::fs::File;
use std::io::{BufRead, BufReader, Read as _, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::Result;
use lockctl_api::trace::{Record, RecordSink};

use crate::error::Fail;

pub struct TraceFile {
    path: PathBuf,
    file: Mutex<File>,
    /// A write failed once already (said once, then quiet).
    failed: AtomicBool,
}

impl TraceFile {
    /// Create (or replace) the trace at `path`, private to the user, and write its first line:
    /// lockctl's version and the verb that runs (its words only, never its values).
    pub fn create(path: &Path, command: &str) -> Result<TraceFile> {
        let file = open_private(path).map_err(|e| {
            Fail::failure(
                format!("cannot write the trace to {}: {e}", path.display()),
                "give --trace (or LOCKCTL_TRACE) a file in a directory you can write to",
            )
        })?;
        let t = TraceFile {
            path: path.to_path_buf(),
            file: Mutex::new(file),
            failed: AtomicBool::new(false),
        };
        t.write(&Record {
            v: lockctl_api::trace::FORMAT,
            time: lockctl_api::trace::stamp(),
            kind: "run".into(),
            command: Some(command.to_string()),
            lockctl: Some(env!("CARGO_PKG_VERSION").to_string()),
            ..Record::default()
        });
        Ok(t)
    }

    /// Append one record as one line. A failure is said once on stderr; the run goes on.
    pub fn write(&self, rec: &Record) {
        let mut line = match serde_json::to_vec(rec) {
            Ok(l) => l,
            Err(_) => return,
        };
        line.push(b'\n');
        let mut f = self.file.lock().unwrap_or_else(|e| e.into_inner());
        if let Err(e) = f.write_all(&line) {
            if !self.failed.swap(true, Ordering::Relaxed) {
                crate::output::sink::stderr_line(&format!(
                    "warning: the trace {} is incomplete: {e}",
                    self.path.display()
                ));
            }
        }
    }

    /// The API's sink for this file.
    pub fn sink(self: &Arc<Self>) -> RecordSink {
        let me = self.clone();
        Arc::new(move |r: &Record| me.write(r))
    }
}

#[cfg(unix)]
fn open_private(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    // A file that was there before keeps its mode on open: make it private too.
    f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    Ok(f)
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> std::io::Result<File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
}

/// A trace as read back.
#[derive(Debug, Default)]
pub struct Read {
    pub records: Vec<Record>,
    /// Line numbers (from 1) that are not trace records.
    pub skipped: Vec<usize>,
    /// The last line has no end (the run was cut short while writing it) and is not a record.
    pub cut_short: bool,
}

/// The longest line read; a longer one is skipped (a trace line holds one answer, capped by
/// `LOCKCTL_MAX_ANSWER_MB`, redacted).
const MAX_LINE: usize = 256 << 20;

/// Read a trace: every line that is a record, in order; the others are counted, never fatal.
pub fn read(path: &Path) -> Result<Read> {
    let file = File::open(path).map_err(|e| {
        Fail::failure(
            format!("cannot read the trace {}: {e}", path.display()),
            "give the file that --trace or LOCKCTL_TRACE wrote",
        )
    })?;
    let mut reader = BufReader::new(file);
    let mut out = Read::default();
    let mut buf = Vec::new();
    let mut n = 0;
    loop {
        buf.clear();
        let got = (&mut reader)
            .take(MAX_LINE as u64 + 1)
            .read_until(b'\n', &mut buf)
            .map_err(|e| anyhow::anyhow!("cannot read the trace {}: {e}", path.display()))?;
        if got == 0 {
            break;
        }
        n += 1;
        let ended = buf.last() == Some(&b'\n');
        if !ended && buf.len() > MAX_LINE {
            // Skip the rest of an overlong line.
            out.skipped.push(n);
            let mut sink = Vec::new();
            reader
                .read_until(b'\n', &mut sink)
                .map_err(|e| anyhow::anyhow!("cannot read the trace {}: {e}", path.display()))?;
            continue;
        }
        let text = trim_line(&buf);
        if text.is_empty() {
            continue;
        }
        match serde_json::from_slice::<Record>(text) {
            Ok(r) if !r.kind.is_empty() => out.records.push(r),
            _ if !ended => out.cut_short = true,
            _ => out.skipped.push(n),
        }
    }
    Ok(out)
}

fn trim_line(b: &[u8]) -> &[u8] {
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    let start = b[..end]
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(end);
    &b[start..end]
}

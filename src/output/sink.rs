//! The only code that touches the process's stdout and stderr. Writes return `io::Error` instead
//! of panicking (no print macros), so a closed pipe (`lockctl ... | head`) surfaces as
//! `BrokenPipe`, which `main` turns into a quiet exit 0.

use std::io::Write;

use super::safe;

/// Stdout as a `Write` for stream writers (CSV, NDJSON); each write takes the lock briefly.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stdout;

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        std::io::stdout().lock().write(buf)
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        std::io::stdout().lock().write_all(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stdout().lock().flush()
    }
}

/// Write bytes to stdout and flush them, so a closed pipe is noticed here and not at exit.
pub fn stdout_bytes(bytes: &[u8]) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

/// One line on stderr. A stderr that cannot be written to has nobody to tell, so failures are
/// dropped rather than turned into a panic.
pub fn stderr_line(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
}

/// Text on stderr as it is (no newline added).
pub fn stderr_text(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// A failure for people: `error: what`, each cause, then `hint: what to do`. Messages may echo
/// the cloud's words, so terminal control in them is shown, never written.
pub fn error_report(message: &str, causes: &[String], hint: Option<&str>) {
    let mut text = format!("error: {}\n", safe::message(message));
    for c in causes {
        text.push_str(&format!("  caused by: {}\n", safe::message(c)));
    }
    if let Some(h) = hint {
        text.push_str(&format!("hint: {}\n", safe::message(h)));
    }
    stderr_text(&text);
}

/// Whether an error is stdout closing under us (`| head`): then lockctl ends quietly with 0.
/// Looks through the whole chain, and into CSV and JSON writer errors that wrap an I/O error.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    let broken = |k: std::io::ErrorKind| k == std::io::ErrorKind::BrokenPipe;
    err.chain().any(|e| {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            return broken(io.kind());
        }
        if let Some(j) = e.downcast_ref::<serde_json::Error>() {
            return j.io_error_kind().is_some_and(broken);
        }
        if let Some(c) = e.downcast_ref::<csv::Error>() {
            return matches!(c.kind(), csv::ErrorKind::Io(io) if broken(io.kind()));
        }
        false
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Error, ErrorKind};

    #[test]
    fn broken_pipes_are_found_wherever_they_hide() {
        let pipe = || Error::from(ErrorKind::BrokenPipe);
        assert!(is_broken_pipe(&anyhow::Error::new(pipe())));
        assert!(is_broken_pipe(
            &anyhow::Error::new(pipe()).context("writing")
        ));
        assert!(is_broken_pipe(&anyhow::Error::new(
            csv::Error::from(pipe())
        )));
        assert!(is_broken_pipe(&anyhow::Error::new(serde_json::Error::io(
            pipe()
        ))));
        assert!(!is_broken_pipe(&anyhow::Error::new(Error::from(
            ErrorKind::PermissionDenied
        ))));
        assert!(!is_broken_pipe(&anyhow::anyhow!("broken pipe")));
    }
}

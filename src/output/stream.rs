//! Writers for output that streams (long histories): CSV, NDJSON and rows, plus the progress bar.
//! All of them write through the output module's sink, so a closed pipe is an `io::Error`.

use std::borrow::Cow;
use std::time::Duration;

use serde::Serialize;

use super::safe;
use super::sink::{self, Stdout};
use super::Output;

/// Rows under headers, written as they come: tab-separated lines when stdout is not a terminal;
/// on a terminal they are kept and drawn as one table by [`Rows::finish`] (a table needs every
/// row to size its columns).
pub struct Rows<'a> {
    out: &'a Output,
    headers: Vec<String>,
    kept: Option<Vec<Vec<String>>>,
    /// Tab-separated lines go out through a buffer (one write per 64 KiB, not per row).
    lines: std::io::BufWriter<Stdout>,
}

impl<'a> Rows<'a> {
    pub(super) fn start(out: &'a Output, headers: &[&str]) -> std::io::Result<Rows<'a>> {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        if out.stdout_tty {
            return Ok(Rows {
                out,
                headers,
                kept: Some(Vec::new()),
                lines: std::io::BufWriter::new(Stdout),
            });
        }
        let mut lines = std::io::BufWriter::with_capacity(64 * 1024, Stdout);
        std::io::Write::write_all(&mut lines, tsv_line(&headers).as_bytes())?;
        Ok(Rows {
            out,
            headers,
            kept: None,
            lines,
        })
    }

    pub fn row(&mut self, cells: Vec<String>) -> std::io::Result<()> {
        match &mut self.kept {
            Some(rows) => {
                rows.push(cells);
                Ok(())
            }
            None => std::io::Write::write_all(&mut self.lines, tsv_line(&cells).as_bytes()),
        }
    }

    /// Draw the table (terminal) or do nothing more (lines were written already).
    pub fn finish(mut self) -> std::io::Result<()> {
        match self.kept.take() {
            Some(rows) => {
                let headers: Vec<&str> = self.headers.iter().map(String::as_str).collect();
                self.out.table(&headers, rows)
            }
            None => std::io::Write::flush(&mut self.lines),
        }
    }
}

/// One tab-separated line; tabs and newlines inside a cell become spaces so columns stay put,
/// and terminal control is shown, never written (see [`safe::tsv_cell`]).
pub(super) fn tsv_line(cells: &[String]) -> String {
    let cells: Vec<Cow<str>> = cells.iter().map(|c| safe::tsv_cell(c)).collect();
    let mut line = cells.join("\t");
    line.push('\n');
    line
}

/// One JSON document on one line (NDJSON), written at once.
pub fn ndjson_line(value: &impl Serialize) -> std::io::Result<()> {
    let mut line = serde_json::to_string(value)?;
    line.push('\n');
    sink::stdout_bytes(safe::json(&line).as_bytes())
}

/// Progress of a long operation on stderr: a live bar on a terminal, nothing elsewhere or with
/// `--quiet`.
pub struct Progress {
    bar: indicatif::ProgressBar,
}

impl Progress {
    pub(super) fn new(visible: bool, template: &str) -> Progress {
        if !visible {
            return Progress {
                bar: indicatif::ProgressBar::hidden(),
            };
        }
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(template)
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(120));
        Progress { bar }
    }

    pub fn set_position(&self, n: u64) {
        self.bar.set_position(n);
    }

    pub fn set_length(&self, n: u64) {
        self.bar.set_length(n);
    }

    /// Remove the bar, leaving the terminal as it was.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_cells_keep_their_columns() {
        assert_eq!(
            tsv_line(&["a\tb".into(), "c\nd".into(), "e".into()]),
            "a b\tc d\te\n"
        );
    }

    #[test]
    fn a_hidden_progress_bar_is_harmless() {
        let p = Progress::new(false, "{pos}");
        p.set_length(3);
        p.set_position(1);
        p.finish();
    }
}

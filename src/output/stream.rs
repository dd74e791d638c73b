//! Writers for output that streams (long histories): CSV, NDJSON and rows, plus the progress bar.
//! All of them write through the output module's sink, so a closed pipe is an `io::Error`.

use std::borrow::Cow;
use std::time::Duration;

use serde::Serialize;

use super::safe;
use super::sink::{self, Stdout};
use super::Output;

/// Rows on a terminal are drawn as a table every this many rows, so a listing of any length holds
/// at most this many rows (the first part comes sooner, so people see the start at once).
const TABLE_PART: usize = 500;
const FIRST_TABLE_PART: usize = 50;

/// Rows under headers, written as they come: tab-separated lines when stdout is not a terminal;
/// on a terminal, a table drawn in parts (the headers above the first, each part's columns at
/// least as wide as those before it, so the parts line up) and the rest by [`Rows::finish`].
pub struct Rows<'a> {
    out: &'a Output,
    headers: Vec<String>,
    kept: Option<Vec<Vec<String>>>,
    /// Column widths of the parts drawn so far; empty until the first part.
    widths: Vec<u16>,
    drawn: usize,
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
                widths: Vec::new(),
                drawn: 0,
                lines: std::io::BufWriter::new(Stdout),
            });
        }
        let mut lines = std::io::BufWriter::with_capacity(64 * 1024, Stdout);
        let head = if out.color {
            // Coloured only when asked for (`--color always`, `CLICOLOR_FORCE`): bold headers,
            // each cell painted alone so the tabs stay bare.
            let bold: Vec<String> = headers
                .iter()
                .map(|h| format!("\x1b[1m{}\x1b[0m", safe::tsv_cell(h)))
                .collect();
            format!("{}\n", bold.join("\t"))
        } else {
            tsv_line(&headers)
        };
        std::io::Write::write_all(&mut lines, head.as_bytes())?;
        Ok(Rows {
            out,
            headers,
            kept: None,
            widths: Vec::new(),
            drawn: 0,
            lines,
        })
    }

    pub fn row(&mut self, cells: Vec<String>) -> std::io::Result<()> {
        match &mut self.kept {
            Some(rows) => {
                rows.push(cells);
                let part = if self.drawn == 0 {
                    FIRST_TABLE_PART
                } else {
                    TABLE_PART
                };
                if rows.len() >= part {
                    self.draw()?;
                }
                Ok(())
            }
            None => std::io::Write::write_all(&mut self.lines, tsv_line(&cells).as_bytes()),
        }
    }

    /// Draw the rows kept so far as the next part of the table.
    fn draw(&mut self) -> std::io::Result<()> {
        let Some(rows) = self.kept.as_mut() else {
            return Ok(());
        };
        let rows = std::mem::take(rows);
        let headers: Vec<&str> = self.headers.iter().map(String::as_str).collect();
        let headers = (self.drawn == 0).then_some(headers.as_slice());
        let text = self.out.table_text(headers, &rows, &mut self.widths);
        self.drawn += rows.len();
        sink::stdout_bytes(text.as_bytes())
    }

    /// Draw the rest of the table (terminal) or flush the lines written already.
    pub fn finish(mut self) -> std::io::Result<()> {
        match self.kept {
            Some(ref rows) if !rows.is_empty() || self.drawn == 0 => self.draw(),
            Some(_) => Ok(()),
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

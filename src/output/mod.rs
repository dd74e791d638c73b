//! Output rules shared by every verb: stdout carries data only; tables for people on a terminal,
//! tab-separated rows when piped (no colour, no truncation); `--json` prints the typed models as
//! one document (`--json FIELDS` selects fields, `--jq` filters), `--raw` the wire result.
//! Notices, warnings, previews, progress and errors go to stderr. Every byte lockctl prints goes
//! through this module ([`sink`] is the only code that touches the streams).

pub mod bars;
mod checks;
pub mod color;
pub mod failure;
pub mod fleet;
pub mod jq;
mod listing;
mod made;
pub mod safe;
pub mod select;
pub mod sink;
pub mod stream;
pub mod time;
pub mod week;

use std::io::IsTerminal;

use comfy_table::{presets, ContentArrangement, Table};
use lockctl_api::Fields;
use serde::Serialize;
use serde_json::Value;

use crate::error::Fail;
use crate::options::{ColorChoice, Format};

pub use checks::{CheckLine, Mark};
pub use listing::{Listing, Mode, Row};
pub use made::Made;
pub use stream::{Progress, Rows};

#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    pub quiet: bool,
    /// Colour on stdout (table headers).
    pub color: bool,
    /// Colour on stderr (notice prefixes).
    pub color_stderr: bool,
    /// Stdout is laid out as for a terminal (or `LOCKCTL_FORCE_TTY` says to).
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    /// Stderr is a terminal that takes cursor controls (not `TERM=dumb`): live progress bars.
    pub stderr_live: bool,
    /// The `--jq` program, compiled once by [`Output::check_jq`].
    jq: Option<jq::Program>,
    /// A run over several locks: the JSON is an array of per-lock outcomes ([`fleet`]).
    pub many: bool,
}

/// A list as one pretty JSON array, written item by item to buffered stdout: the same bytes as
/// pretty-printing the whole array, without ever holding a value tree or the text of every item.
fn print_json_list<T: Serialize>(items: &[T], fields: Option<&[String]>) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, sink::Stdout);
    if items.is_empty() {
        out.write_all(b"[]\n")?;
        return out.flush();
    }
    for (i, item) in items.iter().enumerate() {
        let mut v = serde_json::to_value(item)?;
        if let Some(f) = fields {
            v = select::apply(v, f);
        }
        let text = pretty_item(&v)?;
        out.write_all(if i == 0 { b"[\n  " } else { b",\n  " })?;
        out.write_all(safe::json(&text).as_bytes())?;
    }
    out.write_all(b"\n]\n")?;
    out.flush()
}

/// One element of a pretty JSON array, indented one level (the text after `[\n  ` or `,\n  `).
/// Pretty JSON has a newline only between tokens (strings escape theirs), so indenting each
/// line by one level nests the item exactly as inside the array.
pub(crate) fn pretty_item(v: &impl Serialize) -> serde_json::Result<String> {
    Ok(serde_json::to_string_pretty(v)?.replace('\n', "\n  "))
}

impl Output {
    /// The output for these options; a bad `--jq` expression is refused here, before any request.
    pub fn new(format: Format, quiet: bool, color: ColorChoice) -> anyhow::Result<Output> {
        let forced = crate::env::flag(crate::env::FORCE_TTY);
        let stdout_tty = std::io::stdout().is_terminal() || forced;
        let stderr_tty = std::io::stderr().is_terminal();
        let env = color::ColorEnv::read();
        let mut out = Output {
            format,
            quiet,
            color: color::decide(color, env, stdout_tty),
            color_stderr: color::decide(color, env, stderr_tty),
            stdout_tty,
            stderr_tty,
            stderr_live: stderr_tty && !env.term_dumb,
            jq: None,
            many: false,
        };
        out.check_jq()?;
        Ok(out)
    }

    /// Compile the `--jq` program (once); a bad expression is a usage error with the parser's
    /// message.
    pub fn check_jq(&mut self) -> anyhow::Result<()> {
        if let (Format::Jq(expr), None) = (&self.format, &self.jq) {
            self.jq = Some(jq::Program::compile(expr)?);
        }
        Ok(())
    }

    /// Refuse a `--json FIELDS` that names fields `T` does not have; call before any request.
    pub fn check_fields<T: Fields>(&self) -> anyhow::Result<()> {
        if let Format::Json { fields: Some(f) } = &self.format {
            // Several locks: the model's fields select inside each lock's `result`, the run's
            // own fields select the elements (output/fleet.rs).
            if self.many {
                let valid: Vec<&str> = T::FIELDS.iter().chain(fleet::FIELDS).copied().collect();
                select::check(f, &valid)?;
            } else {
                select::check(f, T::FIELDS)?;
            }
        }
        Ok(())
    }

    /// Print one typed model: JSON, jq or raw for scripts, else `human` draws it for people.
    pub fn show<T: Serialize + Fields>(
        &self,
        value: &T,
        raw: Vec<Value>,
        human: impl FnOnce(&Output) -> std::io::Result<()>,
    ) -> anyhow::Result<()> {
        self.emit::<T>(|| serde_json::to_value(value), Some(raw), human)
    }

    /// Print a list of typed models (an array in JSON).
    pub fn show_list<T: Serialize + Fields>(
        &self,
        items: &[T],
        raw: Vec<Value>,
        human: impl FnOnce(&Output) -> std::io::Result<()>,
    ) -> anyhow::Result<()> {
        if let Format::Json { fields } = &self.format {
            if let Some(f) = fields {
                select::check(f, T::FIELDS)?;
            }
            return Ok(print_json_list(items, fields.as_deref())?);
        }
        self.emit::<T>(|| serde_json::to_value(items), Some(raw), human)
    }

    /// Like [`Output::show`] for a verb that asks no cloud (profiles, the catalogue): it has no
    /// wire result, so `--raw` is refused.
    pub fn show_local<T: Serialize + Fields>(
        &self,
        value: &T,
        human: impl FnOnce(&Output) -> std::io::Result<()>,
    ) -> anyhow::Result<()> {
        self.emit::<T>(|| serde_json::to_value(value), None, human)
    }

    /// Like [`Output::show_list`] for a verb that asks no cloud.
    pub fn show_local_list<T: Serialize + Fields>(
        &self,
        items: &[T],
        human: impl FnOnce(&Output) -> std::io::Result<()>,
    ) -> anyhow::Result<()> {
        self.emit::<T>(|| serde_json::to_value(items), None, human)
    }

    fn emit<T: Fields>(
        &self,
        value: impl FnOnce() -> serde_json::Result<Value>,
        raw: Option<Vec<Value>>,
        human: impl FnOnce(&Output) -> std::io::Result<()>,
    ) -> anyhow::Result<()> {
        match &self.format {
            Format::Human => human(self)?,
            Format::Raw => {
                let Some(raw) = raw else {
                    return Err(Fail::usage_hint(
                        "--raw: this verb asks no cloud, so it has no wire result",
                        "use --json",
                    ));
                };
                let doc = match raw.len() {
                    1 => raw.into_iter().next().unwrap_or(Value::Null),
                    _ => Value::Array(raw),
                };
                self.print_json(&doc)?;
            }
            Format::Json { fields } => {
                let mut v = value()?;
                if let Some(f) = fields {
                    select::check(f, T::FIELDS)?;
                    v = select::apply(v, f);
                }
                self.print_json(&v)?;
            }
            Format::Jq(_) => self.jq_print(value()?)?,
        }
        Ok(())
    }

    /// Print an untyped document as it is (`api call`): `--json`, `--raw` and the human form all
    /// print it whole; `--jq` filters it and `--json FIELDS` selects its top-level fields.
    pub fn wire(&self, v: Value) -> anyhow::Result<()> {
        match &self.format {
            Format::Jq(_) => self.jq_print(v),
            Format::Json { fields: Some(f) } => Ok(self.print_json(&select::apply(v, f))?),
            _ => Ok(self.print_json(&v)?),
        }
    }

    fn jq_print(&self, v: Value) -> anyhow::Result<()> {
        let print = |v: Value| Ok(self.print_json(&v)?);
        match (&self.jq, &self.format) {
            (Some(p), _) => p.run_each(v, print),
            (None, Format::Jq(expr)) => jq::Program::compile(expr)?.run_each(v, print),
            (None, _) => print(v),
        }
    }

    fn print_json(&self, v: &Value) -> std::io::Result<()> {
        let mut text = serde_json::to_string_pretty(v)?;
        text.push('\n');
        sink::stdout_bytes(safe::json(&text).as_bytes())
    }

    /// Print rows under headers: a table on a terminal, tab-separated lines otherwise.
    /// Rows off a terminal are written as they come (a long list is never held twice); a
    /// terminal table needs them all to size its columns.
    pub fn table(
        &self,
        headers: &[&str],
        rows: impl IntoIterator<Item = Vec<String>>,
    ) -> std::io::Result<()> {
        if !self.stdout_tty {
            let mut lines = self.rows(headers)?;
            for r in rows {
                lines.row(r)?;
            }
            return lines.finish();
        }
        let rows: Vec<Vec<String>> = rows.into_iter().collect();
        let text = self.table_text(Some(headers), &rows, &mut Vec::new());
        sink::stdout_bytes(text.as_bytes())
    }

    /// A table for a terminal; `None` headers draws rows that continue a table drawn before.
    /// Columns are at least `widths` wide, and `widths` grows to what this part needed, so the
    /// parts of a streamed table line up.
    pub(crate) fn table_text(
        &self,
        headers: Option<&[&str]>,
        rows: &[Vec<String>],
        widths: &mut Vec<u16>,
    ) -> String {
        let mut t = Table::new();
        // gh-style: no rules, bold headers (plain when colour is off).
        t.load_preset(presets::NOTHING);
        // The width is set here, not left to the table: with colour off the table is told it is
        // no terminal (`force_no_tty`) and would then not measure the terminal at all.
        let width = match std::io::stdout().is_terminal() {
            true => Table::new().width(),
            // Laid out as for a terminal on request: the width comes from COLUMNS.
            false => crate::env::get(crate::env::COLUMNS).and_then(|c| c.parse().ok()),
        };
        if let Some(w) = width {
            t.set_width(w);
        }
        // Wrap to the terminal's width when it is known and sensible; a pty that reports no size
        // (0 columns) would otherwise squeeze every cell to one character.
        let arrangement = match width {
            Some(w) if w >= 40 => ContentArrangement::Dynamic,
            _ => ContentArrangement::Disabled,
        };
        t.set_content_arrangement(arrangement);
        if self.color {
            t.enforce_styling();
        } else {
            t.force_no_tty();
        }
        if let Some(headers) = headers {
            grow(widths, headers.iter().map(|h| h.chars().count()));
            t.set_header(
                headers
                    .iter()
                    .map(|h| comfy_table::Cell::new(h).add_attribute(comfy_table::Attribute::Bold)),
            );
        }
        let continued = headers.is_none();
        for r in rows {
            let mut cells: Vec<String> = r.iter().map(|c| safe::text(c).into_owned()).collect();
            grow(widths, cells.iter().map(|c| c.chars().count()));
            if continued {
                // Padded to the widths of the parts before, so this part lines up with them.
                for (c, w) in cells.iter_mut().zip(widths.iter()) {
                    let w = *w as usize;
                    *c = format!("{c:<w$}");
                }
            }
            t.add_row(cells);
        }
        format!("{t}\n")
    }

    /// One object for people: aligned `key  value` lines on a terminal, `key<TAB>value` lines
    /// when piped (tabs and newlines inside a value become spaces).
    pub fn fields(&self, pairs: &[(&str, String)]) -> std::io::Result<()> {
        let mut text = String::new();
        if !self.stdout_tty {
            for (k, v) in pairs {
                text.push_str(&stream::tsv_line(&[k.to_string(), v.clone()]));
            }
            return sink::stdout_bytes(text.as_bytes());
        }
        let w = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        for (k, v) in pairs {
            let v = safe::text(v);
            text.push_str(&format!("{k:<w$}  {v}\n"));
        }
        sink::stdout_bytes(text.as_bytes())
    }

    /// The width a table on stdout is drawn to: the terminal's (or `COLUMNS` under
    /// `LOCKCTL_FORCE_TTY`); None when stdout is piped (nothing is shortened) or the width is
    /// unknown.
    pub fn width(&self) -> Option<u16> {
        if !self.stdout_tty {
            return None;
        }
        if !std::io::stdout().is_terminal() {
            return crate::env::get(crate::env::COLUMNS).and_then(|c| c.parse().ok());
        }
        Table::new().width().filter(|w| *w >= 40)
    }

    /// Lines drawn for people (a picture: [`week`], bars): only on a terminal, as they are (the
    /// drawer already fitted them to [`Output::width`]).
    pub fn picture(&self, lines: &[String]) -> std::io::Result<()> {
        if !self.stdout_tty || lines.is_empty() {
            return Ok(());
        }
        let mut text = String::new();
        for l in lines {
            text.push_str(l);
            text.push('\n');
        }
        sink::stdout_bytes(text.as_bytes())
    }

    /// The style a picture is drawn in: this output's colour and width.
    pub fn week_style(&self) -> week::Style {
        week::Style {
            color: self.color,
            width: self.width(),
        }
    }

    /// A notice for people on stderr (what was done, what to do next); hidden by --quiet.
    pub fn notice(&self, msg: &str) {
        if !self.quiet {
            sink::stderr_line(&safe::message(msg));
        }
    }

    /// A status line for people, on stderr (silenced by --quiet). Same as [`Output::notice`].
    pub fn status(&self, msg: &str) {
        self.notice(msg);
    }

    /// A request trace line (`--verbose`), on stderr.
    pub fn trace(line: &str) {
        sink::stderr_line(&format!("> {}", safe::message(line)));
    }
}

/// Stream writers and stderr helpers for verbs that stream or talk while they work.
impl Output {
    /// Rows written as they come (long lists): see [`Rows`].
    pub fn rows(&self, headers: &[&str]) -> std::io::Result<Rows<'_>> {
        Rows::start(self, headers)
    }

    /// A listing that streams pages of typed models in `mode`; see [`Listing`].
    pub fn listing<T: Row>(&self, mode: Mode) -> anyhow::Result<Listing<'_, T>> {
        Listing::start(self, mode)
    }

    /// One NDJSON line on stdout.
    pub fn ndjson_line(&self, value: &impl Serialize) -> std::io::Result<()> {
        stream::ndjson_line(value)
    }

    /// One line of data on stdout (a bare value such as an id or a PIN, for people and `$(...)`).
    pub fn line(&self, text: &str) -> std::io::Result<()> {
        let text = safe::message(text);
        let mut bytes = Vec::with_capacity(text.len() + 1);
        bytes.extend_from_slice(text.as_bytes());
        bytes.push(b'\n');
        sink::stdout_bytes(&bytes)
    }

    /// An empty line on stdout, between two parts of one answer.
    pub fn blank(&self) -> std::io::Result<()> {
        sink::stdout_bytes(b"\n")
    }

    /// Something the user must see that is not part of stdout's document (a PIN lockctl made up,
    /// when stdout carries the wire's answer): on stderr, even with --quiet.
    pub fn aside(&self, msg: &str) {
        sink::stderr_line(&safe::message(msg));
    }

    /// A warning on stderr: something the user should know even with --quiet.
    pub fn warn(&self, msg: &str) {
        let prefix = self.paint_stderr("warning:", "1;33");
        sink::stderr_line(&format!("{prefix} {}", safe::message(msg)));
    }

    /// A warning from where no [`Output`] is at hand (a callback of the API's), uncoloured.
    pub fn warning(msg: &str) {
        sink::stderr_line(&format!("warning: {}", safe::message(msg)));
    }

    /// Text that only helps someone watching (e.g. what a prompt will change): on stderr when
    /// stderr is a terminal, never in logs or pipes; hidden by --quiet.
    pub fn preview(&self, msg: &str) {
        if self.stderr_tty && !self.quiet {
            sink::stderr_line(&safe::message(msg));
        }
    }

    /// A progress bar on stderr for a long operation: shown only on a terminal that takes
    /// cursor controls (a dumb one gets none) and without --quiet. `template` is an indicatif
    /// template such as `{spinner} {pos}/{len} records`.
    pub fn progress(&self, template: &str) -> Progress {
        Progress::new(self.stderr_live && !self.quiet, template)
    }

    fn paint_stderr(&self, text: &str, sgr: &str) -> String {
        if self.color_stderr {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// Widen `widths` to at least the given cell widths, column by column.
fn grow(widths: &mut Vec<u16>, cells: impl Iterator<Item = usize>) {
    for (i, w) in cells.enumerate() {
        let w = w.min(u16::MAX as usize) as u16;
        match widths.get_mut(i) {
            Some(have) => *have = (*have).max(w),
            None => widths.push(w),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(format: Format) -> Output {
        Output::new(format, false, ColorChoice::Never).unwrap()
    }

    #[test]
    fn a_bad_jq_program_is_refused_when_the_output_is_made() {
        let e = Output::new(Format::Jq(".[".into()), false, ColorChoice::Never).unwrap_err();
        assert!(e.downcast_ref::<Fail>().is_some());
        assert!(out(Format::Jq(".[0]".into())).jq.is_some());
    }
}

//! Output rules shared by every verb: stdout carries data only; tables for people on a terminal,
//! tab-separated rows when piped (no colour, no truncation); `--json` prints the typed models as
//! one document (`--json FIELDS` selects fields, `--jq` filters), `--raw` the wire result.

pub mod jq;
pub mod select;
pub mod time;

use std::io::{IsTerminal, Write};

use comfy_table::{presets, ContentArrangement, Table};
use lockctl_api::Fields;
use serde::Serialize;
use serde_json::Value;

use crate::options::{ColorChoice, Format};

#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    /// Not for people: --json, --jq or --raw.
    pub json: bool,
    pub quiet: bool,
    pub color: bool,
    pub stdout_tty: bool,
}

impl Output {
    pub fn new(format: Format, quiet: bool, color: ColorChoice) -> Output {
        let stdout_tty = std::io::stdout().is_terminal()
            || crate::env::get(crate::env::FORCE_TTY).is_some_and(|v| v != "0");
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stdout_tty && crate::env::get(crate::env::NO_COLOR).is_none(),
        };
        Output {
            json: !format.is_human(),
            format,
            quiet,
            color,
            stdout_tty,
        }
    }

    /// Refuse a `--json FIELDS` that names fields `T` does not have; call before any request.
    pub fn check_fields<T: Fields>(&self) -> anyhow::Result<()> {
        if let Format::Json { fields: Some(f) } = &self.format {
            select::check(f, T::FIELDS)?;
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
        self.emit::<T>(|| serde_json::to_value(value), raw, human)
    }

    /// Print a list of typed models (an array in JSON).
    pub fn show_list<T: Serialize + Fields>(
        &self,
        items: &[T],
        raw: Vec<Value>,
        human: impl FnOnce(&Output) -> std::io::Result<()>,
    ) -> anyhow::Result<()> {
        self.emit::<T>(|| serde_json::to_value(items), raw, human)
    }

    fn emit<T: Fields>(
        &self,
        value: impl FnOnce() -> serde_json::Result<Value>,
        raw: Vec<Value>,
        human: impl FnOnce(&Output) -> std::io::Result<()>,
    ) -> anyhow::Result<()> {
        match &self.format {
            Format::Human => human(self)?,
            Format::Raw => {
                let doc = match raw.len() {
                    1 => raw.into_iter().next().unwrap_or(Value::Null),
                    _ => Value::Array(raw),
                };
                self.json(&doc)?;
            }
            Format::Json { fields } => {
                let mut v = value()?;
                if let Some(f) = fields {
                    select::check(f, T::FIELDS)?;
                    v = select::apply(v, f);
                }
                self.json(&v)?;
            }
            Format::Jq(expr) => {
                for v in jq::run(expr, value()?)? {
                    self.json(&v)?;
                }
            }
        }
        Ok(())
    }

    /// Print a JSON document on stdout.
    pub fn json(&self, v: &Value) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, v)?;
        writeln!(out)
    }

    /// Print rows under headers: a table on a terminal, tab-separated lines otherwise.
    pub fn table(&self, headers: &[&str], rows: Vec<Vec<String>>) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        if !self.stdout_tty {
            writeln!(out, "{}", headers.join("\t"))?;
            for r in rows {
                let cells: Vec<String> = r.iter().map(|c| c.replace(['\t', '\n'], " ")).collect();
                writeln!(out, "{}", cells.join("\t"))?;
            }
            return Ok(());
        }
        let mut t = Table::new();
        // gh-style: no rules, bold headers (plain when colour is off).
        t.load_preset(presets::NOTHING);
        // Wrap to the terminal's width when it is known and sensible; a pty that reports no size
        // (0 columns) would otherwise squeeze every cell to one character.
        let arrangement = match t.width() {
            Some(w) if w >= 40 => ContentArrangement::Dynamic,
            _ => ContentArrangement::Disabled,
        };
        t.set_content_arrangement(arrangement);
        if !self.color {
            t.force_no_tty();
        }
        t.set_header(
            headers
                .iter()
                .map(|h| comfy_table::Cell::new(h).add_attribute(comfy_table::Attribute::Bold)),
        );
        for r in rows {
            t.add_row(r);
        }
        writeln!(out, "{t}")
    }

    /// `key: value` lines for one object.
    pub fn fields(&self, pairs: &[(&str, String)]) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        let w = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        for (k, v) in pairs {
            writeln!(out, "{k:<w$}  {v}")?;
        }
        Ok(())
    }

    /// A status line for people, on stderr (silenced by --quiet).
    pub fn status(&self, msg: &str) {
        if !self.quiet {
            eprintln!("{msg}");
        }
    }
}

/// A JSON value as table text: strings bare, null empty.
pub fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

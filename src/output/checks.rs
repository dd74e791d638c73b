//! A list of checks for people (`lockctl doctor`): on a terminal one line per check, `✓` (ok),
//! `!` (warning), `✗` (failed) or `-` (not run), the check's name and what was found, and the
//! hint under it; piped, tab-separated rows under a header line (`CHECK`, `RESULT`, `SUMMARY`,
//! `HINT`), the result as a word.

use super::{safe, sink, Output};

/// How one check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Ok,
    Warn,
    Fail,
    Skip,
}

impl Mark {
    /// The word scripts read (`ok`, `warn`, `fail`, `skip`): the JSON's `result` too.
    pub fn word(self) -> &'static str {
        match self {
            Mark::Ok => "ok",
            Mark::Warn => "warn",
            Mark::Fail => "fail",
            Mark::Skip => "skip",
        }
    }
    fn symbol(self) -> &'static str {
        match self {
            Mark::Ok => "✓",
            Mark::Warn => "!",
            Mark::Fail => "✗",
            Mark::Skip => "-",
        }
    }
    fn sgr(self) -> &'static str {
        match self {
            Mark::Ok => "32",
            Mark::Warn => "33",
            Mark::Fail => "1;31",
            Mark::Skip => "2",
        }
    }
}

/// One check as people see it.
pub struct CheckLine<'a> {
    pub mark: Mark,
    pub name: &'a str,
    pub summary: &'a str,
    pub hint: Option<&'a str>,
}

impl Output {
    /// Print checks for people (see the module's words).
    pub fn checklist(&self, lines: &[CheckLine]) -> std::io::Result<()> {
        if !self.stdout_tty {
            let mut rows = self.rows(&["CHECK", "RESULT", "SUMMARY", "HINT"])?;
            for l in lines {
                rows.row(vec![
                    l.name.to_string(),
                    l.mark.word().to_string(),
                    l.summary.to_string(),
                    l.hint.unwrap_or("").to_string(),
                ])?;
            }
            return rows.finish();
        }
        let width = lines
            .iter()
            .map(|l| l.name.chars().count())
            .max()
            .unwrap_or(0);
        let mut text = String::new();
        for l in lines {
            let symbol = match self.color {
                true => format!("\x1b[{}m{}\x1b[0m", l.mark.sgr(), l.mark.symbol()),
                false => l.mark.symbol().to_string(),
            };
            let summary = safe::message(l.summary).replace('\n', " ");
            text.push_str(&format!("{symbol} {:<width$}  {summary}\n", l.name));
            if let Some(h) = l.hint.filter(|h| !h.is_empty()) {
                let pad = " ".repeat(width + 4);
                text.push_str(&format!(
                    "{pad}hint: {}\n",
                    safe::message(h).replace('\n', " ")
                ));
            }
        }
        sink::stdout_bytes(text.as_bytes())
    }
}

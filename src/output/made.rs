//! What a write made, printed the same way by every create verb (`member add`, `temppwd create`,
//! `offlinepwd create`, `opmode add`): for people one row under headers (a table on a terminal,
//! a header line and one tab-separated line when piped) holding the id, the name, the window and
//! the PIN or code only when lockctl had it made; with `--json` the typed model as one document
//! (the model the list verb prints). Notices ("Created ...") go to stderr, and a code to type at
//! the lock is boxed on stderr only when stderr is a terminal.

use lockctl_api::Fields;
use serde::Serialize;
use serde_json::Value;

use super::{safe, sink, Output};

/// The row a create prints for people, built column by column.
#[derive(Debug, Default)]
pub struct Made {
    headers: Vec<&'static str>,
    cells: Vec<String>,
    boxed: Option<(String, String)>,
    notices: Vec<String>,
}

impl Made {
    /// A row that starts with the made thing's id (`unknown` when the cloud did not say) and name.
    pub fn new(id: Option<&str>, name: &str) -> Made {
        let id = match id {
            Some(id) if !id.is_empty() => id,
            _ => "unknown",
        };
        Made::default().col("ID", id).col("NAME", name)
    }

    /// One more column.
    pub fn col(mut self, header: &'static str, value: impl Into<String>) -> Made {
        self.headers.push(header);
        self.cells.push(value.into());
        self
    }

    /// The PIN or code, as a column only when there is one (lockctl had it made in this run).
    pub fn secret(self, header: &'static str, value: Option<&str>) -> Made {
        match value {
            Some(v) => self.col(header, v),
            None => self,
        }
    }

    /// A code to type at the lock, drawn large on stderr when stderr is a terminal.
    pub fn boxed(mut self, title: impl Into<String>, code: Option<&str>) -> Made {
        self.boxed = code.map(|c| (title.into(), c.to_string()));
        self
    }

    /// A notice said after the row (on stderr; hidden by `-q`).
    pub fn notice(mut self, msg: impl Into<String>) -> Made {
        self.notices.push(msg.into());
        self
    }

    /// The headers and the cells.
    #[cfg(test)]
    fn row(&self) -> (&[&'static str], &[String]) {
        (&self.headers, &self.cells)
    }
}

/// A code grouped for reading: 10 digits as 3-3-4.
fn grouped(code: &str) -> String {
    if code.len() == 10 && code.is_ascii() {
        format!("{} {} {}", &code[0..3], &code[3..6], &code[6..])
    } else {
        code.to_string()
    }
}

impl Output {
    /// Print what a write made: `--json` the model (one document), `--raw` the wire's answer,
    /// `--jq` the model filtered; for people the row of `made`, then its notices on stderr.
    pub fn made<T: Serialize + Fields>(
        &self,
        value: &T,
        raw: Vec<Value>,
        made: Made,
    ) -> anyhow::Result<()> {
        self.show(value, raw, |o| {
            if let Some((title, code)) = &made.boxed {
                o.code_box(title, code);
            }
            o.table(&made.headers, [made.cells.clone()])?;
            for n in &made.notices {
                o.status(n);
            }
            Ok(())
        })
    }

    /// A code drawn so it cannot be missed, on stderr when stderr is a terminal (never in logs
    /// or pipes: stdout carries the code); hidden by `-q`.
    pub fn code_box(&self, title: &str, code: &str) {
        if self.stderr_tty && !self.quiet {
            let text = format!("\n  {title}:\n\n      {}\n\n", grouped(code));
            sink::stderr_text(&safe::message(&text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_has_the_secret_only_when_there_is_one() {
        let m = Made::new(Some("7"), "Guest")
            .col("WINDOW", "w")
            .secret("PIN", None);
        assert_eq!(m.row().0, &["ID", "NAME", "WINDOW"]);
        let m = Made::new(None, "Guest").secret("PIN", Some("1234567"));
        assert_eq!(m.row().0, &["ID", "NAME", "PIN"]);
        assert_eq!(m.row().1[0], "unknown");
        assert_eq!(grouped("1234567890"), "123 456 7890");
    }
}

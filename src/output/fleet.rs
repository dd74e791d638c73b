//! A run over several locks: one table row per lock, or one JSON array of
//! `{"lock": {"id", "name"}, "ok", "result" | "error": {"code", "message"}}` (docs/json.md),
//! which `--json FIELDS` selects from element by element and `--jq` filters whole.

use serde_json::Value;

use super::{select, Output};
use crate::options::Format;

/// The top-level fields of a run's JSON elements, for `--json FIELDS`.
pub const FIELDS: &[&str] = &["lock", "ok", "result", "error", "warnings"];

impl Output {
    /// Print a run's outcomes: `elements` for scripts, `rows` under `headers` for people.
    pub fn fleet(
        &self,
        elements: Vec<Value>,
        headers: &[&str],
        rows: Vec<Vec<String>>,
    ) -> anyhow::Result<()> {
        match &self.format {
            Format::Human => Ok(self.table(headers, rows)?),
            Format::Jq(_) => self.jq_print(Value::Array(elements)),
            Format::Json { fields: Some(f) } => {
                select::check(f, FIELDS)?;
                let v = elements.into_iter().map(|e| select::apply(e, f)).collect();
                Ok(self.print_json(&Value::Array(v))?)
            }
            Format::Json { fields: None } | Format::Raw => {
                Ok(self.print_json(&Value::Array(elements))?)
            }
        }
    }
}

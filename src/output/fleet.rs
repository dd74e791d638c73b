//! A run over several locks: one table row per lock, or one JSON array of
//! `{"lock": {"id", "name"}, "ok", "result" | "error": {"code", "message"}}` (docs/json.md),
//! which `--json FIELDS` selects from and `--jq` filters whole.
//!
//! `--json FIELDS` over several locks names the model's fields, as on one lock: they are kept
//! inside each `result` (in each record of a list); every element keeps `lock`, `ok`, `error`
//! and `warnings`, so a script never loses which lock failed. Naming `result` keeps it whole;
//! naming only the run's fields (`--json lock,ok`) drops `result`. The names were checked
//! against the model's and the run's fields before any request (`Output::check_fields`).

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
                let v = elements.into_iter().map(|e| select_in(e, f)).collect();
                Ok(self.print_json(&Value::Array(v))?)
            }
            Format::Json { fields: None } | Format::Raw => {
                Ok(self.print_json(&Value::Array(elements))?)
            }
        }
    }
}

/// The run's fields every element keeps, whatever `--json FIELDS` names.
const KEPT: &[&str] = &["lock", "ok", "error", "warnings"];

/// One element as `--json FIELDS` selects it: the run's fields kept, the model's fields picked
/// inside `result`.
fn select_in(element: Value, fields: &[String]) -> Value {
    let Value::Object(mut obj) = element else {
        return element;
    };
    let model: Vec<String> = fields
        .iter()
        .filter(|f| !FIELDS.contains(&f.as_str()))
        .cloned()
        .collect();
    let whole = fields.iter().any(|f| f == "result");
    // The element's own order: lock, ok, result or error, warnings.
    let mut out = serde_json::Map::new();
    for (k, v) in std::mem::take(&mut obj) {
        if KEPT.contains(&k.as_str()) {
            out.insert(k, v);
        } else if k == "result" && !model.is_empty() {
            out.insert(k, select::apply(v, &model));
        } else if k == "result" && whole {
            out.insert(k, v);
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn model_fields_select_inside_result() {
        let f = |s: &str| s.split(',').map(String::from).collect::<Vec<_>>();
        let ok = json!({"lock": {"id": "a"}, "ok": true, "result": [{"id": "1", "name": "x", "role": "family"}]});
        assert_eq!(
            select_in(ok.clone(), &f("id,name")),
            json!({"lock": {"id": "a"}, "ok": true, "result": [{"id": "1", "name": "x"}]})
        );
        assert_eq!(
            select_in(ok, &f("lock,ok")),
            json!({"lock": {"id": "a"}, "ok": true})
        );
        let failed =
            json!({"lock": {"id": "b"}, "ok": false, "error": {"code": "x", "message": "y"}});
        assert_eq!(select_in(failed.clone(), &f("id")), failed);
    }
}

//! `--json FIELDS`: keep only the named top-level fields of an object, or of each object of an
//! array, in the order asked for.

use serde_json::{Map, Value};

use crate::error::Fail;

/// Refuse unknown field names, listing the valid ones.
pub fn check(asked: &[String], valid: &[&str]) -> anyhow::Result<()> {
    let unknown: Vec<&str> = asked
        .iter()
        .map(String::as_str)
        .filter(|f| !valid.contains(f))
        .collect();
    if unknown.is_empty() && !asked.is_empty() {
        return Ok(());
    }
    let what = if unknown.is_empty() {
        "--json takes a comma-separated list of fields".to_string()
    } else {
        format!("unknown JSON field(s): {}", unknown.join(", "))
    };
    Err(Fail::usage_hint(
        what,
        format!("valid fields: {}", valid.join(", ")),
    ))
}

pub fn apply(v: Value, fields: &[String]) -> Value {
    match v {
        Value::Array(items) => Value::Array(items.into_iter().map(|i| pick(i, fields)).collect()),
        other => pick(other, fields),
    }
}

fn pick(v: Value, fields: &[String]) -> Value {
    let Value::Object(mut obj) = v else {
        return v;
    };
    let mut out = Map::new();
    for f in fields {
        if let Some(x) = obj.remove(f) {
            out.insert(f.clone(), x);
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn selects_in_the_order_asked() {
        let v = json!([{"id": "1", "name": "a", "x": 1}, {"id": "2", "name": "b"}]);
        let f = vec!["name".to_string(), "id".to_string()];
        assert_eq!(
            serde_json::to_string(&apply(v, &f)).unwrap(),
            r#"[{"name":"a","id":"1"},{"name":"b","id":"2"}]"#
        );
        assert!(check(&["nope".into()], &["id"]).is_err());
        assert!(check(&["id".into()], &["id"]).is_ok());
    }
}

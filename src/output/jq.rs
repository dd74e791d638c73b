//! `--jq EXPR`: filter the JSON output through a jq program (the jaq implementation, with jq's
//! standard library). The program is compiled once, before any request, so a bad expression is a
//! usage error that costs nothing.

use std::sync::Arc;

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{data, unwrap_valr, Compiler, Ctx, Vars};
use jaq_json::Val;
use serde::Deserialize;
use serde_json::Value;

use crate::error::Fail;

type Data = data::JustLut<Val>;

/// A compiled jq program.
#[derive(Clone)]
pub struct Program {
    filter: Arc<jaq_core::Filter<Data>>,
}

impl std::fmt::Debug for Program {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("jq::Program")
    }
}

impl Program {
    /// Parse and compile `expr`; a bad expression is a usage error with the parser's message.
    pub fn compile(expr: &str) -> anyhow::Result<Program> {
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs::<Data>()
            .chain(jaq_std::funs::<Data>())
            .chain(jaq_json::funs::<Data>());
        let loader = Loader::new(defs);
        let arena = Arena::default();
        let modules = loader
            .load(
                &arena,
                File {
                    code: expr,
                    path: (),
                },
            )
            .map_err(|errs| {
                let msgs: Vec<String> = errs.into_iter().map(|(_, e)| load_error(e)).collect();
                bad(expr, &msgs.join("; "))
            })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errs| {
                let msgs: Vec<String> = errs
                    .into_iter()
                    .flat_map(|(_, es)| es)
                    .map(|(name, u)| format!("undefined {} `{name}`", u.as_str()))
                    .collect();
                bad(expr, &msgs.join("; "))
            })?;
        Ok(Program {
            filter: Arc::new(filter),
        })
    }

    /// Hand each value the program produces from `input` to `each` as soon as it is produced,
    /// so an endless program (`repeat(.)`) still ends when the reader of stdout goes away.
    pub fn run_each(
        &self,
        input: Value,
        mut each: impl FnMut(Value) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let input = Val::deserialize(input)?;
        let ctx = Ctx::<Data>::new(&self.filter.lut, Vars::new([]));
        for v in self.filter.id.run((ctx, input)).map(unwrap_valr) {
            let v = v.map_err(|e| anyhow::anyhow!("--jq: {e}"))?;
            each(to_json(&v)?)?;
        }
        Ok(())
    }

    /// The values the program produces from `input`, as `jq` prints them (one per output).
    #[cfg(test)]
    pub fn run(&self, input: Value) -> anyhow::Result<Vec<Value>> {
        let mut out = Vec::new();
        self.run_each(input, |v| {
            out.push(v);
            Ok(())
        })?;
        Ok(out)
    }
}

/// Compile and run in one go, collecting the values (the output module itself streams through
/// a [`Program`] compiled once).
#[cfg(test)]
pub fn run(expr: &str, input: Value) -> anyhow::Result<Vec<Value>> {
    Program::compile(expr)?.run(input)
}

/// jaq prints values as JSON; read that back so the output module prints every document alike.
/// Values JSON cannot carry (NaN, byte strings that are not UTF-8) print as jq would: null or text.
fn to_json(v: &Val) -> anyhow::Result<Value> {
    let text = v.to_string();
    Ok(serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

fn bad(expr: &str, msg: &str) -> anyhow::Error {
    Fail::usage_hint(
        format!("--jq `{expr}`: {msg}"),
        "--jq takes a jq program, e.g. --jq '.[0].name' or --jq '.[] | .id'",
    )
}

fn load_error(e: jaq_core::load::Error<&str>) -> String {
    use jaq_core::load::Error;
    let near = |s: &str| -> String {
        let s: String = s.chars().take(20).collect();
        if s.is_empty() {
            "the end".to_string()
        } else {
            format!("`{s}`")
        }
    };
    let list: Vec<String> = match e {
        Error::Io(v) => v.into_iter().map(|(p, m)| format!("{p}: {m}")).collect(),
        Error::Lex(v) => v
            .into_iter()
            .map(|(exp, at)| format!("expected {} at {}", exp.as_str(), near(at)))
            .collect(),
        Error::Parse(v) => v
            .into_iter()
            .map(|(exp, at)| format!("expected {} at {}", exp.as_str(), near(at)))
            .collect(),
    };
    list.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn jq(expr: &str, v: Value) -> Vec<Value> {
        run(expr, v).unwrap()
    }

    #[test]
    fn filters_like_jq() {
        let v = json!([{"id": "1", "name": "door"}, {"id": "2", "name": "gate"}]);
        assert_eq!(jq(".[0].name", v.clone()), vec![json!("door")]);
        assert_eq!(jq(".[] | .id", v.clone()), vec![json!("1"), json!("2")]);
        assert_eq!(jq("map(.name)", v.clone()), vec![json!(["door", "gate"])]);
        assert_eq!(jq("length", v.clone()), vec![json!(2)]);
        assert_eq!(
            jq("[.[] | select(.id == \"2\")] | first | .name", v.clone()),
            vec![json!("gate")]
        );
        assert_eq!(jq("empty", v.clone()), Vec::<Value>::new());
        assert_eq!(jq(".[5]", v), vec![Value::Null]);
    }

    #[test]
    fn keeps_key_order_and_numbers() {
        let v = json!({"b": 1, "a": 2.5, "c": [true, null]});
        assert_eq!(
            serde_json::to_string(&jq(".", v)[0]).unwrap(),
            r#"{"b":1,"a":2.5,"c":[true,null]}"#
        );
    }

    #[test]
    fn bad_expressions_are_usage_errors() {
        for expr in [".[", "nosuchfilter", "if . then 1", "$undefined", ".a |"] {
            let e = Program::compile(expr).unwrap_err();
            let f = e.downcast_ref::<Fail>().expect("a usage failure");
            assert_eq!(f.exit, crate::error::Exit::Usage, "{expr}");
            assert!(f.message.contains(expr), "{}", f.message);
        }
    }

    #[test]
    fn runtime_errors_are_errors_not_panics() {
        assert!(run(".a", json!([1])).is_err());
        assert!(run("error(\"x\")", json!(null)).is_err());
    }

    #[test]
    fn endless_programs_stop_when_the_consumer_does() {
        let p = Program::compile("repeat(1)").unwrap();
        let mut n = 0;
        let r = p.run_each(json!(null), |_| {
            n += 1;
            if n == 3 {
                anyhow::bail!("stop")
            }
            Ok(())
        });
        assert!(r.is_err());
        assert_eq!(n, 3);
    }
}

//! Reading the gateway's loosely typed JSON: ids arrive as numbers or strings, flags as numbers,
//! booleans or strings, lists sometimes as JSON text.

use std::hash::{Hash, Hasher};

use serde::de::{Deserializer as _, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;

/// A field as text, accepting numbers and booleans; empty when absent.
pub fn text(v: &Value, k: &str) -> String {
    match v.get(k) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// A field as an integer, accepting numeric strings and booleans.
pub fn int(v: &Value, k: &str) -> Option<i64> {
    match v.get(k) {
        Some(Value::Number(n)) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Some(Value::String(s)) => s.trim().parse().ok(),
        Some(Value::Bool(b)) => Some(*b as i64),
        _ => None,
    }
}

/// A field as a boolean: true, 1, "true" or "1".
pub fn flag(v: &Value, k: &str) -> bool {
    match v.get(k) {
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_i64() == Some(1),
        Some(Value::String(s)) => s == "true" || s == "1",
        _ => false,
    }
}

/// The elements of an array value (empty for anything else).
pub fn list(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or(&[])
}

/// The elements of an array field, also when the cloud sends the array as JSON text.
pub fn list_field(v: &Value, k: &str) -> Vec<Value> {
    match v.get(k) {
        Some(Value::Array(a)) => a.clone(),
        Some(Value::String(s)) => serde_json::from_str::<Value>(s)
            .ok()
            .and_then(|v| v.as_array().cloned())
            .unwrap_or_default(),
        _ => vec![],
    }
}

/// One page of a list answer read element by element: only one element's value tree exists at a
/// time beside the answer's text, so a large list costs its text and its models, never a tree of
/// the whole (a tree of small objects takes several times the text's size).
pub struct ListPage<T> {
    /// What the reader made of the elements it accepted.
    pub items: Vec<T>,
    /// How many elements the page held, accepted or not (a short page ends the paging).
    pub len: usize,
    /// A digest of the page's text, to notice a cloud that sends the same page again.
    pub digest: u64,
}

/// Read a list answer element by element; anything but a list reads as an empty page.
pub fn read_list<T>(r: &RawValue, f: impl FnMut(&Value) -> Option<T>) -> ListPage<T> {
    struct Each<F>(F, usize);
    impl<'de, T, F: FnMut(&Value) -> Option<T>> Visitor<'de> for &mut Each<F> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
            while let Some(v) = seq.next_element::<Value>()? {
                self.1 += 1;
                out.extend((self.0)(&v));
            }
            Ok(out)
        }
    }
    let text = r.get().trim_start();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    let digest = hasher.finish();
    if !text.starts_with('[') {
        return ListPage {
            items: vec![],
            len: 0,
            digest,
        };
    }
    let mut each = Each(f, 0);
    let mut de = serde_json::Deserializer::from_str(text);
    let items = de.deserialize_seq(&mut each).unwrap_or_default();
    ListPage {
        items,
        len: each.1,
        digest,
    }
}

/// The models of a list answer's elements (see [`read_list`]).
pub fn each_of<T>(r: &RawValue, f: impl FnMut(&Value) -> Option<T>) -> Vec<T> {
    read_list(r, f).items
}

/// When the cloud last changed an entry (`gmtModified`, milliseconds; seconds read too), when
/// it says.
pub fn modified(v: &Value, lock: &crate::lock::Lock) -> Option<crate::model::Time> {
    int(v, "gmtModified").and_then(|n| crate::model::Time::from_wire(n, &lock.zone))
}

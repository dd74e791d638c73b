//! The mobile gateway backend: each typed operation becomes the action and version the
//! catalogue names for the lock's kind, with the postData shape that action takes, and the
//! answer is read back into the typed models. Everything the wire does differently per lock kind
//! is decided here and in the area files beside this one.

mod device;
mod members;
mod passwords;
mod records;
pub mod wire;
mod writes;

use std::sync::{Arc, Mutex};

use serde_json::value::RawValue;
use serde_json::Value;

use crate::catalogue::{self, Entry};
use crate::client::{CallOptions, Client};
use crate::error::{Error, Result};
use crate::lock::Lock;
use crate::ops::Backend;

pub struct Mobile {
    client: Arc<Client>,
    /// The main calls' results as the cloud's text, read into values only for `--raw`.
    raw: Mutex<Vec<Box<RawValue>>>,
    /// Whether results are kept at all: only when `--raw` will print them, so that a large
    /// answer is dropped as soon as it is read into models.
    keep_raw: bool,
    /// Product schemas (product id -> DP id -> code) read or handed over in this run.
    pub(crate) schemas: Mutex<std::collections::BTreeMap<String, crate::ops::device::DpCodes>>,
}

impl Mobile {
    pub fn new(client: Arc<Client>) -> Mobile {
        Mobile {
            client,
            raw: Mutex::new(Vec::new()),
            keep_raw: false,
            schemas: Mutex::new(Default::default()),
        }
    }

    /// Keep the main calls' results for [`Backend::take_raw`] (for `--raw`); off by default.
    pub fn keeping_raw(mut self, keep: bool) -> Mobile {
        self.keep_raw = keep;
        self
    }

    pub fn client(&self) -> &Arc<Client> {
        &self.client
    }

    /// The catalogue entry of `verb` for this lock's kind, or `Unsupported` naming what the
    /// kind offers instead. Costs no request.
    pub(crate) fn entry(lock: &Lock, verb: &str) -> Result<&'static Entry> {
        catalogue::lookup(verb, lock.kind).map_err(|e| Error::Unsupported {
            verb: e.verb,
            what: format!(
                "{k} locks ({} is a {k} lock)",
                lock.id,
                k = lock.kind.label()
            ),
            offered: e.offered.iter().map(|s| s.to_string()).collect(),
        })
    }

    /// Send a verb's action to a lock; its result is kept for `--raw`.
    pub(crate) async fn send(&self, lock: &Lock, verb: &str, post_data: Value) -> Result<Value> {
        let result = self.send_aux(lock, verb, post_data).await?;
        self.keep_raw(&result);
        Ok(result)
    }

    /// Send a verb's action and hand its result over as text, to be read into models without a
    /// value tree (large lists); keep it for `--raw` with [`Mobile::keep_raw_text`] afterwards.
    pub(crate) async fn send_text(
        &self,
        lock: &Lock,
        verb: &str,
        post_data: Value,
    ) -> Result<Box<RawValue>> {
        let entry = Self::entry(lock, verb)?;
        let text = post_data.to_string();
        self.client
            .call_text(
                entry.action,
                entry.version,
                Some(&text),
                &CallOptions {
                    read: entry.read,
                    ..Default::default()
                },
            )
            .await
    }

    pub(crate) fn keep_raw_text(&self, raw: Box<RawValue>) {
        if !self.keep_raw {
            return;
        }
        if let Ok(mut kept) = self.raw.lock() {
            kept.push(raw);
        }
    }

    /// Send a verb's action without keeping its result for `--raw` (a lookup that serves the
    /// main call, such as a member's unlock methods while listing members).
    pub(crate) async fn send_aux(
        &self,
        lock: &Lock,
        verb: &str,
        post_data: Value,
    ) -> Result<Value> {
        let entry = Self::entry(lock, verb)?;
        self.client
            .call(
                entry.action,
                entry.version,
                Some(&post_data),
                &CallOptions {
                    read: entry.read,
                    ..Default::default()
                },
            )
            .await
    }

    /// Keep a result that did not come through [`Mobile::send`] for `--raw`.
    pub(crate) fn keep_raw(&self, v: &Value) {
        if !self.keep_raw {
            return;
        }
        if let Ok(raw) = serde_json::value::to_raw_value(v) {
            self.keep_raw_text(raw);
        }
    }
}

impl Backend for Mobile {
    fn name(&self) -> &'static str {
        "mobile"
    }

    fn offers_verb(&self, lock: &Lock, verb: &str) -> Result<()> {
        // Account-wide calls (`device show`) are the same for every lock.
        if catalogue::ACCOUNT.iter().any(|e| e.verb == verb) {
            return Ok(());
        }
        Self::entry(lock, verb).map(|_| ())
    }

    fn take_raw(&self) -> Vec<Value> {
        let kept = self
            .raw
            .lock()
            .map(|mut r| std::mem::take(&mut *r))
            .unwrap_or_default();
        kept.iter()
            .map(|r| serde_json::from_str(r.get()).unwrap_or(Value::Null))
            .collect()
    }

    fn discard_raw(&self) {
        if let Ok(mut r) = self.raw.lock() {
            r.clear();
        }
    }
}

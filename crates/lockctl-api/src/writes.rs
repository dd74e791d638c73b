//! Writes whose answer may be lost, on either backend. A write is sent once, never repeated;
//! when its answer is lost (a timeout, an HTTP 5xx from something in front of the service, a
//! connection reset after the request went out), reading back decides what to report: the change
//! is there (landed: the write succeeded), it is not (nothing changed: a plain failure), or the
//! read fails too (it may have landed: an error naming the read that would tell).

use std::future::Future;

use serde_json::Value;

use crate::error::{Check, Error, Result};

/// Reads back are safe to repeat: a few tries before giving up on knowing.
const READ_BACK_TRIES: usize = 3;

/// What became of a write: its answer, or why the answer was lost.
pub(crate) enum Sent {
    Answer(Value),
    Lost(String),
}

/// After a lost answer: `probe` reads back and says whether the write's entry is there.
pub(crate) async fn settle<T, F, Fut>(
    what: &str,
    reason: String,
    check: Check,
    probe: F,
) -> Result<T>
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<Option<T>>>,
{
    let mut read = String::new();
    for _ in 0..READ_BACK_TRIES {
        match probe().await {
            Ok(Some(found)) => return Ok(found),
            Ok(None) => {
                return Err(Error::NotApplied {
                    what: what.to_string(),
                    reason,
                })
            }
            Err(e) => read = e.to_string(),
        }
    }
    Err(Error::Unconfirmed {
        what: what.to_string(),
        reason,
        read,
        check: Box::new(check),
    })
}

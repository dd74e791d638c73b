//! Writes whose answer may be lost. A create is sent once, never repeated; when its answer is
//! lost (a timeout, an HTTP 5xx from something in front of the gateway, a connection reset after
//! the request went out), reading back decides what to report: the entry is there (landed: the
//! write succeeded), it is not (nothing changed: a plain failure), or the read fails too (it may
//! have landed: an error naming the read that would tell).

use std::future::Future;

use serde_json::Value;

use crate::error::{Check, CloudCode, Error, Result};
use crate::lock::Lock;
use crate::mobile::Mobile;

/// Reads back are safe to repeat: a few tries before giving up on knowing.
const READ_BACK_TRIES: usize = 3;

/// What became of a write: its answer, or why the answer was lost.
pub(crate) enum Sent {
    Answer(Value),
    Lost(String),
}

impl Mobile {
    /// Send a write once; a lost answer is [`Sent::Lost`], any other failure an error.
    pub(crate) async fn send_write(&self, lock: &Lock, verb: &str, pd: Value) -> Result<Sent> {
        match self.send(lock, verb, pd).await {
            Ok(v) => Ok(Sent::Answer(v)),
            Err(Error::AnswerLost { reason, .. }) => Ok(Sent::Lost(reason)),
            Err(e) => Err(e),
        }
    }

    /// Like [`Mobile::send_write`], for a write the cloud may throttle under load. A throttling
    /// answer is not sent again blindly: `landed` reads back first, and only when the write is
    /// not there does it go again (after a pause; the shared bucket has slowed down too). A
    /// write found landed is [`Sent::Answer`] with a null answer: the caller reads it back as
    /// after any answer that carries no id.
    pub(crate) async fn send_write_reconciled<F, Fut>(
        &self,
        lock: &Lock,
        verb: &str,
        pd: Value,
        landed: F,
    ) -> Result<Sent>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = Result<bool>>,
    {
        let pauses = self.client().config().rate_limit_backoff.clone();
        let mut pauses = pauses.into_iter();
        loop {
            match self.send_write(lock, verb, pd.clone()).await {
                Err(Error::Cloud {
                    code: CloudCode::TooFrequent,
                    ..
                }) => {}
                other => return other,
            }
            if let Some(d) = pauses.next() {
                if landed().await? {
                    return Ok(Sent::Answer(Value::Null));
                }
                tokio::time::sleep(d).await;
                continue;
            }
            return Err(Error::Cloud {
                code: CloudCode::TooFrequent,
                message: "still throttled after backing off".into(),
                action: verb.to_string(),
            });
        }
    }
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

/// The follow-up read of a write that succeeded failed: a success with a warning.
pub(crate) fn unread(what: &str, thing: &str, e: Error, check: Check) -> Error {
    Error::Unread {
        what: what.to_string(),
        thing: thing.to_string(),
        reason: e.to_string(),
        check: Box::new(check),
    }
}

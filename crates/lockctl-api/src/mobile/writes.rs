//! Sending a mobile write once: a lost answer becomes [`Sent::Lost`], settled by the caller with
//! [`settle`] (the backend-neutral pieces live in `crate::writes`).

use std::future::Future;

use serde_json::Value;

use crate::error::{Check, CloudCode, Error, Result};
use crate::lock::Lock;
use crate::mobile::Mobile;

pub(crate) use crate::writes::{settle, Sent};

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

impl Mobile {
    /// Send a write whose answer carries nothing lockctl keeps (a bare `true`). When the answer
    /// is lost, `probe` reads back the state the write should have changed: `Some(())` it did
    /// (landed: done, as if answered), `None` it did not (not applied), an error: unknown ("may
    /// have landed", naming `check`). Never sent twice.
    pub(crate) async fn write_settled<F, Fut>(
        &self,
        lock: &Lock,
        verb: &str,
        pd: Value,
        what: String,
        check: Check,
        probe: F,
    ) -> Result<()>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = Result<Option<()>>>,
    {
        match self.send_write(lock, verb, pd).await? {
            Sent::Answer(_) => Ok(()),
            Sent::Lost(reason) => settle(&what, reason, check, probe).await,
        }
    }
}

/// A probe's answer from whether the read shows the change: `Some(())` landed, `None` not.
pub(crate) fn shown(changed: bool) -> Option<()> {
    changed.then_some(())
}

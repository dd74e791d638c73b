//! Sending a mobile write once: a lost answer becomes [`Sent::Lost`], settled by the caller with
//! [`settle`] (the backend-neutral pieces live in `crate::writes`).

use serde_json::Value;

use crate::error::{Error, Result};
use crate::lock::Lock;
use crate::mobile::Mobile;

pub(crate) use crate::writes::{settle, unread, Sent};

impl Mobile {
    /// Send a write once; a lost answer is [`Sent::Lost`], any other failure an error.
    pub(crate) async fn send_write(&self, lock: &Lock, verb: &str, pd: Value) -> Result<Sent> {
        match self.send(lock, verb, pd).await {
            Ok(v) => Ok(Sent::Answer(v)),
            Err(Error::AnswerLost { reason, .. }) => Ok(Sent::Lost(reason)),
            Err(e) => Err(e),
        }
    }
}

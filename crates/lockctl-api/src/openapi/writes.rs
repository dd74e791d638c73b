//! OpenAPI writes whose answer may be lost: sent once, then settled by reading back (see
//! `crate::writes`). What the service cannot read back is said to be unknown, naming the read
//! that would tell: offline codes (no OpenAPI call lists them) and remote unlocks (only the
//! open-door records show them).

use jiff::{SignedDuration, Timestamp};
use serde_json::Value;

use super::{Method, OpenApi};
use crate::error::{Check, Error, Result};
use crate::lock::Lock;
use crate::model::{Done, UnlockKind};
use crate::ops::records::Query;
use crate::ops::{Backend, RecordOps};
use crate::writes::Sent;

/// How far back the open-door records are read to count remote unlocks.
const REMOTE_LOOKBACK: SignedDuration = SignedDuration::from_hours(1);

/// Remote unlocks read at most to count them.
const REMOTE_READ_MAX: u64 = 500;

impl OpenApi {
    /// Send a write once; a lost answer is [`Sent::Lost`], any other failure an error. The
    /// answer is kept for `--raw`.
    pub(crate) async fn send_write(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Sent> {
        match self.call(method, path, &[], body).await {
            Ok(v) => {
                self.keep(&v);
                Ok(Sent::Answer(v))
            }
            Err(Error::AnswerLost { reason, .. }) => Ok(Sent::Lost(reason)),
            Err(e) => Err(e),
        }
    }

    /// Remote unlocks and locks in the lock's open-door records of the last hour (by this
    /// machine's clock). Compared before and after a remote call whose answer was lost: one
    /// more afterwards is the call landing.
    pub(crate) async fn remote_count(&self, lock: &Lock) -> Result<usize> {
        let query = Query {
            kinds: vec![UnlockKind::Remote],
            since: Some(Timestamp::now() - REMOTE_LOOKBACK),
            until: None,
            member: None,
            page_size: 100,
            limit: Some(REMOTE_READ_MAX),
            concurrency: 1,
        };
        let mut pages = self.history(lock, &query).await?;
        let mut n = 0;
        while let Some(page) = pages.next().await? {
            n += page.items.len();
        }
        // The reads are not the command's result (`--raw` shows the write's answer).
        self.take_raw();
        Ok(n)
    }

    /// A remote call's answer was lost: landed when the records show one more remote entry
    /// than before it was sent; otherwise unknown (the lock may not have logged it yet), never
    /// "not applied".
    pub(crate) async fn remote_lost(
        &self,
        lock: &Lock,
        done: Done,
        before: Option<usize>,
        reason: String,
    ) -> Result<Done> {
        let what = format!("{} of {}", done.action, lock.id);
        let read = match before {
            None => "the open-door records could not be read before it was sent".to_string(),
            Some(before) => match self.remote_count(lock).await {
                Ok(after) if after > before => return Ok(done),
                Ok(_) => "the open-door records show no new remote entry yet".to_string(),
                Err(e) => e.to_string(),
            },
        };
        Err(Error::Unconfirmed {
            what,
            reason,
            read,
            check: Box::new(Check::RemoteUnlocks {
                lock: lock.id.clone(),
            }),
        })
    }
}

/// An offline code's answer was lost: the OpenAPI cannot list offline codes, so it may have
/// been made (its PIN is then lost with the answer).
pub(crate) fn offline_lost(lock: &Lock, what: String, kind: &str, reason: String) -> Error {
    Error::Unconfirmed {
        what,
        reason,
        read: "the openapi backend has no call that lists offline passwords; a mobile profile lists them"
            .into(),
        check: Box::new(Check::OfflineOnMobile {
            lock: lock.id.clone(),
            kind: kind.to_string(),
        }),
    }
}

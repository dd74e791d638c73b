//! OpenAPI writes whose answer may be lost: sent once, then settled by reading back (see
//! `crate::writes`). What the service cannot read back is said to be unknown, naming the read
//! that would tell: offline codes (no OpenAPI call lists them) and remote unlocks (only the
//! open-door records show them).

use crate::clock;
use serde_json::Value;

use super::members::{kind_of_code, CODES};
use super::records::status_of;
use super::wire;
use super::{Method, OpenApi};
use crate::error::{Check, Error, Result};
use crate::lock::Lock;
use crate::model::{Done, UnlockKind};
use crate::writes::Sent;

/// How far back the open-door records are read to count remote unlocks, ms.
pub(crate) const REMOTE_LOOKBACK_MS: i64 = 3_600_000;

const DAY_MS: i64 = 86_400_000;

/// The codes remote openings are logged under.
const REMOTE_CODES: &str = "unlock_app,unlock_remote,unlock_phone_remote";

/// Records per page, and pages read at most, to count remote unlocks.
const PAGE_SIZE: usize = 100;
const REMOTE_PAGES: usize = 10;

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

    /// Remote unlocks and locks in the lock's open-door records since `since` (Unix ms by this
    /// machine's clock, the same for the count before and after a remote call). Read page by
    /// page without dropping rows that look alike: two unlocks in one second are two rows.
    pub(crate) async fn remote_count(&self, lock: &Lock, since: i64) -> Result<usize> {
        let end = clock::now().as_millisecond() + DAY_MS;
        let window = [
            ("start_time".to_string(), since.to_string()),
            ("end_time".to_string(), end.to_string()),
        ];
        let logs = format!("/v1.0/devices/{}/door-lock/open-logs", lock.id);
        match self.count_remote(&logs, "logs", &window).await {
            // Locks without the open-log list keep their openings as records.
            Err(Error::Service { code: 1108, .. }) => {
                let recs = format!("/v1.0/devices/{}/door-lock/records", lock.id);
                let mut query = window.to_vec();
                query.push((
                    "target_standard_dp_codes".into(),
                    format!("{CODES},{REMOTE_CODES}"),
                ));
                self.count_remote(&recs, "records", &query).await
            }
            other => other,
        }
    }

    async fn count_remote(
        &self,
        path: &str,
        key: &str,
        window: &[(String, String)],
    ) -> Result<usize> {
        let mut n = 0;
        for page in 1..=REMOTE_PAGES {
            let mut query = window.to_vec();
            query.push(("page_no".into(), page.to_string()));
            query.push(("page_size".into(), PAGE_SIZE.to_string()));
            let v = self.call(Method::Get, path, &query, None).await?;
            let rows = wire::list(&v, key);
            n += rows
                .iter()
                .filter(|r| kind_of_code(&status_of(r).0) == UnlockKind::Remote)
                .count();
            if rows.len() < PAGE_SIZE {
                return Ok(n);
            }
        }
        Err(Error::Invalid(format!(
            "more than {} open-door records in the last hour to count",
            REMOTE_PAGES * PAGE_SIZE
        )))
    }

    /// A remote call's answer was lost: landed when the records show one more remote entry
    /// than before it was sent; otherwise unknown (the lock may not have logged it yet), never
    /// "not applied".
    pub(crate) async fn remote_lost(
        &self,
        lock: &Lock,
        done: Done,
        before: Option<(i64, usize)>,
        reason: String,
    ) -> Result<Done> {
        let what = format!("{} of {}", done.action, lock.id);
        let read = match before {
            None => "the open-door records could not be read before it was sent".to_string(),
            Some((since, before)) => match self.remote_count(lock, since).await {
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

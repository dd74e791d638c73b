//! Verified at the lock: a temporary password, member or unlock method is in effect only once
//! the lock has it. `--wait` polls the typed reads until the lock confirms, refuses, or the time
//! is up; without it a create reports the state it reached (pending is not a failure).

use std::future::Future;
use std::time::{Duration, Instant};

use anyhow::Result;
use lockctl_api::error::{Check, NotRead};
use lockctl_api::{Delivery, Kind, Lock};
use serde::{Serialize, Serializer};

use super::{LockError, Shared};
use crate::error::Fail;

/// The longest `--wait` there is.
const MAX_WAIT: Duration = Duration::from_secs(24 * 3600);
/// Between two reads of the state, unless `LOCKCTL_POLL_MS` says otherwise (tests poll fast).
const POLL: Duration = Duration::from_secs(2);

/// `--wait` / `--wait=5m`: how long to wait for the lock, checked before any request.
pub fn parse(text: &str) -> Result<Duration> {
    let t = text.trim();
    let bad = || {
        Fail::usage_hint(
            format!("--wait `{text}` is not a duration"),
            "write it as 30s, 5m or 1h (--wait alone waits 60s)",
        )
    };
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (n, unit) = t.split_at(split);
    let n: u64 = n.parse().map_err(|_| bad())?;
    let secs = match unit {
        "" | "s" => n,
        "m" => n.saturating_mul(60),
        "h" => n.saturating_mul(3600),
        _ => return Err(bad()),
    };
    let d = Duration::from_secs(secs);
    if d.is_zero() || d > MAX_WAIT {
        return Err(Fail::usage("--wait must be from 1s to 24h"));
    }
    Ok(d)
}

/// The pause between two reads of a write's state.
pub fn interval() -> Duration {
    crate::env::get(crate::env::POLL_MS)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|ms| (1..=60_000).contains(ms))
        .map(Duration::from_millis)
        .unwrap_or(POLL)
}

/// Where a write stands at the lock, as one read found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reached {
    Delivered,
    Pending,
    /// The lock refused it (a failed delivery, or the entry is gone): why.
    Refused(String),
}

impl Reached {
    pub fn of(d: Option<Delivery>) -> Reached {
        match d {
            Some(Delivery::Delivered) => Reached::Delivered,
            Some(Delivery::Failed) => {
                Reached::Refused("its delivery failed (for example no free slot)".into())
            }
            _ => Reached::Pending,
        }
    }
}

/// A created entry with where it stands at the lock. Serialises as the entry alone (the model's
/// JSON); the table says "pending: lock offline" from `offline`.
#[derive(Debug)]
pub struct Verified<M> {
    pub model: M,
    pub reached: Reached,
    /// The lock was offline when last asked.
    pub offline: bool,
    /// A read after the write failed (the lock's state, a `--wait` poll): what is unknown. The
    /// write stands.
    pub not_read: Option<Box<NotRead>>,
}

/// The warning for a write that was done whose follow-up read failed: what was done, what could
/// not be read and why, and the command that shows it.
pub fn not_read_words(done: &str, n: &NotRead) -> String {
    format!(
        "{done}, but {} could not be read back ({}); see it with `{}`",
        n.thing,
        n.reason,
        crate::error::check_command(&n.check)
    )
}

impl<M: Serialize> Serialize for Verified<M> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.model.serialize(s)
    }
}

/// Why a write still waits: the lock is offline (and how it will get the write), or it has not
/// confirmed yet.
pub fn pending_words(lock: &Lock, offline: bool) -> String {
    match (offline, lock.kind) {
        (true, Kind::Ble) => {
            "pending: lock offline (kept: a phone that syncs with the lock, or its gateway when back, delivers it)".into()
        }
        (true, _) => "pending: lock offline (kept: delivered when it is back online)".into(),
        (false, _) => "pending: the lock has not confirmed it yet (kept)".into(),
    }
}

/// Whether the lock is offline, by the cloud's device record.
pub async fn offline(s: &Shared, lock: &Lock) -> Result<bool> {
    let d = s.api.device(&lock.id).await?;
    Ok(!d.online)
}

/// Whether the lock is offline, read after a write: a failed read is no failure (the write
/// stands), it is noted instead.
async fn offline_after(s: &Shared, lock: &Lock) -> (bool, Option<Box<NotRead>>) {
    match offline(s, lock).await {
        Ok(o) => (o, None),
        Err(e) => {
            let check = Check::Device {
                lock: lock.id.clone(),
            };
            (
                false,
                Some(NotRead::new("whether the lock is online", e, check)),
            )
        }
    }
}

/// Follow a created entry: without `wait`, report the state reached (and, when pending, whether
/// the lock is offline); with it, read `poll` until the lock confirms or refuses, or the time is
/// up (then an error: the write is kept). Every read here comes after the write: one that fails
/// ends the follow with the state last known and a note (`check` shows the entry).
pub async fn verify<M, F, Fut>(
    s: &Shared,
    lock: &Lock,
    model: M,
    first: Reached,
    wait: Option<Duration>,
    check: Check,
    poll: F,
) -> Result<Verified<M>>
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<(M, Reached)>>,
{
    let (mut model, mut reached) = (model, first);
    let started = Instant::now();
    let pause = interval();
    loop {
        match (&reached, wait) {
            (Reached::Refused(why), _) => {
                return Err(LockError::error(
                    "refused",
                    format!("refused by the lock: {why}"),
                ))
            }
            (Reached::Delivered, _) => {
                return Ok(Verified {
                    model,
                    reached,
                    offline: false,
                    not_read: None,
                })
            }
            (Reached::Pending, None) => {
                let (offline, not_read) = offline_after(s, lock).await;
                return Ok(Verified {
                    model,
                    reached,
                    offline,
                    not_read,
                });
            }
            (Reached::Pending, Some(limit)) if started.elapsed() >= limit => {
                let (offline, _) = offline_after(s, lock).await;
                return Err(LockError::error("pending", pending_words(lock, offline)));
            }
            (Reached::Pending, Some(_)) => {
                tokio::time::sleep(pause).await;
                match poll().await {
                    Ok(next) => (model, reached) = next,
                    Err(e) => {
                        let note = NotRead::new("where it stands at the lock", e, check);
                        return Ok(Verified {
                            model,
                            reached,
                            offline: false,
                            not_read: Some(note),
                        });
                    }
                }
            }
        }
    }
}

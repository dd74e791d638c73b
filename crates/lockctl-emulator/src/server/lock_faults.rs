//! Faults of single locks, for partial failures in runs over many locks: every gateway request
//! naming a lock (its `devId`) answers an error, and a lock offline for a number of requests
//! comes back by itself (deterministic however fast a client polls).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::mobile::protocol::ApiError;

/// The error codes a lock may be made to answer.
pub const FAIL_CODES: [&str; 6] = [
    "SYSTEM_ERROR",
    "DEVICE_OFFLINE",
    "DEVICE_NOT_EXIST",
    "PERMISSION_DENIED",
    "PARAM_ILLEGAL",
    "REQUEST_TOO_FREQUENTLY",
];

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LockFail {
    pub code: &'static str,
    pub message: String,
    /// How many more requests fail (`None`: until cleared).
    pub times: Option<u64>,
    /// Only requests whose action (gateway) or path (OpenAPI) contains this fail; the lock's
    /// other requests answer as usual (a lock whose member list alone is refused, say).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct LockFaults {
    fails: BTreeMap<String, LockFail>,
    /// Offline locks and how many more gateway requests they stay offline.
    returns: BTreeMap<String, u64>,
}

impl LockFaults {
    /// Make requests naming `dev` answer `code` (one of [`FAIL_CODES`]).
    pub fn fail(
        &mut self,
        dev: &str,
        code: &str,
        message: Option<String>,
        times: Option<u64>,
    ) -> Result<(), String> {
        let code = FAIL_CODES
            .into_iter()
            .find(|c| *c == code)
            .ok_or_else(|| format!("code must be one of {}", FAIL_CODES.join(", ")))?;
        if times == Some(0) {
            self.fails.remove(dev);
            return Ok(());
        }
        let message = message.unwrap_or_else(|| format!("{code} (injected)"));
        let fail = LockFail {
            code,
            message,
            times,
            only: None,
        };
        self.fails.insert(dev.to_string(), fail);
        Ok(())
    }

    /// As [`fail`](Self::fail), for the lock's requests whose action or path contains `only`.
    pub fn fail_only(
        &mut self,
        dev: &str,
        only: &str,
        code: &str,
        message: Option<String>,
        times: Option<u64>,
    ) -> Result<(), String> {
        if only.is_empty() {
            return Err("only must name an action or a part of a path".into());
        }
        self.fail(dev, code, message, times)?;
        if let Some(f) = self.fails.get_mut(dev) {
            f.only = Some(only.to_string());
        }
        Ok(())
    }

    pub fn clear_fail(&mut self, dev: &str) {
        self.fails.remove(dev);
    }

    pub fn clear_return(&mut self, dev: &str) {
        self.returns.remove(dev);
    }

    pub fn failure(&self, dev: &str) -> Option<&LockFail> {
        self.fails.get(dev)
    }

    pub fn back_after(&self, dev: &str) -> Option<u64> {
        self.returns.get(dev).copied()
    }

    /// The error a request naming `dev` gets, if any (counting down `times`). `dev_of` reads
    /// the request's lock, only when some lock fails; `what` is its action or path.
    pub fn failure_for(
        &mut self,
        dev_of: impl FnOnce() -> Option<String>,
        what: &str,
    ) -> Option<ApiError> {
        if self.fails.is_empty() {
            return None;
        }
        let dev = dev_of()?;
        let f = self.fails.get_mut(&dev)?;
        if f.only.as_ref().is_some_and(|o| !what.contains(o.as_str())) {
            return None;
        }
        let e = ApiError::new(f.code, f.message.clone());
        if let Some(n) = &mut f.times {
            *n = n.saturating_sub(1);
            if *n == 0 {
                self.fails.remove(&dev);
            }
        }
        Some(e)
    }

    /// The lock comes back online after `n` more gateway requests (0: at the next one).
    pub fn return_after(&mut self, dev: &str, n: u64) {
        self.returns.insert(dev.to_string(), n);
    }

    /// Count one gateway request: the locks whose time offline is over.
    pub fn tick(&mut self) -> Vec<String> {
        if self.returns.is_empty() {
            return vec![];
        }
        let back: Vec<String> = self
            .returns
            .iter()
            .filter(|(_, n)| **n == 0)
            .map(|(d, _)| d.clone())
            .collect();
        self.returns.retain(|_, n| *n > 0);
        for n in self.returns.values_mut() {
            *n -= 1;
        }
        back
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_fails_n_times_then_answers() {
        let mut f = LockFaults::default();
        let dev = || Some("d1".to_string());
        assert!(f.failure_for(dev, "a").is_none());
        f.fail("d1", "SYSTEM_ERROR", None, Some(2)).unwrap();
        assert!(f.failure_for(|| Some("d2".into()), "a").is_none());
        assert_eq!(f.failure_for(dev, "a").unwrap().code, "SYSTEM_ERROR");
        assert_eq!(f.failure_for(dev, "a").unwrap().code, "SYSTEM_ERROR");
        assert!(f.failure_for(dev, "a").is_none());
        assert!(f.fail("d1", "NOPE", None, None).is_err());
        f.fail("d1", "DEVICE_OFFLINE", Some("gone".into()), None)
            .unwrap();
        assert!((0..5).all(|_| f.failure_for(dev, "a").is_some_and(|e| e.msg == "gone")));
        f.clear_fail("d1");
        assert!(f.failure_for(dev, "a").is_none());
    }

    #[test]
    fn a_lock_may_fail_one_action_only() {
        let mut f = LockFaults::default();
        let dev = || Some("d1".to_string());
        f.fail_only("d1", "member.list", "PERMISSION_DENIED", None, None)
            .unwrap();
        assert!(f.failure_for(dev, "tuya.m.scale.history.list").is_none());
        let e = f.failure_for(dev, "tuya.m.device.member.list").unwrap();
        assert_eq!(e.code, "PERMISSION_DENIED");
        assert!(f.fail_only("d1", "", "SYSTEM_ERROR", None, None).is_err());
    }

    #[test]
    fn a_lock_returns_after_n_requests() {
        let mut f = LockFaults::default();
        f.return_after("d1", 2);
        assert!(f.tick().is_empty());
        assert!(f.tick().is_empty());
        assert_eq!(f.tick(), ["d1"]);
        assert!(f.tick().is_empty());
    }
}

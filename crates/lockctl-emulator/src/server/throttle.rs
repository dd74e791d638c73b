//! The cloud's request-rate limit: a token bucket per session (per app key before login).
//! Every gateway request counts, reads and writes alike; a request that finds the bucket empty
//! is answered `REQUEST_TOO_FREQUENTLY` and costs nothing.
//!
//! Buckets refill on real time (a monotonic clock), not on the emulator's lock clock: the lock
//! clock moves in whole seconds and jumps when tests set it, while a rate limit is about how
//! fast a client really sends. Tests stay deterministic with a tiny rate and a burst: `rate
//! 0.001, burst 3` admits three requests and refuses the fourth whatever the machine's speed.

use std::collections::HashMap;
use std::time::Instant;

use serde::Serialize;

/// Buckets kept before full ones are dropped (a full bucket is the same as no bucket).
const MAX_BUCKETS: usize = 10_000;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// The rate limit and its buckets. `rate` 0 switches it off.
#[derive(Debug, Clone, Default)]
pub struct Throttle {
    settings: ThrottleSettings,
    buckets: HashMap<String, Bucket>,
    /// Requests refused so far.
    pub refused: u64,
}

/// Requests per second per session, and how many may come at once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct ThrottleSettings {
    pub rate: f64,
    pub burst: f64,
}

impl ThrottleSettings {
    /// `rate` per second (0: off) and a burst (default: the rate, at least 1). Refuses
    /// negative, non-finite or absurd values.
    pub fn new(rate: f64, burst: Option<f64>) -> Result<ThrottleSettings, String> {
        if !(rate.is_finite() && (0.0..=1_000_000.0).contains(&rate)) {
            return Err("rate must be a number of requests per second from 0 to 1000000".into());
        }
        let burst = burst.unwrap_or(rate.max(1.0));
        if !(burst.is_finite() && (1.0..=1_000_000.0).contains(&burst)) {
            return Err("burst must be a number of requests from 1 to 1000000".into());
        }
        Ok(ThrottleSettings { rate, burst })
    }
}

impl Throttle {
    pub fn new(settings: ThrottleSettings) -> Throttle {
        Throttle {
            settings,
            ..Throttle::default()
        }
    }

    pub fn settings(&self) -> ThrottleSettings {
        self.settings
    }

    /// New settings; every bucket starts full again.
    pub fn set(&mut self, settings: ThrottleSettings) {
        self.settings = settings;
        self.buckets.clear();
        self.refused = 0;
    }

    /// Whether a request of session `key` at `now` may pass (taking a token if so).
    pub fn admit(&mut self, key: &str, now: Instant) -> bool {
        let ThrottleSettings { rate, burst } = self.settings;
        if rate <= 0.0 {
            return true;
        }
        if self.buckets.len() >= MAX_BUCKETS && !self.buckets.contains_key(key) {
            self.buckets
                .retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * rate < burst);
        }
        let b = self.buckets.entry(key.to_string()).or_insert(Bucket {
            tokens: burst,
            at: now,
        });
        let elapsed = now.saturating_duration_since(b.at).as_secs_f64();
        b.tokens = (b.tokens + elapsed * rate).min(burst);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            true
        } else {
            self.refused += 1;
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_bucket_per_session_refills_at_the_rate() {
        let mut t = Throttle::new(ThrottleSettings::new(2.0, Some(3.0)).unwrap());
        let t0 = Instant::now();
        assert!((0..3).all(|_| t.admit("a", t0)));
        assert!(!t.admit("a", t0));
        // Another session has its own bucket.
        assert!(t.admit("b", t0));
        // Half a second at 2 per second: one more.
        let t1 = t0 + Duration::from_millis(500);
        assert!(t.admit("a", t1));
        assert!(!t.admit("a", t1));
        assert_eq!(t.refused, 2);
    }

    #[test]
    fn off_by_default_and_bad_settings_refused() {
        let mut t = Throttle::default();
        let now = Instant::now();
        assert!((0..1000).all(|_| t.admit("a", now)));
        assert!(ThrottleSettings::new(-1.0, None).is_err());
        assert!(ThrottleSettings::new(f64::NAN, None).is_err());
        assert!(ThrottleSettings::new(1.0, Some(0.5)).is_err());
        assert_eq!(
            ThrottleSettings::new(20.0, None).unwrap(),
            ThrottleSettings {
                rate: 20.0,
                burst: 20.0
            }
        );
        assert_eq!(ThrottleSettings::new(0.2, None).unwrap().burst, 1.0);
    }
}

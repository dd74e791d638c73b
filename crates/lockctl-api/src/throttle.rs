//! One token bucket for every request of a run, shared by all the locks a command works on, so a
//! command over hundreds of locks stays under the rate the cloud tolerates. The bucket adapts:
//! each throttling answer halves the rate (and drains the bucket, so everyone waits), each
//! answered request raises it a little again, up to the rate asked for.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::envelope::SendError;
use crate::error::{CloudCode, Error};

/// The slowest the bucket ever goes, requests a second.
const MIN_RATE: f64 = 0.5;

#[derive(Debug)]
struct State {
    /// The rate in force (lowered by throttling answers).
    rate: f64,
    /// Tokens in hand; below zero, requests already waiting for tokens to come.
    tokens: f64,
    last: Instant,
}

/// A shared token bucket: `acquire` before each request, `throttled` on the cloud's throttling
/// answer, `answered` on any other answer.
#[derive(Debug)]
pub struct Throttle {
    max_rate: f64,
    burst: f64,
    state: Mutex<State>,
}

impl Throttle {
    /// A bucket of `rate` requests a second that lets `burst` go at once.
    pub fn new(rate: f64, burst: u32) -> Throttle {
        let rate = if rate.is_finite() {
            rate.max(MIN_RATE)
        } else {
            MIN_RATE
        };
        let burst = f64::from(burst.max(1));
        Throttle {
            max_rate: rate,
            burst,
            state: Mutex::new(State {
                rate,
                tokens: burst,
                last: Instant::now(),
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// How long the caller must wait before its request may go (the token is taken now: callers
    /// queue in the order they asked).
    fn reserve(&self, now: Instant) -> Duration {
        let mut s = self.lock();
        let elapsed = now.saturating_duration_since(s.last).as_secs_f64();
        s.last = now;
        s.tokens = (s.tokens + elapsed * s.rate).min(self.burst);
        s.tokens -= 1.0;
        if s.tokens >= 0.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64(-s.tokens / s.rate)
        }
    }

    /// Wait for a token.
    pub async fn acquire(&self) {
        let wait = self.reserve(Instant::now());
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
    }

    /// The cloud said "too frequent": halve the rate and empty the bucket.
    pub fn throttled(&self) {
        let mut s = self.lock();
        s.rate = (s.rate / 2.0).max(MIN_RATE);
        s.tokens = s.tokens.min(0.0);
    }

    /// A request was answered: creep back towards the rate asked for.
    pub fn answered(&self) {
        let mut s = self.lock();
        if s.rate < self.max_rate {
            s.rate = (s.rate + (self.max_rate / 50.0).max(0.25)).min(self.max_rate);
        }
    }

    /// The rate in force, requests a second.
    pub fn rate(&self) -> f64 {
        self.lock().rate
    }
}

/// Send one request through the bucket: wait for a token, then tell the bucket how the cloud
/// answered.
pub(crate) async fn paced<T>(
    t: &Throttle,
    send: impl std::future::Future<Output = Result<T, SendError>>,
) -> Result<T, SendError> {
    t.acquire().await;
    let r = send.await;
    match &r {
        Err(SendError::Api(Error::Cloud {
            code: CloudCode::TooFrequent,
            ..
        })) => t.throttled(),
        _ => t.answered(),
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_goes_at_once_then_requests_are_spaced_by_the_rate() {
        let t = Throttle::new(10.0, 2);
        let now = Instant::now();
        assert_eq!(t.reserve(now), Duration::ZERO);
        assert_eq!(t.reserve(now), Duration::ZERO);
        let third = t.reserve(now);
        assert!((third.as_secs_f64() - 0.1).abs() < 1e-6, "{third:?}");
        let fourth = t.reserve(now);
        assert!((fourth.as_secs_f64() - 0.2).abs() < 1e-6, "{fourth:?}");
    }

    #[test]
    fn throttling_halves_the_rate_and_answers_restore_it() {
        let t = Throttle::new(20.0, 4);
        t.throttled();
        assert_eq!(t.rate(), 10.0);
        t.throttled();
        t.throttled();
        t.throttled();
        t.throttled();
        t.throttled();
        assert_eq!(t.rate(), MIN_RATE);
        for _ in 0..200 {
            t.answered();
        }
        assert_eq!(t.rate(), 20.0);
        assert_eq!(Throttle::new(f64::NAN, 0).rate(), MIN_RATE);
    }
}

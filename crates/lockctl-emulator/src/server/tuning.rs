//! Fleet, load and clock settings given at start (`serve --fleet N --latency MS --throttle N
//! --delivery-delay S --clock-offset S --gateway-skew S`, or [`super::Config::tuning`]); `reset` returns to them.

use crate::world::{ids, World};

use super::{Faults, ThrottleSettings};

#[derive(Debug, Clone, Default)]
pub struct Tuning {
    /// Locks in the "Fleet" home of the demo account (0: no fleet home).
    pub fleet: usize,
    /// Added to every gateway request, in ms (the `latency_ms` fault).
    pub latency_ms: u64,
    /// Requests per second per session before the gateway answers `REQUEST_TOO_FREQUENTLY`
    /// (`rate` 0: no limit).
    pub throttle: ThrottleSettings,
    /// Seconds of the lock clock a write takes to reach an online lock (0: at once).
    pub delivery_delay: i64,
    /// Seconds the lock clock runs ahead of the real clock from the start (negative: behind).
    /// The demo world is dated at the lock clock. Tests move it to prove they hold on any day.
    pub clock_offset: i64,
    /// Seconds the gateway's own clock (request times, the `t` of every answer) runs ahead of
    /// the real clock (negative: behind): a cloud whose clock is off from the machine's.
    pub gateway_skew: i64,
}

impl Tuning {
    /// Add the fleet to a freshly made demo world, dated as the demo locks are.
    pub fn furnish(&self, w: &mut World, pinned: bool, now: i64) {
        let epoch = if pinned {
            ids::SEED_EPOCH
        } else {
            now - now.rem_euclid(86400)
        };
        w.add_fleet(self.fleet, epoch);
        w.delivery_delay = self.delivery_delay;
    }

    /// The faults the emulator starts (and resets) with: the configured latency only.
    pub fn faults(&self) -> Faults {
        Faults {
            latency_ms: self.latency_ms,
            ..Faults::default()
        }
    }
}

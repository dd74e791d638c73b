//! The one source of "now" for everything lockctl decides by the calendar: whether a window is
//! open, relative times (`+3d`, `--from now`, "in 2 days"), the dates lockctl sends for a new
//! password, the booking and plan engines.
//!
//! Production reads the system clock. A run can be moved in time as a whole by
//! [`set_offset`] (the binary does so from `LOCKCTL_NOW`), so that tests pin or shift the clock
//! of every process they start, the same way, and pass on any day.
//!
//! [`wire_now`] is the real clock, for what the cloud checks against its own clock (request
//! signatures, session and token ages): moving the calendar must not break the handshake.

use std::sync::atomic::{AtomicI64, Ordering};

use jiff::{SignedDuration, Timestamp};

/// Milliseconds added to the system clock by [`now`].
static OFFSET_MS: AtomicI64 = AtomicI64::new(0);

/// The calendar's now: the system clock, moved by the offset this run was given.
pub fn now() -> Timestamp {
    let offset = SignedDuration::from_millis(OFFSET_MS.load(Ordering::Relaxed));
    wire_now()
        .saturating_add(offset)
        .unwrap_or_else(|_| wire_now())
}

/// The real clock, unmoved: for request signatures and the ages of sessions and tokens, which
/// the cloud checks against its own clock.
pub fn wire_now() -> Timestamp {
    Timestamp::now()
}

/// Move [`now`] by `offset` from the system clock for the rest of the run.
pub fn set_offset(offset: SignedDuration) {
    let ms = i64::try_from(offset.as_millis()).unwrap_or(0);
    OFFSET_MS.store(ms, Ordering::Relaxed);
}

/// Make [`now`] read `at` at this moment; it then advances with the system clock.
pub fn start_at(at: Timestamp) {
    set_offset(at.duration_since(wire_now()));
}

/// The offset [`now`] runs at (zero unless moved).
pub fn offset() -> SignedDuration {
    SignedDuration::from_millis(OFFSET_MS.load(Ordering::Relaxed))
}

/// Read a start instant as `LOCKCTL_NOW` gives it: RFC 3339 (`2027-03-01T10:00:00Z`), or Unix
/// seconds (`1803891600`), or a shift from the real clock (`+400d`, `-2h`, in days, hours,
/// minutes or seconds).
pub fn parse_start(text: &str) -> Result<Timestamp, String> {
    let s = text.trim();
    let bad = || {
        format!(
            "`{text}` is not a start time: use RFC 3339 (2027-03-01T10:00:00Z), Unix seconds, \
             or a shift like +400d, -2h"
        )
    };
    if let Some((sign, rest)) = s
        .strip_prefix('+')
        .map(|r| (1i64, r))
        .or_else(|| s.strip_prefix('-').map(|r| (-1i64, r)))
    {
        let unit_at = rest.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
        let (n, unit) = rest.split_at(unit_at);
        let n: i64 = n.parse().map_err(|_| bad())?;
        let secs_per = match unit {
            "d" => 86_400,
            "h" => 3_600,
            "m" => 60,
            "s" => 1,
            _ => return Err(bad()),
        };
        let secs = n
            .checked_mul(secs_per)
            .and_then(|v| v.checked_mul(sign))
            .ok_or_else(bad)?;
        return wire_now()
            .checked_add(SignedDuration::from_secs(secs))
            .map_err(|_| bad());
    }
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        let secs: i64 = s.parse().map_err(|_| bad())?;
        return Timestamp::from_second(secs).map_err(|_| bad());
    }
    s.parse::<Timestamp>().map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_forms() {
        let at: Timestamp = "2027-03-01T10:00:00Z".parse().unwrap();
        assert_eq!(parse_start("2027-03-01T10:00:00Z").unwrap(), at);
        assert_eq!(parse_start(&at.as_second().to_string()).unwrap(), at);
        let shifted = parse_start("+400d").unwrap().as_second() - wire_now().as_second();
        assert!(
            (400 * 86_400 - 2..=400 * 86_400).contains(&shifted),
            "{shifted}"
        );
        let back = parse_start("-2h").unwrap().as_second() - wire_now().as_second();
        assert!((-7_202..=-7_200).contains(&back), "{back}");
        for bad in [
            "",
            "tomorrow",
            "+4y",
            "+d",
            "99999999999999999999",
            "+99999999999999d",
        ] {
            assert!(parse_start(bad).is_err(), "{bad}");
        }
    }
}

//! The tests' one clock. Every test that needs "now" reads it here, never from the system clock
//! directly (`tests/calendar.rs` checks that), so that the whole suite can be moved in time:
//! `LOCKCTL_TEST_SHIFT=400d cargo test` runs every test as if it were 400 days later, with the
//! same shift given to the emulator's lock clock and to every `lockctl` the tests start
//! (`LOCKCTL_NOW`). `.ci/run` runs the suite shifted, so a test that writes a date that will pass
//! fails before it lands.

/// The variable that moves the suite's clock: a whole number of days (`400d`), hours (`12h`) or
/// seconds (`3600`), optionally negative.
pub const SHIFT: &str = "LOCKCTL_TEST_SHIFT";

/// Seconds the suite's clock runs ahead of the system clock (0 when not shifted).
pub fn shift_secs() -> i64 {
    let Ok(text) = std::env::var(SHIFT) else {
        return 0;
    };
    let t = text.trim();
    if t.is_empty() {
        return 0;
    }
    let (digits, unit) = match t.char_indices().last() {
        Some((i, 'd')) => (&t[..i], 86_400),
        Some((i, 'h')) => (&t[..i], 3_600),
        Some((i, 's')) => (&t[..i], 1),
        _ => (t, 1),
    };
    let n: i64 = digits
        .parse()
        .unwrap_or_else(|_| panic!("{SHIFT}={text}: use days (400d), hours (12h) or seconds"));
    n * unit
}

/// The suite's now: the system clock moved by [`shift_secs`].
pub fn now() -> jiff::Timestamp {
    real_now() + jiff::SignedDuration::from_secs(shift_secs())
}

/// The system clock, unmoved: only for what lockctl and the emulator also keep on the real clock
/// (the device cache's age, signature times).
pub fn real_now() -> jiff::Timestamp {
    jiff::Timestamp::now()
}

/// `LOCKCTL_NOW` for a `lockctl` the tests start: the same shift, or nothing.
pub fn lockctl_now() -> Option<String> {
    match shift_secs() {
        0 => None,
        s => Some(format!("{s:+}s")),
    }
}

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

/// The demo locks' zone.
pub fn berlin() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::get("Europe/Berlin").unwrap()
}

/// The first `weekday` at least `days` days after the suite's today, in Berlin: a date in the
/// future on any day the suite runs.
pub fn next_weekday_after(days: i64, weekday: jiff::civil::Weekday) -> jiff::civil::Date {
    let mut d = now().to_zoned(berlin()).date() + jiff::Span::new().days(days);
    while d.weekday() != weekday {
        d = d.tomorrow().unwrap();
    }
    d
}

/// `YYYY-MM-DD HH:MM` of a Berlin date at a time, as typed on the command line.
pub fn typed(date: jiff::civil::Date, hh_mm: &str) -> String {
    format!("{date} {hh_mm}")
}

/// Unix seconds of a Berlin wall-clock time.
pub fn berlin_secs(date: jiff::civil::Date, hh_mm: &str) -> i64 {
    let t: jiff::civil::Time = hh_mm.parse().unwrap();
    date.to_datetime(t)
        .to_zoned(berlin())
        .unwrap()
        .timestamp()
        .as_second()
}

/// How lockctl shows a Berlin wall-clock time in a table: `2026-12-01 00:00 CET`.
pub fn shown(date: jiff::civil::Date, hh_mm: &str) -> String {
    let secs = berlin_secs(date, hh_mm);
    jiff::Timestamp::from_second(secs)
        .unwrap()
        .to_zoned(berlin())
        .strftime("%Y-%m-%d %H:%M %Z")
        .to_string()
}

/// The first change of UTC offset in `zone` at least `days` days after the suite's now, in the
/// given direction (`forward`: clocks go forward, as in spring): the day it happens on, in the
/// zone, and the offsets before and after, in hours.
pub fn next_dst_change(zone: &str, days: i64, forward: bool) -> (jiff::civil::Date, i64, i64) {
    let tz = jiff::tz::TimeZone::get(zone).unwrap();
    let start = now() + jiff::SignedDuration::from_hours(24 * days);
    for t in tz.following(start) {
        let before = tz.to_offset(t.timestamp() - jiff::SignedDuration::from_secs(1));
        let after = t.offset();
        if (after > before) == forward && after != before {
            let day = t.timestamp().to_zoned(tz.clone()).date();
            return (
                day,
                i64::from(before.seconds()) / 3600,
                i64::from(after.seconds()) / 3600,
            );
        }
    }
    panic!("{zone} has no daylight-saving change after {start}");
}

/// Unix seconds of a civil time at a fixed UTC offset in hours.
pub fn at_offset(date: jiff::civil::Date, hh_mm: &str, offset_hours: i64) -> i64 {
    let t: jiff::civil::Time = hh_mm.parse().unwrap();
    date.to_datetime(t)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp()
        .as_second()
        - offset_hours * 3600
}

/// A Berlin wall-clock time as lockctl's JSON gives it: `2030-01-01T09:00:00+01:00`.
pub fn rfc3339(date: jiff::civil::Date, hh_mm: &str) -> String {
    jiff::Timestamp::from_second(berlin_secs(date, hh_mm))
        .unwrap()
        .to_zoned(berlin())
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

/// A year whose every day is in the future on any day the suite runs: the suite's year + 2.
pub fn future_year() -> i16 {
    now().to_zoned(berlin()).year() + 2
}

/// `MONTH-DAY[ TIME]` in [`future_year`], as typed: `fy("01-01 08:00")` is `2029-01-01 08:00`
/// in 2027.
pub fn fy(rest: &str) -> String {
    format!("{}-{rest}", future_year())
}

/// A date in [`future_year`].
pub fn fy_date(month_day: &str) -> jiff::civil::Date {
    fy(month_day).parse().unwrap()
}

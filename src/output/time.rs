//! Times for people: in the lock's time zone, readable.

use jiff::tz::TimeZone;
use jiff::Timestamp;

/// Unix seconds as `2026-12-01 14:00 CET` in zone `tz` (UTC when unknown).
pub fn local(secs: i64, tz: &str) -> String {
    let zone = TimeZone::get(tz).unwrap_or(TimeZone::UTC);
    match Timestamp::from_second(secs) {
        Ok(ts) => ts.to_zoned(zone).strftime("%Y-%m-%d %H:%M %Z").to_string(),
        Err(_) => format!("{secs}?"),
    }
}

/// Unix seconds in an already resolved zone.
pub fn local_in(secs: i64, tz: &jiff::tz::TimeZone) -> String {
    match Timestamp::from_second(secs) {
        Ok(ts) => ts
            .to_zoned(tz.clone())
            .strftime("%Y-%m-%d %H:%M %Z")
            .to_string(),
        Err(_) => format!("{secs}?"),
    }
}

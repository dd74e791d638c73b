//! Times for people: in the lock's time zone, readable.

use jiff::Timestamp;

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

//! Times for people, in the lock's time zone (or --tz): one format for every table and message.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use lockctl_api::Time;

const MINUTES: &str = "%Y-%m-%d %H:%M %Z";
const SECONDS: &str = "%Y-%m-%d %H:%M:%S %Z";

/// An instant in `tz`, to the minute: `2026-12-24 14:00 CET`.
pub fn at(t: Timestamp, tz: &TimeZone) -> String {
    t.to_zoned(tz.clone()).strftime(MINUTES).to_string()
}

/// Unix seconds in `tz`, to the minute.
pub fn local_in(secs: i64, tz: &TimeZone) -> String {
    match Timestamp::from_second(secs) {
        Ok(ts) => at(ts, tz),
        Err(_) => format!("{secs}?"),
    }
}

/// A model's time (already in its zone), to the minute; `-` when unset.
pub fn when(t: Option<&Time>) -> String {
    t.map_or_else(|| "-".into(), |t| t.0.strftime(MINUTES).to_string())
}

/// A model's time to the second (records); empty when unset.
pub fn when_exact(t: Option<&Time>) -> String {
    t.map_or_else(String::new, |t| t.0.strftime(SECONDS).to_string())
}

/// `FROM to TO`, `-` for an unset end.
pub fn window(from: Option<&Time>, to: Option<&Time>) -> String {
    format!("{} to {}", when(from), when(to))
}

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

/// A span of seconds in the largest whole unit people use for it: `45 minutes`, `3 days`.
fn amount(secs: i64) -> String {
    const MIN: i64 = 60;
    const HOUR: i64 = 60 * MIN;
    const DAY: i64 = 24 * HOUR;
    let secs = secs.abs();
    let (n, unit) = match secs {
        s if s < MIN => return "less than a minute".into(),
        s if s < HOUR => (s / MIN, "minute"),
        s if s < 2 * DAY => (s / HOUR, "hour"),
        s if s < 60 * DAY => (s / DAY, "day"),
        // Months and years of average length: these words are a rough guide beside the dates.
        s if s < 730 * DAY => (s * 12 / (365 * DAY + DAY / 4), "month"),
        s => (s / (365 * DAY + DAY / 4), "year"),
    };
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

/// How far `t` lies from `now`: `in 3 days`, `2 hours ago`.
pub fn relative(t: Timestamp, now: Timestamp) -> String {
    let secs = t.as_second() - now.as_second();
    if secs >= 0 {
        format!("in {}", amount(secs))
    } else {
        format!("{} ago", amount(secs))
    }
}

/// Where a validity window stands at `now`, in words: `starts in 3 days`, `ends in 5 hours`,
/// `expired 2 days ago`; empty when it has no end and has begun (nothing to say).
pub fn standing(from: Option<&Time>, to: Option<&Time>, now: Timestamp) -> String {
    let at = |t: &Time| t.0.timestamp();
    match (from.map(at), to.map(at)) {
        (_, Some(t)) if t <= now => format!("expired {}", relative(t, now)),
        (Some(f), _) if f > now => format!("starts {}", relative(f, now)),
        (_, Some(t)) => format!("ends {}", relative(t, now)),
        _ => String::new(),
    }
}

/// `FROM to TO (starts in 3 days)`: [`window`] with where it stands at `now`, for the password
/// tables.
pub fn window_standing(from: Option<&Time>, to: Option<&Time>, now: Timestamp) -> String {
    let w = window(from, to);
    match standing(from, to, now) {
        s if s.is_empty() => w,
        s => format!("{w} ({s})"),
    }
}

/// A model's time for a narrow table, to the minute and without its zone: `12-24 14:00`, with
/// the year (`2027-12-24 14:00`) only when it is not the year of `than`.
fn when_short(t: &Time, than: &jiff::Zoned) -> String {
    match t.0.year() == than.year() {
        true => t.0.strftime("%m-%d %H:%M").to_string(),
        false => t.0.strftime("%Y-%m-%d %H:%M").to_string(),
    }
}

/// [`window`] for a table on a narrow terminal: `12-24 14:00–12-27 11:00`. The start has its
/// year when it is not this year, the end when it is not the start's; no zone (a table's times
/// are all in the lock's), no standing (the STATUS column says where it stands).
pub fn window_short(from: Option<&Time>, to: Option<&Time>, now: Timestamp) -> String {
    let this_year = |t: &Time| now.to_zoned(t.0.time_zone().clone());
    let start = from.map_or_else(|| "-".into(), |f| when_short(f, &this_year(f)));
    let end = match (to, from) {
        (None, _) => "-".into(),
        (Some(t), Some(f)) => when_short(t, &f.0),
        (Some(t), None) => when_short(t, &this_year(t)),
    };
    format!("{start}–{end}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Time {
        Time(s.parse::<jiff::Zoned>().unwrap())
    }

    #[test]
    fn relative_words() {
        let now: Timestamp = "2026-11-22T10:00:00Z".parse().unwrap();
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        assert_eq!(relative(at("2026-11-25T10:00:00Z"), now), "in 3 days");
        assert_eq!(relative(at("2026-11-20T09:00:00Z"), now), "2 days ago");
        assert_eq!(
            relative(at("2026-11-22T10:00:30Z"), now),
            "in less than a minute"
        );
        assert_eq!(relative(at("2026-11-22T11:00:00Z"), now), "in 1 hour");
        assert_eq!(relative(at("2026-11-22T09:15:00Z"), now), "45 minutes ago");
        assert_eq!(relative(at("2027-02-22T10:00:00Z"), now), "in 3 months");
        assert_eq!(relative(at("2029-11-22T10:00:00Z"), now), "in 3 years");
    }

    #[test]
    fn where_a_window_stands() {
        let now: Timestamp = "2026-11-22T10:00:00Z".parse().unwrap();
        let (past, soon, later) = (
            t("2026-11-20T10:00:00+00:00[UTC]"),
            t("2026-11-25T10:00:00+00:00[UTC]"),
            t("2026-11-22T15:00:00+00:00[UTC]"),
        );
        assert_eq!(
            standing(Some(&past), Some(&past), now),
            "expired 2 days ago"
        );
        assert_eq!(standing(Some(&soon), None, now), "starts in 3 days");
        assert_eq!(standing(Some(&past), Some(&later), now), "ends in 5 hours");
        assert_eq!(standing(Some(&past), None, now), "");
        assert_eq!(standing(None, None, now), "");
        assert!(window_standing(Some(&past), Some(&past), now).ends_with("(expired 2 days ago)"));
        let next_year = t("2027-01-02T10:00:00+00:00[UTC]");
        assert_eq!(
            window_short(Some(&soon), Some(&next_year), now),
            "11-25 10:00–2027-01-02 10:00"
        );
        let later = t("2027-01-09T10:00:00+00:00[UTC]");
        assert_eq!(
            window_short(Some(&next_year), Some(&later), now),
            "2027-01-02 10:00–01-09 10:00"
        );
    }
}

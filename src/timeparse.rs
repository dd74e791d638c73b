//! Times as people type them, in the lock's time zone (or --tz), DST-correct:
//! `2026-12-01 14:00`, `2026-12-01`, RFC 3339 (`2026-12-01T14:00:00+01:00`), `now`, `+3d`,
//! `+2h`, `+30m`, `+1w`. Plus weekday sets (`mon-fri`, `sat,sun`, `daily`) and daily ranges
//! (`09:00-18:00`, `all-day`).

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

pub const TIME_FORMS: &str =
    "`2026-12-01 14:00`, `2026-12-01`, RFC 3339, `now`, `+3d`, `+2h`, `+30m`";

pub fn zone(name: &str) -> Result<TimeZone, String> {
    if name.is_empty() {
        return Ok(TimeZone::UTC);
    }
    TimeZone::get(name)
        .map_err(|_| format!("unknown time zone `{name}` (use an IANA name like Europe/Berlin)"))
}

/// Parse a point in time; `now` is passed in so tests and callers agree on it.
pub fn parse_time(input: &str, tz: &TimeZone, now: Timestamp) -> Result<Timestamp, String> {
    let s = input.trim();
    let bad = || format!("`{input}` is not a time; use {TIME_FORMS}");
    if s.eq_ignore_ascii_case("now") {
        return Ok(now);
    }
    let (sign, rest) = match (s.strip_prefix('+'), s.strip_prefix('-')) {
        (Some(r), _) => (1, Some(r)),
        (None, Some(r)) if r.starts_with(|c: char| c.is_ascii_digit()) && !r.contains('-') => {
            (-1, Some(r))
        }
        _ => (1, None),
    };
    if let Some(rest) = rest {
        let (num, unit) = rest.split_at(rest.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?);
        let n: i64 = num.parse().map_err(|_| bad())?;
        if n > 100_000 {
            return Err(bad());
        }
        let n = sign * n;
        let zoned = now.to_zoned(tz.clone());
        let later = match unit {
            "m" | "min" => zoned.checked_add(n.minutes()),
            "h" => zoned.checked_add(n.hours()),
            "d" => zoned.checked_add(n.days()),
            "w" => zoned.checked_add(n.weeks()),
            _ => return Err(bad()),
        }
        .map_err(|_| bad())?;
        return Ok(later.timestamp());
    }
    if let Ok(ts) = s.parse::<Timestamp>() {
        return Ok(ts);
    }
    let civil = if let Ok(dt) = DateTime::strptime("%Y-%m-%d %H:%M", s) {
        dt
    } else if let Ok(dt) = DateTime::strptime("%Y-%m-%d %H:%M:%S", s) {
        dt
    } else if let Ok(dt) = DateTime::strptime("%Y-%m-%dT%H:%M", s) {
        dt
    } else if let Ok(d) = Date::strptime("%Y-%m-%d", s) {
        d.to_datetime(Time::midnight())
    } else {
        return Err(bad());
    };
    civil
        .to_zoned(tz.clone())
        .map(|z| z.timestamp())
        .map_err(|_| bad())
}

/// Weekday bitmask (bit 0 Sunday .. bit 6 Saturday) from `mon-fri`, `sat,sun`, `daily`, `weekdays`.
pub fn parse_weekdays(input: &str) -> Result<u8, String> {
    let bad = |part: &str| {
        format!("`{part}` is not a weekday; use mon,tue,wed,thu,fri,sat,sun, ranges like mon-fri, or daily")
    };
    let day = |s: &str| -> Result<u8, String> {
        Ok(match s.trim().to_ascii_lowercase().get(..3).unwrap_or("") {
            "sun" => 0,
            "mon" => 1,
            "tue" => 2,
            "wed" => 3,
            "thu" => 4,
            "fri" => 5,
            "sat" => 6,
            _ => return Err(bad(s)),
        })
    };
    let s = input.trim().to_ascii_lowercase();
    match s.as_str() {
        "daily" | "all" | "every-day" | "everyday" => return Ok(0x7f),
        "weekdays" => return Ok(0b0111110),
        "weekends" | "weekend" => return Ok(0b1000001),
        _ => {}
    }
    let mut mask = 0u8;
    for part in s.split(',').filter(|p| !p.trim().is_empty()) {
        if let Some((a, b)) = part.split_once('-') {
            let (a, b) = (day(a)?, day(b)?);
            let mut d = a;
            loop {
                mask |= 1 << d;
                if d == b {
                    break;
                }
                d = (d + 1) % 7;
            }
        } else {
            mask |= 1 << day(part)?;
        }
    }
    if mask == 0 {
        return Err(format!("`{input}` names no day"));
    }
    Ok(mask)
}

/// `09:00-18:00` as minutes of the day, or `all-day` as None.
pub fn parse_daily(input: &str) -> Result<Option<(u16, u16)>, String> {
    let s = input.trim().to_ascii_lowercase();
    if s == "all-day" || s == "allday" {
        return Ok(None);
    }
    let bad =
        || format!("`{input}` is not a daily range; use HH:MM-HH:MM (e.g. 09:00-18:00) or all-day");
    let (a, b) = s.split_once('-').ok_or_else(bad)?;
    let minutes = |t: &str| -> Result<u16, String> {
        let (h, m) = t.trim().split_once(':').ok_or_else(bad)?;
        let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        if m > 59 || h > 24 || (h == 24 && m != 0) {
            return Err(bad());
        }
        Ok(h * 60 + m)
    };
    let (from, to) = (minutes(a)?, minutes(b)?);
    if from >= to {
        return Err(format!(
            "`{input}` ends before it starts (ranges across midnight are not supported)"
        ));
    }
    Ok(Some((from, to)))
}

const DAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/// A weekday mask in words: `Mon-Fri`, `Sat, Sun`, `every day`.
pub fn weekdays_words(mask: u8) -> String {
    let mask = mask & 0x7f;
    if mask == 0x7f {
        return "every day".into();
    }
    if mask == 0b0111110 {
        return "Mon-Fri".into();
    }
    // Monday-first order reads naturally.
    let order = [1, 2, 3, 4, 5, 6, 0];
    order
        .iter()
        .filter(|d| mask & (1 << **d) != 0)
        .map(|d| DAY_NAMES[*d])
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn berlin() -> TimeZone {
        zone("Europe/Berlin").unwrap()
    }

    #[test]
    fn forms_people_type() {
        let now: Timestamp = "2026-11-22T10:00:00Z".parse().unwrap();
        let tz = berlin();
        assert_eq!(parse_time("now", &tz, now).unwrap(), now);
        assert_eq!(
            parse_time("+3d", &tz, now).unwrap().as_second(),
            now.as_second() + 3 * 86400
        );
        assert_eq!(
            parse_time("2026-12-01 14:00", &tz, now)
                .unwrap()
                .to_string(),
            "2026-12-01T13:00:00Z"
        );
        assert_eq!(
            parse_time("2026-07-01 14:00", &tz, now)
                .unwrap()
                .to_string(),
            "2026-07-01T12:00:00Z"
        );
        assert_eq!(
            parse_time("2026-12-01T14:00:00+00:00", &tz, now)
                .unwrap()
                .to_string(),
            "2026-12-01T14:00:00Z"
        );
        assert!(parse_time("tomorrowish", &tz, now).is_err());
        assert!(parse_time("2026-13-01", &tz, now).is_err());
        assert!(parse_time("+3y", &tz, now).is_err());
        assert_eq!(
            parse_time("-7d", &tz, now).unwrap().as_second(),
            now.as_second() - 7 * 86400
        );
    }

    #[test]
    fn days_across_dst_keep_wall_time() {
        // Berlin leaves DST on 2026-10-25: +1d from Saturday 12:00 is Sunday 12:00 local, 25 h later.
        let tz = berlin();
        let sat = parse_time("2026-10-24 12:00", &tz, Timestamp::UNIX_EPOCH).unwrap();
        let sun = parse_time("+1d", &tz, sat).unwrap();
        assert_eq!(sun.as_second() - sat.as_second(), 25 * 3600);
    }

    #[test]
    fn weekdays_and_daily_ranges() {
        assert_eq!(parse_weekdays("mon-fri").unwrap(), 0b0111110);
        assert_eq!(parse_weekdays("sat,sun").unwrap(), 0b1000001);
        assert_eq!(parse_weekdays("fri-mon").unwrap(), 0b1100011);
        assert!(parse_weekdays("funday").is_err());
        assert!(parse_weekdays(",").is_err());
        assert_eq!(parse_daily("09:00-18:00").unwrap(), Some((540, 1080)));
        assert_eq!(parse_daily("all-day").unwrap(), None);
        assert!(parse_daily("18:00-09:00").is_err());
        assert!(parse_daily("25:00-26:00").is_err());
        assert_eq!(weekdays_words(0b0111110), "Mon-Fri");
        assert_eq!(weekdays_words(0b1000001), "Sat, Sun");
    }
}

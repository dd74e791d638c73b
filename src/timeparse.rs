//! Times as people type them, in the lock's time zone (or --tz), DST-correct:
//! `2026-12-01 14:00`, `2026-12-01`, `today 18:00`, `tomorrow 14:00`, RFC 3339
//! (`2026-12-01T14:00:00+01:00`), `now`, `+3d`, `+2h`, `+30m`, `+1w`, `+2mo` (calendar months).
//! A wall-clock time that DST skips or repeats is refused with the reason, never guessed. Plus weekday sets (`mon-fri`, `sat,sun`, `daily`) and daily ranges
//! (`09:00-18:00`, `all-day`).

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::{Span, Timestamp, ToSpan};

pub const TIME_FORMS: &str = "`YYYY-MM-DD HH:MM`, `YYYY-MM-DD`, `today 18:00`, `tomorrow 14:00`, \
RFC 3339, `now`, `+3d`, `+2h`, `+30m`, `+1w`, `+2mo`";

/// What ends the error of text that is no time at all: the caller's hint lists [`TIME_FORMS`]
/// (the forms are said once, in the hint, never in the error too).
pub const NOT_A_TIME: &str = "is not a time";

/// `30d`, `2h`: a length written without its sign (`--since 30d` means 30 days ago, as `-30d`).
pub fn bare_length(input: &str) -> bool {
    let s = input.trim();
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && digits < s.len() && s[digits..].chars().all(|c| c.is_ascii_alphabetic())
}

/// The last instant lockctl accepts: the locks keep times as 32-bit seconds, and nobody means a
/// date past 2099.
const LAST_YEAR: i16 = 2099;

/// A time zone named on the command line or by the cloud; an empty name is refused (it would
/// silently mean UTC).
pub fn zone(name: &str) -> Result<TimeZone, String> {
    if name.trim().is_empty() {
        return Err("the time zone is empty (use an IANA name like Europe/Berlin)".into());
    }
    TimeZone::get(name)
        .map_err(|_| format!("unknown time zone `{name}` (use an IANA name like Europe/Berlin)"))
}

/// Parse a point in time; `now` is passed in so tests and callers agree on it. Offsets
/// (`+3d`) count from now.
pub fn parse_time(input: &str, tz: &TimeZone, now: Timestamp) -> Result<Timestamp, String> {
    parse_from(input, tz, now, now)
}

/// Parse the end of a window that starts at `from`: a length (`+3d`) counts from `from`;
/// anything else, `-2d` ("two days ago") included, as [`parse_time`] reads it.
pub fn parse_end(
    input: &str,
    tz: &TimeZone,
    from: Timestamp,
    now: Timestamp,
) -> Result<Timestamp, String> {
    let base = match offset_parts(input.trim()) {
        Some((1, _)) => from,
        _ => now,
    };
    parse_from(input, tz, now, base)
}

fn parse_from(
    input: &str,
    tz: &TimeZone,
    now: Timestamp,
    base: Timestamp,
) -> Result<Timestamp, String> {
    let s = input.trim();
    let bad = || format!("`{input}` is not a time");
    let t = if s.eq_ignore_ascii_case("now") {
        now
    } else if let Some((sign, rest)) = offset_parts(s) {
        offset(input, sign, rest, tz, base)?
    } else if let Some(t) = day_word(input, s, tz, now)? {
        t
    } else if let Ok(ts) = s.parse::<Timestamp>() {
        ts
    } else {
        resolve(input, civil(s).ok_or_else(bad)?, tz)?
    };
    in_range(input, t, tz)
}

/// `+3d` as (1, "3d"); `-7d` as (-1, "7d"); dates (`2026-...`) are not offsets.
fn offset_parts(s: &str) -> Option<(i64, &str)> {
    let digit_next = |r: &str| r.starts_with(|c: char| c.is_ascii_digit());
    match (s.strip_prefix('+'), s.strip_prefix('-')) {
        (Some(r), _) if digit_next(r) => Some((1, r)),
        (None, Some(r)) if digit_next(r) && !r.contains('-') && !r.contains(':') => Some((-1, r)),
        _ => None,
    }
}

fn offset(
    input: &str,
    sign: i64,
    rest: &str,
    tz: &TimeZone,
    base: Timestamp,
) -> Result<Timestamp, String> {
    let bad = || format!("`{input}` is not a time");
    let split = rest.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let (num, unit) = rest.split_at(split);
    let too_far = || format!("`{input}` lands past {LAST_YEAR}");
    let n: i64 = num.parse().map_err(|_| too_far())?;
    if n > 1_000_000 {
        return Err(too_far());
    }
    let n = sign * n;
    let span = Span::new();
    // The checked constructors: a count past what a span holds is an error, not a panic.
    let span = match unit.to_ascii_lowercase().as_str() {
        "m" | "min" | "mins" | "minute" | "minutes" => span.try_minutes(n),
        "h" | "hour" | "hours" => span.try_hours(n),
        "d" | "day" | "days" => span.try_days(n),
        "w" | "week" | "weeks" => span.try_weeks(n),
        // Calendar months: the same day of the month (clamped to its end), the same wall time.
        "mo" | "month" | "months" => span.try_months(n),
        _ => return Err(bad()),
    }
    .map_err(|_| too_far())?;
    base.to_zoned(tz.clone())
        .checked_add(span)
        .map(|z| z.timestamp())
        .map_err(|_| too_far())
}

/// `today`, `tomorrow`, `yesterday`, alone (midnight) or with a time of day (`today 18:00`).
fn day_word(
    input: &str,
    s: &str,
    tz: &TimeZone,
    now: Timestamp,
) -> Result<Option<Timestamp>, String> {
    let mut words = s.split_whitespace();
    let shift = match words.next().map(str::to_ascii_lowercase).as_deref() {
        Some("today") => 0,
        Some("tomorrow") => 1,
        Some("yesterday") => -1,
        _ => return Ok(None),
    };
    let bad = || format!("`{input}` is not a time; write e.g. `today 18:00` or `tomorrow 14:00`");
    let time = match (words.next(), words.next()) {
        (None, _) => Time::midnight(),
        (Some(t), None) => Time::strptime("%H:%M", t)
            .or_else(|_| Time::strptime("%H:%M:%S", t))
            .map_err(|_| bad())?,
        _ => return Err(bad()),
    };
    let day = now
        .to_zoned(tz.clone())
        .date()
        .checked_add(shift.days())
        .map_err(|_| bad())?;
    resolve(input, day.to_datetime(time), tz).map(Some)
}

/// A date, or a date and a time of day, without an offset.
fn civil(s: &str) -> Option<DateTime> {
    [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
    ]
    .iter()
    .find_map(|f| DateTime::strptime(f, s).ok())
    .or_else(|| {
        Date::strptime("%Y-%m-%d", s)
            .ok()
            .map(|d| d.to_datetime(Time::midnight()))
    })
}

/// A wall-clock time in `tz`. One that the clocks skip (a DST gap) is an error naming the gap;
/// one that happens twice (a DST fold) is an error showing both offsets and how to pick one.
fn resolve(input: &str, dt: DateTime, tz: &TimeZone) -> Result<Timestamp, String> {
    let zone_name = tz.iana_name().unwrap_or("this time zone");
    let hhmm = |o: jiff::tz::Offset, t: Timestamp| o.to_datetime(t).strftime("%H:%M").to_string();
    match tz.to_ambiguous_zoned(dt).offset() {
        AmbiguousOffset::Unambiguous { offset } => offset
            .to_timestamp(dt)
            .map_err(|_| format!("`{input}` lands past {LAST_YEAR}")),
        AmbiguousOffset::Gap { before, after } => {
            let jump = before
                .to_timestamp(dt)
                .ok()
                .and_then(|t| tz.preceding(t.checked_add(1.second()).ok()?).next())
                .map(|tr| {
                    let t = tr.timestamp();
                    format!(
                        " (clocks jump from {} to {})",
                        hhmm(before, t),
                        hhmm(after, t)
                    )
                })
                .unwrap_or_default();
            Err(format!(
                "`{input}` does not exist in {zone_name}: it falls in the daylight saving gap{jump} \
                 on {}, between offsets {} and {}; pick a time outside the gap",
                dt.date(),
                show_offset(before),
                show_offset(after)
            ))
        }
        AmbiguousOffset::Fold { before, after } => {
            let base = dt.strftime("%Y-%m-%d %H:%M");
            let (before, after) = (show_offset(before), show_offset(after));
            Err(format!(
                "`{input}` happens twice in {zone_name} (clocks go back that night): at offset \
                 {before} and again at {after}; append the offset to choose, e.g. `{base}{before}` \
                 or `{base}{after}`"
            ))
        }
    }
}

/// `+01:00`, as RFC 3339 writes an offset.
fn show_offset(o: jiff::tz::Offset) -> String {
    let secs = o.seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let mins = secs.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", mins / 60, mins % 60)
}

/// A time lockctl can send: from 1970 to the end of 2099 in the zone it was typed in.
fn in_range(input: &str, t: Timestamp, tz: &TimeZone) -> Result<Timestamp, String> {
    let year = t.to_zoned(tz.clone()).year();
    if year > LAST_YEAR {
        return Err(format!("`{input}` lands past {LAST_YEAR}"));
    }
    if t < Timestamp::UNIX_EPOCH {
        return Err(format!("`{input}` lands before 1970"));
    }
    Ok(t)
}

/// Weekday bitmask (bit 0 Sunday .. bit 6 Saturday) from `mon-fri`, `sat,sun`, `daily`, `weekdays`.
pub fn parse_weekdays(input: &str) -> Result<u8, String> {
    let bad = |part: &str| {
        format!("`{part}` is not a weekday; use mon,tue,wed,thu,fri,sat,sun, ranges like mon-fri, or daily")
    };
    // Whole words only: `monkey` is not Monday.
    let day = |s: &str| -> Result<u8, String> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "sun" | "sunday" => 0,
            "mon" | "monday" => 1,
            "tue" | "tues" | "tuesday" => 2,
            "wed" | "wednesday" => 3,
            "thu" | "thur" | "thurs" | "thursday" => 4,
            "fri" | "friday" => 5,
            "sat" | "saturday" => 6,
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
        for not_a_day in [
            "monkey",
            "satan",
            "sunny",
            "fridge",
            "mon-frisbee",
            "tu",
            "m",
        ] {
            assert!(parse_weekdays(not_a_day).is_err(), "{not_a_day}");
        }
        assert_eq!(parse_weekdays("Monday,Friday").unwrap(), 0b0100010);
        assert_eq!(parse_weekdays("thurs-sat").unwrap(), 0b1110000);
        assert!(parse_weekdays(",").is_err());
        assert_eq!(parse_daily("09:00-18:00").unwrap(), Some((540, 1080)));
        assert_eq!(parse_daily("all-day").unwrap(), None);
        assert!(parse_daily("18:00-09:00").is_err());
        assert!(parse_daily("25:00-26:00").is_err());
        assert_eq!(weekdays_words(0b0111110), "Mon-Fri");
        assert_eq!(weekdays_words(0b1000001), "Sat, Sun");
    }

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn day_words_and_calendar_months() {
        let tz = berlin();
        // 2026-11-22 23:30 in Berlin: "today" is still the 22nd there.
        let now = at("2026-11-22T22:30:00Z");
        assert_eq!(
            parse_time("today 18:00", &tz, now).unwrap(),
            at("2026-11-22T17:00:00Z")
        );
        assert_eq!(
            parse_time("Tomorrow 14:00", &tz, now).unwrap(),
            at("2026-11-23T13:00:00Z")
        );
        assert_eq!(
            parse_time("yesterday", &tz, now).unwrap(),
            at("2026-11-20T23:00:00Z")
        );
        assert_eq!(
            parse_time("today", &tz, now).unwrap(),
            at("2026-11-21T23:00:00Z")
        );
        for bad in [
            "today 25:00",
            "tomorrow 14",
            "today 18:00 sharp",
            "todayy 18:00",
        ] {
            assert!(parse_time(bad, &tz, now).is_err(), "{bad}");
        }
        // +2mo keeps the day of the month and the wall time, across DST.
        let aug31 = parse_time("2026-08-31 10:00", &tz, now).unwrap();
        assert_eq!(
            parse_time("+2mo", &tz, aug31).unwrap(),
            at("2026-10-31T09:00:00Z")
        );
        assert_eq!(
            parse_time("+1mo", &tz, aug31).unwrap(),
            at("2026-09-30T08:00:00Z")
        );
        assert_eq!(
            parse_time("+30m", &tz, now).unwrap(),
            at("2026-11-22T23:00:00Z")
        );
    }

    #[test]
    fn a_relative_end_counts_from_the_start() {
        let tz = berlin();
        let now = at("2026-11-22T10:00:00Z");
        let from = parse_time("2026-12-24 14:00", &tz, now).unwrap();
        assert_eq!(
            parse_end("+3d", &tz, from, now).unwrap(),
            at("2026-12-27T13:00:00Z")
        );
        assert_eq!(parse_end("now", &tz, from, now).unwrap(), now);
        assert_eq!(
            parse_end("-1d", &tz, from, now).unwrap(),
            at("2026-11-21T10:00:00Z")
        );
        assert_eq!(
            parse_end("2027-01-01", &tz, from, now).unwrap(),
            at("2026-12-31T23:00:00Z")
        );
    }

    #[test]
    fn dst_gaps_and_folds_are_refused_with_the_reason() {
        let tz = berlin();
        let now = at("2026-01-01T00:00:00Z");
        let gap = parse_time("2026-03-29 02:30", &tz, now).unwrap_err();
        assert!(gap.contains("does not exist in Europe/Berlin"), "{gap}");
        assert!(gap.contains("02:00 to 03:00"), "{gap}");
        let fold = parse_time("2026-10-25 02:30", &tz, now).unwrap_err();
        assert!(fold.contains("+02:00") && fold.contains("+01:00"), "{fold}");
        // The way out that the message shows works.
        for (pick, utc) in [
            ("2026-10-25 02:30+02:00", "2026-10-25T00:30:00Z"),
            ("2026-10-25 02:30+01:00", "2026-10-25T01:30:00Z"),
        ] {
            assert!(fold.contains(pick), "{fold}");
            assert_eq!(parse_time(pick, &tz, now).unwrap(), at(utc));
        }
        let tomorrow_gap = parse_time("tomorrow 02:30", &tz, at("2026-03-28T12:00:00Z"));
        assert!(tomorrow_gap.unwrap_err().contains("does not exist"));
    }

    #[test]
    fn empty_zones_and_absurd_times_are_refused() {
        assert!(zone("").is_err());
        assert!(zone("  ").is_err());
        assert!(zone("Europe/Berlin").is_ok());
        let tz = berlin();
        let now = at("2026-11-22T10:00:00Z");
        for bad in [
            "+100000w",
            "+1000000d",
            "+99999999999999999999d",
            "2100-01-01",
            "9999-12-31T00:00:00Z",
            "-100000w",
        ] {
            assert!(parse_time(bad, &tz, now).is_err(), "{bad}");
        }
        assert!(parse_time("2099-12-31 12:00", &tz, now).is_ok());
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// No input makes the parsers panic.
        #[test]
        fn parsers_never_panic(s in "\\PC{0,40}") {
            let now = at("2026-11-22T10:00:00Z");
            let _ = parse_time(&s, &TimeZone::UTC, now);
            let _ = parse_end(&s, &berlin(), now, now);
            let _ = parse_weekdays(&s);
            let _ = parse_daily(&s);
        }

        /// Inputs shaped like the real forms never panic either, and what they accept lies in
        /// 1970..=2099.
        #[test]
        fn accepted_times_are_in_range(
            s in "[+-][0-9]{1,8}(m|h|d|w|mo|y)|(today|tomorrow|yesterday)( [0-2][0-9]:[0-5][0-9])?|[12][0-9]{3}-[01][0-9]-[0-3][0-9]( [0-2][0-9]:[0-5][0-9])?",
            base in 0i64..4_000_000_000,
        ) {
            let now = Timestamp::from_second(base).unwrap();
            if let Ok(t) = parse_time(&s, &berlin(), now) {
                prop_assert!(t >= Timestamp::UNIX_EPOCH);
                prop_assert!(t.to_zoned(berlin()).year() <= LAST_YEAR);
            }
        }

        /// Offsets in days keep the wall time, whatever DST does in between.
        #[test]
        fn days_keep_the_wall_time(days in 1i64..400, base in 0i64..3_000_000_000) {
            let tz = berlin();
            let now = Timestamp::from_second(base).unwrap();
            let later = parse_time(&format!("+{days}d"), &tz, now).unwrap();
            let (a, b) = (now.to_zoned(tz.clone()), later.to_zoned(tz.clone()));
            let target = a.datetime().checked_add(days.days()).unwrap();
            // A wall time that DST skips on the day moves past the gap; every other one stays.
            if !tz.to_ambiguous_zoned(target).is_ambiguous() {
                prop_assert_eq!(a.time(), b.time());
            }
        }

        /// Weekday sets: every day name and range parses to a non-empty mask that reads back.
        #[test]
        fn weekday_ranges(a in 0usize..7, b in 0usize..7) {
            const NAMES: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
            let mask = parse_weekdays(&format!("{}-{}", NAMES[a], NAMES[b])).unwrap();
            prop_assert!(mask & (1 << a) != 0 && mask & (1 << b) != 0);
            prop_assert!(!weekdays_words(mask).is_empty());
        }

        /// Daily ranges round-trip through minutes.
        #[test]
        fn daily_ranges(f in 0u16..1440, len in 1u16..1440) {
            let t = (f + len).min(1440);
            prop_assume!(t > f);
            let s = format!("{:02}:{:02}-{:02}:{:02}", f / 60, f % 60, t / 60, t % 60);
            prop_assert_eq!(parse_daily(&s).unwrap(), Some((f, t)));
        }
    }
}

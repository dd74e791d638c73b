//! When a temporary password opens the door: inside its window, on its schedule's days and
//! hours (in the lock's zone), once the cloud has put it on the lock, and not after a one-time
//! password was used. Worked out from the model alone, for any instant.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use serde::Serialize;

use super::TempPassword;
use crate::model::{Delivery, Fields, Time, Validity, Weekday};

/// Whether a password opens the door at an instant, and when it does next.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Opening {
    /// It opens the door at the instant asked about.
    pub opens_now: bool,
    /// When the stretch it opens in now ends (null when it does not open now, or never ends).
    pub open_until: Option<Time>,
    /// When its next stretch begins; null when it has none (expired, used, or past its window).
    pub next_open: Option<Time>,
    /// Why it does not open now, in words: `expired`, `upcoming`, `outside its schedule`,
    /// `not on the lock yet`...; null when it opens.
    pub reason: Option<String>,
}

/// `temppwd show`: the password and where it stands now.
#[derive(Debug, Clone, Serialize)]
pub struct TempPasswordNow {
    #[serde(flatten)]
    pub password: TempPassword,
    #[serde(flatten)]
    pub opening: Opening,
}

/// The fields a [`TempPasswordNow`] adds to the password's own.
const OPENING_FIELDS: [&str; 4] = ["opensNow", "openUntil", "nextOpen", "reason"];
const NOW_FIELD_COUNT: usize = TempPassword::FIELDS.len() + OPENING_FIELDS.len();

/// The password's fields, then the opening's: built from both so the two cannot drift apart.
const NOW_FIELDS: [&str; NOW_FIELD_COUNT] = {
    let mut out = [""; NOW_FIELD_COUNT];
    let mut i = 0;
    while i < TempPassword::FIELDS.len() {
        out[i] = TempPassword::FIELDS[i];
        i += 1;
    }
    let mut j = 0;
    while j < OPENING_FIELDS.len() {
        out[i + j] = OPENING_FIELDS[j];
        j += 1;
    }
    out
};

impl Fields for TempPasswordNow {
    const FIELDS: &'static [&'static str] = &NOW_FIELDS;
}

/// Days looked at from the first one that matters: a weekly schedule repeats within 8, and
/// one day before catches a stretch that began yesterday.
const DAYS: i32 = 9;

fn weekday(d: Date) -> Weekday {
    Weekday::ALL[d.weekday().to_monday_zero_offset() as usize]
}

/// The instant the wall clock in `zone` reads `minute` (0-1440, 1440 the next midnight) on
/// `day`, as the lock reads its schedule: on the day the clocks go forward a time in the
/// skipped hour is the instant just after it, on the day they go back a repeated time is its
/// first pass.
fn instant(day: Date, minute: u16, zone: &TimeZone) -> Option<Timestamp> {
    let (day, minute) = match minute >= 1440 {
        true => (day.tomorrow().ok()?, 0),
        false => (day, minute),
    };
    let civil = day.at((minute / 60) as i8, (minute % 60) as i8, 0, 0);
    let t = zone.to_ambiguous_zoned(civil).compatible().ok()?;
    Some(t.timestamp())
}

impl TempPassword {
    /// Its schedule admits every minute (none given, or every day all day).
    fn always(&self) -> bool {
        self.schedules.is_empty()
            || Weekday::ALL.iter().all(|d| {
                self.schedules
                    .iter()
                    .any(|s| s.all_day() && s.weekdays.contains(d))
            })
    }

    /// The stretches it opens in over `DAYS` days from `first`, clipped to its window, merged.
    fn stretches(&self, first: Date, zone: &TimeZone) -> Vec<(Timestamp, Timestamp)> {
        let (lo, hi) = (
            self.from.as_ref().map(Time::timestamp),
            self.to.as_ref().map(Time::timestamp),
        );
        let mut out: Vec<(Timestamp, Timestamp)> = vec![];
        for n in 0..DAYS {
            let Ok(day) = first.checked_add(n.days()) else {
                break;
            };
            let spans: Vec<(u16, u16)> = if self.schedules.is_empty() {
                vec![(0, 1440)]
            } else {
                self.schedules
                    .iter()
                    .filter(|s| s.weekdays.contains(&weekday(day)))
                    .map(|s| (s.from.0, s.to.0))
                    .collect()
            };
            for (a, b) in spans {
                let (Some(mut a), Some(mut b)) = (instant(day, a, zone), instant(day, b, zone))
                else {
                    continue;
                };
                a = lo.map_or(a, |lo| a.max(lo));
                b = hi.map_or(b, |hi| b.min(hi));
                if a < b {
                    out.push((a, b));
                }
            }
        }
        out.sort();
        let mut merged: Vec<(Timestamp, Timestamp)> = vec![];
        for (a, b) in out {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        merged
    }

    /// Where this password stands at `now`, its times shown in `zone`.
    pub fn opening(&self, now: Timestamp, zone: &TimeZone) -> Opening {
        let shut = |reason: &str, next: Option<Timestamp>| Opening {
            opens_now: false,
            open_until: None,
            next_open: next.map(|t| Time(t.to_zoned(zone.clone()))),
            reason: Some(reason.to_string()),
        };
        let ended = self.validity == Validity::Expired
            || self.to.as_ref().is_some_and(|t| t.timestamp() <= now);
        if ended {
            return shut("expired", None);
        }
        // Look from now, or from the window's start when that is later.
        let from = self.from.as_ref().map_or(now, |f| f.timestamp().max(now));
        let first = from
            .to_zoned(zone.clone())
            .date()
            .yesterday()
            .unwrap_or(Date::MIN);
        let stretches = if self.always() {
            // One stretch: the window (an open end is far enough for any question).
            let lo = self.from.as_ref().map_or(Timestamp::MIN, Time::timestamp);
            let hi = self.to.as_ref().map_or(Timestamp::MAX, Time::timestamp);
            vec![(lo, hi)]
        } else {
            self.stretches(first, zone)
        };
        let current = stretches.iter().find(|(a, b)| *a <= now && now < *b);
        let next = stretches.iter().map(|s| s.0).find(|a| *a > now);
        let not_on_lock = match self.delivery {
            Some(Delivery::Pending) | Some(Delivery::Failed) => Some("not on the lock yet"),
            Some(Delivery::Deleting) => return shut("being deleted", None),
            _ => None,
        };
        match (current, not_on_lock) {
            (Some(_), Some(why)) => shut(why, next),
            (Some((_, until)), None) => Opening {
                opens_now: true,
                open_until: (*until < Timestamp::MAX).then(|| Time(until.to_zoned(zone.clone()))),
                next_open: next.map(|t| Time(t.to_zoned(zone.clone()))),
                reason: None,
            },
            (None, _) if self.from.as_ref().is_some_and(|f| f.timestamp() > now) => {
                shut("upcoming", next)
            }
            (None, _) => shut("outside its schedule", next),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::passwords::{DayMinute, Schedule};

    fn zone() -> TimeZone {
        TimeZone::get("Europe/Berlin").unwrap()
    }

    fn t(s: &str) -> Timestamp {
        s.parse::<jiff::civil::DateTime>()
            .unwrap()
            .to_zoned(zone())
            .unwrap()
            .timestamp()
    }

    fn time(s: &str) -> Time {
        Time(t(s).to_zoned(zone()))
    }

    fn password(from: &str, to: &str, schedules: Vec<Schedule>) -> TempPassword {
        TempPassword {
            id: Some("1".into()),
            name: "p".into(),
            validity: Validity::Active,
            delivery: Some(Delivery::Delivered),
            from: Some(time(from)),
            to: Some(time(to)),
            schedules,
            one_time: false,
            pin: None,
            phone: None,
            country_code: None,
            sn: None,
            changed: None,
            not_read: None,
            no_free_slot: false,
        }
    }

    fn office() -> Vec<Schedule> {
        vec![Schedule {
            weekdays: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
            from: DayMinute(9 * 60),
            to: DayMinute(18 * 60),
        }]
    }

    fn rfc(t: &Option<Time>) -> Option<String> {
        t.as_ref().map(Time::rfc3339)
    }

    #[test]
    fn open_within_the_window_and_the_schedule() {
        // 2026-12-02 is a Wednesday.
        let p = password("2026-12-01T00:00", "2026-12-31T00:00", office());
        let o = p.opening(t("2026-12-02T10:00"), &zone());
        assert!(o.opens_now && o.reason.is_none());
        assert_eq!(rfc(&o.open_until).unwrap(), "2026-12-02T18:00:00+01:00");
        assert_eq!(rfc(&o.next_open).unwrap(), "2026-12-03T09:00:00+01:00");
        // Friday evening: shut until Monday morning.
        let o = p.opening(t("2026-12-04T19:00"), &zone());
        assert_eq!(
            (o.opens_now, o.reason.as_deref()),
            (false, Some("outside its schedule"))
        );
        assert_eq!(rfc(&o.next_open).unwrap(), "2026-12-07T09:00:00+01:00");
    }

    #[test]
    fn upcoming_expired_and_not_delivered() {
        let p = password("2030-01-01T12:00", "2030-02-01T00:00", vec![]);
        let o = p.opening(t("2026-12-02T10:00"), &zone());
        assert_eq!(o.reason.as_deref(), Some("upcoming"));
        assert_eq!(rfc(&o.next_open).unwrap(), "2030-01-01T12:00:00+01:00");
        let o = p.opening(t("2030-03-01T00:00"), &zone());
        assert_eq!((o.reason.as_deref(), o.next_open), (Some("expired"), None));
        let mut pending = password("2026-12-01T00:00", "2026-12-31T00:00", vec![]);
        pending.delivery = Some(Delivery::Pending);
        let o = pending.opening(t("2026-12-02T10:00"), &zone());
        assert_eq!(o.reason.as_deref(), Some("not on the lock yet"));
        let mut used = password("2026-12-01T00:00", "2026-12-31T00:00", vec![]);
        used.validity = Validity::Expired;
        assert!(!used.opening(t("2026-12-02T10:00"), &zone()).opens_now);
    }

    #[test]
    fn schedules_are_wall_clock_times_on_the_days_the_clocks_change() {
        // 2026-03-29 (a Sunday): Berlin goes from 02:00 to 03:00.
        let sunday = vec![Schedule {
            weekdays: vec![Weekday::Sun],
            from: DayMinute(9 * 60),
            to: DayMinute(18 * 60),
        }];
        let p = password("2026-03-01T00:00", "2026-04-30T00:00", sunday);
        let o = p.opening(t("2026-03-29T01:00"), &zone());
        assert_eq!(rfc(&o.next_open).unwrap(), "2026-03-29T09:00:00+02:00");
        let o = p.opening(t("2026-03-29T12:00"), &zone());
        assert_eq!(rfc(&o.open_until).unwrap(), "2026-03-29T18:00:00+02:00");
    }

    #[test]
    fn all_day_stretches_join_across_midnight_and_stop_at_the_window() {
        let weekend = vec![Schedule {
            weekdays: vec![Weekday::Sat, Weekday::Sun],
            from: DayMinute(0),
            to: DayMinute::END_OF_DAY,
        }];
        let p = password("2026-12-01T00:00", "2026-12-06T12:00", weekend);
        let o = p.opening(t("2026-12-05T10:00"), &zone());
        assert!(o.opens_now);
        assert_eq!(rfc(&o.open_until).unwrap(), "2026-12-06T12:00:00+01:00");
        assert_eq!(o.next_open, None);
        // No schedule: open to the end of the window, however far.
        let p = password("2026-12-01T00:00", "2028-01-01T00:00", vec![]);
        let o = p.opening(t("2026-12-05T10:00"), &zone());
        assert_eq!(rfc(&o.open_until).unwrap(), "2028-01-01T00:00:00+01:00");
    }
}

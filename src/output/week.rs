//! When access opens, drawn: a week grid, one row per day and one column per hour of the day
//! (wall-clock time in the lock's zone), for the next 7 days of the window, with now marked.
//! `temppwd show` and `member show` print it under their fields, on a terminal only.
//!
//! ```text
//!             00    03    06    09    12    15    18    21
//!                                        ▼ now 11:00
//! Mon 07 Dec  ··················████████████████████··········
//! Tue 08 Dec  ··················████████████████████··········
//! ```
//!
//! A cell is `█` when the whole hour opens, `▐` when the hour opens part way through (and stays
//! open to its end), `▌` when it closes part way through, `▒` for any other part of an hour, and
//! `·` when it stays shut (outside the window or the schedule). Schedules are wall-clock times,
//! as the lock keeps them, so on the days the clocks change:
//! - a 23-hour day (clocks go forward) draws its missing hour as a blank cell, and the row ends
//!   with `23h`;
//! - a 25-hour day (clocks go back) draws its repeated hour once (open if it opens in either
//!   pass), and the row ends with `25h`.
//!
//! Access with neither a window nor a schedule (a permanent member) is one line, not a grid;
//! access whose window has ended draws nothing (the caller's fields say it has expired).

use jiff::civil::{Date, Time};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::{Timestamp, ToSpan};
use lockctl_api::ops::passwords::Schedule;
use lockctl_api::Weekday;

/// Days drawn at most.
const DAYS: i32 = 7;

/// When access opens: a window (an open end is `None`) and daily stretches (none: any time of
/// the window).
#[derive(Debug, Clone, Default)]
pub struct Opens {
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
    pub schedules: Vec<Schedule>,
}

/// How the picture is drawn: colour (open cells green, now bold) and the terminal's width
/// (`None`: unknown, the compact form).
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: Option<u16>,
}

/// The layout a width allows: characters per hour and the day label's form.
struct Layout {
    per_hour: usize,
    label: &'static str,
}

impl Layout {
    fn label_width(&self) -> usize {
        // `Mon 07 Dec` or `Mon`.
        if self.label.len() > 3 {
            10
        } else {
            3
        }
    }

    /// The widest one fits: two characters an hour, then one, then a short label. Narrower
    /// still, the short form is drawn whole (nothing is cut; the terminal wraps it).
    fn fit(width: Option<u16>) -> Layout {
        const WIDE: Layout = Layout {
            per_hour: 2,
            label: "%a %d %b",
        };
        const COMPACT: Layout = Layout {
            per_hour: 1,
            label: "%a %d %b",
        };
        const NARROW: Layout = Layout {
            per_hour: 1,
            label: "%a",
        };
        let Some(w) = width.map(usize::from) else {
            return COMPACT;
        };
        // Label, two spaces, the hours, and room for ` 25h`.
        let need = |l: &Layout| l.label_width() + 2 + 24 * l.per_hour + 4;
        [WIDE, COMPACT]
            .into_iter()
            .find(|l| need(l) <= w)
            .unwrap_or(NARROW)
    }
}

fn weekday(d: Date) -> Weekday {
    Weekday::ALL[d.weekday().to_monday_zero_offset() as usize]
}

impl Opens {
    /// Neither a window nor a schedule: open at any time.
    fn permanent(&self) -> bool {
        self.from.is_none() && self.to.is_none() && self.schedules.is_empty()
    }

    /// The schedule admits minute `m` of day `d` (wall clock).
    fn scheduled(&self, d: Date, m: u16) -> bool {
        self.schedules.is_empty()
            || self
                .schedules
                .iter()
                .any(|s| s.weekdays.contains(&weekday(d)) && s.from.0 <= m && m < s.to.0)
    }

    fn in_window(&self, t: Timestamp) -> bool {
        self.from.is_none_or(|f| f <= t) && self.to.is_none_or(|e| t < e)
    }
}

/// One hour of one day: how many of its minutes exist (0 in a skipped hour) and which open.
struct Hour {
    exist: u16,
    first_open: Option<u16>,
    last_open: Option<u16>,
    open: u16,
}

impl Hour {
    fn of(o: &Opens, day: Date, hour: u16, zone: &TimeZone) -> Hour {
        let mut h = Hour {
            exist: 0,
            first_open: None,
            last_open: None,
            open: 0,
        };
        for i in 0..60u16 {
            let m = hour * 60 + i;
            let Ok(t) = Time::new(hour as i8, i as i8, 0, 0) else {
                continue;
            };
            let civil = day.to_datetime(t);
            let open_at = |ts: Timestamp| o.in_window(ts);
            let admitted = match zone.to_ambiguous_timestamp(civil).offset() {
                AmbiguousOffset::Unambiguous { offset } => {
                    offset.to_timestamp(civil).ok().map(open_at)
                }
                AmbiguousOffset::Gap { .. } => None,
                AmbiguousOffset::Fold { before, after } => Some(
                    [before, after]
                        .into_iter()
                        .filter_map(|off| off.to_timestamp(civil).ok())
                        .any(open_at),
                ),
            };
            let Some(in_window) = admitted else {
                continue;
            };
            h.exist += 1;
            if in_window && o.scheduled(day, m) {
                h.open += 1;
                h.first_open.get_or_insert(i);
                h.last_open = Some(i);
            }
        }
        h
    }

    fn glyph(&self) -> &'static str {
        match (self.exist, self.open) {
            (0, _) => " ",
            (_, 0) => "·",
            (e, o) if o == e => "█",
            // Opens part way through and stays open: the right part of the cell.
            _ if self.last_open == Some(59) => "▐",
            _ if self.first_open == Some(0) => "▌",
            _ => "▒",
        }
    }
}

/// Hours in `day` in `zone` (23 or 25 on the days the clocks change).
fn day_hours(day: Date, zone: &TimeZone) -> Option<i64> {
    let start = day.to_zoned(zone.clone()).ok()?;
    let end = day.tomorrow().ok()?.to_zoned(zone.clone()).ok()?;
    Some((end.timestamp().as_second() - start.timestamp().as_second() + 1800) / 3600)
}

fn paint(color: bool, text: &str, sgr: &str) -> String {
    if color {
        format!("\x1b[{sgr}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// The picture of when `o` opens, as lines (no newlines), for a run at `now`. Empty when the
/// window has ended.
pub fn week(o: &Opens, zone: &TimeZone, now: Timestamp, style: Style) -> Vec<String> {
    if o.to.is_some_and(|t| t <= now) {
        return vec![];
    }
    if o.permanent() {
        return vec![format!(
            "{} opens at any time: no window, no schedule",
            paint(style.color, "█", "32")
        )];
    }
    let layout = Layout::fit(style.width);
    let start = o.from.map_or(now, |f| f.max(now));
    let first = start.to_zoned(zone.clone()).date();
    let last = o.to.map(|t| {
        // The day of the last minute that opens (an end at midnight ends the day before).
        let z = t.to_zoned(zone.clone());
        let d = z.date();
        match z.time() == Time::midnight() {
            true => d.yesterday().unwrap_or(d),
            false => d,
        }
    });
    let lw = layout.label_width();
    let pad = " ".repeat(lw + 2);
    let mut lines = vec![];
    // Hour ticks: every 3 hours at two characters an hour, every 6 at one.
    let every = if layout.per_hour == 2 { 3 } else { 6 };
    let mut ticks = String::new();
    for h in (0..24).step_by(every) {
        ticks.push_str(&format!(
            "{h:02}{}",
            " ".repeat(every * layout.per_hour - 2)
        ));
    }
    lines.push(format!("{pad}{}", ticks.trim_end()));
    // Now, marked above the first row when the grid starts today.
    let today = now.to_zoned(zone.clone());
    if today.date() == first {
        let minutes = usize::from(today.hour() as u16 * 60 + today.minute() as u16);
        let col = minutes * layout.per_hour / 60;
        let at = today.strftime("%H:%M");
        let mark = paint(style.color, "▼", "1");
        let marker = if col + 10 <= 24 * layout.per_hour || col < 10 {
            format!("{}{mark} now {at}", " ".repeat(col))
        } else {
            format!("{}now {at} {mark}", " ".repeat(col - 10))
        };
        lines.push(format!("{pad}{marker}"));
    }
    for n in 0..DAYS {
        let Ok(day) = first.checked_add(n.days()) else {
            break;
        };
        if last.is_some_and(|l| day > l) {
            break;
        }
        let mut row = String::new();
        let mut run: Option<(&str, String)> = None;
        for h in 0..24u16 {
            let g = Hour::of(o, day, h, zone).glyph();
            let cell = g.repeat(layout.per_hour);
            // Open cells green, drawn as one run per colour.
            let sgr = if g == "·" || g == " " { "2" } else { "32" };
            match &mut run {
                Some((s, text)) if *s == sgr => text.push_str(&cell),
                _ => {
                    if let Some((s, text)) = run.take() {
                        row.push_str(&paint(style.color, &text, s));
                    }
                    run = Some((sgr, cell));
                }
            }
        }
        if let Some((s, text)) = run {
            row.push_str(&paint(style.color, &text, s));
        }
        let label = day.strftime(layout.label).to_string();
        let note = match day_hours(day, zone) {
            Some(h) if h != 24 => format!(" {h}h"),
            _ => String::new(),
        };
        lines.push(format!("{label:<lw$}  {row}{note}"));
    }
    lines.push(legend(style.color));
    lines
}

/// What the cells mean.
fn legend(color: bool) -> String {
    format!(
        "{} opens  {} part of the hour  {} shut",
        paint(color, "█", "32"),
        paint(color, "▐▌", "32"),
        paint(color, "·", "2"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use lockctl_api::ops::passwords::DayMinute;

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

    const PLAIN: Style = Style {
        color: false,
        width: Some(80),
    };

    fn office() -> Vec<Schedule> {
        vec![Schedule {
            weekdays: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
            from: DayMinute(9 * 60 + 30),
            to: DayMinute(18 * 60),
        }]
    }

    #[test]
    fn a_weekday_schedule_draws_its_hours_and_now() {
        let o = Opens {
            from: Some(t("2026-12-01T00:00")),
            to: Some(t("2027-01-01T00:00")),
            schedules: office(),
        };
        let lines = week(&o, &zone(), t("2026-12-04T11:00"), PLAIN);
        assert_eq!(lines.len(), 2 + 7 + 1, "{lines:#?}");
        assert!(lines[1].contains("▼ now 11:00"), "{lines:#?}");
        // Friday: 09:30 opens part way, 10-17 open, 18 shut.
        let fri = &lines[2];
        assert!(fri.starts_with("Fri 04 Dec  "), "{fri}");
        let cells: Vec<char> = fri[12..].chars().step_by(2).collect();
        assert_eq!(cells[8], '·');
        assert_eq!(cells[9], '▐');
        assert_eq!(cells[10], '█');
        assert_eq!(cells[17], '█');
        assert_eq!(cells[18], '·');
        // Saturday shut all day.
        assert!(!lines[3].contains('█'), "{}", lines[3]);
    }

    #[test]
    fn the_window_ends_the_grid_and_an_ended_window_draws_nothing() {
        let o = Opens {
            from: Some(t("2026-12-01T00:00")),
            to: Some(t("2026-12-06T12:30")),
            schedules: vec![],
        };
        let lines = week(&o, &zone(), t("2026-12-04T11:00"), PLAIN);
        // Fri, Sat, Sun: the last row closes part way through 12:00.
        assert_eq!(lines.len(), 2 + 3 + 1, "{lines:#?}");
        assert!(lines[4].contains("▌▌··"), "{}", lines[4]);
        assert!(week(&o, &zone(), t("2026-12-07T00:00"), PLAIN).is_empty());
    }

    #[test]
    fn an_upcoming_window_starts_at_its_first_day_without_now() {
        let o = Opens {
            from: Some(t("2026-12-10T14:00")),
            to: None,
            schedules: vec![],
        };
        let lines = week(&o, &zone(), t("2026-12-04T11:00"), PLAIN);
        assert!(lines[1].starts_with("Thu 10 Dec"), "{lines:#?}");
        assert_eq!(lines.len(), 1 + 7 + 1);
    }

    #[test]
    fn clock_change_days_say_how_long_they_are() {
        let o = Opens::default();
        let o = Opens {
            from: Some(t("2026-03-01T00:00")),
            ..o
        };
        // 2026-03-29: clocks go forward in Berlin (02:00 does not exist).
        let lines = week(&o, &zone(), t("2026-03-28T10:00"), PLAIN);
        let sunday = lines.iter().find(|l| l.starts_with("Sun 29 Mar")).unwrap();
        assert!(sunday.ends_with(" 23h"), "{sunday}");
        assert!(sunday.contains("████  ████"), "{sunday}");
        // 2026-10-25: back (02:00-03:00 twice), drawn once.
        let lines = week(&o, &zone(), t("2026-10-24T10:00"), PLAIN);
        let sunday = lines.iter().find(|l| l.starts_with("Sun 25 Oct")).unwrap();
        assert!(sunday.ends_with(" 25h"), "{sunday}");
        assert!(!sunday.contains(' '.to_string().repeat(3).as_str()));
    }

    #[test]
    fn permanent_access_is_one_line_and_narrow_terminals_get_the_short_form() {
        let lines = week(&Opens::default(), &zone(), t("2026-12-04T11:00"), PLAIN);
        assert_eq!(lines.len(), 1);
        let o = Opens {
            from: Some(t("2026-12-01T00:00")),
            to: None,
            schedules: office(),
        };
        for (w, label) in [
            (Some(40), "Fri 04 Dec  "),
            (Some(30), "Fri  "),
            (None, "Fri 04 Dec  "),
        ] {
            let style = Style {
                color: false,
                width: w,
            };
            let lines = week(&o, &zone(), t("2026-12-04T11:00"), style);
            assert!(lines[2].starts_with(label), "{w:?}: {lines:#?}");
            assert_eq!(
                lines[2].chars().count(),
                label.len() + 24,
                "{w:?}: {lines:#?}"
            );
        }
    }
}

//! Bookings read from an iCalendar feed (Airbnb, Booking.com and VRBO export one), through the
//! `icalendar` crate's parser. Each VEVENT becomes a [`Booking`]: its UID, summary, whether it is
//! cancelled or a blocked date, its code, the guest phone's last digits, and its start and end.

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::Timestamp;

/// When a booking starts or ends, as the feed says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// A whole day (`VALUE=DATE`): check-in or check-out time in the lock's zone applies.
    Day(Date),
    /// An instant (UTC, or a zone the feed named).
    At(Timestamp),
    /// A wall-clock time with no zone: read in the lock's zone.
    Floating(DateTime),
}

#[derive(Debug, Clone)]
pub struct Booking {
    pub uid: String,
    pub summary: String,
    pub cancelled: bool,
    /// A date the host closed ("Not available", "Blocked"), not a guest's stay.
    pub blocked: bool,
    /// The platform's booking code when the description carries one, else a short form of the UID.
    pub code: String,
    /// The last four digits of the guest's phone, when the description carries them.
    pub phone4: Option<String>,
    pub start: When,
    pub end: When,
}

/// Parse a feed. An empty feed, one that is not a VCALENDAR, or one with no events is an error:
/// acting on it would delete every booking's password.
pub fn parse(text: &str) -> Result<Vec<Booking>, String> {
    if text.trim().is_empty() {
        return Err("the feed is empty".into());
    }
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if !body.to_ascii_uppercase().starts_with("BEGIN:VCALENDAR") {
        return Err("not iCalendar: it does not start with BEGIN:VCALENDAR".into());
    }
    let unfolded = icalendar::parser::unfold(body);
    let cal = icalendar::parser::read_calendar(&unfolded)
        .map_err(|_| "not iCalendar: a line does not parse".to_string())?;
    if cal.properties.is_empty() && cal.components.iter().all(|c| c.name.as_str() != "VEVENT") {
        return Err("not iCalendar: no VCALENDAR with events".into());
    }
    let mut out = vec![];
    for c in cal
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
    {
        out.push(event(c)?);
    }
    if out.is_empty() {
        return Err("the feed has no events".into());
    }
    Ok(out)
}

fn text_of(c: &icalendar::parser::Component<'_>, name: &str) -> Option<String> {
    c.find_prop(name)
        .map(|p| p.val.clone().unescape_text().as_str().trim().to_string())
}

fn event(c: &icalendar::parser::Component<'_>) -> Result<Booking, String> {
    let uid = text_of(c, "UID")
        .filter(|u| !u.is_empty())
        .ok_or("an event has no UID")?;
    let summary = text_of(c, "SUMMARY").unwrap_or_default();
    let description = text_of(c, "DESCRIPTION").unwrap_or_default();
    let status = text_of(c, "STATUS").unwrap_or_default();
    let start = c
        .find_prop("DTSTART")
        .ok_or_else(|| format!("event {uid} has no DTSTART"))
        .and_then(|p| when(p).map_err(|e| format!("event {uid}: DTSTART {e}")))?;
    let end = match c.find_prop("DTEND") {
        Some(p) => when(p).map_err(|e| format!("event {uid}: DTEND {e}"))?,
        // No end: an all-day event lasts its day; an instant ends where it starts.
        None => match &start {
            When::Day(d) => When::Day(d.tomorrow().map_err(|e| e.to_string())?),
            other => other.clone(),
        },
    };
    let lower = summary.to_ascii_lowercase();
    Ok(Booking {
        code: code(&description).unwrap_or_else(|| short_uid(&uid)),
        phone4: phone4(&description),
        cancelled: status.eq_ignore_ascii_case("CANCELLED"),
        blocked: lower.contains("not available") || lower.contains("blocked"),
        uid,
        summary,
        start,
        end,
    })
}

fn when(p: &icalendar::parser::Property<'_>) -> Result<When, String> {
    let v = p.val.as_str().trim();
    let param = |k: &str| {
        p.params
            .iter()
            .find(|x| x.key.as_str().eq_ignore_ascii_case(k))
            .and_then(|x| {
                x.val
                    .as_ref()
                    .map(|v| v.as_str().trim_matches('"').to_string())
            })
    };
    let bad = || format!("`{v}` is not a date or time");
    let date = |s: &str| -> Result<Date, String> {
        let (y, m, d) = (s.get(0..4), s.get(4..6), s.get(6..8));
        match (y, m, d) {
            (Some(y), Some(m), Some(d))
                if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) =>
            {
                Date::new(
                    y.parse().map_err(|_| bad())?,
                    m.parse().map_err(|_| bad())?,
                    d.parse().map_err(|_| bad())?,
                )
                .map_err(|_| bad())
            }
            _ => Err(bad()),
        }
    };
    if param("VALUE").is_some_and(|x| x.eq_ignore_ascii_case("DATE")) || v.len() == 8 {
        return date(v).map(When::Day);
    }
    let (d, rest) = v.split_once('T').ok_or_else(bad)?;
    let (t, utc) = match rest.strip_suffix('Z') {
        Some(t) => (t, true),
        None => (rest, false),
    };
    if t.len() != 6 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| t[r].parse::<i8>().map_err(|_| bad());
    let dt = date(d)?.to_datetime(
        jiff::civil::Time::new(num(0..2)?, num(2..4)?, num(4..6)?, 0).map_err(|_| bad())?,
    );
    if utc {
        return dt
            .to_zoned(TimeZone::UTC)
            .map(|z| When::At(z.timestamp()))
            .map_err(|_| bad());
    }
    match param("TZID") {
        Some(z) => {
            let tz = TimeZone::get(&z).map_err(|_| format!("names an unknown zone `{z}`"))?;
            dt.to_zoned(tz)
                .map(|z| When::At(z.timestamp()))
                .map_err(|_| bad())
        }
        None => Ok(When::Floating(dt)),
    }
}

/// Airbnb's "Reservation URL: https://.../details/HMABC12345": the code is the URL's last part.
fn code(description: &str) -> Option<String> {
    let at = description.find("/details/")?;
    let code: String = description[at + "/details/".len()..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    (code.len() >= 4).then_some(code)
}

fn short_uid(uid: &str) -> String {
    let local = uid.split('@').next().unwrap_or(uid);
    let clean: String = local
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    clean.chars().take(10).collect()
}

/// "Phone Number (Last 4 Digits): 1234" (Airbnb), or any line naming a phone: its last 4 digits.
fn phone4(description: &str) -> Option<String> {
    for line in description.lines() {
        if !line.to_ascii_lowercase().contains("phone") {
            continue;
        }
        let after = line.rsplit(':').next().unwrap_or(line);
        let digits: String = after.chars().filter(|c| c.is_ascii_digit()).collect();
        if digits.len() >= 4 {
            return Some(digits[digits.len() - 4..].to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const AIRBNB: &str = "BEGIN:VCALENDAR\r\nPRODID;X-RICAL-TZSOURCE=TZINFO:-//Airbnb Inc//Hosting Calendar 0.8.8//EN\r\nCALSCALE:GREGORIAN\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTEND;VALUE=DATE:20261227\r\nDTSTART;VALUE=DATE:20261224\r\nUID:1418fb94e984-8c6e40f1b8f1ec3d7b8e5f9bfa4e1c5b@airbnb.com\r\nDESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/d\r\n etails/HMABCD1234\\nPhone Number (Last 4 Digits): 4321\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTEND;VALUE=DATE:20270110\r\nDTSTART;VALUE=DATE:20270105\r\nUID:2f1d-blocked@airbnb.com\r\nSUMMARY:Airbnb (Not available)\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:20261230T150000Z\r\nDTEND;TZID=Europe/Berlin:20270102T110000\r\nUID:x@example\r\nSTATUS:CANCELLED\r\nSUMMARY:Jo\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    #[test]
    fn airbnb_feeds_read() {
        let b = parse(AIRBNB).unwrap();
        assert_eq!(b.len(), 3);
        assert_eq!(b[0].code, "HMABCD1234");
        assert_eq!(b[0].phone4.as_deref(), Some("4321"));
        assert_eq!(b[0].start, When::Day(Date::new(2026, 12, 24).unwrap()));
        assert!(!b[0].blocked && !b[0].cancelled);
        assert!(b[1].blocked);
        assert_eq!(b[1].code, "2f1dblocke");
        assert!(b[2].cancelled);
        assert_eq!(
            b[2].start,
            When::At("2026-12-30T15:00:00Z".parse().unwrap())
        );
        assert_eq!(b[2].end, When::At("2027-01-02T10:00:00Z".parse().unwrap()));
    }

    #[test]
    fn bad_feeds_are_errors() {
        assert!(parse("").is_err());
        assert!(parse("hello world").is_err());
        assert!(parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n").is_err());
        assert!(parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:2026\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").is_err());
        assert!(parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261201\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").is_err());
    }
}

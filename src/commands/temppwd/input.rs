//! What `temppwd create`, `validate` and `update` read from people: schedules, PINs (piped,
//! typed twice, or generated), and the human words for schedules and states.

use anyhow::Result;
use lockctl_api::ops::passwords::Schedule;
use lockctl_api::{pin, Secret};

use crate::context::Context;
use crate::error::Fail;
use crate::timeparse;

pub const SCHEDULE_FORMS: &str = "`mon-fri 09:00-18:00` or `sat,sun all-day`";

/// One `--schedule` entry: `DAYS HOURS`.
pub fn parse_schedule(s: &str) -> Result<Schedule> {
    let bad = |why: String| {
        Fail::usage_hint(
            format!("--schedule `{s}`: {why}"),
            format!("write {SCHEDULE_FORMS}"),
        )
    };
    let mut parts = s.split_whitespace();
    let (days, hours) = match (parts.next(), parts.next(), parts.next()) {
        (Some(d), Some(h), None) => (d, h),
        _ => return Err(bad("expected DAYS HOURS".into())),
    };
    let mask = timeparse::parse_weekdays(days).map_err(bad)?;
    let (from, to) = timeparse::parse_daily(hours)
        .map_err(bad)?
        .unwrap_or((0, 1440));
    Ok(Schedule::from_mask(mask, from, to))
}

pub fn parse_schedules(items: &[String]) -> Result<Vec<Schedule>> {
    items.iter().map(|s| parse_schedule(s)).collect()
}

/// A schedule list in words.
pub fn schedule_words(items: &[Schedule]) -> String {
    if items.is_empty() {
        return "any time in the window".into();
    }
    items
        .iter()
        .map(|s| {
            let days = timeparse::weekdays_words(s.mask());
            if s.all_day() {
                format!("{days} all day")
            } else {
                format!("{days} {}-{}", s.from.hhmm(), s.to.hhmm())
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn read_pin_stdin() -> Result<Secret> {
    crate::prompt::stdin_secret("PIN")
}

pub fn check_pin(p: &Secret, len: usize) -> Result<()> {
    // The error never echoes the PIN.
    pin::validate(p.expose(), len).map_err(|e| {
        Fail::usage_hint(
            format!("PIN refused: {e}"),
            if len == 0 {
                "the lock's kind is unknown (pass --kind to say it): its PIN length is left to the cloud".to_string()
            } else {
                "type the lock's number of digits, or pass --generate and lockctl makes one"
                    .to_string()
            },
        )
    })
}

/// Generated PINs on locks of unknown kind (length 0): as long as Wi-Fi locks take.
const UNKNOWN_KIND_PIN_LEN: usize = 7;

pub fn generate_pin(len: usize) -> Secret {
    use rand::Rng;
    let len = if len == 0 { UNKNOWN_KIND_PIN_LEN } else { len };
    let mut rng = rand::thread_rng();
    Secret::new(
        (0..len)
            .map(|_| char::from(b'0' + rng.gen_range(0..10u8)))
            .collect::<String>(),
    )
}

/// Ask for a PIN on the terminal, typed twice; an empty answer generates one of the lock's
/// length (`true`: generated, printed once as data like `--generate`'s). A PIN the lock cannot
/// take, or two entries that differ, say why and ask again, as the schedule prompt does.
pub fn ask_pin(ctx: &Context, len: usize) -> Result<(Secret, bool)> {
    let flag = "--pin-stdin or --generate";
    let label = if len == 0 {
        "PIN (empty: generate one)".to_string()
    } else {
        format!("PIN ({len} digits; empty: generate one)")
    };
    loop {
        let first = Secret::new(ctx.prompter.secret_or_empty(&label, flag)?);
        if first.expose().is_empty() {
            return Ok((generate_pin(len), true));
        }
        // The error never echoes the PIN.
        if let Err(e) = pin::validate(first.expose(), len) {
            ctx.out.warn(&format!(
                "PIN refused: {e}; type another (empty: generate one)"
            ));
            continue;
        }
        let again = Secret::new(ctx.prompter.secret("PIN again", flag)?);
        if first != again {
            ctx.out
                .warn("the two PIN entries differ; type the PIN again (empty: generate one)");
            continue;
        }
        return Ok((first, false));
    }
}

/// `--phone`: digits, `+` and spaces.
pub fn check_phone(p: Option<&str>) -> Result<()> {
    match p {
        Some(p)
            if p.is_empty()
                || !p
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '+' || c == ' ') =>
        {
            Err(Fail::usage(format!("--phone `{p}` is not a phone number")))
        }
        _ => Ok(()),
    }
}

/// Print a PIN lockctl generated where the user will see it: stdout for people; with `--raw`
/// (which prints the wire's answer only) on stderr. JSON carries it in the document.
pub fn show_generated(ctx: &Context, pin: &Secret) {
    if matches!(ctx.out.format, crate::options::Format::Raw) {
        ctx.out.aside(&format!("generated PIN: {}", pin.expose()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_read_and_say_the_same() {
        let s = parse_schedule("mon-fri 09:00-18:00").unwrap();
        assert_eq!((s.mask(), s.from.0, s.to.0), (0b0111110, 540, 1080));
        let w = parse_schedule("sat,sun all-day").unwrap();
        assert!(w.all_day());
        assert_eq!(
            schedule_words(&[s, w]),
            "Mon-Fri 09:00-18:00; Sat, Sun all day"
        );
        assert!(parse_schedule("mon-fri").is_err());
    }
}

/// When a lock's zone is a fixed offset (the OpenAPI gives no zone name) and this machine's zone
/// has that offset at `from` but changes it before `to`: the first change. The lock keeps the
/// offset, so its hours shift against the clocks around it from then on.
pub fn dst_change_in_window(
    lock_zone: &jiff::tz::TimeZone,
    local: &jiff::tz::TimeZone,
    from: jiff::Timestamp,
    to: jiff::Timestamp,
) -> Option<jiff::Timestamp> {
    if lock_zone.iana_name().is_some() || local.iana_name().is_none() {
        return None;
    }
    if local.to_offset(from) != lock_zone.to_offset(from) {
        return None;
    }
    local
        .following(from)
        .map(|tr| tr.timestamp())
        .find(|t| *t < to && local.to_offset(*t) != lock_zone.to_offset(*t))
        .filter(|t| *t < to)
}

#[cfg(test)]
mod dst_tests {
    use super::*;
    use jiff::tz::{Offset, TimeZone};

    #[test]
    fn a_fixed_offset_window_across_the_local_dst_change_is_found() {
        let berlin = TimeZone::get("Europe/Berlin").unwrap();
        let fixed = TimeZone::fixed(Offset::from_hours(1).unwrap());
        let from: jiff::Timestamp = "2026-12-01T10:00:00Z".parse().unwrap();
        let spring: jiff::Timestamp = "2027-04-01T10:00:00Z".parse().unwrap();
        let t = dst_change_in_window(&fixed, &berlin, from, spring).unwrap();
        assert_eq!(t.to_string(), "2027-03-28T01:00:00Z");
        let january: jiff::Timestamp = "2027-01-15T10:00:00Z".parse().unwrap();
        assert!(dst_change_in_window(&fixed, &berlin, from, january).is_none());
        // A named zone, or a machine in another offset: nothing to say.
        assert!(dst_change_in_window(&berlin, &berlin, from, spring).is_none());
        let tokyo = TimeZone::get("Asia/Tokyo").unwrap();
        assert!(dst_change_in_window(&fixed, &tokyo, from, spring).is_none());
    }
}

//! What `temppwd create`, `validate` and `update` read from people: schedules, PINs (piped,
//! typed twice, or generated), and the human words for schedules and states.

use anyhow::Result;
use lockctl_api::ops::passwords::{Schedule, TempPassword};
use lockctl_api::{pin, Delivery, Secret, Validity};

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

/// A temporary password's state in the words `temppwd list` has always shown.
pub fn state_words(p: &TempPassword) -> &'static str {
    match (p.delivery, p.validity) {
        (Some(Delivery::Pending), _) => "to be issued",
        (Some(Delivery::Deleting), _) => "to be deleted",
        (Some(Delivery::Failed), _) => "refused by the lock",
        (None, _) => "unknown",
        (_, Validity::Upcoming) => "pending",
        (_, Validity::Active) => "in use",
        (_, Validity::Expired) => "expired",
        (_, Validity::Frozen) => "frozen",
    }
}

pub fn read_pin_stdin() -> Result<Secret> {
    crate::prompt::stdin_secret("PIN")
}

pub fn check_pin(p: &Secret, len: usize) -> Result<()> {
    // The error never echoes the PIN.
    pin::validate(p.expose(), len).map_err(|e| {
        Fail::usage_hint(
            format!("PIN refused: {e}"),
            format!("a PIN for this lock is exactly {len} digits"),
        )
    })
}

pub fn generate_pin(len: usize) -> Secret {
    use rand::Rng;
    let mut rng = rand::thread_rng();
    Secret::new(
        (0..len)
            .map(|_| char::from(b'0' + rng.gen_range(0..10u8)))
            .collect::<String>(),
    )
}

/// Ask for a PIN twice on the terminal.
pub fn ask_pin(ctx: &Context, len: usize) -> Result<Secret> {
    let pin = ctx
        .prompter
        .pin_twice("PIN", len, "--pin-stdin or --generate")?;
    check_pin(&pin, len)?;
    Ok(pin)
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

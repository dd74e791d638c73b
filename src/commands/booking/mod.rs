//! `booking sync`: one temporary password per booking of an iCalendar feed (Airbnb, Booking.com,
//! VRBO), kept in step with the feed: new bookings get a password, moved ones a new window,
//! cancelled or vanished ones lose theirs. A state file links bookings to passwords.

mod engine;
mod feed;
mod ical;
pub mod state;
mod status;
mod sync;

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use jiff::civil::Time;

use crate::context::Context;
use crate::error::Fail;

#[derive(Subcommand, Debug)]
pub enum BookingCommand {
    /// Make one temporary password per booking of a calendar feed, and keep them in step.
    #[command(after_help = SYNC_EXAMPLES)]
    Sync(SyncArgs),
    /// Each current or next booking of a feed: its code (name and id, never the PIN), whether
    /// the lock has it, and its first use.
    #[command(after_help = STATUS_EXAMPLES)]
    Status(FeedArgs),
}

const STATUS_EXAMPLES: &str = "Examples:
  lockctl booking status -d 'Front Door' --ical bookings.ics
  lockctl booking status -d ID --ical bookings.ics --json
  lockctl booking status -d 'Front Door,Flat 2' --ical bookings.ics   # a LOCK column

Give the same --before/--after/--check-in/--check-out/--name as `booking sync` was given: they
make the windows and names the codes are found by (the sync's state file links them first).";

const SYNC_EXAMPLES: &str = "Examples:
  lockctl booking sync -d 'Front Door' \\
      --ical 'https://www.airbnb.com/calendar/ical/123.ics?s=TOKEN'
  lockctl booking sync -d ID --ical bookings.ics --pin-from phone --dry-run
  lockctl booking sync -d ID --ical bookings.ics --before 2h --after 0 \\
      --name 'Guest {code}' --yes

Each run: new bookings get a password (a generated PIN, printed once), moved bookings get their
new window, cancelled or vanished bookings lose their password (asks first; --yes skips). Past
bookings and blocked dates are skipped. A feed that fails to load or parse changes nothing (exit 1).";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PinFrom {
    /// The last four digits of the guest's phone end the PIN (the rest is generated).
    Phone,
}

#[derive(Args, Debug)]
pub struct SyncArgs {
    #[command(flatten)]
    pub feed: FeedArgs,
    /// Where the PIN's digits come from (default: all generated).
    #[arg(long, value_enum)]
    pub pin_from: Option<PinFrom>,
    /// Show what would change; change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// The feed, and how its bookings become windows and names (the same for sync and status).
#[derive(Args, Debug)]
pub struct FeedArgs {
    /// The calendar feed: an https address or a file.
    #[arg(long, value_name = "FILE_OR_URL")]
    pub ical: String,
    /// The password opens this long before check-in (`1h`, `30m`, `0`).
    #[arg(long, default_value = "1h", value_name = "DURATION")]
    pub before: String,
    /// The password still opens this long after check-out.
    #[arg(long, default_value = "30m", value_name = "DURATION")]
    pub after: String,
    /// Check-in time of all-day bookings, in the lock's zone.
    #[arg(long, default_value = "15:00", value_name = "HH:MM")]
    pub check_in: String,
    /// Check-out time of all-day bookings, in the lock's zone.
    #[arg(long, default_value = "11:00", value_name = "HH:MM")]
    pub check_out: String,
    /// The password's name: {summary}, {code} (the booking code, else part of the UID), {uid}, {checkin}, {checkout}.
    #[arg(long, default_value = "{summary} {code}", value_name = "TEMPLATE")]
    pub name: String,
}

pub async fn run(cmd: BookingCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        BookingCommand::Sync(a) => sync::sync(a, ctx).await,
        BookingCommand::Status(a) => status::status(a, ctx).await,
    }
}

/// `1h`, `30m`, `2d`, `90s`, `0`: seconds.
fn duration(flag: &str, s: &str) -> Result<i64> {
    let t = s.trim();
    let bad = || {
        Fail::usage_hint(
            format!("{flag} `{s}` is not a duration"),
            "write a number and a unit: 90m, 1h, 2d (or 0)",
        )
    };
    if t == "0" {
        return Ok(0);
    }
    let split = t.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let n: i64 = t[..split].parse().map_err(|_| bad())?;
    let unit = match &t[split..] {
        "s" => 1,
        "m" | "min" => 60,
        "h" => 3600,
        "d" => 86400,
        _ => return Err(bad()),
    };
    if n > 30 * 86400 / unit {
        return Err(Fail::usage(format!("{flag} `{s}` is longer than 30 days")));
    }
    Ok(n * unit)
}

/// `HH:MM`.
fn clock(flag: &str, s: &str) -> Result<Time> {
    let bad = || Fail::usage(format!("{flag} `{s}` is not a time of day (HH:MM)"));
    let (h, m) = s.trim().split_once(':').ok_or_else(bad)?;
    let h: i8 = h.parse().map_err(|_| bad())?;
    let m: i8 = m.parse().map_err(|_| bad())?;
    Time::new(h, m, 0, 0).map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags() {
        assert_eq!(duration("--before", "1h").unwrap(), 3600);
        assert_eq!(duration("--before", "30m").unwrap(), 1800);
        assert_eq!(duration("--before", "0").unwrap(), 0);
        for bad in ["", "h", "1y", "-1h", "99999d", "1.5h"] {
            assert!(duration("--before", bad).is_err(), "{bad}");
        }
        assert_eq!(
            clock("--check-in", "15:00").unwrap(),
            Time::new(15, 0, 0, 0).unwrap()
        );
        for bad in ["25:00", "15", "aa:bb", "15:60"] {
            assert!(clock("--check-in", bad).is_err(), "{bad}");
        }
    }
}

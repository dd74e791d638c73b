//! Argument checks and encodings shared by the lock verbs. Everything here runs before any
//! request, so bad input never reaches the cloud.

use anyhow::Result;
use clap::{Args, ValueEnum};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use lockctl_api::ops::members::{Access, UnlockId, Weekday};

use crate::error::Fail;
use crate::output::safe;
use crate::timeparse;

pub const NAME_MAX: usize = 32;

/// A name: 1-32 characters, none of them a control character or an invisible format character
/// (bidi overrides, zero-width spaces...): a name shows in tables and other people's apps, where
/// such characters would hide or reorder text.
pub fn check_name(flag: &str, n: &str) -> Result<String> {
    let n = n.trim();
    if n.is_empty() {
        return Err(Fail::usage(format!("{flag} is empty")));
    }
    if n.chars().count() > NAME_MAX {
        return Err(Fail::usage(format!(
            "{flag} is longer than {NAME_MAX} characters"
        )));
    }
    if let Some(c) = n.chars().find(|c| safe::is_unsafe(*c)) {
        return Err(Fail::usage_hint(
            format!(
                "{flag} contains the control or invisible character U+{:04X}",
                c as u32
            ),
            "names may hold letters, digits, spaces and punctuation",
        ));
    }
    Ok(n.to_string())
}

/// `--unlock-id DP-N`, e.g. `12-2`.
pub fn check_unlock_id(s: &str) -> Result<(u32, String)> {
    let bad = || {
        Fail::usage_hint(
            format!("--unlock-id `{s}` is not in DP-N form"),
            "write the DP and the credential's number, e.g. 12-2 (see `lockctl opmode list`)",
        )
    };
    let (d, n) = s.trim().split_once('-').ok_or_else(bad)?;
    let d: u32 = d.parse().map_err(|_| bad())?;
    if n.is_empty() || n.len() > 4 || !n.bytes().all(|b| b.is_ascii_digit()) || d == 0 || d > 255 {
        return Err(bad());
    }
    Ok((d, n.to_string()))
}

/// `--id`: a numeric id from a list.
pub fn check_id(flag: &str, s: &str) -> Result<i64> {
    s.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| {
            Fail::usage(format!(
                "{flag} `{s}` is not an id (a positive number from the list)"
            ))
        })
}

/// A time flag's error: `--from: `x` is not a time` with the accepted forms in the hint (said
/// once); any other reason (a DST gap, past 2099) is the error alone.
pub fn time_error(flag: &str, e: String) -> anyhow::Error {
    if e.ends_with(timeparse::NOT_A_TIME) {
        Fail::usage_hint(
            format!("{flag}: {e}"),
            format!("use {}", timeparse::TIME_FORMS),
        )
    } else {
        Fail::usage(format!("{flag}: {e}"))
    }
}

/// Parse a `--from`/`--to` pair in `tz`, `to` after `from`. A `--to` written as a length (`+3d`)
/// counts from `--from`: `--from '2026-12-24 14:00' --to +3d` is three days from Christmas Eve
/// (`-2d` still means two days ago).
pub fn window(from: &str, to: &str, tz: &TimeZone, now: Timestamp) -> Result<(i64, i64)> {
    let f = timeparse::parse_time(from, tz, now).map_err(|e| time_error("--from", e))?;
    let t = timeparse::parse_end(to, tz, f, now).map_err(|e| time_error("--to", e))?;
    if t <= f {
        return Err(Fail::usage_hint(
            format!("--to ({to}) is not after --from ({from})"),
            "the window must end after it starts",
        ));
    }
    Ok((f.as_second(), t.as_second()))
}

/// `--kind` (and `profile add --default-kind`): the lock's radio, when the category does not say.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindArg {
    Wifi,
    Ble,
    Zigbee,
}

impl From<KindArg> for lockctl_api::Kind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Wifi => lockctl_api::Kind::Wifi,
            KindArg::Ble => lockctl_api::Kind::Ble,
            KindArg::Zigbee => lockctl_api::Kind::Zigbee,
        }
    }
}

/// Member validity on Bluetooth locks: permanent, a window, or recurring.
#[derive(Args, Debug, Clone, Default)]
pub struct ValidityArgs {
    /// Valid forever.
    #[arg(long, conflicts_with_all = ["from", "to", "weekdays", "daily"])]
    pub permanent: bool,
    /// Valid from (in the lock's zone or --tz): `YYYY-MM-DD HH:MM`, RFC 3339, `now`, `+3d`.
    #[arg(long, allow_hyphen_values = true)]
    pub from: Option<String>,
    /// Valid until (same forms as --from; a length such as `+3d` counts from --from).
    #[arg(long, allow_hyphen_values = true)]
    pub to: Option<String>,
    /// Recurring: on these days (`mon-fri`, `sat,sun`, `daily`).
    #[arg(long)]
    pub weekdays: Option<String>,
    /// Recurring: at these times of day (`09:00-18:00`).
    #[arg(long, requires = "weekdays")]
    pub daily: Option<String>,
}

impl ValidityArgs {
    pub fn given(&self) -> bool {
        self.permanent || self.from.is_some() || self.to.is_some() || self.weekdays.is_some()
    }

    /// The flags as a typed access window; None when none was given. Recurring without
    /// --from/--to runs from now for ten years.
    pub fn access(&self, tz: &TimeZone, now: Timestamp) -> Result<Option<Access>> {
        if !self.given() {
            return Ok(None);
        }
        if self.permanent {
            return Ok(Some(Access::Permanent));
        }
        let (from, to) = match (&self.from, &self.to) {
            (Some(f), Some(t)) => window(f, t, tz, now)?,
            (None, None) if self.weekdays.is_some() => {
                (now.as_second(), now.as_second() + 10 * 365 * 86400)
            }
            (Some(_), None) => return Err(Fail::usage("--from needs --to")),
            (None, _) => return Err(Fail::usage("--to needs --from")),
        };
        if u32::try_from(from).is_err() || u32::try_from(to).is_err() {
            return Err(Fail::usage("--from/--to must fall between 1970 and 2106"));
        }
        let ts = |s: i64| {
            Timestamp::from_second(s).map_err(|_| Fail::usage("--from/--to is out of range"))
        };
        let (from, to) = (ts(from)?, ts(to)?);
        let Some(days) = &self.weekdays else {
            return Ok(Some(Access::Window { from, to }));
        };
        let mask =
            timeparse::parse_weekdays(days).map_err(|e| Fail::usage(format!("--weekdays: {e}")))?;
        let daily = match &self.daily {
            Some(d) => timeparse::parse_daily(d)
                .map_err(|e| Fail::usage(format!("--daily: {e}")))?
                .unwrap_or((0, 1440)),
            None => (0, 1440),
        };
        Ok(Some(Access::Recurring {
            from,
            to,
            weekdays: Weekday::from_mask(mask),
            daily,
        }))
    }
}

/// `--unlock-id DP-N` as the API's typed id.
pub fn unlock_id(s: &str) -> Result<UnlockId> {
    check_unlock_id(s).map(|(dp, number)| UnlockId { dp, number })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_flags_become_typed_access() {
        let tz = TimeZone::get("Europe/Berlin").unwrap();
        let now: Timestamp = "2026-11-22T10:00:00Z".parse().unwrap();
        let v = ValidityArgs {
            from: Some("2026-12-01 09:00".into()),
            to: Some("2026-12-31 18:00".into()),
            weekdays: Some("mon-fri".into()),
            daily: Some("09:00-18:00".into()),
            ..Default::default()
        };
        let Some(Access::Recurring {
            from,
            weekdays,
            daily,
            ..
        }) = v.access(&tz, now).unwrap()
        else {
            panic!("not recurring");
        };
        assert_eq!(from.to_string(), "2026-12-01T08:00:00Z");
        assert_eq!(Weekday::mask(&weekdays), 0b0111110);
        assert_eq!(daily, (540, 1080));
        let bad = ValidityArgs {
            from: Some("2026-12-31".into()),
            to: Some("2026-12-01".into()),
            ..Default::default()
        };
        assert!(bad.access(&tz, now).is_err());
        let noday = ValidityArgs {
            weekdays: Some(",".into()),
            ..Default::default()
        };
        assert!(noday.access(&tz, now).is_err());
        assert_eq!(ValidityArgs::default().access(&tz, now).unwrap(), None);
    }

    #[test]
    fn unlock_ids() {
        assert_eq!(check_unlock_id("12-2").unwrap(), (12, "2".to_string()));
        assert_eq!(check_unlock_id("12-02").unwrap(), (12, "02".to_string()));
        for bad in ["12", "a-1", "12-", "12-x", "-1", "12-12345"] {
            assert!(check_unlock_id(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_with_terminal_control_or_invisible_characters_are_refused() {
        for bad in [
            "a\x1b[2Jb",
            "evil\u{202e}gpj",
            "zero\u{200b}width",
            "bom\u{feff}",
            "c1\u{9b}",
        ] {
            assert!(check_name("--name", bad).is_err(), "{bad:?}");
        }
        for good in ["Cleaner", "Zoë", "日本 door", "O'Brien-Smith"] {
            assert_eq!(check_name("--name", good).unwrap(), good);
        }
    }

    #[test]
    fn a_relative_to_counts_from_from() {
        let tz = TimeZone::get("Europe/Berlin").unwrap();
        let now: Timestamp = "2026-11-22T10:00:00Z".parse().unwrap();
        let (f, t) = window("2026-12-24 14:00", "+3d", &tz, now).unwrap();
        assert_eq!(
            f,
            "2026-12-24T13:00:00Z"
                .parse::<Timestamp>()
                .unwrap()
                .as_second()
        );
        assert_eq!(t - f, 3 * 86400);
        let (f, t) = window("now", "+90d", &tz, now).unwrap();
        assert_eq!(f, now.as_second());
        assert_eq!(t - f, 90 * 86400);
        // An absolute --to is still absolute.
        let (_, t) = window("2026-12-24 14:00", "2026-12-27 14:00", &tz, now).unwrap();
        assert_eq!(
            t,
            "2026-12-27T13:00:00Z"
                .parse::<Timestamp>()
                .unwrap()
                .as_second()
        );
    }
}

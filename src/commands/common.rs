//! Argument checks and encodings shared by the lock verbs. Everything here runs before any
//! request, so bad input never reaches the cloud.

use anyhow::Result;
use base64::Engine;
use clap::Args;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde_json::Value;

use crate::error::Fail;
use crate::timeparse;

pub const NAME_MAX: usize = 32;

/// `--user`: a member id as the cloud gives it.
pub fn check_user(flag: &str, u: &str) -> Result<String> {
    let u = u.trim();
    if u.is_empty()
        || u.len() > 32
        || !u
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Err(Fail::usage_hint(
            format!("{flag} `{u}` is not a member id"),
            "member ids are what `lockctl member list` shows in the ID column",
        ));
    }
    Ok(u.to_string())
}

/// A name: 1-32 characters, no control characters.
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
    if n.chars().any(char::is_control) {
        return Err(Fail::usage(format!("{flag} contains control characters")));
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

pub fn text(v: &Value, k: &str) -> String {
    lockctl_api::devices::text(v, k)
}

pub fn int(v: &Value, k: &str) -> Option<i64> {
    match v.get(k) {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        Some(Value::Bool(b)) => Some(*b as i64),
        _ => None,
    }
}

pub fn list(v: &Value) -> Vec<Value> {
    v.as_array().cloned().unwrap_or_default()
}

/// Guards a paging loop against a server that never says it is done: at most `MAX_PAGES` pages,
/// and a page identical to the one before ends the loop with an error.
pub struct PageGuard {
    previous: Option<Vec<Value>>,
    pages: usize,
}

impl PageGuard {
    pub const MAX_PAGES: usize = 10_000;

    pub fn new() -> PageGuard {
        PageGuard {
            previous: None,
            pages: 0,
        }
    }

    pub fn check(&mut self, page: &[Value]) -> Result<()> {
        self.pages += 1;
        if self.pages > Self::MAX_PAGES {
            return Err(Fail::failure(
                format!("the cloud kept sending pages ({} so far)", Self::MAX_PAGES),
                "ask for fewer with --limit and without --all, or retry later",
            ));
        }
        if !page.is_empty() && self.previous.as_deref() == Some(page) {
            return Err(Fail::failure(
                "the cloud sent the same page twice; stopping rather than looping",
                "retry later; if it persists the service is misbehaving",
            ));
        }
        self.previous = Some(page.to_vec());
        Ok(())
    }
}

/// Parse a `--from`/`--to` pair in `tz`, `to` after `from`.
pub fn window(from: &str, to: &str, tz: &TimeZone, now: Timestamp) -> Result<(i64, i64)> {
    let f =
        timeparse::parse_time(from, tz, now).map_err(|e| Fail::usage(format!("--from: {e}")))?;
    let t = timeparse::parse_time(to, tz, now).map_err(|e| Fail::usage(format!("--to: {e}")))?;
    if t <= f {
        return Err(Fail::usage_hint(
            format!("--to ({to}) is not after --from ({from})"),
            "the window must end after it starts",
        ));
    }
    Ok((f.as_second(), t.as_second()))
}

/// Member validity on Bluetooth locks: permanent, a window, or recurring.
#[derive(Args, Debug, Clone, Default)]
pub struct ValidityArgs {
    /// Valid forever.
    #[arg(long, conflicts_with_all = ["from", "to", "weekdays", "daily"])]
    pub permanent: bool,
    /// Valid from (in the lock's zone or --tz): `2026-12-01 14:00`, RFC 3339, `now`, `+3d`.
    #[arg(long, allow_hyphen_values = true)]
    pub from: Option<String>,
    /// Valid until (same forms as --from).
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

    /// (timeType, timeSet hex): 10 + "" permanent; 20 + start(4 bytes) end(4 bytes); 30 + start
    /// end weekdays(1 byte, bit 0 Sunday) dayStart dayEnd (2 bytes each, minutes). Big-endian.
    pub fn encode(&self, tz: &TimeZone, now: Timestamp) -> Result<(i64, String)> {
        if self.permanent || !self.given() {
            return Ok((10, String::new()));
        }
        let (from, to) = match (&self.from, &self.to) {
            (Some(f), Some(t)) => window(f, t, tz, now)?,
            (None, None) if self.weekdays.is_some() => {
                (now.as_second(), now.as_second() + 10 * 365 * 86400)
            }
            (Some(_), None) => return Err(Fail::usage("--from needs --to")),
            (None, _) => return Err(Fail::usage("--to needs --from")),
        };
        let (from32, to32) = (u32::try_from(from), u32::try_from(to));
        let (Ok(from32), Ok(to32)) = (from32, to32) else {
            return Err(Fail::usage("--from/--to must fall between 1970 and 2106"));
        };
        let mut hex = format!("{from32:08x}{to32:08x}");
        let Some(days) = &self.weekdays else {
            return Ok((20, hex));
        };
        let mask =
            timeparse::parse_weekdays(days).map_err(|e| Fail::usage(format!("--weekdays: {e}")))?;
        let (a, b) = match &self.daily {
            Some(d) => timeparse::parse_daily(d)
                .map_err(|e| Fail::usage(format!("--daily: {e}")))?
                .unwrap_or((0, 1440)),
            None => (0, 1440),
        };
        hex.push_str(&format!("{mask:02x}{a:04x}{b:04x}"));
        Ok((30, hex))
    }
}

/// `userTimeSet` (base64 of the timeType byte and the timeSet bytes) in plain words.
pub fn validity_words(user_time_set: &str, tz: &TimeZone) -> String {
    let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(user_time_set.trim()) else {
        return if user_time_set.is_empty() {
            "permanent".into()
        } else {
            "unreadable".into()
        };
    };
    validity_from_bytes(&bytes, tz)
}

pub fn validity_from_bytes(bytes: &[u8], tz: &TimeZone) -> String {
    let be = |b: &[u8]| b.iter().fold(0i64, |a, x| a << 8 | *x as i64);
    let when = |s: i64| {
        Timestamp::from_second(s)
            .map(|t| {
                t.to_zoned(tz.clone())
                    .strftime("%Y-%m-%d %H:%M %Z")
                    .to_string()
            })
            .unwrap_or_else(|_| s.to_string())
    };
    match bytes {
        [] | [10] | [10, ..] => "permanent".into(),
        [20, rest @ ..] if rest.len() >= 8 => format!(
            "from {} to {}",
            when(be(&rest[0..4])),
            when(be(&rest[4..8]))
        ),
        [30, rest @ ..] if rest.len() >= 13 => {
            let days = timeparse::weekdays_words(rest[8]);
            let (a, b) = (be(&rest[9..11]), be(&rest[11..13]));
            let hours = if a == 0 && b == 1440 {
                "all day".to_string()
            } else {
                format!(
                    "{}-{}",
                    timeparse::minutes_words(a),
                    timeparse::minutes_words(b)
                )
            };
            format!(
                "{days} {hours}, from {} to {}",
                when(be(&rest[0..4])),
                when(be(&rest[4..8]))
            )
        }
        _ => "unreadable".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_round_trips_to_words() {
        let tz = TimeZone::get("Europe/Berlin").unwrap();
        let now: Timestamp = "2026-11-22T10:00:00Z".parse().unwrap();
        let v = ValidityArgs {
            from: Some("2026-12-01 09:00".into()),
            to: Some("2026-12-31 18:00".into()),
            weekdays: Some("mon-fri".into()),
            daily: Some("09:00-18:00".into()),
            ..Default::default()
        };
        let (t, hex) = v.encode(&tz, now).unwrap();
        assert_eq!(t, 30);
        let mut bytes = vec![30u8];
        bytes.extend(hex_decode(&hex));
        assert_eq!(
            validity_from_bytes(&bytes, &tz),
            "Mon-Fri 09:00-18:00, from 2026-12-01 09:00 CET to 2026-12-31 18:00 CET"
        );
        let bad = ValidityArgs {
            from: Some("2026-12-31".into()),
            to: Some("2026-12-01".into()),
            ..Default::default()
        };
        assert!(bad.encode(&tz, now).is_err());
        let noday = ValidityArgs {
            weekdays: Some(",".into()),
            ..Default::default()
        };
        assert!(noday.encode(&tz, now).is_err());
    }

    fn hex_decode(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn unlock_ids() {
        assert_eq!(check_unlock_id("12-2").unwrap(), (12, "2".to_string()));
        assert_eq!(check_unlock_id("12-02").unwrap(), (12, "02".to_string()));
        for bad in ["12", "a-1", "12-", "12-x", "-1", "12-12345"] {
            assert!(check_unlock_id(bad).is_err(), "{bad}");
        }
    }
}

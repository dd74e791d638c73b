//! The plan file (`access.toml`): its schema, read strictly (an unknown key or a bad value is an
//! error naming the file, line and column), and turned into what each lock should hold. The
//! schema is documented in docs/plan.md.

use std::path::Path;

use anyhow::Result;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use lockctl_api::ops::members::{Access, Weekday};
use lockctl_api::ops::passwords::Schedule;
use lockctl_api::Lock;
use serde::Deserialize;
use toml::Spanned;

use super::diff::{PinSource, WantMember, WantPassword};
use crate::commands::common::check_name;
use crate::error::Fail;
use crate::timeparse;

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanFile {
    /// Names on the locks start with this; only such entries are ever changed or removed.
    pub prefix: Spanned<String>,
    #[serde(default)]
    pub locks: Vec<Spanned<String>>,
    #[serde(default)]
    pub homes: Vec<Spanned<String>>,
    #[serde(default)]
    pub members: Vec<MemberEntry>,
    #[serde(default)]
    pub passwords: Vec<PasswordEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberEntry {
    pub name: Spanned<String>,
    /// Only on these of the file's locks (ids or names); all when absent.
    pub locks: Option<Vec<Spanned<String>>>,
    pub from: Option<Spanned<String>>,
    pub to: Option<Spanned<String>>,
    pub weekdays: Option<Spanned<String>>,
    pub daily: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordEntry {
    pub name: Spanned<String>,
    pub locks: Option<Vec<Spanned<String>>>,
    pub from: Spanned<String>,
    pub to: Spanned<String>,
    #[serde(default)]
    pub schedules: Vec<Spanned<String>>,
    /// The environment variable holding the PIN; absent: generated.
    pub pin_env: Option<Spanned<String>>,
    #[serde(default)]
    pub once: bool,
}

/// A file read and checked as far as it can be without knowing the locks.
pub struct Loaded {
    pub path: String,
    pub text: String,
    pub file: PlanFile,
    /// How the file's `locks` entries resolved: (as written, lock id). An entry's `locks` may
    /// repeat any of these forms (a unique prefix of a name included).
    pub aliases: Vec<(String, String)>,
}

impl Loaded {
    /// `file:line:col` of a span.
    pub fn at(&self, span: std::ops::Range<usize>) -> String {
        let (line, col) = line_col(&self.text, span.start);
        format!("{}:{line}:{col}", self.path)
    }

    /// A bad-file error (exit 2) at a span.
    pub fn bad(&self, span: std::ops::Range<usize>, msg: impl std::fmt::Display) -> anyhow::Error {
        Fail::usage_hint(
            format!("{}: {msg}", self.at(span)),
            "see docs/plan.md for the file's keys and forms",
        )
    }
}

/// 1-based line and column (in characters) of byte `at` in `text`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Read and parse the file; every problem is a usage error (exit 2) naming file and line.
pub fn load(path: &Path) -> Result<Loaded> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        Fail::usage_hint(
            format!("cannot read {shown}: {e}"),
            "pass the plan file with -f FILE",
        )
    })?;
    let file: PlanFile = toml::from_str(&text).map_err(|e| {
        let (line, col) = line_col(&text, e.span().map_or(0, |s| s.start));
        let msg = e.message().trim().lines().next().unwrap_or("").to_string();
        Fail::usage_hint(
            format!("{shown}:{line}:{col}: {msg}"),
            "see docs/plan.md for the file's keys and forms",
        )
    })?;
    let loaded = Loaded {
        path: shown,
        text,
        file,
        aliases: vec![],
    };
    check(&loaded)?;
    Ok(loaded)
}

/// What needs no lock: the prefix, names, duplicates, targets, schedules, weekday and hour forms.
fn check(l: &Loaded) -> Result<()> {
    let f = &l.file;
    let p = &f.prefix;
    if p.get_ref().trim().is_empty() {
        return Err(l.bad(
            p.span(),
            "`prefix` is empty: it is what marks the entries this file manages",
        ));
    }
    if f.locks.is_empty() && f.homes.is_empty() {
        return Err(l.bad(0..0, "the file names no `locks` and no `homes`"));
    }
    let mut seen: Vec<String> = vec![];
    for m in &f.members {
        full_name(l, &m.name)?;
        dup(l, &mut seen, "member", &m.name)?;
        if let Some(w) = &m.weekdays {
            timeparse::parse_weekdays(w.get_ref()).map_err(|e| l.bad(w.span(), e))?;
        }
        if let Some(d) = &m.daily {
            if m.weekdays.is_none() {
                return Err(l.bad(d.span(), "`daily` needs `weekdays`"));
            }
            timeparse::parse_daily(d.get_ref()).map_err(|e| l.bad(d.span(), e))?;
        }
        if m.from.is_some() != m.to.is_some() || (m.weekdays.is_some() && m.from.is_none()) {
            return Err(l.bad(
                m.name.span(),
                "a member's window needs both `from` and `to` (and `weekdays` needs them too)",
            ));
        }
    }
    let mut seen: Vec<String> = vec![];
    for p in &f.passwords {
        full_name(l, &p.name)?;
        dup(l, &mut seen, "password", &p.name)?;
        for s in &p.schedules {
            crate::commands::temppwd::parse_schedule(s.get_ref())
                .map_err(|e| l.bad(s.span(), e))?;
        }
        if let Some(v) = &p.pin_env {
            let ok = !v.get_ref().is_empty()
                && v.get_ref()
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !ok {
                return Err(l.bad(v.span(), "`pin_env` is not an environment variable name"));
            }
        }
    }
    Ok(())
}

fn dup(l: &Loaded, seen: &mut Vec<String>, what: &str, name: &Spanned<String>) -> Result<()> {
    let n = name.get_ref().trim().to_string();
    if seen.contains(&n) {
        return Err(l.bad(name.span(), format!("a second {what} named `{n}`")));
    }
    seen.push(n);
    Ok(())
}

/// The name as it stands on the lock: the prefix, then the entry's name (checked).
pub fn full_name(l: &Loaded, name: &Spanned<String>) -> Result<String> {
    let full = format!("{}{}", l.file.prefix.get_ref(), name.get_ref().trim());
    if name.get_ref().trim().is_empty() {
        return Err(l.bad(name.span(), "the name is empty"));
    }
    check_name("name", &full).map_err(|e| l.bad(name.span(), format!("`{full}`: {e}")))
}

/// A time of the file in the lock's zone. Only fixed times are allowed (a date, a date and time,
/// RFC 3339): `now` or `+3d` would move with each run, and the plan would never settle.
fn time(l: &Loaded, s: &Spanned<String>, tz: &TimeZone, lock: &Lock) -> Result<Timestamp> {
    let t = s.get_ref().trim();
    let relative = t.starts_with(['+', '-'])
        || ["now", "today", "tomorrow", "yesterday"]
            .iter()
            .any(|w| t.to_ascii_lowercase().starts_with(w));
    if relative {
        return Err(l.bad(
            s.span(),
            format!(
                "`{t}` is relative; write a fixed time such as `{}-12-24 14:00`",
                lockctl_api::clock::now().to_zoned(tz.clone()).year() + 1
            ),
        ));
    }
    timeparse::parse_time(t, tz, lockctl_api::clock::now()).map_err(|e| {
        // Text that is no time: the form a plan takes (it takes fixed times only).
        let form = if e.ends_with(timeparse::NOT_A_TIME) {
            "; write `YYYY-MM-DD HH:MM` or RFC 3339"
        } else {
            ""
        };
        l.bad(s.span(), format!("{e} (on {}){form}", lock.name))
    })
}

/// Whether an entry's `locks` (absent: all) takes in this lock.
fn applies(l: &Loaded, only: &Option<Vec<Spanned<String>>>, lock: &Lock) -> bool {
    match only {
        None => true,
        Some(v) => v.iter().any(|q| names_lock(l, q.get_ref(), lock)),
    }
}

/// A file's lock reference (an id, a name case-insensitive, or a form the file's `locks` used)
/// names this lock.
fn names_lock(l: &Loaded, q: &str, lock: &Lock) -> bool {
    let q = q.trim();
    q == lock.id
        || q.eq_ignore_ascii_case(&lock.name)
        || l.aliases
            .iter()
            .any(|(a, id)| a.trim().eq_ignore_ascii_case(q) && *id == lock.id)
}

/// The members the file wants on `lock`.
pub fn members_for(l: &Loaded, lock: &Lock) -> Result<Vec<WantMember>> {
    let tz = &lock.zone;
    let mut out = vec![];
    for m in l.file.members.iter().filter(|m| applies(l, &m.locks, lock)) {
        let access = match (&m.from, &m.to) {
            (Some(f), Some(t)) => {
                let (from, to) = (time(l, f, tz, lock)?, time(l, t, tz, lock)?);
                if to <= from {
                    return Err(l.bad(t.span(), "`to` is not after `from`"));
                }
                Some(match &m.weekdays {
                    None => Access::Window { from, to },
                    Some(w) => Access::Recurring {
                        from,
                        to,
                        weekdays: Weekday::from_mask(
                            timeparse::parse_weekdays(w.get_ref())
                                .map_err(|e| l.bad(w.span(), e))?,
                        ),
                        daily: match &m.daily {
                            Some(d) => timeparse::parse_daily(d.get_ref())
                                .map_err(|e| l.bad(d.span(), e))?
                                .unwrap_or((0, 1440)),
                            None => (0, 1440),
                        },
                    },
                })
            }
            _ => None,
        };
        out.push(WantMember {
            name: full_name(l, &m.name)?,
            access,
            line: l.at(m.name.span()),
        });
    }
    Ok(out)
}

/// The temporary passwords the file wants on `lock`; a PIN from the environment is read here
/// and checked against the lock's PIN length.
pub fn passwords_for(l: &Loaded, lock: &Lock) -> Result<Vec<WantPassword>> {
    let tz = &lock.zone;
    let mut out = vec![];
    for p in l
        .file
        .passwords
        .iter()
        .filter(|p| applies(l, &p.locks, lock))
    {
        let (from, to) = (time(l, &p.from, tz, lock)?, time(l, &p.to, tz, lock)?);
        if to <= from {
            return Err(l.bad(p.to.span(), "`to` is not after `from`"));
        }
        let schedules: Vec<Schedule> = p
            .schedules
            .iter()
            .map(|s| crate::commands::temppwd::parse_schedule(s.get_ref()))
            .collect::<Result<_>>()?;
        let pin = match &p.pin_env {
            None => PinSource::Generate,
            Some(v) => PinSource::Env(v.get_ref().clone(), env_pin(l, v, lock)?),
        };
        out.push(WantPassword {
            name: full_name(l, &p.name)?,
            from,
            to,
            schedules,
            one_time: p.once,
            pin,
            line: l.at(p.name.span()),
        });
    }
    Ok(out)
}

/// The PIN in the variable `v` names, checked for `lock` (never echoed).
fn env_pin(l: &Loaded, v: &Spanned<String>, lock: &Lock) -> Result<lockctl_api::Secret> {
    let name = v.get_ref();
    let Some(pin) = crate::env::get(name) else {
        return Err(Fail::usage_hint(
            format!(
                "{}: `pin_env` names {name}, which is not set in the environment",
                l.at(v.span())
            ),
            format!("set {name}=PIN in the environment (e.g. `export {name}=...`), or drop `pin_env` to have a PIN generated"),
        ));
    };
    let pin = lockctl_api::Secret::new(pin.trim());
    let len = lock.pin_len();
    lockctl_api::pin::validate(pin.expose(), len).map_err(|_| {
        l.bad(
            v.span(),
            format!(
                "the PIN in {name} does not fit {} ({} lock: exactly {len} digits)",
                lock.name,
                lock.kind.label()
            ),
        )
    })?;
    Ok(pin)
}

/// Every entry's `locks` must name one of the file's locks.
pub fn check_entry_locks(l: &Loaded, locks: &[Lock]) -> Result<()> {
    let lists = l
        .file
        .members
        .iter()
        .filter_map(|m| m.locks.as_ref())
        .chain(l.file.passwords.iter().filter_map(|p| p.locks.as_ref()));
    for list in lists {
        for q in list {
            if !locks.iter().any(|k| names_lock(l, q.get_ref(), k)) {
                return Err(l.bad(
                    q.span(),
                    format!("`{}` is not one of the file's locks", q.get_ref()),
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Loaded> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        std::fs::write(&p, text).unwrap();
        load(&p)
    }

    #[test]
    fn unknown_keys_name_the_line() {
        let e = parse("prefix = \"p:\"\nlocks = [\"x\"]\n[[passwords]]\nname = \"a\"\nfrom = \"2026-12-01\"\nto = \"2026-12-02\"\npin = \"1234567\"\n")
            .err()
            .unwrap();
        let s = e.to_string();
        assert!(s.contains("a.toml:7:1"), "{s}");
        assert!(!s.contains("1234567"), "{s}");
    }

    #[test]
    fn checks_without_locks() {
        assert!(parse("prefix = \"\"\nlocks = [\"x\"]\n").is_err());
        assert!(parse("prefix = \"p:\"\n").is_err());
        let e = parse("prefix = \"p:\"\nlocks = [\"x\"]\n[[members]]\nname = \"a\"\n[[members]]\nname = \"a\"\n")
            .err()
            .unwrap();
        assert!(e.to_string().contains(":6:"), "{e}");
        assert!(parse(
            "prefix = \"p:\"\nlocks = [\"x\"]\n[[members]]\nname = \"a\"\nfrom = \"2026-12-01\"\n"
        )
        .is_err());
        let long = format!(
            "prefix = \"p:\"\nlocks = [\"x\"]\n[[members]]\nname = \"{}\"\n",
            "x".repeat(31)
        );
        assert!(parse(&long).is_err());
        assert!(parse("prefix = \"p:\"\nlocks = [\"x\"]\n[[members]]\nname = \"ok\"\n").is_ok());
    }

    #[test]
    fn relative_times_are_refused() {
        let l = parse("prefix = \"p:\"\nlocks = [\"x\"]\n[[passwords]]\nname = \"a\"\nfrom = \"now\"\nto = \"+3d\"\n").unwrap();
        let lock = Lock {
            id: "x".into(),
            name: "X".into(),
            kind: lockctl_api::Kind::Ble,
            local_key: lockctl_api::Secret::new("0123456789abcdef"),
            zone: TimeZone::get("Europe/Berlin").unwrap(),
            pin_len: None,
        };
        let e = passwords_for(&l, &lock).err().unwrap();
        assert!(e.to_string().contains("relative"), "{e}");
    }
}

//! What a sync does, decided without touching anything: the feed's bookings, what the state file
//! says earlier runs made, and which of those passwords the lock still has, in; the actions out.
//!
//! Rules: a booking's password is valid from check-in minus `before` to check-out plus `after`;
//! bookings already over and blocked dates are skipped; a new booking gets a password; a moved
//! one has its window changed (replaced where the lock cannot update); a cancelled or vanished
//! one loses its password while its window is still ahead or running; a password someone removed
//! from the lock is made again while its booking is ahead.

use jiff::civil::Time;
use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::ical::{Booking, When};
use super::state::Entry;

/// How bookings become windows and names.
#[derive(Debug, Clone)]
pub struct Rules {
    pub before: i64,
    pub after: i64,
    pub check_in: Time,
    pub check_out: Time,
    pub zone: TimeZone,
    pub template: String,
    pub now: Timestamp,
    /// The lock can change a password's window in place.
    pub can_update: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Create {
        uid: String,
        name: String,
        from: i64,
        to: i64,
        phone4: Option<String>,
        /// The state knew it, but its password is gone from the lock.
        again: bool,
    },
    Update {
        uid: String,
        id: String,
        name: String,
        from: i64,
        to: i64,
    },
    /// Remove and create again: the lock cannot change the window in place (a new PIN).
    Replace {
        uid: String,
        id: String,
        name: String,
        from: i64,
        to: i64,
        phone4: Option<String>,
    },
    Delete {
        uid: String,
        id: String,
        name: String,
        cancelled: bool,
    },
    /// Drop from the state only (its booking is over or gone, its password expired or gone).
    Forget { uid: String },
    /// Link in the state only: the lock already has this booking's password (same name and
    /// window) that no entry links, made by a run whose state write was lost.
    Adopt {
        uid: String,
        id: String,
        name: String,
        from: i64,
        to: i64,
    },
}

/// A password the lock has now (those being deleted aside).
#[derive(Debug, Clone)]
pub struct Live {
    pub id: String,
    pub name: String,
    pub from: i64,
    pub to: i64,
}

impl Action {
    /// The booking the action is about.
    pub fn uid(&self) -> &str {
        match self {
            Action::Create { uid, .. }
            | Action::Update { uid, .. }
            | Action::Replace { uid, .. }
            | Action::Delete { uid, .. }
            | Action::Adopt { uid, .. }
            | Action::Forget { uid } => uid,
        }
    }
}

/// The placeholders a name template may use.
pub const PLACEHOLDERS: &[&str] = &["summary", "code", "uid", "checkin", "checkout"];

/// Check a template: `{x}` must name a placeholder; braces must pair.
pub fn check_template(t: &str) -> Result<(), String> {
    let mut rest = t;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(format!("`{t}` has a `}}` without its `{{`"));
        }
        let close = rest[open..]
            .find('}')
            .ok_or(format!("`{t}` has a `{{` without its `}}`"))?;
        let key = &rest[open + 1..open + close];
        if !PLACEHOLDERS.contains(&key) {
            return Err(format!(
                "`{{{key}}}` is not a placeholder (use {})",
                PLACEHOLDERS
                    .iter()
                    .map(|p| format!("{{{p}}}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        rest = &rest[open + close + 1..];
    }
    Ok(())
}

fn instant(w: &When, at: Time, zone: &TimeZone) -> Option<Timestamp> {
    match w {
        When::At(t) => Some(*t),
        When::Day(d) => d
            .to_datetime(at)
            .to_zoned(zone.clone())
            .ok()
            .map(|z| z.timestamp()),
        When::Floating(dt) => dt.to_zoned(zone.clone()).ok().map(|z| z.timestamp()),
    }
}

/// The password window of a booking, as Unix seconds; None when its times cannot be placed.
pub fn window(b: &Booking, r: &Rules) -> Option<(i64, i64)> {
    let from = instant(&b.start, r.check_in, &r.zone)?.as_second() - r.before;
    let to = instant(&b.end, r.check_out, &r.zone)?.as_second() + r.after;
    (to > from).then_some((from, to))
}

/// The password's name: the template filled, stripped of control and invisible characters,
/// whitespace collapsed, at most 32 characters.
pub fn name(b: &Booking, r: &Rules, from: i64, to: i64) -> String {
    let day = |s: i64| {
        Timestamp::from_second(s)
            .map(|t| t.to_zoned(r.zone.clone()).strftime("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    let filled = r
        .template
        .replace("{summary}", &b.summary)
        .replace("{code}", &b.code)
        .replace("{uid}", &b.uid)
        .replace("{checkin}", &day(from + r.before))
        .replace("{checkout}", &day(to - r.after));
    let clean: String = filled
        .chars()
        .filter(|c| !crate::output::safe::is_unsafe(*c))
        .collect();
    let words: Vec<&str> = clean.split_whitespace().collect();
    let n: String = words
        .join(" ")
        .chars()
        .take(crate::commands::common::NAME_MAX)
        .collect();
    match n.trim() {
        "" => format!("Booking {}", b.code).chars().take(32).collect(),
        t => t.to_string(),
    }
}

/// The actions a sync takes, given the passwords the lock has now.
pub fn plan(bookings: &[Booking], state: &[Entry], live: &[Live], r: &Rules) -> Vec<Action> {
    let now = r.now.as_second();
    let mut out = vec![];
    let mut seen: Vec<&str> = vec![];
    for b in bookings.iter().filter(|b| !b.blocked && !b.cancelled) {
        if seen.contains(&b.uid.as_str()) {
            continue;
        }
        seen.push(&b.uid);
        out.extend(decide(b, state, live, r));
    }
    let has = |id: &str| live.iter().any(|l| l.id == id);
    for e in state.iter().filter(|e| !seen.contains(&e.uid.as_str())) {
        let cancelled = bookings.iter().any(|b| b.uid == e.uid && b.cancelled);
        if has(&e.password) && e.to > now {
            out.push(Action::Delete {
                uid: e.uid.clone(),
                id: e.password.clone(),
                name: e.name.clone(),
                cancelled,
            });
        } else {
            out.push(Action::Forget { uid: e.uid.clone() });
        }
    }
    out
}

/// What one live booking needs, if anything.
fn decide(b: &Booking, state: &[Entry], live: &[Live], r: &Rules) -> Option<Action> {
    let known = state.iter().find(|e| e.uid == b.uid);
    let (from, to) = window(b, r)?;
    if to <= r.now.as_second() {
        return known.map(|_| Action::Forget { uid: b.uid.clone() });
    }
    let (uid, name, phone4) = (b.uid.clone(), name(b, r, from, to), b.phone4.clone());
    if let Some(e) = known.filter(|e| live.iter().any(|l| l.id == e.password)) {
        if (e.from, e.to) == (from, to) {
            return None;
        }
        let id = e.password.clone();
        return Some(if r.can_update {
            Action::Update {
                uid,
                id,
                name,
                from,
                to,
            }
        } else {
            Action::Replace {
                uid,
                id,
                name,
                from,
                to,
                phone4,
            }
        });
    }
    let twin = live.iter().find(|l| {
        l.name == name && (l.from, l.to) == (from, to) && !state.iter().any(|e| e.password == l.id)
    });
    Some(match twin {
        Some(l) => Action::Adopt {
            uid,
            id: l.id.clone(),
            name,
            from,
            to,
        },
        None => Action::Create {
            uid,
            name,
            from,
            to,
            phone4,
            again: known.is_some(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::Date;

    fn rules(now: &str) -> Rules {
        Rules {
            before: 3600,
            after: 1800,
            check_in: Time::new(15, 0, 0, 0).unwrap(),
            check_out: Time::new(11, 0, 0, 0).unwrap(),
            zone: TimeZone::get("Europe/Berlin").unwrap(),
            template: "{summary} {code}".into(),
            now: now.parse().unwrap(),
            can_update: true,
        }
    }

    fn booking(uid: &str, from: (i16, i8, i8), to: (i16, i8, i8)) -> Booking {
        Booking {
            uid: uid.into(),
            summary: "Reserved".into(),
            cancelled: false,
            blocked: false,
            code: format!("HM{uid}"),
            phone4: None,
            start: When::Day(Date::new(from.0, from.1, from.2).unwrap()),
            end: When::Day(Date::new(to.0, to.1, to.2).unwrap()),
        }
    }

    fn entry(uid: &str, id: &str, w: (i64, i64)) -> Entry {
        Entry {
            uid: uid.into(),
            password: id.into(),
            name: "n".into(),
            from: w.0,
            to: w.1,
            summary: None,
        }
    }

    fn live(id: &str, name: &str, w: (i64, i64)) -> Live {
        Live {
            id: id.into(),
            name: name.into(),
            from: w.0,
            to: w.1,
        }
    }

    #[test]
    fn a_password_already_made_for_a_booking_is_linked_not_made_twice() {
        let r = rules("2026-12-01T00:00:00Z");
        let a = booking("a", (2026, 12, 24), (2026, 12, 27));
        let w = window(&a, &r).unwrap();
        let lock = vec![live("7", "Reserved HMa", w)];
        let acts = plan(std::slice::from_ref(&a), &[], &lock, &r);
        assert!(matches!(&acts[0], Action::Adopt { id, .. } if id == "7"));
        // Another name, or one already linked to another booking: made anew.
        let other = vec![live("7", "Reserved HMb", w)];
        assert!(matches!(
            &plan(std::slice::from_ref(&a), &[], &other, &r)[0],
            Action::Create { .. }
        ));
        let linked = vec![entry("z", "7", w)];
        assert!(matches!(
            plan(&[a], &linked, &lock, &r).first(),
            Some(Action::Create { .. })
        ));
    }

    #[test]
    fn all_day_bookings_take_check_in_and_out_in_the_lock_zone_with_buffers() {
        let r = rules("2026-12-01T00:00:00Z");
        let b = booking("a", (2026, 12, 24), (2026, 12, 27));
        let (f, t) = window(&b, &r).unwrap();
        // 15:00 CET is 14:00 UTC; minus an hour.
        assert_eq!(
            f,
            "2026-12-24T13:00:00Z"
                .parse::<Timestamp>()
                .unwrap()
                .as_second()
        );
        assert_eq!(
            t,
            "2026-12-27T10:30:00Z"
                .parse::<Timestamp>()
                .unwrap()
                .as_second()
        );
        assert_eq!(name(&b, &r, f, t), "Reserved HMa");
    }

    #[test]
    fn adds_moves_cancels_and_settles() {
        let r = rules("2026-12-01T00:00:00Z");
        let a = booking("a", (2026, 12, 24), (2026, 12, 27));
        let mut c = booking("c", (2026, 12, 10), (2026, 12, 12));
        let past = booking("p", (2026, 11, 1), (2026, 11, 3));
        let mut blocked = booking("b", (2026, 12, 5), (2026, 12, 6));
        blocked.blocked = true;
        let first = plan(
            &[a.clone(), c.clone(), past.clone(), blocked.clone()],
            &[],
            &[],
            &r,
        );
        assert_eq!(first.len(), 2);
        assert!(matches!(&first[0], Action::Create { uid, again: false, .. } if uid == "a"));
        let wa = window(&a, &r).unwrap();
        let wc = window(&c, &r).unwrap();
        let state = vec![entry("a", "1", wa), entry("c", "2", wc)];
        let live = vec![live("1", "x", wa), live("2", "y", wc)];
        // Settled.
        assert!(plan(&[a.clone(), c.clone(), past.clone()], &state, &live, &r).is_empty());
        // Moved and cancelled.
        let moved = booking("a", (2026, 12, 25), (2026, 12, 28));
        c.cancelled = true;
        let next = plan(&[moved.clone(), c.clone()], &state, &live, &r);
        assert!(matches!(&next[0], Action::Update { id, .. } if id == "1"));
        assert!(matches!(&next[1], Action::Delete { id, cancelled: true, .. } if id == "2"));
        // Vanished, on a lock that cannot update; a removed password is made again.
        let wifi = Rules {
            can_update: false,
            ..r.clone()
        };
        let next = plan(&[moved], &state, &live[..1], &wifi);
        assert!(matches!(&next[0], Action::Replace { .. }));
        assert!(matches!(&next[1], Action::Forget { uid } if uid == "c"));
        let again = plan(&[a], &state[..1], &[], &r);
        assert!(matches!(&again[0], Action::Create { again: true, .. }));
    }

    #[test]
    fn templates() {
        assert!(check_template("{summary} {code}").is_ok());
        assert!(check_template("Guest {checkin}-{checkout}").is_ok());
        assert!(check_template("{nope}").is_err());
        assert!(check_template("{summary").is_err());
        assert!(check_template("x}").is_err());
        let r = Rules {
            template: "\u{202e}{summary}   {uid}".into(),
            ..rules("2026-12-01T00:00:00Z")
        };
        let mut b = booking(
            "a-very-long-uid-that-goes-on-and-on",
            (2026, 12, 24),
            (2026, 12, 27),
        );
        b.summary = "Reserved\n".into();
        let n = name(&b, &r, 0, 0);
        assert_eq!(n.chars().count(), 32);
        assert!(n.starts_with("Reserved a-very"), "{n}");
    }
}

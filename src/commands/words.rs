//! Words for people shared by several verb groups: members, unlock methods, validity windows and
//! the `--status` filter (the JSON words are the models' own).

use clap::ValueEnum;
use lockctl_api::ops::members::{
    AccessType, MemberAccess, MemberStatus, Role, UnlockMethod, Weekday,
};
use lockctl_api::{Delivery, Validity};

use crate::output::time::{self, when};
use crate::timeparse;

pub fn role(r: Role) -> &'static str {
    match r {
        Role::Administrator => "administrator",
        Role::Family => "family member",
        Role::Panel => "panel member",
    }
}

/// The ACCOUNT column: where a member stands with their app account, in the words of the JSON
/// `account` (`-` on locks that share no members to accounts). Not a validity word: that is
/// STATUS.
pub fn account(s: Option<MemberStatus>) -> &'static str {
    s.map_or("-", MemberStatus::as_str)
}

/// The STATUS column of anything with a window or a lifecycle: the JSON `validity` word.
pub fn validity(v: Validity) -> &'static str {
    v.as_str()
}

/// The DELIVERY column: the JSON `delivery` word, `-` when the cloud does not say.
pub fn delivery(d: Option<Delivery>) -> &'static str {
    d.map_or("-", Delivery::as_str)
}

/// `permanent`, `from A to B (in 3 days)`, or `Mon-Fri 09:00-12:00, from A to B (ends in 2
/// hours)`: the window, then where it stands now.
pub fn access(a: &MemberAccess) -> String {
    let mut span = format!("from {} to {}", when(a.from.as_ref()), when(a.to.as_ref()));
    let standing = time::standing(a.from.as_ref(), a.to.as_ref(), lockctl_api::clock::now());
    if !standing.is_empty() {
        span.push_str(&format!(" ({standing})"));
    }
    match a.kind {
        AccessType::Permanent => "permanent".into(),
        AccessType::Window => span,
        AccessType::Recurring => {
            let days = timeparse::weekdays_words(Weekday::mask(&a.weekdays));
            let (f, t) = (
                a.daily_from.as_deref().unwrap_or("00:00"),
                a.daily_to.as_deref().unwrap_or("24:00"),
            );
            let hours = if f == "00:00" && t == "24:00" {
                "all day".to_string()
            } else {
                format!("{f}-{t}")
            };
            format!("{days} {hours}, {span}")
        }
    }
}

/// "fingerprint x2, card x1" in the order the kinds first appear; "none" when empty.
pub fn method_summary(methods: &[UnlockMethod]) -> String {
    let mut counts: Vec<(&str, usize)> = vec![];
    for m in methods {
        let k = m.kind.as_str();
        match counts.iter_mut().find(|(x, _)| *x == k) {
            Some((_, n)) => *n += 1,
            None => counts.push((k, 1)),
        }
    }
    if counts.is_empty() {
        return "none".into();
    }
    counts
        .iter()
        .map(|(k, n)| format!("{k} x{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn flags(m: &UnlockMethod) -> String {
    let mut f = vec![];
    if m.duress {
        f.push("duress");
    }
    if m.frozen {
        f.push("frozen");
    }
    f.join(", ")
}

/// The OPMODE ID, UNLOCK ID, TYPE, NAME, DELIVERY, FLAGS row of a method.
pub fn method_row(m: &UnlockMethod) -> Vec<String> {
    vec![
        m.id.clone().unwrap_or_default(),
        m.unlock_id.clone(),
        m.kind.as_str().to_string(),
        m.name.clone(),
        delivery(Some(m.delivery)).to_string(),
        flags(m),
    ]
}

/// `--status` of every list verb: where a thing stands (the STATUS column, the `validity` of
/// `--json`; docs/conventions.md, "States").
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusArg {
    /// Its window has not begun.
    Upcoming,
    /// Usable now.
    Active,
    /// Its window has ended, or it was used up or cleared.
    Expired,
    /// Suspended by an administrator.
    Frozen,
}

impl StatusArg {
    pub fn validity(self) -> Validity {
        match self {
            StatusArg::Upcoming => Validity::Upcoming,
            StatusArg::Active => Validity::Active,
            StatusArg::Expired => Validity::Expired,
            StatusArg::Frozen => Validity::Frozen,
        }
    }
}

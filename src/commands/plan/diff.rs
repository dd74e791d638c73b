//! The diff engine: what a lock holds against what the file wants, as a list of changes. Pure:
//! no requests, no clock (the caller passes the models and what the lock can do).
//!
//! Rules: only entries whose names start with the prefix are looked at; an administrator is never
//! touched; a managed entry the file does not name is removed; of two managed entries with one
//! name, the first is kept and the others removed. PINs are never compared: the cloud does not
//! return them.

use jiff::Timestamp;
use lockctl_api::ops::members::{Access, AccessType, Member, Role};
use lockctl_api::ops::passwords::{Schedule, TempPassword};
use lockctl_api::{Delivery, Secret};

/// Where a password's PIN comes from.
#[derive(Debug, Clone)]
pub enum PinSource {
    /// The variable's name and the PIN it held.
    Env(String, Secret),
    Generate,
}

#[derive(Debug, Clone)]
pub struct WantMember {
    /// As on the lock: prefix included.
    pub name: String,
    /// None: permanent.
    pub access: Option<Access>,
    /// `file:line` of the entry, for messages.
    pub line: String,
}

#[derive(Debug, Clone)]
pub struct WantPassword {
    pub name: String,
    pub from: Timestamp,
    pub to: Timestamp,
    pub schedules: Vec<Schedule>,
    pub one_time: bool,
    pub pin: PinSource,
    pub line: String,
}

/// What the lock can change in place.
#[derive(Debug, Clone, Copy)]
pub struct Abilities {
    /// Member validity is kept (and can be updated).
    pub member_access: bool,
    /// Temporary passwords can be updated (else a change replaces them).
    pub update_password: bool,
}

#[derive(Debug, Clone)]
pub enum Change {
    CreateMember(WantMember),
    UpdateMember {
        id: String,
        want: WantMember,
    },
    RemoveMember {
        id: String,
        name: String,
    },
    CreatePassword(WantPassword),
    UpdatePassword {
        id: String,
        want: WantPassword,
        fields: Vec<&'static str>,
    },
    /// Remove and create again (the lock cannot update it in place); a new PIN is set.
    ReplacePassword {
        id: String,
        want: WantPassword,
        fields: Vec<&'static str>,
    },
    RemovePassword {
        id: String,
        name: String,
    },
}

/// The access a member has, as comparable values: type, from, to (seconds), weekday mask, daily.
type AccessKey = (
    AccessType,
    Option<i64>,
    Option<i64>,
    u8,
    Option<String>,
    Option<String>,
);

fn want_key(a: &Option<Access>) -> AccessKey {
    let hhmm = |m: u16| Some(format!("{:02}:{:02}", m / 60, m % 60));
    match a {
        None | Some(Access::Permanent) => (AccessType::Permanent, None, None, 0, None, None),
        Some(Access::Window { from, to }) => (
            AccessType::Window,
            Some(from.as_second()),
            Some(to.as_second()),
            0,
            None,
            None,
        ),
        Some(Access::Recurring {
            from,
            to,
            weekdays,
            daily,
        }) => (
            AccessType::Recurring,
            Some(from.as_second()),
            Some(to.as_second()),
            lockctl_api::Weekday::mask(weekdays),
            hhmm(daily.0),
            hhmm(daily.1),
        ),
    }
}

fn have_key(m: &Member) -> AccessKey {
    let a = &m.access;
    (
        a.kind,
        a.from.as_ref().map(|t| t.as_secs()),
        a.to.as_ref().map(|t| t.as_secs()),
        lockctl_api::Weekday::mask(&a.weekdays),
        a.daily_from.clone(),
        a.daily_to.clone(),
    )
}

/// Changes to a lock's members.
pub fn members(prefix: &str, want: &[WantMember], have: &[Member], can: Abilities) -> Vec<Change> {
    let managed: Vec<&Member> = have
        .iter()
        .filter(|m| m.role != Role::Administrator && m.name.starts_with(prefix))
        .collect();
    let mut used: Vec<&str> = vec![];
    let mut out = vec![];
    for w in want {
        match managed.iter().find(|m| m.name == w.name) {
            None => out.push(Change::CreateMember(w.clone())),
            Some(m) => {
                used.push(&m.id);
                if can.member_access && want_key(&w.access) != have_key(m) {
                    out.push(Change::UpdateMember {
                        id: m.id.clone(),
                        want: w.clone(),
                    });
                }
            }
        }
    }
    for m in managed {
        if !used.contains(&m.id.as_str()) {
            out.push(Change::RemoveMember {
                id: m.id.clone(),
                name: m.name.clone(),
            });
        }
    }
    out
}

fn sorted(s: &[Schedule]) -> Vec<(u8, u16, u16)> {
    let mut v: Vec<_> = s.iter().map(|x| (x.mask(), x.from.0, x.to.0)).collect();
    v.sort_unstable();
    v
}

/// Which fields of a password differ from what is wanted.
fn password_fields(w: &WantPassword, p: &TempPassword) -> Vec<&'static str> {
    let mut f = vec![];
    let secs = |t: &Option<lockctl_api::Time>| t.as_ref().map(|t| t.as_secs());
    if secs(&p.from) != Some(w.from.as_second()) || secs(&p.to) != Some(w.to.as_second()) {
        f.push("window");
    }
    if sorted(&p.schedules) != sorted(&w.schedules) {
        f.push("schedules");
    }
    if p.one_time != w.one_time {
        f.push("once");
    }
    f
}

/// Changes to a lock's temporary passwords. A wanted password whose window is over and that the
/// lock does not hold is not created (the cloud would refuse it): the caller reports it.
pub fn passwords(
    prefix: &str,
    want: &[WantPassword],
    have: &[TempPassword],
    can: Abilities,
    now: Timestamp,
) -> Vec<Change> {
    let managed: Vec<(&str, &TempPassword)> = have
        .iter()
        .filter(|p| p.delivery != Some(Delivery::Deleting) && p.name.starts_with(prefix))
        .filter_map(|p| p.id.as_deref().map(|id| (id, p)))
        .collect();
    let mut used: Vec<&str> = vec![];
    let mut out = vec![];
    for w in want {
        match managed.iter().find(|(_, p)| p.name == w.name) {
            None if w.to <= now => {}
            None => out.push(Change::CreatePassword(w.clone())),
            Some((id, p)) => {
                used.push(id);
                let fields = password_fields(w, p);
                if fields.is_empty() || w.to <= now {
                    continue;
                }
                let (id, want) = (id.to_string(), w.clone());
                out.push(if can.update_password {
                    Change::UpdatePassword { id, want, fields }
                } else {
                    Change::ReplacePassword { id, want, fields }
                });
            }
        }
    }
    for (id, p) in managed {
        if !used.contains(&id) {
            out.push(Change::RemovePassword {
                id: id.to_string(),
                name: p.name.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::tz::TimeZone;
    use lockctl_api::ops::members::MemberAccess;
    use lockctl_api::{Time, Validity};

    const CAN: Abilities = Abilities {
        member_access: true,
        update_password: true,
    };

    fn ts(s: i64) -> Timestamp {
        Timestamp::from_second(s).unwrap()
    }

    fn member(id: &str, name: &str, role: Role, window: Option<(i64, i64)>) -> Member {
        let tz = TimeZone::UTC;
        Member {
            id: id.into(),
            name: name.into(),
            role,
            contact: None,
            validity: Validity::Active,
            status: None,
            frozen: false,
            access: MemberAccess {
                kind: if window.is_some() {
                    AccessType::Window
                } else {
                    AccessType::Permanent
                },
                from: window.and_then(|w| Time::from_secs(w.0, &tz)),
                to: window.and_then(|w| Time::from_secs(w.1, &tz)),
                weekdays: vec![],
                daily_from: None,
                daily_to: None,
            },
            unlock_methods: vec![],
            lock_user_id: None,
            changed: None,
            not_read: None,
        }
    }

    fn want_member(name: &str, window: Option<(i64, i64)>) -> WantMember {
        WantMember {
            name: name.into(),
            access: window.map(|(f, t)| Access::Window {
                from: ts(f),
                to: ts(t),
            }),
            line: String::new(),
        }
    }

    fn pwd(id: &str, name: &str, from: i64, to: i64) -> TempPassword {
        let tz = TimeZone::UTC;
        TempPassword {
            id: Some(id.into()),
            name: name.into(),
            validity: Validity::Active,
            delivery: Some(Delivery::Delivered),
            from: Time::from_secs(from, &tz),
            to: Time::from_secs(to, &tz),
            schedules: vec![],
            one_time: false,
            pin: None,
            phone: None,
            country_code: None,
            sn: None,
            changed: None,
            not_read: None,
            no_free_slot: false,
        }
    }

    fn want_pwd(name: &str, from: i64, to: i64) -> WantPassword {
        WantPassword {
            name: name.into(),
            from: ts(from),
            to: ts(to),
            schedules: vec![],
            one_time: false,
            pin: PinSource::Generate,
            line: String::new(),
        }
    }

    #[test]
    fn members_are_created_updated_and_removed_only_under_the_prefix() {
        let have = vec![
            member("1", "p:Owner", Role::Administrator, None),
            member("2", "p:Cleaner", Role::Panel, Some((100, 200))),
            member("3", "p:Old", Role::Panel, None),
            member("4", "Alice", Role::Family, None),
            member("5", "p:Same", Role::Panel, None),
        ];
        let want = vec![
            want_member("p:Cleaner", Some((100, 300))),
            want_member("p:New", None),
            want_member("p:Same", None),
        ];
        let c = members("p:", &want, &have, CAN);
        assert!(matches!(&c[0], Change::UpdateMember { id, .. } if id == "2"));
        assert!(matches!(&c[1], Change::CreateMember(w) if w.name == "p:New"));
        assert!(matches!(&c[2], Change::RemoveMember { id, .. } if id == "3"));
        assert_eq!(c.len(), 3);
        // A lock that keeps no member validity never updates.
        let none = Abilities {
            member_access: false,
            ..CAN
        };
        assert_eq!(members("p:", &want, &have, none).len(), 2);
    }

    #[test]
    fn passwords_settle_and_replace_where_they_cannot_update() {
        let now = ts(50);
        let have = vec![
            pwd("10", "p:Guest", 100, 200),
            pwd("11", "p:Gone", 100, 200),
            pwd("12", "Manual", 100, 200),
            pwd("13", "p:Guest", 100, 200),
        ];
        let same = vec![want_pwd("p:Guest", 100, 200)];
        let c = passwords("p:", &same, &have, CAN, now);
        // The duplicate and the unnamed one go; the manual one stays.
        let removed: Vec<&str> = c
            .iter()
            .filter_map(|c| match c {
                Change::RemovePassword { id, .. } => Some(id.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(removed, ["11", "13"]);
        let moved = vec![want_pwd("p:Guest", 100, 300)];
        let c = passwords("p:", &moved, &have[..1], CAN, now);
        assert!(matches!(&c[0], Change::UpdatePassword { fields, .. } if fields == &["window"]));
        let wifi = Abilities {
            update_password: false,
            ..CAN
        };
        let c = passwords("p:", &moved, &have[..1], wifi, now);
        assert!(matches!(&c[0], Change::ReplacePassword { .. }));
        // A window already over is not created.
        let late = vec![want_pwd("p:Late", 10, 20)];
        assert!(passwords("p:", &late, &[], CAN, now).is_empty());
        // Settled: nothing.
        assert!(passwords("p:", &same, &have[..1], CAN, now).is_empty());
    }

    #[test]
    fn passwords_being_deleted_are_not_counted() {
        let mut p = pwd("10", "p:Guest", 100, 200);
        p.delivery = Some(Delivery::Deleting);
        let c = passwords("p:", &[want_pwd("p:Guest", 100, 200)], &[p], CAN, ts(0));
        assert!(matches!(&c[0], Change::CreatePassword(_)));
    }
}

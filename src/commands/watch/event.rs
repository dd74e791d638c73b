//! Events (docs/json.md, spec health.md §2) and the reads that find them: one lock's new history
//! and alarm records, and the online flags of the device list.

use std::sync::Arc;

use lockctl_api::model::Time;
use lockctl_api::ops::device::Battery;
use lockctl_api::ops::members::{Member, Page};
use lockctl_api::ops::passwords::{PasswordOp, TempPassword};
use lockctl_api::ops::records::{Alarm, Pages, Query, Record};
use lockctl_api::{Backend, Delivery, Kind, Lock, UnlockKind};
use serde::Serialize;

use super::state::{LockState, Pending, Window};

/// Pages read at most in one poll when every record on them is new.
const CATCH_UP_PAGES: usize = 5;
/// Pages read at most on the first poll after a restart (what came while the watch was down).
const RESUME_PAGES: usize = 20;
const PAGE_SIZE: u32 = 50;

#[derive(Debug, Clone, Serialize)]
pub struct LockRef {
    pub id: String,
    pub name: String,
}

/// The temporary password a `first_use` names.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PasswordRef {
    /// The password's id (as `temppwd list` shows it); null when the lock's list no longer
    /// holds it (removed since) or could not be read.
    pub id: Option<String>,
    /// The password's number on the lock (`<dp>-<number>`); null when the record has none.
    pub unlock_id: Option<String>,
    pub name: Option<String>,
}

/// The entry a `delivered` / `refused` names.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryRef {
    /// `temp-password`, `member` or `unlock-method`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub id: String,
    pub name: String,
    /// `unlock-method`: the lock's number for it (`DP-N`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unlock_id: Option<String>,
    /// `unlock-method`: the id of the member it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
}

/// The booking a code's `first_use` belongs to (the code was made by `booking sync`).
#[derive(Debug, Clone, Serialize)]
pub struct BookingRef {
    /// The booking's summary (the guest, or `Reserved`); null when the sync that made the code
    /// did not record it.
    pub summary: Option<String>,
    /// The booking's UID in the feed.
    pub uid: String,
}

/// One event: printed once, handed to `--exec` and `--webhook`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    /// Stable: a record's id (`<id>/first_use` for the first use it shows), or
    /// `<lock id>/<kind>/<unix seconds>` for a change of state.
    pub id: String,
    /// When it happened (the record's time), or when the change was seen; null when unknown.
    pub time: Option<Time>,
    pub lock: LockRef,
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<Record>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alarm: Option<Alarm>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<PasswordRef>,
    /// `first_use` of a booking code: its booking.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub booking: Option<BookingRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online: Option<bool>,
    /// `battery_low`: the battery as the lock reported it (percent and/or level).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub battery: Option<Battery>,
    /// `delivered` / `refused`: the entry whose delivery state changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<EntryRef>,
    /// `refused`: why the lock refused it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Event {
    fn new(id: String, time: Option<Time>, lock: &Lock, kind: &'static str) -> Event {
        Event {
            id,
            time,
            lock: LockRef {
                id: lock.id.clone(),
                name: lock.name.clone(),
            },
            kind,
            record: None,
            alarm: None,
            password: None,
            booking: None,
            online: None,
            battery: None,
            entry: None,
            reason: None,
        }
    }

    /// What it is about, in words, for the people-line.
    pub fn detail(&self) -> String {
        let person =
            |p: &Option<lockctl_api::ops::records::Person>| p.as_ref().and_then(|p| p.name.clone());
        match (self.kind, &self.record, &self.alarm) {
            ("first_use", Some(r), _) => {
                let mut s = format!(
                    "temporary password {} first used",
                    quoted(r.unlock_name.as_deref())
                );
                if let Some(b) = &self.booking {
                    s += &format!(
                        " (booking {})",
                        quoted(b.summary.as_deref().or(Some(&b.uid)))
                    );
                }
                s
            }
            (_, Some(r), _) => {
                let who = person(&r.member).or(r.unlock_name.clone());
                match who {
                    Some(w) => format!("{} by {}", r.kind.as_str(), quoted(Some(&w))),
                    None => r.kind.as_str().to_string(),
                }
            }
            (_, _, Some(a)) => match person(&a.member) {
                Some(w) => format!("{} ({})", a.kind.as_str(), quoted(Some(&w))),
                None => a.kind.as_str().to_string(),
            },
            _ if self.entry.is_some() => {
                let entry = self.entry.as_ref();
                let name = quoted(entry.map(|e| e.name.as_str()));
                let what = match entry.map(|e| e.kind) {
                    Some("member") => "member".to_string(),
                    Some("unlock-method") => format!(
                        "unlock method {}",
                        entry.and_then(|e| e.unlock_id.as_deref()).unwrap_or("")
                    ),
                    _ => "temporary password".to_string(),
                };
                match &self.reason {
                    Some(r) => format!("{what} {name} refused: {r}"),
                    None => format!("{what} {name} delivered to the lock"),
                }
            }
            _ if self.kind == "battery_low" => {
                let b = self.battery.unwrap_or(Battery {
                    percent: None,
                    level: None,
                });
                let percent = b.percent.map(|p| format!("{p}%"));
                let level = b.level.map(|l| l.as_str().to_string());
                let said: Vec<String> = percent.into_iter().chain(level).collect();
                format!("the battery is low ({})", said.join(", "))
            }
            _ => match self.online {
                Some(true) => "the lock is online".into(),
                Some(false) => "the lock went offline".into(),
                None => String::new(),
            },
        }
    }
}

fn quoted(s: Option<&str>) -> String {
    match s {
        Some(s) if !s.is_empty() => format!("\"{s}\""),
        _ => "(no name)".into(),
    }
}

fn query<K>() -> Query<K> {
    Query {
        kinds: vec![],
        since: None,
        until: None,
        member: None,
        page_size: PAGE_SIZE,
        limit: None,
        concurrency: 1,
    }
}

/// Read pages and keep the records not seen before, oldest first. Reading stops after
/// `max_pages`, or at a page that holds a record seen before (or none at all).
async fn fresh<T>(
    mut pages: Box<dyn Pages<T>>,
    key: impl Fn(&T) -> &str,
    seen: &mut Window,
    max_pages: usize,
) -> lockctl_api::Result<Vec<T>> {
    let mut out = vec![];
    let mut read = 0;
    while let Some(page) = pages.next().await? {
        read += 1;
        let on_page = page.items.len();
        let before = out.len();
        for item in page.items {
            if seen.insert(key(&item)) {
                out.push(item);
            }
        }
        let all_new = on_page > 0 && out.len() - before == on_page;
        if !all_new || read >= max_pages {
            break;
        }
    }
    out.reverse();
    Ok(out)
}

/// How a lock's poll reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// Nothing saved for this lock: the newest page is only remembered.
    Fresh,
    /// Saved state: read back until a record seen before (what came meanwhile is printed).
    Resume,
    /// Polling.
    Steady,
}

/// The id of the temporary password each `first_use` names: the record's number on the lock is
/// the password's (`sn`) on the gateway, its id on the OpenAPI; else the name.
fn name_first_uses(events: &mut [Event], list: &[TempPassword]) {
    for e in events.iter_mut().filter(|e| e.kind == "first_use") {
        let Some(p) = e.password.as_mut() else {
            continue;
        };
        let number = p
            .unlock_id
            .as_deref()
            .map(|u| u.rsplit_once('-').map_or(u, |(_, n)| n).to_string());
        let by_number = number.as_deref().and_then(|n| {
            list.iter()
                .find(|t| t.sn.is_some_and(|sn| sn.to_string() == n) || t.id.as_deref() == Some(n))
        });
        let by_name = || {
            let mut named = list
                .iter()
                .filter(|t| p.name.as_deref() == Some(t.name.as_str()));
            // Only a name that is one password's.
            match (named.next(), named.next()) {
                (Some(t), None) => Some(t),
                _ => None,
            }
        };
        p.id = by_number.or_else(by_name).and_then(|t| t.id.clone());
    }
}

/// What one poll found: the lock's new state, its events, and why its members could not be read
/// (that part is left out, and tried again at the next member read).
pub struct Polled {
    pub state: LockState,
    pub events: Vec<Event>,
    pub members_unread: Option<String>,
    /// The members were read (whether or not they read).
    pub members_read: bool,
}

/// One poll of one lock's history and alarms. The state is changed only when the whole poll
/// succeeded (a failed poll is read again whole); a member list that does not read (it needs
/// the lock's administrator on some clouds) leaves only the members' part as it was.
pub async fn poll(
    api: Arc<dyn Backend>,
    lock: &Lock,
    st: &LockState,
    start: Start,
    passwords: bool,
    members: bool,
) -> lockctl_api::Result<Polled> {
    let mut next = st.clone();
    let pages = match start {
        Start::Fresh => 1,
        Start::Resume => RESUME_PAGES,
        Start::Steady => CATCH_UP_PAGES,
    };
    let records = fresh(
        api.history(lock, &query()).await?,
        |r: &Record| &r.id,
        &mut next.history,
        pages,
    )
    .await?;
    let alarms = fresh(
        api.alarms(lock, &query()).await?,
        |a: &Alarm| &a.id,
        &mut next.alarms,
        pages,
    )
    .await?;
    let mut events = vec![];
    for r in records {
        let first = r.kind == UnlockKind::TempPassword
            && next.used.insert(&format!(
                "{}|{}",
                r.unlock_id.as_deref().unwrap_or(""),
                r.unlock_name.as_deref().unwrap_or("")
            ));
        if start == Start::Fresh {
            continue;
        }
        let mut e = Event::new(r.id.clone(), r.time.clone(), lock, "unlock");
        e.record = Some(r.clone());
        events.push(e);
        if first {
            let mut e = Event::new(
                format!("{}/first_use", r.id),
                r.time.clone(),
                lock,
                "first_use",
            );
            e.password = Some(PasswordRef {
                id: None,
                unlock_id: r.unlock_id.clone(),
                name: r.unlock_name.clone(),
            });
            e.record = Some(r);
            events.push(e);
        }
    }
    if start != Start::Fresh {
        for a in alarms {
            let mut e = Event::new(a.id.clone(), a.time.clone(), lock, "alarm");
            e.alarm = Some(a);
            events.push(e);
        }
    }
    let first_uses = events.iter().any(|e| e.kind == "first_use");
    if (passwords || first_uses) && api.offers(lock, PasswordOp::TempList).is_ok() {
        // A first use names its password by id too, so a script can join it to `temppwd list`:
        // the list is read for it (first uses are rare) when this poll would not read it anyway.
        match api.temp_passwords(lock).await {
            Ok(list) => {
                name_first_uses(&mut events, &list);
                if passwords {
                    events.extend(delivery_changes(lock, &mut next, &list));
                }
            }
            Err(e) if passwords => return Err(e),
            Err(_) => {}
        }
    }
    let mut members_unread = None;
    let members_read = members && lock.kind != Kind::Wifi;
    if members_read {
        match members_of(api.as_ref(), lock).await {
            Ok(list) => events.extend(member_changes(lock, &mut next, &list)),
            Err(e) => members_unread = Some(e.to_string()),
        }
    }
    Ok(Polled {
        state: next,
        events,
        members_unread,
        members_read,
    })
}

/// Every member of the lock (family and panel) with their unlock methods. A list the lock or
/// backend does not have is empty.
async fn members_of(api: &dyn Backend, lock: &Lock) -> lockctl_api::Result<Vec<Member>> {
    let or_none = |r: lockctl_api::Result<Vec<Member>>| match r {
        Err(lockctl_api::Error::Unsupported { .. }) => Ok(vec![]),
        r => r,
    };
    let mut all = or_none(api.family_members(lock).await)?;
    let page = Page {
        offset: 0,
        limit: 100,
        all: true,
    };
    all.extend(or_none(api.panel_members(lock, page).await)?);
    Ok(all)
}

/// Why a lock refused a temporary password, in words.
const NO_FREE_SLOT: &str = "no free slot: the lock holds as many temporary passwords as it can";
const REFUSED: &str = "the lock refused it (delivery failed)";

/// An entry whose delivery state the watch follows.
struct Tracked {
    kind: &'static str,
    id: String,
    name: String,
    unlock_id: Option<String>,
    member: Option<String>,
    delivery: Option<Delivery>,
    /// Refused for want of a free slot.
    no_free_slot: bool,
}

/// `delivered` / `refused` for the passwords pending at the last read whose delivery state has
/// changed since; the pending ones are remembered for the next read (a first read says nothing).
/// A password gone from the list, or being deleted, says nothing.
pub fn delivery_changes(lock: &Lock, st: &mut LockState, list: &[TempPassword]) -> Vec<Event> {
    let tracked: Vec<Tracked> = list
        .iter()
        .filter_map(|p| {
            Some(Tracked {
                kind: "temp-password",
                id: p.id.clone()?,
                name: p.name.clone(),
                unlock_id: None,
                member: None,
                delivery: p.delivery,
                no_free_slot: p.no_free_slot,
            })
        })
        .collect();
    changes(lock, &mut st.pending, &tracked)
}

/// The same for members and their unlock methods (members of Bluetooth and Zigbee locks, and
/// methods assigned there, reach the lock later, or are refused).
pub fn member_changes(lock: &Lock, st: &mut LockState, members: &[Member]) -> Vec<Event> {
    let mut tracked = vec![];
    for m in members.iter().filter(|m| !m.id.is_empty()) {
        tracked.push(Tracked {
            kind: "member",
            id: m.id.clone(),
            name: m.name.clone(),
            unlock_id: None,
            member: None,
            delivery: Some(m.delivery()),
            no_free_slot: false,
        });
        for u in &m.unlock_methods {
            tracked.push(Tracked {
                kind: "unlock-method",
                id: u.id.clone().unwrap_or_else(|| u.unlock_id.clone()),
                name: u.name.clone(),
                unlock_id: Some(u.unlock_id.clone()),
                member: u.member.clone().or_else(|| Some(m.id.clone())),
                delivery: Some(u.delivery),
                no_free_slot: false,
            });
        }
    }
    changes(lock, &mut st.pending_members, &tracked)
}

/// The events of the entries pending at the last read (`before`) that are delivered or failed
/// now; `before` becomes what is pending now. Entries of several types are told apart by type.
fn changes(lock: &Lock, before: &mut Option<Vec<Pending>>, list: &[Tracked]) -> Vec<Event> {
    fn key(kind: &str) -> &str {
        if kind == "temp-password" {
            ""
        } else {
            kind
        }
    }
    let pending: Vec<Pending> = list
        .iter()
        .filter(|p| p.delivery == Some(Delivery::Pending))
        .map(|p| Pending {
            id: p.id.clone(),
            name: p.name.clone(),
            kind: key(p.kind).to_string(),
        })
        .collect();
    let was = before.replace(pending.clone()).unwrap_or_default();
    let now = lockctl_api::clock::now();
    let mut events = vec![];
    for b in was {
        if pending.iter().any(|p| p.id == b.id && p.kind == b.kind) {
            continue;
        }
        let Some(p) = list.iter().find(|p| p.id == b.id && key(p.kind) == b.kind) else {
            continue;
        };
        let (kind, reason) = match p.delivery {
            Some(Delivery::Delivered) => ("delivered", None),
            Some(Delivery::Failed) if p.no_free_slot => ("refused", Some(NO_FREE_SLOT)),
            Some(Delivery::Failed) => ("refused", Some(REFUSED)),
            _ => continue,
        };
        // Passwords keep the ids they always had; members and methods name their type, so that
        // a member and a password with the same number never share an event id.
        let id = match b.kind.as_str() {
            "" => format!("{}/{}/{kind}", lock.id, b.id),
            "member" => format!("{}/member/{}/{kind}", lock.id, b.id),
            _ => format!("{}/method/{}/{kind}", lock.id, b.id),
        };
        let mut e = Event::new(id, Time::from_secs(now.as_second(), &lock.zone), lock, kind);
        e.entry = Some(EntryRef {
            kind: p.kind,
            id: b.id,
            name: p.name.clone(),
            unlock_id: p.unlock_id.clone(),
            member: p.member.clone(),
        });
        e.reason = reason.map(str::to_string);
        events.push(e);
    }
    events
}

/// A change of the online flag since the last read (none on the first read).
/// A `battery_low` event when the battery crossed into low since the last read that reported
/// one (a lock that reports none, or a first read, says nothing).
pub fn battery_change(lock: &Lock, st: &mut LockState, battery: Option<Battery>) -> Option<Event> {
    let battery = battery?;
    let low = battery.is_low();
    let before = st.battery_low.replace(low);
    if before? || !low {
        return None;
    }
    let now = lockctl_api::clock::now();
    let mut e = Event::new(
        format!("{}/battery_low/{}", lock.id, now.as_second()),
        Time::from_secs(now.as_second(), &lock.zone),
        lock,
        "battery_low",
    );
    e.battery = Some(battery);
    Some(e)
}

pub fn online_change(lock: &Lock, st: &mut LockState, online: bool) -> Option<Event> {
    let before = st.online.replace(online);
    if before? == online {
        return None;
    }
    let now = lockctl_api::clock::now();
    let kind = if online { "online" } else { "offline" };
    let mut e = Event::new(
        format!("{}/{kind}/{}", lock.id, now.as_second()),
        Time::from_secs(now.as_second(), &lock.zone),
        lock,
        kind,
    );
    e.online = Some(online);
    Some(e)
}

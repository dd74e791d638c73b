//! The mobile gateway's unlock-method actions (`opmode ...`).
//!
//! Wi-Fi locks name a method by `DP-N` (removal, duress marks) and answer an add with the new
//! method's id; Bluetooth and Zigbee locks remove by member and opmode id and answer an add with
//! nothing, so the new method is read back from the member's opmode list. An add whose answer is
//! lost is settled by the same read; every other method write whose answer is lost reads back
//! the state it should have changed (the member's methods, every method on the lock when the
//! write names no member, the history for `bind-records`), never sending it again.

use serde_json::json;

use crate::error::{Check, Error, NotRead, Result};
use crate::kind::Kind;
use crate::lock::Lock;
use crate::mobile::wire::{int, text};
use crate::mobile::writes::{settle, shown, Sent};
use crate::mobile::Mobile;
use crate::model::{Delivery, Done};
use crate::ops::members::{MethodCount, MethodRef, MethodSettings, UnlockId, UnlockMethod};
use crate::ops::records::{Query, RecordOps};

use super::{add as members, codec, fetch};

fn done(lock: &Lock, action: &str, id: String) -> Done {
    Done {
        lock: lock.id.clone(),
        action: action.to_string(),
        id: Some(id),
    }
}

/// Whether `DP-N` text names the method `unlock` (`12-2` and `12-02` are the same).
fn same(unlock: &UnlockId, id: &str) -> bool {
    id.split_once('-').is_some_and(|(d, n)| {
        d.trim() == unlock.dp.to_string()
            && n.trim().trim_start_matches('0') == unlock.number.trim_start_matches('0')
    })
}

/// Every unlock method the lock lists: each member's (family and panel) and, on locks that
/// keep them, those waiting to be assigned. The read-back of a write that names a method
/// without its member.
async fn everywhere(m: &Mobile, lock: &Lock) -> Result<Vec<UnlockMethod>> {
    let ids: Vec<String> = members::everyone(m, lock)
        .await?
        .into_iter()
        .map(|x| x.id)
        .collect();
    let each = fetch::methods_of_each(&m.client, lock, &ids).await?;
    let mut all: Vec<UnlockMethod> = each.into_iter().flatten().collect();
    if Mobile::entry(lock, "opmode unassigned").is_ok() {
        let r = m
            .send_text(lock, "opmode unassigned", json!({ "devId": lock.id }))
            .await?;
        all.extend(codec::unassigned(&r));
    }
    Ok(all)
}

fn lock_methods(lock: &Lock) -> Check {
    Check::LockMethods {
        lock: lock.id.clone(),
    }
}

fn member_methods(lock: &Lock, member: &str) -> Check {
    Check::Methods {
        lock: lock.id.clone(),
        member: member.to_string(),
    }
}

pub async fn settings(m: &Mobile, lock: &Lock, member: &str) -> Result<MethodSettings> {
    let pd = json!({ "devId": lock.id, "userId": member });
    let r = m.send(lock, "opmode show", pd).await?;
    Ok(codec::settings(&r, lock, member))
}

pub async fn counts(m: &Mobile, lock: &Lock, member: &str) -> Result<Vec<MethodCount>> {
    let pd = json!({ "devId": lock.id, "userId": member });
    let r = m.send(lock, "opmode count", pd).await?;
    Ok(codec::counts(&r))
}

pub async fn add(
    m: &Mobile,
    lock: &Lock,
    member: &str,
    unlock: &UnlockId,
    name: Option<&str>,
) -> Result<UnlockMethod> {
    let pd = json!({ "devId": lock.id, "userId": member, "unlockId": unlock.to_string(), "unlockName": name.unwrap_or_default() });
    let what = format!("attaching {unlock} to member {member}");
    let check = Check::Methods {
        lock: lock.id.clone(),
        member: member.to_string(),
    };
    let r = match m.send_write(lock, "opmode add", pd).await? {
        Sent::Answer(r) => r,
        // Lost: the method is attached when the member's list shows it.
        Sent::Lost(reason) => {
            return settle(&what, reason, check, || attached(m, lock, member, unlock)).await
        }
    };
    if r.get("opModeId").is_some() {
        return Ok(UnlockMethod {
            id: Some(text(&r, "opModeId")),
            unlock_id: unlock.to_string(),
            kind: unlock.kind(),
            name: text(&r, "unlockName"),
            member: Some(member.to_string()),
            duress: false,
            frozen: false,
            delivery: Delivery::Delivered,
            changed: None,
            not_read: None,
        });
    }
    // Answered with nothing: the method is read back. The attach is done: a failed read gives
    // the method as sent, noted for the command to warn.
    let why = match attached(m, lock, member, unlock).await {
        Ok(Some(x)) => return Ok(x),
        Ok(None) => format!("{unlock} is not listed yet"),
        Err(e) => e.to_string(),
    };
    Ok(UnlockMethod {
        id: None,
        unlock_id: unlock.to_string(),
        kind: unlock.kind(),
        name: name.unwrap_or_default().to_string(),
        member: Some(member.to_string()),
        duress: false,
        frozen: false,
        delivery: Delivery::Pending,
        changed: None,
        not_read: Some(NotRead::new("the attached method's id", why, check)),
    })
}

/// The member's method `unlock`, if the member's list shows it.
async fn attached(
    m: &Mobile,
    lock: &Lock,
    member: &str,
    unlock: &UnlockId,
) -> Result<Option<UnlockMethod>> {
    let (list, _) = fetch::methods(m.client(), lock, member).await?;
    Ok(list.into_iter().find(|x| same(unlock, &x.unlock_id)))
}

pub async fn rename(m: &Mobile, lock: &Lock, id: &str, name: &str) -> Result<Done> {
    let pd = json!({ "devId": lock.id, "opmodeId": id, "unlockName": name });
    // Lost: the method is named by its id alone, so every member's methods are read back;
    // renamed when it carries the name, not when it carries another.
    let probe = || async {
        let all = everywhere(m, lock).await?;
        match all.iter().find(|x| x.id.as_deref() == Some(id.trim())) {
            Some(x) => Ok(shown(x.name == name)),
            None => Err(Error::Invalid(format!("unlock method {id} is not listed"))),
        }
    };
    let what = format!("opmode rename {id}");
    m.write_settled(lock, "opmode rename", pd, what, lock_methods(lock), probe)
        .await?;
    Ok(done(lock, "opmode rename", id.to_string()))
}

/// The postData naming the method, or what is missing for this lock.
pub fn check_ref(lock: &Lock, r: &MethodRef) -> Result<serde_json::Value> {
    if lock.kind == Kind::Wifi {
        let u = r.unlock_id.as_ref().ok_or_else(|| {
            Error::Invalid(
                "missing --unlock-id: Wi-Fi locks remove a method by its DP-N, e.g. --unlock-id 12-2"
                    .into(),
            )
        })?;
        return Ok(json!({ "devId": lock.id, "unlockId": u.to_string() }));
    }
    match (&r.member, &r.id) {
        (Some(user), Some(id)) => Ok(json!({ "devId": lock.id, "userId": user, "opmodeId": id })),
        _ => Err(Error::Invalid(format!(
            "missing --user and --id: {} locks remove a method by member and opmode id (see `lockctl opmode list --user U`)",
            lock.kind.label()
        ))),
    }
}

pub async fn remove(m: &Mobile, lock: &Lock, r: &MethodRef) -> Result<Done> {
    Mobile::entry(lock, "opmode remove")?;
    let pd = check_ref(lock, r)?;
    let id = match int(&pd, "opmodeId") {
        Some(_) => text(&pd, "opmodeId"),
        None => text(&pd, "unlockId"),
    };
    let what = format!("opmode remove {id}");
    match (&r.member, &r.id) {
        // By member and id: removed when the member's list no longer shows the id.
        (Some(member), Some(op)) if lock.kind != Kind::Wifi => {
            let probe = || async {
                let (list, _) = fetch::methods(m.client(), lock, member).await?;
                Ok(shown(
                    !list.iter().any(|x| x.id.as_deref() == Some(op.trim())),
                ))
            };
            let check = member_methods(lock, member);
            m.write_settled(lock, "opmode remove", pd, what, check, probe)
                .await?;
        }
        // By DP-N: removed when no member has it and it does not wait to be assigned.
        _ => {
            let unlock = r.unlock_id.clone();
            let probe = || async {
                let Some(u) = unlock.as_ref() else {
                    return Err(Error::Invalid("the method has no DP-N to look for".into()));
                };
                let all = everywhere(m, lock).await?;
                Ok(shown(!all.iter().any(|x| same(u, &x.unlock_id))))
            };
            m.write_settled(lock, "opmode remove", pd, what, lock_methods(lock), probe)
                .await?;
        }
    }
    Ok(done(lock, "opmode remove", id))
}

/// How many of `ids` pass `is`: all of them, none, or some (the write is then not known).
fn all_or_none(
    ids: &[UnlockId],
    is: impl Fn(&UnlockId) -> bool,
    some: String,
) -> Result<Option<()>> {
    let n = ids.iter().filter(|u| is(u)).count();
    match n {
        n if n == ids.len() => Ok(Some(())),
        0 => Ok(None),
        _ => Err(Error::Invalid(some)),
    }
}

pub async fn with_ids(
    m: &Mobile,
    lock: &Lock,
    verb: &str,
    member: &str,
    ids: &[UnlockId],
) -> Result<Done> {
    let list: Vec<String> = ids.iter().map(UnlockId::to_string).collect();
    let pd = json!({ "devId": lock.id, "userId": member, "unlockIds": list });
    let what = format!("{verb} {} to member {member}", list.join(","));
    if verb == "opmode assign" {
        // Assigned when the member's methods list them all; not when they list none.
        let probe = || async {
            let (have, _) = fetch::methods(m.client(), lock, member).await?;
            let is = |u: &UnlockId| have.iter().any(|x| same(u, &x.unlock_id));
            all_or_none(ids, is, format!("member {member} has only some of them"))
        };
        let check = member_methods(lock, member);
        m.write_settled(lock, verb, pd, what, check, probe).await?;
    } else {
        // Rewritten when the newest records of these methods all name the member; not when
        // none does. With no such record among them, nothing shows it.
        let probe = || async {
            let records = newest_records(m, lock).await?;
            let of = |u: &UnlockId| {
                records
                    .iter()
                    .filter(|r| r.unlock_id.as_deref().is_some_and(|x| same(u, x)))
                    .map(|r| r.member.as_ref().and_then(|p| p.id.as_deref()) == Some(member))
                    .collect::<Vec<bool>>()
            };
            let seen: Vec<bool> = ids.iter().flat_map(of).collect();
            if seen.is_empty() {
                return Err(Error::Invalid(format!(
                    "no record of {} among the newest {NEWEST}",
                    list.join(", ")
                )));
            }
            match (seen.iter().all(|b| *b), seen.iter().any(|b| *b)) {
                (true, _) => Ok(Some(())),
                (_, false) => Ok(None),
                _ => Err(Error::Invalid(format!(
                    "only some records name member {member}"
                ))),
            }
        };
        let check = Check::History {
            lock: lock.id.clone(),
        };
        m.write_settled(lock, verb, pd, what, check, probe).await?;
    }
    Ok(done(lock, verb, member.to_string()))
}

/// Records read back after a lost `bind-records` answer.
const NEWEST: u64 = 200;

/// The newest open-door records (up to [`NEWEST`]).
async fn newest_records(m: &Mobile, lock: &Lock) -> Result<Vec<crate::ops::records::Record>> {
    let q = Query {
        kinds: vec![],
        since: None,
        until: None,
        member: None,
        page_size: NEWEST as u32,
        limit: Some(NEWEST),
        concurrency: 1,
    };
    let mut pages = m.history(lock, &q).await?;
    let mut out = vec![];
    while let Some(p) = pages.next().await? {
        out.extend(p.items);
    }
    Ok(out)
}

pub async fn duress(m: &Mobile, lock: &Lock, unlock: &UnlockId, on: bool) -> Result<Done> {
    let verb = if on {
        "opmode hijack set"
    } else {
        "opmode hijack unset"
    };
    // `dpValue` is the number after the `-`, as an integer.
    let value: i64 = unlock.number.parse().unwrap_or(0);
    let pd = json!({ "devId": lock.id, "dpId": unlock.dp, "dpValue": value });
    // Lost: set when the member who has the method shows the mark as asked, not when it shows
    // the other; a method nobody has shows no mark.
    let probe = || async {
        let all = everywhere(m, lock).await?;
        match all
            .iter()
            .find(|x| x.member.is_some() && same(unlock, &x.unlock_id))
        {
            Some(x) => Ok(shown(x.duress == on)),
            None => Err(Error::Invalid(format!(
                "no member's method {unlock} is listed"
            ))),
        }
    };
    let what = format!("{verb} {unlock}");
    m.write_settled(lock, verb, pd, what, lock_methods(lock), probe)
        .await?;
    Ok(done(lock, verb, unlock.to_string()))
}

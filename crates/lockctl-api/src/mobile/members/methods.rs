//! The mobile gateway's unlock-method actions (`opmode ...`).
//!
//! Wi-Fi locks name a method by `DP-N` (removal, duress marks) and answer an add with the new
//! method's id; Bluetooth and Zigbee locks remove by member and opmode id and answer an add with
//! nothing, so the new method is read back from the member's opmode list. An add whose answer is
//! lost is settled by the same read.

use serde_json::json;

use crate::error::{Check, Error, NotRead, Result};
use crate::kind::Kind;
use crate::lock::Lock;
use crate::mobile::wire::{int, text};
use crate::mobile::writes::{settle, Sent};
use crate::mobile::Mobile;
use crate::model::{Delivery, Done};
use crate::ops::members::{MethodCount, MethodRef, MethodSettings, UnlockId, UnlockMethod};

use super::{codec, fetch};

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
    let same = |id: &str| {
        id.split_once('-').is_some_and(|(d, n)| {
            d == unlock.dp.to_string()
                && n.trim_start_matches('0') == unlock.number.trim_start_matches('0')
        })
    };
    Ok(list.into_iter().find(|x| same(&x.unlock_id)))
}

pub async fn rename(m: &Mobile, lock: &Lock, id: &str, name: &str) -> Result<Done> {
    let pd = json!({ "devId": lock.id, "opmodeId": id, "unlockName": name });
    m.send(lock, "opmode rename", pd).await?;
    Ok(Done {
        lock: lock.id.clone(),
        action: "opmode rename".into(),
        id: Some(id.to_string()),
    })
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
    m.send(lock, "opmode remove", pd.clone()).await?;
    let id = match int(&pd, "opmodeId") {
        Some(_) => text(&pd, "opmodeId"),
        None => text(&pd, "unlockId"),
    };
    Ok(Done {
        lock: lock.id.clone(),
        action: "opmode remove".into(),
        id: Some(id),
    })
}

pub async fn with_ids(
    m: &Mobile,
    lock: &Lock,
    verb: &str,
    member: &str,
    ids: &[UnlockId],
) -> Result<Done> {
    let ids: Vec<String> = ids.iter().map(UnlockId::to_string).collect();
    let pd = json!({ "devId": lock.id, "userId": member, "unlockIds": ids });
    m.send(lock, verb, pd).await?;
    Ok(Done {
        lock: lock.id.clone(),
        action: verb.to_string(),
        id: Some(member.to_string()),
    })
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
    m.send(lock, verb, pd).await?;
    Ok(Done {
        lock: lock.id.clone(),
        action: verb.to_string(),
        id: Some(unlock.to_string()),
    })
}

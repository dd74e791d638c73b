//! Offline codes on the mobile gateway: the same actions on both lock kinds except `rename`
//! (Wi-Fi `offlinepwd.bind` with a `mobile` field, Bluetooth `offlinepwd.name.update`) and the
//! answers of `revoke` (the code as text on Wi-Fi, `{pwd, pwdId}` on Bluetooth).

use crate::clock;
use std::collections::HashSet;
use std::sync::Mutex;

use serde_json::{json, Value};

use super::{num_id, read};
use crate::error::{Check, Error, NotRead, Result};
use crate::kind::Column;
use crate::lock::Lock;
use crate::mobile::wire::{list, read_list, text};
use crate::mobile::writes::{settle, shown, Sent};
use crate::mobile::Mobile;
use crate::model::{Time, Validity};
use crate::ops::passwords::{
    ClearCode, NewOfflinePassword, OfflineAvailability, OfflinePassword, OfflineQuery, OfflineType,
};

/// At most this many pages per type: a cloud that never says it is done cannot loop us forever.
const MAX_PAGES: usize = 10_000;
/// Pages read back (of [`READBACK_LIMIT`] codes) to find a code just issued.
const READBACK_PAGES: usize = 5;
const READBACK_LIMIT: usize = 100;

pub async fn available(m: &Mobile, lock: &Lock, kind: OfflineType) -> Result<OfflineAvailability> {
    let r = m
        .send(
            lock,
            "offlinepwd available",
            json!({ "devId": lock.id, "pwdType": read::offline_code(kind) }),
        )
        .await?;
    // A boolean on Bluetooth, the text "true"/"false" in the Wi-Fi document.
    Ok(OfflineAvailability {
        kind,
        available: r.as_bool() == Some(true) || r.as_str() == Some("true"),
    })
}

pub async fn create(m: &Mobile, lock: &Lock, new: &NewOfflinePassword) -> Result<OfflinePassword> {
    // Codes other than `multiple` take no window: their start and end go out as 0.
    let (start, end) = match (new.kind, new.window) {
        (OfflineType::Multiple, Some((f, t))) => (f.as_second(), t.as_second()),
        (OfflineType::Multiple, None) => {
            return Err(Error::Invalid("a multiple-use code needs a window".into()))
        }
        (OfflineType::ClearOne, _) => {
            return Err(Error::Invalid(
                "clear codes for one password come from revoking it".into(),
            ))
        }
        _ => (0, 0),
    };
    let mut pd = json!({
        "devId": lock.id,
        "pwdType": read::offline_code(new.kind),
        "gmtStart": start,
        "gmtExpired": end,
        "pwdName": new.name.clone().unwrap_or_default(),
    });
    if lock.kind.column() == Column::Wifi {
        pd["countryCode"] = json!(new.country_code.clone().unwrap_or_default());
        pd["mobile"] = json!(new.phone.clone().unwrap_or_default());
    }
    let before = known_codes(m, lock, new).await?;
    let r = match m.send_write(lock, "offlinepwd create", pd).await? {
        Sent::Answer(r) => r,
        Sent::Lost(reason) => return settle_lost(m, lock, new, &before, reason).await,
    };
    let pin = text(&r, "pwd");
    let id = Some(text(&r, "pwdId")).filter(|s| !s.is_empty());
    // The answer holds only the code and its id: read the list back for the window the cloud
    // gave it (one-time and clear codes start when issued). A failed read-back is no failure:
    // the code as sent, noted for the command to warn.
    let why = match &id {
        Some(id) => match find(m, lock, new.kind, id).await {
            Ok(Some(mut found)) => {
                found.pin = Some(pin);
                return Ok(found);
            }
            Ok(None) => "the list does not show it yet".to_string(),
            Err(e) => e.to_string(),
        },
        None => "the answer carried no id".to_string(),
    };
    let mut out = as_sent(lock, new, id, start, end);
    out.pin = Some(pin);
    let check = Check::OfflinePasswords {
        lock: lock.id.clone(),
        kind: new.kind.as_str().into(),
    };
    out.not_read = Some(NotRead::new("the new code's window", why, check));
    Ok(out)
}

/// Types whose codes carry names a new code could repeat.
const NAMED: [OfflineType; 3] = [
    OfflineType::Multiple,
    OfflineType::Once,
    OfflineType::ClearAll,
];

/// The codes of one type, as far as a read-back looks.
async fn codes(m: &Mobile, lock: &Lock, kind: OfflineType) -> Result<Vec<Value>> {
    let mut out = vec![];
    for page in 0..READBACK_PAGES {
        let pd = json!({ "devId": lock.id, "pwdType": read::offline_code(kind),
            "offset": page * READBACK_LIMIT, "limit": READBACK_LIMIT });
        let r = m.send_aux(lock, "offlinepwd list", pd).await?;
        let items = list(&r).to_vec();
        let short = items.len() < READBACK_LIMIT;
        out.extend(items);
        if short {
            break;
        }
    }
    Ok(out)
}

/// Refuse a name a live code already has; answer the ids of the new code's type seen before.
async fn known_codes(m: &Mobile, lock: &Lock, new: &NewOfflinePassword) -> Result<HashSet<String>> {
    let name = new.name.clone().unwrap_or_default();
    let now = clock::now().as_second();
    let mut known = HashSet::new();
    for kind in NAMED {
        let check_name = !name.is_empty() && !new.allow_duplicate_name;
        if kind != new.kind && !check_name {
            continue;
        }
        for v in codes(m, lock, kind).await? {
            let p = read::offline(&v, lock, now);
            if check_name && p.name == name && p.validity != Validity::Expired {
                return Err(Error::AlreadyExists {
                    what: "an offline password".into(),
                    name,
                    id: p.id.unwrap_or_default(),
                });
            }
            if kind == new.kind {
                known.insert(text(&v, "pwdId"));
            }
        }
    }
    Ok(known)
}

/// The answer to an issue was lost: the code is there if the list shows a new one of this type
/// and name. Its PIN is lost with the answer (lists never show it), so it comes back null.
async fn settle_lost(
    m: &Mobile,
    lock: &Lock,
    new: &NewOfflinePassword,
    known: &HashSet<String>,
    reason: String,
) -> Result<OfflinePassword> {
    let name = new.name.clone().unwrap_or_default();
    let what = format!("issuing an offline code `{name}`");
    let check = Check::OfflinePasswords {
        lock: lock.id.clone(),
        kind: new.kind.as_str().into(),
    };
    settle(&what, reason, check, || async {
        let now = clock::now().as_second();
        Ok(codes(m, lock, new.kind)
            .await?
            .into_iter()
            .filter(|v| text(v, "pwdName") == name && !known.contains(&text(v, "pwdId")))
            .max_by_key(|v| text(v, "pwdId").parse::<i64>().unwrap_or(0))
            .map(|v| read::offline(&v, lock, now)))
    })
    .await
}

/// What lockctl knows of a code it issued when the list does not show it.
fn as_sent(
    lock: &Lock,
    new: &NewOfflinePassword,
    id: Option<String>,
    start: i64,
    end: i64,
) -> OfflinePassword {
    let now = clock::now().as_second();
    let window = (start > 0).then_some((start, end));
    OfflinePassword {
        id,
        name: new.name.clone().unwrap_or_default(),
        kind: Some(new.kind),
        pin: None,
        from: window.and_then(|(s, _)| Time::from_secs(s, &lock.zone)),
        to: window.and_then(|(_, e)| Time::from_secs(e, &lock.zone)),
        validity: window
            .map(|(s, e)| Validity::of_window(Some(s), Some(e), now))
            .unwrap_or(Validity::Active),
        delivery: None,
        clear_code_issued: false,
        clears: None,
        not_read: None,
    }
}

/// Code `id` of one type as the list shows it (None: not among the pages read back).
async fn find(
    m: &Mobile,
    lock: &Lock,
    kind: OfflineType,
    id: &str,
) -> Result<Option<OfflinePassword>> {
    let now = clock::now().as_second();
    for page in 0..READBACK_PAGES {
        let pd = json!({ "devId": lock.id, "pwdType": read::offline_code(kind),
            "offset": page * READBACK_LIMIT, "limit": READBACK_LIMIT });
        let r = m.send_aux(lock, "offlinepwd list", pd).await?;
        let items = list(&r);
        if let Some(p) = items.iter().find(|p| text(p, "pwdId") == id) {
            return Ok(Some(read::offline(p, lock, now)));
        }
        if items.len() < READBACK_LIMIT {
            return Ok(None);
        }
    }
    Ok(None)
}

/// The list calls require a type: without one, each listable type is asked for in turn (clear
/// codes for one password come with the clear-all list).
pub async fn list_all(m: &Mobile, lock: &Lock, q: &OfflineQuery) -> Result<Vec<OfflinePassword>> {
    let types = match q.kind {
        Some(t) => vec![t],
        None => vec![
            OfflineType::Multiple,
            OfflineType::Once,
            OfflineType::ClearAll,
        ],
    };
    let mut out = vec![];
    for t in types {
        out.extend(pages(m, lock, t, q).await?);
    }
    Ok(out)
}

/// Every page of one type, each read element by element into codes.
async fn pages(
    m: &Mobile,
    lock: &Lock,
    t: OfflineType,
    q: &OfflineQuery,
) -> Result<Vec<OfflinePassword>> {
    let limit = q.limit.max(1) as usize;
    let now = clock::now().as_second();
    let mut offset = 0;
    let mut out = vec![];
    let mut previous: Option<u64> = None;
    for _ in 0..MAX_PAGES {
        let mut pd = json!({ "devId": lock.id, "pwdType": read::offline_code(t),
            "offset": offset, "limit": limit });
        if q.valid_only {
            pd["status"] = json!(1);
        }
        let r = m.send_text(lock, "offlinepwd list", pd).await?;
        let page = read_list(&r, |p| p.is_object().then(|| read::offline(p, lock, now)));
        m.keep_raw_text(r);
        if page.len > 0 && previous == Some(page.digest) {
            return Err(Error::BadResponse {
                url: "the cloud".into(),
                reason: "it sent the same page twice; stopping rather than looping".into(),
            });
        }
        out.extend(page.items);
        if !q.all || page.len < limit {
            return Ok(out);
        }
        offset += page.len;
        previous = Some(page.digest);
    }
    Err(Error::BadResponse {
        url: "the cloud".into(),
        reason: format!("it kept sending pages ({MAX_PAGES} so far)"),
    })
}

pub async fn rename(m: &Mobile, lock: &Lock, id: &str, name: &str) -> Result<()> {
    let mut pd = json!({ "devId": lock.id, "pwdId": num_id(id)?, "pwdName": name });
    // The Wi-Fi call requires `mobile`; an empty one leaves the code's phone as it is.
    if lock.kind.column() == Column::Wifi {
        pd["mobile"] = json!("");
    }
    // Lost: renamed when the lists show the name, not when they show another. The type of the
    // code is not known before: each try reads the types not yet read in full, and when the
    // write stays unknown the check names the one type left (or every type).
    let read: Mutex<Vec<OfflineType>> = Mutex::new(vec![]);
    let probe = || async {
        let mut failed = None;
        for kind in NAMED {
            if read.lock().is_ok_and(|r| r.contains(&kind)) {
                continue;
            }
            match find(m, lock, kind, id.trim()).await {
                Ok(Some(p)) => return Ok(shown(p.name == name)),
                Ok(None) => read.lock().map(|mut r| r.push(kind)).unwrap_or(()),
                Err(e) => failed = Some(e),
            }
        }
        Err(failed
            .unwrap_or_else(|| Error::Invalid(format!("offline password {id} is not listed"))))
    };
    let what = format!("offlinepwd rename {id}");
    let check = Check::OfflineAnyType {
        lock: lock.id.clone(),
    };
    let mut r = m
        .write_settled(lock, "offlinepwd rename", pd, what, check, probe)
        .await;
    if let Err(Error::Unconfirmed { check, .. }) = &mut r {
        let read = read.lock().map(|r| r.clone()).unwrap_or_default();
        let left: Vec<OfflineType> = NAMED.into_iter().filter(|k| !read.contains(k)).collect();
        if let [kind] = left[..] {
            **check = Check::OfflinePasswords {
                lock: lock.id.clone(),
                kind: kind.as_str().into(),
            };
        }
    }
    r
}

pub async fn revoke(m: &Mobile, lock: &Lock, id: &str) -> Result<ClearCode> {
    let pd = json!({ "devId": lock.id, "pwdId": num_id(id)? });
    let r = match m.send_write(lock, "offlinepwd revoke", pd).await? {
        Sent::Answer(r) => r,
        Sent::Lost(reason) => return revoke_lost(m, lock, id, reason).await,
    };
    let (pin, own_id) = match &r {
        Value::String(s) => (s.clone(), None),
        other => (
            text(other, "pwd"),
            Some(text(other, "pwdId")).filter(|s| !s.is_empty()),
        ),
    };
    Ok(ClearCode {
        id: own_id,
        pin: Some(pin),
        clears: id.trim().to_string(),
    })
}

/// A revoke's answer was lost: it landed when the code reads as having its clear code (the
/// clear code's digits were lost with the answer: lists never show them), not when it reads
/// without one.
async fn revoke_lost(m: &Mobile, lock: &Lock, id: &str, reason: String) -> Result<ClearCode> {
    let what = format!("offlinepwd revoke {id}");
    let check = Check::OfflinePasswords {
        lock: lock.id.clone(),
        kind: OfflineType::Multiple.as_str().into(),
    };
    settle(&what, reason, check, || async {
        match find(m, lock, OfflineType::Multiple, id.trim()).await? {
            Some(p) => Ok(p.clear_code_issued.then(|| ClearCode {
                id: None,
                pin: None,
                clears: id.trim().to_string(),
            })),
            None => Err(Error::Invalid(format!(
                "offline password {id} is not listed"
            ))),
        }
    })
    .await
}

//! `member add`: refuse a name a live member already has, send the add once, and when its answer
//! is lost read the members back to learn whether it landed (see [`crate::mobile::writes`]).
//!
//! The members seen before the add are what tells the new one apart: after the add, a member
//! with this name whose id was not there before is the one just made.

use crate::clock;
use std::collections::HashSet;

use serde_json::{json, Value};

use super::{codec, fetch, op_mode};
use crate::error::{Check, Error, NotRead, Result};
use crate::kind::Kind;
use crate::lock::Lock;
use crate::mobile::wire::text;
use crate::mobile::writes::{settle, Sent};
use crate::mobile::Mobile;
use crate::model::Validity;
use crate::ops::members::{Access, Member, MemberStatus, NewMember, Page, Role};

/// Every member of the lock (family and panel), as the list answers show them.
pub(super) async fn everyone(m: &Mobile, lock: &Lock) -> Result<Vec<Member>> {
    let mut all = fetch::family(m, lock, false).await?;
    let page = Page {
        offset: 0,
        limit: 200,
        all: true,
    };
    all.extend(fetch::panel_pages(m, lock, page, false).await?);
    Ok(all)
}

/// A member that still counts: neither expired nor invalid.
fn live(x: &Member) -> bool {
    x.validity != Validity::Expired && x.status != Some(MemberStatus::Invalid)
}

/// The refusal when a live member already has the name.
fn duplicate(members: &[Member], name: &str) -> Option<Error> {
    members
        .iter()
        .find(|x| x.name == name && live(x))
        .map(|x| Error::AlreadyExists {
            what: "a member".into(),
            name: name.to_string(),
            id: x.id.clone(),
        })
}

/// The member called `name` that was not among `known`, if any.
async fn made(
    m: &Mobile,
    lock: &Lock,
    name: &str,
    known: &HashSet<String>,
) -> Result<Option<Member>> {
    Ok(everyone(m, lock)
        .await?
        .into_iter()
        .filter(|x| x.name == name && !known.contains(&x.id))
        .max_by_key(|x| x.id.parse::<i64>().unwrap_or(0)))
}

fn check(lock: &Lock) -> Check {
    Check::Members {
        lock: lock.id.clone(),
    }
}

pub async fn add(m: &Mobile, lock: &Lock, new: &NewMember) -> Result<Member> {
    let before = everyone(m, lock).await?;
    if !new.allow_duplicate_name {
        if let Some(e) = duplicate(&before, &new.name) {
            return Err(e);
        }
    }
    let known: HashSet<String> = before.iter().map(|x| x.id.clone()).collect();
    let pd = post_data(lock, new)?;
    let what = format!("adding member `{}`", new.name);
    // A throttled add is read back before it is sent again (see `send_write_reconciled`).
    let landed = || async { Ok(made(m, lock, &new.name, &known).await?.is_some()) };
    let sent = m
        .send_write_reconciled(lock, "member add", pd, landed)
        .await?;
    let now = clock::now();
    match sent {
        Sent::Lost(reason) => {
            settle(&what, reason, check(lock), || {
                made(m, lock, &new.name, &known)
            })
            .await
        }
        // Wi-Fi locks answer the new id; the member is read back by it. The add is done: a
        // failed read gives the member as sent, noted for the command to warn.
        // A null answer: the add was found landed after throttling; read back below.
        Sent::Answer(r) if lock.kind == Kind::Wifi && !r.is_null() => {
            let id = text(&r, "userId");
            let pd = json!({ "devId": lock.id, "userId": id });
            match m.send_aux(lock, "member show", pd).await {
                Ok(detail) => {
                    let mut out = codec::member(&detail, lock, now);
                    out.unlock_methods = codec::detail_methods(&detail, &id);
                    Ok(out)
                }
                Err(e) => {
                    let thing = format!("the new member (id {id})");
                    Ok(as_sent(
                        lock,
                        &id,
                        new,
                        now,
                        NotRead::new(&thing, e, check(lock)),
                    ))
                }
            }
        }
        // The others answer `true`: the new member is found among the members.
        Sent::Answer(_) => {
            let why = match made(m, lock, &new.name, &known).await {
                Ok(Some(member)) => return Ok(member),
                Ok(None) => "the member lists do not show it yet".to_string(),
                Err(e) => e.to_string(),
            };
            let note = NotRead::new("the new member's id", why, check(lock));
            Ok(as_sent(lock, "", new, now, note))
        }
    }
}

/// What lockctl knows of a member it added when it cannot read the member back: the id when
/// the answer gave it (else empty: null in JSON), the name and access sent.
fn as_sent(
    lock: &Lock,
    id: &str,
    new: &NewMember,
    now: jiff::Timestamp,
    note: Box<NotRead>,
) -> Member {
    let access = new.access.clone().unwrap_or(Access::Permanent);
    Member {
        id: id.to_string(),
        name: new.name.clone(),
        role: Role::Panel,
        contact: None,
        validity: access.validity(now),
        status: None,
        frozen: false,
        access: access.view(lock),
        unlock_methods: vec![],
        lock_user_id: None,
        changed: None,
        not_read: Some(note),
    }
}

fn post_data(lock: &Lock, new: &NewMember) -> Result<Value> {
    if lock.kind == Kind::Wifi {
        return Ok(
            json!({ "devId": lock.id, "name": new.name, "avatar": "", "sex": "", "birthday": "", "height": 0 }),
        );
    }
    let access = new.access.clone().unwrap_or(Access::Permanent);
    let (time_type, time_set) = codec::encode_access(&access)?;
    let mut pd = json!({ "devId": lock.id, "userName": new.name, "avatar": "", "timeType": time_type, "timeSet": time_set });
    if let Some(o) = op_mode(&new.allow)? {
        pd["opMode"] = json!(o);
    }
    Ok(pd)
}

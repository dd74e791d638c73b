//! Reads that take several requests: every page of panel members, and each listed member's
//! unlock methods (a few at a time, so a long list neither crawls nor floods the gateway).

use crate::clock;
use std::sync::Arc;

use serde_json::{json, Value};
use tokio::task::JoinSet;

use crate::client::{CallOptions, Client};
use crate::error::{Error, Result};
use crate::kind::Kind;
use crate::lock::Lock;
use crate::mobile::wire::{each_of, read_list};
use crate::mobile::Mobile;
use crate::ops::members::{Member, Page, UnlockMethod};

use super::codec;

/// At most this many unlock-method lookups in flight while listing members.
const IN_FLIGHT: usize = 8;

/// A gateway that never says it is done must not make the loop run forever.
const MAX_PAGES: usize = 10_000;

/// The family members (one answer), read element by element.
pub async fn family(m: &Mobile, lock: &Lock, keep: bool) -> Result<Vec<Member>> {
    let r = m
        .send_text(lock, "member list", json!({ "devId": lock.id }))
        .await?;
    let now = clock::now();
    let members = each_of(&r, |v| Some(codec::member(v, lock, now)));
    if keep {
        m.keep_raw_text(r);
    }
    Ok(members)
}

/// The panel members of one page, or of every page from `page.offset`, each page read element
/// by element.
pub async fn panel_pages(m: &Mobile, lock: &Lock, page: Page, keep: bool) -> Result<Vec<Member>> {
    let now = clock::now();
    panel_pages_as(m, lock, page, keep, |v| Some(codec::member(v, lock, now))).await
}

/// The panel pages as [`panel_pages`] reads them, each element read by `read` (a lost answer's
/// read-back may want a field the models leave out).
pub async fn panel_pages_as<T>(
    m: &Mobile,
    lock: &Lock,
    page: Page,
    keep: bool,
    read: impl Fn(&Value) -> Option<T>,
) -> Result<Vec<T>> {
    let mut out = vec![];
    let mut offset = page.offset as u64;
    let mut previous: Option<u64> = None;
    for _ in 0..MAX_PAGES {
        let pd = json!({ "devId": lock.id, "offset": offset, "limit": page.limit });
        let r = m.send_text(lock, "member list --panel", pd).await?;
        let got = read_list(&r, &read);
        if keep {
            m.keep_raw_text(r);
        }
        if got.len > 0 && previous == Some(got.digest) {
            return Err(stuck("the cloud sent the same page of members twice"));
        }
        let n = got.len as u64;
        out.extend(got.items);
        if !page.all || n < page.limit as u64 {
            return Ok(out);
        }
        offset += n;
        previous = Some(got.digest);
    }
    Err(stuck("the cloud kept sending pages of members"))
}

fn stuck(reason: &str) -> Error {
    Error::BadResponse {
        url: "the member list".into(),
        reason: format!("{reason}; stopping rather than looping"),
    }
}

/// A member's unlock methods, from whichever call the lock's kind offers: Wi-Fi locks list them
/// in the member detail, the others have an opmode list.
pub async fn methods(
    client: &Client,
    lock: &Lock,
    member: &str,
) -> Result<(Vec<UnlockMethod>, Value)> {
    let pd = json!({ "devId": lock.id, "userId": member });
    if lock.kind == Kind::Wifi {
        let raw = call(client, lock, "member show", pd).await?;
        Ok((codec::detail_methods(&raw, member), raw))
    } else {
        let raw = call(client, lock, "opmode list", pd).await?;
        Ok((codec::opmode_methods(&raw, lock, member), raw))
    }
}

async fn call(client: &Client, lock: &Lock, verb: &str, pd: Value) -> Result<Value> {
    let entry = Mobile::entry(lock, verb)?;
    client
        .call(
            entry.action,
            entry.version,
            Some(&pd),
            &CallOptions {
                read: entry.read,
                ..Default::default()
            },
        )
        .await
}

/// The unlock methods of each member, in the members' order.
pub async fn methods_of_each(
    client: &Arc<Client>,
    lock: &Lock,
    members: &[String],
) -> Result<Vec<Vec<UnlockMethod>>> {
    let mut out: Vec<Vec<UnlockMethod>> = vec![vec![]; members.len()];
    let mut set = JoinSet::new();
    let mut next = 0;
    loop {
        while set.len() < IN_FLIGHT && next < members.len() {
            let (c, l, id, i) = (client.clone(), lock.clone(), members[next].clone(), next);
            set.spawn(async move { (i, methods(&c, &l, &id).await) });
            next += 1;
        }
        let Some(done) = set.join_next().await else {
            return Ok(out);
        };
        let (i, r) = done.map_err(|e| Error::BadResponse {
            url: "the member list".into(),
            reason: format!("an unlock-method lookup did not finish: {e}"),
        })?;
        out[i] = r?.0;
    }
}

//! Creating a temporary password: refuse a name a live password already has, send the create
//! once, and when its answer is lost read the list back to learn whether it landed (see
//! [`crate::mobile::writes`]). The ids seen before the create tell the new password apart.

use std::collections::HashSet;

use serde_json::json;

use super::{as_sent, temp_post_data};
use crate::error::{Check, Error, NotRead, Result};
use crate::lock::Lock;
use crate::mobile::writes::{settle, Sent};
use crate::mobile::Mobile;
use crate::model::{Delivery, Time, Validity};
use crate::ops::passwords::{NewTempPassword, TempPassword};

/// A password that still counts: not expired or used up, not being deleted.
fn live(p: &TempPassword) -> bool {
    p.validity != Validity::Expired && p.delivery != Some(Delivery::Deleting)
}

/// The newest password with this name and window that was not among `known`.
fn newest(
    list: Vec<TempPassword>,
    new: &NewTempPassword,
    known: &HashSet<String>,
) -> Option<TempPassword> {
    let (from, to) = (new.from.as_second(), new.to.as_second());
    list.into_iter()
        .filter(|p| {
            p.name == new.name
                && p.from.as_ref().map(Time::as_secs) == Some(from)
                && p.to.as_ref().map(Time::as_secs) == Some(to)
                && !p.id.as_ref().is_some_and(|i| known.contains(i))
        })
        .max_by_key(|p| p.id.as_deref().and_then(|i| i.parse::<i64>().ok()))
}

pub async fn create(m: &Mobile, lock: &Lock, new: &NewTempPassword) -> Result<TempPassword> {
    let before = m.temp_list_aux(lock).await?;
    if !new.allow_duplicate_name {
        if let Some(p) = before.iter().find(|p| p.name == new.name && live(p)) {
            return Err(Error::AlreadyExists {
                what: "a temporary password".into(),
                name: new.name.clone(),
                id: p.id.clone().unwrap_or_default(),
            });
        }
    }
    let known: HashSet<String> = before.into_iter().filter_map(|p| p.id).collect();
    let mut pd = temp_post_data(lock, new)?;
    pd["availTime"] = json!(if new.one_time { 1 } else { 0 });
    let landed = || async { Ok(newest(m.temp_list_aux(lock).await?, new, &known).is_some()) };
    match m
        .send_write_reconciled(lock, "temppwd create", pd, landed)
        .await?
    {
        // The cloud answers only `true`: the list read back gives the new password its id. A
        // failed read-back is no failure: the password is shown as sent, without an id, and
        // what could not be read is noted for the command to warn.
        Sent::Answer(_) => {
            let check = Check::TempPasswords {
                lock: lock.id.clone(),
            };
            let why = match m.temp_list_aux(lock).await {
                Ok(list) => match newest(list, new, &known) {
                    Some(p) => return Ok(p),
                    None => "the lock's list does not show it yet".to_string(),
                },
                Err(e) => e.to_string(),
            };
            let mut p = as_sent(lock, new);
            p.not_read = Some(NotRead::new("the new password's id", why, check));
            Ok(p)
        }
        Sent::Lost(reason) => {
            let what = format!("creating temporary password `{}`", new.name);
            let check = Check::TempPasswords {
                lock: lock.id.clone(),
            };
            settle(&what, reason, check, || async {
                Ok(newest(m.temp_list_aux(lock).await?, new, &known))
            })
            .await
        }
    }
}

//! `temppwd create` on one lock or many: the per-lock body (create, then follow it to the lock
//! with `--wait`, or issue an offline password instead with `--fallback offline` when the lock is
//! offline), and the run over several locks (PINs and windows made per lock, all checked before
//! any request).

use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use lockctl_api::ops::passwords::{
    NewOfflinePassword, NewTempPassword, OfflinePassword, OfflineType, PasswordOp, TempPassword,
};
use lockctl_api::Lock;
use serde::Serialize;

use super::create::{ask_window, Early, NewArgs};
use super::input::{check_pin, generate_pin};
use crate::context::Context;
use crate::error::Fail;
use crate::fleet::wait::{self, Reached, Verified};
use crate::fleet::{self, Row, Shared, Targets};
use crate::output::time::window;

/// How a create follows its password: `--wait`, `--fallback offline`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Follow {
    pub wait: Option<Duration>,
    pub fallback: bool,
}

/// What a create made: an online password (with where it stands at the lock), or, with
/// `--fallback offline` on an offline lock, an offline password for the same window.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Made {
    Online(Verified<TempPassword>),
    Offline(OfflinePassword),
}

/// One lock's create: the body the runner calls per lock (and a one-lock create once).
pub async fn made(
    s: &Shared,
    lock: &Lock,
    new: &NewTempPassword,
    generated: bool,
    f: Follow,
) -> Result<Made> {
    if f.fallback && wait::offline(s, lock).await? {
        let off = NewOfflinePassword {
            kind: OfflineType::Multiple,
            name: Some(new.name.clone()),
            window: Some((new.from, new.to)),
            phone: new.phone.clone(),
            country_code: new.country_code.clone(),
            allow_duplicate_name: new.allow_duplicate_name,
        };
        return Ok(Made::Offline(
            s.api.create_offline_password(lock, &off).await?,
        ));
    }
    let (mut created, pin) = create_learning(s, lock, new, generated).await?;
    if generated {
        // The one place a PIN is shown: the user asked lockctl to make it up.
        created.pin = Some(pin);
    }
    let first = reached(s, lock, &created).await;
    let id = created.id.clone();
    let last = created.clone();
    let poll = || async {
        let Some(id) = &id else {
            // Created without an id to follow: it stays as sent.
            return Ok((last.clone(), Reached::Pending));
        };
        Ok(match s.api.temp_password(lock, id).await? {
            Some(mut p) => {
                p.pin = last.pin.clone();
                let r = reached(s, lock, &p).await;
                (p, r)
            }
            None => (
                last.clone(),
                Reached::Refused("it is gone from the lock's list".into()),
            ),
        })
    };
    let check = lockctl_api::error::Check::TempPasswords {
        lock: lock.id.clone(),
    };
    Ok(Made::Online(
        wait::verify(s, lock, created, first, f.wait, check, poll).await?,
    ))
}

/// Where a created password stands at the lock. A lock that refused it for want of a free slot
/// says how many passwords it holds and how many of them are over, and points to `temppwd
/// prune` (after `; ` the words [`split_slot_hint`] makes the hint of a one-lock run).
async fn reached(s: &Shared, lock: &Lock, p: &TempPassword) -> Reached {
    if !p.no_free_slot {
        return Reached::of(p.delivery);
    }
    Reached::Refused(no_free_slot_words(s, lock, p.id.as_deref()).await)
}

/// `no free slot: Garage holds 10 temporary passwords (3 of them expired or used); free
/// slots with ...`; without the counts when the list cannot be read.
pub async fn no_free_slot_words(s: &Shared, lock: &Lock, refused: Option<&str>) -> String {
    // The OpenAPI does not report one-time use, so `--used` would free nothing more there.
    let used = match s.api.name() {
        "openapi" => "",
        _ => " --used",
    };
    let pointer = format!(
        "free slots with `lockctl temppwd prune -d {}{used}`, then create it again",
        lock.id
    );
    let Ok(all) = s.api.temp_passwords(lock).await else {
        return format!("no free slot on {}; {pointer}", lock.name);
    };
    let now = lockctl_api::clock::now();
    // Those on the lock or on their way to it: not this one, not refused ones, not those going.
    let held: Vec<&TempPassword> = all
        .iter()
        .filter(|p| p.id.as_deref() != refused)
        .filter(|p| {
            !matches!(
                p.delivery,
                Some(lockctl_api::Delivery::Failed) | Some(lockctl_api::Delivery::Deleting)
            )
        })
        .collect();
    let over = held
        .iter()
        .filter(|p| super::prune::reason(p, true, now).is_some())
        .count();
    format!(
        "no free slot: {} holds {} temporary password{} ({over} of them expired or used); {pointer}",
        lock.name,
        held.len(),
        if held.len() == 1 { "" } else { "s" },
    )
}

/// A one-lock run's error for a lock without a free slot: the words before `; free slots` as
/// the error, the rest as its hint.
pub fn split_slot_hint(e: anyhow::Error) -> anyhow::Error {
    let text = e.to_string();
    match (
        text.contains("no free slot"),
        text.split_once("; free slots"),
    ) {
        (true, Some((what, rest))) => Fail::failure(what, format!("free slots{rest}")),
        _ => e,
    }
}

/// Create the password. When the lock refuses the PIN's length and names the one it takes, the
/// length is remembered for the lock (the next PIN is made or checked at it), and a generated
/// PIN is made again once at that length and sent: nobody has seen the refused one, and the
/// refusal created nothing (the cloud checks the PIN before it stores the password; a typed
/// PIN is not replaced: the user is told the length). Answers the created password and the PIN
/// it carries.
async fn create_learning(
    s: &Shared,
    lock: &Lock,
    new: &NewTempPassword,
    generated: bool,
) -> Result<(TempPassword, lockctl_api::Secret)> {
    let e = match s.api.create_temp_password(lock, new).await {
        Ok(c) => return Ok((c, new.pin.clone())),
        Err(e) => e,
    };
    let Some(len) = e.pin_len_wanted() else {
        return Err(e.into());
    };
    if let Some((dir, profile)) = &s.cache {
        // Best effort: without it the next run learns the length again.
        let _ = crate::config::cache::store_pin_len(dir, profile, &lock.id, len);
    }
    if !generated || new.pin.expose().len() == len {
        return Err(e.into());
    }
    let again = NewTempPassword {
        pin: generate_pin(len),
        ..new.clone()
    };
    let created = s.api.create_temp_password(lock, &again).await?;
    Ok((created, again.pin))
}

/// The warnings of a create whose follow-up reads failed (the password was created).
pub fn warnings(m: &Made) -> Vec<String> {
    let Made::Online(v) = m else {
        return vec![];
    };
    let done = format!("temporary password \"{}\" was created", v.model.name);
    v.model
        .not_read
        .as_deref()
        .into_iter()
        .chain(v.not_read.as_deref())
        .map(|n| wait::not_read_words(&done, n))
        .collect()
}

/// What the table says of a lock's create.
pub fn row(m: &Made) -> Row {
    match m {
        Made::Online(v) => {
            let p = &v.model;
            let mut detail = format!("\"{}\" id {}", p.name, p.id.as_deref().unwrap_or("unknown"));
            if let Some(pin) = &p.pin {
                detail.push_str(&format!(", PIN {}", pin.expose()));
            }
            let pending = v.reached == Reached::Pending;
            if pending {
                detail.push_str(match v.offline {
                    true => "; pending: lock offline",
                    false => "; pending: not confirmed yet",
                });
            }
            Row {
                state: if pending { "pending" } else { "ok" },
                detail,
            }
        }
        Made::Offline(o) => Row {
            state: "ok",
            detail: format!(
                "lock offline: offline password {} valid {}",
                o.pin.as_deref().unwrap_or("(not shown)"),
                window(o.from.as_ref(), o.to.as_ref())
            ),
        },
    }
}

/// `temppwd create` over several locks: every flag given (no walk-through), each lock's window
/// read in its own zone and its PIN checked against (or generated for) its length before any
/// request.
pub async fn create_many(a: NewArgs, e: Early, f: Follow, ctx: &mut Context) -> Result<()> {
    let mut missing = vec![];
    if e.name.is_none() {
        missing.push("--name");
    }
    if e.stdin_pin.is_none() && !a.fields.generate {
        missing.push("--pin-stdin or --generate");
    }
    if a.fields.from.is_none() {
        missing.push("--from");
    }
    if a.fields.to.is_none() {
        missing.push("--to");
    }
    if !missing.is_empty() {
        return Err(Fail::usage(format!(
            "temppwd create on several locks needs {}",
            missing.join(", ")
        )));
    }
    let Targets::Many(locks) = fleet::targets(ctx).await? else {
        return Err(Fail::usage("several locks were expected"));
    };
    let api = ctx.api().await?;
    let name = e.name.clone().unwrap_or_default();
    let plans = fleet::prepare("temppwd create", &locks, |l| {
        api.offers(l, PasswordOp::TempCreate)?;
        if f.fallback {
            api.offers(l, PasswordOp::OfflineCreate)?;
        }
        let (pin, generated) = match &e.stdin_pin {
            Some(p) => {
                check_pin(p, l.pin_len())?;
                (p.clone(), false)
            }
            None => (generate_pin(l.pin_len()), true),
        };
        let (from, to) = ask_window(&a.fields, &l.zone, ctx)?;
        let new = NewTempPassword {
            name: name.clone(),
            pin,
            from,
            to,
            schedules: e.schedules.clone(),
            one_time: a.fields.once,
            phone: a.fields.phone.clone(),
            country_code: a.fields.country_code.clone(),
            allow_duplicate_name: a.allow_duplicate_name,
        };
        Ok(Arc::new((new, generated)))
    })?;
    let by_id: std::collections::HashMap<String, Arc<(NewTempPassword, bool)>> =
        locks.iter().map(|l| l.id.clone()).zip(plans).collect();
    let ran = fleet::run(ctx, locks.clone(), |s, l| {
        let plan = by_id.get(&l.id).cloned();
        async move {
            let plan = plan.ok_or_else(|| Fail::usage("no plan for this lock"))?;
            made(&s, &l, &plan.0, plan.1, f).await
        }
    })
    .await?;
    fleet::report_noted(ctx, ran, warnings, row)
}

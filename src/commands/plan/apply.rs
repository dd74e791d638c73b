//! Carrying out the changes through the typed operations: each lock's in order, the locks
//! `--concurrency` at once through the fleet runner. A failed change is recorded and the next one
//! still runs: each change stands alone, and one lock's failure never stops another lock.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use anyhow::Result;
use lockctl_api::ops::members::{Access, MemberChange, NewMember};
use lockctl_api::ops::passwords::{NewTempPassword, TempPasswordChange};
use lockctl_api::{Backend, Lock, Secret};

use super::diff::{Change, PinSource, WantPassword};
use super::LockPlan;

/// What became of one change.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub ok: bool,
    /// The id made (creates) or touched.
    pub id: Option<String>,
    /// A PIN lockctl generated: shown once.
    pub pin: Option<Secret>,
    pub error: Option<String>,
}

impl Outcome {
    fn of(r: anyhow::Result<(Option<String>, Option<Secret>)>) -> Outcome {
        match r {
            Ok((id, pin)) => Outcome {
                ok: true,
                id,
                pin,
                error: None,
            },
            Err(e) => Outcome {
                ok: false,
                id: None,
                pin: None,
                error: Some(format!("{e:#}")),
            },
        }
    }
}

/// One lock's changes as they go, kept outside the lock's task so that what was done is still
/// known when Ctrl-C drops the task.
#[derive(Default)]
struct Record {
    /// Changes sent (or being sent).
    started: usize,
    /// What became of the changes that finished, in order.
    done: Vec<Outcome>,
}

fn hold(r: &Mutex<Record>) -> MutexGuard<'_, Record> {
    // A record is only pushed to: what a panicking holder left is still the truth.
    r.lock().unwrap_or_else(|e| e.into_inner())
}

async fn run(api: &dyn Backend, plan: &LockPlan, record: &Mutex<Record>) {
    for (i, c) in plan.changes.iter().enumerate() {
        hold(record).started = i + 1;
        let o = Outcome::of(one(api, &plan.lock, c).await);
        hold(record).done.push(o);
    }
}

/// Every lock's changes, the locks `--concurrency` at once; one list of outcomes per plan, in the
/// plans' order, and whether Ctrl-C stopped the run (the changes it stopped say so).
pub async fn all(
    ctx: &mut crate::context::Context,
    plans: &[LockPlan],
) -> Result<(Vec<Vec<Outcome>>, bool)> {
    let records: Vec<Mutex<Record>> = plans.iter().map(|_| Mutex::default()).collect();
    // The file's locks are each named once, so a lock's id finds its plan.
    let index: HashMap<&str, usize> = plans
        .iter()
        .enumerate()
        .map(|(i, p)| (p.lock.id.as_str(), i))
        .collect();
    let locks: Vec<Lock> = plans
        .iter()
        .filter(|p| !p.changes.is_empty())
        .map(|p| p.lock.clone())
        .collect();
    let records_ref = &records;
    let ran = crate::fleet::run(ctx, locks, |s, lock| {
        let i = index.get(lock.id.as_str()).copied();
        async move {
            if let Some(i) = i {
                run(s.api.as_ref(), &plans[i], &records_ref[i]).await;
            }
            Ok(())
        }
    })
    .await?;
    let done = plans
        .iter()
        .zip(records)
        .map(|(p, r)| settle(p, r.into_inner().unwrap_or_else(|e| e.into_inner())))
        .collect();
    Ok((done, ran.cancelled))
}

/// A lock's outcomes with every change it did not finish (only after Ctrl-C) marked as such:
/// the one being sent may or may not have been made; those after it were not sent.
fn settle(plan: &LockPlan, r: Record) -> Vec<Outcome> {
    let mut out = r.done;
    for i in out.len()..plan.changes.len() {
        let error = if i < r.started {
            "cancelled (Ctrl-C) while it was sent: it may or may not have been made; `lockctl plan` shows what is left"
        } else {
            "not sent: cancelled (Ctrl-C)"
        };
        out.push(Outcome {
            ok: false,
            id: None,
            pin: None,
            error: Some(error.into()),
        });
    }
    out
}

async fn one(
    api: &dyn Backend,
    lock: &Lock,
    c: &Change,
) -> anyhow::Result<(Option<String>, Option<Secret>)> {
    match c {
        Change::CreateMember(w) => {
            let new = NewMember {
                name: w.name.clone(),
                access: w.access.clone(),
                allow: vec![],
                allow_duplicate_name: false,
            };
            // Added but not read back: the id is unknown (the next plan shows the member).
            let id = api.add_member(lock, &new).await?.id;
            Ok(((!id.is_empty()).then_some(id), None))
        }
        Change::UpdateMember { id, want } => {
            let change = MemberChange {
                access: Some(want.access.clone().unwrap_or(Access::Permanent)),
                ..Default::default()
            };
            api.update_member(lock, id, &change).await?;
            Ok((Some(id.clone()), None))
        }
        Change::RemoveMember { id, .. } => {
            api.remove_member(lock, id).await?;
            Ok((Some(id.clone()), None))
        }
        Change::CreatePassword(w) => create(api, lock, w).await,
        Change::UpdatePassword { id, want, fields } => {
            let has = |f: &str| fields.contains(&f);
            let change = TempPasswordChange {
                window: has("window").then_some((want.from, want.to)),
                schedules: has("schedules").then(|| want.schedules.clone()),
                one_time: has("once").then_some(want.one_time),
                ..Default::default()
            };
            let p = api.update_temp_password(lock, id, &change).await?;
            Ok((p.id.or(Some(id.clone())), None))
        }
        Change::ReplacePassword { id, want, .. } => {
            api.remove_temp_password(lock, id).await?;
            create(api, lock, want).await
        }
        Change::RemovePassword { id, .. } => {
            api.remove_temp_password(lock, id).await?;
            Ok((Some(id.clone()), None))
        }
    }
}

async fn create(
    api: &dyn Backend,
    lock: &Lock,
    w: &WantPassword,
) -> anyhow::Result<(Option<String>, Option<Secret>)> {
    let (pin, generated) = match &w.pin {
        PinSource::Env(_, pin) => (pin.clone(), false),
        PinSource::Generate => (crate::commands::temppwd::generate_pin(lock.pin_len()), true),
    };
    let new = NewTempPassword {
        name: w.name.clone(),
        pin: pin.clone(),
        from: w.from,
        to: w.to,
        schedules: w.schedules.clone(),
        one_time: w.one_time,
        phone: None,
        country_code: None,
        allow_duplicate_name: false,
    };
    let made = api.create_temp_password(lock, &new).await?;
    Ok((made.id, generated.then_some(pin)))
}

//! Carrying out one lock's changes, in order, through the typed operations. A failed change is
//! recorded and the next one still runs: each change stands alone.

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

pub async fn run(api: &dyn Backend, plan: &LockPlan) -> Vec<Outcome> {
    let mut out = vec![];
    for c in &plan.changes {
        out.push(Outcome::of(one(api, &plan.lock, c).await));
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
            Ok((Some(api.add_member(lock, &new).await?.id), None))
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
        PinSource::Generate => (
            crate::commands::temppwd::generate_pin(lock.kind.pin_len()),
            true,
        ),
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

//! `member add` and `member update`.

use anyhow::Result;
use clap::Args;
use clap_complete::engine::ArgValueCompleter;
use lockctl_api::ops::members::{Member, MemberChange, NewMember};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use lockctl_api::{Backend, Done, Lock, UnlockKind};

use crate::commands::common::{check_name, ValidityArgs};
use crate::commands::words;
use crate::context::Context;
use crate::error::Fail;
use crate::fleet::wait::{self, Reached, Verified};
use crate::fleet::{self, Row, Shared, Targets};
use crate::resolve;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  lockctl member add -d ID --name Alice --permanent\n  lockctl member add -d ID --name Gardener --weekdays mon-fri --daily 09:00-12:00 \\\n      --from now --to +90d\n  lockctl member add -d ID        # on a terminal: asks for name and validity"
)]
pub struct AddArgs {
    #[command(flatten)]
    pub member: MemberFields,
    /// Add the member even when a live member of the lock has this name.
    #[arg(long)]
    pub allow_duplicate_name: bool,
    /// Wait until the lock confirms it has the member (`--wait` 60 s, `--wait=5m`).
    #[arg(long, value_name = "DURATION", num_args = 0..=1, default_missing_value = "60s", require_equals = true)]
    pub wait: Option<String>,
}

/// What `member add` sets and `member update` changes.
#[derive(Args, Debug)]
pub struct MemberFields {
    /// The member's name (1-32 characters).
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub validity: ValidityArgs,
    /// Unlock types this member may use (Bluetooth and Zigbee): e.g. fingerprint,card,password.
    #[arg(long, value_delimiter = ',')]
    pub allow: Vec<String>,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Member: id or name (case-insensitive, or a unique prefix).
    #[arg(long, add = ArgValueCompleter::new(crate::complete::complete_user))]
    pub user: String,
    #[command(flatten)]
    pub member: MemberFields,
}

/// `--allow` words to unlock kinds.
fn allowed(allow: &[String]) -> Result<Vec<UnlockKind>> {
    allow
        .iter()
        .map(|a| {
            UnlockKind::parse(a.trim()).ok_or_else(|| {
                let names: Vec<&str> = UnlockKind::ALL.iter().map(|k| k.as_str()).collect();
                Fail::usage(format!(
                    "--allow `{a}` is not an unlock type; use {}",
                    names.join(", ")
                ))
            })
        })
        .collect()
}

/// Whether a lock keeps what the flags ask for: validity and permissions only where the lock
/// keeps member access.
fn check_keeps(
    api: &dyn Backend,
    lock: &Lock,
    v: &ValidityArgs,
    allow: &[UnlockKind],
) -> Result<bool> {
    let keeps = api.keeps_member_access(lock);
    if !keeps && (v.given() || !allow.is_empty()) {
        return Err(Fail::usage_hint(
            format!("{} locks keep no member validity or permissions", lock.kind.label()),
            "drop --permanent/--from/--to/--weekdays/--allow, or use a temporary password (`lockctl temppwd create`) for time-limited access",
        ));
    }
    Ok(keeps)
}

/// The validity flags as one lock takes them, the same over one lock and several: `--permanent`
/// is what a lock that keeps no validity (Wi-Fi) gives every member anyway, so it is accepted
/// there and sends nothing; any other validity flag is refused there by `check_keeps`.
fn validity_for(api: &dyn Backend, lock: &Lock, v: &ValidityArgs) -> ValidityArgs {
    match (api.keeps_member_access(lock), v.permanent) {
        (false, true) => ValidityArgs::default(),
        _ => v.clone(),
    }
}

/// One lock's add: the body the runner calls per lock (and a one-lock add once), followed to
/// the lock with `--wait`.
async fn one(
    s: &Shared,
    lock: &Lock,
    new: &NewMember,
    wait: Option<Duration>,
) -> Result<Verified<Member>> {
    let m = s.api.add_member(lock, new).await?;
    let first = Reached::of(Some(m.delivery()));
    let last = m.clone();
    let poll = || async {
        let mut now = s.api.family_members(lock).await?;
        let page = lockctl_api::ops::members::Page {
            offset: 0,
            limit: 100,
            all: true,
        };
        // Locks without panel members refuse the panel list before sending anything.
        if let Ok(panel) = s.api.panel_members(lock, page).await {
            now.extend(panel);
        }
        Ok(match now.into_iter().find(|x| x.id == last.id) {
            Some(x) => {
                let r = Reached::of(Some(x.delivery()));
                (x, r)
            }
            None => (
                last.clone(),
                Reached::Refused("it is gone from the lock's members".into()),
            ),
        })
    };
    let check = lockctl_api::error::Check::Members {
        lock: lock.id.clone(),
    };
    wait::verify(s, lock, m, first, wait, check, poll).await
}

/// The warnings of an add whose follow-up reads failed (the member was added).
fn warnings(v: &Verified<Member>) -> Vec<String> {
    let done = format!("member \"{}\" was added", v.model.name);
    v.model
        .not_read
        .as_deref()
        .into_iter()
        .chain(v.not_read.as_deref())
        .map(|n| wait::not_read_words(&done, n))
        .collect()
}

pub async fn add(a: AddArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Member>()?;
    let name = a
        .member
        .name
        .as_deref()
        .map(|n| check_name("--name", n))
        .transpose()?;
    let allow = allowed(&a.member.allow)?;
    let wait = a.wait.as_deref().map(wait::parse).transpose()?;
    let lock = match fleet::targets(ctx).await? {
        Targets::One(lock) => lock,
        Targets::Many(locks) => return many(a, name, allow, wait, locks, ctx).await,
    };
    let api = ctx.api().await?;
    let given = validity_for(api.as_ref(), &lock, &a.member.validity);
    let keeps = check_keeps(api.as_ref(), &lock, &given, &allow)?;
    let needs_validity = keeps && !given.given();
    let mut missing = vec![];
    if name.is_none() {
        missing.push("--name");
    }
    if needs_validity {
        missing.push("--permanent or --from/--to or --weekdays");
    }
    ctx.prompter.require(&missing)?;
    let name = match name {
        Some(n) => n,
        None => check_name("--name", &ctx.prompter.text("Member name", "--name")?)?,
    };
    let validity = if needs_validity {
        ask_validity(ctx)?
    } else {
        given
    };
    let access = validity.access(&lock.zone, lockctl_api::clock::now())?;
    let new = NewMember {
        name: name.clone(),
        access,
        allow,
        allow_duplicate_name: a.allow_duplicate_name,
    };
    let s = Shared::of(ctx).await?;
    let v = one(&s, &lock, &new, wait).await?;
    let m = &v.model;
    let id = if m.id.is_empty() { "unknown" } else { &m.id };
    let msg = format!(
        "Added {} \"{name}\" (id {id}) to {}.",
        words::role(m.role),
        lock.name
    );
    let mut row = crate::output::Made::new(Some(&m.id), &m.name)
        .col("WINDOW", crate::commands::words::access(&m.access))
        .notice(msg);
    if v.reached == Reached::Pending {
        row = row.notice(wait::pending_words(&lock, v.offline));
    }
    ctx.out.made(m, ctx.raw(), row)?;
    for w in warnings(&v) {
        ctx.out.warn(&w);
    }
    Ok(())
}

/// `member add` on several locks: every flag given, each lock's validity read in its zone and
/// checked against what the lock keeps before any request.
async fn many(
    a: AddArgs,
    name: Option<String>,
    allow: Vec<UnlockKind>,
    wait: Option<Duration>,
    locks: Vec<Lock>,
    ctx: &mut Context,
) -> Result<()> {
    let Some(name) = name else {
        return Err(Fail::usage("member add on several locks needs --name"));
    };
    let api = ctx.api().await?;
    let now = lockctl_api::clock::now();
    let plans = fleet::prepare("member add", &locks, |l| {
        let v = validity_for(api.as_ref(), l, &a.member.validity);
        let keeps = check_keeps(api.as_ref(), l, &v, &allow)?;
        if keeps && !v.given() {
            return Err(Fail::usage("needs --permanent, --from/--to or --weekdays"));
        }
        Ok(Arc::new(NewMember {
            name: name.clone(),
            access: v.access(&l.zone, now)?,
            allow: allow.clone(),
            allow_duplicate_name: a.allow_duplicate_name,
        }))
    })?;
    let by_id: HashMap<String, Arc<NewMember>> =
        locks.iter().map(|l| l.id.clone()).zip(plans).collect();
    let ran = fleet::run(ctx, locks, |s, l| {
        let new = by_id.get(&l.id).cloned();
        async move {
            let new = new.ok_or_else(|| Fail::usage("no plan for this lock"))?;
            one(&s, &l, &new, wait).await
        }
    })
    .await?;
    let noted = |v: &Verified<Member>| warnings(v);
    fleet::report_noted(ctx, ran, noted, |v| {
        let pending = v.reached == Reached::Pending;
        let id = if v.model.id.is_empty() {
            "unknown"
        } else {
            &v.model.id
        };
        let mut detail = format!("{} \"{}\" id {id}", words::role(v.model.role), v.model.name);
        if pending {
            detail.push_str(if v.offline {
                "; pending: lock offline"
            } else {
                "; pending: not confirmed yet"
            });
        }
        Row {
            state: if pending { "pending" } else { "ok" },
            detail,
        }
    })
}

/// Interactive validity: permanent, a window, or recurring.
fn ask_validity(ctx: &Context) -> Result<ValidityArgs> {
    let flag = "--permanent or --from/--to or --weekdays";
    let choice = ctx.prompter.select(
        "Validity",
        &[
            "permanent",
            "a window (from ... to ...)",
            "recurring (weekdays and hours)",
        ],
        flag,
    )?;
    let mut v = ValidityArgs::default();
    match choice {
        0 => v.permanent = true,
        1 => {
            v.from = Some(ctx.prompter.text_default("From", "now", "--from")?);
            v.to = Some(ctx.prompter.text_default("To", "+30d", "--to")?);
        }
        _ => {
            v.weekdays = Some(
                ctx.prompter
                    .text_default("Weekdays", "mon-fri", "--weekdays")?,
            );
            v.daily = Some(
                ctx.prompter
                    .text_default("Hours", "09:00-18:00", "--daily")?,
            );
            v.from = Some(ctx.prompter.text_default("From", "now", "--from")?);
            v.to = Some(ctx.prompter.text_default("To", "+90d", "--to")?);
        }
    }
    Ok(v)
}

pub async fn update(a: UpdateArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    let user = resolve::user_arg("--user", &a.user)?;
    let name = a
        .member
        .name
        .as_deref()
        .map(|n| check_name("--name", n))
        .transpose()?;
    let allow = allowed(&a.member.allow)?;
    if name.is_none() && !a.member.validity.given() && allow.is_empty() {
        return Err(Fail::usage("nothing to change: pass --name, --allow, or validity flags (--permanent, --from/--to, --weekdays)"));
    }
    let lock = crate::resolve::dev_lock(ctx).await?;
    let user = resolve::member(ctx, &lock, user).await?;
    let change = MemberChange {
        name,
        access: a
            .member
            .validity
            .access(&lock.zone, lockctl_api::clock::now())?,
        allow,
    };
    let done = ctx
        .api()
        .await?
        .update_member(&lock, &user, &change)
        .await?;
    let msg = format!("Updated member {user}.");
    ctx.out.show(&done, ctx.raw(), |o| {
        o.status(&msg);
        Ok(())
    })
}

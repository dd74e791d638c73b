//! `member add` and `member update`.

use anyhow::Result;
use clap::Args;
use clap_complete::engine::ArgValueCompleter;
use lockctl_api::ops::members::{Member, MemberChange, NewMember};
use lockctl_api::{Done, UnlockKind};

use crate::commands::common::{check_name, ValidityArgs};
use crate::context::Context;
use crate::error::Fail;
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
    #[arg(long, add = ArgValueCompleter::new(crate::cli::complete_user))]
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

pub async fn add(a: AddArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Member>()?;
    let name = a
        .member
        .name
        .as_deref()
        .map(|n| check_name("--name", n))
        .transpose()?;
    let allow = allowed(&a.member.allow)?;
    let lock = ctx.dev_lock().await?;
    let api = ctx.api().await?;
    let keeps = api.keeps_member_access(&lock);
    if !keeps && (a.member.validity.given() || !allow.is_empty()) {
        return Err(Fail::usage_hint(
            format!("{} locks keep no member validity or permissions", lock.kind.label()),
            "drop --permanent/--from/--to/--weekdays/--allow, or use a temporary password (`lockctl temppwd create`) for time-limited access",
        ));
    }
    let needs_validity = keeps && !a.member.validity.given();
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
        a.member.validity.clone()
    };
    let access = validity.access(&lock.zone, jiff::Timestamp::now())?;
    let new = NewMember {
        name: name.clone(),
        access,
        allow,
        allow_duplicate_name: a.allow_duplicate_name,
    };
    let m = api.add_member(&lock, &new).await?;
    let msg = format!("Added member {name} to {} (id {}).", lock.name, m.id);
    ctx.out.show(&m, ctx.raw(), |o| {
        o.status(&msg);
        o.line(&m.id)
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
    let lock = ctx.dev_lock().await?;
    let user = resolve::member(ctx, &lock, user).await?;
    let change = MemberChange {
        name,
        access: a
            .member
            .validity
            .access(&lock.zone, jiff::Timestamp::now())?,
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

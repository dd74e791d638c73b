//! `member show --user U`.

use anyhow::Result;
use clap::Args;
use clap_complete::engine::ArgValueCompleter;
use lockctl_api::ops::members::{AccessType, Member, MemberAccess};
use lockctl_api::ops::passwords::{DayMinute, Schedule};
use lockctl_api::Time;

use crate::commands::words;
use crate::context::Context;
use crate::output::week;
use crate::resolve;

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// Member: id or name (case-insensitive, or a unique prefix).
    #[arg(long, add = ArgValueCompleter::new(crate::complete::complete_user))]
    pub user: String,
}

pub async fn show(a: ShowArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Member>()?;
    let user = resolve::user_arg("--user", &a.user)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let user = resolve::member(ctx, &lock, user).await?;
    let api = ctx.api().await?;
    let m = api.member(&lock, &user).await?;
    let full = api.keeps_member_access(&lock);
    ctx.out.show(&m, ctx.raw(), |o| {
        let mut pairs = vec![
            ("id", m.id.clone()),
            ("name", m.name.clone()),
            ("type", words::role(m.role).into()),
            ("contact", m.contact.clone().unwrap_or_default()),
        ];
        pairs.push(("status", words::validity(m.validity).into()));
        if full {
            pairs.push(("account", words::account(m.status).into()));
            pairs.push(("window", words::access(&m.access)));
        }
        pairs.push(("unlock methods", words::method_summary(&m.unlock_methods)));
        o.fields(&pairs)?;
        // On a terminal, where the lock keeps member access: the week ahead, drawn (nothing for
        // a frozen member or an ended window).
        if full && o.stdout_tty && !m.frozen {
            let lines = week::week(
                &opens(&m.access),
                &lock.zone,
                lockctl_api::clock::now(),
                o.week_style(),
            );
            if !lines.is_empty() {
                o.blank()?;
                o.picture(&lines)?;
            }
        }
        // Piped, a show verb is key<TAB>value lines only: the methods are in `--json` and in
        // `opmode list`.
        if m.unlock_methods.is_empty() || !o.stdout_tty {
            return Ok(());
        }
        let rows: Vec<Vec<String>> = m
            .unlock_methods
            .iter()
            .map(|x| {
                vec![
                    x.id.clone().unwrap_or_default(),
                    x.unlock_id.clone(),
                    x.kind.as_str().to_string(),
                    x.name.clone(),
                    words::flags(x),
                ]
            })
            .collect();
        o.blank()?;
        o.table(&["OPMODE ID", "UNLOCK ID", "TYPE", "NAME", "FLAGS"], rows)
    })
}

/// `HH:MM` (`24:00` the end of the day) as minutes of the day.
fn minutes(hhmm: &Option<String>) -> Option<u16> {
    let (h, m) = hhmm.as_deref()?.split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 1440).then_some(h * 60 + m)
}

/// When a member may open, as the week picture reads it.
fn opens(a: &MemberAccess) -> week::Opens {
    let schedules = match (a.kind, minutes(&a.daily_from), minutes(&a.daily_to)) {
        (AccessType::Recurring, Some(from), Some(to)) => vec![Schedule {
            weekdays: a.weekdays.clone(),
            from: DayMinute(from),
            to: DayMinute(to),
        }],
        _ => vec![],
    };
    week::Opens {
        from: a.from.as_ref().map(Time::timestamp),
        to: a.to.as_ref().map(Time::timestamp),
        schedules,
    }
}

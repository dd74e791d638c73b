//! `temppwd list | rename | remove | dynamic`.

use std::sync::Arc;

use anyhow::Result;
use clap::Args;
use lockctl_api::ops::passwords::{DynamicPassword, TempPassword, TempPasswordNow};
use lockctl_api::{Delivery, Done, Lock, Time, Validity};

use super::input::schedule_words;
use crate::commands::common::{check_id, check_name};
use crate::commands::words::{self, StatusArg};
use crate::context::Context;
use crate::error::Fail;
use crate::fleet::{self, Row, Shared, Targets};
use crate::output::time::{when, window_short, window_standing};
use crate::output::week;

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only passwords in this state (the `validity` of `--json`).
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
}

#[derive(Args, Debug)]
pub struct IdArgs {
    /// The password's id (ID in `temppwd list`).
    #[arg(long)]
    pub id: String,
}

#[derive(Args, Debug)]
pub struct RenameArgs {
    /// The password's id (ID in `temppwd list`).
    #[arg(long)]
    pub id: String,
    /// The new name (1-32 characters).
    #[arg(long)]
    pub name: String,
}

/// One lock's list (the body a run over several locks calls per lock).
async fn list_one(s: &Shared, lock: &Lock, a: &ListArgs) -> Result<Vec<TempPassword>> {
    let mut items = s.api.temp_passwords(lock).await?;
    if let Some(st) = a.status {
        items.retain(|p| p.validity == st.validity());
    }
    Ok(items)
}

/// `temppwd list`'s columns.
const LIST_HEADERS: [&str; 7] = [
    "ID", "NAME", "STATUS", "DELIVERY", "WINDOW", "SCHEDULE", "USES",
];

/// A password's whole row in `temppwd list`.
fn list_cells(p: &TempPassword, now: jiff::Timestamp) -> Vec<String> {
    row(p, now, false)
}

pub async fn list(a: ListArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<TempPassword>()?;
    let lock = match fleet::targets(ctx).await? {
        Targets::One(lock) => lock,
        Targets::Many(locks) => {
            let api = ctx.api().await?;
            fleet::precheck("temppwd list", &locks, |l| {
                Ok(api.offers_verb(l, "temppwd list")?)
            })?;
            let a = &a;
            let ran =
                fleet::run(ctx, locks, |s, l| async move { list_one(&s, &l, a).await }).await?;
            let now = lockctl_api::clock::now();
            return fleet::report_rows(ctx, ran, &LIST_HEADERS, |_, v: &Vec<TempPassword>| {
                v.iter().map(|p| list_cells(p, now)).collect()
            });
        }
    };
    let s = Shared::of(ctx).await?;
    let items = list_one(&s, &lock, &a).await?;
    if items.is_empty() {
        let filter = if a.status.is_some() {
            " match --status"
        } else {
            ""
        };
        ctx.out
            .notice(&format!("no temporary passwords on {}{filter}", lock.name));
    }
    // Rows are made one at a time as they are written: a long list is never held twice.
    ctx.out.show_list(&items, ctx.raw(), |o| {
        let headers = LIST_HEADERS;
        let now = lockctl_api::clock::now();
        // On a terminal too narrow for the whole rows, the window is shortened (and an empty
        // schedule said in fewer words) so a row stays on one line; piped, it is always whole.
        let short = o
            .width()
            .is_some_and(|w| usize::from(w) < full_width(&headers, &items, now));
        // Narrow, DELIVERY folds into STATUS (said only when not delivered).
        let narrow = ["ID", "NAME", "STATUS", "WINDOW", "SCHEDULE", "USES"];
        let mut rows = o.rows(if short { &narrow[..] } else { &headers[..] })?;
        for p in &items {
            rows.row(row(p, now, short))?;
        }
        rows.finish()
    })
}

/// A `temppwd list` row; `short`: the narrow form of the window and of an empty schedule.
fn row(p: &TempPassword, now: jiff::Timestamp, short: bool) -> Vec<String> {
    let (window, schedule) = if short {
        let schedule = match p.schedules.is_empty() {
            true => "any time".to_string(),
            false => schedule_words(&p.schedules),
        };
        (window_short(p.from.as_ref(), p.to.as_ref(), now), schedule)
    } else {
        (
            window_standing(p.from.as_ref(), p.to.as_ref(), now),
            schedule_words(&p.schedules),
        )
    };
    let validity = words::validity(p.validity).to_string();
    let delivery = words::delivery(p.delivery).to_string();
    if short {
        let status = match delivery.as_str() {
            "delivered" | "-" => validity,
            _ => format!("{validity}, {delivery}"),
        };
        return vec![
            p.id.clone().unwrap_or_default(),
            p.name.clone(),
            status,
            window,
            schedule,
            if p.one_time { "once" } else { "many" }.to_string(),
        ];
    }
    vec![
        p.id.clone().unwrap_or_default(),
        p.name.clone(),
        validity,
        delivery,
        window,
        schedule,
        if p.one_time { "once" } else { "many" }.to_string(),
    ]
}

/// The width of the table with whole rows: the widest cell of each column, plus the table's
/// two spaces of padding per column.
fn full_width(headers: &[&str], items: &[TempPassword], now: jiff::Timestamp) -> usize {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for p in items {
        for (w, c) in widths.iter_mut().zip(row(p, now, false)) {
            *w = (*w).max(c.chars().count());
        }
    }
    widths.iter().map(|w| w + 2).sum()
}

pub async fn show(a: IdArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<TempPasswordNow>()?;
    let id = check_id("--id", &a.id)?.to_string();
    let lock = crate::resolve::dev_lock(ctx).await?;
    let api = ctx.api().await?;
    let Some(password) = api.temp_password(&lock, &id).await? else {
        return Err(Fail::usage_hint(
            format!("no temporary password {id} on {}", lock.name),
            "`lockctl temppwd list` shows the ids",
        ));
    };
    let opening = password.opening(lockctl_api::clock::now(), &lock.zone);
    // Refused for want of a free slot: how many the lock holds, and what frees one.
    let refused = match password.no_free_slot {
        true => {
            let s = Shared::of(ctx).await?;
            let words = super::verified::no_free_slot_words(&s, &lock, Some(&id)).await;
            Some(format!("failed ({words})"))
        }
        false => None,
    };
    let p = TempPasswordNow { password, opening };
    ctx.out.show(&p, ctx.raw(), |o| {
        let o_ = &p.opening;
        let now = match (&o_.open_until, &o_.reason) {
            (Some(until), _) => format!("yes, until {}", when(Some(until))),
            (None, Some(why)) => format!("no ({why})"),
            (None, None) => "no".into(),
        };
        let next = o_
            .next_open
            .as_ref()
            .map_or("none".into(), |t| when(Some(t)));
        let q = &p.password;
        o.fields(&[
            ("id", q.id.clone().unwrap_or_default()),
            ("name", q.name.clone()),
            ("status", words::validity(q.validity).to_string()),
            (
                "delivery",
                refused.unwrap_or_else(|| words::delivery(q.delivery).to_string()),
            ),
            (
                "window",
                window_standing(q.from.as_ref(), q.to.as_ref(), lockctl_api::clock::now()),
            ),
            ("schedule", schedule_words(&q.schedules)),
            ("uses", if q.one_time { "once" } else { "many" }.to_string()),
            ("opens now", now),
            ("next opens", next),
        ])?;
        // On a terminal: the week ahead, drawn (nothing once it can no longer open).
        let over = q.validity == Validity::Expired || q.delivery == Some(Delivery::Deleting);
        if over || !o.stdout_tty {
            return Ok(());
        }
        let opens = week::Opens {
            from: q.from.as_ref().map(Time::timestamp),
            to: q.to.as_ref().map(Time::timestamp),
            schedules: q.schedules.clone(),
        };
        let lines = week::week(
            &opens,
            &lock.zone,
            lockctl_api::clock::now(),
            o.week_style(),
        );
        if lines.is_empty() {
            return Ok(());
        }
        o.blank()?;
        o.picture(&lines)
    })
}

pub async fn rename(a: RenameArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    let id = check_id("--id", &a.id)?.to_string();
    let name = check_name("--name", &a.name)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let api = ctx.api().await?;
    let done = api.rename_temp_password(&lock, &id, &name).await?;
    ctx.out.show(&done, ctx.raw(), |o| {
        o.status(&format!("Renamed temporary password {id} to {name}."));
        Ok(())
    })
}

pub async fn remove(a: IdArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    let id = check_id("--id", &a.id)?.to_string();
    let lock = crate::resolve::dev_lock(ctx).await?;
    let api = ctx.api().await?;
    api.offers(&lock, lockctl_api::ops::passwords::PasswordOp::TempRemove)?;
    fleet::confirm(
        ctx,
        &format!("Remove temporary password {id} from {}?", lock.name),
        std::slice::from_ref(&lock),
    )?;
    let done = api.remove_temp_password(&lock, &id).await?;
    ctx.out.show(&done, ctx.raw(), |o| {
        o.status(&format!("Removed temporary password {id}."));
        Ok(())
    })
}

pub async fn dynamic(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<DynamicPassword>()?;
    let body = |s: Arc<Shared>, l: Lock| async move { Ok(s.api.dynamic_password(&l).await?) };
    let row = |d: &DynamicPassword| Row {
        state: "ok",
        detail: format!("dynamic password {}", d.pin),
    };
    let Some((lock, d)) = fleet::each(ctx, "temppwd dynamic", body, row).await? else {
        return Ok(());
    };
    ctx.out.show(&d, ctx.raw(), |o| {
        o.line(&d.pin)?;
        o.status(&format!(
            "Dynamic password for {}: valid for about 5 minutes.",
            lock.name
        ));
        Ok(())
    })
}

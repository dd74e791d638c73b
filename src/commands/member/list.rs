//! `member list`, `member count`, `member me`.

use std::sync::Arc;

use anyhow::Result;
use clap::Args;
use lockctl_api::ops::members::{Member, MemberCount, Page};
use lockctl_api::{Lock, Validity};

use crate::commands::words::{self, StatusArg};
use crate::context::Context;
use crate::error::Fail;
use crate::fleet::{self, Row, Shared, Targets};

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only family members (with an app account) and the administrator.
    #[arg(long, conflicts_with = "panel")]
    pub family: bool,
    /// Only panel members (people known only to the lock).
    #[arg(long)]
    pub panel: bool,
    /// Fetch every page of panel members.
    #[arg(long)]
    pub all: bool,
    /// Panel members per page (1-500).
    #[arg(long, default_value_t = 50)]
    pub limit: i64,
    /// First panel member to fetch.
    #[arg(long, default_value_t = 0)]
    pub offset: i64,
    /// Only members in this state (the STATUS column, the `validity` of `--json`).
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
}

/// Which members a list shows: everyone by default, or one type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Everyone,
    Family,
    Panel,
}

impl Which {
    fn of(a: &ListArgs) -> Which {
        match (a.family, a.panel) {
            (true, _) => Which::Family,
            (_, true) => Which::Panel,
            _ => Which::Everyone,
        }
    }
}

fn page(a: &ListArgs) -> Result<Page> {
    if !(1..=500).contains(&a.limit) {
        return Err(Fail::usage(format!(
            "--limit {} is out of range: use 1 to 500",
            a.limit
        )));
    }
    let offset = u32::try_from(a.offset)
        .map_err(|_| Fail::usage("--offset must be between 0 and 4294967295"))?;
    Ok(Page {
        offset,
        limit: a.limit as u32,
        all: a.all,
    })
}

/// One lock's members (the body a run over several locks calls per lock).
async fn list_one(
    s: &Shared,
    lock: &Lock,
    which: Which,
    page: Page,
    status: Option<Validity>,
) -> Result<Vec<Member>> {
    let mut members = match which {
        Which::Panel => s.api.panel_members(lock, page).await?,
        Which::Family => s.api.family_members(lock).await?,
        Which::Everyone => {
            let mut all = s.api.family_members(lock).await?;
            // Locks and backends without panel members (the OpenAPI's one list) refuse the
            // panel list before sending anything: their one list is everyone.
            match s.api.panel_members(lock, page).await {
                Ok(panel) => all.extend(panel),
                Err(lockctl_api::Error::Unsupported { .. }) => {}
                Err(e) => return Err(e.into()),
            }
            all
        }
    };
    if let Some(st) = status {
        members.retain(|m| m.validity == st);
    }
    Ok(members)
}

/// A member list's columns on a lock that keeps validity.
const FULL_HEADERS: [&str; 7] = [
    "ID",
    "NAME",
    "TYPE",
    "STATUS",
    "ACCOUNT",
    "UNLOCK METHODS",
    "WINDOW",
];

/// A member's row; `full` on locks that keep validity (ACCOUNT and WINDOW).
fn member_cells(m: &Member, full: bool) -> Vec<String> {
    let mut row = vec![
        m.id.clone(),
        m.name.clone(),
        words::role(m.role).into(),
        words::validity(m.validity).into(),
    ];
    if full {
        row.push(words::account(m.status).into());
    }
    row.push(words::method_summary(&m.unlock_methods));
    if full {
        row.push(words::access(&m.access));
    }
    row
}

pub async fn list(a: ListArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Member>()?;
    let page = page(&a)?;
    let status = a.status.map(StatusArg::validity);
    let which = Which::of(&a);
    let lock = match fleet::targets(ctx).await? {
        Targets::One(lock) => lock,
        Targets::Many(locks) => {
            let verb = if which == Which::Panel {
                "member list --panel"
            } else {
                "member list"
            };
            let api = ctx.api().await?;
            fleet::precheck(verb, &locks, |l| Ok(api.offers_verb(l, verb)?))?;
            let ran = fleet::run(ctx, locks, |s, l| async move {
                list_one(&s, &l, which, page, status).await
            })
            .await?;
            // One table for every lock: a lock that keeps no validity leaves those cells empty.
            return fleet::report_rows(ctx, ran, &FULL_HEADERS, |l, m: &Vec<Member>| {
                let full = api.keeps_member_access(l);
                m.iter()
                    .map(|m| {
                        let mut row = member_cells(m, full);
                        if !full {
                            row.insert(4, String::new());
                            row.push(String::new());
                        }
                        row
                    })
                    .collect()
            });
        }
    };
    let api = ctx.api().await?;
    let s = Shared::of(ctx).await?;
    let members = list_one(&s, &lock, which, page, status).await?;
    // Locks that keep no validity have no ACCOUNT or WINDOW to show (every member is active).
    let full = api.keeps_member_access(&lock);
    let rows = members.iter().map(|m| member_cells(m, full));
    if members.is_empty() {
        let what = match which {
            Which::Everyone => "members",
            Which::Family => "family members",
            Which::Panel => "panel members",
        };
        let filter = if status.is_some() {
            " match --status"
        } else {
            ""
        };
        ctx.out
            .notice(&format!("no {what} on {}{filter}", lock.name));
    }
    ctx.out.show_list(&members, ctx.raw(), |o| {
        if full {
            o.table(&FULL_HEADERS, rows)
        } else {
            o.table(&["ID", "NAME", "TYPE", "STATUS", "UNLOCK METHODS"], rows)
        }
    })
}

pub async fn count(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<MemberCount>()?;
    let body = |s: Arc<Shared>, l: Lock| async move { Ok(s.api.member_count(&l).await?) };
    let row = |c: &MemberCount| Row {
        state: "ok",
        detail: format!("{} family members, {} panel members", c.family, c.panel),
    };
    let Some((_, c)) = fleet::each(ctx, "member count", body, row).await? else {
        return Ok(());
    };
    ctx.out.show(&c, ctx.raw(), |o| {
        o.fields(&[
            ("family members", c.family.to_string()),
            ("panel members", c.panel.to_string()),
        ])
    })
}

pub async fn me(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Member>()?;
    let body = |s: Arc<Shared>, l: Lock| async move { Ok(s.api.me(&l).await?) };
    let row = |m: &Member| Row {
        state: "ok",
        detail: format!("member {} ({})", m.id, words::role(m.role)),
    };
    let Some((_, m)) = fleet::each(ctx, "member me", body, row).await? else {
        return Ok(());
    };
    ctx.out.show(&m, ctx.raw(), |o| {
        o.fields(&[
            ("id", m.id.clone()),
            ("name", m.name.clone()),
            ("type", words::role(m.role).into()),
            ("status", words::validity(m.validity).into()),
            ("account", words::account(m.status).into()),
            ("lock user id", m.lock_user_id.clone().unwrap_or_default()),
            ("window", words::access(&m.access)),
            ("unlock methods", words::method_summary(&m.unlock_methods)),
        ])
    })
}

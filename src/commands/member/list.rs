//! `member list`, `member count`, `member me`.

use anyhow::Result;
use clap::Args;
use lockctl_api::Kind;
use serde_json::{json, Value};

use crate::commands::common::{int, list as jlist, text, validity_words, PageGuard};
use crate::context::{Context, LockRef};
use crate::error::Fail;
use crate::labels;

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Panel members (people known only to the lock) instead of family members.
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
}

/// One unlock method of a member, from whichever call the lock's kind offers.
#[derive(Debug, Clone)]
pub struct Method {
    pub op_mode_id: String,
    pub unlock_id: String,
    pub dp: u32,
    pub name: String,
    pub duress: bool,
    pub frozen: bool,
    pub status: String,
}

/// A member's unlock methods: Wi-Fi from `member show`'s unlock detail, Bluetooth from `opmode list`.
pub async fn methods_of(
    ctx: &mut Context,
    lock: &LockRef,
    user: &str,
) -> Result<(Vec<Method>, Value)> {
    if lock.kind == Kind::Wifi {
        let raw = ctx
            .call(
                lock,
                "member show",
                json!({ "devId": lock.id, "userId": user }),
            )
            .await?;
        let mut out = vec![];
        for group in jlist(raw.get("unlockDetail").unwrap_or(&Value::Null)) {
            let dp = int(&group, "dpId").unwrap_or(0) as u32;
            for m in jlist(group.get("unlockList").unwrap_or(&Value::Null)) {
                out.push(Method {
                    op_mode_id: text(&m, "opModeId"),
                    unlock_id: text(&m, "unlockId"),
                    dp,
                    name: text(&m, "unlockName"),
                    duress: int(&m, "unlockAttr") == Some(1),
                    frozen: false,
                    status: "active".into(),
                });
            }
        }
        Ok((out, raw))
    } else {
        let raw = ctx
            .call(
                lock,
                "opmode list",
                json!({ "devId": lock.id, "userId": user }),
            )
            .await?;
        let out = jlist(&raw)
            .iter()
            .map(|m| {
                let dp = int(m, "opmode").unwrap_or(0) as u32;
                Method {
                    op_mode_id: text(m, "opmodeId"),
                    unlock_id: format!("{dp}-{}", text(m, "opmodeValue")),
                    dp,
                    name: text(m, "unlockName"),
                    duress: int(m, "unlockAttr") == Some(1),
                    frozen: int(m, "phase") == Some(3),
                    status: match int(m, "unlockStatus") {
                        Some(10) => "pending".into(),
                        Some(20) => "active".into(),
                        Some(30) => "failed".into(),
                        _ => "unknown".into(),
                    },
                }
            })
            .collect();
        Ok((out, raw))
    }
}

fn check_paging(a: &ListArgs) -> Result<()> {
    if !(1..=500).contains(&a.limit) {
        return Err(Fail::usage(format!(
            "--limit {} is out of range: use 1 to 500",
            a.limit
        )));
    }
    if a.offset < 0 {
        return Err(Fail::usage("--offset must not be negative"));
    }
    Ok(())
}

/// Every page of panel members (or one), concatenated.
pub async fn panel_pages(
    ctx: &mut Context,
    lock: &LockRef,
    offset: i64,
    limit: i64,
    all: bool,
) -> Result<Vec<Value>> {
    let mut out = vec![];
    let mut offset = offset;
    let mut guard = PageGuard::new();
    loop {
        let page = jlist(
            &ctx.call(
                lock,
                "member list --panel",
                json!({ "devId": lock.id, "offset": offset, "limit": limit }),
            )
            .await?,
        );
        guard.check(&page)?;
        let n = page.len() as i64;
        out.extend(page);
        if !all || n < limit {
            break;
        }
        offset += n;
    }
    Ok(out)
}

pub async fn list(a: ListArgs, ctx: &mut Context) -> Result<()> {
    check_paging(&a)?;
    let lock = ctx.dev_lock().await?;
    let members = if a.panel {
        panel_pages(ctx, &lock, a.offset, a.limit, a.all).await?
    } else {
        jlist(
            &ctx.call(&lock, "member list", json!({ "devId": lock.id }))
                .await?,
        )
    };
    if ctx.json_done(&Value::Array(members.clone()))? {
        return Ok(());
    }
    let tz = ctx.zone(&lock)?;
    let mut rows = vec![];
    for m in &members {
        let id = text(m, "userId");
        let (methods, _) = methods_of(ctx, &lock, &id).await?;
        let dps: Vec<u32> = methods.iter().map(|m| m.dp).collect();
        let mut row = vec![
            id,
            text(m, "nickName"),
            labels::user_type(&text(m, "userType")),
        ];
        if lock.kind != Kind::Wifi {
            let mut status = labels::member_status(int(m, "status").unwrap_or(1)).to_string();
            if int(m, "phase") == Some(0) {
                status.push_str(", frozen");
            }
            row.push(status);
        }
        row.push(labels::group_methods(&dps));
        if lock.kind != Kind::Wifi {
            row.push(validity_words(&text(m, "userTimeSet"), &tz));
        }
        rows.push(row);
    }
    if lock.kind == Kind::Wifi {
        ctx.out
            .table(&["ID", "NAME", "TYPE", "UNLOCK METHODS"], rows)?;
    } else {
        ctx.out.table(
            &["ID", "NAME", "TYPE", "STATUS", "UNLOCK METHODS", "VALIDITY"],
            rows,
        )?;
    }
    Ok(())
}

pub async fn count(ctx: &mut Context) -> Result<()> {
    let lock = ctx.dev_lock().await?;
    let result = if lock.kind == Kind::Wifi {
        ctx.call(&lock, "member count", json!({ "devId": lock.id }))
            .await?
    } else {
        // No count action for Bluetooth locks: counted from the two lists.
        let family = jlist(
            &ctx.call(&lock, "member list", json!({ "devId": lock.id }))
                .await?,
        )
        .len();
        let panel = panel_pages(ctx, &lock, 0, 200, true).await?.len();
        json!({ "familyUser": family, "panelUser": panel })
    };
    if ctx.json_done(&result)? {
        return Ok(());
    }
    ctx.out.fields(&[
        ("family members", text(&result, "familyUser")),
        ("panel members", text(&result, "panelUser")),
    ])?;
    Ok(())
}

pub async fn me(ctx: &mut Context) -> Result<()> {
    let lock = ctx.dev_lock().await?;
    let raw = ctx
        .call(&lock, "member me", json!({ "devId": lock.id }))
        .await?;
    if ctx.json_done(&raw)? {
        return Ok(());
    }
    let tz = ctx.zone(&lock)?;
    ctx.out.fields(&[
        ("id", text(&raw, "userId")),
        ("name", text(&raw, "nickName")),
        ("type", labels::user_type(&text(&raw, "userType"))),
        (
            "status",
            labels::member_status(int(&raw, "status").unwrap_or(1)).into(),
        ),
        (
            "frozen",
            if int(&raw, "phase") == Some(0) {
                "yes".into()
            } else {
                "no".into()
            },
        ),
        ("lock user id", text(&raw, "lockUserId")),
        ("validity", validity_words(&text(&raw, "userTimeSet"), &tz)),
    ])?;
    Ok(())
}

//! `member show --user U`.

use anyhow::Result;
use clap::Args;
use lockctl_api::Kind;
use serde_json::json;

use crate::commands::common::{check_user, int, text, validity_words};
use crate::context::Context;
use crate::labels;

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// Member id.
    #[arg(long)]
    pub user: String,
}

pub async fn show(a: ShowArgs, ctx: &mut Context) -> Result<()> {
    let user = check_user("--user", &a.user)?;
    let lock = ctx.dev_lock().await?;
    let raw = ctx
        .call(
            &lock,
            "member show",
            json!({ "devId": lock.id, "userId": user }),
        )
        .await?;
    if ctx.json_done(&raw)? {
        return Ok(());
    }
    let (methods, _) = super::methods_of(ctx, &lock, &user).await?;
    let tz = ctx.zone(&lock)?;
    let mut pairs = vec![
        ("id", text(&raw, "userId")),
        ("name", text(&raw, "nickName")),
        ("type", labels::user_type(&text(&raw, "userType"))),
        ("contact", text(&raw, "userContact")),
    ];
    if lock.kind != Kind::Wifi {
        pairs.push((
            "status",
            labels::member_status(int(&raw, "status").unwrap_or(1)).into(),
        ));
        pairs.push(("validity", validity_words(&text(&raw, "userTimeSet"), &tz)));
    }
    pairs.push((
        "unlock methods",
        labels::group_methods(&methods.iter().map(|m| m.dp).collect::<Vec<_>>()),
    ));
    ctx.out.fields(&pairs)?;
    if !methods.is_empty() {
        let rows = methods
            .iter()
            .map(|m| {
                vec![
                    m.op_mode_id.clone(),
                    m.unlock_id.clone(),
                    labels::unlock_type(m.dp),
                    m.name.clone(),
                    if m.duress {
                        "duress".into()
                    } else {
                        String::new()
                    },
                ]
            })
            .collect();
        println!();
        ctx.out
            .table(&["OPMODE ID", "UNLOCK ID", "TYPE", "NAME", "FLAGS"], rows)?;
    }
    Ok(())
}

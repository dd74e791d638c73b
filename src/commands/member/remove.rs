//! `member remove --user U`.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::commands::common::check_user;
use crate::context::Context;

#[derive(Args, Debug)]
pub struct RemoveArgs {
    /// Member id.
    #[arg(long)]
    pub user: String,
}

pub async fn remove(a: RemoveArgs, ctx: &mut Context) -> Result<()> {
    let user = check_user("--user", &a.user)?;
    let lock = ctx.dev_lock().await?;
    ctx.entry(&lock, "member remove")?;
    ctx.prompter.confirm(
        &format!(
            "Remove member {user} and all their unlock methods from {}?",
            lock.name
        ),
        ctx.global.yes,
    )?;
    let result = ctx
        .call(
            &lock,
            "member remove",
            json!({ "devId": lock.id, "userId": user }),
        )
        .await?;
    if ctx.json_done(&result)? {
        return Ok(());
    }
    ctx.out
        .status(&format!("Removed member {user} from {}.", lock.name));
    Ok(())
}

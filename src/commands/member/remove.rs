//! `member remove --user U`.

use anyhow::Result;
use clap::Args;
use clap_complete::engine::ArgValueCompleter;
use lockctl_api::Done;

use crate::context::Context;
use crate::resolve;

#[derive(Args, Debug)]
pub struct RemoveArgs {
    /// Member: id or name (case-insensitive, or a unique prefix).
    #[arg(long, add = ArgValueCompleter::new(crate::cli::complete_user))]
    pub user: String,
}

pub async fn remove(a: RemoveArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    let user = resolve::user_arg("--user", &a.user)?;
    let lock = ctx.dev_lock().await?;
    let user = resolve::member(ctx, &lock, user).await?;
    ctx.prompter.confirm(
        &format!(
            "Remove member {user} and all their unlock methods from {}?",
            lock.name
        ),
        ctx.global.yes,
    )?;
    let done = ctx.api().await?.remove_member(&lock, &user).await?;
    let msg = format!("Removed member {user} from {}.", lock.name);
    ctx.out.show(&done, ctx.raw(), |o| {
        o.status(&msg);
        Ok(())
    })
}

//! `member show --user U`.

use anyhow::Result;
use clap::Args;
use clap_complete::engine::ArgValueCompleter;
use lockctl_api::ops::members::Member;

use crate::commands::words;
use crate::context::Context;
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

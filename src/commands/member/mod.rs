//! `member`: people who may open a lock, family members (with an account) and panel members.

mod access;
mod add;
mod list;
pub(crate) mod prune;
mod remove;
mod show;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;

#[derive(Subcommand, Debug)]
pub enum MemberCommand {
    /// List family members, or panel members with --panel.
    #[command(
        after_help = "Examples:\n  lockctl member list -d ID\n  lockctl member list -d ID --panel --all\n  lockctl member list -d ID --status expired --json id,name"
    )]
    List(list::ListArgs),
    /// Count family and panel members.
    #[command(after_help = "Examples:\n  lockctl member count -d ID")]
    Count,
    /// Show the logged-in account's own membership (Bluetooth, Zigbee).
    #[command(after_help = "Examples:\n  lockctl member me -d ID")]
    Me,
    /// Show one member and their unlock methods.
    #[command(
        after_help = "Examples:\n  lockctl member show -d ID --user 1001\n  lockctl member show -d ID --user 1001 --json"
    )]
    Show(show::ShowArgs),
    /// Add a member (prompts for what is missing on a terminal).
    Add(add::AddArgs),
    /// Change a member's name, permissions or validity (Bluetooth, Zigbee).
    #[command(
        after_help = "Examples:\n  lockctl member update -d ID --user 1003 --name 'Cleaner (mornings)'\n  lockctl member update -d ID --user 1003 --weekdays mon-fri --daily 08:00-11:00"
    )]
    Update(add::UpdateArgs),
    /// Remove a member and their unlock methods.
    #[command(after_help = "Examples:\n  lockctl member remove -d ID --user 1003 --yes")]
    Remove(remove::RemoveArgs),
    /// Remove panel members whose window is over (never the administrator or family); asks first.
    #[command(
        after_help = "Examples:\n  lockctl member prune -d ID --expired --dry-run\n  lockctl member prune --home 'Rentals' --expired --yes"
    )]
    Prune(prune::PruneArgs),
    /// Turn a panel member into a family member (Bluetooth, Zigbee).
    #[command(after_help = "Examples:\n  lockctl member upgrade -d ID --user 1003")]
    Upgrade(access::UserArgs),
    /// Show the member's id inside the lock (Bluetooth, Zigbee).
    #[command(after_help = "Examples:\n  lockctl member lock-id -d ID --user 1001")]
    LockId(access::UserArgs),
    /// Bind a panel member to an app account (Bluetooth, Zigbee).
    #[command(
        after_help = "Examples:\n  lockctl member share -d ID --user 1003 --account cleaner@example.com"
    )]
    Share(access::ShareArgs),
    /// Unbind a panel member from its account (Bluetooth, Zigbee).
    #[command(after_help = "Examples:\n  lockctl member unshare -d ID --user 1003")]
    Unshare(access::UserArgs),
    /// Freeze a member's unlock methods (Bluetooth, Zigbee).
    #[command(after_help = "Examples:\n  lockctl member freeze -d ID --user 1002")]
    Freeze(access::UserArgs),
    /// Unfreeze a member's unlock methods (Bluetooth, Zigbee).
    #[command(after_help = "Examples:\n  lockctl member unfreeze -d ID --user 1002")]
    Unfreeze(access::UserArgs),
}

pub async fn run(cmd: MemberCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        MemberCommand::List(a) => list::list(a, ctx).await,
        MemberCommand::Count => list::count(ctx).await,
        MemberCommand::Me => list::me(ctx).await,
        MemberCommand::Show(a) => show::show(a, ctx).await,
        MemberCommand::Add(a) => add::add(a, ctx).await,
        MemberCommand::Update(a) => add::update(a, ctx).await,
        MemberCommand::Remove(a) => remove::remove(a, ctx).await,
        MemberCommand::Prune(a) => prune::prune(a, ctx).await,
        MemberCommand::Upgrade(a) => access::upgrade(a, ctx).await,
        MemberCommand::LockId(a) => access::lock_id(a, ctx).await,
        MemberCommand::Share(a) => access::share(a, ctx).await,
        MemberCommand::Unshare(a) => access::unshare(a, ctx).await,
        MemberCommand::Freeze(a) => access::phase(a, false, ctx).await,
        MemberCommand::Unfreeze(a) => access::phase(a, true, ctx).await,
    }
}

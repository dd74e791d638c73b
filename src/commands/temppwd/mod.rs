//! `temppwd`: online temporary passwords (PINs with a window, a schedule and a use count) and
//! dynamic passwords.

mod create;
mod input;
mod manage;
pub(crate) mod prune;
mod update;
mod verified;

pub use input::{generate_pin, parse_schedule};

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;

#[derive(Subcommand, Debug)]
pub enum TemppwdCommand {
    /// List temporary passwords with their status, window, schedule and use count.
    #[command(after_help = LIST_EXAMPLES)]
    List(manage::ListArgs),
    /// Show one temporary password: whether it opens the door right now, and when it does next.
    #[command(
        after_help = "Examples:\n  lockctl temppwd show -d ID --id 1234\n  lockctl temppwd show -d ID --id 1234 --json opensNow,nextOpen"
    )]
    Show(manage::IdArgs),
    /// Create a temporary password (walks through the details on a terminal).
    #[command(after_help = CREATE_EXAMPLES)]
    Create(create::NewArgs),
    /// Ask the lock whether it would accept a password, without creating it (Bluetooth, Zigbee).
    #[command(after_help = VALIDATE_EXAMPLES)]
    Validate(create::CreateArgs),
    /// Change a temporary password (Bluetooth, Zigbee); only the fields given change.
    #[command(after_help = UPDATE_EXAMPLES)]
    Update(create::UpdateArgs),
    /// Rename a temporary password.
    #[command(
        after_help = "Examples:\n  lockctl temppwd rename -d ID --id 1234 --name 'Guest (June)'"
    )]
    Rename(manage::RenameArgs),
    /// Remove a temporary password.
    #[command(after_help = "Examples:\n  lockctl temppwd remove -d ID --id 1234 --yes")]
    Remove(manage::IdArgs),
    /// Remove expired temporary passwords (and used one-time ones with --used); asks first.
    #[command(after_help = PRUNE_EXAMPLES)]
    Prune(prune::PruneArgs),
    /// Get a dynamic password (valid about 5 minutes).
    #[command(after_help = "Examples:\n  lockctl temppwd dynamic -d ID")]
    Dynamic,
}

const LIST_EXAMPLES: &str = "Examples:
  lockctl temppwd list -d ID
  lockctl temppwd list -d ID --status active --json id,name,validity";

const PRUNE_EXAMPLES: &str = "Examples:
  lockctl temppwd prune -d ID --dry-run
  lockctl temppwd prune -d ID --used --yes
  lockctl temppwd prune --all-locks --yes --json";

const CREATE_EXAMPLES: &str = "Examples:
  printf '1234567\\n' | lockctl temppwd create -d ID --name Guest --pin-stdin \\
      --from 'tomorrow 14:00' --to +3d
  lockctl temppwd create -d ID --name Cleaner --generate --from now --to +30d \\
      --schedule 'mon-fri 09:00-12:00'
  lockctl temppwd create -d ID     # on a terminal: asks for everything";

const VALIDATE_EXAMPLES: &str = "Examples:
  printf '123456\\n' | lockctl temppwd validate -d ID --name Guest --pin-stdin \\
      --from now --to +3d
  lockctl temppwd validate -d ID --name Guest --pin-stdin --from now --to +1d --json < pin.txt";

const UPDATE_EXAMPLES: &str = "Examples:
  lockctl temppwd update -d ID --id 1234 --from now --to +7d
  lockctl temppwd update -d ID --id 1234 --schedule 'sat,sun all-day'
  printf '654321\\n' | lockctl temppwd update -d ID --id 1234 --pin-stdin";

pub async fn run(cmd: TemppwdCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        TemppwdCommand::List(a) => manage::list(a, ctx).await,
        TemppwdCommand::Show(a) => manage::show(a, ctx).await,
        TemppwdCommand::Create(a) => create::create_new(a, ctx).await,
        TemppwdCommand::Validate(a) => {
            create::create(a, true, false, Default::default(), ctx).await
        }
        TemppwdCommand::Update(a) => update::update(a, ctx).await,
        TemppwdCommand::Rename(a) => manage::rename(a, ctx).await,
        TemppwdCommand::Remove(a) => manage::remove(a, ctx).await,
        TemppwdCommand::Prune(a) => prune::prune(a, ctx).await,
        TemppwdCommand::Dynamic => manage::dynamic(ctx).await,
    }
}

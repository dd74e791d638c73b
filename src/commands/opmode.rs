//! `opmode`: unlock methods (fingerprints, cards, PINs, faces) enrolled at a lock, `DP-N` each.

use std::sync::Arc;

use anyhow::Result;
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;
use lockctl_api::ops::members::{
    MethodCount, MethodRef, MethodSettings, PendingMethods, UnlockId, UnlockMethod,
};
use lockctl_api::{Done, Lock};

use crate::commands::common::{check_id, check_name, unlock_id};
use crate::commands::words;
use crate::context::Context;
use crate::fleet::{self, wait::Reached, Shared, Targets};
use crate::resolve::{self, UserQuery};

#[derive(Subcommand, Debug)]
pub enum OpmodeCommand {
    /// List a member's unlock methods.
    #[command(after_help = "Examples:\n  lockctl opmode list -d ID --user 1000")]
    List(UserArgs),
    /// Show a member's permissions and time setting (Bluetooth, Zigbee).
    #[command(after_help = "Examples:\n  lockctl opmode show -d ID --user 1001")]
    Show(UserArgs),
    /// Count a member's unlock methods per type (Bluetooth, Zigbee).
    #[command(after_help = "Examples:\n  lockctl opmode count -d ID --user 1001")]
    Count(UserArgs),
    /// Attach an unlock method (DP-N) to a member.
    #[command(
        after_help = "Examples:\n  lockctl opmode add -d ID --user 1001 --unlock-id 12-4 --name 'Left thumb'"
    )]
    Add(AddArgs),
    /// Rename an unlock method.
    #[command(
        after_help = "Examples:\n  lockctl opmode rename -d ID --id 105 --name 'Right thumb'"
    )]
    Rename(RenameArgs),
    /// Remove an unlock method (Wi-Fi: --unlock-id; Bluetooth: --user and --id).
    #[command(
        after_help = "Examples:\n  lockctl opmode remove -d ID --unlock-id 12-3            # Wi-Fi\n  lockctl opmode remove -d ID --user 1001 --id 205 --yes  # Bluetooth, Zigbee"
    )]
    Remove(RemoveArgs),
    /// List methods enrolled at the lock that belong to nobody (Wi-Fi).
    #[command(after_help = "Examples:\n  lockctl opmode unassigned -d ID")]
    Unassigned,
    /// Say whether any enrolled method waits to be assigned (Wi-Fi).
    #[command(after_help = "Examples:\n  lockctl opmode pending -d ID")]
    Pending,
    /// Give unassigned methods to a member (Wi-Fi).
    #[command(
        after_help = "Examples:\n  lockctl opmode assign -d ID --user 1001 --unlock-id 12-4,16-3"
    )]
    Assign(UnlockIdsArgs),
    /// Rewrite past history records of these methods to a member (Wi-Fi).
    #[command(
        after_help = "Examples:\n  lockctl opmode bind-records -d ID --user 1001 --unlock-id 12-3"
    )]
    BindRecords(UnlockIdsArgs),
    /// Mark a method as duress (opening with it raises a hijack alarm), or unmark it (Wi-Fi).
    #[command(subcommand)]
    Hijack(HijackCommand),
}

#[derive(Subcommand, Debug)]
pub enum HijackCommand {
    /// Mark the method as duress.
    Set(UnlockIdArg),
    /// Clear the duress mark.
    Unset(UnlockIdArg),
}

#[derive(Args, Debug)]
pub struct UserArgs {
    /// Member: id or name (case-insensitive, or a unique prefix).
    #[arg(long, add = ArgValueCompleter::new(crate::complete::complete_user))]
    pub user: String,
}

#[derive(Args, Debug)]
pub struct UnlockIdArg {
    /// The method, DP-N (e.g. 12-2).
    #[arg(long)]
    pub unlock_id: String,
}

#[derive(Args, Debug)]
pub struct AddArgs {
    /// The member who gets the method: id or name (case-insensitive, or a unique prefix).
    #[arg(long, add = ArgValueCompleter::new(crate::complete::complete_user))]
    pub user: String,
    /// The method, DP-N (e.g. 12-2).
    #[arg(long)]
    pub unlock_id: String,
    /// A name for it (default: DP_count).
    #[arg(long)]
    pub name: Option<String>,
    /// Wait until the lock confirms it (`--wait` 60 s, `--wait=5m`).
    #[arg(long, value_name = "DURATION", num_args = 0..=1, default_missing_value = "60s", require_equals = true)]
    pub wait: Option<String>,
}

#[derive(Args, Debug)]
pub struct RenameArgs {
    /// The method's opmode id (OPMODE ID in `opmode list`).
    #[arg(long)]
    pub id: String,
    /// The new name (1-32 characters).
    #[arg(long)]
    pub name: String,
}

#[derive(Args, Debug)]
pub struct RemoveArgs {
    /// Wi-Fi: the method, DP-N.
    #[arg(long)]
    pub unlock_id: Option<String>,
    /// Bluetooth: the member (id or name).
    #[arg(long, add = ArgValueCompleter::new(crate::complete::complete_user))]
    pub user: Option<String>,
    /// Bluetooth: the method's opmode id.
    #[arg(long)]
    pub id: Option<String>,
}

#[derive(Args, Debug)]
pub struct UnlockIdsArgs {
    /// The member: id or name (case-insensitive, or a unique prefix).
    #[arg(long, add = ArgValueCompleter::new(crate::complete::complete_user))]
    pub user: String,
    /// Methods, DP-N, comma separated or repeated.
    #[arg(long, value_delimiter = ',', required = true)]
    pub unlock_id: Vec<String>,
}

pub async fn run(cmd: OpmodeCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        OpmodeCommand::List(a) => list(a, ctx).await,
        OpmodeCommand::Show(a) => show(a, ctx).await,
        OpmodeCommand::Count(a) => count(a, ctx).await,
        OpmodeCommand::Add(a) => add(a, ctx).await,
        OpmodeCommand::Rename(a) => rename(a, ctx).await,
        OpmodeCommand::Remove(a) => remove(a, ctx).await,
        OpmodeCommand::Unassigned => unassigned(ctx).await,
        OpmodeCommand::Pending => pending(ctx).await,
        OpmodeCommand::Assign(a) => ids_call(a, true, ctx).await,
        OpmodeCommand::BindRecords(a) => ids_call(a, false, ctx).await,
        OpmodeCommand::Hijack(HijackCommand::Set(a)) => hijack(a, true, ctx).await,
        OpmodeCommand::Hijack(HijackCommand::Unset(a)) => hijack(a, false, ctx).await,
    }
}

/// Print a write's `Done`: JSON for scripts, `msg` on stderr for people.
fn report(ctx: &Context, done: &Done, msg: &str) -> Result<()> {
    ctx.out.show(done, ctx.raw(), |o| {
        o.status(msg);
        Ok(())
    })
}

async fn list(a: UserArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<UnlockMethod>()?;
    let user = resolve::user_arg("--user", &a.user)?;
    let lock = match fleet::targets(ctx).await? {
        Targets::One(lock) => lock,
        Targets::Many(locks) => return many_members(ctx, &a.user, user, locks, false).await,
    };
    let user = resolve::member(ctx, &lock, user).await?;
    let methods = ctx.api().await?.unlock_methods(&lock, &user).await?;
    let rows: Vec<Vec<String>> = methods.iter().map(words::method_row).collect();
    if methods.is_empty() {
        ctx.out.notice(&format!(
            "no unlock methods of member {user} on {}",
            lock.name
        ));
    }
    ctx.out.show_list(&methods, ctx.raw(), |o| {
        o.table(
            &[
                "OPMODE ID",
                "UNLOCK ID",
                "TYPE",
                "NAME",
                "DELIVERY",
                "FLAGS",
            ],
            rows,
        )
    })
}

async fn show(a: UserArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<MethodSettings>()?;
    let user = resolve::user_arg("--user", &a.user)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let user = resolve::member(ctx, &lock, user).await?;
    let s = ctx.api().await?.method_settings(&lock, &user).await?;
    let allowed: Vec<&str> = s.allowed.iter().map(|k| k.as_str()).collect();
    ctx.out.show(&s, ctx.raw(), |o| {
        o.fields(&[
            (
                "allowed",
                if allowed.is_empty() {
                    "nothing".into()
                } else {
                    allowed.join(", ")
                },
            ),
            ("validity", words::access(&s.access)),
            ("time zone", s.time_zone.clone().unwrap_or_default()),
        ])
    })
}

async fn count(a: UserArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<MethodCount>()?;
    let user = resolve::user_arg("--user", &a.user)?;
    let lock = match fleet::targets(ctx).await? {
        Targets::One(lock) => lock,
        Targets::Many(locks) => return many_members(ctx, &a.user, user, locks, true).await,
    };
    let user = resolve::member(ctx, &lock, user).await?;
    let counts = ctx.api().await?.method_counts(&lock, &user).await?;
    let rows: Vec<Vec<String>> = counts
        .iter()
        .map(|c| vec![c.kind.as_str().to_string(), c.count.to_string()])
        .collect();
    ctx.out
        .show_list(&counts, ctx.raw(), |o| o.table(&["TYPE", "COUNT"], rows))
}

/// The member `--user` names on one lock of a run: a name is looked up on that lock.
async fn member_of(s: &Shared, lock: &Lock, user: &UserQuery) -> Result<String> {
    match user {
        UserQuery::Id(id) => Ok(id.clone()),
        UserQuery::Name(n) => resolve::member_on(s.api.as_ref(), lock, n).await,
    }
}

/// A member's methods (or with `count`, their counts per type) on several locks: a member id
/// belongs to one lock, so several locks take a name, looked up on each.
async fn many_members(
    ctx: &mut Context,
    given: &str,
    user: UserQuery,
    locks: Vec<Lock>,
    count: bool,
) -> Result<()> {
    if let UserQuery::Id(_) = user {
        fleet::one_lock_only("--user", given, &locks)?;
    }
    let user = &user;
    if count {
        let api = ctx.api().await?;
        fleet::precheck("opmode count", &locks, |l| {
            Ok(api.offers_verb(l, "opmode count")?)
        })?;
        let ran = fleet::run(ctx, locks, |s, l| async move {
            let id = member_of(&s, &l, user).await?;
            Ok(s.api.method_counts(&l, &id).await?)
        })
        .await?;
        return fleet::report_rows(ctx, ran, &["TYPE", "COUNT"], |_, c: &Vec<MethodCount>| {
            c.iter().map(count_cells).collect()
        });
    }
    // Every kind lists a member's methods (Wi-Fi locks from the member's details).
    let ran = fleet::run(ctx, locks, |s, l| async move {
        let id = member_of(&s, &l, user).await?;
        Ok(s.api.unlock_methods(&l, &id).await?)
    })
    .await?;
    fleet::report_rows(ctx, ran, &METHOD_HEADERS, |_, m: &Vec<UnlockMethod>| {
        m.iter().map(words::method_row).collect()
    })
}

/// `opmode list`'s columns (`words::method_row`'s cells).
const METHOD_HEADERS: [&str; 6] = ["OPMODE ID", "UNLOCK ID", "TYPE", "NAME", "STATUS", "FLAGS"];

/// A method count's row.
fn count_cells(c: &MethodCount) -> Vec<String> {
    vec![c.kind.as_str().to_string(), c.count.to_string()]
}

/// An unassigned method's row.
fn unassigned_cells(m: &UnlockMethod) -> Vec<String> {
    vec![
        m.unlock_id.clone(),
        m.kind.as_str().to_string(),
        m.name.clone(),
    ]
}

/// `opmode pending`'s answer as a row.
fn pending_cells(p: &PendingMethods) -> Vec<String> {
    vec![if p.pending { "yes" } else { "no" }.to_string()]
}

async fn add(a: AddArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<UnlockMethod>()?;
    let user = resolve::user_arg("--user", &a.user)?;
    let unlock = unlock_id(&a.unlock_id)?;
    let name = a
        .name
        .as_deref()
        .map(|n| check_name("--name", n))
        .transpose()?;
    let wait = a.wait.as_deref().map(fleet::wait::parse).transpose()?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let user = resolve::member(ctx, &lock, user).await?;
    let s = fleet::Shared::of(ctx).await?;
    let m = s
        .api
        .add_method(&lock, &user, &unlock, name.as_deref())
        .await?;
    let first = Reached::of(Some(m.delivery));
    let last = m.clone();
    // Followed to the lock by reading the member's methods again.
    let poll = || async {
        let now = s.api.unlock_methods(&lock, &user).await?;
        let same = |x: &UnlockMethod| match (&x.id, &last.id) {
            (Some(a), Some(b)) => a == b,
            _ => x.unlock_id == last.unlock_id,
        };
        Ok(match now.into_iter().find(same) {
            Some(x) => {
                let r = Reached::of(Some(x.delivery));
                (x, r)
            }
            None => (
                last.clone(),
                Reached::Refused("it is gone from the member's methods".into()),
            ),
        })
    };
    let check = lockctl_api::error::Check::Methods {
        lock: lock.id.clone(),
        member: user.clone(),
    };
    let v = fleet::wait::verify(&s, &lock, m, first, wait, check, poll).await?;
    let m = &v.model;
    let msg = format!(
        "Attached {} {unlock} to member {user}.",
        unlock.kind().as_str()
    );
    let mut row = crate::output::Made::new(m.id.as_deref(), &m.name)
        .col("UNLOCK ID", m.unlock_id.clone())
        .col("KIND", unlock.kind().as_str())
        .col("MEMBER", user.to_string())
        .notice(msg);
    if v.reached == Reached::Pending {
        row = row.notice(fleet::wait::pending_words(&lock, v.offline));
    }
    ctx.out.made(m, ctx.raw(), row)?;
    let done = format!("{unlock} was attached to member {user}");
    for n in m
        .not_read
        .as_deref()
        .into_iter()
        .chain(v.not_read.as_deref())
    {
        ctx.out.warn(&fleet::wait::not_read_words(&done, n));
    }
    Ok(())
}

async fn rename(a: RenameArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    let id = check_id("--id", &a.id)?.to_string();
    let name = check_name("--name", &a.name)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let done = ctx.api().await?.rename_method(&lock, &id, &name).await?;
    report(
        ctx,
        &done,
        &format!("Renamed unlock method {id} to {name}."),
    )
}

async fn remove(a: RemoveArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    // Check whatever was given before anything is sent.
    let who = a
        .user
        .as_deref()
        .map(|u| resolve::user_arg("--user", u))
        .transpose()?;
    let mut r = MethodRef {
        unlock_id: a.unlock_id.as_deref().map(unlock_id).transpose()?,
        member: who.as_ref().map(|_| String::new()),
        id: a
            .id
            .as_deref()
            .map(|i| check_id("--id", i).map(|n| n.to_string()))
            .transpose()?,
    };
    let lock = crate::resolve::dev_lock(ctx).await?;
    let api = ctx.api().await?;
    api.check_method_ref(&lock, &r)?;
    if let Some(q) = who {
        r.member = Some(resolve::member(ctx, &lock, q).await?);
    }
    let what = match (&r.member, &r.id, &r.unlock_id) {
        (Some(user), Some(id), _) => format!("unlock method {id} of member {user}"),
        (_, _, Some(u)) => format!("{} {u}", u.kind().as_str()),
        _ => "the unlock method".to_string(),
    };
    fleet::confirm(
        ctx,
        &format!("Remove {what} from {}?", lock.name),
        std::slice::from_ref(&lock),
    )?;
    let done = api.remove_method(&lock, &r).await?;
    report(ctx, &done, &format!("Removed {what}."))
}

async fn unassigned(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<UnlockMethod>()?;
    let body = |s: Arc<Shared>, l: Lock| async move { Ok(s.api.unassigned_methods(&l).await?) };
    let headers = ["UNLOCK ID", "TYPE", "NAME"];
    let cells = |_: &Lock, m: &Vec<UnlockMethod>| m.iter().map(unassigned_cells).collect();
    let Some((lock, methods)) =
        fleet::each_rows(ctx, "opmode unassigned", body, &headers, cells).await?
    else {
        return Ok(());
    };
    if methods.is_empty() {
        ctx.out
            .notice(&format!("no unassigned unlock methods on {}", lock.name));
    }
    let rows: Vec<Vec<String>> = methods.iter().map(unassigned_cells).collect();
    ctx.out
        .show_list(&methods, ctx.raw(), |o| o.table(&headers, rows))
}

async fn pending(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<PendingMethods>()?;
    let body = |s: Arc<Shared>, l: Lock| async move { Ok(s.api.methods_pending(&l).await?) };
    let cells = |_: &Lock, p: &PendingMethods| vec![pending_cells(p)];
    let Some((_, p)) = fleet::each_rows(ctx, "opmode pending", body, &["PENDING"], cells).await?
    else {
        return Ok(());
    };
    ctx.out.show(&p, ctx.raw(), |o| {
        o.line(if p.pending {
            "yes: some unlock methods wait to be assigned (see `lockctl opmode unassigned`)"
        } else {
            "no"
        })
    })
}

async fn ids_call(a: UnlockIdsArgs, assign: bool, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    let user = resolve::user_arg("--user", &a.user)?;
    let ids: Vec<UnlockId> = a
        .unlock_id
        .iter()
        .map(|s| unlock_id(s))
        .collect::<Result<_>>()?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let user = resolve::member(ctx, &lock, user).await?;
    let api = ctx.api().await?;
    let done = if assign {
        api.assign_methods(&lock, &user, &ids).await?
    } else {
        api.bind_records(&lock, &user, &ids).await?
    };
    let what = if assign {
        "Assigned"
    } else {
        "Rewrote past records of"
    };
    let list: Vec<String> = ids.iter().map(UnlockId::to_string).collect();
    let msg = format!("{what} {} to member {user}.", list.join(", "));
    report(ctx, &done, &msg)
}

async fn hijack(a: UnlockIdArg, on: bool, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Done>()?;
    let unlock = unlock_id(&a.unlock_id)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let done = ctx.api().await?.set_duress(&lock, &unlock, on).await?;
    let msg = format!(
        "{} {unlock} {} duress method.",
        unlock.kind().as_str(),
        if on { "is now a" } else { "is no longer a" }
    );
    report(ctx, &done, &msg)
}

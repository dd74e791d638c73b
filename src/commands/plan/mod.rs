//! `plan -f FILE` and `apply -f FILE`: the locks, members and temporary passwords a file
//! declares (docs/plan.md), compared with what the locks hold, and made so.

mod apply;
mod diff;
mod file;
mod report;

use std::collections::HashMap;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use lockctl_api::ops::members::Page;
use lockctl_api::ops::passwords::PasswordOp;
use lockctl_api::{Backend, Lock};

use crate::config::cache::CachedDevice;
use crate::context::Context;
use crate::error::Fail;
use diff::{Abilities, Change, PinSource, WantMember, WantPassword};
use file::Loaded;

#[derive(Args, Debug)]
pub struct FileArgs {
    /// The plan file (TOML; see docs/plan.md).
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Args, Debug)]
pub struct PlanArgs {
    #[command(flatten)]
    pub file: FileArgs,
    /// Exit 3 when changes are pending, 0 when there are none (errors stay 1, 2 or 4): for cron.
    #[arg(long)]
    pub exit_code: bool,
}

pub const PLAN_EXAMPLES: &str = "Examples:
  lockctl plan -f access.toml
  lockctl plan -f access.toml --json
  lockctl plan -f access.toml --exit-code -q >/dev/null || echo drift   # from cron

Exit codes: 0 done, 1 a lock could not be read, 2 a bad file, 4 not logged in, 130 cancelled;
with --exit-code, 0 no changes and 3 changes pending.";

pub const APPLY_EXAMPLES: &str = "Examples:
  lockctl apply -f access.toml          # lists the changes, then asks
  GUEST_PIN=1234567 lockctl apply -f access.toml --yes

Exit codes: 0 done (or no changes), 1 a change failed, 2 a bad file, 130 cancelled (Ctrl-C:
what was done is reported).";

/// One lock, what the file wants on it, and the changes that get it there.
pub struct LockPlan {
    pub lock: Lock,
    pub changes: Vec<Change>,
    /// Wanted passwords whose window is over and that the lock does not hold: not created.
    pub skipped: Vec<String>,
}

#[derive(Clone)]
struct Wanted {
    lock: Lock,
    members: Vec<WantMember>,
    passwords: Vec<WantPassword>,
}

/// `--raw` prints one call's wire answer; a plan is made of many calls on many locks.
pub fn refuse_raw(ctx: &Context, verb: &str) -> Result<()> {
    if matches!(ctx.out.format, crate::options::Format::Raw) {
        return Err(Fail::usage_hint(
            format!("--raw: {verb} reads and writes many entries, so it has no one wire answer"),
            "use --json",
        ));
    }
    Ok(())
}

pub async fn plan(a: PlanArgs, ctx: &mut Context) -> Result<()> {
    refuse_raw(ctx, "plan")?;
    crate::fleet::concurrency(&ctx.global)?;
    ctx.out.check_fields::<report::LockView>()?;
    let mut l = file::load(&a.file.file)?;
    let plans = build(&mut l, ctx).await?;
    report::show_plan(ctx, &plans)?;
    let pending = plans.iter().any(|p| !p.changes.is_empty());
    if a.exit_code && pending {
        return Err(Fail::pending());
    }
    Ok(())
}

pub async fn apply(a: FileArgs, ctx: &mut Context) -> Result<()> {
    refuse_raw(ctx, "apply")?;
    crate::fleet::concurrency(&ctx.global)?;
    ctx.out.check_fields::<report::LockView>()?;
    let mut l = file::load(&a.file)?;
    let plans = build(&mut l, ctx).await?;
    let total: usize = plans.iter().map(|p| p.changes.len()).sum();
    if total == 0 {
        return report::show_no_changes(ctx, &plans);
    }
    ctx.out.preview(&report::preview_text(&plans));
    let touched = plans.iter().filter(|p| !p.changes.is_empty()).count();
    // The preview above names every lock and its changes: the question lists no locks again.
    crate::fleet::confirm(
        ctx,
        &format!(
            "Apply {total} change{} to {touched} lock{}?",
            if total == 1 { "" } else { "s" },
            if touched == 1 { "" } else { "s" }
        ),
        &[],
    )?;
    let (done, cancelled) = apply::all(ctx, &plans).await?;
    report::show_applied(ctx, &plans, &done)?;
    if cancelled {
        return Err(Fail::cancelled());
    }
    let failed: usize = done.iter().flatten().filter(|o| !o.ok).count();
    if failed > 0 {
        return Err(Fail::failure(
            format!("{failed} of {total} changes failed"),
            format!(
                "fix what the table says, then run `lockctl plan -f {}` to see what is left",
                a.file.display()
            ),
        ));
    }
    Ok(())
}

/// Read the file's locks, check every entry for every lock, then read each lock and diff it.
/// Every check that needs no answer from a lock runs before the first lock is read.
async fn build(l: &mut Loaded, ctx: &mut Context) -> Result<Vec<LockPlan>> {
    let locks = targets(l, ctx).await?;
    let l = &*l;
    file::check_entry_locks(l, &locks)?;
    let api = ctx.api().await?;
    let mut wanted = vec![];
    for lock in locks {
        let w = Wanted {
            members: file::members_for(l, &lock)?,
            passwords: file::passwords_for(l, &lock)?,
            lock,
        };
        check_kind(api.as_ref(), &w)?;
        wanted.push(w);
    }
    notes(ctx, &wanted);
    read_all(ctx, l.file.prefix.get_ref(), wanted).await
}

/// Read every lock and diff it, `--concurrency` locks at once through the fleet runner. A lock
/// that cannot be read fails the plan (the first such lock in the file's order says why); Ctrl-C
/// ends it with nothing written.
async fn read_all(ctx: &mut Context, prefix: &str, wanted: Vec<Wanted>) -> Result<Vec<LockPlan>> {
    let locks: Vec<Lock> = wanted.iter().map(|w| w.lock.clone()).collect();
    // The file's locks are each named once, so a lock's id finds its entries.
    let by_id: HashMap<String, Wanted> =
        wanted.into_iter().map(|w| (w.lock.id.clone(), w)).collect();
    let ran = crate::fleet::run(ctx, locks, |s, lock| {
        let w = by_id.get(&lock.id).cloned();
        async move {
            let w = w.ok_or_else(|| anyhow::anyhow!("no entries were prepared for {}", lock.id))?;
            diff_lock(s.api.as_ref(), prefix, w).await
        }
    })
    .await?;
    if ran.cancelled {
        return Err(Fail::cancelled());
    }
    ran.outcomes.into_iter().map(|o| o.result).collect()
}

/// What a lock's kind cannot hold is a bad file for that lock (exit 2), found before any write.
fn check_kind(api: &dyn Backend, w: &Wanted) -> Result<()> {
    let lock = &w.lock;
    if !api.keeps_member_access(lock) {
        if let Some(m) = w.members.iter().find(|m| m.access.is_some()) {
            return Err(Fail::usage_hint(
                format!(
                    "{}: member `{}` has a validity window, but {} ({} lock) keeps none",
                    m.line,
                    m.name,
                    lock.name,
                    lock.kind.label()
                ),
                "leave `from`/`to` out for this lock, or limit the entry with `locks = [...]`",
            ));
        }
    }
    if let Some(p) = w.passwords.first() {
        api.offers(lock, PasswordOp::TempCreate).map_err(|e| {
            Fail::usage(format!(
                "{}: {} cannot hold `{}`: {e}",
                p.line, lock.name, p.name
            ))
        })?;
    }
    Ok(())
}

fn notes(ctx: &Context, wanted: &[Wanted]) {
    let mut vars: Vec<&str> = vec![];
    for w in wanted {
        for p in &w.passwords {
            if let PinSource::Env(v, _) = &p.pin {
                if !vars.contains(&v.as_str()) {
                    vars.push(v);
                }
            }
        }
    }
    if !vars.is_empty() {
        ctx.out.notice(&format!(
            "note: the cloud never returns PINs, so a changed PIN in {} cannot be seen here; a PIN is set when its password is created (rename the entry to make a new one)",
            vars.join(", ")
        ));
    }
}

async fn diff_lock(api: &dyn Backend, prefix: &str, w: Wanted) -> Result<LockPlan> {
    let lock = w.lock;
    let mut have = api.family_members(&lock).await?;
    let page = Page {
        offset: 0,
        limit: 100,
        all: true,
    };
    match api.panel_members(&lock, page).await {
        Ok(panel) => {
            for m in panel {
                if !have.iter().any(|h| h.id == m.id) {
                    have.push(m);
                }
            }
        }
        // Locks without panel members refuse the list before sending anything.
        Err(lockctl_api::Error::Unsupported { .. }) => {}
        Err(e) => return Err(e.into()),
    }
    let pwds = match api.offers(&lock, PasswordOp::TempList) {
        Ok(()) => api.temp_passwords(&lock).await?,
        Err(_) => vec![],
    };
    let can = Abilities {
        member_access: api.keeps_member_access(&lock),
        update_password: api.offers(&lock, PasswordOp::TempUpdate).is_ok(),
    };
    let now = lockctl_api::clock::now();
    let mut changes = diff::members(prefix, &w.members, &have, can);
    changes.extend(diff::passwords(prefix, &w.passwords, &pwds, can, now));
    let skipped = w
        .passwords
        .iter()
        .filter(|p| p.to <= now && !pwds.iter().any(|h| h.name == p.name))
        .map(|p| p.name.clone())
        .collect();
    Ok(LockPlan {
        lock,
        changes,
        skipped,
    })
}

/// The file's locks and the locks of its homes, each once, in the file's order.
async fn targets(l: &mut Loaded, ctx: &mut Context) -> Result<Vec<Lock>> {
    let mut out: Vec<Lock> = vec![];
    let mut aliases = vec![];
    for q in &l.file.locks {
        let lock = crate::resolve::lock(ctx, q.get_ref()).await.map_err(|e| {
            Fail::usage_hint(
                format!("{}: {}", l.at(q.span()), e),
                "`lockctl device list` shows the locks",
            )
        })?;
        aliases.push((q.get_ref().clone(), lock.id.clone()));
        if !out.iter().any(|k| k.id == lock.id) {
            out.push(lock);
        }
    }
    l.aliases = aliases;
    if l.file.homes.is_empty() {
        return Ok(out);
    }
    let api = ctx.api().await?;
    let homes = api.homes_and_devices().await?;
    api.discard_raw();
    let all: Vec<_> = homes.iter().flat_map(|(_, d)| d.clone()).collect();
    ctx.cache_devices(&all)?;
    let now = crate::config::cache::now();
    for q in &l.file.homes {
        let want = q.get_ref().trim();
        let Some((_, devices)) = homes
            .iter()
            .find(|(h, _)| h.gid == want || h.name.eq_ignore_ascii_case(want))
        else {
            let names: Vec<&str> = homes.iter().map(|(h, _)| h.name.as_str()).collect();
            return Err(l.bad(
                q.span(),
                format!("no home named `{want}` (homes: {})", names.join(", ")),
            ));
        };
        for d in devices.iter().filter(|d| d.is_lock()) {
            if out.iter().any(|k| k.id == d.dev_id) {
                continue;
            }
            // The home list carries what a lock needs: no request per lock unless it lacks it.
            let c = CachedDevice::from_device(d, now);
            match ctx.lock_from_cache(&c)? {
                Some(lock) => out.push(lock),
                None => out.push(ctx.lock_from_cloud(&d.dev_id).await?),
            }
        }
    }
    Ok(out)
}

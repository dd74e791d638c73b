//! The sync itself: check the flags, load and parse the feed (nothing is sent before it parses),
//! read the lock's passwords, decide, confirm deletions, act, remember, report.

use anyhow::Result;
use jiff::Timestamp;
use lockctl_api::ops::passwords::{NewTempPassword, PasswordOp, TempPasswordChange};
use lockctl_api::{Backend, Delivery, Fields, Lock, Secret, Time};
use serde::Serialize;

use super::engine::{self, Action, Live, Rules};
use super::feed::Source;
use super::state::{self, Entry, Key};
use super::{clock, duration, PinFrom, SyncArgs};
use crate::context::Context;
use crate::error::Fail;

/// One action of a sync, as printed.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncRow {
    /// `create`, `update`, `replace` (remove and create: a new PIN), `delete`.
    pub action: &'static str,
    /// The booking's UID.
    pub booking: String,
    pub name: String,
    pub from: Option<Time>,
    pub to: Option<Time>,
    /// The password's id (null before a create is made).
    pub id: Option<String>,
    /// A PIN lockctl made, shown this once (null otherwise, and in a dry run).
    pub pin: Option<String>,
    /// Null in a dry run.
    pub ok: Option<bool>,
    pub error: Option<String>,
    /// The change was done, but reading it back failed: said on stderr.
    #[serde(skip)]
    pub warning: Option<String>,
}

impl Fields for SyncRow {
    const FIELDS: &'static [&'static str] = &[
        "action", "booking", "name", "from", "to", "id", "pin", "ok", "error",
    ];
}

/// The flags, checked before anything is read.
pub(super) struct Flags {
    pub before: i64,
    pub after: i64,
    pub check_in: jiff::civil::Time,
    pub check_out: jiff::civil::Time,
    pub source: Source,
}

fn flags(a: &SyncArgs) -> Result<Flags> {
    flags_of(&a.feed)
}

/// The feed and the rules that make its windows and names, as `booking sync` and `booking
/// status` both take them.
pub(super) fn flags_of(a: &super::FeedArgs) -> Result<Flags> {
    engine::check_template(&a.name).map_err(|e| Fail::usage(format!("--name: {e}")))?;
    Ok(Flags {
        before: duration("--before", &a.before)?,
        after: duration("--after", &a.after)?,
        check_in: clock("--check-in", &a.check_in)?,
        check_out: clock("--check-out", &a.check_out)?,
        source: Source::parse(&a.ical)?,
    })
}

/// The passwords the lock has (those being deleted aside).
pub(super) async fn live_passwords(api: &dyn Backend, lock: &Lock) -> Result<Vec<Live>> {
    for op in [
        PasswordOp::TempList,
        PasswordOp::TempCreate,
        PasswordOp::TempRemove,
    ] {
        api.offers(lock, op)?;
    }
    let ids = api
        .temp_passwords(lock)
        .await?
        .into_iter()
        .filter(|p| p.delivery != Some(Delivery::Deleting))
        .filter_map(|p| {
            let secs = |t: &Option<Time>| t.as_ref().map_or(0, Time::as_secs);
            Some(Live {
                from: secs(&p.from),
                to: secs(&p.to),
                id: p.id?,
                name: p.name,
            })
        })
        .collect();
    api.discard_raw();
    Ok(ids)
}

pub async fn sync(a: SyncArgs, ctx: &mut Context) -> Result<()> {
    crate::commands::plan::refuse_raw(ctx, "booking sync")?;
    ctx.out.check_fields::<SyncRow>()?;
    let f = flags(&a)?;
    // A missing --dev is refused before the feed is read.
    crate::resolve::dev(ctx)?;
    let text = f.source.load(ctx.global.verbose).await?;
    let bookings = super::ical::parse(&text).map_err(|e| {
        Fail::failure(
            format!("the booking feed {} does not parse: {e}", f.source.shown()),
            "nothing was changed",
        )
    })?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let api = ctx.api().await?;
    let live = live_passwords(api.as_ref(), &lock).await?;
    let key = Key {
        profile: ctx.settings.profile_name.clone().unwrap_or_default(),
        lock: lock.id.clone(),
        feed: f.source.key(),
        source: f.source.shown(),
    };
    let dir = crate::config::data_dir()?;
    let mut entries = state::load(&dir, &key)?;
    let rules = Rules {
        before: f.before,
        after: f.after,
        check_in: f.check_in,
        check_out: f.check_out,
        zone: lock.zone.clone(),
        template: a.feed.name.clone(),
        now: lockctl_api::clock::now(),
        can_update: api.offers(&lock, PasswordOp::TempUpdate).is_ok(),
    };
    // Forget and Adopt touch the state only.
    let (acts, quiet): (Vec<Action>, Vec<Action>) =
        engine::plan(&bookings, &entries, &live, &rules)
            .into_iter()
            .partition(|x| !matches!(x, Action::Forget { .. } | Action::Adopt { .. }));
    let skipped = bookings
        .iter()
        .filter(|b| !acts.iter().any(|x| x.uid() == b.uid))
        .count();
    if a.dry_run {
        let rows: Vec<SyncRow> = acts.iter().map(|x| row(x, &lock)).collect();
        return report(ctx, &rows, true, skipped);
    }
    confirm(ctx, &acts, &lock)?;
    let mut rows = vec![];
    for x in &acts {
        let mut r = row(x, &lock);
        act(api.as_ref(), &lock, x, a.pin_from, &mut entries, &mut r).await;
        rows.push(r);
    }
    settle(ctx, &quiet, &mut entries);
    // Each code remembers its booking's summary (`watch` names it at the code's first use).
    let mut named = false;
    for e in entries.iter_mut() {
        if let Some(b) = bookings.iter().find(|b| b.uid == e.uid) {
            if e.summary.as_deref() != Some(b.summary.as_str()) {
                e.summary = Some(b.summary.clone());
                named = true;
            }
        }
    }
    if !acts.is_empty() || !quiet.is_empty() || named {
        state::store(&dir, &key, entries)?;
    }
    report(ctx, &rows, false, skipped)
}

/// The state-only actions: forget what is over, link what the lock already has.
fn settle(ctx: &Context, quiet: &[Action], entries: &mut Vec<Entry>) {
    entries.retain(|e| !quiet.iter().any(|x| x.uid() == e.uid));
    for x in quiet {
        if let Action::Adopt {
            uid,
            id,
            name,
            from,
            to,
        } = x
        {
            ctx.out.notice(&format!(
                "\"{name}\" (id {id}) is already on the lock for booking {uid}: linked, not made again"
            ));
            entries.push(Entry {
                uid: uid.clone(),
                password: id.clone(),
                name: name.clone(),
                from: *from,
                to: *to,
                summary: None,
            });
        }
    }
}

/// `booking sync` is a confirmed verb (it can delete a guest's password): a run that would send
/// anything lists what it would do and asks once (`--yes` skips it; off a terminal it refuses).
/// A run with nothing to send asks nothing.
fn confirm(ctx: &Context, acts: &[Action], lock: &Lock) -> Result<()> {
    let what: Vec<String> = acts
        .iter()
        .filter_map(|x| match x {
            Action::Create { name, .. } => Some(format!("create \"{name}\"")),
            Action::Update { name, .. } => Some(format!("update \"{name}\"")),
            Action::Delete { name, .. } => Some(format!("delete \"{name}\"")),
            Action::Replace { name, .. } => Some(format!("replace \"{name}\" (a new PIN)")),
            _ => None,
        })
        .collect();
    if what.is_empty() {
        return Ok(());
    }
    ctx.out
        .preview(&format!("On {}:\n  {}", lock.name, what.join("\n  ")));
    let gone = acts
        .iter()
        .filter(|x| matches!(x, Action::Delete { .. } | Action::Replace { .. }))
        .count();
    crate::fleet::confirm(
        ctx,
        &format!(
            "Make {} change{} to the bookings' passwords on {} ({gone} deleted or replaced)?",
            what.len(),
            if what.len() == 1 { "" } else { "s" },
            lock.name
        ),
        std::slice::from_ref(lock),
    )
}

fn row(x: &Action, lock: &Lock) -> SyncRow {
    let t = |s: i64| Time::from_secs(s, &lock.zone);
    let (action, uid, name, from, to, id) = match x {
        Action::Create {
            uid,
            name,
            from,
            to,
            ..
        } => ("create", uid, name, t(*from), t(*to), None),
        Action::Update {
            uid,
            id,
            name,
            from,
            to,
        } => ("update", uid, name, t(*from), t(*to), Some(id.clone())),
        Action::Replace {
            uid,
            id,
            name,
            from,
            to,
            ..
        } => ("replace", uid, name, t(*from), t(*to), Some(id.clone())),
        Action::Delete { uid, id, name, .. } => ("delete", uid, name, None, None, Some(id.clone())),
        Action::Forget { uid } => ("forget", uid, uid, None, None, None),
        Action::Adopt {
            uid,
            id,
            name,
            from,
            to,
        } => ("adopt", uid, name, t(*from), t(*to), Some(id.clone())),
    };
    SyncRow {
        action,
        booking: uid.clone(),
        name: name.clone(),
        from,
        to,
        id,
        pin: None,
        ok: None,
        error: None,
        warning: None,
    }
}

fn pin_for(lock: &Lock, phone4: &Option<String>, from: Option<PinFrom>) -> Secret {
    let len = lock.pin_len();
    match (from, phone4) {
        (Some(PinFrom::Phone), Some(p)) if p.len() == 4 && len > 4 => {
            let head = crate::commands::temppwd::generate_pin(len - 4);
            Secret::new(format!("{}{p}", head.expose()))
        }
        _ => crate::commands::temppwd::generate_pin(len),
    }
}

/// Carry out one action; the row gets its outcome, the state its entry.
async fn act(
    api: &dyn Backend,
    lock: &Lock,
    x: &Action,
    pin_from: Option<PinFrom>,
    entries: &mut Vec<Entry>,
    r: &mut SyncRow,
) {
    let result: Result<()> = async {
        match x {
            Action::Create { phone4, .. } => {
                create(api, lock, x, pin_for(lock, phone4, pin_from), entries, r).await
            }
            Action::Replace { id, phone4, .. } => {
                api.remove_temp_password(lock, id).await?;
                entries.retain(|e| e.uid != x.uid());
                create(api, lock, x, pin_for(lock, phone4, pin_from), entries, r).await
            }
            Action::Update { .. } => update(api, lock, x, entries, r).await,
            Action::Delete { uid, id, .. } => {
                api.remove_temp_password(lock, id).await?;
                entries.retain(|e| &e.uid != uid);
                Ok(())
            }
            Action::Forget { .. } | Action::Adopt { .. } => Ok(()),
        }
    }
    .await;
    r.ok = Some(result.is_ok());
    r.error = result.err().map(|e| format!("{e:#}"));
}

fn secs(s: i64) -> Result<Timestamp> {
    Timestamp::from_second(s).map_err(|e| anyhow::anyhow!("time out of range: {e}"))
}

/// The name and window an action writes.
fn target(x: &Action) -> Option<(&str, i64, i64)> {
    match x {
        Action::Create { name, from, to, .. }
        | Action::Update { name, from, to, .. }
        | Action::Replace { name, from, to, .. } => Some((name, *from, *to)),
        _ => None,
    }
}

async fn update(
    api: &dyn Backend,
    lock: &Lock,
    x: &Action,
    entries: &mut [Entry],
    r: &mut SyncRow,
) -> Result<()> {
    let (Action::Update { id, .. }, Some((name, from, to))) = (x, target(x)) else {
        return Ok(());
    };
    let renamed = entries.iter().any(|e| e.uid == x.uid() && e.name != name);
    let change = TempPasswordChange {
        window: Some((secs(from)?, secs(to)?)),
        name: renamed.then(|| name.to_string()),
        ..Default::default()
    };
    let p = api.update_temp_password(lock, id, &change).await?;
    r.warning = p
        .not_read
        .map(|n| crate::fleet::wait::not_read_words(&format!("password {id} was changed"), &n));
    if let Some(e) = entries.iter_mut().find(|e| e.uid == x.uid()) {
        (e.from, e.to, e.name) = (from, to, name.to_string());
    }
    Ok(())
}

async fn create(
    api: &dyn Backend,
    lock: &Lock,
    x: &Action,
    pin: Secret,
    entries: &mut Vec<Entry>,
    r: &mut SyncRow,
) -> Result<()> {
    let Some((name, from, to)) = target(x) else {
        return Ok(());
    };
    entries.retain(|e| e.uid != x.uid());
    let new = NewTempPassword {
        name: name.to_string(),
        pin: pin.clone(),
        from: secs(from)?,
        to: secs(to)?,
        schedules: vec![],
        one_time: false,
        phone: None,
        country_code: None,
        allow_duplicate_name: false,
    };
    let made = api.create_temp_password(lock, &new).await?;
    r.pin = Some(pin.expose().to_string());
    r.id = made.id.clone();
    // Created, but not read back: the next sync adopts it (same name and window, linked to no
    // booking), so it is done with a warning.
    let done = format!("password \"{name}\" was created (the next sync links it to its booking)");
    r.warning = made
        .not_read
        .as_ref()
        .map(|n| crate::fleet::wait::not_read_words(&done, n));
    let Some(id) = made.id else {
        if r.warning.is_none() {
            return Err(anyhow::anyhow!(
                "created, but the cloud's list did not show its id: the next sync cannot follow it"
            ));
        }
        return Ok(());
    };
    entries.push(Entry {
        uid: x.uid().to_string(),
        password: id,
        name: name.to_string(),
        from,
        to,
        summary: None,
    });
    Ok(())
}

fn report(ctx: &Context, rows: &[SyncRow], dry: bool, skipped: usize) -> Result<()> {
    for w in rows.iter().filter_map(|r| r.warning.as_deref()) {
        ctx.out.warn(w);
    }
    if rows.is_empty() {
        ctx.out
            .status("No changes: the lock's passwords match the feed.");
    }
    if skipped > 0 {
        ctx.out.notice(&format!(
            "{skipped} event{} of the feed left alone (past, blocked, cancelled or unchanged).",
            if skipped == 1 { "" } else { "s" }
        ));
    }
    let failed = rows.iter().filter(|r| r.ok == Some(false)).count();
    ctx.out.show_list(rows, vec![], |o| {
        if rows.is_empty() {
            return Ok(());
        }
        let table: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                vec![
                    r.action.to_string(),
                    r.name.clone(),
                    crate::output::time::window(r.from.as_ref(), r.to.as_ref()),
                    r.id.clone().unwrap_or_else(|| "-".into()),
                    match (r.ok, &r.error) {
                        (None, _) => "planned".into(),
                        (Some(true), _) => "done".into(),
                        (Some(false), e) => format!("failed: {}", e.as_deref().unwrap_or("")),
                    },
                    r.pin.clone().unwrap_or_default(),
                ]
            })
            .collect();
        o.table(&["ACTION", "NAME", "WINDOW", "ID", "OUTCOME", "PIN"], table)?;
        if dry {
            o.status("Dry run: nothing was changed.");
        }
        Ok(())
    })?;
    if failed > 0 {
        return Err(Fail::failure(
            format!("{failed} of {} booking changes failed", rows.len()),
            "run the sync again: what was done is remembered",
        ));
    }
    Ok(())
}

//! `temppwd prune` and `member prune`: read what each lock holds, pick the entries that are
//! over, list them, ask (a confirmed verb), and remove them one by one through the typed remove
//! operations. `--dry-run` lists and sends nothing. Over several locks, the fleet runner.

use std::future::Future;
use std::sync::Arc;

use anyhow::Result;
use lockctl_api::{Fields, Lock, Time};
use serde::Serialize;

use crate::context::Context;
use crate::error::Fail;
use crate::fleet::{self, Outcome, Ran, Shared, Targets};
use crate::output::time::when;

/// An entry a prune would remove, as a lock's read found it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub id: String,
    pub name: String,
    /// `expired` (its window is over) or `used` (a one-time password used up).
    pub reason: &'static str,
    /// The end of its window.
    pub to: Option<Time>,
}

/// One entry of a prune's output (docs/json.md, "prune").
#[derive(Debug, Clone, Serialize)]
pub struct Pruned {
    pub id: String,
    pub name: String,
    /// `expired` or `used`.
    pub reason: &'static str,
    /// The end of its window.
    pub to: Option<Time>,
    /// `planned` (`--dry-run`), `removed` or `failed`.
    pub outcome: &'static str,
    /// Why a removal failed (null otherwise).
    pub error: Option<String>,
}

impl Fields for Pruned {
    const FIELDS: &'static [&'static str] = &["id", "name", "reason", "to", "outcome", "error"];
}

/// The words of one prune verb.
pub struct Words {
    /// `temppwd prune`.
    pub verb: &'static str,
    /// The verb whose operation removes an entry, checked on every lock before any request.
    pub remove_verb: &'static str,
    /// `temporary password`.
    pub noun: &'static str,
    /// `expired temporary passwords`: what there was none of.
    pub none: &'static str,
}

const HEADERS: [&str; 6] = ["ID", "NAME", "REASON", "ENDED", "OUTCOME", "DETAIL"];

fn cells(p: &Pruned) -> Vec<String> {
    vec![
        p.id.clone(),
        p.name.clone(),
        p.reason.to_string(),
        when(p.to.as_ref()),
        p.outcome.to_string(),
        p.error.clone().unwrap_or_default(),
    ]
}

fn plural(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        _ => format!("{n} {noun}s"),
    }
}

fn planned(c: &Candidate) -> Pruned {
    Pruned {
        id: c.id.clone(),
        name: c.name.clone(),
        reason: c.reason,
        to: c.to.clone(),
        outcome: "planned",
        error: None,
    }
}

/// Run a prune: `read` finds a lock's candidates, `remove` removes one by id.
pub async fn run<R, RF, D, DF>(
    ctx: &mut Context,
    w: &Words,
    dry_run: bool,
    read: R,
    remove: D,
) -> Result<()>
where
    R: Fn(Arc<Shared>, Lock) -> RF,
    RF: Future<Output = Result<Vec<Candidate>>>,
    D: Fn(Arc<Shared>, Lock, String) -> DF + Clone,
    DF: Future<Output = Result<()>>,
{
    ctx.out.check_fields::<Pruned>()?;
    let (locks, many) = match fleet::targets(ctx).await? {
        Targets::One(lock) => (vec![lock], false),
        Targets::Many(locks) => (locks, true),
    };
    let api = ctx.api().await?;
    fleet::precheck(w.verb, &locks, |l| Ok(api.offers_verb(l, w.remove_verb)?))?;
    let read = fleet::run(ctx, locks, read).await?;
    if read.cancelled {
        return Err(Fail::cancelled());
    }
    // One lock that could not be read: its error, as any one-lock verb says it.
    let mut found: Vec<Outcome<Vec<Candidate>>> = read.outcomes;
    if !many {
        if let Some(Outcome { result: Err(_), .. }) = found.first() {
            if let Some(Outcome { result: Err(e), .. }) = found.pop() {
                return Err(e);
            }
        }
    }
    let total: usize = found
        .iter()
        .filter_map(|o| o.result.as_ref().ok())
        .map(Vec::len)
        .sum();
    let touched: Vec<Lock> = found
        .iter()
        .filter(|o| o.result.as_ref().is_ok_and(|c| !c.is_empty()))
        .map(|o| o.lock.clone())
        .collect();
    if total == 0 || dry_run {
        if total == 0 {
            ctx.out.notice(&format!("nothing to prune: no {}", w.none));
        } else {
            ctx.out.notice(&format!(
                "dry run: {} would be removed from {}; nothing was sent",
                plural(total, w.noun),
                plural(touched.len(), "lock")
            ));
        }
        let ran = Ran {
            outcomes: found
                .into_iter()
                .map(|o| Outcome {
                    lock: o.lock,
                    result: o.result.map(|c| c.iter().map(planned).collect()),
                })
                .collect(),
            cancelled: false,
        };
        return print(ctx, ran, many);
    }
    let mut preview = format!("To remove ({}):", plural(total, w.noun));
    for o in &found {
        if let Ok(c) = &o.result {
            for c in c {
                preview.push_str(&format!(
                    "\n  {}: {} {:?} (id {}), {}",
                    o.lock.name, w.noun, c.name, c.id, c.reason
                ));
            }
        }
    }
    ctx.out.preview(&preview);
    fleet::confirm(
        ctx,
        &format!(
            "Remove {} from {}?",
            plural(total, w.noun),
            match touched.as_slice() {
                [one] => one.name.clone(),
                _ => plural(touched.len(), "lock"),
            }
        ),
        &[],
    )?;
    // Each lock's entries, one after another; the locks as --concurrency allows.
    let mut todo: std::collections::HashMap<String, Vec<Candidate>> = Default::default();
    let mut unread: Vec<Outcome<Vec<Pruned>>> = vec![];
    let mut order: Vec<Lock> = vec![];
    for o in found {
        order.push(o.lock.clone());
        match o.result {
            Ok(c) => {
                todo.insert(o.lock.id.clone(), c);
            }
            Err(e) => unread.push(Outcome {
                lock: o.lock,
                result: Err(e),
            }),
        }
    }
    let locks: Vec<Lock> = touched;
    let todo = Arc::new(todo);
    let done = fleet::run(ctx, locks, |s, lock| {
        let todo = todo.clone();
        let remove = remove.clone();
        async move {
            let mut out = vec![];
            for c in todo.get(&lock.id).map(Vec::as_slice).unwrap_or_default() {
                let mut p = planned(c);
                match remove(s.clone(), lock.clone(), c.id.clone()).await {
                    Ok(()) => p.outcome = "removed",
                    Err(e) => {
                        p.outcome = "failed";
                        p.error = Some(format!("{e:#}"));
                    }
                }
                out.push(p);
            }
            Ok(out)
        }
    })
    .await?;
    let cancelled = done.cancelled;
    // Every lock in the order named: those with nothing to remove, those removed from, those
    // that could not be read.
    let mut by_id: std::collections::HashMap<String, Outcome<Vec<Pruned>>> = done
        .outcomes
        .into_iter()
        .chain(unread)
        .map(|o| (o.lock.id.clone(), o))
        .collect();
    let mut outcomes = vec![];
    for lock in order {
        match by_id.remove(&lock.id) {
            Some(o) => outcomes.push(o),
            None => outcomes.push(Outcome {
                lock,
                result: Ok(vec![]),
            }),
        }
    }
    let failed: usize = outcomes
        .iter()
        .filter_map(|o| o.result.as_ref().ok())
        .flatten()
        .filter(|p| p.outcome == "failed")
        .count();
    for o in &outcomes {
        if let Ok(p) = &o.result {
            let removed = p.iter().filter(|p| p.outcome == "removed").count();
            if removed > 0 {
                ctx.out.notice(&format!(
                    "Removed {} from {}.",
                    plural(removed, w.noun),
                    o.lock.name
                ));
            }
        }
    }
    print(
        ctx,
        Ran {
            outcomes,
            cancelled,
        },
        many,
    )?;
    if failed > 0 {
        return Err(Fail::failure(
            format!("{failed} of {} removals failed", total),
            format!(
                "the table says why; `lockctl {} --dry-run` shows what is left",
                w.verb
            ),
        ));
    }
    Ok(())
}

/// One lock: its entries as a list; several: one table with the lock first (failed locks after
/// it), the run's JSON array.
fn print(ctx: &Context, ran: Ran<Vec<Pruned>>, many: bool) -> Result<()> {
    if many {
        return fleet::report_rows(ctx, ran, &HEADERS, |_, v: &Vec<Pruned>| {
            v.iter().map(cells).collect()
        });
    }
    let cancelled = ran.cancelled;
    let items = match ran.outcomes.into_iter().next() {
        Some(Outcome { result: Ok(v), .. }) => v,
        Some(Outcome { result: Err(e), .. }) => return Err(e),
        None => vec![],
    };
    ctx.out.show_list(&items, vec![], |o| {
        if items.is_empty() {
            return Ok(());
        }
        o.table(&HEADERS, items.iter().map(cells))
    })?;
    if cancelled {
        return Err(Fail::cancelled());
    }
    Ok(())
}

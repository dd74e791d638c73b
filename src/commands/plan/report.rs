//! What `plan` and `apply` print: per lock, the changes (and after `apply`, what became of each),
//! as a table for people and as the JSON documented in docs/plan.md.

use anyhow::Result;
use lockctl_api::{Fields, Lock, Time};
use serde::Serialize;

use super::apply::Outcome;
use super::diff::{Change, PinSource, WantPassword};
use super::LockPlan;
use crate::context::Context;

#[derive(Debug, Serialize)]
pub struct LockName {
    pub id: String,
    pub name: String,
}

/// One lock in the JSON: its changes.
#[derive(Debug, Serialize)]
pub struct LockView {
    pub lock: LockName,
    pub changes: Vec<ChangeView>,
    /// Wanted passwords whose window is over and that the lock does not hold: not created.
    pub skipped: Vec<String>,
}

impl Fields for LockView {
    const FIELDS: &'static [&'static str] = &["lock", "changes", "skipped"];
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangeView {
    /// `create`, `update`, `replace` (remove and create: the lock cannot update it) or `remove`.
    pub action: &'static str,
    /// `member` or `password`.
    pub entry: &'static str,
    pub name: String,
    /// The entry's id on the lock (null for a create before it is made).
    pub id: Option<String>,
    /// What differs, for `update` and `replace`: `access`, `window`, `schedules`, `once`.
    pub fields: Vec<&'static str>,
    pub from: Option<Time>,
    pub to: Option<Time>,
    /// Where a created password's PIN comes from: `env:VAR` or `generated` (null otherwise).
    pub pin_source: Option<String>,
    /// After `apply` only: what became of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<ResultView>,
}

#[derive(Debug, Serialize)]
pub struct ResultView {
    pub ok: bool,
    /// The PIN lockctl generated for a created password (shown this once), else null.
    pub pin: Option<String>,
    pub error: Option<String>,
}

fn time(t: jiff::Timestamp, lock: &Lock) -> Option<Time> {
    Some(Time(t.to_zoned(lock.zone.clone())))
}

fn pin_source(w: &WantPassword) -> Option<String> {
    Some(match &w.pin {
        PinSource::Env(v, _) => format!("env:{v}"),
        PinSource::Generate => "generated".into(),
    })
}

fn view(lock: &Lock, c: &Change) -> ChangeView {
    let base = |action, entry, name: &str, id: Option<&String>| ChangeView {
        action,
        entry,
        name: name.to_string(),
        id: id.cloned(),
        fields: vec![],
        from: None,
        to: None,
        pin_source: None,
        result: None,
    };
    let pwd = |mut v: ChangeView, w: &WantPassword, fields: &[&'static str], pin: bool| {
        v.from = time(w.from, lock);
        v.to = time(w.to, lock);
        v.fields = fields.to_vec();
        if pin {
            v.pin_source = pin_source(w);
        }
        v
    };
    match c {
        Change::CreateMember(w) => {
            let mut v = base("create", "member", &w.name, None);
            if let Some(a) = &w.access {
                let shown = a.view(lock);
                v.from = shown.from;
                v.to = shown.to;
            }
            v
        }
        Change::UpdateMember { id, want } => {
            let mut v = base("update", "member", &want.name, Some(id));
            v.fields = vec!["access"];
            if let Some(a) = &want.access {
                let shown = a.view(lock);
                v.from = shown.from;
                v.to = shown.to;
            }
            v
        }
        Change::RemoveMember { id, name } => base("remove", "member", name, Some(id)),
        Change::CreatePassword(w) => pwd(base("create", "password", &w.name, None), w, &[], true),
        Change::UpdatePassword { id, want, fields } => pwd(
            base("update", "password", &want.name, Some(id)),
            want,
            fields,
            false,
        ),
        Change::ReplacePassword { id, want, fields } => pwd(
            base("replace", "password", &want.name, Some(id)),
            want,
            fields,
            true,
        ),
        Change::RemovePassword { id, name } => base("remove", "password", name, Some(id)),
    }
}

fn views(plans: &[LockPlan], done: Option<&[Vec<Outcome>]>) -> Vec<LockView> {
    plans
        .iter()
        .enumerate()
        .map(|(i, p)| LockView {
            lock: LockName {
                id: p.lock.id.clone(),
                name: p.lock.name.clone(),
            },
            changes: p
                .changes
                .iter()
                .enumerate()
                .map(|(j, c)| {
                    let mut v = view(&p.lock, c);
                    if let Some(o) = done.and_then(|d| d.get(i)).and_then(|d| d.get(j)) {
                        if o.ok && v.id.is_none() {
                            v.id = o.id.clone();
                        }
                        v.result = Some(ResultView {
                            ok: o.ok,
                            pin: o.pin.as_ref().map(|p| p.expose().to_string()),
                            error: o.error.clone(),
                        });
                    }
                    v
                })
                .collect(),
            skipped: p.skipped.clone(),
        })
        .collect()
}

/// The words of a change's details column.
fn details(v: &ChangeView) -> String {
    let mut parts = vec![];
    if let Some(id) = &v.id {
        parts.push(format!("id {id}"));
    }
    if !v.fields.is_empty() {
        parts.push(format!("changes {}", v.fields.join(", ")));
    }
    if v.from.is_some() || v.to.is_some() {
        parts.push(crate::output::time::window(v.from.as_ref(), v.to.as_ref()));
    }
    if let Some(p) = &v.pin_source {
        parts.push(format!("PIN {}", p.replace("env:", "from $")));
    }
    parts.join("; ")
}

fn rows(views: &[LockView], applied: bool) -> Vec<Vec<String>> {
    let mut rows = vec![];
    for l in views {
        if l.changes.is_empty() {
            let mut r = vec![l.lock.name.clone(), "-".into(), "-".into(), "-".into()];
            r.push("no changes".into());
            if applied {
                r.extend(["-".into(), String::new()]);
            }
            rows.push(r);
        }
        for c in &l.changes {
            let mut r = vec![
                l.lock.name.clone(),
                c.action.to_string(),
                c.entry.to_string(),
                c.name.clone(),
                details(c),
            ];
            if let Some(res) = &c.result {
                r.push(match (&res.error, res.ok) {
                    (_, true) => "done".into(),
                    (Some(e), false) => format!("failed: {e}"),
                    (None, false) => "failed".into(),
                });
                r.push(res.pin.clone().unwrap_or_default());
            }
            rows.push(r);
        }
    }
    rows
}

fn skipped_notes(ctx: &Context, views: &[LockView]) {
    for l in views {
        for s in &l.skipped {
            ctx.out.notice(&format!(
                "{}: `{s}` is not created: its window is over",
                l.lock.name
            ));
        }
    }
}

pub fn show_plan(ctx: &mut Context, plans: &[LockPlan]) -> Result<()> {
    let v = views(plans, None);
    skipped_notes(ctx, &v);
    let total: usize = v.iter().map(|l| l.changes.len()).sum();
    ctx.out.show_list(&v, vec![], |o| {
        if total == 0 {
            return o.line("No changes: the locks hold what the file says.");
        }
        o.table(
            &["LOCK", "CHANGE", "ENTRY", "NAME", "DETAILS"],
            rows(&v, false),
        )?;
        o.status(&format!(
            "{total} change{} on {} lock{}; `lockctl apply -f FILE` makes them.",
            if total == 1 { "" } else { "s" },
            v.iter().filter(|l| !l.changes.is_empty()).count(),
            if v.len() == 1 { "" } else { "s" }
        ));
        Ok(())
    })
}

pub fn show_no_changes(ctx: &mut Context, plans: &[LockPlan]) -> Result<()> {
    let v = views(plans, None);
    skipped_notes(ctx, &v);
    ctx.out.show_list(&v, vec![], |o| {
        o.status("No changes: the locks hold what the file says.");
        Ok(())
    })
}

pub fn show_applied(ctx: &mut Context, plans: &[LockPlan], done: &[Vec<Outcome>]) -> Result<()> {
    let v = views(plans, Some(done));
    ctx.out.show_list(&v, vec![], |o| {
        o.table(
            &[
                "LOCK", "CHANGE", "ENTRY", "NAME", "DETAILS", "OUTCOME", "PIN",
            ],
            rows(&v, true),
        )?;
        for l in &v {
            let n = l.changes.len();
            let ok = l
                .changes
                .iter()
                .filter(|c| c.result.as_ref().is_some_and(|r| r.ok))
                .count();
            o.status(&format!("{}: {ok} of {n} changes made.", l.lock.name));
        }
        Ok(())
    })
}

/// The changes in words, shown on a terminal before the confirmation.
pub fn preview_text(plans: &[LockPlan]) -> String {
    let v = views(plans, None);
    let mut text = String::from("Changes:");
    for l in &v {
        for c in &l.changes {
            text.push_str(&format!(
                "\n  {}: {} {} \"{}\" ({})",
                l.lock.name,
                c.action,
                c.entry,
                c.name,
                details(c)
            ));
        }
    }
    text
}

//! A run's outcomes as one row (or JSON element) per lock, its summary, and its exit code.

use anyhow::Result;
use lockctl_api::{Error as ApiError, Lock};
use serde::Serialize;
use serde_json::{json, Value};

use super::{LockError, Ran};
use crate::context::Context;
use crate::error::{classify, Exit, Fail, Given};

/// How a successful lock shows in the table: its outcome word (`ok`, `pending`) and what was
/// made.
pub struct Row {
    pub state: &'static str,
    pub detail: String,
}

/// The stable code of a lock's error (`error.code` in the JSON): the cloud's own code when the
/// cloud refused, else a word.
pub fn code(e: &anyhow::Error) -> String {
    if let Some(l) = e.downcast_ref::<LockError>() {
        return l.code.to_string();
    }
    if let Some(a) = e.downcast_ref::<ApiError>() {
        let word = match a {
            ApiError::Cloud { code, .. } => return code.as_wire().to_string(),
            // The OpenAPI's numeric code, as the cloud sent it.
            ApiError::Service { code, .. } => return code.to_string(),
            ApiError::AlreadyExists { .. } => "already_exists",
            ApiError::Unconfirmed { .. } => "may_have_landed",
            ApiError::NotApplied { .. } => "not_applied",
            ApiError::AnswerLost { .. } => "answer_lost",
            ApiError::Unreachable { .. } => "unreachable",
            ApiError::BadResponse { .. } => "bad_response",
            ApiError::NotLoggedIn => "not_logged_in",
            ApiError::Unsupported { .. } => "unsupported",
            ApiError::Config(_) | ApiError::Invalid(_) => "invalid",
        };
        return word.to_string();
    }
    match classify(e, &Given::default()).0 {
        Exit::Usage => "usage",
        Exit::Auth => "auth",
        Exit::Cancelled => "cancelled",
        _ => "failed",
    }
    .to_string()
}

/// Print the outcomes (table or JSON array) and end the run with its exit code: 0 when every
/// lock succeeded, 4 when the login could not be renewed, 130 when cancelled, else 1.
pub fn report<M: Serialize>(ctx: &Context, ran: Ran<M>, row: impl Fn(&M) -> Row) -> Result<()> {
    report_noted(ctx, ran, |_| vec![], row)
}

/// [`report`], with warnings per successful lock (a write that was done whose follow-up read
/// failed): each on stderr naming the lock, and as `warnings` in the lock's JSON element.
pub fn report_noted<M: Serialize>(
    ctx: &Context,
    ran: Ran<M>,
    noted: impl Fn(&M) -> Vec<String>,
    row: impl Fn(&M) -> Row,
) -> Result<()> {
    let mut elements: Vec<Value> = Vec::with_capacity(ran.outcomes.len());
    let mut rows: Vec<Vec<String>> = Vec::with_capacity(ran.outcomes.len());
    let (mut ok, mut pending, mut failed, mut auth) = (0, 0, 0, false);
    for o in &ran.outcomes {
        let lock = json!({ "id": o.lock.id, "name": o.lock.name });
        match &o.result {
            Ok(m) => {
                let r = row(m);
                if r.state == "pending" {
                    pending += 1;
                } else {
                    ok += 1;
                }
                let mut element =
                    json!({ "lock": lock, "ok": true, "result": serde_json::to_value(m)? });
                let warnings = noted(m);
                for w in &warnings {
                    ctx.out
                        .warn(&format!("{} ({}): {w}", o.lock.name, o.lock.id));
                }
                if !warnings.is_empty() {
                    element["warnings"] = json!(warnings);
                }
                elements.push(element);
                rows.push(vec![
                    o.lock.name.clone(),
                    o.lock.id.clone(),
                    r.state.into(),
                    r.detail,
                ]);
            }
            Err(e) => {
                failed += 1;
                auth |= classify(e, &Given::default()).0 == Exit::Auth;
                let message = format!("{e:#}");
                elements.push(json!({ "lock": lock, "ok": false,
                    "error": { "code": code(e), "message": message } }));
                rows.push(vec![
                    o.lock.name.clone(),
                    o.lock.id.clone(),
                    "failed".into(),
                    message,
                ]);
            }
        }
    }
    ctx.out
        .fleet(elements, &["LOCK", "ID", "OUTCOME", "DETAIL"], rows)?;
    finish(ctx, &ran, ok, pending, failed, auth)
}

/// Print a list verb's records over several locks: one table of every lock's rows with the lock
/// first (`LOCK` before `headers`; `cells` makes a lock's rows from its model), each failed lock
/// on a line of stderr after it; the JSON is the run's array, as [`report`] prints it.
pub fn report_rows<M: Serialize>(
    ctx: &Context,
    ran: Ran<M>,
    headers: &[&str],
    cells: impl Fn(&Lock, &M) -> Vec<Vec<String>>,
) -> Result<()> {
    let mut elements: Vec<Value> = Vec::with_capacity(ran.outcomes.len());
    let mut rows: Vec<Vec<String>> = vec![];
    let mut failures: Vec<String> = vec![];
    let (mut ok, mut failed, mut auth) = (0, 0, false);
    for o in &ran.outcomes {
        let lock = json!({ "id": o.lock.id, "name": o.lock.name });
        match &o.result {
            Ok(m) => {
                ok += 1;
                elements
                    .push(json!({ "lock": lock, "ok": true, "result": serde_json::to_value(m)? }));
                for mut r in cells(&o.lock, m) {
                    r.insert(0, o.lock.name.clone());
                    rows.push(r);
                }
            }
            Err(e) => {
                failed += 1;
                auth |= classify(e, &Given::default()).0 == Exit::Auth;
                let message = format!("{e:#}");
                failures.push(format!("{} ({}) failed: {message}", o.lock.name, o.lock.id));
                elements.push(json!({ "lock": lock, "ok": false,
                    "error": { "code": code(e), "message": message } }));
            }
        }
    }
    let mut all = vec!["LOCK"];
    all.extend_from_slice(headers);
    if rows.is_empty() && matches!(ctx.out.format, crate::options::Format::Human) && ok > 0 {
        ctx.out
            .notice(&format!("nothing to list on the {ok} locks that answered"));
    }
    ctx.out.fleet(elements, &all, rows)?;
    for f in &failures {
        ctx.out.warn(f);
    }
    finish(ctx, &ran, ok, 0, failed, auth)
}

/// The summary on stderr and the run's exit.
fn finish<M>(
    ctx: &Context,
    ran: &Ran<M>,
    ok: usize,
    pending: usize,
    failed: usize,
    auth: bool,
) -> Result<()> {
    let mut summary = format!("{} locks: {ok} ok", ran.outcomes.len());
    if pending > 0 {
        summary.push_str(&format!(", {pending} pending"));
    }
    if failed > 0 {
        summary.push_str(&format!(", {failed} failed"));
    }
    if ran.cancelled {
        ctx.out.aside(&summary);
        return Err(Fail::cancelled());
    }
    if auth {
        return Err(Fail::auth(
            summary,
            "the login could not be renewed: run `lockctl login`",
        ));
    }
    if failed > 0 {
        let ids: Vec<&str> = ran
            .outcomes
            .iter()
            .filter(|o| o.result.is_err())
            .map(|o| o.lock.id.as_str())
            .collect();
        return Err(Fail {
            exit: Exit::Failure,
            message: summary,
            hint: Some(format!(
                "the failed locks alone, once their errors are dealt with: -d {}",
                ids.join(",")
            )),
        }
        .into());
    }
    ctx.out.status(&summary);
    Ok(())
}

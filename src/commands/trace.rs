//! `trace show FILE`: a trace that `--trace` wrote, for people (one block per request: time,
//! duration, status, action, then the redacted parameters, body and answer) or as one JSON array
//! (`--json`). Lines that are not records are skipped and counted, never fatal.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Subcommand};
use lockctl_api::trace::Record;
use serde_json::Value;

use crate::context::Context;
use crate::error::Fail;
use crate::output::Output;

#[derive(Subcommand, Debug)]
pub enum TraceCommand {
    /// Print a trace readably: one block per request (time, duration, status, action), then its
    /// redacted parameters, body and answer. Record one with `lockctl --trace FILE VERB ...`.
    #[command(
        after_help = "Examples:\n  lockctl trace show bug.jsonl\n  lockctl trace show bug.jsonl --json\n  lockctl trace show bug.jsonl --jq '.[] | select(.status != 200)'"
    )]
    Show(ShowArgs),
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// The file --trace (or LOCKCTL_TRACE) wrote.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

pub fn run(cmd: TraceCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        TraceCommand::Show(a) => show(a, ctx),
    }
}

fn show(a: ShowArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Record>()?;
    let read = crate::tracefile::read(&a.file)?;
    let shown = a.file.display().to_string();
    if !read.skipped.is_empty() {
        let lines: Vec<String> = read.skipped.iter().take(5).map(|n| n.to_string()).collect();
        let more = if read.skipped.len() > 5 { ", ..." } else { "" };
        ctx.out.warn(&format!(
            "skipped {} line(s) of {shown} that are not trace records (line {}{more})",
            read.skipped.len(),
            lines.join(", ")
        ));
    }
    if read.cut_short {
        ctx.out.warn(&format!(
            "the last line of {shown} is cut short (the run stopped while writing it); left out"
        ));
    }
    if read.records.is_empty() && !read.skipped.is_empty() {
        return Err(Fail::failure(
            format!("{shown} holds no trace records"),
            "give the file that `lockctl --trace FILE ...` wrote",
        ));
    }
    let records = read.records;
    ctx.out
        .show_local_list(&records, |out| human(out, &records))
}

fn human(out: &Output, records: &[Record]) -> std::io::Result<()> {
    for (i, r) in records.iter().enumerate() {
        if i > 0 && r.kind != "note" {
            out.blank()?;
        }
        match r.kind.as_str() {
            "run" => out.line(&format!(
                "trace of `lockctl {}` (lockctl {}), started {}",
                r.command.as_deref().unwrap_or(""),
                r.lockctl.as_deref().unwrap_or("?"),
                r.time
            ))?,
            "note" => out.line(&format!(
                "{}  note  {}",
                time_of_day(&r.time),
                r.note.as_deref().unwrap_or("")
            ))?,
            _ => request(out, r)?,
        }
    }
    Ok(())
}

fn request(out: &Output, r: &Record) -> std::io::Result<()> {
    let duration = r
        .duration_ms
        .map(|d| format!("{d} ms"))
        .unwrap_or_else(|| "-".into());
    let status = match (r.status, &r.error) {
        (Some(s), _) => format!("HTTP {s}"),
        (None, Some(_)) => "no answer".into(),
        (None, None) => "-".into(),
    };
    let backend = match (&r.backend, &r.flavour) {
        (Some(b), Some(f)) => format!("{b} {f}"),
        (Some(b), None) => b.clone(),
        _ => "?".into(),
    };
    let what = match (&r.action, &r.method) {
        (Some(a), _) => format!("{a} {}", r.version.as_deref().unwrap_or("")),
        (None, Some(m)) => format!("{m} {}", r.path.as_deref().unwrap_or("")),
        _ => r.kind.clone(),
    };
    out.line(&format!(
        "{}  {duration:>7}  {status}  {backend}  {}",
        time_of_day(&r.time),
        what.trim_end()
    ))?;
    if let Some(e) = &r.error {
        out.line(&format!("  error: {e}"))?;
    }
    for (name, v) in [
        ("params", &r.params),
        ("headers", &r.headers),
        ("body", &r.body),
        ("answer", &r.answer),
    ] {
        if let Some(v) = v {
            out.line(&format!("  {name}: {}", pretty(v)))?;
        }
    }
    Ok(())
}

/// Pretty JSON, its lines indented under the block's label.
fn pretty(v: &Value) -> String {
    let text = serde_json::to_string_pretty(v).unwrap_or_default();
    crate::output::safe::json(&text).replace('\n', "\n  ")
}

/// `10:00:00.123` of `2025-01-02T10:00:00.123Z` (anything else as it is).
fn time_of_day(t: &str) -> &str {
    t.split_once('T')
        .map(|(_, rest)| rest.trim_end_matches('Z'))
        .unwrap_or(t)
}

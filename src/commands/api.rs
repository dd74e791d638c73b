//! `api call` and `api list`: the raw escape hatch, like `gh api`.

use std::io::Read;

use anyhow::{Context as _, Result};
use clap::{Args, Subcommand};
use lockctl_api::catalogue::{self, Applies};
use lockctl_api::{CallOptions, Column, Fields, Kind};
use serde::Serialize;
use serde_json::{json, Value};

use crate::context::Context;
use crate::error::Fail;

#[derive(Subcommand, Debug)]
pub enum ApiCommand {
    /// Call any action, signed, and print its `result`.
    #[command(
        after_help = "Examples:\n  lockctl api call tuya.m.location.list\n  lockctl api call GET '/v1.0/iot-01/associated-users/devices?size=20'  # openapi profiles\n  lockctl api call tuya.m.device.member.list --dev ID\n  lockctl api call tuya.m.device.member.list --version 4.0 --data '{\"devId\":\"ID\"}'\n  lockctl api call tuya.m.my.group.device.list --gid 10000001"
    )]
    Call(CallArgs),
    /// List the actions and versions lockctl knows.
    #[command(after_help = "Examples:\n  lockctl api list\n  lockctl api list --kind ble --json")]
    List,
}

#[derive(Args, Debug)]
pub struct CallArgs {
    /// Action name, e.g. tuya.m.device.member.list; on an openapi profile the METHOD (GET, POST, PUT, DELETE).
    #[arg(value_name = "ACTION|METHOD")]
    pub action: String,
    /// openapi profiles: the PATH, query included, e.g. /v1.0/devices/ID/door-lock/temp-passwords.
    #[arg(value_name = "PATH")]
    pub path: Option<String>,
    /// Action version (default: from the catalogue for the lock's kind, else 1.0).
    #[arg(long)]
    pub version: Option<String>,
    /// postData: a JSON object, @FILE, or - for stdin. With --dev and no devId, devId is added.
    #[arg(long)]
    pub data: Option<String>,
    /// Home id, sent as the unsigned gid URL parameter.
    #[arg(long)]
    pub gid: Option<String>,
}

pub async fn run(cmd: ApiCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        ApiCommand::Call(a) => call(a, ctx).await,
        ApiCommand::List => list(ctx),
    }
}

fn read_data(spec: &str) -> Result<String> {
    if spec == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("cannot read --data from stdin")?;
        Ok(s)
    } else if let Some(path) = spec.strip_prefix('@') {
        std::fs::read_to_string(path)
            .map_err(|e| Fail::usage(format!("cannot read --data file {path}: {e}")))
    } else {
        Ok(spec.to_string())
    }
}

async fn call(a: CallArgs, ctx: &mut Context) -> Result<()> {
    if ctx.is_openapi() {
        return call_openapi(a, ctx).await;
    }
    if a.path.is_some() {
        return Err(Fail::usage_hint(
            "PATH is for openapi profiles",
            "on this profile: lockctl api call ACTION [--data JSON]",
        ));
    }
    if a.action.trim().is_empty() || a.action.contains(char::is_whitespace) {
        return Err(Fail::usage(
            "ACTION must be an action name like tuya.m.location.list",
        ));
    }
    // Check all input before any request.
    let mut data = a.data.as_deref().map(parse_data).transpose()?;
    if let Some(v) = &a.version {
        if v.is_empty() || !v.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return Err(Fail::usage(format!(
                "--version `{v}` is not a version like 1.0"
            )));
        }
    }
    // --dev takes a lock's name as the other verbs do; the wire wants its id.
    let dev = match ctx.settings.dev.clone() {
        Some(d) => Some(crate::resolve::device_id(ctx, &d).await?),
        None => None,
    };
    if let Some(d) = &dev {
        let obj = data.get_or_insert_with(|| json!({}));
        if let Some(o) = obj.as_object_mut() {
            o.entry("devId").or_insert(json!(d));
        }
    }
    let known = catalogue::find_action(&a.action, None);
    let near = if known.is_empty() {
        closest_actions(&a.action)
    } else {
        vec![]
    };
    // A misspelling of a known action is refused before any request (pass --version to send an
    // action lockctl does not know, as it is).
    if !near.is_empty() && a.version.is_none() {
        return Err(Fail::usage_hint(
            format!(
                "`{}` is not an action lockctl knows; did you mean {}?",
                a.action,
                near.join(" or ")
            ),
            "`lockctl api list` lists the known actions; to send an unknown one as it is, pass --version",
        ));
    }
    let version = match a.version.clone() {
        Some(v) => v,
        None => catalogue_version(ctx, &a.action, &known, dev.as_deref()).await?,
    };
    let client = ctx.client().await?;
    let read = known.iter().any(|e| e.read);
    let result = client
        .call(
            &a.action,
            &version,
            data.as_ref(),
            &CallOptions {
                gid: a.gid.clone(),
                read,
                anonymous: false,
            },
        )
        .await
        .map_err(|e| unknown_action(e, &a.action, known.is_empty()))?;
    // The escape hatch prints the wire's result itself, with --json or without.
    ctx.out.wire(result)
}

/// The catalogue's actions closest to a misspelt `action` (at most three, nearest first).
fn closest_actions(action: &str) -> Vec<String> {
    let mut all: Vec<&str> = catalogue::entries(None).iter().map(|e| e.action).collect();
    all.sort_unstable();
    all.dedup();
    let most = (action.len() / 5).clamp(1, 4);
    let mut near: Vec<(usize, &str)> = all
        .into_iter()
        .map(|k| (edits(action, k), k))
        .filter(|(d, _)| *d <= most)
        .collect();
    near.sort();
    near.into_iter()
        .take(3)
        .map(|(_, k)| format!("`{k}`"))
        .collect()
}

/// Edit distance (insertions, deletions, substitutions) between two action names.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The cloud's "no such API or version" for an action the catalogue does not know: the action is
/// the likely mistake, not the lock's kind.
fn unknown_action(e: lockctl_api::Error, action: &str, unknown: bool) -> anyhow::Error {
    match &e {
        lockctl_api::Error::Cloud {
            code: lockctl_api::CloudCode::ApiOrVersionWrong,
            ..
        } if unknown => Fail::failure(
            format!("{e}"),
            format!("`{action}` is not in lockctl's catalogue: `lockctl api list` lists the known actions and their versions"),
        ),
        _ => e.into(),
    }
}

/// `--data`: a JSON object, inline, `@FILE` or `-` for stdin.
fn parse_data(spec: &str) -> Result<Value> {
    let text = read_data(spec)?;
    let v: Value = serde_json::from_str(&text).map_err(|e| {
        Fail::usage_hint(
            format!("--data is not valid JSON: {e}"),
            "pass a JSON object, e.g. --data '{\"devId\":\"ID\"}'",
        )
    })?;
    if !v.is_object() {
        return Err(Fail::usage("--data must be a JSON object"));
    }
    Ok(v)
}

/// The version the catalogue gives an action; when it depends on the lock's kind, the kind of
/// `--kind` or of the lock named by `--dev` decides. Unknown actions get `1.0`.
async fn catalogue_version(
    ctx: &mut Context,
    action: &str,
    known: &[&'static catalogue::Entry],
    dev: Option<&str>,
) -> Result<String> {
    let mut versions: Vec<&str> = known.iter().map(|e| e.version).collect();
    versions.dedup();
    match versions.as_slice() {
        [] => return Ok("1.0".to_string()),
        [one] => return Ok(one.to_string()),
        _ => {}
    }
    let kind = match (ctx.settings.kind, dev) {
        (Some(k), _) => k,
        (None, Some(d)) => crate::resolve::lock(ctx, d).await?.kind,
        (None, None) => {
            return Err(Fail::usage_hint(
                format!(
                    "{action} has versions {} depending on the lock",
                    versions.join(", ")
                ),
                "pass --version, --dev or --kind",
            ))
        }
    };
    Ok(known
        .iter()
        .find(|e| e.applies == Applies::Only(kind.column()))
        .map(|e| e.version.to_string())
        .unwrap_or_else(|| "1.0".into()))
}

/// One catalogue entry as `api list` shows it.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ApiEntry {
    /// The lockctl verb, e.g. `member list`.
    pub verb: &'static str,
    /// The lock kinds it applies to: `any`, or `wifi`, or `ble` and `zigbee`.
    pub kinds: Vec<&'static str>,
    pub action: &'static str,
    pub version: &'static str,
    /// Reads without changing anything (safe to retry).
    pub read: bool,
}

impl Fields for ApiEntry {
    const FIELDS: &'static [&'static str] = &["verb", "kinds", "action", "version", "read"];
}

/// `api call METHOD PATH [--data JSON]` on an openapi profile: signed as any call, `result` printed.
async fn call_openapi(a: CallArgs, ctx: &mut Context) -> Result<()> {
    let Some(path) = a.path.as_deref() else {
        return Err(Fail::usage_hint(
            "missing PATH",
            "on an openapi profile: lockctl api call METHOD PATH [--data JSON], e.g. api call GET /v1.0/devices/ID",
        ));
    };
    if a.version.is_some() || a.gid.is_some() {
        return Err(Fail::usage("--version and --gid are for mobile profiles"));
    }
    let method = lockctl_api::openapi::Method::parse(&a.action).ok_or_else(|| {
        Fail::usage(format!(
            "METHOD must be GET, POST, PUT or DELETE, not `{}`",
            a.action
        ))
    })?;
    let data = a.data.as_deref().map(parse_data).transpose()?;
    if data.is_some() && matches!(method, lockctl_api::openapi::Method::Get) {
        return Err(Fail::usage(
            "a GET carries no body: put the parameters in PATH's query",
        ));
    }
    let api = ctx.openapi().await?;
    let result = api.raw_call(method.as_str(), path, data.as_ref()).await?;
    ctx.out.wire(result)
}

fn list(ctx: &mut Context) -> Result<()> {
    if ctx.is_openapi() {
        return Err(Fail::usage_hint(
            "`api list` lists the mobile gateway's actions, which an openapi profile does not use",
            "call any endpoint of the Cloud OpenAPI with `lockctl api call METHOD PATH [--data JSON]`",
        ));
    }
    ctx.out.check_fields::<ApiEntry>()?;
    let kind: Option<Kind> = ctx.settings.kind;
    let items: Vec<ApiEntry> = catalogue::entries(kind)
        .iter()
        .map(|e| ApiEntry {
            verb: e.verb,
            kinds: kinds_of(e.applies),
            action: e.action,
            version: e.version,
            read: e.read,
        })
        .collect();
    ctx.out.show_local_list(&items, |o| {
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|e| {
                vec![
                    e.verb.to_string(),
                    e.kinds.join(","),
                    e.action.to_string(),
                    e.version.to_string(),
                ]
            })
            .collect();
        o.table(&["VERB", "KINDS", "ACTION", "VERSION"], rows)
    })
}

fn kinds_of(a: Applies) -> Vec<&'static str> {
    match a {
        Applies::Any => vec!["any"],
        Applies::Only(Column::Wifi) => vec!["wifi"],
        Applies::Only(Column::Ble) => vec!["ble", "zigbee"],
    }
}

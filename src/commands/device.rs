//! `device list` and `device show`.

use anyhow::Result;
use clap::Subcommand;
use lockctl_api::devices::{self, Device};
use serde_json::{json, Value};

use crate::context::Context;

#[derive(Subcommand, Debug)]
pub enum DeviceCommand {
    /// List homes and their devices: id, name, kind, online.
    List,
    /// Show one device (--dev), including its kind.
    Show,
    /// When the lock was activated (joined the network) (Bluetooth, Zigbee).
    ActiveDate,
    /// How many days since the lock was activated (Wi-Fi).
    ActivePeriod,
    /// Get the check string to sync the lock's unlock methods with the cloud (Bluetooth, Zigbee).
    Sync(SyncArgs),
}

#[derive(clap::Args, Debug)]
pub struct SyncArgs {
    /// Only these unlock types (default: all), e.g. fingerprint,card.
    #[arg(long = "type", value_delimiter = ',')]
    pub types: Vec<String>,
}

pub async fn run(cmd: DeviceCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        DeviceCommand::List => list(ctx).await,
        DeviceCommand::Show => show(ctx).await,
        DeviceCommand::ActiveDate => active_date(ctx).await,
        DeviceCommand::ActivePeriod => active_period(ctx).await,
        DeviceCommand::Sync(a) => sync(a, ctx).await,
    }
}

/// localKey is a device secret: it encrypts PINs and is kept in the credentials file, but never
/// printed, in tables or JSON.
fn redact(mut v: Value) -> Value {
    if let Some(o) = v.as_object_mut() {
        if o.contains_key("localKey") {
            o.insert("localKey".into(), json!("****"));
        }
    }
    v
}

fn kind_label(d: &Device, forced: Option<lockctl_api::Kind>) -> String {
    match forced.or_else(|| d.kind()) {
        Some(k) => k.to_string(),
        None if d.is_lock() => "lock (kind unknown)".into(),
        None => format!("not a lock ({})", d.category),
    }
}

async fn list(ctx: &mut Context) -> Result<()> {
    let client = ctx.client().await?;
    let homes = devices::homes(&client).await?;
    let mut all = vec![];
    let mut doc = vec![];
    for h in &homes {
        let raw = devices::devices_of(&client, &h.gid).await?;
        let list: Vec<Value> = raw.as_array().cloned().unwrap_or_default();
        for d in &list {
            all.push(Device::from_json(d, &h.name));
        }
        doc.push(json!({ "groupId": h.gid, "name": h.name, "devices": list.into_iter().map(redact).collect::<Vec<_>>() }));
    }
    ctx.cache_devices(&all)?;
    ctx.persist_renewed_session()?;
    if ctx.out.json {
        ctx.out.json(&json!(doc))?;
        return Ok(());
    }
    let rows = all
        .iter()
        .map(|d| {
            vec![
                d.dev_id.clone(),
                d.name.clone(),
                kind_label(d, None),
                if d.online {
                    "online".into()
                } else {
                    "offline".into()
                },
                d.home.clone(),
            ]
        })
        .collect();
    ctx.out
        .table(&["ID", "NAME", "KIND", "ONLINE", "HOME"], rows)?;
    Ok(())
}

async fn show(ctx: &mut Context) -> Result<()> {
    let dev = ctx.dev()?;
    let client = ctx.client().await?;
    let raw = devices::get(&client, &dev).await?;
    let d = Device::from_json(&raw, "");
    ctx.cache_devices(std::slice::from_ref(&d))?;
    ctx.persist_renewed_session()?;
    if ctx.out.json {
        ctx.out.json(&redact(raw))?;
        return Ok(());
    }
    ctx.out.fields(&[
        ("id", d.dev_id.clone()),
        ("name", d.name.clone()),
        ("kind", kind_label(&d, ctx.settings.kind)),
        (
            "online",
            if d.online {
                "online".into()
            } else {
                "offline".into()
            },
        ),
        ("category", format!("{} ({})", d.category, d.category_code)),
        ("product", d.product_id.clone()),
        (
            "time zone",
            if d.time_zone.is_empty() {
                "unknown (UTC used)".into()
            } else {
                d.time_zone.clone()
            },
        ),
    ])?;
    Ok(())
}

async fn active_date(ctx: &mut Context) -> Result<()> {
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(&lock, "device active-date", json!({ "devId": lock.id }))
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    let secs = crate::commands::common::int(&json!({ "t": r }), "t").ok_or_else(|| {
        crate::error::Fail::failure(
            "the cloud's activation date is not a number",
            "retry, or see it raw with --json",
        )
    })?;
    println!("{}", crate::output::time::local_in(secs, &ctx.zone(&lock)?));
    Ok(())
}

async fn active_period(ctx: &mut Context) -> Result<()> {
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(&lock, "device active-period", json!({ "devId": lock.id }))
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    println!("{} days", crate::output::cell(Some(&r)));
    Ok(())
}

async fn sync(a: SyncArgs, ctx: &mut Context) -> Result<()> {
    let mut dps = vec![];
    for t in &a.types {
        let d = crate::labels::unlock_dp(t.trim()).ok_or_else(|| {
            crate::error::Fail::usage(format!("--type `{t}` is not an unlock type"))
        })?;
        dps.push(d);
    }
    if dps.is_empty() {
        dps = crate::labels::UNLOCK_TYPES
            .iter()
            .map(|(d, _)| *d)
            .collect();
    }
    let lock = ctx.dev_lock().await?;
    let r = ctx
        .call(
            &lock,
            "device sync",
            json!({ "devId": lock.id, "dpIds": dps }),
        )
        .await?;
    if ctx.json_done(&r)? {
        return Ok(());
    }
    ctx.out.fields(&[
        ("check string", crate::output::cell(r.get("ins"))),
        (
            "may sync",
            if r.get("distributed").and_then(Value::as_bool) == Some(true) {
                "yes".into()
            } else {
                "no: wait until the cloud has sent the lock its methods".into()
            },
        ),
        ("DP", crate::output::cell(r.get("dpId"))),
    ])?;
    Ok(())
}

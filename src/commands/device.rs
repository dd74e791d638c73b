//! `device list | show | active-date | active-period | sync`.

use anyhow::Result;
use clap::Subcommand;
use lockctl_api::ops::device::{ActiveDate, ActivePeriod, Device, SyncCheck};
use lockctl_api::{Kind, UnlockKind};

use crate::context::Context;
use crate::error::Fail;

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

fn kind_label(d: &Device, forced: Option<Kind>) -> String {
    match forced.or_else(|| d.kind()) {
        Some(k) => k.to_string(),
        None if d.is_lock() => "lock (kind unknown)".into(),
        None => format!("not a lock ({})", d.category),
    }
}

fn online(d: &Device) -> String {
    if d.online { "online" } else { "offline" }.into()
}

async fn list(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Device>()?;
    let homes = ctx.api().await?.homes_and_devices().await?;
    let all: Vec<Device> = homes.into_iter().flat_map(|(_, d)| d).collect();
    ctx.cache_devices(&all)?;
    if all.is_empty() {
        ctx.out.notice("no devices on this account");
    }
    ctx.out.show_list(&all, ctx.raw(), |o| {
        let rows = all
            .iter()
            .map(|d| {
                vec![
                    d.dev_id.clone(),
                    d.name.clone(),
                    kind_label(d, None),
                    online(d),
                    d.home.as_ref().map(|h| h.name.clone()).unwrap_or_default(),
                ]
            })
            .collect();
        o.table(&["ID", "NAME", "KIND", "ONLINE", "HOME"], rows)
    })
}

async fn show(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Device>()?;
    let dev = ctx.dev()?;
    let d = ctx.api().await?.device(&dev).await?;
    ctx.cache_devices(std::slice::from_ref(&d))?;
    let forced = ctx.settings.kind;
    ctx.out.show(&d, ctx.raw(), |o| {
        o.fields(&[
            ("id", d.dev_id.clone()),
            ("name", d.name.clone()),
            ("kind", kind_label(&d, forced)),
            ("online", online(&d)),
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
        ])
    })
}

async fn active_date(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<ActiveDate>()?;
    let lock = ctx.dev_lock().await?;
    let d = ctx.api().await?.active_date(&lock).await?;
    ctx.out.show(&d, ctx.raw(), |o| {
        let when = d
            .activated_at
            .as_ref()
            .map(|t| crate::output::time::local_in(t.as_secs(), &lock.zone))
            .unwrap_or_else(|| "unknown".into());
        o.line(&when)
    })
}

async fn active_period(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<ActivePeriod>()?;
    let lock = ctx.dev_lock().await?;
    let p = ctx.api().await?.active_period(&lock).await?;
    ctx.out
        .show(&p, ctx.raw(), |o| o.line(&format!("{} days", p.days)))
}

async fn sync(a: SyncArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<SyncCheck>()?;
    let words: Vec<&str> = UnlockKind::ALL.iter().map(|k| k.as_str()).collect();
    let kinds = a
        .types
        .iter()
        .map(|t| {
            let t = t.trim().to_ascii_lowercase().replace('_', "-");
            UnlockKind::parse(&t).ok_or_else(|| {
                Fail::usage(format!(
                    "--type `{t}` is not an unlock type; use {}",
                    words.join(", ")
                ))
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let lock = ctx.dev_lock().await?;
    let s = ctx.api().await?.sync(&lock, &kinds).await?;
    ctx.out.show(&s, ctx.raw(), |o| {
        o.fields(&[
            ("check string", s.check_string.clone()),
            (
                "may sync",
                if s.distributed {
                    "yes".into()
                } else {
                    "no: wait until the cloud has sent the lock its methods".into()
                },
            ),
            ("DP", s.dp.map(|d| d.to_string()).unwrap_or_default()),
        ])
    })
}

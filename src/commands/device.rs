//! `device list | show | use | active-date | active-period | sync`.

use std::sync::Arc;

use anyhow::Result;
use clap::Subcommand;
use lockctl_api::ops::device::{ActiveDate, ActivePeriod, Device, Home, SyncCheck};
use lockctl_api::{Fields, Kind, Lock, UnlockKind};
use serde::Serialize;

use crate::config::cache::CachedDevice;
use crate::config::{lock_dir, settings_file};
use crate::context::Context;
use crate::error::Fail;
use crate::fleet::{self, Row, Shared};

#[derive(Subcommand, Debug)]
pub enum DeviceCommand {
    /// List homes and their devices: id, name, kind, online, battery (always asks the cloud).
    #[command(
        after_help = "Examples:\n  lockctl device list\n  lockctl device list --activity\n  lockctl device list --json id,name,battery"
    )]
    List(ListArgs),
    /// Show one device (--dev): kind, online, battery, last activity.
    #[command(after_help = "Examples:\n  lockctl device show -d ID")]
    Show,
    /// Set the profile's default lock, used when neither --dev nor LOCKCTL_DEV names one.
    #[command(
        after_help = "Examples:\n  lockctl device use \"Front Door\"\n  lockctl device use bf00demo0000wifi0001\n  lockctl device use --clear"
    )]
    Use(UseArgs),
    /// When the lock was activated (joined the network) (Bluetooth, Zigbee).
    #[command(after_help = "Examples:\n  lockctl device active-date -d ID")]
    ActiveDate,
    /// How many days since the lock was activated (Wi-Fi).
    #[command(after_help = "Examples:\n  lockctl device active-period -d ID")]
    ActivePeriod,
    /// Get the check string to sync the lock's unlock methods with the cloud (Bluetooth, Zigbee).
    #[command(
        after_help = "Examples:\n  lockctl device sync -d ID\n  lockctl device sync -d ID --type fingerprint,card"
    )]
    Sync(SyncArgs),
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Also read each lock's last activity (its newest history or alarm record): two requests
    /// per lock, --concurrency locks at once, within --rate.
    #[arg(long)]
    pub activity: bool,
}

#[derive(clap::Args, Debug)]
pub struct UseArgs {
    /// The lock: its name (case-insensitive, or a unique prefix) or its id.
    #[arg(
        value_name = "NAME|ID",
        required_unless_present = "clear",
        conflicts_with = "clear"
    )]
    pub lock: Option<String>,
    /// Forget the default lock.
    #[arg(long)]
    pub clear: bool,
}

#[derive(clap::Args, Debug)]
pub struct SyncArgs {
    /// Only these unlock types (default: all), e.g. fingerprint,card.
    #[arg(long = "type", value_delimiter = ',')]
    pub types: Vec<String>,
}

pub async fn run(cmd: DeviceCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        DeviceCommand::List(a) => list(a, ctx).await,
        DeviceCommand::Show => show(ctx).await,
        DeviceCommand::Use(a) => use_lock(a, ctx).await,
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

/// `81% high`, `81%`, `low`, or `-` when the lock reports no battery.
fn battery(d: &Device) -> String {
    let Some(b) = &d.battery else {
        return "-".into();
    };
    let parts: Vec<String> = [
        b.percent.map(|p| format!("{p}%")),
        b.level.map(|l| l.as_str().to_string()),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        "-".into()
    } else {
        parts.join(" ")
    }
}

/// How long ago the lock last did something: `2 hours ago`, `-` when unknown.
fn activity_ago(d: &Device) -> String {
    match &d.last_activity {
        Some(t) => crate::output::time::relative(t.0.timestamp(), lockctl_api::clock::now()),
        None => "-".into(),
    }
}

/// The lock handle of a listed device, for reading its records; None when the device is no
/// lock lockctl can address (kind or localKey unknown).
fn lock_of(ctx: &Context, d: &Device) -> Option<Lock> {
    if !d.is_lock() {
        return None;
    }
    let c = CachedDevice::from_device(d, 0);
    ctx.lock_from_cache(&c).ok().flatten()
}

/// Read the last activity of `devices` (locks only), --concurrency at a time. A lock whose
/// records cannot be read keeps `lastActivity` null, with a warning.
async fn read_activity(ctx: &mut Context, devices: &mut [Device]) -> Result<()> {
    let locks: Vec<Lock> = devices.iter().filter_map(|d| lock_of(ctx, d)).collect();
    if locks.is_empty() {
        return Ok(());
    }
    let body = |s: Arc<Shared>, l: Lock| async move {
        Ok(lockctl_api::ops::device::last_activity(s.api.as_ref(), &l).await?)
    };
    let ran = fleet::run(ctx, locks, body).await?;
    if ran.cancelled {
        return Err(Fail::cancelled());
    }
    for o in ran.outcomes {
        match o.result {
            Ok(t) => {
                if let Some(d) = devices.iter_mut().find(|d| d.dev_id == o.lock.id) {
                    d.last_activity = t;
                }
            }
            Err(e) => ctx.out.warn(&format!(
                "{} ({}): the last activity could not be read ({e:#}); `lastActivity` is null",
                o.lock.name, o.lock.id
            )),
        }
    }
    if let Ok(api) = ctx.api().await {
        api.discard_raw();
    }
    Ok(())
}

async fn list(a: ListArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Device>()?;
    let homes = ctx.api().await?.homes_and_devices().await?;
    let wanted = ctx
        .global
        .fleet
        .as_ref()
        .map(|s| s.homes.clone())
        .unwrap_or_default();
    for h in &wanted {
        if !homes
            .iter()
            .any(|(home, _)| home.name.eq_ignore_ascii_case(h))
        {
            let names: Vec<String> = homes.iter().map(|(home, _)| home.name.clone()).collect();
            return Err(crate::error::Fail::usage_hint(
                format!("--home: no home named `{h}`"),
                format!("homes: {}", names.join(", ")),
            ));
        }
    }
    let all: Vec<Device> = homes.iter().flat_map(|(_, d)| d.clone()).collect();
    ctx.cache_devices(&all)?;
    // `--home NAME`: the devices of those homes only.
    let mut all: Vec<Device> = homes
        .into_iter()
        .filter(|(home, _)| {
            wanted.is_empty() || wanted.iter().any(|h| home.name.eq_ignore_ascii_case(h))
        })
        .flat_map(|(_, d)| d)
        .collect();
    if all.is_empty() {
        ctx.out.notice("no devices on this account");
    }
    let raw = ctx.raw();
    if a.activity {
        read_activity(ctx, &mut all).await?;
    }
    ctx.out.show_list(&all, raw, |o| {
        let rows = all.iter().map(|d| {
            let mut row = vec![
                d.dev_id.clone(),
                d.name.clone(),
                kind_label(d, None),
                online(d),
                battery(d),
            ];
            if a.activity {
                row.push(activity_ago(d));
            }
            row.push(d.home.as_ref().map(|h| h.name.clone()).unwrap_or_default());
            row
        });
        if a.activity {
            o.table(
                &[
                    "ID",
                    "NAME",
                    "KIND",
                    "ONLINE",
                    "BATTERY",
                    "LAST ACTIVITY",
                    "HOME",
                ],
                rows,
            )
        } else {
            o.table(&["ID", "NAME", "KIND", "ONLINE", "BATTERY", "HOME"], rows)
        }
    })
}

async fn show(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Device>()?;
    if ctx.global.fleet.is_some() {
        let homes = Arc::new(homes_of(ctx).await);
        let body = |s: Arc<Shared>, l: Lock| {
            let homes = homes.clone();
            async move {
                let mut d = s.api.device(&l.id).await?;
                if d.home.is_none() {
                    d.home = homes.get(&d.dev_id).cloned();
                }
                // Best effort over several locks: records that cannot be read leave it null.
                d.last_activity = lockctl_api::ops::device::last_activity(s.api.as_ref(), &l)
                    .await
                    .unwrap_or_default();
                Ok(d)
            }
        };
        let row = |d: &Device| Row {
            state: "ok",
            detail: format!(
                "{}, {}, battery {}, last activity {}",
                kind_label(d, None),
                online(d),
                battery(d),
                activity_ago(d)
            ),
        };
        fleet::each(ctx, "device show", body, row).await?;
        return Ok(());
    }
    let id = crate::resolve::dev_id(ctx).await?;
    let api = ctx.api().await?;
    let mut d = api.device(&id).await?;
    ctx.cache_device(&d)?;
    let raw = ctx.raw();
    if d.home.is_none() {
        d.home = homes_of(ctx).await.remove(&d.dev_id);
    }
    if let Some(lock) = lock_of(ctx, &d) {
        match lockctl_api::ops::device::last_activity(api.as_ref(), &lock).await {
            Ok(t) => d.last_activity = t,
            Err(e) => ctx.out.warn(&format!(
                "the last activity could not be read ({e}); `lastActivity` is null; see `lockctl history list` and `lockctl alarm list`"
            )),
        }
        api.discard_raw();
    }
    let forced = ctx.settings.kind;
    ctx.out.show(&d, raw, |o| {
        o.fields(&[
            ("id", d.dev_id.clone()),
            ("name", d.name.clone()),
            ("kind", kind_label(&d, forced)),
            ("status", online(&d)),
            ("battery", battery(&d)),
            (
                "last activity",
                match &d.last_activity {
                    Some(t) => format!(
                        "{} ({})",
                        crate::output::time::when(Some(t)),
                        activity_ago(&d)
                    ),
                    None => "-".into(),
                },
            ),
            (
                "category",
                match d.category_code.as_str() {
                    "" => d.category.clone(),
                    code => format!("{} ({code})", d.category),
                },
            ),
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

/// The home of each device of the account, so `device show` gives `home` as `device list` does
/// (the cloud's answer for one device names none). Best effort: a home that cannot be read is
/// null, with a warning.
async fn homes_of(ctx: &mut Context) -> std::collections::HashMap<String, Home> {
    let mut map = std::collections::HashMap::new();
    let api = match ctx.api().await {
        Ok(api) => api,
        Err(_) => return map,
    };
    match api.homes_and_devices().await {
        Ok(homes) => {
            for (home, devices) in homes {
                for d in devices {
                    map.insert(d.dev_id, home.clone());
                }
            }
        }
        Err(e) => ctx.out.warn(&format!(
            "the device's home could not be read ({e}); `home` is null; see it with `lockctl device list`"
        )),
    }
    api.discard_raw();
    map
}

/// The default lock of a profile, as `device use` sets it.
#[derive(Debug, Serialize)]
struct DefaultLock {
    profile: String,
    id: Option<String>,
    name: Option<String>,
}

impl Fields for DefaultLock {
    const FIELDS: &'static [&'static str] = &["profile", "id", "name"];
}

/// Store (or with --clear forget) the profile's default lock, by id so a rename keeps it.
async fn use_lock(a: UseArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<DefaultLock>()?;
    let profile = ctx.settings.require_profile()?.to_string();
    let lock = match &a.lock {
        Some(q) => {
            Some(crate::resolve::lock(ctx, &crate::resolve::check_query("NAME|ID", q)?).await?)
        }
        None => None,
    };
    let dir = ctx.settings.config_dir.clone();
    {
        let _guard = lock_dir(&dir)?;
        let mut cfg = settings_file::load(&dir)?;
        match &lock {
            Some(l) => cfg.default_dev.insert(profile.clone(), l.id.clone()),
            None => cfg.default_dev.remove(&profile),
        };
        settings_file::save(&dir, &cfg)?;
    }
    let shown = DefaultLock {
        profile: profile.clone(),
        id: lock.as_ref().map(|l| l.id.clone()),
        name: lock.as_ref().map(|l| l.name.clone()),
    };
    let msg = match &lock {
        Some(l) => format!(
            "{} ({}) is now the default lock of profile `{profile}`.",
            l.name, l.id
        ),
        None => format!("Profile `{profile}` has no default lock now."),
    };
    ctx.out.show(&shown, ctx.raw(), |o| {
        o.status(&msg);
        Ok(())
    })
}

async fn active_date(ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<ActiveDate>()?;
    let body = |s: Arc<Shared>, l: Lock| async move { Ok(s.api.active_date(&l).await?) };
    let row = |d: &ActiveDate| Row {
        state: "ok",
        detail: match &d.activated_at {
            Some(t) => format!("activated {}", crate::output::time::when(Some(t))),
            None => "activation date unknown".into(),
        },
    };
    let Some((lock, d)) = fleet::each(ctx, "device active-date", body, row).await? else {
        return Ok(());
    };
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
    let body = |s: Arc<Shared>, l: Lock| async move { Ok(s.api.active_period(&l).await?) };
    let row = |p: &ActivePeriod| Row {
        state: "ok",
        detail: format!("{} days since activation", p.days),
    };
    let Some((_, p)) = fleet::each(ctx, "device active-period", body, row).await? else {
        return Ok(());
    };
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
    let kinds = &kinds;
    let body = |s: Arc<Shared>, l: Lock| async move { Ok(s.api.sync(&l, kinds).await?) };
    let row = |s: &SyncCheck| Row {
        state: "ok",
        detail: if s.distributed {
            format!("check string {}", s.check_string)
        } else {
            format!("check string {} (may not sync yet)", s.check_string)
        },
    };
    let Some((_, s)) = fleet::each(ctx, "device sync", body, row).await? else {
        return Ok(());
    };
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

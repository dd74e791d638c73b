//! `temppwd create` and `validate`: the flags, the interactive walk-through and the preview. The
//! PIN goes to the API as digits; the backend encrypts it with the lock's localKey.

use anyhow::Result;
use clap::Args;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use lockctl_api::ops::passwords::{NewTempPassword, PasswordOp, TempPassword, TempPasswordCheck};
use lockctl_api::{Lock, Secret};

use super::input::{
    ask_pin, check_phone, check_pin, generate_pin, parse_schedule, parse_schedules, read_pin_stdin,
    schedule_words, show_generated,
};
use super::verified::{self, Follow, Made};
use crate::commands::common::check_name;
use crate::commands::common::time_error;
use crate::context::Context;
use crate::error::Fail;
use crate::fleet::wait::{self, Reached};
use crate::output::Made as MadeRow;
use crate::timeparse;

/// The flags of `create` and `validate`, and those `update` may change (the examples of each verb
/// sit on the verb, so none shows another's).
#[derive(Args, Debug, Default)]
pub struct CreateArgs {
    /// Password name (1-32 characters).
    #[arg(long)]
    pub name: Option<String>,
    /// Read the PIN from the first line of stdin.
    #[arg(long, conflicts_with = "generate")]
    pub pin_stdin: bool,
    /// Generate a random PIN of the lock's length (printed once on stdout).
    #[arg(long)]
    pub generate: bool,
    /// Valid from (lock's zone or --tz): `YYYY-MM-DD HH:MM`, RFC 3339, `now`, `+3d`.
    #[arg(long, allow_hyphen_values = true)]
    pub from: Option<String>,
    /// Valid until (same forms; a length such as `+3d` counts from --from, not from now).
    #[arg(long, allow_hyphen_values = true)]
    pub to: Option<String>,
    /// One use only.
    #[arg(long, conflicts_with = "permanent")]
    pub once: bool,
    /// Any number of uses within the window (the default).
    #[arg(long)]
    pub permanent: bool,
    /// When in the window it opens: `mon-fri 09:00-18:00`, `sat,sun all-day`. Repeatable.
    #[arg(long)]
    pub schedule: Vec<String>,
    /// Phone number to notify.
    #[arg(long)]
    pub phone: Option<String>,
    /// Country code of --phone (e.g. 49).
    #[arg(long)]
    pub country_code: Option<String>,
}

/// `temppwd create`: the fields, and whether a name a live password has is fine.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  printf '1234567\\n' | lockctl temppwd create -d ID --name Guest --pin-stdin --from 'tomorrow 14:00' --to +3d\n  lockctl temppwd create -d ID --name Cleaner --generate --from now --to +30d --schedule 'mon-fri 09:00-12:00'\n  lockctl temppwd create -d ID     # on a terminal: asks for everything"
)]
pub struct NewArgs {
    #[command(flatten)]
    pub fields: CreateArgs,
    /// Create it even when a live temporary password on the lock has this name.
    #[arg(long)]
    pub allow_duplicate_name: bool,
    /// Wait until the lock confirms it has the password (`--wait` 60 s, `--wait=5m`).
    #[arg(long, value_name = "DURATION", num_args = 0..=1, default_missing_value = "60s", require_equals = true)]
    pub wait: Option<String>,
    /// `offline`: when the lock is offline, issue an offline password for the same window instead.
    #[arg(long, value_enum, value_name = "KIND")]
    pub fallback: Option<FallbackArg>,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum FallbackArg {
    Offline,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// The password's id (ID in `temppwd list`).
    #[arg(long)]
    pub id: String,
    #[command(flatten)]
    pub fields: CreateArgs,
}

/// Everything a create sends, checked.
struct Plan {
    new: NewTempPassword,
    generated: bool,
}

/// The checks that need nothing from the lock: name, schedules, phone, a piped PIN.
pub struct Early {
    pub name: Option<String>,
    pub schedules: Vec<lockctl_api::ops::passwords::Schedule>,
    pub stdin_pin: Option<Secret>,
}

fn early(a: &CreateArgs) -> Result<Early> {
    let name = a
        .name
        .as_deref()
        .map(|n| check_name("--name", n))
        .transpose()?;
    let schedules = parse_schedules(&a.schedule)?;
    check_phone(a.phone.as_deref())?;
    let stdin_pin = if a.pin_stdin {
        Some(read_pin_stdin()?)
    } else {
        None
    };
    Ok(Early {
        name,
        schedules,
        stdin_pin,
    })
}

pub async fn create_new(a: NewArgs, ctx: &mut Context) -> Result<()> {
    let follow = Follow {
        wait: a.wait.as_deref().map(wait::parse).transpose()?,
        fallback: a.fallback.is_some(),
    };
    if follow.fallback && (a.fields.once || !a.fields.schedule.is_empty()) {
        return Err(Fail::usage_hint(
            "--fallback offline cannot keep --once or --schedule",
            "an offline password opens any time in its window, any number of times",
        ));
    }
    if ctx.global.fleet.is_some() {
        ctx.out.check_fields::<TempPassword>()?;
        let e = early(&a.fields)?;
        return verified::create_many(a, e, follow, ctx).await;
    }
    create(a.fields, false, a.allow_duplicate_name, follow, ctx).await
}

pub async fn create(
    a: CreateArgs,
    validate_only: bool,
    allow_duplicate_name: bool,
    follow: Follow,
    ctx: &mut Context,
) -> Result<()> {
    if validate_only {
        ctx.out.check_fields::<TempPasswordCheck>()?;
    } else {
        ctx.out.check_fields::<TempPassword>()?;
    }
    let e = early(&a)?;
    let lock = crate::resolve::dev_lock(ctx).await?;
    let api = ctx.api().await?;
    api.offers(
        &lock,
        if validate_only {
            PasswordOp::TempValidate
        } else {
            PasswordOp::TempCreate
        },
    )?;
    let mut plan = gather(a, e, &lock, ctx)?;
    plan.new.allow_duplicate_name = allow_duplicate_name;
    preview(ctx, &lock, &plan);
    if validate_only {
        let check = api.validate_temp_password(&lock, &plan.new).await?;
        return ctx.out.show(&check, ctx.raw(), |o| {
            o.line(if check.accepted {
                "accepted: the lock would take this password"
            } else {
                "refused: the lock would not take this password (its PIN may be in use)"
            })
        });
    }
    let local = jiff::tz::TimeZone::system();
    let (from, to) = (plan.new.from, plan.new.to);
    if let Some(t) = super::input::dst_change_in_window(&lock.zone, &local, from, to) {
        ctx.out.warn(&format!(
            "the cloud keeps {} at a fixed offset ({}): from {} (a daylight-saving change here) its hours are an hour off this machine's clock",
            lock.name,
            {
                let secs = lock.zone.to_offset(from).seconds();
                let sign = if secs < 0 { '-' } else { '+' };
                format!("{sign}{:02}:{:02}", secs.abs() / 3600, secs.abs() % 3600 / 60)
            },
            crate::output::time::at(t, &local)
        ));
    }
    let shared = crate::fleet::Shared::of(ctx).await?;
    let made = verified::made(&shared, &lock, &plan.new, plan.generated, follow)
        .await
        .map_err(verified::split_slot_hint)?;
    if let (true, Made::Online(v)) = (plan.generated, &made) {
        // The PIN sent: made again when the lock named another length.
        if let Some(pin) = &v.model.pin {
            show_generated(ctx, pin);
        }
    }
    let warnings = verified::warnings(&made);
    show_made(ctx, &lock, made)?;
    for w in warnings {
        ctx.out.warn(&w);
    }
    Ok(())
}

/// A one-lock create: the made password as one row (its PIN only when lockctl generated it), or
/// the offline code issued instead; saying when the lock has not confirmed it yet.
fn show_made(ctx: &Context, lock: &Lock, made: Made) -> Result<()> {
    let v = match made {
        Made::Online(v) => v,
        Made::Offline(o) => {
            let row = MadeRow::new(o.id.as_deref(), &o.name)
                .col(
                    "WINDOW",
                    crate::output::time::window(o.from.as_ref(), o.to.as_ref()),
                )
                .secret("CODE", o.pin.as_deref())
                .boxed(
                    format!("Offline code for {} (many uses)", lock.name),
                    o.pin.as_deref(),
                )
                .notice(format!(
                    "{} is offline: issued offline password \"{}\" instead, valid {}.",
                    lock.name,
                    o.name,
                    crate::output::time::window(o.from.as_ref(), o.to.as_ref())
                ));
            return ctx.out.made(&o, ctx.raw(), row);
        }
    };
    let created = &v.model;
    // A write the lock has not taken yet is not reported as done.
    let phase = match created.delivery {
        Some(lockctl_api::Delivery::Pending) => " It waits to be sent to the lock (pending).",
        Some(lockctl_api::Delivery::Failed) => " The lock did not take it (delivery failed).",
        _ => "",
    };
    let mut row = MadeRow::new(created.id.as_deref(), &created.name)
        .col(
            "WINDOW",
            crate::output::time::window(created.from.as_ref(), created.to.as_ref()),
        )
        .secret("PIN", created.pin.as_ref().map(|p| p.expose()))
        .notice(format!(
            "Created temporary password \"{}\" on {} (id {}).{phase}",
            created.name,
            lock.name,
            created.id.as_deref().unwrap_or("unknown")
        ));
    if v.reached == Reached::Pending {
        row = row.notice(crate::fleet::wait::pending_words(lock, v.offline));
    }
    ctx.out.made(created, ctx.raw(), row)
}

/// Fill in what the flags left out (on a terminal), and check the window.
fn gather(a: CreateArgs, e: Early, lock: &Lock, ctx: &Context) -> Result<Plan> {
    let tz = &lock.zone;
    let len = lock.pin_len();
    if let Some(p) = &e.stdin_pin {
        check_pin(p, len)?;
    }
    // Only --dev on a terminal: walk through everything.
    let walk = ctx.prompter.interactive
        && e.name.is_none()
        && e.stdin_pin.is_none()
        && !a.generate
        && a.from.is_none()
        && a.to.is_none();
    let mut missing = vec![];
    if e.name.is_none() {
        missing.push("--name");
    }
    if e.stdin_pin.is_none() && !a.generate {
        missing.push("--pin-stdin or --generate");
    }
    if a.from.is_none() {
        missing.push("--from");
    }
    if a.to.is_none() {
        missing.push("--to");
    }
    ctx.prompter.require(&missing)?;
    let name = match e.name {
        Some(n) => n,
        None => check_name(
            "--name",
            &ctx.prompter.text("Name for this password", "--name")?,
        )?,
    };
    let (pin, generated) = match (e.stdin_pin, a.generate) {
        (Some(p), _) => (p, false),
        (None, true) => (generate_pin(len), true),
        (None, false) => ask_pin(ctx, len)?,
    };
    let (from, to) = ask_window(&a, tz, ctx)?;
    let mut schedules = e.schedules;
    let mut one_time = a.once;
    if walk {
        ask_schedules(ctx, &mut schedules)?;
        one_time = ctx.prompter.select(
            "Uses",
            &["many (any number of times in the window)", "once"],
            "--once or --permanent",
        )? == 1;
    }
    Ok(Plan {
        new: NewTempPassword {
            name,
            pin,
            from,
            to,
            schedules,
            one_time,
            phone: a.phone,
            country_code: a.country_code,
            allow_duplicate_name: false,
        },
        generated,
    })
}

pub fn ask_window(a: &CreateArgs, tz: &TimeZone, ctx: &Context) -> Result<(Timestamp, Timestamp)> {
    let now = lockctl_api::clock::now();
    let from_text = match &a.from {
        Some(f) => f.clone(),
        None => ctx.prompter.text_default(
            &format!("Valid from ({})", tz.iana_name().unwrap_or("UTC")),
            "now",
            "--from",
        )?,
    };
    let to_text = match &a.to {
        Some(t) => t.clone(),
        None => ctx.prompter.text_default("Valid until", "+1d", "--to")?,
    };
    let from = timeparse::parse_time(&from_text, tz, now).map_err(|e| time_error("--from", e))?;
    let to = timeparse::parse_end(&to_text, tz, from, now).map_err(|e| time_error("--to", e))?;
    if to <= from {
        return Err(Fail::usage_hint(
            format!("--to ({to_text}) is not after --from ({from_text})"),
            "the window must end after it starts",
        ));
    }
    if to <= now {
        return Err(Fail::usage_hint(
            format!("--to ({to_text}) is in the past"),
            "a password must be valid at some time from now on",
        ));
    }
    Ok((from, to))
}

fn ask_schedules(
    ctx: &Context,
    schedules: &mut Vec<lockctl_api::ops::passwords::Schedule>,
) -> Result<()> {
    loop {
        let s = ctx.prompter.text_default(
            "Schedule (e.g. mon-fri 09:00-18:00; empty for any time)",
            "",
            "--schedule",
        )?;
        if s.trim().is_empty() {
            return Ok(());
        }
        match parse_schedule(&s) {
            Ok(v) => schedules.push(v),
            Err(e) => ctx.out.warn(&e.to_string()),
        }
    }
}

fn preview(ctx: &Context, lock: &Lock, p: &Plan) {
    let tz = &lock.zone;
    let when = |t: Timestamp| crate::output::time::at(t, tz);
    let n = &p.new;
    let masked = "•".repeat(n.pin.expose().len());
    ctx.out.preview(&format!(
        "Temporary password \"{}\" on {} ({}):\n  PIN       {masked}{}\n  valid     {} to {} ({})\n  schedule  {}\n  uses      {}",
        n.name,
        lock.name,
        lock.kind.label(),
        if p.generated { " (generated)" } else { "" },
        when(n.from),
        when(n.to),
        tz.iana_name().unwrap_or("UTC"),
        schedule_words(&n.schedules),
        if n.one_time { "once" } else { "many" },
    ));
}

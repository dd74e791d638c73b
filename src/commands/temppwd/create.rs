//! `temppwd create`, `validate` and `update`: the flags, the interactive walk-through, the
//! preview, and the PIN's encryption with the lock's localKey.

use std::io::BufRead;

use anyhow::{Context as _, Result};
use clap::Args;
use jiff::Timestamp;
use lockctl_api::{pin, Secret};
use serde_json::{json, Value};

use crate::commands::common::{check_id, check_name, int, list as jlist, text};
use crate::context::{Context, LockRef};
use crate::error::Fail;
use crate::timeparse::{self, TIME_FORMS};

pub const SCHEDULE_FORMS: &str = "`mon-fri 09:00-18:00` or `sat,sun all-day`";

#[derive(Args, Debug, Default)]
#[command(
    after_help = "Examples:\n  printf '1234567\\n' | lockctl temppwd create -d ID --name Guest --pin-stdin --from '2026-12-01 14:00' --to +3d\n  lockctl temppwd create -d ID --name Cleaner --generate --from now --to +30d --schedule 'mon-fri 09:00-12:00'\n  lockctl temppwd create -d ID     # on a terminal: asks for everything"
)]
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
    /// Valid from (lock's zone or --tz): `2026-12-01 14:00`, RFC 3339, `now`, `+3d`.
    #[arg(long, allow_hyphen_values = true)]
    pub from: Option<String>,
    /// Valid until (same forms).
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

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// The password's id (ID in `temppwd list`).
    #[arg(long)]
    pub id: String,
    #[command(flatten)]
    pub fields: CreateArgs,
}

/// One `--schedule` entry as the seed's JSON object.
pub fn parse_schedule(s: &str) -> Result<Value> {
    let bad = |why: String| {
        Fail::usage_hint(
            format!("--schedule `{s}`: {why}"),
            format!("write {SCHEDULE_FORMS}"),
        )
    };
    let mut parts = s.split_whitespace();
    let (days, hours) = match (parts.next(), parts.next(), parts.next()) {
        (Some(d), Some(h), None) => (d, h),
        _ => return Err(bad("expected DAYS HOURS".into())),
    };
    let mask = timeparse::parse_weekdays(days).map_err(bad)?;
    Ok(match timeparse::parse_daily(hours).map_err(bad)? {
        None => {
            json!({ "allDay": true, "effectiveTime": 0, "invalidTime": 1440, "workingDay": mask })
        }
        Some((a, b)) => {
            json!({ "allDay": false, "effectiveTime": a, "invalidTime": b, "workingDay": mask })
        }
    })
}

/// A schedule list in words.
pub fn schedule_words(items: &[Value]) -> String {
    if items.is_empty() {
        return "any time in the window".into();
    }
    items
        .iter()
        .map(|s| {
            let days = timeparse::weekdays_words(int(s, "workingDay").unwrap_or(0) as u8);
            if s.get("allDay").and_then(Value::as_bool) == Some(true) {
                format!("{days} all day")
            } else {
                format!(
                    "{days} {}-{}",
                    timeparse::minutes_words(int(s, "effectiveTime").unwrap_or(0)),
                    timeparse::minutes_words(int(s, "invalidTime").unwrap_or(0))
                )
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn read_pin_stdin() -> Result<Secret> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the PIN from stdin")?;
    Ok(Secret::new(line.trim_end_matches(['\n', '\r'])))
}

fn check_pin(p: &Secret, len: usize) -> Result<()> {
    // The error never echoes the PIN.
    pin::validate(p.expose(), len).map_err(|e| {
        Fail::usage_hint(
            format!("PIN refused: {e}"),
            format!("a PIN for this lock is exactly {len} digits"),
        )
    })
}

fn generate_pin(len: usize) -> Secret {
    use rand::Rng;
    let mut rng = rand::thread_rng();
    Secret::new(
        (0..len)
            .map(|_| char::from(b'0' + rng.gen_range(0..10u8)))
            .collect::<String>(),
    )
}

/// Everything a create sends, checked and in cloud units.
struct Plan {
    name: String,
    pin: Secret,
    generated: bool,
    from: i64,
    to: i64,
    once: bool,
    schedule: Vec<Value>,
    phone: String,
    country_code: String,
}

pub async fn create(a: CreateArgs, validate_only: bool, ctx: &mut Context) -> Result<()> {
    // Checks that need nothing from the lock come first.
    let name = a
        .name
        .as_deref()
        .map(|n| check_name("--name", n))
        .transpose()?;
    let mut schedule: Vec<Value> = a
        .schedule
        .iter()
        .map(|s| parse_schedule(s))
        .collect::<Result<_>>()?;
    if let Some(p) = &a.phone {
        if p.is_empty()
            || !p
                .chars()
                .all(|c| c.is_ascii_digit() || c == '+' || c == ' ')
        {
            return Err(Fail::usage(format!("--phone `{p}` is not a phone number")));
        }
    }
    let stdin_pin = if a.pin_stdin {
        Some(read_pin_stdin()?)
    } else {
        None
    };
    let lock = ctx.dev_lock().await?;
    let verb = if validate_only {
        "temppwd validate"
    } else {
        "temppwd create"
    };
    ctx.entry(&lock, verb)?;
    let tz = ctx.zone(&lock)?;
    let len = lock.kind.pin_len();
    if let Some(p) = &stdin_pin {
        check_pin(p, len)?;
    }
    // Only --dev on a terminal: walk through everything.
    let walk = ctx.prompter.interactive
        && name.is_none()
        && stdin_pin.is_none()
        && !a.generate
        && a.from.is_none()
        && a.to.is_none();
    let mut missing = vec![];
    if name.is_none() {
        missing.push("--name");
    }
    if stdin_pin.is_none() && !a.generate {
        missing.push("--pin-stdin or --generate");
    }
    if a.from.is_none() {
        missing.push("--from");
    }
    if a.to.is_none() {
        missing.push("--to");
    }
    ctx.prompter.require(&missing)?;
    let now = Timestamp::now();
    let name = match name {
        Some(n) => n,
        None => check_name(
            "--name",
            &ctx.prompter.text("Name for this password", "--name")?,
        )?,
    };
    let (pin, generated) = match (stdin_pin, a.generate) {
        (Some(p), _) => (p, false),
        (None, true) => (generate_pin(len), true),
        (None, false) => (ask_pin(ctx, len)?, false),
    };
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
    let from = timeparse::parse_time(&from_text, &tz, now)
        .map_err(|e| Fail::usage_hint(format!("--from: {e}"), format!("use {TIME_FORMS}")))?;
    let to = timeparse::parse_time(&to_text, &tz, now)
        .map_err(|e| Fail::usage_hint(format!("--to: {e}"), format!("use {TIME_FORMS}")))?;
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
    let mut once = a.once;
    if walk {
        loop {
            let s = ctx.prompter.text_default(
                "Schedule (e.g. mon-fri 09:00-18:00; empty for any time)",
                "",
                "--schedule",
            )?;
            if s.trim().is_empty() {
                break;
            }
            match parse_schedule(&s) {
                Ok(v) => schedule.push(v),
                Err(e) => eprintln!("{e}"),
            }
        }
        once = ctx.prompter.select(
            "Uses",
            &["many (any number of times in the window)", "once"],
            "--once or --permanent",
        )? == 1;
    }
    let plan = Plan {
        name,
        pin,
        generated,
        from: from.as_second(),
        to: to.as_second(),
        once,
        schedule,
        phone: a.phone.clone().unwrap_or_default(),
        country_code: a.country_code.clone().unwrap_or_default(),
    };
    preview(ctx, &lock, &plan, &tz);
    if ctx.prompter.interactive && !validate_only {
        ctx.prompter
            .confirm("Create this password?", ctx.global.yes)?;
    }
    let enc = pin::encrypt(&plan.pin, &lock.local_key)?;
    let pd = json!({
        "devId": lock.id,
        "password": enc,
        "name": plan.name,
        "effectiveTime": plan.from,
        "invalidTime": plan.to,
        "availTime": if plan.once { 1 } else { 0 },
        "schedule": if plan.schedule.is_empty() { String::new() } else { Value::Array(plan.schedule.clone()).to_string() },
        "phone": plan.phone,
        "countryCode": plan.country_code,
    });
    let result = ctx.call(&lock, verb, pd).await?;
    if validate_only {
        if ctx.json_done(&result)? {
            return Ok(());
        }
        println!(
            "{}",
            if result.as_bool() == Some(true) {
                "accepted: the lock would take this password"
            } else {
                "refused: the lock would not take this password (its PIN may be in use)"
            }
        );
        return Ok(());
    }
    if plan.generated {
        // The one place a PIN is printed: the user asked lockctl to make it up.
        println!("{}", plan.pin.expose());
    }
    if ctx.json_done(&result)? {
        return Ok(());
    }
    let id = newest_id(ctx, &lock, &plan.name).await.unwrap_or_default();
    ctx.out.status(&format!(
        "Created temporary password \"{}\" on {} (id {id}).",
        plan.name, lock.name
    ));
    Ok(())
}

fn ask_pin(ctx: &Context, len: usize) -> Result<Secret> {
    let first = Secret::new(
        ctx.prompter
            .secret(&format!("PIN ({len} digits)"), "--pin-stdin or --generate")?,
    );
    check_pin(&first, len)?;
    let again = Secret::new(
        ctx.prompter
            .secret("PIN again", "--pin-stdin or --generate")?,
    );
    if first != again {
        return Err(Fail::usage("the two PIN entries differ"));
    }
    Ok(first)
}

fn preview(ctx: &Context, lock: &LockRef, p: &Plan, tz: &jiff::tz::TimeZone) {
    let when = |s: i64| {
        Timestamp::from_second(s)
            .map(|t| {
                t.to_zoned(tz.clone())
                    .strftime("%Y-%m-%d %H:%M %Z")
                    .to_string()
            })
            .unwrap_or_default()
    };
    let masked = "•".repeat(p.pin.expose().len());
    ctx.out.status(&format!(
        "Temporary password \"{}\" on {} ({}):\n  PIN       {masked}{}\n  valid     {} to {} ({})\n  schedule  {}\n  uses      {}",
        p.name,
        lock.name,
        lock.kind.label(),
        if p.generated { " (generated)" } else { "" },
        when(p.from),
        when(p.to),
        tz.iana_name().unwrap_or("UTC"),
        schedule_words(&p.schedule),
        if p.once { "once" } else { "many" },
    ));
}

async fn newest_id(ctx: &mut Context, lock: &LockRef, name: &str) -> Result<String> {
    let list = ctx
        .call(lock, "temppwd list", json!({ "devId": lock.id }))
        .await?;
    Ok(jlist(&list)
        .iter()
        .filter(|p| text(p, "name") == name)
        .max_by_key(|p| int(p, "id").unwrap_or(0))
        .map(|p| text(p, "id"))
        .unwrap_or_default())
}

/// Bluetooth `temppwd.update`: only the fields given are sent, with `pwdId` naming the password.
pub async fn update(a: UpdateArgs, ctx: &mut Context) -> Result<()> {
    let id = check_id("--id", &a.id)?;
    let f = a.fields;
    let name = f
        .name
        .as_deref()
        .map(|n| check_name("--name", n))
        .transpose()?;
    let schedule: Vec<Value> = f
        .schedule
        .iter()
        .map(|s| parse_schedule(s))
        .collect::<Result<_>>()?;
    let stdin_pin = if f.pin_stdin {
        Some(read_pin_stdin()?)
    } else {
        None
    };
    if (f.from.is_some()) != (f.to.is_some()) {
        return Err(Fail::usage("--from and --to go together"));
    }
    let nothing = name.is_none()
        && schedule.is_empty()
        && stdin_pin.is_none()
        && !f.generate
        && f.from.is_none()
        && !f.once
        && !f.permanent
        && f.phone.is_none();
    if nothing {
        return Err(Fail::usage("nothing to change: pass --name, --pin-stdin/--generate, --from/--to, --schedule, --once/--permanent or --phone"));
    }
    let lock = ctx.dev_lock().await?;
    ctx.entry(&lock, "temppwd update")?;
    let tz = ctx.zone(&lock)?;
    let len = lock.kind.pin_len();
    let mut pd = json!({ "devId": lock.id, "pwdId": id });
    if let Some(n) = name {
        pd["name"] = json!(n);
    }
    let mut generated = None;
    let pin = match (stdin_pin, f.generate) {
        (Some(p), _) => Some(p),
        (None, true) => {
            let g = generate_pin(len);
            generated = Some(g.clone());
            Some(g)
        }
        _ => None,
    };
    if let Some(p) = &pin {
        check_pin(p, len)?;
        pd["password"] = json!(pin::encrypt(p, &lock.local_key)?);
    }
    if let (Some(fr), Some(to)) = (&f.from, &f.to) {
        let (a, b) = crate::commands::common::window(fr, to, &tz, Timestamp::now())?;
        if b <= Timestamp::now().as_second() {
            return Err(Fail::usage(format!("--to ({to}) is in the past")));
        }
        pd["effectiveTime"] = json!(a);
        pd["invalidTime"] = json!(b);
    }
    if !schedule.is_empty() {
        pd["schedule"] = json!(Value::Array(schedule).to_string());
    }
    if f.once || f.permanent {
        pd["availTime"] = json!(if f.once { 1 } else { 0 });
    }
    if let Some(p) = f.phone {
        pd["phone"] = json!(p);
        pd["countryCode"] = json!(f.country_code.unwrap_or_default());
    }
    let r = ctx.call(&lock, "temppwd update", pd).await?;
    if let Some(g) = generated {
        println!("{}", g.expose());
    }
    if ctx.json_done(&r)? {
        return Ok(());
    }
    ctx.out.status(&format!("Updated temporary password {id}."));
    Ok(())
}

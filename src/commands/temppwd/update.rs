//! `temppwd update`: change only the fields given.

use anyhow::Result;
use jiff::Timestamp;
use lockctl_api::ops::passwords::{PasswordOp, TempPassword, TempPasswordChange};

use super::create::UpdateArgs;
use super::input::show_generated;
use super::input::{check_phone, check_pin, generate_pin, parse_schedules, read_pin_stdin};
use crate::commands::common::{check_id, check_name, window};
use crate::context::Context;
use crate::error::Fail;

pub async fn update(a: UpdateArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<TempPassword>()?;
    let id = check_id("--id", &a.id)?.to_string();
    let f = a.fields;
    let name = f
        .name
        .as_deref()
        .map(|n| check_name("--name", n))
        .transpose()?;
    let schedules = parse_schedules(&f.schedule)?;
    check_phone(f.phone.as_deref())?;
    let stdin_pin = if f.pin_stdin {
        Some(read_pin_stdin()?)
    } else {
        None
    };
    if f.from.is_some() != f.to.is_some() {
        return Err(Fail::usage("--from and --to go together"));
    }
    let nothing = name.is_none()
        && schedules.is_empty()
        && stdin_pin.is_none()
        && !f.generate
        && f.from.is_none()
        && !f.once
        && !f.permanent
        && f.phone.is_none();
    if nothing {
        return Err(Fail::usage("nothing to change: pass --name, --pin-stdin/--generate, --from/--to, --schedule, --once/--permanent or --phone"));
    }
    let lock = crate::resolve::dev_lock(ctx).await?;
    let api = ctx.api().await?;
    api.offers(&lock, PasswordOp::TempUpdate)?;
    let len = lock.pin_len();
    let generated = (stdin_pin.is_none() && f.generate).then(|| generate_pin(len));
    let pin = stdin_pin.or_else(|| generated.clone());
    if let Some(p) = &pin {
        check_pin(p, len)?;
    }
    let window = match (&f.from, &f.to) {
        (Some(fr), Some(to)) => {
            let now = lockctl_api::clock::now();
            let (a, b) = window(fr, to, &lock.zone, now)?;
            if b <= now.as_second() {
                return Err(Fail::usage(format!("--to ({to}) is in the past")));
            }
            let ts = |s: i64| Timestamp::from_second(s).map_err(|e| Fail::usage(e.to_string()));
            Some((ts(a)?, ts(b)?))
        }
        _ => None,
    };
    let change = TempPasswordChange {
        name,
        pin,
        window,
        schedules: (!schedules.is_empty()).then_some(schedules),
        one_time: (f.once || f.permanent).then_some(f.once),
        country_code: f.phone.as_ref().map(|_| f.country_code.unwrap_or_default()),
        phone: f.phone,
    };
    let mut updated = api.update_temp_password(&lock, &id, &change).await?;
    if let Some(g) = &generated {
        updated.pin = Some(g.clone());
        show_generated(ctx, g);
    }
    ctx.out.show(&updated, ctx.raw(), |o| {
        if let Some(g) = &updated.pin {
            o.line(g.expose())?;
        }
        o.status(&format!("Updated temporary password {id}."));
        Ok(())
    })?;
    if let Some(n) = &updated.not_read {
        let done = format!("temporary password {id} was changed");
        ctx.out.warn(&crate::fleet::wait::not_read_words(&done, n));
    }
    Ok(())
}

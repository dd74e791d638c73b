//! `voice status | enable | disable`: the voice-assistant password (Bluetooth, Zigbee).

use std::sync::Arc;

use anyhow::Result;
use clap::{Args, Subcommand};
use lockctl_api::ops::device::VoiceStatus;
use lockctl_api::{Lock, Secret};

use crate::context::Context;
use crate::error::Fail;
use crate::fleet::{self, Row, Shared, Targets};

#[derive(Subcommand, Debug)]
pub enum VoiceCommand {
    /// Say whether the voice password is on.
    #[command(after_help = "Examples:\n  lockctl voice status -d ID")]
    Status,
    /// Turn the voice password on (asks for the PIN, hidden).
    #[command(
        after_help = "Examples:\n  lockctl voice enable -d ID            # asks for the PIN\n  printf '123456\\n' | lockctl voice enable -d ID --pin-stdin"
    )]
    Enable(EnableArgs),
    /// Turn the voice password off.
    #[command(after_help = "Examples:\n  lockctl voice disable -d ID")]
    Disable,
}

#[derive(Args, Debug)]
pub struct EnableArgs {
    /// Read the PIN from the first line of stdin.
    #[arg(long)]
    pub pin_stdin: bool,
}

pub async fn run(cmd: VoiceCommand, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<VoiceStatus>()?;
    if ctx.global.fleet.is_some() && matches!(cmd, VoiceCommand::Status) {
        let body = |s: Arc<Shared>, l: Lock| async move { Ok(s.api.voice_status(&l).await?) };
        let row = |v: &VoiceStatus| Row {
            state: "ok",
            detail: format!("voice password {}", if v.enabled { "on" } else { "off" }),
        };
        fleet::each(ctx, "voice status", body, row).await?;
        return Ok(());
    }
    if ctx.global.fleet.is_some() {
        if let Targets::Many(locks) = fleet::targets(ctx).await? {
            return many(cmd, locks, ctx).await;
        }
    }
    let dev = crate::resolve::dev(ctx)?;
    let stdin_pin = match &cmd {
        VoiceCommand::Enable(a) if a.pin_stdin => Some(crate::prompt::stdin_secret("PIN")?),
        VoiceCommand::Enable(_) => {
            ctx.prompter.require(&["--pin-stdin"])?;
            None
        }
        _ => None,
    };
    let lock = crate::resolve::lock(ctx, &dev).await?;
    let api = ctx.api().await?;
    let is_status = matches!(cmd, VoiceCommand::Status);
    let status = match cmd {
        VoiceCommand::Status => api.voice_status(&lock).await?,
        VoiceCommand::Enable(_) => {
            // Asked before prompting: a lock without a voice password is refused first.
            let len = api.voice_pin_len(&lock)?;
            let pin = match stdin_pin {
                Some(p) => p,
                None => ctx.prompter.pin_twice("Voice PIN", len, "--pin-stdin")?,
            };
            if let Err(e) = lockctl_api::pin::validate(pin.expose(), len) {
                return Err(Fail::usage(format!("PIN refused: {e}")));
            }
            fleet::confirm(
                ctx,
                &format!("Turn the voice password on for {}?", lock.name),
                std::slice::from_ref(&lock),
            )?;
            api.set_voice(&lock, Some(&pin)).await?
        }
        VoiceCommand::Disable => {
            fleet::confirm(
                ctx,
                &format!("Turn the voice password off on {}?", lock.name),
                std::slice::from_ref(&lock),
            )?;
            api.set_voice(&lock, None).await?
        }
    };
    ctx.out.show(&status, ctx.raw(), |o| {
        let on = if status.enabled { "on" } else { "off" };
        if is_status {
            o.line(on)
        } else {
            o.status(&format!("Voice password is {on} for {}.", lock.name));
            Ok(())
        }
    })
}

/// The voice PIN for several locks: asked once (or read from stdin), then checked against each
/// lock's length before anything is sent.
fn pin_for(ctx: &Context, a: &EnableArgs, locks: &[Lock], lens: &[usize]) -> Result<Secret> {
    let pin = if a.pin_stdin {
        crate::prompt::stdin_secret("PIN")?
    } else {
        ctx.prompter.require(&["--pin-stdin"])?;
        // Every lock's length when they agree; else the prompt names none and each is checked.
        let len = match lens.first() {
            Some(&l) if lens.iter().all(|&x| x == l) => l,
            _ => 0,
        };
        ctx.prompter.pin_twice("Voice PIN", len, "--pin-stdin")?
    };
    let lens: Vec<(String, usize)> = locks
        .iter()
        .map(|l| l.id.clone())
        .zip(lens.iter().copied())
        .collect();
    fleet::precheck("voice enable", locks, |l| {
        let len = lens
            .iter()
            .find(|(id, _)| *id == l.id)
            .map_or(0, |(_, n)| *n);
        lockctl_api::pin::validate(pin.expose(), len)
            .map_err(|e| Fail::usage(format!("PIN refused: {e}")))
    })?;
    Ok(pin)
}

/// `voice enable | disable` on several locks: every lock must have a voice password, the PIN
/// must fit each, and the locks are listed before asking (`--yes` skips it).
async fn many(cmd: VoiceCommand, locks: Vec<Lock>, ctx: &mut Context) -> Result<()> {
    let api = ctx.api().await?;
    let verb = match cmd {
        VoiceCommand::Enable(_) => "voice enable",
        _ => "voice disable",
    };
    let lens = fleet::prepare(verb, &locks, |l| Ok(api.voice_pin_len(l)?))?;
    let pin = match &cmd {
        VoiceCommand::Enable(a) => Some(pin_for(ctx, a, &locks, &lens)?),
        _ => None,
    };
    let what = if pin.is_some() { "on" } else { "off" };
    fleet::confirm(
        ctx,
        &format!(
            "Turn the voice password {what} on these {} locks?",
            locks.len()
        ),
        &locks,
    )?;
    let pin = pin.as_ref();
    let ran = fleet::run(ctx, locks, |s, l| async move {
        Ok(s.api.set_voice(&l, pin).await?)
    })
    .await?;
    fleet::report(ctx, ran, |v: &VoiceStatus| Row {
        state: "ok",
        detail: format!("voice password {}", if v.enabled { "on" } else { "off" }),
    })
}

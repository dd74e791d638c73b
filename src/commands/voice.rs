//! `voice status | enable | disable`: the voice-assistant password (Bluetooth, Zigbee).

use std::sync::Arc;

use anyhow::Result;
use clap::{Args, Subcommand};
use lockctl_api::ops::device::VoiceStatus;
use lockctl_api::Lock;

use crate::context::Context;
use crate::error::Fail;
use crate::fleet::{self, Row, Shared};

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
    let dev = ctx.dev()?;
    let stdin_pin = match &cmd {
        VoiceCommand::Enable(a) if a.pin_stdin => Some(crate::prompt::stdin_secret("PIN")?),
        VoiceCommand::Enable(_) => {
            ctx.prompter.require(&["--pin-stdin"])?;
            None
        }
        _ => None,
    };
    let lock = ctx.lock(&dev).await?;
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
            api.set_voice(&lock, Some(&pin)).await?
        }
        VoiceCommand::Disable => api.set_voice(&lock, None).await?,
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

//! `voice status | enable | disable`: the voice-assistant password (Bluetooth, Zigbee).

use std::io::BufRead;

use anyhow::{Context as _, Result};
use clap::{Args, Subcommand};
use lockctl_api::{pin, Secret};
use serde_json::json;

use crate::context::Context;
use crate::error::Fail;

#[derive(Subcommand, Debug)]
pub enum VoiceCommand {
    /// Say whether the voice password is on.
    Status,
    /// Turn the voice password on (asks for the PIN, hidden).
    Enable(EnableArgs),
    /// Turn the voice password off.
    Disable,
}

#[derive(Args, Debug)]
pub struct EnableArgs {
    /// Read the PIN from the first line of stdin.
    #[arg(long)]
    pub pin_stdin: bool,
}

pub async fn run(cmd: VoiceCommand, ctx: &mut Context) -> Result<()> {
    let dev = ctx.dev()?;
    let stdin_pin = match &cmd {
        VoiceCommand::Enable(a) if a.pin_stdin => {
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .context("cannot read the PIN from stdin")?;
            Some(Secret::new(line.trim_end_matches(['\n', '\r'])))
        }
        VoiceCommand::Enable(_) => {
            ctx.prompter.require(&["--pin-stdin"])?;
            None
        }
        _ => None,
    };
    let lock = ctx.lock(&dev).await?;
    match cmd {
        VoiceCommand::Status => {
            let r = ctx
                .call(&lock, "voice status", json!({ "devId": lock.id }))
                .await?;
            if ctx.json_done(&r)? {
                return Ok(());
            }
            println!(
                "{}",
                if r.as_bool() == Some(true) {
                    "on"
                } else {
                    "off"
                }
            );
        }
        VoiceCommand::Enable(_) => {
            ctx.entry(&lock, "voice enable")?;
            let len = lock.kind.pin_len();
            let pin_value = match stdin_pin {
                Some(p) => p,
                None => {
                    let a = Secret::new(
                        ctx.prompter
                            .secret(&format!("Voice PIN ({len} digits)"), "--pin-stdin")?,
                    );
                    let b = Secret::new(ctx.prompter.secret("Voice PIN again", "--pin-stdin")?);
                    if a != b {
                        return Err(Fail::usage("the two PIN entries differ"));
                    }
                    a
                }
            };
            pin::validate(pin_value.expose(), len)
                .map_err(|e| Fail::usage(format!("PIN refused: {e}")))?;
            let enc = pin::encrypt(&pin_value, &lock.local_key)?;
            let r = ctx
                .call(
                    &lock,
                    "voice enable",
                    json!({ "devId": lock.id, "open": true, "pwd": enc }),
                )
                .await?;
            if ctx.json_done(&r)? {
                return Ok(());
            }
            ctx.out
                .status(&format!("Voice password is on for {}.", lock.name));
        }
        VoiceCommand::Disable => {
            let r = ctx
                .call(
                    &lock,
                    "voice disable",
                    json!({ "devId": lock.id, "open": false, "pwd": "" }),
                )
                .await?;
            if ctx.json_done(&r)? {
                return Ok(());
            }
            ctx.out
                .status(&format!("Voice password is off for {}.", lock.name));
        }
    }
    Ok(())
}

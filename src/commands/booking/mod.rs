//! `booking sync`: temporary passwords from a booking calendar.

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;

#[derive(Subcommand, Debug)]
pub enum BookingCommand {}

pub async fn run(cmd: BookingCommand, _ctx: &mut Context) -> Result<()> {
    match cmd {}
}

//! One module per command group; each verb's args sit beside its handler.

pub mod api;
pub mod booking;
pub mod common;
pub mod completions;
pub mod device;
pub mod login;
pub mod man;
pub mod member;
pub mod offlinepwd;
pub mod opmode;
pub mod plan;
pub mod profile;
pub mod profile_openapi;
pub mod records;
pub mod remote;
pub mod temppwd;
pub mod voice;
pub mod words;

use anyhow::Result;

use crate::cli::Command;
use crate::context::Context;

pub async fn dispatch(command: Command, ctx: &mut Context) -> Result<()> {
    match command {
        Command::Profile(c) => profile::run(c, ctx),
        Command::Login(a) => login::login(a, ctx).await,
        Command::Logout => login::logout(ctx),
        Command::Device(c) => device::run(c, ctx).await,
        Command::Api(c) => api::run(c, ctx).await,
        Command::Completions(a) => completions::run(a),
        Command::Member(c) => member::run(c, ctx).await,
        Command::Opmode(c) => opmode::run(c, ctx).await,
        Command::Temppwd(c) => temppwd::run(c, ctx).await,
        Command::Offlinepwd(c) => offlinepwd::run(c, ctx).await,
        Command::History(c) => records::history(c, ctx).await,
        Command::Alarm(c) => records::alarm(c, ctx).await,
        Command::Voice(c) => voice::run(c, ctx).await,
        Command::Remote(c) => remote::run(c, ctx).await,
        Command::Plan(a) => plan::plan(a, ctx).await,
        Command::Apply(a) => plan::apply(a, ctx).await,
        Command::Booking(c) => booking::run(c, ctx).await,
    }
}

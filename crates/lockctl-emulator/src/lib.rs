//! lockctl-emulator: a local, stateful stand-in for Tuya's mobile API gateway and its door locks.
//!
//! Layers: `protocol` (parameters, signatures, envelopes) knows nothing of locks; `handlers`
//! (the lock model per action) knows nothing of HTTP; `server` joins them and adds the control
//! API under `/_emulator/`, faults and the request journal. Nothing here knows lockctl.

pub mod auth;
pub mod handlers;
pub mod keypad;
pub mod protocol;
pub mod server;
pub mod world;

pub use protocol::{AppClient, AppMode};
pub use server::{start, Config, Running};

/// The built-in demo app key (md5 signing); 20 and 32 characters as real clients insist.
pub const DEMO_CLIENT_ID: &str = "lockctldemo000000001";
pub const DEMO_APP_SECRET: &str = "lockctldemosecret000000000000001";

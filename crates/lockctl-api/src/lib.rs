//! lockctl's API layer: signing, transport, session and login, the action catalogue and the typed
//! models of Tuya's mobile gateway. It prints nothing, prompts for nothing and touches no files.

pub mod catalogue;
pub mod client;
pub mod devices;
pub mod error;
pub mod kind;
pub mod login;
pub mod pin;
pub mod secret;
pub mod sign;

pub use client::{Account, CallOptions, Client, ClientConfig, Region, Relogin, Session};
pub use error::{CloudCode, Error, Result};
pub use kind::{Column, Kind};
pub use secret::Secret;

//! lockctl's API layer: typed operations on locks ([`ops`]) returning models that mean the same on
//! every lock kind ([`model`] and the area modules), behind the [`Backend`] trait; the mobile
//! gateway backend ([`mobile`]) with its signing, transport, session, login and action catalogue.
//! It prints nothing, prompts for nothing and touches no files.

pub mod catalogue;
pub mod client;
pub mod clock;
pub mod endpoint;
mod envelope;
pub mod error;
mod http;
pub mod kind;
pub mod lock;
pub mod login;
pub mod mobile;
pub mod model;
pub mod openapi;
pub mod ops;
pub mod pin;
pub mod probe;
pub mod redact;
pub mod secret;
pub mod sign;
pub mod thing;
mod thing_wire;
pub mod throttle;
pub mod trace;
mod writes;

pub use client::{Account, CallOptions, Client, ClientConfig, Region, Session};
pub use error::{CloudCode, Error, Result};
pub use kind::{Column, Kind};
pub use lock::Lock;
pub use login::Relogin;
pub use mobile::Mobile;
pub use model::{Delivery, Done, Fields, Time, UnlockKind, Validity, Weekday};
pub use openapi::OpenApi;
pub use ops::{Backend, DeviceOps, MemberOps, PasswordOps, RecordOps};
pub use secret::Secret;

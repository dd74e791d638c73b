//! lockctl-emulator: a local, stateful stand-in for Tuya's mobile API gateway and its door locks.
//!
//! # Layers
//!
//! - [`world`]: the lock world. Accounts, homes, locks, members, unlock methods, temporary and
//!   offline passwords, records, the keypad, the seeded demo data and the fleet (`--fleet`),
//!   delivery of changes to locks that may be offline or refuse them. Typed operations
//!   (`world.add_member(dev_id, caller_uid, NewMember{..})`, `world.open_with_pin(..)`...) that
//!   check who may do what and answer typed values or a [`world::WorldError`]. It knows nothing
//!   of any wire: no action names, versions, request fields, envelopes or error codes. Its unit
//!   tests run without HTTP.
//! - [`mobile`]: the adapter for Tuya's mobile app API (`/api.json`). `protocol` (parameters,
//!   signatures, envelopes, error codes) and `auth` (login tokens, sessions) know nothing of
//!   locks; `routes` maps (action, version, kind of lock) to a handler; `handlers` parse
//!   postData, call world operations and shape each action's response, turning a `WorldError`
//!   into the gateway's error code. Another adapter (Tuya's Cloud OpenAPI, say) would sit beside
//!   `mobile` and call the same world operations.
//! - [`openapi`]: the adapter for Tuya's Cloud OpenAPI (`/v1.0/...`), beside `mobile` and over
//!   the same world: projects, tokens, HMAC-SHA256 signatures, the lock endpoints.
//! - [`server`]: HTTP. Serves the mobile adapter at `/api.json`, the control API under
//!   `/_emulator/` (loopback only), injected faults (per lock too), the per-session rate limit,
//!   the request journal and the state file.
//!
//! Nothing here knows lockctl.

pub mod mobile;
pub mod openapi;
pub mod server;
pub mod world;

pub use mobile::protocol::{AppClient, AppMode};
pub use mobile::{auth, protocol};
pub use server::{start, Config, Running};

/// Someone at the lock: a code typed at the keypad, or an enrolled method used (the control
/// API's `keypad` and `unlock`, also callable directly).
pub mod keypad {
    pub use crate::server::control::{enter, use_method};
    pub use crate::world::schedule_admits;
}

pub use mobile::{demo_thing, DEMO_APP_SECRET, DEMO_CLIENT_ID};
/// The built-in demo project of the OpenAPI face (HMAC-SHA256 signing).
pub use openapi::{DEMO_ACCESS_ID, DEMO_ACCESS_SECRET};

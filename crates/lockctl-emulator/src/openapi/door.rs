//! At the door: the dynamic password, remote unlock settings and remote opening with a ticket,
//! offline passwords and their clear codes.

use serde_json::{json, Value};

use super::{errors::OaError, Ctx};

/// `GET /v1.0/devices/{id}/door-lock/dynamic-password`.
pub fn dynamic(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (dev, uid) = ctx.who()?;
    let p = ctx.world.dynamic_password(&dev, &uid, ctx.now)?;
    Ok(json!({ "dynamic_password": p }))
}

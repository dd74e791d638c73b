//! The token endpoints and the device endpoints (IoT Core): the linked accounts' locks, one
//! lock, its status.

use serde_json::{json, Value};

use super::{errors::OaError, Ctx, Face, Outcome, Project};
use crate::world::{Lock, World};

/// `GET /v1.0/token?grant_type=1` and `GET /v1.0/token/{refresh_token}`.
pub fn token(
    face: &mut Face,
    project: &Project,
    method: &str,
    path: &str,
    query: &[(String, String)],
    now: i64,
) -> Result<Outcome, OaError> {
    if method != "GET" {
        return Err(OaError::path());
    }
    let issued = match path.strip_prefix("/v1.0/token/") {
        Some(refresh) if !refresh.is_empty() && !refresh.contains('/') => {
            face.tokens.refresh(&project.access_id, refresh, now)?
        }
        Some(_) => return Err(OaError::path()),
        None => {
            match query.iter().find(|(k, _)| k == "grant_type") {
                Some((_, v)) if v == "1" => {}
                Some(_) => return Err(OaError::new(1003, "grant type invalid")),
                None => return Err(OaError::param_empty("grant_type")),
            }
            face.tokens.grant(&project.access_id, now)
        }
    };
    Ok(Outcome {
        result: json!({
            "access_token": issued.access_token,
            "expire_time": issued.expire_time,
            "refresh_token": issued.refresh_token,
            "uid": project.uid,
        }),
        writes: false,
    })
}

/// A time zone's fixed offset at `now`, as `+01:00`: all the cloud gives of a lock's zone.
pub fn fixed_offset(tz: &str, now: i64) -> String {
    let zone = jiff::tz::TimeZone::get(tz).unwrap_or(jiff::tz::TimeZone::UTC);
    let secs = jiff::Timestamp::from_second(now)
        .map(|t| zone.to_offset(t).seconds())
        .unwrap_or(0);
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.unsigned_abs();
    format!("{sign}{:02}:{:02}", a / 3600, a % 3600 / 60)
}

/// Gateway-attached locks (Bluetooth through a hub, Zigbee) are sub-devices.
fn is_sub(l: &Lock) -> bool {
    !l.is_wifi()
}

fn model(l: &Lock) -> &'static str {
    match l.radio() {
        "wifi" => "WiFi Smart Lock",
        "zigbee" => "Zigbee Smart Lock",
        _ => "Bluetooth Smart Lock",
    }
}

/// A lock as the snake_case device endpoints show it.
pub fn device_json(l: &Lock, now: i64) -> Value {
    json!({
        "id": l.dev_id, "name": l.name, "uid": l.owner, "owner_id": l.gid.to_string(),
        "local_key": l.local_key, "category": l.category, "product_id": l.product_id,
        "product_name": model(l), "model": model(l), "sub": is_sub(l), "online": l.online,
        "uuid": l.uuid, "ip": "", "time_zone": fixed_offset(&l.time_zone, now),
        "active_time": l.active_time, "create_time": l.active_time, "update_time": l.active_time,
        "icon": "smart/icon/lock.png", "status": status_json(l),
    })
}

/// A lock as the camelCase `/v2.0/cloud/thing` endpoints show it.
fn thing_json(l: &Lock, now: i64) -> Value {
    json!({
        "id": l.dev_id, "name": l.name, "customName": "", "localKey": l.local_key,
        "category": l.category, "productId": l.product_id, "productName": model(l),
        "model": model(l), "sub": is_sub(l), "isOnline": l.online, "uuid": l.uuid, "ip": "",
        "timeZone": fixed_offset(&l.time_zone, now), "activeTime": l.active_time,
        "createTime": l.active_time, "updateTime": l.active_time, "icon": "smart/icon/lock.png",
    })
}

fn status_json(l: &Lock) -> Value {
    let mut list: Vec<Value> = l
        .status_codes()
        .into_iter()
        .map(|(code, value)| json!({ "code": code, "value": value }))
        .collect();
    list.push(json!({ "code": "closed_opened", "value": if l.open { "open" } else { "closed" } }));
    list.push(json!({ "code": "remote_no_dp_key", "value": l.remote_unlock_allowed }));
    Value::Array(list)
}

/// Every lock some linked account sees, in the world's order.
fn project_locks<'a>(world: &'a World, p: &Project) -> Vec<&'a Lock> {
    world
        .locks
        .iter()
        .filter(|l| p.linked.iter().any(|u| l.visible_to(u)))
        .collect()
}

/// A page size from `key` (default `def`, 1 to `max`).
fn page_size(ctx: &Ctx, key: &str, def: usize, max: usize) -> Result<usize, OaError> {
    match ctx.q(key) {
        None => Ok(def),
        Some(s) => s
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(|| OaError::new(1101, format!("param range invalid: {key} is 1 to {max}"))),
    }
}

/// A cursor page over `locks`: the locks after the one named `after` (a device id).
fn cursor_page<'a>(
    locks: &[&'a Lock],
    after: Option<&str>,
    size: usize,
) -> (Vec<&'a Lock>, bool, String) {
    let start = after
        .and_then(|k| locks.iter().position(|l| l.dev_id == k).map(|i| i + 1))
        .unwrap_or(0);
    let page: Vec<&Lock> = locks.iter().skip(start).take(size).copied().collect();
    let has_more = start + page.len() < locks.len();
    let last = page.last().map(|l| l.dev_id.clone()).unwrap_or_default();
    (page, has_more, last)
}

/// `GET /v1.0/iot-01/associated-users/devices?size=N[&last_row_key=K]`.
pub fn associated(ctx: &mut Ctx) -> Result<Value, OaError> {
    let size = page_size(ctx, "size", 20, 100)?;
    let locks = project_locks(ctx.world, &ctx.project);
    let (page, has_more, last) = cursor_page(&locks, ctx.q("last_row_key"), size);
    Ok(json!({
        "devices": page.iter().map(|l| device_json(l, ctx.now)).collect::<Vec<_>>(),
        "has_more": has_more, "last_row_key": last, "total": locks.len(),
    }))
}

/// The locks a linked account `uid` sees.
fn user_locks<'a>(ctx: &'a Ctx, uid: &str) -> Result<Vec<&'a Lock>, OaError> {
    if !ctx.world.accounts.iter().any(|a| a.uid == uid) {
        return Err(OaError::no_user());
    }
    if !ctx.project.linked.iter().any(|u| u == uid) {
        return Err(OaError::denied());
    }
    Ok(ctx
        .world
        .locks
        .iter()
        .filter(|l| l.visible_to(uid))
        .collect())
}

/// `GET /v1.0/users/{uid}/devices`.
pub fn of_user(ctx: &mut Ctx) -> Result<Value, OaError> {
    let uid = ctx.arg(0);
    let locks = user_locks(ctx, &uid)?;
    Ok(locks.iter().map(|l| device_json(l, ctx.now)).collect())
}

/// `GET /v1.3/iot-03/devices?source_type=tuyaUser&source_id={uid}&page_size=N[&last_row_key=K]`.
pub fn iot03(ctx: &mut Ctx) -> Result<Value, OaError> {
    let size = page_size(ctx, "page_size", 20, 100)?;
    let locks = match (ctx.q("source_type"), ctx.q("source_id")) {
        (Some("tuyaUser"), Some(uid)) => user_locks(ctx, uid)?,
        (None, None) => project_locks(ctx.world, &ctx.project),
        _ => {
            return Err(OaError::illegal(
                "source_type must be tuyaUser with a source_id",
            ))
        }
    };
    let (page, has_more, last) = cursor_page(&locks, ctx.q("last_row_key"), size);
    Ok(json!({
        "list": page.iter().map(|l| device_json(l, ctx.now)).collect::<Vec<_>>(),
        "has_more": has_more, "last_row_key": last, "total": locks.len(),
    }))
}

/// `GET /v2.0/cloud/thing/device?page_size=N[&last_id=ID]` (at most 20 a page).
pub fn things(ctx: &mut Ctx) -> Result<Value, OaError> {
    let size = page_size(ctx, "page_size", 20, 20)?;
    let locks = project_locks(ctx.world, &ctx.project);
    let (page, _, _) = cursor_page(&locks, ctx.q("last_id"), size);
    Ok(page.iter().map(|l| thing_json(l, ctx.now)).collect())
}

/// A home as the home-management endpoints show it.
fn home_json(h: &crate::world::Home, uid: &str) -> Value {
    json!({
        "home_id": h.gid, "name": h.name, "geo_name": "", "lat": 0, "lon": 0,
        "role": if h.owner == uid { "OWNER" } else { "MEMBER" },
    })
}

/// `GET /v1.0/users/{uid}/homes`: the homes a linked account sees (its own, and those holding a
/// lock shared with it).
pub fn homes_of_user(ctx: &mut Ctx) -> Result<Value, OaError> {
    let uid = ctx.arg(0);
    user_locks(ctx, &uid)?;
    Ok(ctx
        .world
        .homes_of(&uid)
        .map(|h| home_json(h, &uid))
        .collect())
}

/// The home `{home_id}` names, when a linked account sees it.
fn linked_home<'a>(ctx: &'a Ctx) -> Result<&'a crate::world::Home, OaError> {
    let gid: i64 = ctx
        .arg(0)
        .parse()
        .map_err(|_| OaError::illegal("home_id is a number"))?;
    let home = ctx
        .world
        .homes
        .iter()
        .find(|h| h.gid == gid)
        .ok_or_else(|| OaError::new(2006, "home not exist"))?;
    let seen = ctx
        .project
        .linked
        .iter()
        .any(|u| ctx.world.homes_of(u).any(|h| h.gid == gid));
    if !seen {
        return Err(OaError::denied());
    }
    Ok(home)
}

/// `GET /v1.0/homes/{home_id}`.
pub fn home(ctx: &mut Ctx) -> Result<Value, OaError> {
    let h = linked_home(ctx)?;
    Ok(home_json(h, &h.owner))
}

/// `GET /v1.0/homes/{home_id}/devices`: the home's devices the linked accounts see (a list).
pub fn home_devices(ctx: &mut Ctx) -> Result<Value, OaError> {
    let gid = linked_home(ctx)?.gid;
    Ok(project_locks(ctx.world, &ctx.project)
        .into_iter()
        .filter(|l| l.gid == gid)
        .map(|l| device_json(l, ctx.now))
        .collect())
}

/// `GET /v1.0/devices/{id}`.
pub fn one(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (l, _) = ctx.lock()?;
    Ok(device_json(l, ctx.now))
}

/// `GET /v2.0/cloud/thing/{id}`.
pub fn thing(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (l, _) = ctx.lock()?;
    Ok(thing_json(l, ctx.now))
}

/// `GET /v1.0/devices/{id}/status`.
pub fn status(ctx: &mut Ctx) -> Result<Value, OaError> {
    let (l, _) = ctx.lock()?;
    Ok(status_json(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_follow_the_zone_at_the_instant() {
        // 2026-01-15 and 2026-07-15 in Berlin.
        assert_eq!(fixed_offset("Europe/Berlin", 1_768_435_200), "+01:00");
        assert_eq!(fixed_offset("Europe/Berlin", 1_784_073_600), "+02:00");
        assert_eq!(fixed_offset("America/St_Johns", 1_768_435_200), "-03:30");
        assert_eq!(fixed_offset("Nowhere/Else", 0), "+00:00");
    }
}

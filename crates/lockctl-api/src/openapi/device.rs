//! Devices, remote unlock and the ticket: the OpenAPI's side of [`DeviceOps`]. The service does
//! not tell a lock's radio, so locks come out of kind `unknown` (the profile or `--kind` may say).

use crate::clock;
use async_trait::async_trait;
use serde_json::{json, Value};

use super::ticket::Ticket;
use super::wire::{self, check_id, q};
use super::{unsupported, Method, OpenApi};
use crate::error::{Error, Result};
use crate::kind::Kind;
use crate::lock::Lock;
use crate::model::{Done, UnlockKind};
use crate::ops::device::{
    ActiveDate, ActivePeriod, DeviceOps, RemoteStatus, SyncCheck, VoiceStatus,
};
use crate::ops::device::{Battery, Device, Home};
use crate::secret::Secret;
use crate::writes::Sent;

/// Pages of the device list read at most (100 devices each).
const MAX_DEVICE_PAGES: usize = 50;
/// Linked accounts whose homes are read at most, and homes whose devices are.
const MAX_ACCOUNTS: usize = 20;
const MAX_HOMES: usize = 100;

/// The group of devices no home read holds (or all of them, where homes cannot be read).
fn project_home() -> Home {
    Home {
        gid: String::new(),
        name: "cloud project".into(),
    }
}

/// Whether a refusal of the home calls means "this project may not read homes" (then devices
/// are listed without them) rather than a failure of the whole list.
fn no_homes(e: &Error) -> bool {
    match e {
        Error::Service { code, .. } => {
            matches!(code, 1106 | 1108 | 2006 | 2009) || (28_841_000..28_842_000).contains(code)
        }
        _ => false,
    }
}

/// PINs on Bluetooth and Zigbee locks have 6 digits (Tuya's temp-password reference: 7 on Wi-Fi,
/// 6 on the others); a gateway sub-device (`sub: true`) is one of those two.
const SUB_DEVICE_PIN_LEN: usize = 6;

fn device_of(v: &Value, kind: Option<Kind>) -> Device {
    let category = wire::s(v, "category");
    let lock = Kind::is_lock_category(&category);
    let sub = wire::b(v, "sub");
    Device {
        dev_id: wire::s(v, "id"),
        name: wire::s(v, "name"),
        category,
        category_code: String::new(),
        product_id: wire::s(v, "product_id"),
        online: wire::b(v, "online"),
        home: None,
        local_key: Secret::new(wire::s(v, "local_key")),
        time_zone: wire::s(v, "time_zone"),
        fixed_kind: lock.then_some(kind.unwrap_or(Kind::Unknown)),
        pin_len: (lock && sub).then_some(SUB_DEVICE_PIN_LEN),
        battery: v.get("status").and_then(battery_of),
        last_activity: None,
        dp_codes: None,
    }
}

/// The battery from a status list (`[{"code", "value"}]`); None when it is no list or reports
/// no battery.
fn battery_of(status: &Value) -> Option<Battery> {
    let list = status.as_array()?;
    Battery::from_status(list.iter().filter_map(|e| {
        let code = e.get("code")?.as_str()?;
        Some((code, e.get("value")?))
    }))
}

impl OpenApi {
    /// A fresh password ticket of a lock, its key decrypted (never reused).
    pub(crate) async fn ticket(&self, lock: &Lock) -> Result<Ticket> {
        let path = format!("/v1.0/devices/{}/door-lock/password-ticket", lock.id);
        let v = self.call(Method::Post, &path, &[], None).await?;
        let id = wire::s(&v, "ticket_id");
        if id.is_empty() {
            return Err(Error::BadResponse {
                url: self.config.endpoint.to_string(),
                reason: "the password ticket has no ticket_id".into(),
            });
        }
        Ticket::open(&id, &wire::s(&v, "ticket_key"), &self.config.access_secret)
    }

    /// The linked accounts' homes (IoT Core's home management: `users/{uid}/homes`, then each
    /// home's devices), each with its devices from `devices`; devices in no home read go under
    /// one "cloud project" home. Where the project may not read homes, every device goes there.
    /// `--raw` keeps the device list's pages only, as before homes were read.
    async fn group_in_homes(
        &self,
        devices: Vec<Device>,
        uids: Vec<String>,
    ) -> Result<Vec<(Home, Vec<Device>)>> {
        let mut homes: Vec<Home> = vec![];
        for uid in uids.iter().take(MAX_ACCOUNTS) {
            if check_id("the account uid", uid).is_err() {
                // Not a path segment lockctl sends: its devices stay under the project.
                continue;
            }
            let path = format!("/v1.0/users/{uid}/homes");
            let v = match self.call(Method::Get, &path, &[], None).await {
                Ok(v) => v,
                Err(e) if no_homes(&e) => return Ok(vec![(project_home(), devices)]),
                Err(e) => return Err(e),
            };
            for h in wire::items(&v) {
                let gid = wire::s(h, "home_id");
                if !gid.is_empty() && !homes.iter().any(|x| x.gid == gid) {
                    homes.push(Home {
                        gid,
                        name: wire::s(h, "name"),
                    });
                }
            }
        }
        let mut left = devices;
        let mut out = vec![];
        for home in homes.into_iter().take(MAX_HOMES) {
            if check_id("the home id", &home.gid).is_err() {
                continue;
            }
            let path = format!("/v1.0/homes/{}/devices", home.gid);
            let v = match self.call(Method::Get, &path, &[], None).await {
                Ok(v) => v,
                Err(e) if no_homes(&e) => continue,
                Err(e) => return Err(e),
            };
            let ids: Vec<String> = wire::items(&v).iter().map(|d| wire::s(d, "id")).collect();
            let (mine, rest): (Vec<Device>, Vec<Device>) =
                left.into_iter().partition(|d| ids.contains(&d.dev_id));
            left = rest;
            let mine = mine
                .into_iter()
                .map(|mut d| {
                    d.home = Some(home.clone());
                    d
                })
                .collect();
            out.push((home, mine));
        }
        if !left.is_empty() {
            out.push((project_home(), left));
        }
        Ok(out)
    }

    pub(crate) fn done(lock: &Lock, action: &str, id: Option<&str>) -> Done {
        Done {
            lock: lock.id.clone(),
            action: action.into(),
            id: id.map(str::to_string),
        }
    }
}

#[async_trait]
impl DeviceOps for OpenApi {
    async fn device(&self, id: &str) -> Result<Device> {
        check_id("the device id", id)?;
        let v = self
            .call(Method::Get, &format!("/v1.0/devices/{id}"), &[], None)
            .await?;
        self.keep(&v);
        let mut d = device_of(&v, self.config.kind);
        if !v.get("status").is_some_and(Value::is_array) {
            // A detail without its status list: the status endpoint says it (best effort: a
            // battery that cannot be read is not reported).
            let path = format!("/v1.0/devices/{id}/status");
            if let Ok(st) = self.call(Method::Get, &path, &[], None).await {
                d.battery = battery_of(&st);
            }
        }
        Ok(d)
    }

    async fn homes_and_devices(&self) -> Result<Vec<(Home, Vec<Device>)>> {
        let mut devices = vec![];
        let mut uids: Vec<String> = vec![];
        let mut last = String::new();
        for _ in 0..MAX_DEVICE_PAGES {
            let mut query = vec![("size", "100".to_string())];
            if !last.is_empty() {
                query.push(("last_row_key", last.clone()));
            }
            let v = self
                .call(
                    Method::Get,
                    "/v1.0/iot-01/associated-users/devices",
                    &q(&query),
                    None,
                )
                .await?;
            self.keep(&v);
            let page = wire::list(&v, "devices");
            for d in &page {
                // The linked account the device is listed for: whose homes to read.
                let uid = wire::s(d, "uid");
                if !uid.is_empty() && !uids.contains(&uid) {
                    uids.push(uid);
                }
            }
            devices.extend(page.into_iter().map(|d| device_of(d, self.config.kind)));
            let next = wire::s(&v, "last_row_key");
            if !wire::b(&v, "has_more") || next.is_empty() || next == last {
                break;
            }
            last = next;
        }
        self.group_in_homes(devices, uids).await
    }

    fn voice_pin_len(&self, _lock: &Lock) -> Result<usize> {
        Err(unsupported("voice"))
    }

    async fn voice_status(&self, _lock: &Lock) -> Result<VoiceStatus> {
        Err(unsupported("voice status"))
    }

    async fn set_voice(&self, _lock: &Lock, _pin: Option<&Secret>) -> Result<VoiceStatus> {
        Err(unsupported("voice set"))
    }

    async fn remote_status(&self, lock: &Lock) -> Result<RemoteStatus> {
        let path = format!("/v1.0/devices/{}/door-lock/remote-unlocks", lock.id);
        let v = self.call(Method::Get, &path, &[], None).await?;
        self.keep(&v);
        let all = wire::items(&v);
        let free = all
            .iter()
            .find(|e| wire::s(e, "remote_unlock_type") == "remoteUnlockWithoutPwd");
        let enabled = match free {
            Some(e) => wire::b(e, "open"),
            None => all.iter().any(|e| wire::b(e, "open")),
        };
        Ok(RemoteStatus {
            lock: lock.id.clone(),
            enabled,
        })
    }

    async fn remote(&self, lock: &Lock, open: bool) -> Result<Done> {
        let action = if open { "remote unlock" } else { "remote lock" };
        let done = Self::done(lock, action, None);
        // Counted before sending: after a lost answer, one more tells it landed.
        let since = clock::now().as_millisecond() - super::writes::REMOTE_LOOKBACK_MS;
        let before = self
            .remote_count(lock, since)
            .await
            .ok()
            .map(|n| (since, n));
        let ticket = self.ticket(lock).await?;
        let path = format!(
            "/v1.0/smart-lock/devices/{}/password-free/door-operate",
            lock.id
        );
        let body = json!({ "ticket_id": ticket.id, "open": open });
        let sent = match self.send_write(Method::Post, &path, Some(&body)).await {
            // Older locks know only the unlock-only call (and want a ticket of their own).
            Err(Error::Service { code: 1108, .. }) if open => {
                let ticket = self.ticket(lock).await?;
                let path = format!(
                    "/v1.0/devices/{}/door-lock/password-free/open-door",
                    lock.id
                );
                let body = json!({ "ticket_id": ticket.id });
                self.send_write(Method::Post, &path, Some(&body)).await?
            }
            other => other?,
        };
        match sent {
            Sent::Answer(_) => Ok(done),
            Sent::Lost(reason) => self.remote_lost(lock, done, before, reason).await,
        }
    }

    async fn active_date(&self, _lock: &Lock) -> Result<ActiveDate> {
        Err(unsupported("device active-date"))
    }

    async fn active_period(&self, _lock: &Lock) -> Result<ActivePeriod> {
        Err(unsupported("device active-period"))
    }

    async fn sync(&self, _lock: &Lock, _kinds: &[UnlockKind]) -> Result<SyncCheck> {
        Err(unsupported("device sync"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_are_of_unknown_kind_other_devices_of_none() {
        let d = device_of(
            &json!({"id": "d1", "name": "Door", "category": "jtmspro", "online": true, "time_zone": "+01:00", "local_key": "k"}),
            None,
        );
        assert_eq!(d.kind(), Some(Kind::Unknown));
        assert!(d.online);
        assert_eq!(serde_json::to_value(&d).unwrap()["kind"], "unknown");
        let plug = device_of(&json!({"id": "p", "category": "cz"}), Some(Kind::Ble));
        assert_eq!(plug.kind(), None);
        let said = device_of(&json!({"id": "d", "category": "ms"}), Some(Kind::Ble));
        assert_eq!(said.kind(), Some(Kind::Ble));
        // Gateway sub-devices (Bluetooth or Zigbee) take 6-digit PINs; others are not told.
        let sub = device_of(
            &json!({"id": "s", "category": "jtmspro", "sub": true}),
            None,
        );
        assert_eq!(sub.pin_len, Some(6));
        assert_eq!(d.pin_len, None);
        assert_eq!(plug.pin_len, None);
    }
}

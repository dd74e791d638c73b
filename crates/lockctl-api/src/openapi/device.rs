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
use crate::ops::device::{Device, Home};
use crate::secret::Secret;
use crate::writes::Sent;

/// Pages of the device list read at most (100 devices each).
const MAX_DEVICE_PAGES: usize = 50;

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
    }
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
        Ok(device_of(&v, self.config.kind))
    }

    async fn homes_and_devices(&self) -> Result<Vec<(Home, Vec<Device>)>> {
        let mut devices = vec![];
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
            devices.extend(page.into_iter().map(|d| device_of(d, self.config.kind)));
            let next = wire::s(&v, "last_row_key");
            if !wire::b(&v, "has_more") || next.is_empty() || next == last {
                break;
            }
            last = next;
        }
        let project = Home {
            gid: String::new(),
            name: "cloud project".into(),
        };
        Ok(vec![(project, devices)])
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
    }
}

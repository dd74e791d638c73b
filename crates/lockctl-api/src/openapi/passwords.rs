//! Temporary, dynamic and offline passwords: the OpenAPI's side of [`PasswordOps`]. PINs travel
//! encrypted with a fresh ticket's key. What the service does differently is handled here: one
//! schedule block per password, weekdays read back bit-reversed, removed passwords still listed,
//! name length limits, and a change that must carry the PIN again.

mod temp;

use crate::clock;
use async_trait::async_trait;
use jiff::{Timestamp, ToSpan};
use serde_json::{json, Value};

use super::wire::{self, check_id};
use super::writes::offline_lost;
use super::{unsupported, Method, OpenApi};
use crate::error::{Check, Error, Result};
use crate::lock::Lock;
use crate::model::{Delivery, Done, Time, Validity};
use crate::ops::passwords::*;
use crate::ops::Backend;
use crate::writes::{settle, Sent};

/// Offline code names longer than this are refused by the cloud.
const OFFLINE_NAME_MAX: usize = 20;

fn offline_word(k: OfflineType) -> &'static str {
    match k {
        OfflineType::Multiple => "multiple",
        OfflineType::Once => "once",
        OfflineType::ClearOne => "clear_one",
        OfflineType::ClearAll => "clear_all",
    }
}

impl OpenApi {
    /// Make an offline code. Its answer carries the PIN: when it is lost, the code may exist
    /// with nobody knowing it, and no OpenAPI call lists offline codes to tell.
    async fn offline(&self, lock: &Lock, body: &Value, what: String) -> Result<Value> {
        let path = format!("/v1.1/devices/{}/door-lock/offline-temp-password", lock.id);
        match self.send_write(Method::Post, &path, Some(body)).await? {
            Sent::Answer(v) => Ok(v),
            Sent::Lost(reason) => {
                let kind = body.get("type").and_then(Value::as_str).unwrap_or("");
                Err(offline_lost(lock, what, kind, reason))
            }
        }
    }
}

fn offline_body(new: &NewOfflinePassword, now: Timestamp) -> Result<Value> {
    let name = new.name.clone().unwrap_or_default();
    if name.chars().count() > OFFLINE_NAME_MAX {
        return Err(Error::Invalid(format!(
            "an offline password's name has at most {OFFLINE_NAME_MAX} characters on the openapi backend"
        )));
    }
    let (from, to) = match (new.kind, new.window) {
        (OfflineType::Multiple, Some((a, b))) => (a, b),
        (OfflineType::Multiple, None) => {
            return Err(Error::Invalid(
                "a multiple-use offline password needs a window (--from, --to)".into(),
            ))
        }
        (OfflineType::ClearOne, _) => {
            return Err(Error::Invalid(
                "a clear code for one password comes from `offlinepwd revoke --id ID`".into(),
            ))
        }
        (OfflineType::Once, _) => (now, now + 6.hours()),
        (OfflineType::ClearAll, _) => (now, now + 24.hours()),
    };
    Ok(json!({
        "type": offline_word(new.kind),
        "name": name,
        "effective_time": from.as_second(),
        "invalid_time": to.as_second(),
    }))
}

#[async_trait]
impl PasswordOps for OpenApi {
    fn offers(&self, _lock: &Lock, op: PasswordOp) -> Result<()> {
        match op {
            PasswordOp::TempValidate => Err(unsupported("temppwd validate")),
            PasswordOp::TempRename => Err(Error::Invalid(
                "the openapi backend needs the PIN again to rename a temporary password: use `temppwd update --id ID --name NEW --pin-stdin`".into(),
            )),
            PasswordOp::OfflineAvailable => Err(unsupported("offlinepwd available")),
            PasswordOp::OfflineList => Err(unsupported("offlinepwd list")),
            PasswordOp::OfflineRename => Err(unsupported("offlinepwd rename")),
            PasswordOp::OfflineRevocable => Err(unsupported("offlinepwd revocable")),
            _ => Ok(()),
        }
    }

    async fn temp_passwords(&self, lock: &Lock) -> Result<Vec<TempPassword>> {
        let all = self.temp_list(lock).await?;
        Ok(all.iter().filter_map(|v| temp::read(v, lock)).collect())
    }

    async fn temp_password(&self, lock: &Lock, id: &str) -> Result<Option<TempPassword>> {
        check_id("the password id", id)?;
        match self.temp_show(lock, id).await {
            Ok(v) => {
                self.keep(&v);
                Ok(temp::read(&v, lock))
            }
            Err(Error::Service {
                code: 2006 | 2010 | 1109,
                ..
            }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn create_temp_password(
        &self,
        lock: &Lock,
        new: &NewTempPassword,
    ) -> Result<TempPassword> {
        self.temp_create(lock, new).await
    }

    async fn validate_temp_password(
        &self,
        _: &Lock,
        _: &NewTempPassword,
    ) -> Result<TempPasswordCheck> {
        Err(unsupported("temppwd validate"))
    }

    async fn update_temp_password(
        &self,
        lock: &Lock,
        id: &str,
        change: &TempPasswordChange,
    ) -> Result<TempPassword> {
        self.temp_update(lock, id, change).await
    }

    async fn rename_temp_password(&self, lock: &Lock, _id: &str, _name: &str) -> Result<Done> {
        self.offers(lock, PasswordOp::TempRename)?;
        Err(unsupported("temppwd rename"))
    }

    async fn remove_temp_password(&self, lock: &Lock, id: &str) -> Result<Done> {
        check_id("the password id", id)?;
        let path = format!("/v1.0/devices/{}/door-lock/temp-passwords/{id}", lock.id);
        let done = Self::done(lock, "temppwd remove", Some(id));
        match self.send_write(Method::Delete, &path, None).await? {
            Sent::Answer(_) => Ok(done),
            Sent::Lost(reason) => {
                let what = format!("temppwd remove {id}");
                let check = Check::TempPasswords {
                    lock: lock.id.clone(),
                };
                settle(&what, reason, check, || async {
                    // Gone from the list, or on its way out of the lock: the removal landed.
                    let gone = match self.temp_password(lock, id).await? {
                        None => true,
                        Some(p) => p.delivery == Some(Delivery::Deleting),
                    };
                    self.take_raw();
                    Ok(gone.then(|| done.clone()))
                })
                .await
            }
        }
    }

    async fn dynamic_password(&self, lock: &Lock) -> Result<DynamicPassword> {
        let path = format!("/v1.0/devices/{}/door-lock/dynamic-password", lock.id);
        let v = self.call(Method::Get, &path, &[], None).await?;
        self.keep(&v);
        let pin = wire::s(&v, "dynamic_password");
        if pin.is_empty() {
            return Err(Error::BadResponse {
                url: self.config.endpoint.to_string(),
                reason: "the dynamic password answer has no dynamic_password".into(),
            });
        }
        let until = clock::now() + 5.minutes();
        Ok(DynamicPassword {
            pin,
            valid_until: Some(Time(until.to_zoned(lock.zone.clone()))),
        })
    }

    async fn offline_available(&self, _: &Lock, _: OfflineType) -> Result<OfflineAvailability> {
        Err(unsupported("offlinepwd available"))
    }

    async fn create_offline_password(
        &self,
        lock: &Lock,
        new: &NewOfflinePassword,
    ) -> Result<OfflinePassword> {
        let now = clock::now();
        let body = offline_body(new, now)?;
        let what = match &new.name {
            Some(n) => format!("offlinepwd create \"{n}\""),
            None => "offlinepwd create".to_string(),
        };
        let v = self.offline(lock, &body, what).await?;
        let from = wire::secs(&v, "effective_time", &lock.zone);
        let to = wire::secs(&v, "invalid_time", &lock.zone);
        let id = wire::s(&v, "offline_temp_password_id");
        let name = match wire::s(&v, "offline_temp_password_name") {
            n if n.is_empty() => new.name.clone().unwrap_or_default(),
            n => n,
        };
        Ok(OfflinePassword {
            id: (!id.is_empty()).then_some(id),
            name,
            kind: Some(new.kind),
            pin: Some(wire::s(&v, "offline_temp_password")).filter(|p| !p.is_empty()),
            validity: Validity::of_window(
                from.as_ref().map(Time::as_secs),
                to.as_ref().map(Time::as_secs),
                now.as_second(),
            ),
            from,
            to,
            delivery: None,
            clear_code_issued: false,
            clears: None,
            not_read: None,
        })
    }

    async fn offline_passwords(&self, _: &Lock, _: &OfflineQuery) -> Result<Vec<OfflinePassword>> {
        Err(unsupported("offlinepwd list"))
    }

    async fn rename_offline_password(&self, _: &Lock, _: &str, _: &str) -> Result<Done> {
        Err(unsupported("offlinepwd rename"))
    }

    async fn revoke_offline_password(&self, lock: &Lock, id: &str) -> Result<ClearCode> {
        check_id("the offline password id", id)?;
        let now = clock::now();
        let body = json!({
            "type": "clear_one",
            "name": "",
            "password_id": id,
            "effective_time": now.as_second(),
            "invalid_time": (now + 24.hours()).as_second(),
        });
        let v = self
            .offline(lock, &body, format!("offlinepwd revoke {id}"))
            .await?;
        let pin = wire::s(&v, "offline_temp_password");
        let cid = wire::s(&v, "offline_temp_password_id");
        Ok(ClearCode {
            id: (!cid.is_empty()).then_some(cid),
            pin: Some(pin),
            clears: id.to_string(),
        })
    }

    async fn revocable_offline_passwords(&self, _: &Lock) -> Result<Vec<RevocablePassword>> {
        Err(unsupported("offlinepwd revocable"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offline_names_and_types_checked_before_sending() {
        let mut new = NewOfflinePassword {
            kind: OfflineType::Once,
            name: Some("x".repeat(21)),
            window: None,
            phone: None,
            country_code: None,
            allow_duplicate_name: false,
        };
        let now = Timestamp::from_second(1_800_000_000).unwrap();
        assert!(offline_body(&new, now).is_err());
        new.name = Some("Plumber".into());
        let b = offline_body(&new, now).unwrap();
        assert_eq!(b["type"], "once");
        assert_eq!(b["invalid_time"], 1_800_000_000 + 6 * 3600);
        new.kind = OfflineType::Multiple;
        assert!(offline_body(&new, now).is_err());
    }
}

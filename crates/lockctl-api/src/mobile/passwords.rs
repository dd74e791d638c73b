//! The mobile gateway's side of [`crate::ops::PasswordOps`]: online temporary passwords and
//! dynamic passwords here, offline codes in [`offline`], reading the answers in [`read`].

mod create;
mod offline;
mod read;

use crate::clock;
use serde_json::{json, Value};

use crate::error::{Check, Error, NotRead, Result};
use crate::kind::Column;
use crate::lock::Lock;
use crate::mobile::wire::{list, text};
use crate::mobile::writes::{settle, shown, Sent};
use crate::mobile::Mobile;
use crate::model::{Delivery, Done, Time, Validity};
use crate::ops::passwords::*;
use crate::ops::PasswordOps;
use crate::pin;

/// How long a dynamic password lasts.
const DYNAMIC_SECS: i64 = 300;

fn verb(op: PasswordOp) -> &'static str {
    match op {
        PasswordOp::TempList => "temppwd list",
        PasswordOp::TempCreate => "temppwd create",
        PasswordOp::TempValidate => "temppwd validate",
        PasswordOp::TempUpdate => "temppwd update",
        PasswordOp::TempRename => "temppwd rename",
        PasswordOp::TempRemove => "temppwd remove",
        PasswordOp::Dynamic => "temppwd dynamic",
        PasswordOp::OfflineAvailable => "offlinepwd available",
        PasswordOp::OfflineCreate => "offlinepwd create",
        PasswordOp::OfflineList => "offlinepwd list",
        PasswordOp::OfflineRename => "offlinepwd rename",
        PasswordOp::OfflineRevoke => "offlinepwd revoke",
        PasswordOp::OfflineRevocable => "offlinepwd revocable",
    }
}

/// A password id as the wire's integer fields take it.
pub(super) fn num_id(id: &str) -> Result<i64> {
    id.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| Error::Invalid(format!("`{id}` is not a password id")))
}

fn done(lock: &Lock, action: &str, id: &str) -> Done {
    Done {
        lock: lock.id.clone(),
        action: action.into(),
        id: Some(id.to_string()),
    }
}

/// `schedule` as both kinds take it: JSON text of `{allDay, effectiveTime, invalidTime,
/// workingDay}` items (minutes of the day, weekday bit 0 Sunday), `""` for none.
fn schedule_text(schedules: &[Schedule]) -> String {
    if schedules.is_empty() {
        return String::new();
    }
    let items: Vec<Value> = schedules
        .iter()
        .map(|s| {
            let (from, to) = if s.all_day() {
                (0, 1440)
            } else {
                (s.from.0, s.to.0)
            };
            json!({ "allDay": s.all_day(), "effectiveTime": from, "invalidTime": to, "workingDay": s.mask() })
        })
        .collect();
    Value::Array(items).to_string()
}

/// The fields `validate` and `create` share. `validate` takes no use count, so `availTime` is
/// added by `create` only.
fn temp_post_data(lock: &Lock, new: &NewTempPassword) -> Result<Value> {
    Ok(json!({
        "devId": lock.id,
        "password": pin::encrypt(&new.pin, &lock.local_key)?,
        "schedule": schedule_text(&new.schedules),
        "phone": new.phone.clone().unwrap_or_default(),
        "countryCode": new.country_code.clone().unwrap_or_default(),
        "effectiveTime": new.from.as_second(),
        "name": new.name,
        "invalidTime": new.to.as_second(),
    }))
}

/// What lockctl knows of a password it created when the cloud's list does not show it.
fn as_sent(lock: &Lock, new: &NewTempPassword) -> TempPassword {
    let (from, to) = (new.from.as_second(), new.to.as_second());
    TempPassword {
        id: None,
        name: new.name.clone(),
        validity: Validity::of_window(Some(from), Some(to), clock::now().as_second()),
        delivery: Some(Delivery::Pending),
        from: Time::from_secs(from, &lock.zone),
        to: Time::from_secs(to, &lock.zone),
        schedules: new.schedules.clone(),
        one_time: new.one_time,
        pin: None,
        phone: new.phone.clone().filter(|p| !p.is_empty()),
        country_code: new.country_code.clone().filter(|c| !c.is_empty()),
        sn: None,
        changed: None,
        not_read: None,
        no_free_slot: false,
    }
}

/// What lockctl knows of a password it changed when it cannot read it back: its id and what the
/// change set (the rest is unknown: an empty name, no window, validity from the window).
pub(crate) fn as_changed(lock: &Lock, id: &str, change: &TempPasswordChange) -> TempPassword {
    let (from, to) = match change.window {
        Some((f, t)) => (Some(f.as_second()), Some(t.as_second())),
        None => (None, None),
    };
    let secs = |t: Option<i64>| t.and_then(|t| Time::from_secs(t, &lock.zone));
    TempPassword {
        id: Some(id.trim().to_string()),
        name: change.name.clone().unwrap_or_default(),
        validity: Validity::of_window(from, to, clock::now().as_second()),
        delivery: None,
        from: secs(from),
        to: secs(to),
        schedules: change.schedules.clone().unwrap_or_default(),
        one_time: change.one_time.unwrap_or(false),
        pin: None,
        phone: change.phone.clone().filter(|p| !p.is_empty()),
        country_code: change.country_code.clone().filter(|c| !c.is_empty()),
        sn: None,
        changed: None,
        not_read: None,
        no_free_slot: false,
    }
}

/// An update's answer was lost: landed when the password reads back as the change says. What
/// was there before is not known, so a password that reads otherwise stays unknown, never "not
/// changed"; a change of what cannot be read back (the PIN, the phone) is unknown at once.
async fn update_lost(
    m: &Mobile,
    lock: &Lock,
    id: &str,
    change: &TempPasswordChange,
    reason: String,
    check: Check,
) -> Result<TempPassword> {
    let what = format!("temppwd update {id}");
    let readable = change.name.is_some()
        || change.window.is_some()
        || change.schedules.is_some()
        || change.one_time.is_some();
    if !readable {
        return Err(Error::Unconfirmed {
            what,
            reason,
            read: "only the PIN or the phone changed, and neither can be read back".into(),
            check: Box::new(check),
        });
    }
    settle(&what, reason, check, || async {
        let list = m.temp_list_aux(lock).await?;
        let p = list
            .into_iter()
            .find(|p| p.id.as_deref() == Some(id.trim()));
        match p {
            Some(p) if as_changed_by(&p, change) => Ok(Some(p)),
            _ => Err(Error::Invalid(format!(
                "temporary password {id} does not read as changed"
            ))),
        }
    })
    .await
}

/// Whether `p` reads as `change` set it (the fields the list shows).
fn as_changed_by(p: &TempPassword, change: &TempPasswordChange) -> bool {
    let secs = |t: &Option<Time>| t.as_ref().map(Time::as_secs);
    change.name.as_ref().is_none_or(|n| &p.name == n)
        && change.window.is_none_or(|(f, t)| {
            secs(&p.from) == Some(f.as_second()) && secs(&p.to) == Some(t.as_second())
        })
        && change.schedules.as_ref().is_none_or(|s| &p.schedules == s)
        && change.one_time.is_none_or(|o| p.one_time == o)
}

fn temp_check(lock: &Lock) -> Check {
    Check::TempPasswords {
        lock: lock.id.clone(),
    }
}

impl Mobile {
    /// Temporary password `id` as the list shows it now (None: not listed).
    async fn listed_temp(&self, lock: &Lock, id: &str) -> Result<Option<TempPassword>> {
        let list = self.temp_list_aux(lock).await?;
        Ok(list
            .into_iter()
            .find(|p| p.id.as_deref() == Some(id.trim())))
    }

    /// The lock's temporary passwords, read without keeping the answer for `--raw`.
    async fn temp_list_aux(&self, lock: &Lock) -> Result<Vec<TempPassword>> {
        let r = self
            .send_text(lock, "temppwd list", json!({ "devId": lock.id }))
            .await?;
        Ok(read::temp_passwords(&r, lock))
    }
}

#[async_trait::async_trait]
impl PasswordOps for Mobile {
    fn offers(&self, lock: &Lock, op: PasswordOp) -> Result<()> {
        Mobile::entry(lock, verb(op)).map(|_| ())
    }

    async fn temp_passwords(&self, lock: &Lock) -> Result<Vec<TempPassword>> {
        let r = self
            .send_text(lock, "temppwd list", json!({ "devId": lock.id }))
            .await?;
        let list = read::temp_passwords(&r, lock);
        self.keep_raw_text(r);
        Ok(list)
    }

    async fn create_temp_password(
        &self,
        lock: &Lock,
        new: &NewTempPassword,
    ) -> Result<TempPassword> {
        create::create(self, lock, new).await
    }

    async fn validate_temp_password(
        &self,
        lock: &Lock,
        new: &NewTempPassword,
    ) -> Result<TempPasswordCheck> {
        let r = self
            .send(lock, "temppwd validate", temp_post_data(lock, new)?)
            .await?;
        Ok(TempPasswordCheck {
            accepted: r.as_bool() == Some(true) || r.as_str() == Some("true"),
        })
    }

    async fn update_temp_password(
        &self,
        lock: &Lock,
        id: &str,
        change: &TempPasswordChange,
    ) -> Result<TempPassword> {
        // The update call lists no id field; `pwdId` names the password, as `remove` does
        // (docs/decisions.md). Only the fields being changed are sent.
        let mut pd = json!({ "devId": lock.id, "pwdId": num_id(id)? });
        if let Some(n) = &change.name {
            pd["name"] = json!(n);
        }
        if let Some(p) = &change.pin {
            pd["password"] = json!(pin::encrypt(p, &lock.local_key)?);
        }
        if let Some((from, to)) = change.window {
            pd["effectiveTime"] = json!(from.as_second());
            pd["invalidTime"] = json!(to.as_second());
        }
        if let Some(s) = &change.schedules {
            pd["schedule"] = json!(schedule_text(s));
        }
        if let Some(once) = change.one_time {
            pd["availTime"] = json!(if once { 1 } else { 0 });
        }
        if let Some(p) = &change.phone {
            pd["phone"] = json!(p);
            pd["countryCode"] = json!(change.country_code.clone().unwrap_or_default());
        }
        let check = Check::TempPasswords {
            lock: lock.id.clone(),
        };
        if let Sent::Lost(reason) = self.send_write(lock, "temppwd update", pd).await? {
            return update_lost(self, lock, id, change, reason, check).await;
        }
        // The cloud answers only `true`: read the password back. The change is done: a failed
        // read gives what the change says, noted for the command to warn.
        let why = match self.temp_list_aux(lock).await {
            Ok(list) => match list
                .into_iter()
                .find(|p| p.id.as_deref() == Some(id.trim()))
            {
                Some(p) => return Ok(p),
                None => "it is no longer on the lock's list".to_string(),
            },
            Err(e) => e.to_string(),
        };
        let mut p = as_changed(lock, id, change);
        p.not_read = Some(NotRead::new("the changed password", why, check));
        Ok(p)
    }

    async fn rename_temp_password(&self, lock: &Lock, id: &str, name: &str) -> Result<Done> {
        // Wi-Fi `temppwd.name.update` and the Bluetooth `temppwd.update` both take these fields.
        let pd = json!({ "devId": lock.id, "pwdId": num_id(id)?, "name": name });
        // Lost: renamed when the list shows the name, not when it shows another.
        let probe = || async {
            match self.listed_temp(lock, id).await? {
                Some(p) => Ok(shown(p.name == name)),
                None => Err(Error::Invalid(format!(
                    "temporary password {id} is not listed"
                ))),
            }
        };
        let what = format!("temppwd rename {id}");
        self.write_settled(lock, "temppwd rename", pd, what, temp_check(lock), probe)
            .await?;
        Ok(done(lock, "temppwd rename", id))
    }

    async fn remove_temp_password(&self, lock: &Lock, id: &str) -> Result<Done> {
        let n = num_id(id)?;
        // Wi-Fi `temppwd.del` takes `id` as text; Bluetooth `temppwd.remove` takes `pwdId`.
        let pd = match lock.kind.column() {
            Column::Wifi => json!({ "devId": lock.id, "id": n.to_string() }),
            Column::Ble => json!({ "devId": lock.id, "pwdId": n }),
        };
        // Lost: removed when the list no longer shows it or shows it being deleted.
        let probe = || async {
            let p = self.listed_temp(lock, id).await?;
            Ok(shown(
                p.is_none_or(|p| p.delivery == Some(Delivery::Deleting)),
            ))
        };
        let what = format!("temppwd remove {id}");
        self.write_settled(lock, "temppwd remove", pd, what, temp_check(lock), probe)
            .await?;
        Ok(done(lock, "temppwd remove", id))
    }

    async fn dynamic_password(&self, lock: &Lock) -> Result<DynamicPassword> {
        let r = self
            .send(lock, "temppwd dynamic", json!({ "devId": lock.id }))
            .await?;
        Ok(DynamicPassword {
            pin: text(&r, "dynamicPassword"),
            valid_until: Time::from_secs(clock::now().as_second() + DYNAMIC_SECS, &lock.zone),
        })
    }

    async fn offline_available(
        &self,
        lock: &Lock,
        kind: OfflineType,
    ) -> Result<OfflineAvailability> {
        offline::available(self, lock, kind).await
    }

    async fn create_offline_password(
        &self,
        lock: &Lock,
        new: &NewOfflinePassword,
    ) -> Result<OfflinePassword> {
        offline::create(self, lock, new).await
    }

    async fn offline_passwords(
        &self,
        lock: &Lock,
        q: &OfflineQuery,
    ) -> Result<Vec<OfflinePassword>> {
        offline::list_all(self, lock, q).await
    }

    async fn rename_offline_password(&self, lock: &Lock, id: &str, name: &str) -> Result<Done> {
        offline::rename(self, lock, id, name).await?;
        Ok(done(lock, "offlinepwd rename", id))
    }

    async fn revoke_offline_password(&self, lock: &Lock, id: &str) -> Result<ClearCode> {
        offline::revoke(self, lock, id).await
    }

    async fn revocable_offline_passwords(&self, lock: &Lock) -> Result<Vec<RevocablePassword>> {
        let r = self
            .send(lock, "offlinepwd revocable", json!({ "devId": lock.id }))
            .await?;
        Ok(list(&r)
            .iter()
            .filter(|p| p.is_object())
            .map(|p| read::revocable(p, lock))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_go_out_as_json_text() {
        assert_eq!(schedule_text(&[]), "");
        let s = schedule_text(&[
            Schedule::from_mask(0b0111110, 540, 1080),
            Schedule::from_mask(0b1000001, 0, 1440),
        ]);
        let v: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(
            v,
            json!([
                { "allDay": false, "effectiveTime": 540, "invalidTime": 1080, "workingDay": 62 },
                { "allDay": true, "effectiveTime": 0, "invalidTime": 1440, "workingDay": 65 }
            ])
        );
    }

    #[test]
    fn ids_must_be_positive_numbers() {
        assert_eq!(num_id(" 12 ").unwrap(), 12);
        assert!(num_id("x").is_err() && num_id("0").is_err());
    }
}

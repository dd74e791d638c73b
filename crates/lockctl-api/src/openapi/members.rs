//! Lock users and their unlock methods: the OpenAPI's side of [`MemberOps`]. The member list reads
//! the lock users (falling back to the device members where a lock has no lock-user list); adds,
//! renames and removals go to the device members. Validity windows, freezing, sharing and the
//! method assignment flows have no OpenAPI call.

use async_trait::async_trait;
use serde_json::{json, Value};

use super::wire::{self, check_id, q};
use super::{unsupported, Method, OpenApi};
use crate::error::{Check, Error, Result};
use crate::lock::Lock;
use crate::model::{dp_of_unlock_kind, Delivery, Done, UnlockKind};
use crate::ops::members::*;
use crate::ops::Backend;
use crate::writes::{settle, Sent};

/// Every unlock-method code, as the member calls take them.
pub(crate) const CODES: &str = "unlock_fingerprint,unlock_card,unlock_password,unlock_face,unlock_hand,unlock_finger_vein,unlock_telecontrol_kit";

/// Members and methods read at most per page; lockctl reads one page.
const PAGE: &str = "100";

pub(crate) fn kind_of_code(code: &str) -> UnlockKind {
    match code {
        "unlock_fingerprint" => UnlockKind::Fingerprint,
        "unlock_password" => UnlockKind::Password,
        "unlock_temporary" => UnlockKind::TempPassword,
        "unlock_dynamic" => UnlockKind::Dynamic,
        "unlock_card" => UnlockKind::Card,
        "unlock_face" => UnlockKind::Face,
        "unlock_key" => UnlockKind::Key,
        "unlock_app" | "unlock_phone_remote" | "unlock_remote" => UnlockKind::Remote,
        "unlock_offline_pd" | "unlock_offline_clear" => UnlockKind::OfflinePassword,
        _ => UnlockKind::Other,
    }
}

/// `DP-N` of a credential: the DP lockctl uses for its kind, and its number on the lock.
pub(crate) fn unlock_id(code: &str, number: &str) -> String {
    let dp = dp_of_unlock_kind(kind_of_code(code)).unwrap_or(0);
    format!("{dp}-{number}")
}

/// A method's id, unique on its lock: the cloud's opmode id when the record carries one (the id
/// the mobile backend shows for the same method), else its `DP-N` (`unlock_sn` alone is a number
/// per kind: fingerprint 1 and password 1 are two methods).
fn method_id(v: &Value, unlock_id: &str) -> String {
    ["op_mode_id", "opmode_id"]
        .iter()
        .map(|k| wire::s(v, k))
        .find(|id| !id.is_empty() && id != "0")
        .unwrap_or_else(|| unlock_id.to_string())
}

fn method_of(v: &Value, zone: &jiff::tz::TimeZone) -> Option<UnlockMethod> {
    let phase = wire::i(v, "phase").unwrap_or(1);
    let delivery = match phase {
        8 => return None,
        1 | 3 => Delivery::Delivered,
        7 => Delivery::Failed,
        9 => Delivery::Deleting,
        _ => Delivery::Pending,
    };
    let code = wire::s(v, "dp_code");
    let sn = wire::s(v, "unlock_sn");
    let member = wire::s(v, "user_id");
    let unlock_id = unlock_id(&code, &sn);
    Some(UnlockMethod {
        id: Some(method_id(v, &unlock_id)),
        unlock_id,
        kind: kind_of_code(&code),
        name: wire::s(v, "unlock_name"),
        member: (!member.is_empty()).then_some(member),
        duress: wire::i(v, "unlock_attr") == Some(1),
        frozen: phase == 3,
        delivery,
        changed: wire::time(v, "update_time", zone),
        not_read: None,
    })
}

/// An assigned key as an unlock method (no cloud id, no name: the lock's number only).
fn key_of(v: &Value, member: &str) -> UnlockMethod {
    let code = wire::s(v, "unlock_type");
    let number = wire::s(v, "unlock_no");
    let unlock_id = unlock_id(&code, &number);
    UnlockMethod {
        id: Some(method_id(v, &unlock_id)),
        unlock_id,
        kind: kind_of_code(&code),
        name: String::new(),
        member: Some(member.to_string()),
        duress: wire::b(v, "hijack"),
        frozen: false,
        delivery: Delivery::Delivered,
        changed: None,
        not_read: None,
    }
}

/// A lock user's `time_schedule_info` as an access window: `permanent`, or `effective_time` /
/// `expired_time` (seconds; milliseconds read as such) with, for a recurring window,
/// `schedule_details` `[{working_day, start_minute, end_minute}]`. Unreadable reads as
/// permanent, as the lock treats it.
fn access_of(v: &Value) -> Access {
    let Some(info) = v.get("time_schedule_info").filter(|i| i.is_object()) else {
        return Access::Permanent;
    };
    if wire::b(info, "permanent") {
        return Access::Permanent;
    }
    let ts = |k: &str| {
        let t = wire::i(info, k)?;
        let secs = if t >= 100_000_000_000 { t / 1000 } else { t };
        jiff::Timestamp::from_second(secs).ok()
    };
    let (Some(from), Some(to)) = (ts("effective_time"), ts("expired_time")) else {
        return Access::Permanent;
    };
    match wire::list(info, "schedule_details").first() {
        Some(d) => {
            let minute = |k: &str| wire::i(d, k).and_then(|m| u16::try_from(m).ok());
            match (
                wire::i(d, "working_day").and_then(|w| u8::try_from(w).ok()),
                minute("start_minute"),
                minute("end_minute"),
            ) {
                (Some(days), Some(start), Some(end)) => Access::Recurring {
                    from,
                    to,
                    weekdays: crate::model::Weekday::from_mask(days),
                    daily: (start, end),
                },
                _ => Access::Window { from, to },
            }
        }
        None => Access::Window { from, to },
    }
}

fn member_of(v: &Value, lock: &Lock, methods: Vec<UnlockMethod>) -> Member {
    let zone = &lock.zone;
    let access = access_of(v);
    let role = match wire::i(v, "user_type") {
        Some(10 | 50) => Role::Administrator,
        _ => Role::Family,
    };
    let contact = [wire::s(v, "user_contact"), wire::s(v, "contact")]
        .into_iter()
        .find(|c| !c.is_empty());
    let lock_user = wire::s(v, "lock_user_id");
    Member {
        id: wire::s(v, "user_id"),
        name: wire::s(v, "nick_name"),
        role,
        contact,
        validity: access.validity(crate::clock::now()),
        status: None,
        frozen: false,
        access: access.view(lock),
        unlock_methods: methods,
        lock_user_id: (!lock_user.is_empty() && lock_user != "0").then_some(lock_user),
        changed: wire::time(v, "update_time", zone),
        not_read: None,
    }
}

/// Whether an error means "this lock has no such list" (fall back to another call).
fn absent(e: &Error) -> bool {
    matches!(
        e,
        Error::Service {
            code: 1108 | 2009,
            ..
        }
    )
}

/// The read that tells whether a member write landed.
fn users_check(lock: &Lock) -> Check {
    Check::LockUsers {
        lock: lock.id.clone(),
    }
}

impl OpenApi {
    /// An add's answer was lost: a member of that name not listed before is the add landing.
    async fn add_lost(
        &self,
        lock: &Lock,
        name: &str,
        before: &[Value],
        reason: String,
    ) -> Result<Member> {
        let what = format!("member add \"{name}\"");
        let known: Vec<String> = before.iter().map(|u| wire::s(u, "user_id")).collect();
        let found = settle(&what, reason, users_check(lock), || async {
            let users = self.lock_users(lock).await?;
            Ok(users.into_iter().find(|u| {
                wire::s(u, "nick_name") == name && !known.contains(&wire::s(u, "user_id"))
            }))
        })
        .await?;
        self.take_raw();
        Ok(member_of(&found, lock, vec![]))
    }

    /// The lock users, or the device members where the lock has no lock-user list.
    async fn lock_users(&self, lock: &Lock) -> Result<Vec<Value>> {
        let path = format!("/v1.0/smart-lock/devices/{}/users", lock.id);
        let query = q(&[
            ("codes", CODES.into()),
            ("page_no", "1".into()),
            ("page_size", PAGE.into()),
        ]);
        match self.call(Method::Get, &path, &query, None).await {
            Ok(v) => {
                self.keep(&v);
                Ok(wire::list(&v, "records").into_iter().cloned().collect())
            }
            Err(e) if absent(&e) => {
                let v = self
                    .call(
                        Method::Get,
                        &format!("/v1.0/devices/{}/users", lock.id),
                        &[],
                        None,
                    )
                    .await?;
                self.keep(&v);
                Ok(wire::items(&v).into_iter().cloned().collect())
            }
            Err(e) => Err(e),
        }
    }

    async fn methods_of(&self, lock: &Lock, member: &str) -> Result<Vec<UnlockMethod>> {
        check_id("the member id", member)?;
        let path = format!("/v1.0/smart-lock/devices/{}/opmodes/{member}", lock.id);
        let query = q(&[
            ("codes", CODES.into()),
            ("unlock_name", String::new()),
            ("page_no", "1".into()),
            ("page_size", PAGE.into()),
        ]);
        match self.call(Method::Get, &path, &query, None).await {
            Ok(v) => Ok(wire::list(&v, "records")
                .into_iter()
                .filter_map(|m| method_of(m, &lock.zone))
                .collect()),
            Err(e) if absent(&e) => self.assigned_keys(lock, member).await,
            Err(e) => Err(e),
        }
    }

    /// A member's credentials where the lock has no unlock-method list: the keys assigned to
    /// them as a home member (type 1), else as a non-home member (type 2).
    async fn assigned_keys(&self, lock: &Lock, member: &str) -> Result<Vec<UnlockMethod>> {
        let mut last = None;
        for user_type in ["1", "2"] {
            let path = format!(
                "/v1.0/devices/{}/door-lock/user-types/{user_type}/users/{member}/assigned-keys",
                lock.id
            );
            match self.call(Method::Get, &path, &[], None).await {
                Ok(v) => {
                    let keys = wire::list(&v, "unlock_keys");
                    return Ok(keys.into_iter().map(|k| key_of(k, member)).collect());
                }
                Err(
                    e @ Error::Service {
                        code: 2006 | 2010, ..
                    },
                ) => last = Some(e),
                Err(e) if absent(&e) => return Ok(vec![]),
                Err(e) => return Err(e),
            }
        }
        last.map_or(Ok(vec![]), Err)
    }
}

#[async_trait]
impl MemberOps for OpenApi {
    fn keeps_member_access(&self, _lock: &Lock) -> bool {
        false
    }

    async fn family_members(&self, lock: &Lock) -> Result<Vec<Member>> {
        let mut out = vec![];
        for u in self.lock_users(lock).await? {
            let id = wire::s(&u, "user_id");
            let methods = if id.is_empty() {
                vec![]
            } else {
                self.methods_of(lock, &id).await?
            };
            out.push(member_of(&u, lock, methods));
        }
        Ok(out)
    }

    async fn panel_members(&self, _lock: &Lock, _page: Page) -> Result<Vec<Member>> {
        Err(unsupported("member list --panel"))
    }

    async fn member_count(&self, lock: &Lock) -> Result<MemberCount> {
        let n = self.lock_users(lock).await?.len() as u64;
        Ok(MemberCount {
            family: n,
            panel: 0,
        })
    }

    async fn me(&self, _lock: &Lock) -> Result<Member> {
        Err(unsupported("member me"))
    }

    async fn member(&self, lock: &Lock, id: &str) -> Result<Member> {
        let all = self.family_members(lock).await?;
        all.into_iter()
            .find(|m| m.id == id)
            .ok_or_else(|| Error::Invalid(format!("the lock has no member with id {id}")))
    }

    async fn add_member(&self, lock: &Lock, new: &NewMember) -> Result<Member> {
        if new.access.is_some() || !new.allow.is_empty() {
            return Err(Error::Invalid(
                "the openapi backend keeps no member validity or permissions: add the member without --from/--to/--weekdays/--allow".into(),
            ));
        }
        if new.name.trim().is_empty() || new.name.chars().count() > 32 {
            return Err(Error::Invalid(
                "a member's name has 1 to 32 characters here".into(),
            ));
        }
        let existing = self.lock_users(lock).await?;
        self.take_raw();
        if !new.allow_duplicate_name {
            if let Some(u) = existing
                .iter()
                .find(|u| wire::s(u, "nick_name") == new.name)
            {
                return Err(Error::AlreadyExists {
                    what: "a member".into(),
                    name: new.name.clone(),
                    id: wire::s(u, "user_id"),
                });
            }
        }
        let body = json!({ "nick_name": new.name, "sex": 1 });
        let path = format!("/v1.0/devices/{}/user", lock.id);
        let v = match self.send_write(Method::Post, &path, Some(&body)).await? {
            Sent::Answer(v) => v,
            Sent::Lost(reason) => return self.add_lost(lock, &new.name, &existing, reason).await,
        };
        let id = match &v {
            Value::Object(_) => wire::s(&v, "user_id"),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        Ok(member_of(
            &json!({ "user_id": id, "nick_name": new.name }),
            lock,
            vec![],
        ))
    }

    async fn update_member(&self, lock: &Lock, id: &str, change: &MemberChange) -> Result<Done> {
        check_id("the member id", id)?;
        if change.access.is_some() || !change.allow.is_empty() {
            return Err(Error::Invalid("the openapi backend keeps no member validity or permissions: only --name can change".into()));
        }
        let Some(name) = &change.name else {
            return Err(Error::Invalid("nothing to change: pass --name".into()));
        };
        let body = json!({ "nick_name": name, "sex": 1 });
        let path = format!("/v1.0/devices/{}/users/{id}", lock.id);
        let done = Self::done(lock, "member update", Some(id));
        match self.send_write(Method::Put, &path, Some(&body)).await? {
            Sent::Answer(_) => Ok(done),
            Sent::Lost(reason) => {
                let what = format!("member update {id}");
                settle(&what, reason, users_check(lock), || async {
                    let users = self.lock_users(lock).await?;
                    let renamed = users
                        .iter()
                        .any(|u| wire::s(u, "user_id") == id && wire::s(u, "nick_name") == *name);
                    Ok(renamed.then(|| done.clone()))
                })
                .await
            }
        }
    }

    async fn remove_member(&self, lock: &Lock, id: &str) -> Result<Done> {
        check_id("the member id", id)?;
        let path = format!("/v1.0/devices/{}/users/{id}", lock.id);
        let done = Self::done(lock, "member remove", Some(id));
        match self.send_write(Method::Delete, &path, None).await? {
            Sent::Answer(_) => Ok(done),
            Sent::Lost(reason) => {
                let what = format!("member remove {id}");
                settle(&what, reason, users_check(lock), || async {
                    let users = self.lock_users(lock).await?;
                    let gone = !users.iter().any(|u| wire::s(u, "user_id") == id);
                    Ok(gone.then(|| done.clone()))
                })
                .await
            }
        }
    }

    async fn upgrade_member(&self, _: &Lock, _: &str) -> Result<Done> {
        Err(unsupported("member upgrade"))
    }

    async fn lock_user_id(&self, _: &Lock, _: &str) -> Result<LockUserId> {
        Err(unsupported("member lock-id"))
    }

    async fn share_member(&self, _: &Lock, _: &str, _: &Account) -> Result<Done> {
        Err(unsupported("member share"))
    }

    async fn unshare_member(&self, _: &Lock, _: &str) -> Result<Done> {
        Err(unsupported("member unshare"))
    }

    async fn freeze_member(&self, _: &Lock, _: &str, freeze: bool) -> Result<Done> {
        Err(unsupported(if freeze {
            "member freeze"
        } else {
            "member unfreeze"
        }))
    }

    async fn unlock_methods(&self, lock: &Lock, member: &str) -> Result<Vec<UnlockMethod>> {
        let m = self.methods_of(lock, member).await?;
        if let Ok(v) = serde_json::to_value(&m) {
            self.keep(&v);
        }
        Ok(m)
    }

    async fn method_settings(&self, _: &Lock, _: &str) -> Result<MethodSettings> {
        Err(unsupported("opmode show"))
    }

    async fn method_counts(&self, lock: &Lock, member: &str) -> Result<Vec<MethodCount>> {
        let methods = self.methods_of(lock, member).await?;
        let mut counts: Vec<MethodCount> = vec![];
        for m in methods {
            match counts.iter_mut().find(|c| c.kind == m.kind) {
                Some(c) => c.count += 1,
                None => counts.push(MethodCount {
                    kind: m.kind,
                    count: 1,
                }),
            }
        }
        Ok(counts)
    }

    async fn add_method(
        &self,
        _: &Lock,
        _: &str,
        _: &UnlockId,
        _: Option<&str>,
    ) -> Result<UnlockMethod> {
        Err(unsupported("opmode add"))
    }

    async fn rename_method(&self, _: &Lock, _: &str, _: &str) -> Result<Done> {
        Err(unsupported("opmode rename"))
    }

    fn check_method_ref(&self, _: &Lock, _: &MethodRef) -> Result<()> {
        Err(unsupported("opmode remove"))
    }

    async fn remove_method(&self, _: &Lock, _: &MethodRef) -> Result<Done> {
        Err(unsupported("opmode remove"))
    }

    async fn unassigned_methods(&self, _: &Lock) -> Result<Vec<UnlockMethod>> {
        Err(unsupported("opmode unassigned"))
    }

    async fn methods_pending(&self, _: &Lock) -> Result<PendingMethods> {
        Err(unsupported("opmode pending"))
    }

    async fn assign_methods(&self, _: &Lock, _: &str, _: &[UnlockId]) -> Result<Done> {
        Err(unsupported("opmode assign"))
    }

    async fn bind_records(&self, _: &Lock, _: &str, _: &[UnlockId]) -> Result<Done> {
        Err(unsupported("opmode bind-records"))
    }

    async fn set_duress(&self, _: &Lock, _: &UnlockId, duress: bool) -> Result<Done> {
        Err(unsupported(if duress {
            "opmode hijack set"
        } else {
            "opmode hijack unset"
        }))
    }
}

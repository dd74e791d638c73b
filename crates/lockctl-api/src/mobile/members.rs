//! The mobile gateway's side of [`crate::ops::MemberOps`]: members.
//!
//! Wi-Fi locks list members without validity or account status and add them through the
//! history-user action (answering the new id); Bluetooth and Zigbee locks keep a validity window
//! and permissions per member and answer an add with a bare `true`, so the new member is found by
//! name in the member lists afterwards ([`add`]).

mod add;
mod codec;
mod fetch;
mod methods;

use crate::clock;
use async_trait::async_trait;
use serde_json::json;

use crate::error::{Check, Error, Result};
use crate::kind::Kind;
use crate::lock::Lock;
use crate::mobile::wire::{int, text};
use crate::mobile::writes::shown;
use crate::mobile::Mobile;
use crate::model::{Done, UnlockKind};
use crate::ops::members::{
    Account, LockUserId, Member, MemberChange, MemberCount, MemberOps, MethodCount, MethodRef,
    MethodSettings, NewMember, Page, PendingMethods, Role, UnlockId, UnlockMethod,
};

fn done(lock: &Lock, action: &str, id: &str) -> Done {
    Done {
        lock: lock.id.clone(),
        action: action.to_string(),
        id: Some(id.to_string()),
    }
}

/// Whether `shown` (the cloud's `shareUser`) is the account `given`: an email in any case, a
/// phone number with or without its `+` and country code.
fn same_account(shown: &str, given: &str) -> bool {
    let norm = |s: &str| s.trim().trim_start_matches('+').to_lowercase();
    let (a, b) = (norm(shown), norm(given));
    let phone = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    a == b || (phone(&a) && phone(&b) && (a.ends_with(&b) || b.ends_with(&a)))
}

/// `opMode`: the DPs of the allowed unlock kinds, comma separated; None when all are allowed.
fn op_mode(allow: &[UnlockKind]) -> Result<Option<String>> {
    if allow.is_empty() {
        return Ok(None);
    }
    let dps = allow
        .iter()
        .map(|k| {
            crate::model::dp_of_unlock_kind(*k)
                .map(|d| d.to_string())
                .ok_or_else(|| Error::Invalid(format!("`{}` cannot be allowed", k.as_str())))
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Some(dps.join(",")))
}

impl Mobile {
    /// Members read from a list answer, each with their unlock methods.
    async fn with_methods(&self, lock: &Lock, mut members: Vec<Member>) -> Result<Vec<Member>> {
        let ids: Vec<String> = members.iter().map(|m| m.id.clone()).collect();
        let methods = fetch::methods_of_each(&self.client, lock, &ids).await?;
        for (m, ms) in members.iter_mut().zip(methods) {
            m.unlock_methods = ms;
        }
        Ok(members)
    }

    /// Member `id` as the member lists show it now (None: not listed). A lost answer's read-back.
    async fn listed(&self, lock: &Lock, id: &str) -> Result<Option<Member>> {
        let all = add::everyone(self, lock).await?;
        Ok(all.into_iter().find(|x| x.id == id.trim()))
    }

    /// A member write whose answer carries nothing: when it is lost, the member lists are read
    /// back and `changed` says whether member `id` reads as the write leaves it (`Some(false)`:
    /// not applied, `None`: cannot tell, "may have landed").
    async fn member_write<C>(
        &self,
        lock: &Lock,
        verb: &str,
        id: &str,
        pd: serde_json::Value,
        changed: C,
    ) -> Result<Done>
    where
        C: Fn(Option<&Member>) -> Option<bool>,
    {
        let what = format!("{verb} {id}");
        let check = Check::Members {
            lock: lock.id.clone(),
        };
        let probe = || async {
            let m = self.listed(lock, id).await?;
            changed(m.as_ref()).map(shown).ok_or_else(|| {
                Error::Invalid(match m {
                    None => format!("member {id} is not listed"),
                    Some(_) => format!("member {id} does not read as changed"),
                })
            })
        };
        self.write_settled(lock, verb, pd, what, check, probe)
            .await?;
        Ok(done(lock, verb, id))
    }

    /// The account panel member `id` is shared to, as the panel list's `shareUser` shows it
    /// (empty: none); None when the member is not listed. The models leave the field out.
    async fn shared_to(&self, lock: &Lock, id: &str) -> Result<Option<String>> {
        let page = Page {
            offset: 0,
            limit: 200,
            all: true,
        };
        let read = |v: &serde_json::Value| Some((text(v, "userId"), text(v, "shareUser")));
        let all = fetch::panel_pages_as(self, lock, page, false, read).await?;
        Ok(all
            .into_iter()
            .find(|(u, _)| u == id.trim())
            .map(|(_, s)| s.trim().to_string()))
    }

    /// `member share` / `unshare`: when the answer is lost, the panel list is read back and
    /// `changed` says whether the member's account reads as the write leaves it.
    async fn share_write<C>(
        &self,
        lock: &Lock,
        verb: &str,
        id: &str,
        pd: serde_json::Value,
        changed: C,
    ) -> Result<Done>
    where
        C: Fn(&str) -> Option<bool>,
    {
        let what = format!("{verb} {id}");
        let check = Check::Shares {
            lock: lock.id.clone(),
        };
        let probe = || async {
            match self.shared_to(lock, id).await? {
                None => Err(Error::Invalid(format!("member {id} is not listed"))),
                Some(s) => changed(&s)
                    .map(shown)
                    .ok_or_else(|| Error::Invalid(format!("member {id} reads as shared to `{s}`"))),
            }
        };
        self.write_settled(lock, verb, pd, what, check, probe)
            .await?;
        Ok(done(lock, verb, id))
    }

    fn refuse_access(lock: &Lock, access: bool, allow: bool) -> Result<()> {
        if lock.kind == Kind::Wifi && (access || allow) {
            return Err(Error::Invalid(
                "Wi-Fi locks keep no member validity or permissions".into(),
            ));
        }
        Ok(())
    }
}

#[async_trait]
impl MemberOps for Mobile {
    fn keeps_member_access(&self, lock: &Lock) -> bool {
        lock.kind != Kind::Wifi
    }

    async fn family_members(&self, lock: &Lock) -> Result<Vec<Member>> {
        let members = fetch::family(self, lock, true).await?;
        self.with_methods(lock, members).await
    }

    async fn panel_members(&self, lock: &Lock, page: Page) -> Result<Vec<Member>> {
        let members = fetch::panel_pages(self, lock, page, true).await?;
        self.with_methods(lock, members).await
    }

    async fn member_count(&self, lock: &Lock) -> Result<MemberCount> {
        if Mobile::entry(lock, "member count").is_ok() {
            let r = self
                .send(lock, "member count", json!({ "devId": lock.id }))
                .await?;
            let n = |k| int(&r, k).unwrap_or(0).max(0) as u64;
            return Ok(MemberCount {
                family: n("familyUser"),
                panel: n("panelUser"),
            });
        }
        // No count action: counted from the two lists.
        let family = fetch::family(self, lock, true).await?;
        let page = Page {
            offset: 0,
            limit: 200,
            all: true,
        };
        let panel = fetch::panel_pages(self, lock, page, true).await?;
        Ok(MemberCount {
            family: family.len() as u64,
            panel: panel.len() as u64,
        })
    }

    async fn me(&self, lock: &Lock) -> Result<Member> {
        let raw = self
            .send(lock, "member me", json!({ "devId": lock.id }))
            .await?;
        let mut m = codec::member(&raw, lock, clock::now());
        m.unlock_methods = fetch::methods(&self.client, lock, &m.id).await?.0;
        Ok(m)
    }

    async fn member(&self, lock: &Lock, id: &str) -> Result<Member> {
        let pd = json!({ "devId": lock.id, "userId": id });
        let raw = self.send(lock, "member show", pd).await?;
        let mut m = codec::member(&raw, lock, clock::now());
        m.unlock_methods = if lock.kind == Kind::Wifi {
            codec::detail_methods(&raw, id)
        } else {
            fetch::methods(&self.client, lock, id).await?.0
        };
        Ok(m)
    }

    async fn add_member(&self, lock: &Lock, new: &NewMember) -> Result<Member> {
        Self::refuse_access(lock, new.access.is_some(), !new.allow.is_empty())?;
        add::add(self, lock, new).await
    }

    async fn update_member(&self, lock: &Lock, id: &str, change: &MemberChange) -> Result<Done> {
        Mobile::entry(lock, "member update")?;
        let mut pd = json!({ "devId": lock.id, "userId": id });
        if let Some(n) = &change.name {
            pd["userName"] = json!(n);
        }
        if let Some(o) = op_mode(&change.allow)? {
            pd["opMode"] = json!(o);
        }
        if let Some(a) = &change.access {
            let (t, s) = codec::encode_access(a)?;
            pd["timeSetType"] = json!(t.to_string());
            pd["timeSet"] = json!(s);
            pd["timeZone"] = json!(lock.zone_name());
        }
        // Only a name can be compared as read back: a change of the name alone that does not
        // read as made was not applied; a change of the access or permissions stays unknown.
        let name_only = change.access.is_none() && change.allow.is_empty();
        let changed = |m: Option<&Member>| match (m, &change.name) {
            (Some(m), Some(n)) if name_only => Some(&m.name == n),
            _ => None,
        };
        self.member_write(lock, "member update", id, pd, changed)
            .await
    }

    async fn remove_member(&self, lock: &Lock, id: &str) -> Result<Done> {
        let pd = json!({ "devId": lock.id, "userId": id });
        // Removed when the lists no longer show the member.
        self.member_write(lock, "member remove", id, pd, |m| Some(m.is_none()))
            .await
    }

    async fn upgrade_member(&self, lock: &Lock, id: &str) -> Result<Done> {
        let pd = json!({ "devId": lock.id, "userId": id });
        let changed = |m: Option<&Member>| m.map(|m| m.role == Role::Family);
        self.member_write(lock, "member upgrade", id, pd, changed)
            .await
    }

    async fn lock_user_id(&self, lock: &Lock, id: &str) -> Result<LockUserId> {
        let pd = json!({ "devId": lock.id, "userId": id });
        let r = self.send(lock, "member lock-id", pd).await?;
        Ok(LockUserId {
            member: id.to_string(),
            lock_user_id: codec::scalar(&r),
        })
    }

    async fn share_member(&self, lock: &Lock, id: &str, to: &Account) -> Result<Done> {
        let pd = json!({ "devId": lock.id, "countryCode": to.country_code, "userAccount": to.account, "shareUserId": id });
        // Shared when the panel list names this account; not when it names none. Another
        // account may be one the member had before, or this one as the cloud spells it.
        let changed = |shared: &str| match shared {
            "" => Some(false),
            s if same_account(s, &to.account) => Some(true),
            _ => None,
        };
        self.share_write(lock, "member share", id, pd, changed)
            .await
    }

    async fn unshare_member(&self, lock: &Lock, id: &str) -> Result<Done> {
        let pd = json!({ "devId": lock.id, "shareUserId": id });
        let changed = |shared: &str| Some(shared.is_empty());
        self.share_write(lock, "member unshare", id, pd, changed)
            .await
    }

    async fn freeze_member(&self, lock: &Lock, id: &str, freeze: bool) -> Result<Done> {
        let verb = if freeze {
            "member freeze"
        } else {
            "member unfreeze"
        };
        // `operate` 0 freezes, 1 unfreezes.
        let pd = json!({ "devId": lock.id, "userId": id, "operate": if freeze { 0 } else { 1 } });
        let changed = |m: Option<&Member>| m.map(|m| m.frozen == freeze);
        self.member_write(lock, verb, id, pd, changed).await
    }

    async fn unlock_methods(&self, lock: &Lock, member: &str) -> Result<Vec<UnlockMethod>> {
        let (methods, raw) = fetch::methods(&self.client, lock, member).await?;
        self.keep_raw(&raw);
        Ok(methods)
    }

    async fn method_settings(&self, lock: &Lock, member: &str) -> Result<MethodSettings> {
        methods::settings(self, lock, member).await
    }

    async fn method_counts(&self, lock: &Lock, member: &str) -> Result<Vec<MethodCount>> {
        methods::counts(self, lock, member).await
    }

    async fn add_method(
        &self,
        lock: &Lock,
        member: &str,
        unlock: &UnlockId,
        name: Option<&str>,
    ) -> Result<UnlockMethod> {
        methods::add(self, lock, member, unlock, name).await
    }

    async fn rename_method(&self, lock: &Lock, id: &str, name: &str) -> Result<Done> {
        methods::rename(self, lock, id, name).await
    }

    async fn remove_method(&self, lock: &Lock, method: &MethodRef) -> Result<Done> {
        methods::remove(self, lock, method).await
    }

    fn check_method_ref(&self, lock: &Lock, method: &MethodRef) -> Result<()> {
        methods::check_ref(lock, method).map(|_| ())
    }

    async fn unassigned_methods(&self, lock: &Lock) -> Result<Vec<UnlockMethod>> {
        let r = self
            .send_text(lock, "opmode unassigned", json!({ "devId": lock.id }))
            .await?;
        let methods = codec::unassigned(&r);
        self.keep_raw_text(r);
        Ok(methods)
    }

    async fn methods_pending(&self, lock: &Lock) -> Result<PendingMethods> {
        let r = self
            .send(lock, "opmode pending", json!({ "devId": lock.id }))
            .await?;
        Ok(PendingMethods {
            pending: codec::truth(&r),
        })
    }

    async fn assign_methods(&self, lock: &Lock, member: &str, ids: &[UnlockId]) -> Result<Done> {
        methods::with_ids(self, lock, "opmode assign", member, ids).await
    }

    async fn bind_records(&self, lock: &Lock, member: &str, ids: &[UnlockId]) -> Result<Done> {
        methods::with_ids(self, lock, "opmode bind-records", member, ids).await
    }

    async fn set_duress(&self, lock: &Lock, unlock: &UnlockId, duress: bool) -> Result<Done> {
        methods::duress(self, lock, unlock, duress).await
    }
}

//! Lock members: family members (the administrator and members with an account) and panel
//! members (people known only to the lock), their validity, freezing and sharing.

use super::{invalid, Access, Lock, Member, World, WorldError, WorldResult};

/// A member the administrator adds (always a panel member: no account yet).
#[derive(Debug, Clone, Default)]
pub struct NewMember {
    pub name: String,
    pub avatar_url: String,
    /// The DPs the member may open with, comma separated (empty: all).
    pub op_mode: String,
    /// Validity: 10 permanent (the default, with an empty `time_set`), 20 window, 30 recurring.
    pub time_type: Option<i64>,
    pub time_set: String,
    pub sex: String,
    pub birthday: String,
    pub height: i64,
}

/// Changes to a member; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct MemberUpdate {
    pub name: Option<String>,
    pub avatar_url: Option<String>,
    pub op_mode: Option<String>,
    pub time_zone: Option<String>,
    pub time_type: Option<i64>,
    pub time_set: Option<String>,
}

/// A member's display name: 1 to 32 characters once trimmed.
pub fn check_name(name: &str) -> WorldResult<String> {
    let n = name.trim();
    if n.is_empty() || n.chars().count() > 32 {
        return invalid("name must be 1 to 32 characters");
    }
    Ok(n.to_string())
}

fn be(b: &[u8]) -> i64 {
    b.iter().fold(0i64, |a, x| a << 8 | *x as i64)
}

/// Check a validity setting: `time_type` with its hex `time_set` (layout in docs/decisions.md,
/// "Member validity").
pub fn check_time_set(time_type: i64, time_set: &str) -> WorldResult<()> {
    let Ok(bytes) = hex::decode(time_set) else {
        return invalid("timeSet must be hex");
    };
    match time_type {
        10 if bytes.is_empty() => Ok(()),
        20 | 30 => {
            let want = if time_type == 20 { 8 } else { 13 };
            if bytes.len() != want {
                return invalid(format!(
                    "timeSet for timeType {time_type} must be {} hex chars",
                    want * 2
                ));
            }
            if be(&bytes[0..4]) >= be(&bytes[4..8]) {
                return invalid("timeSet ends before it starts");
            }
            if time_type == 30 {
                let days = bytes[8];
                let (from, to) = (be(&bytes[9..11]), be(&bytes[11..13]));
                if days == 0 || days > 0x7f || from >= to || to > 1440 {
                    return invalid("timeSet names no weekday or a bad daily time");
                }
            }
            Ok(())
        }
        10 => invalid("a permanent member takes an empty timeSet"),
        _ => invalid("timeType must be 10, 20 or 30"),
    }
}

/// Whether a member's validity admits the instant `at` (lock time zone `tz`).
pub fn member_valid(m: &Member, at: i64, tz: &str) -> bool {
    let Ok(b) = hex::decode(&m.time_set) else {
        return true;
    };
    match (m.time_type, b.len()) {
        (20, 8) => be(&b[0..4]) <= at && at < be(&b[4..8]),
        (30, 13) => {
            let s = super::Schedule {
                all_day: false,
                effective_time: be(&b[9..11]),
                invalid_time: be(&b[11..13]),
                working_day: b[8] as i64,
            };
            be(&b[0..4]) <= at && at < be(&b[4..8]) && super::schedule_admits(&[s], at, tz)
        }
        _ => true,
    }
}

fn next_lock_user_id(l: &Lock) -> i64 {
    l.members.iter().map(|m| m.lock_user_id).max().unwrap_or(0) + 1
}

impl World {
    /// The members of a lock the caller sees.
    pub fn members(&self, dev_id: &str, uid: &str) -> WorldResult<&[Member]> {
        Ok(&self.lock_as(dev_id, uid, Access::View)?.members)
    }

    /// The member bound to the caller's account.
    pub fn my_member(&self, dev_id: &str, uid: &str) -> WorldResult<&Member> {
        self.lock_as(dev_id, uid, Access::View)?
            .member_of_account(uid)
            .ok_or_else(|| WorldError::PermissionDenied("you are not a member of this lock".into()))
    }

    /// Add a panel member; answers its user id.
    pub fn add_member(&mut self, dev_id: &str, uid: &str, new: NewMember) -> WorldResult<String> {
        self.lock_as(dev_id, uid, Access::Admin)?;
        let name = check_name(&new.name)?;
        let time_type = new.time_type.unwrap_or(10);
        let time_set = new.time_set.to_ascii_lowercase();
        check_time_set(time_type, &time_set)?;
        let id = self.next_id().to_string();
        let clock = self.clock;
        let l = self.admin_lock(dev_id, uid)?;
        let mut m = Member::new(id.clone(), next_lock_user_id(l), name, 30);
        m.avatar_url = new.avatar_url;
        m.op_mode = new.op_mode;
        m.time_type = time_type;
        m.time_set = time_set;
        m.sex = new.sex;
        m.birthday = new.birthday;
        m.height = new.height;
        m.modified = clock;
        let wifi = l.is_wifi();
        l.members.push(m);
        if !wifi {
            let target = super::delivery::Target::Member {
                user_id: id.clone(),
            };
            self.track(dev_id, target, super::delivery::Change::Add, self.clock);
        }
        Ok(id)
    }

    /// Change a member. A new validity is checked whole: a permanent member drops its setting.
    pub fn update_member(
        &mut self,
        dev_id: &str,
        uid: &str,
        user_id: &str,
        up: MemberUpdate,
    ) -> WorldResult<()> {
        self.lock_as(dev_id, uid, Access::Admin)?;
        let name = up.name.as_deref().map(check_name).transpose()?;
        let time_set = up.time_set.map(|s| s.to_ascii_lowercase());
        let m = self.admin_lock(dev_id, uid)?.find_member_mut(user_id)?;
        let tt = up.time_type.unwrap_or(m.time_type);
        let ts = time_set.clone().unwrap_or_else(|| {
            if tt == 10 {
                String::new()
            } else {
                m.time_set.clone()
            }
        });
        if up.time_type.is_some() || time_set.is_some() {
            check_time_set(tt, &ts)?;
        }
        if let Some(n) = name {
            m.nick_name = n;
        }
        if let Some(a) = up.avatar_url {
            m.avatar_url = a;
        }
        if let Some(o) = up.op_mode {
            m.op_mode = o;
        }
        if let Some(z) = up.time_zone {
            m.time_zone = z;
        }
        m.time_type = tt;
        m.time_set = ts;
        Ok(())
    }

    /// Remove a member and its unlock methods; the administrator stays.
    pub fn remove_member(&mut self, dev_id: &str, uid: &str, user_id: &str) -> WorldResult<()> {
        let l = self.admin_lock(dev_id, uid)?;
        if l.find_member(user_id)?.user_type == 10 {
            return invalid("the lock's administrator cannot be removed");
        }
        l.members.retain(|m| m.user_id != user_id);
        l.opmodes.retain(|o| o.user_id.as_deref() != Some(user_id));
        Ok(())
    }

    /// Make a panel member a family member.
    pub fn upgrade_member(&mut self, dev_id: &str, uid: &str, user_id: &str) -> WorldResult<()> {
        let m = self.admin_lock(dev_id, uid)?.find_member_mut(user_id)?;
        if m.user_type != 30 {
            return invalid("only a panel member can be upgraded");
        }
        m.user_type = 20;
        Ok(())
    }

    /// Freeze (`frozen`) or unfreeze a member and all its unlock methods.
    pub fn set_member_frozen(
        &mut self,
        dev_id: &str,
        uid: &str,
        user_id: &str,
        frozen: bool,
    ) -> WorldResult<()> {
        let l = self.admin_lock(dev_id, uid)?;
        let m = l.find_member_mut(user_id)?;
        if m.user_type == 10 && frozen {
            return invalid("the administrator cannot be frozen");
        }
        m.phase = if frozen { 0 } else { 1 };
        for o in l
            .opmodes
            .iter_mut()
            .filter(|o| o.user_id.as_deref() == Some(user_id))
        {
            o.phase = if frozen { 3 } else { 1 };
        }
        Ok(())
    }

    pub fn freeze_member(&mut self, dev_id: &str, uid: &str, user_id: &str) -> WorldResult<()> {
        self.set_member_frozen(dev_id, uid, user_id, true)
    }

    /// Share a panel member to an account, named by email or phone. An account the cloud knows
    /// joins at once (and sees the lock); another waits to join.
    pub fn share_member(
        &mut self,
        dev_id: &str,
        uid: &str,
        user_id: &str,
        account: &str,
    ) -> WorldResult<()> {
        self.lock_as(dev_id, uid, Access::Admin)?;
        let found = self.account_named(account).map(|a| a.uid.clone());
        let relation = self.next_id();
        let l = self.admin_lock(dev_id, uid)?;
        let m = l.find_member_mut(user_id)?;
        if m.user_type != 30 {
            return invalid("only a panel member can be shared to an account");
        }
        m.share_account = account.to_string();
        m.share_relation_id = relation;
        m.status = if found.is_some() { 1 } else { 2 };
        m.account_uid = found.clone();
        if let Some(acc) = found {
            if l.owner != acc && !l.shared_with.contains(&acc) {
                l.shared_with.push(acc);
            }
        }
        Ok(())
    }

    /// End a member's sharing; its account loses the lock unless bound to another member.
    pub fn unshare_member(&mut self, dev_id: &str, uid: &str, user_id: &str) -> WorldResult<()> {
        let l = self.admin_lock(dev_id, uid)?;
        let m = l.find_member_mut(user_id)?;
        if m.share_account.is_empty() && m.account_uid.is_none() {
            return invalid("this member is not shared");
        }
        let acc = m.account_uid.take();
        m.share_account.clear();
        m.share_relation_id = 0;
        m.status = 1;
        if let Some(acc) = acc {
            if l.member_of_account(&acc).is_none() {
                l.shared_with.retain(|u| *u != acc);
            }
        }
        Ok(())
    }
}

//! Unlock methods: credentials enrolled at the lock (named `<dpId>-<n>`), assigned to members or
//! waiting to be assigned.

use super::{dp, invalid, Access, Lock, OpMode, World, WorldError, WorldResult};

/// An unlock method's name at the lock: its DP and its number there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnlockId {
    pub dp_id: u32,
    /// Up to 4 digits, as written (`12-2` and `12-02` name the same credential).
    pub n: String,
}

impl UnlockId {
    /// Parse `DP-N` (N: 1 to 4 digits).
    pub fn parse(s: &str) -> Option<UnlockId> {
        let (d, n) = s.trim().split_once('-')?;
        let dp_id: u32 = d.parse().ok()?;
        if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) || n.len() > 4 {
            return None;
        }
        Some(UnlockId {
            dp_id,
            n: n.to_string(),
        })
    }

    /// Whether this names the method `o` (or a record of its DP and value).
    pub fn names(&self, dp_id: u32, value: &str) -> bool {
        self.dp_id == dp_id && same_value(value, &self.n)
    }
}

impl std::fmt::Display for UnlockId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.dp_id, self.n)
    }
}

/// `2` and `02` are the same number.
pub fn same_value(a: &str, b: &str) -> bool {
    a.trim_start_matches('0') == b.trim_start_matches('0')
}

impl Lock {
    /// The method with this DP and number.
    pub fn opmode_mut(&mut self, id: &UnlockId) -> Option<&mut OpMode> {
        self.opmodes
            .iter_mut()
            .find(|o| id.names(o.dp_id, &o.value))
    }

    /// The enrolled methods nobody has yet.
    pub fn unassigned(&self) -> impl Iterator<Item = &OpMode> {
        self.opmodes.iter().filter(|o| o.user_id.is_none())
    }
}

fn check_member(l: &Lock, user_id: &str) -> WorldResult<String> {
    l.find_member(user_id).map(|m| m.user_id.clone())
}

impl World {
    /// A member's unlock methods, as the caller sees them.
    pub fn member_opmodes(
        &self,
        dev_id: &str,
        uid: &str,
        user_id: &str,
    ) -> WorldResult<Vec<&OpMode>> {
        let l = self.lock_as(dev_id, uid, Access::View)?;
        let user = check_member(l, user_id)?;
        Ok(l.opmodes
            .iter()
            .filter(|o| o.user_id.as_deref() == Some(user.as_str()))
            .collect())
    }

    /// Give a member the method `id` (enrolling it if the lock has no such method yet); an empty
    /// name becomes `<dp>_<count+1>`. Answers the method's id and name.
    pub fn add_opmode(
        &mut self,
        dev_id: &str,
        uid: &str,
        user_id: &str,
        id: &UnlockId,
        name: &str,
    ) -> WorldResult<(i64, String)> {
        self.lock_as(dev_id, uid, Access::Admin)?;
        let d = id.dp_id;
        if !dp::UNLOCK_METHODS.contains(&d) {
            return invalid(format!("DP {d} is not an unlock method of this lock"));
        }
        let new_id = self.next_id();
        let clock = self.clock;
        let l = self.admin_lock(dev_id, uid)?;
        let user = check_member(l, user_id)?;
        let count = l.opmodes.iter().filter(|o| o.dp_id == d).count();
        let name = if name.is_empty() {
            format!("{d}_{}", count + 1)
        } else {
            name.to_string()
        };
        if let Some(o) = l.opmode_mut(id) {
            if o.user_id.as_deref().is_some_and(|u| u != user) {
                return invalid(format!("unlockId {id} belongs to another member"));
            }
            o.user_id = Some(user);
            o.unlock_name = name.clone();
            let op_mode_id = o.op_mode_id;
            self.track_method(dev_id, op_mode_id);
            return Ok((op_mode_id, name));
        }
        l.opmodes.push(OpMode {
            op_mode_id: new_id,
            user_id: Some(user),
            dp_id: d,
            value: id.n.clone(),
            unlock_name: name.clone(),
            unlock_attr: 0,
            phase: 1,
            unlock_status: 20,
            modified: clock,
        });
        self.track_method(dev_id, new_id);
        Ok((new_id, name))
    }

    /// Rename a method; its records in the history take the new name too.
    pub fn rename_opmode(
        &mut self,
        dev_id: &str,
        uid: &str,
        op_mode_id: i64,
        name: &str,
    ) -> WorldResult<()> {
        let l = self.admin_lock(dev_id, uid)?;
        let o = l
            .opmodes
            .iter_mut()
            .find(|o| o.op_mode_id == op_mode_id)
            .ok_or_else(|| WorldError::NotFound(format!("no unlock method {op_mode_id}")))?;
        o.unlock_name = name.to_string();
        let (d, v) = (o.dp_id, o.value.clone());
        for r in l
            .history
            .iter_mut()
            .filter(|r| r.dp_id == d && same_value(&r.dp_value, &v))
        {
            r.unlock_name = name.to_string();
        }
        Ok(())
    }

    /// Delete the method `id` from the lock.
    pub fn remove_opmode(&mut self, dev_id: &str, uid: &str, id: &UnlockId) -> WorldResult<()> {
        let l = self.admin_lock(dev_id, uid)?;
        let before = l.opmodes.len();
        l.opmodes.retain(|o| !id.names(o.dp_id, &o.value));
        if l.opmodes.len() == before {
            return Err(WorldError::NotFound(format!("no unlock method {id}")));
        }
        Ok(())
    }

    /// Delete a member's method by its id.
    pub fn remove_member_opmode(
        &mut self,
        dev_id: &str,
        uid: &str,
        user_id: &str,
        op_mode_id: i64,
    ) -> WorldResult<()> {
        let l = self.admin_lock(dev_id, uid)?;
        let user = check_member(l, user_id)?;
        let before = l.opmodes.len();
        l.opmodes
            .retain(|o| !(o.op_mode_id == op_mode_id && o.user_id.as_deref() == Some(&user)));
        if l.opmodes.len() == before {
            return Err(WorldError::NotFound(format!(
                "member {user} has no unlock method {op_mode_id}"
            )));
        }
        Ok(())
    }

    /// Assign waiting methods to a member: all of them, or none if one is not waiting.
    pub fn allocate_opmodes(
        &mut self,
        dev_id: &str,
        uid: &str,
        user_id: &str,
        ids: &[UnlockId],
    ) -> WorldResult<()> {
        let l = self.admin_lock(dev_id, uid)?;
        let user = check_member(l, user_id)?;
        for id in ids {
            match l.opmode_mut(id) {
                Some(o) if o.user_id.is_none() => {}
                Some(_) => return invalid(format!("{id} is already assigned")),
                None => return invalid(format!("no unlock method {id} waits at this lock")),
            }
        }
        for id in ids {
            if let Some(o) = l.opmode_mut(id) {
                o.user_id = Some(user.clone());
            }
        }
        Ok(())
    }

    /// Attribute the history records of these methods to a member.
    pub fn bind_records(
        &mut self,
        dev_id: &str,
        uid: &str,
        user_id: &str,
        ids: &[UnlockId],
    ) -> WorldResult<()> {
        let l = self.admin_lock(dev_id, uid)?;
        let m = l.find_member(user_id)?;
        let (user, name) = (m.user_id.clone(), m.nick_name.clone());
        for r in l.history.iter_mut() {
            if ids.iter().any(|id| id.names(r.dp_id, &r.dp_value)) {
                r.user_id = user.clone();
                r.user_name = name.clone();
            }
        }
        Ok(())
    }

    /// Mark a method as a duress method (opening with it raises a hijack alarm), or not.
    pub fn set_duress(
        &mut self,
        dev_id: &str,
        uid: &str,
        id: &UnlockId,
        on: bool,
    ) -> WorldResult<()> {
        let l = self.admin_lock(dev_id, uid)?;
        let o = l
            .opmode_mut(id)
            .ok_or_else(|| WorldError::NotFound(format!("no unlock method {id}")))?;
        o.unlock_attr = on as i64;
        Ok(())
    }
}

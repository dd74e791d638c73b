//! Open-door history and alarms (kept newest first), remote opening and the lock's switches.

use super::{dp, Access, Record, World, WorldError, WorldResult};

/// Which records, and which page of them.
#[derive(Debug, Clone, Default)]
pub struct RecordQuery {
    /// Only these DPs (empty or `None`: all).
    pub dp_ids: Option<Vec<u32>>,
    /// Milliseconds, inclusive.
    pub start: Option<i64>,
    pub end: Option<i64>,
    pub offset: usize,
    pub limit: usize,
}

/// One page of records and how many match in all.
pub struct RecordPage<'a> {
    pub dev_id: &'a str,
    pub rows: Vec<&'a Record>,
    pub total: usize,
}

impl RecordQuery {
    fn filtered(&self) -> bool {
        self.dp_ids.as_ref().is_some_and(|d| !d.is_empty())
            || self.start.is_some()
            || self.end.is_some()
    }

    fn matches(&self, r: &Record) -> bool {
        self.dp_ids
            .as_ref()
            .is_none_or(|d| d.is_empty() || d.contains(&r.dp_id))
            && self.start.is_none_or(|s| r.gmt_create >= s)
            && self.end.is_none_or(|e| r.gmt_create <= e)
    }

    fn page<'a>(&self, src: &'a [Record]) -> (Vec<&'a Record>, usize) {
        if self.filtered() {
            let total = src.iter().filter(|r| self.matches(r)).count();
            let rows = src
                .iter()
                .filter(|r| self.matches(r))
                .skip(self.offset)
                .take(self.limit)
                .collect();
            (rows, total)
        } else {
            // Unfiltered pages are a slice: constant time whatever the offset.
            let from = self.offset.min(src.len());
            let to = self.offset.saturating_add(self.limit).min(src.len());
            (src[from..to].iter().collect(), src.len())
        }
    }
}

impl World {
    fn records(
        &self,
        dev_id: &str,
        uid: &str,
        q: &RecordQuery,
        alarms: bool,
    ) -> WorldResult<RecordPage<'_>> {
        let l = self.lock_as(dev_id, uid, Access::View)?;
        let (rows, total) = q.page(if alarms { &l.alarms } else { &l.history });
        Ok(RecordPage {
            dev_id: &l.dev_id,
            rows,
            total,
        })
    }

    /// A page of a lock's open-door history.
    pub fn history(&self, dev_id: &str, uid: &str, q: &RecordQuery) -> WorldResult<RecordPage<'_>> {
        self.records(dev_id, uid, q, false)
    }

    /// A page of a lock's alarms.
    pub fn alarms(&self, dev_id: &str, uid: &str, q: &RecordQuery) -> WorldResult<RecordPage<'_>> {
        self.records(dev_id, uid, q, true)
    }

    /// Mark a lock's alarms read.
    pub fn mark_alarms_read(&mut self, dev_id: &str, uid: &str) -> WorldResult<()> {
        self.lock_as_mut(dev_id, uid, Access::View)?.unread_alarms = 0;
        Ok(())
    }

    /// Open (or lock) the lock from the app; lands in its history under the caller's member.
    pub fn remote_unlock(
        &mut self,
        dev_id: &str,
        uid: &str,
        open: bool,
        now: i64,
    ) -> WorldResult<()> {
        let l = self.lock_as_mut(dev_id, uid, Access::View)?;
        if !l.remote_unlock_allowed {
            return Err(WorldError::RemoteUnlockDisabled);
        }
        if !l.online {
            return Err(WorldError::DeviceOffline);
        }
        l.open = open;
        let (user_id, user_name) = l
            .member_of_account(uid)
            .map(|m| (m.user_id.clone(), m.nick_name.clone()))
            .unwrap_or_default();
        let r = Record {
            uuid: l.record_uuid(l.history.len(), 'r'),
            gmt_create: now * 1000,
            dp_id: dp::REMOTE,
            dp_value: if open { "1".into() } else { "0".into() },
            user_id,
            user_name,
            unlock_name: if open { "remote unlock" } else { "remote lock" }.into(),
            tags: 0,
            status: 1,
        };
        l.history.insert(0, r);
        Ok(())
    }

    /// Switch the voice-assistant password on (with this PIN) or off (`None`).
    pub fn set_voice_password(
        &mut self,
        dev_id: &str,
        uid: &str,
        pin: Option<String>,
    ) -> WorldResult<()> {
        let l = self.lock_as_mut(dev_id, uid, Access::Admin)?;
        l.voice_enabled = pin.is_some();
        l.voice_pin = pin.unwrap_or_default();
        Ok(())
    }

    /// Flip the lock's switches (control API): whether it is online, whether it opens remotely.
    pub fn set_lock_switches(
        &mut self,
        dev_id: &str,
        online: Option<bool>,
        remote_unlock: Option<bool>,
    ) -> WorldResult<()> {
        let l = self.lock_mut(dev_id).ok_or(WorldError::NoSuchLock)?;
        if let Some(o) = online {
            l.online = o;
        }
        if let Some(r) = remote_unlock {
            l.remote_unlock_allowed = r;
        }
        Ok(())
    }
}

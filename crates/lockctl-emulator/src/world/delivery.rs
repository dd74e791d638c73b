//! Delivery: a change made in the cloud reaches its lock later, or never.
//!
//! The cloud accepts a change at once; the lock takes it when it is online, after the world's
//! `delivery_delay` (seconds of the lock clock). Until then the change is pending: an offline
//! lock keeps it pending until it is back online, and the delay counts from then. A lock may
//! refuse changes ([`Refusal`]: every change, or a temporary password beyond its slots): the
//! change then ends failed and stays so until it is changed or removed again.
//!
//! What is delivered (on every kind unless said):
//! - temporary passwords: creation, update, removal (a removed password stays listed, being
//!   deleted, until the lock has dropped it); a password not yet on the lock does not open it;
//! - members of Bluetooth and Zigbee locks: creation (Wi-Fi locks keep members in the cloud);
//! - unlock methods assigned on Bluetooth and Zigbee locks.
//!
//! Other changes (renames, removals of members and methods, freezing) take effect at once.
//! With the lock online, no delay and no refusal, every change is delivered at once, as before.
//!
//! Adapters read where a thing stands with [`World::delivery_state`] and call
//! [`World::settle`] with the lock clock before each request, which delivers what is due.

use serde::{Deserialize, Serialize};

use super::{Lock, World, WorldError, WorldResult};

/// What a change is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Target {
    TempPassword {
        id: i64,
    },
    #[serde(rename_all = "camelCase")]
    Member {
        user_id: String,
    },
    #[serde(rename_all = "camelCase")]
    Method {
        op_mode_id: i64,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Change {
    Add,
    Update,
    Remove,
}

/// A change on its way to a lock, or refused by it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Delivery {
    pub dev_id: String,
    pub target: Target,
    pub change: Change,
    /// Lock-clock time at which the lock will have it; `None` while the lock is offline.
    pub due: Option<i64>,
    /// Why the lock refused it; then it is no longer on its way.
    pub refused: Option<String>,
}

/// Where a change stands; no state means it is on the lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeliveryState {
    /// On its way (or waiting for the lock to come online).
    Pending(Change),
    /// The lock refused it, for this reason.
    Refused { change: Change, reason: String },
}

/// Why a lock refuses changes (control API): a broken lock, or a full one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Refusal {
    /// Refuse every creation and update.
    pub all: bool,
    /// How many temporary passwords the lock holds (`None`: no limit); one more is refused.
    pub temp_password_slots: Option<usize>,
}

/// Why a lock refused a temporary password for want of room.
pub const NO_FREE_SLOT: &str = "no free slot";
/// Why a refusing lock refused a change.
pub const REFUSED: &str = "the lock refused the change";

impl World {
    /// Record a change made in the cloud at `now`: delivered at once when the lock is online
    /// and there is no delay, pending otherwise. A later change to the same thing replaces an
    /// earlier one (an update of a password not yet added is still its addition).
    pub fn track(&mut self, dev_id: &str, target: Target, change: Change, now: i64) {
        let Some(l) = self.lock(dev_id) else {
            return;
        };
        let online = l.online;
        self.stamp(dev_id, &target, now);
        let mut change = change;
        if let Some(i) = self.delivery_index(dev_id, &target) {
            let old = self.deliveries.remove(i);
            if old.change == Change::Add && change == Change::Update {
                change = Change::Add;
            }
        }
        let d = Delivery {
            dev_id: dev_id.to_string(),
            target,
            change,
            due: online.then(|| now.saturating_add(self.delivery_delay)),
            refused: None,
        };
        if online && self.delivery_delay <= 0 {
            self.arrive(d);
        } else {
            if let Some(o) = self.method_mut(&d) {
                o.unlock_status = 10;
            }
            self.deliveries.push(d);
        }
    }

    /// Track a method assigned on a Bluetooth or Zigbee lock (Wi-Fi locks enrol methods
    /// themselves: nothing to deliver).
    pub(crate) fn track_method(&mut self, dev_id: &str, op_mode_id: i64) {
        if self.lock(dev_id).is_some_and(|l| !l.is_wifi()) {
            let now = self.clock;
            self.track(dev_id, Target::Method { op_mode_id }, Change::Add, now);
        }
    }

    /// Keep when the write to `target` was made (what the adapters show as its modify time).
    fn stamp(&mut self, dev_id: &str, target: &Target, now: i64) {
        let Some(l) = self.lock_mut(dev_id) else {
            return;
        };
        match target {
            Target::TempPassword { id } => {
                for p in l.temp_passwords.iter_mut().filter(|p| p.id == *id) {
                    p.modified = now;
                }
            }
            Target::Member { user_id } => {
                for m in l.members.iter_mut().filter(|m| m.user_id == *user_id) {
                    m.modified = now;
                }
            }
            Target::Method { op_mode_id } => {
                for o in l.opmodes.iter_mut().filter(|o| o.op_mode_id == *op_mode_id) {
                    o.modified = now;
                }
            }
        }
    }

    fn delivery_index(&self, dev_id: &str, target: &Target) -> Option<usize> {
        self.deliveries
            .iter()
            .position(|d| d.dev_id == dev_id && d.target == *target)
    }

    /// Where a change to `target` stands (`None`: on the lock, or never tracked).
    pub fn delivery_state(&self, dev_id: &str, target: &Target) -> Option<DeliveryState> {
        let d = &self.deliveries[self.delivery_index(dev_id, target)?];
        Some(match &d.refused {
            Some(reason) => DeliveryState::Refused {
                change: d.change,
                reason: reason.clone(),
            },
            None => DeliveryState::Pending(d.change),
        })
    }

    /// The changes of one lock not on it yet (pending or refused).
    pub fn deliveries_of<'a>(&'a self, dev_id: &'a str) -> impl Iterator<Item = &'a Delivery> {
        self.deliveries.iter().filter(move |d| d.dev_id == dev_id)
    }

    /// Deliver every change that is due at `now` (lock clock); answers whether any was.
    pub fn settle(&mut self, now: i64) -> bool {
        self.clock = now;
        if self.deliveries.is_empty() {
            return false;
        }
        let (due, rest): (Vec<Delivery>, Vec<Delivery>) = std::mem::take(&mut self.deliveries)
            .into_iter()
            .partition(|d| d.refused.is_none() && d.due.is_some_and(|t| t <= now));
        self.deliveries = rest;
        let arrived = !due.is_empty();
        for d in due {
            self.arrive(d);
        }
        arrived
    }

    /// Bring a lock online or take it offline (control API). Changes waiting for it are due
    /// after the delivery delay from `now`; those on their way wait again while it is offline.
    pub fn set_online(&mut self, dev_id: &str, online: bool, now: i64) -> WorldResult<()> {
        let l = self.lock_mut(dev_id).ok_or(WorldError::NoSuchLock)?;
        l.online = online;
        let due = online.then(|| now.saturating_add(self.delivery_delay));
        for d in self
            .deliveries
            .iter_mut()
            .filter(|d| d.dev_id == dev_id && d.refused.is_none())
        {
            d.due = match (d.due, due) {
                (Some(t), Some(_)) => Some(t),
                (_, due) => due,
            };
        }
        self.settle(now);
        Ok(())
    }

    /// Make a lock refuse changes, or accept them again (control API).
    pub fn set_refusal(&mut self, dev_id: &str, refusal: Refusal) -> WorldResult<()> {
        self.lock_mut(dev_id).ok_or(WorldError::NoSuchLock)?.refusal = refusal;
        Ok(())
    }

    /// Whether the temporary password `id` is on the lock (a removal on its way still is).
    pub fn temp_password_on_lock(&self, dev_id: &str, id: i64) -> bool {
        match self.delivery_state(dev_id, &Target::TempPassword { id }) {
            None | Some(DeliveryState::Pending(Change::Remove)) => true,
            Some(DeliveryState::Pending(_)) => false,
            Some(DeliveryState::Refused { change, .. }) => change != Change::Add,
        }
    }

    /// The lock takes the change, or refuses it.
    fn arrive(&mut self, mut d: Delivery) {
        let Some(l) = self.lock(&d.dev_id) else {
            return;
        };
        if let Some(reason) = self.refusal_of(l, &d) {
            d.refused = Some(reason.to_string());
            if let Some(o) = self.method_mut(&d) {
                o.unlock_status = 30;
            }
            self.deliveries.push(d);
            return;
        }
        if let Some(o) = self.method_mut(&d) {
            o.unlock_status = 20;
        }
        if d.change != Change::Remove {
            return;
        }
        if let (Some(l), Target::TempPassword { id }) = (self.lock_mut(&d.dev_id), &d.target) {
            for p in l.temp_passwords.iter_mut().filter(|p| p.id == *id) {
                p.removed = true;
            }
        }
    }

    fn refusal_of(&self, l: &Lock, d: &Delivery) -> Option<&'static str> {
        if d.change == Change::Remove {
            return None;
        }
        if l.refusal.all {
            return Some(REFUSED);
        }
        let (Some(slots), Target::TempPassword { id }, Change::Add) =
            (l.refusal.temp_password_slots, &d.target, d.change)
        else {
            return None;
        };
        let held = l
            .temp_passwords
            .iter()
            .filter(|p| !p.removed && p.id != *id && self.temp_password_on_lock(&l.dev_id, p.id))
            .count();
        (held >= slots).then_some(NO_FREE_SLOT)
    }

    fn method_mut(&mut self, d: &Delivery) -> Option<&mut super::OpMode> {
        let Target::Method { op_mode_id } = d.target else {
            return None;
        };
        self.lock_mut(&d.dev_id)?
            .opmodes
            .iter_mut()
            .find(|o| o.op_mode_id == op_mode_id)
    }
}

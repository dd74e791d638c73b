//! Delivery of changes to locks: offline locks, the delay, refusals.

use super::delivery::{Change, DeliveryState, Refusal, Target, NO_FREE_SLOT, REFUSED};
use super::ids::{BLE_LOCK, DEMO_UID, SEED_EPOCH, WIFI_LOCK};
use super::{seed, NewMember, TempPasswordSpec, UnlockId, World};

const NOW: i64 = SEED_EPOCH + 3600;

fn world() -> World {
    let mut w = seed();
    w.settle(NOW);
    w
}

fn spec(name: &str, pin: &str) -> TempPasswordSpec {
    TempPasswordSpec {
        pin: Some(pin.into()),
        name: Some(name.into()),
        effective_time: Some(NOW - 60),
        invalid_time: Some(NOW + 86400),
        ..TempPasswordSpec::default()
    }
}

fn state(w: &World, dev: &str, id: i64) -> Option<DeliveryState> {
    w.delivery_state(dev, &Target::TempPassword { id })
}

#[test]
fn online_without_delay_is_at_once() {
    let mut w = world();
    let id = w
        .create_temp_password(WIFI_LOCK, DEMO_UID, spec("Guest", "5550001"), NOW)
        .unwrap();
    assert_eq!(state(&w, WIFI_LOCK, id), None);
    assert!(w.deliveries.is_empty());
    w.remove_temp_password(WIFI_LOCK, DEMO_UID, id).unwrap();
    assert!(w
        .lock(WIFI_LOCK)
        .unwrap()
        .temp_passwords
        .iter()
        .any(|p| p.id == id && p.removed));
}

#[test]
fn offline_lock_keeps_changes_pending_until_online_plus_delay() {
    let mut w = world();
    w.delivery_delay = 30;
    w.set_online(WIFI_LOCK, false, NOW).unwrap();
    let id = w
        .create_temp_password(WIFI_LOCK, DEMO_UID, spec("Guest", "5550001"), NOW)
        .unwrap();
    let pending = Some(DeliveryState::Pending(Change::Add));
    assert_eq!(state(&w, WIFI_LOCK, id), pending);
    // A pending password does not open the lock.
    let out = w.open_with_pin(WIFI_LOCK, "5550001", NOW).unwrap();
    assert_eq!(out, super::KeypadOutcome::Refused);
    // An update keeps it an addition.
    let update = TempPasswordSpec {
        name: Some("Guest 2".into()),
        ..TempPasswordSpec::default()
    };
    w.update_temp_password(WIFI_LOCK, DEMO_UID, id, update, NOW)
        .unwrap();
    assert_eq!(state(&w, WIFI_LOCK, id), pending);
    // Time alone delivers nothing while the lock is offline.
    w.settle(NOW + 3600);
    assert_eq!(state(&w, WIFI_LOCK, id), pending);
    w.set_online(WIFI_LOCK, true, NOW + 3600).unwrap();
    w.settle(NOW + 3629);
    assert_eq!(state(&w, WIFI_LOCK, id), pending);
    w.settle(NOW + 3630);
    assert_eq!(state(&w, WIFI_LOCK, id), None);
    assert!(matches!(
        w.open_with_pin(WIFI_LOCK, "5550001", NOW + 3631).unwrap(),
        super::KeypadOutcome::Opened { .. }
    ));
}

#[test]
fn a_removal_is_pending_and_then_the_password_is_gone() {
    let mut w = world();
    w.set_online(BLE_LOCK, false, NOW).unwrap();
    let id = w.lock(BLE_LOCK).unwrap().temp_passwords[0].id;
    w.remove_temp_password(BLE_LOCK, DEMO_UID, id).unwrap();
    assert_eq!(
        state(&w, BLE_LOCK, id),
        Some(DeliveryState::Pending(Change::Remove))
    );
    let p = |w: &World| w.lock(BLE_LOCK).unwrap().temp_passwords[0].removed;
    assert!(!p(&w));
    w.set_online(BLE_LOCK, true, NOW + 10).unwrap();
    assert!(p(&w));
    assert_eq!(state(&w, BLE_LOCK, id), None);
}

#[test]
fn a_full_lock_refuses_one_more_password() {
    let mut w = world();
    // The seeded lock holds one password: one slot is full.
    let full = Refusal {
        temp_password_slots: Some(1),
        ..Refusal::default()
    };
    w.set_refusal(WIFI_LOCK, full).unwrap();
    let id = w
        .create_temp_password(WIFI_LOCK, DEMO_UID, spec("Guest", "5550001"), NOW)
        .unwrap();
    assert_eq!(
        state(&w, WIFI_LOCK, id),
        Some(DeliveryState::Refused {
            change: Change::Add,
            reason: NO_FREE_SLOT.into()
        })
    );
    assert!(!w.temp_password_on_lock(WIFI_LOCK, id));
    // Refused stays refused; removing it frees nothing and ends the entry.
    w.settle(NOW + 86400);
    assert!(state(&w, WIFI_LOCK, id).is_some());
    w.remove_temp_password(WIFI_LOCK, DEMO_UID, id).unwrap();
    assert_eq!(state(&w, WIFI_LOCK, id), None);
}

#[test]
fn members_and_methods_of_bluetooth_locks_are_delivered() {
    let mut w = world();
    w.set_online(BLE_LOCK, false, NOW).unwrap();
    let new = NewMember {
        name: "Guest".into(),
        ..NewMember::default()
    };
    let user = w.add_member(BLE_LOCK, DEMO_UID, new).unwrap();
    let target = Target::Member {
        user_id: user.clone(),
    };
    assert_eq!(
        w.delivery_state(BLE_LOCK, &target),
        Some(DeliveryState::Pending(Change::Add))
    );
    let unlock = UnlockId::parse("12-9").unwrap();
    let (op, _) = w
        .add_opmode(BLE_LOCK, DEMO_UID, &user, &unlock, "Finger")
        .unwrap();
    let status = |w: &World| {
        let l = w.lock(BLE_LOCK).unwrap();
        l.opmodes
            .iter()
            .find(|o| o.op_mode_id == op)
            .unwrap()
            .unlock_status
    };
    assert_eq!(status(&w), 10);
    w.set_refusal(
        BLE_LOCK,
        Refusal {
            all: true,
            ..Refusal::default()
        },
    )
    .unwrap();
    w.set_online(BLE_LOCK, true, NOW).unwrap();
    assert_eq!(status(&w), 30);
    assert_eq!(
        w.delivery_state(BLE_LOCK, &target),
        Some(DeliveryState::Refused {
            change: Change::Add,
            reason: REFUSED.into()
        })
    );
}

#[test]
fn wifi_members_live_in_the_cloud() {
    let mut w = world();
    w.set_online(WIFI_LOCK, false, NOW).unwrap();
    let new = NewMember {
        name: "Guest".into(),
        ..NewMember::default()
    };
    w.add_member(WIFI_LOCK, DEMO_UID, new).unwrap();
    assert!(w.deliveries.is_empty());
}

#[test]
fn each_write_keeps_when_it_was_made() {
    let mut w = world();
    let member = |w: &World, id: &str| w.lock(BLE_LOCK).unwrap().member(id).unwrap().modified;
    let pwd = |w: &World, id: i64| {
        w.lock(WIFI_LOCK)
            .unwrap()
            .temp_passwords
            .iter()
            .find(|p| p.id == id)
            .unwrap()
            .modified
    };
    // The seeded world says nothing.
    assert!(w.lock(WIFI_LOCK).unwrap().temp_passwords[0].modified == 0);
    let id = w
        .create_temp_password(WIFI_LOCK, DEMO_UID, spec("Guest", "5550001"), NOW)
        .unwrap();
    assert_eq!(pwd(&w, id), NOW);
    w.remove_temp_password(WIFI_LOCK, DEMO_UID, id).unwrap();
    assert_eq!(pwd(&w, id), w.clock);
    w.settle(NOW + 600);
    let new = NewMember {
        name: "Nanny".into(),
        ..NewMember::default()
    };
    let m = w.add_member(BLE_LOCK, DEMO_UID, new).unwrap();
    assert_eq!(member(&w, &m), NOW + 600);
}

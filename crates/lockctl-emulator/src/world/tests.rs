//! The world's operations on their own: no HTTP, no postData, no envelopes.

use super::ids::{BLE_LOCK, DEMO_UID, OTHER_UID, SEED_EPOCH, WIFI_LOCK};
use super::*;

/// 2026-12-01T09:00:00Z, a Tuesday: 10:00 in the locks' zone (Europe/Berlin).
const TUE_10: i64 = 1_796_115_600;

fn cleaner(name: &str) -> NewMember {
    NewMember {
        name: name.into(),
        ..NewMember::default()
    }
}

#[test]
fn the_owner_adds_a_panel_member_and_others_may_not() {
    let mut w = seed();
    let id = w
        .add_member(WIFI_LOCK, DEMO_UID, cleaner("  Cleaner Two "))
        .unwrap();
    let m = w.lock(WIFI_LOCK).unwrap().member(&id).unwrap().clone();
    assert_eq!(
        (m.nick_name.as_str(), m.user_type, m.lock_user_id),
        ("Cleaner Two", 30, 5)
    );
    assert!(!m.is_family());
    assert_eq!(w.members(WIFI_LOCK, DEMO_UID).unwrap().len(), 5);
    // The other account sees the Bluetooth lock but is not its administrator.
    let e = w.add_member(BLE_LOCK, OTHER_UID, cleaner("X")).unwrap_err();
    assert!(matches!(e, WorldError::PermissionDenied(_)), "{e:?}");
    let e = w.members(WIFI_LOCK, OTHER_UID).unwrap_err();
    assert!(matches!(e, WorldError::PermissionDenied(_)), "{e:?}");
    assert_eq!(
        w.members("nope", DEMO_UID).unwrap_err(),
        WorldError::NoSuchLock
    );
    let e = w.add_member(WIFI_LOCK, DEMO_UID, cleaner(" ")).unwrap_err();
    assert!(matches!(e, WorldError::InvalidParam(_)), "{e:?}");
}

#[test]
fn validity_settings_are_checked_whole() {
    let mut w = seed();
    let bad = NewMember {
        time_type: Some(20),
        time_set: "00".into(),
        ..cleaner("Window")
    };
    assert!(w.add_member(BLE_LOCK, DEMO_UID, bad).is_err());
    let id = w.add_member(BLE_LOCK, DEMO_UID, cleaner("Window")).unwrap();
    // Back to permanent drops the setting.
    let window = format!("{:08x}{:08x}", TUE_10, TUE_10 + 3600);
    let up = MemberUpdate {
        time_type: Some(20),
        time_set: Some(window.to_uppercase()),
        ..MemberUpdate::default()
    };
    w.update_member(BLE_LOCK, DEMO_UID, &id, up).unwrap();
    let m = w.lock(BLE_LOCK).unwrap().member(&id).unwrap();
    assert_eq!((m.time_type, m.time_set.as_str()), (20, window.as_str()));
    let up = MemberUpdate {
        time_type: Some(10),
        ..MemberUpdate::default()
    };
    w.update_member(BLE_LOCK, DEMO_UID, &id, up).unwrap();
    let m = w.lock(BLE_LOCK).unwrap().member(&id).unwrap();
    assert_eq!((m.time_type, m.time_set.as_str()), (10, ""));
}

#[test]
fn a_frozen_member_cannot_open_until_unfrozen() {
    let mut w = seed();
    // Alice (1001) has card 16-1.
    let opened = |w: &mut World| w.open_with_method(WIFI_LOCK, 16, "01", TUE_10).unwrap();
    assert!(
        matches!(opened(&mut w), MethodOutcome::Opened { ref by, duress: false } if by == "Alice")
    );
    w.freeze_member(WIFI_LOCK, DEMO_UID, "1001").unwrap();
    let l = w.lock(WIFI_LOCK).unwrap();
    assert_eq!(l.member("1001").unwrap().phase, 0);
    assert!(l.opmodes_of("1001").all(|o| o.phase == 3));
    assert_eq!(opened(&mut w), MethodOutcome::Refused { frozen: true });
    assert_eq!(
        w.lock(WIFI_LOCK).unwrap().alarms[0].dp_value,
        "wrong_finger"
    );
    w.set_member_frozen(WIFI_LOCK, DEMO_UID, "1001", false)
        .unwrap();
    assert!(matches!(opened(&mut w), MethodOutcome::Opened { .. }));
    // The administrator cannot be frozen, nor removed.
    assert!(w.freeze_member(WIFI_LOCK, DEMO_UID, "1000").is_err());
    assert!(w.remove_member(WIFI_LOCK, DEMO_UID, "1000").is_err());
}

#[test]
fn removing_a_member_takes_its_methods() {
    let mut w = seed();
    w.remove_member(WIFI_LOCK, DEMO_UID, "1003").unwrap();
    let l = w.lock(WIFI_LOCK).unwrap();
    assert!(l.member("1003").is_none() && l.opmodes_of("1003").next().is_none());
    let e = w.remove_member(WIFI_LOCK, DEMO_UID, "1003").unwrap_err();
    assert_eq!(
        e,
        WorldError::NotFound("no member 1003 on this lock".into())
    );
}

#[test]
fn sharing_a_member_shows_the_lock_to_its_account() {
    let mut w = seed();
    assert!(w.members(WIFI_LOCK, OTHER_UID).is_err());
    w.share_member(WIFI_LOCK, DEMO_UID, "1003", "OTHER@example.com")
        .unwrap();
    assert_eq!(w.my_member(WIFI_LOCK, OTHER_UID).unwrap().user_id, "1003");
    w.unshare_member(WIFI_LOCK, DEMO_UID, "1003").unwrap();
    assert!(w.members(WIFI_LOCK, OTHER_UID).is_err());
}

#[test]
fn methods_are_added_assigned_and_named() {
    let mut w = seed();
    let id = UnlockId::parse("12-04").unwrap();
    // 12-4 waits at the lock: adding it assigns it (default name: DP and count of its kind).
    let (op_id, name) = w.add_opmode(WIFI_LOCK, DEMO_UID, "1002", &id, "").unwrap();
    assert_eq!((op_id, name.as_str()), (108, "12_5"));
    let e = w
        .add_opmode(WIFI_LOCK, DEMO_UID, "1003", &id, "x")
        .unwrap_err();
    assert!(matches!(e, WorldError::InvalidParam(_)));
    let card3 = UnlockId::parse("16-3").unwrap();
    w.allocate_opmodes(WIFI_LOCK, DEMO_UID, "1003", std::slice::from_ref(&card3))
        .unwrap();
    assert!(w
        .allocate_opmodes(WIFI_LOCK, DEMO_UID, "1002", &[card3])
        .is_err());
    assert!(UnlockId::parse("12-").is_none() && UnlockId::parse("x-1").is_none());
}

#[test]
fn a_scheduled_temp_password_opens_only_in_its_window() {
    let mut w = seed();
    let spec = TempPasswordSpec {
        pin: Some("2718281".into()),
        name: Some("Office".into()),
        effective_time: Some(TUE_10 - 86400),
        invalid_time: Some(TUE_10 + 30 * 86400),
        // Mon-Fri 09:00-18:00.
        schedule: Some(vec![Schedule {
            all_day: false,
            effective_time: 540,
            invalid_time: 1080,
            working_day: 0b011_1110,
        }]),
        ..TempPasswordSpec::default()
    };
    w.create_temp_password(WIFI_LOCK, DEMO_UID, spec.clone(), SEED_EPOCH)
        .unwrap();
    let opens = |w: &mut World, at| {
        matches!(
            w.open_with_pin(WIFI_LOCK, "2718281", at).unwrap(),
            KeypadOutcome::Opened { .. }
        )
    };
    assert!(opens(&mut w, TUE_10));
    assert!(
        !opens(&mut w, TUE_10 - 5400),
        "08:30 is before the daily window"
    );
    assert!(!opens(&mut w, TUE_10 + 4 * 86400), "Saturday");
    assert!(!opens(&mut w, TUE_10 - 2 * 86400), "before the window");
    assert_eq!(w.lock(WIFI_LOCK).unwrap().history[0].unlock_name, "Office");
    // The same PIN cannot be taken twice while the first lives.
    let e = w
        .create_temp_password(WIFI_LOCK, DEMO_UID, spec, SEED_EPOCH)
        .unwrap_err();
    assert!(matches!(e, WorldError::InvalidParam(_)));
}

#[test]
fn a_one_time_password_opens_once_and_a_removed_one_never() {
    let mut w = seed();
    let spec = TempPasswordSpec {
        pin: Some("123456".into()),
        name: Some("Once".into()),
        effective_time: Some(TUE_10 - 60),
        invalid_time: Some(TUE_10 + 3600),
        avail_time: Some(1),
        ..TempPasswordSpec::default()
    };
    let id = w
        .create_temp_password(BLE_LOCK, DEMO_UID, spec, TUE_10)
        .unwrap();
    assert!(matches!(
        w.open_with_pin(BLE_LOCK, "123456", TUE_10).unwrap(),
        KeypadOutcome::Opened { .. }
    ));
    assert_eq!(
        w.open_with_pin(BLE_LOCK, "123456", TUE_10).unwrap(),
        KeypadOutcome::Refused
    );
    w.remove_temp_password(BLE_LOCK, DEMO_UID, id).unwrap();
    assert!(w.remove_temp_password(BLE_LOCK, DEMO_UID, id).is_err());
}

#[test]
fn offline_codes_hit_the_hourly_limit_and_clear_codes_end_them() {
    let mut w = seed();
    let now = SEED_EPOCH;
    let once = || NewOfflineCode {
        kind: OfflineKind::Once,
        window: None,
        name: String::new(),
        mobile: String::new(),
    };
    for _ in 0..HOURLY_LIMIT {
        w.create_offline_password(WIFI_LOCK, DEMO_UID, once(), now)
            .unwrap();
    }
    let e = w
        .create_offline_password(WIFI_LOCK, DEMO_UID, once(), now)
        .unwrap_err();
    assert!(matches!(e, WorldError::LimitReached(_)));
    assert!(!w
        .offline_available(WIFI_LOCK, DEMO_UID, OfflineKind::Once, now)
        .unwrap());
    // An hour later: a clear code for the seeded multiple-use code ends it at the keypad.
    let later = now + 3601;
    let target = w.lock(BLE_LOCK).unwrap().offline_passwords[0].clone();
    let (_, clear) = w
        .revoke_offline_password(BLE_LOCK, DEMO_UID, target.pwd_id, later)
        .unwrap();
    assert!(w
        .revoke_offline_password(BLE_LOCK, DEMO_UID, target.pwd_id, later)
        .is_err());
    let out = w.open_with_pin(BLE_LOCK, &clear, later).unwrap();
    assert_eq!(out, KeypadOutcome::Cleared(vec![target.pwd_name.clone()]));
    assert_eq!(
        w.open_with_pin(BLE_LOCK, &target.pwd, later).unwrap(),
        KeypadOutcome::Refused
    );
}

#[test]
fn remote_unlock_obeys_the_lock_switches() {
    let mut w = seed();
    w.remote_unlock(BLE_LOCK, OTHER_UID, true, TUE_10).unwrap();
    let r = &w.lock(BLE_LOCK).unwrap().history[0];
    assert_eq!((r.dp_id, r.user_name.as_str()), (dp::REMOTE, "Other"));
    w.set_lock_switches(BLE_LOCK, Some(false), None).unwrap();
    assert_eq!(
        w.remote_unlock(BLE_LOCK, DEMO_UID, true, TUE_10),
        Err(WorldError::DeviceOffline)
    );
    w.set_lock_switches(BLE_LOCK, None, Some(false)).unwrap();
    assert_eq!(
        w.remote_unlock(BLE_LOCK, DEMO_UID, true, TUE_10),
        Err(WorldError::RemoteUnlockDisabled)
    );
}

#[test]
fn record_pages_filter_and_count() {
    let w = seed();
    let q = RecordQuery {
        dp_ids: Some(vec![dp::CARD]),
        offset: 0,
        limit: 5,
        ..RecordQuery::default()
    };
    let page = w.history(WIFI_LOCK, DEMO_UID, &q).unwrap();
    assert!(page.rows.len() == 5 && page.rows.iter().all(|r| r.dp_id == dp::CARD));
    assert!(page.total > 5 && page.total < 300);
    let q = RecordQuery {
        offset: usize::MAX,
        limit: 500,
        ..RecordQuery::default()
    };
    let page = w.alarms(WIFI_LOCK, DEMO_UID, &q).unwrap();
    assert!(page.rows.is_empty() && page.total == 30);
}

#[test]
fn history_of_a_lock_without_assigned_methods_is_empty_not_a_panic() {
    let mut w = seed();
    let l = w.lock_mut(WIFI_LOCK).unwrap();
    l.opmodes.retain(|o| o.user_id.is_none());
    generate_records(l, 50, 1);
    assert!(l.history.is_empty() && l.alarms.len() == 5);
}

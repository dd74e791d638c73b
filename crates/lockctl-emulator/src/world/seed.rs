//! The demo world every emulator starts from: two accounts, their homes, four locks with stable
//! ids, and deterministic history.

use super::{
    dp, ids, Account, Home, Lock, Member, OfflinePassword, OpMode, Record, TempPassword, World,
    ALARMS,
};

/// A small deterministic generator, so the seeded world is the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407)
            | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        // xorshift64*
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545F4914F6CDD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }
}

pub(super) fn member(
    user_id: &str,
    lock_user_id: i64,
    name: &str,
    user_type: i64,
    account: Option<&str>,
    contact: &str,
) -> Member {
    let mut m = Member::new(user_id.into(), lock_user_id, name.into(), user_type);
    m.user_contact = contact.into();
    m.time_zone = "+01:00".into();
    m.account_uid = account.map(str::to_string);
    m
}

fn opmode(id: i64, user: Option<&str>, dp_id: u32, value: &str, name: &str) -> OpMode {
    OpMode {
        op_mode_id: id,
        user_id: user.map(str::to_string),
        dp_id,
        value: value.into(),
        unlock_name: name.into(),
        unlock_attr: 0,
        phase: 1,
        unlock_status: 20,
        modified: 0,
    }
}

/// A demo lock's identity.
pub(super) struct DemoLock {
    dev_id: &'static str,
    name: &'static str,
    local_key: &'static str,
    category: &'static str,
    code: &'static str,
    gid: i64,
    owner: &'static str,
    /// Seeds its ids, codes and history.
    seed: u64,
}

/// A lock with nothing in it yet.
pub(super) fn bare_lock(d: &DemoLock, epoch: i64) -> Lock {
    let dev_id = d.dev_id;
    Lock {
        dev_id: dev_id.into(),
        name: d.name.into(),
        local_key: d.local_key.into(),
        category: d.category.into(),
        category_code: d.code.into(),
        product_id: format!(
            "p{}",
            dev_id.get(dev_id.len().saturating_sub(8)..).unwrap_or("")
        ),
        uuid: format!("uuid{}", dev_id.get(4..).unwrap_or("")),
        online: true,
        gid: d.gid,
        owner: d.owner.into(),
        shared_with: vec![],
        time_zone: "Europe/Berlin".into(),
        active_time: epoch - 200 * 86400,
        members: vec![],
        opmodes: vec![],
        temp_passwords: vec![],
        offline_passwords: vec![],
        history: vec![],
        alarms: vec![],
        unread_alarms: 0,
        voice_enabled: false,
        voice_pin: String::new(),
        remote_unlock_allowed: true,
        open: false,
        dynamic_password: None,
        offline_issued: vec![],
        refusal: Default::default(),
        battery: Default::default(),
        schema_override: None,
    }
}

fn demo_members(owner: &str) -> Vec<Member> {
    let owner_uid = if owner == ids::DEMO_UID {
        ids::DEMO_UID
    } else {
        ids::OTHER_UID
    };
    vec![
        member(
            "1000",
            1,
            "Demo Owner",
            10,
            Some(owner_uid),
            "demo@example.com",
        ),
        member("1001", 2, "Alice", 20, None, "49-1701234567"),
        member("1002", 3, "Bob", 30, None, ""),
        member("1003", 4, "Cleaner", 30, None, ""),
    ]
}

fn demo_opmodes(base: i64) -> Vec<OpMode> {
    vec![
        opmode(base + 1, Some("1000"), dp::FINGERPRINT, "1", "Right thumb"),
        opmode(base + 2, Some("1000"), dp::FINGERPRINT, "2", "Left thumb"),
        opmode(base + 3, Some("1000"), dp::PASSWORD, "1", "Owner PIN"),
        opmode(base + 4, Some("1001"), dp::CARD, "1", "Alice's card"),
        opmode(base + 5, Some("1001"), dp::FINGERPRINT, "3", "Alice finger"),
        opmode(base + 6, Some("1002"), dp::PASSWORD, "2", "Bob's PIN"),
        opmode(base + 7, Some("1003"), dp::CARD, "2", "Cleaner card"),
        opmode(base + 8, None, dp::FINGERPRINT, "4", "fingerprint 4"),
        opmode(base + 9, None, dp::CARD, "3", "card 3"),
    ]
}

fn lock(d: DemoLock, epoch: i64) -> Lock {
    let mut l = bare_lock(&d, epoch);
    let seed = d.seed;
    let base = (seed as i64) * 100;
    l.members = demo_members(d.owner);
    l.opmodes = demo_opmodes(base);
    l.temp_passwords = vec![TempPassword {
        id: base + 50,
        sn: 1,
        name: "Guest weekend".into(),
        pin: "3141592"[..l.pin_len()].into(),
        effective_time: epoch,
        invalid_time: epoch + 400 * 86400,
        avail_time: 0,
        schedule: vec![],
        phone: String::new(),
        country_code: String::new(),
        used: false,
        removed: false,
        modified: 0,
        frozen: false,
    }];
    l.offline_passwords = vec![OfflinePassword::new(
        base + 70,
        0,
        "Cleaner offline".into(),
        format!("{:010}", (seed * 7919 + 12345) % 10_000_000_000),
        (epoch, epoch + 365 * 86400),
        epoch,
    )];
    generate_records_at(&mut l, 300, seed, epoch);
    l
}

/// Fill a lock's history and alarms with `n` deterministic records ending at the seed epoch,
/// newest first (the order list calls answer in).
pub fn generate_records(l: &mut Lock, n: usize, seed: u64) {
    generate_records_at(l, n, seed, ids::SEED_EPOCH);
}

/// As [`generate_records`], ending at `epoch` (Unix seconds).
pub fn generate_records_at(l: &mut Lock, n: usize, seed: u64, epoch: i64) {
    let mut rng = Rng::new(seed);
    let assigned: Vec<OpMode> = l
        .opmodes
        .iter()
        .filter(|o| o.user_id.is_some())
        .cloned()
        .collect();
    let mut history = Vec::with_capacity(n);
    let span = 60 * 86400i64;
    let step = (span * 1000 / n.max(1) as i64).max(1);
    for i in 0..n {
        let t = epoch * 1000 - (i as i64) * step - rng.below(step as u64 / 2 + 1) as i64;
        // A lock whose methods are all unassigned gets no history, only alarms.
        let Some(op) = assigned.get(rng.below(assigned.len() as u64) as usize) else {
            break;
        };
        let user = l
            .member(op.user_id.as_deref().unwrap_or(""))
            .map(|m| m.nick_name.clone())
            .unwrap_or_default();
        history.push(Record {
            uuid: l.record_uuid(i, 'h'),
            gmt_create: t,
            dp_id: op.dp_id,
            dp_value: op.value.clone(),
            user_id: op.user_id.clone().unwrap_or_default(),
            user_name: user,
            unlock_name: op.unlock_name.clone(),
            tags: 0,
            status: 1,
        });
    }
    let alarms_n = (n / 10).max(1);
    let mut alarms = Vec::with_capacity(alarms_n);
    let astep = span * 1000 / alarms_n as i64;
    for i in 0..alarms_n {
        let kind = ALARMS[rng.below(ALARMS.len() as u64) as usize];
        alarms.push(Record {
            uuid: l.record_uuid(i, 'a'),
            gmt_create: epoch * 1000 - (i as i64) * astep - 1234,
            dp_id: dp::ALARM,
            dp_value: kind.into(),
            user_id: "0".into(),
            user_name: String::new(),
            unlock_name: String::new(),
            tags: 0,
            status: 1,
        });
    }
    l.history = history;
    l.alarms = alarms;
    l.unread_alarms = 3.min(alarms_n as i64);
}

/// The demo world: two accounts, their homes and four locks with stable ids.
pub fn seed() -> World {
    seed_at(ids::SEED_EPOCH)
}

/// The demo world with its times around `epoch` (Unix seconds): passwords begin then, the
/// history ends then.
pub fn seed_at(epoch: i64) -> World {
    let account = |uid: &str, email: &str, phone: &str, password: &str, nickname: &str| Account {
        uid: uid.into(),
        email: email.into(),
        phone: phone.into(),
        country_code: "49".into(),
        passwd_md5: format!("{:x}", md5::compute(password)),
        nickname: nickname.into(),
    };
    let accounts = vec![
        account(
            ids::DEMO_UID,
            ids::DEMO_EMAIL,
            "4915550000001",
            ids::DEMO_PASSWORD,
            "Demo",
        ),
        account(
            ids::OTHER_UID,
            ids::OTHER_EMAIL,
            "4915550000002",
            ids::OTHER_PASSWORD,
            "Other",
        ),
    ];
    let home = |gid: i64, name: &str, owner: &str| Home {
        gid,
        name: name.into(),
        owner: owner.into(),
    };
    let homes = vec![
        home(ids::DEMO_HOME, "Demo Home", ids::DEMO_UID),
        home(ids::OTHER_HOME, "Other Home", ids::OTHER_UID),
    ];
    let mut locks: Vec<Lock> = DEMO_LOCKS.into_iter().map(|d| lock(d, epoch)).collect();
    // The other account is a plain member of the Bluetooth lock: it may look, not change.
    if let Some(ble) = locks.iter_mut().find(|l| l.dev_id == ids::BLE_LOCK) {
        ble.shared_with.push(ids::OTHER_UID.into());
        let other = member(
            "1004",
            5,
            "Other",
            20,
            Some(ids::OTHER_UID),
            ids::OTHER_EMAIL,
        );
        ble.members.push(other);
    }
    // The other account's lock is an old product that reports no battery.
    if let Some(other) = locks.iter_mut().find(|l| l.dev_id == ids::OTHER_LOCK) {
        other.battery.reports = super::health::Reports::None;
    }
    World {
        accounts,
        homes,
        locks,
        next_id: 100_000,
        delivery_delay: 0,
        deliveries: vec![],
        clock: epoch,
    }
}

pub(super) const fn demo(
    dev_id: &'static str,
    name: &'static str,
    local_key: &'static str,
    (category, code): (&'static str, &'static str),
    (gid, owner): (i64, &'static str),
    seed: u64,
) -> DemoLock {
    DemoLock {
        dev_id,
        name,
        local_key,
        category,
        code,
        gid,
        owner,
        seed,
    }
}

/// The four demo locks, in the order lists answer them.
const DEMO_LOCKS: [DemoLock; 4] = [
    demo(
        ids::WIFI_LOCK,
        "Front Door",
        "f1e0demo0000key1",
        ("ms", "wf_ms"),
        (ids::DEMO_HOME, ids::DEMO_UID),
        1,
    ),
    demo(
        ids::BLE_LOCK,
        "Back Door",
        "b1e0demo0000key1",
        ("jtmspro", "ble_ms"),
        (ids::DEMO_HOME, ids::DEMO_UID),
        2,
    ),
    demo(
        ids::ZIGBEE_LOCK,
        "Garage",
        "z1e0demo0000key1",
        ("jtmspro", "zig_ms"),
        (ids::DEMO_HOME, ids::DEMO_UID),
        3,
    ),
    demo(
        ids::OTHER_LOCK,
        "Other's Door",
        "o1e0demo0000key1",
        ("ms", "wf_ms"),
        (ids::OTHER_HOME, ids::OTHER_UID),
        4,
    ),
];

/// The demo world, with `history` records per lock instead of the seeded ones if given.
pub fn fresh(history: Option<usize>) -> World {
    let mut w = seed();
    if let Some(n) = history {
        for (i, l) in w.locks.iter_mut().enumerate() {
            generate_records(l, n, i as u64 + 1);
        }
    }
    w
}

/// The demo world dated around `now` (the emulator's clock when the world is made), so that
/// whenever someone tries it, it has recent history and passwords that are upcoming, active
/// and expired. The epoch is `now`'s day (UTC midnight): a world made twice on one day is the
/// same.
pub fn fresh_at(history: Option<usize>, now: i64) -> World {
    let epoch = now - now.rem_euclid(86400);
    let mut w = seed_at(epoch);
    for (i, l) in w.locks.iter_mut().enumerate() {
        if let Some(n) = history {
            generate_records_at(l, n, i as u64 + 1, epoch);
        }
        add_dated_passwords(l, epoch);
        add_dated_members(l, epoch);
    }
    w
}

/// On locks that keep member validity (not Wi-Fi), a member whose window has not begun and
/// one whose window has ended, beside the permanent ones.
fn add_dated_members(l: &mut Lock, epoch: i64) {
    if l.is_wifi() {
        return;
    }
    let next = l.members.iter().map(|m| m.lock_user_id).max().unwrap_or(0);
    let window = |from: i64, to: i64| format!("{:08x}{:08x}", from as u32, to as u32);
    let mut dated = |user_id: &str, n: i64, name: &str, from: i64, to: i64| {
        let mut m = member(user_id, next + n, name, 30, None, "");
        m.time_type = 20;
        m.time_set = window(from, to);
        l.members.push(m);
    };
    dated(
        "1005",
        1,
        "Summer tenant",
        epoch + 30 * 86400,
        epoch + 60 * 86400,
    );
    dated(
        "1006",
        2,
        "Former tenant",
        epoch - 60 * 86400,
        epoch - 10 * 86400,
    );
}

/// A password that has not begun and one that has ended, beside the active one.
fn add_dated_passwords(l: &mut Lock, epoch: i64) {
    let Some(active) = l.temp_passwords.first().cloned() else {
        return;
    };
    let len = active.pin.len();
    let dated = |id: i64, sn: i64, name: &str, pin: &str, from: i64, to: i64| TempPassword {
        id,
        sn,
        name: name.into(),
        pin: pin[..len.min(pin.len())].into(),
        effective_time: from,
        invalid_time: to,
        ..active.clone()
    };
    l.temp_passwords.push(dated(
        active.id + 1,
        2,
        "Summer guest",
        "2718281",
        epoch + 30 * 86400,
        epoch + 37 * 86400,
    ));
    l.temp_passwords.push(dated(
        active.id + 2,
        3,
        "Last visitor",
        "1414213",
        epoch - 20 * 86400,
        epoch - 13 * 86400,
    ));
}

#[cfg(test)]
mod dated_tests {
    use super::*;

    #[test]
    fn a_world_made_now_is_dated_around_now() {
        let now = ids::SEED_EPOCH + 95 * 86400 + 3600;
        let w = fresh_at(None, now);
        for l in &w.locks {
            let newest = l.history.first().map(|r| r.gmt_create / 1000).unwrap();
            assert!(now - newest < 2 * 86400, "recent history on {}", l.dev_id);
            let states: Vec<(i64, i64)> = l
                .temp_passwords
                .iter()
                .map(|p| (p.effective_time, p.invalid_time))
                .collect();
            assert!(states.iter().any(|(f, t)| *f <= now && now < *t), "active");
            assert!(states.iter().any(|(f, _)| *f > now), "upcoming");
            assert!(states.iter().any(|(_, t)| *t <= now), "expired");
            if l.is_wifi() {
                continue;
            }
            let valid: Vec<bool> = l
                .members
                .iter()
                .map(|m| super::super::members::member_valid(m, now, &l.time_zone))
                .collect();
            assert!(valid.iter().any(|v| *v), "an active member on {}", l.dev_id);
            assert_eq!(valid.iter().filter(|v| !**v).count(), 2, "{}", l.dev_id);
            for m in &l.members {
                super::super::members::check_time_set(m.time_type, &m.time_set).unwrap();
            }
        }
        // The pinned epoch keeps the world the tests know.
        let pinned = seed();
        assert_eq!(
            pinned.locks[0].temp_passwords[0].effective_time,
            ids::SEED_EPOCH
        );
        assert_eq!(pinned.locks[0].temp_passwords.len(), 1);
    }
}

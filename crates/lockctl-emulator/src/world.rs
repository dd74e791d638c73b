//! The emulated cloud's state: accounts, homes, locks and everything a lock account holds.
//! Plain data with serde, so `--state FILE` can persist and reload it.

use serde::{Deserialize, Serialize};

/// The DP ids the emulator's locks use for unlock methods and alarms (our choice; the seeds only
/// say an unlockId is `<dpId>-<n>`). lockctl's labels follow the same table.
pub mod dp {
    pub const FINGERPRINT: u32 = 12;
    pub const PASSWORD: u32 = 13;
    pub const TEMP_PASSWORD: u32 = 14;
    pub const DYNAMIC: u32 = 15;
    pub const CARD: u32 = 16;
    pub const FACE: u32 = 17;
    pub const KEY: u32 = 18;
    pub const REMOTE: u32 = 19;
    pub const OFFLINE_PASSWORD: u32 = 20;
    /// Alarm DP; its value names the alarm (see `alarm`).
    pub const ALARM: u32 = 21;
    /// Duress (hijack) alarm; its value is the unlockId used.
    pub const HIJACK: u32 = 56;
    pub const UNLOCK_METHODS: [u32; 9] = [
        FINGERPRINT,
        PASSWORD,
        TEMP_PASSWORD,
        DYNAMIC,
        CARD,
        FACE,
        KEY,
        REMOTE,
        OFFLINE_PASSWORD,
    ];
}

/// Values of the alarm DP.
pub const ALARMS: [&str; 6] = [
    "wrong_finger",
    "wrong_password",
    "wrong_card",
    "low_battery",
    "pry",
    "key_in",
];

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Account {
    pub uid: String,
    pub email: String,
    pub phone: String,
    pub country_code: String,
    /// Lowercase hex MD5 of the password, which is what clients encrypt.
    pub passwd_md5: String,
    pub nickname: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Home {
    pub gid: i64,
    pub name: String,
    pub owner: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Member {
    pub user_id: String,
    pub lock_user_id: i64,
    pub nick_name: String,
    pub avatar_url: String,
    pub user_contact: String,
    /// 10 administrator, 20 family member, 30 panel member (member without an account).
    pub user_type: i64,
    /// 0 invalid, 1 valid, 2 waiting to join.
    pub status: i64,
    /// 1 normal, 0 frozen.
    pub phase: i64,
    /// 10 permanent, 20 window, 30 recurring.
    pub time_type: i64,
    /// Hex time setting as sent by the client (`timeSet`).
    pub time_set: String,
    pub time_zone: String,
    /// The account this member is bound to, if any.
    pub account_uid: Option<String>,
    pub share_account: String,
    pub share_relation_id: i64,
    /// Permission bits sent as `opMode` (comma separated DP ids, our choice).
    pub op_mode: String,
    /// Wi-Fi `m.smart.scale.history.user.add` extras.
    pub sex: String,
    pub birthday: String,
    pub height: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OpMode {
    pub op_mode_id: i64,
    /// None: enrolled at the lock, assigned to nobody.
    pub user_id: Option<String>,
    pub dp_id: u32,
    /// The credential's number in the lock (the part after `-`), as written.
    pub value: String,
    pub unlock_name: String,
    /// 1: duress (hijack) method.
    pub unlock_attr: i64,
    /// 1 normal, 3 frozen.
    pub phase: i64,
    /// 10 pending, 20 active, 30 failed.
    pub unlock_status: i64,
}

impl OpMode {
    pub fn unlock_id(&self) -> String {
        format!("{}-{}", self.dp_id, self.value)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Schedule {
    pub all_day: bool,
    pub effective_time: i64,
    pub invalid_time: i64,
    pub working_day: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TempPassword {
    pub id: i64,
    pub sn: i64,
    pub name: String,
    /// The PIN digits, as decrypted with the lock's localKey.
    pub pin: String,
    pub effective_time: i64,
    pub invalid_time: i64,
    /// 0 permanent (many uses), 1 one use.
    pub avail_time: i64,
    pub schedule: Vec<Schedule>,
    pub phone: String,
    pub country_code: String,
    pub used: bool,
    pub removed: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OfflinePassword {
    pub pwd_id: i64,
    /// 0 multiple, 1 once, 8 clear one, 9 clear all.
    pub pwd_type: i64,
    pub pwd_name: String,
    pub pwd: String,
    pub gmt_start: i64,
    pub gmt_expired: i64,
    pub created: i64,
    pub mobile: String,
    pub has_clear_pwd: bool,
    pub revoked_pwd_name: String,
    /// For clear codes: the password they end (type 8), and whether they were entered.
    pub revokes: Option<i64>,
    pub used: bool,
    /// Ended by a clear code entered at the keypad.
    pub cleared: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    pub uuid: String,
    /// Milliseconds.
    pub gmt_create: i64,
    pub dp_id: u32,
    pub dp_value: String,
    pub user_id: String,
    pub user_name: String,
    pub unlock_name: String,
    pub tags: i64,
    pub status: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Lock {
    pub dev_id: String,
    pub name: String,
    pub local_key: String,
    pub category: String,
    pub category_code: String,
    pub product_id: String,
    pub uuid: String,
    pub online: bool,
    pub gid: i64,
    pub owner: String,
    /// Accounts that see this lock as plain members (not administrators).
    pub shared_with: Vec<String>,
    pub time_zone: String,
    /// Unix seconds.
    pub active_time: i64,
    pub members: Vec<Member>,
    pub opmodes: Vec<OpMode>,
    pub temp_passwords: Vec<TempPassword>,
    pub offline_passwords: Vec<OfflinePassword>,
    pub history: Vec<Record>,
    pub alarms: Vec<Record>,
    pub unread_alarms: i64,
    pub voice_enabled: bool,
    pub voice_pin: String,
    pub remote_unlock_allowed: bool,
    pub open: bool,
    pub dynamic_password: Option<(String, i64)>,
    /// Unix seconds of one-time and clear codes issued, for the hourly limit.
    pub offline_issued: Vec<i64>,
}

impl Lock {
    /// `wifi`, `ble` or `zigbee`, from the categoryCode.
    pub fn radio(&self) -> &'static str {
        let c = self.category_code.as_str();
        if c.starts_with("wf_") {
            "wifi"
        } else if c.starts_with("zig_") || c.contains("_4z_") {
            "zigbee"
        } else {
            "ble"
        }
    }

    pub fn member(&self, user_id: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.user_id == user_id)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct World {
    pub accounts: Vec<Account>,
    pub homes: Vec<Home>,
    pub locks: Vec<Lock>,
    pub next_id: i64,
}

impl World {
    pub fn next_id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id
    }
    pub fn lock(&self, dev_id: &str) -> Option<&Lock> {
        self.locks.iter().find(|l| l.dev_id == dev_id)
    }
    pub fn lock_mut(&mut self, dev_id: &str) -> Option<&mut Lock> {
        self.locks.iter_mut().find(|l| l.dev_id == dev_id)
    }
}

pub mod ids {
    pub const DEMO_EMAIL: &str = "demo@example.com";
    pub const DEMO_PASSWORD: &str = "lockctl-demo";
    pub const DEMO_UID: &str = "eu1700000000demo0001";
    pub const OTHER_EMAIL: &str = "other@example.com";
    pub const OTHER_PASSWORD: &str = "lockctl-other";
    pub const OTHER_UID: &str = "eu1700000000other002";
    pub const DEMO_HOME: i64 = 10000001;
    pub const OTHER_HOME: i64 = 10000002;
    pub const WIFI_LOCK: &str = "bf00demo0000wifi0001";
    pub const BLE_LOCK: &str = "bf00demo00000ble0001";
    pub const ZIGBEE_LOCK: &str = "bf00demo000zigbee001";
    pub const OTHER_LOCK: &str = "bf00other000wifi0002";
    /// 2026-11-01T00:00:00Z: the seeded history ends here.
    pub const SEED_EPOCH: i64 = 1_793_491_200;
}

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

fn member(
    user_id: &str,
    lock_user_id: i64,
    name: &str,
    user_type: i64,
    account: Option<&str>,
    contact: &str,
) -> Member {
    Member {
        user_id: user_id.into(),
        lock_user_id,
        nick_name: name.into(),
        avatar_url: String::new(),
        user_contact: contact.into(),
        user_type,
        status: 1,
        phase: 1,
        time_type: 10,
        time_set: String::new(),
        time_zone: "+01:00".into(),
        account_uid: account.map(str::to_string),
        share_account: String::new(),
        share_relation_id: 0,
        op_mode: String::new(),
        sex: String::new(),
        birthday: String::new(),
        height: 0,
    }
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
    }
}

#[allow(clippy::too_many_arguments)]
fn lock(
    dev_id: &str,
    name: &str,
    local_key: &str,
    category: &str,
    code: &str,
    gid: i64,
    owner: &str,
    seed: u64,
) -> Lock {
    let mut l = Lock {
        dev_id: dev_id.into(),
        name: name.into(),
        local_key: local_key.into(),
        category: category.into(),
        category_code: code.into(),
        product_id: format!("p{}", &dev_id[dev_id.len() - 8..]),
        uuid: format!("uuid{}", &dev_id[4..]),
        online: true,
        gid,
        owner: owner.into(),
        shared_with: vec![],
        time_zone: "Europe/Berlin".into(),
        active_time: ids::SEED_EPOCH - 200 * 86400,
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
    };
    let base = (seed as i64) * 100;
    l.members = vec![
        member(
            "1000",
            1,
            "Demo Owner",
            10,
            Some(if owner == ids::DEMO_UID {
                ids::DEMO_UID
            } else {
                ids::OTHER_UID
            }),
            "demo@example.com",
        ),
        member("1001", 2, "Alice", 20, None, "49-1701234567"),
        member("1002", 3, "Bob", 30, None, ""),
        member("1003", 4, "Cleaner", 30, None, ""),
    ];
    l.opmodes = vec![
        opmode(base + 1, Some("1000"), dp::FINGERPRINT, "1", "Right thumb"),
        opmode(base + 2, Some("1000"), dp::FINGERPRINT, "2", "Left thumb"),
        opmode(base + 3, Some("1000"), dp::PASSWORD, "1", "Owner PIN"),
        opmode(base + 4, Some("1001"), dp::CARD, "1", "Alice's card"),
        opmode(base + 5, Some("1001"), dp::FINGERPRINT, "3", "Alice finger"),
        opmode(base + 6, Some("1002"), dp::PASSWORD, "2", "Bob's PIN"),
        opmode(base + 7, Some("1003"), dp::CARD, "2", "Cleaner card"),
        opmode(base + 8, None, dp::FINGERPRINT, "4", "fingerprint 4"),
        opmode(base + 9, None, dp::CARD, "3", "card 3"),
    ];
    l.temp_passwords = vec![TempPassword {
        id: base + 50,
        sn: 1,
        name: "Guest weekend".into(),
        pin: if code.starts_with("wf_") {
            "3141592".into()
        } else {
            "314159".into()
        },
        effective_time: ids::SEED_EPOCH,
        invalid_time: ids::SEED_EPOCH + 400 * 86400,
        avail_time: 0,
        schedule: vec![],
        phone: String::new(),
        country_code: String::new(),
        used: false,
        removed: false,
    }];
    l.offline_passwords = vec![OfflinePassword {
        pwd_id: base + 70,
        pwd_type: 0,
        pwd_name: "Cleaner offline".into(),
        pwd: format!("{:010}", (seed * 7919 + 12345) % 10_000_000_000),
        gmt_start: ids::SEED_EPOCH,
        gmt_expired: ids::SEED_EPOCH + 365 * 86400,
        created: ids::SEED_EPOCH,
        mobile: String::new(),
        has_clear_pwd: false,
        revoked_pwd_name: String::new(),
        revokes: None,
        used: false,
        cleared: false,
    }];
    generate_records(&mut l, 300, seed);
    l
}

/// Fill a lock's history and alarms with `n` deterministic records ending at the seed epoch,
/// newest first (the order list calls answer in).
pub fn generate_records(l: &mut Lock, n: usize, seed: u64) {
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
        let t = ids::SEED_EPOCH * 1000 - (i as i64) * step - rng.below(step as u64 / 2 + 1) as i64;
        let op = &assigned[rng.below(assigned.len() as u64) as usize];
        let user = l
            .member(op.user_id.as_deref().unwrap_or(""))
            .map(|m| m.nick_name.clone())
            .unwrap_or_default();
        history.push(Record {
            uuid: format!("{}{:08}h", &l.dev_id[12..], i),
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
            uuid: format!("{}{:08}a", &l.dev_id[12..], i),
            gmt_create: ids::SEED_EPOCH * 1000 - (i as i64) * astep - 1234,
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
    let accounts = vec![
        Account {
            uid: ids::DEMO_UID.into(),
            email: ids::DEMO_EMAIL.into(),
            phone: "4915550000001".into(),
            country_code: "49".into(),
            passwd_md5: format!("{:x}", md5::compute(ids::DEMO_PASSWORD)),
            nickname: "Demo".into(),
        },
        Account {
            uid: ids::OTHER_UID.into(),
            email: ids::OTHER_EMAIL.into(),
            phone: "4915550000002".into(),
            country_code: "49".into(),
            passwd_md5: format!("{:x}", md5::compute(ids::OTHER_PASSWORD)),
            nickname: "Other".into(),
        },
    ];
    let homes = vec![
        Home {
            gid: ids::DEMO_HOME,
            name: "Demo Home".into(),
            owner: ids::DEMO_UID.into(),
        },
        Home {
            gid: ids::OTHER_HOME,
            name: "Other Home".into(),
            owner: ids::OTHER_UID.into(),
        },
    ];
    let mut ble = lock(
        ids::BLE_LOCK,
        "Back Door",
        "b1e0demo0000key1",
        "jtmspro",
        "ble_ms",
        ids::DEMO_HOME,
        ids::DEMO_UID,
        2,
    );
    // The other account is a plain member of the Bluetooth lock: it may look, not change.
    ble.shared_with.push(ids::OTHER_UID.into());
    ble.members.push(member(
        "1004",
        5,
        "Other",
        20,
        Some(ids::OTHER_UID),
        ids::OTHER_EMAIL,
    ));
    let locks = vec![
        lock(
            ids::WIFI_LOCK,
            "Front Door",
            "f1e0demo0000key1",
            "ms",
            "wf_ms",
            ids::DEMO_HOME,
            ids::DEMO_UID,
            1,
        ),
        ble,
        lock(
            ids::ZIGBEE_LOCK,
            "Garage",
            "z1e0demo0000key1",
            "jtmspro",
            "zig_ms",
            ids::DEMO_HOME,
            ids::DEMO_UID,
            3,
        ),
        lock(
            ids::OTHER_LOCK,
            "Other's Door",
            "o1e0demo0000key1",
            "ms",
            "wf_ms",
            ids::OTHER_HOME,
            ids::OTHER_UID,
            4,
        ),
    ];
    World {
        accounts,
        homes,
        locks,
        next_id: 100_000,
    }
}

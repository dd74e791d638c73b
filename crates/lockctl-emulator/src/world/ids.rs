//! The demo world's fixed names: accounts, homes, locks and the seed epoch.

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

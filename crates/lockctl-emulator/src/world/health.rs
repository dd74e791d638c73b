//! A lock's battery, its product schema (DP id -> code) and the status it reports
//! (/work/shared/spec/health.md §1), and alarms raised from the control API.
//!
//! What each lock reports (a choice for variety; a client maps ids through the schema):
//!
//! | lock | reports | battery DPs |
//! |---|---|---|
//! | Wi-Fi (Front Door, Wi-Fi fleet locks) | percent and level | 9 `residual_electricity`, 11 `battery_state` |
//! | Bluetooth (Back Door, Bluetooth fleet locks) | percent only | 8 `residual_electricity` (11 is `doorbell`) |
//! | Zigbee (Garage, Zigbee fleet locks) | level only | 11 `battery_state` (9 is `doorbell`) |
//! | Other's Door (the other account's Wi-Fi lock) | neither | none |
//!
//! Wi-Fi's percent is at 9, not the 12 some real Wi-Fi locks use: the emulator's unlock methods
//! sit at 12-20 (alarm 21, duress 56; see `dp`) on every kind, and the schema names them too.
//! So the same id means different things on different kinds: 11 is the level on Wi-Fi and
//! Zigbee but the doorbell on Bluetooth; 9 is the percent on Wi-Fi but the doorbell on Zigbee.
//!
//! The level follows the percent: 0 `poweroff`, up to 20 `low`, up to 60 `medium`, else
//! `high`. Setting a level (control API) sets the percent to 0, 15, 50 or 90. Low is at most
//! 20 % (or level `low`/`poweroff`): crossing into low adds one `low_battery` alarm record at
//! the lock clock; another is added only after the battery has been above low again.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::{dp, Lock, Record, World, WorldError, WorldResult};

/// Every value of the spec's `alarm_lock` enum.
pub const ALARM_KINDS: [&str; 14] = [
    "wrong_finger",
    "wrong_password",
    "wrong_card",
    "wrong_face",
    "tongue_bad",
    "too_hot",
    "unclosed_time",
    "tongue_not_out",
    "pry",
    "key_in",
    "low_battery",
    "power_off",
    "shock",
    "defense",
];

/// The battery levels of `battery_state`.
pub const LEVELS: [&str; 4] = ["high", "medium", "low", "poweroff"];

/// Which battery codes a lock's product reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Reports {
    /// From the lock's radio (see the table above).
    #[default]
    Kind,
    Both,
    Percent,
    Level,
    None,
}

impl Reports {
    pub fn parse(s: &str) -> Option<Reports> {
        Some(match s {
            "both" => Reports::Both,
            "percent" => Reports::Percent,
            "level" => Reports::Level,
            "none" => Reports::None,
            _ => return None,
        })
    }
}

/// A lock's battery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Battery {
    /// The charge, 0-100.
    pub percent: u8,
    /// What the product reports.
    #[serde(default)]
    pub reports: Reports,
    /// A `low_battery` alarm was raised and the battery has not been above low since.
    #[serde(default)]
    pub low_alarmed: bool,
}

impl Default for Battery {
    fn default() -> Battery {
        Battery {
            percent: 81,
            reports: Reports::Kind,
            low_alarmed: false,
        }
    }
}

/// The level a percent reads as.
pub fn level_of(percent: u8) -> &'static str {
    match percent {
        0 => "poweroff",
        1..=20 => "low",
        21..=60 => "medium",
        _ => "high",
    }
}

/// The percent a level set from the control API stands for.
pub fn percent_of(level: &str) -> Option<u8> {
    Some(match level {
        "high" => 90,
        "medium" => 50,
        "low" => 15,
        "poweroff" => 0,
        _ => return None,
    })
}

/// DP ids of the battery and doorbell codes: (percent, level, doorbell).
fn battery_dps(l: &Lock) -> (Option<u32>, Option<u32>, Option<u32>) {
    let reports = match l.battery.reports {
        Reports::Kind => match l.radio() {
            "wifi" => Reports::Both,
            "zigbee" => Reports::Level,
            _ => Reports::Percent,
        },
        r => r,
    };
    let (pct, lvl, bell) = match l.radio() {
        "wifi" => (9, 11, 8),
        "zigbee" => (10, 11, 9),
        _ => (8, 10, 11),
    };
    match reports {
        Reports::Both | Reports::Kind => (Some(pct), Some(lvl), Some(bell)),
        Reports::Percent => (Some(pct), None, Some(bell)),
        Reports::Level => (None, Some(lvl), Some(bell)),
        Reports::None => (None, None, Some(bell)),
    }
}

/// The product schema: DP id -> (code, type, mode).
fn schema_entries(l: &Lock) -> Vec<(u32, &'static str, &'static str, &'static str)> {
    let mut v = vec![
        (dp::FINGERPRINT, "unlock_fingerprint", "value", "ro"),
        (dp::PASSWORD, "unlock_password", "value", "ro"),
        (dp::TEMP_PASSWORD, "unlock_temporary", "value", "ro"),
        (dp::DYNAMIC, "unlock_dynamic", "value", "ro"),
        (dp::CARD, "unlock_card", "value", "ro"),
        (dp::FACE, "unlock_face", "value", "ro"),
        (dp::KEY, "unlock_key", "value", "ro"),
        (dp::REMOTE, "unlock_app", "value", "ro"),
        (dp::OFFLINE_PASSWORD, "unlock_offline_pd", "value", "ro"),
        (dp::ALARM, "alarm_lock", "enum", "ro"),
        (dp::HIJACK, "hijack", "bool", "ro"),
    ];
    let (pct, lvl, bell) = battery_dps(l);
    if let Some(id) = pct {
        v.push((id, "residual_electricity", "value", "ro"));
    }
    if let Some(id) = lvl {
        v.push((id, "battery_state", "enum", "ro"));
    }
    if let Some(id) = bell {
        v.push((id, "doorbell", "bool", "ro"));
    }
    v.sort_by_key(|e| e.0);
    v
}

impl Lock {
    /// The product schema as the mobile gateway's `schemaInfo.schema` text (or the text set to
    /// replace it, for clients that must survive a broken one).
    pub fn schema_text(&self) -> String {
        if let Some(t) = &self.schema_override {
            return t.clone();
        }
        let list: Vec<Value> = schema_entries(self)
            .into_iter()
            .map(|(id, code, ty, mode)| {
                let property = match ty {
                    "value" => {
                        json!({"type": "value", "min": 0, "max": 100, "scale": 0, "step": 1})
                    }
                    "enum" if code == "battery_state" => json!({"type": "enum", "range": LEVELS}),
                    "enum" => json!({"type": "enum", "range": ALARM_KINDS}),
                    _ => json!({"type": "bool"}),
                };
                json!({"id": id, "code": code, "type": "obj", "mode": mode, "property": property})
            })
            .collect();
        Value::Array(list).to_string()
    }

    /// The battery and doorbell DPs as they stand: (id, code, value).
    fn status_dps(&self) -> Vec<(u32, &'static str, Value)> {
        let (pct, lvl, bell) = battery_dps(self);
        let mut v = vec![];
        if let Some(id) = pct {
            v.push((id, "residual_electricity", json!(self.battery.percent)));
        }
        if let Some(id) = lvl {
            v.push((id, "battery_state", json!(level_of(self.battery.percent))));
        }
        if let Some(id) = bell {
            v.push((id, "doorbell", json!(false)));
        }
        v
    }

    /// The device's `dps` as the mobile gateway sends them: DP id strings to values.
    pub fn dps(&self) -> Value {
        let mut o = serde_json::Map::new();
        for (id, _, value) in self.status_dps() {
            o.insert(id.to_string(), value);
        }
        Value::Object(o)
    }

    /// The status as the OpenAPI sends it: `[{"code", "value"}]`.
    pub fn status_codes(&self) -> Vec<(&'static str, Value)> {
        self.status_dps()
            .into_iter()
            .map(|(_, code, value)| (code, value))
            .collect()
    }

    fn push_alarm(&mut self, kind: &str, at: i64) {
        let r = Record {
            uuid: self.record_uuid(self.alarms.len(), 'a'),
            gmt_create: at * 1000,
            dp_id: dp::ALARM,
            dp_value: kind.into(),
            user_id: "0".into(),
            user_name: String::new(),
            unlock_name: String::new(),
            tags: 0,
            status: 1,
        };
        self.alarms.insert(0, r);
        self.unread_alarms += 1;
    }
}

/// A battery change asked of the control API.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BatteryChange {
    pub percent: Option<u8>,
    pub level: Option<String>,
    pub reports: Option<Reports>,
}

impl World {
    /// Set a lock's battery (at `now`, the lock clock). Crossing into low raises one
    /// `low_battery` alarm; answers whether it did.
    pub fn set_battery(&mut self, dev_id: &str, c: &BatteryChange, now: i64) -> WorldResult<bool> {
        let percent = match (c.percent, c.level.as_deref()) {
            (Some(_), Some(_)) => {
                return Err(WorldError::InvalidParam(
                    "give percent or level, not both".into(),
                ))
            }
            (Some(p), None) if p > 100 => {
                return Err(WorldError::InvalidParam(format!(
                    "percent is 0 to 100, not {p}"
                )))
            }
            (Some(p), None) => Some(p),
            (None, Some(l)) => Some(percent_of(l).ok_or_else(|| {
                WorldError::InvalidParam(format!(
                    "level is one of {}, not {l:?}",
                    LEVELS.join(", ")
                ))
            })?),
            (None, None) => None,
        };
        let l = self.lock_mut(dev_id).ok_or(WorldError::NoSuchLock)?;
        if let Some(r) = c.reports {
            l.battery.reports = r;
        }
        let Some(p) = percent else {
            return Ok(false);
        };
        l.battery.percent = p;
        let low = p <= 20;
        if !low {
            l.battery.low_alarmed = false;
            return Ok(false);
        }
        if l.battery.low_alarmed {
            return Ok(false);
        }
        l.battery.low_alarmed = true;
        l.push_alarm("low_battery", now);
        Ok(true)
    }

    /// Raise an alarm of one of the spec's `alarm_lock` kinds at `at`.
    pub fn raise_alarm(&mut self, dev_id: &str, kind: &str, at: i64) -> WorldResult<()> {
        if !ALARM_KINDS.contains(&kind) {
            return Err(WorldError::InvalidParam(format!(
                "kind is one of {}, not {kind:?}",
                ALARM_KINDS.join(", ")
            )));
        }
        let l = self.lock_mut(dev_id).ok_or(WorldError::NoSuchLock)?;
        l.push_alarm(kind, at);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::world::{ids, seed};

    fn codes(l: &Lock) -> Vec<(String, String)> {
        let v: Value = serde_json::from_str(&l.schema_text()).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|e| (e["id"].to_string(), e["code"].as_str().unwrap().to_string()))
            .collect()
    }

    fn code_at(l: &Lock, id: u32) -> Option<String> {
        codes(l)
            .into_iter()
            .find(|(i, _)| *i == id.to_string())
            .map(|(_, c)| c)
    }

    #[test]
    fn ids_differ_by_kind_and_dps_follow_the_schema() {
        let w = seed();
        let wifi = w.lock(ids::WIFI_LOCK).unwrap();
        let ble = w.lock(ids::BLE_LOCK).unwrap();
        let zig = w.lock(ids::ZIGBEE_LOCK).unwrap();
        assert_eq!(code_at(wifi, 11).as_deref(), Some("battery_state"));
        assert_eq!(code_at(ble, 11).as_deref(), Some("doorbell"));
        assert_eq!(code_at(zig, 11).as_deref(), Some("battery_state"));
        assert_eq!(code_at(wifi, 9).as_deref(), Some("residual_electricity"));
        assert_eq!(code_at(zig, 9).as_deref(), Some("doorbell"));
        assert_eq!(code_at(ble, 8).as_deref(), Some("residual_electricity"));
        assert_eq!(wifi.dps()["9"], json!(81));
        assert_eq!(wifi.dps()["11"], json!("high"));
        assert_eq!(ble.dps()["8"], json!(81));
        assert_eq!(zig.dps()["11"], json!("high"));
        // Every DP sent is in the schema.
        for l in [wifi, ble, zig] {
            for k in l.dps().as_object().unwrap().keys() {
                assert!(codes(l).iter().any(|(i, _)| i == k), "{k}");
            }
        }
        let other = w.lock(ids::OTHER_LOCK).unwrap();
        assert!(other
            .status_codes()
            .iter()
            .all(|(c, _)| *c != "residual_electricity" && *c != "battery_state"));
    }

    #[test]
    fn low_battery_raises_one_alarm_per_crossing() {
        let mut w = seed();
        let before = w.lock(ids::BLE_LOCK).unwrap().alarms.len();
        let set = |w: &mut World, p: u8| {
            w.set_battery(
                ids::BLE_LOCK,
                &BatteryChange {
                    percent: Some(p),
                    ..Default::default()
                },
                1_000,
            )
            .unwrap()
        };
        assert!(set(&mut w, 14));
        assert!(!set(&mut w, 10));
        let l = w.lock(ids::BLE_LOCK).unwrap();
        assert_eq!(l.alarms.len(), before + 1);
        assert_eq!(l.alarms[0].dp_value, "low_battery");
        assert_eq!(l.alarms[0].gmt_create, 1_000_000);
        assert!(!set(&mut w, 50));
        assert!(set(&mut w, 20));
        let level = BatteryChange {
            level: Some("poweroff".into()),
            ..Default::default()
        };
        assert!(!w.set_battery(ids::BLE_LOCK, &level, 1).unwrap());
        assert_eq!(w.lock(ids::BLE_LOCK).unwrap().battery.percent, 0);
    }

    #[test]
    fn bad_battery_and_alarm_are_refused() {
        let mut w = seed();
        let both = BatteryChange {
            percent: Some(1),
            level: Some("low".into()),
            ..Default::default()
        };
        assert!(w.set_battery(ids::BLE_LOCK, &both, 1).is_err());
        let big = BatteryChange {
            percent: Some(101),
            ..Default::default()
        };
        assert!(w.set_battery(ids::BLE_LOCK, &big, 1).is_err());
        let lvl = BatteryChange {
            level: Some("empty".into()),
            ..Default::default()
        };
        assert!(w.set_battery(ids::BLE_LOCK, &lvl, 1).is_err());
        assert!(w.raise_alarm(ids::BLE_LOCK, "fire", 1).is_err());
        assert_eq!(w.raise_alarm("nope", "pry", 1), Err(WorldError::NoSuchLock));
        w.raise_alarm(ids::BLE_LOCK, "shock", 7).unwrap();
        assert_eq!(w.lock(ids::BLE_LOCK).unwrap().alarms[0].dp_value, "shock");
    }
}

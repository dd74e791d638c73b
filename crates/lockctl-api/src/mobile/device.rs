//! The mobile gateway's side of [`crate::ops::DeviceOps`]: device lists (with the localKey masked
//! in what `--raw` keeps), and the Bluetooth/Zigbee-only voice, remote and sync actions and the
//! Wi-Fi-only activation period, with the postData each takes.

use async_trait::async_trait;
use serde_json::{json, Value};

use std::collections::{BTreeMap, HashSet};

use crate::client::{CallOptions, Client};
use crate::error::{Check, Error, Result};
use crate::lock::Lock;
use crate::mobile::wire::{self, text};
use crate::mobile::writes::{shown, Sent};
use crate::mobile::Mobile;
use crate::model::{dp_of_unlock_kind, Done, Time, UnlockKind};
use crate::ops::device::{
    ActiveDate, ActivePeriod, Battery, Device, DpCodes, Home, RemoteStatus, SyncCheck, VoiceStatus,
};
use crate::ops::records::Query;
use crate::ops::{DeviceOps, RecordOps};
use crate::pin;
use crate::secret::Secret;

/// The property that says whether remote unlock is switched on.
const REMOTE_PROP: &str = "UNLOCK_PHONE_REMOTE";

/// The localKey encrypts PINs: what `--raw` prints never shows it.
fn masked(mut v: Value) -> Value {
    fn mask(d: &mut Value) {
        if let Some(o) = d.as_object_mut() {
            if o.contains_key("localKey") {
                o.insert("localKey".into(), json!("****"));
            }
        }
    }
    match &mut v {
        Value::Array(items) => items.iter_mut().for_each(mask),
        other => mask(other),
    }
    v
}

/// A scalar answer (`true`, `"true"`, `5`, `"5"`) as one wire field, for the wire readers.
fn scalar(v: &Value) -> Value {
    json!({ "v": v })
}

fn bad(verb: &str, what: &str, v: &Value) -> Error {
    Error::BadResponse {
        url: verb.into(),
        reason: format!("{what}: {v}"),
    }
}

/// More homes than any account has: beyond this the home list is taken for a broken answer.
const MAX_HOMES: usize = 1000;

impl Mobile {
    /// The ids of the lock's latest remote entries (openings and lockings from the app).
    async fn remote_ids(&self, lock: &Lock) -> Result<HashSet<String>> {
        let q = Query {
            kinds: vec![UnlockKind::Remote],
            since: None,
            until: None,
            member: None,
            page_size: REMOTE_PAGE,
            limit: Some(u64::from(REMOTE_PAGE)),
            concurrency: 1,
        };
        let mut pages = self.history(lock, &q).await?;
        let mut ids = HashSet::new();
        while let Some(p) = pages.next().await? {
            ids.extend(p.items.into_iter().map(|r| r.id));
        }
        Ok(ids)
    }
}

impl Mobile {
    fn known_schema(&self, product: &str) -> Option<DpCodes> {
        if product.is_empty() {
            return None;
        }
        self.schemas.lock().ok()?.get(product).cloned()
    }

    /// Read a home's product schemas into the run's map. Best effort: a schema that cannot be
    /// read leaves the battery of its devices unreported, never fails the list.
    async fn read_schemas(&self, gid: &str) {
        let Ok(v) = schemas_of(&self.client, gid).await else {
            return;
        };
        let read = schemas_from(&v);
        if let Ok(mut known) = self.schemas.lock() {
            for (product, codes) in read {
                known.insert(product, codes);
            }
        }
    }
}

/// Product schemas from `tuya.m.device.ref.info.my.list`'s answer: `[{"id": productId,
/// "schemaInfo": {"schema": "<JSON text>"}}]`; the schema text a list of `{"id": dp, "code"}`.
/// Anything malformed is skipped (a product whose schema text is no list has no entry).
pub fn schemas_from(v: &Value) -> BTreeMap<String, DpCodes> {
    const MAX_DPS: usize = 1000;
    let mut out = BTreeMap::new();
    let Some(list) = v.as_array() else {
        return out;
    };
    for p in list.iter().take(MAX_HOMES * 100) {
        let product = text(p, "id");
        if product.is_empty() {
            continue;
        }
        let schema = p.get("schemaInfo").and_then(|s| s.get("schema"));
        let parsed = match schema {
            Some(Value::String(t)) => serde_json::from_str::<Value>(t).ok(),
            // Some answers carry the list itself rather than its text.
            Some(v @ Value::Array(_)) => Some(v.clone()),
            _ => None,
        };
        let Some(Value::Array(entries)) = parsed else {
            continue;
        };
        let mut codes = DpCodes::new();
        for e in entries.iter().take(MAX_DPS) {
            let id = match e.get("id") {
                Some(Value::Number(n)) if n.is_u64() => n.to_string(),
                Some(Value::String(s))
                    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    s.clone()
                }
                _ => continue,
            };
            if let Some(Value::String(code)) = e.get("code") {
                if !code.is_empty() {
                    codes.insert(id, code.clone());
                }
            }
        }
        out.insert(product, codes);
    }
    out
}

/// The battery from a device's `dps` (DP id -> value) mapped to codes through its schema.
fn battery_of(dps: Option<&Value>, codes: Option<&DpCodes>) -> Option<Battery> {
    let (dps, codes) = (dps?.as_object()?, codes?);
    Battery::from_status(
        dps.iter()
            .filter_map(|(id, v)| Some((codes.get(id.trim())?.as_str(), v))),
    )
}

/// Remote entries read to tell whether a remote call whose answer was lost landed.
const REMOTE_PAGE: u32 = 50;

#[async_trait]
impl DeviceOps for Mobile {
    fn remember_schemas(&self, schemas: &BTreeMap<String, DpCodes>) {
        if let Ok(mut known) = self.schemas.lock() {
            for (product, codes) in schemas {
                known
                    .entry(product.clone())
                    .or_insert_with(|| codes.clone());
            }
        }
    }

    async fn device(&self, id: &str) -> Result<Device> {
        let raw = get(&self.client, id).await?;
        self.keep_raw(&masked(raw.clone()));
        let product = text(&raw, "productId");
        let mut codes = self.known_schema(&product);
        let gid = text(&raw, "ownerId");
        if codes.is_none() && !product.is_empty() && !gid.is_empty() && raw.get("dps").is_some() {
            // The schema was not cached: the device's home's product list has it (best effort).
            self.read_schemas(&gid).await;
            codes = self.known_schema(&product);
        }
        Ok(device_of(&raw, None, codes))
    }

    async fn homes_and_devices(&self) -> Result<Vec<(Home, Vec<Device>)>> {
        let homes = homes(&self.client).await?;
        // One request per home: a cloud that lists absurdly many would cost as many requests.
        if homes.len() > MAX_HOMES {
            return Err(Error::BadResponse {
                url: self.client.config().endpoint.to_string(),
                reason: format!(
                    "the cloud listed {} homes; lockctl reads at most {MAX_HOMES}",
                    homes.len()
                ),
            });
        }
        let mut out = vec![];
        for home in homes {
            let raw = devices_of(&self.client, &home.gid).await?;
            // Every device-list read reads the home's product schemas afresh.
            self.read_schemas(&home.gid).await;
            let list = wire::each_of(&raw, |d| {
                let codes = self.known_schema(&text(d, "productId"));
                Some(device_of(d, Some(&home), codes))
            });
            if self.keep_raw {
                // Only `--raw` pays for a value tree: the local keys in it are masked.
                if let Ok(v) = serde_json::from_str::<Value>(raw.get()) {
                    self.keep_raw(&masked(v));
                }
            }
            out.push((home, list));
        }
        Ok(out)
    }

    fn voice_pin_len(&self, lock: &Lock) -> Result<usize> {
        Self::entry(lock, "voice enable")?;
        Ok(lock.kind.pin_len())
    }

    async fn voice_status(&self, lock: &Lock) -> Result<VoiceStatus> {
        let r = self
            .send(lock, "voice status", json!({ "devId": lock.id }))
            .await?;
        Ok(VoiceStatus {
            lock: lock.id.clone(),
            enabled: wire::flag(&scalar(&r), "v"),
        })
    }

    async fn set_voice(&self, lock: &Lock, pin: Option<&Secret>) -> Result<VoiceStatus> {
        let len = self.voice_pin_len(lock)?;
        let post = match pin {
            Some(p) => {
                pin::validate(p.expose(), len)?;
                let enc = pin::encrypt(p, &lock.local_key)?;
                json!({ "devId": lock.id, "open": true, "pwd": enc })
            }
            None => json!({ "devId": lock.id, "open": false, "pwd": "" }),
        };
        let verb = if pin.is_some() {
            "voice enable"
        } else {
            "voice disable"
        };
        // Lost: done when the lock's voice switch reads as set, not when it reads otherwise.
        let want = pin.is_some();
        let probe = || async {
            let r = self
                .send_aux(lock, "voice status", json!({ "devId": lock.id }))
                .await?;
            Ok(shown(wire::flag(&scalar(&r), "v") == want))
        };
        let check = Check::Voice {
            lock: lock.id.clone(),
        };
        let what = format!("{verb} of {}", lock.id);
        self.write_settled(lock, verb, post, what, check, probe)
            .await?;
        Ok(VoiceStatus {
            lock: lock.id.clone(),
            enabled: want,
        })
    }

    async fn remote_status(&self, lock: &Lock) -> Result<RemoteStatus> {
        // The property name is sent in quotes, as the Bluetooth lock API's example does.
        let r = self
            .send(
                lock,
                "remote status",
                json!({ "devId": lock.id, "props": format!("\"{REMOTE_PROP}\"") }),
            )
            .await?;
        Ok(RemoteStatus {
            lock: lock.id.clone(),
            enabled: wire::flag(&r, REMOTE_PROP),
        })
    }

    async fn remote(&self, lock: &Lock, open: bool) -> Result<Done> {
        let verb = if open { "remote unlock" } else { "remote lock" };
        let done = Done {
            lock: lock.id.clone(),
            action: verb.into(),
            id: None,
        };
        // The remote entries of the lock's records before it is sent (one extra read): after a
        // lost answer, a new one says it landed. A failed count is no reason not to send.
        let before = self.remote_ids(lock).await;
        let pd = json!({ "devId": lock.id, "open": open });
        let reason = match self.send_write(lock, verb, pd).await? {
            Sent::Answer(_) => return Ok(done),
            Sent::Lost(reason) => reason,
        };
        // Landed when the records show a new remote entry; otherwise unknown (the lock may not
        // have logged it yet), never "not applied".
        let read = match before {
            Err(e) => format!("the records could not be read before it was sent ({e})"),
            Ok(before) => match self.remote_ids(lock).await {
                Ok(after) if after.iter().any(|id| !before.contains(id)) => return Ok(done),
                Ok(_) => "the records show no new remote entry yet".to_string(),
                Err(e) => e.to_string(),
            },
        };
        Err(Error::Unconfirmed {
            what: format!("{verb} of {}", lock.id),
            reason,
            read,
            check: Box::new(Check::RemoteUnlocks {
                lock: lock.id.clone(),
            }),
        })
    }

    async fn active_date(&self, lock: &Lock) -> Result<ActiveDate> {
        let verb = "device active-date";
        let r = self.send(lock, verb, json!({ "devId": lock.id })).await?;
        let secs = wire::int(&scalar(&r), "v")
            .ok_or_else(|| bad(verb, "an activation date that is not a time", &r))?;
        Ok(ActiveDate {
            lock: lock.id.clone(),
            activated_at: Time::from_secs(secs, &lock.zone),
        })
    }

    async fn active_period(&self, lock: &Lock) -> Result<ActivePeriod> {
        let verb = "device active-period";
        let r = self.send(lock, verb, json!({ "devId": lock.id })).await?;
        let days = wire::int(&scalar(&r), "v")
            .filter(|d| *d >= 0)
            .ok_or_else(|| {
                bad(
                    verb,
                    "an activation period that is not a number of days",
                    &r,
                )
            })?;
        Ok(ActivePeriod {
            lock: lock.id.clone(),
            days: days as u64,
        })
    }

    async fn sync(&self, lock: &Lock, kinds: &[UnlockKind]) -> Result<SyncCheck> {
        let kinds: &[UnlockKind] = if kinds.is_empty() {
            &UnlockKind::ALL
        } else {
            kinds
        };
        let dps: Vec<u32> = kinds.iter().filter_map(|k| dp_of_unlock_kind(*k)).collect();
        let r = self
            .send(
                lock,
                "device sync",
                json!({ "devId": lock.id, "dpIds": dps }),
            )
            .await?;
        Ok(SyncCheck {
            lock: lock.id.clone(),
            check_string: wire::text(&r, "ins"),
            distributed: wire::flag(&r, "distributed"),
            dp: wire::int(&r, "dpId").and_then(|d| u32::try_from(d).ok()),
        })
    }
}

/// A device as the gateway describes it (in a home's list, or looked up by id: no home), its
/// battery read through its product's schema when known.
fn device_of(v: &Value, home: Option<&Home>, codes: Option<DpCodes>) -> Device {
    Device {
        dev_id: text(v, "devId"),
        name: text(v, "name"),
        category: text(v, "category"),
        category_code: text(v, "categoryCode"),
        product_id: text(v, "productId"),
        online: matches!(v.get("isOnline"), Some(Value::Bool(true)))
            || text(v, "isOnline") == "true",
        home: home.cloned(),
        local_key: Secret::new(text(v, "localKey")),
        time_zone: text(v, "timezoneId"),
        fixed_kind: None,
        pin_len: None,
        battery: battery_of(v.get("dps"), codes.as_ref()),
        last_activity: None,
        dp_codes: codes,
    }
}

pub async fn homes(client: &Client) -> Result<Vec<Home>> {
    let raw = client
        .call(
            "tuya.m.location.list",
            "1.0",
            None,
            &CallOptions {
                read: true,
                ..Default::default()
            },
        )
        .await?;
    let homes = raw
        .as_array()
        .map(|a| {
            a.iter()
                .map(|h| Home {
                    gid: text(h, "groupId"),
                    name: text(h, "name"),
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(homes)
}

/// A home's device list as text, to be read device by device (see `wire::read_list`).
pub async fn devices_of(client: &Client, gid: &str) -> Result<Box<serde_json::value::RawValue>> {
    client
        .call_text(
            "tuya.m.my.group.device.list",
            "1.0",
            None,
            &CallOptions {
                gid: Some(gid.to_string()),
                read: true,
                ..Default::default()
            },
        )
        .await
}

/// A home's product schemas (`tuya.m.device.ref.info.my.list`).
pub async fn schemas_of(client: &Client, gid: &str) -> Result<Value> {
    client
        .call(
            "tuya.m.device.ref.info.my.list",
            "1.0",
            None,
            &CallOptions {
                gid: Some(gid.to_string()),
                read: true,
                ..Default::default()
            },
        )
        .await
}

pub async fn get(client: &Client, dev_id: &str) -> Result<Value> {
    client
        .call(
            "tuya.m.device.get",
            "1.0",
            Some(&json!({ "devId": dev_id })),
            &CallOptions {
                read: true,
                ..Default::default()
            },
        )
        .await
}

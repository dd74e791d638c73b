//! Homes and devices as the cloud lists them, read into the typed models. A device's localKey
//! (the key its PINs are encrypted with) is kept for the lock handle and never serialised.

use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;
use serde_json::{json, Value};

use crate::client::{CallOptions, Client};
use crate::error::Result;
use crate::kind::Kind;
use crate::secret::Secret;

/// A home (the cloud's "group") of the account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Home {
    #[serde(rename = "id")]
    pub gid: String,
    pub name: String,
}

impl crate::model::Fields for Home {
    const FIELDS: &'static [&'static str] = &["id", "name"];
}

/// A device of the account. Serialises as `{id, name, kind, category, productId, online, home,
/// timeZone}`: `kind` is `wifi|ble|zigbee` or null (not a lock, or a lock of unknown radio),
/// `home` the home it was listed in (null when looked up by id), `timeZone` null when unknown.
#[derive(Debug, Clone)]
pub struct Device {
    pub dev_id: String,
    pub name: String,
    pub category: String,
    pub category_code: String,
    pub product_id: String,
    pub online: bool,
    pub home: Option<Home>,
    pub local_key: Secret,
    pub time_zone: String,
    /// The kind when the backend decides it rather than the category (the OpenAPI backend:
    /// `unknown` for every lock); None: detected from the category.
    pub fixed_kind: Option<Kind>,
}

impl crate::model::Fields for Device {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "kind",
        "category",
        "productId",
        "online",
        "home",
        "timeZone",
    ];
}

impl Serialize for Device {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("Device", 8)?;
        o.serialize_field("id", &self.dev_id)?;
        o.serialize_field("name", &self.name)?;
        o.serialize_field("kind", &self.kind())?;
        o.serialize_field("category", &non_empty(&self.category))?;
        o.serialize_field("productId", &non_empty(&self.product_id))?;
        o.serialize_field("online", &self.online)?;
        o.serialize_field("home", &self.home)?;
        o.serialize_field("timeZone", &non_empty(&self.time_zone))?;
        o.end()
    }
}

impl Device {
    pub fn kind(&self) -> Option<Kind> {
        if self.fixed_kind.is_some() {
            return self.fixed_kind;
        }
        Kind::detect(non_empty(&self.category_code), non_empty(&self.category))
    }
    pub fn is_lock(&self) -> bool {
        Kind::is_lock_category(&self.category) || self.kind().is_some()
    }

    pub fn from_json(v: &Value, home: Option<&Home>) -> Device {
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
        }
    }
}

fn non_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

pub use crate::mobile::wire::text;

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

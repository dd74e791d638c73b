//! The mobile gateway's side of [`crate::ops::DeviceOps`].

use async_trait::async_trait;

use crate::devices::{self, Device, Home};
use crate::error::Result;
use crate::mobile::Mobile;
use crate::ops::DeviceOps;

#[async_trait]
impl DeviceOps for Mobile {
    async fn device(&self, id: &str) -> Result<Device> {
        let raw = devices::get(&self.client, id).await?;
        self.keep_raw(&raw);
        Ok(Device::from_json(&raw, ""))
    }

    async fn homes_and_devices(&self) -> Result<Vec<(Home, Vec<Device>)>> {
        let mut out = vec![];
        for home in devices::homes(&self.client).await? {
            let raw = devices::devices_of(&self.client, &home.gid).await?;
            self.keep_raw(&raw);
            let list = raw
                .as_array()
                .map(|a| a.iter().map(|d| Device::from_json(d, &home.name)).collect())
                .unwrap_or_default();
            out.push((home, list));
        }
        Ok(out)
    }
}

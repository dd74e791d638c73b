//! Homes, devices, and the lock-wide settings and actions: voice password, remote unlock,
//! activation dates, method sync.

use async_trait::async_trait;

pub use crate::devices::{Device, Home};
use crate::error::Result;

#[async_trait]
pub trait DeviceOps {
    /// One device as the cloud describes it (kind, localKey and zone included).
    async fn device(&self, id: &str) -> Result<Device>;

    /// Every home of the account with its devices.
    async fn homes_and_devices(&self) -> Result<Vec<(Home, Vec<Device>)>>;
}

//! Open-door records and alarms.

use async_trait::async_trait;

#[async_trait]
pub trait RecordOps {}

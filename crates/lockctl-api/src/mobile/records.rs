//! The mobile gateway's side of [`crate::ops::RecordOps`].

use crate::mobile::Mobile;
use crate::ops::RecordOps;

#[async_trait::async_trait]
impl RecordOps for Mobile {}

//! The mobile gateway's side of [`crate::ops::MemberOps`].

use crate::mobile::Mobile;
use crate::ops::MemberOps;

#[async_trait::async_trait]
impl MemberOps for Mobile {}

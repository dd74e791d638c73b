//! Lock members (family and panel) and their unlock methods.

use async_trait::async_trait;

#[async_trait]
pub trait MemberOps {}

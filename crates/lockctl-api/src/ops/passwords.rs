//! Online temporary passwords, dynamic passwords, offline passwords and their clear codes.

use async_trait::async_trait;

#[async_trait]
pub trait PasswordOps {}

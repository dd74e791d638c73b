//! The mobile gateway's side of [`crate::ops::PasswordOps`].

use crate::mobile::Mobile;
use crate::ops::PasswordOps;

#[async_trait::async_trait]
impl PasswordOps for Mobile {}

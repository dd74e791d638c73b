//! The gateway's handlers, one module per area. Each parses its postData fields, calls one
//! world operation with the caller's uid, and shapes the response its action answers; world
//! refusals become error codes through `From<WorldError> for ApiError`.

pub mod account;
pub mod member;
pub mod misc;
pub mod offlinepwd;
pub mod opmode;
pub mod records;
pub mod temppwd;

pub use super::params::{opt_bool, opt_int, opt_str, paging, req_int, req_str, str_list};
pub use super::{Ctx, Reply};

//! One module per command group; each verb's args sit beside its handler.

pub mod api;
pub mod booking;
pub mod common;
pub mod completions;
pub mod device;
pub mod doctor;
pub mod login;
pub mod man;
pub mod member;
pub mod offlinepwd;
pub mod opmode;
pub mod plan;
pub mod profile;
pub mod prune;
pub mod records;
pub mod remote;
pub mod status;
pub mod temppwd;
pub mod trace;
pub mod voice;
pub mod watch;
pub mod words;

//! The typed operations on locks, one trait per area, and [`Backend`], the seam every command
//! talks through. A backend (the mobile gateway today, Tuya's Cloud OpenAPI next) implements the
//! area traits; commands never see action names, versions or wire fields.
//!
//! An operation a backend or lock kind does not have returns [`crate::Error::Unsupported`]
//! before anything is sent.

pub mod device;
pub mod members;
pub mod passwords;
pub mod records;

pub use device::DeviceOps;
pub use members::MemberOps;
pub use passwords::PasswordOps;
pub use records::RecordOps;

use serde_json::Value;

/// Everything lockctl can ask of a cloud.
pub trait Backend: DeviceOps + MemberOps + PasswordOps + RecordOps + Send + Sync {
    /// `mobile` or `openapi`, for messages.
    fn name(&self) -> &'static str;

    /// The wire results of the operations' main calls since the last take, oldest first
    /// (several when an operation read several pages): what `--raw` prints.
    fn take_raw(&self) -> Vec<Value>;

    /// Whether this lock offers `verb` (lockctl's words: `member count`, `temppwd dynamic`);
    /// `Unsupported` naming what it offers instead. No request: for checking every lock of a run
    /// before any is sent. A backend that cannot tell offers everything here and refuses when
    /// the operation is called.
    fn offers_verb(&self, lock: &crate::lock::Lock, verb: &str) -> crate::error::Result<()> {
        let _ = (lock, verb);
        Ok(())
    }

    /// Forget the wire results kept so far without reading them (when `--raw` is not asked for,
    /// a large answer is then never turned into a value tree).
    fn discard_raw(&self) {
        self.take_raw();
    }
}

//! A lock as every typed operation needs it: which lock, what kind, the key its PINs are
//! encrypted with, and the zone its times are read and shown in.

use jiff::tz::TimeZone;

use crate::kind::Kind;
use crate::secret::Secret;

#[derive(Debug, Clone)]
pub struct Lock {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    /// The device's localKey: PINs are encrypted with it before they leave the machine.
    pub local_key: Secret,
    /// The zone times are shown in: the lock's own, or the one the user asked for.
    pub zone: TimeZone,
    /// The PIN length the lock takes when known other than by its kind: learned from the lock's
    /// own refusal, or implied by the cloud's description of it (the OpenAPI's gateway
    /// sub-devices). None: the kind's length ([`Kind::pin_len`]).
    pub pin_len: Option<usize>,
}

impl Lock {
    /// The PIN length this lock takes; 0 when it is not known (the cloud judges).
    pub fn pin_len(&self) -> usize {
        self.pin_len.unwrap_or_else(|| self.kind.pin_len())
    }

    /// The zone's IANA name, or its fixed offset when it has none.
    pub fn zone_name(&self) -> String {
        self.zone
            .iana_name()
            .map(str::to_string)
            .unwrap_or_else(|| "UTC".to_string())
    }
}

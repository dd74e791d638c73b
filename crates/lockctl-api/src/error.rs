//! Typed failures of the gateway client. Every error code the gateway documents has a variant;
//! any other code lands in [`CloudCode::Other`] with the cloud's own message kept.

use std::fmt;

/// An error code in the cloud's envelope, classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CloudCode {
    /// `SING_VALIDATE_FALED` (sic): the signature did not verify.
    SignatureInvalid,
    /// `ILLEGAL_CLIENT_ID`: the app key is unknown.
    IllegalClientId,
    /// `USER_SESSION_INVALID`: the session expired.
    SessionInvalid,
    /// `USER_SESSION_LOSS`: no session, or an unknown one.
    SessionLoss,
    /// `USER_PASSWD_WRONG`: wrong password (or a stale login token).
    PasswordWrong,
    /// `TIME_VALIDATE_FAILED`: the client's clock is too far from the cloud's.
    TimeInvalid,
    /// `API_OR_API_VERSION_WRONG`: unknown action, or a version it does not have.
    ApiOrVersionWrong,
    /// `REQUEST_TOO_FREQUENTLY`: rate limited.
    TooFrequent,
    /// `PERMISSION_DENIED`: not this account's device, or not allowed for this member.
    PermissionDenied,
    /// `DEVICE_NOT_EXIST`: unknown device id.
    DeviceNotExist,
    /// `PARAM_ILLEGAL`: malformed or out-of-range postData.
    ParamIllegal,
    /// Any other code, kept verbatim.
    Other(String),
}

impl CloudCode {
    pub fn parse(code: &str) -> CloudCode {
        match code {
            "SING_VALIDATE_FALED" => CloudCode::SignatureInvalid,
            "ILLEGAL_CLIENT_ID" => CloudCode::IllegalClientId,
            "USER_SESSION_INVALID" => CloudCode::SessionInvalid,
            "USER_SESSION_LOSS" => CloudCode::SessionLoss,
            "USER_PASSWD_WRONG" => CloudCode::PasswordWrong,
            "TIME_VALIDATE_FAILED" => CloudCode::TimeInvalid,
            "API_OR_API_VERSION_WRONG" => CloudCode::ApiOrVersionWrong,
            "REQUEST_TOO_FREQUENTLY" => CloudCode::TooFrequent,
            "PERMISSION_DENIED" => CloudCode::PermissionDenied,
            "DEVICE_NOT_EXIST" => CloudCode::DeviceNotExist,
            "PARAM_ILLEGAL" => CloudCode::ParamIllegal,
            other => CloudCode::Other(other.to_string()),
        }
    }

    /// The exact wire spelling.
    pub fn as_wire(&self) -> &str {
        match self {
            CloudCode::SignatureInvalid => "SING_VALIDATE_FALED",
            CloudCode::IllegalClientId => "ILLEGAL_CLIENT_ID",
            CloudCode::SessionInvalid => "USER_SESSION_INVALID",
            CloudCode::SessionLoss => "USER_SESSION_LOSS",
            CloudCode::PasswordWrong => "USER_PASSWD_WRONG",
            CloudCode::TimeInvalid => "TIME_VALIDATE_FAILED",
            CloudCode::ApiOrVersionWrong => "API_OR_API_VERSION_WRONG",
            CloudCode::TooFrequent => "REQUEST_TOO_FREQUENTLY",
            CloudCode::PermissionDenied => "PERMISSION_DENIED",
            CloudCode::DeviceNotExist => "DEVICE_NOT_EXIST",
            CloudCode::ParamIllegal => "PARAM_ILLEGAL",
            CloudCode::Other(s) => s,
        }
    }

    /// Plain words for the code.
    pub fn describe(&self) -> &'static str {
        match self {
            CloudCode::SignatureInvalid => "the cloud rejected the request signature",
            CloudCode::IllegalClientId => "the cloud does not know this app key (client id)",
            CloudCode::SessionInvalid => "the session has expired",
            CloudCode::SessionLoss => "there is no valid session",
            CloudCode::PasswordWrong => "the account or password is wrong",
            CloudCode::TimeInvalid => "this machine's clock is too far from the cloud's",
            CloudCode::ApiOrVersionWrong => "the cloud has no such action or action version",
            CloudCode::TooFrequent => "the cloud is rate limiting this account",
            CloudCode::PermissionDenied => "this account is not allowed to do that",
            CloudCode::DeviceNotExist => "the cloud knows no device with that id",
            CloudCode::ParamIllegal => "the cloud refused the request's parameters",
            CloudCode::Other(_) => "the cloud refused the request",
        }
    }

    pub fn is_session(&self) -> bool {
        matches!(self, CloudCode::SessionInvalid | CloudCode::SessionLoss)
    }

    /// Failures that mean "your credentials are wrong or missing".
    pub fn is_auth(&self) -> bool {
        matches!(
            self,
            CloudCode::SessionInvalid
                | CloudCode::SessionLoss
                | CloudCode::PasswordWrong
                | CloudCode::SignatureInvalid
                | CloudCode::IllegalClientId
        )
    }
}

impl fmt::Display for CloudCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_wire())
    }
}

/// Everything the API layer can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The cloud answered with an error envelope.
    #[error("{} ({code}): {message}", code.describe())]
    Cloud {
        code: CloudCode,
        message: String,
        action: String,
    },
    /// The endpoint could not be reached, or did not answer in time.
    #[error("could not reach {url}: {reason}")]
    Unreachable { url: String, reason: String },
    /// The request went out but its answer was lost (timed out, HTTP 5xx without an envelope,
    /// connection reset): a write may or may not have been applied.
    #[error("no answer to {action} from {url}: {reason}")]
    AnswerLost {
        url: String,
        action: String,
        reason: String,
    },
    /// A write's answer was lost and reading back shows it was not applied.
    #[error(
        "{what} failed: the answer was lost ({reason}) and reading back shows nothing was changed"
    )]
    NotApplied { what: String, reason: String },
    /// A write's answer was lost and reading back failed too: it may have landed.
    #[error(
        "{what} may have landed: the answer was lost ({reason}) and reading back failed ({read})"
    )]
    Unconfirmed {
        what: String,
        reason: String,
        read: String,
        check: Box<Check>,
    },
    /// A live entry of the same type already has this name on the lock; nothing was sent.
    #[error("already_exists: {what} named `{name}` already exists on this lock (id {id})")]
    AlreadyExists {
        /// `a member`, `a temporary password`, `an offline password`.
        what: String,
        name: String,
        id: String,
    },
    /// The endpoint answered something that is not a gateway envelope.
    #[error("{url} did not answer like Tuya's gateway: {reason}")]
    BadResponse { url: String, reason: String },
    /// A call needs a session and there is none.
    #[error("not logged in")]
    NotLoggedIn,
    /// The configuration given to the client is unusable.
    #[error("{0}")]
    Config(String),
    /// A value from the caller is invalid (bad PIN, bad JSON...).
    #[error("{0}")]
    Invalid(String),
    /// The operation does not exist for this lock kind or backend; nothing was sent.
    #[error("`{verb}` does not exist for {what}")]
    Unsupported {
        verb: String,
        /// Who lacks it: `Bluetooth locks`, `the openapi backend`.
        what: String,
        /// Verbs of the same group that are offered instead.
        offered: Vec<String>,
    },
    /// The Cloud OpenAPI refused a call (an error envelope, or HTTP 429): in plain words, with
    /// the next step in `hint`.
    #[error("{}", service_line(*code, what, message))]
    Service {
        code: i64,
        /// Plain words for the code (empty when lockctl does not know it).
        what: String,
        /// The cloud's own message, control characters removed.
        message: String,
        /// What to do next.
        hint: String,
        trouble: Trouble,
    },
}

/// How a service error counts, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trouble {
    /// The access id, secret, token or clock: exit 4.
    Auth,
    /// The lock or the service does not offer this: exit 2.
    Unsupported,
    /// Anything else: exit 1.
    Failure,
}

fn service_line(code: i64, what: &str, message: &str) -> String {
    if what.is_empty() {
        format!("{message} (Tuya code {code})")
    } else {
        format!("{what} (Tuya code {code}): {message}")
    }
}

/// The read that shows whether a write landed, for the user to run when lockctl could not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// Panel members of a lock.
    Members {
        lock: String,
    },
    /// A member's unlock methods.
    Methods {
        lock: String,
        member: String,
    },
    TempPasswords {
        lock: String,
    },
    /// Offline codes of one type (`multiple`, `once`...).
    OfflinePasswords {
        lock: String,
        kind: String,
    },
    /// The members of a lock as the OpenAPI lists them.
    LockUsers {
        lock: String,
    },
    /// Offline codes where only a mobile profile can list them (the OpenAPI has no such list).
    OfflineOnMobile {
        lock: String,
        kind: String,
    },
    /// Remote unlocks in a lock's open-door records.
    RemoteUnlocks {
        lock: String,
    },
    /// The lock's device record (online or not).
    Device {
        lock: String,
    },
    /// Whether the lock's voice-assistant password is on.
    Voice {
        lock: String,
    },
    /// Offline codes of every named type (the code's type could not be learned).
    OfflineAnyType {
        lock: String,
    },
    /// Every member's unlock methods (a method named without its member).
    LockMethods {
        lock: String,
    },
    /// The accounts panel members are shared to (the panel list's wire answer).
    Shares {
        lock: String,
    },
    /// Who the newest open-door records name.
    History {
        lock: String,
    },
}

/// What the read after a write that was done could not learn: the write stands (it is reported
/// as done), and the command warns naming `check`, the read that shows it. Carried on the made
/// model, never serialised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotRead {
    /// What could not be read: `the new password's id`, `the lock's state`.
    pub thing: String,
    /// Why: the read's error, or what it found instead.
    pub reason: String,
    pub check: Check,
}

impl NotRead {
    /// Boxed: it rides on models that are otherwise small.
    pub fn new(thing: &str, reason: impl std::fmt::Display, check: Check) -> Box<NotRead> {
        Box::new(NotRead {
            thing: thing.to_string(),
            reason: reason.to_string(),
            check,
        })
    }
}

impl Error {
    /// The stable code word of an error a script may test for.
    pub fn code_word(&self) -> Option<&'static str> {
        match self {
            Error::AlreadyExists { .. } => Some("already_exists"),
            Error::Unconfirmed { .. } => Some("may_have_landed"),
            _ => None,
        }
    }

    pub fn cloud_code(&self) -> Option<&CloudCode> {
        match self {
            Error::Cloud { code, .. } => Some(code),
            _ => None,
        }
    }

    /// The PIN length a lock asked for when it refused a PIN of another length (the OpenAPI's
    /// 1109 "... must be N digits ..."): None for any other error.
    pub fn pin_len_wanted(&self) -> Option<usize> {
        match self {
            Error::Service {
                code: 1109,
                message,
                ..
            } => digits_named(message),
            _ => None,
        }
    }
}

/// `N` of the first "N digits" (or "N-digit") in a message, when N is a PIN length (4 to 12).
pub fn digits_named(msg: &str) -> Option<usize> {
    let lower = msg.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|w| {
        let n: usize = w[0].parse().ok()?;
        let unit = w[1].trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        (matches!(unit, "digit" | "digits") && (4..=12).contains(&n)).then_some(n)
    })
}

pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pin_length_a_refusal_names() {
        assert_eq!(
            digits_named("param is illegal: password must be 6 digits on this lock"),
            Some(6)
        );
        assert_eq!(digits_named("a 7-digit PIN is needed"), Some(7));
        assert_eq!(digits_named("name must be 1 to 32 characters"), None);
        assert_eq!(digits_named("must be 99 digits"), None);
        let e = Error::Service {
            code: 1109,
            what: String::new(),
            message: "password must be 6 digits on this lock".into(),
            hint: String::new(),
            trouble: Trouble::Failure,
        };
        assert_eq!(e.pin_len_wanted(), Some(6));
    }
}

//! One classification of failures into exit codes, and the renderer: `error: what`, the causes,
//! and a `hint:` naming what to do next.

use lockctl_api::error::Check;
use lockctl_api::{CloudCode, Error as ApiError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    Failure = 1,
    Usage = 2,
    Auth = 4,
    Cancelled = 130,
}

/// A failure with its exit code and a hint, raised by the binary's own checks.
#[derive(Debug)]
pub struct Fail {
    pub exit: Exit,
    pub message: String,
    pub hint: Option<String>,
}

impl std::fmt::Display for Fail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Fail {}

impl Fail {
    pub fn usage(message: impl Into<String>) -> anyhow::Error {
        Fail {
            exit: Exit::Usage,
            message: message.into(),
            hint: None,
        }
        .into()
    }
    pub fn usage_hint(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
        Fail {
            exit: Exit::Usage,
            message: message.into(),
            hint: Some(hint.into()),
        }
        .into()
    }
    pub fn auth(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
        Fail {
            exit: Exit::Auth,
            message: message.into(),
            hint: Some(hint.into()),
        }
        .into()
    }
    pub fn failure(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
        Fail {
            exit: Exit::Failure,
            message: message.into(),
            hint: Some(hint.into()),
        }
        .into()
    }
    pub fn cancelled() -> anyhow::Error {
        Fail {
            exit: Exit::Cancelled,
            message: "cancelled".into(),
            hint: None,
        }
        .into()
    }
}

/// Exit code and hint for any error.
pub fn classify(err: &anyhow::Error) -> (Exit, Option<String>) {
    if let Some(f) = err.downcast_ref::<Fail>() {
        return (f.exit, f.hint.clone());
    }
    if let Some(e) = err.downcast_ref::<ApiError>() {
        return classify_api(e);
    }
    if let Some(io) = err.downcast_ref::<std::io::Error>() {
        if io.kind() == std::io::ErrorKind::Interrupted {
            return (Exit::Cancelled, None);
        }
    }
    (Exit::Failure, None)
}

fn classify_api(e: &ApiError) -> (Exit, Option<String>) {
    let h = |s: &str| Some(s.to_string());
    match e {
        ApiError::NotLoggedIn => (Exit::Auth, h("run `lockctl login` for this profile")),
        ApiError::Config(_) => (Exit::Usage, h("check the profile with `lockctl profile show`")),
        ApiError::Invalid(_) => (Exit::Usage, None),
        ApiError::Unsupported { verb, offered, .. } => {
            let group = verb.split(' ').next().unwrap_or(verb);
            if offered.is_empty() {
                (Exit::Usage, Some(format!("this lock has no `{group}` verbs; see `lockctl api list`")))
            } else {
                (Exit::Usage, Some(format!("this lock offers: {}", offered.join(", "))))
            }
        }
        ApiError::AlreadyExists { .. } => (Exit::Failure, h("pick another name, or pass --allow-duplicate-name to add it anyway")),
        ApiError::AnswerLost { .. } => (Exit::Failure, h("the request went out: if it was a change, check whether it was applied before retrying")),
        ApiError::NotApplied { .. } => (Exit::Failure, h("it is safe to retry")),
        ApiError::Unconfirmed { check, .. } => (Exit::Failure, Some(format!("may have landed: check with `{}` before retrying", check_command(check)))),
        ApiError::Unread { check, .. } => (Exit::Ok, Some(format!("find it with `{}`", check_command(check)))),
        ApiError::Unreachable { .. } => (Exit::Failure, h("check the network and the profile's endpoint (`lockctl profile show`)")),
        ApiError::BadResponse { .. } => (Exit::Failure, h("the endpoint may not be Tuya's gateway: check it with `lockctl profile show`, or retry later")),
        ApiError::Cloud { code, message, .. } => {
            let exit = if code.is_auth() { Exit::Auth } else { Exit::Failure };
            let hint = match code {
                CloudCode::SignatureInvalid => h("check the profile's app secret, and in hmac mode its bmp secret and cert sign; re-create it with `lockctl profile add`"),
                CloudCode::IllegalClientId => h("check the profile's --client-id (`lockctl profile show`)"),
                CloudCode::SessionInvalid | CloudCode::SessionLoss => h("run `lockctl login`"),
                CloudCode::PasswordWrong => h("check the account and password, then run `lockctl login` again"),
                CloudCode::TimeInvalid => h("set this machine's clock right (e.g. enable NTP) and retry"),
                CloudCode::ApiOrVersionWrong => h("the lock may be of another kind than lockctl thinks: pass --kind, or see `lockctl api list`"),
                CloudCode::TooFrequent => h("wait a minute and try again"),
                CloudCode::PermissionDenied => h("this account does not own the lock, or is not its administrator"),
                CloudCode::DeviceNotExist => h("run `lockctl device list` to see the device ids of this account"),
                CloudCode::ParamIllegal => Some(format!("the cloud said: {message}")),
                CloudCode::Other(c) if c == "OFFLINE_PWD_EXCEED_LIMIT" => h("a lock takes at most 10 one-time or clear codes an hour: wait, or see `lockctl offlinepwd available`"),
                CloudCode::Other(c) if c == "REMOTE_UNLOCK_DISABLED" => h("switch remote unlock on in the lock's settings in the app"),
                CloudCode::Other(_) => None,
            };
            (exit, hint)
        }
    }
}

/// The read that tells whether a write landed, as a command line.
pub fn check_command(c: &Check) -> String {
    match c {
        Check::Members { lock } => format!("lockctl member list --panel --all -d {lock}"),
        Check::Methods { lock, member } => format!("lockctl opmode list -d {lock} --user {member}"),
        Check::TempPasswords { lock } => format!("lockctl temppwd list -d {lock}"),
        Check::OfflinePasswords { lock, kind } => {
            format!("lockctl offlinepwd list -d {lock} --type {kind} --all")
        }
    }
}

/// Print the error to stderr as `error: ...`, its causes, and the hint (through the output module).
/// A write that succeeded but could not be read back is a warning, and the exit is 0.
pub fn render(err: &anyhow::Error) -> Exit {
    let (exit, hint) = classify(err);
    if exit == Exit::Cancelled {
        crate::output::sink::stderr_line("cancelled");
        return exit;
    }
    if exit == Exit::Ok {
        let hint = hint.map(|h| format!("; {h}")).unwrap_or_default();
        crate::output::sink::stderr_line(&format!("warning: {err}{hint}"));
        return exit;
    }
    let causes: Vec<String> = err.chain().skip(1).map(|c| c.to_string()).collect();
    crate::output::sink::error_report(&err.to_string(), &causes, hint.as_deref());
    exit
}

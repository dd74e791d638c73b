//! One classification of failures into exit codes, and the words of an error: `error: what`, the
//! causes, and a `hint:` naming what to do next (`output::failure` prints them). A hint's commands
//! work as printed: they repeat the `--profile` and `--dev` the user gave as flags (see [`Given`]).

use lockctl_api::error::Check;
use lockctl_api::{CloudCode, Error as ApiError, Kind};

/// What the user gave that an error's words depend on: hints repeat `--profile` (given as the
/// flag or as `LOCKCTL_PROFILE`: a hint pasted into another shell, or read from `--json` by a
/// script, must still act on the same account) and `--dev` (a `LOCKCTL_DEV` needs no repeating:
/// a hint about a lock names the lock itself), and a refusal that `--kind` caused says so.
#[derive(Debug, Clone, Default)]
pub struct Given {
    pub profile: Option<String>,
    pub dev: Option<String>,
    pub kind: Option<Kind>,
}

impl Given {
    pub fn of(options: &crate::options::Options) -> Given {
        Given {
            profile: options
                .profile
                .clone()
                .or_else(|| crate::env::get(crate::env::PROFILE)),
            dev: options.dev.clone(),
            kind: options.kind,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    Failure = 1,
    Usage = 2,
    Auth = 4,
    /// `plan --exit-code` only: the plan has changes pending (nothing failed).
    Pending = 3,
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
    /// A failure that needs no hint (what to do was printed already, as `doctor`'s hints are).
    pub fn failure_alone(message: impl Into<String>) -> anyhow::Error {
        Fail {
            exit: Exit::Failure,
            message: message.into(),
            hint: None,
        }
        .into()
    }
    /// `plan --exit-code` with changes pending: exit 3, printing nothing more (the plan was
    /// printed).
    pub fn pending() -> anyhow::Error {
        Fail {
            exit: Exit::Pending,
            message: "changes pending".into(),
            hint: None,
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
pub fn classify(err: &anyhow::Error, given: &Given) -> (Exit, Option<String>) {
    if let Some(f) = err.downcast_ref::<Fail>() {
        return (f.exit, f.hint.clone());
    }
    if let Some(e) = err.downcast_ref::<ApiError>() {
        let (exit, hint) = classify_api(e);
        return match (e, given.kind) {
            (ApiError::Unsupported { what, .. }, _) if backend_wide(what) => (exit, hint),
            (ApiError::Unsupported { offered, .. }, Some(k)) if !offered.is_empty() => {
                let offer = format!("{} locks offer: {}", k.label(), offered.join(", "));
                (exit, Some(format!("{}; {offer}", kind_hint(k))))
            }
            (ApiError::Unsupported { .. }, Some(k))
            | (
                ApiError::Cloud {
                    code: CloudCode::ApiOrVersionWrong,
                    ..
                },
                Some(k),
            ) => (exit, Some(kind_hint(k))),
            _ => (exit, hint),
        };
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
        ApiError::NotLoggedIn => (Exit::Auth, h("run `lockctl login`")),
        ApiError::Service { trouble, hint, .. } => {
            let exit = match trouble {
                lockctl_api::error::Trouble::Auth => Exit::Auth,
                lockctl_api::error::Trouble::Unsupported => Exit::Usage,
                lockctl_api::error::Trouble::Failure => Exit::Failure,
            };
            (exit, (!hint.is_empty()).then(|| hint.clone()))
        }
        ApiError::Config(_) => (Exit::Usage, h("check the profile with `lockctl profile show`")),
        ApiError::Invalid(_) => (Exit::Usage, None),
        ApiError::Unsupported { what, .. } if backend_wide(what) => (
            Exit::Usage,
            h("use a profile of the mobile backend for this verb (`lockctl profile add NAME --region eu --client-id ID`)"),
        ),
        ApiError::Unsupported { verb, offered, .. } => {
            let group = verb.split(' ').next().unwrap_or(verb);
            if offered.is_empty() {
                (Exit::Usage, Some(format!("this lock has no `{group}` verbs; see `lockctl api list`")))
            } else {
                (Exit::Usage, Some(format!("this lock offers: {}", offered.join(", "))))
            }
        }
        ApiError::AlreadyExists { .. } => (Exit::Failure, h("pick another name, or pass --allow-duplicate-name to add it anyway")),
        ApiError::AnswerLost { .. } => (Exit::Failure, h("retry later: reads are safe to repeat (after `api call` of a change, check whether it was applied first)")),
        ApiError::NotApplied { .. } => (Exit::Failure, h("it is safe to retry")),
        ApiError::Unconfirmed { check, .. } => (Exit::Failure, Some(format!("may have landed: check with `{}` before retrying", check_command(check)))),
        ApiError::Unreachable { .. } => (Exit::Failure, h("check the network and the profile's endpoint (`lockctl profile show`)")),
        ApiError::BadResponse { .. } => (Exit::Failure, h("the endpoint may not be Tuya's gateway: check it with `lockctl profile show`, or retry later")),
        ApiError::Cloud { code, message, .. } => {
            let exit = if code.is_auth() { Exit::Auth } else { Exit::Failure };
            let hint = match code {
                CloudCode::SignatureInvalid => h("check the profile's app secret, and in hmac mode its bmp secret and cert sign; add the profile again with their right values (`lockctl profile add --help`)"),
                CloudCode::IllegalClientId => h("check the profile's --client-id (`lockctl profile show`)"),
                CloudCode::SessionInvalid | CloudCode::SessionLoss => h("run `lockctl login`"),
                CloudCode::PasswordWrong => h("check the account and password, then run `lockctl login` again"),
                CloudCode::TimeInvalid => h("set this machine's clock right (e.g. enable NTP) and retry"),
                CloudCode::ApiOrVersionWrong => h("the lock may be of another kind than lockctl thinks (`lockctl device show` shows its kind): pass --kind wifi, --kind ble or --kind zigbee"),
                CloudCode::TooFrequent => h("wait a minute and try again"),
                CloudCode::PermissionDenied => h("this account does not own the lock, or is not its administrator"),
                CloudCode::DeviceNotExist => h("run `lockctl device list` to see the device ids of this account"),
                // The cloud's words are in the error already: the hint says what to do.
                CloudCode::ParamIllegal if message.contains("PIN") => h("choose another PIN, or pass --generate and lockctl makes one"),
                CloudCode::ParamIllegal => h("check the values given (`--help` shows each flag's forms); if they look right, the cloud has a rule lockctl does not know"),
                CloudCode::Other(c) if c == "OFFLINE_PWD_EXCEED_LIMIT" => h("a lock takes at most 10 one-time or clear codes an hour: wait, or see `lockctl offlinepwd available --type once`"),
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
        Check::LockUsers { lock } => format!("lockctl member list -d {lock}"),
        Check::OfflineOnMobile { lock, kind } => {
            format!(
                "lockctl --profile MOBILE-PROFILE offlinepwd list -d {lock} --type {kind} --all"
            )
        }
        Check::RemoteUnlocks { lock } => {
            format!("lockctl history list -d {lock} --type remote --since -1h")
        }
        Check::Device { lock } => format!("lockctl device show -d {lock}"),
        Check::Voice { lock } => format!("lockctl voice status -d {lock}"),
        Check::OfflineAnyType { lock } => format!("lockctl offlinepwd list -d {lock} --all"),
        Check::LockMethods { lock } => format!(
            "lockctl member list -d {lock} --json id,unlockMethods; \
             lockctl member list -d {lock} --panel --all --json id,unlockMethods"
        ),
        Check::Shares { lock } => format!("lockctl member list -d {lock} --panel --all --raw"),
        Check::History { lock } => {
            format!("lockctl history list -d {lock} --limit 200 --json unlockId,member")
        }
    }
}

/// Whether an `Unsupported` is about the whole backend rather than the lock's kind.
fn backend_wide(what: &str) -> bool {
    what.starts_with("the openapi backend")
}

/// The hint when the lock's kind came from `--kind`: the cloud's own kind may differ.
fn kind_hint(k: Kind) -> String {
    format!(
        "--kind {k} was given: without it lockctl uses the kind the cloud reports \
         (`lockctl device show` shows it)"
    )
}

/// The message, saying so when a verb is missing only because `--kind` named another kind (the
/// API crate's words assert what kind the lock is).
pub fn message(err: &anyhow::Error, given: &Given) -> String {
    match (err.downcast_ref::<ApiError>(), given.kind) {
        (Some(ApiError::Unsupported { verb, what, .. }), Some(k)) if !backend_wide(what) => {
            format!(
                "`{verb}` does not exist for {} locks (--kind {k})",
                k.label()
            )
        }
        _ => err.to_string(),
    }
}

/// Groups whose verbs act on one lock, so a hint naming one needs the `--dev` the user gave.
const LOCK_GROUPS: &[&str] = &[
    "member",
    "opmode",
    "temppwd",
    "offlinepwd",
    "history",
    "alarm",
    "voice",
    "remote",
];

/// Every `lockctl ...` command in backticks in `hint`, with the `--profile` and `--dev` the user
/// gave as flags put back in, so the command works as printed. `profile add|list|use|remove`
/// stay as they are: they name their profile themselves and must work when `--profile` names
/// one that does not exist.
pub fn with_given(hint: &str, given: &Given) -> String {
    let mut out = String::with_capacity(hint.len());
    let mut parts = hint.split('`');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for (i, part) in parts.enumerate() {
        out.push('`');
        // Odd pieces lie between a pair of backticks.
        if i % 2 == 0 {
            out.push_str(&command_with_given(part, given));
        } else {
            out.push_str(part);
        }
    }
    out
}

/// One bare `lockctl ...` command (a status finding's hint, not in backticks) with the
/// `--profile` and `--dev` given put back in, as [`with_given`] does for each command in a hint.
pub fn command(cmd: &str, given: &Given) -> String {
    command_with_given(cmd, given)
}

fn command_with_given(cmd: &str, given: &Given) -> String {
    let Some(rest) = cmd.strip_prefix("lockctl ") else {
        return cmd.to_string();
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let (group, verb) = (words.first().copied(), words.get(1).copied());
    let has = |flags: &[&str]| words.iter().any(|w| flags.contains(w));
    let mut prefix = String::from("lockctl");
    let own_profile =
        group == Some("profile") && matches!(verb, Some("add" | "list" | "use" | "remove"));
    if let Some(p) = &given.profile {
        if !own_profile && !has(&["--profile"]) {
            prefix.push_str(&format!(" --profile {}", shell_word(p)));
        }
    }
    let needs_lock = group.is_some_and(|g| LOCK_GROUPS.contains(&g))
        || (group == Some("device") && verb != Some("list"));
    if let Some(d) = &given.dev {
        if needs_lock && !has(&["-d", "--dev"]) {
            prefix.push_str(&format!(" -d {}", shell_word(d)));
        }
    }
    format!("{prefix} {rest}")
}

/// `s` as one shell word: as it is when it holds only safe characters, else in single quotes.
fn shell_word(s: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_.,:/@+=%".contains(c);
    if !s.is_empty() && s.chars().all(safe) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn given(profile: Option<&str>, dev: Option<&str>) -> Given {
        Given {
            profile: profile.map(str::to_string),
            dev: dev.map(str::to_string),
            kind: None,
        }
    }

    #[test]
    fn hints_repeat_the_profile_and_dev_given() {
        let g = given(Some("home"), Some("bf00demo0000wifi0001"));
        assert_eq!(
            with_given("run `lockctl login`", &g),
            "run `lockctl --profile home login`"
        );
        assert_eq!(
            with_given("see `lockctl opmode list` and `lockctl device list`", &g),
            "see `lockctl --profile home -d bf00demo0000wifi0001 opmode list` and \
             `lockctl --profile home device list`"
        );
        assert_eq!(
            with_given("`lockctl device show`", &g),
            "`lockctl --profile home -d bf00demo0000wifi0001 device show`"
        );
    }

    #[test]
    fn hints_are_left_alone_where_nothing_was_given_or_needed() {
        let none = given(None, None);
        let h = "run `lockctl login`; try `--profile demo`";
        assert_eq!(with_given(h, &none), h);
        let g = given(Some("nosuch"), Some("x"));
        for h in [
            "create one with `lockctl profile add NAME --region eu --client-id ID`",
            "see `lockctl profile list`",
            "try `--profile demo`",
            "`lockctl --profile other member list -d y`",
            "an odd ` backtick",
        ] {
            assert_eq!(with_given(h, &g), h);
        }
        assert_eq!(
            with_given("`lockctl profile show`", &g),
            "`lockctl --profile nosuch profile show`"
        );
    }

    #[test]
    fn values_are_quoted_for_the_shell() {
        let g = given(Some("my home"), Some("Front Door's"));
        assert_eq!(
            with_given("`lockctl member list`", &g),
            "`lockctl --profile 'my home' -d 'Front Door'\\''s' member list`"
        );
        assert_eq!(shell_word("a-b_c.1"), "a-b_c.1");
        assert_eq!(shell_word(""), "''");
    }
}

//! Every environment variable lockctl reads, declared once.

/// Profile to use (same as `--profile`).
pub const PROFILE: &str = "LOCKCTL_PROFILE";
/// Device id for lock verbs (same as `--dev`).
pub const DEV: &str = "LOCKCTL_DEV";
/// Directory of `config.toml` and `credentials.toml`; default: the platform's config dir.
pub const CONFIG_DIR: &str = "LOCKCTL_CONFIG_DIR";
/// Directory of the demo emulator's state; default: `LOCKCTL_CONFIG_DIR` when set, else the
/// platform's data dir.
pub const DATA_DIR: &str = "LOCKCTL_DATA_DIR";
/// Minutes the cached device list is trusted before the cloud is asked again (default 15; 0:
/// always ask).
pub const CACHE_TTL: &str = "LOCKCTL_CACHE_TTL";
/// Never prompt (any value but empty or `0`), as `--no-input`.
pub const NO_INPUT: &str = "LOCKCTL_NO_INPUT";
/// App secret for `profile add` (never a flag).
pub const APP_SECRET: &str = "LOCKCTL_APP_SECRET";
/// Second app secret (hmac signing) for `profile add`.
pub const BMP_SECRET: &str = "LOCKCTL_BMP_SECRET";
/// A Tuya developer project's access secret for `profile add --backend openapi` (never a flag).
pub const ACCESS_SECRET: &str = "LOCKCTL_ACCESS_SECRET";
/// `off`: never use the system keyring; secrets stay in `credentials.toml` (0600), with no notice.
/// The test suite sets it so it never touches a developer's keyring.
pub const KEYRING: &str = "LOCKCTL_KEYRING";
/// The longest wait for one keyring call, in milliseconds (default 3 s); a keyring that does not
/// answer by then counts as absent for the rest of the run.
pub const KEYRING_TIMEOUT_MS: &str = "LOCKCTL_KEYRING_TIMEOUT_MS";
/// Disable colour (any value but empty or `0`); `--color` overrides it.
pub const NO_COLOR: &str = "NO_COLOR";
/// Colour even when stdout is not a terminal (any value but empty or `0`); `NO_COLOR` and
/// `--color` override it.
pub const CLICOLOR_FORCE: &str = "CLICOLOR_FORCE";
/// `TERM=dumb` turns colour off unless it is forced.
pub const TERM: &str = "TERM";
/// Table width when stdout is laid out as for a terminal but is not one (`LOCKCTL_FORCE_TTY`).
pub const COLUMNS: &str = "COLUMNS";

/// Lay stdout out as for a terminal even when it is not one (tests and snapshots of tables; any
/// value but empty or `0`); the width comes from `COLUMNS`.
pub const FORCE_TTY: &str = "LOCKCTL_FORCE_TTY";
/// Write every request and answer of the run to this file (as `--trace FILE`).
pub const TRACE: &str = "LOCKCTL_TRACE";
/// The largest answer lockctl reads from the cloud, in MiB of decoded body (default 32).
pub const MAX_ANSWER_MB: &str = "LOCKCTL_MAX_ANSWER_MB";

/// Milliseconds between two reads of a write's state under `--wait` (default 2 s). Tests set
/// it short.
pub const POLL_MS: &str = "LOCKCTL_POLL_MS";

/// The longest wait for one gateway request, in milliseconds (default 20 s): a request that
/// gets no answer by then counts as answer lost. Tests set it short.
pub const TIMEOUT_MS: &str = "LOCKCTL_TIMEOUT_MS";

/// Start lockctl's calendar at this instant instead of the system clock's (RFC 3339, Unix
/// seconds, or a shift such as `+400d`); it then advances in real time. For tests and for trying
/// what a window will look like on another day. Request signatures keep the real clock.
pub const NOW: &str = "LOCKCTL_NOW";

/// The proxy variables the HTTP client (reqwest) follows, as `lockctl doctor` lists them; the
/// client reads them itself. For each pair the upper-case name wins.
pub const PROXY_VARS: [&str; 8] = [
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
];

/// [`TIMEOUT_MS`] when it is set to a whole number of milliseconds.
pub fn timeout() -> Option<std::time::Duration> {
    get(TIMEOUT_MS)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|ms| *ms > 0)
        .map(std::time::Duration::from_millis)
}

pub fn get(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// A boolean variable: set unless absent, empty or `0`.
pub fn flag(name: &str) -> bool {
    get(name).is_some_and(|v| v != "0")
}

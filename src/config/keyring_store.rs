//! The system keyring (macOS Keychain, Windows Credential Manager, the Secret Service on Linux
//! and the BSDs), as lockctl uses it: one item per profile, service `lockctl`, account (user) =
//! the profile's name, holding one compact JSON document with all of the profile's secrets.
//!
//! Every call runs on a thread of its own and is given up after [`timeout`] (3 s): a keyring that
//! does not answer (a headless Linux box with a session bus but no unlocked keyring, WSL) must not
//! hang lockctl. Once a call was given up or found no keyring, the rest of the run does not ask
//! again. `LOCKCTL_KEYRING=off` keeps lockctl away from the keyring altogether (the test suite
//! sets it, so it never touches a developer's own keyring).
//!
//! keyring 3 falls back to an in-memory mock when no platform store is compiled in: lockctl names
//! every platform's store in Cargo.toml, [`Native`] names the store type each platform must get
//! (a build on a platform without one treats the keyring as absent, never as the mock), and a
//! unit test checks that the entries made are of that type.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::env;

/// The keyring item's service.
pub const SERVICE: &str = "lockctl";

/// The platform store keyring 3 must give lockctl (anything else, the mock above all, is refused).
#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
type Native = keyring::secret_service::SsCredential;
#[cfg(target_os = "macos")]
type Native = keyring::macos::MacCredential;
#[cfg(target_os = "windows")]
type Native = keyring::windows::WinCredential;

/// Whether this build has a platform keyring at all.
const SUPPORTED: bool = cfg!(any(
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "macos",
    target_os = "windows"
));

/// Set once a call found no keyring or was given up: the rest of the run uses the file.
static DOWN: AtomicBool = AtomicBool::new(false);

/// Why the keyring could not be used.
#[derive(Debug, Clone)]
pub struct Unavailable(pub String);

impl std::fmt::Display for Unavailable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether lockctl may try the keyring (`LOCKCTL_KEYRING=off` says no).
pub fn wanted() -> bool {
    SUPPORTED && !env::get(env::KEYRING).is_some_and(|v| v == "off" || v == "0")
}

/// The longest lockctl waits for one keyring call (`LOCKCTL_KEYRING_TIMEOUT_MS`, default 3 s).
pub fn timeout() -> Duration {
    env::get(env::KEYRING_TIMEOUT_MS)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|ms| *ms > 0)
        .map_or(Duration::from_secs(3), Duration::from_millis)
}

fn entry(profile: &str) -> keyring::Result<keyring::Entry> {
    let e = keyring::Entry::new(SERVICE, profile)?;
    if !is_native(&e) {
        return Err(keyring::Error::NoStorageAccess(
            "no platform keyring in this build".into(),
        ));
    }
    Ok(e)
}

#[cfg(any(
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "macos",
    target_os = "windows"
))]
fn is_native(e: &keyring::Entry) -> bool {
    e.get_credential().is::<Native>()
}

#[cfg(not(any(
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "macos",
    target_os = "windows"
)))]
fn is_native(_e: &keyring::Entry) -> bool {
    false
}

/// Run one keyring call on its own thread; give up after [`timeout`].
fn call<T: Send + 'static>(
    f: impl FnOnce() -> keyring::Result<T> + Send + 'static,
) -> Result<keyring::Result<T>, Unavailable> {
    if !wanted() {
        return Err(Unavailable(
            "the keyring is turned off (LOCKCTL_KEYRING=off)".into(),
        ));
    }
    if DOWN.load(Ordering::Relaxed) {
        return Err(Unavailable(
            "the system keyring did not answer earlier in this run".into(),
        ));
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("keyring".into())
        .spawn(move || {
            let _ = tx.send(f());
        });
    if spawned.is_err() {
        return Err(Unavailable(
            "cannot start a thread to ask the keyring".into(),
        ));
    }
    let wait = timeout();
    match rx.recv_timeout(wait) {
        Ok(r) => Ok(r),
        // The thread is left behind: it ends with the process.
        Err(_) => {
            DOWN.store(true, Ordering::Relaxed);
            Err(Unavailable(format!(
                "the system keyring did not answer within {} ms",
                wait.as_millis()
            )))
        }
    }
}

/// What a keyring error means for lockctl: the store is not there (or locked), or it is.
fn unavailable(e: keyring::Error) -> Unavailable {
    let why = match &e {
        keyring::Error::PlatformFailure(p) => format!("the system keyring failed: {p}"),
        keyring::Error::NoStorageAccess(p) => format!("no system keyring to use: {p}"),
        keyring::Error::BadEncoding(_) => "the keyring item is not lockctl's".into(),
        keyring::Error::TooLong(what, max) => {
            format!("the keyring refused the item: {what} is longer than {max}")
        }
        keyring::Error::Invalid(what, why) => format!("the keyring refused {what}: {why}"),
        keyring::Error::Ambiguous(_) => "the keyring holds several items for this profile".into(),
        keyring::Error::NoEntry => "the keyring item is missing".into(),
        _ => "the system keyring failed".into(),
    };
    if matches!(
        e,
        keyring::Error::PlatformFailure(_) | keyring::Error::NoStorageAccess(_)
    ) {
        DOWN.store(true, Ordering::Relaxed);
    }
    Unavailable(why)
}

/// The profile's item, None when there is none.
pub fn get(profile: &str) -> Result<Option<Vec<u8>>, Unavailable> {
    let p = profile.to_string();
    match call(move || entry(&p)?.get_secret())? {
        Ok(v) => Ok(Some(v)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(e)),
    }
}

/// Create or replace the profile's item.
pub fn set(profile: &str, data: &[u8]) -> Result<(), Unavailable> {
    let p = profile.to_string();
    let data = data.to_vec();
    call(move || entry(&p)?.set_secret(&data))?.map_err(unavailable)
}

/// Remove the profile's item (none is fine).
pub fn delete(profile: &str) -> Result<(), Unavailable> {
    let p = profile.to_string();
    match call(move || entry(&p)?.delete_credential())? {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(unavailable(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// keyring 3 without its platform features keeps secrets in an in-memory mock, lost at exit:
    /// the entries lockctl makes must be of the platform's own store. (Making an entry asks
    /// nothing of the keyring itself.)
    #[test]
    fn the_default_store_is_the_platform_one_never_the_mock() {
        let e = keyring::Entry::new(SERVICE, "unit-test-never-written").unwrap();
        assert!(
            !e.get_credential().is::<keyring::mock::MockCredential>(),
            "keyring's default store is the in-memory mock: name the platform features in Cargo.toml"
        );
        #[cfg(any(
            target_os = "linux",
            target_os = "freebsd",
            target_os = "openbsd",
            target_os = "macos",
            target_os = "windows"
        ))]
        assert!(
            is_native(&e),
            "keyring's default store is not the platform's"
        );
    }

    #[test]
    fn the_timeout_defaults_to_three_seconds() {
        if env::get(env::KEYRING_TIMEOUT_MS).is_none() {
            assert_eq!(timeout(), Duration::from_secs(3));
        }
    }
}

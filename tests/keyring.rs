//! Secrets in the system keyring, and the plain-text file where none answers.
//!
//! Every other test runs lockctl with `LOCKCTL_KEYRING=off` and no session bus (tests/common), so
//! the suite never touches a developer's keyring. These tests turn the keyring on, against a bus
//! that does not exist, a socket that never answers, or (Linux) a session bus and a
//! gnome-keyring of their own, started in the test's temp dir and stopped with it. Where
//! `dbus-daemon`, `dbus-send` or `gnome-keyring-daemon` is missing (Debian: `apt-get install
//! dbus gnome-keyring`), that test says SKIPPED.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{Emu, Run, User};

const SECRET: &str = "someappsecret000000000000000001";

/// `profile add` with a loopback endpoint nobody answers, `extra` flags, `envs` besides the secret.
fn add(u: &User, name: &str, extra: &[&str], envs: &[(&str, &str)]) -> Run {
    let mut args = vec![
        "profile",
        "add",
        name,
        "--endpoint",
        "http://127.0.0.1:9",
        "--client-id",
        "someclientid00000001",
    ];
    args.extend_from_slice(extra);
    let mut all = vec![("LOCKCTL_APP_SECRET", SECRET)];
    all.extend_from_slice(envs);
    u.run_env(&args, &all, None)
}

fn notice(u: &User) -> String {
    format!(
        "secrets stored in plain text in {}",
        u.config_dir().join("credentials.toml").display()
    )
}

fn shown(u: &User, name: &str, envs: &[(&str, &str)]) -> serde_json::Value {
    u.run_env(&["profile", "show", name, "--json"], envs, None)
        .ok()
        .json()
}

#[test]
fn no_keyring_falls_back_to_the_file_and_says_so_once() {
    let emu = Emu::start();
    let u = User::new();
    let nobus = format!("unix:path={}", u.dir.path().join("no-bus").display());
    let env = [
        ("LOCKCTL_KEYRING", "on"),
        ("DBUS_SESSION_BUS_ADDRESS", nobus.as_str()),
    ];
    let args = [
        "profile",
        "add",
        "t",
        "--endpoint",
        &emu.url,
        "--client-id",
        lockctl_emulator::DEMO_CLIENT_ID,
    ];
    let r = u
        .run_env(
            &args,
            &[
                env[0],
                env[1],
                ("LOCKCTL_APP_SECRET", lockctl_emulator::DEMO_APP_SECRET),
            ],
            None,
        )
        .ok();
    assert_eq!(r.stderr.matches(&notice(&u)).count(), 1, "{}", r.stderr);
    let path = u.config_dir().join("credentials.toml");
    assert_eq!(std::fs::metadata(&path).unwrap().mode() & 0o777, 0o600);
    let text = u.file("credentials.toml");
    assert!(text.contains(lockctl_emulator::DEMO_APP_SECRET), "{text}");
    assert!(text.contains("store = \"file\""), "{text}");
    // Said once per profile: the login, the session renewals and the next runs say nothing more.
    let r = u
        .run_env(
            &[
                "--profile",
                "t",
                "login",
                "--email",
                "demo@example.com",
                "--password-stdin",
                "--remember-password",
            ],
            &env,
            Some("lockctl-demo\n"),
        )
        .ok();
    assert!(!r.stderr.contains("plain text"), "{}", r.stderr);
    emu.with_inner(|s| s.expire_sessions());
    let r = u
        .run_env(&["--profile", "t", "device", "list"], &env, None)
        .ok();
    assert!(!r.stderr.contains("plain text"), "{}", r.stderr);
    let j = shown(&u, "t", &env);
    assert_eq!(j["secrets"], "file");
    assert_eq!(j["store"], "file");
    assert_eq!(j["session"]["account"], "demo@example.com");
    let list = u
        .run_env(&["profile", "list", "--json"], &env, None)
        .ok()
        .json();
    assert_eq!(list[0]["secrets"], "file");
    // Where the keyring is turned off on purpose, nothing is said at all.
    let r = add(&u, "quiet", &[], &[]).ok();
    assert!(!r.stderr.contains("plain text"), "{}", r.stderr);
}

#[test]
fn a_keyring_that_never_answers_is_given_up() {
    let u = User::new();
    // A socket that takes connections and never says a word: the D-Bus handshake waits forever.
    let sock = u.dir.path().join("silent-bus");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    let bus = format!("unix:path={}", sock.display());
    let env = [
        ("LOCKCTL_KEYRING", "on"),
        ("DBUS_SESSION_BUS_ADDRESS", bus.as_str()),
        ("LOCKCTL_KEYRING_TIMEOUT_MS", "300"),
    ];
    let r = add(&u, "t", &[], &env).ok();
    assert!(r.stderr.contains(&notice(&u)), "{}", r.stderr);
    assert!(
        r.stderr.contains("did not answer within 300 ms"),
        "{}",
        r.stderr
    );
    assert!(u.file("credentials.toml").contains(SECRET));
}

#[test]
fn insecure_storage_chooses_the_file_without_asking_the_keyring() {
    let u = User::new();
    let sock = u.dir.path().join("silent-bus");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    let bus = format!("unix:path={}", sock.display());
    // Were the keyring asked, this run would wait ten minutes and say why it fell back.
    let env = [
        ("LOCKCTL_KEYRING", "on"),
        ("DBUS_SESSION_BUS_ADDRESS", bus.as_str()),
        ("LOCKCTL_KEYRING_TIMEOUT_MS", "600000"),
    ];
    let r = add(&u, "t", &["--insecure-storage"], &env).ok();
    let line = r
        .stderr
        .lines()
        .find(|l| l.contains("plain text"))
        .unwrap_or_default();
    assert_eq!(line, format!("warning: {}", notice(&u)), "{}", r.stderr);
    assert!(u.file("credentials.toml").contains(SECRET));
    assert_eq!(shown(&u, "t", &env)["store"], "file");
}

#[test]
fn environment_secrets_win_over_the_stored_ones() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    let j = shown(&u, "t", &[]);
    assert_eq!(j["secrets"], "file");
    let env = [("LOCKCTL_APP_SECRET", "wrongappsecret0000000000000000001")];
    let j = shown(&u, "t", &env);
    assert_eq!(j["secrets"], "env");
    assert_eq!(j["store"], "file");
    let text = u.run_env(&["profile", "show", "t"], &env, None).ok().stdout;
    assert!(text.contains("environment (LOCKCTL_APP_SECRET)"), "{text}");
    // The wrong secret from the environment is the one that signs.
    let r = u.run_env(&["device", "list"], &env, None);
    assert_ne!(r.code, 0, "{}", r.stderr);
    u.run(&["device", "list"]).ok();
}

#[test]
fn migrate_secrets_needs_a_keyring_and_leaves_the_file_as_it_was() {
    let u = User::new();
    add(&u, "t", &[], &[]).ok();
    let before = u.file("credentials.toml");
    let nobus = format!("unix:path={}", u.dir.path().join("no-bus").display());
    let env = [
        ("LOCKCTL_KEYRING", "on"),
        ("DBUS_SESSION_BUS_ADDRESS", nobus.as_str()),
    ];
    let r = u
        .run_env(
            &["--profile", "t", "profile", "migrate-secrets"],
            &env,
            None,
        )
        .fails(1);
    assert!(r.stderr.contains("system keyring"), "{}", r.stderr);
    assert_eq!(u.file("credentials.toml"), before);
    let r = u
        .run_env(
            &["--profile", "demo", "profile", "migrate-secrets"],
            &env,
            None,
        )
        .fails(2);
    assert!(r.stderr.contains("--all"), "{}", r.stderr);
}

/// A session bus and an unlocked gnome-keyring of the test's own, stopped on drop.
struct Keyring {
    bus: Child,
    daemon: Child,
    address: String,
    _dir: tempfile::TempDir,
}

impl Drop for Keyring {
    fn drop(&mut self) {
        for c in [&mut self.daemon, &mut self.bus] {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn which(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(tool).is_file()))
}

impl Keyring {
    /// None (after saying SKIPPED) where the tools are missing.
    fn start() -> Option<Keyring> {
        for tool in ["dbus-daemon", "dbus-send", "gnome-keyring-daemon"] {
            if !which(tool) {
                common::skip(&format!(
                    "{tool} not found (apt-get install dbus gnome-keyring); the Secret Service path did not run"
                ));
                return None;
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().join("home");
        let runtime = dir.path().join("run");
        std::fs::create_dir_all(&home).unwrap();
        std::fs::create_dir_all(&runtime).unwrap();
        let envs = |c: &mut Command| {
            c.env("HOME", &home)
                .env("XDG_RUNTIME_DIR", &runtime)
                .env("XDG_DATA_HOME", home.join("data"))
                .env("XDG_CONFIG_HOME", home.join("config"))
                .env("XDG_CACHE_HOME", home.join("cache"));
        };
        let mut c = Command::new("dbus-daemon");
        c.args(["--session", "--nofork", "--print-address=1"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        envs(&mut c);
        let mut bus = c.spawn().expect("start dbus-daemon");
        let mut address = String::new();
        BufReader::new(bus.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        let address = address.trim().to_string();
        assert!(!address.is_empty(), "dbus-daemon printed no address");
        let mut c = Command::new("gnome-keyring-daemon");
        c.args(["--foreground", "--unlock", "--components=secrets"])
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        envs(&mut c);
        let mut daemon = c.spawn().expect("start gnome-keyring-daemon");
        {
            // The login keyring's password, then end of input: the keyring is made unlocked.
            let mut input = daemon.stdin.take().unwrap();
            input.write_all(b"test-keyring-password").unwrap();
        }
        let k = Keyring {
            bus,
            daemon,
            address,
            _dir: dir,
        };
        k.wait_for_service();
        Some(k)
    }

    /// Poll the bus until the Secret Service's name has an owner (30 s at most).
    fn wait_for_service(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let out = Command::new("dbus-send")
                .args([
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/",
                    "org.freedesktop.DBus.NameHasOwner",
                    "string:org.freedesktop.secrets",
                ])
                .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
                .output()
                .expect("run dbus-send");
            if String::from_utf8_lossy(&out.stdout).contains("boolean true") {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "gnome-keyring-daemon did not take the Secret Service's name"
            );
            std::thread::yield_now();
        }
    }

    fn env(&self) -> [(&str, &str); 2] {
        [
            ("LOCKCTL_KEYRING", "on"),
            ("DBUS_SESSION_BUS_ADDRESS", self.address.as_str()),
        ]
    }
}

fn no_secret_in(path: &Path, secrets: &[&str]) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    for s in secrets {
        assert!(
            !text.contains(s),
            "{} holds a secret:\n{text}",
            path.display()
        );
    }
    for key in [
        "sid",
        "password_md5",
        "access_token",
        "refresh_token",
        "app_secret",
    ] {
        assert!(
            !text.lines().any(|l| l.trim_start().starts_with(key)),
            "{} holds `{key}`:\n{text}",
            path.display()
        );
    }
}

#[test]
fn the_secret_service_keeps_every_secret_and_every_renewal() {
    let Some(k) = Keyring::start() else {
        return;
    };
    let env = k.env();
    let emu = Emu::start();
    let u = User::new();
    let creds = u.config_dir().join("credentials.toml");
    let app_secret = lockctl_emulator::DEMO_APP_SECRET;
    let with_secret = [env[0], env[1], ("LOCKCTL_APP_SECRET", app_secret)];
    let add_args = |name: &'static str| {
        [
            "profile",
            "add",
            name,
            "--endpoint",
            &emu.url,
            "--client-id",
            lockctl_emulator::DEMO_CLIENT_ID,
        ]
        .map(str::to_string)
    };
    let a = add_args("t");
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let r = u.run_env(&a, &with_secret, None).ok();
    assert!(!r.stderr.contains("plain text"), "{}", r.stderr);
    u.run_env(
        &[
            "--profile",
            "t",
            "login",
            "--email",
            "demo@example.com",
            "--password-stdin",
            "--remember-password",
        ],
        &env,
        Some("lockctl-demo\n"),
    )
    .ok();
    no_secret_in(&creds, &[app_secret]);
    let text = std::fs::read_to_string(&creds).unwrap();
    assert!(text.contains("store = \"keyring\""), "{text}");
    let j = shown(&u, "t", &env);
    assert_eq!(j["secrets"], "keyring");
    assert_eq!(j["store"], "keyring");
    assert_eq!(j["appSecret"], "set");
    assert_eq!(j["relogin"], true);
    assert_eq!(j["session"]["account"], "demo@example.com");
    let list = u
        .run_env(&["profile", "list", "--json"], &env, None)
        .ok()
        .json();
    assert_eq!(list[0]["secrets"], "keyring");
    assert_eq!(list[0]["account"], "demo@example.com");
    // A second run reads the keyring: the stored session works.
    emu.clear_journal();
    u.run_env(&["--profile", "t", "device", "list"], &env, None)
        .ok();
    assert!(emu.journal().iter().all(|(_, o)| o == "ok"));

    // The session expires: the run logs in again and writes the new session to the keyring.
    emu.with_inner(|s| s.expire_sessions());
    u.run_env(&["--profile", "t", "device", "list"], &env, None)
        .ok();
    emu.clear_journal();
    u.run_env(&["--profile", "t", "device", "list"], &env, None)
        .ok();
    assert!(
        emu.journal().iter().all(|(_, o)| o == "ok"),
        "{:?}",
        emu.journal()
    );

    // Two runs renewing at once: both succeed and what is left works.
    emu.with_inner(|s| s.expire_sessions());
    let runs: Vec<Run> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..2)
            .map(|_| s.spawn(|| u.run_env(&["--profile", "t", "device", "list"], &env, None)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for r in runs {
        r.ok();
    }
    emu.clear_journal();
    u.run_env(&["--profile", "t", "device", "list"], &env, None)
        .ok();
    assert!(
        emu.journal().iter().all(|(_, o)| o == "ok"),
        "{:?}",
        emu.journal()
    );
    no_secret_in(&creds, &[app_secret]);

    // A profile kept in the file by choice, then moved into the keyring.
    let a = add_args("f");
    let mut a: Vec<&str> = a.iter().map(String::as_str).collect();
    a.push("--insecure-storage");
    let r = u.run_env(&a, &with_secret, None).ok();
    assert!(r.stderr.contains(&notice(&u)), "{}", r.stderr);
    u.run_env(
        &[
            "--profile",
            "f",
            "login",
            "--email",
            "demo@example.com",
            "--password-stdin",
        ],
        &env,
        Some("lockctl-demo\n"),
    )
    .ok();
    assert!(std::fs::read_to_string(&creds)
        .unwrap()
        .contains(app_secret));
    assert_eq!(shown(&u, "f", &env)["store"], "file");
    let moved = u
        .run_env(
            &["profile", "migrate-secrets", "--all", "--json"],
            &env,
            None,
        )
        .ok()
        .json();
    assert_eq!(moved[0]["name"], "f");
    assert_eq!(moved[0]["moved"], true);
    no_secret_in(&creds, &[app_secret]);
    assert_eq!(shown(&u, "f", &env)["store"], "keyring");
    emu.clear_journal();
    u.run_env(&["--profile", "f", "device", "list"], &env, None)
        .ok();
    assert!(
        emu.journal().iter().all(|(_, o)| o == "ok"),
        "{:?}",
        emu.journal()
    );
    let again = u
        .run_env(
            &["--profile", "f", "profile", "migrate-secrets", "--json"],
            &env,
            None,
        )
        .ok()
        .json();
    assert_eq!(again[0]["moved"], false);

    // An OpenAPI profile: the access secret and the project token live in the keyring, and the
    // token fetched by one run serves the next.
    let access = lockctl_emulator::DEMO_ACCESS_SECRET;
    u.run_env(
        &[
            "profile",
            "add",
            "oa",
            "--backend",
            "openapi",
            "--endpoint",
            &emu.url,
            "--access-id",
            lockctl_emulator::DEMO_ACCESS_ID,
        ],
        &[env[0], env[1], ("LOCKCTL_ACCESS_SECRET", access)],
        None,
    )
    .ok();
    u.run_env(&["--profile", "oa", "device", "list"], &env, None)
        .ok();
    no_secret_in(&creds, &[access]);
    emu.clear_journal();
    u.run_env(&["--profile", "oa", "device", "list"], &env, None)
        .ok();
    assert!(
        !emu.sent().iter().any(|a| a.contains("/v1.0/token")),
        "{:?}",
        emu.sent()
    );
    assert_eq!(shown(&u, "oa", &env)["secrets"], "keyring");

    // Without the keyring, a keyring profile says what is wrong rather than "not logged in".
    let off = [("LOCKCTL_KEYRING", "off")];
    let r = u
        .run_env(&["--profile", "t", "device", "list"], &off, None)
        .fails(1);
    assert!(r.stderr.contains("system keyring"), "{}", r.stderr);
    let j = shown(&u, "t", &off);
    assert_eq!(j["appSecret"], "unknown");
    assert!(j["keyringError"].is_string(), "{j}");

    // Removing a profile removes its item: put the profile's tables back by hand and the
    // keyring has nothing for it.
    let config = u.config_dir().join("config.toml");
    let saved = std::fs::read_to_string(&config).unwrap();
    u.run_env(&["profile", "remove", "t", "--yes"], &env, None)
        .ok();
    std::fs::write(&config, saved).unwrap();
    let mut text = std::fs::read_to_string(&creds).unwrap();
    text.push_str("\n[profiles.t]\nstore = \"keyring\"\n");
    std::fs::write(&creds, text).unwrap();
    let j = shown(&u, "t", &env);
    assert_eq!(j["appSecret"], "missing", "{j}");
    assert!(j["session"].is_null(), "{j}");
}

#[test]
fn a_credentials_file_from_before_keyrings_keeps_working() {
    let emu = Emu::start();
    let u = User::new();
    u.login_md5(&emu, "t");
    // As an earlier lockctl wrote it: no `store` line, the secrets in the file.
    let path = u.config_dir().join("credentials.toml");
    let old: String = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("store ="))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&path, &old).unwrap();
    u.run(&["device", "list"]).ok();
    assert_eq!(shown(&u, "t", &[])["secrets"], "file");
    // With a keyring wanted but none there, the first write says once where the secrets are.
    let nobus = format!("unix:path={}", u.dir.path().join("no-bus").display());
    let env = [
        ("LOCKCTL_KEYRING", "on"),
        ("DBUS_SESSION_BUS_ADDRESS", nobus.as_str()),
    ];
    emu.with_inner(|s| s.expire_sessions());
    let login = ["login", "--email", "demo@example.com", "--password-stdin"];
    let r = u.run_env(&login, &env, Some("lockctl-demo\n")).ok();
    assert_eq!(r.stderr.matches(&notice(&u)).count(), 1, "{}", r.stderr);
    let r = u.run_env(&login, &env, Some("lockctl-demo\n")).ok();
    assert!(!r.stderr.contains("plain text"), "{}", r.stderr);
    u.run_env(&["device", "list"], &env, None).ok();
}

#[test]
fn migrate_secrets_with_the_keyring_turned_off_says_to_unset_the_variable() {
    let u = User::new();
    add(&u, "t", &[], &[]).ok();
    let before = u.file("credentials.toml");
    let r = u
        .run_env(
            &["--profile", "t", "profile", "migrate-secrets"],
            &[("LOCKCTL_KEYRING", "off")],
            None,
        )
        .fails(1);
    assert!(
        r.stderr
            .contains("LOCKCTL_KEYRING=off turns the keyring off: unset it"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("is unlocked"), "{}", r.stderr);
    assert_eq!(u.file("credentials.toml"), before);
}

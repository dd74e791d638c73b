//! Harness for black-box tests: an emulator on an ephemeral loopback port (in a thread of its
//! own), a temp config dir per test, and the real `lockctl` binary.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use lockctl_emulator::server::Shared;
use lockctl_emulator::world::World;
use serde_json::Value;

pub mod clock;
pub mod cmdline;
pub mod fake;
pub mod faultrun;
pub mod flavour;
pub mod several;
pub mod watching;
#[allow(unused_imports)]
pub use fake::{CachedLock, FakeCloud};

pub const WIFI: &str = "bf00demo0000wifi0001";
pub const BLE: &str = "bf00demo00000ble0001";
pub const ZIGBEE: &str = "bf00demo000zigbee001";
pub const OTHER: &str = "bf00other000wifi0002";
pub const HMAC_ID: &str = "testclientid00000001";
pub const HMAC_SECRET: &str = "testappsecret0000000000000000001";
pub const HMAC_BMP: &str = "testbmpsecret0000000000000000002";

pub struct Emu {
    pub url: String,
    pub state: Shared,
    /// The lock clock's offset from the real clock as the test set it up (start, pin_clock):
    /// what [`Emu::clock_ahead`] counts from.
    start_offset: std::sync::atomic::AtomicI64,
}

/// The lock clock of an emulator on the pinned world ([`Emu::start`]) when it starts: Monday
/// 2026-12-07 11:00 in Berlin, 36 days after the seed epoch. The pinned world's windows,
/// statuses and relative times are read at it on every day the suite runs.
pub const PINNED_NOW: i64 = lockctl_emulator::world::ids::SEED_EPOCH + 36 * 86_400 + 10 * 3_600;

/// Every emulator this test process started, by URL: a `lockctl` whose profile points at one runs
/// on its lock clock (see [`User::cmd`]).
static EMULATORS: std::sync::Mutex<Vec<(String, Shared)>> = std::sync::Mutex::new(Vec::new());

impl Emu {
    /// An emulator on the seeded world pinned at the seed epoch, its lock clock pinned at
    /// [`PINNED_NOW`] (and so the clock of every `lockctl` run against it): output that does not
    /// move with the date.
    pub fn start() -> Emu {
        let emu = Self::with(lockctl_emulator::Config {
            pinned_world: true,
            ..Default::default()
        });
        let offset = PINNED_NOW - clock::real_now().as_second();
        emu.with_inner(|s| s.clock_offset = offset);
        emu.start_offset
            .store(offset, std::sync::atomic::Ordering::Relaxed);
        emu
    }

    /// The emulator's lock clock, in Unix seconds: "now" for this emulator and every `lockctl`
    /// run against it.
    pub fn now(&self) -> i64 {
        self.with_inner(|s| s.now())
    }

    /// An emulator on the demo world dated at the real clock, as users meet it.
    pub fn start_dated() -> Emu {
        Self::with(lockctl_emulator::Config::default())
    }

    /// Set the emulator's clock to `at` (Unix seconds) and rebuild the world dated at it, so
    /// that tests of relative times see the same world and the same clock on every day.
    pub fn pin_clock(&self, at: i64) {
        self.with_inner(|s| {
            s.clock_offset = at - clock::real_now().as_second();
            self.start_offset
                .store(s.clock_offset, std::sync::atomic::Ordering::Relaxed);
            s.world = lockctl_emulator::world::fresh_at(s.history_records, at);
            // The fleet and delivery delay the emulator was started with.
            let tuning = s.tuning.clone();
            tuning.furnish(&mut s.world, false, at);
        });
    }

    pub fn with(mut cfg: lockctl_emulator::Config) -> Emu {
        // The suite's clock (moved by LOCKCTL_TEST_SHIFT) is the lock clock too.
        cfg.tuning.clock_offset += clock::shift_secs();
        cfg.clients.push(
            lockctl_emulator::AppClient::parse(&format!(
                "{HMAC_ID}:{HMAC_SECRET}:hmac:A:{HMAC_BMP}"
            ))
            .unwrap(),
        );
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let r = lockctl_emulator::start(cfg).await.unwrap();
                tx.send((r.url.clone(), r.state.clone())).unwrap();
                std::future::pending::<()>().await;
            });
        });
        let (url, state) = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("emulator did not start");
        EMULATORS
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((url.clone(), state.clone()));
        let start_offset = state.lock().unwrap().clock_offset;
        Emu {
            url,
            state,
            start_offset: std::sync::atomic::AtomicI64::new(start_offset),
        }
    }

    /// Read the emulator's world.
    pub fn world<T>(&self, f: impl FnOnce(&World) -> T) -> T {
        let s = self.state.lock().unwrap();
        f(&s.world)
    }

    /// Change the emulator directly (what the control API does).
    pub fn with_inner<T>(&self, f: impl FnOnce(&mut lockctl_emulator::server::Inner) -> T) -> T {
        let mut s = self.state.lock().unwrap();
        f(&mut s)
    }

    /// The (action, outcome) pairs the gateway saw since the last clear.
    pub fn journal(&self) -> Vec<(String, String)> {
        self.state
            .lock()
            .unwrap()
            .journal
            .iter()
            .map(|j| (j.action.clone(), j.outcome.clone()))
            .collect()
    }

    /// The actions the gateway saw since the last clear, in order.
    pub fn sent(&self) -> Vec<String> {
        self.journal().into_iter().map(|j| j.0).collect()
    }

    pub fn clear_journal(&self) {
        self.state.lock().unwrap().journal.clear();
    }

    pub fn faults(&self, f: lockctl_emulator::server::Faults) {
        self.state.lock().unwrap().faults = f;
    }
}

/// Fleets, delivery and load (what the control API's fleet part does).
impl Emu {
    /// The demo world dated at the real clock, with a "Fleet" home of `n` more locks.
    pub fn start_fleet(n: usize) -> Emu {
        Self::with(lockctl_emulator::Config {
            tuning: lockctl_emulator::server::Tuning {
                fleet: n,
                ..Default::default()
            },
            ..Default::default()
        })
    }

    /// Take a lock offline or bring it back (what it waits for is delivered after the delay).
    pub fn set_online(&self, dev: &str, online: bool) {
        self.with_inner(|s| {
            let now = s.now();
            s.world.set_online(dev, online, now).unwrap();
        });
    }

    /// Make a lock refuse temporary passwords beyond `slots` (None: accept again).
    pub fn refuse_beyond(&self, dev: &str, slots: Option<usize>) {
        self.with_inner(|s| {
            let r = lockctl_emulator::world::delivery::Refusal {
                all: false,
                temp_password_slots: slots,
            };
            s.world.set_refusal(dev, r).unwrap();
        });
    }

    /// Seconds (emulator clock) a change takes to reach an online lock.
    pub fn delivery_delay(&self, secs: i64) {
        self.with_inner(|s| s.world.delivery_delay = secs);
    }

    /// Set the emulator's lock clock `secs` ahead of where the test set it up (its start, or
    /// [`Emu::pin_clock`]); `lockctl` runs against it follow.
    pub fn clock_ahead(&self, secs: i64) {
        let base = self.start_offset.load(std::sync::atomic::Ordering::Relaxed);
        self.with_inner(|s| s.clock_offset = base + secs);
    }

    /// Move the emulator's clock on; changes due by then reach their locks.
    pub fn advance(&self, secs: i64) {
        self.with_inner(|s| {
            s.clock_offset += secs;
            let now = s.now();
            s.world.settle(now);
        });
    }

    /// Answer REQUEST_TOO_FREQUENTLY above `rate` requests a second per session.
    pub fn throttle(&self, rate: f64, burst: Option<f64>) {
        self.with_inner(|s| {
            s.throttle
                .set(lockctl_emulator::server::ThrottleSettings::new(rate, burst).unwrap())
        });
    }

    /// Requests the throttle refused so far.
    pub fn throttled(&self) -> u64 {
        self.with_inner(|s| s.throttle.refused)
    }

    /// Wait (with a deadline) until the gateway has seen an action containing `part`.
    pub fn wait_for_action(&self, part: &str) {
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while !self.sent().iter().any(|a| a.contains(part)) {
            assert!(std::time::Instant::now() < deadline, "no {part} in time");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}): {}\nstderr: {}",
                self.stdout, self.stderr
            )
        })
    }
    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
    #[track_caller]
    pub fn fails(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
}

/// A user: a temp config dir (and HOME) of their own.
pub struct User {
    pub dir: tempfile::TempDir,
    /// The emulator this user's profile was last added against (`--endpoint`): its lock clock is
    /// this user's `lockctl`'s clock.
    emulator: std::sync::Mutex<Option<Shared>>,
}

impl User {
    pub fn new() -> User {
        User {
            dir: tempfile::tempdir().unwrap(),
            emulator: std::sync::Mutex::new(None),
        }
    }

    /// `LOCKCTL_NOW` for this user's next run: the lock clock of the emulator its profile points
    /// at, else the suite's clock (moved by `LOCKCTL_TEST_SHIFT`).
    fn lockctl_now(&self) -> Option<String> {
        match &*self.emulator.lock().unwrap_or_else(|e| e.into_inner()) {
            Some(state) => {
                let offset = state.lock().unwrap_or_else(|e| e.into_inner()).clock_offset;
                Some(format!("{offset:+}s"))
            }
            None => clock::lockctl_now(),
        }
    }

    /// Follow the emulator at `url` when a command line names it as an endpoint.
    fn bind(&self, args: &[&str]) {
        let Some(url) = args.windows(2).find(|w| w[0] == "--endpoint").map(|w| w[1]) else {
            return;
        };
        let emulators = EMULATORS.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, state)) = emulators.iter().rev().find(|(u, _)| u == url) {
            *self.emulator.lock().unwrap_or_else(|e| e.into_inner()) = Some(state.clone());
        }
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_lockctl"));
        c.args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg-config"))
            .env("XDG_DATA_HOME", self.dir.path().join("xdg-data"))
            .env("LOCKCTL_CONFIG_DIR", self.config_dir())
            .env("LOCKCTL_DATA_DIR", self.dir.path().join("data"))
            .env("NO_COLOR", "1")
            // Never the developer's own keyring: the file, unless a test starts its own keyring
            // (tests/keyring.rs) and says otherwise. No session bus either, in case one did.
            .env("LOCKCTL_KEYRING", "off")
            .env("DBUS_SESSION_BUS_ADDRESS", "disabled:")
            .env("XDG_RUNTIME_DIR", self.dir.path().join("xdg-runtime"));
        self.bind(args);
        if let Some(now) = self.lockctl_now() {
            c.env("LOCKCTL_NOW", now);
        }
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_env(args, &[], None)
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        self.run_env(args, &[], Some(stdin))
    }

    pub fn run_env(&self, args: &[&str], envs: &[(&str, &str)], stdin: Option<&str>) -> Run {
        let mut c = self.cmd(args);
        for (k, v) in envs {
            c.env(k, v);
        }
        c.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().expect("spawn lockctl");
        {
            let mut input = child.stdin.take().unwrap();
            if let Some(s) = stdin {
                let _ = input.write_all(s.as_bytes());
            }
        }
        let out = child.wait_with_output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// `profile add` (md5 demo key) and `login` as the demo account.
    pub fn login_md5(&self, emu: &Emu, profile: &str) {
        self.add_md5(emu, profile);
        self.run_stdin(
            &[
                "--profile",
                profile,
                "login",
                "--email",
                "demo@example.com",
                "--password-stdin",
            ],
            "lockctl-demo\n",
        )
        .ok();
    }

    pub fn add_md5(&self, emu: &Emu, profile: &str) {
        self.run_env(
            &[
                "profile",
                "add",
                profile,
                "--endpoint",
                &emu.url,
                "--client-id",
                lockctl_emulator::DEMO_CLIENT_ID,
            ],
            &[("LOCKCTL_APP_SECRET", lockctl_emulator::DEMO_APP_SECRET)],
            None,
        )
        .ok();
    }

    /// A logged-in md5 profile made current, for lock-verb tests.
    pub fn ready(emu: &Emu) -> User {
        let u = User::new();
        u.login_md5(emu, "t");
        u
    }

    /// A logged-in user whose device cache is warm (so refusals send nothing at all), with the
    /// emulator's journal cleared.
    pub fn warm(emu: &Emu) -> User {
        let u = User::ready(emu);
        u.run(&["device", "list"]).ok();
        emu.clear_journal();
        u
    }

    pub fn file(&self, name: &str) -> String {
        std::fs::read_to_string(self.config_dir().join(name)).unwrap_or_default()
    }
}

pub fn exists(p: &Path) -> bool {
    p.exists()
}

/// Whether `tool --version` runs and succeeds.
pub fn has_tool(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Say, where `cargo test` shows it, that the calling test did not do its work; the test then
/// returns early and is reported "ok", so this line is the only trace of the skip.
///
/// libtest captures what the `print!`/`eprint!` family writes (it redirects those macros, and
/// panic messages, per test thread) and shows it only for failing tests, so `eprintln!` would hide
/// the skip of a passing test. A write through the `std::io::stderr()` handle is not redirected: it
/// goes straight to the process's stderr, so the line appears among the `test ... ok` lines with
/// or without `--nocapture`, e.g.
///
/// ```text
/// SKIPPED member::member_remove_confirms_on_a_terminal: python3 not found; the pty session did not run
/// test member_remove_confirms_on_a_terminal ... ok
/// ```
///
/// (With several test threads the line may land a few lines away from its test's `ok`, hence the
/// test's name in it.) With `LOCKCTL_NO_SKIP=1` in the environment a skip is a failure instead.
pub fn skip(why: &str) {
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("?");
    let crate_name = env!("CARGO_CRATE_NAME");
    if std::env::var("LOCKCTL_NO_SKIP").is_ok_and(|v| !v.is_empty() && v != "0") {
        panic!("{crate_name}::{test} would be skipped ({why}) and LOCKCTL_NO_SKIP is set");
    }
    let line = format!("SKIPPED {crate_name}::{test}: {why}\n");
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
}

/// Run lockctl in a pseudo-terminal, following `expect:`/`send:` lines (tests/pty_drive.py, which
/// waits for each text and for the prompt to read before it types; it fails after 30 s).
/// Returns None, after [`skip`] has said so, where python3 is missing.
pub fn pty(u: &User, args: &[&str], script: &[&str]) -> Option<(bool, String)> {
    pty_env(u, args, &[], script)
}

/// [`pty`] with the environment changed: `(name, Some(value))` sets a variable (`TERM` too, which
/// is `xterm` otherwise), `(name, None)` removes it (`NO_COLOR`, which every run has).
pub fn pty_env(
    u: &User,
    args: &[&str],
    envs: &[(&str, Option<&str>)],
    script: &[&str],
) -> Option<(bool, String)> {
    if !has_tool("python3") {
        skip("python3 not found; the pty session did not run");
        return None;
    }
    let driver = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pty_drive.py");
    let c = u.cmd(args);
    let mut py = Command::new("python3");
    py.arg(&driver)
        .arg(script.join("\n"))
        .arg(c.get_program())
        .args(c.get_args());
    py.env_clear();
    for (k, v) in c.get_envs() {
        if let Some(v) = v {
            py.env(k, v);
        }
    }
    py.env("TERM", "xterm").env("COLUMNS", "120");
    for (k, v) in envs {
        match v {
            Some(v) => py.env(k, v),
            None => py.env_remove(k),
        };
    }
    if let Some(t) = std::env::var_os("PTY_DRIVE_TIMEOUT") {
        py.env("PTY_DRIVE_TIMEOUT", t);
    }
    let out = py.output().unwrap();
    Some((
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    ))
}

/// The words saying where a window stands (`(ends in 3 days)`) count from a clock that runs on
/// even when pinned at its start (29 days may read 30 a second later): `(~)` stands for them, with the padding after them (and after the
/// WINDOW heading, as wide as the longest of them) cut to two spaces.
pub fn steady(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let heading = match line.split_once("WINDOW  ") {
            Some((a, b)) => format!("{a}WINDOW  {}", b.trim_start_matches(' ')),
            None => line.to_string(),
        };
        let mut rest = heading.as_str();
        while let Some(i) = ["(starts ", "(ends ", "(expired "]
            .iter()
            .filter_map(|w| rest.find(w))
            .min()
        {
            let Some(close) = rest[i..].find(')') else {
                break;
            };
            out.push_str(&rest[..i]);
            out.push_str("(~)");
            let after = &rest[i + close + 1..];
            let trimmed = after.trim_start_matches(' ');
            if trimmed.len() < after.len() {
                out.push_str(if after.starts_with("  ") { "  " } else { " " });
            }
            rest = trimmed;
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

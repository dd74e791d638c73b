//! `lockctl doctor`, black-box against the emulator: every check passes on a good set-up of
//! either backend, and each failing check is reproduced: a wrong signing mode, a cloud clock an
//! hour off, an expired session, a project without the lock service, an unsafe directory or
//! credentials file. Nothing here waits or reads the calendar.

mod common;

use common::{Emu, Run, User};
use serde_json::Value;

/// The check named `name` of a `doctor --json` run.
fn check(r: &Run, name: &str) -> Value {
    let j = r.json();
    j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no check {name}: {j:#}"))
        .clone()
}

/// The result word of every check, in order.
fn results(r: &Run) -> Vec<(String, String)> {
    r.json()["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["result"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[track_caller]
fn all_ok_but(r: &Run, failing: &[&str]) {
    for (name, result) in results(r) {
        let want = if failing.contains(&name.as_str()) {
            "fail"
        } else {
            "ok"
        };
        assert_eq!(result, want, "{name}: {}\n{}", r.stdout, r.stderr);
    }
    assert_eq!(r.json()["ok"], failing.is_empty());
}

/// Every check, in order.
const ALL: [&str; 9] = [
    "files", "profile", "endpoint", "clock", "signing", "session", "devices", "cache", "proxy",
];

fn names(r: &Run) -> Vec<String> {
    results(r).into_iter().map(|(n, _)| n).collect()
}

/// A logged-in md5 user with a warm cache.
fn mobile_user(emu: &Emu) -> User {
    let u = User::ready(emu);
    u.run(&["device", "list"]).ok();
    u
}

#[test]
fn a_good_mobile_setup_passes_every_check() {
    let emu = Emu::start();
    let u = mobile_user(&emu);
    let r = u.run(&["doctor", "--json"]).ok();
    all_ok_but(&r, &[]);
    let names: Vec<String> = results(&r).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        [
            "files", "profile", "endpoint", "clock", "signing", "session", "devices", "cache",
            "proxy"
        ]
    );
    assert_eq!(r.json()["backend"], "mobile");
    assert_eq!(check(&r, "profile")["facts"]["secrets"], "file");
    let signing = check(&r, "signing");
    assert_eq!(signing["facts"]["accepted"], "md5", "{signing}");
    assert_eq!(signing["facts"]["tried"].as_array().unwrap().len(), 1);
    assert_eq!(check(&r, "session")["facts"]["state"], "valid");
    assert!(check(&r, "devices")["facts"]["locks"].as_u64().unwrap() >= 3);
    assert_eq!(check(&r, "cache")["facts"]["fresh"], true);
    assert_eq!(check(&r, "endpoint")["facts"]["addresses"][0], "127.0.0.1");
    // For people: one mark per check, and nothing on stderr.
    let r = u
        .run_env(&["doctor"], &[("LOCKCTL_FORCE_TTY", "1")], None)
        .ok();
    assert!(r.stdout.contains("✓ signing"), "{}", r.stdout);
    assert!(!r.stdout.contains('✗'), "{}", r.stdout);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    // Piped: a header line and one tab-separated row per check.
    let r = u.run(&["doctor"]).ok();
    assert!(
        r.stdout.starts_with("CHECK\tRESULT\tSUMMARY\tHINT\n"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stdout.lines().count(), 10, "{}", r.stdout);
}

#[test]
fn a_good_openapi_setup_passes_every_check() {
    let emu = Emu::start();
    let u = User::new();
    u.add_openapi(&emu, "oa").ok();
    u.run(&["device", "list"]).ok();
    let r = u.run(&["doctor", "--json"]).ok();
    all_ok_but(&r, &[]);
    assert_eq!(r.json()["backend"], "openapi");
    assert_eq!(check(&r, "devices")["facts"]["lockService"], true);
    assert_eq!(check(&r, "session")["facts"]["kind"], "token");
    assert_eq!(check(&r, "session")["facts"]["state"], "valid");
}

#[test]
fn a_wrong_signing_mode_names_the_mode_to_set() {
    let emu = Emu::start();
    let u = mobile_user(&emu);
    // The profile says hmac (with a bmp secret), but the demo app key signs md5.
    let cfg = u.file("config.toml");
    assert!(cfg.contains("sign = \"md5\""), "{cfg}");
    let cfg = cfg.replace("sign = \"md5\"", "sign = \"hmac\"\ncert_sign = \"A\"");
    std::fs::write(u.config_dir().join("config.toml"), cfg).unwrap();
    let creds = u.file("credentials.toml");
    let creds = creds.replacen(
        "app_secret =",
        "bmp_secret = \"somebmpsecret000000000000000002\"\napp_secret =",
        1,
    );
    std::fs::write(u.config_dir().join("credentials.toml"), creds).unwrap();
    emu.clear_journal();
    let r = u.run(&["doctor", "--json"]).fails(1);
    all_ok_but(&r, &["signing"]);
    let signing = check(&r, "signing");
    assert_eq!(signing["facts"]["configured"], "hmac", "{signing}");
    assert_eq!(signing["facts"]["accepted"], "md5", "{signing}");
    assert_eq!(
        signing["facts"]["tried"][0]["code"], "SING_VALIDATE_FALED",
        "{signing}"
    );
    assert!(
        signing["hint"].as_str().unwrap().contains("--sign md5"),
        "{signing}"
    );
    // One harmless read per mode tried, then the checks that follow (with the mode taken).
    let j = emu.journal();
    assert_eq!(j[0].1, "SING_VALIDATE_FALED", "{j:?}");
    assert_eq!(j[1].1, "ok", "{j:?}");
    assert!(r.stderr.contains("1 of 9 checks failed"), "{}", r.stderr);
    // For people: the failed check's mark and its hint.
    let r = u
        .run_env(&["doctor"], &[("LOCKCTL_FORCE_TTY", "1")], None)
        .fails(1);
    assert!(r.stdout.contains("✗ signing"), "{}", r.stdout);
    assert!(
        r.stdout.contains("hint: LOCKCTL_APP_SECRET=..."),
        "{}",
        r.stdout
    );
}

#[test]
fn a_cloud_clock_an_hour_off_is_told_in_seconds() {
    let emu = Emu::start();
    let u = mobile_user(&emu);
    emu.with_inner(|s| s.gateway_skew = 3600);
    let r = u.run(&["doctor", "--json"]).fails(1);
    all_ok_but(&r, &["clock"]);
    let clock = check(&r, "clock");
    let off = clock["facts"]["offsetSeconds"].as_i64().unwrap();
    assert!((3590..=3610).contains(&off), "{clock}");
    assert!(
        clock["summary"].as_str().unwrap().contains("behind"),
        "{clock}"
    );
    assert!(clock["hint"].as_str().unwrap().contains("NTP"), "{clock}");
    // The OpenAPI's answers carry the same clock.
    let o = User::new();
    o.add_openapi(&emu, "oa").ok();
    emu.with_inner(|s| s.gateway_skew = -7200);
    let r = o.run(&["doctor", "--json"]).fails(1);
    let clock = check(&r, "clock");
    let off = clock["facts"]["offsetSeconds"].as_i64().unwrap();
    assert!((-7210..=-7190).contains(&off), "{clock}");
    assert_eq!(clock["result"], "fail");
}

#[test]
fn the_emulator_starts_with_a_gateway_skew_when_tuned_so() {
    let emu = Emu::with(lockctl_emulator::Config {
        pinned_world: true,
        tuning: lockctl_emulator::server::Tuning {
            gateway_skew: -600,
            ..Default::default()
        },
        ..Default::default()
    });
    assert_eq!(emu.with_inner(|s| s.gateway_skew), -600);
    let u = User::new();
    u.add_md5(&emu, "t");
    let r = u.run(&["doctor", "--json"]).fails(1);
    let clock = check(&r, "clock");
    let off = clock["facts"]["offsetSeconds"].as_i64().unwrap();
    assert!((-610..=-590).contains(&off), "{clock}");
    // Not logged in: the session check fails and says how to log in.
    let session = check(&r, "session");
    assert_eq!(session["facts"]["state"], "none", "{session}");
    assert!(session["hint"].as_str().unwrap().contains("login"));
}

#[test]
fn an_expired_session_fails_unless_a_password_is_remembered() {
    let emu = Emu::start();
    let u = mobile_user(&emu);
    emu.with_inner(|s| s.expire_sessions());
    let r = u.run(&["doctor", "--json"]).fails(1);
    let session = check(&r, "session");
    assert_eq!(session["result"], "fail", "{session}");
    assert_eq!(session["facts"]["state"], "expired", "{session}");
    assert!(
        session["summary"]
            .as_str()
            .unwrap()
            .contains("USER_SESSION_INVALID"),
        "{session}"
    );
    assert!(session["hint"].as_str().unwrap().contains("lockctl login"));
    assert_eq!(check(&r, "devices")["result"], "skip");
    // With the password remembered, doctor renews the session and keeps it.
    let v = User::new();
    v.add_md5(&emu, "t");
    v.run_stdin(
        &[
            "login",
            "--email",
            "demo@example.com",
            "--password-stdin",
            "--remember-password",
        ],
        "lockctl-demo\n",
    )
    .ok();
    emu.with_inner(|s| s.expire_sessions());
    let before = v.file("credentials.toml");
    let r = v.run(&["doctor", "--json"]).ok();
    assert_eq!(check(&r, "session")["facts"]["state"], "renewed");
    assert_ne!(
        v.file("credentials.toml"),
        before,
        "the new session is kept"
    );
    let r = v.run(&["doctor", "--json"]).ok();
    assert_eq!(check(&r, "session")["facts"]["state"], "valid");
}

#[test]
fn a_project_without_the_lock_service_fails_the_devices_check() {
    let (_emu, u) = common::flavour::project_without_the_lock_service();
    let r = u.run(&["doctor", "--json"]).fails(1);
    all_ok_but(&r, &["devices"]);
    let devices = check(&r, "devices");
    assert_eq!(devices["facts"]["lockService"], false, "{devices}");
    assert!(
        devices["summary"].as_str().unwrap().contains("28841101"),
        "{devices}"
    );
    assert!(
        devices["hint"]
            .as_str()
            .unwrap()
            .contains("Smart Lock Open Service"),
        "{devices}"
    );
    let secret = common::flavour::NO_LOCK_ACCESS_SECRET;
    assert!(!r.stdout.contains(secret) && !r.stderr.contains(secret));
}

#[cfg(unix)]
#[test]
fn an_unsafe_directory_or_credentials_file_is_named_with_the_fix() {
    use std::os::unix::fs::PermissionsExt;
    let emu = Emu::start();
    let u = mobile_user(&emu);
    let creds = u.config_dir().join("credentials.toml");
    let mode = |p: &std::path::Path, m: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap()
    };
    // Credentials others can read: only the files check fails.
    mode(&creds, 0o644);
    let r = u.run(&["doctor", "--json"]).fails(1);
    all_ok_but(&r, &["files"]);
    let files = check(&r, "files");
    assert!(
        files["summary"]
            .as_str()
            .unwrap()
            .contains("other users can read"),
        "{files}"
    );
    assert_eq!(
        files["hint"],
        format!("chmod 600 {}", creds.display()),
        "{files}"
    );
    mode(&creds, 0o600);
    // A directory anyone can write: every other verb refuses it, doctor says why and how.
    mode(&u.config_dir(), 0o777);
    let r = u.run(&["doctor", "--json"]).fails(1);
    let files = check(&r, "files");
    assert_eq!(files["result"], "fail");
    assert!(
        files["summary"]
            .as_str()
            .unwrap()
            .contains("writable by other users"),
        "{files}"
    );
    assert_eq!(
        files["hint"],
        format!("chmod 700 {}", u.config_dir().display())
    );
    assert_eq!(check(&r, "profile")["result"], "fail");
    assert_eq!(check(&r, "session")["result"], "skip");
    // Every check is still there, in order: the proxy needs no profile.
    assert_eq!(names(&r), ALL, "{}", r.stdout);
    let paths = files["facts"]["paths"].as_array().unwrap();
    assert_eq!(paths[0]["mode"], "777", "{files}");
    assert_eq!(paths[0]["verdict"], "unsafe", "{files}");
    mode(&u.config_dir(), 0o700);
    u.run(&["doctor"]).ok();
}

#[test]
fn no_profile_is_a_failed_profile_check() {
    let u = User::new();
    let r = u.run(&["doctor", "--json"]).fails(1);
    let profile = check(&r, "profile");
    assert_eq!(profile["result"], "fail");
    assert!(profile["hint"].as_str().unwrap().contains("profile add"));
    assert_eq!(check(&r, "files")["result"], "ok");
}

#[test]
fn an_unknown_profile_keeps_every_check_and_lists_the_known_ones() {
    let emu = Emu::start();
    let u = mobile_user(&emu);
    let r = u.run(&["--profile", "nosuch", "doctor", "--json"]).fails(1);
    assert_eq!(names(&r), ALL, "{}", r.stdout);
    let profile = check(&r, "profile");
    assert_eq!(profile["result"], "fail");
    assert!(
        profile["hint"]
            .as_str()
            .unwrap()
            .contains("known profiles: t"),
        "{profile}"
    );
    assert_eq!(check(&r, "proxy")["result"], "ok");
}

#[test]
fn hints_name_the_profile_given() {
    let emu = Emu::start();
    let u = mobile_user(&emu);
    // `other` exists but is not logged in; `t` stays current.
    u.add_md5(&emu, "other");
    u.run(&["profile", "use", "t"]).ok();
    let r = u.run(&["--profile", "other", "doctor", "--json"]).fails(1);
    let session = check(&r, "session");
    assert_eq!(session["result"], "fail", "{session}");
    assert!(
        session["hint"]
            .as_str()
            .unwrap()
            .starts_with("lockctl --profile other login --email "),
        "{session}"
    );
    let r = u.run_env(&["doctor", "--json"], &[("LOCKCTL_PROFILE", "other")], None);
    let session = check(&r.fails(1), "session");
    assert!(
        session["hint"]
            .as_str()
            .unwrap()
            .starts_with("lockctl --profile other login --email "),
        "{session}"
    );
    // The current profile, named by nothing: bare commands.
    let r = u.run_env(&["doctor", "--json"], &[("LOCKCTL_CACHE_TTL", "0")], None);
    let cache = check(&r, "cache");
    if cache["result"] == "warn" {
        assert_eq!(cache["hint"], "lockctl device list", "{cache}");
    }
}

#[test]
fn a_secret_from_the_environment_is_named_and_blamed() {
    let emu = Emu::start();
    let u = mobile_user(&emu);
    let r = u.run_env(
        &["--profile", "t", "doctor", "--json"],
        &[("LOCKCTL_APP_SECRET", "wrongwrongwrongwrongwrongwrong00")],
        None,
    );
    let r = r.fails(1);
    let profile = check(&r, "profile");
    assert_eq!(profile["facts"]["secrets"], "env", "{profile}");
    let summary = profile["summary"].as_str().unwrap();
    assert!(summary.contains("LOCKCTL_APP_SECRET"), "{profile}");
    assert!(!summary.contains("credentials.toml"), "{profile}");
    let signing = check(&r, "signing");
    assert_eq!(signing["result"], "fail", "{signing}");
    let hint = signing["hint"].as_str().unwrap();
    assert!(
        hint.contains("LOCKCTL_APP_SECRET") && hint.contains("unset"),
        "{signing}"
    );
    assert!(!r.stdout.contains("wrongwrongwrong") && !r.stderr.contains("wrongwrongwrong"));
}

//! The Thing SDK signing mode (`--sign thing`, `et=3`) against the emulator's built-in demo Thing
//! app: the profile's checks, the login, the session's ecode, verbose output, relogin, and answers
//! that do not verify.

mod common;

use common::cmdline::temppwd_create;
use common::{Emu, User, BLE};
use lockctl_emulator::demo_thing as app;

const CERT_COLON: &str = "4C:4F:43:4B:43:54:4C:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:44:45:4D:4F";

fn secrets() -> [(&'static str, &'static str); 2] {
    [
        ("LOCKCTL_APP_SECRET", app::APP_SECRET),
        ("LOCKCTL_BMP_SECRET", app::BMP_SECRET),
    ]
}

fn add(u: &User, url: &str, extra: &[&str]) -> common::Run {
    add_as(u, url, app::CLIENT_ID, extra, &secrets())
}

/// `profile add t --sign thing` for `client_id` with `extra` flags, the secrets from `env`.
fn add_as(
    u: &User,
    url: &str,
    client_id: &str,
    extra: &[&str],
    env: &[(&str, &str)],
) -> common::Run {
    let mut args = vec![
        "profile",
        "add",
        "t",
        "--endpoint",
        url,
        "--client-id",
        client_id,
        "--sign",
        "thing",
    ];
    args.extend_from_slice(extra);
    u.run_env(&args, env, None)
}

fn login(u: &User, extra: &[&str]) -> common::Run {
    let mut args = vec!["login", "--email", "demo@example.com", "--password-stdin"];
    args.extend_from_slice(extra);
    u.run_stdin(&args, "lockctl-demo\n")
}

#[test]
fn thing_profiles_are_checked_before_anything_is_stored() {
    let emu = Emu::start();
    let u = User::new();
    let pkg = ["--package", app::PACKAGE];
    let bad: Vec<Vec<&str>> = vec![
        pkg.to_vec(),
        vec!["--cert-sign", "A", "--package", app::PACKAGE],
        vec![
            "--cert-sign",
            &app::CERT_SHA256[2..],
            "--package",
            app::PACKAGE,
        ],
        vec![
            "--cert-sign",
            "ZZ".repeat(32).leak(),
            "--package",
            app::PACKAGE,
        ],
        vec!["--cert-sign", app::CERT_SHA256],
        vec![
            "--cert-sign",
            app::CERT_SHA256,
            "--package",
            "not a package",
        ],
    ];
    for extra in bad {
        let r = add(&u, &emu.url, &extra).fails(2);
        assert!(r.stderr.contains("--"), "{extra:?}: {}", r.stderr);
        assert!(!u.config_dir().join("config.toml").exists(), "{extra:?}");
        assert!(
            !u.config_dir().join("credentials.toml").exists(),
            "{extra:?}"
        );
    }
    // --package belongs to the thing mode only.
    u.run_env(
        &[
            "profile",
            "add",
            "m",
            "--endpoint",
            &emu.url,
            "--client-id",
            "x",
            "--package",
            "a.b",
        ],
        &secrets(),
        None,
    )
    .fails(2);
    // The bmp secret is required, and named.
    let r = add_as(
        &u,
        &emu.url,
        app::CLIENT_ID,
        &["--cert-sign", app::CERT_SHA256, "--package", app::PACKAGE],
        &[("LOCKCTL_APP_SECRET", app::APP_SECRET)],
    )
    .fails(2);
    assert!(r.stderr.contains("LOCKCTL_BMP_SECRET"), "{}", r.stderr);
    assert!(emu.journal().is_empty(), "{:?}", emu.journal());
}

#[test]
fn a_thing_profile_stores_the_colon_form_and_shows_no_secret() {
    let emu = Emu::start();
    let u = User::new();
    // The hex form and the colon form (any case) are the same certificate.
    add(
        &u,
        &emu.url,
        &[
            "--cert-sign",
            &CERT_COLON.to_lowercase(),
            "--package",
            app::PACKAGE,
        ],
    )
    .ok();
    let shown = u.run(&["profile", "show", "t", "--json"]).ok().json();
    assert_eq!(shown["sign"], "thing");
    assert_eq!(shown["certSign"], CERT_COLON);
    assert_eq!(shown["package"], app::PACKAGE);
    assert_eq!(shown["bmpSecret"], "set");
    let text = u.run(&["profile", "show", "t"]).ok().stdout;
    for secret in [app::APP_SECRET, app::BMP_SECRET] {
        assert!(!text.contains(secret) && !shown.to_string().contains(secret));
        assert!(!u.file("config.toml").contains(secret));
    }
}

#[test]
fn login_uses_the_thing_actions_and_keeps_the_ecode_with_the_session() {
    let emu = Emu::start();
    let u = User::new();
    u.add_thing(&emu, "t").ok();
    login(&u, &[]).ok();
    assert_eq!(
        emu.journal(),
        vec![
            (
                "thing.m.user.username.token.get".to_string(),
                "ok".to_string()
            ),
            (
                "thing.m.user.email.password.login".to_string(),
                "ok".to_string()
            ),
        ]
    );
    let ecode = emu.with_inner(|s| {
        s.auth
            .sessions
            .values()
            .next()
            .map(|x| x.ecode.clone())
            .unwrap()
    });
    let creds = u.file("credentials.toml");
    assert!(creds.contains(&format!("ecode = \"{ecode}\"")), "{creds}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(u.config_dir().join("credentials.toml")).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    }
    // Requests after login are keyed with the ecode: the emulator opens them.
    emu.clear_journal();
    let members = u
        .run(&["member", "list", "-d", BLE, "--family", "--json"])
        .ok()
        .json();
    assert_eq!(members.as_array().map(Vec::len), Some(3), "{members}");
    assert!(
        emu.journal().iter().all(|(_, o)| o == "ok"),
        "{:?}",
        emu.journal()
    );
}

#[test]
fn verbose_shows_decrypted_bodies_without_secrets() {
    let emu = Emu::start();
    let u = User::new();
    u.add_thing(&emu, "t").ok();
    let r = login(&u, &["-v"]).ok();
    let m = u.run(&["-v", "member", "list", "-d", BLE]).ok();
    let creds = u.file("credentials.toml");
    let field = |k: &str| {
        creds
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{k} = \"")))
            .map(|v| v.trim_end_matches('"').to_string())
            .unwrap()
    };
    let all = format!("{}{}{}{}", r.stderr, r.stdout, m.stderr, m.stdout);
    assert!(all.contains("<- decrypted: "), "{all}");
    assert!(all.contains("\"nickName\":\"Alice\""), "{all}");
    for secret in [
        app::APP_SECRET.to_string(),
        app::BMP_SECRET.to_string(),
        field("sid"),
        field("ecode"),
        "lockctl-demo".to_string(),
    ] {
        assert!(!all.contains(&secret), "{secret} in {all}");
    }
    let local_key = emu.world(|w| w.lock(BLE).unwrap().local_key.clone());
    assert!(!all.contains(&local_key), "{all}");
}

#[test]
fn an_expired_session_logs_in_again_the_thing_way() {
    let emu = Emu::start();
    let u = User::new();
    u.add_thing(&emu, "t").ok();
    login(&u, &["--remember-password"]).ok();
    emu.with_inner(|s| s.expire_sessions());
    emu.clear_journal();
    u.run(&["member", "list", "-d", BLE]).ok();
    let journal = emu.journal();
    assert!(
        journal
            .iter()
            .any(|(a, o)| a.starts_with("tuya.m.device.") && o == "USER_SESSION_INVALID"),
        "{journal:?}"
    );
    assert!(
        journal
            .iter()
            .any(|(a, o)| a == "thing.m.user.email.password.login" && o == "ok"),
        "{journal:?}"
    );
}

#[test]
fn a_wrong_secret_is_refused_with_the_clouds_error() {
    let emu = Emu::start();
    let u = User::new();
    add(
        &u,
        &emu.url,
        &[
            "--cert-sign",
            app::CERT_SHA256,
            "--package",
            "com.example.other",
        ],
    )
    .ok();
    let r = login(&u, &[]);
    assert_ne!(r.code, 0);
    assert!(
        r.stderr.contains("SING_VALIDATE_FALED") || r.stderr.to_lowercase().contains("signature"),
        "{}",
        r.stderr
    );
    assert_eq!(
        emu.journal(),
        vec![(
            "thing.m.user.username.token.get".to_string(),
            "SING_VALIDATE_FALED".to_string()
        )]
    );
}

/// A user of a Thing profile `x` with a stored session at `url` and a BLE lock cached.
fn thing_user_on(url: &str) -> User {
    let u = User::on_fake_cloud(
        url,
        &[common::CachedLock {
            id: BLE,
            name: "Back Door",
            kind: "ble",
            local_key: "0123456789abcdef",
            time_zone: "UTC",
        }],
    );
    let cfg = u.config_dir().join("config.toml");
    let text = std::fs::read_to_string(&cfg).unwrap().replace(
        "sign = \"md5\"\n",
        &format!(
            "sign = \"thing\"\ncert_sign = \"{CERT_COLON}\"\npackage = \"{}\"\n",
            app::PACKAGE
        ),
    );
    std::fs::write(&cfg, text).unwrap();
    let creds = u.config_dir().join("credentials.toml");
    let text = std::fs::read_to_string(&creds).unwrap().replace(
        "app_secret = \"s\"\n",
        "app_secret = \"s\"\nbmp_secret = \"b\"\n",
    );
    std::fs::write(&creds, text).unwrap();
    u
}

#[test]
fn answers_that_do_not_verify_are_refused() {
    let forged = |_: &serde_json::Value| {
        r#"{"result":"AQIDBAUGBwgJCgsMzpiDfgNHkGVDhwEJjeBNY51W3q1GhTwDKv/SVt7yxcXXV6aVWMZFihdqT49AUoPs5SzFvlAbB4EV5OzEwKawnKwBFYh0s48EP/2MTzP5VbU=","t":1,"success":true,"status":"ok","sign":"00000000000000000000000000000000"}"#.to_string()
    };
    let plain = |_: &serde_json::Value| common::fake::ok("[]");
    let unsigned = |_: &serde_json::Value| r#"{"result":"AAAA","t":1,"success":true}"#.to_string();
    type Answer<'a> = &'a dyn Fn(&serde_json::Value) -> String;
    let cases: [(Answer, &str); 3] = [
        (&forged, "does not verify"),
        (&plain, "not encrypted"),
        (&unsigned, "no `t` and `sign`"),
    ];
    for (answer, why) in cases {
        let answer = answer(&serde_json::Value::Null);
        let fake = common::FakeCloud::start(move |_| answer.clone());
        let u = thing_user_on(&fake.url);
        let r = u.run(&["member", "list", "-d", BLE]);
        assert_ne!(r.code, 0, "{why}: {}", r.stdout);
        assert!(r.stderr.contains(why), "{why}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{}", r.stdout);
        assert!(fake.served() >= 1);
    }
}

/// The main lock verbs on a Thing profile, on each kind of lock (with a PIN of its length).
#[test]
fn the_lock_verbs_work_on_every_kind_of_lock() {
    let emu = Emu::start();
    let u = common::flavour::Flavour::Thing.warm(&emu);
    // Wi-Fi locks keep no member validity; the others need one.
    let permanent: &[&str] = &["--permanent"];
    for (dev, pin, validity) in [
        (common::WIFI, "2468013", &[][..]),
        (BLE, "246801", permanent),
        (common::ZIGBEE, "135791", permanent),
    ] {
        let ok = |args: &[&str]| u.run(args).ok();
        let members = ok(&["member", "list", "-d", dev, "--json"]).json();
        assert!(!members.as_array().unwrap().is_empty(), "{dev}: {members}");
        let mut add = vec!["member", "add", "-d", dev, "--name", "Gardener", "--json"];
        add.extend_from_slice(validity);
        let added = ok(&add).json();
        let id = added["id"].as_str().unwrap().to_string();
        ok(&["member", "remove", "-d", dev, "--user", &id, "--yes"]);
        let created = u
            .run_stdin(
                &temppwd_create(dev, "Guest", "+2d", &["--json"]),
                &format!("{pin}\n"),
            )
            .ok()
            .json();
        let pwd = created["id"].as_str().unwrap().to_string();
        let listed = ok(&["temppwd", "list", "-d", dev, "--json"]).json();
        assert!(listed.to_string().contains(&pwd), "{dev}: {listed}");
        ok(&["temppwd", "remove", "-d", dev, "--id", &pwd, "--yes"]);
        let history = ok(&["history", "list", "-d", dev, "--limit", "3", "--json"]).json();
        assert!(history.is_array(), "{dev}: {history}");
    }
    ok_remote(&u);
    let journal = emu.journal();
    assert!(journal.iter().all(|(_, o)| o == "ok"), "{journal:?}");
}

/// Remote unlock, on the lock kind that has it on the mobile gateway (Zigbee).
fn ok_remote(u: &User) {
    let j = u
        .run(&["remote", "unlock", "-d", common::ZIGBEE, "--yes", "--json"])
        .ok()
        .json();
    assert_eq!(j["lock"], common::ZIGBEE);
}

/// A clock out of step is refused before decryption (a plain envelope carrying the gateway's
/// time); lockctl corrects its offset from it and the call goes through.
#[test]
fn a_skewed_clock_is_corrected_from_the_plain_refusal() {
    let emu = Emu::start();
    let u = common::flavour::Flavour::Thing.warm(&emu);
    emu.with_inner(|s| s.gateway_skew = 3600);
    let members = u
        .run(&["member", "list", "-d", BLE, "--family", "--json"])
        .ok()
        .json();
    assert_eq!(members.as_array().map(Vec::len), Some(3), "{members}");
    let journal = emu.journal();
    assert_eq!(journal[0].1, "TIME_VALIDATE_FAILED", "{journal:?}");
    assert!(journal[1..].iter().all(|(_, o)| o == "ok"), "{journal:?}");
}

/// An app registered the way `serve --client ID:SECRET:thing:CERT:BMP:PACKAGE` does (the
/// certificate in colon form here) serves a Thing profile of those values.
#[test]
fn a_registered_thing_app_serves_its_profile() {
    let spec = format!(
        "myappkey000000000001:myappsecret000000000000000000001:thing:{CERT_COLON}:mybmpsecret000000000000000000002:org.example.locks"
    );
    let emu = Emu::with(lockctl_emulator::Config {
        pinned_world: true,
        clients: vec![lockctl_emulator::AppClient::parse(&spec).unwrap()],
        ..Default::default()
    });
    let u = User::new();
    add_as(
        &u,
        &emu.url,
        "myappkey000000000001",
        &[
            "--cert-sign",
            app::CERT_SHA256,
            "--package",
            "org.example.locks",
        ],
        &[
            ("LOCKCTL_APP_SECRET", "myappsecret000000000000000000001"),
            ("LOCKCTL_BMP_SECRET", "mybmpsecret000000000000000000002"),
        ],
    )
    .ok();
    login(&u, &[]).ok();
    let homes = u.run(&["device", "list", "--json"]).ok().json();
    assert_eq!(homes.as_array().map(Vec::len), Some(3), "{homes}");
    assert!(
        emu.journal().iter().all(|(_, o)| o == "ok"),
        "{:?}",
        emu.journal()
    );
}

#[test]
fn phone_accounts_log_in_the_thing_way() {
    let emu = Emu::start();
    let u = User::new();
    u.add_thing(&emu, "t").ok();
    u.login_demo_phone().ok();
    assert_eq!(
        emu.journal(),
        vec![
            (
                "thing.m.user.username.token.get".to_string(),
                "ok".to_string()
            ),
            (
                "thing.m.user.mobile.passwd.login".to_string(),
                "ok".to_string()
            ),
        ]
    );
    u.run(&["device", "list"]).ok();
}

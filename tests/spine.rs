//! The spine: profiles, login in both signing modes, devices, `api call`, errors and exit codes,
//! session and clock recovery, the demo profile.

mod common;

use common::*;
use lockctl_emulator::server::Faults;

#[test]
fn md5_profile_logs_in_and_lists_devices() {
    let emu = Emu::start();
    let u = User::new();
    u.login_md5(&emu, "home");
    let r = u.run(&["device", "list"]).ok();
    assert!(
        r.stdout
            .starts_with("ID\tNAME\tKIND\tONLINE\tBATTERY\tHOME\n"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains(&format!(
        "{WIFI}\tFront Door\twifi\tonline\t81% high\tDemo Home"
    )));
    assert!(r.stdout.contains(&format!("{BLE}\tBack Door\tble\t")));
    assert!(r.stdout.contains(&format!("{ZIGBEE}\tGarage\tzigbee\t")));
    assert!(
        !r.stdout.contains(OTHER),
        "another account's lock must not show"
    );
    // JSON: the typed devices with their home; raw: the wire's device list, localKey redacted.
    let j = u.run(&["device", "list", "--json"]).ok().json();
    assert_eq!(j[0]["home"]["name"], "Demo Home");
    assert_eq!(j.as_array().unwrap().len(), 3);
    let raw = u.run(&["device", "list", "--raw"]).ok().json();
    assert_eq!(raw.as_array().unwrap().len(), 3);
    assert_eq!(raw[0]["localKey"], "****");
    for form in ["--json", "--raw"] {
        assert!(!u
            .run(&["device", "list", form])
            .stdout
            .contains("f1e0demo0000key1"));
    }
}

#[test]
fn hmac_profile_logs_in_and_calls() {
    let emu = Emu::start();
    let u = User::new();
    u.add_hmac(&emu, "h").ok();
    u.login_demo().ok();
    let j = u
        .run(&["api", "call", "tuya.m.device.member.list", "--dev", BLE])
        .ok()
        .json();
    assert_eq!(j[0]["nickName"], "Demo Owner");
    assert!(
        emu.journal().iter().all(|(_, o)| o == "ok"),
        "{:?}",
        emu.journal()
    );
}

#[test]
fn wrong_secret_is_refused_with_sing_validate_faled() {
    let emu = Emu::start();
    let u = User::new();
    u.run_env(
        &[
            "profile",
            "add",
            "bad",
            "--endpoint",
            &emu.url,
            "--client-id",
            lockctl_emulator::DEMO_CLIENT_ID,
        ],
        &[("LOCKCTL_APP_SECRET", "wrongsecret00000000000000000000x")],
        None,
    )
    .ok();
    let r = u
        .run_stdin(
            &["login", "--email", "demo@example.com", "--password-stdin"],
            "lockctl-demo\n",
        )
        .fails(4);
    assert!(r.stderr.contains("SING_VALIDATE_FALED"), "{}", r.stderr);
    assert!(r.stderr.contains("hint:"));
    assert_eq!(
        emu.journal(),
        vec![(
            "tuya.m.user.email.token.create".to_string(),
            "SING_VALIDATE_FALED".to_string()
        )]
    );
}

#[test]
fn wrong_password_exits_4_and_stores_nothing() {
    let emu = Emu::start();
    let u = User::new();
    u.add_md5(&emu, "p");
    let r = u
        .run_stdin(
            &["login", "--email", "demo@example.com", "--password-stdin"],
            "nope\n",
        )
        .fails(4);
    assert!(r.stderr.contains("password is wrong"), "{}", r.stderr);
    assert!(!u.file("credentials.toml").contains("sid"));
    u.run(&["device", "list"]).fails(4);
}

#[test]
fn api_call_takes_data_from_flag_file_and_stdin() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    let data = format!("{{\"devId\":\"{WIFI}\"}}");
    let a = u
        .run(&["api", "call", "tuya.m.device.member.count", "--data", &data])
        .ok()
        .json();
    assert_eq!(a["familyUser"], 2);
    let f = u.dir.path().join("pd.json");
    std::fs::write(&f, &data).unwrap();
    let at = format!("@{}", f.display());
    let b = u
        .run(&["api", "call", "tuya.m.device.member.count", "--data", &at])
        .ok()
        .json();
    assert_eq!(a, b);
    let c = u
        .run_stdin(
            &["api", "call", "tuya.m.device.member.count", "--data", "-"],
            &data,
        )
        .ok()
        .json();
    assert_eq!(a, c);
    // Version chosen from the catalogue by the lock's kind.
    let w = u
        .run(&["api", "call", "tuya.m.device.member.list", "-d", WIFI])
        .ok()
        .json();
    assert!(w[0].get("lockUserId").is_none(), "Wi-Fi 2.0 answer");
    // gid travels unsigned in the URL.
    let g = u
        .run(&[
            "api",
            "call",
            "tuya.m.my.group.device.list",
            "--gid",
            "10000001",
        ])
        .ok()
        .json();
    assert_eq!(g.as_array().unwrap().len(), 3);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    emu.clear_journal();
    let r = u
        .run(&[
            "api",
            "call",
            "tuya.m.device.member.count",
            "--data",
            "{not json",
        ])
        .fails(2);
    assert!(r.stderr.contains("--data is not valid JSON"));
    u.run(&["api", "call", "tuya.m.device.member.count", "--data", "[1]"])
        .fails(2);
    u.run(&[
        "api",
        "call",
        "tuya.m.device.member.count",
        "--data",
        "@/nonexistent/file",
    ])
    .fails(2);
    u.run(&["api", "call", "x", "--version", "v1"]).fails(2);
    u.run(&["api", "call", "tuya.m.device.member.list"])
        .fails(2);
    u.run(&["device", "show"]).fails(2);
    u.run(&["--kind", "toaster", "device", "list"]).fails(2);
    assert!(emu.journal().is_empty(), "{:?}", emu.journal());
}

#[test]
fn cloud_errors_are_plain_words_with_hints() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    let r = u
        .run(&[
            "api",
            "call",
            "tuya.m.device.member.list",
            "--version",
            "2.0",
            "-d",
            OTHER,
        ])
        .fails(1);
    assert!(
        r.stderr.contains("not allowed") && r.stderr.contains("PERMISSION_DENIED"),
        "{}",
        r.stderr
    );
    let r = u
        .run(&[
            "api",
            "call",
            "tuya.m.device.get",
            "-d",
            "bf00nosuchdevice0000",
        ])
        .fails(1);
    assert!(
        r.stderr.contains("DEVICE_NOT_EXIST") && r.stderr.contains("lockctl device list"),
        "{}",
        r.stderr
    );
    let r = u
        .run(&[
            "api",
            "call",
            "tuya.m.device.member.list",
            "--version",
            "4.0",
            "-d",
            WIFI,
        ])
        .fails(1);
    assert!(r.stderr.contains("API_OR_API_VERSION_WRONG"));
    let r = u
        .run(&[
            "api",
            "call",
            "tuya.m.device.member.detail",
            "--version",
            "1.0",
            "--data",
            &format!("{{\"devId\":\"{WIFI}\"}}"),
        ])
        .fails(1);
    assert!(
        r.stderr.contains("PARAM_ILLEGAL") && r.stderr.contains("userId is required"),
        "{}",
        r.stderr
    );
    let r = u.run(&["api", "call", "tuya.m.no.such.thing"]).fails(1);
    assert!(r.stderr.contains("no such action"));
    assert!(r.stdout.is_empty());
}

#[test]
fn hostile_or_dead_endpoints_fail_cleanly() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    for (garbage, words) in [
        ("html", "an HTML page"),
        ("empty", "empty body"),
        ("garbage", "not JSON"),
        ("not-envelope", "lacking a boolean"),
    ] {
        emu.faults(Faults {
            garbage: Some(garbage.into()),
            garbage_next: 1,
            ..Default::default()
        });
        let r = u.run(&["device", "list"]).fails(1);
        assert!(r.stderr.contains(words), "{garbage}: {}", r.stderr);
        assert!(r.stderr.contains("hint:"));
        assert!(!r.stderr.contains("panicked"));
    }
    // A dead port.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let d = User::new();
    d.run_env(
        &[
            "profile",
            "add",
            "dead",
            "--endpoint",
            &format!("http://127.0.0.1:{port}"),
            "--client-id",
            "x",
        ],
        &[("LOCKCTL_APP_SECRET", "y")],
        None,
    )
    .ok();
    let r = d
        .run_stdin(&["login", "--email", "a@b.c", "--password-stdin"], "pw\n")
        .fails(1);
    assert!(
        r.stderr.contains("could not reach") && r.stderr.contains("hint:"),
        "{}",
        r.stderr
    );
}

#[test]
fn profile_errors_leave_config_untouched() {
    let emu = Emu::start();
    let u = User::new();
    // No secret, no terminal: names the variable, writes nothing.
    let r = u
        .run(&[
            "profile",
            "add",
            "x",
            "--endpoint",
            &emu.url,
            "--client-id",
            "c",
        ])
        .fails(2);
    assert!(r.stderr.contains("LOCKCTL_APP_SECRET"), "{}", r.stderr);
    assert!(!u.config_dir().join("config.toml").exists());
    // hmac without bmp secret.
    let r = u
        .run_env(
            &[
                "profile",
                "add",
                "x",
                "--endpoint",
                &emu.url,
                "--client-id",
                "c",
                "--sign",
                "hmac",
                "--cert-sign",
                "A",
            ],
            &[("LOCKCTL_APP_SECRET", "s")],
            None,
        )
        .fails(2);
    assert!(r.stderr.contains("LOCKCTL_BMP_SECRET"));
    // Plain http off loopback.
    u.run_env(
        &[
            "profile",
            "add",
            "x",
            "--endpoint",
            "http://10.1.2.3",
            "--client-id",
            "c",
        ],
        &[("LOCKCTL_APP_SECRET", "s")],
        None,
    )
    .fails(2);
    assert!(!u.config_dir().join("config.toml").exists());
    // Unknown profile, no profile at all.
    let r = u.run(&["--profile", "nope", "device", "list"]).fails(2);
    assert!(r.stderr.contains("unknown profile"));
    let r = u.run(&["device", "list"]).fails(2);
    assert!(r.stderr.contains("--profile demo"), "{}", r.stderr);
    // A profile whose secrets file lost its entry.
    u.add_md5(&emu, "p");
    std::fs::write(u.config_dir().join("credentials.toml"), "").unwrap();
    let r = u.run(&["device", "list"]).fails(4);
    assert!(r.stderr.contains("no app secret"), "{}", r.stderr);
}

#[test]
fn secrets_stay_in_a_private_file() {
    let emu = Emu::start();
    let u = User::new();
    u.add_md5(&emu, "p");
    let r = u
        .run_stdin(
            &[
                "-v",
                "login",
                "--email",
                "demo@example.com",
                "--password-stdin",
            ],
            "lockctl-demo\n",
        )
        .ok();
    let creds = u.file("credentials.toml");
    assert!(creds.contains(lockctl_emulator::DEMO_APP_SECRET));
    assert!(!u
        .file("config.toml")
        .contains(lockctl_emulator::DEMO_APP_SECRET));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(u.config_dir().join("credentials.toml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let sid = emu.with_inner(|s| s.auth.sessions.keys().next().cloned().unwrap());
    for text in [&r.stdout, &r.stderr] {
        assert!(!text.contains("lockctl-demo"), "password leaked: {text}");
        assert!(!text.contains(&sid), "session leaked: {text}");
        assert!(!text.contains(lockctl_emulator::DEMO_APP_SECRET));
    }
    assert!(r.stderr.contains("passwd\":\"****"), "{}", r.stderr);
    let show = u.run(&["profile", "show"]).ok();
    assert!(show.stdout.contains("app secret") && show.stdout.contains("set"));
    assert!(
        !show.stdout.contains(lockctl_emulator::DEMO_APP_SECRET) && !show.stdout.contains(&sid)
    );
    let v = u.run(&["-v", "device", "list"]).ok();
    assert!(!v.stderr.contains(&sid));
}

#[test]
fn expired_session_says_login_or_relogs_when_allowed() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    emu.with_inner(|s| s.expire_sessions());
    let r = u.run(&["device", "list"]).fails(4);
    assert!(r.stderr.contains("run `lockctl login`"), "{}", r.stderr);
    // With a remembered password the client logs in again and retries once.
    u.run_stdin(
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
    emu.clear_journal();
    u.run(&["device", "list"]).ok();
    let j = emu.journal();
    assert_eq!(
        j[0],
        (
            "tuya.m.location.list".to_string(),
            "USER_SESSION_INVALID".to_string()
        )
    );
    assert!(j
        .iter()
        .any(|(a, o)| a == "tuya.m.user.email.password.login" && o == "ok"));
    // The new session was stored: next run needs no login.
    emu.clear_journal();
    u.run(&["device", "list"]).ok();
    assert!(emu.journal().iter().all(|(_, o)| o == "ok"));
}

#[test]
fn clock_skew_is_corrected_once() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    emu.with_inner(|s| s.gateway_skew = 3600);
    emu.clear_journal();
    u.run(&["device", "list"]).ok();
    let j = emu.journal();
    assert_eq!(j[0].1, "TIME_VALIDATE_FAILED");
    assert_eq!(j[1], ("tuya.m.location.list".to_string(), "ok".to_string()));
}

#[test]
fn rate_limited_reads_back_off_and_succeed() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    emu.faults(Faults {
        rate_limit_next: 2,
        ..Default::default()
    });
    emu.clear_journal();
    u.run(&["device", "list"]).ok();
    let j = emu.journal();
    assert_eq!(
        j.iter()
            .filter(|(_, o)| o == "REQUEST_TOO_FREQUENTLY")
            .count(),
        2
    );
    // Writes are not retried.
    emu.faults(Faults {
        rate_limit_next: 1,
        ..Default::default()
    });
    let r = u
        .run(&[
            "api",
            "call",
            "tuya.m.device.member.upgrade",
            "--data",
            &format!("{{\"devId\":\"{BLE}\",\"userId\":\"1002\"}}"),
        ])
        .fails(1);
    assert!(r.stderr.contains("rate limiting"));
}

#[test]
fn api_list_shows_the_catalogue() {
    let u = User::new();
    let all = u.run(&["api", "list", "--json"]).ok().json();
    let lock_entries = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kinds"][0] != "any")
        .count();
    assert_eq!(lock_entries, 68);
    let wifi = u.run(&["api", "list", "--kind", "wifi"]).ok();
    assert!(wifi.stdout.contains("m.smart.scale.history.user.add"));
    assert!(!wifi.stdout.contains("tuya.m.device.member.upgrade"));
}

#[test]
fn demo_profile_needs_no_setup_and_persists() {
    let u = User::new();
    let r = u.run(&["--profile", "demo", "device", "list"]).ok();
    assert!(r.stdout.contains(WIFI) && r.stdout.contains(BLE) && r.stdout.contains(ZIGBEE));
    let data = u.dir.path().join("data").join("demo-state.json");
    assert!(data.exists());
    // A change made through the demo survives to the next run.
    u.run(&[
        "--profile",
        "demo",
        "api",
        "call",
        "tuya.m.device.member.upgrade",
        "--data",
        &format!("{{\"devId\":\"{BLE}\",\"userId\":\"1002\"}}"),
    ])
    .ok();
    let fam = u
        .run(&[
            "--profile",
            "demo",
            "api",
            "call",
            "tuya.m.device.member.list",
            "-d",
            BLE,
        ])
        .ok()
        .json();
    assert!(fam
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["userId"] == "1002"));
    // Nothing was written to the real home: HOME is the temp dir and only config/data exist there.
    assert!(!u.dir.path().join(".config").exists());
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let u = User::new();
    u.run(&["--help"]).ok();
    u.run(&["--version"]).ok();
    u.run(&["no-such-group"]).fails(2);
    u.run(&["device", "list", "--bogus"]).fails(2);
    // Global flags work after the subcommand too.
    let r = u.run(&["api", "list", "--json"]).ok();
    assert!(r.json().is_array());
}

#[test]
fn phone_accounts_log_in_with_their_country_code() {
    let emu = Emu::start();
    let u = User::new();
    u.add_md5(&emu, "p");
    let r = u
        .run_stdin(
            &["login", "--phone", "15550000001", "--password-stdin"],
            "lockctl-demo\n",
        )
        .fails(2);
    assert!(r.stderr.contains("--country-code"), "{}", r.stderr);
    u.login_demo_phone().ok();
    assert!(emu
        .journal()
        .iter()
        .any(|(a, o)| a == "tuya.m.user.mobile.password.login" && o == "ok"));
    u.run(&["device", "list"]).ok();
    u.run(&["logout"]).ok();
    assert!(!u.file("credentials.toml").contains("sid"));
    u.run(&["device", "list"]).fails(4);
}

#[test]
fn profiles_list_show_use_remove() {
    let emu = Emu::start();
    let u = User::new();
    u.add_md5(&emu, "a");
    u.add_md5(&emu, "b");
    let l = u.run(&["profile", "list"]).ok();
    assert!(
        l.stdout.contains("\n*\ta\t") && l.stdout.contains("\n\tb\t") && l.stdout.contains("demo"),
        "{}",
        l.stdout
    );
    u.run(&["profile", "use", "b"]).ok();
    assert!(u.run(&["profile", "list"]).ok().stdout.contains("\n*\tb\t"));
    // Env beats the config's current profile; the flag beats env.
    let j = u
        .run_env(
            &["profile", "list", "--json"],
            &[("LOCKCTL_PROFILE", "a")],
            None,
        )
        .ok()
        .json();
    assert_eq!(
        j.as_array()
            .unwrap()
            .iter()
            .find(|p| p["current"] == true)
            .unwrap()["name"],
        "a"
    );
    let j = u
        .run_env(
            &["--profile", "b", "profile", "list", "--json"],
            &[("LOCKCTL_PROFILE", "a")],
            None,
        )
        .ok()
        .json();
    assert_eq!(
        j.as_array()
            .unwrap()
            .iter()
            .find(|p| p["current"] == true)
            .unwrap()["name"],
        "b"
    );
    u.run(&["profile", "use", "nope"]).fails(2);
    u.run(&["profile", "remove", "a"]).fails(2);
    u.run(&["profile", "remove", "a", "--yes"]).ok();
    assert!(!u.file("config.toml").contains("[profiles.a]"));
    assert!(!u.file("credentials.toml").contains("[profiles.a]"));
    u.run(&["profile", "show", "a"]).fails(2);
    let r = u
        .run_env(
            &[
                "profile",
                "add",
                "demo",
                "--endpoint",
                &emu.url,
                "--client-id",
                "x",
            ],
            &[("LOCKCTL_APP_SECRET", "s")],
            None,
        )
        .fails(2);
    assert!(r.stderr.contains("built-in"));
}

/// The emulator answers every catalogue pair for the kinds that have it, and refuses it with
/// API_OR_API_VERSION_WRONG on the kinds that do not.
#[test]
fn emulator_and_catalogue_agree_on_every_pair() {
    use lockctl_api::catalogue::{Applies, LOCK};
    use lockctl_api::Column;
    let emu = Emu::start();
    let u = User::ready(&emu);
    for e in LOCK {
        let Applies::Only(col) = e.applies else {
            continue;
        };
        for (dev, dev_col) in [
            (WIFI, Column::Wifi),
            (BLE, Column::Ble),
            (ZIGBEE, Column::Ble),
        ] {
            let has = LOCK.iter().any(|x| {
                x.action == e.action
                    && x.version == e.version
                    && x.applies == Applies::Only(dev_col)
            });
            // Writes that would change the world are sent with no arguments beyond devId: the
            // emulator must still recognise the pair (PARAM_ILLEGAL or success, never a wrong API).
            let data = format!("{{\"devId\":\"{dev}\"}}");
            let r = u.run(&[
                "api",
                "call",
                e.action,
                "--version",
                e.version,
                "--data",
                &data,
            ]);
            let wrong_api = r.stderr.contains("API_OR_API_VERSION_WRONG");
            assert_eq!(
                !wrong_api, has,
                "{} {} on {dev} ({col:?} entry): {}",
                e.action, e.version, r.stderr
            );
        }
    }
}

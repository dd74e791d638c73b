//! What lockctl trusts on the network: proxies never see loopback traffic, a login may move the
//! client only to Tuya's own gateways (or the configured host), an endpoint's user name or
//! password is never printed, and `-v` hides secrets at every depth.

mod common;

use common::{Emu, User, BLE};

/// A proxy nobody answers: any request sent through it fails.
const DEAD_PROXY: &str = "http://127.0.0.1:9";

fn proxies() -> Vec<(&'static str, &'static str)> {
    [
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ]
    .into_iter()
    .map(|k| (k, DEAD_PROXY))
    .collect()
}

#[test]
fn proxies_from_the_environment_never_apply_to_loopback() {
    let emu = Emu::start();
    let port = emu.url.rsplit(':').next().unwrap().to_string();
    for host in ["127.0.0.1", "localhost"] {
        let u = User::new();
        let endpoint = format!("http://{host}:{port}");
        u.run_env(
            &[
                "profile",
                "add",
                "t",
                "--endpoint",
                &endpoint,
                "--client-id",
                lockctl_emulator::DEMO_CLIENT_ID,
            ],
            &[("LOCKCTL_APP_SECRET", lockctl_emulator::DEMO_APP_SECRET)],
            None,
        )
        .ok();
        u.run_env(
            &["login", "--email", "demo@example.com", "--password-stdin"],
            &proxies(),
            Some("lockctl-demo\n"),
        )
        .ok();
        u.run_env(&["device", "list"], &proxies(), None).ok();
    }
}

fn login(u: &User) -> common::Run {
    u.run_stdin(
        &[
            "--profile",
            "t",
            "login",
            "--email",
            "demo@example.com",
            "--password-stdin",
        ],
        "lockctl-demo\n",
    )
}

#[test]
fn a_login_may_not_move_the_client_off_tuya_or_the_configured_host() {
    let emu = Emu::start();
    let u = User::new();
    u.add_md5(&emu, "t");
    let own = emu.url.clone();
    for hostile in [
        "https://a1.tuyaeu.com.evil.example",
        "https://eviltuyaeu.com",
        "http://a1.tuyaeu.com",
        "https://192.0.2.7",
        "https://evil.example/api.json",
    ] {
        emu.with_inner(|s| s.base_url = hostile.to_string());
        let r = login(&u).fails(1);
        assert!(
            r.stderr.contains("neither under Tuya's own domains")
                || r.stderr.contains("unusable gateway"),
            "{hostile}: {}",
            r.stderr
        );
        assert!(!u.file("credentials.toml").contains("sid"), "{hostile}");
    }
    emu.with_inner(|s| s.base_url = own);
    login(&u).ok();
    u.run(&["device", "list"]).ok();
}

#[test]
fn a_stored_session_may_not_send_requests_elsewhere() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    let path = u.config_dir().join("credentials.toml");
    let text = u
        .file("credentials.toml")
        .replace(&emu.url, "https://evil.example");
    assert!(text.contains("evil.example"));
    std::fs::write(&path, text).unwrap();
    emu.clear_journal();
    let r = u.run(&["device", "list"]).fails(1);
    assert!(r.stderr.contains("evil.example"), "{}", r.stderr);
    assert!(
        r.stderr.contains("neither under Tuya's own domains"),
        "{}",
        r.stderr
    );
}

#[test]
fn userinfo_in_an_endpoint_is_never_printed() {
    let emu = Emu::start();
    let u = User::new();
    let with_user = emu.url.replace("http://", "http://me:hunter2@");
    let r = u.run_env(
        &[
            "profile",
            "add",
            "t",
            "--endpoint",
            &with_user,
            "--client-id",
            lockctl_emulator::DEMO_CLIENT_ID,
        ],
        &[("LOCKCTL_APP_SECRET", lockctl_emulator::DEMO_APP_SECRET)],
        None,
    );
    assert_ne!(r.code, 0);
    assert!(
        !(r.stdout.clone() + &r.stderr).contains("hunter2"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("user name or password"), "{}", r.stderr);
    // A hand-edited file holding one: listed, shown and used without ever printing it.
    u.login_md5(&emu, "t");
    let path = u.config_dir().join("config.toml");
    let text = u.file("config.toml").replace(&emu.url, &with_user);
    std::fs::write(&path, text).unwrap();
    for args in [
        &["profile", "list"][..],
        &["profile", "show", "t"],
        &["profile", "show", "t", "--json"],
        &["-v", "device", "list"],
        &[
            "-v",
            "login",
            "--email",
            "demo@example.com",
            "--password-stdin",
        ],
    ] {
        let r = u.run_stdin(args, "lockctl-demo\n");
        let all = r.stdout + &r.stderr;
        assert!(!all.contains("hunter2"), "{args:?}: {all}");
    }
}

#[test]
fn verbose_traces_hide_secrets_at_every_depth() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let data = format!(
        r#"{{"devId":"{BLE}","nested":{{"password":"topsecret9"}},"list":[{{"localKey":"lk-secret-1","name":"kept-name"}}],"opts":"{{\"sid\":\"inner-sid-7\"}}","PIN":"pin-secret-3"}}"#
    );
    let r = u.run(&[
        "-v",
        "api",
        "call",
        "tuya.m.device.member.list",
        "-d",
        BLE,
        "--data",
        &data,
    ]);
    assert!(r.stderr.contains("kept-name"), "{}", r.stderr);
    for secret in ["topsecret9", "lk-secret-1", "inner-sid-7", "pin-secret-3"] {
        assert!(!r.stderr.contains(secret), "{secret}: {}", r.stderr);
    }
    // The session id never shows, in the body or in a URL.
    let creds = u.file("credentials.toml");
    let sid = creds
        .lines()
        .find_map(|l| l.strip_prefix("sid = \""))
        .map(|s| s.trim_end_matches('"').to_string())
        .expect("a stored sid");
    let r = u.run(&["-v", "device", "list"]);
    assert!(!(r.stdout + &r.stderr).contains(&sid));
}

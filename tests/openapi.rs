//! The OpenAPI backend, black-box against the emulator's OpenAPI face: profiles, the project
//! token, signing and errors, raw calls, and what the backend refuses.

mod common;

use common::cmdline::temppwd_create;
use common::flavour::refused_naming_mobile;
use common::{Emu, User, WIFI};

/// `profile add oa --endpoint URL --access-id ID` (the access id alone picks the backend).
fn add_without_backend(u: &User, emu: &Emu, id: &str, secret: &str) -> common::Run {
    u.run_env(
        &[
            "profile",
            "add",
            "oa",
            "--endpoint",
            &emu.url,
            "--access-id",
            id,
        ],
        &[("LOCKCTL_ACCESS_SECRET", secret)],
        None,
    )
}

fn user(emu: &Emu) -> User {
    let u = User::new();
    u.add_openapi(emu, "oa").ok();
    u
}

#[test]
fn device_list_with_nothing_else_set_up() {
    let emu = Emu::start();
    let u = user(&emu);
    let r = u.run(&["device", "list", "--json"]).ok();
    let devs = r.json();
    let front = devs
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == WIFI)
        .expect("the demo Wi-Fi lock is listed");
    assert_eq!(front["kind"], "unknown", "{front}");
    // The project token is kept (0600) and reused: a second run asks for no new token.
    let creds = u.file("credentials.toml");
    assert!(creds.contains("access_token"), "{creds}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(u.config_dir().join("credentials.toml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    emu.clear_journal();
    u.run(&["device", "list"]).ok();
    assert!(
        !emu.sent().iter().any(|a| a.contains("/v1.0/token")),
        "{:?}",
        emu.sent()
    );
    assert!(!r.stderr.contains(lockctl_emulator::DEMO_ACCESS_SECRET));
}

#[test]
fn profile_kind_says_what_the_cloud_does_not() {
    let emu = Emu::start();
    let u = User::new();
    u.add_openapi_with(&emu, "oa", &["--kind", "wifi"]).ok();
    let show = u.run(&["profile", "show", "oa", "--json"]).ok().json();
    assert_eq!(show["kind"], "wifi");
    assert_eq!(show["sign"], "hmac-sha256");
    assert_eq!(show["appSecret"], "set");
    // The kind the profile says is every lock's kind (the cloud never says one).
    let devs = u.run(&["device", "list", "--json"]).ok().json();
    assert!(
        devs.as_array().unwrap().iter().all(|d| d["kind"] == "wifi"),
        "{devs}"
    );
    let human = u.run(&["profile", "show", "oa"]).ok().stdout;
    assert!(
        human.contains("access id") && human.contains("none needed"),
        "{human}"
    );
    assert!(!human.contains(lockctl_emulator::DEMO_ACCESS_SECRET));
}

#[test]
fn profile_add_refuses_bad_input_and_never_takes_the_secret_from_a_flag() {
    let emu = Emu::start();
    let u = User::new();
    let id = lockctl_emulator::DEMO_ACCESS_ID;
    // No secret in the environment and no terminal.
    let r = u
        .run(&[
            "profile",
            "add",
            "oa",
            "--backend",
            "openapi",
            "--endpoint",
            &emu.url,
            "--access-id",
            id,
        ])
        .fails(2);
    assert!(r.stderr.contains("LOCKCTL_ACCESS_SECRET"), "{}", r.stderr);
    let secret = [(
        "LOCKCTL_ACCESS_SECRET",
        lockctl_emulator::DEMO_ACCESS_SECRET,
    )];
    // Plain http off loopback.
    let r = u
        .run_env(
            &[
                "profile",
                "add",
                "oa",
                "--backend",
                "openapi",
                "--endpoint",
                "http://example.com",
                "--access-id",
                id,
            ],
            &secret,
            None,
        )
        .fails(2);
    assert!(r.stderr.contains("http"), "{}", r.stderr);
    // --backend openapi without --access-id; a secret of the wrong length.
    u.run_env(
        &[
            "profile",
            "add",
            "oa",
            "--backend",
            "openapi",
            "--region",
            "eu",
        ],
        &secret,
        None,
    )
    .fails(2);
    u.run_env(
        &["profile", "add", "oa", "--access-id", id, "--region", "eu"],
        &[("LOCKCTL_ACCESS_SECRET", "short")],
        None,
    )
    .fails(2);
    // Mobile-only regions and flags.
    u.run_env(
        &["profile", "add", "m", "--region", "sg", "--client-id", "x"],
        &[("LOCKCTL_APP_SECRET", "s")],
        None,
    )
    .fails(2);
    u.run_env(
        &[
            "profile",
            "add",
            "oa",
            "--access-id",
            id,
            "--client-id",
            "x",
            "--region",
            "eu",
        ],
        &secret,
        None,
    )
    .fails(2);
    assert!(!u.file("config.toml").contains("[profiles.oa]"));
    // A region maps to the data centre's host.
    u.run_env(
        &[
            "profile",
            "add",
            "oa",
            "--access-id",
            id,
            "--region",
            "eu-w",
        ],
        &secret,
        None,
    )
    .ok();
    assert!(u
        .file("config.toml")
        .contains("https://openapi-weaz.tuyaeu.com"));
    assert!(!u
        .file("config.toml")
        .contains(lockctl_emulator::DEMO_ACCESS_SECRET));
}

#[test]
fn login_and_logout_say_there_is_no_account_login() {
    let emu = Emu::start();
    let u = user(&emu);
    for verb in [&["login", "--email", "a@b.c"][..], &["logout"][..]] {
        let r = u.run(verb).ok();
        assert!(r.stderr.contains("no account login"), "{}", r.stderr);
    }
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn wrong_secret_is_a_signature_error_with_next_step() {
    let emu = Emu::start();
    let u = User::new();
    add_without_backend(
        &u,
        &emu,
        lockctl_emulator::DEMO_ACCESS_ID,
        "0123456789abcdef0123456789abcdef",
    )
    .ok();
    let r = u.run(&["device", "list"]).fails(4);
    assert!(r.stderr.contains("Tuya code"), "{}", r.stderr);
    assert!(r.stderr.contains("access id and secret"), "{}", r.stderr);
}

#[test]
fn an_expired_or_dropped_token_is_fetched_again_once() {
    let emu = Emu::start();
    let u = user(&emu);
    u.run(&["device", "list"]).ok();
    // Spoil the stored token: the cloud answers "token invalid", lockctl fetches a new one.
    let path = u.config_dir().join("credentials.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let spoiled: String = text
        .lines()
        .map(|l| {
            if l.trim_start().starts_with("access_token") {
                "access_token = \"nonsense\"".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&path, spoiled).unwrap();
    emu.clear_journal();
    u.run(&["device", "list"]).ok();
    let tokens = emu
        .sent()
        .iter()
        .filter(|a| a.contains("/v1.0/token"))
        .count();
    assert_eq!(tokens, 1, "{:?}", emu.sent());
}

#[test]
fn raw_calls_are_signed_and_print_the_result() {
    let emu = Emu::start();
    let u = user(&emu);
    let r = u
        .run(&["api", "call", "GET", &format!("/v1.0/devices/{WIFI}")])
        .ok();
    assert_eq!(r.json()["id"], WIFI);
    // Bad METHOD or PATH: refused before any request.
    emu.clear_journal();
    u.run(&["api", "call", "PATCH", "/v1.0/x"]).fails(2);
    u.run(&["api", "call", "GET", "v1.0/x"]).fails(2);
    u.run(&["api", "call", "GET"]).fails(2);
    u.run(&["api", "call", "GET", "/v1.0/x", "--data", "{}"])
        .fails(2);
    u.run(&["api", "list"]).fails(2);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn verbs_the_service_lacks_exit_2_naming_the_mobile_backend() {
    // A rename needs the PIN again here: refused with the way to do it.
    {
        let emu = Emu::start();
        let u = user(&emu);
        u.run(&["device", "list"]).ok();
        emu.clear_journal();
        let r = u
            .run(&[
                "temppwd", "rename", "-d", WIFI, "--id", "150", "--name", "X",
            ])
            .fails(2);
        assert!(r.stderr.contains("--pin-stdin"), "{}", r.stderr);
        assert!(emu.sent().is_empty(), "{:?}", emu.sent());
    }
    let emu = Emu::start();
    let u = user(&emu);
    u.run(&["device", "list"]).ok();
    emu.clear_journal();
    for verb in [
        &["voice", "status"][..],
        &["device", "active-date"][..],
        &["offlinepwd", "list"][..],
        &["alarm", "unread"][..],
        &["member", "me"][..],
    ] {
        let mut args = verb.to_vec();
        args.extend(["-d", WIFI]);
        refused_naming_mobile(u.run(&args));
    }
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

/// An emulator with one extra project of these flags, and a user with a profile for it.
fn flagged_project(flags: &str) -> (Emu, User) {
    let id = "flaggedProject000001";
    let secret = "flaggedprojectsecret000000000001";
    let emu = Emu::with(lockctl_emulator::Config {
        pinned_world: true,
        projects: vec![lockctl_emulator::openapi::Project::parse(&format!(
            "{id}:{secret}:{flags}"
        ))
        .unwrap()],
        ..Default::default()
    });
    let u = User::new();
    add_without_backend(&u, &emu, id, secret).ok();
    (emu, u)
}

#[test]
fn region_mismatch_quota_and_an_expired_plan_name_the_next_step() {
    for (flags, words) in [
        ("other-region", "region"),
        ("quota-used", "quota"),
        ("plan-expired", "IoT Core"),
    ] {
        let (_emu, u) = flagged_project(flags);
        let r = u.run(&["device", "list"]).fails(1);
        assert!(r.stderr.contains(words), "{flags}: {}", r.stderr);
        assert!(r.stderr.contains("Tuya code"), "{flags}: {}", r.stderr);
    }
}

#[test]
fn http_429_is_throttling() {
    let emu = Emu::start();
    let u = user(&emu);
    u.run(&["device", "list"]).ok();
    // A throttled read is read again after a pause.
    emu.with_inner(|s| s.faults.http_429_next = 1);
    let r = u.run(&["-v", "device", "list"]).ok();
    assert!(r.stderr.contains("reading again"), "{}", r.stderr);
    // A write is never sent again: the user is told to wait.
    emu.with_inner(|s| s.faults.http_429_next = 1);
    let ticket = format!("/v1.0/devices/{WIFI}/door-lock/password-ticket");
    let r = u.run(&["api", "call", "POST", &ticket]).fails(1);
    assert!(r.stderr.contains("throttl"), "{}", r.stderr);
}

#[test]
fn a_project_without_the_lock_service_is_told_what_to_subscribe() {
    let (_emu, u) = flagged_project("no-lock");
    let secret = "flaggedprojectsecret000000000001";
    u.run(&["device", "list"]).ok();
    let r = u.run(&["member", "list", "-d", WIFI]).fails(1);
    assert!(r.stderr.contains("Smart Lock Open Service"), "{}", r.stderr);
    assert!(r.stderr.contains("Tuya code 28841101"), "{}", r.stderr);
    assert!(!r.stderr.contains(secret));
}

#[test]
fn clock_skew_is_recovered_once_from_the_cloud_time() {
    let emu = Emu::start();
    let u = user(&emu);
    emu.with_inner(|s| s.gateway_skew = 3600);
    u.run(&["device", "list"]).ok();
    let j = emu.journal();
    assert!(j.iter().any(|(_, o)| o == "1013"), "{j:?}");
    assert_eq!(j.last().unwrap().1, "ok", "{j:?}");
}

#[test]
fn expired_tokens_are_renewed_and_throttling_says_back_off() {
    let emu = Emu::start();
    let u = user(&emu);
    u.run(&["device", "list"]).ok();
    emu.with_inner(|s| s.expire_sessions());
    emu.clear_journal();
    u.run(&["device", "list"]).ok();
    assert!(
        emu.sent().iter().any(|a| a.contains("/v1.0/token")),
        "{:?}",
        emu.sent()
    );
    // Throttled: a read is read again; a write is not sent again and says to wait.
    emu.with_inner(|s| s.faults.rate_limit_next = 1);
    u.run(&["device", "list"]).ok();
    let j = emu.journal();
    assert!(j.iter().any(|(_, o)| o == "1110"), "{j:?}");
    assert_eq!(j.last().unwrap().1, "ok", "{j:?}");
    emu.with_inner(|s| s.faults.rate_limit_next = 1);
    let ticket = format!("/v1.0/devices/{WIFI}/door-lock/password-ticket");
    let r = u.run(&["api", "call", "POST", &ticket]).fails(1);
    assert!(r.stderr.contains("throttl"), "{}", r.stderr);
    assert!(r.stderr.contains("wait"), "{}", r.stderr);
}

fn create_args<'a>(name: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    temppwd_create(WIFI, name, "+7d", extra)
}

#[test]
fn quirk_one_schedule_block_per_password_refused_before_any_request() {
    let emu = Emu::start();
    let u = user(&emu);
    u.run(&["device", "list"]).ok();
    emu.clear_journal();
    let args = create_args(
        "Two",
        &[
            "--schedule",
            "mon 09:00-10:00",
            "--schedule",
            "tue 11:00-12:00",
        ],
    );
    let r = u.run_stdin(&args, "1234567\n").fails(2);
    assert!(r.stderr.contains("one schedule block"), "{}", r.stderr);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn quirk_weekdays_read_back_as_written() {
    let emu = Emu::start();
    let u = user(&emu);
    let args = create_args("Weekly", &["--schedule", "mon,tue 09:00-18:00", "--json"]);
    let p = u.run_stdin(&args, "7654321\n").ok().json();
    assert_eq!(
        p["schedules"][0]["weekdays"],
        serde_json::json!(["mon", "tue"]),
        "{p}"
    );
    let id = p["id"].as_str().unwrap();
    let shown = u
        .run(&["temppwd", "show", "-d", WIFI, "--id", id, "--json"])
        .ok()
        .json();
    assert_eq!(
        shown["schedules"][0]["weekdays"],
        serde_json::json!(["mon", "tue"]),
        "{shown}"
    );
    assert_eq!(shown["schedules"][0]["from"], "09:00");
}

#[test]
fn quirk_removed_passwords_stay_on_the_wire_but_not_in_lists() {
    let emu = Emu::start();
    let u = user(&emu);
    let p = u
        .run_stdin(&create_args("Gone", &["--json"]), "1357913\n")
        .ok()
        .json();
    let id = p["id"].as_str().unwrap().to_string();
    u.run(&["temppwd", "remove", "-d", WIFI, "--id", &id, "--yes"])
        .ok();
    let wire = u
        .run(&[
            "api",
            "call",
            "GET",
            &format!("/v1.0/devices/{WIFI}/door-lock/temp-passwords"),
        ])
        .ok()
        .json();
    assert!(
        wire.as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"].to_string().trim_matches('"') == id),
        "{wire}"
    );
    let list = u
        .run(&["temppwd", "list", "-d", WIFI, "--json"])
        .ok()
        .json();
    assert!(
        !list
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == id.as_str()),
        "{list}"
    );
    let r = u.run(&["temppwd", "show", "-d", WIFI, "--id", &id]);
    assert_ne!(
        r.code, 0,
        "a removed password is not shown as live: {}",
        r.stdout
    );
}

#[test]
fn quirk_name_limits_refused_before_any_request() {
    let emu = Emu::start();
    let u = user(&emu);
    u.run(&["device", "list"]).ok();
    emu.clear_journal();
    let long = "x".repeat(21);
    let r = u
        .run(&[
            "offlinepwd",
            "create",
            "-d",
            WIFI,
            "--type",
            "once",
            "--name",
            &long,
        ])
        .fails(2);
    assert!(r.stderr.contains("20 characters"), "{}", r.stderr);
    let long = "y".repeat(33);
    u.run_stdin(&create_args(&long, &[]), "1234567\n").fails(2);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn pin_length_of_a_gateway_lock_of_unknown_kind_is_known_before_any_request() {
    let emu = Emu::start();
    let u = user(&emu);
    // The Bluetooth lock takes 6 digits: its kind is unknown, but a gateway sub-device takes 6
    // (the lock's own refusal of a length is in tests/openapi_gaps.rs).
    u.run(&["device", "list"]).ok();
    emu.clear_journal();
    let r = u
        .run_stdin(
            &temppwd_create(common::BLE, "Seven", "+1d", &[]),
            "1234567\n",
        )
        .fails(2);
    assert!(r.stderr.contains("6 digits"), "{}", r.stderr);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
    // Not digits at all is refused before any request.
    u.run(&["device", "list"]).ok();
    emu.clear_journal();
    u.run_stdin(&create_args("Letters", &[]), "12ab567\n")
        .fails(2);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn demo_openapi_profile_shares_the_demo_world() {
    let u = User::new();
    let devs = u
        .run(&["--profile", "demo-openapi", "device", "list", "--json"])
        .ok()
        .json();
    assert!(devs.as_array().unwrap().iter().any(|d| d["id"] == WIFI));
    u.run_stdin(
        &[
            "--profile",
            "demo-openapi",
            "temppwd",
            "create",
            "-d",
            "Front Door",
            "--name",
            "Both",
            "--pin-stdin",
            "--from",
            "now",
            "--to",
            "+1d",
        ],
        "9081726\n",
    )
    .ok();
    let list = u
        .run(&["--profile", "demo", "temppwd", "list", "-d", WIFI, "--json"])
        .ok()
        .json();
    assert!(
        list.as_array().unwrap().iter().any(|p| p["name"] == "Both"),
        "{list}"
    );
    let profiles = u.run(&["profile", "list", "--json"]).ok().json();
    assert!(profiles
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "demo-openapi"));
    u.run(&["profile", "remove", "demo-openapi", "--yes"])
        .fails(2);
    u.run_env(
        &[
            "profile",
            "add",
            "demo-openapi",
            "--region",
            "eu",
            "--access-id",
            "x",
        ],
        &[(
            "LOCKCTL_ACCESS_SECRET",
            lockctl_emulator::DEMO_ACCESS_SECRET,
        )],
        None,
    )
    .fails(2);
}

#[test]
fn bluetooth_members_come_from_device_members_and_assigned_keys() {
    let emu = Emu::start();
    let u = user(&emu);
    let j = u
        .run(&["member", "list", "-d", common::BLE, "--json"])
        .ok()
        .json();
    let owner = j
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "Demo Owner")
        .unwrap_or_else(|| panic!("{j}"));
    assert!(
        !owner["unlockMethods"].as_array().unwrap().is_empty(),
        "{owner} {:?}",
        emu.journal()
    );
    let sent = emu.sent();
    assert!(
        sent.iter()
            .any(|a| a.ends_with(&format!("/v1.0/devices/{}/users", common::BLE))),
        "{sent:?}"
    );
    assert!(sent.iter().any(|a| a.contains("assigned-keys")), "{sent:?}");
}

#[test]
fn verbose_traces_show_no_token_or_secret() {
    let emu = Emu::start();
    let u = user(&emu);
    let r = u.run(&["--verbose", "device", "list"]).ok();
    assert!(r.stderr.contains("GET /v1.0/token"), "{}", r.stderr);
    // The refresh path carries the refresh token: shown masked.
    let creds = u.file("credentials.toml");
    for line in creds.lines().filter(|l| l.contains("_token")) {
        let value = line.split('"').nth(1).unwrap_or("");
        assert!(!value.is_empty() && !r.stderr.contains(value), "{line}");
    }
    assert!(!r.stderr.contains(lockctl_emulator::DEMO_ACCESS_SECRET));
}

#[test]
fn history_pages_are_read_as_needed() {
    let emu = Emu::start();
    let u = user(&emu);
    u.run(&["device", "list"]).ok();
    emu.clear_journal();
    let logs = |emu: &Emu| {
        emu.sent()
            .iter()
            .filter(|a| a.contains("open-logs"))
            .count()
    };
    let r = u
        .run(&[
            "history",
            "list",
            "-d",
            WIFI,
            "--limit",
            "5",
            "--page-size",
            "5",
        ])
        .ok();
    assert_eq!(logs(&emu), 1, "{:?}", emu.sent());
    assert!(r.stderr.contains("first 5"), "{}", r.stderr);
    emu.clear_journal();
    let all = u
        .run(&[
            "history",
            "list",
            "-d",
            WIFI,
            "--all",
            "--page-size",
            "50",
            "--format",
            "ndjson",
        ])
        .ok();
    assert_eq!(all.stdout.lines().count(), 300);
    assert_eq!(logs(&emu), 6, "{:?}", emu.sent());
}

#[test]
fn a_window_across_a_dst_change_is_flagged_on_fixed_offset_locks() {
    let emu = Emu::start();
    let u = user(&emu);
    let now = jiff::Timestamp::from_second(emu.now()).unwrap();
    let berlin = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
    let lock_offset = emu.world(|w| w.lock(WIFI).unwrap().time_zone.clone());
    // Only meaningful while Berlin's offset now is the lock's (+01:00 in winter, +02:00 in summer).
    let here = berlin.to_offset(now).seconds();
    let next_change = berlin.following(now).next().unwrap().timestamp();
    let days = (next_change.as_second() - now.as_second()) / 86_400 + 2;
    let to = format!("+{days}d");
    let args = [
        "temppwd",
        "create",
        "-d",
        WIFI,
        "--name",
        "Long",
        "--pin-stdin",
        "--from",
        "now",
        "--to",
        &to,
    ];
    let r = u
        .run_env(&args, &[("TZ", "Europe/Berlin")], Some("1122334\n"))
        .ok();
    if lock_offset == "Europe/Berlin" && (here == 3600 || here == 7200) {
        assert!(r.stderr.contains("daylight-saving"), "{}", r.stderr);
    }
    let short = temppwd_create(WIFI, "Short", "+1h", &[]);
    let r = u
        .run_env(&short, &[("TZ", "Europe/Berlin")], Some("1122335\n"))
        .ok();
    assert!(!r.stderr.contains("daylight-saving"), "{}", r.stderr);
}

#[test]
fn a_mobile_profile_added_again_as_openapi_forgets_what_it_cached() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    u.run(&["device", "list"]).ok();
    let cache =
        || std::fs::read_to_string(u.dir.path().join("data/cache.toml")).unwrap_or_default();
    assert!(cache().contains("kind = \"wifi\""));
    u.add_openapi(&emu, "t").ok();
    assert!(!cache().contains("kind = \"wifi\""), "{}", cache());
    assert!(
        !u.file("credentials.toml").contains("sid"),
        "the mobile session is dropped"
    );
    let j = u
        .run(&["temppwd", "list", "-d", WIFI, "--json"])
        .ok()
        .json();
    assert!(j.is_array());
    assert!(cache().contains("kind = \"unknown\""), "{}", cache());
}

#[test]
fn a_token_about_to_expire_is_refreshed_with_its_refresh_token() {
    let emu = Emu::start();
    let u = user(&emu);
    u.run(&["device", "list"]).ok();
    let path = u.config_dir().join("credentials.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    // Token ages are kept on the real clock.
    let soon = common::clock::real_now().as_millisecond() + 30_000;
    let edited: String = text
        .lines()
        .map(|l| match l.trim_start().starts_with("expires_at") {
            true => format!("expires_at = {soon}"),
            false => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&path, edited).unwrap();
    emu.clear_journal();
    u.run(&["device", "list"]).ok();
    let sent = emu.sent();
    assert!(
        sent.iter().any(|a| a.starts_with("GET /v1.0/token/")),
        "{sent:?}"
    );
    assert!(!sent.iter().any(|a| a == "GET /v1.0/token"), "{sent:?}");
    // The new pair is stored: the next run asks for nothing.
    emu.clear_journal();
    u.run(&["device", "list"]).ok();
    assert!(
        !emu.sent().iter().any(|a| a.contains("/v1.0/token")),
        "{:?}",
        emu.sent()
    );
}

#[test]
fn the_access_secret_is_asked_hidden_on_a_terminal() {
    let emu = Emu::start();
    let u = User::new();
    let secret = lockctl_emulator::DEMO_ACCESS_SECRET;
    let script = [
        "expect:Access secret".to_string(),
        format!("send:{secret}\\r"),
        "expect:Added profile".to_string(),
    ];
    let script: Vec<&str> = script.iter().map(String::as_str).collect();
    let args = [
        "profile",
        "add",
        "oa",
        "--backend",
        "openapi",
        "--endpoint",
        &emu.url,
        "--access-id",
        lockctl_emulator::DEMO_ACCESS_ID,
    ];
    let Some((ok, log)) = common::pty(&u, &args, &script) else {
        return;
    };
    assert!(ok, "pty session failed:\n{log}");
    assert!(!log.contains(secret), "the secret was echoed:\n{log}");
    u.run(&["--profile", "oa", "device", "list"]).ok();
}

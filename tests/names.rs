//! Locks and members by name: `--dev NAME`, `--user NAME`, the device cache and its time-to-live,
//! `device use`, the picker, `LOCKCTL_NO_INPUT` and dynamic completion, on the emulator.

mod common;

use common::cmdline::temppwd_create;
use common::{Emu, Run, User, BLE, WIFI, ZIGBEE};

/// Actions that read the device list or one device (what resolving a lock may cost).
const LOOKUPS: [&str; 4] = [
    "tuya.m.location.list",
    "tuya.m.my.group.device.list",
    "tuya.m.device.ref.info.my.list",
    "tuya.m.device.get",
];

fn lookups(emu: &Emu) -> Vec<String> {
    emu.sent()
        .into_iter()
        .filter(|a| LOOKUPS.contains(&a.as_str()))
        .collect()
}

fn verbs(emu: &Emu) -> Vec<String> {
    emu.sent()
        .into_iter()
        .filter(|a| !LOOKUPS.contains(&a.as_str()))
        .collect()
}

fn ids(r: &Run) -> Vec<String> {
    r.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap().to_string())
        .collect()
}

fn rename(emu: &Emu, dev: &str, name: &str) {
    emu.with_inner(|s| s.world.lock_mut(dev).unwrap().name = name.to_string());
}

#[test]
fn dev_takes_a_name_exactly_or_by_unique_prefix_in_any_case() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let by_id = ids(&u.run(&["member", "list", "-d", WIFI, "--json", "id"]).ok());
    for q in ["Front Door", "front door", "FRONT", "fr"] {
        let r = u.run(&["member", "list", "-d", q, "--json", "id"]).ok();
        assert_eq!(ids(&r), by_id, "{q}");
    }
    let g = u
        .run(&["member", "list", "--dev", "garage", "--json", "id"])
        .ok();
    assert!(!ids(&g).is_empty());
    // A warm cache resolves every name without asking the cloud about devices.
    assert_eq!(lookups(&emu), Vec::<String>::new());
}

#[test]
fn a_name_costs_no_request_on_the_next_run() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    emu.clear_journal();
    u.run(&["member", "count", "-d", "Back Door"]).ok();
    assert!(!lookups(&emu).is_empty(), "the first run reads the list");
    emu.clear_journal();
    u.run(&["member", "count", "-d", "Back Door"]).ok();
    assert_eq!(lookups(&emu), Vec::<String>::new());
    // The cache holds the localKeys, privately; credentials.toml no longer does.
    let cache = u.dir.path().join("data").join("cache.toml");
    let text = std::fs::read_to_string(&cache).unwrap();
    assert!(text.contains("Back Door") && text.contains("local_key"));
    assert!(!u.file("credentials.toml").contains("local_key"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&cache).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn an_ambiguous_name_lists_the_candidates_and_sends_nothing() {
    let emu = Emu::start();
    rename(&emu, ZIGBEE, "Front Gate");
    let u = User::warm(&emu);
    let r = u.run(&["member", "list", "-d", "front"]).fails(2);
    assert!(
        r.stderr.contains("matches 2")
            && r.stderr.contains(&format!("Front Door ({WIFI})"))
            && r.stderr.contains(&format!("Front Gate ({ZIGBEE})")),
        "{}",
        r.stderr
    );
    assert_eq!(emu.sent(), Vec::<String>::new());
    // More of the name, or the exact name, settles it.
    u.run(&["member", "list", "-d", "front g"]).ok();
    u.run(&["member", "list", "-d", "front door"]).ok();
}

#[test]
fn an_unknown_name_refreshes_the_list_once_then_fails_naming_the_locks() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let r = u.run(&["member", "list", "-d", "Shed"]).fails(2);
    assert!(
        r.stderr.contains("no lock named `Shed`")
            && r.stderr.contains(&format!("Front Door ({WIFI})"))
            && r.stderr.contains(&format!("Garage ({ZIGBEE})")),
        "{}",
        r.stderr
    );
    // One refresh of the list (homes, then the home's devices and its product schemas), no verb.
    assert_eq!(
        emu.sent(),
        vec![
            "tuya.m.location.list",
            "tuya.m.my.group.device.list",
            "tuya.m.device.ref.info.my.list"
        ]
    );
    // A lock renamed in the app is found by its new name although the cache is fresh.
    rename(&emu, ZIGBEE, "Shed");
    emu.clear_journal();
    u.run(&["member", "count", "-d", "shed"]).ok();
    assert_eq!(
        lookups(&emu),
        vec![
            "tuya.m.location.list",
            "tuya.m.my.group.device.list",
            "tuya.m.device.ref.info.my.list"
        ]
    );
}

#[test]
fn an_unknown_id_fails_naming_the_locks() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let r = u
        .run(&["member", "list", "-d", "bf00nosuchdevice0000"])
        .fails(2);
    assert!(
        r.stderr.contains("no lock named `bf00nosuchdevice0000`")
            && r.stderr.contains(&format!("Back Door ({BLE})")),
        "{}",
        r.stderr
    );
    assert_eq!(verbs(&emu), Vec::<String>::new());
}

#[test]
fn text_that_is_neither_an_id_nor_a_name_is_refused_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let long = "x".repeat(65);
    for q in ["", "  ", "Front\u{1b}[31mDoor", "a\nb", long.as_str()] {
        let r = u.run(&["member", "list", "-d", q]).fails(2);
        assert!(r.stderr.starts_with("error: --dev"), "{q:?}: {}", r.stderr);
    }
    for q in [
        "",
        "no such/user",
        "Al\tice",
        "1000000000000000000000000000000000",
    ] {
        let r = u.run(&["member", "show", "-d", BLE, "--user", q]).fails(2);
        assert!(r.stderr.contains("--user"), "{q:?}: {}", r.stderr);
    }
    assert_eq!(emu.sent(), Vec::<String>::new());
}

#[test]
fn an_expired_cache_is_refreshed_and_a_repaired_lock_gets_its_new_key() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // The lock is paired again: the cloud gives it a new localKey.
    emu.with_inner(|s| s.world.lock_mut(BLE).unwrap().local_key = "0123456789abcdef".into());
    let ttl0 = [("LOCKCTL_CACHE_TTL", "0")];
    let create = temppwd_create("back door", "Repaired", "+1d", &[]);
    u.run_env(&create, &ttl0, Some("135790\n")).ok();
    assert_eq!(
        lookups(&emu),
        vec![
            "tuya.m.location.list",
            "tuya.m.my.group.device.list",
            "tuya.m.device.ref.info.my.list"
        ]
    );
    // The emulator decrypted the PIN with the new key.
    let pin = emu.world(|w| {
        w.lock(BLE)
            .unwrap()
            .temp_passwords
            .iter()
            .find(|p| p.name == "Repaired")
            .map(|p| p.pin.clone())
    });
    assert_eq!(pin.as_deref(), Some("135790"));
    let cache = std::fs::read_to_string(u.dir.path().join("data/cache.toml")).unwrap();
    assert!(cache.contains("0123456789abcdef"));
    // By id, an expired entry is refreshed with one look-up of that device.
    emu.clear_journal();
    u.run_env(&["member", "count", "-d", BLE], &ttl0, None).ok();
    assert_eq!(lookups(&emu), vec!["tuya.m.device.get"]);
    // Within the time-to-live (default 15 minutes) nothing is looked up.
    emu.clear_journal();
    u.run(&["member", "count", "-d", BLE]).ok();
    assert_eq!(lookups(&emu), Vec::<String>::new());
}

#[test]
fn user_takes_a_member_name() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let show = |q: &str| {
        u.run(&["member", "show", "-d", "back", "--user", q, "--json", "id"])
            .ok()
            .json()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(show("alice"), "1001");
    assert_eq!(show("ALI"), "1001");
    assert_eq!(show("Demo Owner"), "1000");
    assert_eq!(show("bob"), "1002", "panel members too");
    assert_eq!(show("1003"), "1003");
    // Names come from the member list once, then from the cache.
    emu.clear_journal();
    show("cleaner");
    assert!(
        !emu.sent().iter().any(|a| a.contains("member.list")),
        "{:?}",
        emu.sent()
    );
    // opmode takes names too.
    u.run(&["opmode", "list", "-d", "garage", "--user", "alice"])
        .ok();
}

#[test]
fn an_ambiguous_or_unknown_member_name_fails_listing_the_members() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    u.run(&[
        "member",
        "add",
        "-d",
        BLE,
        "--name",
        "Alicia",
        "--permanent",
    ])
    .ok();
    emu.clear_journal();
    let r = u
        .run(&["member", "remove", "-d", BLE, "--user", "ali", "--yes"])
        .fails(2);
    assert!(
        r.stderr.contains("matches 2")
            && r.stderr.contains("Alice (1001)")
            && r.stderr.contains("Alicia ("),
        "{}",
        r.stderr
    );
    let r = u
        .run(&["member", "remove", "-d", BLE, "--user", "Zed", "--yes"])
        .fails(2);
    assert!(
        r.stderr.contains("no member named `Zed`") && r.stderr.contains("Bob (1002)"),
        "{}",
        r.stderr
    );
    assert!(
        !emu.sent()
            .iter()
            .any(|a| a.contains("remove") || a.contains("delete")),
        "{:?}",
        emu.sent()
    );
}

#[test]
fn device_use_sets_a_default_lock_that_flags_and_env_override() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let r = u.run(&["device", "use", "Front", "--json"]).ok();
    assert_eq!(r.json()["id"], WIFI);
    assert!(u.file("config.toml").contains(WIFI));
    let me = |args: &[&str], env: &[(&str, &str)]| u.run_env(args, env, None).ok().stdout;
    let wifi = me(&["member", "list", "--json", "id", "-d", WIFI], &[]);
    let ble = me(&["member", "list", "--json", "id", "-d", BLE], &[]);
    assert_eq!(me(&["member", "list", "--json", "id"], &[]), wifi);
    assert_eq!(
        me(
            &["member", "list", "--json", "id"],
            &[("LOCKCTL_DEV", "back door")]
        ),
        ble
    );
    assert_eq!(
        me(&["member", "list", "--json", "id", "-d", "back"], &[]),
        ble
    );
    // Cleared: without a terminal, the usual error naming --dev, and nothing sent.
    u.run(&["device", "use", "--clear"]).ok();
    assert!(!u.file("config.toml").contains(WIFI));
    emu.clear_journal();
    let r = u.run(&["member", "list"]).fails(2);
    assert!(
        r.stderr.contains("missing --dev") && r.stderr.contains("device use"),
        "{}",
        r.stderr
    );
    assert_eq!(emu.sent(), Vec::<String>::new());
    // device use needs a lock that exists.
    u.run(&["device", "use", "Shed"]).fails(2);
    u.run(&["device", "use"]).fails(2);
}

#[test]
fn device_list_always_asks_the_cloud() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    rename(&emu, ZIGBEE, "Carport");
    let r = u.run(&["device", "list"]).ok();
    assert!(r.stdout.contains("Carport"));
    assert!(!lookups(&emu).is_empty());
    // ... and refreshes the cache: the new name resolves with no request.
    emu.clear_journal();
    u.run(&["member", "count", "-d", "carport"]).ok();
    assert_eq!(lookups(&emu), Vec::<String>::new());
}

#[test]
fn with_no_dev_on_a_terminal_the_user_picks_a_lock() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let Some((ok, out)) = common::pty(
        &u,
        &["member", "count"],
        &[
            "expect:Lock",
            "send:gar",
            "expect:Garage",
            "send:\\r",
            "expect:family members",
        ],
    ) else {
        return;
    };
    assert!(ok, "{out}");
}

/// `common::pty` with extra environment variables.
fn pty_env(
    u: &User,
    args: &[&str],
    env: &[(&str, &str)],
    script: &[&str],
) -> Option<(bool, String)> {
    use std::process::Command;
    if !common::has_tool("python3") {
        common::skip("python3 not found; the pty session did not run");
        return None;
    }
    let driver = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pty_drive.py");
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
    py.env("TERM", "xterm")
        .env("COLUMNS", "120")
        .envs(env.iter().copied());
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

#[test]
fn lockctl_no_input_turns_prompts_off_like_no_input() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // On a terminal the picker asks; with LOCKCTL_NO_INPUT=1 lockctl fails at once instead.
    for off in ["", "0"] {
        let Some((ok, out)) = pty_env(
            &u,
            &["member", "count"],
            &[("LOCKCTL_NO_INPUT", off)],
            &["expect:Lock", "send:back\\r", "expect:family members"],
        ) else {
            return;
        };
        assert!(ok, "LOCKCTL_NO_INPUT={off:?}: {out}");
    }
    for on in ["1", "yes"] {
        let Some((ok, out)) = pty_env(
            &u,
            &["member", "count"],
            &[("LOCKCTL_NO_INPUT", on)],
            &["expect:missing --dev"],
        ) else {
            return;
        };
        assert!(
            !ok && out.contains("exit 2"),
            "LOCKCTL_NO_INPUT={on}: {out}"
        );
    }
    // The same as --no-input for a confirmation.
    let Some((ok, out)) = pty_env(
        &u,
        &["member", "remove", "-d", BLE, "--user", "1003"],
        &[("LOCKCTL_NO_INPUT", "1")],
        &["expect:refusing without confirmation"],
    ) else {
        return;
    };
    assert!(!ok, "{out}");
    assert!(emu.world(|w| w
        .lock(BLE)
        .unwrap()
        .members
        .iter()
        .any(|m| m.nick_name == "Cleaner")));
}

/// Ask lockctl for completions as a shell does: the words typed, and the index of the one
/// being completed.
fn complete(u: &User, shell: &str, words: &[&str]) -> Vec<String> {
    let mut args = vec!["--", "lockctl"];
    args.extend_from_slice(words);
    let index = words.len().to_string();
    let r = u
        .run_env(
            &args,
            &[("COMPLETE", shell), ("_CLAP_COMPLETE_INDEX", &index)],
            None,
        )
        .ok();
    r.stdout
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect()
}

#[test]
fn completion_offers_locks_profiles_and_members_from_the_cache_only() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    u.run(&["member", "show", "-d", BLE, "--user", "alice"])
        .ok();
    emu.clear_journal();
    let locks = complete(&u, "fish", &["member", "list", "--dev", ""]);
    for want in ["Front Door", "Back Door", "Garage", WIFI, BLE, ZIGBEE] {
        assert!(locks.contains(&want.to_string()), "{want}: {locks:?}");
    }
    assert_eq!(
        complete(&u, "fish", &["member", "list", "-d", "ga"]),
        vec!["Garage"]
    );
    let mut profiles = complete(&u, "fish", &["--profile", ""]);
    profiles.sort();
    assert_eq!(profiles, vec!["demo", "demo-openapi", "t"]);
    let members = complete(&u, "fish", &["member", "show", "-d", "back", "--user", ""]);
    for want in ["Demo Owner", "Alice", "Bob", "Cleaner"] {
        assert!(members.contains(&want.to_string()), "{want}: {members:?}");
    }
    // bash inserts what it is given: spaces come escaped.
    let r = u
        .run_env(
            &["--", "lockctl", "-d", "fr"],
            &[
                ("COMPLETE", "bash"),
                ("_CLAP_COMPLETE_INDEX", "2"),
                ("_CLAP_COMPLETE_COMP_TYPE", "9"),
            ],
            None,
        )
        .ok();
    assert_eq!(r.stdout.trim(), "Front\\ Door");
    // Tab sends nothing, logs nobody in and asks nothing.
    assert_eq!(emu.sent(), Vec::<String>::new());
    // Without a cache or a profile there is simply nothing to offer.
    let fresh = User::new();
    assert_eq!(complete(&fresh, "fish", &["-d", ""]), Vec::<String>::new());
    // The registration script, and the static scripts as before.
    let reg = u.run_env(&[], &[("COMPLETE", "bash")], None).ok();
    assert!(reg.stdout.contains("complete -o nospace"), "{}", reg.stdout);
    let stat = u.run(&["completions", "bash"]).ok();
    assert!(
        stat.stdout.contains("_lockctl()"),
        "{}",
        &stat.stdout[..200]
    );
}

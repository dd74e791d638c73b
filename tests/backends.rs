//! The lock verbs on every backend: each scenario runs once per flavour (the mobile gateway with
//! md5, hmac and thing signing, and the Cloud OpenAPI), against the same emulator world, with the
//! same commands and the same JSON keys. Verbs the OpenAPI lacks are checked to exit 2 naming
//! the mobile backend.

mod common;

use common::cmdline::temppwd_create;
use common::flavour::{refused_naming_mobile, Flavour};
use common::{Emu, User, BLE, WIFI, ZIGBEE};
use serde_json::Value;

/// One `#[test]` per scenario and flavour: `md5::device_list`, `openapi::device_list`...
macro_rules! scenarios {
    ($($name:ident),* $(,)?) => {
        mod md5 {
            $( #[test] fn $name() { super::$name(super::Flavour::Md5) } )*
        }
        mod hmac {
            $( #[test] fn $name() { super::$name(super::Flavour::Hmac) } )*
        }
        mod openapi {
            $( #[test] fn $name() { super::$name(super::Flavour::OpenApi) } )*
        }
        mod thing {
            $( #[test] fn $name() { super::$name(super::Flavour::Thing) } )*
        }
    };
}

scenarios!(
    device_list,
    member_list,
    member_add_and_remove,
    opmode_list,
    temppwd_create_list_show_remove,
    temppwd_update,
    offlinepwd_once,
    offlinepwd_multiple_and_its_clear_code,
    dynamic_password,
    history_list,
    history_filters_and_every_page,
    remote_status,
    alarm_list,
    remote_unlock,
    voice_status,
    mobile_only_verbs,
    a_waiting_password_has_its_age,
);

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    k.sort();
    k
}

fn opens(emu: &Emu, dev: &str, pin: &str) -> bool {
    let at = emu.now() + 60;
    emu.with_inner(|s| lockctl_emulator::keypad::enter(&mut s.world, dev, pin, at))
        .unwrap()["opened"]
        == true
}

fn device_list(f: Flavour) {
    let emu = Emu::start();
    let u = f.user(&emu);
    let j = u.run(&["device", "list", "--json"]).ok().json();
    for (dev, kind) in [(WIFI, "wifi"), (BLE, "ble"), (ZIGBEE, "zigbee")] {
        let d = j
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == dev)
            .unwrap_or_else(|| panic!("{dev} missing: {j}"));
        let want = if f.is_openapi() { "unknown" } else { kind };
        assert_eq!(d["kind"], want, "{d}");
        assert_eq!(
            keys(d),
            [
                "battery",
                "category",
                "home",
                "id",
                "kind",
                "lastActivity",
                "name",
                "online",
                "productId",
                "timeZone"
            ]
        );
    }
}

fn member_list(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    let j = u.run(&["member", "list", "-d", WIFI, "--json"]).ok().json();
    let all = j.as_array().unwrap();
    let owner = all
        .iter()
        .find(|m| m["name"] == "Demo Owner")
        .unwrap_or_else(|| panic!("{j}"));
    assert_eq!(owner["role"], "administrator");
    assert!(all.iter().any(|m| m["name"] == "Alice"), "{j}");
    for m in all {
        assert_eq!(
            keys(m),
            [
                "access",
                "account",
                "changed",
                "contact",
                "frozen",
                "id",
                "lockUserId",
                "name",
                "role",
                "unlockMethods",
                "validity"
            ]
        );
    }
}

fn member_add_and_remove(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    let m = u
        .run(&["member", "add", "-d", WIFI, "--name", "Gardener", "--json"])
        .ok()
        .json();
    let id = m["id"].as_str().unwrap().to_string();
    assert!(!id.is_empty());
    // Wi-Fi locks on the mobile gateway keep added people as panel members; the OpenAPI has
    // one member list.
    let list: &[&str] = if f.is_openapi() {
        &["member", "list", "-d", WIFI, "--json"]
    } else {
        &["member", "list", "-d", WIFI, "--panel", "--json"]
    };
    let names = |u: &User| -> Vec<String> {
        let j = u.run(list).ok().json();
        j.as_array()
            .unwrap()
            .iter()
            .map(|m| m["name"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert!(names(&u).contains(&"Gardener".to_string()));
    u.run(&["member", "remove", "-d", WIFI, "--user", &id, "--yes"])
        .ok();
    assert!(!names(&u).contains(&"Gardener".to_string()));
}

fn opmode_list(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    let j = u
        .run(&[
            "opmode",
            "list",
            "-d",
            WIFI,
            "--user",
            "Demo Owner",
            "--json",
        ])
        .ok()
        .json();
    let methods = j.as_array().unwrap();
    assert!(!methods.is_empty(), "{j}");
    for m in methods {
        assert_eq!(
            keys(m),
            [
                "changed", "delivery", "duress", "frozen", "id", "kind", "member", "name",
                "unlockId"
            ]
        );
    }
}

fn create(u: &User, dev: &str, name: &str, pin: &str) -> Value {
    u.run_stdin(
        &temppwd_create(dev, name, "+2d", &["--json"]),
        &format!("{pin}\n"),
    )
    .ok()
    .json()
}

fn temppwd_create_list_show_remove(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    let p = create(&u, WIFI, "Guest", "2468013");
    let id = p["id"].as_str().unwrap().to_string();
    assert_eq!(p["name"], "Guest");
    assert!(p["pin"].is_null(), "a PIN the user gave is never printed");
    assert!(opens(&emu, WIFI, "2468013"));
    let list = u
        .run(&["temppwd", "list", "-d", WIFI, "--json"])
        .ok()
        .json();
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == id.as_str()),
        "{list}"
    );
    let show = u
        .run(&["temppwd", "show", "-d", WIFI, "--id", &id, "--json"])
        .ok()
        .json();
    assert_eq!(show["name"], "Guest");
    u.run(&["temppwd", "remove", "-d", WIFI, "--id", &id, "--yes"])
        .ok();
    assert!(!opens(&emu, WIFI, "2468013"));
    // Removed passwords are not listed (the OpenAPI keeps them until purged).
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
}

fn temppwd_update(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    let p = create(&u, BLE, "Cleaner", "135790");
    let id = p["id"].as_str().unwrap().to_string();
    u.run_stdin(
        &[
            "temppwd",
            "update",
            "-d",
            BLE,
            "--id",
            &id,
            "--name",
            "Cleaner2",
            "--pin-stdin",
        ],
        "246802\n",
    )
    .ok();
    let show = u
        .run(&["temppwd", "show", "-d", BLE, "--id", &id, "--json"])
        .ok()
        .json();
    assert_eq!(show["name"], "Cleaner2");
    assert!(opens(&emu, BLE, "246802"));
    if f.is_openapi() {
        // A change without the PIN is refused before any request: the cloud needs it again.
        emu.clear_journal();
        let r = u
            .run(&["temppwd", "update", "-d", BLE, "--id", &id, "--name", "X"])
            .fails(2);
        assert!(r.stderr.contains("PIN again"), "{}", r.stderr);
        assert!(emu.sent().is_empty(), "{:?}", emu.sent());
    }
}

fn offlinepwd_once(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    let j = u
        .run(&[
            "offlinepwd",
            "create",
            "-d",
            WIFI,
            "--type",
            "once",
            "--name",
            "Plumber",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(j["type"], "once");
    assert!(j["pin"].as_str().is_some_and(|p| p.len() >= 6), "{j}");
}

fn dynamic_password(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    let j = u
        .run(&["temppwd", "dynamic", "-d", WIFI, "--json"])
        .ok()
        .json();
    assert!(j["pin"].as_str().is_some_and(|p| !p.is_empty()), "{j}");
    assert!(j["validUntil"].is_string());
}

fn history_list(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    let j = u
        .run(&["history", "list", "-d", WIFI, "--limit", "5", "--json"])
        .ok()
        .json();
    let recs = j.as_array().unwrap();
    assert_eq!(recs.len(), 5, "{j}");
    for r in recs {
        assert_eq!(
            keys(r),
            ["id", "kind", "member", "time", "unlockId", "unlockName"]
        );
        assert!(r["time"].is_string(), "{r}");
    }
}

fn alarm_list(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    let j = u
        .run(&["alarm", "list", "-d", WIFI, "--limit", "3", "--json"])
        .ok()
        .json();
    let all = j.as_array().unwrap();
    assert_eq!(all.len(), 3, "{j}");
    for a in all {
        assert_eq!(keys(a), ["id", "member", "time", "type", "unlockId"]);
    }
}

fn remote_unlock(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    let j = u
        .run(&["remote", "unlock", "-d", ZIGBEE, "--yes", "--json"])
        .ok()
        .json();
    assert_eq!(j["lock"], ZIGBEE);
    assert!(!emu.sent().is_empty());
}

fn voice_status(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    // The voice password is a Bluetooth and Zigbee lock's on the mobile gateway.
    let r = u.run(&["voice", "status", "-d", BLE, "--json"]);
    if f.is_openapi() {
        refused_naming_mobile(r);
        assert!(emu.sent().is_empty(), "{:?}", emu.sent());
    } else {
        assert!(r.ok().json()["enabled"].is_boolean());
    }
}

/// Verbs only the mobile gateway has: fine there, exit 2 naming it on the OpenAPI, nothing sent.
fn mobile_only_verbs(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    for verb in [
        &["opmode", "unassigned", "-d", WIFI][..],
        &["offlinepwd", "list", "-d", WIFI][..],
        &["member", "count", "-d", BLE][..],
    ] {
        let r = u.run(verb);
        if f.is_openapi() && verb[0] != "member" {
            refused_naming_mobile(r);
        } else {
            r.ok();
        }
    }
    if f.is_openapi() {
        assert!(
            emu.sent().iter().all(|a| a.contains("/users")),
            "only member count asked anything: {:?}",
            emu.sent()
        );
    }
}

fn history_filters_and_every_page(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    let j = u
        .run(&[
            "history",
            "list",
            "-d",
            WIFI,
            "--type",
            "fingerprint",
            "--limit",
            "3",
            "--json",
        ])
        .ok()
        .json();
    let recs = j.as_array().unwrap();
    assert_eq!(recs.len(), 3, "{j}");
    assert!(recs.iter().all(|r| r["kind"] == "fingerprint"), "{j}");
    let all = u
        .run(&["history", "list", "-d", WIFI, "--all", "--format", "ndjson"])
        .ok()
        .stdout;
    assert_eq!(all.lines().count(), 300, "the seeded history, every page");
}

fn remote_status(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    let j = u
        .run(&["remote", "status", "-d", ZIGBEE, "--json"])
        .ok()
        .json();
    assert_eq!(j["lock"], ZIGBEE);
    assert!(j["enabled"].is_boolean());
}

fn offlinepwd_multiple_and_its_clear_code(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    let j = u
        .run(&[
            "offlinepwd",
            "create",
            "-d",
            WIFI,
            "--type",
            "multiple",
            "--name",
            "Painter",
            "--from",
            "now",
            "--to",
            "+2d",
            "--json",
        ])
        .ok()
        .json();
    let id = j["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{j}"))
        .to_string();
    assert!(j["pin"].is_string(), "{j}");
    let c = u
        .run(&[
            "offlinepwd",
            "revoke",
            "-d",
            WIFI,
            "--id",
            &id,
            "--yes",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(c["clears"], id.as_str());
    assert!(c["pin"].as_str().is_some_and(|p| !p.is_empty()), "{c}");
}

/// `changed` (when the write was made) reads the same on every backend, and `status` says how
/// long the write has waited.
fn a_waiting_password_has_its_age(f: Flavour) {
    let emu = Emu::start();
    let u = f.warm(&emu);
    emu.set_online(BLE, false);
    let r = u.run_stdin(
        &temppwd_create(BLE, "Waiting", "+2d", &["--json"]),
        "246801\n",
    );
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    let made = emu.now();
    emu.advance(2 * 3_600 + 60);
    let list = u.run(&["temppwd", "list", "-d", BLE, "--json"]).ok().json();
    let p = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Waiting")
        .unwrap_or_else(|| panic!("{list}"));
    assert_eq!(p["delivery"], "pending", "{p}");
    let changed: jiff::Timestamp = p["changed"].as_str().unwrap().parse().unwrap();
    assert!((changed.as_second() - made).abs() <= 5, "{p}");
    let j = u
        .run(&["status", "-d", BLE, "--json", "--inactive", "100d"])
        .ok()
        .json();
    let f = j[0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "delivery_pending")
        .unwrap_or_else(|| panic!("{j}"));
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .starts_with("1 write still waiting for the lock for 2 hours: "),
        "{f}"
    );
}

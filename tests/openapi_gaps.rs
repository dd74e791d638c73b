//! The OpenAPI backend's gaps closed (issue 19): generated PINs of the lock's length (told by the
//! cloud's device description, or learned from the lock's refusal and remembered), `--home` over
//! the project's homes, unlock-method ids unique on a lock, and one-time offline codes refused by
//! `offlinepwd revoke` before any request. Black-box against the emulator.

mod common;

use std::collections::HashSet;

use common::flavour::Flavour;
use common::{Emu, User, BLE, WIFI, ZIGBEE};

/// Writes to a temporary password's create endpoint (`.../door-lock/temp-password`).
fn creates(emu: &Emu) -> usize {
    emu.sent()
        .iter()
        .filter(|a| a.starts_with("POST") && a.ends_with("/door-lock/temp-password"))
        .count()
}

fn temp_passwords(emu: &Emu, dev: &str) -> usize {
    emu.world(|w| w.lock(dev).unwrap().temp_passwords.len())
}

fn pin_len(emu: &Emu, dev: &str) -> usize {
    emu.world(|w| w.lock(dev).unwrap().pin_len())
}

fn create_generated(u: &User, dev: &str, name: &str) -> common::Run {
    u.run(&[
        "temppwd",
        "create",
        "-d",
        dev,
        "--name",
        name,
        "--generate",
        "--from",
        "now",
        "--to",
        "+1d",
        "--json",
    ])
}

/// The cache as a lockctl that knew nothing of PIN lengths left it: no length per lock.
fn forget_pin_lengths(u: &User) {
    let path = u
        .config_dir()
        .parent()
        .unwrap()
        .join("data")
        .join("cache.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("pin_len"))
        .collect();
    std::fs::write(&path, kept.join("\n") + "\n").unwrap();
}

#[test]
fn generated_pins_fit_every_demo_lock_in_one_request() {
    let emu = Emu::start();
    let u = Flavour::OpenApi.warm(&emu);
    for dev in [WIFI, BLE, ZIGBEE] {
        emu.clear_journal();
        let j = create_generated(&u, dev, "Guest").ok().json();
        let pin = j["pin"].as_str().unwrap_or_else(|| panic!("{j}"));
        assert_eq!(pin.len(), pin_len(&emu, dev), "{dev}: {j}");
        assert!(pin.bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(creates(&emu), 1, "{dev}: {:?}", emu.sent());
    }
}

#[test]
fn a_refused_length_is_learned_once_and_used_next_time() {
    let emu = Emu::start();
    let u = Flavour::OpenApi.warm(&emu);
    forget_pin_lengths(&u);
    for dev in [BLE, ZIGBEE] {
        let before = temp_passwords(&emu, dev);
        emu.clear_journal();
        let r = create_generated(&u, dev, "First").ok();
        let j = r.json();
        assert_eq!(j["pin"].as_str().unwrap().len(), 6, "{dev}: {j}");
        // One refused try (a 7-digit guess), then the PIN at the length the lock named.
        assert_eq!(creates(&emu), 2, "{dev}: {:?}", emu.sent());
        // The refusal made nothing: one password more, not two.
        assert_eq!(temp_passwords(&emu, dev), before + 1, "{dev}");
        assert!(!r.stderr.contains("lockctl bug"), "{}", r.stderr);

        // Remembered: the next one goes at once.
        emu.clear_journal();
        let j = create_generated(&u, dev, "Second").ok().json();
        assert_eq!(j["pin"].as_str().unwrap().len(), 6, "{dev}: {j}");
        assert_eq!(creates(&emu), 1, "{dev}: {:?}", emu.sent());

        // A typed PIN of another length is refused before any request, the length named.
        emu.clear_journal();
        let r = u
            .run_stdin(
                &[
                    "temppwd",
                    "create",
                    "-d",
                    dev,
                    "--name",
                    "Typed",
                    "--pin-stdin",
                    "--from",
                    "now",
                    "--to",
                    "+1d",
                ],
                "1234567\n",
            )
            .fails(2);
        assert!(r.stderr.contains("6 digits"), "{}", r.stderr);
        assert!(emu.sent().is_empty(), "{:?}", emu.sent());
    }
}

#[test]
fn a_typed_pin_the_lock_refuses_names_the_length_and_no_bug() {
    let emu = Emu::start();
    let u = Flavour::OpenApi.warm(&emu);
    forget_pin_lengths(&u);
    let before = temp_passwords(&emu, BLE);
    let r = u
        .run_stdin(
            &[
                "temppwd",
                "create",
                "-d",
                BLE,
                "--name",
                "Typed",
                "--pin-stdin",
                "--from",
                "now",
                "--to",
                "+1d",
            ],
            "1234567\n",
        )
        .fails(1);
    assert!(r.stderr.contains("6 digits"), "{}", r.stderr);
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    assert!(!r.stderr.contains("lockctl bug"), "{}", r.stderr);
    assert_eq!(temp_passwords(&emu, BLE), before);
    // The typed PIN is not replaced by another: one try only.
    assert_eq!(creates(&emu), 1, "{:?}", emu.sent());
}

#[test]
fn homes_select_locks_and_fill_the_home_column() {
    let emu = Emu::start();
    let u = Flavour::OpenApi.user(&emu);
    let j = u
        .run(&["device", "list", "--home", "Demo Home", "--json"])
        .ok()
        .json();
    let ids: Vec<&str> = j
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [WIFI, BLE, ZIGBEE], "{j}");
    for d in j.as_array().unwrap() {
        assert_eq!(d["home"]["name"], "Demo Home", "{d}");
        assert_eq!(d["home"]["id"], "10000001", "{d}");
    }
    let table = u.run(&["device", "list"]).ok().stdout;
    let front = table.lines().find(|l| l.contains(WIFI)).unwrap();
    assert!(front.ends_with("Demo Home"), "{table}");
    assert!(table.lines().any(|l| l.ends_with("Other Home")), "{table}");
    // A run over the home's locks.
    let j = u
        .run(&["member", "list", "--home", "Demo Home", "--json"])
        .ok()
        .json();
    let locks: Vec<&str> = j
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["lock"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(locks, [WIFI, BLE, ZIGBEE], "{j}");
    let r = u.run(&["device", "list", "--home", "Nowhere"]).fails(2);
    assert!(r.stderr.contains("Demo Home"), "{}", r.stderr);
}

#[test]
fn the_fleet_home_is_a_home_too() {
    let emu = Emu::start_fleet(3);
    let u = Flavour::OpenApi.user(&emu);
    let j = u
        .run(&["device", "list", "--home", "Fleet", "--json"])
        .ok()
        .json();
    let all = j.as_array().unwrap();
    assert_eq!(all.len(), 3, "{j}");
    assert!(all.iter().all(|d| d["home"]["name"] == "Fleet"), "{j}");
}

#[test]
fn unlock_method_ids_are_unique_on_a_lock_on_both_backends() {
    let emu = Emu::start();
    for f in [Flavour::Md5, Flavour::OpenApi] {
        let u = f.warm(&emu);
        for dev in [WIFI, BLE, ZIGBEE] {
            let j = u.run(&["member", "list", "-d", dev, "--json"]).ok().json();
            let mut seen = HashSet::new();
            for m in j.as_array().unwrap() {
                for method in m["unlockMethods"].as_array().unwrap() {
                    let id = method["id"].as_str().unwrap_or_else(|| panic!("{method}"));
                    assert!(seen.insert(id.to_string()), "{f:?} {dev}: {id} twice: {j}");
                }
            }
            assert!(!seen.is_empty(), "{f:?} {dev}: {j}");
        }
    }
}

#[test]
fn the_same_method_has_the_same_id_on_both_backends() {
    let emu = Emu::start();
    let ids = |f: Flavour| -> Vec<(String, String)> {
        let u = f.warm(&emu);
        let j = u.run(&["member", "list", "-d", WIFI, "--json"]).ok().json();
        let mut v: Vec<(String, String)> = j
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|m| m["unlockMethods"].as_array().unwrap().clone())
            .map(|m| {
                (
                    m["unlockId"].as_str().unwrap().to_string(),
                    m["id"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        v.sort();
        v
    };
    // The mobile list of a Wi-Fi lock holds its family members only; the OpenAPI's, everyone.
    let (mobile, openapi) = (ids(Flavour::Md5), ids(Flavour::OpenApi));
    assert!(!mobile.is_empty());
    for m in &mobile {
        assert!(openapi.contains(m), "{m:?}: {openapi:?}");
    }
}

#[test]
fn revoking_a_one_time_code_is_refused_before_any_request_on_both_backends() {
    let emu = Emu::start();
    for f in [Flavour::Md5, Flavour::OpenApi] {
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
        let id = j["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{j}"))
            .to_string();
        emu.clear_journal();
        let r = u
            .run(&["offlinepwd", "revoke", "-d", WIFI, "--id", &id])
            .fails(2);
        assert!(r.stderr.contains("one-time code"), "{f:?}: {}", r.stderr);
        assert!(r.stderr.contains("clear-all"), "{f:?}: {}", r.stderr);
        assert!(emu.sent().is_empty(), "{f:?}: {:?}", emu.sent());

        // A multiple code is still revoked.
        let j = u
            .run(&[
                "offlinepwd",
                "create",
                "-d",
                WIFI,
                "--type",
                "multiple",
                "--from",
                "now",
                "--to",
                "+2d",
                "--json",
            ])
            .ok()
            .json();
        let id = j["id"].as_str().unwrap().to_string();
        u.run(&["offlinepwd", "revoke", "-d", WIFI, "--id", &id, "--json"])
            .ok();
    }
}

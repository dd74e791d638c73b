//! `watch` on the OpenAPI backend (the emulator's OpenAPI face): every event kind it can produce
//! is printed once, as on the mobile gateway: unlock and first use, alarm, battery low, offline
//! and online, a temporary password delivered or refused.

mod common;

use common::cmdline::temppwd_create;
use common::flavour::Flavour;
use common::watching::*;
use common::*;
use serde_json::Value;

fn set_battery(emu: &Emu, dev: &str, percent: u8) -> bool {
    emu.with_inner(|s| {
        let now = s.now();
        let change = lockctl_emulator::world::health::BatteryChange {
            percent: Some(percent),
            level: None,
            reports: None,
        };
        s.world.set_battery(dev, &change, now).unwrap()
    })
}

/// The next `n` events, sorted by kind.
fn next_events(w: &mut Watching, n: usize) -> Vec<Value> {
    let mut got: Vec<Value> = (0..n).map(|_| w.event()).collect();
    got.sort_by_key(|e| e["kind"].as_str().unwrap_or("").to_string());
    got
}

#[test]
fn every_event_kind_once_on_the_openapi_backend() {
    let emu = Emu::start();
    let u = Flavour::OpenApi.warm(&emu);
    let made = u
        .run_stdin(
            &temppwd_create(WIFI, "Guest", "+3d", &["--json"]),
            "4826153\n",
        )
        .ok()
        .json();
    set_battery(&emu, BLE, 80);
    let sel = format!("{WIFI},{BLE}");
    let mut w = Watching::start(&u, &["-d", &sel, "--json"], &[]);

    // A wrong PIN: an alarm.
    wrong_pin(&emu, WIFI);
    let alarm = w.event();
    assert_eq!(alarm["kind"], "alarm", "{alarm}");
    assert_eq!(alarm["lock"]["id"], WIFI);
    assert_eq!(alarm["alarm"]["type"], "wrong-password", "{alarm}");

    // The temporary password opens the lock: an unlock and its first use; a second use is an
    // unlock only.
    assert_eq!(keypad(&emu, WIFI, "4826153")["opened"], true);
    let got = next_events(&mut w, 2);
    assert_eq!(got[0]["kind"], "first_use", "{got:?}");
    assert_eq!(got[0]["password"]["name"], "Guest", "{got:?}");
    assert_eq!(got[0]["password"]["id"], made["id"], "{got:?}");
    assert_eq!(got[1]["kind"], "unlock", "{got:?}");
    assert_eq!(got[1]["record"]["kind"], "temp-password", "{got:?}");
    assert_eq!(
        got[0]["id"],
        format!("{}/first_use", got[1]["id"].as_str().unwrap())
    );
    assert_eq!(keypad(&emu, WIFI, "4826153")["opened"], true);
    assert_eq!(w.event()["kind"], "unlock");

    // The battery crosses into low: the lock's alarm record and one battery_low.
    assert!(set_battery(&emu, BLE, 14));
    let got = next_events(&mut w, 2);
    assert_eq!(got[0]["kind"], "alarm", "{got:?}");
    assert_eq!(got[1]["kind"], "battery_low", "{got:?}");
    assert_eq!(got[1]["lock"]["id"], BLE);
    assert_eq!(got[1]["battery"]["percent"], 14, "{got:?}");

    // Offline, then online.
    emu.set_online(BLE, false);
    let off = w.event();
    assert_eq!(off["kind"], "offline", "{off}");
    assert_eq!(off["lock"]["id"], BLE);
    assert_eq!(off["online"], false);
    emu.set_online(BLE, true);
    let on = w.event();
    assert_eq!(on["kind"], "online", "{on}");

    // Across a restart: nothing repeated, what came meanwhile told once.
    let (code, rest, stderr) = w.signal("-TERM");
    assert_eq!(code, 0, "{stderr:?}");
    assert!(rest.is_empty(), "{rest:?}");
    wrong_pin(&emu, BLE);
    let mut w = Watching::start(&u, &["-d", &sel, "--json"], &[]);
    let e = w.event();
    assert_eq!(e["kind"], "alarm", "{e}");
    assert_eq!(e["lock"]["id"], BLE);
    wrong_pin(&emu, WIFI);
    let e = w.event();
    assert_eq!(e["kind"], "alarm", "{e}");
    assert_eq!(e["lock"]["id"], WIFI);
    let (code, rest, stderr) = w.signal("-TERM");
    assert_eq!(code, 0);
    assert!(rest.is_empty(), "{rest:?}");
    // Every read went through: no lock was backed off, the members read everywhere.
    assert!(
        !stderr
            .iter()
            .any(|l| l.contains("failed") || l.contains("cannot read the members")),
        "{stderr:?}"
    );
}

/// A pending temporary password delivered, and one refused by a full lock, over the OpenAPI.
#[test]
fn delivered_and_refused_on_the_openapi_backend() {
    let emu = Emu::start();
    let u = Flavour::OpenApi.warm(&emu);
    emu.delivery_delay(120);
    let create = |name: &str, pin: &str| {
        let r = u.run_stdin(&temppwd_create(BLE, name, "+1d", &[]), pin);
        assert!(r.code == 0, "{}", r.stderr);
    };
    create("Early", "482615\n");
    let mut w = Watching::start(&u, &["-d", BLE, "--json"], &[]);
    emu.advance(121);
    let e = w.event();
    assert_eq!(e["kind"], "delivered", "{e}");
    assert_eq!(e["entry"]["type"], "temp-password");
    assert_eq!(e["entry"]["name"], "Early");

    emu.refuse_beyond(BLE, Some(0));
    create("Full", "593726\n");
    reads(
        &emu,
        &format!("GET /v1.0/devices/{BLE}/door-lock/temp-passwords"),
        2,
    );
    emu.advance(121);
    let e = w.event();
    assert_eq!(e["kind"], "refused", "{e}");
    assert_eq!(e["entry"]["name"], "Full");
    assert!(e["reason"].as_str().is_some(), "{e}");

    let (code, rest, stderr) = w.signal("-TERM");
    assert_eq!(code, 0);
    assert!(rest.is_empty(), "{rest:?}");
    assert!(
        !stderr.iter().any(|l| l.contains("cannot read the members")),
        "{stderr:?}"
    );
}

/// An unlock method assigned at a Zigbee lock (here straight in the emulator's world: the
/// OpenAPI has no call for it) reaches it later: the members' read tells it once.
#[test]
fn an_unlock_method_delivered_on_the_openapi_backend() {
    let emu = Emu::start();
    let u = Flavour::OpenApi.warm(&emu);
    emu.delivery_delay(120);
    let mut w = Watching::start(&u, &["-d", ZIGBEE, "--json"], &[]);
    let member = emu.world(|w| w.lock(ZIGBEE).unwrap().members[0].user_id.clone());
    emu.with_inner(|s| {
        let id = lockctl_emulator::world::opmodes::UnlockId::parse("12-8").unwrap();
        s.world
            .add_opmode(
                ZIGBEE,
                lockctl_emulator::world::ids::DEMO_UID,
                &member,
                &id,
                "Left",
            )
            .unwrap();
    });
    reads(
        &emu,
        &format!("GET /v1.0/smart-lock/devices/{ZIGBEE}/users"),
        2,
    );
    emu.advance(121);
    let e = w.event();
    assert_eq!(e["kind"], "delivered", "{e}");
    assert_eq!(e["entry"]["type"], "unlock-method", "{e}");
    assert_eq!(e["entry"]["name"], "Left");
    assert_eq!(e["entry"]["unlockId"], "12-8");
    assert_eq!(e["entry"]["member"], member.as_str());
    assert!(e["id"]
        .as_str()
        .unwrap()
        .starts_with(&format!("{ZIGBEE}/method/")));
    let (code, rest, stderr) = w.signal("-TERM");
    assert_eq!(code, 0);
    assert!(rest.is_empty(), "{rest:?}");
    assert!(
        !stderr.iter().any(|l| l.contains("cannot read the members")),
        "{stderr:?}"
    );
}

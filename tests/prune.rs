//! `temppwd prune` and `member prune --expired` against the emulator: what is over goes, what
//! is active or upcoming stays, `--used` takes used one-time passwords, `--dry-run` sends nothing,
//! the administrator and family are never touched, over two locks, refused without `--yes`.

mod common;

use common::*;

/// The actions that change something (logins aside).
fn writes(emu: &Emu) -> Vec<String> {
    emu.sent()
        .into_iter()
        .filter(|a| {
            !a.contains("token.create")
                && [".create", ".add", ".update", ".remove", ".del", ".upgrade"]
                    .iter()
                    .any(|w| a.contains(w))
        })
        .collect()
}

fn temp_names(emu: &Emu, dev: &str) -> Vec<String> {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .temp_passwords
            .iter()
            .filter(|p| !p.removed)
            .map(|p| p.name.clone())
            .collect()
    })
}

/// Create a password with a generated PIN; its PIN.
fn create(u: &User, dev: &str, name: &str, from: &str, to: &str, once: bool) -> String {
    let mut args = vec![
        "temppwd",
        "create",
        "-d",
        dev,
        "--name",
        name,
        "--generate",
        "--from",
        from,
        "--to",
        to,
        "--json",
    ];
    if once {
        args.push("--once");
    }
    let r = u.run(&args).ok();
    r.json()["pin"].as_str().unwrap().to_string()
}

fn member_names(u: &User, dev: &str) -> Vec<String> {
    let r = u.run(&["member", "list", "-d", dev, "--json"]).ok();
    r.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap().to_string())
        .collect()
}

/// On BLE: "Short" (ends in an hour), "Later" (from in 3 hours), "Long" (ten days), "Once" (one
/// use, ten days). Then the clock moves two hours on.
fn setup(emu: &Emu, u: &User, dev: &str) -> String {
    create(u, dev, "Short", "now", "+1h", false);
    create(u, dev, "Later", "+3h", "+10d", false);
    create(u, dev, "Long", "now", "+10d", false);
    let pin = create(u, dev, "Once", "now", "+10d", true);
    emu.advance(2 * 3600);
    pin
}

#[test]
fn expired_passwords_go_active_and_upcoming_stay() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let pin = setup(&emu, &u, BLE);
    // The one-time password is used at the keypad.
    let now = emu.now();
    let r = emu
        .with_inner(|s| lockctl_emulator::keypad::enter(&mut s.world, BLE, &pin, now))
        .unwrap();
    assert_eq!(r["opened"], true, "{r}");

    // Dry run: the list, nothing sent.
    emu.clear_journal();
    let r = u
        .run(&["temppwd", "prune", "-d", BLE, "--dry-run", "--used"])
        .ok();
    assert!(r.stdout.contains("Short\texpired"), "{}", r.stdout);
    assert!(r.stdout.contains("Once\tused"), "{}", r.stdout);
    assert!(r.stdout.contains("\tplanned"), "{}", r.stdout);
    assert!(!r.stdout.contains("Long") && !r.stdout.contains("Later"));
    assert!(r.stderr.contains("nothing was sent"), "{}", r.stderr);
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));

    // Off a terminal without --yes: refused, naming --yes, nothing sent.
    let r = u.run(&["temppwd", "prune", "-d", BLE]).fails(2);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert!(writes(&emu).is_empty());

    // Without --used: only the expired one goes.
    let r = u
        .run(&["temppwd", "prune", "-d", BLE, "--yes", "--json"])
        .ok();
    let doc = r.json();
    let items = doc.as_array().unwrap();
    assert_eq!(items.len(), 1, "{doc}");
    assert_eq!(items[0]["name"], "Short");
    assert_eq!(items[0]["outcome"], "removed");
    assert_eq!(items[0]["reason"], "expired");
    assert!(
        r.stderr.contains("Removed 1 temporary password from"),
        "{}",
        r.stderr
    );
    let names = temp_names(&emu, BLE);
    assert!(!names.contains(&"Short".to_string()), "{names:?}");
    for kept in ["Later", "Long", "Once", "Guest weekend"] {
        assert!(names.contains(&kept.to_string()), "{kept}: {names:?}");
    }
    // No PIN is ever printed.
    assert!(!r.stdout.contains(&pin));

    // With --used: the used one-time password goes too.
    let r = u
        .run(&["temppwd", "prune", "-d", BLE, "--used", "--yes"])
        .ok();
    assert!(r.stdout.contains("Once\tused"), "{}", r.stdout);
    assert!(r.stdout.contains("removed"), "{}", r.stdout);
    let names = temp_names(&emu, BLE);
    assert!(!names.contains(&"Once".to_string()), "{names:?}");
    assert!(names.contains(&"Long".to_string()));

    // Nothing left to prune: nothing asked, nothing sent.
    emu.clear_journal();
    let r = u.run(&["temppwd", "prune", "-d", BLE, "--used"]).ok();
    assert!(r.stderr.contains("nothing to prune"), "{}", r.stderr);
    assert!(writes(&emu).is_empty());
}

#[test]
fn a_failed_removal_is_reported_as_what_happened() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    setup(&emu, &u, BLE);
    emu.faults(lockctl_emulator::server::Faults {
        write_fault_rate: 1.0,
        write_fault_kinds: vec!["5xx-unapplied".into()],
        ..Default::default()
    });
    let r = u.run(&["temppwd", "prune", "-d", BLE, "--yes"]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("Short\texpired"), "{}", r.stdout);
    assert!(r.stdout.contains("failed"), "{}", r.stdout);
    assert!(r.stderr.contains("1 of 1 removals failed"), "{}", r.stderr);
}

#[test]
fn over_two_locks_each_lock_says_what_went() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    create(&u, BLE, "Short", "now", "+1h", false);
    create(&u, ZIGBEE, "Short Z", "now", "+1h", false);
    create(&u, ZIGBEE, "Long Z", "now", "+10d", false);
    emu.advance(2 * 3600);
    let several = format!("{BLE},{ZIGBEE}");
    emu.clear_journal();
    let r = u
        .run(&["temppwd", "prune", "-d", &several, "--dry-run"])
        .ok();
    assert!(r.stdout.starts_with("LOCK\tID\tNAME"), "{}", r.stdout);
    assert!(r.stdout.contains("Short Z\texpired"), "{}", r.stdout);
    assert!(writes(&emu).is_empty());
    u.run(&["temppwd", "prune", "-d", &several]).fails(2);
    assert!(writes(&emu).is_empty());
    let r = u
        .run(&["temppwd", "prune", "-d", &several, "--yes", "--json"])
        .ok();
    let doc = r.json();
    let locks = doc.as_array().unwrap();
    assert_eq!(locks.len(), 2, "{doc}");
    for l in locks {
        assert_eq!(l["ok"], true, "{l}");
        let result = l["result"].as_array().unwrap();
        assert_eq!(result.len(), 1, "{l}");
        assert_eq!(result[0]["outcome"], "removed");
    }
    assert!(!temp_names(&emu, BLE).contains(&"Short".to_string()));
    assert!(!temp_names(&emu, ZIGBEE).contains(&"Short Z".to_string()));
    assert!(temp_names(&emu, ZIGBEE).contains(&"Long Z".to_string()));
}

#[test]
fn expired_panel_members_go_never_the_administrator_or_family() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for (dev, name, to) in [
        (BLE, "Temp", "+1h"),
        (BLE, "Stays", "+10d"),
        (ZIGBEE, "Temp Z", "+1h"),
    ] {
        u.run(&[
            "member", "add", "-d", dev, "--name", name, "--from", "now", "--to", to,
        ])
        .ok();
    }
    // Every member's window (the administrator's and family's too, were they windowed) is over
    // for the ones that end in an hour.
    emu.advance(2 * 3600);
    let before = member_names(&u, BLE);
    emu.clear_journal();
    let r = u
        .run(&["member", "prune", "-d", BLE, "--expired", "--dry-run"])
        .ok();
    assert!(r.stdout.contains("Temp\texpired"), "{}", r.stdout);
    assert!(!r.stdout.contains("Stays"), "{}", r.stdout);
    assert!(writes(&emu).is_empty());
    // `--expired` is what to prune: required.
    u.run(&["member", "prune", "-d", BLE]).fails(2);
    u.run(&["member", "prune", "-d", BLE, "--expired"]).fails(2);
    assert!(writes(&emu).is_empty());

    let several = format!("{BLE},{ZIGBEE}");
    let r = u
        .run(&["member", "prune", "-d", &several, "--expired", "--yes"])
        .ok();
    assert!(r.stdout.contains("Temp Z\texpired"), "{}", r.stdout);
    let after = member_names(&u, BLE);
    assert!(!after.contains(&"Temp".to_string()), "{after:?}");
    assert!(after.contains(&"Stays".to_string()), "{after:?}");
    assert_eq!(after.len(), before.len() - 1, "{before:?} {after:?}");
    for kept in ["Demo Owner", "Alice", "Other", "Bob", "Cleaner"] {
        assert!(after.contains(&kept.to_string()), "{kept}: {after:?}");
    }
    assert!(!member_names(&u, ZIGBEE).contains(&"Temp Z".to_string()));
}

#[test]
fn json_fields_are_checked_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.clear_journal();
    let r = u
        .run(&["temppwd", "prune", "-d", BLE, "--json", "nope"])
        .fails(2);
    assert!(r.stderr.contains("nope"), "{}", r.stderr);
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn a_lock_without_a_free_slot_says_what_it_holds_and_points_to_prune() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    // The lock holds "Guest weekend" and "Short", whose window ends.
    create(&u, BLE, "Short", "now", "+1h", false);
    emu.advance(2 * 3600);
    emu.refuse_beyond(BLE, Some(2));
    let r = u.run(&[
        "temppwd",
        "create",
        "-d",
        BLE,
        "--name",
        "New",
        "--generate",
        "--from",
        "now",
        "--to",
        "+1d",
    ]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains(
            "no free slot: Back Door holds 2 temporary passwords (1 of them expired or used)"
        ),
        "{}",
        r.stderr
    );
    let prune = format!("hint: free slots with `lockctl temppwd prune -d {BLE} --used`");
    assert!(r.stderr.contains(&prune), "{}", r.stderr);
    // `temppwd show` of the refused password says the same.
    let list = u.run(&["temppwd", "list", "-d", BLE, "--json"]).ok().json();
    let id = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "New")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let r = u.run(&["temppwd", "show", "-d", BLE, "--id", &id]).ok();
    assert!(
        r.stdout.contains("failed (no free slot: Back Door holds 2"),
        "{}",
        r.stdout
    );
    // Over several locks: the lock's error says it, with the pointer.
    let several = format!("{BLE},{ZIGBEE}");
    let r = u.run(&[
        "temppwd",
        "create",
        "-d",
        &several,
        "--name",
        "New2",
        "--generate",
        "--from",
        "now",
        "--to",
        "+1d",
        "--json",
    ]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let doc = r.json();
    let ble = doc
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lock"]["id"] == BLE)
        .unwrap()
        .clone();
    let msg = ble["error"]["message"].as_str().unwrap();
    assert!(msg.contains("holds 2 temporary passwords"), "{msg}");
    assert!(msg.contains("temppwd prune"), "{msg}");
    // Prune frees the slot; the create then lands.
    u.run(&["temppwd", "prune", "-d", BLE, "--used", "--yes"])
        .ok();
    u.run(&[
        "temppwd",
        "create",
        "-d",
        BLE,
        "--name",
        "New3",
        "--generate",
        "--from",
        "now",
        "--to",
        "+1d",
    ])
    .ok();
}

/// On the OpenAPI nothing tells a used one-time password from an unused one: `--used` says so
/// (once, on stderr) and prunes what it can tell, the expired ones.
#[test]
fn used_on_the_openapi_says_what_it_cannot_tell() {
    let emu = Emu::start();
    let u = common::flavour::Flavour::OpenApi.warm(&emu);
    let r = u
        .run(&["temppwd", "prune", "-d", BLE, "--used", "--dry-run"])
        .ok();
    assert_eq!(
        r.stderr
            .matches("does not report whether a one-time password was used")
            .count(),
        1,
        "{}",
        r.stderr
    );
    // A lock without a free slot points to prune without --used there.
    emu.refuse_beyond(BLE, Some(0));
    let r = u.run(&[
        "temppwd",
        "create",
        "-d",
        BLE,
        "--name",
        "New",
        "--generate",
        "--from",
        "now",
        "--to",
        "+1d",
    ]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let prune = format!("free slots with `lockctl temppwd prune -d {BLE}`");
    assert!(r.stderr.contains(&prune), "{}", r.stderr);
    emu.refuse_beyond(BLE, None);
    // The mobile gateway reports it: no such warning there.
    let m = User::warm(&emu)
        .run(&["temppwd", "prune", "-d", BLE, "--used", "--dry-run"])
        .ok();
    assert!(!m.stderr.contains("does not report"), "{}", m.stderr);
}

//! A write that landed is never reported as failed because of a read after it (issue 18): on a
//! lossy link (20% of all requests, reads too, answer HTTP 500/503 or break the connection,
//! before or after the cloud handles them), every run that exits 0 made its thing, every run that
//! exits non-zero made nothing or says it "may have landed". Reads after a write that was done
//! are best effort: exit 0, the made thing on stdout, a warning naming the read that shows it.
//!
//! The runs set `LOCKCTL_TIMEOUT_MS` short (see `faultrun.rs`); no run sleeps to wait.

mod common;

use common::cmdline::temppwd_create;
use common::faultrun::*;
use common::several::element;
use common::*;
use lockctl_emulator::server::Faults;
use serde_json::Value;

/// A link that faults `rate` of all requests with every link fault, drawn from `seed`.
fn lossy(rate: f64, seed: u64) -> Faults {
    Faults {
        fault_rate: rate,
        seed,
        ..Faults::default()
    }
}

fn oa_user(emu: &Emu) -> User {
    let u = User::new();
    u.add_openapi(emu, "oa").ok();
    u.run(&["device", "list"]).ok();
    u
}

/// What the runs on a lossy link did against what they reported.
#[derive(Debug, Default)]
struct Lossy {
    runs: usize,
    /// Exit 0, made.
    done: usize,
    /// Exit 0 with a warning that a read after the write failed.
    warned: usize,
    /// Non-zero, nothing made.
    failed: usize,
    /// Non-zero, "may have landed" (made or not).
    unknown: usize,
    /// Exit 0 without the thing, or non-zero with the thing and no "may have landed".
    misreported: usize,
    read_faults: u64,
    write_faults: u64,
}

impl Lossy {
    /// One write on one lock: `before` and `after` count the things it aims at.
    fn judge(&mut self, r: &Run, before: usize, after: usize) {
        let made = after.saturating_sub(before);
        let unknown = r.stderr.contains("may have landed");
        match (r.code, made) {
            (0, 1) => {
                self.done += 1;
                self.warned += r.stderr.contains("could not be read back") as usize;
            }
            (0, _) => self.miss(r, made),
            (_, 0) if !unknown => {
                if std::env::var_os("LOSSY_DEBUG").is_some() {
                    eprintln!("failed: {}\n{}", r.stdout, r.stderr);
                }
                self.failed += 1
            }
            (_, _) if unknown => self.unknown += 1,
            _ => self.miss(r, made),
        }
    }

    fn miss(&mut self, r: &Run, made: usize) {
        self.misreported += 1;
        eprintln!(
            "misreported: exit {} with {made} made\nstdout: {}\nstderr: {}",
            r.code, r.stdout, r.stderr
        );
    }

    /// One write over several locks (`--json`): each lock's element against what it made.
    fn judge_many(&mut self, r: &Run, made: &[(&str, usize, usize)]) {
        let arr: Option<Value> = serde_json::from_str(&r.stdout).ok();
        for &(dev, before, after) in made {
            let Some(arr) = arr.as_ref().filter(|a| a.is_array()) else {
                // Stopped before the runner (resolving the locks): nothing may be made.
                let r = Run {
                    code: r.code,
                    stdout: String::new(),
                    stderr: r.stderr.clone(),
                };
                self.judge(&r, before, after);
                continue;
            };
            let e = element(arr, dev);
            let msg = e["error"]["message"].as_str().unwrap_or_default();
            let warned = e["warnings"].as_array().is_some_and(|w| {
                w.iter().any(|w| {
                    w.as_str()
                        .unwrap_or_default()
                        .contains("could not be read back")
                })
            });
            let one = Run {
                code: if e["ok"] == true { 0 } else { 1 },
                stdout: e.to_string(),
                stderr: format!(
                    "{msg}{}",
                    if warned {
                        " could not be read back"
                    } else {
                        ""
                    }
                ),
            };
            self.judge(&one, before, after);
        }
    }

    fn finish(mut self, emu: &Emu, what: &str) -> Lossy {
        (self.read_faults, self.write_faults) = emu.with_inner(|s| {
            (
                s.faults.read_faults_injected.values().sum(),
                s.faults.write_faults_injected.values().sum(),
            )
        });
        emu.faults(Faults::default());
        eprintln!("{what}: {self:?}");
        assert_eq!(self.misreported, 0, "{what}: {self:?}");
        assert!(
            self.read_faults > 0 && self.write_faults > 0,
            "{what}: {self:?}"
        );
        self
    }
}

/// `n` `temppwd create` runs on `dev` over a 20% lossy link.
fn temppwd_creates(emu: &Emu, u: &User, dev: &str, n: usize, seed: u64) -> Lossy {
    emu.faults(lossy(0.2, seed));
    let mut t = Lossy::default();
    for i in 0..n {
        let name = format!("Lossy {i}");
        let before = temps_named(emu, dev, &name);
        let r = run(
            u,
            &temppwd_create(dev, &name, "+1d", &[]),
            Some(&pin(dev, i)),
        );
        t.judge(&r, before, temps_named(emu, dev, &name));
        t.runs += 1;
    }
    t.finish(emu, "temppwd create")
}

/// A PIN of the lock's length (Wi-Fi 7, the others 6), different per run.
fn pin(dev: &str, i: usize) -> String {
    match dev {
        WIFI => format!("{}\n", 3_000_000 + i * 7),
        _ => format!("{}\n", 300_000 + i * 7),
    }
}

#[test]
fn temppwd_creates_on_a_lossy_link_are_never_misreported_mobile() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let t = temppwd_creates(&emu, &u, BLE, 50, 18);
    // The faults met reads after a create that was answered: warned, not failed.
    assert!(t.warned > 0, "{t:?}");
}

#[test]
fn temppwd_creates_on_a_lossy_link_are_never_misreported_openapi() {
    let emu = Emu::start();
    let u = oa_user(&emu);
    let t = temppwd_creates(&emu, &u, BLE, 50, 19);
    assert!(t.warned > 0, "{t:?}");
}

/// Member adds, unlock methods, password updates on one lock; creates and member adds over
/// several locks: 20 runs each on a lossy link, none misreported.
#[test]
fn other_writes_on_a_lossy_link_are_never_misreported_mobile() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let member = |name: &str| members_named(&emu, BLE, name);
    emu.faults(lossy(0.2, 21));
    let mut t = Lossy::default();
    for i in 0..20 {
        let name = format!("Lossy member {i}");
        let before = member(&name);
        let r = run(
            &u,
            &["member", "add", "-d", BLE, "--name", &name, "--permanent"],
            None,
        );
        t.judge(&r, before, member(&name));
    }
    t.finish(&emu, "member add");

    let owner = emu.world(|w| {
        let l = w.lock(BLE).unwrap();
        l.members
            .iter()
            .find(|m| m.nick_name == "Cleaner")
            .unwrap()
            .user_id
            .clone()
    });
    let attached = |n: usize| {
        emu.world(|w| {
            w.lock(BLE)
                .unwrap()
                .opmodes
                .iter()
                .filter(|o| {
                    o.dp_id == 12
                        && o.value == n.to_string()
                        && o.user_id.as_deref() == Some(&owner)
                })
                .count()
        })
    };
    emu.faults(lossy(0.2, 22));
    let mut t = Lossy::default();
    for i in 0..20 {
        let n = 200 + i;
        let unlock = format!("12-{n}");
        let before = attached(n);
        let args = [
            "opmode",
            "add",
            "-d",
            BLE,
            "--user",
            &owner,
            "--unlock-id",
            &unlock,
        ];
        let r = run(&u, &args, None);
        t.judge(&r, before, attached(n));
    }
    t.finish(&emu, "opmode add");

    updates_on_a_lossy_link(&emu, &u, 23);

    // Over several locks: each lock's outcome against what it made.
    for (seed, verb) in [(24, "temppwd create"), (25, "member add")] {
        emu.faults(lossy(0.2, seed));
        let mut t = Lossy::default();
        for i in 0..20 {
            let name = format!("Fleet {verb} {i}");
            let devs = [BLE, ZIGBEE];
            let count = |d: &str| match verb {
                "member add" => members_named(&emu, d, &name),
                _ => temps_named(&emu, d, &name),
            };
            let before: Vec<usize> = devs.iter().map(|d| count(d)).collect();
            let several = format!("{BLE},{ZIGBEE}");
            let args: Vec<&str> = match verb {
                "member add" => vec![
                    "member",
                    "add",
                    "-d",
                    &several,
                    "--name",
                    &name,
                    "--permanent",
                    "--json",
                ],
                _ => temppwd_create(&several, &name, "+1d", &["--json"]),
            };
            let r = run(&u, &args, Some(&pin(BLE, 100 + i)));
            let made: Vec<(&str, usize, usize)> = devs
                .iter()
                .zip(before)
                .map(|(d, b)| (*d, b, count(d)))
                .collect();
            t.judge_many(&r, &made);
        }
        t.finish(&emu, verb);
    }
}

/// `temppwd update` of the window, on the lossy link: a run that exits 0 changed it, one that
/// exits non-zero did not or says "may have landed".
fn updates_on_a_lossy_link(emu: &Emu, u: &User, seed: u64) {
    u.run_stdin(&temppwd_create(BLE, "Moving", "+1d", &[]), "271828\n")
        .ok();
    let id = emu.world(|w| {
        let l = w.lock(BLE).unwrap();
        let p = l
            .temp_passwords
            .iter()
            .find(|p| p.name == "Moving" && !p.removed);
        p.unwrap().id.to_string()
    });
    let ends = || {
        emu.world(|w| {
            let l = w.lock(BLE).unwrap();
            let p = l.temp_passwords.iter().find(|p| p.id.to_string() == id);
            p.unwrap().invalid_time
        })
    };
    emu.faults(lossy(0.2, seed));
    let mut t = Lossy::default();
    for i in 0..20 {
        let to = format!("+{}d", 2 + i);
        let before = ends();
        let r = run(
            u,
            &[
                "temppwd", "update", "-d", BLE, "--id", &id, "--from", "now", "--to", &to,
            ],
            None,
        );
        let after = ends();
        // "Made" is the window moved: one more day each run.
        t.judge(&r, 0, (after != before) as usize);
    }
    t.finish(emu, "temppwd update");
}

/// Over several locks on the OpenAPI: temppwd create; on one lock: member add.
#[test]
fn other_writes_on_a_lossy_link_are_never_misreported_openapi() {
    let emu = Emu::start();
    let u = oa_user(&emu);
    emu.faults(lossy(0.2, 31));
    let mut t = Lossy::default();
    for i in 0..20 {
        let name = format!("Lossy member {i}");
        let before = members_named(&emu, WIFI, &name);
        let r = run(&u, &["member", "add", "-d", WIFI, "--name", &name], None);
        t.judge(&r, before, members_named(&emu, WIFI, &name));
    }
    t.finish(&emu, "member add");

    emu.faults(lossy(0.2, 32));
    let mut t = Lossy::default();
    for i in 0..20 {
        let name = format!("Fleet {i}");
        let devs = [BLE, ZIGBEE];
        let before: Vec<usize> = devs.iter().map(|d| temps_named(&emu, d, &name)).collect();
        let several = format!("{BLE},{ZIGBEE}");
        let r = run(
            &u,
            &temppwd_create(&several, &name, "+1d", &["--json"]),
            Some(&pin(BLE, 100 + i)),
        );
        let made: Vec<(&str, usize, usize)> = devs
            .iter()
            .zip(before)
            .map(|(d, b)| (*d, b, temps_named(&emu, d, &name)))
            .collect();
        t.judge_many(&r, &made);
    }
    t.finish(&emu, "temppwd create over several locks");
}

/// Exactly the reads after the create fail: exit 0, the made password on stdout (`--json`: one
/// document, id null), a warning naming `temppwd list`.
fn read_after_create_fails(emu: &Emu, u: &User) {
    // Every write is answered; the 10 requests after it fail (HTTP 503).
    emu.faults(faults(1.0, 0, &["answered"], 10));
    let args = temppwd_create(BLE, "Unread", "+1d", &["--json"]);
    let r = run(u, &args, Some("424242\n"));
    emu.faults(Faults::default());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(temps_named(emu, BLE, "Unread"), 1);
    let j = r.json();
    assert_eq!(j["name"], "Unread", "{}", r.stdout);
    assert!(j["id"].is_null() || j["id"].is_string(), "{j}");
    let warn = format!("see it with `lockctl temppwd list -d {BLE}`");
    assert!(r.stderr.contains("warning:"), "{}", r.stderr);
    assert!(r.stderr.contains("was created, but"), "{}", r.stderr);
    assert!(r.stderr.contains(&warn), "{}", r.stderr);
    assert!(!r.stderr.contains("error:"), "{}", r.stderr);
}

#[test]
fn exactly_the_read_after_a_create_fails_mobile() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    read_after_create_fails(&emu, &u);
    // The same over several locks, one at a time: the read after each lock's create fails.
    emu.faults(faults(1.0, 0, &["answered"], 1));
    let several = format!("{BLE},{ZIGBEE}");
    let r = run(
        &u,
        &temppwd_create(
            &several,
            "Unread two",
            "+1d",
            &["--json", "--concurrency", "1"],
        ),
        Some("525252\n"),
    );
    emu.faults(Faults::default());
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let arr = r.json();
    for dev in [BLE, ZIGBEE] {
        assert_eq!(temps_named(&emu, dev, "Unread two"), 1);
        let e = element(&arr, dev);
        assert_eq!(e["ok"], true, "{e}");
        assert_eq!(e["result"]["name"], "Unread two", "{e}");
    }
    for dev in [BLE, ZIGBEE] {
        let w = &element(&arr, dev)["warnings"][0];
        let list = format!("see it with `lockctl temppwd list -d {dev}`");
        assert!(w.as_str().unwrap_or_default().contains(&list), "{arr}");
        assert!(r.stderr.contains(&list), "{}", r.stderr);
    }
}

#[test]
fn exactly_the_read_after_a_create_fails_openapi() {
    let emu = Emu::start();
    let u = oa_user(&emu);
    read_after_create_fails(&emu, &u);
}

/// `n` runs of one write on a 20% lossy link drawn from `seed`: `one` runs the i-th and says
/// whether the world changed as the write would (read from the world before and after the run).
fn runs(
    emu: &Emu,
    what: &str,
    seed: u64,
    n: usize,
    mut one: impl FnMut(usize) -> (Run, bool),
) -> Lossy {
    emu.faults(lossy(0.2, seed));
    let mut t = Lossy::default();
    for i in 0..n {
        let (r, changed) = one(i);
        t.judge(&r, 0, changed as usize);
        t.runs += 1;
    }
    t.finish(emu, what)
}

/// The id of the member of `dev` called `name`.
fn member_id(emu: &Emu, dev: &str, name: &str) -> Option<String> {
    emu.world(|w| {
        let l = w.lock(dev).unwrap();
        let m = l.members.iter().find(|m| m.nick_name == name);
        m.map(|m| m.user_id.clone())
    })
}

/// Members added without faults, one per run, named `{prefix} {i}`: their ids.
fn members(emu: &Emu, u: &User, dev: &str, prefix: &str, n: usize) -> Vec<String> {
    emu.faults(Faults::default());
    (0..n)
        .map(|i| {
            let name = format!("{prefix} {i}");
            let mut args = vec!["member", "add", "-d", dev, "--name", &name];
            if dev != WIFI {
                args.push("--permanent");
            }
            u.run(&args).ok();
            member_id(emu, dev, &name).unwrap()
        })
        .collect()
}

/// Temporary passwords made without faults, one per run: their ids.
fn temps(emu: &Emu, u: &User, dev: &str, prefix: &str, n: usize) -> Vec<i64> {
    emu.faults(Faults::default());
    (0..n)
        .map(|i| {
            let name = format!("{prefix} {i}");
            u.run_stdin(&temppwd_create(dev, &name, "+1d", &[]), &pin(dev, 500 + i))
                .ok();
            emu.world(|w| {
                let l = w.lock(dev).unwrap();
                let p = l.temp_passwords.iter().find(|p| p.name == name);
                p.unwrap().id
            })
        })
        .collect()
}

/// Password `id` is gone from the lock or on its way out.
fn temp_removed(emu: &Emu, dev: &str, id: i64) -> bool {
    use lockctl_emulator::world::delivery::{Change, DeliveryState, Target};
    emu.world(|w| {
        let l = w.lock(dev).unwrap();
        let p = l.temp_passwords.iter().find(|p| p.id == id);
        let leaving = w.delivery_state(dev, &Target::TempPassword { id })
            == Some(DeliveryState::Pending(Change::Remove));
        p.is_none_or(|p| p.removed) || leaving
    })
}

/// Remote entries in a lock's history.
fn remote_entries(emu: &Emu, dev: &str) -> usize {
    emu.world(|w| {
        let l = w.lock(dev).unwrap();
        l.history
            .iter()
            .filter(|r| r.unlock_name.starts_with("remote"))
            .count()
    })
}

/// Member update/remove/freeze/unfreeze, temppwd rename/remove, offlinepwd rename/revoke, voice
/// enable/disable, remote unlock on one lock, voice over several locks: 20 runs each on a lossy
/// link, none misreported.
#[test]
fn remaining_writes_on_a_lossy_link_are_never_misreported_mobile() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let mut table = vec![];

    let ids = members(&emu, &u, BLE, "Leaving", 20);
    table.push(runs(&emu, "member remove", 41, 20, |i| {
        let args = ["member", "remove", "-d", BLE, "--user", &ids[i], "--yes"];
        let r = run(&u, &args, None);
        (r, member_id(&emu, BLE, &format!("Leaving {i}")).is_none())
    }));

    let id = members(&emu, &u, BLE, "Cold", 1).remove(0);
    let frozen = || {
        emu.world(|w| {
            let l = w.lock(BLE).unwrap();
            l.members.iter().find(|m| m.user_id == id).unwrap().phase == 0
        })
    };
    table.push(runs(&emu, "member freeze/unfreeze", 42, 20, |_| {
        let before = frozen();
        let verb = if before { "unfreeze" } else { "freeze" };
        let r = run(
            &u,
            &["member", verb, "-d", BLE, "--user", &id, "--yes"],
            None,
        );
        (r, frozen() != before)
    }));

    table.push(runs(&emu, "member update --name", 53, 20, |i| {
        let name = format!("Renamed {i}");
        let args = [
            "member", "update", "-d", BLE, "--user", &id, "--name", &name,
        ];
        let r = run(&u, &args, None);
        (r, member_id(&emu, BLE, &name).is_some())
    }));

    let ids = temps(&emu, &u, BLE, "Going", 20);
    table.push(runs(&emu, "temppwd remove", 244, 20, |i| {
        let pid = ids[i].to_string();
        let r = run(
            &u,
            &["temppwd", "remove", "-d", BLE, "--id", &pid, "--yes"],
            None,
        );
        (r, temp_removed(&emu, BLE, ids[i]))
    }));

    let ids = temps(&emu, &u, WIFI, "Named", 1);
    let pid = ids[0].to_string();
    table.push(runs(&emu, "temppwd rename", 145, 20, |i| {
        let name = format!("Renamed {i}");
        let args = [
            "temppwd", "rename", "-d", WIFI, "--id", &pid, "--name", &name,
        ];
        let r = run(&u, &args, None);
        (r, temps_named(&emu, WIFI, &name) == 1)
    }));

    // Offline codes: renamed, then each of 20 ended by its clear code.
    emu.faults(Faults::default());
    let codes: Vec<i64> = (0..20)
        .map(|i| {
            let name = format!("Offline {i}");
            let args = [
                "offlinepwd",
                "create",
                "-d",
                BLE,
                "--type",
                "multiple",
                "--from",
                "now",
                "--to",
                "+2d",
                "--name",
                &name,
            ];
            u.run(&args).ok();
            emu.world(|w| {
                let l = w.lock(BLE).unwrap();
                let p = l.offline_passwords.iter().find(|p| p.pwd_name == name);
                p.unwrap().pwd_id
            })
        })
        .collect();
    let named = |id: i64, name: &str| {
        emu.world(|w| {
            let l = w.lock(BLE).unwrap();
            let p = l.offline_passwords.iter().find(|p| p.pwd_id == id);
            p.unwrap().pwd_name == name
        })
    };
    table.push(runs(&emu, "offlinepwd rename", 246, 20, |i| {
        let name = format!("Offline renamed {i}");
        let cid = codes[0].to_string();
        let args = [
            "offlinepwd",
            "rename",
            "-d",
            BLE,
            "--id",
            &cid,
            "--name",
            &name,
        ];
        let r = run(&u, &args, None);
        (r, named(codes[0], &name))
    }));
    let cleared = |id: i64| {
        emu.world(|w| {
            let l = w.lock(BLE).unwrap();
            let p = l.offline_passwords.iter().find(|p| p.pwd_id == id);
            p.unwrap().has_clear_pwd
        })
    };
    // At most 10 clear codes an hour: the clock moves on between runs.
    table.push(runs(&emu, "offlinepwd revoke", 547, 20, |i| {
        emu.advance(400);
        let cid = codes[i].to_string();
        let r = run(&u, &["offlinepwd", "revoke", "-d", BLE, "--id", &cid], None);
        let landed = cleared(codes[i]);
        // A revoke that landed says so; its clear code, when lost, is warned about.
        if r.code == 0 && !r.stdout.chars().any(|c| c.is_ascii_digit()) {
            assert!(r.stderr.contains("clear code was lost"), "{}", r.stderr);
        }
        (r, landed)
    }));

    let voice = |dev: &str| emu.world(|w| w.lock(dev).unwrap().voice_enabled);
    table.push(runs(&emu, "voice enable/disable", 348, 20, |_| {
        let before = voice(BLE);
        let r = match before {
            true => run(&u, &["voice", "disable", "-d", BLE, "--yes"], None),
            false => run(
                &u,
                &["voice", "enable", "-d", BLE, "--pin-stdin", "--yes"],
                Some("246810\n"),
            ),
        };
        (r, voice(BLE) != before)
    }));

    table.push(runs(&emu, "remote unlock", 49, 20, |_| {
        let before = remote_entries(&emu, ZIGBEE);
        let r = run(&u, &["remote", "unlock", "-d", ZIGBEE, "--yes"], None);
        (r, remote_entries(&emu, ZIGBEE) > before)
    }));

    // Over several locks: voice on and off, each lock's outcome against its switch.
    emu.faults(lossy(0.2, 50));
    let mut t = Lossy::default();
    let several = format!("{BLE},{ZIGBEE}");
    for i in 0..20 {
        let on = i % 2 == 0;
        // Both switches start where this run does not leave them.
        emu.with_inner(|s| {
            for d in [BLE, ZIGBEE] {
                s.world.lock_mut(d).unwrap().voice_enabled = !on;
            }
        });
        let r = match on {
            true => run(
                &u,
                &[
                    "voice",
                    "enable",
                    "-d",
                    &several,
                    "--pin-stdin",
                    "--yes",
                    "--json",
                ],
                Some("246810\n"),
            ),
            false => run(
                &u,
                &["voice", "disable", "-d", &several, "--yes", "--json"],
                None,
            ),
        };
        let made: Vec<(&str, usize, usize)> = [BLE, ZIGBEE]
            .iter()
            .map(|d| (*d, 0, (voice(d) == on) as usize))
            .collect();
        t.judge_many(&r, &made);
        t.runs += 1;
    }
    table.push(t.finish(&emu, "voice over several locks"));

    for t in &table {
        eprintln!("{t:?}");
    }
}

/// On the OpenAPI (checked, not rebuilt: these verbs already read back after a lost answer):
/// member update/remove on a Wi-Fi lock, temppwd remove, remote unlock. 20 runs each.
#[test]
fn remaining_writes_on_a_lossy_link_are_never_misreported_openapi() {
    let emu = Emu::start();
    let u = oa_user(&emu);
    let mut table = vec![];

    let ids = members(&emu, &u, WIFI, "Leaving", 20);
    table.push(runs(&emu, "member remove", 61, 20, |i| {
        let args = ["member", "remove", "-d", WIFI, "--user", &ids[i], "--yes"];
        let r = run(&u, &args, None);
        (r, member_id(&emu, WIFI, &format!("Leaving {i}")).is_none())
    }));

    let id = members(&emu, &u, WIFI, "Staying", 1).remove(0);
    table.push(runs(&emu, "member update --name", 62, 20, |i| {
        let name = format!("Renamed {i}");
        let args = [
            "member", "update", "-d", WIFI, "--user", &id, "--name", &name,
        ];
        let r = run(&u, &args, None);
        (r, member_id(&emu, WIFI, &name).is_some())
    }));

    let ids = temps(&emu, &u, BLE, "Going", 20);
    table.push(runs(&emu, "temppwd remove", 63, 20, |i| {
        let pid = ids[i].to_string();
        let args = ["temppwd", "remove", "-d", BLE, "--id", &pid, "--yes"];
        let r = run(&u, &args, None);
        (r, temp_removed(&emu, BLE, ids[i]))
    }));

    table.push(runs(&emu, "remote unlock", 64, 20, |_| {
        let before = remote_entries(&emu, ZIGBEE);
        let r = run(&u, &["remote", "unlock", "-d", ZIGBEE, "--yes"], None);
        (r, remote_entries(&emu, ZIGBEE) > before)
    }));
    for t in &table {
        eprintln!("{t:?}");
    }
}

/// The first method of `dev` a member has: its opmode id and `DP-N`.
fn a_members_method(emu: &Emu, dev: &str) -> (i64, String) {
    emu.world(|w| {
        let l = w.lock(dev).unwrap();
        let o = l.opmodes.iter().find(|o| o.user_id.is_some()).unwrap();
        (o.op_mode_id, o.unlock_id())
    })
}

/// The method of `dev` with this opmode id, if any.
fn method(emu: &Emu, dev: &str, id: i64) -> Option<lockctl_emulator::world::OpMode> {
    emu.world(|w| {
        let l = w.lock(dev).unwrap();
        l.opmodes.iter().find(|o| o.op_mode_id == id).cloned()
    })
}

/// The method of `dev` called `DP-N`, if any.
fn method_at(emu: &Emu, dev: &str, unlock: &str) -> Option<lockctl_emulator::world::OpMode> {
    emu.world(|w| {
        let l = w.lock(dev).unwrap();
        l.opmodes.iter().find(|o| o.unlock_id() == unlock).cloned()
    })
}

/// Methods attached to `member` of `dev` without faults, `{dp}-{first + i}`: their opmode ids.
fn attach(emu: &Emu, u: &User, dev: &str, member: &str, dp: u32, first: usize) -> Vec<i64> {
    emu.faults(Faults::default());
    (0..20)
        .map(|i| {
            let unlock = format!("{dp}-{}", first + i);
            let args = [
                "opmode",
                "add",
                "-d",
                dev,
                "--user",
                member,
                "--unlock-id",
                &unlock,
            ];
            u.run(&args).ok();
            method_at(emu, dev, &unlock).unwrap().op_mode_id
        })
        .collect()
}

/// Opmode rename/remove/assign, hijack set/unset, member share/unshare on a lossy link (mobile):
/// 20 runs each, none misreported, each block meeting read and write faults.
#[test]
fn opmode_and_share_writes_on_a_lossy_link_are_never_misreported_mobile() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let mut table = vec![];

    // Rename by opmode id alone: read back from every member's methods.
    for (seed, dev) in [(71, BLE), (72, WIFI)] {
        let (id, _) = a_members_method(&emu, dev);
        let what = format!("opmode rename ({dev})");
        table.push(runs(&emu, &what, seed, 20, |i| {
            let name = format!("Thumb {i}");
            let oid = id.to_string();
            let args = ["opmode", "rename", "-d", dev, "--id", &oid, "--name", &name];
            let r = run(&u, &args, None);
            (r, method(&emu, dev, id).unwrap().unlock_name == name)
        }));
    }

    // Remove by member and id (Bluetooth), by DP-N (Wi-Fi).
    let ids = attach(&emu, &u, BLE, "1001", 12, 300);
    table.push(runs(&emu, "opmode remove (ble)", 73, 20, |i| {
        let oid = ids[i].to_string();
        let args = [
            "opmode", "remove", "-d", BLE, "--user", "1001", "--id", &oid, "--yes",
        ];
        let r = run(&u, &args, None);
        (r, method(&emu, BLE, ids[i]).is_none())
    }));
    attach(&emu, &u, WIFI, "1001", 13, 300);
    table.push(runs(&emu, "opmode remove (wifi)", 74, 20, |i| {
        let unlock = format!("13-{}", 300 + i);
        let args = [
            "opmode",
            "remove",
            "-d",
            WIFI,
            "--unlock-id",
            &unlock,
            "--yes",
        ];
        let r = run(&u, &args, None);
        (r, method_at(&emu, WIFI, &unlock).is_none())
    }));

    // Assign: 20 methods enrolled at the Wi-Fi lock that belong to nobody.
    emu.with_inner(|s| {
        let l = s.world.lock_mut(WIFI).unwrap();
        for i in 0..20 {
            l.opmodes.push(lockctl_emulator::world::OpMode {
                op_mode_id: 900_000 + i,
                user_id: None,
                dp_id: 12,
                value: (400 + i).to_string(),
                unlock_name: format!("Waiting {i}"),
                unlock_attr: 0,
                phase: 1,
                unlock_status: 20,
                modified: 0,
            });
        }
    });
    table.push(runs(&emu, "opmode assign", 75, 20, |i| {
        let unlock = format!("12-{}", 400 + i);
        let args = [
            "opmode",
            "assign",
            "-d",
            WIFI,
            "--user",
            "1001",
            "--unlock-id",
            &unlock,
        ];
        let r = run(&u, &args, None);
        let owner = method_at(&emu, WIFI, &unlock).unwrap().user_id;
        (r, owner.as_deref() == Some("1001"))
    }));

    // Hijack set and unset, each run turning the mark the other way.
    let (_, unlock) = a_members_method(&emu, WIFI);
    let duress = || method_at(&emu, WIFI, &unlock).unwrap().unlock_attr == 1;
    table.push(runs(&emu, "opmode hijack set/unset", 76, 20, |_| {
        let before = duress();
        let verb = if before { "unset" } else { "set" };
        let args = ["opmode", "hijack", verb, "-d", WIFI, "--unlock-id", &unlock];
        let r = run(&u, &args, None);
        (r, duress() != before)
    }));

    // Share and unshare a panel member, each run the other way.
    let shared = || {
        emu.world(|w| {
            let m = w.lock(BLE).unwrap().member("1003").cloned().unwrap();
            !m.share_account.is_empty()
        })
    };
    table.push(runs(&emu, "member share/unshare", 96, 20, |_| {
        let before = shared();
        let r = match before {
            true => run(
                &u,
                &["member", "unshare", "-d", BLE, "--user", "1003", "--yes"],
                None,
            ),
            false => run(
                &u,
                &[
                    "member",
                    "share",
                    "-d",
                    BLE,
                    "--user",
                    "1003",
                    "--account",
                    "other@example.com",
                ],
                None,
            ),
        };
        (r, shared() != before)
    }));

    for t in &table {
        eprintln!("{t:?}");
    }
}

/// An offline code's rename whose answer is lost while every read fails: "may have landed",
/// naming the lists of every type (the code's type was not read), never `--type multiple`.
#[test]
fn a_lost_offline_rename_names_no_type_it_did_not_read() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let args = [
        "offlinepwd",
        "create",
        "-d",
        BLE,
        "--type",
        "once",
        "--name",
        "Plumber",
    ];
    u.run(&args).ok();
    let id = emu.world(|w| {
        let l = w.lock(BLE).unwrap();
        let p = l.offline_passwords.iter().find(|p| p.pwd_name == "Plumber");
        p.unwrap().pwd_id.to_string()
    });
    emu.faults(faults(1.0, 8, &["5xx"], 100));
    let args = [
        "offlinepwd",
        "rename",
        "-d",
        BLE,
        "--id",
        &id,
        "--name",
        "Electrician",
    ];
    let r = run(&u, &args, None).fails(1);
    emu.faults(Faults::default());
    let check = format!("may have landed: check with `lockctl offlinepwd list -d {BLE} --all`");
    assert!(r.stderr.contains(&check), "{}", r.stderr);
    assert!(!r.stderr.contains("--type multiple"), "{}", r.stderr);
    assert_eq!(offline_named(&emu, BLE, "Electrician"), 1);
}

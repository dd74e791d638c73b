//! Writes under injected faults, shared by the mobile and the OpenAPI write tests: the fault
//! settings, a user's run with a short client wait, counts of what landed in the world, and a
//! tally of what each write did against what it reported.
//!
//! The runs set `LOCKCTL_TIMEOUT_MS` (the client's wait for one request) short, so the
//! emulator's `timeout` fault (an answer held past it) costs well under a second.
#![allow(dead_code)]

use lockctl_emulator::server::Faults;

use super::{Emu, Run, User};

/// The client's wait in fault runs, and how long a `timeout` fault holds the answer.
pub const TIMEOUT_MS: &str = "700";
pub const HOLD_MS: u64 = 1500;

pub fn faults(rate: f64, seed: u64, kinds: &[&str], fail_after: u64) -> Faults {
    Faults {
        write_fault_rate: rate,
        seed,
        write_fault_kinds: kinds.iter().map(|k| k.to_string()).collect(),
        write_fault_delay_ms: HOLD_MS,
        fail_after_write_fault: fail_after,
        ..Faults::default()
    }
}

pub fn run(u: &User, args: &[&str], stdin: Option<&str>) -> Run {
    u.run_env(args, &[("LOCKCTL_TIMEOUT_MS", TIMEOUT_MS)], stdin)
}

/// Live members of a lock called `name`.
pub fn members_named(emu: &Emu, dev: &str, name: &str) -> usize {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .members
            .iter()
            .filter(|m| m.nick_name == name)
            .count()
    })
}

/// Live temporary passwords of a lock called `name`.
pub fn temps_named(emu: &Emu, dev: &str, name: &str) -> usize {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .temp_passwords
            .iter()
            .filter(|p| !p.removed && p.name == name)
            .count()
    })
}

/// Offline codes of a lock called `name`.
pub fn offline_named(emu: &Emu, dev: &str, name: &str) -> usize {
    emu.world(|w| {
        w.lock(dev)
            .unwrap()
            .offline_passwords
            .iter()
            .filter(|p| p.pwd_name == name)
            .count()
    })
}

/// A member add (`add(name)`) to `dev` under a fault that keeps it from being applied fails
/// saying nothing changed; one that is applied while every read-back fails too exits 1 with
/// "may have landed", naming `list` (the command that would tell).
pub fn member_add_absent_or_unknown(emu: &Emu, dev: &str, list: &str, add: impl Fn(&str) -> Run) {
    emu.faults(faults(1.0, 7, &["5xx-unapplied"], 0));
    let r = add("Absent").fails(1);
    assert!(r.stderr.contains("nothing was changed"), "{}", r.stderr);
    assert_eq!(members_named(emu, dev, "Absent"), 0);
    emu.faults(faults(1.0, 8, &["5xx"], 100));
    let r = add("Unknown").fails(1);
    let check = format!("may have landed: check with `{list}`");
    assert!(r.stderr.contains(&check), "{}", r.stderr);
    assert_eq!(members_named(emu, dev, "Unknown"), 1);
}

/// What happened to the writes of one kind under faults.
#[derive(Debug, Default)]
pub struct Tally {
    pub faults: u64,
    pub kinds: std::collections::BTreeMap<String, u64>,
    pub applied: usize,
    pub reported_done: usize,
    pub reported_failed: usize,
    pub reported_unknown: usize,
    pub applied_reported_failed: usize,
    pub done_not_applied: usize,
    pub retries: usize,
    pub duplicates: usize,
}

/// How a backend's fault runs go: whether a write reported as unknown is retried by hand like a
/// failed one, and how many faults a run needs to mean anything.
pub struct FaultRun {
    pub retry_unknown: bool,
    pub min_faults: u64,
}

impl FaultRun {
    /// `n` writes under 20% faults, each retried once by hand when it is reported as failed (the
    /// natural retry). `write(i)` runs write `i`; `count(i)` counts the entries in the world in
    /// the state write `i` aims at: more afterwards is the write applied; more than one is a
    /// duplicate. The faults are off again afterwards.
    pub fn under_faults(
        &self,
        emu: &Emu,
        n: usize,
        seed: u64,
        write: impl Fn(usize) -> Run,
        count: impl Fn(usize) -> usize,
    ) -> Tally {
        emu.faults(faults(0.2, seed, &[], 0));
        let mut t = Tally::default();
        for i in 0..n {
            for attempt in 0..2 {
                let before = count(i);
                let r = write(i);
                let landed = count(i) > before;
                t.applied += landed as usize;
                let unknown = r.stderr.contains("may have landed");
                match (r.code, unknown) {
                    (0, _) => t.reported_done += 1,
                    (_, true) => t.reported_unknown += 1,
                    _ => t.reported_failed += 1,
                }
                if landed && r.code != 0 && !unknown {
                    t.applied_reported_failed += 1;
                    eprintln!("applied but reported failed: {}", r.stderr);
                }
                if !landed && r.code == 0 {
                    t.done_not_applied += 1;
                    eprintln!("reported done, not applied: {}", r.stderr);
                }
                if r.code == 0 || (unknown && !self.retry_unknown) || attempt == 1 {
                    break;
                }
                t.retries += 1;
            }
            t.duplicates += count(i).saturating_sub(1);
        }
        t.kinds = emu.with_inner(|s| s.faults.write_faults_injected.clone());
        t.faults = t.kinds.values().sum();
        emu.faults(Faults::default());
        t
    }

    /// No duplicate, no write applied but reported failed, none reported done but not applied,
    /// and enough faults for that to mean anything.
    pub fn check(&self, kind: &str, t: &Tally) {
        eprintln!("{kind}: {t:?}");
        assert_eq!(t.duplicates, 0, "{kind}: {t:?}");
        assert_eq!(t.applied_reported_failed, 0, "{kind}: {t:?}");
        assert_eq!(t.done_not_applied, 0, "{kind}: {t:?}");
        assert!(
            t.faults >= self.min_faults,
            "{kind}: too few faults to mean anything: {t:?}"
        );
    }
}

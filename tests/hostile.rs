//! A hostile or broken cloud: every verb against a server that answers well-formed envelopes
//! carrying nonsense results. lockctl must fail cleanly (exit 1, 2 or 4) or succeed, never panic,
//! never loop forever.

mod common;

use std::sync::{Arc, Mutex};

use common::*;

/// Ids of the two locks the fake cloud's user has (cached; the cloud answers junk).
const D1: &str = "hostile0000000d01";
const D2: &str = "hostile0000000d02";

#[test]
fn nonsense_results_never_panic_or_hang() {
    let junk = Arc::new(Mutex::new("null".to_string()));
    let answer = junk.clone();
    let cloud = FakeCloud::start(move |_| fake::ok(&answer.lock().unwrap()));
    // A profile with a stored session and two fresh cached locks: verbs reach the fake cloud
    // without a login or a device lookup.
    let u = User::on_fake_cloud(
        &cloud.url,
        &[
            CachedLock {
                id: D1,
                name: "Door",
                kind: "wifi",
                local_key: "0123456789abcdef",
                time_zone: "Nowhere/Atlantis",
            },
            CachedLock {
                id: D2,
                name: "Door",
                kind: "ble",
                local_key: "short",
                time_zone: "",
            },
        ],
    );
    let junks = [
        "null",
        "42",
        "\"text\"",
        "true",
        "[]",
        "{}",
        "[1, \"a\", null, {}, [[]]]",
        "{\"datas\": \"x\", \"hasNext\": true, \"totalCount\": -5}",
        "{\"datas\": [{\"dps\": \"weird\", \"gmtCreate\": \"soon\", \"uuid\": 7}], \"hasNext\": true}",
        "{\"datas\": [{\"uuid\": \"same\"}], \"hasNext\": true, \"totalCount\": 1e30}",
        "[{\"uuid\": \"same\", \"userId\": {}, \"dps\": [{\"12\": [1]}]}]",
        "{\"unlockDetail\": [{\"dpId\": \"x\", \"unlockList\": 5}], \"dpSet\": 3, \"timeset\": []}",
        "{\"UNLOCK_PHONE_REMOTE\": \"true\", \"pwd\": 123, \"dynamicPassword\": null, \"ins\": {}}",
        "{\"publicKey\": \"12345678901234567890\", \"exponent\": \"3\", \"token\": \"t\", \"sid\": \"\"}",
        "{\"publicKey\": \"not a number\", \"exponent\": [], \"token\": 5}",
        "[{\"userId\": \"1\", \"userTimeSet\": \"%%%\", \"scheduleDetails\": \"[{]\", \"effectiveTime\": 99999999999999}]",
    ];
    let runs: Vec<(Vec<&str>, &str)> = vec![
        (vec!["device", "list"], ""),
        (
            vec!["login", "--email", "a@b.c", "--password-stdin"],
            "pw\n",
        ),
        (vec!["device", "show", "-d", D1], ""),
        (vec!["api", "call", "tuya.m.location.list"], ""),
        (vec!["member", "list", "-d", D1], ""),
        (
            vec![
                "member",
                "list",
                "-d",
                D2,
                "--panel",
                "--all",
                "--page-size",
                "1",
            ],
            "",
        ),
        (vec!["member", "count", "-d", D2], ""),
        (vec!["member", "me", "-d", D2], ""),
        (vec!["member", "show", "-d", D1, "--user", "1"], ""),
        (vec!["member", "add", "-d", D1, "--name", "N"], ""),
        (
            vec!["member", "add", "-d", D2, "--name", "N", "--permanent"],
            "",
        ),
        (vec!["member", "lock-id", "-d", D2, "--user", "1"], ""),
        (vec!["opmode", "list", "-d", D2, "--user", "1"], ""),
        (vec!["opmode", "show", "-d", D2, "--user", "1"], ""),
        (vec!["opmode", "count", "-d", D2, "--user", "1"], ""),
        (vec!["opmode", "unassigned", "-d", D1], ""),
        (vec!["opmode", "pending", "-d", D1], ""),
        (vec!["temppwd", "list", "-d", D1], ""),
        (
            vec![
                "temppwd",
                "create",
                "-d",
                D1,
                "--name",
                "N",
                "--pin-stdin",
                "--from",
                "now",
                "--to",
                "+1d",
            ],
            "1234567\n",
        ),
        (
            vec![
                "temppwd",
                "create",
                "-d",
                D2,
                "--name",
                "N",
                "--pin-stdin",
                "--from",
                "now",
                "--to",
                "+1d",
            ],
            "123456\n",
        ),
        (vec!["temppwd", "dynamic", "-d", D1], ""),
        (
            vec!["offlinepwd", "available", "-d", D1, "--type", "once"],
            "",
        ),
        (vec!["offlinepwd", "create", "-d", D1, "--type", "once"], ""),
        (
            vec!["offlinepwd", "list", "-d", D2, "--all", "--page-size", "1"],
            "",
        ),
        (vec!["offlinepwd", "revoke", "-d", D1, "--id", "1"], ""),
        (vec!["offlinepwd", "revocable", "-d", D1], ""),
        (
            vec!["history", "list", "-d", D1, "--all", "--page-size", "1"],
            "",
        ),
        (
            vec![
                "history",
                "list",
                "-d",
                D2,
                "--all",
                "--page-size",
                "1",
                "--format",
                "csv",
            ],
            "",
        ),
        (vec!["history", "list", "-d", D1, "--format", "json"], ""),
        (
            vec!["alarm", "list", "-d", D2, "--all", "--page-size", "1"],
            "",
        ),
        (vec!["alarm", "unread", "-d", D1], ""),
        (vec!["voice", "status", "-d", D2], ""),
        (vec!["voice", "enable", "-d", D2, "--pin-stdin"], "123456\n"),
        (vec!["remote", "status", "-d", D2], ""),
        (vec!["remote", "unlock", "-d", D2, "--yes"], ""),
        (vec!["device", "active-date", "-d", D2], ""),
        (vec!["device", "active-period", "-d", D1], ""),
        (vec!["device", "sync", "-d", D2], ""),
    ];
    for j in junks {
        *junk.lock().unwrap() = j.to_string();
        for (args, stdin) in &runs {
            let r = u.run_stdin(args, stdin);
            assert!(
                [0, 1, 2, 4].contains(&r.code),
                "{args:?} with {j}: exit {}\n{}",
                r.code,
                r.stderr
            );
            assert!(
                !r.stderr.contains("panicked"),
                "{args:?} with {j}: {}",
                r.stderr
            );
            if r.code != 0 {
                assert!(
                    r.stderr.starts_with("error: ") || r.stderr.contains("\nerror: "),
                    "{args:?} with {j}: {}",
                    r.stderr
                );
            }
        }
    }
}

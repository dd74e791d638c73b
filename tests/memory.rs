//! Memory and request bounds against a cloud that lies: answers over the cap, pages that claim
//! more (`hasNext`, `totalCount`) than they hold. A tiny fake cloud answers each request from a
//! function of its postData and counts the requests.

mod common;

use std::sync::Arc;

use common::*;
use serde_json::Value;

type Answer = Arc<dyn Fn(&Value) -> String + Send + Sync>;

/// A fake cloud answering every request with `answer(postData)` as the result.
fn fake_cloud(answer: Answer) -> FakeCloud {
    FakeCloud::start(move |post| fake::ok(&answer(post)))
}

/// A user logged in to the fake cloud, with a Wi-Fi lock `W1` and a Bluetooth lock `B1`.
fn user_of(url: &str) -> User {
    let lock = |id, name, kind| CachedLock {
        id,
        name,
        kind,
        local_key: "0123456789abcdef",
        time_zone: "UTC",
    };
    User::on_fake_cloud(
        url,
        &[
            lock("memory0000000w01", "W1", "wifi"),
            lock("memory0000000b01", "B1", "ble"),
        ],
    )
}

fn records(from: i64, n: i64) -> String {
    let items: Vec<String> = (from..from + n)
        .map(|i| {
            format!(
                "{{\"uuid\":\"r{i}\",\"gmtCreate\":{},\"dps\":[{{\"12\":\"1\"}}]}}",
                1_800_000_000_000i64 - i * 1000
            )
        })
        .collect();
    format!("[{}]", items.join(","))
}

/// `n` temporary passwords with long names: about `n * 1.1` KB of answer.
fn temp_list(n: usize) -> String {
    let name = "x".repeat(1000);
    let items: Vec<String> = (0..n)
        .map(|i| format!("{{\"id\":{i},\"name\":\"{name}\",\"effective\":3,\"effectiveTime\":1700000000,\"invalidTime\":1900000000}}"))
        .collect();
    format!("[{}]", items.join(","))
}

#[test]
fn an_answer_over_the_cap_is_a_clear_error_and_the_cap_is_configurable() {
    // About 34 MB: over the default 32 MiB.
    let big = Arc::new(temp_list(31_000));
    assert!(big.len() > 32 << 20);
    let b = big.clone();
    let cloud = fake_cloud(Arc::new(move |_| b.to_string()));
    let u = user_of(&cloud.url);
    let r = u.run(&["temppwd", "list", "-d", "W1", "--json"]).fails(1);
    assert!(
        r.stderr.contains("32 MiB") && r.stderr.contains("LOCKCTL_MAX_ANSWER_MB"),
        "{}",
        r.stderr
    );
    let r = u
        .run_env(
            &["temppwd", "list", "-d", "W1", "--json", "id"],
            &[("LOCKCTL_MAX_ANSWER_MB", "64")],
            None,
        )
        .ok();
    assert_eq!(r.json().as_array().unwrap().len(), 31_000);
    // A smaller cap refuses smaller answers; nonsense is refused naming the variable.
    let small = fake_cloud(Arc::new(|_| temp_list(2_000)));
    let u = user_of(&small.url);
    let r = u
        .run_env(
            &["temppwd", "list", "-d", "W1"],
            &[("LOCKCTL_MAX_ANSWER_MB", "1")],
            None,
        )
        .fails(1);
    assert!(r.stderr.contains("1 MiB"), "{}", r.stderr);
    for bad in ["0", "lots", "-3"] {
        let r = u.run_env(
            &["temppwd", "list", "-d", "W1"],
            &[("LOCKCTL_MAX_ANSWER_MB", bad)],
            None,
        );
        assert_ne!(r.code, 0);
        assert!(r.stderr.contains("LOCKCTL_MAX_ANSWER_MB"), "{}", r.stderr);
    }
}

#[test]
fn raw_output_of_a_list_is_the_answer_unchanged() {
    let cloud = fake_cloud(Arc::new(|_| temp_list(3)));
    let u = user_of(&cloud.url);
    let raw = u.run(&["temppwd", "list", "-d", "W1", "--raw"]).ok().json();
    let expected: Value = serde_json::from_str(&temp_list(3)).unwrap();
    assert_eq!(raw, expected);
}

#[test]
fn json_of_a_list_is_written_item_by_item_with_the_same_bytes() {
    // Names with escapes, terminal control, bidi overrides, quotes and non-ASCII text, and a
    // list large enough to cross the output buffer many times.
    let tricky = r#""a\u001b]52;c;aGk=\u0007 \u202e\"q\"\n\ttab é 日本 🚪""#;
    let answer = {
        let mut items: Vec<String> = (0..3000)
            .map(|i| format!("{{\"id\":{i},\"name\":{tricky},\"effective\":3,\"effectiveTime\":1700000000,\"invalidTime\":1900000000}}"))
            .collect();
        items.push(r#"{"id":9999,"name":"","effective":1,"effectiveTime":1700000000,"invalidTime":1900000000,"scheduleList":[{"effectiveTime":540,"invalidTime":1020,"workingDay":62,"allDay":false}]}"#.into());
        format!("[{}]", items.join(","))
    };
    let cloud = fake_cloud(Arc::new(move |_| answer.clone()));
    let u = user_of(&cloud.url);
    let json = u
        .run(&["temppwd", "list", "-d", "W1", "--json"])
        .ok()
        .stdout;
    let tree = u
        .run(&["temppwd", "list", "-d", "W1", "--jq", "."])
        .ok()
        .stdout;
    assert_eq!(json, tree, "--json differs from the tree printed whole");
    assert!(!json.contains('\u{1b}') && !json.contains('\u{202e}'));
    let picked = u
        .run(&["temppwd", "list", "-d", "W1", "--json", "id,name"])
        .ok()
        .json();
    let whole: Value = serde_json::from_str(&json).unwrap();
    let expected: Vec<Value> = whole
        .as_array()
        .unwrap()
        .iter()
        .map(|v| serde_json::json!({"id": v["id"], "name": v["name"]}))
        .collect();
    assert_eq!(picked, Value::Array(expected));
    assert_eq!(
        whole[0]["name"],
        "a\u{1b}]52;c;aGk=\u{7} \u{202e}\"q\"\n\ttab é 日本 🚪"
    );
    // An empty list is `[]`, as before.
    let cloud = fake_cloud(Arc::new(|_| "[]".into()));
    let u = user_of(&cloud.url);
    let empty = u
        .run(&["temppwd", "list", "-d", "W1", "--json"])
        .ok()
        .stdout;
    let tree = u
        .run(&["temppwd", "list", "-d", "W1", "--jq", "."])
        .ok()
        .stdout;
    assert_eq!(empty, tree);
    assert_eq!(empty.trim(), "[]");
}

#[test]
fn pages_that_claim_more_than_they_hold_end_the_listing() {
    // Wi-Fi: every page says there is more and a billion records; the data ends at 120.
    let cloud = fake_cloud(Arc::new(|pd| {
        let offset = pd["offset"].as_i64().unwrap_or(0);
        let n = (120 - offset).clamp(0, 50);
        format!(
            "{{\"datas\":{},\"hasNext\":true,\"totalCount\":1000000000}}",
            records(offset, n)
        )
    }));
    let u = user_of(&cloud.url);
    let r = u
        .run(&["history", "list", "-d", "W1", "--all", "--format", "ndjson"])
        .fails(1);
    assert_eq!(r.stdout.lines().count(), 120);
    assert!(r.stderr.contains("export incomplete"), "{}", r.stderr);
    let sent = cloud.served();
    // Three pages hold the records; at most one window (8) of speculative pages past them.
    assert!(sent <= 3 + 8, "{sent} requests for 120 records");

    // Bluetooth: no total; a cloud that keeps sending empty pages (or ignores the offset) is
    // stopped at once.
    let cloud = fake_cloud(Arc::new(|pd| {
        let offset = pd["offset"].as_i64().unwrap_or(0);
        records(offset, (120 - offset).clamp(0, 50))
    }));
    let u = user_of(&cloud.url);
    let r = u
        .run(&["history", "list", "-d", "B1", "--all", "--format", "ndjson"])
        .ok();
    assert_eq!(r.stdout.lines().count(), 120);
    let sent = cloud.served();
    assert!(sent <= 3 + 8, "{sent} requests for 120 records");
    let cloud = fake_cloud(Arc::new(|_| records(0, 50)));
    let u = user_of(&cloud.url);
    let r = u
        .run(&["history", "list", "-d", "B1", "--all", "--format", "ndjson"])
        .fails(1);
    assert!(r.stderr.contains("same page"), "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 50);
    assert!(cloud.served() <= 2 + 8);
}

#[test]
fn a_home_list_of_absurd_length_costs_one_request() {
    // Every action answers the same list of 5,000 "homes": one request per home would be 5,000.
    let homes: Vec<String> = (0..5000)
        .map(|i| format!("{{\"groupId\":{i},\"name\":\"h{i}\"}}"))
        .collect();
    let list = format!("[{}]", homes.join(","));
    let cloud = fake_cloud(Arc::new(move |_| list.clone()));
    let u = user_of(&cloud.url);
    let r = u.run(&["device", "list"]).fails(1);
    assert!(r.stderr.contains("5000 homes"), "{}", r.stderr);
    assert_eq!(cloud.served(), 1);
}

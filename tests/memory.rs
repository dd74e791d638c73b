//! Memory and request bounds against a cloud that lies: answers over the cap, pages that claim
//! more (`hasNext`, `totalCount`) than they hold. A tiny fake cloud answers each request from a
//! function of its postData and counts the requests.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use common::*;
use serde_json::Value;

type Answer = Arc<dyn Fn(&Value) -> String + Send + Sync>;

/// A fake cloud answering `{"success":true,"result":<answer(postData)>}`; returns its URL and
/// the count of requests it served.
fn fake_cloud(answer: Answer) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let count = Arc::new(AtomicUsize::new(0));
    let served = count.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let (answer, served) = (answer.clone(), served.clone());
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut len = 0usize;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                        len = v.trim().parse().unwrap_or(0);
                    }
                    if line == "\r\n" {
                        break;
                    }
                }
                let mut body = vec![0u8; len];
                let _ = reader.read_exact(&mut body);
                let post: Value = url::form_urlencoded::parse(&body)
                    .find(|(k, _)| k == "postData")
                    .and_then(|(_, v)| serde_json::from_str(&v).ok())
                    .unwrap_or(Value::Null);
                served.fetch_add(1, Ordering::SeqCst);
                let answer = format!(
                    "{{\"success\":true,\"status\":\"ok\",\"t\":1,\"result\":{}}}",
                    answer(&post)
                );
                let _ = write!(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", answer.len());
                let _ = stream.write_all(answer.as_bytes());
            });
        }
    });
    (url, count)
}

/// A user logged in to the fake cloud, with a Wi-Fi lock `W1` and a Bluetooth lock `B1`.
fn user_of(url: &str) -> User {
    let u = User::new();
    std::fs::create_dir_all(u.config_dir()).unwrap();
    std::fs::write(u.config_dir().join("config.toml"), format!("current = \"x\"\n[profiles.x]\nendpoint = \"{url}\"\nclient_id = \"c\"\nsign = \"md5\"\n")).unwrap();
    std::fs::write(
        u.config_dir().join("credentials.toml"),
        format!("[profiles.x]\napp_secret = \"s\"\ndevice_id = \"d\"\n[profiles.x.session]\nsid = \"sid\"\nuid = \"u\"\nmobile_api_url = \"{url}\"\n"),
    )
    .unwrap();
    // Two fresh cached locks, named W1 and B1, so verbs reach the fake cloud without a lookup.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let lock = |id: &str, name: &str, kind: &str| {
        format!("[[profiles.x.devices]]\nid = \"{id}\"\nname = \"{name}\"\nkind = \"{kind}\"\nis_lock = true\nlocal_key = \"0123456789abcdef\"\ntime_zone = \"UTC\"\nseen_at = {now}\n")
    };
    std::fs::create_dir_all(u.dir.path().join("data")).unwrap();
    std::fs::write(
        u.dir.path().join("data/cache.toml"),
        format!(
            "[profiles.x]\nlisted_at = {now}\n{}{}",
            lock("memory0000000w01", "W1", "wifi"),
            lock("memory0000000b01", "B1", "ble")
        ),
    )
    .unwrap();
    u
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
    let (url, _) = fake_cloud(Arc::new(move |_| b.to_string()));
    let u = user_of(&url);
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
    let (small, _) = fake_cloud(Arc::new(|_| temp_list(2_000)));
    let u = user_of(&small);
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
    let (url, _) = fake_cloud(Arc::new(|_| temp_list(3)));
    let u = user_of(&url);
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
    let (url, _) = fake_cloud(Arc::new(move |_| answer.clone()));
    let u = user_of(&url);
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
    let (url, _) = fake_cloud(Arc::new(|_| "[]".into()));
    let u = user_of(&url);
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
    let (url, count) = fake_cloud(Arc::new(|pd| {
        let offset = pd["offset"].as_i64().unwrap_or(0);
        let n = (120 - offset).clamp(0, 50);
        format!(
            "{{\"datas\":{},\"hasNext\":true,\"totalCount\":1000000000}}",
            records(offset, n)
        )
    }));
    let u = user_of(&url);
    let r = u
        .run(&["history", "list", "-d", "W1", "--all", "--format", "ndjson"])
        .fails(1);
    assert_eq!(r.stdout.lines().count(), 120);
    assert!(r.stderr.contains("export incomplete"), "{}", r.stderr);
    let sent = count.load(Ordering::SeqCst);
    // Three pages hold the records; at most one window (8) of speculative pages past them.
    assert!(sent <= 3 + 8, "{sent} requests for 120 records");

    // Bluetooth: no total; a cloud that keeps sending empty pages (or ignores the offset) is
    // stopped at once.
    let (url, count) = fake_cloud(Arc::new(|pd| {
        let offset = pd["offset"].as_i64().unwrap_or(0);
        records(offset, (120 - offset).clamp(0, 50))
    }));
    let u = user_of(&url);
    let r = u
        .run(&["history", "list", "-d", "B1", "--all", "--format", "ndjson"])
        .ok();
    assert_eq!(r.stdout.lines().count(), 120);
    let sent = count.load(Ordering::SeqCst);
    assert!(sent <= 3 + 8, "{sent} requests for 120 records");
    let (url, count) = fake_cloud(Arc::new(|_| records(0, 50)));
    let u = user_of(&url);
    let r = u
        .run(&["history", "list", "-d", "B1", "--all", "--format", "ndjson"])
        .fails(1);
    assert!(r.stderr.contains("same page"), "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 50);
    assert!(count.load(Ordering::SeqCst) <= 2 + 8);
}

#[test]
fn a_home_list_of_absurd_length_costs_one_request() {
    // Every action answers the same list of 5,000 "homes": one request per home would be 5,000.
    let homes: Vec<String> = (0..5000)
        .map(|i| format!("{{\"groupId\":{i},\"name\":\"h{i}\"}}"))
        .collect();
    let list = format!("[{}]", homes.join(","));
    let (url, served) = fake_cloud(Arc::new(move |_| list.clone()));
    let u = user_of(&url);
    let r = u.run(&["device", "list"]).fails(1);
    assert!(r.stderr.contains("5000 homes"), "{}", r.stderr);
    assert_eq!(served.load(Ordering::SeqCst), 1);
}

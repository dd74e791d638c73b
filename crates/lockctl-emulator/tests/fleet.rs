//! Fleets and load: `Config::tuning` (and `serve --fleet --throttle --latency
//! --delivery-delay`), the control API under `/_emulator/locks/`, `delivery`, `throttle` and
//! `latency`, and the gateway's throttling answer.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{body_of, spawn_serve, start, status_of};
use lockctl_emulator::server::{ThrottleSettings, Tuning};
use lockctl_emulator::Config;
use serde_json::Value;

/// One HTTP/1.0 request; the status code and the body as JSON (Null when it is not JSON).
fn call(addr: SocketAddr, method: &str, path: &str, body: &str) -> (u16, Value) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(s, "{method} {path} HTTP/1.0\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    (
        status_of(&out),
        serde_json::from_str(body_of(&out)).unwrap_or(Value::Null),
    )
}

fn post(addr: SocketAddr, path: &str, body: &str) -> (u16, Value) {
    call(addr, "POST", path, body)
}

fn tuned(t: Tuning) -> SocketAddr {
    start(Config {
        tuning: t,
        ..Config::default()
    })
}

#[test]
fn a_fleet_of_two_thousand_locks_with_documented_ids() {
    let t0 = Instant::now();
    let addr = tuned(Tuning {
        fleet: 2000,
        ..Tuning::default()
    });
    assert!(t0.elapsed() < Duration::from_secs(5), "{:?}", t0.elapsed());
    let (code, first) = call(addr, "GET", "/_emulator/locks/bf00fl00wifi00000001", "");
    assert_eq!(code, 200, "{first}");
    assert_eq!(first["name"], "Fleet 0001");
    assert_eq!(first["online"], true);
    assert_eq!(first["deliveries"], serde_json::json!([]));
    // 2000 % 3 == 2: Bluetooth.
    let (code, last) = call(addr, "GET", "/_emulator/locks/bf00fl000ble00002000", "");
    assert_eq!((code, last["name"].as_str()), (200, Some("Fleet 2000")));
    let (code, none) = call(addr, "GET", "/_emulator/locks/bf00flzigbee00002001", "");
    assert_eq!((code, none["error"].as_str()), (400, Some("no such lock")));
}

#[test]
fn locks_go_offline_and_refuse_through_the_control_api() {
    let addr = tuned(Tuning {
        fleet: 3,
        delivery_delay: 5,
        ..Tuning::default()
    });
    let lock = "/_emulator/locks/bf00flzigbee00000003";
    let (code, v) = post(addr, &format!("{lock}/online"), r#"{"online":false}"#);
    assert_eq!((code, &v["online"]), (200, &Value::Bool(false)), "{v}");
    let (code, v) = post(
        addr,
        &format!("{lock}/refuse"),
        r#"{"tempPasswordSlots":2}"#,
    );
    assert_eq!(code, 200, "{v}");
    assert_eq!(v["refusal"]["tempPasswordSlots"], 2);
    assert_eq!(v["refusal"]["all"], false);
    // The demo locks are there too, and the legacy `lock` operation goes through the same path.
    let (code, _) = post(
        addr,
        "/_emulator/lock",
        r#"{"devId":"bf00demo0000wifi0001","online":false}"#,
    );
    assert_eq!(code, 200);
    let (_, v) = call(addr, "GET", "/_emulator/locks/bf00demo0000wifi0001", "");
    assert_eq!(v["online"], false);
    // The configured delay, then a new one.
    let (_, v) = post(addr, "/_emulator/delivery", "{}");
    assert_eq!(v["delay"], 5);
    let (_, v) = post(addr, "/_emulator/delivery", r#"{"delay":60}"#);
    assert_eq!(v["delay"], 60);
    // Refused input.
    for (path, body) in [
        (format!("{lock}/online"), "{}"),
        (format!("{lock}/online"), r#"{"online":"no"}"#),
        (format!("{lock}/refuse"), r#"{"tempPasswordSlots":-1}"#),
        (format!("{lock}/refuse"), "[1]"),
        (format!("{lock}/explode"), "{}"),
        ("/_emulator/locks/nope/online".into(), r#"{"online":true}"#),
        ("/_emulator/delivery".into(), r#"{"delay":-1}"#),
        ("/_emulator/delivery".into(), r#"{"delay":86401}"#),
        ("/_emulator/throttle".into(), r#"{"rate":-1}"#),
        ("/_emulator/throttle".into(), r#"{"rate":5,"burst":0}"#),
        ("/_emulator/latency".into(), r#"{"ms":600001}"#),
        ("/_emulator/latency".into(), "not json"),
    ] {
        let (code, v) = post(addr, &path, body);
        assert_eq!(code, 400, "{path} {body}: {v}");
        assert!(v["error"].is_string(), "{path} {body}: {v}");
    }
    // Reset returns to the configured settings (delay 5, every lock online, no refusal).
    post(addr, "/_emulator/reset", "{}");
    let (_, v) = post(addr, "/_emulator/delivery", "{}");
    assert_eq!(v["delay"], 5);
    let (_, v) = call(addr, "GET", lock, "");
    assert_eq!(
        (&v["online"], &v["refusal"]["tempPasswordSlots"]),
        (&Value::Bool(true), &Value::Null)
    );
}

/// A gateway request from app key `client` (unsigned: the answer is an error either way, but
/// every request counts against the rate).
fn gateway(addr: SocketAddr, client: &str) -> String {
    let (_, v) = call(
        addr,
        "GET",
        &format!("/api.json?a=tuya.m.location.list&v=1.0&clientId={client}&time=1&sign=x"),
        "",
    );
    v["errorCode"].as_str().unwrap_or("").to_string()
}

#[test]
fn above_the_rate_the_gateway_answers_request_too_frequently() {
    let addr = tuned(Tuning {
        throttle: ThrottleSettings::new(0.001, Some(2.0)).unwrap(),
        ..Tuning::default()
    });
    assert_eq!(gateway(addr, "a"), "ILLEGAL_CLIENT_ID");
    assert_eq!(gateway(addr, "a"), "ILLEGAL_CLIENT_ID");
    assert_eq!(gateway(addr, "a"), "REQUEST_TOO_FREQUENTLY");
    // Another session (here: app key) has its own bucket.
    assert_eq!(gateway(addr, "b"), "ILLEGAL_CLIENT_ID");
    let (_, v) = post(addr, "/_emulator/throttle", "{}");
    assert_eq!(
        (
            v["rate"].as_f64(),
            v["burst"].as_f64(),
            v["refused"].as_u64()
        ),
        (Some(0.001), Some(2.0), Some(1))
    );
    let (_, journal) = call(addr, "GET", "/_emulator/journal", "");
    let outcomes: Vec<&str> = journal
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(
        outcomes,
        [
            "ILLEGAL_CLIENT_ID",
            "ILLEGAL_CLIENT_ID",
            "REQUEST_TOO_FREQUENTLY",
            "ILLEGAL_CLIENT_ID"
        ]
    );
    // Off, then a new setting with full buckets.
    post(addr, "/_emulator/throttle", r#"{"rate":0}"#);
    assert!((0..5).all(|_| gateway(addr, "a") == "ILLEGAL_CLIENT_ID"));
    post(addr, "/_emulator/throttle", r#"{"rate":0.001,"burst":1}"#);
    assert_eq!(gateway(addr, "a"), "ILLEGAL_CLIENT_ID");
    assert_eq!(gateway(addr, "a"), "REQUEST_TOO_FREQUENTLY");
}

/// A gateway request naming lock `dev` (unsigned: it fails at the signature unless the lock's
/// injected failure answers first).
fn naming(addr: SocketAddr, dev: &str) -> String {
    let post_data = format!("%7B%22devId%22%3A%22{dev}%22%7D");
    let (_, v) = call(
        addr,
        "GET",
        &format!(
            "/api.json?a=tuya.m.device.get&v=1.0&clientId=x&time=1&sign=x&postData={post_data}"
        ),
        "",
    );
    v["errorCode"].as_str().unwrap_or("").to_string()
}

#[test]
fn one_lock_fails_and_another_comes_back_by_itself() {
    let addr = tuned(Tuning {
        fleet: 3,
        ..Tuning::default()
    });
    let (f1, f2) = ("bf00fl00wifi00000001", "bf00fl000ble00000002");
    let (code, v) = post(
        addr,
        &format!("/_emulator/locks/{f1}/fail"),
        r#"{"code":"SYSTEM_ERROR","times":2}"#,
    );
    assert_eq!(
        (code, &v["fail"]["code"]),
        (200, &Value::from("SYSTEM_ERROR")),
        "{v}"
    );
    assert_eq!(naming(addr, f2), "ILLEGAL_CLIENT_ID");
    assert_eq!(naming(addr, f1), "SYSTEM_ERROR");
    assert_eq!(naming(addr, f1), "SYSTEM_ERROR");
    assert_eq!(naming(addr, f1), "ILLEGAL_CLIENT_ID");
    // Until cleared.
    post(
        addr,
        &format!("/_emulator/locks/{f1}/fail"),
        r#"{"code":"DEVICE_OFFLINE","message":"gone"}"#,
    );
    assert!((0..3).all(|_| naming(addr, f1) == "DEVICE_OFFLINE"));
    let (_, v) = post(addr, &format!("/_emulator/locks/{f1}/fail"), "{}");
    assert_eq!(v["fail"], Value::Null);
    assert_eq!(naming(addr, f1), "ILLEGAL_CLIENT_ID");
    for bad in [
        r#"{"code":"NOPE"}"#,
        r#"{"code":1}"#,
        r#"{"code":"SYSTEM_ERROR","times":-1}"#,
    ] {
        let (code, _) = post(addr, &format!("/_emulator/locks/{f1}/fail"), bad);
        assert_eq!(code, 400, "{bad}");
    }
    // Offline for two requests, online at the third.
    let (_, v) = post(
        addr,
        &format!("/_emulator/locks/{f2}/online"),
        r#"{"online":false,"backAfter":2}"#,
    );
    assert_eq!(
        (&v["online"], &v["backAfter"]),
        (&Value::Bool(false), &Value::from(2))
    );
    let online = || call(addr, "GET", &format!("/_emulator/locks/{f2}"), "").1["online"].clone();
    naming(addr, f2);
    naming(addr, f2);
    assert_eq!(online(), false);
    naming(addr, f2);
    assert_eq!(online(), true);
    let (code, _) = post(
        addr,
        &format!("/_emulator/locks/{f2}/online"),
        r#"{"online":true,"backAfter":2}"#,
    );
    assert_eq!(code, 400);
}

#[test]
fn latency_is_set_alone() {
    let addr = tuned(Tuning {
        latency_ms: 1,
        ..Tuning::default()
    });
    post(addr, "/_emulator/faults", r#"{"error_every": 1000}"#);
    let (code, v) = post(addr, "/_emulator/latency", r#"{"ms": 0}"#);
    assert_eq!((code, v["ms"].as_u64()), (200, Some(0)));
    let (_, state) = call(addr, "GET", "/_emulator/state", "");
    assert_eq!(state["faults"]["latency_ms"], 0);
    assert_eq!(state["faults"]["error_every"], 1000);
    post(addr, "/_emulator/reset", "{}");
    let (_, state) = call(addr, "GET", "/_emulator/state", "");
    assert_eq!(state["faults"]["latency_ms"], 1);
    assert_eq!(state["faults"]["error_every"], 0);
}

#[test]
fn serve_takes_the_fleet_flags_and_refuses_bad_ones() {
    let bin = env!("CARGO_BIN_EXE_lockctl-emulator");
    let (mut child, url) = spawn_serve(&[
        "serve",
        "--fleet",
        "2000",
        "--throttle",
        "20",
        "--latency",
        "0",
        "--delivery-delay",
        "5",
    ]);
    let addr: SocketAddr = url.trim_start_matches("http://").parse().unwrap();
    let (_, v) = call(addr, "GET", "/_emulator/locks/bf00fl000ble00002000", "");
    let (_, t) = post(addr, "/_emulator/throttle", "{}");
    let (_, d) = post(addr, "/_emulator/delivery", "{}");
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(v["name"], "Fleet 2000");
    assert_eq!(
        (t["rate"].as_f64(), t["burst"].as_f64()),
        (Some(20.0), Some(20.0))
    );
    assert_eq!(d["delay"], 5);
    for bad in [
        ["--fleet", "10000"],
        ["--throttle", "-1"],
        ["--throttle", "fast"],
        ["--latency", "600001"],
        ["--delivery-delay", "-5"],
    ] {
        let out = Command::new(bin)
            .arg("serve")
            .args(bad)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(out.stdout.is_empty(), "{bad:?}");
    }
}

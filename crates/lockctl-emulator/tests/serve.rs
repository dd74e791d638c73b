//! The `lockctl-emulator serve` binary: first line of stdout is its URL, it answers GET with the
//! parameters in the query string, and `--state` survives a restart.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Child;

use common::spawn_serve;

fn serve(state: &std::path::Path) -> (Child, String) {
    let state = state.to_str().unwrap();
    spawn_serve(&["serve", "--addr", "127.0.0.1:0", "--state", state])
}

fn http(url: &str, method: &str, path: &str, body: &str) -> String {
    let addr = url.trim_start_matches("http://");
    let mut s = TcpStream::connect(addr).unwrap();
    // HTTP/1.0: streamed answers (the state dump) come unchunked, up to the close.
    write!(s, "{method} {path} HTTP/1.0\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out.split("\r\n\r\n").nth(1).unwrap_or("").to_string()
}

#[test]
fn serves_prints_its_url_and_keeps_state() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("cloud.json");
    let (mut child, url) = serve(&state);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    // GET with everything in the query string; `+` is a space in the merged parameters.
    let body = http(
        &url,
        "GET",
        "/api.json?a=tuya.m.location.list&v=1.0&clientId=nobody+here&time=1&sign=x",
        "",
    );
    let v: serde_json::Value =
        serde_json::from_str(body.trim()).unwrap_or_else(|e| panic!("{e}: {body}"));
    assert_eq!(v["success"], false);
    assert_eq!(v["errorCode"], "ILLEGAL_CLIENT_ID");
    assert_eq!(v["status"], "error");
    assert!(v["t"].as_i64().unwrap() > 1_700_000_000_000);
    // A change through the control API is on disk...
    let r = http(
        &url,
        "POST",
        "/_emulator/lock",
        r#"{"devId":"bf00demo00000ble0001","remoteUnlock":false}"#,
    );
    assert!(r.contains("\"ok\":true"), "{r}");
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    let ble = saved["locks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["dev_id"] == "bf00demo00000ble0001")
        .unwrap()
        .clone();
    assert_eq!(ble["remote_unlock_allowed"], false);
    child.kill().unwrap();
    let _ = child.wait();
    // ...and back after a restart.
    let (mut child, url) = serve(&state);
    let dump = http(&url, "GET", "/_emulator/state", "");
    let v: serde_json::Value = serde_json::from_str(dump.trim()).unwrap();
    let ble = v["world"]["locks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["dev_id"] == "bf00demo00000ble0001")
        .unwrap()
        .clone();
    assert_eq!(ble["remote_unlock_allowed"], false);
    let bad = http(&url, "POST", "/_emulator/nope", "{}");
    assert!(bad.contains("unknown control operation"));
    child.kill().unwrap();
    let _ = child.wait();
}

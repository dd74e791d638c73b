//! The emulator's OpenAPI face driven with raw signed HTTP requests. The signer here is the
//! test's own, checked against Tuya's published token example; it shares no code with the
//! emulator's check or with lockctl's client.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use lockctl_emulator::openapi::Project;
use lockctl_emulator::Config;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

const ID: &str = lockctl_emulator::DEMO_ACCESS_ID;
const SECRET: &str = lockctl_emulator::DEMO_ACCESS_SECRET;
const WIFI: &str = "bf00demo0000wifi0001";
const BLE: &str = "bf00demo00000ble0001";
const ZIGBEE: &str = "bf00demo000zigbee001";

/// An emulator in a thread of its own; its address.
fn start(cfg: Config) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let r = lockctl_emulator::start(cfg).await.unwrap();
            tx.send(r.addr).unwrap();
            std::future::pending::<()>().await;
        });
    });
    rx.recv_timeout(Duration::from_secs(10)).unwrap()
}

fn emulator() -> SocketAddr {
    start(Config {
        projects: vec![Project::parse(
            "nolockproject0000001:nolockprojectsecret0000000000001:no-lock",
        )
        .unwrap()],
        ..Config::default()
    })
}

/// Send a raw request; the status code and the body.
fn raw(addr: SocketAddr, request: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    let out = String::from_utf8_lossy(&out).into_owned();
    let status = out
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = out.split_once("\r\n\r\n").map_or("", |b| b.1).to_string();
    (status, body)
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

/// The test's signer: `HMAC-SHA256(secret, client_id + token + t + nonce + stringToSign)`,
/// upper-case hex; `stringToSign = METHOD\nSHA256(body)\nHEADERS\nPATH[?sorted query]`.
#[allow(clippy::too_many_arguments)]
fn sign(
    secret: &str,
    client_id: &str,
    token: &str,
    t: &str,
    nonce: &str,
    method: &str,
    headers: &str,
    url_sorted: &str,
    body: &str,
) -> String {
    let hash = hex::encode(Sha256::digest(body.as_bytes()));
    let sts = format!("{method}\n{hash}\n{headers}\n{url_sorted}");
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{client_id}{token}{t}{nonce}{sts}").as_bytes());
    hex::encode_upper(mac.finalize().into_bytes())
}

#[test]
fn test_signer_reproduces_the_published_vector() {
    let s = sign(
        "4OHBOnWOqaEC1mWXOpVL3yV50s0qGSRC",
        "1KAD46OrT9HafiKdsXeg",
        "",
        "1588925778000",
        "5138cc3a9033d69856923fd07b491173",
        "GET",
        "area_id:29a33e8796834b1efa6\ncall_id:8afdb70ab2ed11eb85290242ac130003\n",
        "/v1.0/token?grant_type=1",
        "",
    );
    assert_eq!(
        s,
        "9E48A3E93B302EEECC803C7241985D0A34EB944F40FB573C7B5C2A82158AF13E"
    );
}

/// Percent-encode a query value for the wire.
fn enc(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A project's client: signs every call, fetches its token first.
struct Cloud {
    addr: SocketAddr,
    id: String,
    secret: String,
    token: String,
    /// Added to `t` (a client clock that is off).
    skew_ms: i64,
}

impl Cloud {
    fn new(addr: SocketAddr) -> Cloud {
        Cloud::of(addr, ID, SECRET)
    }

    fn of(addr: SocketAddr, id: &str, secret: &str) -> Cloud {
        let mut c = Cloud {
            addr,
            id: id.into(),
            secret: secret.into(),
            token: String::new(),
            skew_ms: 0,
        };
        let r = c.call("GET", "/v1.0/token", &[("grant_type", "1")], "");
        assert_eq!(r["success"], true, "{r}");
        c.token = r["result"]["access_token"].as_str().unwrap().to_string();
        c
    }

    /// A signed request with a nonce; the raw envelope.
    fn call(&self, method: &str, path: &str, query: &[(&str, &str)], body: &str) -> Value {
        self.call_with(method, path, query, body, |_| {})
    }

    fn call_with(
        &self,
        method: &str,
        path: &str,
        query: &[(&str, &str)],
        body: &str,
        tamper: impl FnOnce(&mut Vec<(String, String)>),
    ) -> Value {
        let t = (now_ms() + self.skew_ms).to_string();
        let nonce = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
        let mut sorted: Vec<&(&str, &str)> = query.iter().collect();
        sorted.sort_by_key(|p| p.0);
        let join = |vals: &dyn Fn(&str) -> String, q: &[&(&str, &str)]| {
            q.iter()
                .map(|(k, v)| format!("{k}={}", vals(v)))
                .collect::<Vec<_>>()
                .join("&")
        };
        let url = |q: String| {
            if q.is_empty() {
                path.to_string()
            } else {
                format!("{path}?{q}")
            }
        };
        let signed_url = url(join(&|v| v.to_string(), &sorted));
        let wire_url = url(join(&enc, &query.iter().collect::<Vec<_>>()));
        let token = if path.starts_with("/v1.0/token") {
            ""
        } else {
            &self.token
        };
        let sig = sign(
            &self.secret,
            &self.id,
            token,
            &t,
            nonce,
            method,
            "",
            &signed_url,
            body,
        );
        let mut headers: Vec<(String, String)> = vec![
            ("client_id".into(), self.id.clone()),
            ("t".into(), t),
            ("sign_method".into(), "HMAC-SHA256".into()),
            ("sign".into(), sig),
            ("nonce".into(), nonce.into()),
            ("access_token".into(), token.into()),
        ];
        tamper(&mut headers);
        let head: String = headers
            .iter()
            .map(|(k, v)| format!("{k}: {v}\r\n"))
            .collect();
        let (status, text) = raw(
            self.addr,
            &format!(
                "{method} {wire_url} HTTP/1.1\r\nHost: {}\r\n{head}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                self.addr,
                body.len()
            ),
        );
        assert_eq!(status, 200, "{text}");
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
    }

    /// A call that must succeed; its result.
    fn ok(&self, method: &str, path: &str, query: &[(&str, &str)], body: &str) -> Value {
        let r = self.call(method, path, query, body);
        assert_eq!(r["success"], true, "{method} {path}: {r}");
        r["result"].clone()
    }

    /// A call that must fail; its code.
    fn code(&self, method: &str, path: &str, query: &[(&str, &str)], body: &str) -> i64 {
        let r = self.call(method, path, query, body);
        assert_eq!(r["success"], false, "{method} {path}: {r}");
        assert!(r["msg"].as_str().is_some_and(|m| !m.is_empty()), "{r}");
        r["code"].as_i64().unwrap()
    }
}

fn control(addr: SocketAddr, op: &str, body: Value) -> Value {
    let body = body.to_string();
    let (status, text) = raw(
        addr,
        &format!(
            "POST /_emulator/{op} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    );
    assert_eq!(status, 200, "{text}");
    serde_json::from_str(&text).unwrap()
}

fn journal(addr: SocketAddr) -> Vec<Value> {
    let (_, text) = raw(
        addr,
        &format!("GET /_emulator/journal HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"),
    );
    serde_json::from_str::<Vec<Value>>(&text).unwrap()
}

#[test]
fn token_then_signed_device_list() {
    let addr = emulator();
    let c = Cloud::new(addr);
    let tok = c.ok("GET", "/v1.0/token", &[("grant_type", "1")], "");
    assert_eq!(
        tok["access_token"],
        c.token.as_str(),
        "the live token again"
    );
    assert!(tok["expire_time"].as_i64().unwrap() > 7000);
    assert!(!tok["uid"].as_str().unwrap().is_empty());
    let r = c.ok(
        "GET",
        "/v1.0/iot-01/associated-users/devices",
        &[("size", "2")],
        "",
    );
    assert_eq!(r["total"], 4);
    assert_eq!(r["has_more"], true);
    let ids: Vec<&str> = r["devices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [WIFI, BLE]);
    let wifi = &r["devices"][0];
    assert_eq!(wifi["name"], "Front Door");
    assert_eq!(wifi["sub"], false);
    assert_eq!(r["devices"][1]["sub"], true);
    let tz = wifi["time_zone"].as_str().unwrap();
    assert!(tz == "+01:00" || tz == "+02:00", "{tz}");
    let key = r["last_row_key"].as_str().unwrap();
    let r2 = c.ok(
        "GET",
        "/v1.0/iot-01/associated-users/devices",
        &[("size", "2"), ("last_row_key", key)],
        "",
    );
    assert_eq!(r2["devices"][0]["id"], ZIGBEE);
    assert_eq!(r2["has_more"], false);
    // The same locks, one by one and by user; camelCase on the thing endpoints.
    assert_eq!(
        c.ok("GET", &format!("/v1.0/devices/{BLE}"), &[], "")["name"],
        "Back Door"
    );
    let thing = c.ok("GET", &format!("/v2.0/cloud/thing/{ZIGBEE}"), &[], "");
    assert_eq!(thing["isOnline"], true);
    assert_eq!(thing["timeZone"], tz);
    let mine = c.ok("GET", "/v1.0/users/eu1700000000demo0001/devices", &[], "");
    assert_eq!(mine.as_array().unwrap().len(), 3);
    let paged = c.ok(
        "GET",
        "/v1.3/iot-03/devices",
        &[
            ("source_type", "tuyaUser"),
            ("source_id", "eu1700000000other002"),
            ("page_size", "10"),
        ],
        "",
    );
    assert_eq!(paged["total"], 2, "its own lock and the shared Back Door");
    let status = c.ok("GET", &format!("/v1.0/devices/{WIFI}/status"), &[], "");
    assert!(status
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["code"] == "residual_electricity"));
    assert_eq!(
        c.code("GET", "/v1.0/devices/bf00nosuchdevice0001", &[], ""),
        2010
    );
    assert_eq!(c.code("GET", "/v1.0/nothing/here", &[], ""), 1108);
}

#[test]
fn bad_signatures_clocks_and_clients_are_refused_before_anything_runs() {
    let addr = emulator();
    let c = Cloud::new(addr);
    let path = "/v1.0/iot-01/associated-users/devices";
    let tamper_sign = |h: &mut Vec<(String, String)>| h[3].1 = "0".repeat(64);
    assert_eq!(c.call_with("GET", path, &[], "", tamper_sign)["code"], 1004);
    // A parameter changed after signing, a nonce changed, the token left out of the signature.
    let r = c.call_with("GET", path, &[("size", "2")], "", |h| {
        h[4].1 = "other".into()
    });
    assert_eq!(r["code"], 1004);
    let wrong = Cloud {
        secret: "lockctldemoaccesssecret000000002".into(),
        token: c.token.clone(),
        ..Cloud::new(addr)
    };
    assert_eq!(wrong.code("GET", path, &[], ""), 1004);
    let r = c.call_with("GET", path, &[], "", |h| {
        h[0].1 = "nosuchclient0000000x".into()
    });
    assert_eq!(r["code"], 1005);
    let r = c.call_with("GET", path, &[], "", |h| {
        h.remove(0);
    });
    assert_eq!(r["code"], 1105);
    // A clock ten minutes off: 1013, with the cloud's time in `t`.
    let off = Cloud {
        skew_ms: 600_000,
        token: c.token.clone(),
        ..Cloud::new(addr)
    };
    let r = off.call("GET", path, &[], "");
    assert_eq!(r["code"], 1013);
    assert!((r["t"].as_i64().unwrap() - now_ms()).abs() < 60_000);
    // A token that is not ours.
    let stranger = Cloud {
        token: "f".repeat(32),
        ..Cloud::new(addr)
    };
    assert_eq!(stranger.code("GET", path, &[], ""), 1011);
    let none = Cloud {
        token: String::new(),
        ..Cloud::new(addr)
    };
    assert_eq!(none.code("GET", path, &[], ""), 1002);
    // Every refusal is in the journal, none got to a lock.
    let j = journal(addr);
    assert!(j.iter().all(|e| e["version"] == "openapi"), "{j:?}");
}

#[test]
fn tokens_expire_and_refresh() {
    let addr = emulator();
    let mut c = Cloud::new(addr);
    let path = "/v1.0/iot-01/associated-users/devices";
    let first = c.ok("GET", "/v1.0/token", &[("grant_type", "1")], "");
    let refresh = first["refresh_token"].as_str().unwrap().to_string();
    let fresh = c.ok("GET", &format!("/v1.0/token/{refresh}"), &[], "");
    assert_ne!(fresh["access_token"], first["access_token"]);
    assert_eq!(c.code("GET", path, &[], ""), 1012, "the old token is dead");
    c.token = fresh["access_token"].as_str().unwrap().to_string();
    c.ok("GET", path, &[], "");
    assert_eq!(
        c.code("GET", &format!("/v1.0/token/{refresh}"), &[], ""),
        1011
    );
    // The control API's expire-sessions lets project tokens run out too.
    control(addr, "expire-sessions", json!({}));
    assert_eq!(c.code("GET", path, &[], ""), 1010);
    let again = c.ok("GET", "/v1.0/token", &[("grant_type", "1")], "");
    assert_ne!(again["access_token"], c.token.as_str());
}

#[test]
fn throttling_and_a_project_without_the_lock_service() {
    let addr = emulator();
    let c = Cloud::new(addr);
    control(addr, "faults", json!({ "rate_limit_next": 1 }));
    let path = "/v1.0/iot-01/associated-users/devices";
    assert_eq!(c.code("GET", path, &[], ""), 1110);
    c.ok("GET", path, &[], "");
    let p = Cloud::of(
        addr,
        "nolockproject0000001",
        "nolockprojectsecret0000000000001",
    );
    p.ok("GET", path, &[], "");
    assert_eq!(
        p.code(
            "GET",
            &format!("/v1.0/devices/{WIFI}/door-lock/dynamic-password"),
            &[],
            ""
        ),
        28841101
    );
}

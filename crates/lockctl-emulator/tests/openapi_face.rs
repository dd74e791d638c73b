//! The emulator's OpenAPI face driven with raw signed HTTP requests. The signer here is the
//! test's own, checked against Tuya's published token example; it shares no code with the
//! emulator's check or with lockctl's client.

mod common;

use std::io::Read;
use std::net::SocketAddr;

use common::{raw, start};
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

fn emulator() -> SocketAddr {
    start(Config {
        projects: vec![Project::parse(
            "nolockproject0000001:nolockprojectsecret0000000000001:no-lock",
        )
        .unwrap()],
        ..Config::default()
    })
}

/// The gateway's clock (signature times), which stays real when the lock clock is moved.
fn now_ms() -> i64 {
    common::real_now_ms()
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
    control(addr, "faults", json!({ "http_429_next": 1 }));
    let (status, _) = raw(
        addr,
        &format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"),
    );
    assert_eq!(status, 429);
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
    // Projects whose plan lapsed, whose quota is used up, or in another data centre: their
    // tokens work, their calls do not.
    for (flag, code) in [
        ("plan-expired", 28841002),
        ("quota-used", 28841004),
        ("other-region", 2007),
    ] {
        let id = format!("blocked{code:013}");
        let addr = start(Config {
            projects: vec![Project::parse(&format!("{id}:{SECRET}:{flag}")).unwrap()],
            ..Config::default()
        });
        let b = Cloud::of(addr, &id, SECRET);
        assert_eq!(b.code("GET", path, &[], ""), code, "{flag}");
    }
}

/// AES-ECB with PKCS#7 over 16-byte blocks, either way; the test's own.
fn aes_ecb(key: &[u8], data: &[u8], encrypt: bool) -> Vec<u8> {
    use aes::cipher::{generic_array::GenericArray, BlockDecrypt, BlockEncrypt, KeyInit};
    let mut buf = data.to_vec();
    if encrypt {
        let pad = 16 - buf.len() % 16;
        buf.extend(std::iter::repeat_n(pad as u8, pad));
    }
    for block in buf.chunks_mut(16) {
        let b = GenericArray::from_mut_slice(block);
        match (key.len(), encrypt) {
            (16, true) => aes::Aes128::new_from_slice(key).unwrap().encrypt_block(b),
            (16, false) => aes::Aes128::new_from_slice(key).unwrap().decrypt_block(b),
            (_, true) => aes::Aes256::new_from_slice(key).unwrap().encrypt_block(b),
            (_, false) => aes::Aes256::new_from_slice(key).unwrap().decrypt_block(b),
        }
    }
    if !encrypt {
        let pad = *buf.last().unwrap() as usize;
        buf.truncate(buf.len() - pad);
    }
    buf
}

#[test]
fn test_ticket_crypto_reproduces_the_vectors() {
    let secret = b"4OHBOnWOqaEC1mWXOpVL3yV50s0qGSRC";
    let key = aes_ecb(
        secret,
        &hex::decode("4F732EC57ABEC897A7413CE5C18882059173247C8D56147E406EBA159F6E577A").unwrap(),
        false,
    );
    assert_eq!(key, b"tk7Qp2Lw9Xs4Rm8v");
    assert_eq!(
        hex::encode(aes_ecb(&key, b"1357924", true)),
        "599ce0cb45bd927b639ff5293286b8e7"
    );
}

impl Cloud {
    /// A fresh ticket for `dev`: its id and decrypted key.
    fn ticket(&self, dev: &str) -> (String, Vec<u8>) {
        let t = self.ok(
            "POST",
            &format!("/v1.0/devices/{dev}/door-lock/password-ticket"),
            &[],
            "",
        );
        assert!(t["expire_time"].as_i64().unwrap() > 0);
        let enc = hex::decode(t["ticket_key"].as_str().unwrap()).unwrap();
        let key = aes_ecb(self.secret.as_bytes(), &enc, false);
        assert_eq!(key.len(), 16);
        (t["ticket_id"].as_str().unwrap().to_string(), key)
    }

    /// A create or modify body with `pin` encrypted under a fresh ticket, plus `extra`.
    fn pin_body(&self, dev: &str, pin: &str, extra: Value) -> String {
        let (ticket_id, key) = self.ticket(dev);
        let mut b = json!({
            "password": hex::encode(aes_ecb(&key, pin.as_bytes(), true)),
            "password_type": "ticket",
            "ticket_id": ticket_id,
        });
        for (k, v) in extra.as_object().unwrap() {
            b[k] = v.clone();
        }
        b.to_string()
    }
}

/// The lock clock in seconds (windows, records): moved with the suite's clock.
fn now_s() -> i64 {
    now_ms() / 1000 + common::shift_secs()
}

fn temp_path(dev: &str, rest: &str) -> String {
    format!("/v1.0/devices/{dev}/door-lock/temp-password{rest}")
}

#[test]
fn a_temp_password_made_here_opens_the_lock_of_the_other_face() {
    let addr = emulator();
    let c = Cloud::new(addr);
    let window = json!({ "name": "Courier", "effective_time": now_s() - 60, "invalid_time": now_s() + 3600 });
    let body = c.pin_body(WIFI, "7531642", window.clone());
    let id = c.ok("POST", &temp_path(WIFI, ""), &[], &body)["id"]
        .as_i64()
        .unwrap();
    let shown = c.ok("GET", &temp_path(WIFI, &format!("/{id}")), &[], "");
    assert_eq!(shown["name"], "Courier");
    assert_eq!(shown["phase"], 2);
    let listed = c.ok("GET", &temp_path(WIFI, "s"), &[("valid", "true")], "");
    assert!(listed.as_array().unwrap().iter().any(|p| p["id"] == id));
    // The world has it: the mobile face's lock opens with it.
    let r = control(addr, "keypad", json!({ "devId": WIFI, "pin": "7531642" }));
    assert_eq!(r["opened"], true, "{r}");
    assert_eq!(r["via"], "temporary password");
    // A 6-digit PIN on this 7-digit keypad, a used ticket, a long name: refused.
    let short = c.pin_body(WIFI, "123456", window.clone());
    assert_eq!(c.code("POST", &temp_path(WIFI, ""), &[], &short), 1109);
    assert_eq!(
        c.code("POST", &temp_path(WIFI, ""), &[], &short),
        1109,
        "ticket used up"
    );
    let long = c.pin_body(
        WIFI,
        "1234567",
        json!({ "name": "x".repeat(33), "effective_time": 1, "invalid_time": now_s() + 60 }),
    );
    assert_eq!(c.code("POST", &temp_path(WIFI, ""), &[], &long), 1109);
    // The unnamed v2.0 create needs no name.
    let unnamed = c.pin_body(
        ZIGBEE,
        "246810",
        json!({ "effective_time": now_s(), "invalid_time": now_s() + 60 }),
    );
    let path = format!("/v2.0/devices/{ZIGBEE}/door-lock/temp-password");
    assert!(c.ok("POST", &path, &[], &unnamed)["id"].as_i64().is_some());
}

#[test]
fn quirks_schedules_and_weekdays() {
    let addr = emulator();
    let c = Cloud::new(addr);
    let (from, to) = (now_s(), now_s() + 7 * 86400);
    let block = |days: i64, all_day: bool| json!({ "effective_time": 450, "invalid_time": 1020, "working_day": days, "all_day": all_day });
    // Two blocks: refused.
    let two = c.pin_body(
        ZIGBEE,
        "135790",
        json!({ "name": "Two", "effective_time": from, "invalid_time": to,
        "time_zone": "+01:00", "schedule_list": [block(2, false), block(4, false)] }),
    );
    assert_eq!(c.code("POST", &temp_path(ZIGBEE, ""), &[], &two), 1109);
    // Sunday and Monday (bits 0 and 1) read back as bits 6 and 5.
    let one = c.pin_body(
        ZIGBEE,
        "135790",
        json!({ "name": "One", "effective_time": from, "invalid_time": to,
        "time_zone": "+01:00", "schedule_list": [block(0b000_0011, false)] }),
    );
    let id = c.ok("POST", &temp_path(ZIGBEE, ""), &[], &one)["id"]
        .as_i64()
        .unwrap();
    let p = c.ok("GET", &temp_path(ZIGBEE, &format!("/{id}")), &[], "");
    assert_eq!(p["schedule_list"][0]["working_day"], 0b110_0000);
    assert_eq!(p["schedule_list"][0]["effective_time"], 450);
    // A schedule needs a time zone.
    let no_zone = json!({ "name": "All", "effective_time": from, "invalid_time": to,
        "schedule_list": [block(0b011_1110, true)] });
    let body = c.pin_body(ZIGBEE, "135791", no_zone);
    let code = c.code("POST", &temp_path(ZIGBEE, ""), &[], &body);
    assert_eq!(code, 1100);
    // all_day drops the daily window.
    let all = c.pin_body(
        ZIGBEE,
        "135791",
        json!({ "name": "All", "effective_time": from, "invalid_time": to,
        "time_zone": "+01:00", "schedule_list": [block(0b011_1110, true)] }),
    );
    let id = c.ok("POST", &temp_path(ZIGBEE, ""), &[], &all)["id"]
        .as_i64()
        .unwrap();
    let p = c.ok("GET", &temp_path(ZIGBEE, &format!("/{id}")), &[], "");
    assert_eq!(p["schedule_list"][0]["effective_time"], 0);
    assert_eq!(p["schedule_list"][0]["invalid_time"], 1440);
}

#[test]
fn quirks_deleted_listed_freeze_and_modify() {
    let addr = emulator();
    let c = Cloud::new(addr);
    let w =
        json!({ "name": "Guest", "effective_time": now_s() - 60, "invalid_time": now_s() + 3600 });
    let id = c.ok(
        "POST",
        &temp_path(ZIGBEE, ""),
        &[],
        &c.pin_body(ZIGBEE, "864200", w.clone()),
    )["id"]
        .as_i64()
        .unwrap();
    let pw = |rest: &str| format!("/v1.0/devices/{ZIGBEE}/door-lock/temp-passwords/{id}{rest}");
    // Modify without the PIN: refused; with it again: renamed.
    let no_pin = json!({ "name": "Renamed" }).to_string();
    assert_eq!(c.code("PUT", &pw("/modify-password"), &[], &no_pin), 1100);
    let again = c.pin_body(ZIGBEE, "864200", json!({ "name": "Renamed" }));
    assert_eq!(c.ok("PUT", &pw("/modify-password"), &[], &again), true);
    assert_eq!(
        c.ok("GET", &temp_path(ZIGBEE, &format!("/{id}")), &[], "")["name"],
        "Renamed"
    );
    // Frozen on Zigbee: phase 3 and the keypad refuses it; Wi-Fi locks cannot freeze.
    assert_eq!(c.ok("PUT", &pw("/freeze-password"), &[], ""), true);
    assert_eq!(
        c.ok("GET", &temp_path(ZIGBEE, &format!("/{id}")), &[], "")["phase"],
        3
    );
    let r = control(addr, "keypad", json!({ "devId": ZIGBEE, "pin": "864200" }));
    assert_eq!(r["opened"], false, "{r}");
    assert_eq!(c.ok("PUT", &pw("/unfreeze-password"), &[], ""), true);
    let r = control(addr, "keypad", json!({ "devId": ZIGBEE, "pin": "864200" }));
    assert_eq!(r["opened"], true, "{r}");
    let wifi_pw = c.ok("GET", &temp_path(WIFI, "s"), &[], "")[0]["id"]
        .as_i64()
        .unwrap();
    let freeze = format!("/v1.0/devices/{WIFI}/door-lock/temp-passwords/{wifi_pw}/freeze-password");
    assert_eq!(c.code("PUT", &freeze, &[], ""), 2004);
    // Deleted: still listed (phase 19) until its record is purged; the keypad refuses it.
    assert_eq!(c.ok("DELETE", &pw(""), &[], ""), true);
    let listed = c.ok("GET", &temp_path(ZIGBEE, "s"), &[], "");
    let gone = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id)
        .unwrap();
    assert_eq!(gone["phase"], 19);
    let valid = c.ok("GET", &temp_path(ZIGBEE, "s"), &[("valid", "true")], "");
    assert!(!valid.as_array().unwrap().iter().any(|p| p["id"] == id));
    let r = control(addr, "keypad", json!({ "devId": ZIGBEE, "pin": "864200" }));
    assert_eq!(r["opened"], false, "{r}");
    assert_eq!(c.ok("DELETE", &pw("/record"), &[], ""), true);
    let listed = c.ok("GET", &temp_path(ZIGBEE, "s"), &[], "");
    assert!(!listed.as_array().unwrap().iter().any(|p| p["id"] == id));
    assert_eq!(c.code("DELETE", &pw(""), &[], ""), 1109);
}

fn dev_path(dev: &str, rest: &str) -> String {
    format!("/v1.0/devices/{dev}{rest}")
}

#[test]
fn members_and_their_unlock_methods() {
    let addr = emulator();
    let c = Cloud::new(addr);
    let members = c.ok("GET", &dev_path(WIFI, "/users"), &[], "");
    assert!(members
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["nick_name"] == "Demo Owner"));
    let body = json!({ "nick_name": "Gardener", "sex": 1, "contact": "+49 30 1234" }).to_string();
    let id = c.ok("POST", &dev_path(WIFI, "/user"), &[], &body);
    let id = id.as_str().unwrap().to_string();
    let m = c.ok("GET", &dev_path(WIFI, &format!("/users/{id}")), &[], "");
    assert_eq!(
        (m["nick_name"].as_str(), m["contact"].as_str()),
        (Some("Gardener"), Some("+49 30 1234"))
    );
    let rename = json!({ "nick_name": "Head Gardener" }).to_string();
    assert_eq!(
        c.ok(
            "PUT",
            &dev_path(WIFI, &format!("/users/{id}")),
            &[],
            &rename
        ),
        true
    );
    // The world has it: the state dump (what the mobile face serves) names the member.
    let (_, dump) = raw(
        addr,
        &format!("GET /_emulator/state HTTP/1.0\r\nHost: {addr}\r\n\r\n"),
    );
    assert!(dump.contains("Head Gardener"));
    // It lists the projects, never their secrets.
    assert!(dump.contains(ID) && dump.contains("nolockproject0000001"));
    assert!(!dump.contains(SECRET) && !dump.contains("nolockprojectsecret"));
    // Lock users with their credentials; the owner is type 50.
    let users = c.ok(
        "GET",
        &format!("/v1.0/smart-lock/devices/{WIFI}/users"),
        &[("page_no", "1"), ("page_size", "2")],
        "",
    );
    assert!(users["total"].as_i64().unwrap() >= 5);
    assert_eq!(users["has_more"], true);
    let owner = &users["records"][0];
    assert_eq!(owner["user_type"], 50, "{owner}");
    let owner_id = owner["user_id"].as_str().unwrap().to_string();
    let ops = c.ok(
        "GET",
        &format!("/v1.0/smart-lock/devices/{WIFI}/opmodes/{owner_id}"),
        &[("page_no", "1"), ("page_size", "50")],
        "",
    );
    let n = ops["total"].as_i64().unwrap();
    assert!(n > 0, "{ops}");
    assert!(ops["records"][0]["dp_code"]
        .as_str()
        .unwrap()
        .starts_with("unlock_"));
    let keys = c.ok(
        "GET",
        &dev_path(
            WIFI,
            &format!("/door-lock/user-types/1/users/{owner_id}/assigned-keys"),
        ),
        &[],
        "",
    );
    assert_eq!(keys["unlock_keys"].as_array().unwrap().len() as i64, n);
    // Bluetooth locks do not serve lock users: the client falls back to device members.
    let ble = format!("/v1.0/smart-lock/devices/{BLE}/users");
    assert_eq!(c.code("GET", &ble, &[], ""), 2009);
    assert_eq!(
        c.ok("DELETE", &dev_path(WIFI, &format!("/users/{id}")), &[], ""),
        true
    );
    assert_eq!(
        c.code("GET", &dev_path(WIFI, &format!("/users/{id}")), &[], ""),
        2006
    );
}

#[test]
fn remote_unlock_with_a_ticket_lands_in_the_open_logs() {
    let addr = emulator();
    let c = Cloud::new(addr);
    let settings = c.ok(
        "GET",
        &dev_path(ZIGBEE, "/door-lock/remote-unlocks"),
        &[],
        "",
    );
    assert_eq!(settings[0]["remote_unlock_type"], "remoteUnlockWithoutPwd");
    assert_eq!(settings[0]["open"], true);
    let operate = format!("/v1.0/smart-lock/devices/{ZIGBEE}/password-free/door-operate");
    let (ticket, _) = c.ticket(ZIGBEE);
    let body = json!({ "ticket_id": ticket, "open": true }).to_string();
    assert_eq!(c.ok("POST", &operate, &[], &body), true);
    assert_eq!(
        c.code("POST", &operate, &[], &body),
        1109,
        "a ticket opens once"
    );
    let (_, end) = (0, (now_s() + 1) * 1000);
    let end = end.to_string();
    let logs = c.ok(
        "GET",
        &dev_path(ZIGBEE, "/door-lock/open-logs"),
        &[
            ("page_no", "1"),
            ("page_size", "5"),
            ("start_time", "0"),
            ("end_time", &end),
        ],
        "",
    );
    assert_eq!(logs["logs"][0]["status"]["code"], "unlock_app", "{logs}");
    assert!(logs["total"].as_i64().unwrap() > 5);
    assert_eq!(
        c.code(
            "GET",
            &dev_path(ZIGBEE, "/door-lock/open-logs"),
            &[("page_no", "1")],
            ""
        ),
        1100
    );
    // Switched off: refused.
    let off = json!({ "remote_unlock_type": "remoteUnlockWithoutPwd", "open": false }).to_string();
    assert_eq!(
        c.ok(
            "POST",
            &dev_path(ZIGBEE, "/door-lock/remote-unlock/config"),
            &[],
            &off
        ),
        true
    );
    let (ticket, _) = c.ticket(ZIGBEE);
    let body = json!({ "ticket_id": ticket }).to_string();
    assert_eq!(
        c.code(
            "POST",
            &dev_path(ZIGBEE, "/door-lock/password-free/open-door"),
            &[],
            &body
        ),
        2003
    );
    let alarms = c.ok(
        "GET",
        &dev_path(ZIGBEE, "/door-lock/alarm-logs"),
        &[("page_no", "1"), ("page_size", "3")],
        "",
    );
    assert!(alarms["total"].as_i64().unwrap() > 0, "{alarms}");
    let recs = c.ok(
        "GET",
        &dev_path(ZIGBEE, "/door-lock/records"),
        &[
            ("start_time", "0"),
            ("end_time", "0"),
            ("page_no", "1"),
            ("page_size", "10"),
        ],
        "",
    );
    let types: Vec<&str> = recs["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["record_type"].as_str().unwrap())
        .collect();
    assert_eq!(types.len(), 10);
    assert!(
        recs["total"].as_i64().unwrap() > logs["total"].as_i64().unwrap(),
        "alarms merged in"
    );
    let dynamic = c.ok(
        "GET",
        &dev_path(ZIGBEE, "/door-lock/dynamic-password"),
        &[],
        "",
    );
    assert_eq!(dynamic["dynamic_password"].as_str().unwrap().len(), 8);
}

#[test]
fn offline_passwords_names_limits_and_clear_codes() {
    let addr = emulator();
    let c = Cloud::new(addr);
    let path = format!("/v1.1/devices/{WIFI}/door-lock/offline-temp-password");
    let from = now_s() + 3600 + 125;
    let long = json!({ "type": "multiple", "name": "x".repeat(21), "effective_time": from, "invalid_time": from + 86400 });
    assert_eq!(c.code("POST", &path, &[], &long.to_string()), 1031);
    let multi = json!({ "type": "multiple", "name": "Cleaner", "effective_time": from, "invalid_time": from + 86400 });
    let m = c.ok("POST", &path, &[], &multi.to_string());
    assert_eq!(
        m["effective_time"].as_i64().unwrap() % 3600,
        0,
        "rounded to the hour"
    );
    assert_eq!(m["offline_temp_password"].as_str().unwrap().len(), 10);
    let clear = json!({ "type": "clear_one", "password_id": m["offline_temp_password_id"] });
    let cl = c.ok("POST", &path, &[], &clear.to_string());
    assert_ne!(cl["offline_temp_password"], m["offline_temp_password"]);
    // One-time and clear codes: about ten an hour, then 1067.
    let once = json!({ "type": "once", "name": "Plumber" }).to_string();
    let mut refused = None;
    for i in 0..12 {
        let r = c.call("POST", &path, &[], &once);
        if r["success"] == false {
            refused = Some((i, r["code"].clone()));
            break;
        }
    }
    let (i, code) = refused.expect("the hourly limit");
    assert_eq!(code, 1067);
    assert_eq!(i, 9, "the clear code counted too");
}

#[test]
fn serve_registers_projects_and_never_repeats_a_secret() {
    use std::io::BufRead;
    use std::process::{Command, Stdio};
    let bin = env!("CARGO_BIN_EXE_lockctl-emulator");
    for bad in [
        "myproject:tooshortsecret99",
        "myproject:0123456789abcdef0123456789abcdef:bogusflag",
        "0123456789abcdef0123456789abcdef",
    ] {
        let out = Command::new(bin)
            .args(["serve", "--addr", "127.0.0.1:0", "--project", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--project"), "{err}");
        for secret in ["tooshortsecret99", "0123456789abcdef0123456789abcdef"] {
            assert!(!err.contains(secret), "{err}");
        }
    }
    let secret = "0123456789abcdef0123456789abcdef";
    let mut child = Command::new(bin)
        .args(["serve", "--addr", "127.0.0.1:0", "--project"])
        .arg(format!("myproject00000000001:{secret}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr: SocketAddr = line.trim().trim_start_matches("http://").parse().unwrap();
    let c = Cloud::of(addr, "myproject00000000001", secret);
    let devices = c.ok("GET", "/v1.0/iot-01/associated-users/devices", &[], "");
    assert_eq!(devices["total"], 4);
    // The demo project is there too.
    Cloud::new(addr);
    child.kill().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let _ = child.wait();
    assert!(err.contains(ID), "{err}");
    assert!(!err.contains(secret) && !err.contains(SECRET), "{err}");
}

impl Cloud {
    /// A new temporary password on `dev` valid for the next hour; its id.
    fn new_password(&self, dev: &str, pin: &str, name: &str) -> i64 {
        let w =
            json!({ "name": name, "effective_time": now_s() - 60, "invalid_time": now_s() + 3600 });
        let body = self.pin_body(dev, pin, w);
        self.ok("POST", &temp_path(dev, ""), &[], &body)["id"]
            .as_i64()
            .unwrap()
    }

    /// One password as shown: `(phase, delivery_status)` (-1: no `delivery_status`).
    fn standing(&self, dev: &str, id: i64) -> (i64, i64) {
        let p = self.ok("GET", &temp_path(dev, &format!("/{id}")), &[], "");
        let listed = self.ok("GET", &temp_path(dev, "s"), &[], "");
        let same = listed.as_array().unwrap().iter().find(|q| q["id"] == id);
        assert_eq!(same, Some(&p), "list and show agree");
        let status = p.get("delivery_status").map_or(-1, |s| s.as_i64().unwrap());
        (p["phase"].as_i64().unwrap(), status)
    }
}

fn opens(addr: SocketAddr, dev: &str, pin: &str) -> bool {
    let r = control(addr, "keypad", json!({ "devId": dev, "pin": pin }));
    r["opened"].as_bool().unwrap()
}

#[test]
fn an_offline_locks_password_is_pending_until_delivered() {
    let addr = emulator();
    let c = Cloud::new(addr);
    control(addr, "delivery", json!({ "delay": 30 }));
    for dev in [ZIGBEE, BLE] {
        control(
            addr,
            &format!("locks/{dev}/online"),
            json!({ "online": false }),
        );
    }
    let zid = c.new_password(ZIGBEE, "918273", "Courier");
    let bid = c.new_password(BLE, "918274", "Courier");
    // Accepted by the cloud, waiting for the lock: phase 1 (Zigbee: delivery in progress).
    assert_eq!(c.standing(ZIGBEE, zid), (1, 1));
    assert_eq!(c.standing(BLE, bid), (1, -1));
    assert!(!opens(addr, ZIGBEE, "918273"));
    // Remote opening of an offline lock: 2001, and the ticket is still good afterwards.
    let operate = format!("/v1.0/smart-lock/devices/{ZIGBEE}/password-free/door-operate");
    let (ticket, _) = c.ticket(ZIGBEE);
    let body = json!({ "ticket_id": ticket, "open": true }).to_string();
    assert_eq!(c.code("POST", &operate, &[], &body), 2001);
    // Back online, the delivery delay runs from now on the emulator's clock.
    for dev in [ZIGBEE, BLE] {
        control(
            addr,
            &format!("locks/{dev}/online"),
            json!({ "online": true }),
        );
    }
    assert_eq!(c.ok("POST", &operate, &[], &body), true);
    assert_eq!(c.standing(ZIGBEE, zid), (1, 1));
    control(addr, "clock", json!({ "advance": 31 }));
    assert_eq!(c.standing(ZIGBEE, zid), (2, 2));
    assert_eq!(c.standing(BLE, bid), (2, -1));
    assert!(opens(addr, ZIGBEE, "918273"));
    // A removal on its way: Bluetooth phase 3 (to be deleted); Zigbee, whose 3 means frozen,
    // keeps phase 2 (it still opens) with the delivery in progress. Then deleted: 19.
    for (dev, id) in [(ZIGBEE, zid), (BLE, bid)] {
        let path = format!("/v1.0/devices/{dev}/door-lock/temp-passwords/{id}");
        assert_eq!(c.ok("DELETE", &path, &[], ""), true);
    }
    assert_eq!(c.standing(ZIGBEE, zid), (2, 1));
    assert_eq!(c.standing(BLE, bid), (3, -1));
    assert!(opens(addr, ZIGBEE, "918273"));
    control(addr, "clock", json!({ "advance": 31 }));
    assert_eq!(c.standing(ZIGBEE, zid), (19, 2));
    assert_eq!(c.standing(BLE, bid), (19, -1));
    assert!(!opens(addr, ZIGBEE, "918273"));
}

#[test]
fn a_refusing_lock_shows_the_password_refused_with_its_reason() {
    let addr = emulator();
    let c = Cloud::new(addr);
    control(
        addr,
        &format!("locks/{ZIGBEE}/refuse"),
        json!({ "tempPasswordSlots": 0 }),
    );
    control(
        addr,
        &format!("locks/{WIFI}/refuse"),
        json!({ "tempPasswordSlots": 0 }),
    );
    control(addr, &format!("locks/{BLE}/refuse"), json!({ "all": true }));
    let zid = c.new_password(ZIGBEE, "102938", "Full");
    let wid = c.new_password(WIFI, "1029384", "Full");
    let bid = c.new_password(BLE, "102939", "Broken");
    // Zigbee: creation failed (5), the lock is full (5); the others: sending failed (7), with the
    // reason beside it (5 full, 3 refused).
    assert_eq!(c.standing(ZIGBEE, zid), (5, 5));
    assert_eq!(c.standing(WIFI, wid), (7, 5));
    assert_eq!(c.standing(BLE, bid), (7, 3));
    assert!(!opens(addr, ZIGBEE, "102938"));
    // A member the lock has not taken has no number there and is not in effect.
    control(
        addr,
        &format!("locks/{ZIGBEE}/refuse"),
        json!({ "all": true }),
    );
    let body = json!({ "nick_name": "Cleaner", "sex": 2 }).to_string();
    let id = c.ok("POST", &dev_path(ZIGBEE, "/user"), &[], &body);
    let users = c.ok(
        "GET",
        &format!("/v1.0/smart-lock/devices/{ZIGBEE}/users"),
        &[("page_no", "1"), ("page_size", "100")],
        "",
    );
    let m = users["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["user_id"] == id)
        .unwrap_or_else(|| panic!("{users}"));
    assert_eq!(
        (m["lock_user_id"].as_i64(), m["effective_flag"].as_i64()),
        (Some(0), Some(0))
    );
}

#[test]
fn the_rate_limit_and_failing_locks_answer_the_clouds_codes() {
    let addr = emulator();
    let c = Cloud::new(addr);
    control(addr, "throttle", json!({ "rate": 0.001, "burst": 3 }));
    let path = "/v1.0/iot-01/associated-users/devices";
    for _ in 0..3 {
        c.ok("GET", path, &[], "");
    }
    assert_eq!(c.code("GET", path, &[], ""), 1110);
    assert_eq!(c.code("GET", &temp_path(WIFI, "s"), &[], ""), 1110);
    // A session of its own: another project's token (its client id's bucket first).
    let p = Cloud::of(
        addr,
        "nolockproject0000001",
        "nolockprojectsecret0000000000001",
    );
    p.ok("GET", path, &[], "");
    let t = control(addr, "throttle", json!({}));
    assert_eq!(t["refused"], 2, "{t}");
    let last = journal(addr);
    assert!(last.iter().filter(|e| e["outcome"] == "1110").count() >= 2);
    control(addr, "throttle", json!({ "rate": 0 }));
    // A failing lock: its requests answer the code in the cloud's numbers, others do not.
    for (code, oa) in [
        ("DEVICE_OFFLINE", 2001),
        ("DEVICE_NOT_EXIST", 2010),
        ("SYSTEM_ERROR", 500),
    ] {
        control(
            addr,
            &format!("locks/{WIFI}/fail"),
            json!({ "code": code, "times": 1 }),
        );
        c.ok("GET", &temp_path(ZIGBEE, "s"), &[], "");
        c.ok("GET", path, &[], "");
        assert_eq!(c.code("GET", &temp_path(WIFI, "s"), &[], ""), oa, "{code}");
        c.ok("GET", &temp_path(WIFI, "s"), &[], "");
    }
}

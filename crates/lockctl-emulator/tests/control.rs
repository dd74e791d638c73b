//! The control API answers only local, non-browser clients, takes JSON only, range-checks its
//! clocks, streams large dumps, and slow clients cannot hold a connection; the emulator never
//! repeats a secret of a bad `--client`.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{raw, start};
use lockctl_emulator::Config;

fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    host: &str,
    extra: &str,
    body: &str,
) -> (u16, String) {
    raw(
        addr,
        &format!(
            "{method} {path} HTTP/1.1\r\nHost: {host}\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )
}

/// Say where `cargo test` shows it that the calling test did not do its work (libtest hides
/// what `eprintln!` writes for passing tests; a write to the stderr handle is not captured).
fn skip(why: &str) {
    let name = std::thread::current().name().unwrap_or("?").to_string();
    let _ = std::io::stderr().write_all(format!("SKIPPED {name}: {why}\n").as_bytes());
}

const JSON: &str = "Content-Type: application/json\r\n";

fn post(addr: SocketAddr, op: &str, body: &str) -> (u16, String) {
    request(
        addr,
        "POST",
        &format!("/_emulator/{op}"),
        &addr.to_string(),
        JSON,
        body,
    )
}

#[test]
fn only_loopback_hosts_and_no_browsers() {
    let addr = start(Config::default());
    let port = addr.port();
    for host in [
        addr.to_string(),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
        format!("[::ffff:127.0.0.1]:{port}"),
        "127.0.0.1".to_string(),
    ] {
        let (code, _) = request(addr, "GET", "/_emulator/journal", &host, "", "");
        assert_eq!(code, 200, "{host}");
    }
    // DNS rebinding: a page on another name that resolves to 127.0.0.1.
    for host in [
        format!("evil.example:{port}"),
        "rebind.127.0.0.1.nip.io".to_string(),
        String::new(),
    ] {
        for (method, path, extra) in [
            ("GET", "/_emulator/state", ""),
            ("GET", "/_emulator/journal", ""),
            ("DELETE", "/_emulator/journal", ""),
            ("POST", "/_emulator/reset", JSON),
        ] {
            let (code, _) = request(addr, method, path, &host, extra, "{}");
            assert_eq!(code, 403, "{method} {path} Host {host}");
        }
    }
    let (code, body) = request(
        addr,
        "GET",
        "/_emulator/state",
        &addr.to_string(),
        "Origin: http://evil.example\r\n",
        "",
    );
    assert_eq!(code, 403, "{body}");
    assert!(!body.contains("world"));
    // The gateway itself answers any host.
    let (code, _) = request(addr, "GET", "/api.json", "gateway.example", "", "");
    assert_eq!(code, 200);
}

#[test]
fn posts_need_json() {
    let addr = start(Config::default());
    for extra in [
        "",
        "Content-Type: text/plain\r\n",
        "Content-Type: application/x-www-form-urlencoded\r\n",
        "Content-Type: application/jsonx\r\n",
    ] {
        let (code, _) = request(
            addr,
            "POST",
            "/_emulator/reset",
            &addr.to_string(),
            extra,
            "{}",
        );
        assert_eq!(code, 415, "{extra:?}");
    }
    let (code, _) = request(
        addr,
        "POST",
        "/_emulator/reset",
        &addr.to_string(),
        "Content-Type: application/json; charset=utf-8\r\n",
        "{}",
    );
    assert_eq!(code, 200);
}

#[test]
fn clocks_are_range_checked() {
    let addr = start(Config::default());
    for body in [
        r#"{"now": 9223372036854775807}"#,
        r#"{"now": -1}"#,
        r#"{"now": 1e30}"#,
        r#"{"now": "soon"}"#,
        r#"{"now": 4102444801}"#,
        r#"{"advance": 9223372036854775807}"#,
        r#"{"advance": -9223372036854775808}"#,
        r#"{"skew": 9223372036854775807}"#,
        r#"{"skew": -9223372036854775808}"#,
        r#"{"skew": 4102444800}"#,
        r#"{"now": 2000000000, "advance": 4102444800}"#,
    ] {
        let (code, answer) = post(addr, "clock", body);
        assert_eq!(code, 400, "{body}: {answer}");
    }
    // Nothing was applied by a refused request.
    // HTTP/1.0: the streamed body comes unchunked, up to the close.
    let (_, state) = raw(
        addr,
        &format!("GET /_emulator/state HTTP/1.0\r\nHost: {addr}\r\n\r\n"),
    );
    let v: serde_json::Value = serde_json::from_str(&state).unwrap();
    assert_eq!(v["clockOffset"], common::shift_secs());
    assert_eq!(v["gatewaySkew"], 0);
    let (code, answer) = post(addr, "clock", r#"{"now": 2000000000, "advance": 60}"#);
    assert_eq!(code, 200, "{answer}");
    let v: serde_json::Value = serde_json::from_str(&answer).unwrap();
    assert_eq!(v["now"], 2_000_000_060i64);
    for body in [
        r#"{"devId":"bf00demo0000wifi0001","pin":"1","at":9223372036854775807}"#,
        r#"{"devId":"bf00demo0000wifi0001","pin":"1","at":-5}"#,
    ] {
        assert_eq!(post(addr, "keypad", body).0, 400, "{body}");
    }
    assert_eq!(
        post(addr, "faults", r#"{"latency_ms": 18446744073709551615}"#).0,
        400
    );
}

#[test]
fn large_state_dumps_stream() {
    let addr = start(Config::default());
    let (code, _) = post(
        addr,
        "history",
        r#"{"devId":"bf00demo0000wifi0001","count":100000}"#,
    );
    assert_eq!(code, 200);
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET /_emulator/state HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    let head_end = out.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&out[..head_end]).to_ascii_lowercase();
    assert!(head.starts_with("http/1.1 200"), "{head}");
    // Sent as it is made: chunked, not one body of a known length.
    assert!(head.contains("transfer-encoding: chunked"), "{head}");
    assert!(!head.contains("content-length"), "{head}");
    assert!(out.len() > 5_000_000, "{} bytes", out.len());
}

#[test]
fn slow_headers_lose_the_connection() {
    assert!(Config::default().header_timeout <= Duration::from_secs(10));
    let addr = start(Config {
        header_timeout: Duration::from_millis(500),
        ..Config::default()
    });
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let started = Instant::now();
    s.write_all(b"GET /_emulator/state HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .unwrap();
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "held for {took:?}");
    assert!(!String::from_utf8_lossy(&buf).contains("world"));
}

#[test]
fn a_mapped_ipv4_loopback_peer_is_loopback() {
    let Ok(probe) = std::net::TcpListener::bind("[::]:0") else {
        skip("no IPv6 on this machine");
        return;
    };
    drop(probe);
    let addr = start(Config {
        addr: "[::]:0".parse().unwrap(),
        ..Config::default()
    });
    // Reached over IPv4, the peer shows as ::ffff:127.0.0.1 on a dual-stack socket.
    let v4: SocketAddr = format!("127.0.0.1:{}", addr.port()).parse().unwrap();
    let Ok(mut s) = TcpStream::connect(v4) else {
        skip("the socket is IPv6-only");
        return;
    };
    write!(
        s,
        "GET /_emulator/journal HTTP/1.1\r\nHost: {v4}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
}

/// `serve --client SPEC` exits 2 with "bad --client" and repeats neither secret of the spec.
fn refuses_client(spec: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_lockctl-emulator"))
        .args(["serve", "--addr", "127.0.0.1:0", "--client", spec])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{spec}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad --client"), "{err}");
    assert!(
        !err.contains("appsecret-AAA") && !err.contains("bmpsecret-BBB"),
        "{spec}: {err}"
    );
}

#[test]
fn a_bad_client_spec_is_not_echoed() {
    for spec in [
        "myid:appsecret-AAA:hmac:A",
        "myid:appsecret-AAA:hmac:A:",
        "myid:appsecret-AAA:md5:bmpsecret-BBB",
        "myid:appsecret-AAA:hmac:bmpsecret-BBB",
        ":appsecret-AAA",
    ] {
        refuses_client(spec);
    }
}

#[test]
fn a_bad_thing_client_spec_is_not_echoed() {
    let cert = "01080F161D242B323940474E555C636A71787F868D949BA2A9B0B7BEC5CCD3DA";
    for spec in [
        "myid:appsecret-AAA:thing:ZZ:bmpsecret-BBB:com.example.app".to_string(),
        format!("myid:appsecret-AAA:thing:{cert}:bmpsecret-BBB:"),
        format!("myid:appsecret-AAA:thing:{cert}"),
        "myid:appsecret-AAA:thing:bmpsecret-BBB".to_string(),
        format!(
            "myid:appsecret-AAA:thing:{}:bmpsecret-BBB:com.example.app",
            &cert[2..]
        ),
    ] {
        refuses_client(&spec);
    }
}

//! Helpers shared by the emulator's integration tests: an emulator in a thread of its own and a
//! raw HTTP exchange with it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use lockctl_emulator::Config;

/// An emulator in a thread of its own; its address. Its lock clock is moved by
/// `LOCKCTL_TEST_SHIFT` (as in lockctl's tests), so these tests prove they hold on any day.
pub fn start(mut cfg: Config) -> SocketAddr {
    cfg.tuning.clock_offset += shift_secs();
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

/// Send a raw request; the status code and the body.
pub fn raw(addr: SocketAddr, request: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    let out = String::from_utf8_lossy(&out).into_owned();
    (status_of(&out), body_of(&out).to_string())
}

/// The status code of an HTTP answer (0 when there is none).
pub fn status_of(answer: &str) -> u16 {
    answer
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

/// The body of an HTTP answer: all after the blank line ending the headers.
pub fn body_of(answer: &str) -> &str {
    answer.split_once("\r\n\r\n").map_or("", |b| b.1)
}

/// `lockctl-emulator ARGS` with stdout piped: the child and the first line it prints (its URL
/// for `serve`).
pub fn spawn_serve(args: &[&str]) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lockctl-emulator"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    (child, line.trim().to_string())
}

/// Seconds the suite's clock runs ahead of the system clock: `LOCKCTL_TEST_SHIFT` as days
/// (`400d`), hours (`12h`) or seconds (`3600`); 0 when unset. `.ci/run` runs the suite shifted.
pub fn shift_secs() -> i64 {
    let text = std::env::var("LOCKCTL_TEST_SHIFT").unwrap_or_default();
    let t = text.trim();
    let (digits, unit) = match t.char_indices().last() {
        None => return 0,
        Some((i, 'd')) => (&t[..i], 86_400),
        Some((i, 'h')) => (&t[..i], 3_600),
        Some((i, 's')) => (&t[..i], 1),
        _ => (t, 1),
    };
    let n: i64 = digits
        .parse()
        .unwrap_or_else(|_| panic!("LOCKCTL_TEST_SHIFT={text}: use days (400d), hours or seconds"));
    n * unit
}

/// The real clock in milliseconds: the gateway's own clock (signature times), which the shift
/// does not move.
pub fn real_now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

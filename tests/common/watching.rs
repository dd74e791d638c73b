//! A running `lockctl watch` as a child process, and what tests of it share: keypad entries,
//! the state file, a webhook receiver on loopback, pending passwords.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::process::{Child, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::{Emu, User};

pub const PATIENCE: Duration = Duration::from_secs(30);

pub fn lines(r: impl Read + Send + 'static) -> Receiver<String> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for l in BufReader::new(r).lines().map_while(Result::ok) {
            if tx.send(l).is_err() {
                break;
            }
        }
    });
    rx
}

/// A running `lockctl watch`.
pub struct Watching {
    pub child: Child,
    pub out: Receiver<String>,
    pub err: Receiver<String>,
    pub stderr: Vec<String>,
}

impl Watching {
    pub fn start(u: &User, args: &[&str], envs: &[(&str, &str)]) -> Watching {
        let mut all = vec!["watch", "--interval", "200ms"];
        all.extend_from_slice(args);
        let mut c = u.cmd(&all);
        c.envs(envs.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().expect("spawn lockctl");
        let out = lines(child.stdout.take().unwrap());
        let err = lines(child.stderr.take().unwrap());
        let mut w = Watching {
            child,
            out,
            err,
            stderr: vec![],
        };
        w.stderr_says("watching ");
        w
    }

    /// Wait for a stderr line containing `text` (counting those already seen).
    pub fn stderr_says_n(&mut self, text: &str, n: usize) {
        let deadline = Instant::now() + PATIENCE;
        while self.stderr.iter().filter(|l| l.contains(text)).count() < n {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.err.recv_timeout(left) {
                Ok(l) => self.stderr.push(l),
                Err(_) => panic!("stderr never said {text:?} {n} times: {:?}", self.stderr),
            }
        }
    }

    pub fn stderr_says(&mut self, text: &str) {
        self.stderr_says_n(text, 1)
    }

    /// The next event (NDJSON).
    pub fn event(&mut self) -> Value {
        let Ok(line) = self.out.recv_timeout(PATIENCE) else {
            self.stderr.extend(self.err.try_iter());
            panic!("no event on stdout; stderr: {:?}", self.stderr)
        };
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"))
    }

    pub fn signal(mut self, sig: &str) -> (i32, Vec<String>, Vec<String>) {
        let pid = self.child.id().to_string();
        let sent = std::process::Command::new("kill")
            .args([sig, &pid])
            .status()
            .unwrap();
        assert!(sent.success());
        let status = self.child.wait().unwrap();
        let rest: Vec<String> = self.out.iter().collect();
        self.stderr.extend(self.err.iter());
        (status.code().unwrap_or(-1), rest, self.stderr)
    }
}

pub fn now(emu: &Emu) -> i64 {
    emu.with_inner(|s| s.now())
}

/// A wrong PIN at the keypad: an alarm.
pub fn wrong_pin(emu: &Emu, dev: &str) {
    let t = now(emu);
    emu.with_inner(|s| lockctl_emulator::keypad::enter(&mut s.world, dev, "0000000", t))
        .unwrap();
}

pub fn keypad(emu: &Emu, dev: &str, pin: &str) -> Value {
    let t = now(emu);
    emu.with_inner(|s| lockctl_emulator::keypad::enter(&mut s.world, dev, pin, t))
        .unwrap()
}

pub fn state_file(u: &User) -> std::path::PathBuf {
    let dir = u.config_dir().parent().unwrap().join("data").join("watch");
    std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(".state.json"))
        .expect("a state file")
}

#[cfg(unix)]
pub fn mode(p: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// A webhook receiver on a loopback port: each request's headers and body.
/// A request as the receiver saw it: headers (names lowercased) and body.
pub type Posted = (Vec<(String, String)>, Vec<u8>);

pub fn receiver(status: u16) -> (String, Receiver<Posted>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://127.0.0.1:{}/hook", l.local_addr().unwrap().port());
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for conn in l.incoming().map_while(Result::ok) {
            let tx = tx.clone();
            std::thread::spawn(move || {
                let mut r = BufReader::new(conn.try_clone().unwrap());
                let mut conn = conn;
                loop {
                    let mut headers = vec![];
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    loop {
                        let mut h = String::new();
                        if r.read_line(&mut h).unwrap_or(0) == 0 {
                            return;
                        }
                        let h = h.trim_end();
                        if h.is_empty() {
                            break;
                        }
                        if let Some((k, v)) = h.split_once(':') {
                            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
                        }
                    }
                    let len: usize = headers
                        .iter()
                        .find(|(k, _)| k == "content-length")
                        .map_or(0, |(_, v)| v.parse().unwrap());
                    let mut body = vec![0; len];
                    r.read_exact(&mut body).unwrap();
                    let answer = format!("HTTP/1.1 {status} X\r\nContent-Length: 0\r\n\r\n");
                    let _ = conn.write_all(answer.as_bytes());
                    if tx.send((headers, body)).is_err() {
                        return;
                    }
                }
            });
        }
    });
    (url, rx)
}

/// A pending temporary password, made with a generated PIN.
pub fn pending_password(u: &User, dev: &str, name: &str) {
    u.run(&[
        "temppwd",
        "create",
        "-d",
        dev,
        "--name",
        name,
        "--generate",
        "--from",
        "now",
        "--to",
        "+1d",
    ])
    .ok();
}

/// Wait until the watch has read the lock's temporary passwords `n` times since now.
pub fn password_reads(emu: &Emu, n: usize) {
    emu.clear_journal();
    let deadline = Instant::now() + PATIENCE;
    while emu
        .sent()
        .iter()
        .filter(|a| a.contains("temppwd.list"))
        .count()
        < n
    {
        assert!(Instant::now() < deadline, "no temppwd.list in time");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Wait until the emulator has seen `n` requests whose action contains `part` since now.
pub fn reads(emu: &Emu, part: &str, n: usize) {
    emu.clear_journal();
    let deadline = Instant::now() + PATIENCE;
    while emu.sent().iter().filter(|a| a.contains(part)).count() < n {
        assert!(Instant::now() < deadline, "no {part} in time");
        std::thread::sleep(Duration::from_millis(10));
    }
}

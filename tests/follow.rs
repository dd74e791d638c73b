//! `history follow` and `alarm follow` on the emulator: new records printed once as they arrive
//! (late ones too), a failed read retried, Ctrl-C ending with exit 0; and the emulator's keypad
//! control taking its `at` in RFC 3339.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use common::*;
use lockctl_emulator::server::Faults;
use serde_json::Value;

/// A running `lockctl ... follow`: its stdout and stderr lines as they come.
struct Following {
    child: Child,
    out: Receiver<String>,
    err: Receiver<String>,
    stderr: Vec<String>,
}

fn lines(r: impl Read + Send + 'static) -> Receiver<String> {
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

const PATIENCE: Duration = Duration::from_secs(20);

impl Following {
    fn start(u: &User, args: &[&str]) -> Following {
        let mut c = u.cmd(args);
        c.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().expect("spawn lockctl");
        let out = lines(child.stdout.take().unwrap());
        let err = lines(child.stderr.take().unwrap());
        Following {
            child,
            out,
            err,
            stderr: vec![],
        }
    }

    /// Wait for a stderr line containing `text`.
    fn stderr_says(&mut self, text: &str) {
        let deadline = Instant::now() + PATIENCE;
        while !self.stderr.iter().any(|l| l.contains(text)) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.err.recv_timeout(left) {
                Ok(l) => self.stderr.push(l),
                Err(_) => panic!("stderr never said {text:?}: {:?}", self.stderr),
            }
        }
    }

    /// The next stdout line.
    fn line(&mut self) -> String {
        self.out
            .recv_timeout(PATIENCE)
            .unwrap_or_else(|_| panic!("no line on stdout; stderr: {:?}", self.stderr))
    }

    /// Ctrl-C; the exit code and what was left on stdout and stderr.
    fn interrupt(mut self) -> (i32, Vec<String>, Vec<String>) {
        let pid = self.child.id().to_string();
        let killed = std::process::Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = self.child.wait().unwrap();
        let rest: Vec<String> = self.out.iter().collect();
        self.stderr.extend(self.err.iter());
        (status.code().unwrap_or(-1), rest, self.stderr)
    }
}

/// Wait until the emulator has answered `n` more gateway requests (follow has read again).
fn reads(emu: &Emu, n: usize) {
    let start = emu.sent().len();
    let deadline = Instant::now() + PATIENCE;
    while emu.sent().len() < start + n {
        assert!(Instant::now() < deadline, "follow stopped reading");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn now(emu: &Emu) -> i64 {
    emu.with_inner(|s| s.now())
}

/// Someone opens `dev` with an enrolled method at `at`.
fn open(emu: &Emu, dev: &str, unlock_id: &str, at: i64) {
    emu.with_inner(|s| lockctl_emulator::keypad::use_method(&mut s.world, dev, unlock_id, at))
        .unwrap();
}

#[test]
fn new_records_print_once_late_ones_too_and_ctrl_c_exits_0() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [WIFI, BLE] {
        let mut f = Following::start(
            &u,
            &[
                "history",
                "follow",
                "-d",
                dev,
                "--json",
                "--interval",
                "200ms",
            ],
        );
        f.stderr_says("Ctrl-C to stop");
        let t = now(&emu);
        open(&emu, dev, "12-1", t);
        let first: Value = serde_json::from_str(&f.line()).unwrap();
        assert_eq!(first["unlockId"], "12-1", "{dev}");
        assert_eq!(first["member"]["id"], "1000");
        // A record the lock uploads late: older than what was printed, still new.
        open(&emu, dev, "16-1", t - 20 * 86400);
        let late: Value = serde_json::from_str(&f.line()).unwrap();
        assert_eq!(late["unlockId"], "16-1", "{dev}");
        assert!(late["time"].as_str().unwrap() < first["time"].as_str().unwrap());
        // Several reads later, nothing was printed twice.
        reads(&emu, 3);
        let (code, rest, stderr) = f.interrupt();
        assert_eq!(code, 0, "{stderr:?}");
        assert!(rest.is_empty(), "{dev}: printed again: {rest:?}");
        assert!(!stderr.iter().any(|l| l.contains("error")), "{stderr:?}");
    }
}

#[test]
fn since_prints_what_is_there_and_rows_stream_when_piped() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let t = now(&emu);
    open(&emu, ZIGBEE, "13-2", t - 120);
    let mut f = Following::start(
        &u,
        &[
            "history",
            "follow",
            "-d",
            ZIGBEE,
            "--since",
            "-1h",
            "--interval",
            "200ms",
        ],
    );
    assert_eq!(f.line(), "TIME\tWHO\tMETHOD\tNAME");
    let row = f.line();
    assert!(row.contains("Bob\tpassword\tBob's PIN"), "{row}");
    f.stderr_says("following records of Garage; Ctrl-C to stop");
    open(&emu, ZIGBEE, "12-1", t);
    assert!(f.line().contains("Demo Owner\tfingerprint\tRight thumb"));
    let (code, rest, _) = f.interrupt();
    assert_eq!((code, rest.len()), (0, 0));
}

#[test]
fn a_failed_read_is_retried_and_a_lasting_one_ends_it() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let mut f = Following::start(
        &u,
        &[
            "alarm",
            "follow",
            "-d",
            WIFI,
            "--json",
            "id,type",
            "--interval",
            "200ms",
        ],
    );
    f.stderr_says("following alarms of Front Door");
    emu.faults(Faults {
        garbage: Some("html".into()),
        garbage_next: 2,
        ..Faults::default()
    });
    f.stderr_says("warning: reading alarms failed");
    f.stderr_says("trying again in");
    // A wrong PIN at the keypad raises an alarm; it arrives once the cloud answers again.
    emu.with_inner(|s| {
        let t = s.now();
        lockctl_emulator::keypad::enter(&mut s.world, WIFI, "0000000", t)
    })
    .unwrap();
    let alarm: Value = serde_json::from_str(&f.line()).unwrap();
    assert_eq!(alarm["type"], "wrong-password");
    assert_eq!(alarm.as_object().unwrap().len(), 2, "--json id,type");
    let (code, _, _) = f.interrupt();
    assert_eq!(code, 0);
    // A lock the account cannot see is no reason to wait: it fails at once.
    let r = u.run(&["history", "follow", "-d", OTHER, "--interval", "200ms"]);
    assert_ne!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.starts_with("error:"), "{}", r.stderr);
}

#[test]
fn bad_follow_input_is_refused_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    emu.clear_journal();
    for args in [
        &["history", "follow", "-d", WIFI, "--interval", "10ms"][..],
        &["history", "follow", "-d", WIFI, "--interval", "soon"],
        &["history", "follow", "-d", WIFI, "--page-size", "0"],
        &["history", "follow", "-d", WIFI, "--raw"],
        &["alarm", "follow", "-d", WIFI, "--jq", "."],
        &["alarm", "follow", "-d", WIFI, "--type", "fingerprint"],
        &["history", "follow", "-d", WIFI, "--since", "whenever"],
        &["history", "follow", "-d", WIFI, "--json", "id,nope"],
    ] {
        let r = u.run(args).fails(2);
        assert!(r.stderr.starts_with("error:"), "{args:?}: {}", r.stderr);
    }
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

/// POST to the emulator's control API over plain HTTP/1.1.
fn control(emu: &Emu, op: &str, body: &str) -> (u16, Value) {
    let addr = emu.url.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(
        s,
        "POST /_emulator/{op} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    let status = answer[9..12].parse().unwrap();
    let (_, text) = answer.split_once("\r\n\r\n").unwrap();
    (
        status,
        serde_json::from_str(text.trim()).unwrap_or(Value::Null),
    )
}

#[test]
fn the_keypad_control_takes_at_in_rfc_3339() {
    let emu = Emu::start();
    let (pin, from) = emu.world(|w| {
        let p = &w.lock(WIFI).unwrap().temp_passwords[0];
        (p.pin.clone(), p.effective_time)
    });
    let inside = jiff::Timestamp::from_second(from + 3600)
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(1)))
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string();
    let before = jiff::Timestamp::from_second(from - 86400)
        .unwrap()
        .to_string();
    let body = |at: &str| format!(r#"{{"devId":"{WIFI}","pin":"{pin}","at":"{at}"}}"#);
    let (status, v) = control(&emu, "keypad", &body(&inside));
    assert_eq!((status, &v["opened"]), (200, &Value::Bool(true)), "{v}");
    let (status, v) = control(&emu, "keypad", &body(&before));
    assert_eq!((status, &v["opened"]), (200, &Value::Bool(false)), "{v}");
    // Seconds still work; anything else is refused, not read as "now".
    let secs = format!(r#"{{"devId":"{WIFI}","pin":"{pin}","at":{}}}"#, from + 60);
    assert_eq!(control(&emu, "keypad", &secs).1["opened"], true);
    let (status, v) = control(&emu, "keypad", &body("next tuesday"));
    assert_eq!(status, 400);
    assert!(v["error"].as_str().unwrap().contains("RFC 3339"), "{v}");
}

//! `watch` under faults: a lock that keeps failing is backed off alone (the others' events
//! still come at their pace) and recovers when the fault is lifted; a webhook receiver that
//! hangs or refuses does not slow the polling, and its events go to the dead letters after the
//! retries.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::watching::*;
use common::*;
use serde_json::Value;

/// The journal: (device, outcome) of each request that named a lock, in order.
fn by_device(emu: &Emu) -> Vec<(String, String)> {
    emu.with_inner(|s| {
        s.journal
            .iter()
            .filter_map(|j| Some((j.dev_id.clone()?, j.outcome.clone())))
            .collect()
    })
}

/// Requests naming `other` between each two requests naming `failing` (one per attempt: the
/// first read of a poll fails, so a poll is one request).
fn gaps(journal: &[(String, String)], failing: &str, other: &str) -> Vec<usize> {
    let mut out = vec![];
    let mut count: Option<usize> = None;
    for (dev, _) in journal {
        if dev == failing {
            if let Some(n) = count {
                out.push(n);
            }
            count = Some(0);
        } else if dev == other {
            if let Some(n) = &mut count {
                *n += 1;
            }
        }
    }
    out
}

#[test]
fn a_lock_that_keeps_failing_is_backed_off_alone_and_recovers() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let sel = format!("{WIFI},{BLE},{ZIGBEE}");
    // A rate that lets every lock be read each interval (5 a second would pace the reads).
    let mut w = Watching::start(&u, &["-d", &sel, "--json", "--rate", "100"], &[]);
    emu.with_inner(|s| s.lock_faults.fail(BLE, "SYSTEM_ERROR", None, None))
        .unwrap();
    emu.clear_journal();
    let failed = format!("({BLE}) failed");
    // Each failure waits twice as long as the one before; meanwhile the other locks' events
    // come as before, each before the failing lock is tried again.
    for n in 1..=5 {
        w.stderr_says_n(&failed, n);
        wrong_pin(&emu, WIFI);
        let e = w.event();
        assert_eq!(
            (e["kind"].as_str(), e["lock"]["id"].as_str()),
            (Some("alarm"), Some(WIFI))
        );
        wrong_pin(&emu, ZIGBEE);
        let e = w.event();
        assert_eq!(e["lock"]["id"], ZIGBEE, "{e}");
    }
    let journal = by_device(&emu);
    let tries = journal.iter().filter(|(d, _)| d == BLE).count();
    let wifi = journal.iter().filter(|(d, _)| d == WIFI).count();
    assert!(
        journal
            .iter()
            .filter(|(d, _)| d == BLE)
            .all(|(_, o)| o == "SYSTEM_ERROR"),
        "{journal:?}"
    );
    assert!(
        journal
            .iter()
            .filter(|(d, _)| d != BLE)
            .all(|(_, o)| o == "ok"),
        "{journal:?}"
    );
    // The failing lock is tried less and less often, measured in the other locks' requests.
    let between = gaps(&journal, BLE, WIFI);
    eprintln!("requests of {WIFI} between tries of {BLE}: {between:?}");
    assert!(between.len() >= 3, "{between:?}");
    for pair in between.windows(2) {
        assert!(pair[1] + 2 >= pair[0], "the waits grow: {between:?}");
    }
    let (first, last) = (between[0], between[between.len() - 1]);
    assert!(last >= 3 * first.max(2), "the waits grow: {between:?}");
    assert!(
        wifi >= 4 * tries,
        "{wifi} requests for {WIFI}, {tries} tries of {BLE}"
    );

    // The fault is lifted: the lock's events come again (after the wait it is in).
    emu.with_inner(|s| s.lock_faults.clear_fail(BLE));
    wrong_pin(&emu, BLE);
    let e = w.event();
    assert_eq!(
        (e["kind"].as_str(), e["lock"]["id"].as_str()),
        (Some("alarm"), Some(BLE))
    );
    wrong_pin(&emu, BLE);
    assert_eq!(w.event()["lock"]["id"], BLE);
    let (code, rest, stderr) = w.signal("-TERM");
    assert_eq!(code, 0, "{stderr:?}");
    assert!(rest.is_empty(), "{rest:?}");
}

/// A receiver that accepts connections and never answers; counts the requests it got.
fn hanging_receiver() -> (String, Arc<AtomicUsize>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://127.0.0.1:{}/hook", l.local_addr().unwrap().port());
    let got = Arc::new(AtomicUsize::new(0));
    let seen = got.clone();
    std::thread::spawn(move || {
        for conn in l.incoming().map_while(Result::ok) {
            let seen = seen.clone();
            std::thread::spawn(move || {
                let mut r = BufReader::new(conn);
                let mut line = String::new();
                if r.read_line(&mut line).unwrap_or(0) > 0 {
                    seen.fetch_add(1, Ordering::SeqCst);
                }
                // Read and drop whatever comes, answer nothing, until the client gives up.
                let mut sink = vec![0u8; 4096];
                while std::io::Read::read(&mut r, &mut sink).unwrap_or(0) > 0 {}
            });
        }
    });
    (url, got)
}

/// Wait for `cond` with a deadline.
fn until(what: &str, patience: Duration, cond: impl Fn() -> bool) {
    let deadline = Instant::now() + patience;
    while !cond() {
        assert!(Instant::now() < deadline, "{what}: not in time");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The dead letters written so far.
fn dead_letters(path: &std::path::Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Events keep coming to stdout and `--exec` while the receiver hangs on the first ones: more
/// polls are done than the receiver has answered (none).
fn polling_goes_on(
    emu: &Emu,
    w: &mut Watching,
    hooked: &std::path::Path,
    dead: &std::path::Path,
    still_trying: bool,
) -> Vec<Value> {
    let mut events = vec![];
    for i in 1..=4 {
        wrong_pin(emu, WIFI);
        let e = w.event();
        assert_eq!(e["kind"], "alarm", "{e}");
        until("the hook ran", PATIENCE, || {
            std::fs::read_to_string(hooked)
                .unwrap_or_default()
                .lines()
                .count()
                >= i
        });
        events.push(e);
    }
    if still_trying {
        // All four came while the first delivery was still being tried.
        assert!(dead_letters(dead).is_empty(), "{:?}", dead_letters(dead));
    }
    events
}

fn webhook_watch(u: &User, url: &str, retries: &str, dir: &std::path::Path) -> Watching {
    let hooked = dir.join("hooked.log");
    let dead = dir.join("dead.jsonl");
    let cmd = format!(
        "cat >/dev/null; echo \"$LOCKCTL_EVENT_ID\" >> '{}'",
        hooked.display()
    );
    Watching::start(
        u,
        &[
            "-d",
            WIFI,
            "--json",
            "--rate",
            "100",
            "--exec",
            &cmd,
            "--webhook",
            url,
            "--webhook-retries",
            retries,
            "--dead-letter",
            dead.to_str().unwrap(),
        ],
        &[("LOCKCTL_WEBHOOK_SECRET", "hush")],
    )
}

/// Once the four events are dead letters, why each one went there (its `error`).
fn dead_letter_reasons(dead: &std::path::Path, events: &[Value]) -> Vec<String> {
    until("four dead letters", Duration::from_secs(60), || {
        dead_letters(dead).len() >= 4
    });
    let letters = dead_letters(dead);
    events
        .iter()
        .map(|e| {
            let l = letters
                .iter()
                .find(|l| l["event"]["id"] == e["id"])
                .unwrap_or_else(|| panic!("no dead letter for {e}: {letters:?}"));
            l["error"].as_str().unwrap().to_string()
        })
        .collect()
}

#[test]
fn a_hanging_receiver_does_not_slow_the_polling_and_its_events_become_dead_letters() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let (url, got) = hanging_receiver();
    let dir = tempfile::tempdir().unwrap();
    let (hooked, dead) = (dir.path().join("hooked.log"), dir.path().join("dead.jsonl"));
    // One retry: each event is tried twice (10 s each without an answer), 1 s apart.
    let mut w = webhook_watch(&u, &url, "1", dir.path());
    let events = polling_goes_on(&emu, &mut w, &hooked, &dead, true);
    // Then each goes to the dead letters, after its two tries.
    for why in dead_letter_reasons(&dead, &events) {
        assert!(
            why.contains("no answer within 10s") && why.contains("2 tries"),
            "{why}"
        );
    }
    assert!(got.load(Ordering::SeqCst) >= 8, "two tries each");
    // And the watch still polls.
    wrong_pin(&emu, WIFI);
    assert_eq!(w.event()["kind"], "alarm");
    w.stderr_says_n("did not take event", 4);
    let (code, _, stderr) = w.signal("-TERM");
    assert_eq!(code, 0, "{stderr:?}");
}

/// A receiver that answers 503 to everything; counts the requests it got.
fn refusing_receiver() -> (String, Arc<AtomicUsize>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://127.0.0.1:{}/hook", l.local_addr().unwrap().port());
    let got = Arc::new(AtomicUsize::new(0));
    let seen = got.clone();
    std::thread::spawn(move || {
        for conn in l.incoming().map_while(Result::ok) {
            let seen = seen.clone();
            std::thread::spawn(move || {
                let mut r = BufReader::new(conn.try_clone().unwrap());
                let mut conn = conn;
                loop {
                    let mut len = 0usize;
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    loop {
                        let mut h = String::new();
                        if r.read_line(&mut h).unwrap_or(0) == 0 {
                            return;
                        }
                        let h = h.trim_end().to_ascii_lowercase();
                        if h.is_empty() {
                            break;
                        }
                        if let Some(v) = h.strip_prefix("content-length:") {
                            len = v.trim().parse().unwrap_or(0);
                        }
                    }
                    let mut body = vec![0; len];
                    if std::io::Read::read_exact(&mut r, &mut body).is_err() {
                        return;
                    }
                    seen.fetch_add(1, Ordering::SeqCst);
                    let answer = "HTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n";
                    if conn.write_all(answer.as_bytes()).is_err() {
                        return;
                    }
                }
            });
        }
    });
    (url, got)
}

#[test]
fn a_refusing_receiver_does_not_slow_the_polling_and_its_events_become_dead_letters() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let (url, got) = refusing_receiver();
    let dir = tempfile::tempdir().unwrap();
    let (hooked, dead) = (dir.path().join("hooked.log"), dir.path().join("dead.jsonl"));
    // Two retries: three tries each, 1 s and 5 s apart.
    let mut w = webhook_watch(&u, &url, "2", dir.path());
    let events = polling_goes_on(&emu, &mut w, &hooked, &dead, false);
    for why in dead_letter_reasons(&dead, &events) {
        assert!(why.contains("503") && why.contains("3 tries"), "{why}");
    }
    assert_eq!(got.load(Ordering::SeqCst), 12, "three tries each");
    wrong_pin(&emu, WIFI);
    assert_eq!(w.event()["kind"], "alarm");
    let (code, _, stderr) = w.signal("-TERM");
    assert_eq!(code, 0, "{stderr:?}");
}

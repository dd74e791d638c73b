//! A fake gateway for the tests of a broken or hostile cloud: a tiny HTTP server on an ephemeral
//! loopback port that answers every request with the envelope a closure makes from its postData,
//! and a user whose profile already holds a session there and a fresh cache of its locks (so verbs
//! reach the fake without logging in or looking a lock up).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use serde_json::Value;

use super::User;

pub struct FakeCloud {
    pub url: String,
    served: Arc<AtomicUsize>,
}

impl FakeCloud {
    /// Start a server answering each request with `envelope(postData)` (the whole JSON text).
    pub fn start(envelope: impl Fn(&Value) -> String + Send + Sync + 'static) -> FakeCloud {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let served = Arc::new(AtomicUsize::new(0));
        let count = served.clone();
        let envelope = Arc::new(envelope);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let (envelope, count) = (envelope.clone(), count.clone());
                std::thread::spawn(move || answer(stream, &*envelope, &count));
            }
        });
        FakeCloud { url, served }
    }

    /// Requests answered so far.
    pub fn served(&self) -> usize {
        self.served.load(Ordering::SeqCst)
    }
}

/// A successful envelope around `result` (JSON text).
pub fn ok(result: &str) -> String {
    format!("{{\"success\":true,\"status\":\"ok\",\"t\":1,\"result\":{result}}}")
}

fn answer(
    mut stream: std::net::TcpStream,
    envelope: &(dyn Fn(&Value) -> String + Send + Sync),
    count: &AtomicUsize,
) {
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
    count.fetch_add(1, Ordering::SeqCst);
    let text = envelope(&post);
    let _ = write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        text.len()
    );
    let _ = stream.write_all(text.as_bytes());
}

/// A lock in the fake user's cache.
pub struct CachedLock<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub local_key: &'a str,
    pub time_zone: &'a str,
}

impl User {
    /// A user of profile `x` with a stored session at `url` and `locks` freshly cached.
    pub fn on_fake_cloud(url: &str, locks: &[CachedLock]) -> User {
        let u = User::new();
        std::fs::create_dir_all(u.config_dir()).unwrap();
        std::fs::write(
            u.config_dir().join("config.toml"),
            format!("current = \"x\"\n[profiles.x]\nendpoint = \"{url}\"\nclient_id = \"c\"\nsign = \"md5\"\n"),
        )
        .unwrap();
        std::fs::write(
            u.config_dir().join("credentials.toml"),
            format!("[profiles.x]\napp_secret = \"s\"\ndevice_id = \"d\"\n[profiles.x.session]\nsid = \"sid\"\nuid = \"u\"\nmobile_api_url = \"{url}\"\n"),
        )
        .unwrap();
        // The cache's age is kept on the real clock.
        let now = super::clock::real_now().as_second();
        let mut cache = format!("[profiles.x]\nlisted_at = {now}\n");
        for l in locks {
            cache.push_str(&format!(
                "[[profiles.x.devices]]\nid = \"{}\"\nname = \"{}\"\nkind = \"{}\"\nis_lock = true\nlocal_key = \"{}\"\ntime_zone = \"{}\"\nseen_at = {now}\n",
                l.id, l.name, l.kind, l.local_key, l.time_zone
            ));
        }
        std::fs::create_dir_all(u.dir.path().join("data")).unwrap();
        std::fs::write(u.dir.path().join("data/cache.toml"), cache).unwrap();
        u
    }
}

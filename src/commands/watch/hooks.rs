//! What each event is handed to besides stdout: `--exec` (a command per event, bounded
//! concurrency, killed at its timeout) and `--webhook` (signed POSTs, retried in the background,
//! then a dead-letter file). Neither prints: what goes wrong comes back as warning text through
//! `warn`, which the watch prints.

use std::io::Write as _;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Result;
use hmac::{Hmac, Mac};
use tokio::io::AsyncWriteExt;
use tokio::sync::{mpsc::UnboundedSender, Semaphore};
use tokio::task::JoinSet;

use crate::error::Fail;

use super::event::Event;

/// `--exec`: the command, how many at once, how long each may run.
pub struct Exec {
    pub command: String,
    pub slots: Arc<Semaphore>,
    pub timeout: Duration,
}

/// Refuse a hook command that is empty or that the shell cannot parse (no request, nothing run).
pub fn check_exec(command: &str) -> Result<()> {
    if command.trim().is_empty() {
        return Err(Fail::usage("--exec is empty"));
    }
    if command.contains('\0') {
        return Err(Fail::usage("--exec holds a NUL byte"));
    }
    let parsed = std::process::Command::new("sh")
        .args(["-n", "-c", command])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    match parsed {
        Ok(s) if s.success() => Ok(()),
        Ok(_) => Err(Fail::usage_hint(
            format!("--exec `{command}` is not a command the shell can read"),
            "check its quotes and brackets; it runs as sh -c 'CMD'",
        )),
        Err(e) => Err(Fail::usage(format!(
            "--exec: cannot run sh to check it: {e}"
        ))),
    }
}

fn env_text(s: &str) -> String {
    s.replace('\0', "")
}

/// Run the hook for `e` in the background.
pub fn exec(
    x: &Exec,
    e: &Event,
    body: Vec<u8>,
    set: &mut JoinSet<()>,
    warn: UnboundedSender<String>,
) {
    let slots = x.slots.clone();
    let timeout = x.timeout;
    let mut cmd = tokio::process::Command::new("sh");
    cmd.arg("-c")
        .arg(&x.command)
        .env("LOCKCTL_EVENT_ID", env_text(&e.id))
        .env("LOCKCTL_EVENT_KIND", e.kind)
        .env("LOCKCTL_EVENT_LOCK", env_text(&e.lock.id))
        .env("LOCKCTL_EVENT_LOCK_NAME", env_text(&e.lock.name))
        .env(
            "LOCKCTL_EVENT_TIME",
            e.time.as_ref().map(|t| t.rfc3339()).unwrap_or_default(),
        )
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .kill_on_drop(true);
    // The hook's own output is not the watch's data: it goes to stderr.
    match std::io::stderr().lock().get_ref_fd() {
        Some(fd) => {
            cmd.stdout(fd);
        }
        None => {
            cmd.stdout(std::process::Stdio::null());
        }
    }
    #[cfg(unix)]
    cmd.process_group(0);
    let what = format!("{} event {}", e.kind, e.id);
    set.spawn(async move {
        let Ok(_slot) = slots.acquire_owned().await else {
            return;
        };
        let mut child = match cmd.spawn() {
            Ok(c) => c,
            Err(err) => {
                let _ = warn.send(format!("--exec could not start for the {what}: {err}"));
                return;
            }
        };
        if let Some(mut stdin) = child.stdin.take() {
            // A hook that does not read its stdin is fine.
            let _ = stdin.write_all(&body).await;
        }
        match tokio::time::timeout(timeout, child.wait()).await {
            Ok(Ok(s)) if s.success() => {}
            Ok(Ok(s)) => {
                let _ = warn.send(format!("--exec failed for the {what} ({s})"));
            }
            Ok(Err(err)) => {
                let _ = warn.send(format!("--exec failed for the {what}: {err}"));
            }
            Err(_) => {
                #[cfg(unix)]
                if let Some(pid) = child
                    .id()
                    .and_then(|p| rustix::process::Pid::from_raw(p as i32))
                {
                    let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
                }
                let _ = child.kill().await;
                let _ = warn.send(format!(
                    "--exec took longer than {}s for the {what}: killed",
                    timeout.as_secs_f64()
                ));
            }
        }
    });
}

/// A duplicate of stderr's descriptor, for a child's stdout.
trait StderrFd {
    fn get_ref_fd(&self) -> Option<std::process::Stdio>;
}

impl StderrFd for std::io::StderrLock<'_> {
    fn get_ref_fd(&self) -> Option<std::process::Stdio> {
        #[cfg(unix)]
        {
            use std::os::fd::AsFd;
            self.as_fd()
                .try_clone_to_owned()
                .ok()
                .map(std::process::Stdio::from)
        }
        #[cfg(not(unix))]
        None
    }
}

/// Events not yet delivered: (delivery id, body).
pub type Pending = Arc<Mutex<Vec<(String, Vec<u8>)>>>;

/// `--webhook`: where, the secret, the waits between tries, the dead-letter file.
pub struct Webhook {
    pub url: url::Url,
    pub shown: String,
    pub secret: Vec<u8>,
    pub waits: Vec<Duration>,
    pub dead: PathBuf,
    pub client: reqwest::Client,
    /// Events not yet delivered, by delivery id: what goes to the dead letters when the watch
    /// stops first.
    pub pending: Pending,
    pub dead_lock: Arc<Mutex<()>>,
}

/// The waits between tries (spec: about 1 s, 5 s, 30 s, 2 min, 10 min), the first `retries`.
pub fn waits(retries: usize) -> Vec<Duration> {
    [1, 5, 30, 120, 600]
        .into_iter()
        .take(retries)
        .map(Duration::from_secs)
        .collect()
}

/// Read `--webhook`: https, or http to loopback; no user or password in it. No request.
pub fn check_url(text: &str) -> Result<(url::Url, String)> {
    let u = url::Url::parse(text.trim()).map_err(|e| {
        Fail::usage_hint(
            format!("--webhook is not an address: {e}"),
            "give an https:// address, e.g. https://example.com/hooks/lock",
        )
    })?;
    let host = u.host_str().unwrap_or("");
    let port = u.port().map(|p| format!(":{p}")).unwrap_or_default();
    let shown = format!("{}://{host}{port}/…", u.scheme());
    if !u.username().is_empty() || u.password().is_some() {
        return Err(Fail::usage_hint(
            format!("--webhook {shown} holds a user or password"),
            "take them out of the address: receivers check the X-Lockctl-Signature-256 header instead",
        ));
    }
    let loopback = match u.host() {
        Some(url::Host::Ipv4(a)) => a.is_loopback(),
        Some(url::Host::Ipv6(a)) => a.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    match u.scheme() {
        "https" if u.host().is_some() => Ok((u, shown)),
        "http" if loopback => Ok((u, shown)),
        "http" => Err(Fail::usage_hint(
            format!("--webhook {shown} would send events in the clear"),
            "use https:// (http:// only to this machine: localhost, 127.0.0.1, [::1])",
        )),
        _ => Err(Fail::usage_hint(
            format!("--webhook {shown} is not an http(s) address"),
            "give an https:// address",
        )),
    }
}

/// `sha256=<hex>` of HMAC-SHA256(secret, body).
pub fn signature(secret: &[u8], body: &[u8]) -> String {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret).expect("HMAC takes any key");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

impl Webhook {
    /// Deliver `body` in the background: tries, waits, then the dead letters.
    pub fn post(
        &self,
        kind: &'static str,
        body: Vec<u8>,
        set: &mut JoinSet<()>,
        warn: UnboundedSender<String>,
    ) {
        let delivery = uuid::Uuid::new_v4().to_string();
        if let Ok(mut p) = self.pending.lock() {
            p.push((delivery.clone(), body.clone()));
        }
        let client = self.client.clone();
        let url = self.url.clone();
        let shown = self.shown.clone();
        let sig = signature(&self.secret, &body);
        let waits = self.waits.clone();
        let dead = self.dead.clone();
        let pending = self.pending.clone();
        let dead_lock = self.dead_lock.clone();
        set.spawn(async move {
            let mut tries = 0;
            let last = loop {
                tries += 1;
                let sent = client
                    .post(url.clone())
                    .header("Content-Type", "application/json")
                    .header("X-Lockctl-Event", kind)
                    .header("X-Lockctl-Delivery", &delivery)
                    .header("X-Lockctl-Signature-256", &sig)
                    .body(body.clone())
                    .send()
                    .await;
                let why = match sent {
                    Ok(r) if r.status().is_success() => {
                        forget(&pending, &delivery);
                        return;
                    }
                    Ok(r) => format!("it answered {}", r.status()),
                    Err(e) if e.is_timeout() => "no answer within 10s".to_string(),
                    Err(_) => "it could not be reached".to_string(),
                };
                match waits.get(tries - 1) {
                    Some(w) => tokio::time::sleep(*w).await,
                    None => break why,
                }
            };
            forget(&pending, &delivery);
            let why = format!("{last} ({tries} tries)");
            let _ = warn.send(dead_letter(
                &dead, &dead_lock, &body, &delivery, &shown, &why,
            ));
        });
    }

    /// What was not delivered when the watch stops goes to the dead letters.
    pub fn stop(&self) -> Vec<String> {
        let left: Vec<(String, Vec<u8>)> = match self.pending.lock() {
            Ok(mut p) => std::mem::take(&mut *p),
            Err(_) => vec![],
        };
        left.into_iter()
            .map(|(id, body)| {
                dead_letter(
                    &self.dead,
                    &self.dead_lock,
                    &body,
                    &id,
                    &self.shown,
                    "the watch stopped before it was delivered",
                )
            })
            .collect()
    }
}

fn forget(pending: &Pending, delivery: &str) {
    if let Ok(mut p) = pending.lock() {
        p.retain(|(d, _)| d != delivery);
    }
}

/// Append the event to the dead-letter file (JSON lines, 0600); the warning to print.
fn dead_letter(
    path: &std::path::Path,
    lock: &Mutex<()>,
    body: &[u8],
    delivery: &str,
    shown: &str,
    why: &str,
) -> String {
    let event: serde_json::Value = serde_json::from_slice(body).unwrap_or(serde_json::Value::Null);
    let line = serde_json::json!({
        "delivery": delivery,
        "error": why,
        "at": lockctl_api::clock::now().to_string(),
        "event": event,
    });
    let written = (|| -> std::io::Result<()> {
        let _held = lock.lock().map_err(|_| std::io::Error::other("poisoned"))?;
        let mut opts = std::fs::OpenOptions::new();
        opts.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600)
                .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
        }
        let mut f = opts.open(path)?;
        let mut text = serde_json::to_vec(&line)?;
        text.push(b'\n');
        f.write_all(&text)?;
        f.sync_data()
    })();
    let what = event
        .get("id")
        .and_then(|v| v.as_str())
        .unwrap_or("?")
        .to_string();
    match written {
        Ok(()) => format!(
            "the webhook {shown} did not take event {what}: {why}; it is in {}",
            path.display()
        ),
        Err(e) => format!(
            "the webhook {shown} did not take event {what}: {why}; and the dead-letter file {} could not be written: {e}",
            path.display()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert!(check_url("https://example.com/h").is_ok());
        assert!(check_url("http://127.0.0.1:9/h").is_ok());
        assert!(check_url("http://[::1]:9/h").is_ok());
        assert!(check_url("http://localhost/h").is_ok());
        for bad in [
            "http://example.com/h",
            "https://u:p@example.com/",
            "ftp://x/",
            "nope",
            "",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn signature_is_githubs() {
        // HMAC-SHA256("It's a Secret to Everybody", "Hello, World!") from GitHub's documentation.
        assert_eq!(
            signature(b"It's a Secret to Everybody", b"Hello, World!"),
            "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
        );
    }
}

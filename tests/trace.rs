//! `--trace FILE` / `LOCKCTL_TRACE` and `trace show`: every request of a run recorded as a JSON
//! line, with every secret and contact detail redacted on every flavour (md5, hmac, thing,
//! openapi), the file private and fresh, and `trace show` readable and unbreakable.

mod common;

use std::path::{Path, PathBuf};

use common::cmdline::temppwd_create;
use common::flavour::Flavour;
use common::{Emu, Run, User, HMAC_BMP, HMAC_SECRET, WIFI};
use serde_json::Value;

/// The PIN planted in every flavour's temppwd create (the Wi-Fi lock takes 7 digits).
const PIN: &str = "8642097";
const EMAIL: &str = "demo@example.com";
const PHONE: &str = "15550000001";
const PASSWORD: &str = "lockctl-demo";

/// Names whose values must show as `****` wherever they appear in a record.
const HIDDEN_NAMES: &[&str] = &[
    "sid",
    "sign",
    "token",
    "access_token",
    "refresh_token",
    "localKey",
    "local_key",
    "ecode",
    "ticket_key",
    "ticketKey",
    "password",
    "passwd",
    "email",
    "mobile",
    "phone",
    "username",
    "chKey",
];

fn trace_path(u: &User, name: &str) -> PathBuf {
    u.dir.path().join(format!("{name}.jsonl"))
}

/// Run `args` with `--trace` into `name`, returning the run.
fn traced(u: &User, name: &str, args: &[&str], stdin: Option<&str>) -> Run {
    let path = trace_path(u, name);
    let mut all = vec!["--trace", path.to_str().unwrap()];
    all.extend_from_slice(args);
    u.run_env(&all, &[], stdin)
}

/// The records of a trace file (every line must be one).
fn records(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn requests(path: &Path) -> Vec<Value> {
    records(path)
        .into_iter()
        .filter(|r| r["kind"] == "request")
        .collect()
}

/// The values of `credentials.toml` that are secrets or contact details.
fn stored_secrets(u: &User) -> Vec<String> {
    let keys = [
        "app_secret",
        "bmp_secret",
        "access_secret",
        "sid",
        "ecode",
        "password_md5",
        "access_token",
        "refresh_token",
        "account",
    ];
    u.file("credentials.toml")
        .lines()
        .filter_map(|l| {
            let (k, v) = l.split_once('=')?;
            keys.contains(&k.trim())
                .then(|| v.trim().trim_matches('"').to_string())
        })
        .filter(|v| v.len() >= 4)
        .collect()
}

/// Every secret the emulator handed out or holds: sessions, ecodes, local keys, the project's
/// tokens as stored.
fn emulator_secrets(emu: &Emu) -> Vec<String> {
    let mut out: Vec<String> = emu.with_inner(|s| {
        s.auth
            .sessions
            .iter()
            .flat_map(|(sid, info)| [sid.clone(), info.ecode.clone()])
            .collect()
    });
    out.extend(emu.world(|w| {
        w.locks
            .iter()
            .map(|l| l.local_key.clone())
            .collect::<Vec<_>>()
    }));
    out.retain(|s| s.len() >= 4);
    out
}

/// Fail when any of `secrets` appears in `text` (named `what`), or when a field named as a
/// secret holds anything but `****`.
#[track_caller]
fn assert_clean(what: &str, text: &str, secrets: &[String]) {
    // The login's RSA modulus is a long run of digits: a PIN could turn up in it by chance.
    let without_modulus: String = text
        .lines()
        .map(|l| match serde_json::from_str::<Value>(l) {
            Ok(mut v) => {
                drop_field(&mut v, "publicKey");
                v.to_string()
            }
            Err(_) => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    for s in secrets {
        assert!(
            !without_modulus.contains(s.as_str()),
            "{what} shows the secret `{s}`:\n{text}"
        );
    }
    for line in text.lines() {
        if let Ok(v) = serde_json::from_str::<Value>(line) {
            check_hidden(&v, what);
        }
    }
}

fn drop_field(v: &mut Value, name: &str) {
    match v {
        Value::Object(m) => {
            m.remove(name);
            m.values_mut().for_each(|x| drop_field(x, name));
        }
        Value::Array(a) => a.iter_mut().for_each(|x| drop_field(x, name)),
        _ => {}
    }
}

#[track_caller]
fn check_hidden(v: &Value, what: &str) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if HIDDEN_NAMES.contains(&k.as_str()) {
                    assert!(
                        x.is_null() || *x == "****" || *x == "",
                        "{what}: `{k}` is not hidden: {x}"
                    );
                } else {
                    check_hidden(x, what);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| check_hidden(x, what)),
        _ => {}
    }
}

/// Everything a flavour's user does that carries a secret, each run traced into its own file
/// (with `-v` on some): login by email and by phone, the device list (local keys), a temppwd
/// with a PIN; on OpenAPI a token refresh and a password ticket. Returns the trace files and
/// the runs' stderr (what `-v` printed).
fn exercise(f: Flavour, u: &User) -> (Vec<PathBuf>, Vec<String>) {
    let mut files = vec![];
    let mut stderr = vec![];
    let mut keep = |name: &str, r: Run| {
        files.push(trace_path(u, name));
        stderr.push(r.stderr);
    };
    if !f.is_openapi() {
        let login = ["-v", "login", "--email", EMAIL, "--password-stdin"];
        keep(
            "login",
            traced(u, "login", &login, Some("lockctl-demo\n")).ok(),
        );
        let phone = [
            "-v",
            "login",
            "--phone",
            PHONE,
            "--country-code",
            "49",
            "--password-stdin",
        ];
        let r = traced(u, "phone", &phone, Some("lockctl-demo\n")).ok();
        keep("phone", r);
    }
    keep(
        "devices",
        traced(u, "devices", &["-v", "device", "list"], None).ok(),
    );
    let mut create = vec!["-v"];
    create.extend(temppwd_create(WIFI, "Guest", "+1d", &[]));
    let r = traced(u, "temppwd", &create, Some(&format!("{PIN}\n"))).ok();
    keep("temppwd", r);
    if f.is_openapi() {
        // A token about to expire: the next run refreshes it by its refresh token (in the path).
        let path = u.config_dir().join("credentials.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let soon = common::clock::real_now().as_millisecond() + 30_000;
        let edited: Vec<String> = text
            .lines()
            .map(|l| match l.trim_start().starts_with("expires_at") {
                true => format!("expires_at = {soon}"),
                false => l.to_string(),
            })
            .collect();
        std::fs::write(&path, edited.join("\n")).unwrap();
        let old = stored_secrets(u);
        let r = traced(u, "refresh", &["-v", "device", "list"], None).ok();
        let sent = requests(&trace_path(u, "refresh"));
        assert!(
            sent.iter().any(|r| r["path"] == "/v1.0/token/****"),
            "{sent:?}"
        );
        let text = std::fs::read_to_string(trace_path(u, "refresh")).unwrap();
        assert_clean("the refresh trace", &text, &old);
        keep("refresh", r);
        let ticket = format!("/v1.0/devices/{WIFI}/door-lock/password-ticket");
        let r = traced(u, "ticket", &["-v", "api", "call", "POST", &ticket], None).ok();
        let key = r.json()["ticket_key"].as_str().unwrap().to_string();
        assert!(key.len() >= 16, "{}", r.stdout);
        let text = std::fs::read_to_string(trace_path(u, "ticket")).unwrap();
        assert_clean("the ticket trace", &text, std::slice::from_ref(&key));
        assert_clean("the ticket run's -v", &verbose_of(&r.stderr), &[key]);
        keep("ticket", r);
    }
    (files, stderr)
}

/// The lines `-v` printed.
fn verbose_of(stderr: &str) -> String {
    stderr
        .lines()
        .filter(|l| l.starts_with("> "))
        .collect::<Vec<_>>()
        .join("\n")
}

fn planted(f: Flavour, emu: &Emu, u: &User) -> Vec<String> {
    let mut s: Vec<String> = [PIN, EMAIL, PHONE, PASSWORD]
        .iter()
        .map(|x| x.to_string())
        .collect();
    s.push(lockctl_api::sign::md5_hex(PASSWORD.as_bytes()));
    s.extend(match f {
        Flavour::Md5 => vec![lockctl_emulator::DEMO_APP_SECRET.to_string()],
        Flavour::Hmac => vec![HMAC_SECRET.to_string(), HMAC_BMP.to_string()],
        Flavour::Thing => vec![
            lockctl_emulator::demo_thing::APP_SECRET.to_string(),
            lockctl_emulator::demo_thing::BMP_SECRET.to_string(),
        ],
        Flavour::OpenApi => vec![lockctl_emulator::DEMO_ACCESS_SECRET.to_string()],
    });
    s.extend(stored_secrets(u));
    s.extend(emulator_secrets(emu));
    s
}

fn no_secret_in_any_trace(f: Flavour) {
    let emu = Emu::start();
    let u = User::new();
    match f {
        Flavour::Md5 => u.add_md5(&emu, "t"),
        Flavour::Hmac => {
            u.add_hmac(&emu, "t").ok();
        }
        Flavour::Thing => {
            u.add_thing(&emu, "t").ok();
        }
        Flavour::OpenApi => {
            u.add_openapi(&emu, "t").ok();
        }
    }
    let (files, stderr) = exercise(f, &u);
    let secrets = planted(f, &emu, &u);
    // The secrets were there to be leaked: sessions, ecodes (Thing) or tokens (OpenAPI).
    let stored = u.file("credentials.toml");
    let key = if f.is_openapi() {
        "access_token"
    } else {
        "sid"
    };
    assert!(stored.contains(key), "{stored}");
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(
            text.lines().count() >= 2,
            "{f:?}: {} is empty",
            path.display()
        );
        assert_clean(&format!("{f:?} {}", path.display()), &text, &secrets);
    }
    for e in &stderr {
        // What -v prints (the run's own messages, such as whom it logged in as, are not traces).
        let verbose: Vec<&str> = e.lines().filter(|l| l.starts_with("> ")).collect();
        assert!(!verbose.is_empty(), "{f:?}: -v printed nothing: {e}");
        assert_clean(&format!("{f:?} -v"), &verbose.join("\n"), &secrets);
    }
    // The Thing answers are recorded decrypted (redacted), not as sealed text.
    if f == Flavour::Thing {
        let devices = requests(&trace_path(&u, "devices"));
        assert!(
            devices
                .iter()
                .any(|r| r["answer"].to_string().contains("\"localKey\":\"****\"")),
            "{devices:?}"
        );
        assert!(devices.iter().all(|r| r["flavour"] == "thing"));
        assert!(devices
            .iter()
            .all(|r| r["params"]["postData"] == "<encrypted>"));
    }
}

#[test]
fn md5_traces_hold_no_secret() {
    no_secret_in_any_trace(Flavour::Md5);
}

#[test]
fn hmac_traces_hold_no_secret() {
    no_secret_in_any_trace(Flavour::Hmac);
}

#[test]
fn thing_traces_hold_no_secret() {
    no_secret_in_any_trace(Flavour::Thing);
}

#[test]
fn openapi_traces_hold_no_secret() {
    no_secret_in_any_trace(Flavour::OpenApi);
}

/// Compare, as multisets, what the trace says was sent with what the emulator received.
#[track_caller]
fn assert_same_requests(path: &Path, emu: &Emu, openapi: bool) {
    let mut traced: Vec<String> = requests(path)
        .iter()
        .map(|r| match openapi {
            true => format!(
                "{} {}",
                r["method"].as_str().unwrap(),
                r["path"].as_str().unwrap()
            ),
            false => r["action"].as_str().unwrap().to_string(),
        })
        .collect();
    let mut got: Vec<String> = emu
        .sent()
        .into_iter()
        .map(|a| a.split('?').next().unwrap_or("").to_string())
        .collect();
    traced.sort();
    got.sort();
    assert_eq!(traced, got);
    for r in requests(path) {
        assert_eq!(r["status"], 200, "{r}");
        assert!(r["durationMs"].is_u64(), "{r}");
        assert!(r["time"].as_str().unwrap().ends_with('Z'), "{r}");
        assert!(r["answer"].is_object(), "{r}");
        let backend = if openapi { "openapi" } else { "mobile" };
        assert_eq!(r["backend"], backend, "{r}");
    }
}

#[test]
fn every_request_of_the_run_is_in_a_fresh_private_file() {
    let emu = Emu::start();
    let u = User::new();
    u.add_md5(&emu, "t");
    let path = trace_path(&u, "run");
    // An older file at the path, readable by all: replaced, and made private.
    std::fs::write(&path, "an older file\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    emu.clear_journal();
    let login = ["login", "--email", EMAIL, "--password-stdin"];
    traced(&u, "run", &login, Some("lockctl-demo\n")).ok();
    emu.clear_journal();
    let r = traced(&u, "run", &["member", "list", "-d", WIFI], None).ok();
    assert!(!r.stdout.is_empty());
    let all = records(&path);
    assert_eq!(all[0]["kind"], "run", "{all:?}");
    assert_eq!(all[0]["command"], "member list", "{all:?}");
    assert!(
        !std::fs::read_to_string(&path)
            .unwrap()
            .contains("an older file")
            && !all
                .iter()
                .any(|r| r["action"] == "tuya.m.user.email.password.login"),
        "one run, one file: {all:?}"
    );
    assert_same_requests(&path, &emu, false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn openapi_runs_are_recorded_whole() {
    let emu = Emu::start();
    let u = Flavour::OpenApi.user(&emu);
    emu.clear_journal();
    traced(&u, "oa", &["device", "list"], None).ok();
    let path = trace_path(&u, "oa");
    assert_same_requests(&path, &emu, true);
    let sent = requests(&path);
    assert!(sent.iter().any(|r| r["path"] == "/v1.0/token"), "{sent:?}");
    // The signed headers are shown, their secrets hidden.
    assert!(
        sent.iter()
            .all(|r| r["headers"]["sign"] == "****" && r["headers"]["client_id"].is_string()),
        "{sent:?}"
    );
}

#[test]
fn lockctl_trace_in_the_environment_records_and_the_flag_wins() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    let env_path = trace_path(&u, "env");
    let flag_path = trace_path(&u, "flag");
    let env = [("LOCKCTL_TRACE", env_path.to_str().unwrap())];
    u.run_env(&["device", "list"], &env, None).ok();
    assert!(!requests(&env_path).is_empty());
    let before = std::fs::read_to_string(&env_path).unwrap();
    // Reading a trace with LOCKCTL_TRACE naming it leaves it as it was.
    let shown = u
        .run_env(&["trace", "show", env_path.to_str().unwrap()], &env, None)
        .ok();
    assert!(shown.stdout.contains("tuya.m"), "{}", shown.stdout);
    assert_eq!(std::fs::read_to_string(&env_path).unwrap(), before);
    // --trace wins over the environment.
    let args = ["--trace", flag_path.to_str().unwrap(), "device", "list"];
    u.run_env(&args, &env, None).ok();
    assert!(!requests(&flag_path).is_empty());
    assert_eq!(std::fs::read_to_string(&env_path).unwrap(), before);
}

#[test]
fn a_trace_that_cannot_be_written_stops_the_run_before_any_request() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    emu.clear_journal();
    let nowhere = u.dir.path().join("no/such/dir/t.jsonl");
    let r = u
        .run(&["--trace", nowhere.to_str().unwrap(), "device", "list"])
        .fails(1);
    assert!(
        r.stderr.contains("cannot write the trace") && r.stderr.contains("hint:"),
        "{}",
        r.stderr
    );
    assert!(emu.sent().is_empty(), "{:?}", emu.sent());
}

#[test]
fn a_request_without_an_answer_is_recorded_with_its_error() {
    let u = User::new();
    // A port nobody listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    u.run_env(
        &[
            "profile",
            "add",
            "t",
            "--endpoint",
            &url,
            "--client-id",
            "x",
        ],
        &[("LOCKCTL_APP_SECRET", "s3cr3tappsecretvalue")],
        None,
    )
    .ok();
    let login = ["login", "--email", EMAIL, "--password-stdin"];
    traced(&u, "dead", &login, Some("pw\n")).fails(1);
    let sent = requests(&trace_path(&u, "dead"));
    assert!(!sent.is_empty());
    assert!(
        sent.iter()
            .all(|r| r["status"].is_null() && r["error"].is_string()),
        "{sent:?}"
    );
    let text = std::fs::read_to_string(trace_path(&u, "dead")).unwrap();
    assert_clean("the dead trace", &text, &["s3cr3tappsecretvalue".into()]);
}

#[test]
fn verbose_and_the_trace_hide_the_same() {
    for f in [
        Flavour::Md5,
        Flavour::Hmac,
        Flavour::Thing,
        Flavour::OpenApi,
    ] {
        let emu = Emu::start();
        let u = f.user(&emu);
        let mut create = vec!["-v"];
        create.extend(temppwd_create(WIFI, "Guest", "+1d", &[]));
        let r = traced(&u, "both", &create, Some(&format!("{PIN}\n"))).ok();
        // What -v prints of each request body is what the trace records.
        let marker = if f.is_openapi() {
            " body="
        } else {
            " postData="
        };
        let shown: Vec<Value> = r
            .stderr
            .lines()
            .filter_map(|l| l.split_once(marker))
            .map(|(_, b)| serde_json::from_str(b).unwrap())
            .collect();
        let bodies: Vec<Value> = requests(&trace_path(&u, "both"))
            .into_iter()
            .filter_map(|r| r.get("body").cloned())
            .collect();
        assert!(!shown.is_empty(), "{f:?}: {}", r.stderr);
        assert_eq!(shown, bodies, "{f:?}");
        assert!(
            shown
                .iter()
                .any(|b| b.to_string().contains("\"password\":\"****\"")),
            "{f:?}: {shown:?}"
        );
    }
}

#[test]
fn trace_show_renders_each_request() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    traced(&u, "show", &["device", "list"], None).ok();
    let path = trace_path(&u, "show");
    let r = u.run(&["trace", "show", path.to_str().unwrap()]).ok();
    assert!(
        r.stdout.starts_with("trace of `lockctl device list`"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("HTTP 200  mobile md5  tuya.m.location.list"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("  answer: {"), "{}", r.stdout);
    assert!(r.stdout.contains(" ms  "), "{}", r.stdout);
    let json = u
        .run(&["trace", "show", path.to_str().unwrap(), "--json"])
        .ok()
        .json();
    assert_eq!(json.as_array().unwrap().len(), records(&path).len());
    let statuses = u
        .run(&[
            "trace",
            "show",
            path.to_str().unwrap(),
            "--jq",
            "[.[] | .status | select(. != null)] | unique",
        ])
        .ok()
        .json();
    assert_eq!(statuses, serde_json::json!([200]));
}

#[test]
fn trace_show_survives_garbage_and_a_cut_short_line() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    traced(&u, "g", &["device", "list"], None).ok();
    let path = trace_path(&u, "g");
    let good = records(&path).len();
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"not json at all\n\xff\xfe\x00binary\n[1,2,3]\n{\"no\":\"kind\"}\n\n");
    bytes.extend_from_slice(b"{\"v\":1,\"time\":\"2025-01-01T00:00:00.000Z\",\"kind\":\"requ");
    std::fs::write(&path, &bytes).unwrap();
    let r = u
        .run(&["trace", "show", path.to_str().unwrap(), "--json"])
        .ok();
    assert_eq!(r.json().as_array().unwrap().len(), good);
    assert!(r.stderr.contains("skipped 4 line(s)"), "{}", r.stderr);
    assert!(r.stderr.contains("cut short"), "{}", r.stderr);
    u.run(&["trace", "show", path.to_str().unwrap()]).ok();
    // Nothing but garbage: said so, exit 1.
    let junk = u.dir.path().join("junk");
    std::fs::write(&junk, b"\x00\x01\x02\nhello\n").unwrap();
    let r = u.run(&["trace", "show", junk.to_str().unwrap()]).fails(1);
    assert!(r.stderr.contains("holds no trace records"), "{}", r.stderr);
    let r = u.run(&["trace", "show", "/no/such/trace.jsonl"]).fails(1);
    assert!(r.stderr.contains("cannot read the trace"), "{}", r.stderr);
    // An empty trace shows nothing, quietly.
    let empty = u.dir.path().join("empty");
    std::fs::write(&empty, b"").unwrap();
    let r = u
        .run(&["trace", "show", empty.to_str().unwrap(), "--json"])
        .ok();
    assert_eq!(r.json(), serde_json::json!([]));
}

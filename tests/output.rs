//! The output path: --jq, closed pipes, colour precedence, where --json may stand, conflicting
//! output flags, and the typed JSON of the local verbs (profiles, the catalogue).

mod common;

use std::process::Stdio;

use common::*;
use serde_json::Value;

const BOLD: &str = "\u{1b}[1m";

/// Run lockctl with stdout a pipe whose reading end is closed before it starts, so its first
/// write fails with a broken pipe however fast or slow it is. Returns the exit code and stderr.
fn into_closed_pipe(u: &User, args: &[&str]) -> (i32, String) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = u
        .cmd(args)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_closed_pipe_ends_quietly_with_exit_0() {
    let u = User::new();
    for args in [
        &["completions", "bash"][..],
        &["--profile", "demo", "device", "list"],
        &["--profile", "demo", "device", "list", "--json"],
        &["api", "list"],
        &["api", "list", "--json"],
        // An endless jq program ends with the reader too.
        &["api", "list", "--jq", "repeat(1)"],
        &["--help"],
    ] {
        let (code, stderr) = into_closed_pipe(&u, args);
        assert_eq!(code, 0, "{args:?}: stderr: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

#[test]
fn the_shell_sees_head_succeed_on_both_sides() {
    let u = User::new();
    let bin = env!("CARGO_BIN_EXE_lockctl");
    // PIPESTATUS is bash's; the lockctl side of the pipe must exit 0 after head leaves.
    let has_bash = std::process::Command::new("bash")
        .arg("-c")
        .arg("true")
        .status()
        .is_ok_and(|s| s.success());
    if !has_bash {
        eprintln!("SKIPPED: bash not found");
        return;
    }
    let out = std::process::Command::new("bash")
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", u.dir.path())
        .env("LOCKCTL_CONFIG_DIR", u.config_dir())
        .env("LOCKCTL_DATA_DIR", u.dir.path().join("data"))
        .arg("-c")
        .arg(format!(
            "'{bin}' completions bash 2>err | head -1 >/dev/null; echo ${{PIPESTATUS[0]}}"
        ))
        .current_dir(u.dir.path())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
    let err = std::fs::read_to_string(u.dir.path().join("err")).unwrap();
    assert_eq!(err, "");
}

#[test]
fn jq_filters_the_json_and_prints_what_jq_prints() {
    let u = User::new();
    let all = u
        .run(&["--profile", "demo", "device", "list", "--json"])
        .ok()
        .json();
    let r = u
        .run(&["--profile", "demo", "device", "list", "--jq", ".[0].name"])
        .ok();
    // A string prints quoted, like jq without -r.
    assert!(r.stdout.starts_with('"'), "{}", r.stdout);
    assert_eq!(r.json(), all[0]["name"]);
    // One document per output value.
    let r = u
        .run(&["--profile", "demo", "device", "list", "--jq", ".[0], .[0]"])
        .ok();
    let docs: Vec<Value> = serde_json::Deserializer::from_str(&r.stdout)
        .into_iter::<Value>()
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs, vec![all[0].clone(), all[0].clone()]);
    // --jq anywhere on the line, and on local verbs too.
    let r = u.run(&["--jq", "length", "api", "list"]).ok();
    let n = u.run(&["api", "list", "--json"]).ok().json();
    assert_eq!(r.json(), Value::from(n.as_array().unwrap().len()));
    let r = u.run(&["profile", "list", "--jq", ".[].name"]).ok();
    assert_eq!(r.stdout, "\"demo\"\n\"demo-openapi\"\n");
}

#[test]
fn a_bad_jq_program_is_a_usage_error_before_any_request() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for expr in [".[", "nosuchfilter", "if . then 1", ".a |"] {
        let r = u.run(&["device", "list", "--jq", expr]).fails(2);
        assert!(r.stderr.contains("--jq"), "{}", r.stderr);
        assert!(r.stderr.contains("hint:"), "{}", r.stderr);
        assert_eq!(r.stdout, "");
    }
    let r = u
        .run(&["member", "list", "-d", WIFI, "--jq", "nosuchfilter"])
        .fails(2);
    assert!(r.stderr.contains("undefined filter"), "{}", r.stderr);
    assert!(emu.sent().is_empty(), "sent: {:?}", emu.sent());
}

#[test]
fn output_flags_that_ask_for_two_things_are_usage_errors() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for args in [
        &["device", "list", "--jq", ".", "--raw"][..],
        &["device", "list", "--json", "--raw"],
        &["device", "list", "--json", "name", "--jq", "."],
        &["--json", "name", "--jq", ".", "device", "list"],
        &["device", "list", "--color", "sometimes"],
    ] {
        let r = u.run(args).fails(2);
        assert!(r.stderr.contains("error"), "{args:?}: {}", r.stderr);
    }
    assert!(emu.sent().is_empty(), "sent: {:?}", emu.sent());
    // Local verbs have no wire result to print.
    let r = u.run(&["profile", "list", "--raw"]).fails(2);
    assert!(r.stderr.contains("--json"), "{}", r.stderr);
}

#[test]
fn json_stands_anywhere_on_the_line() {
    let u = User::new();
    let after = u
        .run(&["--profile", "demo", "device", "list", "--json"])
        .ok()
        .json();
    let before = u
        .run(&["--json", "--profile", "demo", "device", "list"])
        .ok()
        .json();
    assert_eq!(after, before);
    assert!(after.is_array());
    // Before the verb, a bare --json must not swallow the group's name.
    let members = u
        .run(&["--profile", "demo", "--json", "member", "list", "-d", BLE])
        .ok()
        .json();
    let same = u
        .run(&["--profile", "demo", "member", "list", "-d", BLE, "--json"])
        .ok()
        .json();
    assert_eq!(members, same);
    // After the verb, --json FIELDS selects fields, in the order asked for.
    let r = u.run(&["profile", "list", "--json", "sign,name"]).ok();
    let j = r.json();
    assert_eq!(j[0].as_object().unwrap().len(), 2);
    assert!(r.stdout.find("\"sign\"") < r.stdout.find("\"name\""));
    let r = u.run(&["profile", "list", "--json", "nope"]).fails(2);
    assert!(r.stderr.contains("clientId"), "{}", r.stderr);
}

fn profile_table(u: &User, args: &[&str], envs: &[(&str, &str)]) -> String {
    let mut all = vec!["profile", "list"];
    all.extend_from_slice(args);
    let mut envs = envs.to_vec();
    envs.push(("LOCKCTL_FORCE_TTY", "1"));
    envs.push(("COLUMNS", "120"));
    u.run_env(&all, &envs, None).ok().stdout
}

#[test]
fn colour_precedence_flag_then_no_color_then_force_then_dumb_terminal() {
    let u = User::new();
    // The harness sets NO_COLOR=1; an empty value means unset.
    let unset = ("NO_COLOR", "");
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], bool);
    let cases: &[Case] = &[
        (&[], &[unset], true),
        (&[], &[("NO_COLOR", "1")], false),
        (&[], &[("NO_COLOR", "0")], true),
        (&["--color", "never"], &[unset], false),
        (&["--color", "always"], &[("NO_COLOR", "1")], true),
        (&[], &[unset, ("TERM", "dumb")], false),
        (
            &[],
            &[unset, ("TERM", "dumb"), ("CLICOLOR_FORCE", "1")],
            true,
        ),
        (
            &[],
            &[unset, ("TERM", "dumb"), ("CLICOLOR_FORCE", "0")],
            false,
        ),
        (&[], &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")], false),
        (
            &["--color", "never"],
            &[unset, ("CLICOLOR_FORCE", "1")],
            false,
        ),
    ];
    for (args, envs, bold) in cases {
        let out = profile_table(&u, args, envs);
        assert!(out.contains("PROFILE"), "{out}");
        assert_eq!(out.contains(BOLD), *bold, "{args:?} {envs:?}: {out:?}");
    }
    // Piped without LOCKCTL_FORCE_TTY: tab-separated rows, never escape codes.
    let r = u.run_env(&["profile", "list"], &[unset], None).ok();
    assert!(
        r.stdout.starts_with("CURRENT\tPROFILE\tENDPOINT"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains('\u{1b}'));
}

#[test]
fn notices_go_to_stderr_and_quiet_hides_them() {
    let u = User::new();
    let r = u.run(&["profile", "use", "demo"]).ok();
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr.contains("Now using profile `demo`"),
        "{}",
        r.stderr
    );
    let r = u.run(&["profile", "use", "demo", "-q"]).ok();
    assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("", ""));
    // Errors keep their shape: `error:` then `hint:`.
    let r = u.run(&["profile", "use", "nope"]).fails(2);
    assert!(r
        .stderr
        .starts_with("error: unknown profile `nope`\nhint: "));
    // Clap's own refusals exit 2 on stderr; help exits 0 on stdout.
    let r = u.run(&["device", "list", "--bogus"]).fails(2);
    assert!(r.stderr.contains("--bogus") && r.stdout.is_empty());
    let r = u.run(&["--help"]).ok();
    assert!(r.stdout.contains("Usage") && r.stderr.is_empty());
}

#[test]
fn profiles_print_typed_json_and_demo_is_listed_everywhere() {
    let emu = Emu::start();
    let u = User::new();
    u.login_md5(&emu, "a");
    let list = u.run(&["profile", "list", "--json"]).ok().json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 3);
    let a = &list[0];
    assert_eq!(a["name"], "a");
    assert_eq!(a["current"], true);
    assert_eq!(a["builtin"], false);
    assert_eq!(
        a["endpoint"],
        emu.url.trim_end_matches('/').to_string() + "/"
    );
    assert_eq!(a["clientId"], lockctl_emulator::DEMO_CLIENT_ID);
    assert_eq!(a["sign"], "md5");
    assert_eq!(a["loggedIn"], true);
    assert_eq!(a["account"], "demo@example.com");
    let demo = &list[1];
    assert_eq!(demo["name"], "demo");
    assert_eq!(demo["builtin"], true);
    assert_eq!(demo["endpoint"], Value::Null);
    // Every entry has the same keys.
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(a), keys(demo));
    let demo_openapi = &list[2];
    assert_eq!(demo_openapi["name"], "demo-openapi");
    assert_eq!(demo_openapi["builtin"], true);
    assert_eq!(demo_openapi["clientId"], lockctl_emulator::DEMO_ACCESS_ID);
    assert_eq!(keys(a), keys(demo_openapi));

    let show = u.run(&["profile", "show", "a", "--json"]).ok().json();
    assert_eq!(show["name"], "a");
    assert_eq!(show["appSecret"], "set");
    assert_eq!(show["session"]["account"], "demo@example.com");
    assert!(show["session"].get("sid").is_none());
    assert!(!u
        .run(&["profile", "show", "a", "--json"])
        .ok()
        .stdout
        .contains(lockctl_emulator::DEMO_APP_SECRET));
    let d = u.run(&["profile", "show", "demo", "--json"]).ok().json();
    assert_eq!(d["builtin"], true);
    assert_eq!(keys(&d), keys(&show));

    // demo cannot be removed, and says why.
    let r = u.run(&["profile", "remove", "demo", "--yes"]).fails(2);
    assert!(r.stderr.contains("built-in"), "{}", r.stderr);
}

#[test]
fn api_list_is_typed_and_api_call_prints_the_wire() {
    let u = User::new();
    let all = u.run(&["api", "list", "--json"]).ok().json();
    let first = &all[0];
    for k in ["verb", "kinds", "action", "version", "read"] {
        assert!(first.get(k).is_some(), "{k} missing: {first}");
    }
    let r = u.run(&["api", "list", "--json", "action"]).ok().json();
    assert_eq!(r[0].as_object().unwrap().len(), 1);
    // api call prints the wire result with or without --json; --jq filters it.
    let args = [
        "--profile",
        "demo",
        "api",
        "call",
        "tuya.m.device.member.list",
        "-d",
        BLE,
    ];
    let plain = u.run(&args).ok().json();
    let mut with_json = args.to_vec();
    with_json.push("--json");
    assert_eq!(u.run(&with_json).ok().json(), plain);
    let mut with_jq = args.to_vec();
    with_jq.extend(["--jq", ".[0].userId"]);
    assert_eq!(u.run(&with_jq).ok().json(), plain[0]["userId"]);
}

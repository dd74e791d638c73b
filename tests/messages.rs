//! What lockctl says when it refuses or reports: errors that name what the user typed, hints that
//! work as printed, and previews that only someone at a terminal sees.

mod common;

use common::*;

/// The commands quoted in backticks in the `hint:` line of stderr.
fn hinted_commands(stderr: &str) -> Vec<Vec<String>> {
    let hint = stderr
        .lines()
        .find_map(|l| l.strip_prefix("hint: "))
        .unwrap_or_else(|| panic!("no hint: {stderr}"));
    hint.split('`')
        .skip(1)
        .step_by(2)
        .filter_map(|c| c.strip_prefix("lockctl "))
        .map(|c| c.split_whitespace().map(str::to_string).collect())
        .collect()
}

#[test]
fn remote_verbs_on_a_wifi_lock_name_the_verb_asked() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for verb in ["unlock", "lock", "status"] {
        let r = u.run(&["remote", verb, "-d", WIFI, "--yes"]).fails(2);
        let asked = format!("`remote {verb}` does not exist for Wi-Fi locks");
        assert!(r.stderr.contains(&asked), "{verb}: {}", r.stderr);
        if verb != "status" {
            assert!(!r.stderr.contains("remote status"), "{}", r.stderr);
        }
    }
    assert!(emu.journal().is_empty(), "sent: {:?}", emu.journal());
}

#[test]
fn type_words_are_quoted_as_typed() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for (group, word) in [
        ("alarm", "wrong_fingers"),
        ("alarm", "Wrong_Fingers"),
        ("history", "finger_print"),
    ] {
        let r = u.run(&[group, "list", "-d", WIFI, "--type", word]).fails(2);
        assert!(
            r.stderr.contains(&format!("--type `{word}` is not")),
            "{group} {word}: {}",
            r.stderr
        );
    }
    assert!(emu.journal().is_empty(), "sent: {:?}", emu.journal());
    // The `_` spelling of a real word is still taken.
    u.run(&["alarm", "list", "-d", WIFI, "--type", "wrong_finger"])
        .ok();
}

#[test]
fn a_verb_missing_because_of_kind_says_kind_caused_it() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let r = u
        .run(&[
            "--kind", "wifi", "member", "freeze", "-d", BLE, "--user", "1002",
        ])
        .fails(2);
    assert!(
        r.stderr
            .contains("`member freeze` does not exist for Wi-Fi locks (--kind wifi)"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("is a Wi-Fi lock"), "{}", r.stderr);
    assert!(r.stderr.contains("--kind wifi was given"), "{}", r.stderr);
    assert!(emu.journal().is_empty(), "sent: {:?}", emu.journal());
    // The hinted command shows the kind the cloud reports.
    let cmd = &hinted_commands(&r.stderr)[0];
    let args: Vec<&str> = cmd.iter().map(String::as_str).collect();
    let shown = u.run(&args).ok();
    assert_eq!(kind_line(&shown.stdout), "kind ble", "{}", shown.stdout);
}

/// The `kind` line of `device show`, spaces squeezed.
fn kind_line(stdout: &str) -> String {
    let line = stdout.lines().find(|l| l.starts_with("kind")).unwrap_or("");
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `device show` does not read "online online".
#[test]
fn device_show_words_are_not_doubled() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let r = u.run(&["device", "show", "-d", WIFI]).ok();
    let squeezed = r.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!squeezed.contains("online online"), "{}", r.stdout);
    assert!(squeezed.contains("status online"), "{}", r.stdout);
}

#[test]
fn a_cloud_refusal_under_kind_does_not_ask_for_kind() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let r = u
        .run(&["--kind", "ble", "member", "list", "-d", WIFI])
        .fails(1);
    assert!(
        r.stderr.contains("API_OR_API_VERSION_WRONG"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("--kind ble was given"), "{}", r.stderr);
    assert!(!r.stderr.contains("pass --kind"), "{}", r.stderr);
}

/// Hints repeat the `--profile` and `--dev` given as flags, so the command they print works.
#[test]
fn hints_work_as_printed_with_the_profile_given() {
    let emu = Emu::start();
    let u = User::ready(&emu);
    u.login_md5(&emu, "second");
    u.add_md5(&emu, "fresh");
    u.run(&["profile", "use", "t"]).ok();

    let r = u
        .run(&[
            "--profile",
            "second",
            "--kind",
            "ble",
            "member",
            "list",
            "-d",
            WIFI,
        ])
        .fails(1);
    let cmds = hinted_commands(&r.stderr);
    assert_eq!(
        cmds[0],
        ["--profile", "second", "-d", WIFI, "device", "show"],
        "{}",
        r.stderr
    );
    let args: Vec<&str> = cmds[0].iter().map(String::as_str).collect();
    assert_eq!(kind_line(&u.run(&args).ok().stdout), "kind wifi");

    // Not logged in: the hint logs in to the profile named, not the current one.
    let r = u.run(&["--profile", "fresh", "device", "list"]).fails(4);
    let cmds = hinted_commands(&r.stderr);
    assert_eq!(cmds[0], ["--profile", "fresh", "login"], "{}", r.stderr);
    let mut args: Vec<&str> = cmds[0].iter().map(String::as_str).collect();
    args.extend(["--email", "demo@example.com", "--password-stdin"]);
    u.run_stdin(&args, "lockctl-demo\n").ok();
    u.run(&["--profile", "fresh", "device", "list"]).ok();
}

#[test]
fn member_show_says_frozen() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    for dev in [BLE, ZIGBEE] {
        u.run(&["member", "freeze", "-d", dev, "--user", "1002", "--yes"])
            .ok();
        let r = u.run(&["member", "show", "-d", dev, "--user", "1002"]).ok();
        let status = r
            .stdout
            .lines()
            .find(|l| l.starts_with("status"))
            .unwrap_or_else(|| panic!("no status line: {}", r.stdout));
        assert!(status.contains("frozen"), "{dev}: {}", r.stdout);
        let j = u
            .run(&["member", "show", "-d", dev, "--user", "1002", "--json"])
            .ok()
            .json();
        assert_eq!(j["frozen"], true, "{dev}: {j}");
        assert_eq!(j["validity"], "frozen", "{dev}: {j}");
    }
}

/// `temppwd create` of a 30-day office window that starts on a Monday two weeks or more from
/// today (whatever today is), and the window's first instant as a table shows it.
fn create_args() -> (Vec<String>, String) {
    let monday = clock::next_weekday_after(14, jiff::civil::Weekday::Monday);
    let end = monday + jiff::Span::new().days(30);
    let args = [
        "temppwd",
        "create",
        "-d",
        WIFI,
        "--name",
        "Office",
        "--from",
        &clock::typed(monday, "00:00"),
        "--to",
        &clock::typed(end, "00:00"),
        "--schedule",
        "mon-fri 09:00-18:00",
    ]
    .map(String::from)
    .to_vec();
    (args, clock::shown(monday, "00:00"))
}

/// The preview of what `temppwd create` will send is for someone at a terminal: not written into
/// a pipe or a log, where the notice of what was done still goes.
#[test]
fn the_create_preview_is_shown_only_on_a_terminal() {
    let emu = Emu::start();
    let u = User::warm(&emu);
    let (create, first) = create_args();
    let mut args: Vec<&str> = create.iter().map(String::as_str).collect();
    args.push("--pin-stdin");
    let r = u.run_stdin(&args, "7654321\n").ok();
    assert!(
        !r.stderr.contains("Temporary password \"Office\"") && !r.stderr.contains("•••"),
        "preview in a pipe: {}",
        r.stderr
    );
    assert!(
        r.stderr.contains("Created temporary password \"Office\""),
        "{}",
        r.stderr
    );

    let mut args: Vec<&str> = create.iter().map(String::as_str).collect();
    args[5] = "Office 2";
    args.push("--generate");
    let script = [
        "expect:Temporary password \"Office 2\"",
        // Not a confirmed verb: the preview, then the password made, no question.
        "expect:Created temporary password",
    ];
    let Some((ok, log)) = pty(&u, &args, &script) else {
        return;
    };
    assert!(ok, "pty session failed:\n{log}");
    assert!(
        log.contains("•••••••") && log.contains("Mon-Fri 09:00-18:00") && log.contains(&first),
        "preview on the terminal:\n{log}"
    );
}

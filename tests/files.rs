//! lockctl's files on a shared machine: a private directory whatever the umask, refusal of files
//! others could change, no symlinked lock file, no leftovers of interrupted writes, strict TOML,
//! and a remembered login that holds the password's MD5 only.

mod common;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::Command;

use common::{Emu, Run, User};

const PASSWORD: &str = "lockctl-demo";
/// md5("lockctl-demo"), lowercase hex.
fn password_md5() -> String {
    lockctl_api::sign::md5_hex(PASSWORD.as_bytes())
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().mode() & 0o777
}

/// `profile add` with a loopback endpoint nobody answers: a write that sends nothing.
fn add_profile(u: &User, name: &str) -> Run {
    u.run_env(
        &[
            "profile",
            "add",
            name,
            "--endpoint",
            "http://127.0.0.1:9",
            "--client-id",
            "someclientid00000001",
        ],
        &[("LOCKCTL_APP_SECRET", "someappsecret000000000000000001")],
        None,
    )
}

#[test]
fn the_config_directory_is_private_whatever_the_umask() {
    let u = User::new();
    let c = u.cmd(&[]);
    let mut sh = Command::new("sh");
    sh.arg("-c")
        .arg("umask 000; exec \"$0\" \"$@\"")
        .arg(c.get_program())
        .args([
            "profile",
            "add",
            "p",
            "--endpoint",
            "http://127.0.0.1:9",
            "--client-id",
            "someclientid00000001",
        ])
        .env_clear();
    for (k, v) in c.get_envs() {
        if let Some(v) = v {
            sh.env(k, v);
        }
    }
    sh.env("LOCKCTL_APP_SECRET", "someappsecret000000000000000001");
    let out = sh.output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let dir = u.config_dir();
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("credentials.toml")), 0o600);
    assert_eq!(mode(&dir.join("lockctl.lock")), 0o600);
    assert!(mode(&dir.join("config.toml")) & 0o022 == 0);
}

#[test]
fn a_directory_others_can_write_is_refused_with_a_hint() {
    let u = User::new();
    add_profile(&u, "p").ok();
    let dir = u.config_dir();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let r = u.run(&["profile", "list"]).fails(1);
    assert!(
        r.stderr.contains("let other users change it"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains(&format!("hint: chmod go-w {}", dir.display())),
        "{}",
        r.stderr
    );
    // Writes are refused too, and change nothing.
    let before = u.file("config.toml");
    add_profile(&u, "q").fails(1);
    assert_eq!(u.file("config.toml"), before);
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    u.run(&["profile", "list"]).ok();
}

#[test]
fn files_others_can_write_are_refused() {
    let u = User::new();
    add_profile(&u, "p").ok();
    for name in ["config.toml", "credentials.toml"] {
        let f = u.config_dir().join(name);
        let m = mode(&f);
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o666)).unwrap();
        let r = u.run(&["profile", "show", "p"]).fails(1);
        assert!(
            r.stderr.contains(name) && r.stderr.contains("chmod go-w"),
            "{}",
            r.stderr
        );
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(m)).unwrap();
    }
    u.run(&["profile", "show", "p"]).ok();
}

#[test]
fn files_of_another_user_are_refused() {
    if rustix::process::geteuid().as_raw() != 0 {
        common::skip("not root: cannot give a file to another user");
        return;
    }
    let u = User::new();
    add_profile(&u, "p").ok();
    let f = u.config_dir().join("credentials.toml");
    std::os::unix::fs::chown(&f, Some(65534), None).unwrap();
    let r = u.run(&["profile", "show", "p"]).fails(1);
    assert!(r.stderr.contains("belongs to another user"), "{}", r.stderr);
    let dir = u.config_dir();
    std::os::unix::fs::chown(&f, Some(0), None).unwrap();
    std::os::unix::fs::chown(&dir, Some(65534), None).unwrap();
    u.run(&["profile", "show", "p"]).fails(1);
}

#[test]
fn the_lock_file_is_never_followed_through_a_symlink() {
    let u = User::new();
    let dir = u.config_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    let target = u.dir.path().join("victim");
    std::os::unix::fs::symlink(&target, dir.join("lockctl.lock")).unwrap();
    let r = add_profile(&u, "p").fails(1);
    assert!(r.stderr.contains("lockctl.lock"), "{}", r.stderr);
    assert!(!target.exists(), "lockctl created the symlink's target");
    assert!(u.file("config.toml").is_empty());
}

#[test]
fn leftovers_of_an_interrupted_write_are_removed_on_the_next_write() {
    let u = User::new();
    add_profile(&u, "p").ok();
    let dir = u.config_dir();
    let ours = dir.join(".lockctl-AbC123.tmp");
    let older = dir.join(".tmpXy7Qz1");
    let other = dir.join("notes.txt");
    for f in [&ours, &older, &other] {
        std::fs::write(f, "app_secret = \"half a file\"\n").unwrap();
    }
    // A read leaves them (no lock is held), the next write removes them.
    u.run(&["profile", "list"]).ok();
    assert!(ours.exists());
    add_profile(&u, "q").ok();
    assert!(!ours.exists() && !older.exists());
    assert!(other.exists());
}

#[test]
fn an_unknown_key_in_config_toml_is_an_error_naming_the_line() {
    let u = User::new();
    add_profile(&u, "p").ok();
    let path = u.config_dir().join("config.toml");
    let text = u.file("config.toml").replace("client_id", "clientid");
    std::fs::write(&path, &text).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("clientid"))
        .unwrap()
        + 1;
    let r = u.run(&["profile", "list"]).fails(1);
    assert!(
        r.stderr.contains(&format!("{}:{line}:", path.display())),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("clientid"), "{}", r.stderr);
    // Never read as empty and written back without the profile.
    add_profile(&u, "q").fails(1);
    assert_eq!(u.file("config.toml"), text);
    // A typo in a table name too.
    std::fs::write(&path, "[profile.x]\nendpoint = \"https://a1.tuyaeu.com\"\n").unwrap();
    let r = u.run(&["profile", "list"]).fails(1);
    assert!(
        r.stderr.contains(&format!("{}:1:", path.display())),
        "{}",
        r.stderr
    );
}

#[test]
fn a_typo_in_credentials_toml_is_an_error_that_keeps_its_secrets() {
    let u = User::new();
    add_profile(&u, "p").ok();
    let path = u.config_dir().join("credentials.toml");
    let text = u.file("credentials.toml");
    assert!(text.contains("someappsecret000000000000000001"), "{text}");
    let broken = text.replace("app_secret", "app_secreet");
    std::fs::write(&path, &broken).unwrap();
    let line = broken
        .lines()
        .position(|l| l.starts_with("app_secreet"))
        .unwrap()
        + 1;
    let r = u.run(&["profile", "show", "p"]).fails(1);
    assert!(
        r.stderr.contains(&format!("{}:{line}:", path.display())),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("someappsecret"), "{}", r.stderr);
    // A write refuses too: the secrets stay.
    add_profile(&u, "q").fails(1);
    assert_eq!(u.file("credentials.toml"), broken);
    // A value of the wrong type is not quoted back.
    std::fs::write(
        &path,
        "[profiles.p]\napp_secret = \"x\"\ndevice_id = \"y\"\nsession = \"s3cr3tvalue\"\n",
    )
    .unwrap();
    let r = u.run(&["profile", "show", "p"]).fails(1);
    assert!(!r.stderr.contains("s3cr3tvalue"), "{}", r.stderr);
}

fn login_remembering(u: &User, emu: &Emu) {
    u.add_md5(emu, "t");
    u.run_stdin(
        &[
            "--profile",
            "t",
            "login",
            "--email",
            "demo@example.com",
            "--password-stdin",
            "--remember-password",
        ],
        &format!("{PASSWORD}\n"),
    )
    .ok();
}

#[test]
fn remember_password_stores_only_the_md5_and_logs_in_again_with_it() {
    let emu = Emu::start();
    let u = User::new();
    login_remembering(&u, &emu);
    let creds = u.file("credentials.toml");
    assert!(!creds.contains(PASSWORD), "{creds}");
    assert!(creds.contains(&password_md5()), "{creds}");
    let sid_before = emu.with_inner(|s| s.auth.sessions.len());
    emu.with_inner(|s| s.expire_sessions());
    emu.clear_journal();
    u.run(&["device", "list"]).ok();
    let sent = emu.sent();
    assert!(
        sent.iter().any(|a| a.ends_with("password.login")),
        "{sent:?}"
    );
    assert!(emu.with_inner(|s| s.auth.sessions.len()) > sid_before);
}

#[test]
fn a_password_stored_in_clear_is_hashed_and_rewritten_on_read() {
    let emu = Emu::start();
    let u = User::new();
    login_remembering(&u, &emu);
    let path = u.config_dir().join("credentials.toml");
    let creds = u.file("credentials.toml");
    let old = creds.replace(
        &format!("password_md5 = \"{}\"", password_md5()),
        &format!("password = \"{PASSWORD}\""),
    );
    assert_ne!(old, creds);
    std::fs::write(&path, &old).unwrap();
    emu.with_inner(|s| s.expire_sessions());
    u.run(&["device", "list"]).ok();
    let now = u.file("credentials.toml");
    assert!(!now.contains(PASSWORD), "{now}");
    assert!(now.contains(&password_md5()), "{now}");
    assert_eq!(mode(&path), 0o600);
    // Read by a verb that already holds the directory lock: no wait on itself, no clear password.
    std::fs::write(&path, &old).unwrap();
    add_profile(&u, "q").ok();
    let now = u.file("credentials.toml");
    assert!(
        !now.contains(PASSWORD) && now.contains(&password_md5()),
        "{now}"
    );
}

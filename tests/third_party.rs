//! A real third-party Tuya client, the npm package @tuyapi/cloud, logs in (loginEx: token + RSA
//! without padding) and calls the emulator in md5 and hmac mode. Runs where node and npm are
//! present; where they are not, says so in `cargo test` output (`common::skip`).

mod common;

use std::process::Command;

#[test]
fn tuyapi_cloud_logs_in_and_calls_in_both_modes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tuyapi");
    if !common::has_tool("node") || !common::has_tool("npm") {
        common::skip("node/npm not found; the @tuyapi/cloud check did not run");
        return;
    }
    if !dir.join("node_modules/@tuyapi/cloud").exists() {
        // npm's cache goes to a temp dir: tests never write to the real home.
        let cache = tempfile::tempdir().unwrap();
        let st = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .env("npm_config_cache", cache.path())
            .current_dir(&dir)
            .status()
            .unwrap();
        if !st.success() {
            common::skip("`npm ci` failed (no registry?); the @tuyapi/cloud check did not run");
            return;
        }
    }
    let emu = common::Emu::start();
    let out = Command::new("node")
        .arg("check.js")
        .arg(&emu.url)
        .current_dir(&dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("md5 ok: Demo Home with 3 devices"),
        "{stdout}"
    );
    assert!(
        stdout.contains("hmac ok: Demo Home with 3 devices"),
        "{stdout}"
    );
    let journal = emu.journal();
    assert!(
        journal
            .iter()
            .filter(|(a, o)| a == "tuya.m.user.email.password.login" && o == "ok")
            .count()
            == 2,
        "{journal:?}"
    );
}

/// A Python with the pinned tuya-mobile client (tests/tuya_mobile/requirements.txt) in a venv
/// under cargo's target dir, made once and kept while the requirements do not change; `None`
/// (after a visible skip) where python3 or the install is missing.
fn tuya_mobile_python() -> Option<std::path::PathBuf> {
    let reqs =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tuya_mobile/requirements.txt");
    if !common::has_tool("python3") {
        common::skip("python3 not found; the tuya-mobile check did not run");
        return None;
    }
    let venv = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tuya-mobile-venv");
    let python = venv.join("bin/python");
    let stamp = venv.join("requirements.installed");
    let wanted = std::fs::read_to_string(&reqs).unwrap();
    if std::fs::read_to_string(&stamp).ok().as_deref() == Some(wanted.as_str()) {
        return Some(python);
    }
    let _ = std::fs::remove_dir_all(&venv);
    // pip's cache goes to a temp dir: tests never write to the real home.
    let cache = tempfile::tempdir().unwrap();
    let made = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .status()
        .is_ok_and(|s| s.success());
    let installed = made
        && Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-r",
            ])
            .arg(&reqs)
            .env("PIP_CACHE_DIR", cache.path())
            .status()
            .is_ok_and(|s| s.success());
    if !installed {
        common::skip(
            "the venv or `pip install` of tuya-mobile failed (no registry?); the check did not run",
        );
        return None;
    }
    std::fs::write(&stamp, wanted).unwrap();
    Some(python)
}

#[test]
fn tuya_mobile_logs_in_the_thing_way_and_lists_members() {
    let Some(python) = tuya_mobile_python() else {
        return;
    };
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tuya_mobile/check.py");
    let emu = common::Emu::start();
    let out = Command::new(python)
        .arg(script)
        .args([&emu.url, common::BLE, common::WIFI])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("login ok: uid "), "{stdout}");
    assert!(
        stdout.contains("ble members ok: Demo Owner,Alice,Other"),
        "{stdout}"
    );
    assert!(
        stdout.contains("wifi members ok: Demo Owner,Alice"),
        "{stdout}"
    );
    let journal = emu.journal();
    for action in [
        "thing.m.user.username.token.get",
        "thing.m.user.email.password.login",
        "thing.m.device.member.list",
        "smartlife.m.device.member.list",
    ] {
        assert!(
            journal.iter().any(|(a, o)| a == action && o == "ok"),
            "{action}: {journal:?}"
        );
    }
}

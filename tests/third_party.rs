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

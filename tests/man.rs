//! The man pages in man/ must match the clap tree, one page per command. To refresh them:
//! `LOCKCTL_UPDATE_MAN=1 cargo test --test man` (then review `git diff man/`). Packagers write
//! them anywhere with `LOCKCTL_MAN_DIR=DIR lockctl` (no arguments).

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

fn pages(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".1"))
        .collect()
}

#[test]
fn man_pages_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let fresh = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_lockctl"))
        .env("LOCKCTL_MAN_DIR", fresh.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "LOCKCTL_MAN_DIR=DIR lockctl: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let made = pages(fresh.path());
    assert!(made.len() > 10, "only {} pages: {made:?}", made.len());
    for page in [
        "lockctl.1",
        "lockctl-member-list.1",
        "lockctl-opmode-hijack-set.1",
    ] {
        assert!(made.contains(page), "no {page} among {made:?}");
    }
    if std::env::var_os("LOCKCTL_UPDATE_MAN").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for gone in pages(&dir).difference(&made) {
            std::fs::remove_file(dir.join(gone)).unwrap();
        }
        for page in &made {
            std::fs::copy(fresh.path().join(page), dir.join(page)).unwrap();
        }
        return;
    }
    let fix = "run LOCKCTL_UPDATE_MAN=1 cargo test --test man";
    let on_disk = pages(&dir);
    let stale: Vec<&String> = on_disk.difference(&made).collect();
    let missing: Vec<&String> = made.difference(&on_disk).collect();
    assert!(
        stale.is_empty() && missing.is_empty(),
        "man/ has pages of commands that are gone: {stale:?}; lacks pages: {missing:?}: {fix}"
    );
    let differ: Vec<&String> = made
        .iter()
        .filter(|p| std::fs::read(dir.join(p)).ok() != std::fs::read(fresh.path().join(p)).ok())
        .collect();
    assert!(differ.is_empty(), "stale man pages {differ:?}: {fix}");
}

/// With arguments lockctl does what they say, whatever LOCKCTL_MAN_DIR holds.
#[test]
fn man_dir_is_ignored_when_there_are_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_lockctl"))
        .arg("--version")
        .env("LOCKCTL_MAN_DIR", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("lockctl "));
    assert!(pages(dir.path()).is_empty());
}

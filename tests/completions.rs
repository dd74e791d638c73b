//! The generated completion files in completions/ must match the clap tree. To refresh them:
//! `LOCKCTL_UPDATE_COMPLETIONS=1 cargo test --test completions`.

use std::process::Command;

#[test]
fn completion_files_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("LOCKCTL_UPDATE_COMPLETIONS").is_some();
    for (shell, file) in [
        ("bash", "lockctl.bash"),
        ("zsh", "_lockctl"),
        ("fish", "lockctl.fish"),
        ("powershell", "_lockctl.ps1"),
        ("elvish", "lockctl.elv"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_lockctl"))
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success());
        let path = dir.join(file);
        if update {
            std::fs::write(&path, &out.stdout).unwrap();
            continue;
        }
        let on_disk = std::fs::read(&path).unwrap_or_default();
        assert!(
            on_disk == out.stdout,
            "{} is stale: run LOCKCTL_UPDATE_COMPLETIONS=1 cargo test --test completions",
            path.display()
        );
    }
}

//! `--state FILE`: the world saved after every change and loaded on start.

use std::io::Write;
use std::path::Path;

use crate::world::World;

/// Write the world atomically: temp file in the same directory, fsync, rename.
pub fn save_state(path: &Path, w: &World) -> Result<(), String> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| format!("cannot write in {}: {e}", dir.display()))?;
    serde_json::to_writer(&mut tmp, w).map_err(|e| e.to_string())?;
    tmp.flush().map_err(|e| e.to_string())?;
    tmp.as_file().sync_all().map_err(|e| e.to_string())?;
    tmp.persist(path)
        .map_err(|e| format!("cannot replace {}: {e}", path.display()))?;
    Ok(())
}

/// The saved world at `path`, if the file exists.
pub fn load_state(path: &Path) -> anyhow::Result<Option<World>> {
    if !path.exists() {
        return Ok(None);
    }
    let text = std::fs::read(path)
        .map_err(|e| anyhow::anyhow!("cannot read state {}: {e}", path.display()))?;
    let world = serde_json::from_slice(&text).map_err(|e| {
        anyhow::anyhow!(
            "state file {} is not emulator state ({e}); move it away to start fresh",
            path.display()
        )
    })?;
    Ok(Some(world))
}

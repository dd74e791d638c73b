//! `profile migrate-secrets`: move secrets kept in the plain-text credentials file into the system
//! keyring. The file forgets a profile's secrets only once the keyring gave them back as written.

use anyhow::Result;
use lockctl_api::Fields;
use serde::Serialize;

use crate::config::credentials::Store;
use crate::config::{secrets, settings_file};
use crate::context::Context;
use crate::error::Fail;
use crate::settings::is_builtin;

use super::MigrateArgs;

/// One profile as `profile migrate-secrets` leaves it.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Migrated {
    pub name: String,
    /// `keyring`: moved now or already there.
    pub store: &'static str,
    /// Whether this run moved them.
    pub moved: bool,
}

impl Fields for Migrated {
    const FIELDS: &'static [&'static str] = &["name", "store", "moved"];
}

pub fn run(a: MigrateArgs, ctx: &mut Context) -> Result<()> {
    ctx.out.check_fields::<Migrated>()?;
    let dir = ctx.settings.config_dir.clone();
    let cfg = settings_file::load(&dir)?;
    let names: Vec<String> = if a.all {
        let in_file = secrets::in_file(&dir)?;
        cfg.profiles
            .keys()
            .filter(|n| in_file.contains(n))
            .cloned()
            .collect()
    } else {
        let Some(name) = ctx.settings.profile_name.clone() else {
            return Err(Fail::usage_hint(
                "no profile selected",
                "name one with --profile NAME, or pass --all",
            ));
        };
        if is_builtin(&name) {
            return Err(Fail::usage_hint(
                format!("`{name}` is a built-in emulator profile: it keeps no secrets"),
                "name one of yours with --profile NAME, or pass --all",
            ));
        }
        if !cfg.profiles.contains_key(&name) {
            return Err(Fail::usage_hint(
                format!("unknown profile `{name}`"),
                "see `lockctl profile list`",
            ));
        }
        vec![name]
    };
    let mut done = vec![];
    for name in names {
        let store = secrets::peek(&dir, &name)?.0.store();
        let moved = store == Store::File;
        if moved {
            secrets::update(&dir, &name, secrets::Choice::Keyring, |_| Ok(()))?;
            ctx.out.notice(&format!(
                "Moved profile `{name}`'s secrets into the system keyring."
            ));
        } else {
            ctx.out.notice(&format!(
                "Profile `{name}`'s secrets are in the system keyring already."
            ));
        }
        done.push(Migrated {
            name,
            store: Store::Keyring.word(),
            moved,
        });
    }
    if a.all && done.is_empty() {
        ctx.out
            .notice("No profile keeps its secrets in the credentials file.");
    }
    ctx.out.show_local_list(&done, |o| {
        let rows: Vec<Vec<String>> = done
            .iter()
            .map(|m| {
                vec![
                    m.name.clone(),
                    m.store.to_string(),
                    if m.moved { "moved" } else { "already there" }.to_string(),
                ]
            })
            .collect();
        o.table(&["PROFILE", "SECRETS", "THIS RUN"], rows)
    })
}

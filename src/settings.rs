//! Settings resolved once: flag > env > profile > default.

use std::path::PathBuf;

use anyhow::Result;
use lockctl_api::Kind;

use crate::config::{self, settings_file::Profile};
use crate::env;
use crate::error::Fail;
use crate::options::Options;

/// The built-in profile that runs against the bundled emulator.
pub const DEMO_PROFILE: &str = "demo";
/// The built-in profile that runs against the bundled emulator's OpenAPI face (its demo project).
pub const DEMO_OPENAPI_PROFILE: &str = "demo-openapi";

/// Whether a profile name is one of the built-in demo profiles.
pub fn is_builtin(name: &str) -> bool {
    name == DEMO_PROFILE || name == DEMO_OPENAPI_PROFILE
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub config_dir: PathBuf,
    /// The profile name in force (None when there is none at all).
    pub profile_name: Option<String>,
    /// Its settings; None for the built-in demo profile.
    pub profile: Option<Profile>,
    /// `--dev`, else `LOCKCTL_DEV`: a lock's id or name as the user gave it.
    pub dev: Option<String>,
    /// The profile's default lock (`device use`), used when `dev` is none.
    pub default_dev: Option<String>,
    pub kind: Option<Kind>,
}

impl Settings {
    pub fn resolve(g: &Options) -> Result<Settings> {
        let config_dir = config::config_dir()?;
        let file = config::settings_file::load(&config_dir)?;
        let profile_name = g
            .profile
            .clone()
            .or_else(|| env::get(env::PROFILE))
            .or(file.current.clone());
        let profile = match &profile_name {
            Some(n) => match file.profiles.get(n) {
                Some(p) => Some(p.clone()),
                None if is_builtin(n) => None,
                None => {
                    let known: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
                    return Err(Fail::usage_hint(
                        format!("unknown profile `{n}`"),
                        if known.is_empty() {
                            "create one with `lockctl profile add NAME --region eu --client-id ID`, or try `--profile demo`".to_string()
                        } else {
                            format!(
                                "known profiles: {}, and the built-in `demo`",
                                known.join(", ")
                            )
                        },
                    ));
                }
            },
            None => None,
        };
        let profile_kind = profile
            .as_ref()
            .and_then(|p| p.kind.as_deref())
            .and_then(Kind::parse);
        let default_dev = profile_name
            .as_ref()
            .and_then(|n| file.default_dev.get(n).cloned());
        Ok(Settings {
            config_dir,
            default_dev,
            profile_name,
            profile,
            dev: g.dev.clone().or_else(|| env::get(env::DEV)),
            kind: g.kind.or(profile_kind),
        })
    }

    /// The built-in demo profile of the OpenAPI backend.
    pub fn is_demo_openapi(&self) -> bool {
        self.profile.is_none() && self.profile_name.as_deref() == Some(DEMO_OPENAPI_PROFILE)
    }

    pub fn is_demo(&self) -> bool {
        self.profile.is_none() && self.profile_name.as_deref() == Some(DEMO_PROFILE)
    }

    /// The profile name, or a usage error saying how to get one.
    pub fn require_profile(&self) -> Result<&str> {
        self.profile_name.as_deref().ok_or_else(|| {
            Fail::usage_hint(
                "no profile selected",
                "create one with `lockctl profile add NAME --region eu --client-id ID`, pick one with `lockctl profile use NAME`, or try `--profile demo`",
            )
        })
    }
}

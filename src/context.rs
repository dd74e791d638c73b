//! What a handler needs, built lazily: settings, the output, the prompter, the typed API (with the
//! demo emulator started in-process when the profile is `demo`). The context neither prints nor
//! sends by itself: handlers ask the API for models and hand them to the output.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, Result};
use lockctl_api::client::TraceSink;
use lockctl_api::sign::SigningKey;
use lockctl_api::{Account, Backend, Client, ClientConfig, Kind, Lock, Mobile, Relogin, Secret};
use serde_json::Value;

use crate::config::credentials::{self, CachedDevice};
use crate::error::Fail;
use crate::options::Options;
use crate::output::Output;
use crate::prompt::Prompter;
use crate::settings::Settings;

pub struct Context {
    pub global: Options,
    pub out: Output,
    pub prompter: Prompter,
    pub settings: Settings,
    client: Option<Arc<Client>>,
    api: Option<Arc<dyn Backend>>,
    demo: Option<lockctl_emulator::Running>,
}

/// A lock as a verb needs it (the API's handle).
pub type LockRef = Lock;

impl Context {
    pub fn new(global: Options) -> Result<Context> {
        // The output first: a bad --jq is refused before anything else is looked at.
        let out = Output::new(global.format.clone(), global.quiet, global.color)?;
        let settings = Settings::resolve(&global)?;
        Ok(Context {
            out,
            prompter: Prompter::new(global.no_input),
            settings,
            global,
            client: None,
            api: None,
            demo: None,
        })
    }

    /// The typed API of the profile in force.
    pub async fn api(&mut self) -> Result<Arc<dyn Backend>> {
        if let Some(a) = &self.api {
            return Ok(a.clone());
        }
        let client = self.client().await?;
        let api: Arc<dyn Backend> = Arc::new(Mobile::new(client));
        self.api = Some(api.clone());
        Ok(api)
    }

    /// The wire results of the typed operations so far, for `--raw`.
    pub fn raw(&self) -> Vec<Value> {
        self.api.as_ref().map(|a| a.take_raw()).unwrap_or_default()
    }

    fn trace(&self) -> Option<TraceSink> {
        self.global
            .verbose
            .then(|| Arc::new(|t: &lockctl_api::client::Trace| Output::trace(&t.line)) as TraceSink)
    }

    /// The API client for the profile in force, logged in when a session is stored.
    pub async fn client(&mut self) -> Result<Arc<Client>> {
        if let Some(c) = &self.client {
            return Ok(c.clone());
        }
        let client = if self.settings.is_demo() {
            self.demo_client().await?
        } else {
            self.profile_client()?
        };
        let client = Arc::new(client);
        self.client = Some(client.clone());
        Ok(client)
    }

    fn profile_client(&self) -> Result<Client> {
        let name = self.settings.require_profile()?.to_string();
        let profile = self.settings.profile.clone().context("profile vanished")?;
        let dir = &self.settings.config_dir;
        let creds = credentials::load(dir)?;
        let secrets = creds.profiles.get(&name).cloned().unwrap_or_default();
        if secrets.app_secret.is_empty() {
            return Err(Fail::auth(
                format!("profile `{name}` has no app secret"),
                format!("set LOCKCTL_APP_SECRET and run `lockctl profile add {name} ...` again"),
            ));
        }
        let key = if profile.sign == "hmac" {
            if secrets.bmp_secret.is_empty() {
                return Err(Fail::auth(
                    format!("profile `{name}` signs with hmac but has no bmp secret"),
                    format!(
                        "set LOCKCTL_BMP_SECRET and run `lockctl profile add {name} ...` again"
                    ),
                ));
            }
            SigningKey::Hmac {
                app_secret: secrets.app_secret.expose().to_string(),
                bmp_secret: secrets.bmp_secret.expose().to_string(),
                cert_sign: profile.cert_sign.clone().unwrap_or_else(|| "A".into()),
            }
        } else {
            SigningKey::Md5 {
                app_secret: secrets.app_secret.expose().to_string(),
            }
        };
        let endpoint = lockctl_api::client::parse_endpoint(&profile.endpoint)?;
        let config = ClientConfig::new(endpoint, profile.client_id.clone(), key)
            .with_device_id(secrets.device_id.clone());
        let relogin = secrets.relogin.map(|r| Relogin {
            account: r.account,
            country_code: r.country_code,
            password_md5: r.password_md5,
        });
        Ok(Client::new(config)?
            .with_session(secrets.session)
            .with_relogin(relogin)
            .with_trace(self.trace()))
    }

    async fn demo_client(&mut self) -> Result<Client> {
        let dir = crate::config::data_dir()?;
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
        let state = dir.join("demo-state.json");
        let running = lockctl_emulator::start(lockctl_emulator::Config {
            state_file: Some(state),
            ..Default::default()
        })
        .await
        .context("cannot start the demo emulator")?;
        let endpoint = lockctl_api::client::parse_endpoint(&running.url)?;
        self.demo = Some(running);
        let key = SigningKey::Md5 {
            app_secret: lockctl_emulator::DEMO_APP_SECRET.into(),
        };
        let config = ClientConfig::new(endpoint, lockctl_emulator::DEMO_CLIENT_ID, key)
            .with_device_id("lockctldemo")
            .with_timeouts(Duration::from_secs(2), Duration::from_secs(60));
        let account = Account::Email(lockctl_emulator::world::ids::DEMO_EMAIL.into());
        let password = lockctl_emulator::world::ids::DEMO_PASSWORD;
        let client = Client::new(config)?
            .with_relogin(Some(Relogin {
                account: account.clone(),
                country_code: "EU".into(),
                password_md5: Secret::new(lockctl_api::sign::md5_hex(password.as_bytes())),
            }))
            .with_trace(self.trace());
        lockctl_api::login::login(&client, &account, "EU", password).await?;
        Ok(client)
    }

    /// Store a session the client renewed by itself.
    pub fn persist_renewed_session(&self) -> Result<()> {
        let (Some(c), Some(name)) = (&self.client, &self.settings.profile_name) else {
            return Ok(());
        };
        if self.settings.is_demo() || !c.session_renewed() {
            return Ok(());
        }
        let session = c.session();
        credentials::update(&self.settings.config_dir, |cr| {
            cr.profiles.entry(name.clone()).or_default().session = session;
            Ok(())
        })
    }

    /// Remember what the cloud said about devices (kind, localKey, zone) for later verbs.
    pub fn cache_devices(&self, devices: &[lockctl_api::devices::Device]) -> Result<()> {
        let Some(name) = &self.settings.profile_name else {
            return Ok(());
        };
        credentials::update(&self.settings.config_dir, |cr| {
            let p = cr.profiles.entry(name.clone()).or_default();
            for d in devices {
                p.devices.insert(
                    d.dev_id.clone(),
                    CachedDevice {
                        name: d.name.clone(),
                        kind: d.kind().map(|k| k.to_string()),
                        local_key: d.local_key.clone(),
                        time_zone: d.time_zone.clone(),
                    },
                );
            }
            Ok(())
        })
    }

    /// The `--dev` in force, or a usage error.
    pub fn dev(&self) -> Result<String> {
        self.settings.dev.clone().ok_or_else(|| {
            Fail::usage_hint(
                "missing --dev",
                "pass --dev ID (or set LOCKCTL_DEV); `lockctl device list` shows the ids",
            )
        })
    }

    /// The lock named by `--dev`.
    pub async fn dev_lock(&mut self) -> Result<LockRef> {
        let dev = self.dev()?;
        self.lock(&dev).await
    }

    /// Look a lock up: kind from --kind, else the cached or the cloud's category; localKey and
    /// zone for PINs and times. A fully cached lock costs no request, so a verb the lock's kind
    /// lacks is refused before anything is sent.
    pub async fn lock(&mut self, dev_id: &str) -> Result<LockRef> {
        if let Some(c) = self.cached_device(dev_id) {
            let kind = self
                .settings
                .kind
                .or_else(|| c.kind.as_deref().and_then(Kind::parse));
            if let Some(kind) = kind {
                if !c.local_key.is_empty() {
                    let zone = self.zone_for(&c.time_zone)?;
                    return Ok(Lock {
                        id: dev_id.to_string(),
                        name: c.name,
                        kind,
                        local_key: c.local_key,
                        zone,
                    });
                }
            }
        }
        let api = self.api().await?;
        let d = api.device(dev_id).await?;
        api.take_raw();
        let kind = self.settings.kind.or_else(|| d.kind()).ok_or_else(|| {
            Fail::usage_hint(
                format!(
                    "cannot tell what kind of lock {dev_id} is (category `{}`)",
                    d.category
                ),
                "pass --kind wifi|ble|zigbee, or set `kind` in the profile",
            )
        })?;
        self.cache_devices(std::slice::from_ref(&d))?;
        Ok(Lock {
            id: d.dev_id.clone(),
            name: d.name.clone(),
            kind,
            local_key: d.local_key.clone(),
            zone: self.zone_for(&d.time_zone)?,
        })
    }

    fn cached_device(&self, dev_id: &str) -> Option<CachedDevice> {
        let name = self.settings.profile_name.as_ref()?;
        let creds = credentials::load(&self.settings.config_dir).ok()?;
        creds.profiles.get(name)?.devices.get(dev_id).cloned()
    }

    /// --tz when given, else the lock's own zone `lock_zone`.
    fn zone_for(&self, lock_zone: &str) -> Result<jiff::tz::TimeZone> {
        match &self.global.tz {
            Some(tz) => crate::timeparse::zone(tz).map_err(|e| Fail::usage(format!("--tz: {e}"))),
            None => crate::timeparse::zone(lock_zone)
                .or_else(|_| crate::timeparse::zone("UTC"))
                .map_err(|e| Fail::usage(format!("time zone: {e}"))),
        }
    }
}

//! What a handler needs, built lazily: settings, the output, the prompter, the typed API (with the
//! demo emulator started in-process when the profile is `demo`). The context neither prints nor
//! sends by itself: handlers ask the API for models and hand them to the output.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, Result};
use lockctl_api::client::TraceSink;
use lockctl_api::openapi::{OpenApiConfig, TokenSink};
use lockctl_api::sign::SigningKey;
use lockctl_api::{Account, Backend, Client, ClientConfig, Lock, Mobile, OpenApi, Relogin, Secret};
use serde_json::Value;

use crate::config::cache::{self, CachedDevice, ProfileCache};
use crate::config::{credentials, secrets};
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
    openapi: Option<Arc<OpenApi>>,
    demo: Option<lockctl_emulator::Running>,
    /// The `--trace` file, when the run records its requests.
    trace_file: Option<Arc<crate::tracefile::TraceFile>>,
}

/// A lock as a verb needs it (the API's handle).
pub type LockRef = Lock;

impl Context {
    pub fn new(global: Options) -> Result<Context> {
        // The output first: a bad --jq is refused before anything else is looked at.
        let mut out = Output::new(global.format.clone(), global.quiet, global.color)?;
        out.many = global.fleet.is_some();
        let settings = Settings::resolve(&global)?;
        Ok(Context {
            out,
            prompter: Prompter::new(global.no_input),
            settings,
            global,
            client: None,
            api: None,
            openapi: None,
            demo: None,
            trace_file: None,
        })
    }

    /// Record every request of the run in this trace file.
    pub fn tracing_to(mut self, file: Option<Arc<crate::tracefile::TraceFile>>) -> Self {
        self.trace_file = file;
        self
    }

    fn recorder(&self) -> Option<lockctl_api::trace::RecordSink> {
        self.trace_file.as_ref().map(|f| f.sink())
    }

    /// The typed API of the profile in force.
    pub async fn api(&mut self) -> Result<Arc<dyn Backend>> {
        if let Some(a) = &self.api {
            return Ok(a.clone());
        }
        let api: Arc<dyn Backend> = if self.is_openapi() {
            self.openapi().await?
        } else {
            let client = self.client().await?;
            let keep_raw = matches!(self.out.format, crate::options::Format::Raw);
            let mobile = Mobile::new(client).keeping_raw(keep_raw);
            // The product schemas cached with the device list: a device read by id maps its
            // battery with no schema request.
            lockctl_api::ops::DeviceOps::remember_schemas(&mobile, &self.cached_devices().schemas);
            Arc::new(mobile)
        };
        self.api = Some(api.clone());
        Ok(api)
    }

    /// The wire results of the typed operations so far, for `--raw`.
    pub fn raw(&self) -> Vec<Value> {
        match &self.api {
            Some(a) if matches!(self.out.format, crate::options::Format::Raw) => a.take_raw(),
            Some(a) => {
                a.discard_raw();
                vec![]
            }
            None => vec![],
        }
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
        let secrets = secrets::with_env(secrets::load(dir, &name)?, false);
        if secrets.app_secret.is_empty() {
            return Err(Fail::auth(
                format!("profile `{name}` has no app secret"),
                format!("set LOCKCTL_APP_SECRET and run `lockctl profile add {name} ...` again"),
            ));
        }
        let key = if profile.sign == "thing" {
            thing_key(&name, &profile, &secrets)?
        } else if profile.sign == "hmac" {
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
        let mut config = ClientConfig::new(endpoint, profile.client_id.clone(), key)
            .with_device_id(secrets.device_id.clone())
            .with_max_answer_mb(crate::env::get(crate::env::MAX_ANSWER_MB).as_deref())?;
        if let Some(t) = crate::env::timeout() {
            let connect = config.connect_timeout.min(t);
            config = config.with_timeouts(connect, t);
        }
        config.rate_limit_backoff = backoff();
        let relogin = secrets.relogin.map(|r| Relogin {
            account: r.account,
            country_code: r.country_code,
            password_md5: r.password_md5,
        });
        Ok(Client::new(config)?
            .with_session(secrets.session)
            .with_relogin(relogin)
            .with_trace(self.trace())
            .with_recorder(self.recorder())
            .with_throttle(Some(self.throttle())))
    }

    /// Start the bundled emulator on the demo state (both demo profiles share it).
    async fn start_demo(&mut self) -> Result<url::Url> {
        let dir = crate::config::data_dir()?;
        // Private like every directory of lockctl's: the demo state holds PINs.
        crate::config::ensure_private_dir(&dir)?;
        let state = dir.join("demo-state.json");
        // The demo's locks live on lockctl's calendar (moved by LOCKCTL_NOW, if at all).
        let tuning = lockctl_emulator::server::Tuning {
            clock_offset: lockctl_api::clock::offset().as_secs(),
            ..Default::default()
        };
        let running = lockctl_emulator::start(lockctl_emulator::Config {
            state_file: Some(state),
            tuning,
            ..Default::default()
        })
        .await
        .context("cannot start the demo emulator")?;
        let endpoint = lockctl_api::client::parse_endpoint(&running.url)?;
        self.demo = Some(running);
        Ok(endpoint)
    }

    async fn demo_client(&mut self) -> Result<Client> {
        let endpoint = self.start_demo().await?;
        let key = SigningKey::Md5 {
            app_secret: lockctl_emulator::DEMO_APP_SECRET.into(),
        };
        let mut config = ClientConfig::new(endpoint, lockctl_emulator::DEMO_CLIENT_ID, key)
            .with_device_id("lockctldemo")
            .with_timeouts(Duration::from_secs(2), Duration::from_secs(60))
            .with_max_answer_mb(crate::env::get(crate::env::MAX_ANSWER_MB).as_deref())?;
        config.rate_limit_backoff = backoff();
        let account = Account::Email(lockctl_emulator::world::ids::DEMO_EMAIL.into());
        let password = lockctl_emulator::world::ids::DEMO_PASSWORD;
        let client = Client::new(config)?
            .with_relogin(Some(Relogin {
                account: account.clone(),
                country_code: "EU".into(),
                password_md5: Secret::new(lockctl_api::sign::md5_hex(password.as_bytes())),
            }))
            .with_trace(self.trace())
            .with_recorder(self.recorder())
            .with_throttle(Some(self.throttle()));
        lockctl_api::login::login(&client, &account, "EU", password).await?;
        Ok(client)
    }

    /// The token bucket every request of this run goes through (`--rate`, bursts of
    /// `--concurrency`).
    fn throttle(&self) -> Arc<lockctl_api::throttle::Throttle> {
        let rate = self.global.rate.unwrap_or(crate::options::DEFAULT_RATE);
        let burst = self
            .global
            .concurrency
            .unwrap_or(crate::options::DEFAULT_CONCURRENCY);
        Arc::new(lockctl_api::throttle::Throttle::new(
            rate,
            u32::try_from(burst).unwrap_or(u32::MAX),
        ))
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
        let done = secrets::update(
            &self.settings.config_dir,
            name,
            secrets::Choice::Keep,
            |s| {
                s.session = session;
                Ok(())
            },
        )?;
        if let Some(n) = done.notice {
            self.out.warn(&n);
        }
        Ok(())
    }

    /// The directory of the device cache.
    pub fn cache_dir(&self) -> Result<std::path::PathBuf> {
        crate::config::data_dir()
    }

    /// What is cached for the profile in force (empty without a profile or a cache).
    pub fn cached_devices(&self) -> ProfileCache {
        match (&self.settings.profile_name, self.cache_dir()) {
            (Some(name), Ok(dir)) => cache::profile(&dir, name),
            _ => ProfileCache::default(),
        }
    }

    /// Remember the cloud's full device list (kind, localKey, zone) for later verbs.
    pub fn cache_devices(&self, devices: &[lockctl_api::ops::device::Device]) -> Result<()> {
        let Some(name) = &self.settings.profile_name else {
            return Ok(());
        };
        cache::store_list(&self.cache_dir()?, name, devices)
    }

    /// Read the device list from the cloud into the cache, and return it as cached.
    pub async fn refresh_devices(&mut self) -> Result<Vec<CachedDevice>> {
        let api = self.api().await?;
        let homes = api.homes_and_devices().await?;
        api.take_raw();
        let all: Vec<_> = homes.into_iter().flat_map(|(_, d)| d).collect();
        self.cache_devices(&all)?;
        let now = cache::now();
        Ok(all
            .iter()
            .map(|d| CachedDevice::from_device(d, now))
            .collect())
    }

    /// Remember one device the cloud described.
    pub fn cache_device(&self, d: &lockctl_api::ops::device::Device) -> Result<()> {
        match &self.settings.profile_name {
            Some(name) => cache::store_one(&self.cache_dir()?, name, d),
            None => Ok(()),
        }
    }

    /// A lock from its cache entry; None when the entry lacks the kind or the localKey.
    pub fn lock_from_cache(&self, c: &CachedDevice) -> Result<Option<LockRef>> {
        let Some(kind) = cache::cached_kind(c, self.settings.kind) else {
            return Ok(None);
        };
        if c.local_key.is_empty() {
            return Ok(None);
        }
        Ok(Some(Lock {
            id: c.id.clone(),
            name: c.name.clone(),
            kind,
            local_key: c.local_key.clone(),
            zone: self.zone_for(&c.time_zone)?,
            pin_len: self.pin_len_for(&c.id, kind, c.pin_len),
        }))
    }

    /// The PIN length a lock takes beyond its kind: learned from its own refusal (cached), else
    /// what the cloud's description implies when the kind is unknown.
    fn pin_len_for(&self, id: &str, kind: lockctl_api::Kind, hint: Option<usize>) -> Option<usize> {
        let learned = self.cached_devices().pin_lens.get(id).copied();
        learned.or(hint.filter(|_| kind == lockctl_api::Kind::Unknown))
    }

    /// Where a lock's learned facts are remembered: the cache directory and the profile (None
    /// without a profile).
    pub fn cache_place(&self) -> Option<(std::path::PathBuf, String)> {
        let name = self.settings.profile_name.clone()?;
        Some((self.cache_dir().ok()?, name))
    }

    /// Ask the cloud about one device by id: kind from --kind, else its category; localKey and
    /// zone for PINs and times. The answer refreshes its cache entry.
    pub async fn lock_from_cloud(&mut self, dev_id: &str) -> Result<LockRef> {
        let api = self.api().await?;
        let d = api.device(dev_id).await?;
        api.take_raw();
        let kind = self.settings.kind.or_else(|| d.kind()).ok_or_else(|| {
            Fail::usage_hint(
                format!(
                    "cannot tell what kind of lock {dev_id} is (category `{}`)",
                    d.category
                ),
                "pass --kind wifi, --kind ble or --kind zigbee",
            )
        })?;
        self.cache_device(&d)?;
        Ok(Lock {
            id: d.dev_id.clone(),
            name: d.name.clone(),
            kind,
            local_key: d.local_key.clone(),
            zone: self.zone_for(&d.time_zone)?,
            pin_len: self.pin_len_for(&d.dev_id, kind, d.pin_len),
        })
    }

    /// --tz when given, else the lock's own zone `lock_zone` (an IANA name, or a fixed offset
    /// such as `+01:00` as the OpenAPI gives it).
    fn zone_for(&self, lock_zone: &str) -> Result<jiff::tz::TimeZone> {
        match &self.global.tz {
            Some(tz) => crate::timeparse::zone(tz).map_err(|e| Fail::usage(format!("--tz: {e}"))),
            None => crate::timeparse::zone(lock_zone)
                .or_else(|e| fixed_offset(lock_zone).ok_or(e))
                .or_else(|_| crate::timeparse::zone("UTC"))
                .map_err(|e| Fail::usage(format!("time zone: {e}"))),
        }
    }
}

impl Context {
    /// The signing keys of the modes other than the profile's own that its stored secrets
    /// allow, for `lockctl doctor` to try: md5 takes the app secret, hmac the bmp secret too
    /// (with the profile's certificate hash, else `A`), thing also a certificate hash and a
    /// package. Empty for the demo and OpenAPI profiles.
    pub fn other_signing_keys(&self) -> Vec<SigningKey> {
        let (Some(name), Some(profile)) = (&self.settings.profile_name, &self.settings.profile)
        else {
            return vec![];
        };
        let Ok(creds) = credentials::load(&self.settings.config_dir) else {
            return vec![];
        };
        let Some(secrets) = creds.profiles.get(name) else {
            return vec![];
        };
        if profile.is_openapi() || secrets.app_secret.is_empty() {
            return vec![];
        }
        let app = secrets.app_secret.expose().to_string();
        let mut keys = vec![];
        if profile.sign != "md5" {
            keys.push(SigningKey::Md5 {
                app_secret: app.clone(),
            });
        }
        if profile.sign != "hmac" && !secrets.bmp_secret.is_empty() {
            keys.push(SigningKey::Hmac {
                app_secret: app,
                bmp_secret: secrets.bmp_secret.expose().to_string(),
                cert_sign: profile.cert_sign.clone().unwrap_or_else(|| "A".into()),
            });
        }
        if profile.sign != "thing" {
            if let Ok(k) = thing_key(name, profile, secrets) {
                keys.push(k);
            }
        }
        keys
    }
}

/// The signing key of a `thing` profile: both secrets, the certificate hash and the package.
fn thing_key(
    name: &str,
    profile: &crate::config::settings_file::Profile,
    secrets: &credentials::ProfileSecrets,
) -> Result<SigningKey> {
    let cert = profile
        .cert_sign
        .as_deref()
        .and_then(lockctl_api::thing::cert_colon);
    let (Some(cert), Some(package)) = (cert, profile.package.clone()) else {
        return Err(Fail::auth(
            format!("profile `{name}` signs the Thing way but lacks a certificate hash or a package"),
            format!("run `lockctl profile add {name} ... --sign thing --cert-sign SHA256 --package NAME` again"),
        ));
    };
    if secrets.bmp_secret.is_empty() {
        return Err(Fail::auth(
            format!("profile `{name}` signs the Thing way but has no bmp secret"),
            format!("set LOCKCTL_BMP_SECRET and run `lockctl profile add {name} ...` again"),
        ));
    }
    Ok(SigningKey::Thing(lockctl_api::thing::ThingApp {
        app_secret: secrets.app_secret.expose().to_string(),
        bmp_secret: secrets.bmp_secret.expose().to_string(),
        cert_sign: cert,
        package,
    }))
}

/// A fixed-offset zone from `+HH:MM` / `-HH:MM` / `+HHMM` (the OpenAPI's device zones).
fn fixed_offset(text: &str) -> Option<jiff::tz::TimeZone> {
    let t = text.trim();
    let (sign, rest) = match t.as_bytes().first()? {
        b'+' => (1, &t[1..]),
        b'-' => (-1, &t[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: i32 = digits[..2].parse().ok()?;
    let m: i32 = digits[2..].parse().ok()?;
    if h > 14 || m > 59 {
        return None;
    }
    let offset = jiff::tz::Offset::from_seconds(sign * (h * 3600 + m * 60)).ok()?;
    Some(jiff::tz::TimeZone::fixed(offset))
}

/// The OpenAPI backend (Tuya's Cloud OpenAPI): built from the profile's access id and secret,
/// with the project token kept in the credentials file.
impl Context {
    /// Whether the profile in force speaks the Cloud OpenAPI.
    pub fn is_openapi(&self) -> bool {
        self.settings.is_demo_openapi()
            || self
                .settings
                .profile
                .as_ref()
                .is_some_and(|p| p.is_openapi())
    }

    /// The OpenAPI backend of the profile in force.
    pub async fn openapi(&mut self) -> Result<Arc<OpenApi>> {
        if let Some(a) = &self.openapi {
            return Ok(a.clone());
        }
        if self.settings.is_demo_openapi() {
            return self.demo_openapi().await;
        }
        let name = self.settings.require_profile()?.to_string();
        let profile = self.settings.profile.clone().context("profile vanished")?;
        let dir = self.settings.config_dir.clone();
        let secrets = secrets::with_env(secrets::load(&dir, &name)?, true);
        if secrets.access_secret.is_empty() {
            return Err(Fail::auth(
                format!("profile `{name}` has no access secret"),
                format!("set LOCKCTL_ACCESS_SECRET and run `lockctl profile add {name} --backend openapi ...` again"),
            ));
        }
        let endpoint = lockctl_api::client::parse_endpoint(&profile.endpoint)?;
        let access_id = profile.access_id.clone().unwrap_or_default();
        let mut config = OpenApiConfig::new(endpoint, access_id, secrets.access_secret.clone());
        config.kind = self.settings.kind;
        config.rate_limit_backoff = backoff();
        if let Some(t) = crate::env::timeout() {
            config.connect_timeout = config.connect_timeout.min(t);
            config.timeout = t;
        }
        let sink: TokenSink = Arc::new(move |t| {
            // A token that cannot be stored is fetched again next time: not worth failing for.
            let stored = secrets::update(&dir, &name, secrets::Choice::Keep, |s| {
                s.token = t.cloned();
                Ok(())
            });
            if let Ok(secrets::Updated {
                notice: Some(n), ..
            }) = stored
            {
                Output::warning(&n);
            }
        });
        let keep_raw = matches!(self.out.format, crate::options::Format::Raw);
        let api = Arc::new(
            OpenApi::new(config)?
                .with_token(secrets.token)
                .on_token(Some(sink))
                .with_trace(self.trace())
                .with_recorder(self.recorder())
                .with_throttle(Some(self.throttle()))
                .keeping_raw(keep_raw),
        );
        self.openapi = Some(api.clone());
        Ok(api)
    }

    /// The OpenAPI backend on the bundled emulator's demo project (its token kept in memory).
    async fn demo_openapi(&mut self) -> Result<Arc<OpenApi>> {
        let endpoint = self.start_demo().await?;
        let mut config = OpenApiConfig::new(
            endpoint,
            lockctl_emulator::DEMO_ACCESS_ID,
            Secret::new(lockctl_emulator::DEMO_ACCESS_SECRET),
        );
        config.timeout = Duration::from_secs(60);
        config.kind = self.settings.kind;
        config.rate_limit_backoff = backoff();
        let keep_raw = matches!(self.out.format, crate::options::Format::Raw);
        let api = Arc::new(
            OpenApi::new(config)?
                .with_trace(self.trace())
                .with_recorder(self.recorder())
                .with_throttle(Some(self.throttle()))
                .keeping_raw(keep_raw),
        );
        self.openapi = Some(api.clone());
        Ok(api)
    }
}

/// Pauses after the cloud's throttling answers before a read goes again (and before a throttled
/// write that reading back did not find is sent again): enough for the shared bucket to settle
/// to the rate the cloud takes, under a quarter of a minute in all.
fn backoff() -> Vec<std::time::Duration> {
    [250, 500, 1000, 1500, 2000, 3000, 4000]
        .into_iter()
        .map(std::time::Duration::from_millis)
        .collect()
}

//! The backends and signing flavours the lock-verb scenarios run on: the mobile gateway with md5,
//! hmac and thing signing, and the Cloud OpenAPI (a developer project). Each gives a user with a
//! current profile `t` against the same emulator world.

use super::{Emu, Run, User, HMAC_BMP, HMAC_ID, HMAC_SECRET};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    Md5,
    Hmac,
    OpenApi,
    /// The mobile gateway with Thing SDK signing (`et=3`, encrypted bodies), as the emulator's
    /// built-in demo Thing app.
    Thing,
}

impl Flavour {
    /// A user with the current profile `t` of this flavour, ready for lock verbs.
    pub fn user(self, emu: &Emu) -> User {
        match self {
            Flavour::Md5 => User::ready(emu),
            Flavour::Hmac => {
                let u = User::new();
                u.add_hmac(emu, "t").ok();
                u.login_demo().ok();
                u
            }
            Flavour::OpenApi => {
                let u = User::new();
                u.add_openapi(emu, "t").ok();
                u
            }
            Flavour::Thing => {
                let u = User::new();
                u.add_thing(emu, "t").ok();
                u.login_demo().ok();
                u
            }
        }
    }

    /// A user whose device cache is warm, with the journal cleared.
    pub fn warm(self, emu: &Emu) -> User {
        let u = self.user(emu);
        u.run(&["device", "list"]).ok();
        emu.clear_journal();
        u
    }

    pub fn is_openapi(self) -> bool {
        self == Flavour::OpenApi
    }
}

impl User {
    /// `login` of the current profile as the demo account (email and password).
    pub fn login_demo(&self) -> Run {
        self.run_stdin(
            &["login", "--email", "demo@example.com", "--password-stdin"],
            "lockctl-demo\n",
        )
    }

    /// `login` of the current profile as the demo account's phone (German country code).
    pub fn login_demo_phone(&self) -> Run {
        self.run_stdin(
            &[
                "login",
                "--phone",
                "15550000001",
                "--country-code",
                "49",
                "--password-stdin",
            ],
            "lockctl-demo\n",
        )
    }

    /// `profile add NAME --sign hmac` for the emulator's test hmac client.
    pub fn add_hmac(&self, emu: &Emu, profile: &str) -> Run {
        self.run_env(
            &[
                "profile",
                "add",
                profile,
                "--endpoint",
                &emu.url,
                "--client-id",
                HMAC_ID,
                "--sign",
                "hmac",
                "--cert-sign",
                "A",
            ],
            &[
                ("LOCKCTL_APP_SECRET", HMAC_SECRET),
                ("LOCKCTL_BMP_SECRET", HMAC_BMP),
            ],
            None,
        )
    }

    /// `profile add NAME --sign thing` for the emulator's built-in demo Thing app.
    pub fn add_thing(&self, emu: &Emu, profile: &str) -> Run {
        use lockctl_emulator::demo_thing as app;
        self.run_env(
            &[
                "profile",
                "add",
                profile,
                "--endpoint",
                &emu.url,
                "--client-id",
                app::CLIENT_ID,
                "--sign",
                "thing",
                "--cert-sign",
                app::CERT_SHA256,
                "--package",
                app::PACKAGE,
            ],
            &[
                ("LOCKCTL_APP_SECRET", app::APP_SECRET),
                ("LOCKCTL_BMP_SECRET", app::BMP_SECRET),
            ],
            None,
        )
    }

    /// `profile add NAME --backend openapi` for the emulator's built-in demo project.
    pub fn add_openapi(&self, emu: &Emu, profile: &str) -> Run {
        self.add_openapi_with(emu, profile, &[])
    }

    /// [`User::add_openapi`] with `extra` flags after the usual ones.
    pub fn add_openapi_with(&self, emu: &Emu, profile: &str, extra: &[&str]) -> Run {
        let mut args = vec![
            "profile",
            "add",
            profile,
            "--backend",
            "openapi",
            "--endpoint",
            &emu.url,
            "--access-id",
            lockctl_emulator::DEMO_ACCESS_ID,
        ];
        args.extend_from_slice(extra);
        self.run_env(
            &args,
            &[(
                "LOCKCTL_ACCESS_SECRET",
                lockctl_emulator::DEMO_ACCESS_SECRET,
            )],
            None,
        )
    }
}

/// The project of [`project_without_the_lock_service`].
pub const NO_LOCK_ACCESS_ID: &str = "flaggedProject000001";
pub const NO_LOCK_ACCESS_SECRET: &str = "flaggedprojectsecret000000000001";

/// An emulator (pinned world) whose one OpenAPI project has not subscribed to the lock service
/// (its lock calls answer 28841101), and a user whose profile `oa` (current, the only one) is
/// that project.
pub fn project_without_the_lock_service() -> (Emu, User) {
    let (id, secret) = (NO_LOCK_ACCESS_ID, NO_LOCK_ACCESS_SECRET);
    let emu = Emu::with(lockctl_emulator::Config {
        pinned_world: true,
        projects: vec![lockctl_emulator::openapi::Project::parse(&format!(
            "{id}:{secret}:no-lock"
        ))
        .unwrap()],
        ..Default::default()
    });
    let u = User::new();
    u.run_env(
        &[
            "profile",
            "add",
            "oa",
            "--endpoint",
            &emu.url,
            "--access-id",
            id,
        ],
        &[("LOCKCTL_ACCESS_SECRET", secret)],
        None,
    )
    .ok();
    (emu, u)
}

/// The verb is refused on the OpenAPI backend with exit 2, naming the mobile backend.
#[track_caller]
pub fn refused_naming_mobile(r: Run) {
    let r = r.fails(2);
    assert!(
        r.stderr.contains("openapi backend") && r.stderr.contains("mobile"),
        "{}",
        r.stderr
    );
}

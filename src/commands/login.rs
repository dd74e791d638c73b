//! `login` and `logout`.

use std::io::BufRead;

use anyhow::{Context as _, Result};
use clap::Args;
use lockctl_api::Account;

use crate::config::credentials::StoredLogin;
use crate::config::secrets;
use crate::context::Context;
use crate::error::Fail;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  lockctl login --email me@example.com\n  printf '%s\\n' \"$PASS\" | lockctl login --email me@example.com --password-stdin"
)]
pub struct LoginArgs {
    /// Log in with an email account.
    #[arg(long, conflicts_with = "phone")]
    pub email: Option<String>,
    /// Log in with a phone account.
    #[arg(long)]
    pub phone: Option<String>,
    /// countryCode: region code (EU, AZ, AY, IN) for email, phone code (1, 49) for phone.
    #[arg(long)]
    pub country_code: Option<String>,
    /// Read the password from the first line of stdin.
    #[arg(long)]
    pub password_stdin: bool,
    /// Keep the password's MD5, all the login needs (with the profile's secrets), so lockctl can log in again when the session expires.
    #[arg(long)]
    pub remember_password: bool,
    /// Keep the profile's secrets and session in the plain-text credentials file (0600) instead of the system keyring.
    #[arg(long)]
    pub insecure_storage: bool,
}

/// What `login` and `logout` say on a profile of the OpenAPI backend.
const NO_ACCOUNT_LOGIN: &str = "This profile uses the openapi backend (a Tuya developer project): there is no account login; lockctl fetches and renews the project token itself.";

/// Why there is nothing to log in to on this profile, if so.
fn no_login(ctx: &Context) -> Option<&'static str> {
    if ctx.is_openapi() {
        Some(NO_ACCOUNT_LOGIN)
    } else if ctx.settings.is_demo() {
        Some("The demo profile logs in by itself; nothing to do.")
    } else {
        None
    }
}

pub async fn login(a: LoginArgs, ctx: &mut Context) -> Result<()> {
    if let Some(why) = no_login(ctx) {
        ctx.out.notice(why);
        return Ok(());
    }
    let name = ctx.settings.require_profile()?.to_string();
    // Name everything missing at once before asking or sending anything.
    let mut missing = vec![];
    if a.email.is_none() && a.phone.is_none() {
        missing.push("--email or --phone");
    }
    if a.phone.is_some() && a.country_code.is_none() {
        missing.push("--country-code");
    }
    if !a.password_stdin {
        missing.push("--password-stdin");
    }
    if !ctx.prompter.interactive && !missing.is_empty() {
        ctx.prompter.require(&missing)?;
    }
    let account = match (a.email, a.phone) {
        (Some(e), _) => Account::Email(checked(e, "--email", |s| s.contains('@'))?),
        (None, Some(p)) => Account::Phone(checked(p, "--phone", |s| {
            s.chars()
                .all(|c| c.is_ascii_digit() || c == '+' || c == ' ' || c == '-')
        })?),
        (None, None) => Account::Email(checked(
            ctx.prompter.text("Email", "--email")?,
            "--email",
            |s| s.contains('@'),
        )?),
    };
    let country_code = match a.country_code {
        Some(c) => c,
        None => match &account {
            Account::Email(_) => ctx
                .settings
                .profile
                .as_ref()
                .and_then(|p| p.country_code.clone())
                .unwrap_or_else(|| "EU".into()),
            Account::Phone(_) => ctx
                .prompter
                .text("Country code (e.g. 49)", "--country-code")?,
        },
    };
    let password = if a.password_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("cannot read the password from stdin")?;
        line.trim_end_matches(['\n', '\r']).to_string()
    } else {
        ctx.prompter.secret("Password", "--password-stdin")?
    };
    if password.is_empty() {
        return Err(Fail::usage("the password is empty"));
    }
    let client = ctx.client().await?;
    let session = lockctl_api::login::login(&client, &account, &country_code, &password).await?;
    let shown = format!(
        "Logged in as {} ({}).",
        session.account, session.mobile_api_url
    );
    let choice = match a.insecure_storage {
        true => secrets::Choice::File,
        false => secrets::Choice::Keep,
    };
    let done = secrets::update(&ctx.settings.config_dir, &name, choice, |p| {
        p.session = Some(session);
        p.relogin = a
            .remember_password
            .then(|| StoredLogin::new(account.clone(), country_code.clone(), &password));
        Ok(())
    })?;
    if let Some(n) = done.notice {
        ctx.out.warn(&n);
    }
    ctx.out.notice(&shown);
    Ok(())
}

fn checked(v: String, flag: &str, ok: impl Fn(&str) -> bool) -> Result<String> {
    let v = v.trim().to_string();
    if v.is_empty() || v.len() > 254 || !ok(&v) {
        return Err(Fail::usage(format!("{flag} `{v}` does not look right")));
    }
    Ok(v)
}

pub fn logout(ctx: &mut Context) -> Result<()> {
    if ctx.is_openapi() {
        ctx.out.notice(NO_ACCOUNT_LOGIN);
        return Ok(());
    }
    if ctx.settings.is_demo() {
        ctx.out.notice("The demo profile keeps no session.");
        return Ok(());
    }
    let name = ctx.settings.require_profile()?.to_string();
    let had = secrets::update(
        &ctx.settings.config_dir,
        &name,
        secrets::Choice::Keep,
        |p| {
            p.relogin = None;
            Ok(p.session.take().is_some())
        },
    )?;
    if let Some(n) = had.notice {
        ctx.out.warn(&n);
    }
    ctx.out.notice(if had.value {
        "Logged out."
    } else {
        "No session was stored."
    });
    Ok(())
}

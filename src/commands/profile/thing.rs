//! The `--sign thing` part of `profile add`: the certificate hash and the Android package,
//! checked before anything is asked or stored.

use anyhow::Result;

use super::{AddArgs, SignMode};
use crate::error::Fail;

pub(super) fn sign_word(mode: SignMode) -> &'static str {
    match mode {
        SignMode::Md5 => "md5",
        SignMode::Hmac => "hmac",
        SignMode::Thing => "thing",
    }
}

/// The certificate hash (colon form) and package of a `--sign thing` profile, checked before
/// anything is asked or stored; `None` for the other modes, which take no `--package`.
pub(super) fn thing_fields(a: &AddArgs) -> Result<Option<(String, String)>> {
    if a.sign != SignMode::Thing {
        if a.package.is_some() {
            return Err(Fail::usage("--package is only for --sign thing"));
        }
        return Ok(None);
    }
    let cert = a.cert_sign.as_deref().ok_or_else(|| {
        Fail::usage_hint(
            "--sign thing needs --cert-sign",
            "pass the app certificate's SHA-256 as 64 hex characters or AA:BB:... (95 characters)",
        )
    })?;
    let cert = lockctl_api::thing::cert_colon(cert).ok_or_else(|| {
        Fail::usage(
            "--cert-sign must be the certificate's SHA-256: 64 hex characters, or 32 hex bytes joined by `:`",
        )
    })?;
    let package = a.package.as_deref().map(str::trim).unwrap_or("");
    let valid = !package.is_empty()
        && package.len() <= 255
        && package.contains('.')
        && package
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    if !valid {
        return Err(Fail::usage_hint(
            if a.package.is_none() {
                "--sign thing needs --package"
            } else {
                "--package must be an Android package name"
            },
            "the app's package name, e.g. com.tuya.smartlife",
        ));
    }
    Ok(Some((cert, package.to_string())))
}

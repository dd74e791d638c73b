//! What the signing modes add to `profile add` and `profile show`: for `--sign thing`, the
//! certificate hash and the Android package, checked before anything is asked or stored.

use anyhow::Result;

use super::{AddArgs, ProfileDetail, SignMode};
use crate::error::Fail;

/// The `cert_sign` and `package` a profile stores for its signing mode (the certificate in
/// colon form for thing profiles).
pub(super) fn cert_and_package(a: &AddArgs) -> Result<(Option<String>, Option<String>)> {
    Ok(match thing_fields(a)? {
        Some((cert, package)) => (Some(cert), Some(package)),
        None if a.sign == SignMode::Hmac => (a.cert_sign.clone(), None),
        None => (None, None),
    })
}

/// The lines `profile show` adds for the signing mode (the hmac certificate only as `A` or
/// `set`; a thing certificate hash is public and shown).
pub(super) fn detail_pairs(d: &ProfileDetail, pairs: &mut Vec<(&'static str, String)>) {
    match d.sign.as_str() {
        "thing" => {
            pairs.push(("bmp secret", d.bmp_secret.into()));
            pairs.push(("cert sign", d.cert_sign.clone().unwrap_or_default()));
            pairs.push(("package", d.package.clone().unwrap_or_default()));
        }
        "hmac" => {
            pairs.push(("bmp secret", d.bmp_secret.into()));
            let cert = match d.cert_sign.as_deref() {
                Some("A") => "A",
                _ => "set",
            };
            pairs.push(("cert sign", cert.into()));
        }
        _ => {}
    }
}

pub(super) fn sign_word(mode: SignMode) -> &'static str {
    match mode {
        SignMode::Md5 => "md5",
        SignMode::Hmac => "hmac",
        SignMode::Thing => "thing",
    }
}

/// The certificate hash (colon form) and package of a `--sign thing` profile, checked before
/// anything is asked or stored; `None` for the other modes, which take no `--package`.
fn thing_fields(a: &AddArgs) -> Result<Option<(String, String)>> {
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

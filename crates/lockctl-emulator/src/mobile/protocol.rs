//! The gateway's protocol layer: request parameters, signature verification, envelopes and error
//! codes. It knows nothing of homes or locks.
//!
//! The signature check is written on its own, not shared with lockctl's signer, so a mistake on
//! one side shows up as a failed request instead of hiding in both.
//!
//! The rule: take the signed parameters present and non-empty, in byte order of their names, as
//! `name=value` joined by `||`; `postData` is replaced by the MD5 hex of its text with its four
//! 8-character blocks reordered B1 B0 B3 B2. Md5 apps sign `md5(text || "||" || secret)`, HMAC
//! apps `hmac_sha256(key = certSign_bmpSecret_secret, text)`, both as lowercase hex.

use std::collections::BTreeMap;

use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;

/// How an app key signs, as configured on the emulator.
#[derive(Clone, Debug)]
pub enum AppMode {
    Md5,
    Hmac {
        cert_sign: String,
        bmp_secret: String,
    },
    /// Today's apps (`et=3`, `mobile::thing`): certSign in colon form, the bmp secret and the
    /// Android package.
    Thing {
        cert_sign: String,
        bmp_secret: String,
        package: String,
    },
}

#[derive(Clone, Debug)]
pub struct AppClient {
    pub id: String,
    pub secret: String,
    pub mode: AppMode,
}

impl AppClient {
    /// `ID:SECRET` (md5), `ID:SECRET:hmac:CERTSIGN:BMPSECRET` or
    /// `ID:SECRET:thing:CERTSHA256:BMPSECRET:PACKAGE`. CERTSIGN itself contains `:` (95 chars
    /// of `XX:` groups) or is the single letter `A`, so it is everything between the mode word
    /// and the secret after it. Errors never repeat the secrets.
    pub fn parse(spec: &str) -> Result<AppClient, String> {
        let mut it = spec.splitn(3, ':');
        let id = it.next().unwrap_or("").to_string();
        let secret = it.next().unwrap_or("").to_string();
        let rest = it.next();
        if id.is_empty() || secret.is_empty() {
            return Err(format!(
                "`{spec}`: expected ID:SECRET, ID:SECRET:hmac:CERTSIGN:BMPSECRET or ID:SECRET:thing:CERTSHA256:BMPSECRET:PACKAGE"
            ));
        }
        let mode = match rest {
            None => AppMode::Md5,
            Some(r) if r.starts_with("thing:") => Self::thing_mode(&r["thing:".len()..])?,
            Some(r) => {
                let r = r.strip_prefix("hmac:").ok_or_else(|| {
                    format!("`{spec}`: the third field must be `hmac` or `thing`")
                })?;
                let (cert, bmp) = r
                    .rsplit_once(':')
                    .ok_or_else(|| format!("`{spec}`: hmac needs CERTSIGN:BMPSECRET"))?;
                if cert.is_empty() || bmp.is_empty() {
                    return Err(format!("`{spec}`: empty CERTSIGN or BMPSECRET"));
                }
                AppMode::Hmac {
                    cert_sign: cert.to_string(),
                    bmp_secret: bmp.to_string(),
                }
            }
        };
        Ok(AppClient { id, secret, mode })
    }

    /// `CERTSHA256:BMPSECRET:PACKAGE` of a Thing app.
    fn thing_mode(rest: &str) -> Result<AppMode, String> {
        let mut back = rest.rsplitn(3, ':');
        let package = back.next().unwrap_or("").trim();
        let bmp = back.next().unwrap_or("");
        let cert = back.next().unwrap_or("");
        let cert = super::thing::colon_cert(cert).ok_or(
            "thing needs the certificate's SHA-256 (64 hex characters, or in colon form) after `thing:`",
        )?;
        if bmp.is_empty() || package.is_empty() {
            return Err("thing needs CERTSHA256:BMPSECRET:PACKAGE, none of them empty".into());
        }
        Ok(AppMode::Thing {
            cert_sign: cert,
            bmp_secret: bmp.to_string(),
            package: package.to_string(),
        })
    }
}

/// Names that take part in the signature.
const SIGNED: [&str; 22] = [
    "a",
    "appVersion",
    "chKey",
    "clientId",
    "deviceId",
    "et",
    "h5Token",
    "imei",
    "imsi",
    "isH5",
    "lang",
    "lat",
    "lon",
    "n4h5",
    "os",
    "postData",
    "requestId",
    "sid",
    "sp",
    "time",
    "ttid",
    "v",
];

/// Merge query string and form body; the form wins on a clash. `+` decodes to a space.
pub fn merge_params(query: &str, body: &[u8]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        out.insert(k.into_owned(), v.into_owned());
    }
    for (k, v) in form_urlencoded::parse(body) {
        out.insert(k.into_owned(), v.into_owned());
    }
    out
}

fn md5_lower(data: &[u8]) -> String {
    format!("{:x}", md5::compute(data))
}

/// The text the client must have signed. BTreeMap keeps byte order of names.
pub fn canonical(params: &BTreeMap<String, String>) -> String {
    let mut parts = Vec::new();
    for (name, value) in params {
        if value.is_empty() || !SIGNED.contains(&name.as_str()) {
            continue;
        }
        if name == "postData" {
            let h = md5_lower(value.as_bytes());
            // Blocks B0..B3 of 8 hex chars, emitted B1 B0 B3 B2.
            let b: Vec<&str> = (0..4).map(|i| &h[i * 8..i * 8 + 8]).collect();
            parts.push(format!("postData={}{}{}{}", b[1], b[0], b[3], b[2]));
        } else {
            parts.push(format!("{name}={value}"));
        }
    }
    parts.join("||")
}

/// Whether `sign` is right for this app.
pub fn verify(params: &BTreeMap<String, String>, app: &AppClient) -> bool {
    let Some(given) = params.get("sign") else {
        return false;
    };
    let text = canonical(params);
    let expected = match &app.mode {
        AppMode::Md5 => md5_lower(format!("{text}||{}", app.secret).as_bytes()),
        AppMode::Hmac {
            cert_sign,
            bmp_secret,
        } => {
            let key = format!("{cert_sign}_{bmp_secret}_{}", app.secret);
            let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key.as_bytes()) else {
                return false;
            };
            mac.update(text.as_bytes());
            mac.finalize()
                .into_bytes()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect()
        }
        // Checked over the encrypted body, before decryption (`mobile::thing::unseal`).
        AppMode::Thing { .. } => return false,
    };
    // Constant-time enough for an emulator; compare case-sensitively as the cloud does.
    expected.len() == given.len()
        && expected
            .bytes()
            .zip(given.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// A business error: one of the gateway's error codes (`errorCode`) and a message.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub code: &'static str,
    pub msg: String,
}

impl ApiError {
    pub fn new(code: &'static str, msg: impl Into<String>) -> ApiError {
        ApiError {
            code,
            msg: msg.into(),
        }
    }
    pub fn sign() -> ApiError {
        ApiError::new("SING_VALIDATE_FALED", "Permission Verification Failed")
    }
    pub fn client() -> ApiError {
        ApiError::new("ILLEGAL_CLIENT_ID", "illegal client id")
    }
    pub fn session_invalid() -> ApiError {
        ApiError::new(
            "USER_SESSION_INVALID",
            "session invalid, please login again",
        )
    }
    pub fn session_loss() -> ApiError {
        ApiError::new("USER_SESSION_LOSS", "session lost, please login")
    }
    pub fn api(action: &str, version: &str) -> ApiError {
        ApiError::new(
            "API_OR_API_VERSION_WRONG",
            format!("no api {action} version {version}"),
        )
    }
    pub fn param(msg: impl Into<String>) -> ApiError {
        ApiError::new("PARAM_ILLEGAL", msg)
    }
    pub fn denied(msg: impl Into<String>) -> ApiError {
        ApiError::new("PERMISSION_DENIED", msg)
    }
    pub fn no_device() -> ApiError {
        ApiError::new("DEVICE_NOT_EXIST", "device not exist")
    }
    pub fn too_frequent() -> ApiError {
        ApiError::new("REQUEST_TOO_FREQUENTLY", "request too frequently")
    }
}

pub fn ok_envelope(result: Value, t_ms: i64) -> Value {
    json!({ "result": result, "t": t_ms, "success": true, "status": "ok" })
}

pub fn err_envelope(e: &ApiError, t_ms: i64) -> Value {
    json!({ "success": false, "errorCode": e.code, "errorMsg": e.msg, "status": "error", "t": t_ms })
}

#[cfg(test)]
mod tests {
    use super::*;

    // A request signed by a known-good md5 client, checked by the emulator's own code.
    #[test]
    fn accepts_vector_v2() {
        let mut p = BTreeMap::new();
        for (k, v) in [
            ("a", "tuya.m.device.member.list"),
            ("v", "4.0"),
            ("postData", r#"{"devId":"bf0123456789abcdefgh"}"#),
            ("clientId", "testclientid00000001"),
            ("deviceId", "testdevice0000000000000000000000000000000001"),
            (
                "sid",
                "eu1700000000testsid0000000000000000000000000000000000000",
            ),
            ("time", "1700000000"),
            ("os", "Android"),
            ("lang", "en"),
            ("gid", "unsigned"),
            ("sign", "7c12ef07b063cf1f2c665dc4860ab363"),
        ] {
            p.insert(k.to_string(), v.to_string());
        }
        let app =
            AppClient::parse("testclientid00000001:testappsecret0000000000000000001").unwrap();
        assert!(verify(&p, &app));
        p.insert("time".into(), "1700000001".into());
        assert!(!verify(&p, &app));
    }

    #[test]
    fn accepts_vector_v3_hmac() {
        let mut p = BTreeMap::new();
        for (k, v) in [
            ("a", "tuya.m.user.email.token.create"),
            ("v", "1.0"),
            ("et", "0.0.1"),
            ("ttid", "tuya"),
            ("appVersion", "3.8.5"),
            ("requestId", "11111111-2222-4333-8444-555555555555"),
            (
                "postData",
                r#"{"countryCode":"EU","email":"user@example.com"}"#,
            ),
            ("clientId", "testclientid00000001"),
            ("deviceId", "testdevice0000000000000000000000000000000001"),
            ("time", "1700000000"),
            ("os", "Android"),
            ("lang", "en"),
            (
                "sign",
                "e611575ab475350df09db165f3a79a5e2e35ebce3ba54babe93bb4c0e56b9225",
            ),
        ] {
            p.insert(k.to_string(), v.to_string());
        }
        let app = AppClient::parse("testclientid00000001:testappsecret0000000000000000001:hmac:01:08:0F:16:1D:24:2B:32:39:40:47:4E:55:5C:63:6A:71:78:7F:86:8D:94:9B:A2:A9:B0:B7:BE:C5:CC:D3:DA:testbmpsecret0000000000000000002").unwrap();
        assert!(verify(&p, &app));
    }

    #[test]
    fn plus_is_a_space() {
        let p = merge_params("a=x+y&b=1", b"b=2");
        assert_eq!(p["a"], "x y");
        assert_eq!(p["b"], "2");
    }
}

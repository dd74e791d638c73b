//! The Thing SDK flavour of the gateway (`et=3`), as the cloud plays it: a Thing app's request
//! is checked (signature under the master string, `chKey`, time) and its postData decrypted
//! before the usual pipeline sees it; the answer goes back sealed under the request's key.
//!
//! Written on its own, not shared with lockctl's client, so a mistake on one side shows up as a
//! failed request instead of hiding in both. The rules:
//! - `G = package_certSign_bmpSecret_appSecret` (certSign in colon form);
//! - `sign = hex(HMAC-SHA256(G, canonical text))`, the canonical text as for every app;
//! - `chKey = hex(HMAC-SHA256(clientId, package_certSign))[8..16]`;
//! - request key: the first 16 characters of `hex(HMAC-SHA256(requestId, G))`, with `_ecode`
//!   appended to `G` when the request carries a session;
//! - bodies: `base64(nonce12 || AES-128-GCM ciphertext || tag)`; answers gzip the inner
//!   envelope first when the request said `cp=gzip`, and carry
//!   `sign = md5("result=" + result + "||t=" + t + "||" + key)`.
//!
//! Refusals raised before decryption (signature, chKey, time, an unknown session, a body that
//! does not decrypt) are plain envelopes; everything after is sealed.

use std::collections::BTreeMap;
use std::io::Write;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes128Gcm, Nonce};
use base64::Engine;
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;

use super::auth::Auth;
use super::protocol::{self, ApiError, AppClient, AppMode};

/// What a sealed answer needs: the request's key, and whether to gzip.
#[derive(Clone, Copy)]
pub struct Seal {
    key: [u8; 16],
    gzip: bool,
}

/// The colon form (uppercase `AA:BB:..`) of a certificate SHA-256 given as 64 hex characters
/// or in colon form.
pub fn colon_cert(text: &str) -> Option<String> {
    let digits: String = text.chars().filter(|c| *c != ':').collect();
    let groups_ok = !text.contains(':') || text.split(':').all(|g| g.len() == 2);
    if !groups_ok || digits.len() != 64 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let up = digits.to_uppercase();
    Some(
        up.as_bytes()
            .chunks(2)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(":"),
    )
}

fn mac_hex(key: &[u8], text: &str) -> String {
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(text.as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

struct Identity<'a> {
    id: &'a str,
    secret: &'a str,
    cert: &'a str,
    bmp: &'a str,
    package: &'a str,
}

impl<'a> Identity<'a> {
    fn of(app: &'a AppClient) -> Option<Identity<'a>> {
        match &app.mode {
            AppMode::Thing {
                cert_sign,
                bmp_secret,
                package,
            } => Some(Identity {
                id: &app.id,
                secret: &app.secret,
                cert: cert_sign,
                bmp: bmp_secret,
                package,
            }),
            _ => None,
        }
    }
    fn global(&self) -> String {
        [self.package, self.cert, self.bmp, self.secret].join("_")
    }
    fn ch_key(&self) -> String {
        let full = mac_hex(
            self.id.as_bytes(),
            &format!("{}_{}", self.package, self.cert),
        );
        full.get(8..16).unwrap_or_default().to_string()
    }
    fn key(&self, request_id: &str, ecode: Option<&str>) -> [u8; 16] {
        let mut text = self.global();
        if let Some(e) = ecode {
            text = format!("{text}_{e}");
        }
        let full = mac_hex(request_id.as_bytes(), &text);
        let mut key = [0u8; 16];
        for (k, b) in key.iter_mut().zip(full.bytes()) {
            *k = b;
        }
        key
    }
}

fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The parameters of an opened request (postData decrypted) and the seal of its answer.
pub type Opened = (BTreeMap<String, String>, Seal);

/// A Thing app's request, checked and opened: the parameters with postData decrypted, and the
/// seal of its answer. `Ok(None)` when the client is not a Thing app (the usual pipeline checks
/// it); `Err` is a refusal to answer plainly.
pub fn unseal(
    clients: &[AppClient],
    auth: &Auth,
    gw_now: i64,
    params: &BTreeMap<String, String>,
) -> Result<Option<Opened>, ApiError> {
    let get = |k: &str| params.get(k).map(String::as_str).unwrap_or("");
    let Some(ident) = clients
        .iter()
        .find(|c| c.id == get("clientId"))
        .and_then(Identity::of)
    else {
        return Ok(None);
    };
    let expected = mac_hex(ident.global().as_bytes(), &protocol::canonical(params));
    if !same(&expected, get("sign")) || !same(&ident.ch_key(), get("chKey")) {
        return Err(ApiError::sign());
    }
    match get("time").trim().parse::<i64>() {
        Ok(t) if (t - gw_now).abs() <= super::MAX_SKEW_SECS => {}
        _ => {
            return Err(ApiError::new(
                "TIME_VALIDATE_FAILED",
                "request time is out of range",
            ))
        }
    }
    let ecode = match get("sid") {
        "" => None,
        sid => Some(auth.ecode_of(sid).ok_or_else(ApiError::session_loss)?),
    };
    let key = ident.key(get("requestId"), ecode.as_deref());
    let plain = decrypt(&key, get("postData"))
        .ok_or_else(|| ApiError::param("postData does not decrypt with this request's key"))?;
    let mut opened = params.clone();
    opened.insert("postData".into(), plain);
    let seal = Seal {
        key,
        gzip: get("cp") == "gzip",
    };
    Ok(Some((opened, seal)))
}

fn decrypt(key: &[u8; 16], text: &str) -> Option<String> {
    let raw = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .ok()?;
    if raw.len() < 28 {
        return None;
    }
    let (nonce, body) = raw.split_at(12);
    let plain = Aes128Gcm::new_from_slice(key)
        .ok()?
        .decrypt(Nonce::from_slice(nonce), body)
        .ok()?;
    String::from_utf8(plain).ok()
}

fn encrypt(key: &[u8; 16], nonce: [u8; 12], plain: &[u8]) -> String {
    let sealed = Aes128Gcm::new_from_slice(key)
        .ok()
        .and_then(|c| c.encrypt(Nonce::from_slice(&nonce), plain).ok())
        .unwrap_or_default();
    let mut all = nonce.to_vec();
    all.extend(sealed);
    base64::engine::general_purpose::STANDARD.encode(all)
}

/// The outer envelope around a sealed inner envelope (`inner` is its JSON text).
pub fn seal_answer(seal: &Seal, inner: &str, t_ms: i64) -> Value {
    let body = if seal.gzip {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let _ = gz.write_all(inner.as_bytes());
        gz.finish().unwrap_or_default()
    } else {
        inner.as_bytes().to_vec()
    };
    let result = encrypt(&seal.key, rand::random(), &body);
    let mut signed = format!("result={result}||t={t_ms}||").into_bytes();
    signed.extend_from_slice(&seal.key);
    let sign = format!("{:x}", md5::compute(&signed));
    serde_json::json!({
        "result": result,
        "t": t_ms,
        "success": true,
        "status": "ok",
        "sign": sign,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = "testclientid00000001:testappsecret0000000000000000001:thing:01080F161D242B323940474E555C636A71787F868D949BA2A9B0B7BEC5CCD3DA:testbmpsecret0000000000000000002:com.example.lockadmin";
    const POST: &str = "AQIDBAUGBwgJCgsMzpiDfgNHkGVDhwEJjeBNY51W3q1GhTwDKv/SVt7yxcXXV6aVWMZFihdqT49AUoPs5SzFvlAbB4EV5OzEwKawnKwBFYh0s48EP/2MTzP5VbU=";

    fn vector_request() -> BTreeMap<String, String> {
        [
            ("a", "thing.m.user.username.token.get"),
            ("v", "2.0"),
            ("time", "1700000000"),
            ("appVersion", "2.2.1"),
            ("chKey", "3702b8e2"),
            ("clientId", "testclientid00000001"),
            ("deviceId", "testdevice0000000000000000000000000000000001"),
            ("et", "3"),
            ("lang", "en"),
            ("os", "Android"),
            ("postData", POST),
            ("requestId", "11111111-2222-4333-8444-555555555555"),
            ("ttid", "android"),
            ("cp", "gzip"),
            ("platform", "unsigned"),
            (
                "sign",
                "a726e88a9b9fa08be96d4864611c9e65cc962e7c265cfa5424c13dc5d4eccf1e",
            ),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    #[test]
    fn keys_match_the_vector() {
        let app = AppClient::parse(SPEC).unwrap();
        let id = Identity::of(&app).unwrap();
        assert_eq!(id.ch_key(), "3702b8e2");
        assert_eq!(
            &id.key("11111111-2222-4333-8444-555555555555", None),
            b"f785982abcbb96c4"
        );
        assert_eq!(
            &id.key(
                "66666666-7777-4888-8999-000000000000",
                Some("ecode000test0001")
            ),
            b"504d41c51fc2472f"
        );
        let k = id.key("11111111-2222-4333-8444-555555555555", None);
        let nonce: [u8; 12] = std::array::from_fn(|i| i as u8 + 1);
        let plain = r#"{"countryCode":"49","username":"user@example.com","isUid":false}"#;
        assert_eq!(encrypt(&k, nonce, plain.as_bytes()), POST);
    }

    #[test]
    fn opens_the_vector_request_and_refuses_tampering() {
        let clients = vec![AppClient::parse(SPEC).unwrap()];
        let auth = Auth::new(60);
        let p = vector_request();
        let (opened, seal) = unseal(&clients, &auth, 1_700_000_010, &p).unwrap().unwrap();
        assert_eq!(
            opened["postData"],
            r#"{"countryCode":"49","username":"user@example.com","isUid":false}"#
        );
        assert!(seal.gzip);
        let refuse = |k: &str, v: &str, now: i64| {
            let mut bad = p.clone();
            bad.insert(k.into(), v.into());
            unseal(&clients, &auth, now, &bad).err().map(|e| e.code)
        };
        assert_eq!(
            refuse("v", "2.1", 1_700_000_000),
            Some("SING_VALIDATE_FALED")
        );
        assert_eq!(
            refuse("chKey", "3702b8e3", 1_700_000_000),
            Some("SING_VALIDATE_FALED")
        );
        assert_eq!(
            refuse("cp", "none", 1_800_000_000),
            Some("TIME_VALIDATE_FAILED")
        );
        assert_eq!(
            refuse("sid", "nosuch", 1_700_000_000),
            Some("SING_VALIDATE_FALED")
        );
        let md5_only = vec![AppClient::parse("testclientid00000001:x").unwrap()];
        assert!(unseal(&md5_only, &auth, 1_700_000_000, &p)
            .unwrap()
            .is_none());
    }

    #[test]
    fn a_well_signed_body_that_does_not_decrypt_is_refused_plainly() {
        let clients = vec![AppClient::parse(SPEC).unwrap()];
        let ident = Identity::of(&clients[0]).unwrap();
        let auth = Auth::new(60);
        let mut p = vector_request();
        // Sealed under another request's key, then signed correctly.
        let other = ident.key("66666666-7777-4888-8999-000000000000", None);
        p.insert("postData".into(), encrypt(&other, [9; 12], b"{}"));
        let sign = mac_hex(ident.global().as_bytes(), &protocol::canonical(&p));
        p.insert("sign".into(), sign);
        let e = unseal(&clients, &auth, 1_700_000_000, &p).err().unwrap();
        assert_eq!(e.code, "PARAM_ILLEGAL");
    }

    #[test]
    fn answers_are_sealed_and_signed() {
        let app = AppClient::parse(SPEC).unwrap();
        let key = Identity::of(&app).unwrap().key("r", Some("e"));
        for gzip in [false, true] {
            let out = seal_answer(&Seal { key, gzip }, r#"{"success":true}"#, 1234);
            let result = out["result"].as_str().unwrap();
            let mut signed = format!("result={result}||t=1234||").into_bytes();
            signed.extend_from_slice(&key);
            assert_eq!(out["sign"], format!("{:x}", md5::compute(&signed)));
            let raw = base64::engine::general_purpose::STANDARD
                .decode(result)
                .unwrap();
            let plain = Aes128Gcm::new_from_slice(&key)
                .unwrap()
                .decrypt(Nonce::from_slice(&raw[..12]), &raw[12..])
                .unwrap();
            assert_eq!(plain.starts_with(&[0x1f, 0x8b]), gzip);
        }
    }
}

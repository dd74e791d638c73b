//! The Thing SDK flavour of the gateway protocol (`et=3`), spoken by today's Tuya apps.
//!
//! Everything hangs off one master string `G = package_certSign_bmpSecret_appSecret` (certSign
//! in its colon form, `AA:BB:...`):
//! - `sign = hex(HMAC-SHA256(G, stringToSign))`;
//! - `chKey = hex(HMAC-SHA256(clientId, package_certSign))[8..16]`, sent and signed;
//! - the per-request AES-128 key is the first 16 ASCII characters of
//!   `hex(HMAC-SHA256(requestId, G))`, or of `G_ecode` once logged in (an empty ecode still
//!   appends `_`);
//! - `postData = base64(nonce12 || AES-128-GCM(key, JSON))` and the answer's `result` the same
//!   around a whole inner envelope, gzip-compressed or not; the answer's own
//!   `sign = hex(MD5("result=" + result + "||t=" + t + "||" + key))`.
//!
//! Pure functions (no clock, no randomness, no I/O): the unit tests pin them to a vector made
//! by an unmodified public client (docs/decisions.md).

use std::io::Read;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes128Gcm, Nonce};
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The value the Thing flavour sends as `et`.
pub const THING_ET: &str = "3";
/// The `ttid` the apps send.
pub const THING_TTID: &str = "android";
/// The `appVersion` lockctl announces on Thing profiles (a current app build's).
pub const THING_APP_VERSION: &str = "2.2.1";

/// Unsigned parameters the apps send beside the signed ones; the gateway reads them as context.
pub const THING_EXTRAS: &[(&str, &str)] = &[
    ("channel", "sdk"),
    ("osSystem", "14"),
    ("sdkVersion", "6.7.0"),
    ("deviceCoreVersion", "6.7.0"),
    ("platform", "lockctl"),
    ("timeZoneId", "UTC"),
    ("cp", "gzip"),
    ("nd", "1"),
];

/// A per-request AES-128 key: 16 ASCII hex characters.
pub type Key = [u8; 16];

/// A Thing app's identity: its secrets, certificate hash and Android package.
#[derive(Clone)]
pub struct ThingApp {
    pub app_secret: String,
    pub bmp_secret: String,
    /// The certificate's SHA-256 in colon form (`01:08:...`, uppercase).
    pub cert_sign: String,
    pub package: String,
}

impl ThingApp {
    /// The master string `G`.
    pub fn master(&self) -> String {
        format!(
            "{}_{}_{}_{}",
            self.package, self.cert_sign, self.bmp_secret, self.app_secret
        )
    }
}

/// The colon form (`AA:BB:...`, 95 characters, uppercase) of a certificate SHA-256 given as 64
/// hex characters or already in colon form; `None` when it is neither.
pub fn cert_colon(input: &str) -> Option<String> {
    let t = input.trim();
    let hex: String = if t.len() == 95 && t.contains(':') {
        let parts: Vec<&str> = t.split(':').collect();
        if parts.len() != 32 || parts.iter().any(|p| p.len() != 2) {
            return None;
        }
        parts.concat()
    } else {
        t.to_string()
    };
    if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let upper = hex.to_ascii_uppercase();
    let pairs: Vec<&str> = (0..32).map(|i| &upper[i * 2..i * 2 + 2]).collect();
    Some(pairs.join(":"))
}

fn hmac_hex(key: &[u8], msg: &[u8]) -> String {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
    mac.update(msg);
    hex::encode(mac.finalize().into_bytes())
}

/// The request signature over the string to sign.
pub fn sign_text(app: &ThingApp, string_to_sign: &str) -> String {
    hmac_hex(app.master().as_bytes(), string_to_sign.as_bytes())
}

/// The `chKey` parameter.
pub fn ch_key(client_id: &str, app: &ThingApp) -> String {
    let h = hmac_hex(
        client_id.as_bytes(),
        format!("{}_{}", app.package, app.cert_sign).as_bytes(),
    );
    h[8..16].to_string()
}

/// The AES-128 key of one request: `ecode` is `Some` once logged in.
pub fn request_key(request_id: &str, app: &ThingApp, ecode: Option<&str>) -> Key {
    let mut g = app.master();
    if let Some(e) = ecode {
        g.push('_');
        g.push_str(e);
    }
    let h = hmac_hex(request_id.as_bytes(), g.as_bytes());
    let mut key = [0u8; 16];
    key.copy_from_slice(&h.as_bytes()[..16]);
    key
}

/// `base64(nonce || AES-128-GCM(key, nonce, plain) || tag)`.
pub fn seal(key: &Key, nonce: &[u8; 12], plain: &[u8]) -> String {
    let cipher = Aes128Gcm::new(key.into());
    // Encryption fails only past GCM's 64 GiB message limit, far above any postData.
    let ct = cipher
        .encrypt(Nonce::from_slice(nonce), plain)
        .unwrap_or_default();
    let mut out = Vec::with_capacity(12 + ct.len());
    out.extend_from_slice(nonce);
    out.extend_from_slice(&ct);
    base64::engine::general_purpose::STANDARD.encode(out)
}

/// Why an encrypted answer could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum OpenError {
    NotBase64,
    TooShort,
    /// The tag does not verify: wrong key, or altered on the way.
    Tag,
    Gzip,
    TooLarge,
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            OpenError::NotBase64 => "its result is not base64",
            OpenError::TooShort => "its result is too short to be encrypted",
            OpenError::Tag => "its result does not decrypt with this request's key",
            OpenError::Gzip => "its decrypted result is broken gzip",
            OpenError::TooLarge => "its decrypted result is larger than the answer cap",
        })
    }
}

/// Decrypt `base64(nonce || ciphertext || tag)`, and gunzip when the plaintext starts with
/// gzip's magic bytes; at most `cap` bytes come out.
pub fn open(key: &Key, text: &str, cap: u64) -> Result<Vec<u8>, OpenError> {
    let raw = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|_| OpenError::NotBase64)?;
    if raw.len() < 12 + 16 {
        return Err(OpenError::TooShort);
    }
    let cipher = Aes128Gcm::new(key.into());
    let plain = cipher
        .decrypt(Nonce::from_slice(&raw[..12]), &raw[12..])
        .map_err(|_| OpenError::Tag)?;
    if !plain.starts_with(&[0x1f, 0x8b]) {
        return Ok(plain);
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(plain.as_slice())
        .take(cap.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|_| OpenError::Gzip)?;
    if out.len() as u64 > cap {
        return Err(OpenError::TooLarge);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sign::{sign, string_to_sign, SigningKey};

    const CERT_HEX: &str = "01080F161D242B323940474E555C636A71787F868D949BA2A9B0B7BEC5CCD3DA";
    const CERT: &str = "01:08:0F:16:1D:24:2B:32:39:40:47:4E:55:5C:63:6A:71:78:7F:86:8D:94:9B:A2:A9:B0:B7:BE:C5:CC:D3:DA";
    const PLAIN: &str = r#"{"countryCode":"49","username":"user@example.com","isUid":false}"#;
    const POST: &str = "AQIDBAUGBwgJCgsMzpiDfgNHkGVDhwEJjeBNY51W3q1GhTwDKv/SVt7yxcXXV6aVWMZFihdqT49AUoPs5SzFvlAbB4EV5OzEwKawnKwBFYh0s48EP/2MTzP5VbU=";

    fn app() -> ThingApp {
        ThingApp {
            app_secret: "testappsecret0000000000000000001".into(),
            bmp_secret: "testbmpsecret0000000000000000002".into(),
            cert_sign: cert_colon(CERT_HEX).unwrap(),
            package: "com.example.lockadmin".into(),
        }
    }

    fn nonce() -> [u8; 12] {
        std::array::from_fn(|i| i as u8 + 1)
    }

    #[test]
    fn cert_forms() {
        assert_eq!(cert_colon(CERT_HEX).as_deref(), Some(CERT));
        assert_eq!(cert_colon(CERT).as_deref(), Some(CERT));
        assert_eq!(cert_colon(&CERT_HEX.to_lowercase()).as_deref(), Some(CERT));
        for bad in [
            "A",
            "",
            &CERT_HEX[2..],
            &format!("{CERT_HEX}00"),
            &CERT.replace("DA", "ZZ"),
        ] {
            assert_eq!(cert_colon(bad), None, "{bad}");
        }
    }

    #[test]
    fn ch_key_and_request_keys_match_the_vector() {
        assert_eq!(ch_key("testclientid00000001", &app()), "3702b8e2");
        let k = request_key("11111111-2222-4333-8444-555555555555", &app(), None);
        assert_eq!(&k, b"f785982abcbb96c4");
        let k = request_key(
            "66666666-7777-4888-8999-000000000000",
            &app(),
            Some("ecode000test0001"),
        );
        assert_eq!(&k, b"504d41c51fc2472f");
    }

    #[test]
    fn gcm_round_trip_matches_the_vector() {
        let k = request_key("11111111-2222-4333-8444-555555555555", &app(), None);
        assert_eq!(seal(&k, &nonce(), PLAIN.as_bytes()), POST);
        assert_eq!(open(&k, POST, 1 << 20).unwrap(), PLAIN.as_bytes());
        let other = request_key("11111111-2222-4333-8444-555555555556", &app(), None);
        assert_eq!(open(&other, POST, 1 << 20), Err(OpenError::Tag));
        assert_eq!(open(&k, "not base64!", 1 << 20), Err(OpenError::NotBase64));
        assert_eq!(open(&k, "AAAA", 1 << 20), Err(OpenError::TooShort));
    }

    #[test]
    fn gzip_answers_are_inflated_within_the_cap() {
        use std::io::Write;
        let k = request_key("r", &app(), Some(""));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&[b'x'; 5000]).unwrap();
        let sealed = seal(&k, &nonce(), &gz.finish().unwrap());
        assert_eq!(open(&k, &sealed, 5000).unwrap().len(), 5000);
        assert_eq!(open(&k, &sealed, 4999), Err(OpenError::TooLarge));
        let broken = seal(&k, &nonce(), &[0x1f, 0x8b, 1, 2, 3]);
        assert_eq!(open(&k, &broken, 5000), Err(OpenError::Gzip));
    }

    #[test]
    fn request_sign_matches_the_vector() {
        let params = [
            ("a", "thing.m.user.username.token.get"),
            ("v", "2.0"),
            ("time", "1700000000"),
            ("appVersion", "2.2.1"),
            ("chKey", "3702b8e2"),
            ("clientId", "testclientid00000001"),
            ("deviceId", "testdevice0000000000000000000000000000000001"),
            ("et", THING_ET),
            ("lang", "en"),
            ("os", "Android"),
            ("postData", POST),
            ("requestId", "11111111-2222-4333-8444-555555555555"),
            ("ttid", THING_TTID),
            ("cp", "gzip"),
            ("sid", ""),
        ];
        assert_eq!(
            string_to_sign(params),
            "a=thing.m.user.username.token.get||appVersion=2.2.1||chKey=3702b8e2||clientId=testclientid00000001||deviceId=testdevice0000000000000000000000000000000001||et=3||lang=en||os=Android||postData=6974140b2b0b92a35419214020ac15da||requestId=11111111-2222-4333-8444-555555555555||time=1700000000||ttid=android||v=2.0"
        );
        assert_eq!(
            sign(params, &SigningKey::Thing(app())),
            "a726e88a9b9fa08be96d4864611c9e65cc962e7c265cfa5424c13dc5d4eccf1e"
        );
    }

    #[test]
    fn debug_hides_the_thing_secrets() {
        let shown = format!("{:?}", SigningKey::Thing(app()));
        assert!(!shown.contains("testappsecret") && !shown.contains("testbmpsecret"));
    }
}

//! Request signing for Tuya's mobile API gateway (see docs/decisions.md for the vectors' sources).
//!
//! Pure functions only: no clock, no randomness, no I/O, so the test vectors pin them exactly.

use hmac::{Hmac, Mac};
use md5::{Digest, Md5};
use sha2::Sha256;

/// The parameter names that take part in the signature; everything else (`gid`, `platform`,
/// `appRnVersion`, ...) travels unsigned.
pub const SIGNED_PARAMS: &[&str] = &[
    "a",
    "v",
    "lat",
    "lon",
    "lang",
    "deviceId",
    "imei",
    "imsi",
    "appVersion",
    "ttid",
    "isH5",
    "h5Token",
    "os",
    "clientId",
    "postData",
    "time",
    "requestId",
    "n4h5",
    "sid",
    "sp",
    "et",
    "chKey",
];

/// The value the hmac mode sends as `et`.
pub const HMAC_ET: &str = "0.0.1";

/// How an app key signs its requests; the cloud picks the mode from the key's configuration.
#[derive(Clone)]
pub enum SigningKey {
    /// `MD5(stringToSign || "||" || appSecret)`.
    Md5 { app_secret: String },
    /// `HMAC-SHA256(certSign_bmpSecret_appSecret, stringToSign)`, announced with `et=0.0.1`.
    Hmac {
        app_secret: String,
        bmp_secret: String,
        cert_sign: String,
    },
    /// The Thing SDK flavour (`et=3`): `HMAC-SHA256(package_certSign_bmpSecret_appSecret, ...)`,
    /// with encrypted bodies (`crate::thing`).
    Thing(crate::thing::ThingApp),
}

impl std::fmt::Debug for SigningKey {
    // Secrets never reach Debug output.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SigningKey::Md5 { .. } => f.write_str("SigningKey::Md5(****)"),
            SigningKey::Hmac { .. } => f.write_str("SigningKey::Hmac(****)"),
            SigningKey::Thing(_) => f.write_str("SigningKey::Thing(****)"),
        }
    }
}

impl SigningKey {
    pub fn is_hmac(&self) -> bool {
        matches!(self, SigningKey::Hmac { .. })
    }
    /// The mode's word as profiles store it: `md5`, `hmac` or `thing`.
    pub fn mode(&self) -> &'static str {
        match self {
            SigningKey::Md5 { .. } => "md5",
            SigningKey::Hmac { .. } => "hmac",
            SigningKey::Thing(_) => "thing",
        }
    }
    /// The Thing app, when the key signs the Thing SDK way.
    pub fn thing(&self) -> Option<&crate::thing::ThingApp> {
        match self {
            SigningKey::Thing(app) => Some(app),
            _ => None,
        }
    }
}

/// Lowercase hex MD5 of `data`.
pub fn md5_hex(data: &[u8]) -> String {
    hex::encode(Md5::digest(data))
}

/// The "mobile hash" of postData: the MD5 hex cut in four blocks of 8, emitted as B1 B0 B3 B2.
pub fn mobile_hash(post_data: &str) -> String {
    let h = md5_hex(post_data.as_bytes());
    format!("{}{}{}{}", &h[8..16], &h[0..8], &h[24..32], &h[16..24])
}

/// The string to sign: signed, non-empty parameters sorted by name, `postData` replaced by its
/// mobile hash, joined with `||`.
pub fn string_to_sign<'a, I>(params: I) -> String
where
    I: IntoIterator<Item = (&'a str, &'a str)>,
{
    let mut pairs: Vec<(&str, &str)> = params
        .into_iter()
        .filter(|(k, v)| !v.is_empty() && SIGNED_PARAMS.contains(k))
        .collect();
    pairs.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    pairs
        .iter()
        .map(|(k, v)| {
            if *k == "postData" {
                format!("{k}={}", mobile_hash(v))
            } else {
                format!("{k}={v}")
            }
        })
        .collect::<Vec<_>>()
        .join("||")
}

/// The `sign` parameter for a set of request parameters.
pub fn sign<'a, I>(params: I, key: &SigningKey) -> String
where
    I: IntoIterator<Item = (&'a str, &'a str)>,
{
    let text = string_to_sign(params);
    match key {
        SigningKey::Md5 { app_secret } => md5_hex(format!("{text}||{app_secret}").as_bytes()),
        SigningKey::Hmac {
            app_secret,
            bmp_secret,
            cert_sign,
        } => {
            let k = format!("{cert_sign}_{bmp_secret}_{app_secret}");
            // HMAC accepts keys of any length, so this cannot fail.
            let mut mac = Hmac::<Sha256>::new_from_slice(k.as_bytes())
                .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
            mac.update(text.as_bytes());
            hex::encode(mac.finalize().into_bytes())
        }
        SigningKey::Thing(app) => crate::thing::sign_text(app, &text),
    }
}

/// The `sign` of an encrypted answer: `result` as sent, `t` as its JSON text.
pub fn answer_sign(result: &str, t: &str, key: &crate::thing::Key) -> String {
    let mut text = format!("result={result}||t={t}||").into_bytes();
    text.extend_from_slice(key);
    md5_hex(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIENT: &str = "testclientid00000001";
    const SECRET: &str = "testappsecret0000000000000000001";
    const BMP: &str = "testbmpsecret0000000000000000002";
    const CERT: &str = "01:08:0F:16:1D:24:2B:32:39:40:47:4E:55:5C:63:6A:71:78:7F:86:8D:94:9B:A2:A9:B0:B7:BE:C5:CC:D3:DA";
    const DEVICE: &str = "testdevice0000000000000000000000000000000001";
    const SID: &str = "eu1700000000testsid0000000000000000000000000000000000000";

    fn md5key() -> SigningKey {
        SigningKey::Md5 {
            app_secret: SECRET.into(),
        }
    }

    #[test]
    fn v1_md5_without_post_data_leaves_gid_unsigned() {
        let params = [
            ("a", "tuya.m.my.group.device.list"),
            ("v", "1.0"),
            ("gid", "12345678"),
            ("clientId", CLIENT),
            ("deviceId", DEVICE),
            ("sid", SID),
            ("time", "1700000000"),
            ("os", "Android"),
            ("lang", "en"),
        ];
        assert_eq!(
            string_to_sign(params),
            "a=tuya.m.my.group.device.list||clientId=testclientid00000001||deviceId=testdevice0000000000000000000000000000000001||lang=en||os=Android||sid=eu1700000000testsid0000000000000000000000000000000000000||time=1700000000||v=1.0"
        );
        assert_eq!(sign(params, &md5key()), "42b9ba257cadb28a8587f0bd3672b747");
    }

    #[test]
    fn v2_md5_with_post_data() {
        let pd = r#"{"devId":"bf0123456789abcdefgh"}"#;
        assert_eq!(md5_hex(pd.as_bytes()), "289af5308e23a01d9714d5e60d9d59b2");
        assert_eq!(mobile_hash(pd), "8e23a01d289af5300d9d59b29714d5e6");
        let params = [
            ("a", "tuya.m.device.member.list"),
            ("v", "4.0"),
            ("postData", pd),
            ("clientId", CLIENT),
            ("deviceId", DEVICE),
            ("sid", SID),
            ("time", "1700000000"),
            ("os", "Android"),
            ("lang", "en"),
        ];
        assert_eq!(sign(params, &md5key()), "7c12ef07b063cf1f2c665dc4860ab363");
    }

    #[test]
    fn v3_hmac_before_login() {
        let pd = r#"{"countryCode":"EU","email":"user@example.com"}"#;
        assert_eq!(mobile_hash(pd), "1c87dc6f46402dda95648bbfbe363bf1");
        let params = [
            ("a", "tuya.m.user.email.token.create"),
            ("v", "1.0"),
            ("et", HMAC_ET),
            ("ttid", "tuya"),
            ("appVersion", "3.8.5"),
            ("requestId", "11111111-2222-4333-8444-555555555555"),
            ("postData", pd),
            ("clientId", CLIENT),
            ("deviceId", DEVICE),
            ("time", "1700000000"),
            ("os", "Android"),
            ("lang", "en"),
            ("sid", ""),
        ];
        let key = SigningKey::Hmac {
            app_secret: SECRET.into(),
            bmp_secret: BMP.into(),
            cert_sign: CERT.into(),
        };
        assert_eq!(
            sign(params, &key),
            "e611575ab475350df09db165f3a79a5e2e35ebce3ba54babe93bb4c0e56b9225"
        );
    }

    #[test]
    fn v4_mobile_hash_of_empty_object() {
        assert_eq!(md5_hex(b"{}"), "99914b932bd37a50b983c5e7c90ae93b");
        assert_eq!(mobile_hash("{}"), "2bd37a5099914b93c90ae93bb983c5e7");
    }

    #[test]
    fn debug_hides_secrets() {
        let s = format!("{:?}", md5key());
        assert!(!s.contains(SECRET));
    }

    #[test]
    fn answer_sign_covers_result_time_and_key() {
        let k = *b"f785982abcbb96c4";
        let s = answer_sign("abc", "1700000000000", &k);
        assert_eq!(s, md5_hex(b"result=abc||t=1700000000000||f785982abcbb96c4"));
        assert_ne!(s, answer_sign("abd", "1700000000000", &k));
    }
}

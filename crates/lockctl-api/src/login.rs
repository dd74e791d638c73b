//! The token + RSA password login: ask for a token and an RSA public key, send the password's MD5
//! encrypted with that key, keep the session and the account's own gateway.

use std::future::Future;
use std::pin::Pin;

use rsa::{BigUint, Pkcs1v15Encrypt, RsaPublicKey};
use serde_json::{json, Value};

use crate::client::{Account, CallOptions, Client, Renew, Session};
use crate::error::{Error, Result};
use crate::secret::Secret;
use crate::sign::md5_hex;

/// What the client needs to log in again by itself when a session expires: the password's MD5
/// (lowercase hex), never the password.
#[derive(Debug, Clone)]
pub struct Relogin {
    pub account: Account,
    pub country_code: String,
    pub password_md5: Secret,
}

impl Renew for Relogin {
    fn renew<'a>(
        &'a self,
        client: &'a Client,
    ) -> Pin<Box<dyn Future<Output = Result<()>> + Send + 'a>> {
        Box::pin(async move {
            login_md5(
                client,
                &self.account,
                &self.country_code,
                self.password_md5.expose(),
            )
            .await?;
            Ok(())
        })
    }
}

/// Log in and make the new session the client's. Returns the session for storage.
pub async fn login(
    client: &Client,
    account: &Account,
    country_code: &str,
    password: &str,
) -> Result<Session> {
    login_md5(client, account, country_code, &md5_hex(password.as_bytes())).await
}

/// Log in with the password's MD5 (lowercase hex): all the login sends, RSA-encrypted, so it is
/// all that needs storing to log in again.
pub async fn login_md5(
    client: &Client,
    account: &Account,
    country_code: &str,
    password_md5: &str,
) -> Result<Session> {
    let anon = CallOptions {
        anonymous: true,
        ..Default::default()
    };
    let names = LoginNames::of(account, client.config().key.thing().is_some());
    let mut ask = serde_json::Map::new();
    ask.insert("countryCode".into(), json!(country_code));
    ask.insert(names.id_field.into(), json!(account.id()));
    let mut token_ask = ask.clone();
    if names.by_username {
        token_ask = serde_json::Map::new();
        token_ask.insert("countryCode".into(), json!(country_code));
        token_ask.insert("username".into(), json!(account.id()));
        token_ask.insert("isUid".into(), json!(false));
    }
    let token = client
        .call(
            names.token.0,
            names.token.1,
            Some(&Value::Object(token_ask)),
            &anon,
        )
        .await?;
    let bad = |what: &str| Error::BadResponse {
        url: client.config().endpoint.to_string(),
        reason: format!("the login token answer {what}"),
    };
    let modulus = token
        .get("publicKey")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("has no publicKey"))?;
    let exponent = match token.get("exponent") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => "3".to_string(),
    };
    let tok = token
        .get("token")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("has no token"))?;
    let passwd = encrypt_md5(modulus, &exponent, password_md5).map_err(|e| bad(&e))?;

    let mut body = ask;
    body.insert("passwd".into(), json!(passwd));
    body.insert("ifencrypt".into(), json!(1));
    body.insert("options".into(), json!("{\"group\": 1}"));
    body.insert("token".into(), json!(tok));
    let result = client
        .call(
            names.login.0,
            names.login.1,
            Some(&Value::Object(body)),
            &anon,
        )
        .await?;

    let session = session_of(client, account, &result)?;
    client.set_session(session.clone());
    Ok(session)
}

/// The actions (name, version) a login sends, and the field naming the account.
struct LoginNames {
    token: (&'static str, &'static str),
    login: (&'static str, &'static str),
    id_field: &'static str,
    /// The token is asked for by `username` (Thing apps), not by `email` / `mobile`.
    by_username: bool,
}

impl LoginNames {
    fn of(account: &Account, thing: bool) -> LoginNames {
        let email = matches!(account, Account::Email(_));
        let id_field = if email { "email" } else { "mobile" };
        let (token, login) = match (thing, email) {
            (false, true) => (
                ("tuya.m.user.email.token.create", "1.0"),
                ("tuya.m.user.email.password.login", "1.0"),
            ),
            (false, false) => (
                ("tuya.m.user.mobile.token.create", "1.0"),
                ("tuya.m.user.mobile.password.login", "1.0"),
            ),
            (true, true) => (
                ("thing.m.user.username.token.get", "2.0"),
                ("thing.m.user.email.password.login", "3.0"),
            ),
            (true, false) => (
                ("thing.m.user.username.token.get", "2.0"),
                ("thing.m.user.mobile.passwd.login", "4.0"),
            ),
        };
        LoginNames {
            token,
            login,
            id_field,
            by_username: thing,
        }
    }
}

/// The session of a login answer; its gateway is checked before lockctl switches to it, since the
/// session is only valid there.
fn session_of(client: &Client, account: &Account, result: &Value) -> Result<Session> {
    let bad = |what: &str| Error::BadResponse {
        url: client.config().endpoint.to_string(),
        reason: format!("the login answer {what}"),
    };
    let sid = result
        .get("sid")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| bad("has no sid"))?;
    let domain = result.get("domain").cloned().unwrap_or(Value::Null);
    let mobile = str_field(&domain, "mobileApiUrl");
    let mobile_api_url = if mobile.is_empty() {
        client.config().endpoint.to_string()
    } else {
        crate::endpoint::check_gateway(&client.config().endpoint, &mobile)?.to_string()
    };
    Ok(Session {
        sid: Secret::new(sid),
        uid: str_field(result, "uid"),
        mobile_api_url,
        region_code: str_field(&domain, "regionCode"),
        account: account.id().to_string(),
        nickname: str_field(result, "nickname"),
        ecode: Secret::new(str_field(result, "ecode")),
        created: crate::clock::wire_now().as_second(),
    })
}

fn str_field(v: &Value, k: &str) -> String {
    match v.get(k) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// RSA-encrypt the lowercase-hex MD5 of the password (PKCS#1 v1.5), as lowercase hex padded to the
/// modulus length.
pub fn encrypt_password(
    modulus_dec: &str,
    exponent_dec: &str,
    password: &str,
) -> std::result::Result<String, String> {
    encrypt_md5(modulus_dec, exponent_dec, &md5_hex(password.as_bytes()))
}

/// RSA-encrypt an MD5 hex digest of the password, as [`encrypt_password`] does.
fn encrypt_md5(
    modulus_dec: &str,
    exponent_dec: &str,
    digest: &str,
) -> std::result::Result<String, String> {
    let n = BigUint::parse_bytes(modulus_dec.trim().as_bytes(), 10)
        .ok_or("has a publicKey that is not a decimal number")?;
    let e = BigUint::parse_bytes(exponent_dec.trim().as_bytes(), 10)
        .ok_or("has an exponent that is not a decimal number")?;
    let key = RsaPublicKey::new(n, e).map_err(|e| format!("has an unusable RSA key ({e})"))?;
    let mut rng = rand::thread_rng();
    let ct = key
        .encrypt(&mut rng, Pkcs1v15Encrypt, digest.as_bytes())
        .map_err(|e| format!("has an RSA key too small to carry the password ({e})"))?;
    Ok(hex::encode(ct))
}

//! The OpenAPI request signature, checked on the emulator's side.
//!
//! Written on its own from the rule below, not shared with lockctl's signer, so that a mistake on
//! one side shows up as a refused request instead of hiding in both.
//!
//! The rule: `stringToSign = METHOD \n SHA256HEX(body) \n HEADERS \n URL`, where HEADERS is
//! `name:value\n` for each header named in `Signature-Headers` (names joined by `:`, in that
//! order; empty when none) and URL the path as sent, then `?` and the query parameters sorted by
//! name as `name=value` joined by `&`, values decoded. The signature is the upper-case hex of
//! `HMAC-SHA256(key = access secret, client_id + access_token + t + nonce + stringToSign)`; the
//! token endpoints leave the access token out, and a missing nonce counts as empty.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// What takes part in one request's signature.
#[derive(Debug, Clone, Copy)]
pub struct Signed<'a> {
    pub method: &'a str,
    /// The path as it came on the wire (not decoded).
    pub path: &'a str,
    /// The query's parameters, decoded, in wire order.
    pub query: &'a [(String, String)],
    pub body: &'a [u8],
    /// The signed headers, in the order `Signature-Headers` lists them.
    pub headers: &'a [(String, String)],
    pub client_id: &'a str,
    /// Empty on the token endpoints.
    pub access_token: &'a str,
    pub t: &'a str,
    pub nonce: &'a str,
}

/// The path with its query parameters sorted by name (stable: repeated names keep their order).
pub fn canonical_url(path: &str, query: &[(String, String)]) -> String {
    if query.is_empty() {
        return path.to_string();
    }
    let mut q: Vec<&(String, String)> = query.iter().collect();
    q.sort_by(|a, b| a.0.cmp(&b.0));
    let joined: Vec<String> = q.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("{path}?{}", joined.join("&"))
}

pub fn string_to_sign(s: &Signed) -> String {
    let body_hash = hex::encode(Sha256::digest(s.body));
    let headers: String = s
        .headers
        .iter()
        .map(|(k, v)| format!("{k}:{v}\n"))
        .collect();
    format!(
        "{}\n{body_hash}\n{headers}\n{}",
        s.method.to_ascii_uppercase(),
        canonical_url(s.path, s.query)
    )
}

/// The signature the request should carry, upper-case hex.
pub fn expected(s: &Signed, secret: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(s.client_id.as_bytes());
    mac.update(s.access_token.as_bytes());
    mac.update(s.t.as_bytes());
    mac.update(s.nonce.as_bytes());
    mac.update(string_to_sign(s).as_bytes());
    hex::encode_upper(mac.finalize().into_bytes())
}

/// Whether `sign` (any case) is the request's signature under `secret`.
pub fn verify(s: &Signed, secret: &str, sign: &str) -> bool {
    let want = expected(s, secret);
    !want.is_empty() && want.len() == sign.len() && want.eq_ignore_ascii_case(sign)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    /// Tuya's published token example, recomputed.
    #[test]
    fn token_vector() {
        let query = pairs(&[("grant_type", "1")]);
        let headers = pairs(&[
            ("area_id", "29a33e8796834b1efa6"),
            ("call_id", "8afdb70ab2ed11eb85290242ac130003"),
        ]);
        let s = Signed {
            method: "GET",
            path: "/v1.0/token",
            query: &query,
            body: b"",
            headers: &headers,
            client_id: "1KAD46OrT9HafiKdsXeg",
            access_token: "",
            t: "1588925778000",
            nonce: "5138cc3a9033d69856923fd07b491173",
        };
        assert_eq!(
            string_to_sign(&s),
            "GET\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n\
             area_id:29a33e8796834b1efa6\ncall_id:8afdb70ab2ed11eb85290242ac130003\n\n\
             /v1.0/token?grant_type=1"
        );
        let secret = "4OHBOnWOqaEC1mWXOpVL3yV50s0qGSRC";
        let sign = "9E48A3E93B302EEECC803C7241985D0A34EB944F40FB573C7B5C2A82158AF13E";
        assert_eq!(expected(&s, secret), sign);
        assert!(verify(&s, secret, &sign.to_ascii_lowercase()));
        assert!(!verify(&s, "4OHBOnWOqaEC1mWXOpVL3yV50s0qGSRD", sign));
        assert!(!verify(&s, secret, ""));
        // A business call differs only in the token after the client id: another signature.
        let with_token = Signed {
            access_token: "tok",
            ..s
        };
        assert_ne!(expected(&with_token, secret), sign);
    }

    #[test]
    fn no_signed_headers_leave_an_empty_line_and_the_query_is_sorted() {
        let query = pairs(&[("size", "20"), ("codes", ""), ("b", "x y")]);
        let s = Signed {
            method: "post",
            path: "/v1.0/x",
            query: &query,
            body: b"{}",
            headers: &[],
            client_id: "c",
            access_token: "a",
            t: "1",
            nonce: "",
        };
        assert_eq!(
            string_to_sign(&s),
            "POST\n44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\n\n\
             /v1.0/x?b=x y&codes=&size=20"
        );
    }
}

//! The password ticket: the cloud hands a one-off AES-128 key encrypted with the access secret
//! (AES-256-ECB, PKCS#7, hex); PINs travel encrypted with that key (AES-128-ECB, PKCS#7,
//! lowercase hex). Neither the key nor the PIN leaves this module in clear.

use aes::cipher::{generic_array::GenericArray, BlockDecrypt, KeyInit};
use aes::Aes256;

use crate::error::{Error, Result};
use crate::secret::Secret;

/// A ticket as the cloud gave it, its key decrypted.
pub struct Ticket {
    pub id: String,
    key: Secret,
}

impl std::fmt::Debug for Ticket {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ticket")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

fn bad(why: &str) -> Error {
    Error::BadResponse {
        url: "password-ticket".into(),
        reason: format!("the password ticket's key is unusable ({why})"),
    }
}

impl Ticket {
    /// Decrypt `ticket_key` (hex) with the access secret (32 ASCII characters).
    pub fn open(id: &str, ticket_key: &str, access_secret: &Secret) -> Result<Ticket> {
        let secret = access_secret.expose().as_bytes();
        if secret.len() != 32 {
            return Err(Error::Config(format!(
                "the access secret has {} characters; Tuya's are 32",
                secret.len()
            )));
        }
        let data = hex::decode(ticket_key.trim()).map_err(|_| bad("not hex"))?;
        if data.is_empty() || data.len() % 16 != 0 {
            return Err(bad("not whole AES blocks"));
        }
        let cipher = Aes256::new(GenericArray::from_slice(secret));
        let mut out = Vec::with_capacity(data.len());
        for chunk in data.chunks(16) {
            let mut block = GenericArray::clone_from_slice(chunk);
            cipher.decrypt_block(&mut block);
            out.extend_from_slice(&block);
        }
        let pad = usize::from(*out.last().unwrap_or(&0));
        if pad == 0
            || pad > 16
            || pad > out.len()
            || out[out.len() - pad..]
                .iter()
                .any(|b| usize::from(*b) != pad)
        {
            return Err(bad("bad padding: is the access secret right?"));
        }
        out.truncate(out.len() - pad);
        let key = String::from_utf8(out).map_err(|_| bad("not text"))?;
        if key.len() != 16 {
            return Err(bad("not 16 characters"));
        }
        Ok(Ticket {
            id: id.to_string(),
            key: Secret::new(key),
        })
    }

    /// The PIN encrypted with the ticket's key, lowercase hex.
    pub fn encrypt(&self, pin: &Secret) -> Result<String> {
        crate::pin::encrypt(pin, &self.key)
    }
}

/// Encrypt a 16-character key with the access secret, as the cloud does (emulators, tests).
pub fn seal_key(key: &str, access_secret: &str) -> Option<String> {
    let secret = access_secret.as_bytes();
    if secret.len() != 32 {
        return None;
    }
    let cipher = Aes256::new(GenericArray::from_slice(secret));
    Some(hex::encode_upper(crate::pin::ecb_pkcs7(
        &cipher,
        key.as_bytes(),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "4OHBOnWOqaEC1mWXOpVL3yV50s0qGSRC";
    const SEALED: &str = "4F732EC57ABEC897A7413CE5C18882059173247C8D56147E406EBA159F6E577A";

    #[test]
    fn ticket_vector_both_ways() {
        assert_eq!(seal_key("tk7Qp2Lw9Xs4Rm8v", SECRET).unwrap(), SEALED);
        let t = Ticket::open("T1", SEALED, &Secret::new(SECRET)).unwrap();
        assert_eq!(t.key.expose(), "tk7Qp2Lw9Xs4Rm8v");
        assert_eq!(
            t.encrypt(&Secret::new("1357924")).unwrap(),
            "599ce0cb45bd927b639ff5293286b8e7"
        );
        assert!(!format!("{t:?}").contains("tk7Q"));
    }

    #[test]
    fn wrong_secret_or_garbage_is_an_error_not_a_panic() {
        let other = Secret::new("00000000000000000000000000000000");
        assert!(Ticket::open("T", SEALED, &other).is_err());
        assert!(Ticket::open("T", "zz", &Secret::new(SECRET)).is_err());
        assert!(Ticket::open("T", "", &Secret::new(SECRET)).is_err());
        assert!(Ticket::open("T", "00", &Secret::new(SECRET)).is_err());
        assert!(Ticket::open("T", SEALED, &Secret::new("short")).is_err());
    }
}

//! Password tickets: a short-lived key the cloud hands out (encrypted under the access secret)
//! for one device, which the client uses to encrypt a PIN or to authorise a remote opening.
//! A ticket is good for one use, on its device, for [`TICKET_TTL`] seconds.

use std::collections::HashMap;

use aes::cipher::{generic_array::GenericArray, BlockEncrypt, KeyInit};

use super::errors::OaError;
use super::token::Tokens;

/// How long a ticket lasts, seconds.
pub const TICKET_TTL: i64 = 300;

#[derive(Debug, Clone)]
struct Ticket {
    access_id: String,
    dev_id: String,
    key: String,
    expires: i64,
}

/// What the ticket endpoint answers.
#[derive(Debug, Clone)]
pub struct IssuedTicket {
    pub ticket_id: String,
    /// Upper-case hex of AES-256-ECB(access secret, key), PKCS#7.
    pub ticket_key: String,
    pub expire_time: i64,
}

#[derive(Debug, Default)]
pub struct Tickets {
    live: HashMap<String, Ticket>,
}

/// AES-256-ECB with PKCS#7 padding under a 32-byte key; `None` for any other key length.
pub fn encrypt_key(secret: &str, plain: &[u8]) -> Option<Vec<u8>> {
    if secret.len() != 32 {
        return None;
    }
    let cipher = aes::Aes256::new(GenericArray::from_slice(secret.as_bytes()));
    let pad = 16 - plain.len() % 16;
    let mut data = plain.to_vec();
    data.extend(std::iter::repeat_n(pad as u8, pad));
    for chunk in data.chunks_mut(16) {
        cipher.encrypt_block(GenericArray::from_mut_slice(chunk));
    }
    Some(data)
}

impl Tickets {
    /// A new ticket for `dev_id`; its key is 16 characters of hex.
    pub fn issue(
        &mut self,
        ids: &mut Tokens,
        (access_id, secret): (&str, &str),
        dev_id: &str,
        now: i64,
    ) -> Result<IssuedTicket, OaError> {
        self.live.retain(|_, t| t.expires > now);
        let key = ids.fresh_id(16);
        let enc = encrypt_key(secret, key.as_bytes())
            .ok_or_else(|| OaError::system("the project's secret cannot key a ticket"))?;
        let ticket_id = ids.fresh_id(32);
        self.live.insert(
            ticket_id.clone(),
            Ticket {
                access_id: access_id.to_string(),
                dev_id: dev_id.to_string(),
                key,
                expires: now + TICKET_TTL,
            },
        );
        Ok(IssuedTicket {
            ticket_id,
            ticket_key: hex::encode_upper(enc),
            expire_time: TICKET_TTL,
        })
    }

    /// Use up a ticket of this project for this device; answers its key.
    pub fn take(
        &mut self,
        access_id: &str,
        dev_id: &str,
        ticket_id: &str,
        now: i64,
    ) -> Result<String, OaError> {
        let ok = self
            .live
            .get(ticket_id)
            .is_some_and(|t| t.access_id == access_id && t.dev_id == dev_id && t.expires > now);
        if !ok {
            return Err(OaError::illegal(
                "ticket_id is unknown, expired, used or for another device",
            ));
        }
        Ok(self
            .live
            .remove(ticket_id)
            .map(|t| t.key)
            .unwrap_or_default())
    }
}

/// The PIN a client encrypted with a ticket's key (AES-128-ECB, PKCS#7, hex in either case).
pub fn decrypt_pin(hex_text: &str, key: &str) -> Option<String> {
    crate::mobile::params::decrypt_pin(hex_text, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "4OHBOnWOqaEC1mWXOpVL3yV50s0qGSRC";

    #[test]
    fn ticket_key_vector() {
        let enc = encrypt_key(SECRET, b"tk7Qp2Lw9Xs4Rm8v").unwrap();
        assert_eq!(
            hex::encode_upper(enc),
            "4F732EC57ABEC897A7413CE5C18882059173247C8D56147E406EBA159F6E577A"
        );
        assert!(encrypt_key("short", b"x").is_none());
    }

    #[test]
    fn pin_vector_either_case() {
        let hex = "599ce0cb45bd927b639ff5293286b8e7";
        assert_eq!(
            decrypt_pin(hex, "tk7Qp2Lw9Xs4Rm8v").as_deref(),
            Some("1357924")
        );
        assert_eq!(
            decrypt_pin(&hex.to_ascii_uppercase(), "tk7Qp2Lw9Xs4Rm8v").as_deref(),
            Some("1357924")
        );
        assert_eq!(decrypt_pin(hex, "tk7Qp2Lw9Xs4Rm8w"), None);
    }

    #[test]
    fn tickets_are_single_use_per_device() {
        let mut ids = Tokens::new(10);
        let mut t = Tickets::default();
        let a = t.issue(&mut ids, ("p", SECRET), "dev", 100).unwrap();
        assert_eq!(a.ticket_key.len(), 64);
        assert!(t.take("p", "other", &a.ticket_id, 101).is_err());
        assert!(t.take("q", "dev", &a.ticket_id, 101).is_err());
        let key = t.take("p", "dev", &a.ticket_id, 101).unwrap();
        assert_eq!(key.len(), 16);
        assert!(t.take("p", "dev", &a.ticket_id, 101).is_err());
        let b = t.issue(&mut ids, ("p", SECRET), "dev", 100).unwrap();
        assert!(t.take("p", "dev", &b.ticket_id, 100 + TICKET_TTL).is_err());
    }
}

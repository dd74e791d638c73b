//! PIN encryption for temporary and voice passwords: AES-128-ECB with
//! PKCS#7 padding, the device's 16-character localKey as key, lowercase hex.

use aes::cipher::{generic_array::GenericArray, BlockEncrypt, KeyInit};
use aes::Aes128;

use crate::error::{Error, Result};
use crate::secret::Secret;

/// The PIN lengths taken when the lock's kind is unknown (`len` 0): the cloud has the last word.
pub const ANY_LEN: std::ops::RangeInclusive<usize> = 4..=12;

/// Check a PIN: digits only, of the length the lock takes (0: any length in [`ANY_LEN`]).
pub fn validate(pin: &str, len: usize) -> Result<()> {
    if pin.is_empty() || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::Invalid("a PIN is digits only".into()));
    }
    if len == 0 {
        if !ANY_LEN.contains(&pin.len()) {
            return Err(Error::Invalid(format!(
                "a PIN has {} to {} digits, not {}",
                ANY_LEN.start(),
                ANY_LEN.end(),
                pin.len()
            )));
        }
        return Ok(());
    }
    if pin.len() != len {
        return Err(Error::Invalid(format!(
            "this lock takes PINs of exactly {len} digits, not {}",
            pin.len()
        )));
    }
    Ok(())
}

/// Encrypt a PIN with the lock's localKey.
pub fn encrypt(pin: &Secret, local_key: &Secret) -> Result<String> {
    let key = local_key.expose().as_bytes();
    if key.len() != 16 {
        return Err(Error::Invalid(format!(
            "the lock's localKey has {} characters; PIN encryption needs 16",
            key.len()
        )));
    }
    let cipher = Aes128::new(GenericArray::from_slice(key));
    Ok(hex::encode(ecb_pkcs7(&cipher, pin.expose().as_bytes())))
}

/// AES-ECB over `data` padded with PKCS#7: the cloud's block mode for PINs and ticket keys.
pub(crate) fn ecb_pkcs7(cipher: &impl BlockEncrypt, data: &[u8]) -> Vec<u8> {
    let pad = 16 - data.len() % 16;
    let mut buf = data.to_vec();
    buf.extend(std::iter::repeat_n(pad as u8, pad));
    for chunk in buf.chunks_mut(16) {
        cipher.encrypt_block(GenericArray::from_mut_slice(chunk));
    }
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_vectors() {
        let k = Secret::new("0123456789abcdef");
        assert_eq!(
            encrypt(&Secret::new("1234567"), &k).unwrap(),
            "8f8ad3f0cfd6eca192126e4ad28a73f2"
        );
        assert_eq!(
            encrypt(&Secret::new("123456"), &k).unwrap(),
            "0fcf43fcebc5ac8b66c48f5cb7c25b02"
        );
    }

    #[test]
    fn validation() {
        assert!(validate("123456", 6).is_ok());
        assert!(validate("12345a", 6).is_err());
        assert!(validate("1234567", 6).is_err());
        assert!(validate("1234567", 0).is_ok());
        assert!(validate("123", 0).is_err());
    }
}

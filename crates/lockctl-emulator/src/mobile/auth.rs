//! Login tokens, the RSA key clients encrypt passwords with, and sessions.

use std::collections::HashMap;

use num_bigint::BigUint;

/// The emulator's RSA key (1024 bits, e = 3, as Tuya's login keys). Fixed, so runs are
/// reproducible; it protects nothing but emulated demo passwords.
const N: &str = "126872260917138045491254850839727526886363474244750312854950999450721320346911092086660512685576138663465522657388558922853157957185659472685847107717708136636642466335550932080770228134130115538614021807685026188361400769358355936034365146983701440092456027201256430965683508899582095961787621950792167897973";
const D: &str = "84581507278092030327503233893151684590908982829833541903300666300480880231274061391107008457050759108977015104925705948568771971457106315123898071811805409350484795637730777367769790485052567354433008783458237397434422276302298661618557562728950150903545080445291184975000973095536804705915362884253055006187";

pub fn public_key() -> (&'static str, &'static str) {
    (N, "3")
}

/// Recover the 32-char MD5 hex a client encrypted, whether it used PKCS#1 v1.5 or no padding,
/// with or without leading zeros in its hex.
pub fn decrypt_password(hex_text: &str) -> Option<String> {
    let hex_text = hex_text.trim();
    if hex_text.is_empty() || hex_text.len() > 1024 {
        return None;
    }
    let c = BigUint::parse_bytes(hex_text.as_bytes(), 16)?;
    let n = BigUint::parse_bytes(N.as_bytes(), 10)?;
    let d = BigUint::parse_bytes(D.as_bytes(), 10)?;
    if c >= n {
        return None;
    }
    let m = c.modpow(&d, &n).to_bytes_be();
    let k: usize = 128;
    let mut block = vec![0u8; k.saturating_sub(m.len())];
    block.extend_from_slice(&m);
    let payload: &[u8] = if block.len() == k && block[0] == 0 && block[1] == 2 {
        // PKCS#1 v1.5: 00 02 PS (non-zero) 00 M
        let sep = block[2..].iter().position(|b| *b == 0)? + 2;
        &block[sep + 1..]
    } else {
        // No padding: the message is the trailing bytes after leading zeros.
        let start = block.iter().position(|b| *b != 0)?;
        &block[start..]
    };
    if payload.len() != 32 || !payload.iter().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    Some(String::from_utf8_lossy(payload).to_ascii_lowercase())
}

#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub uid: String,
    pub expires: i64,
    /// The login's `ecode`, which Thing apps fold into each request's key.
    pub ecode: String,
}

/// Per-emulator login state (never persisted: a restarted cloud forgets sessions).
#[derive(Debug, Default)]
pub struct Auth {
    tokens: HashMap<String, (String, i64)>,
    pub sessions: HashMap<String, SessionInfo>,
    pub session_ttl: i64,
    counter: u64,
}

pub enum SessionCheck {
    Ok(String),
    Unknown,
    Expired,
}

impl Auth {
    pub fn new(session_ttl: i64) -> Auth {
        Auth {
            session_ttl,
            ..Default::default()
        }
    }

    fn fresh(&mut self, prefix: &str, now: i64) -> String {
        self.counter += 1;
        let seed = format!("{prefix}{now}{}{:p}", self.counter, self);
        let h = format!("{:x}", md5::compute(seed.as_bytes()));
        format!("{prefix}{now}{h}")
    }

    pub fn issue_token(&mut self, who: &str, now: i64) -> String {
        let t = self.fresh("tk", now);
        self.tokens.insert(t.clone(), (who.to_string(), now + 600));
        t
    }

    pub fn take_token(&mut self, token: &str, now: i64) -> Option<String> {
        let (who, exp) = self.tokens.remove(token)?;
        (exp >= now).then_some(who)
    }

    pub fn open_session(&mut self, uid: &str, now: i64) -> String {
        let sid = self.fresh("eu", now);
        let fresh = self.fresh("ec", now);
        let ecode = fresh[fresh.len().saturating_sub(16)..].to_string();
        self.sessions.insert(
            sid.clone(),
            SessionInfo {
                uid: uid.to_string(),
                expires: now + self.session_ttl,
                ecode,
            },
        );
        sid
    }

    /// The ecode of a session, expired or not (an expired one still opens the request, whose
    /// answer then says it expired).
    pub fn ecode_of(&self, sid: &str) -> Option<String> {
        self.sessions.get(sid).map(|s| s.ecode.clone())
    }

    pub fn check(&self, sid: &str, now: i64) -> SessionCheck {
        match self.sessions.get(sid) {
            None => SessionCheck::Unknown,
            Some(s) if s.expires < now => SessionCheck::Expired,
            Some(s) => SessionCheck::Ok(s.uid.clone()),
        }
    }

    /// Expire every session (control API).
    pub fn expire_all(&mut self, now: i64) -> usize {
        for s in self.sessions.values_mut() {
            s.expires = now - 1;
        }
        self.sessions.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encrypt_raw(msg: &[u8]) -> String {
        let n = BigUint::parse_bytes(N.as_bytes(), 10).unwrap();
        let m = BigUint::from_bytes_be(msg);
        format!("{:x}", m.modpow(&BigUint::from(3u32), &n))
    }

    #[test]
    fn decrypts_unpadded_and_pkcs1() {
        let md5 = b"0123456789abcdef0123456789abcdef";
        assert_eq!(
            decrypt_password(&encrypt_raw(md5)).as_deref(),
            Some("0123456789abcdef0123456789abcdef")
        );
        let mut padded = vec![0u8, 2];
        padded.extend(std::iter::repeat_n(0x11u8, 128 - 3 - 32));
        padded.push(0);
        padded.extend_from_slice(md5);
        let with_zeros = format!("0000{}", encrypt_raw(&padded));
        assert_eq!(
            decrypt_password(&with_zeros).as_deref(),
            Some("0123456789abcdef0123456789abcdef")
        );
        assert_eq!(decrypt_password("zz"), None);
    }
}

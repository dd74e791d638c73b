//! Project tokens: fetched with the project's signature alone, refreshed with the refresh token,
//! dead once expired or replaced. Never persisted: a restarted cloud forgets them.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

use sha2::{Digest, Sha256};

use super::errors::OaError;

/// How long a project token lives, seconds.
pub const TOKEN_TTL: i64 = 7200;

#[derive(Debug, Clone)]
struct Token {
    access_id: String,
    refresh: String,
    expires: i64,
    /// Replaced by a refresh: dead whatever its expiry says.
    replaced: bool,
}

/// A token as the token endpoints answer it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issued {
    pub access_token: String,
    pub refresh_token: String,
    /// Seconds left.
    pub expire_time: i64,
}

/// Tokens and the random material for new ids.
#[derive(Debug)]
pub struct Tokens {
    by_access: HashMap<String, Token>,
    /// refresh token -> access token.
    by_refresh: HashMap<String, String>,
    /// The live token of each project, handed out again while it lives.
    current: HashMap<String, String>,
    pub ttl: i64,
    seed: u64,
    counter: u64,
}

impl Default for Tokens {
    fn default() -> Self {
        Tokens::new(TOKEN_TTL)
    }
}

impl Tokens {
    pub fn new(ttl: i64) -> Tokens {
        // A per-process random seed (the hasher keys are random): ids are not guessable from
        // one run to the next.
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(ttl as u64);
        Tokens {
            by_access: HashMap::new(),
            by_refresh: HashMap::new(),
            current: HashMap::new(),
            ttl,
            seed: h.finish(),
            counter: 0,
        }
    }

    /// A fresh random-looking hex id of `len` characters (at most 64).
    pub fn fresh_id(&mut self, len: usize) -> String {
        self.counter += 1;
        let d = Sha256::digest(format!("{}:{}", self.seed, self.counter));
        let mut s = hex::encode(d);
        s.truncate(len.min(64));
        s
    }

    /// `GET /v1.0/token?grant_type=1`: the project's live token, or a new one.
    pub fn grant(&mut self, access_id: &str, now: i64) -> Issued {
        if let Some(t) = self.current.get(access_id) {
            if let Some(tok) = self.by_access.get(t) {
                if !tok.replaced && tok.expires > now {
                    return Issued {
                        access_token: t.clone(),
                        refresh_token: tok.refresh.clone(),
                        expire_time: tok.expires - now,
                    };
                }
            }
        }
        self.issue(access_id, now)
    }

    fn issue(&mut self, access_id: &str, now: i64) -> Issued {
        let access = self.fresh_id(32);
        let refresh = self.fresh_id(32);
        self.by_access.insert(
            access.clone(),
            Token {
                access_id: access_id.to_string(),
                refresh: refresh.clone(),
                expires: now + self.ttl,
                replaced: false,
            },
        );
        self.by_refresh.insert(refresh.clone(), access.clone());
        self.current.insert(access_id.to_string(), access.clone());
        Issued {
            access_token: access,
            refresh_token: refresh,
            expire_time: self.ttl,
        }
    }

    /// `GET /v1.0/token/{refresh}`: a new pair for the project; the old access token dies. A
    /// refresh token works once, and not after its access token expired.
    pub fn refresh(&mut self, access_id: &str, refresh: &str, now: i64) -> Result<Issued, OaError> {
        let Some(old) = self.by_refresh.get(refresh).cloned() else {
            return Err(OaError::token_unknown());
        };
        let Some(tok) = self.by_access.get_mut(&old) else {
            return Err(OaError::token_unknown());
        };
        if tok.access_id != access_id {
            return Err(OaError::token_unknown());
        }
        if tok.replaced || tok.expires <= now {
            return Err(OaError::token_replaced());
        }
        tok.replaced = true;
        self.by_refresh.remove(refresh);
        Ok(self.issue(access_id, now))
    }

    /// Which project a business call's token belongs to, if it is alive.
    pub fn check(&self, access_id: &str, token: &str, now: i64) -> Result<(), OaError> {
        if token.is_empty() {
            return Err(OaError::token_missing());
        }
        let tok = self
            .by_access
            .get(token)
            .filter(|t| t.access_id == access_id)
            .ok_or_else(OaError::token_unknown)?;
        if tok.replaced {
            return Err(OaError::token_replaced());
        }
        if tok.expires <= now {
            return Err(OaError::token_expired());
        }
        Ok(())
    }

    /// Let every live token run out now; answers how many did.
    pub fn expire_all(&mut self, now: i64) -> usize {
        let mut n = 0;
        for t in self.by_access.values_mut() {
            if !t.replaced && t.expires > now {
                t.expires = now;
                n += 1;
            }
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grant_refresh_and_expiry() {
        let mut t = Tokens::new(100);
        let a = t.grant("p", 1000);
        assert_eq!(a.expire_time, 100);
        assert!(t.check("p", &a.access_token, 1050).is_ok());
        // The same token again while it lives, with what is left of it.
        let again = t.grant("p", 1040);
        assert_eq!(again.access_token, a.access_token);
        assert_eq!(again.expire_time, 60);
        assert_eq!(t.check("q", &a.access_token, 1050).unwrap_err().code, 1011);
        assert_eq!(t.check("p", "", 1050).unwrap_err().code, 1002);
        assert_eq!(t.check("p", &a.access_token, 1100).unwrap_err().code, 1010);
        let b = t.refresh("p", &a.refresh_token, 1050).unwrap();
        assert_ne!(b.access_token, a.access_token);
        assert_eq!(t.check("p", &a.access_token, 1051).unwrap_err().code, 1012);
        assert!(t.check("p", &b.access_token, 1051).is_ok());
        // A refresh token works once.
        assert!(t.refresh("p", &a.refresh_token, 1052).is_err());
        assert_eq!(t.expire_all(1060), 1);
        assert_eq!(t.check("p", &b.access_token, 1060).unwrap_err().code, 1010);
        let c = t.grant("p", 1060);
        assert_ne!(c.access_token, b.access_token);
    }
}

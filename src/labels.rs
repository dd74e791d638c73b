//! Words for the cloud's codes. The DP numbers follow the emulator's documented table
//! (docs/decisions.md); unknown codes are shown as `code N` rather than guessed.

pub fn user_type(code: &str) -> String {
    match code {
        "10" => "administrator".into(),
        "20" => "family member".into(),
        "30" => "panel member".into(),
        "" => String::new(),
        other => format!("type {other}"),
    }
}

pub fn member_status(code: i64) -> &'static str {
    match code {
        0 => "invalid",
        1 => "valid",
        2 => "waiting to join",
        _ => "unknown",
    }
}

/// Unlock methods by DP id, and the names `--type` accepts.
pub const UNLOCK_TYPES: &[(u32, &str)] = &[
    (12, "fingerprint"),
    (13, "password"),
    (14, "temp-password"),
    (15, "dynamic"),
    (16, "card"),
    (17, "face"),
    (18, "key"),
    (19, "remote"),
    (20, "offline-password"),
];

pub fn unlock_type(dp: u32) -> String {
    UNLOCK_TYPES
        .iter()
        .find(|(d, _)| *d == dp)
        .map(|(_, n)| n.to_string())
        .unwrap_or_else(|| format!("DP {dp}"))
}

pub fn unlock_dp(name: &str) -> Option<u32> {
    UNLOCK_TYPES
        .iter()
        .find(|(_, n)| *n == name)
        .map(|(d, _)| *d)
}

/// "fingerprint x2, card x1" from a list of DP ids.
pub fn group_methods(dps: &[u32]) -> String {
    let mut counts: Vec<(u32, usize)> = vec![];
    for d in dps {
        match counts.iter_mut().find(|(x, _)| x == d) {
            Some((_, n)) => *n += 1,
            None => counts.push((*d, 1)),
        }
    }
    if counts.is_empty() {
        return "none".into();
    }
    counts
        .iter()
        .map(|(d, n)| format!("{} x{n}", unlock_type(*d)))
        .collect::<Vec<_>>()
        .join(", ")
}

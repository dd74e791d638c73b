//! The request journal: what the gateway saw, in order, with each outcome.

use serde::Serialize;

/// Entries kept at most; past it the oldest half goes.
const MAX_ENTRIES: usize = 10_000;

#[derive(Debug, Clone, Serialize)]
pub struct JournalEntry {
    pub seq: u64,
    pub action: String,
    pub version: String,
    pub dev_id: Option<String>,
    /// `ok`, or the error code answered.
    pub outcome: String,
}

/// Append an entry, dropping the oldest half once the journal is full.
pub fn record(journal: &mut Vec<JournalEntry>, entry: JournalEntry) {
    journal.push(entry);
    if journal.len() > MAX_ENTRIES {
        journal.drain(..MAX_ENTRIES / 2);
    }
}

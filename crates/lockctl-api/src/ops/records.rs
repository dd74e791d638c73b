//! Open-door records and alarms: typed models that read the same on every lock kind, the filters a
//! listing takes, and a pager that hands them over one page at a time so that an export of any
//! size holds only a page or two in memory.

use async_trait::async_trait;
use jiff::Timestamp;
use serde::Serialize;
use serde_json::value::RawValue;

use crate::error::Result;
use crate::lock::Lock;
use crate::model::{Fields, Time, UnlockKind};

mod limit;
pub use limit::Limited;

/// Who a record or alarm names: a member of the lock, as far as the cloud knows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// The member's id; null when the cloud names someone without an id.
    pub id: Option<String>,
    /// The member's name; null when the cloud sent none.
    pub name: Option<String>,
}

/// One opening of the lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Record {
    pub id: String,
    /// When the lock opened; null when the cloud sent no usable time.
    pub time: Option<Time>,
    /// How it was opened.
    pub kind: UnlockKind,
    /// The credential used, `<dp>-<number>` (`12-1`: fingerprint 1); null when unknown.
    pub unlock_id: Option<String>,
    /// Who opened it; null for a credential no member holds.
    pub member: Option<Person>,
    /// The name the credential was given; null when it has none.
    pub unlock_name: Option<String>,
}

impl Fields for Record {
    const FIELDS: &'static [&'static str] =
        &["id", "time", "kind", "unlockId", "member", "unlockName"];
}

/// What an alarm is about: the same words on every lock kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AlarmKind {
    WrongFinger,
    WrongPassword,
    WrongCard,
    WrongFace,
    LowBattery,
    /// The lock was forced or pried.
    Tamper,
    /// A mechanical key was used.
    KeyIn,
    /// Opened with a credential marked for duress.
    Duress,
    /// An alarm lockctl has no word for.
    Other,
}

impl AlarmKind {
    pub const ALL: [AlarmKind; 8] = [
        AlarmKind::WrongFinger,
        AlarmKind::WrongPassword,
        AlarmKind::WrongCard,
        AlarmKind::WrongFace,
        AlarmKind::LowBattery,
        AlarmKind::Tamper,
        AlarmKind::KeyIn,
        AlarmKind::Duress,
    ];

    /// The JSON word, also what `--type` takes.
    pub fn as_str(self) -> &'static str {
        match self {
            AlarmKind::WrongFinger => "wrong-finger",
            AlarmKind::WrongPassword => "wrong-password",
            AlarmKind::WrongCard => "wrong-card",
            AlarmKind::WrongFace => "wrong-face",
            AlarmKind::LowBattery => "low-battery",
            AlarmKind::Tamper => "tamper",
            AlarmKind::KeyIn => "key-in",
            AlarmKind::Duress => "duress",
            AlarmKind::Other => "other",
        }
    }

    pub fn parse(word: &str) -> Option<AlarmKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == word)
    }
}

/// One alarm the lock raised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Alarm {
    pub id: String,
    /// When the alarm was raised; null when the cloud sent no usable time.
    pub time: Option<Time>,
    #[serde(rename = "type")]
    pub kind: AlarmKind,
    /// The credential involved (`13-1` for a duress opening with password 1); null otherwise.
    pub unlock_id: Option<String>,
    /// Who the alarm names; null when nobody.
    pub member: Option<Person>,
}

impl Fields for Alarm {
    const FIELDS: &'static [&'static str] = &["id", "time", "type", "unlockId", "member"];
}

/// How many alarms wait to be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Unread {
    pub lock: String,
    pub unread: u64,
}

impl Fields for Unread {
    const FIELDS: &'static [&'static str] = &["lock", "unread"];
}

/// What a listing asks for. `kinds` empty means every kind; times are inclusive.
#[derive(Debug, Clone)]
pub struct Query<K> {
    pub kinds: Vec<K>,
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
    /// Only records naming this member (id, or name in any case).
    pub member: Option<String>,
    /// Records per page asked of the cloud (1-500).
    pub page_size: u32,
    /// At most this many records that pass the filters: pages are read until there are that
    /// many or the history ends. None: every record.
    pub limit: Option<u64>,
    /// Pages fetched at once when the cloud says how many records there are.
    pub concurrency: usize,
}

impl<K> Query<K> {
    /// The bounds every backend holds a query to, before any request.
    pub fn check(&self) -> crate::error::Result<()> {
        use crate::error::Error;
        if !(1..=500).contains(&self.page_size) {
            return Err(Error::Invalid(format!(
                "a page holds 1 to 500 records, not {}",
                self.page_size
            )));
        }
        if self.limit == Some(0) {
            return Err(Error::Invalid("a limit of 0 records".into()));
        }
        if !(1..=16).contains(&self.concurrency) {
            return Err(Error::Invalid(
                "1 to 16 pages may be fetched at once".into(),
            ));
        }
        Ok(())
    }
}

/// One page of a listing, filtered, with the wire result it came from (for `--raw`).
#[derive(Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub raw: Box<RawValue>,
}

/// What a listing received, for judging whether an export is complete.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Distinct records received (before the filters).
    pub received: u64,
    /// Records the cloud sent again on a later page; each was kept once.
    pub repeated: u64,
    /// How many records the cloud said it has, when it said.
    pub total: Option<u64>,
}

/// Pages of a listing, in order, fetched as they are asked for (some ahead, bounded).
#[async_trait]
pub trait Pages<T>: Send {
    /// The next page, or None when the listing is done.
    async fn next(&mut self) -> Result<Option<Page<T>>>;

    /// What was received so far.
    fn tally(&self) -> Tally;

    /// Set once the listing has ended at its limit with records left unread or unshown.
    fn cut(&self) -> Option<Cut> {
        None
    }
}

/// A listing that stopped at its limit while there was more: what to tell the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    /// Records handed out.
    pub shown: u64,
    /// How many records match in all, when the cloud counted exactly the records asked for.
    pub total: Option<u64>,
}

#[async_trait]
pub trait RecordOps {
    /// Open-door records, newest first.
    async fn history(
        &self,
        lock: &Lock,
        query: &Query<UnlockKind>,
    ) -> Result<Box<dyn Pages<Record>>>;

    /// Alarms, newest first.
    async fn alarms(&self, lock: &Lock, query: &Query<AlarmKind>) -> Result<Box<dyn Pages<Alarm>>>;

    /// How many alarms are unread.
    async fn unread_alarms(&self, lock: &Lock) -> Result<Unread>;
}

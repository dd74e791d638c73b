//! The export engine: fetch pages (concurrently, bounded, written in order when the total is
//! known), filter, and write each page as it arrives in the chosen format. Only one page (and the
//! ids of the one before, to spot repeats) is held at a time.

use std::borrow::Cow;
use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::sync::Arc;

use anyhow::Result;
use futures::StreamExt;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use lockctl_api::{CallOptions, Client, Error as ApiError, Kind};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{json, Value};

use super::{Format, Query};
use crate::context::{Context, LockRef};
use crate::error::Fail;
use crate::labels;

/// The most records one export fetches; a total above it is treated as a lie.
const MAX_RECORDS: i64 = 50_000_000;

pub struct Plan {
    pub alarms: bool,
    pub format: Format,
    pub limit: i64,
    pub all: bool,
    pub concurrency: usize,
    pub tz: TimeZone,
}

/// A page's records, borrowed from the answer's text: nothing is copied or re-encoded.
struct Page<'a> {
    records: Vec<&'a RawValue>,
    has_next: Option<bool>,
    total: Option<i64>,
}

/// A scalar the cloud may send as a string or a number; strings stay borrowed when they can.
#[derive(Debug, Clone)]
pub enum Scalar<'a> {
    Text(Cow<'a, str>),
    Int(i64),
    Float(f64),
    Bool(bool),
}

impl<'de: 'a, 'a> Deserialize<'de> for Scalar<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for V<'a> {
            type Value = Scalar<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string, number or boolean")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> std::result::Result<Scalar<'a>, E> {
                Ok(Scalar::Text(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> std::result::Result<Scalar<'a>, E> {
                Ok(Scalar::Text(Cow::Owned(v.to_string())))
            }
            fn visit_i64<E>(self, v: i64) -> std::result::Result<Scalar<'a>, E> {
                Ok(Scalar::Int(v))
            }
            fn visit_u64<E>(self, v: u64) -> std::result::Result<Scalar<'a>, E> {
                Ok(i64::try_from(v)
                    .map(Scalar::Int)
                    .unwrap_or(Scalar::Float(v as f64)))
            }
            fn visit_f64<E>(self, v: f64) -> std::result::Result<Scalar<'a>, E> {
                Ok(Scalar::Float(v))
            }
            fn visit_bool<E>(self, v: bool) -> std::result::Result<Scalar<'a>, E> {
                Ok(Scalar::Bool(v))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

impl Scalar<'_> {
    fn text(&self) -> String {
        match self {
            Scalar::Text(s) => s.to_string(),
            Scalar::Int(i) => i.to_string(),
            Scalar::Float(f) => f.to_string(),
            Scalar::Bool(b) => b.to_string(),
        }
    }
    fn int(&self) -> Option<i64> {
        match self {
            Scalar::Int(i) => Some(*i),
            Scalar::Float(f) => Some(*f as i64),
            Scalar::Text(s) => s.trim().parse().ok(),
            Scalar::Bool(_) => None,
        }
    }
}

/// The fields of a record lockctl reads; the record itself is written as the cloud sent it.
#[derive(Deserialize, Debug, Default)]
#[serde(rename_all = "camelCase")]
pub struct RecordView<'a> {
    #[serde(borrow)]
    uuid: Option<Scalar<'a>>,
    #[serde(borrow)]
    gmt_create: Option<Scalar<'a>>,
    #[serde(borrow)]
    user_id: Option<Scalar<'a>>,
    #[serde(borrow)]
    user_name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    unlock_name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    dps: Option<Vec<std::collections::BTreeMap<Cow<'a, str>, Scalar<'a>>>>,
}

/// Just what every export reads.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct KeyView<'a> {
    #[serde(borrow)]
    uuid: Option<Scalar<'a>>,
    #[serde(borrow)]
    gmt_create: Option<Scalar<'a>>,
}

impl RecordView<'_> {
    pub fn time_ms(&self) -> i64 {
        self.gmt_create.as_ref().and_then(Scalar::int).unwrap_or(0)
    }
    pub fn user_id(&self) -> String {
        self.user_id.as_ref().map(Scalar::text).unwrap_or_default()
    }
    pub fn user_name(&self) -> &str {
        self.user_name.as_deref().unwrap_or("")
    }
    fn uuid(&self) -> String {
        self.uuid.as_ref().map(Scalar::text).unwrap_or_default()
    }
    /// A cheap fingerprint of the uuid for spotting repeats.
    fn uuid_key(&self) -> Option<u64> {
        use std::hash::{Hash, Hasher};
        let u = self.uuid.as_ref()?;
        let mut h = std::collections::hash_map::DefaultHasher::new();
        match u {
            Scalar::Text(t) if t.is_empty() => return None,
            Scalar::Text(t) => t.hash(&mut h),
            other => other.text().hash(&mut h),
        }
        Some(h.finish())
    }
    /// The DP and value of `dps` (`[{"12": "1"}]`).
    pub fn dp(&self) -> (u32, String) {
        match self
            .dps
            .as_ref()
            .and_then(|d| d.first())
            .and_then(|m| m.iter().next())
        {
            Some((k, v)) => (k.parse().unwrap_or(0), v.text()),
            None => (0, String::new()),
        }
    }
}

/// One page request, answered as unparsed text.
async fn fetch(
    client: Arc<Client>,
    action: &'static str,
    version: &'static str,
    base: Value,
    offset: i64,
) -> Result<Box<RawValue>> {
    let mut pd = base;
    pd["offset"] = json!(offset);
    let text = pd.to_string();
    Ok(client
        .call_text(
            action,
            version,
            Some(&text),
            &CallOptions {
                read: true,
                ..Default::default()
            },
        )
        .await?)
}

/// Both answer shapes of the seeds: Wi-Fi `{datas, hasNext, totalCount}`, Bluetooth a list.
fn parse_page<'a>(action: &str, body: &'a RawValue) -> Result<Page<'a>> {
    #[derive(Deserialize)]
    struct WifiPage<'a> {
        #[serde(borrow)]
        datas: Option<Vec<&'a RawValue>>,
        #[serde(rename = "hasNext")]
        has_next: Option<bool>,
        #[serde(rename = "totalCount", borrow)]
        total_count: Option<Scalar<'a>>,
    }
    let bad = |why: String| ApiError::BadResponse {
        url: "history".into(),
        reason: format!("{action} answered {why}"),
    };
    let text = body.get().trim_start();
    if text.starts_with('[') {
        let records: Vec<&RawValue> =
            serde_json::from_str(text).map_err(|e| bad(format!("a broken record list ({e})")))?;
        Ok(Page {
            records,
            has_next: None,
            total: None,
        })
    } else if text.starts_with('{') {
        let p: WifiPage =
            serde_json::from_str(text).map_err(|e| bad(format!("a broken page ({e})")))?;
        let total = p.total_count.as_ref().and_then(Scalar::int);
        if total.is_some_and(|t| t < 0) {
            return Err(bad("a negative totalCount".into()).into());
        }
        Ok(Page {
            records: p.datas.unwrap_or_default(),
            has_next: p.has_next,
            total,
        })
    } else if text == "null" {
        Ok(Page {
            records: vec![],
            has_next: Some(false),
            total: None,
        })
    } else {
        Err(bad("records in an unknown shape".into()).into())
    }
}

/// A page fetched and indexed away from the writer (in the fetch's own task): where each record
/// sits in the answer's text, its id fingerprint and its time.
struct Prepared {
    body: Box<RawValue>,
    /// Identifies the page's content, to spot a server that sends the same page again.
    fingerprint: u64,
    has_next: Option<bool>,
    total: Option<i64>,
    records: Vec<Indexed>,
}

struct Indexed {
    range: std::ops::Range<usize>,
    key: Option<u64>,
    time_ms: i64,
}

impl Prepared {
    fn fingerprint(&self) -> u64 {
        self.fingerprint
    }
}

fn malformed(e: serde_json::Error) -> anyhow::Error {
    ApiError::BadResponse {
        url: "history".into(),
        reason: format!("a record the cloud sent is malformed ({e})"),
    }
    .into()
}

fn prepare(action: &str, body: Box<RawValue>) -> Result<Prepared> {
    let (has_next, total, records) = {
        let page = parse_page(action, &body)?;
        let base = body.get().as_ptr() as usize;
        let mut records = Vec::with_capacity(page.records.len());
        for raw in &page.records {
            let k: KeyView = serde_json::from_str(raw.get()).map_err(malformed)?;
            let view = RecordView {
                uuid: k.uuid,
                gmt_create: k.gmt_create,
                ..Default::default()
            };
            let start = raw.get().as_ptr() as usize - base;
            records.push(Indexed {
                range: start..start + raw.get().len(),
                key: view.uuid_key(),
                time_ms: view.time_ms(),
            });
        }
        (page.has_next, page.total, records)
    };
    // Computed here, in the fetch's task, off the writer's path: the record ids when every record
    // has one, else the whole text.
    let fingerprint = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        if records.iter().all(|r| r.key.is_some()) {
            records.iter().for_each(|r| r.key.hash(&mut h));
        } else {
            body.get().hash(&mut h);
        }
        h.finish()
    };
    Ok(Prepared {
        body,
        fingerprint,
        has_next,
        total,
        records,
    })
}

async fn fetch_prepared(
    client: Arc<Client>,
    action: &'static str,
    version: &'static str,
    base: Value,
    offset: i64,
) -> Result<Prepared> {
    let body = fetch(client, action, version, base, offset).await?;
    prepare(action, body)
}

/// Where rows go.
enum Sink {
    Table(Vec<Vec<String>>),
    Json { first: bool },
    Ndjson,
    Csv(Box<csv::Writer<std::io::StdoutLock<'static>>>),
}

struct Writer {
    sink: Sink,
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
    alarms: bool,
    tz: TimeZone,
    written: u64,
}

impl Writer {
    fn new(format: Format, alarms: bool, tz: TimeZone) -> Result<Writer> {
        let sink = match format {
            Format::Table => Sink::Table(vec![]),
            Format::Json => Sink::Json { first: true },
            Format::Ndjson => Sink::Ndjson,
            Format::Csv => {
                let mut w = csv::Writer::from_writer(std::io::stdout().lock());
                let header: &[&str] = if alarms {
                    &[
                        "time",
                        "timestamp_ms",
                        "alarm",
                        "dp",
                        "value",
                        "user",
                        "uuid",
                    ]
                } else {
                    &[
                        "time",
                        "timestamp_ms",
                        "user_id",
                        "user",
                        "method",
                        "unlock_name",
                        "dp",
                        "value",
                        "uuid",
                    ]
                };
                w.write_record(header).map_err(std::io::Error::from)?;
                Sink::Csv(Box::new(w))
            }
        };
        let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
        if matches!(sink, Sink::Json { .. }) {
            out.write_all(b"[")?;
        }
        Ok(Writer {
            sink,
            out,
            alarms,
            tz,
            written: 0,
        })
    }

    fn when(&self, ms: i64, rfc: bool) -> String {
        match Timestamp::from_millisecond(ms) {
            Ok(t) => {
                let z = t.to_zoned(self.tz.clone());
                if rfc {
                    z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
                } else {
                    z.strftime("%Y-%m-%d %H:%M:%S %Z").to_string()
                }
            }
            Err(_) => ms.to_string(),
        }
    }

    fn who(r: &RecordView) -> String {
        let name = r.user_name();
        let id = r.user_id();
        match (name.is_empty(), id.as_str()) {
            (false, _) => name.to_string(),
            (true, "" | "0") => "unknown".into(),
            (true, id) => format!("member {id}"),
        }
    }

    /// Write one record: JSON forms copy the cloud's text; tables and CSV read `view` (callers
    /// parse whole records for those formats).
    fn write(&mut self, raw: &str, view: Option<&RecordView>) -> Result<()> {
        let empty = RecordView::default();
        let r = view.unwrap_or(&empty);
        self.written += 1;
        let ms = r.time_ms();
        match &mut self.sink {
            Sink::Json { first } => {
                if !*first {
                    self.out.write_all(b",")?;
                }
                *first = false;
                self.out.write_all(b"\n  ")?;
                self.out.write_all(raw.as_bytes())?;
            }
            Sink::Ndjson => {
                self.out.write_all(raw.as_bytes())?;
                self.out.write_all(b"\n")?;
            }
            Sink::Csv(_) | Sink::Table(_) => {
                let (dp, value) = r.dp();
                let time = self.when(ms, matches!(self.sink, Sink::Csv(_)));
                let unlock_name = r.unlock_name.as_deref().unwrap_or("").to_string();
                let row: Vec<String> = if self.alarms {
                    let alarm = if dp == 56 {
                        "duress".to_string()
                    } else {
                        labels::alarm(&value)
                    };
                    let detail = if dp == 56 {
                        format!("with {value}")
                    } else {
                        r.user_name().to_string()
                    };
                    match &self.sink {
                        Sink::Csv(_) => vec![
                            time,
                            ms.to_string(),
                            alarm,
                            dp.to_string(),
                            value,
                            detail,
                            r.uuid(),
                        ],
                        _ => vec![time, alarm, detail],
                    }
                } else {
                    let method = labels::unlock_type(dp);
                    match &self.sink {
                        Sink::Csv(_) => vec![
                            time,
                            ms.to_string(),
                            r.user_id(),
                            Self::who(r),
                            method,
                            unlock_name,
                            dp.to_string(),
                            value,
                            r.uuid(),
                        ],
                        _ => vec![time, Self::who(r), method, unlock_name],
                    }
                };
                match &mut self.sink {
                    Sink::Csv(w) => w.write_record(&row).map_err(std::io::Error::from)?,
                    Sink::Table(rows) => rows.push(row),
                    _ => {}
                }
            }
        }
        Ok(())
    }

    fn finish(mut self, out: &crate::output::Output) -> Result<()> {
        match self.sink {
            Sink::Json { first } => {
                self.out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
                self.out.flush()?;
            }
            Sink::Ndjson => self.out.flush()?,
            Sink::Csv(mut w) => w.flush()?,
            Sink::Table(rows) => {
                drop(self.out);
                let headers: &[&str] = if self.alarms {
                    &["TIME", "ALARM", "DETAIL"]
                } else {
                    &["TIME", "WHO", "METHOD", "NAME"]
                };
                out.table(headers, rows)?;
            }
        }
        Ok(())
    }
}

/// Keeps the export honest: repeated records are dropped and counted; a short export is an error.
struct Integrity {
    previous: HashSet<u64>,
    this: HashSet<u64>,
    received: i64,
    repeated: i64,
}

impl Integrity {
    /// Whether a record is new (not in the page before, nor earlier in this page).
    fn admit(&mut self, key: Option<u64>) -> bool {
        if let Some(k) = key {
            if self.previous.contains(&k) || !self.this.insert(k) {
                self.repeated += 1;
                return false;
            }
        }
        self.received += 1;
        true
    }

    fn page_done(&mut self) {
        self.previous = std::mem::take(&mut self.this);
    }
}

pub async fn run(ctx: &mut Context, lock: &LockRef, q: &Query, plan: &Plan) -> Result<()> {
    let verb = if plan.alarms {
        "alarm list"
    } else {
        "history list"
    };
    let entry = ctx.entry(lock, verb)?;
    let client = ctx.client().await?;
    let wifi = lock.kind == Kind::Wifi;
    let mut base = json!({ "devId": lock.id, "limit": plan.limit });
    if !q.dp_ids.is_empty() {
        // Wi-Fi takes a list, Bluetooth a comma separated string.
        base["dpIds"] = if wifi {
            json!(q.dp_ids)
        } else {
            json!(q
                .dp_ids
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(","))
        };
    }
    if wifi && !plan.alarms {
        if let Some(s) = q.since_ms {
            base["startTime"] = json!(s);
        }
        if let Some(u) = q.until_ms {
            base["endTime"] = json!(u);
        }
    }
    let (action, version) = (entry.action, entry.version);
    let progress = (plan.all && std::io::stderr().is_terminal() && !ctx.out.quiet).then(|| {
        let p = indicatif::ProgressBar::new_spinner();
        p.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos}/{len} records {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        p
    });
    let mut w = Writer::new(plan.format, plan.alarms, plan.tz.clone())?;
    // Client-side filters read the user and DP, so they need whole records.
    let full = matches!(plan.format, Format::Table | Format::Csv)
        || q.user.is_some()
        || !q.alarm_values.is_empty()
        || !q.dp_ids.is_empty();
    let mut check = Integrity {
        previous: HashSet::new(),
        this: HashSet::new(),
        received: 0,
        repeated: 0,
    };
    let emit = |p: &Prepared, w: &mut Writer, check: &mut Integrity| -> Result<bool> {
        let text = p.body.get();
        let mut older_than_since = false;
        for rec in &p.records {
            if !check.admit(rec.key) {
                continue;
            }
            if q.since_ms.is_some_and(|s| rec.time_ms < s) {
                older_than_since = true;
            }
            let raw = text.get(rec.range.clone()).unwrap_or("null");
            if full {
                let view: RecordView = serde_json::from_str(raw).map_err(malformed)?;
                if q.keeps(&view) {
                    w.write(raw, Some(&view))?;
                }
            } else if q.keeps_time(rec.time_ms) {
                w.write(raw, None)?;
            }
        }
        check.page_done();
        if let Some(p) = &progress {
            p.set_position(check.received as u64);
        }
        Ok(older_than_since)
    };

    // Page through; whatever happens, close the output properly before reporting a failure.
    let mut total = None;
    let paged: Result<()> = async {
        let first = fetch_prepared(client.clone(), action, version, base.clone(), 0).await?;
        total = first.total;
        let first_len = first.records.len() as i64;
        let mut has_next = first.has_next.unwrap_or(first_len >= plan.limit);
        let mut done = emit(&first, &mut w, &mut check)? && !wifi;
        let mut previous_page = Some(first.fingerprint());
        drop(first);
        let mut offset = first_len.max(0);
        if plan.all && has_next && !done {
            if let (Some(total), Some(p)) = (total, &progress) {
                p.set_length(total as u64);
            }
            if let Some(total) = total.filter(|_| wifi) {
                if total > MAX_RECORDS {
                    return Err(Fail::failure(
                        format!("the cloud claims {total} records, more than lockctl will fetch in one export ({MAX_RECORDS})"),
                        "narrow the export with --since/--until",
                    ));
                }
                // Known total: every remaining page at once (bounded), written in order.
                let offsets: Vec<i64> = (1..)
                    .map(|i| i * plan.limit)
                    .take_while(|o| *o < total)
                    .collect();
                // Each fetch is its own task, which also indexes its page, so requests and parsing
                // go on while a page is written. A semaphore keeps `concurrency` requests in flight;
                // up to as many finished pages more may wait to be written in order.
                let in_flight = Arc::new(tokio::sync::Semaphore::new(plan.concurrency));
                let mut pages = futures::stream::iter(offsets.iter().map(|o| {
                    let (client, base, in_flight, o) =
                        (client.clone(), base.clone(), in_flight.clone(), *o);
                    tokio::spawn(async move {
                        let body = {
                            let _permit = in_flight
                                .acquire_owned()
                                .await
                                .map_err(|e| anyhow::anyhow!("{e}"))?;
                            fetch(client, action, version, base, o).await?
                        };
                        prepare(action, body)
                    })
                }))
                .buffered(plan.concurrency * 2);
                has_next = false;
                let mut last_len = first_len;
                while let Some(page) = pages.next().await {
                    let page = page.map_err(|e| anyhow::anyhow!("a page fetch stopped: {e}"))??;
                    last_len = page.records.len() as i64;
                    has_next = page.has_next.unwrap_or(false);
                    emit(&page, &mut w, &mut check)?;
                }
                offset = offsets.last().map(|o| o + last_len).unwrap_or(first_len);
            }
            // Unknown total, or a total that undercounted: page on until the cloud says it is done.
            let mut pages = 0i64;
            while has_next && !done {
                let page = fetch_prepared(client.clone(), action, version, base.clone(), offset).await?;
                let n = page.records.len() as i64;
                has_next = page.has_next.unwrap_or(n >= plan.limit) && n > 0;
                offset += n;
                // An answer identical to the one before means the cloud is not paging at all.
            let fingerprint = page.fingerprint();
            if n > 0 && previous_page == Some(fingerprint) {
                return Err(Fail::failure(
                    format!("the cloud answered offset {} with the same page as before; stopping with {} written", offset - n, check.received),
                    "retry later; if it persists the service is misbehaving",
                ));
            }
            previous_page = Some(fingerprint);
            let before = check.received;
                done = emit(&page, &mut w, &mut check)? && !wifi;
                pages += 1;
                // A server that only repeats itself, or never stops, must not keep us here forever.
                if n > 0 && check.received == before {
                    return Err(Fail::failure(
                        format!("the cloud sent only records it had already sent (offset {}); stopping with {} written", offset - n, check.received),
                        "retry later; if it persists the service is misbehaving",
                    ));
                }
                if pages * plan.limit > MAX_RECORDS {
                    return Err(Fail::failure(format!("the cloud kept sending records past {MAX_RECORDS}"), "narrow the export with --since/--until"));
                }
            }
        }
        Ok(())
    }
    .await;
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    w.finish(&ctx.out)?;
    paged?;
    ctx.persist_renewed_session()?;
    if check.repeated > 0 {
        eprintln!(
            "warning: the cloud sent {} record(s) twice across pages; each was written once",
            check.repeated
        );
    }
    if plan.all {
        if let Some(total) = total {
            if check.received < total {
                return Err(Fail::failure(
                    format!("export incomplete: the cloud counted {total} records but sent {} ({} missing)", check.received, total - check.received),
                    "the records written are correct but not all; run the export again, or narrow it with --since/--until",
                ));
            }
            if check.received > total {
                eprintln!(
                    "warning: the cloud counted {total} records but sent {}; all were written",
                    check.received
                );
            }
        }
    }
    Ok(())
}

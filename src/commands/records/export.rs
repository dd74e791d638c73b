//! Listings that stream: each page the API hands over (typed records, already filtered) is written
//! as it arrives, as a table, CSV, NDJSON, a JSON array, or the wire's page results for `--raw`.
//! Only a page or two is held at a time (a table, or a jq filter, needs every row first).

use std::io::{IsTerminal, Write};

use anyhow::Result;
use lockctl_api::ops::records::{Page, Pages, Tally};
use serde_json::value::RawValue;

use super::rows::Row;
use crate::context::Context;
use crate::error::Fail;
use crate::output::select;

/// What a listing prints.
pub enum Mode {
    /// Rows for people (a table, or tab-separated when piped).
    Table,
    /// One JSON array of the typed models; `fields` selects fields.
    Json(Option<Vec<String>>),
    /// One typed model per line.
    Ndjson,
    Csv,
    /// Every model first, then through `--jq`.
    Jq,
    /// The wire's page results: one page's result, or an array of them.
    Raw,
}

enum Sink<T, W: Write> {
    Table(Vec<Vec<String>>),
    Json {
        out: W,
        first: bool,
        fields: Option<Vec<String>>,
    },
    Ndjson(W),
    Csv(Box<csv::Writer<W>>),
    Jq(Vec<T>),
    Raw {
        out: W,
        held: Option<Box<RawValue>>,
        pages: u64,
    },
}

fn io(e: csv::Error) -> std::io::Error {
    std::io::Error::other(e)
}

impl<T: Row, W: Write> Sink<T, W> {
    fn new(mode: Mode, mut out: W) -> Result<Sink<T, W>> {
        Ok(match mode {
            Mode::Table => Sink::Table(vec![]),
            Mode::Json(fields) => {
                out.write_all(b"[")?;
                Sink::Json {
                    out,
                    first: true,
                    fields,
                }
            }
            Mode::Ndjson => Sink::Ndjson(out),
            Mode::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(T::CSV).map_err(io)?;
                Sink::Csv(Box::new(w))
            }
            Mode::Jq => Sink::Jq(vec![]),
            Mode::Raw => Sink::Raw {
                out,
                held: None,
                pages: 0,
            },
        })
    }

    fn page(&mut self, page: Page<T>) -> Result<()> {
        match self {
            Sink::Table(rows) => rows.extend(page.items.iter().map(Row::cells)),
            Sink::Json { out, first, fields } => {
                for item in &page.items {
                    out.write_all(if *first { b"\n  " } else { b",\n  " })?;
                    *first = false;
                    match fields {
                        None => serde_json::to_writer(&mut *out, item)?,
                        Some(f) => serde_json::to_writer(
                            &mut *out,
                            &select::apply(serde_json::to_value(item)?, f),
                        )?,
                    }
                }
            }
            Sink::Ndjson(out) => {
                for item in &page.items {
                    serde_json::to_writer(&mut *out, item)?;
                    out.write_all(b"\n")?;
                }
            }
            Sink::Csv(w) => {
                for item in &page.items {
                    w.write_record(item.csv()).map_err(io)?;
                }
            }
            Sink::Jq(items) => items.extend(page.items),
            Sink::Raw { out, held, pages } => {
                // One page prints its result alone; a second one turns the output into an array.
                *pages += 1;
                match (held.take(), *pages) {
                    (Some(first), 2) => {
                        out.write_all(b"[\n  ")?;
                        out.write_all(first.get().as_bytes())?;
                        out.write_all(b",\n  ")?;
                        out.write_all(page.raw.get().as_bytes())?;
                    }
                    (None, 1) => *held = Some(page.raw),
                    _ => {
                        out.write_all(b",\n  ")?;
                        out.write_all(page.raw.get().as_bytes())?;
                    }
                }
            }
        }
        Ok(())
    }

    fn finish(self, ctx: &Context) -> Result<()> {
        match self {
            Sink::Table(rows) => ctx.out.table(T::HEADERS, rows)?,
            Sink::Json { mut out, first, .. } => {
                out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
                out.flush()?;
            }
            Sink::Ndjson(mut out) => out.flush()?,
            Sink::Csv(mut w) => w.flush()?,
            Sink::Jq(items) => ctx.out.show_list(&items, vec![], |_| Ok(()))?,
            Sink::Raw {
                mut out,
                held,
                pages,
            } => {
                match held {
                    Some(one) => out.write_all(one.get().as_bytes())?,
                    None if pages == 0 => out.write_all(b"null")?,
                    None => out.write_all(b"\n]")?,
                }
                out.write_all(b"\n")?;
                out.flush()?;
            }
        }
        Ok(())
    }
}

/// Write every page of a listing; whatever happens, the output is closed properly before a
/// failure is reported. An `--all` listing that received fewer records than the cloud counted
/// is an error; records sent twice are a warning.
pub async fn run<T: Row>(
    ctx: &mut Context,
    mut pages: Box<dyn Pages<T>>,
    mode: Mode,
    all: bool,
) -> Result<()> {
    let progress = (all && std::io::stderr().is_terminal() && !ctx.out.quiet).then(|| {
        let p = indicatif::ProgressBar::new_spinner();
        p.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos}/{len} records {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        p
    });
    let out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    let mut sink = Sink::<T, _>::new(mode, out)?;
    let paged: Result<()> = async {
        while let Some(page) = pages.next().await? {
            sink.page(page)?;
            if let Some(p) = &progress {
                let t = pages.tally();
                p.set_length(t.total.unwrap_or(t.received));
                p.set_position(t.received);
            }
        }
        Ok(())
    }
    .await;
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    sink.finish(ctx)?;
    paged?;
    ctx.persist_renewed_session()?;
    judge(pages.tally(), all)
}

fn judge(t: Tally, all: bool) -> Result<()> {
    let mut err = std::io::stderr().lock();
    if t.repeated > 0 {
        writeln!(
            err,
            "warning: the cloud sent {} record(s) twice across pages; each was written once",
            t.repeated
        )?;
    }
    let (true, Some(total)) = (all, t.total) else {
        return Ok(());
    };
    if t.received < total {
        return Err(Fail::failure(
            format!(
                "export incomplete: the cloud counted {total} records but sent {} ({} missing)",
                t.received,
                total - t.received
            ),
            "the records written are correct but not all; run the export again, or narrow it with --since/--until",
        ));
    }
    if t.received > total {
        writeln!(
            err,
            "warning: the cloud counted {total} records but sent {}; all were written",
            t.received
        )?;
    }
    Ok(())
}

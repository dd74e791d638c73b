//! Listings that stream (long histories): each page of typed models is written as it arrives, as
//! rows for people, a JSON array, NDJSON, CSV, or the wire's page results for `--raw`. Only a page
//! or two is held at a time (a table on a terminal, or a jq filter, needs every row first).

use std::io::{BufWriter, Write};

use anyhow::Result;
use lockctl_api::ops::records::Page;
use lockctl_api::Fields;
use serde::Serialize;
use serde_json::value::RawValue;

use super::sink::Stdout;
use super::stream::Rows;
use super::{safe, select, Output};

/// A model a listing prints: JSON through serde, rows for people and CSV through these.
pub trait Row: Serialize + Fields + Send + 'static {
    /// Table headers (people).
    const HEADERS: &'static [&'static str];
    /// Fields that hold a person (`{id, name}`): CSV splits each into `<field>Id`, `<field>Name`.
    const PERSON_FIELDS: &'static [&'static str] = &[];
    fn cells(&self) -> Vec<String>;
    /// CSV cells, in the order of [`csv_headers`].
    fn csv(&self) -> Vec<String>;
}

/// CSV headers: the model's JSON fields in order, each person field split in two, so the columns
/// can never drift from the JSON names.
pub fn csv_headers<T: Row>() -> Vec<String> {
    T::FIELDS
        .iter()
        .flat_map(|f| {
            if T::PERSON_FIELDS.contains(f) {
                vec![format!("{f}Id"), format!("{f}Name")]
            } else {
                vec![f.to_string()]
            }
        })
        .collect()
}

type Out = BufWriter<Stdout>;

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

pub struct Listing<'a, T> {
    out: &'a Output,
    sink: Sink<'a, T>,
}

enum Sink<'a, T> {
    Table(Rows<'a>),
    Json {
        out: Out,
        first: bool,
        fields: Option<Vec<String>>,
    },
    Ndjson(Out),
    Csv(Box<csv::Writer<Out>>),
    Jq(Vec<T>),
    Raw {
        out: Out,
        held: Option<Box<RawValue>>,
        pages: u64,
    },
}

fn io(e: csv::Error) -> std::io::Error {
    std::io::Error::other(e)
}

impl<'a, T: Row> Listing<'a, T> {
    pub(super) fn start(output: &'a Output, mode: Mode) -> Result<Listing<'a, T>> {
        let mut out = BufWriter::with_capacity(64 * 1024, Stdout);
        let sink = match mode {
            Mode::Table => Sink::Table(output.rows(T::HEADERS)?),
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
                w.write_record(csv_headers::<T>()).map_err(io)?;
                Sink::Csv(Box::new(w))
            }
            Mode::Jq => Sink::Jq(vec![]),
            Mode::Raw => Sink::Raw {
                out,
                held: None,
                pages: 0,
            },
        };
        Ok(Listing { out: output, sink })
    }

    /// Write one page.
    pub fn page(&mut self, page: Page<T>) -> Result<()> {
        match &mut self.sink {
            Sink::Table(rows) => {
                for item in &page.items {
                    rows.row(item.cells())?;
                }
            }
            Sink::Json { out, first, fields } => {
                for item in &page.items {
                    out.write_all(if *first { b"\n  " } else { b",\n  " })?;
                    *first = false;
                    // Pretty like every other document (docs/json.md, "JSON style").
                    let text = match fields {
                        None => super::pretty_item(item)?,
                        Some(f) => {
                            super::pretty_item(&select::apply(serde_json::to_value(item)?, f))?
                        }
                    };
                    out.write_all(safe::json(&text).as_bytes())?;
                }
            }
            Sink::Ndjson(out) => {
                for item in &page.items {
                    let text = serde_json::to_string(item)?;
                    out.write_all(safe::json(&text).as_bytes())?;
                    out.write_all(b"\n")?;
                }
            }
            Sink::Csv(w) => {
                for item in &page.items {
                    let cells = item.csv();
                    w.write_record(cells.iter().map(|c| safe::csv_cell(c).into_owned()))
                        .map_err(io)?;
                }
            }
            Sink::Jq(items) => items.extend(page.items),
            Sink::Raw { out, held, pages } => {
                // One page prints its result alone; a second one turns the output into an array.
                *pages += 1;
                match (held.take(), *pages) {
                    (Some(first), 2) => {
                        out.write_all(b"[\n  ")?;
                        out.write_all(safe::json(first.get()).as_bytes())?;
                        out.write_all(b",\n  ")?;
                        out.write_all(safe::json(page.raw.get()).as_bytes())?;
                    }
                    (None, 1) => *held = Some(page.raw),
                    _ => {
                        out.write_all(b",\n  ")?;
                        out.write_all(safe::json(page.raw.get()).as_bytes())?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Close the output properly (the JSON array, the CSV buffer...).
    pub fn finish(self) -> Result<()> {
        match self.sink {
            Sink::Table(rows) => rows.finish()?,
            Sink::Json { mut out, first, .. } => {
                out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
                out.flush()?;
            }
            Sink::Ndjson(mut out) => out.flush()?,
            Sink::Csv(mut w) => w.flush()?,
            Sink::Jq(items) => self.out.show_list(&items, vec![], |_| Ok(()))?,
            Sink::Raw {
                mut out,
                held,
                pages,
            } => {
                match held {
                    Some(one) => out.write_all(safe::json(one.get()).as_bytes())?,
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

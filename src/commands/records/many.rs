//! `history list` and `alarm list` over several locks: each lock's records (up to `--limit`
//! for that lock, or `--all` of them) are read whole, then printed as one JSON element per lock
//! whose `result` is that lock's list, or as one table row per lock with its count.
//!
//! NDJSON and CSV stream one lock's records with the records' own columns; for several locks
//! they are refused (exit 2) rather than given a column the one-lock format does not have.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;

use anyhow::Result;
use lockctl_api::ops::records::{Cut, Pages, Query};
use lockctl_api::Lock;
use serde::{Serialize, Serializer};

use super::{checks, export, user_query, window, ListArgs, Window};
use crate::context::Context;
use crate::error::Fail;
use crate::fleet::{self, Shared, Targets};
use crate::options;
use crate::output::Mode;
use crate::resolve::{self, UserQuery};

/// Pages read ahead for each lock of a run (the run's `--concurrency` counts locks; every page
/// also goes through the run's token bucket).
const PAGES_AHEAD: usize = 4;

/// One lock's records: its list in the JSON; how much of it there is, in the table.
struct Listed<T> {
    items: Vec<T>,
    cut: Option<Cut>,
}

impl<T: Serialize> Serialize for Listed<T> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.items.serialize(s)
    }
}

impl<T> Listed<T> {
    /// `12 records`, `50 of 300 records (--all for every record)`.
    fn describe(&self, what: &str) -> String {
        let n = self.items.len();
        match self.cut {
            None if n == 0 => format!("no {what}"),
            None => format!("{n} {what}"),
            Some(Cut {
                total: Some(total), ..
            }) => format!("{n} of {total} {what} (--all for every one)"),
            Some(Cut { total: None, .. }) => format!("first {n} {what} (--all for every one)"),
        }
    }
}

/// Refuse what a run over several locks cannot print, before any request; a `--format json`
/// prints the run's JSON array.
fn check_mode(a: &ListArgs, ctx: &mut Context) -> Result<()> {
    match checks(a, ctx)? {
        Mode::Table | Mode::Jq | Mode::Json(Some(_)) => Ok(()),
        Mode::Json(None) => {
            if let options::Format::Human = ctx.out.format {
                ctx.out.format = options::Format::Json { fields: None };
            }
            Ok(())
        }
        Mode::Ndjson | Mode::Csv | Mode::Raw => Err(Fail::usage_hint(
            "--format ndjson and csv list one lock's records; several locks print one JSON array",
            "use --json (an element per lock, its records in `result`), or name one lock with -d",
        )),
    }
}

/// One lock's listing, read whole. An `--all` listing the cloud sent short of what it counted
/// fails that lock.
async fn collect<T>(mut pages: Box<dyn Pages<T>>, all: bool) -> Result<Listed<T>> {
    let mut items = vec![];
    while let Some(page) = pages.next().await? {
        items.extend(page.items);
    }
    if all {
        if let Some(e) = export::incomplete(pages.tally()) {
            return Err(e);
        }
    }
    Ok(Listed {
        items,
        cut: pages.cut(),
    })
}

/// The member `--user` names on one lock: a name is looked up on that lock.
async fn member_of(s: &Shared, lock: &Lock, user: &Option<UserQuery>) -> Result<Option<String>> {
    match user {
        None => Ok(None),
        Some(UserQuery::Id(id)) => Ok(Some(id.clone())),
        Some(UserQuery::Name(n)) => Ok(Some(resolve::member_on(s.api.as_ref(), lock, n).await?)),
    }
}

/// List `verb`'s records on every lock the selectors name: checked for every lock (the verb,
/// `--since`/`--until` in each lock's zone, a member id naming one lock) before any request.
pub async fn list<K, T, F, Fut>(
    ctx: &mut Context,
    a: &ListArgs,
    kinds: Vec<K>,
    verb: &str,
    what: &str,
    fetch: F,
) -> Result<()>
where
    K: Clone,
    T: Serialize + crate::output::Row,
    F: Fn(Arc<Shared>, Lock, Query<K>) -> Fut,
    Fut: Future<Output = lockctl_api::Result<Box<dyn Pages<T>>>>,
{
    check_mode(a, ctx)?;
    let user = user_query(&a.user)?;
    let locks = match fleet::targets(ctx).await? {
        Targets::One(lock) => vec![lock],
        Targets::Many(locks) => locks,
    };
    if let (Some(UserQuery::Id(_)), Some(given)) = (&user, &a.user) {
        fleet::one_lock_only("--user", given, &locks)?;
    }
    let api = ctx.api().await?;
    fleet::precheck(verb, &locks, |l| Ok(api.offers_verb(l, verb)?))?;
    let windows: HashMap<String, Window> = locks
        .iter()
        .map(|l| l.id.clone())
        .zip(fleet::prepare(verb, &locks, |l| window(a, l))?)
        .collect();
    let base = Query {
        kinds,
        since: None,
        until: None,
        member: None,
        page_size: a.page_size as u32,
        limit: (!a.all).then_some(a.limit),
        concurrency: PAGES_AHEAD,
    };
    let (base, windows, user, fetch, all) = (&base, &windows, &user, &fetch, a.all);
    let ran = fleet::run(ctx, locks, |s, l| async move {
        let mut q = base.clone();
        (q.since, q.until) = windows.get(&l.id).copied().unwrap_or_default();
        q.member = member_of(&s, &l, user).await?;
        let pages = fetch(s.clone(), l, q).await?;
        collect(pages, all).await
    })
    .await?;
    let cut = std::cell::RefCell::new(Vec::<String>::new());
    let headers: Vec<&str> = T::HEADERS.to_vec();
    let r = fleet::report_rows(ctx, ran, &headers, |l, x: &Listed<T>| {
        if x.cut.is_some() {
            cut.borrow_mut()
                .push(format!("{}: {}", l.name, x.describe(what)));
        }
        x.items.iter().map(|r| r.cells()).collect()
    });
    // A lock's list cut at --limit says so, on stderr after the table.
    for line in cut.into_inner() {
        ctx.out.notice(&line);
    }
    r
}

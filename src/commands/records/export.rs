//! Record listings: pages from the API go to the output module's streaming listing as they
//! arrive; at the end, what the cloud counted is held against what it sent.

use anyhow::Result;
use lockctl_api::ops::records::{Cut, Pages, Tally};

use crate::context::Context;
use crate::error::Fail;
use crate::output::{Mode, Row};

/// Write every page of a listing; whatever happens, the output is closed properly before a
/// failure is reported. An `--all` listing that received fewer records than the cloud counted
/// is an error; records sent twice are a warning; a listing cut at `--limit` says so on stderr,
/// and an empty one says `empty` there (stdout holds the empty data: headers, `[]`).
pub async fn run<T: Row>(
    ctx: &mut Context,
    mut pages: Box<dyn Pages<T>>,
    mode: Mode,
    all: bool,
    empty: &str,
) -> Result<()> {
    let progress = all.then(|| ctx.out.progress("{spinner} {pos}/{len} records {elapsed}"));
    let mut listing = ctx.out.listing::<T>(mode)?;
    let mut shown = 0u64;
    let paged: Result<()> = async {
        while let Some(page) = pages.next().await? {
            shown += page.items.len() as u64;
            listing.page(page)?;
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
        p.finish();
    }
    listing.finish()?;
    paged?;
    if shown == 0 {
        ctx.out.notice(empty);
    }
    if let Some(c) = pages.cut() {
        ctx.out.notice(&cut_notice(c));
    }
    judge(ctx, pages.tally(), all)
}

/// An `--all` listing that received fewer records than the cloud counted.
pub fn incomplete(t: Tally) -> Option<anyhow::Error> {
    let total = t.total?;
    (t.received < total).then(|| {
        Fail::failure(
            format!(
                "export incomplete: the cloud counted {total} records but sent {} ({} missing)",
                t.received,
                total - t.received
            ),
            "the records written are correct but not all; run the export again, or narrow it with --since/--until",
        )
    })
}

/// What a listing stopped at its limit left out.
fn cut_notice(c: Cut) -> String {
    match c.total {
        Some(total) => format!("showing {} of {total}; --all for every record", c.shown),
        None => format!(
            "showing the first {} records; --all for every record",
            c.shown
        ),
    }
}

fn judge(ctx: &Context, t: Tally, all: bool) -> Result<()> {
    if t.repeated > 0 {
        ctx.out.warn(&format!(
            "the cloud sent {} record(s) twice across pages; each was written once",
            t.repeated
        ));
    }
    let (true, Some(total)) = (all, t.total) else {
        return Ok(());
    };
    if let Some(e) = incomplete(t) {
        return Err(e);
    }
    if t.received > total {
        ctx.out.warn(&format!(
            "the cloud counted {total} records but sent {}; all were written",
            t.received
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_says_what_was_left_out() {
        let c = |total| Cut { shown: 50, total };
        assert_eq!(
            cut_notice(c(Some(300))),
            "showing 50 of 300; --all for every record"
        );
        assert_eq!(
            cut_notice(c(None)),
            "showing the first 50 records; --all for every record"
        );
    }
}

//! Record listings: pages from the API go to the output module's streaming listing as they
//! arrive; at the end, what the cloud counted is held against what it sent.

use anyhow::Result;
use lockctl_api::ops::records::{Pages, Tally};

use crate::context::Context;
use crate::error::Fail;
use crate::output::{Mode, Row};

/// Write every page of a listing; whatever happens, the output is closed properly before a
/// failure is reported. An `--all` listing that received fewer records than the cloud counted
/// is an error; records sent twice are a warning.
pub async fn run<T: Row>(
    ctx: &mut Context,
    mut pages: Box<dyn Pages<T>>,
    mode: Mode,
    all: bool,
) -> Result<()> {
    let progress = all.then(|| ctx.out.progress("{spinner} {pos}/{len} records {elapsed}"));
    let mut listing = ctx.out.listing::<T>(mode)?;
    let paged: Result<()> = async {
        while let Some(page) = pages.next().await? {
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
    judge(ctx, pages.tally(), all)
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
        ctx.out.warn(&format!(
            "the cloud counted {total} records but sent {}; all were written",
            t.received
        ));
    }
    Ok(())
}

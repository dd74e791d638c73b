//! Printing a failure: `error: what`, its causes and the hint, or `warning:` for a write that
//! succeeded but could not be read back. The words come from the error module.

use crate::error::{self, Exit, Given};
use crate::output::{safe, sink};

/// Print the error to stderr as `error: ...`, its causes, and the hint (through the output module).
/// A write that succeeded but could not be read back is a warning, and the exit is 0.
pub fn render(err: &anyhow::Error, given: &Given) -> Exit {
    let (exit, hint) = error::classify(err, given);
    if exit == Exit::Pending {
        return exit;
    }
    if exit == Exit::Cancelled {
        sink::stderr_line("cancelled");
        return exit;
    }
    if exit == Exit::Ok {
        let hint = hint
            .map(|h| format!("; {}", error::with_given(&h, given)))
            .unwrap_or_default();
        let text = format!("warning: {err}{hint}");
        sink::stderr_line(&safe::message(&text));
        return exit;
    }
    let causes: Vec<String> = err.chain().skip(1).map(|c| c.to_string()).collect();
    let hint = hint.map(|h| error::with_given(&h, given));
    sink::error_report(&error::message(err, given), &causes, hint.as_deref());
    exit
}

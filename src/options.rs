//! The global options as the rest of the binary sees them: plain values, resolved from the command
//! line by `cli.rs` (the only place outside `commands/` that knows clap).

use lockctl_api::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// How data is printed on stdout.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Format {
    /// Tables and fields for people (tab-separated when stdout is not a terminal).
    #[default]
    Human,
    /// The typed models as one JSON document; `fields` selects top-level fields.
    Json { fields: Option<Vec<String>> },
    /// The typed models filtered through a jq expression.
    Jq(String),
    /// The wire's `result`, unchanged (a list of page results when several pages were read).
    Raw,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub profile: Option<String>,
    pub dev: Option<String>,
    /// The locks of a run over several (a comma or repeated `-d`, `--home`, `--all-locks`).
    pub fleet: Option<Selector>,
    /// `--concurrency`: requests in flight at most.
    pub concurrency: Option<usize>,
    /// `--rate`: requests a second at most.
    pub rate: Option<f64>,
    pub kind: Option<Kind>,
    pub format: Format,
    pub verbose: bool,
    /// `--trace FILE` or `LOCKCTL_TRACE`: where the run's requests are recorded.
    pub trace: Option<std::path::PathBuf>,
    pub quiet: bool,
    pub no_input: bool,
    pub yes: bool,
    pub tz: Option<String>,
    pub color: ColorChoice,
}

/// The selectors that name several locks, as given.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Selector {
    /// `-d` values, commas split.
    pub devs: Vec<String>,
    /// `--home` names.
    pub homes: Vec<String>,
    /// `--all-locks`.
    pub all: bool,
}

/// How many locks are worked on at once unless `--concurrency` says.
pub const DEFAULT_CONCURRENCY: usize = 8;
/// Requests a second unless `--rate` says: well under what the cloud serves one account, and
/// the bucket halves it by itself at the cloud's first throttling answer.
pub const DEFAULT_RATE: f64 = 200.0;
/// The most `--concurrency` may ask for.
pub const MAX_CONCURRENCY: usize = 64;

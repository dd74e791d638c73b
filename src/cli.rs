//! The top-level parser: global options and the list of groups, and the dispatcher that runs the
//! verb a command line names.

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

use std::io::IsTerminal;

use crate::commands;
use crate::commands::common::KindArg;
use crate::commands::records::{AlarmCommand, HistoryCommand};
use crate::complete::{complete_dev, complete_profile};
use crate::context::Context;
use crate::error::{Exit, Fail};
use crate::options::{ColorChoice, Format, Options};
use crate::output::{color, sink};

#[derive(Parser, Debug)]
#[command(
    name = "lockctl",
    version,
    about = "Administer Tuya smart door locks through Tuya's cloud",
    long_about = "Administer Tuya smart door locks (Wi-Fi, Bluetooth, Zigbee) through Tuya's cloud: members, unlock methods, passwords, history, alarms and remote unlock.",
    after_help = "Try it with no lock and no account:\n  lockctl --profile demo device list\n\nExit codes: 0 ok, 1 failure, 2 usage, 4 authentication, 130 cancelled."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator.
    #[arg(long, global = true, value_name = "NAME", add = ArgValueCompleter::new(complete_profile))]
    pub profile: Option<String>,
    /// Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id).
    #[arg(long, short = 'd', global = true, value_name = "LOCK", action = clap::ArgAction::Append, add = ArgValueCompleter::new(complete_dev))]
    pub dev: Vec<String>,
    #[command(flatten)]
    pub fleet: FleetArgs,
    /// Lock kind, overriding what the cloud reports.
    #[arg(long, global = true, value_enum)]
    pub kind: Option<KindArg>,
    /// Print the typed result as one JSON document; after the verb, `--json id,name` selects fields.
    #[arg(long, global = true, value_name = "FIELDS", num_args = 0..=1, default_missing_value = "", require_equals = false)]
    pub json: Option<String>,
    /// Filter the JSON through a jq expression (implies --json); prints what jq prints.
    #[arg(long, global = true, value_name = "EXPR", conflicts_with = "raw")]
    pub jq: Option<String>,
    /// Print the cloud's wire result unchanged (a list of page results when several pages were read).
    #[arg(long, global = true, conflicts_with = "json")]
    pub raw: bool,
    /// Show requests on stderr (secrets redacted).
    #[arg(long, short = 'v', global = true)]
    pub verbose: bool,
    /// Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE].
    #[arg(long, global = true, value_name = "FILE")]
    pub trace: Option<std::path::PathBuf>,
    /// Print nothing but data and errors.
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    /// Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT].
    #[arg(long, global = true)]
    pub no_input: bool,
    /// Skip confirmations.
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,
    /// Time zone for reading and showing times (default: the lock's own).
    #[arg(long, global = true, value_name = "ZONE")]
    pub tz: Option<String>,
    /// When to colour output.
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

/// The selectors that name several locks, and the run's pace.
#[derive(Args, Debug, Clone)]
pub struct FleetArgs {
    /// Every lock of this home (repeatable; with -d, the union).
    #[arg(long, global = true, value_name = "NAME")]
    pub home: Vec<String>,
    /// Every lock of the account.
    #[arg(long, global = true)]
    pub all_locks: bool,
    /// Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16).
    #[arg(long, global = true, value_name = "N")]
    pub concurrency: Option<usize>,
    /// Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles).
    #[arg(long, global = true, value_name = "PER_SECOND")]
    pub rate: Option<f64>,
}

impl FleetArgs {
    /// The lock of a one-lock run, or the selector of a run over several locks: a comma, a
    /// repeated `-d`, `--home` or `--all-locks` name several (even when they match one).
    fn selector(
        &self,
        dev: Vec<String>,
    ) -> anyhow::Result<(Option<String>, Option<crate::options::Selector>)> {
        let many = dev.len() > 1
            || dev.iter().any(|d| d.contains(','))
            || !self.home.is_empty()
            || self.all_locks;
        if !many {
            return Ok((dev.into_iter().next(), None));
        }
        let mut devs: Vec<String> = dev
            .iter()
            .flat_map(|d| d.split(','))
            .map(|d| d.trim().to_string())
            .collect();
        if devs.iter().any(String::is_empty) {
            return Err(Fail::usage_hint(
                "-d/--dev: an empty lock name in the list",
                "write the locks as -d A,B,C (a name holding a comma: give its id)",
            ));
        }
        // The same name twice is one lock (names match case-insensitively).
        let mut seen = std::collections::HashSet::new();
        devs.retain(|d| seen.insert(d.to_lowercase()));
        if devs.len() == 1 && self.home.is_empty() && !self.all_locks {
            return Ok((devs.pop(), None));
        }
        Ok((
            None,
            Some(crate::options::Selector {
                devs,
                homes: self.home.clone(),
                all: self.all_locks,
            }),
        ))
    }
}

impl GlobalArgs {
    /// The options as the rest of the binary sees them (no clap types beyond this file). Output
    /// flags that ask for two things at once are a usage error.
    pub fn into_options(self) -> anyhow::Result<Options> {
        let fields_given = self.json.as_ref().is_some_and(|f| !f.trim().is_empty());
        if self.jq.is_some() && fields_given {
            return Err(Fail::usage_hint(
                "--json FIELDS and --jq both shape the JSON",
                "select the fields in the jq program, e.g. --jq '.[] | {id, name}'",
            ));
        }
        let format = if let Some(expr) = self.jq {
            Format::Jq(expr)
        } else if self.raw {
            Format::Raw
        } else {
            match self.json {
                None => Format::Human,
                Some(f) if f.trim().is_empty() => Format::Json { fields: None },
                Some(f) => Format::Json {
                    fields: Some(f.split(',').map(|x| x.trim().to_string()).collect()),
                },
            }
        };
        let (dev, fleet) = self.fleet.selector(self.dev)?;
        if fleet.is_some() && self.raw {
            return Err(Fail::usage_hint(
                "--raw prints one lock's wire answer, but several locks are named",
                "use --json for several locks, or name one lock with -d",
            ));
        }
        if let Some(r) = self.fleet.rate {
            if !(r.is_finite() && r > 0.0 && r <= 10_000.0) {
                return Err(Fail::usage(
                    "--rate must be a number of requests a second above 0 (at most 10000)",
                ));
            }
        }
        Ok(Options {
            profile: self.profile,
            dev,
            fleet,
            concurrency: self.fleet.concurrency,
            rate: self.fleet.rate,
            kind: self.kind.map(Into::into),
            format,
            verbose: self.verbose,
            trace: self.trace.or_else(|| {
                crate::env::get(crate::env::TRACE)
                    .filter(|p| !p.trim().is_empty())
                    .map(Into::into)
            }),
            quiet: self.quiet,
            no_input: self.no_input || crate::env::flag(crate::env::NO_INPUT),
            yes: self.yes,
            tz: self.tz,
            color: match self.color {
                ColorArg::Auto => ColorChoice::Auto,
                ColorArg::Always => ColorChoice::Always,
                ColorArg::Never => ColorChoice::Never,
            },
        })
    }
}

/// The whole clap tree (for the man pages).
pub fn command() -> clap::Command {
    Cli::command()
}

/// Answer a shell's completion request (`COMPLETE=bash lockctl` prints the registration script;
/// the shell then calls back with the words typed) and exit; on a normal run, do nothing.
pub fn complete_if_asked() {
    clap_complete::CompleteEnv::with_factory(Cli::command).complete();
}

/// Run the verb the command line names.
pub async fn dispatch(command: Command, ctx: &mut Context) -> anyhow::Result<()> {
    match command {
        Command::Profile(c) => commands::profile::run(c, ctx),
        Command::Login(a) => commands::login::login(a, ctx).await,
        Command::Logout => commands::login::logout(ctx),
        Command::Device(c) => commands::device::run(c, ctx).await,
        Command::Api(c) => commands::api::run(c, ctx).await,
        Command::Completions(a) => commands::completions::run(a, Cli::command()),
        Command::Member(c) => commands::member::run(c, ctx).await,
        Command::Opmode(c) => commands::opmode::run(c, ctx).await,
        Command::Temppwd(c) => commands::temppwd::run(c, ctx).await,
        Command::Offlinepwd(c) => commands::offlinepwd::run(c, ctx).await,
        Command::History(c) => commands::records::history(c, ctx).await,
        Command::Alarm(c) => commands::records::alarm(c, ctx).await,
        Command::Voice(c) => commands::voice::run(c, ctx).await,
        Command::Remote(c) => commands::remote::run(c, ctx).await,
        Command::Plan(a) => commands::plan::plan(a, ctx).await,
        Command::Apply(a) => commands::plan::apply(a, ctx).await,
        Command::Booking(c) => commands::booking::run(c, ctx).await,
        Command::Watch(a) => commands::watch::run(a, ctx).await,
        Command::Status(a) => commands::status::run(a, ctx).await,
        Command::Trace(c) => commands::trace::run(c, ctx),
        // Run before the context is built (see `main`); here only if called this way.
        Command::Doctor(a) => commands::doctor::run(a, ctx.global.clone(), None).await,
    }
}

/// Whether the run records its requests in the `--trace` file: every verb but reading a trace
/// (which would otherwise replace the file it reads).
pub fn writes_trace(command: &Command) -> bool {
    !matches!(command, Command::Trace(_) | Command::Completions(_))
}

/// The verb's words as typed (`member add`), and nothing of its values: what a trace's first
/// line names.
pub fn verb_words() -> String {
    let mut cmd = Cli::command();
    let mut words = vec![];
    for a in std::env::args().skip(1) {
        let Some(sub) = cmd.find_subcommand(&a).cloned() else {
            continue;
        };
        words.push(sub.get_name().to_string());
        cmd = sub;
    }
    words.join(" ")
}

/// Whether the verb listens for Ctrl-C itself rather than being raced with the cancel: `follow`
/// ends on it with exit 0; `plan` and `apply` (which then reports what it did) listen themselves.
pub fn handles_ctrl_c(command: &Command) -> bool {
    matches!(
        command,
        Command::History(HistoryCommand::Follow(_))
            | Command::Alarm(AlarmCommand::Follow(_))
            | Command::Plan(_)
            | Command::Apply(_)
            | Command::Watch(_)
    )
}

/// Parse the command line. A bare `--json` may stand anywhere; when it stands before the verb
/// clap would take the next word (`lockctl --json member list`) as its field list, so a line that
/// fails to parse is tried once more with such a `--json` made bare.
pub fn parse() -> Result<Cli, clap::Error> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    match Cli::try_parse_from(&args) {
        Ok(c) => Ok(c),
        Err(first) => {
            let bare: Vec<std::ffi::OsString> = args
                .iter()
                .map(|a| {
                    if a == "--json" {
                        "--json=".into()
                    } else {
                        a.clone()
                    }
                })
                .collect();
            if bare == args {
                return Err(first);
            }
            Cli::try_parse_from(&bare).map_err(|_| first)
        }
    }
}

/// Print what clap has to say (help and version on stdout, errors on stderr) through the output
/// module, and return the exit code: 0 for help and version, 2 for a command line clap refused.
pub fn report(e: clap::Error) -> Exit {
    let (to_stderr, tty) = if e.use_stderr() {
        (true, std::io::stderr().is_terminal())
    } else {
        (false, std::io::stdout().is_terminal())
    };
    let styled = e.render();
    // The line did not parse (help is one way not to), so `--color` is read from it by hand:
    // the same decision as every other output, clap's help and usage errors included.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let choice = requested_color(&args);
    let text = if color::decide(choice, color::ColorEnv::read(), tty) {
        styled.ansi().to_string()
    } else {
        styled.to_string()
    };
    if to_stderr {
        sink::stderr_text(&text);
    } else if let Err(io) = sink::stdout_bytes(text.as_bytes()) {
        // A closed pipe after `--help | head` is fine; anything else is worth a word.
        if io.kind() != std::io::ErrorKind::BrokenPipe {
            sink::error_report(&format!("cannot write the help: {io}"), &[], None);
            return Exit::Failure;
        }
    }
    match e.kind() {
        clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => Exit::Ok,
        _ => Exit::Usage,
    }
}

/// The `--color` a command line asks for (the last one before `--`), whether or not the rest of
/// it parses; `auto` when it names none or an unknown value.
pub fn requested_color(args: &[std::ffi::OsString]) -> ColorChoice {
    let mut choice = ColorChoice::Auto;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        let value = match word.as_ref() {
            "--" => break,
            "--color" => words.next().map(|v| v.into_owned()),
            w => match w.strip_prefix("--color=") {
                Some(v) => Some(v.to_string()),
                None => continue,
            },
        };
        choice = match value.as_deref() {
            Some("always") => ColorChoice::Always,
            Some("never") => ColorChoice::Never,
            _ => ColorChoice::Auto,
        };
    }
    choice
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Manage profiles (cloud endpoint, app key, signing).
    #[command(subcommand)]
    Profile(commands::profile::ProfileCommand),
    /// Log in to the cloud and store the session.
    Login(commands::login::LoginArgs),
    /// Drop the stored session.
    Logout,
    /// List and inspect devices.
    #[command(subcommand)]
    Device(commands::device::DeviceCommand),
    /// Lock members: family and panel members.
    #[command(subcommand)]
    Member(commands::member::MemberCommand),
    /// Unlock methods: fingerprints, cards, PINs, faces.
    #[command(subcommand)]
    Opmode(commands::opmode::OpmodeCommand),
    /// Online temporary passwords and dynamic passwords.
    #[command(subcommand)]
    Temppwd(commands::temppwd::TemppwdCommand),
    /// Offline passwords computed by the cloud, and their clear codes.
    #[command(subcommand)]
    Offlinepwd(commands::offlinepwd::OfflinepwdCommand),
    /// Open-door history.
    #[command(subcommand)]
    History(commands::records::HistoryCommand),
    /// Alarms: duress, wrong attempts, low battery, tamper.
    #[command(subcommand)]
    Alarm(commands::records::AlarmCommand),
    /// The voice-assistant password.
    #[command(subcommand)]
    Voice(commands::voice::VoiceCommand),
    /// Remote unlock through the lock's gateway.
    #[command(subcommand)]
    Remote(commands::remote::RemoteCommand),
    /// Show what a plan file (access.toml) would create, change and remove on its locks.
    #[command(after_help = commands::plan::PLAN_EXAMPLES)]
    Plan(commands::plan::PlanArgs),
    /// Make the locks hold what a plan file says (asks first; --yes skips).
    #[command(after_help = commands::plan::APPLY_EXAMPLES)]
    Apply(commands::plan::FileArgs),
    /// Temporary passwords from a booking calendar (iCalendar feed).
    #[command(subcommand)]
    Booking(commands::booking::BookingCommand),
    /// Watch locks for events (unlocks, alarms, first use of a password, offline/online) and
    /// print each once; run a command or post a signed webhook per event.
    #[command(after_help = commands::watch::EXAMPLES)]
    Watch(commands::watch::WatchArgs),
    /// What needs attention on each lock, worst first: offline, battery, refused or pending
    /// writes, expiring and expired entries, alarms, inactivity (--check for monitoring).
    #[command(after_help = commands::status::EXAMPLES)]
    Status(commands::status::StatusArgs),
    /// Check this set-up, one check at a time: files, profile, endpoint, clock, signing mode,
    /// session, devices, cache and proxy (exit 1 when one fails).
    #[command(after_help = commands::doctor::EXAMPLES)]
    Doctor(commands::doctor::DoctorArgs),
    /// Call any action directly.
    #[command(subcommand)]
    Api(commands::api::ApiCommand),
    /// Read a trace that --trace wrote (for bug reports).
    #[command(subcommand)]
    Trace(commands::trace::TraceCommand),
    /// Print a shell completion script.
    Completions(commands::completions::CompletionsArgs),
}

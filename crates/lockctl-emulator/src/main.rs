//! `lockctl-emulator serve`: run the emulated cloud until interrupted.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, Subcommand};
use lockctl_emulator::openapi::Project;
use lockctl_emulator::{AppClient, Config};

#[derive(Parser)]
#[command(
    name = "lockctl-emulator",
    version,
    about = "A local, stateful stand-in for Tuya's lock cloud"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the gateway at /api.json; prints the base URL as the first line of stdout.
    Serve {
        /// Address to listen on (port 0: any free port).
        #[arg(long, default_value = "127.0.0.1:0")]
        addr: SocketAddr,
        /// Persist every change to this file (atomic writes) and reload it on start.
        #[arg(long)]
        state: Option<PathBuf>,
        /// Extra app key: ID:SECRET (md5), ID:SECRET:hmac:CERTSIGN:BMPSECRET or
        /// ID:SECRET:thing:CERTSHA256HEX:BMPSECRET:PACKAGE. Repeatable.
        #[arg(long = "client", value_name = "SPEC")]
        clients: Vec<String>,
        /// Extra OpenAPI cloud project, linked to the demo accounts: ACCESS_ID:SECRET (a
        /// 32-character secret), or ACCESS_ID:SECRET:FLAGS with FLAGS from no-lock (no lock
        /// service), plan-expired, quota-used, other-region. Repeatable.
        #[arg(long = "project", value_name = "ACCESS_ID:SECRET")]
        projects: Vec<String>,
        /// Session lifetime in seconds.
        #[arg(long, default_value_t = 7 * 86400)]
        session_ttl: u64,
        /// Seed each lock with this many history records (alarms: a tenth).
        #[arg(long)]
        history: Option<usize>,
        #[command(flatten)]
        tuning: TuningArgs,
    },
}

/// Fleet and load settings; `POST /_emulator/reset` returns to them.
#[derive(clap::Args)]
struct TuningArgs {
    /// Add a home "Fleet" with N more locks (Wi-Fi, Bluetooth, Zigbee in turn; at most 9999).
    #[arg(long, value_name = "N", default_value_t = 0,
          value_parser = clap::value_parser!(u16).range(0..=9999))]
    fleet: u16,
    /// Add this many milliseconds to every gateway request.
    #[arg(long, value_name = "MS", default_value_t = 0,
          value_parser = clap::value_parser!(u64).range(0..=600_000))]
    latency: u64,
    /// Answer REQUEST_TOO_FREQUENTLY above N requests per second per session (0: no limit).
    #[arg(long, value_name = "N", default_value_t = 0.0, value_parser = rate)]
    throttle: f64,
    /// Seconds (emulator clock) a change takes to reach an online lock.
    #[arg(long, value_name = "SECS", default_value_t = 0,
          value_parser = clap::value_parser!(i64).range(0..=86_400))]
    delivery_delay: i64,
    /// Run the lock clock this many seconds ahead of the real clock (negative: behind); the
    /// demo world is dated at it. The gateway's own clock (signature times) stays real.
    #[arg(long, value_name = "SECS", default_value_t = 0, allow_hyphen_values = true,
          value_parser = clap::value_parser!(i64).range(-1_000_000_000..=2_000_000_000))]
    clock_offset: i64,
    /// Run the gateway's own clock (request times, the `t` of answers) this many seconds ahead
    /// of the real clock (negative: behind): a cloud whose clock differs from the machine's.
    #[arg(long, value_name = "SECS", default_value_t = 0, allow_hyphen_values = true,
          value_parser = clap::value_parser!(i64).range(-1_000_000_000..=2_000_000_000))]
    gateway_skew: i64,
}

impl TuningArgs {
    fn into_tuning(self) -> lockctl_emulator::server::Tuning {
        lockctl_emulator::server::Tuning {
            fleet: self.fleet.into(),
            latency_ms: self.latency,
            // Checked by `rate`.
            throttle: lockctl_emulator::server::ThrottleSettings::new(self.throttle, None)
                .unwrap_or_default(),
            delivery_delay: self.delivery_delay,
            clock_offset: self.clock_offset,
            gateway_skew: self.gateway_skew,
        }
    }
}

fn rate(s: &str) -> Result<f64, String> {
    let r: f64 = s.parse().map_err(|_| format!("`{s}` is not a number"))?;
    lockctl_emulator::server::ThrottleSettings::new(r, None).map(|_| r)
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    let Command::Serve {
        addr,
        state,
        clients,
        projects,
        session_ttl,
        history,
        tuning,
    } = cli.command;
    let projects = parse_projects(&projects);
    let mut parsed = vec![];
    for c in &clients {
        match AppClient::parse(c) {
            Ok(a) => parsed.push(a),
            Err(e) => {
                // The spec holds secrets: say what is wrong about it without repeating it.
                eprintln!(
                    "error: bad --client {}",
                    if c.is_empty() {
                        e
                    } else {
                        e.replace(c.as_str(), &masked(c))
                    }
                );
                std::process::exit(2);
            }
        }
    }
    let config = Config {
        addr,
        state_file: state,
        clients: parsed,
        session_ttl: Duration::from_secs(session_ttl),
        history_records: history,
        projects,
        tuning: tuning.into_tuning(),
        ..Config::default()
    };
    let running = match lockctl_emulator::start(config).await {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::exit(1);
        }
    };
    println!("{}", running.url);
    eprintln!(
        "lockctl-emulator: gateway {}/api.json; demo app keys {} (md5) and {} (thing); account {} / {}",
        running.url,
        lockctl_emulator::DEMO_CLIENT_ID,
        lockctl_emulator::demo_thing::CLIENT_ID,
        lockctl_emulator::world::ids::DEMO_EMAIL,
        lockctl_emulator::world::ids::DEMO_PASSWORD
    );
    eprintln!(
        "lockctl-emulator: OpenAPI {}/v1.0/...; demo project {} (secret in the README)",
        running.url,
        lockctl_emulator::DEMO_ACCESS_ID
    );
    let _ = tokio::signal::ctrl_c().await;
    running.shutdown();
}

/// The `--project` specs, or exit 2 naming the bad one by its access id only (the parse
/// errors never contain the secret).
fn parse_projects(specs: &[String]) -> Vec<Project> {
    let mut out = vec![];
    for p in specs {
        match Project::parse(p) {
            Ok(p) => out.push(p),
            Err(e) => {
                eprintln!("error: bad --project: {e}");
                std::process::exit(2);
            }
        }
    }
    out
}

/// A `--client` spec as it may be shown: the id, the mode word, the certificate hash and the
/// package; the app and bmp secrets (and anything unrecognised) masked.
fn masked(spec: &str) -> String {
    let f: Vec<&str> = spec.split(':').collect();
    let hmac = f.get(2) == Some(&"hmac");
    let thing = f.get(2) == Some(&"thing");
    let n = f.len();
    f.iter()
        .enumerate()
        .map(|(i, x)| {
            let keep = i == 0
                || (hmac && (i == 2 || (i > 2 && i + 1 < n)))
                || (thing && (i == 2 || (i > 2 && i + 2 < n) || (n > 5 && i + 1 == n)));
            if keep || x.is_empty() {
                *x
            } else {
                "****"
            }
        })
        .collect::<Vec<_>>()
        .join(":")
}

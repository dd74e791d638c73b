//! lockctl: run, map the error to an exit code.

mod cli;
mod commands;
mod complete;
mod config;
mod context;
mod env;
mod error;
mod fleet;
mod options;
mod output;
mod prompt;
mod resolve;
mod settings;
mod timeparse;
mod tracefile;

fn main() {
    // A shell asking for completions gets them (from the files only) and nothing else runs.
    cli::complete_if_asked();
    let code = run();
    std::process::exit(code as i32);
}

fn run() -> error::Exit {
    if let Some(start) = env::get(env::NOW) {
        match lockctl_api::clock::parse_start(&start) {
            Ok(at) => lockctl_api::clock::start_at(at),
            Err(why) => {
                let e = error::Fail::usage(format!("{} is not usable: {why}", env::NOW));
                return output::failure::render(&e, &error::Given::default());
            }
        }
    }
    if let Some(dir) = commands::man::requested() {
        return match commands::man::write(cli::command(), &dir) {
            Ok(()) => error::Exit::Ok,
            Err(e) => output::failure::render(&e, &error::Given::default()),
        };
    }
    let cli = match cli::parse() {
        Ok(c) => c,
        Err(e) => return cli::report(e),
    };
    let options = match cli.global.into_options() {
        Ok(o) => o,
        Err(e) => return output::failure::render(&e, &error::Given::default()),
    };
    let given = error::Given::of(&options);
    let trace = match options.trace.as_deref() {
        Some(path) if cli::writes_trace(&cli.command) => {
            match tracefile::TraceFile::create(path, &cli::verb_words()) {
                Ok(t) => Some(std::sync::Arc::new(t)),
                Err(e) => return output::failure::render(&e, &given),
            }
        }
        _ => None,
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            let e = anyhow::Error::new(e).context("cannot start the async runtime");
            return output::failure::render(&e, &given);
        }
    };
    let result = runtime.block_on(async {
        // Doctor builds its context itself: it reports a config that the context refuses.
        let command = match cli.command {
            cli::Command::Doctor(a) => return commands::doctor::run(a, options, trace).await,
            c => c,
        };
        let mut ctx = context::Context::new(options)?.tracing_to(trace);
        fleet::settle(&mut ctx);
        // A verb that ends on Ctrl-C by itself (follow) is not raced with the cancel here.
        // A run over several locks prints what it did so far on Ctrl-C, so it listens itself.
        let own_ctrl_c = cli::handles_ctrl_c(&command) || ctx.global.fleet.is_some();
        let cancel = async {
            match own_ctrl_c {
                true => std::future::pending().await,
                false => tokio::signal::ctrl_c().await,
            }
        };
        let outcome = tokio::select! {
            r = cli::dispatch(command, &mut ctx) => r,
            _ = cancel => Err(error::Fail::cancelled()),
        };
        // A session the client renewed on the way is kept whatever the verb's outcome.
        let kept = ctx.persist_renewed_session();
        outcome.and(kept)
    });
    match result {
        Ok(()) => error::Exit::Ok,
        // A closed pipe (`lockctl ... | head`) is not an error.
        Err(e) if output::sink::is_broken_pipe(&e) => error::Exit::Ok,
        Err(e) => output::failure::render(&e, &given),
    }
}

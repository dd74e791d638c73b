//! lockctl: run, map the error to an exit code.

mod cli;
mod commands;
mod config;
mod context;
mod env;
mod error;
// Words the typed models replace; what is left goes once every area uses the API enums.
#[allow(dead_code)]
mod labels;
mod options;
mod output;
mod prompt;
mod settings;
mod timeparse;

fn main() {
    let code = run();
    std::process::exit(code as i32);
}

fn run() -> error::Exit {
    let cli = match cli::parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    error::Exit::Ok
                }
                _ => error::Exit::Usage,
            };
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return error::Exit::Failure;
        }
    };
    let result = runtime.block_on(async {
        let mut ctx = context::Context::new(cli.global.into_options())?;
        tokio::select! {
            r = commands::dispatch(cli.command, &mut ctx) => r,
            _ = tokio::signal::ctrl_c() => Err(error::Fail::cancelled()),
        }
    });
    match result {
        Ok(()) => error::Exit::Ok,
        // A closed pipe (`lockctl ... | head`) is not an error.
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            error::Exit::Ok
        }
        Err(e) => error::render(&e),
    }
}

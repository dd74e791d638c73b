//! Prompts: dialoguer on a terminal; elsewhere (or with --no-input) an immediate usage error that
//! names every missing flag.

use std::io::IsTerminal;

use anyhow::Result;
use dialoguer::{Confirm, FuzzySelect, Input, Password, Select};

use lockctl_api::Secret;

use crate::error::Fail;
use crate::output::safe;

/// A label or choice for the terminal: it may carry names from the cloud, whose terminal control
/// is shown, never written.
fn shown(s: &str) -> String {
    safe::text(s).into_owned()
}

/// The first line of stdin (a PIN piped in), without its line ending.
pub fn stdin_secret(what: &str) -> Result<Secret> {
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).map_err(|e| {
        if e.kind() == std::io::ErrorKind::InvalidData {
            Fail::usage(format!("the {what} on stdin is not UTF-8 text"))
        } else {
            anyhow::Error::new(e).context(format!("cannot read the {what} from stdin"))
        }
    })?;
    Ok(Secret::new(line.trim_end_matches(['\n', '\r'])))
}

#[derive(Debug, Clone)]
pub struct Prompter {
    pub interactive: bool,
}

fn map_err(e: dialoguer::Error) -> anyhow::Error {
    match e {
        dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => {
            Fail::cancelled()
        }
        dialoguer::Error::IO(io) => anyhow::Error::new(io).context("cannot read from the terminal"),
    }
}

impl Prompter {
    pub fn new(no_input: bool) -> Prompter {
        Prompter {
            interactive: !no_input
                && std::io::stdin().is_terminal()
                && std::io::stderr().is_terminal(),
        }
    }

    /// Fail at once, naming all missing flags, when we cannot ask for them.
    pub fn require(&self, missing: &[&str]) -> Result<()> {
        if missing.is_empty() || self.interactive {
            return Ok(());
        }
        let list = missing.join(", ");
        Err(Fail::usage_hint(
            format!("missing {list}"),
            "pass the missing flags (prompts need a terminal, and --no-input turns them off)",
        ))
    }

    pub fn text(&self, label: &str, flag: &str) -> Result<String> {
        self.require(&[flag])?;
        Input::<String>::new()
            .with_prompt(shown(label))
            .interact_text()
            .map_err(map_err)
    }

    /// A hidden entry, never echoed.
    pub fn secret(&self, label: &str, flag: &str) -> Result<String> {
        self.require(&[flag])?;
        Password::new()
            .with_prompt(shown(label))
            .interact()
            .map_err(map_err)
    }

    /// A hidden entry that may be left empty (the caller says what empty means).
    pub fn secret_or_empty(&self, label: &str, flag: &str) -> Result<String> {
        self.require(&[flag])?;
        Password::new()
            .with_prompt(shown(label))
            .allow_empty_password(true)
            .interact()
            .map_err(map_err)
    }

    /// A new PIN of `len` digits, hidden and typed twice; the two entries must match. `what`
    /// names it (`PIN`, `Voice PIN`).
    pub fn pin_twice(&self, what: &str, len: usize, flag: &str) -> Result<Secret> {
        let label = if len == 0 {
            what.to_string()
        } else {
            format!("{what} ({len} digits)")
        };
        let first = Secret::new(self.secret(&label, flag)?);
        let again = Secret::new(self.secret(&format!("{what} again"), flag)?);
        if first != again {
            return Err(Fail::usage("the two PIN entries differ"));
        }
        Ok(first)
    }

    /// Pick one of `items`; returns its index.
    pub fn select(&self, label: &str, items: &[&str], flag: &str) -> Result<usize> {
        self.require(&[flag])?;
        let items: Vec<String> = items.iter().map(|i| shown(i)).collect();
        Select::new()
            .with_prompt(shown(label))
            .items(&items)
            .default(0)
            .interact()
            .map_err(map_err)
    }

    /// Pick one of many `items` by typing part of it; returns its index.
    pub fn pick(&self, label: &str, items: &[&str], flag: &str) -> Result<usize> {
        self.require(&[flag])?;
        FuzzySelect::new()
            .with_prompt(shown(label))
            .items(&items.iter().map(|i| shown(i)).collect::<Vec<_>>())
            .default(0)
            .interact()
            .map_err(map_err)
    }

    /// A free-text entry with a default. The default is shown made safe; taking it as shown
    /// gives back the default itself.
    pub fn text_default(&self, label: &str, default: &str, flag: &str) -> Result<String> {
        self.require(&[flag])?;
        let seen = shown(default);
        let typed = Input::<String>::new()
            .with_prompt(shown(label))
            .default(seen.clone())
            .interact_text()
            .map_err(map_err)?;
        Ok(if typed == seen {
            default.to_string()
        } else {
            typed
        })
    }

    /// The terminal half of the one confirmation (`fleet::confirm` is the helper verbs call):
    /// `--yes` skips the question; off a terminal, an immediate usage error naming `--yes`.
    pub fn confirm(&self, question: &str, yes: bool) -> Result<()> {
        if yes {
            return Ok(());
        }
        if !self.interactive {
            return Err(Fail::usage_hint(
                format!("refusing without confirmation (--yes): {question}"),
                "pass --yes to confirm (there is no terminal to ask on, or --no-input is set); nothing was sent",
            ));
        }
        match Confirm::new()
            .with_prompt(shown(question))
            .default(false)
            .interact()
            .map_err(map_err)?
        {
            true => Ok(()),
            false => Err(Fail::cancelled()),
        }
    }
}

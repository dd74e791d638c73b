//! Whether to colour: decided once, from the flag, the environment and the terminal.

use crate::env;
use crate::options::ColorChoice;

/// What the environment says about colour, read once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ColorEnv {
    /// `NO_COLOR` set (non-empty and not `0`).
    pub no_color: bool,
    /// `CLICOLOR_FORCE` set (non-empty and not `0`).
    pub clicolor_force: bool,
    /// `TERM=dumb`.
    pub term_dumb: bool,
}

impl ColorEnv {
    pub fn read() -> ColorEnv {
        ColorEnv {
            no_color: env::flag(env::NO_COLOR),
            clicolor_force: env::flag(env::CLICOLOR_FORCE),
            term_dumb: env::get(env::TERM).is_some_and(|t| t == "dumb"),
        }
    }
}

/// Colour a stream? `--color always|never` first, then `NO_COLOR`, then `CLICOLOR_FORCE`, then
/// `TERM=dumb`, and last whether the stream is a terminal.
pub fn decide(choice: ColorChoice, env: ColorEnv, tty: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if env.no_color => false,
        ColorChoice::Auto if env.clicolor_force => true,
        ColorChoice::Auto if env.term_dumb => false,
        ColorChoice::Auto => tty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ColorChoice::*;

    const NONE: ColorEnv = ColorEnv {
        no_color: false,
        clicolor_force: false,
        term_dumb: false,
    };

    fn with(f: impl FnOnce(&mut ColorEnv)) -> ColorEnv {
        let mut e = NONE;
        f(&mut e);
        e
    }

    #[test]
    fn the_flag_wins_over_everything() {
        let all = ColorEnv {
            no_color: true,
            clicolor_force: true,
            term_dumb: true,
        };
        for env in [NONE, all] {
            for tty in [false, true] {
                assert!(decide(Always, env, tty));
                assert!(!decide(Never, env, tty));
            }
        }
    }

    #[test]
    fn no_color_beats_force_and_terminal() {
        let e = with(|e| {
            e.no_color = true;
            e.clicolor_force = true;
        });
        assert!(!decide(Auto, e, true));
    }

    #[test]
    fn force_beats_dumb_terminal_and_pipes() {
        let e = with(|e| {
            e.clicolor_force = true;
            e.term_dumb = true;
        });
        assert!(decide(Auto, e, false));
        assert!(decide(Auto, e, true));
    }

    #[test]
    fn dumb_terminal_and_pipes_are_plain() {
        assert!(!decide(Auto, with(|e| e.term_dumb = true), true));
        assert!(!decide(Auto, NONE, false));
        assert!(decide(Auto, NONE, true));
    }
}

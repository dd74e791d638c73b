//! Values for dynamic shell completion (`COMPLETE=bash lockctl`), read from the files only: the
//! device cache and `config.toml`. Nothing here sends a request, logs in or prompts, and any
//! failure simply offers nothing.
//!
//! The completer is handed the word being completed and nothing else, so the `--profile` and
//! `--dev` already typed are read from the command line the shell passed (after `--`).
//!
//! The completers clap calls (`complete_profile`, `complete_dev`, `complete_user`) sit at the end,
//! below both the global flags in `cli.rs` and the verbs' own arguments that name them.

use clap_complete::engine::CompletionCandidate;

use crate::config::{self, cache, settings_file};
use crate::env;
use crate::settings::DEMO_PROFILE;

/// A value to offer, and a few words about it.
pub struct Offer {
    pub value: String,
    pub help: Option<String>,
}

/// The words of the line being completed (what the shell passed after `--`).
fn line() -> Vec<String> {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    match args.iter().position(|a| a == "--") {
        Some(i) => args[i + 1..].to_vec(),
        None => vec![],
    }
}

/// The value of `--flag X`, `--flag=X` (or `-s X`) on the line, the last one given.
fn flag_value(words: &[String], long: &str, short: Option<&str>) -> Option<String> {
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        if let Some(v) = w.strip_prefix(&format!("{long}=")) {
            found = Some(v.to_string());
        } else if w == long || Some(w.as_str()) == short {
            found = words.get(i + 1).cloned();
        }
    }
    found.map(|v| unquote(&v)).filter(|v| !v.is_empty())
}

/// The word as the user meant it: without the shell's quotes and backslashes.
fn unquote(w: &str) -> String {
    w.trim_start_matches(['"', '\''])
        .trim_end_matches(['"', '\''])
        .replace("\\ ", " ")
}

/// Whether bash asked: it inserts values verbatim, so spaces must come escaped.
fn for_bash() -> bool {
    std::env::var_os("_CLAP_COMPLETE_COMP_TYPE").is_some()
}

fn offer(value: &str, help: Option<String>) -> Offer {
    let value = if for_bash() {
        value.replace(' ', "\\ ")
    } else {
        value.to_string()
    };
    Offer { value, help }
}

fn starts(value: &str, typed: &str) -> bool {
    value.to_lowercase().starts_with(&typed.to_lowercase())
}

fn profile(words: &[String]) -> Option<String> {
    flag_value(words, "--profile", None)
        .or_else(|| env::get(env::PROFILE))
        .or_else(|| {
            let dir = config::config_dir().ok()?;
            settings_file::load(&dir).ok()?.current
        })
}

fn profile_cache(words: &[String]) -> Option<cache::ProfileCache> {
    let name = profile(words)?;
    Some(cache::profile(&config::data_dir().ok()?, &name))
}

/// Profile names: those in `config.toml` and the built-in `demo`.
pub fn profiles(typed: &str) -> Vec<Offer> {
    let typed = unquote(typed);
    let mut names: Vec<String> = config::config_dir()
        .ok()
        .and_then(|d| settings_file::load(&d).ok())
        .map(|c| c.profiles.into_keys().collect())
        .unwrap_or_default();
    if !names.iter().any(|n| n == DEMO_PROFILE) {
        names.push(DEMO_PROFILE.into());
    }
    if !names
        .iter()
        .any(|n| n == crate::settings::DEMO_OPENAPI_PROFILE)
    {
        names.push(crate::settings::DEMO_OPENAPI_PROFILE.into());
    }
    names
        .iter()
        .filter(|n| starts(n, &typed))
        .map(|n| offer(n, None))
        .collect()
}

/// Lock names and ids of the profile on the line, from the cache.
pub fn locks(typed: &str) -> Vec<Offer> {
    let typed = unquote(typed);
    let Some(c) = profile_cache(&line()) else {
        return vec![];
    };
    let mut out = vec![];
    for d in c.devices.iter().filter(|d| d.is_lock) {
        if starts(&d.name, &typed) {
            out.push(offer(&d.name, Some(d.id.clone())));
        }
        if d.id.starts_with(&typed) {
            out.push(offer(&d.id, Some(d.name.clone())));
        }
    }
    out
}

/// Member names of the lock on the line (else of every cached lock), from the cache; members are
/// cached once a `--user NAME` was looked up on that lock.
pub fn members(typed: &str) -> Vec<Offer> {
    let typed = unquote(typed);
    let words = line();
    let Some(c) = profile_cache(&words) else {
        return vec![];
    };
    let dev = flag_value(&words, "--dev", Some("-d"))
        .or_else(|| env::get(env::DEV))
        .or_else(|| {
            let p = profile(&words)?;
            let dir = config::config_dir().ok()?;
            settings_file::load(&dir).ok()?.default_dev.remove(&p)
        });
    let dev_id = dev.and_then(|q| {
        c.devices
            .iter()
            .find(|d| d.id == q || d.name.to_lowercase() == q.to_lowercase())
            .map(|d| d.id.clone())
    });
    // Only the lock's own members when they are cached, else those of every cached lock.
    let dev_id = dev_id.filter(|d| c.members.contains_key(d));
    let mut out: Vec<Offer> = vec![];
    for (id, list) in &c.members {
        if dev_id.as_ref().is_some_and(|d| d != id) {
            continue;
        }
        for (mid, name) in &list.members {
            if starts(name, &typed) && !out.iter().any(|o| o.help.as_deref() == Some(mid)) {
                out.push(offer(name, Some(mid.clone())));
            }
        }
    }
    out
}

/// The offers as clap's completion candidates.
fn candidates(offers: Vec<Offer>) -> Vec<CompletionCandidate> {
    offers
        .into_iter()
        .map(|o| CompletionCandidate::new(o.value).help(o.help.map(Into::into)))
        .collect()
}

pub fn complete_profile(current: &std::ffi::OsStr) -> Vec<CompletionCandidate> {
    candidates(profiles(&current.to_string_lossy()))
}

/// Locks for `-d`; in a comma list, the part after the last comma (the rest kept in front).
pub fn complete_dev(current: &std::ffi::OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let (done, part) = match current.rfind(',') {
        Some(i) => current.split_at(i + 1),
        None => ("", current.as_ref()),
    };
    let mut offers = locks(part);
    for o in &mut offers {
        o.value = format!("{done}{}", o.value);
    }
    candidates(offers)
}

/// Member names from the cache, for `--user` (on the verbs' own arguments).
pub fn complete_user(current: &std::ffi::OsStr) -> Vec<CompletionCandidate> {
    candidates(members(&current.to_string_lossy()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn flags_are_read_from_the_line_in_every_spelling() {
        let words = w(&[
            "lockctl",
            "--profile",
            "home",
            "member",
            "-d",
            "Front\\ Door",
        ]);
        assert_eq!(
            flag_value(&words, "--profile", None).as_deref(),
            Some("home")
        );
        assert_eq!(
            flag_value(&words, "--dev", Some("-d")).as_deref(),
            Some("Front Door")
        );
        let words = w(&["lockctl", "--profile=work", "--dev", "'Back Door'"]);
        assert_eq!(
            flag_value(&words, "--profile", None).as_deref(),
            Some("work")
        );
        assert_eq!(
            flag_value(&words, "--dev", Some("-d")).as_deref(),
            Some("Back Door")
        );
        assert_eq!(flag_value(&w(&["lockctl", "--dev"]), "--dev", None), None);
    }
}

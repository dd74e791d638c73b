//! Names to ids: a lock named by `--dev` (id or name) and a member named by `--user` (id or name).
//!
//! A name matches case-insensitively, exactly or as the unique prefix of one name; an exact id
//! always wins. Lock names resolve from the cached device list (`config/cache.rs`): a fresh cache
//! costs no request; a stale one, or a name or id it does not know, is refreshed from the cloud
//! once before lockctl gives up (exit 2, naming the candidates).

use anyhow::Result;
use lockctl_api::{Error as ApiError, Lock};

use crate::config::cache::{self, CachedDevice};
use crate::context::Context;
use crate::error::Fail;

/// Longest text `--dev` or `--user` may be: longer than any name the app lets one give.
const QUERY_MAX: usize = 64;

/// What a search found.
#[derive(Debug, PartialEq, Eq)]
pub enum Found<T> {
    One(T),
    Many(Vec<T>),
    None,
}

/// A device id: 16 to 32 characters of `[a-z0-9]`.
pub fn is_dev_id(s: &str) -> bool {
    (16..=32).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// Find `q` among `items` by exact id, else by name (case-insensitive): exact, else unique prefix.
pub fn find<'a, T>(
    items: &'a [T],
    id: impl Fn(&T) -> &str,
    name: impl Fn(&T) -> &str,
    q: &str,
) -> Found<&'a T> {
    if let Some(x) = items.iter().find(|x| id(x) == q) {
        return Found::One(x);
    }
    let q = q.to_lowercase();
    let exact: Vec<&T> = items
        .iter()
        .filter(|x| name(x).to_lowercase() == q)
        .collect();
    let hits = if exact.is_empty() {
        items
            .iter()
            .filter(|x| name(x).to_lowercase().starts_with(&q))
            .collect()
    } else {
        exact
    };
    match hits.len() {
        0 => Found::None,
        1 => Found::One(hits[0]),
        _ => Found::Many(hits),
    }
}

/// Check the text of `--dev` or `--user` before anything is sent: not empty, no control
/// characters, not longer than any name.
pub fn check_query(flag: &str, q: &str) -> Result<String> {
    let q = q.trim();
    if q.is_empty() {
        return Err(Fail::usage(format!("{flag} is empty")));
    }
    if q.chars().count() > QUERY_MAX || q.chars().any(char::is_control) {
        return Err(Fail::usage_hint(
            format!("{flag} `{}` is neither an id nor a name", printable(q)),
            "ids and names are what `lockctl device list` and `lockctl member list` show",
        ));
    }
    Ok(q.to_string())
}

/// `q` cut short and without control characters, for an error message.
fn printable(q: &str) -> String {
    let s: String = q
        .chars()
        .filter(|c| !c.is_control())
        .take(QUERY_MAX)
        .collect();
    if q.chars().count() > QUERY_MAX {
        format!("{s}...")
    } else {
        s
    }
}

/// `name (id)` for each candidate, for messages and the picker.
pub fn labels<'a>(items: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<String> {
    items
        .into_iter()
        .map(|(id, name)| format!("{name} ({id})"))
        .collect()
}

fn ambiguous(flag: &str, q: &str, candidates: Vec<String>) -> anyhow::Error {
    Fail::usage_hint(
        format!(
            "{flag} `{q}` matches {}: {}",
            candidates.len(),
            candidates.join(", ")
        ),
        format!(
            "give more of the name, or the id, e.g. {flag} {}",
            first_id(&candidates)
        ),
    )
}

fn first_id(candidates: &[String]) -> String {
    candidates
        .first()
        .and_then(|c| c.rsplit_once(" (").map(|(_, id)| id.trim_end_matches(')')))
        .unwrap_or("ID")
        .to_string()
}

/// `noun` is what was looked for (`lock`), `among` the candidates' heading (`locks`).
fn unknown(flag: &str, q: &str, noun: &str, among: &str, candidates: Vec<String>) -> anyhow::Error {
    let hint = if candidates.is_empty() {
        format!("there are no {among} to choose from")
    } else {
        format!("{among}: {}", candidates.join(", "))
    };
    Fail::usage_hint(format!("{flag}: no {noun} named `{q}`"), hint)
}

fn lock_labels(devices: &[CachedDevice]) -> Vec<String> {
    labels(
        devices
            .iter()
            .filter(|d| d.is_lock)
            .map(|d| (d.id.as_str(), d.name.as_str())),
    )
}

/// Search the cached locks (non-locks keep their ids but not their names).
pub fn find_lock<'a>(devices: &'a [CachedDevice], q: &str) -> Found<&'a CachedDevice> {
    let locks: Vec<CachedDevice> = devices.iter().filter(|d| d.is_lock).cloned().collect();
    if let Some(d) = devices.iter().find(|d| d.id == q) {
        return Found::One(d);
    }
    match find(&locks, |d| &d.id, |d| &d.name, q) {
        Found::One(d) => devices
            .iter()
            .find(|x| x.id == d.id)
            .map_or(Found::None, Found::One),
        Found::Many(v) => Found::Many(
            devices
                .iter()
                .filter(|x| v.iter().any(|d| d.id == x.id))
                .collect(),
        ),
        Found::None => Found::None,
    }
}

/// The lock selector in force: `--dev`, else `LOCKCTL_DEV`, else the profile's default lock.
/// Empty when there is none and the user can be asked; a usage error when they cannot.
pub fn dev(ctx: &Context) -> Result<String> {
    if ctx.global.fleet.is_some() {
        return Err(Fail::usage_hint(
            "this verb works on one lock at a time, but several are named",
            "name one lock with -d NAME|ID (no comma, no --home, no --all-locks)",
        ));
    }
    if let Some(d) = ctx
        .settings
        .dev
        .clone()
        .or(ctx.settings.default_dev.clone())
    {
        // An empty --dev is a mistake, not a request to be asked.
        return check_query("--dev", &d);
    }
    if ctx.prompter.interactive {
        return Ok(String::new());
    }
    let profile = match &ctx.global.profile {
        Some(p) => format!(" --profile {p}"),
        None => String::new(),
    };
    Err(Fail::usage_hint(
        "missing --dev",
        format!("pass --dev NAME|ID (or set LOCKCTL_DEV, or pick a default with `lockctl{profile} device use NAME`); `lockctl{profile} device list` shows the locks"),
    ))
}

/// The lock named by `--dev` (or the default lock, or the one the user picks).
pub async fn dev_lock(ctx: &mut Context) -> Result<Lock> {
    let dev = dev(ctx)?;
    lock(ctx, &dev).await
}

/// The id of the device `--dev` names (or the default or picked one), not looked up further.
pub async fn dev_id(ctx: &mut Context) -> Result<String> {
    let q = dev(ctx)?;
    if q.is_empty() {
        return Ok(pick_lock(ctx).await?.id);
    }
    device_id(ctx, &q).await
}

/// The lock `q` names (an id or a name; empty: ask), from the cache when it can, else from the
/// cloud. A lock fully cached costs no request, so a verb the lock's kind lacks is refused before
/// anything is sent.
pub async fn lock(ctx: &mut Context, q: &str) -> Result<Lock> {
    if q.is_empty() {
        return pick_lock(ctx).await;
    }
    let q = check_query("--dev", q)?;
    let cached = ctx.cached_devices();
    match find_lock(&cached.devices, &q) {
        Found::One(d) if d.fresh() => {
            if let Some(lock) = ctx.lock_from_cache(d)? {
                return Ok(lock);
            }
        }
        Found::Many(v) if cached.list_fresh() => {
            return Err(ambiguous("--dev", &q, lock_labels_of(&v)));
        }
        _ => {}
    }
    if is_dev_id(&q) {
        return by_id(ctx, &q).await;
    }
    let devices = ctx.refresh_devices().await?;
    from_list(ctx, &devices, &q).await
}

/// The id of the device `q` names, without looking the device itself up: a fresh cache entry, an
/// id as given, else a name from the refreshed list.
pub async fn device_id(ctx: &mut Context, q: &str) -> Result<String> {
    let q = check_query("--dev", q)?;
    let cached = ctx.cached_devices();
    match find_lock(&cached.devices, &q) {
        Found::One(d) if d.fresh() => return Ok(d.id.clone()),
        Found::Many(v) if cached.list_fresh() => {
            return Err(ambiguous("--dev", &q, lock_labels_of(&v)));
        }
        _ => {}
    }
    if is_dev_id(&q) {
        return Ok(q);
    }
    let devices = ctx.refresh_devices().await?;
    match find_lock(&devices, &q) {
        Found::One(d) => Ok(d.id.clone()),
        Found::Many(v) => Err(ambiguous("--dev", &q, lock_labels_of(&v))),
        Found::None => Err(unknown("--dev", &q, "lock", "locks", lock_labels(&devices))),
    }
}

/// The lock `q` names in a device list just read from the cloud.
async fn from_list(ctx: &mut Context, devices: &[CachedDevice], q: &str) -> Result<Lock> {
    match find_lock(devices, q) {
        Found::One(d) => {
            let id = d.id.clone();
            match ctx.lock_from_cache(d)? {
                Some(lock) => Ok(lock),
                None => ctx.lock_from_cloud(&id).await,
            }
        }
        Found::Many(v) => Err(ambiguous("--dev", q, lock_labels_of(&v))),
        Found::None => Err(unknown("--dev", q, "lock", "locks", lock_labels(devices))),
    }
}

fn lock_labels_of(v: &[&CachedDevice]) -> Vec<String> {
    labels(v.iter().map(|d| (d.id.as_str(), d.name.as_str())))
}

/// Ask the cloud about one id (its localKey and kind refreshed on the way). An id the cloud does
/// not know refreshes the device list once: it may be a lock's name, else the list names the
/// candidates.
async fn by_id(ctx: &mut Context, id: &str) -> Result<Lock> {
    match ctx.lock_from_cloud(id).await {
        Err(e)
            if matches!(
                e.downcast_ref::<ApiError>().and_then(ApiError::cloud_code),
                Some(lockctl_api::CloudCode::DeviceNotExist)
            ) =>
        {
            let devices = ctx.refresh_devices().await?;
            if matches!(find_lock(&devices, id), Found::One(d) if d.id != id) {
                return Box::pin(from_list(ctx, &devices, id)).await;
            }
            Err(unknown("--dev", id, "lock", "locks", lock_labels(&devices)))
        }
        other => other,
    }
}

/// Let the user pick one of the account's locks on a terminal (the only one when there is one).
pub async fn pick_lock(ctx: &mut Context) -> Result<Lock> {
    let cached = ctx.cached_devices();
    let devices = if cached.list_fresh() {
        cached.devices
    } else {
        ctx.refresh_devices().await?
    };
    let locks: Vec<&CachedDevice> = devices.iter().filter(|d| d.is_lock).collect();
    let chosen = match locks.len() {
        0 => {
            return Err(Fail::usage_hint(
                "this account has no locks",
                "add the lock in the Tuya or Smart Life app, then run `lockctl device list`",
            ))
        }
        1 => locks[0],
        _ => {
            let items = lock_labels_of(&locks);
            let refs: Vec<&str> = items.iter().map(String::as_str).collect();
            locks[ctx.prompter.pick("Lock", &refs, "--dev")?]
        }
    };
    let id = chosen.id.clone();
    match ctx.lock_from_cache(chosen)? {
        Some(lock) => Ok(lock),
        None => ctx.lock_from_cloud(&id).await,
    }
}

/// What `--user` was given: a member id (digits) or a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserQuery {
    Id(String),
    Name(String),
}

/// Check `--user` before anything is sent. Member ids are digits; anything else is a name, which
/// may hold letters, digits, spaces and `.'_-&+()@`.
pub fn user_arg(flag: &str, u: &str) -> Result<UserQuery> {
    let u = check_query(flag, u)?;
    if u.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(UserQuery::Id(check_user(flag, &u)?));
    }
    let name_char = |c: char| c.is_alphanumeric() || c == ' ' || ".'_-&+()@".contains(c);
    if u.chars().count() > 32 || !u.chars().all(name_char) {
        return Err(Fail::usage_hint(
            format!("{flag} `{u}` is neither a member id nor a member name"),
            "member ids and names are what `lockctl member list` shows",
        ));
    }
    Ok(UserQuery::Name(u))
}

/// `--user`: a member id as the cloud gives it.
fn check_user(flag: &str, u: &str) -> Result<String> {
    let u = u.trim();
    if u.is_empty()
        || u.len() > 32
        || !u
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Err(Fail::usage_hint(
            format!("{flag} `{u}` is not a member id"),
            "member ids are what `lockctl member list` shows in the ID column",
        ));
    }
    Ok(u.to_string())
}

/// Every member of `lock`, family and panel, read from the cloud.
pub async fn everyone(
    api: &dyn lockctl_api::Backend,
    lock: &Lock,
) -> Result<Vec<lockctl_api::ops::members::Member>> {
    let mut all = api.family_members(lock).await?;
    let page = lockctl_api::ops::members::Page {
        offset: 0,
        limit: 100,
        all: true,
    };
    // Locks without panel members refuse the panel list before sending anything.
    if let Ok(panel) = api.panel_members(lock, page).await {
        all.extend(panel);
    }
    Ok(all)
}

/// The id of the member named `name` (case-insensitive) on `lock`, read from the cloud: for runs
/// over several locks, where each lock has its own members.
pub async fn member_on(api: &dyn lockctl_api::Backend, lock: &Lock, name: &str) -> Result<String> {
    let all = everyone(api, lock).await?;
    let mut ids: Vec<String> = all
        .into_iter()
        .filter(|m| m.name.eq_ignore_ascii_case(name))
        .map(|m| m.id)
        .collect();
    ids.dedup();
    match ids.len() {
        1 => Ok(ids.remove(0)),
        0 => Err(Fail::failure(
            format!("no member named `{name}` on {}", lock.name),
            "`lockctl member list` shows the members",
        )),
        n => Err(Fail::failure(
            format!("{n} members are named `{name}` on {}", lock.name),
            "remove them one lock at a time, by id",
        )),
    }
}

/// Read a lock's members (family and panel) from the cloud into the cache: (id, name) pairs.
pub async fn refresh_members(ctx: &mut Context, lock: &Lock) -> Result<Vec<(String, String)>> {
    let api = ctx.api().await?;
    let all = everyone(api.as_ref(), lock).await?;
    api.take_raw();
    let mut pairs: Vec<(String, String)> = vec![];
    for m in all {
        if !pairs.iter().any(|p| p.0 == m.id) {
            pairs.push((m.id, m.name));
        }
    }
    if let Some(name) = &ctx.settings.profile_name {
        cache::store_members(&ctx.cache_dir()?, name, &lock.id, pairs.clone())?;
    }
    Ok(pairs)
}

/// The member id `q` names on `lock`: an id as given; a name from the lock's member list (cached
/// for a while, refreshed once when the name is not in it).
pub async fn member(ctx: &mut Context, lock: &Lock, q: UserQuery) -> Result<String> {
    let name = match q {
        UserQuery::Id(id) => return Ok(id),
        UserQuery::Name(n) => n,
    };
    if let Some(c) = ctx.cached_devices().members.get(&lock.id) {
        if c.fresh() {
            if let Some(id) = pick_member(&c.members, &name, false)? {
                return Ok(id);
            }
        }
    }
    let members = refresh_members(ctx, lock).await?;
    pick_member(&members, &name, true)?.ok_or_else(|| {
        let all = labels(members.iter().map(|(i, n)| (i.as_str(), n.as_str())));
        unknown(
            "--user",
            &name,
            "member",
            &format!("members of {}", lock.name),
            all,
        )
    })
}

fn pick_member(members: &[(String, String)], name: &str, last: bool) -> Result<Option<String>> {
    match find(members, |m| &m.0, |m| &m.1, name) {
        Found::One(m) => Ok(Some(m.0.clone())),
        Found::Many(v) if last => Err(ambiguous(
            "--user",
            name,
            labels(v.iter().map(|(i, n)| (i.as_str(), n.as_str()))),
        )),
        _ => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locks() -> Vec<(String, String)> {
        [
            ("bf00demo0000wifi0001", "Front Door"),
            ("bf00demo00000ble0001", "Back Door"),
            ("bf00demo000zigbee001", "Garage"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
    }

    fn hit(q: &str) -> Found<String> {
        let l = locks();
        match find(&l, |x| &x.0, |x| &x.1, q) {
            Found::One(x) => Found::One(x.1.clone()),
            Found::Many(v) => Found::Many(v.iter().map(|x| x.1.clone()).collect()),
            Found::None => Found::None,
        }
    }

    #[test]
    fn names_match_case_insensitively_exactly_or_by_unique_prefix() {
        assert_eq!(hit("front door"), Found::One("Front Door".into()));
        assert_eq!(hit("FRONT"), Found::One("Front Door".into()));
        assert_eq!(hit("g"), Found::One("Garage".into()));
        assert_eq!(hit("bf00demo00000ble0001"), Found::One("Back Door".into()));
        assert_eq!(hit("Side"), Found::None);
        assert_eq!(hit("bf00"), Found::None);
    }

    #[test]
    fn an_exact_name_beats_a_longer_one_with_the_same_start() {
        let l: Vec<(String, String)> = vec![
            ("a".repeat(16), "Door".into()),
            ("b".repeat(16), "Door 2".into()),
        ];
        assert!(matches!(find(&l, |x| &x.0, |x| &x.1, "door"), Found::One(x) if x.1 == "Door"));
        assert!(matches!(find(&l, |x| &x.0, |x| &x.1, "do"), Found::Many(v) if v.len() == 2));
    }

    #[test]
    fn device_ids_are_16_to_32_lowercase_letters_and_digits() {
        assert!(is_dev_id("bf00demo0000wifi0001"));
        assert!(is_dev_id(&"a".repeat(32)));
        assert!(!is_dev_id(&"a".repeat(15)));
        assert!(!is_dev_id(&"a".repeat(33)));
        assert!(!is_dev_id("BF00DEMO0000WIFI0001"));
        assert!(!is_dev_id("bf00demo0000wifi-001"));
        assert!(!is_dev_id("Front Door"));
        assert!(is_dev_id("0123456789abcdef"));
        for name in ["front", "bf00demo0000wif", "", "bf00demo_000wifi0001"] {
            assert!(!is_dev_id(name), "{name}");
        }
    }

    #[test]
    fn queries_with_control_characters_or_too_long_are_refused() {
        assert!(check_query("--dev", "").is_err());
        assert!(check_query("--dev", "  ").is_err());
        assert!(check_query("--dev", "a\u{1b}[31m").is_err());
        assert!(check_query("--dev", &"x".repeat(65)).is_err());
        assert_eq!(check_query("--dev", " Front Door ").unwrap(), "Front Door");
    }

    #[test]
    fn user_is_an_id_when_digits_else_a_name() {
        assert_eq!(
            user_arg("--user", "1000").unwrap(),
            UserQuery::Id("1000".into())
        );
        assert_eq!(
            user_arg("--user", "Alice").unwrap(),
            UserQuery::Name("Alice".into())
        );
        assert_eq!(
            user_arg("--user", "Demo Owner").unwrap(),
            UserQuery::Name("Demo Owner".into())
        );
        assert!(user_arg("--user", "no such/user").is_err());
        assert!(user_arg("--user", "").is_err());
        assert!(user_arg("--user", &"x".repeat(33)).is_err());
    }

    #[test]
    fn messages_name_the_first_candidate_id() {
        let c = labels([("bf00demo0000wifi0001", "Front Door")]);
        assert_eq!(first_id(&c), "bf00demo0000wifi0001");
        assert_eq!(first_id(&[]), "ID");
    }
}

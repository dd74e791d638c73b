//! Command lines several test files run alike.
#![allow(dead_code)]

/// `temppwd create -d DEV --name NAME --pin-stdin --from now --to TO`, then `extra`.
pub fn temppwd_create<'a>(
    dev: &'a str,
    name: &'a str,
    to: &'a str,
    extra: &[&'a str],
) -> Vec<&'a str> {
    let mut args = vec![
        "temppwd",
        "create",
        "-d",
        dev,
        "--name",
        name,
        "--pin-stdin",
        "--from",
        "now",
        "--to",
        to,
    ];
    args.extend_from_slice(extra);
    args
}

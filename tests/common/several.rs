//! Helpers for runs over several locks (`-d A,B`): the element of one lock in the JSON array,
//! and a destructive verb declined at a terminal.
#![allow(dead_code)]

use serde_json::Value;

use super::User;

/// The element of the per-lock JSON array for lock `dev`.
pub fn element<'a>(arr: &'a Value, dev: &str) -> &'a Value {
    arr.as_array()
        .unwrap()
        .iter()
        .find(|e| e["lock"]["id"] == dev)
        .unwrap_or_else(|| panic!("no {dev} in {arr}"))
}

/// `args` over the Bluetooth and Zigbee demo locks at a terminal: the locks are listed before
/// `question`, "n" cancels. The screen, or None when there is no terminal to drive (skipped).
pub fn declined_at_a_terminal(u: &User, args: &[&str], question: &str) -> Option<String> {
    let expect = format!("expect:{question}");
    let (ok, screen) = super::pty(u, args, &["expect:Garage (", &expect, "send:n"])?;
    assert!(!ok || screen.contains("cancelled"), "{screen}");
    assert!(screen.contains("Back Door ("), "{screen}");
    Some(screen)
}

//! How a record or an alarm reads in a table and in CSV: functions of the typed models only.

use crate::output::Row;
use lockctl_api::ops::records::{Alarm, AlarmKind, Person, Record};
use lockctl_api::Time;

/// A time for people, to the second, in the lock's zone (or --tz).
fn human(t: &Option<Time>) -> String {
    crate::output::time::when_exact(t.as_ref())
}

fn rfc(t: &Option<Time>) -> String {
    t.as_ref().map(Time::rfc3339).unwrap_or_default()
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// The member's name, else their id, else `unknown`.
fn who(p: &Option<Person>) -> String {
    match p {
        Some(Person {
            name: Some(name), ..
        }) => name.clone(),
        Some(Person { id: Some(id), .. }) => format!("member {id}"),
        _ => "unknown".into(),
    }
}

fn member_cells(p: &Option<Person>) -> [String; 2] {
    match p {
        Some(p) => [opt(&p.id), opt(&p.name)],
        None => [String::new(), String::new()],
    }
}

impl Row for Record {
    const HEADERS: &'static [&'static str] = &["TIME", "WHO", "METHOD", "NAME"];
    const PERSON_FIELDS: &'static [&'static str] = &["member"];

    fn cells(&self) -> Vec<String> {
        vec![
            human(&self.time),
            who(&self.member),
            self.kind.as_str().to_string(),
            opt(&self.unlock_name),
        ]
    }

    fn csv(&self) -> Vec<String> {
        let [member_id, member_name] = member_cells(&self.member);
        vec![
            self.id.clone(),
            rfc(&self.time),
            self.kind.as_str().to_string(),
            opt(&self.unlock_id),
            member_id,
            member_name,
            opt(&self.unlock_name),
        ]
    }
}

/// An alarm in words.
pub fn alarm_words(k: AlarmKind) -> &'static str {
    match k {
        AlarmKind::WrongFinger => "wrong fingerprint",
        AlarmKind::WrongPassword => "wrong password",
        AlarmKind::WrongCard => "wrong card",
        AlarmKind::WrongFace => "wrong face",
        AlarmKind::LowBattery => "low battery",
        AlarmKind::Tamper => "tamper (pried)",
        AlarmKind::KeyIn => "mechanical key used",
        AlarmKind::Duress => "duress",
        AlarmKind::Other => "other",
    }
}

impl Row for Alarm {
    const HEADERS: &'static [&'static str] = &["TIME", "ALARM", "DETAIL"];
    const PERSON_FIELDS: &'static [&'static str] = &["member"];

    fn cells(&self) -> Vec<String> {
        let detail = match (&self.unlock_id, &self.member) {
            (Some(u), _) => format!("with {u}"),
            (None, Some(_)) => who(&self.member),
            (None, None) => String::new(),
        };
        vec![
            human(&self.time),
            alarm_words(self.kind).to_string(),
            detail,
        ]
    }

    fn csv(&self) -> Vec<String> {
        let [member_id, member_name] = member_cells(&self.member);
        vec![
            self.id.clone(),
            rfc(&self.time),
            self.kind.as_str().to_string(),
            opt(&self.unlock_id),
            member_id,
            member_name,
        ]
    }
}

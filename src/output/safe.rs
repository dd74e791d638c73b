//! Text from the cloud is data, never terminal control. Names, messages and ids that lockctl did
//! not write itself may hold escape sequences (`ESC ] 52` writes the clipboard, `ESC [2J` clears
//! the screen), C1 controls, or invisible format characters that reorder or hide text (U+202E).
//! Every human form shows such characters visibly (`\x1b`, `\u{202e}`); JSON escapes them
//! (`\u202e`), which keeps the data exact; CSV cells that a spreadsheet would run as a formula get
//! a leading `'`.

use std::borrow::Cow;

/// A character that must never reach a terminal as it is: C0 and C1 controls, DEL, and the
/// format characters that change the direction of text, hide text or join it invisibly
/// (bidi embeddings, overrides and isolates, zero-width spaces and joiners, the byte order mark,
/// line and paragraph separators, interlinear annotations, tag characters).
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206f}'
                | '\u{feff}'
                | '\u{fff9}'..='\u{fffb}'
                | '\u{e0001}'
                | '\u{e0020}'..='\u{e007f}'
        )
}

/// How an unsafe character is shown: `\x1b` for the one-byte controls, `\u{202e}` for the rest.
fn visible(c: char, out: &mut String) {
    let n = c as u32;
    if n < 0x100 {
        out.push_str(&format!("\\x{n:02x}"));
    } else {
        out.push_str(&format!("\\u{{{n:x}}}"));
    }
}

fn escape_where(s: &str, bad: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(&bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            visible(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// One value on one line (a table cell, a `key: value` value, a prompt label): every unsafe
/// character, newlines and tabs included, is shown visibly.
pub fn text(s: &str) -> Cow<'_, str> {
    escape_where(s, is_unsafe)
}

/// A message for people on stderr (notices, warnings, errors): like [`text`], but line breaks
/// and tabs stay, since lockctl's own messages may span lines.
pub fn message(s: &str) -> Cow<'_, str> {
    escape_where(s, |c| is_unsafe(c) && c != '\n' && c != '\t')
}

/// A tab-separated cell: tabs and line breaks become spaces (so columns stay put), the rest as
/// in [`text`].
pub fn tsv_cell(s: &str) -> Cow<'_, str> {
    if s.contains(['\t', '\n', '\r']) {
        Cow::Owned(text(&s.replace(['\t', '\n', '\r'], " ")).into_owned())
    } else {
        text(s)
    }
}

/// A CSV cell: one that a spreadsheet would read as a formula (it begins with `=`, `+`, `-`,
/// `@`, a tab or a carriage return) gets a leading `'`; everything else is kept as it is.
pub fn csv_cell(s: &str) -> Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Serialised JSON with every unsafe character that may stand raw in it (DEL, C1 controls, the
/// format characters) written as a `\uXXXX` escape, so a parser reads the same data. The C0
/// controls are escaped by the serialiser already, and the only ones left (line breaks and tabs
/// between tokens) are layout, so they stay.
pub fn json(s: &str) -> Cow<'_, str> {
    let bad = |c: char| is_unsafe(c) && !matches!(c, '\n' | '\t' | '\r');
    if !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut units = [0u16; 2];
    for c in s.chars() {
        if bad(c) {
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn terminal_control_is_shown_not_written() {
        assert_eq!(text("a\x1b]52;c;aGk=\x07b"), "a\\x1b]52;c;aGk=\\x07b");
        assert_eq!(text("\x1b[2J"), "\\x1b[2J");
        assert_eq!(text("evil\u{202e}gpj.exe"), "evil\\u{202e}gpj.exe");
        assert_eq!(text("del\x7f c1\u{9b}"), "del\\x7f c1\\x9b");
        assert_eq!(
            text("zero\u{200b}width\u{feff}"),
            "zero\\u{200b}width\\u{feff}"
        );
        assert_eq!(text("tag\u{e0041}"), "tag\\u{e0041}");
        assert_eq!(text("two\nlines"), "two\\x0alines");
        assert_eq!(message("two\nlines\x1b"), "two\nlines\\x1b");
        assert!(matches!(text("Front Door ü 日本 🚪"), Cow::Borrowed(_)));
    }

    #[test]
    fn tsv_cells_keep_their_columns_and_lose_their_escapes() {
        assert_eq!(tsv_cell("a\tb\nc\r"), "a b c ");
        assert_eq!(tsv_cell("a\x1b[31m"), "a\\x1b[31m");
    }

    #[test]
    fn csv_formulas_are_defused() {
        for f in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(csv_cell(f), format!("'{f}"));
        }
        for keep in ["Alice", "1-2", "a=b", "", "'quoted", "\x1bkept"] {
            assert_eq!(csv_cell(keep), keep);
        }
    }

    #[test]
    fn json_escapes_keep_the_data_exact() {
        let v = serde_json::json!({"name": "a\u{202e}b\u{9b}c\x7f\u{e0041}\x1b"});
        let text = serde_json::to_string_pretty(&v).unwrap();
        let safe = json(&text);
        assert!(!safe.chars().any(|c| is_unsafe(c) && c != '\n'));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, v);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn no_unsafe_character_survives(s in "\\PC*|[\\x00-\\x{a0}\\x{2000}-\\x{2070}\\x{fe00}-\\x{ffff}]*") {
            prop_assert!(!text(&s).chars().any(is_unsafe));
            prop_assert!(!tsv_cell(&s).chars().any(|c| is_unsafe(c) || c == '\t'));
            prop_assert!(!message(&s).chars().any(|c| is_unsafe(c) && c != '\n' && c != '\t'));
        }

        #[test]
        fn json_round_trips(s in any::<String>()) {
            let doc = serde_json::to_string(&serde_json::json!([s])).unwrap();
            let safe = json(&doc);
            prop_assert!(!safe.chars().any(is_unsafe));
            let back: Vec<String> = serde_json::from_str(&safe).unwrap();
            prop_assert_eq!(&back[0], &s);
        }

        #[test]
        fn safe_text_is_untouched(s in "[a-zA-Z0-9 äöü日本🚪._'-]*") {
            prop_assert_eq!(text(&s), s.as_str());
        }
    }
}

//! Parsing one YAML text with serde-saphyr, with the limits that keep hostile
//! input from hanging or exhausting the machine, and turning its errors into
//! findings that say what to do.

use super::located::Pos;
use crate::diagnostics::{Finding, Location};
use crate::suggest::did_you_mean;
use serde::de::DeserializeOwned;
use std::path::Path;

/// Maps nest a handful of levels; 64 is the documented limit (map-format §1).
pub const MAX_DEPTH: usize = 64;

/// Parses `text` (the content of the file `rel`) into `T`, or returns one
/// finding at the place serde-saphyr stopped.
pub fn parse<T: DeserializeOwned>(rel: &Path, text: &str) -> Result<T, Finding> {
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_aliases: 10_000,
            max_anchors: 10_000,
        },
        with_snippet: false,
    };
    serde_saphyr::from_str_with_options(text, options).map_err(|e| to_finding(rel, text, &e))
}

fn to_finding(rel: &Path, text: &str, error: &serde_saphyr::Error) -> Finding {
    let pos = error
        .location()
        .map(|l| Pos {
            line: u32::try_from(l.line()).unwrap_or(u32::MAX),
            column: u32::try_from(l.column()).unwrap_or(u32::MAX),
        })
        .unwrap_or(Pos { line: 1, column: 1 });
    let raw = error.without_snippet().to_string();
    let message = strip_location_suffix(&raw);
    let location = Location::new(rel, pos.line, pos.column);
    let finding = classify(message, location);
    relocate(finding, text)
}

/// Moves a finding from where serde-saphyr noticed the problem to where the
/// user should look, and adds what only the text can tell.
fn relocate(mut f: Finding, text: &str) -> Finding {
    let (line, column) = (f.location.line, f.location.column);
    match f.code {
        // serde reports a missing key after reading the whole mapping, at its
        // last key; the entry it belongs to starts at its first key.
        "missing-key" => {
            let (l, c) = mapping_start(text, line, column);
            f.location.line = l;
            f.location.column = c;
        }
        "duplicate-key" => {
            if let Some(key) = quoted(&f.message)
                && let Some(first) = earlier_key(text, line, column, key)
            {
                f.hint = Some(format!(
                    "`{key}` is already set at line {first} of this mapping; keep one of the two"
                ));
            }
        }
        "yaml-syntax" if f.message.contains("with a tab") => {
            // Point at the tab itself: the parser may stop on the character
            // after it, or at the start of the value the tab interrupts.
            if let Some((l, c)) = next_tab(text, line) {
                f.location.line = l;
                f.location.column = c;
            }
        }
        "wrong-type"
            if f.message.starts_with("expected a mapping") && is_first_node(text, line, column) =>
        {
            f.message = "the top level of this file must be a mapping (`key: value` lines), not a list or a value".into();
            f.hint = Some(
                "put the items under a section key, e.g. `channels:` on the first line with the list indented below it"
                    .into(),
            );
        }
        _ => {}
    }
    f
}

/// The first tab on `line` (from its start) or on a later line.
fn next_tab(text: &str, line: u32) -> Option<(u32, u32)> {
    text.lines()
        .enumerate()
        .skip(line.checked_sub(1)? as usize)
        .find_map(|(i, l)| {
            let tab = l.chars().position(|c| c == '\t')?;
            Some((i as u32 + 1, tab as u32 + 1))
        })
}

/// Whether a line holds nothing for YAML: blank or a comment.
fn is_blank(line: &str) -> bool {
    let t = line.trim_start();
    t.is_empty() || t.starts_with('#')
}

/// The number of leading spaces.
fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The 0-based column where a line's content starts, after its indentation
/// and any `- ` entry markers.
fn content_start(line: &str) -> usize {
    let mut at = indent(line);
    while let Some(after) = line[at..].strip_prefix('-') {
        let spaces = after.len() - after.trim_start_matches(' ').len();
        if spaces == 0 {
            break;
        }
        at += 1 + spaces;
    }
    at
}

/// Whether `(line, column)` is the first node of the document.
fn is_first_node(text: &str, line: u32, column: u32) -> bool {
    let first = text.lines().enumerate().find(|(_, l)| {
        let t = l.trim();
        !is_blank(l) && t != "---" && !t.starts_with('%')
    });
    first.is_some_and(|(i, l)| i as u32 + 1 == line && indent(l) as u32 + 1 == column)
}

/// The first key of the mapping whose key at `(line, column)` is given: for a
/// block mapping, walk up over keys of the same indentation (and anything
/// nested deeper) to the first one, which may follow a `- `; for a flow
/// mapping on one line, the key after its `{`. Falls back to the input.
fn mapping_start(text: &str, line: u32, column: u32) -> (u32, u32) {
    let lines: Vec<&str> = text.lines().collect();
    let Some(here) = line.checked_sub(1).and_then(|i| lines.get(i as usize)) else {
        return (line, column);
    };
    let col = column as usize - 1;
    if content_start(here) != col {
        // A flow mapping: its first key follows the nearest `{` before.
        let before: String = here.chars().take(col).collect();
        return match before.rfind('{') {
            Some(open) => {
                let first = before[open + 1..].len() - before[open + 1..].trim_start().len();
                (
                    line,
                    (before[..open].chars().count() + 1 + first + 1) as u32,
                )
            }
            None => (line, column),
        };
    }
    let mut start = (line, column);
    for i in (0..line as usize - 1).rev() {
        let l = lines[i];
        if is_blank(l) {
            continue;
        }
        let ind = indent(l);
        if ind > col {
            continue;
        }
        if ind == col {
            start = (i as u32 + 1, column);
            continue;
        }
        // A `- ` entry whose content starts at this column opens the mapping.
        let rest = &l[ind..];
        if let Some(after) = rest.strip_prefix('-')
            && ind + 1 + (after.len() - after.trim_start().len()) == col
        {
            start = (i as u32 + 1, column);
        }
        break;
    }
    start
}

/// The line of an earlier `key:` in the same block or flow mapping as the key
/// at `(line, column)`.
fn earlier_key(text: &str, line: u32, column: u32, key: &str) -> Option<u32> {
    let lines: Vec<&str> = text.lines().collect();
    let here = lines.get(line.checked_sub(1)? as usize)?;
    let col = column as usize - 1;
    let is_key_at = |l: &str, at: usize| {
        l.get(at..)
            .and_then(|r| r.strip_prefix(key))
            .is_some_and(|r| r.trim_start().starts_with(':'))
    };
    if content_start(here) != col {
        // Flow mapping: an earlier `key:` on the same line.
        let before = here.get(..col)?;
        return before
            .match_indices(key)
            .any(|(at, _)| before[..at].trim_end().ends_with(['{', ',']) && is_key_at(before, at))
            .then_some(line);
    }
    let (start, _) = mapping_start(text, line, column);
    (start..line).find(|l| {
        lines
            .get(*l as usize - 1)
            .is_some_and(|t| is_key_at(t, col))
    })
}

/// serde-saphyr appends " at line L, column C"; we print locations ourselves.
fn strip_location_suffix(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) if message[i..].contains(", column ") => &message[..i],
        _ => message,
    }
}

/// The text between the first pair of backticks.
fn quoted(message: &str) -> Option<&str> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(&message[start..start + len])
}

/// The comma-separated alternatives serde lists after "expected one of".
fn alternatives(message: &str) -> Vec<String> {
    let Some(i) = message.find("expected one of ") else {
        return match message.find("expected ") {
            Some(i) => vec![message[i + 9..].trim_matches('`').to_string()],
            None => vec![],
        };
    };
    message[i + 16..]
        .split(", ")
        .map(|s| s.trim_matches('`').to_string())
        .collect()
}

fn classify(message: &str, location: Location) -> Finding {
    if message.starts_with("unknown field") {
        let key = quoted(message).unwrap_or("?").to_string();
        let allowed = alternatives(message);
        let hint = did_you_mean(&key, allowed.iter().map(String::as_str)).or_else(|| {
            (!allowed.is_empty()).then(|| format!("valid keys here: {}", allowed.join(", ")))
        });
        let len = key.chars().count();
        return Finding::error(
            "unknown-key",
            format!("unknown key `{key}`"),
            location.with_len(len),
        )
        .with_hint(hint);
    }
    if message.starts_with("unknown variant") {
        let value = quoted(message).unwrap_or("?").to_string();
        let allowed = alternatives(message);
        let hint = did_you_mean(&value, allowed.iter().map(String::as_str))
            .or_else(|| Some(format!("use one of: {}", allowed.join(", "))));
        let len = value.chars().count();
        return Finding::error(
            "invalid-value",
            format!("`{value}` is not one of {}", allowed.join(", ")),
            location.with_len(len),
        )
        .with_hint(hint);
    }
    if message.starts_with("missing field") {
        let key = quoted(message).unwrap_or("?");
        return Finding::error(
            "missing-key",
            format!("missing required key `{key}`"),
            location,
        )
        .with_hint(Some(format!("add `{key}:` to this entry")));
    }
    if let Some(rest) = message.strip_prefix("duplicate mapping key") {
        let key = rest
            .strip_prefix(": ")
            .and_then(|r| r.split(", set DuplicateKeyPolicy").next())
            .filter(|k| !k.is_empty());
        let text = match key {
            Some(k) => format!("duplicate key `{k}` in this mapping"),
            None => "this key appears twice in the same mapping".to_string(),
        };
        let len = key.map_or(1, |k| k.chars().count());
        return Finding::error("duplicate-key", text, location.with_len(len))
            .with_hint(Some("remove or rename one of the two entries".into()));
    }
    if message.contains("tabs disallowed") || message.contains("found a tab") {
        return Finding::error(
            "yaml-syntax",
            "this line is indented with a tab; YAML indents with spaces only",
            location,
        )
        .with_hint(Some(
            "replace the tab with spaces (most editors can convert tabs to spaces)".into(),
        ));
    }
    if message.contains("recursion limit") || message.contains("depth") {
        return Finding::error(
            "too-deep",
            format!("the YAML nests deeper than {MAX_DEPTH} levels"),
            location,
        )
        .with_hint(Some(
            "map files need only a few levels; check for runaway nesting".into(),
        ));
    }
    if message.contains("unknown anchor") {
        return Finding::error(
            "yaml-syntax",
            "this alias (`*name`) refers to an anchor that is not defined before it",
            location,
        )
        .with_hint(Some(
            "mark an earlier value with `&name`, or write the value out".into(),
        ));
    }
    if message.contains("budget") || message.contains("alias") {
        return Finding::error(
            "yaml-budget",
            "the anchors and aliases here expand to more data than a map file may hold",
            location,
        )
        .with_hint(Some(
            "use fewer anchors and aliases, or write the values out".into(),
        ));
    }
    if message.starts_with("invalid type")
        || message.starts_with("invalid ")
        || message.contains("did not match any variant")
        || message.starts_with("expected mapping")
        || message.starts_with("expected sequence")
        || message.starts_with("expected string scalar")
        || message.starts_with("expected scalar")
        || message.contains("null")
    {
        let (text, hint) = wrong_type_message(message);
        return Finding::error("wrong-type", text, location).with_hint(hint.map(String::from));
    }
    Finding::error("yaml-syntax", message.to_string(), location)
        .with_hint(Some(syntax_hint(message).into()))
}

/// What usually fixes a YAML syntax error.
fn syntax_hint(message: &str) -> &'static str {
    if message.contains("unclosed bracket") {
        "close it with the matching `]` or `}`"
    } else if message.contains("unclosed quote") {
        "close the quoted text with the same quote character"
    } else if message.contains("mapping values are not allowed") {
        "quote a value that contains `: `, e.g. `name: \"Note: this\"`"
    } else {
        "fix the YAML syntax at this place"
    }
}

/// A type mismatch said in the map's terms, with what to write instead.
fn wrong_type_message(message: &str) -> (String, Option<&'static str>) {
    let (text, hint) =
        if message.contains("did not match any variant of untagged enum MeasureValue") {
            (
                "a measurement value must be a number or a text",
                "write a number such as `3.5`, or a text such as `\"mostly positive\"`",
            )
        } else if message.starts_with("expected mapping start") {
            (
                "expected a mapping (`key: value` lines) here",
                "write `key: value` lines indented below the key, or `{key: value, ...}`",
            )
        } else if message.starts_with("expected sequence start") {
            (
                "expected a list here",
                "write `[a, b]`, or one `- item` per line indented below the key",
            )
        } else if message.starts_with("expected string scalar")
            || message.starts_with("expected scalar")
        {
            (
                "expected a single text here, not a list or a mapping",
                "write the text after the colon; quote it if it starts with `[` or `{`",
            )
        } else if message.starts_with("cannot deserialize null") {
            (
                "this key has no value",
                "write a value after the colon, or remove the key",
            )
        } else if message.starts_with("invalid i")
            || message.starts_with("invalid u")
            || message.contains("expected i64")
        {
            (
                "expected a whole number here",
                "write a whole number such as `2`",
            )
        } else if message.starts_with("invalid floating point") {
            ("expected a number here", "write a number such as `2.5`")
        } else if message.starts_with("invalid boolean") {
            ("expected `true` or `false` here", "write `true` or `false`")
        } else {
            return (message.to_string(), None);
        };
    (text.to_string(), Some(hint))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::raw::MapFile;

    fn err(text: &str) -> Finding {
        parse::<MapFile>(Path::new("f.yaml"), text).unwrap_err()
    }

    #[test]
    fn unknown_key_suggests_nearest() {
        let f = err("touchpoints:\n  - id: a\n    name: b\n    stage: s\n    chanel: c\n");
        assert_eq!(f.code, "unknown-key");
        assert_eq!(f.message, "unknown key `chanel`");
        assert_eq!((f.location.line, f.location.column), (5, 5));
        assert_eq!(f.hint.as_deref(), Some("did you mean `channel`?"));
    }

    #[test]
    fn unknown_section_suggests_nearest() {
        let f = err("touchpints: []\n");
        assert_eq!(f.hint.as_deref(), Some("did you mean `touchpoints`?"));
    }

    #[test]
    fn enum_value_is_checked() {
        let f = err("channels:\n  - id: a\n    mode: analgo\n");
        assert_eq!(f.code, "invalid-value");
        assert_eq!((f.location.line, f.location.column), (3, 11));
        assert_eq!(f.hint.as_deref(), Some("did you mean `analog`?"));
    }

    #[test]
    fn deep_nesting_is_refused() {
        // A measurement value accepts any YAML node, so the nesting is read.
        let text = format!(
            "kpis:\n  - id: k\n    name: K\n    measurements:\n      - date: 2026-01\n        value: {}{}\n",
            "[".repeat(10_000),
            "]".repeat(10_000)
        );
        let f = err(&text);
        assert_eq!(f.code, "too-deep", "{f:?}");
    }

    #[test]
    fn a_list_is_not_a_map_file() {
        let f = err("- a\n- b\n");
        assert_eq!(f.code, "wrong-type");
        assert_eq!((f.location.line, f.location.column), (1, 1));
        assert!(f.message.contains("must be a mapping"), "{f:?}");
        let f = err("# stages\n---\n- a\n");
        assert_eq!((f.location.line, f.location.column), (3, 1));
        assert!(f.message.contains("must be a mapping"), "{f:?}");
    }

    #[test]
    fn a_missing_key_points_at_the_start_of_its_entry() {
        // serde notices at the last key of the mapping.
        let f = err(
            "touchpoints:\n  - id: a\n    stage: s\n    emotion:\n      score: 1\n\n    # c\n    channel: c\n",
        );
        assert_eq!(f.code, "missing-key");
        assert_eq!(f.message, "missing required key `name`");
        assert_eq!((f.location.line, f.location.column), (2, 5));
        let f = err("channels:\n  - {name: x,   id: email}\n");
        assert_eq!((f.location.line, f.location.column), (2, 6));
        let f = err("channels:\n-   id: email\n    name: E\n");
        assert_eq!((f.location.line, f.location.column), (2, 5));
    }

    #[test]
    fn a_duplicate_key_is_named_with_its_first_line() {
        let f = err("channels:\n  - id: a\n    mode: analog\n    name: A\n    mode: digital\n");
        assert_eq!(f.code, "duplicate-key");
        assert_eq!(f.message, "duplicate key `mode` in this mapping");
        assert_eq!((f.location.line, f.location.column), (5, 5));
        assert_eq!(
            f.hint.as_deref(),
            Some("`mode` is already set at line 3 of this mapping; keep one of the two")
        );
    }

    #[test]
    fn a_tab_is_pointed_at() {
        let f = err("site:\n\ttitle: X\n");
        assert_eq!(f.code, "yaml-syntax");
        assert!(f.message.contains("with a tab"), "{f:?}");
        assert_eq!((f.location.line, f.location.column), (2, 1));
        // Here the parser stops at the value the tabbed line continues.
        let f = err("channels:\n  - id: email\n\tmode: digital\n");
        assert!(f.message.contains("with a tab"), "{f:?}");
        assert_eq!((f.location.line, f.location.column), (3, 1));
    }

    #[test]
    fn type_mismatches_say_what_to_write() {
        let f = err(
            "touchpoints:\n  - id: a\n    name: b\n    stage: s\n    channel: c\n    kpis: k\n",
        );
        assert_eq!(
            (f.code, f.message.as_str()),
            ("wrong-type", "expected a list here")
        );
        assert!(f.hint.unwrap().contains("- item"));
        let f = err("touchpoints:\n  - id: a\n    name: [x]\n");
        assert_eq!(f.code, "wrong-type");
        assert!(f.message.starts_with("expected a single text"), "{f:?}");
        let f = err("touchpoints:\n  - id: a\n    name:\n");
        assert_eq!(f.message, "this key has no value");
        let f = err(
            "touchpoints:\n  - id: a\n    name: b\n    stage: s\n    channel: c\n    emotion: {score: high}\n",
        );
        assert_eq!(f.message, "expected a whole number here");
    }

    #[test]
    fn an_unknown_anchor_is_not_an_alias_bomb() {
        let f = err("channels:\n  - id: email\n    mode: *nope\n");
        assert_eq!(f.code, "yaml-syntax");
        assert!(f.message.contains("anchor that is not defined"), "{f:?}");
    }
}

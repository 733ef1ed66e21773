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
    serde_saphyr::from_str_with_options(text, options).map_err(|e| to_finding(rel, &e))
}

fn to_finding(rel: &Path, error: &serde_saphyr::Error) -> Finding {
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
    classify(message, location)
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
    if message.starts_with("duplicate mapping key") {
        return Finding::error(
            "duplicate-key",
            "this key appears twice in the same mapping",
            location,
        )
        .with_hint(Some("remove or rename one of the two entries".into()));
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
    if message.contains("budget") || message.contains("alias") {
        return Finding::error(
            "yaml-budget",
            format!("the YAML is too large to expand: {message}"),
            location,
        )
        .with_hint(Some("use fewer anchors and aliases".into()));
    }
    if message.starts_with("invalid type")
        || message.starts_with("invalid ")
        || message.contains("did not match any variant")
        || message.starts_with("expected mapping")
        || message.starts_with("expected sequence")
        || message.contains("null")
    {
        return Finding::error("wrong-type", wrong_type_message(message), location);
    }
    Finding::error("yaml-syntax", message.to_string(), location)
        .with_hint(Some("fix the YAML syntax at this place".into()))
}

fn wrong_type_message(message: &str) -> String {
    if message.contains("did not match any variant of untagged enum MeasureValue") {
        return "a measurement value must be a number or a text".to_string();
    }
    if message == "expected mapping start" {
        return "expected a mapping (`key: value` lines) here".to_string();
    }
    message.to_string()
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
    }
}

//! Reading a map file or a note's front matter: the YAML into a node tree
//! (`node.rs`), then each section and each item of it into the map format's
//! types (`de.rs`), so that every problem of a file is reported and a bad
//! item costs only itself. What cannot be read as YAML at all costs the file.

use super::de::{Ctx, lenient, unknown_key};
use super::id_kind::IdKind;
use super::located::At;
use super::node::{self, Kind, MAX_DEPTH, Node, clamp};
use super::raw::{MapFile, NoteFrontMatter};
use crate::diagnostics::{Finding, Location, one_line, visible};
use serde::de::DeserializeOwned;
use std::path::Path;

/// The sections a map file may hold.
const SECTIONS: &[&str] = &[
    "site",
    "stages",
    "channels",
    "personas",
    "value_proposition",
    "touchpoints",
    "kpis",
    "competitors",
    "benefits",
];

/// The keys of a note's front matter.
const FRONT_MATTER_KEYS: &[&str] = &["title", "touchpoints", "competitors", "kpis", "tags"];

/// A map file as read: what loaded, what was found, and what was lost.
#[derive(Debug, Default, Clone)]
pub struct MapFileRead {
    pub content: MapFile,
    pub findings: Vec<Finding>,
    /// `(kind, id)` of the items left out for their errors, e.g.
    /// `("touchpoint", "checkout")`: references to them are not "unknown".
    pub failed: Vec<(IdKind, String)>,
    /// `(kind, id)` of what those items refer to, to be checked all the
    /// same (see `Ctx::note_failed`).
    pub references: Vec<(IdKind, At<String>)>,
    /// Whether a whole section could not be read, so that ids it declares
    /// are unknown.
    pub lost_section: bool,
    /// Whether the file has a `site:` that could not be read.
    pub site_failed: bool,
    /// Whether the file holds no sections: empty, only comments or `---`.
    pub empty: bool,
}

/// Reads a map file. `Err` when it cannot be read as YAML at all, or is not
/// a mapping of sections: then none of it loads.
pub fn parse_map_file(rel: &Path, text: &str) -> Result<MapFileRead, Vec<Finding>> {
    let root = read_tree(rel, text)?;
    let mut out = MapFileRead::default();
    let entries = match &root.value {
        Kind::Null => {
            out.empty = true;
            return Ok(out);
        }
        Kind::Map(entries) => entries,
        _ => {
            return Err(vec![
                Finding::error(
                    "wrong-type",
                    "the top level of this file must be a mapping (`key: value` lines), not a list or a value",
                    Location::new(rel, node::pos(&root).line, node::pos(&root).column),
                )
                .with_hint(Some(
                    "put the items under a section key, e.g. `channels:` on the first line with the list indented below it"
                        .into(),
                )),
            ]);
        }
    };
    let ctx = Ctx::new(rel, text);
    let mut seen: Vec<&str> = Vec::new();
    for (key, value) in entries {
        let Some(name) = section_name(key) else {
            ctx.report(unknown_key(ctx.at(key), "?", SECTIONS));
            continue;
        };
        if !SECTIONS.contains(&name) {
            ctx.report(unknown_key(ctx.at(key), name, SECTIONS));
            continue;
        }
        if seen.contains(&name) {
            ctx.report(
                Finding::error(
                    "duplicate-key",
                    format!("duplicate key `{name}` in this mapping"),
                    ctx.at(key),
                )
                .with_hint(Some(format!(
                    "the section `{name}:` appears twice in this file; merge the two"
                ))),
            );
            continue;
        }
        seen.push(name);
        if matches!(value.value, Kind::Null) {
            // A section with nothing in it (all entries commented out) is absent.
            continue;
        }
        let c = &mut out.content;
        match name {
            "site" => {
                c.site = lenient(value, &ctx);
                out.site_failed = c.site.is_none();
            }
            "value_proposition" => {
                c.value_proposition = lenient(value, &ctx);
                if c.value_proposition.is_none() {
                    out.lost_section = true;
                    ctx.note_failed(name, value);
                }
            }
            "stages" => out.lost_section |= !items(name, value, &ctx, &mut c.stages),
            "channels" => out.lost_section |= !items(name, value, &ctx, &mut c.channels),
            "personas" => out.lost_section |= !items(name, value, &ctx, &mut c.personas),
            "touchpoints" => out.lost_section |= !items(name, value, &ctx, &mut c.touchpoints),
            "kpis" => out.lost_section |= !items(name, value, &ctx, &mut c.kpis),
            "competitors" => out.lost_section |= !items(name, value, &ctx, &mut c.competitors),
            _ => out.lost_section |= !items(name, value, &ctx, &mut c.benefits),
        }
    }
    let (findings, leftovers) = ctx.finish();
    out.findings = findings;
    out.failed = leftovers.failed;
    out.references = leftovers.references;
    Ok(out)
}

/// The items of the list section `name`, each read on its own. `false` when
/// the section is not a list.
fn items<T: DeserializeOwned + schemars::JsonSchema>(
    name: &str,
    value: &Node,
    ctx: &Ctx,
    out: &mut Vec<T>,
) -> bool {
    let Kind::Seq(list) = &value.value else {
        ctx.report(
            Finding::error(
                "wrong-type",
                format!("the section `{name}` must be a list"),
                ctx.at(value),
            )
            .with_hint(Some(format!(
                "write each entry as `- id: ...` on its own line, indented below `{name}:`"
            ))),
        );
        return false;
    };
    out.reserve(list.len());
    for item in list {
        match lenient(item, ctx) {
            Some(v) => out.push(v),
            None => ctx.note_failed(name, item),
        }
    }
    true
}

fn section_name(key: &Node) -> Option<&str> {
    match &key.value {
        Kind::Str(s) => Some(s),
        _ => None,
    }
}

/// Reads a note's front matter; what cannot be read is reported and left
/// out, and the rest is kept.
pub fn parse_front_matter(rel: &Path, text: &str) -> (NoteFrontMatter, Vec<Finding>) {
    let root = match read_tree(rel, text) {
        Ok(root) => root,
        Err(findings) => return (NoteFrontMatter::default(), findings),
    };
    if !matches!(root.value, Kind::Map(_) | Kind::Null) {
        let p = node::pos(&root);
        let finding = Finding::error(
            "wrong-type",
            "front matter must be a mapping (`key: value` lines), not a list or a value",
            Location::new(rel, p.line, p.column),
        )
        .with_hint(Some(format!(
            "write `key: value` lines; the keys a note may have are {}",
            FRONT_MATTER_KEYS.join(", ")
        )));
        return (NoteFrontMatter::default(), vec![finding]);
    }
    let ctx = Ctx::new(rel, text);
    let front = match root.value {
        Kind::Null => None,
        _ => lenient(&root, &ctx),
    };
    (front.unwrap_or_default(), ctx.finish().0)
}

/// The node tree of `text`, or the findings that say why there is none.
fn read_tree(rel: &Path, text: &str) -> Result<Node, Vec<Finding>> {
    let controls = control_characters(rel, text);
    if !controls.is_empty() {
        return Err(controls);
    }
    node::read(text).map_err(|e| vec![yaml_error(rel, text, &e)])
}

/// Characters YAML does not allow in a file (map-format §1: an error, not
/// a crash): control characters other than tab and line breaks. One finding
/// per line, for the first twenty lines that have one.
fn control_characters(rel: &Path, text: &str) -> Vec<Finding> {
    let forbidden = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{85}');
    let mut out = Vec::new();
    for (i, line) in super::lines::lines(text).enumerate() {
        let Some((column, c)) = line.chars().enumerate().find(|(_, c)| forbidden(*c)) else {
            continue;
        };
        out.push(
            Finding::error(
                "yaml-syntax",
                format!(
                    "this line holds a control character, `{}` (U+{:04X}), which YAML does not allow",
                    visible(&c.to_string()),
                    c as u32
                ),
                Location::new(rel, i as u32 + 1, column as u32 + 1),
            )
            .with_hint(Some(
                "delete it; such characters often come with text copied from a terminal or a word processor"
                    .into(),
            )),
        );
        if out.len() == 20 {
            break;
        }
    }
    out
}

/// A finding for what stopped the YAML parser.
fn yaml_error(rel: &Path, text: &str, error: &serde_saphyr::Error) -> Finding {
    use serde_saphyr::Error as E;
    use serde_saphyr::budget::BudgetBreach as B;
    let mut through_alias = false;
    let mut e = error;
    while let E::AliasError { error, .. } | E::WithSnippet { error, .. } = e {
        through_alias |= matches!(e, E::AliasError { .. });
        e = error;
    }
    let (line, column) = error
        .location()
        .or_else(|| e.location())
        .map(|l| (clamp(l.line()), clamp(l.column())))
        .unwrap_or((1, 1));
    let at = Location::new(rel, line, column);
    let alias_bomb = || {
        Finding::error(
            "yaml-budget",
            "the anchors and aliases here expand to more data than a map file may hold",
            at.clone(),
        )
        .with_hint(Some(
            "use fewer anchors and aliases, or write the values out".into(),
        ))
    };
    match e {
        E::Budget {
            breach: B::Depth { .. },
            ..
        } => Finding::error(
            "too-deep",
            format!("the YAML nests deeper than {MAX_DEPTH} levels"),
            at,
        )
        .with_hint(Some(
            "map files need only a few levels; check for runaway nesting".into(),
        )),
        E::Budget { breach, .. } => match breach {
            B::Aliases { .. }
            | B::Anchors { .. }
            | B::AliasAnchorRatio { .. }
            | B::RecordedAnchorEvents { .. }
            | B::RecordedAnchorBytes { .. } => alias_bomb(),
            _ if through_alias => alias_bomb(),
            _ => Finding::error(
                "yaml-budget",
                "this file holds more YAML than touchmap reads in one file",
                at,
            )
            .with_hint(Some(
                "split it into several files; each may hold any section".into(),
            )),
        },
        E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. } => alias_bomb(),
        E::UnknownAnchor { .. } => Finding::error(
            "yaml-syntax",
            "this alias (`*name`) refers to an anchor that is not defined before it",
            at,
        )
        .with_hint(Some(
            "mark an earlier value with `&name`, or write the value out".into(),
        )),
        E::MultipleDocuments { .. } => {
            let second = second_document(text).unwrap_or(line);
            Finding::error(
                "yaml-syntax",
                format!(
                    "a map file holds one YAML document; this one has a second starting at line {second} (`---`)"
                ),
                Location::new(rel, second, 1).with_len(3),
            )
            .with_hint(Some(
                "remove that `---` line, or move what follows it into a file of its own".into(),
            ))
        }
        _ => {
            let message = e.without_snippet().to_string();
            if message.contains("recursion limit") {
                // The parser's own limit on nested brackets.
                return Finding::error(
                    "too-deep",
                    format!("the YAML nests deeper than {MAX_DEPTH} levels"),
                    at,
                )
                .with_hint(Some(
                    "map files need only a few levels; check for runaway nesting".into(),
                ));
            }
            syntax_error(at, text, &message)
        }
    }
}

/// The line of the `---` that starts a second document: the first such
/// line after anything that is not blank or a comment.
fn second_document(text: &str) -> Option<u32> {
    let mut content = false;
    for (i, line) in super::lines::lines(text).enumerate() {
        let marker = line == "---" || line.starts_with("--- ") || line.starts_with("---\t");
        if marker && content {
            return Some(i as u32 + 1);
        }
        let t = line.trim();
        content |= !marker && !t.is_empty() && !t.starts_with('#') && !t.starts_with('%');
    }
    None
}

/// A syntax error, in the parser's words made plain, with what usually fixes it.
fn syntax_error(mut at: Location, text: &str, raw: &str) -> Finding {
    let message = strip_location_suffix(raw);
    if message.contains("tabs disallowed") || message.contains("found a tab") {
        // Point at the tab itself: the parser may stop on the character
        // after it, or at the start of the value the tab interrupts.
        if let Some((l, c)) = next_tab(text, at.line) {
            at.line = l;
            at.column = c;
        }
        return Finding::error(
            "yaml-syntax",
            "this line is indented with a tab; YAML indents with spaces only",
            at,
        )
        .with_hint(Some(
            "replace the tab with spaces (most editors can convert tabs to spaces)".into(),
        ));
    }
    let message = if message.starts_with("unexpected character") {
        let found = super::lines::lines(text)
            .nth((at.line as usize).saturating_sub(1))
            .and_then(|l| l.chars().nth(at.column as usize - 1));
        match found {
            Some(c) => format!("unexpected character `{}` here", visible(&c.to_string())),
            None => "unexpected character here".to_string(),
        }
    } else {
        one_line(message, 200)
    };
    let hint = if message.contains("unclosed bracket") {
        "close it with the matching `]` or `}`"
    } else if message.contains("unclosed quote") {
        "close the quoted text with the same quote character"
    } else if message.contains("mapping values are not allowed") {
        "quote a value that contains `: `, e.g. `name: \"Note: this\"`"
    } else if message.starts_with("unexpected character") {
        "quote the text if it starts with one of `@`, `` ` ``, `%`, `!`, `&`, `*`, `|` or `>`"
    } else {
        "fix the YAML syntax at this place; check the line above too"
    };
    Finding::error("yaml-syntax", message, at).with_hint(Some(hint.into()))
}

/// The first tab on `line` (from its start) or on a later line.
fn next_tab(text: &str, line: u32) -> Option<(u32, u32)> {
    super::lines::lines(text)
        .enumerate()
        .skip(line.checked_sub(1)? as usize)
        .find_map(|(i, l)| {
            let tab = l.chars().position(|c| c == '\t')?;
            Some((i as u32 + 1, tab as u32 + 1))
        })
}

/// serde-saphyr appends " at line L, column C"; we print locations ourselves.
fn strip_location_suffix(message: &str) -> &str {
    match message.find(" at line ") {
        Some(i) if message[i..].contains(", column ") => &message[..i],
        _ => message,
    }
}

#[cfg(test)]
mod tests;

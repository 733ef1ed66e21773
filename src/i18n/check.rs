//! The map's own messages (`i18n/LANG.ftl`), checked like the rest of the
//! map: a syntax error, a message the theme does not have, or a variable
//! its message is never given is an error located at its line and column.

use super::Language;
use crate::diagnostics::{Finding, Location, line_starts};
use fluent_syntax::ast;
use std::collections::BTreeSet;
use std::path::Path;

/// The findings of the map's message file `rel` (`i18n/pl.ftl`, relative to
/// the map folder) whose text is `text`.
pub fn check_messages(rel: &Path, text: &str) -> Vec<Finding> {
    let starts = line_starts(text);
    let at = |offset: usize| location(rel, text, &starts, offset);
    let mut findings = Vec::new();
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                // An error found only at the end of the file (a `{` never
                // closed) is shown where its message starts.
                let offset = match &e.slice {
                    Some(slice) if e.pos.start >= text.trim_end().len() => slice.start,
                    _ => e.pos.start,
                };
                findings.push(
                    Finding::error(
                        "message-syntax",
                        format!("this message file does not parse: {}", e.kind),
                        at(offset),
                    )
                    .with_hint(Some(
                        "a message is `id = text` on one line, continued on indented lines; \
                         see https://projectfluent.org/fluent/guide/"
                            .into(),
                    )),
                );
            }
            r
        }
    };
    let english = Language::En.theme_messages();
    let english_vars = variables_by_id(english);
    let known: Vec<&str> = english_vars.iter().map(|(id, _)| *id).collect();
    for entry in &resource.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let id = m.id.name;
        let offset = id.as_ptr() as usize - text.as_ptr() as usize;
        let Some(given) = english_vars.iter().find(|(i, _)| *i == id).map(|(_, v)| v) else {
            let hint = crate::suggest::did_you_mean(id, known.iter().copied()).or_else(|| {
                Some(format!(
                    "the theme's messages are listed in its English file, {} in all",
                    known.len()
                ))
            });
            findings.push(
                Finding::error(
                    "unknown-message",
                    format!("the theme has no message `{id}`"),
                    at(offset).with_len(id.len()),
                )
                .with_hint(hint),
            );
            continue;
        };
        let mut used = Vec::new();
        if let Some(value) = &m.value {
            pattern_variables(value, &mut used);
        }
        for var in used {
            if !given.contains(var) {
                let offset = var.as_ptr() as usize - text.as_ptr() as usize;
                let hint = if given.is_empty() {
                    "this message is given no variables".to_string()
                } else {
                    format!(
                        "this message is given {}",
                        given
                            .iter()
                            .map(|v| format!("`${v}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                findings.push(
                    Finding::error(
                        "unknown-message-variable",
                        format!("message `{id}` is never given the variable `${var}`"),
                        at(offset).with_len(var.len()),
                    )
                    .with_hint(Some(hint)),
                );
            }
        }
    }
    findings
}

/// The 1-based line and column of byte `offset` of `text`, in `rel`.
fn location(rel: &Path, text: &str, starts: &[usize], offset: usize) -> Location {
    let offset = offset.min(text.len());
    let line = starts.partition_point(|&s| s <= offset).max(1);
    let start = starts[line - 1];
    let column = text[start..offset].chars().count() + 1;
    Location::new(rel, line as u32, column as u32)
}

/// Each message of `text` and the variables its value uses.
fn variables_by_id(text: &str) -> Vec<(&str, BTreeSet<&str>)> {
    super::messages(text)
        .map(|m| {
            let mut vars = Vec::new();
            if let Some(value) = &m.value {
                pattern_variables(value, &mut vars);
            }
            (m.id.name, vars.into_iter().collect())
        })
        .collect()
}

/// The variables a pattern refers to, in its selectors and every variant.
fn pattern_variables<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables<'s>(expression: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables<'s>(inline: &ast::InlineExpression<&'s str>, out: &mut Vec<&'s str>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => out.push(id.name),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for n in &arguments.named {
                inline_variables(&n.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Vec<String> {
        check_messages(Path::new("i18n/pl.ftl"), text)
            .iter()
            .map(|f| format!("{} {}:{}", f.code, f.location.line, f.location.column))
            .collect()
    }

    #[test]
    fn a_good_override_has_no_findings() {
        assert!(check("nav-map = Mapa punktów styku\n").is_empty());
    }

    #[test]
    fn an_unknown_message_is_located_with_the_nearest_id() {
        let findings = check_messages(Path::new("i18n/pl.ftl"), "# x\nnav-mapp = Mapa\n");
        assert_eq!(findings.len(), 1);
        let f = &findings[0];
        assert_eq!(
            (f.code, f.location.line, f.location.column),
            ("unknown-message", 2, 1)
        );
        assert_eq!(f.hint.as_deref(), Some("did you mean `nav-map`?"));
    }

    #[test]
    fn a_syntax_error_is_located() {
        let found = check("nav-map = Mapa\nnav-journey Ścieżka\n");
        assert_eq!(found, ["message-syntax 2:13"]);
    }

    #[test]
    fn a_variable_the_message_is_never_given_is_an_error() {
        let found = check("site-built-with = Zbudowano przez { $generatr }\n");
        assert_eq!(found, ["unknown-message-variable 1:38"]);
    }
}

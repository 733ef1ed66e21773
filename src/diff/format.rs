//! Writing a comparison for people: text for the terminal and markdown for
//! a pull-request comment.

use super::{Changes, Mark, Phrase, Side, side_label};

/// Text for the terminal; `color` adds ANSI colours (only on a terminal).
/// `map` is the map folder as the user named it.
pub fn text(changes: &Changes, map: &str, color: bool) -> String {
    let paint = |code: &str, t: &str| {
        if color {
            format!("\x1b[{code}m{t}\x1b[0m")
        } else {
            t.to_string()
        }
    };
    let what = if map == "." || map.is_empty() {
        "the map".to_string()
    } else {
        format!("the map {map}")
    };
    let (from, to) = (side_label(&changes.from), side_label(&changes.to));
    let diff = &changes.diff;
    if diff.is_empty() {
        return format!("No changes to {what} between {from} and {to}.\n");
    }
    let mut out = format!(
        "{}\n{}\n",
        paint("1", &format!("What changed in {what} from {from} to {to}")),
        diff.summary()
    );
    for section in &diff.sections {
        out.push_str(&format!("\n{}\n", paint("1", &section.title)));
        for item in &section.items {
            let tint = match item.mark {
                Mark::Added | Mark::Better => "32",
                Mark::Removed | Mark::Worse => "31",
                Mark::Changed => "33",
            };
            out.push_str(&format!(
                "  {} {}",
                paint(tint, item.mark.symbol()),
                paint(tint, &item.id)
            ));
            if item.name != item.id {
                out.push_str(&format!("  {}", item.name));
            }
            if !item.summary.is_empty() {
                out.push_str(&format!(" — {}", item.summary.plain()));
            }
            out.push('\n');
            for d in &item.details {
                out.push_str(&format!("      {}\n", d.plain()));
            }
        }
    }
    out
}

/// Markdown for a pull-request comment or a job summary: a heading, a line
/// with the counts, then a section with a bullet list per kind of change.
pub fn markdown(changes: &Changes, map: &str) -> String {
    let mut out = String::from("## What changed in the touchpoint map\n\n");
    let where_ = if map == "." || map.is_empty() {
        String::new()
    } else {
        format!("Map {}, ", code(map))
    };
    let (from, to) = (md_side(&changes.from), md_side(&changes.to));
    let diff = &changes.diff;
    if diff.is_empty() {
        let line = format!("{where_}no changes from {from} to {to}.\n");
        out.push_str(&capitalise(&line));
        return out;
    }
    out.push_str(&capitalise(&format!(
        "{where_}from {from} to {to}: **{}**\n",
        diff.summary()
    )));
    for section in &diff.sections {
        out.push_str(&format!("\n### {}\n\n", section.title));
        for item in &section.items {
            out.push_str(&format!("- {}", code(&item.id)));
            if item.name != item.id {
                out.push_str(&format!(" {}", escape(&item.name)));
            }
            if !item.summary.is_empty() {
                out.push_str(&format!(" — {}", phrase(&item.summary)));
            }
            out.push('\n');
            for d in &item.details {
                out.push_str(&format!("  - {}\n", phrase(d)));
            }
        }
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn md_side(side: &Side) -> String {
    match side {
        None => "the working tree".into(),
        Some(r) if r.label() == r.commit => code(&r.commit),
        Some(r) => format!("{} ({})", code(&r.name), r.commit),
    }
}

fn phrase(p: &Phrase) -> String {
    p.0.iter()
        .map(|s| {
            if s.code {
                code(&s.text)
            } else {
                escape(&s.text)
            }
        })
        .collect()
}

/// A code span that holds any text, backticks included.
fn code(t: &str) -> String {
    let longest = t.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    if longest > 0 || t.starts_with(' ') || t.ends_with(' ') {
        format!("{fence} {t} {fence}")
    } else {
        format!("{fence}{t}{fence}")
    }
}

/// Text that markdown shows as written: characters that would start
/// emphasis, links, HTML, headings or tables are escaped.
fn escape(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code("a-b"), "`a-b`");
        assert_eq!(code("a`b"), "`` a`b ``");
    }

    #[test]
    fn names_cannot_inject_markdown() {
        assert_eq!(escape("*bold* [x](y)"), r"\*bold\* \[x\](y)");
        assert_eq!(escape("<img>"), r"\<img\>");
    }
}

//! Text inside a chart: escaping, rough widths, shortening and wrapping
//! labels so that none runs off the drawing.

use super::{FS, LH};
use crate::format::fmt_num;
use crate::i18n::{Args, Catalog};
use fluent_bundle::FluentValue;
use std::fmt::Write as _;

/// Message `id` of `words` with `args`: text as it is, whole counts as
/// numbers for the plural rules (`count_value`).
pub(super) fn say<'a>(
    words: &Catalog,
    id: &str,
    args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>,
) -> String {
    let mut a = Args::new();
    for (k, v) in args {
        a.set(k, v);
    }
    words.args(id, &a)
}

/// Text for a message's variable.
pub(super) fn arg(s: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(s.into())
}

/// A number as a chart prints it (see `scale::val`), the language's way:
/// `2,7` in Polish.
pub(super) fn local(words: &Catalog, printed: &str) -> String {
    words.numbers().localise(printed)
}

/// XML-escapes text for element content and attribute values. Control
/// characters (not allowed in XML 1.0) become spaces.
pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

pub(super) fn char_w(size: f64) -> f64 {
    size * 0.58
}

/// Rough width of a text in viewBox units.
pub(super) fn text_w(s: &str, size: f64) -> f64 {
    s.chars().count() as f64 * char_w(size)
}

/// Shortens to at most `max` characters, ending in "…" when cut.
pub(super) fn truncate(s: &str, max: usize) -> String {
    let max = max.max(1);
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t = t.trim_end().to_string();
        t.push('…');
        t
    }
}

/// Greedy word wrap into at most `max_lines` lines of `max` characters;
/// returns the lines and whether anything had to be cut.
pub(super) fn wrap(s: &str, max: usize, max_lines: usize) -> (Vec<String>, bool) {
    let (max, max_lines) = (max.max(1), max_lines.max(1));
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for (piece, space) in break_points(s) {
        let sep = usize::from(space && !cur.is_empty());
        if cur.is_empty() || cur.chars().count() + sep + piece.chars().count() <= max {
            if sep == 1 {
                cur.push(' ');
            }
            cur.push_str(piece);
        } else {
            lines.push(std::mem::take(&mut cur));
            cur = piece.to_string();
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    let mut cut = false;
    if lines.len() > max_lines {
        let rest = lines.split_off(max_lines - 1).join(" ");
        lines.push(rest);
        cut = true;
    }
    for l in &mut lines {
        if l.chars().count() > max {
            *l = truncate(l, max);
            cut = true;
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    (lines, cut)
}

/// Splits text into pieces a line may break after: words, and word parts
/// after an inner hyphen ("Post-" + "purchase"). The flag says whether the
/// piece is preceded by a space.
pub(super) fn break_points(s: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    for word in s.split_whitespace() {
        let mut start = 0;
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        for k in 1..chars.len().saturating_sub(1) {
            let (i, c) = chars[k];
            if c == '-' && chars[k - 1].1.is_alphanumeric() && chars[k + 1].1.is_alphanumeric() {
                out.push((&word[start..i + 1], start == 0));
                start = i + 1;
            }
        }
        out.push((&word[start..], start == 0));
    }
    out
}

/// How wide a character is, in ems, in a bold sans-serif: DejaVu Sans
/// Bold's widths by kind of character (the widest of the fonts a system
/// stack falls back to), so that text measured here is never narrower
/// than it is drawn. Regular text is a tenth narrower.
fn em(c: char, bold: bool) -> f64 {
    let w = match c {
        ' ' => 0.35,
        'i' | 'j' | 'l' | 'I' | '|' | '!' | '.' | ',' | ':' | ';' | '\'' | '`' => 0.36,
        'f' | 'r' | 't' | '(' | ')' | '[' | ']' | '{' | '}' | '"' | '-' | '/' => 0.52,
        'm' | 'w' | 'M' | 'W' => 1.05,
        'A'..='Z' => 0.78,
        '0'..='9' => 0.7,
        'a'..='z' => 0.68,
        c if unicode_width::UnicodeWidthChar::width(c) == Some(2) => 1.05,
        _ => 0.78,
    };
    if bold { w } else { w * 0.9 }
}

/// How wide `s` is at `size`, bold or not, in viewBox units (an estimate
/// on the wide side, see [`em`]).
pub(super) fn measure(s: &str, size: f64, bold: bool) -> f64 {
    s.chars().map(|c| em(c, bold)).sum::<f64>() * size
}

/// `s` cut to fit `width` with "…" at its end, if it does not fit.
fn fit(s: &str, width: f64, size: f64, bold: bool) -> (String, bool) {
    if measure(s, size, bold) <= width {
        return (s.to_string(), false);
    }
    let room = width - measure("…", size, bold);
    let mut out = String::new();
    let mut w = 0.0;
    for c in s.chars() {
        w += em(c, bold) * size;
        if w > room {
            break;
        }
        out.push(c);
    }
    let mut out = out.trim_end().to_string();
    out.push('…');
    (out, true)
}

/// Word wrap by measured width: lines of `s` at most `width` wide, at most
/// `max_lines` of them (the last ending in "…" when the text goes on), and
/// whether anything was cut. A word longer than a line is broken inside,
/// so that a name without spaces still shows as much of itself as fits.
pub(super) fn wrap_width(
    s: &str,
    width: f64,
    (size, bold): (f64, bool),
    max_lines: usize,
) -> (Vec<String>, bool) {
    let w = |t: &str| measure(t, size, bold);
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for (piece, space) in break_points(s) {
        let joined = if cur.is_empty() {
            piece.to_string()
        } else {
            format!("{cur}{}{piece}", if space { " " } else { "" })
        };
        if w(&joined) <= width {
            cur = joined;
            continue;
        }
        if !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
        }
        // A piece wider than a line: as much of it as fits, line by line.
        for c in piece.chars() {
            if !cur.is_empty() && w(&format!("{cur}{c}")) > width {
                lines.push(std::mem::take(&mut cur));
            }
            cur.push(c);
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    let max_lines = max_lines.max(1);
    if lines.len() <= max_lines {
        return (lines, false);
    }
    let rest = lines.split_off(max_lines - 1).join(" ");
    let (last, _) = fit(&rest, width, size, bold);
    lines.push(last);
    (lines, true)
}

/// `<title>` child carrying the full text when a label was shortened.
pub(super) fn tip_if_cut(shown: &str, full: &str) -> String {
    if shown == full.trim() {
        String::new()
    } else {
        format!("<title>{}</title>", escape(full.trim()))
    }
}

/// A `<text>` with one `<tspan>` per line, the first baseline at `y`.
pub(super) fn text_lines(
    class: &str,
    (x, y): (f64, f64),
    size: f64,
    lines: &[String],
    anchor: &str,
    tip: Option<&str>,
) -> String {
    let size = if size == FS {
        String::new()
    } else {
        format!(r#" font-size="{}""#, fmt_num(size))
    };
    let mut s = format!(
        r#"<text class="{class}" x="{}" y="{}" text-anchor="{anchor}"{size}>"#,
        fmt_num(x),
        fmt_num(y)
    );
    for (i, l) in lines.iter().enumerate() {
        let _ = write!(
            s,
            r#"<tspan x="{}" y="{}">{}</tspan>"#,
            fmt_num(x),
            fmt_num(y + i as f64 * LH),
            escape(l)
        );
    }
    if let Some(t) = tip {
        let _ = write!(s, "<title>{}</title>", escape(t.trim()));
    }
    s.push_str("</text>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widths_fit(lines: &[String], width: f64, size: f64, bold: bool) -> bool {
        lines.iter().all(|l| measure(l, size, bold) <= width)
    }

    #[test]
    fn wrapping_by_width_breaks_between_words_and_after_inner_hyphens() {
        let (lines, cut) = wrap_width("Instagram ad for beginner shoes", 200.0, (16.0, true), 4);
        assert_eq!(lines, ["Instagram ad for", "beginner shoes"]);
        assert!(!cut);
        let (lines, _) = wrap_width("Post-purchase", 90.0, (16.0, true), 4);
        assert_eq!(lines, ["Post-", "purchase"]);
        // Wide letters take more room than narrow ones.
        assert!(measure("WWWW", 16.0, true) > 2.0 * measure("iiii", 16.0, true));
        assert!(measure("abc", 16.0, false) < measure("abc", 16.0, true));
    }

    #[test]
    fn a_word_wider_than_a_line_is_broken_and_too_many_lines_end_in_an_ellipsis() {
        let (lines, cut) = wrap_width(&"x".repeat(100), 120.0, (16.0, true), 3);
        assert_eq!(lines.len(), 3);
        assert!(cut);
        assert!(widths_fit(&lines, 120.0, 16.0, true), "{lines:?}");
        assert!(lines[2].ends_with('…'), "{lines:?}");
        assert!(lines[0].starts_with("xxxxxxxx"), "{lines:?}");
        // Nothing to wrap is one empty line.
        assert_eq!(wrap_width("", 100.0, (16.0, true), 2).0, [""]);
    }
}

//! Text inside a chart: escaping, rough widths, shortening and wrapping
//! labels so that none runs off the drawing.

use super::{FS, LH};
use crate::format::fmt_num;
use std::fmt::Write as _;

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

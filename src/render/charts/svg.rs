//! The `<svg>` element around every chart, with its title, description and
//! accessible name, and the small chart that says "No data".

use super::W;
use super::text::escape;
use super::{FONT, FS};
use crate::format::fmt_num;

/// Keeps `[a-z0-9-_]` (lowercasing ASCII letters); anything else becomes `-`.
pub(super) fn sanitize_id(id: &str) -> String {
    let s: String = id
        .trim()
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if s.is_empty() { "chart".to_string() } else { s }
}

pub(super) fn or_default(s: &str, default: &str) -> String {
    let s = s.trim();
    if s.is_empty() {
        default.to_string()
    } else {
        s.to_string()
    }
}

/// Wraps a chart body in the `<svg>` element with title and description.
pub(super) fn svg_doc(kind: &str, id: &str, title: &str, desc: &str, h: f64, body: &str) -> String {
    svg_doc_with(&format!("chart-{kind}"), id, title, desc, W, h, body)
}

pub(super) fn svg_doc_with(
    classes: &str,
    id: &str,
    title: &str,
    desc: &str,
    w: f64,
    h: f64,
    body: &str,
) -> String {
    let id = escape(&sanitize_id(id));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {classes}\" viewBox=\"0 0 {} {}\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"{FONT}\" font-size=\"{FS}\" fill=\"currentColor\">\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n{body}</svg>",
        fmt_num(w),
        fmt_num(h.ceil()),
        escape(&or_default(title, "Chart")),
        escape(desc),
    )
}

/// A small valid chart that says "No data".
pub(super) fn no_data(kind: &str, id: &str, title: &str) -> String {
    let body = format!(
        "<text class=\"label no-data\" x=\"{}\" y=\"45\" text-anchor=\"middle\">No data</text>\n",
        fmt_num(W / 2.0)
    );
    svg_doc_with(
        &format!("chart-{kind} chart-empty"),
        id,
        title,
        "No data.",
        W,
        80.0,
        &body,
    )
}

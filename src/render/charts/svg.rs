//! The `<svg>` element around every chart, with its title, description and
//! accessible name, and the small chart that says "No data".

use super::W;
use super::text::escape;
use super::{FONT, FS};
use crate::format::fmt_num;
use crate::i18n::Catalog;

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
pub(super) fn svg_doc(
    words: &Catalog,
    kind: &str,
    id: &str,
    title: &str,
    desc: &str,
    h: f64,
    body: &str,
) -> String {
    svg_doc_with(
        words,
        &format!("chart-{kind}"),
        "img",
        id,
        title,
        desc,
        W,
        h,
        body,
    )
}

/// The smallest size chart text may be shown at, in CSS pixels: the size
/// below which a label is hard to read on a phone.
const MIN_TEXT_PX: f64 = 11.0;

/// The width in CSS pixels at which a drawing `w` units wide shows its
/// smallest text (the root's size, or a smaller `font-size` in `body`) at
/// [`MIN_TEXT_PX`]. The page keeps the chart at least this wide and lets
/// its frame scroll instead (`--chart-min-width` in the theme's CSS), so a
/// chart shrunk to a phone's width never turns its labels into specks.
fn min_width(w: f64, body: &str) -> f64 {
    let smallest = body
        .split("font-size=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next()?.parse::<f64>().ok())
        .filter(|size| *size > 0.0)
        .fold(FS, f64::min);
    (w * MIN_TEXT_PX / smallest).ceil()
}

/// The `<svg>` element with its classes, size and role: `img` for a
/// picture, `group` for a chart whose points are links (an image's
/// children are hidden from assistive technology, links included).
#[allow(clippy::too_many_arguments)]
pub(super) fn svg_doc_with(
    words: &Catalog,
    classes: &str,
    role: &str,
    id: &str,
    title: &str,
    desc: &str,
    w: f64,
    h: f64,
    body: &str,
) -> String {
    let id = escape(&sanitize_id(id));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {classes}\" viewBox=\"0 0 {} {}\" width=\"100%\" style=\"--chart-min-width: {}px\" preserveAspectRatio=\"xMidYMid meet\" role=\"{role}\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"{FONT}\" font-size=\"{FS}\" fill=\"currentColor\">\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n{body}</svg>",
        fmt_num(w),
        fmt_num(h.ceil()),
        fmt_num(min_width(w, body)),
        escape(&or_default(title, &words.text("chart-default-title"))),
        escape(desc),
    )
}

/// [`svg_doc_with`] for a chart whose parts are links: its root is a
/// `group`, not an `img`, since the parts of an image are hidden from
/// assistive technology and its links would be too.
#[allow(clippy::too_many_arguments)]
pub(super) fn svg_doc_linked(
    words: &Catalog,
    kind: &str,
    id: &str,
    title: &str,
    desc: &str,
    w: f64,
    h: f64,
    body: &str,
) -> String {
    svg_doc_with(
        words,
        &format!("chart-{kind}"),
        "group",
        id,
        title,
        desc,
        w,
        h,
        body,
    )
}

/// A small valid chart that says "No data".
pub(super) fn no_data(words: &Catalog, kind: &str, id: &str, title: &str) -> String {
    let body = format!(
        "<text class=\"label no-data\" x=\"{}\" y=\"45\" text-anchor=\"middle\">{}</text>\n",
        fmt_num(W / 2.0),
        escape(&words.text("chart-no-data"))
    );
    svg_doc_with(
        words,
        &format!("chart-{kind} chart-empty"),
        "img",
        id,
        title,
        &words.text("chart-no-data-sentence"),
        W,
        80.0,
        &body,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_is_as_wide_as_its_smallest_text_needs_to_be_read() {
        // The root's 13 units on a drawing 640 wide: 11 px at 542 px wide.
        assert_eq!(min_width(640.0, "<text>a</text>"), 542.0);
        // A tick label of 11 units: the drawing's own width.
        let body = r#"<g font-size="12"><text font-size="11">1</text></g>"#;
        assert_eq!(min_width(640.0, body), 640.0);
        // A nonsense size is not a size.
        assert_eq!(
            min_width(640.0, r#"<text font-size="0">a</text><text font-size="x">"#),
            542.0
        );
        let svg = svg_doc(
            &Catalog::english(),
            "kpi",
            "k",
            "K",
            "d",
            100.0,
            r#"<text font-size="12">1</text>"#,
        );
        assert!(svg.contains(r#"style="--chart-min-width: 587px""#), "{svg}");
    }
}

//! What a chart needs to stand alone, as a file of its own (`map.svg`, a
//! persona's `journey-ID.svg`) that a reader drops into a slide or opens by
//! itself: the `<svg>` root with a size in pixels and a white page under
//! the drawing, and the theme's colours written into the file.
//!
//! The charts of the pages take every colour from the site's stylesheet
//! (see the module comment of `charts`); a file opened alone has no
//! stylesheet, and a slide program reads no CSS variables. So the colours
//! here are concrete values, those of the theme's light tokens (paper and
//! slides are light), checked against `style.css` by a test so that the two
//! cannot drift apart. A poster drawn here paints with presentation
//! attributes; a chart of the pages drawn alone gets [`chart_style`], a
//! small `<style>` that gives its classes the colours the site's stylesheet
//! would.

use super::FONT;
use super::text::escape;
use crate::format::fmt_num;
use std::fmt::Write as _;

/// A fill, its text and its edge: one tone of the map's cards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Tone {
    pub bg: &'static str,
    pub fg: &'static str,
    pub edge: &'static str,
}

/// The page under the drawing (`--surface`).
pub(super) const PAGE: &str = "#ffffff";
/// `--text`.
pub(super) const TEXT: &str = "#18212c";
/// `--muted`: secondary text.
pub(super) const MUTED: &str = "#505b69";
/// `--border`: the grid's lines.
pub(super) const BORDER: &str = "#d6dbe2";
/// `--border-strong`: the line under the stages and right of the channels.
pub(super) const BORDER_STRONG: &str = "#a9b2be";
/// `--surface-2`: the stage headers.
pub(super) const SURFACE_2: &str = "#eef1f4";

/// The rows of analog channels: tint, badge and stripe.
pub(super) const ANALOG: (&str, Tone) = (
    "#fbf5ec",
    Tone {
        bg: "#f6e4c6",
        fg: "#553808",
        edge: "#c8893a",
    },
);
/// The rows of digital channels.
pub(super) const DIGITAL: (&str, Tone) = (
    "#f1f6fc",
    Tone {
        bg: "#d8e6f8",
        fg: "#123c70",
        edge: "#4a86cf",
    },
);

/// The series colours (`--chart-1` … `--chart-8`).
pub(super) const SERIES: [&str; 8] = [
    "#1b5cb8", "#d0621b", "#18875a", "#8a44b8", "#b8336a", "#5c6b7a", "#0f7c8a", "#7a5c1e",
];

/// The tone of a card by its emotion score, as the map colours it by
/// default: green for positive, grey for neutral, orange and red for
/// negative, white for not rated.
pub(super) fn emotion_tone(score: Option<i8>) -> Tone {
    let (bg, fg, edge) = match score {
        Some(2..) => ("#c5ebcf", "#0d3a1c", "#1e8443"),
        Some(1) => ("#e3f4e7", "#143d21", "#58ad70"),
        Some(0) => ("#eceff3", "#222b36", "#8a94a2"),
        Some(-1) => ("#fde5cf", "#4f2606", "#dc7a22"),
        Some(_) => ("#f8cfcf", "#5a1111", "#c23a3a"),
        None => ("#ffffff", "#3b4652", "#c3c9d1"),
    };
    Tone { bg, fg, edge }
}

/// The root of a standalone SVG: `w` × `h` viewBox units shown at `scale`
/// pixels each (the size it opens at, and the size a slide program places
/// it at), the fonts of the system (no web font to fetch), the title and
/// description a screen reader and a file browser show, `style` if any,
/// then a white page and `body`. Text and shapes paint in the text colour
/// (`currentColor`, with `color` on the root) unless they say otherwise, as
/// the charts of the pages do. Starts with the XML declaration: it is a
/// file of its own.
pub(super) fn document(
    class: &str,
    (w, h): (f64, f64),
    scale: f64,
    (title, desc): (&str, &str),
    style: &str,
    body: &str,
) -> String {
    let (w, h) = (w.ceil(), h.ceil());
    let mut out = String::with_capacity(body.len() + style.len() + 1024);
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"{class}\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"poster-title poster-desc\" font-family=\"{FONT}\" font-size=\"16\" fill=\"currentColor\" color=\"{TEXT}\">\n<title id=\"poster-title\">{}</title>\n<desc id=\"poster-desc\">{}</desc>\n",
        fmt_num((w * scale).round()),
        fmt_num((h * scale).round()),
        fmt_num(w),
        fmt_num(h),
        escape(title.trim()),
        escape(desc.trim()),
    );
    if !style.is_empty() {
        let _ = writeln!(out, "<style>{style}</style>");
    }
    let _ = writeln!(
        out,
        "<rect class=\"page\" width=\"{}\" height=\"{}\" fill=\"{PAGE}\"/>",
        fmt_num(w),
        fmt_num(h)
    );
    out.push_str(body);
    out.push_str("</svg>\n");
    out
}

/// The colours the site's stylesheet gives a chart of the pages
/// (`svg.chart …` in `style.css`), for one drawn alone: text, muted labels,
/// the halo behind labels, the points' outline, hollow planned points and
/// the series. Class rules only, no variables, no external file.
pub(super) fn chart_style() -> String {
    let mut css = format!(
        ".band,.pain-label{{color:{TEXT}}}.tick,.stage,.no-data,.muted{{color:{MUTED}}}.halo{{stroke:{PAGE}}}.point{{stroke:{PAGE};stroke-width:1.25px}}.point.planned{{fill:{PAGE};stroke:currentColor;stroke-width:2px}}"
    );
    for (k, colour) in SERIES.iter().enumerate() {
        let _ = write!(css, ".series-{k}{{color:{colour}}}");
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stylesheet every page uses: its light tokens are the colours
    /// above.
    const STYLE: &str = include_str!("../../../themes/default/static/style.css");

    /// The value of `--name` in the light tokens (the first `:root`).
    fn token(name: &str) -> String {
        let light = &STYLE[..STYLE.find("@media").unwrap()];
        let at = light
            .find(&format!("{name}:"))
            .unwrap_or_else(|| panic!("{name}"));
        let rest = &light[at + name.len() + 1..];
        rest[..rest.find(';').unwrap()].trim().to_string()
    }

    #[test]
    fn the_colours_are_the_theme_s_light_tokens() {
        for (value, name) in [
            (PAGE, "--surface"),
            (TEXT, "--text"),
            (MUTED, "--muted"),
            (BORDER, "--border"),
            (BORDER_STRONG, "--border-strong"),
            (SURFACE_2, "--surface-2"),
            (ANALOG.0, "--analog-tint"),
            (ANALOG.1.bg, "--analog-bg"),
            (ANALOG.1.fg, "--analog-fg"),
            (ANALOG.1.edge, "--analog-edge"),
            (DIGITAL.0, "--digital-tint"),
            (DIGITAL.1.bg, "--digital-bg"),
            (DIGITAL.1.fg, "--digital-fg"),
            (DIGITAL.1.edge, "--digital-edge"),
        ] {
            assert_eq!(value, token(name), "{name}");
        }
        for (k, colour) in SERIES.iter().enumerate() {
            assert_eq!(*colour, token(&format!("--chart-{}", k + 1)));
        }
        for (score, name) in [
            (Some(2), "pos2"),
            (Some(1), "pos1"),
            (Some(0), "neutral"),
            (Some(-1), "neg1"),
            (Some(-2), "neg2"),
            (None, "none"),
        ] {
            let tone = emotion_tone(score);
            assert_eq!(tone.bg, token(&format!("--emo-{name}-bg")), "{name}");
            assert_eq!(tone.fg, token(&format!("--emo-{name}-fg")), "{name}");
            assert_eq!(tone.edge, token(&format!("--emo-{name}-edge")), "{name}");
        }
    }

    #[test]
    fn a_standalone_root_has_a_size_a_view_box_a_page_and_escaped_titles() {
        let svg = document(
            "poster",
            (100.4, 50.0),
            1.5,
            ("A <b> & \"c\"", "d"),
            "",
            "<g/>\n",
        );
        assert!(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
        assert!(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains("width=\"152\" height=\"75\" viewBox=\"0 0 101 50\""));
        assert!(svg.contains("<title id=\"poster-title\">A &lt;b&gt; &amp; &quot;c&quot;</title>"));
        assert!(
            svg.contains("<rect class=\"page\" width=\"101\" height=\"50\" fill=\"#ffffff\"/>")
        );
        assert!(!svg.contains("<style>"));
        assert!(svg.ends_with("<g/>\n</svg>\n"));
    }

    #[test]
    fn the_chart_style_colours_each_series_and_names_no_variable() {
        let css = chart_style();
        assert!(css.contains(".series-0{color:#1b5cb8}"), "{css}");
        assert!(css.contains(".series-7{color:#7a5c1e}"), "{css}");
        assert!(!css.contains("var("), "{css}");
    }
}

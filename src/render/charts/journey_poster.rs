//! A persona's emotion curve as a picture of its own (`journey-ID.svg`):
//! the very curve of the persona's page (drawn by `emotion`, points
//! without links), under a title and a legend, with its colours inside the
//! file, for a slide deck.

use super::draw::marker;
use super::emotion::{Band, Points, Walk, draw_steps};
use super::standalone::{chart_style, document};
use super::text::escape;
use super::{COLOURS, FS};
use crate::format::fmt_num;
use crate::i18n::Catalog;
use std::fmt::Write as _;

/// Pixels per viewBox unit: the curve's 960 units open about 1,600 pixels
/// wide, its 13-unit labels at 21 pixels, readable on a projected slide.
const SCALE: f64 = 1.6;
/// The margin around everything.
const PAD: f64 = 28.0;
/// The drawing's height when no step can be drawn: room for a sentence.
const EMPTY_H: f64 = 60.0;
/// Radius of a legend marker, as the curve's.
const R: f64 = 4.5;

/// The curve of `walks` over `bands` (see `emotion_steps`), titled `title`,
/// with `subtitle` under it (the map's title), as a standalone SVG.
pub fn journey_poster(
    words: &Catalog,
    title: &str,
    subtitle: &str,
    bands: &[Band],
    walks: &[Walk],
) -> String {
    let drawn = draw_steps(words, "journey", bands, walks, Points::Plain);
    let width = drawn.as_ref().map_or(960.0, |d| d.layout.width) + 2.0 * PAD;
    let mut body = String::new();
    let mut y = PAD + 22.0;
    let _ = writeln!(
        body,
        r#"<text class="poster-title" x="{PAD}" y="{}" font-size="22" font-weight="700">{}</text>"#,
        fmt_num(y),
        escape(title.trim())
    );
    if !subtitle.trim().is_empty() {
        y += 24.0;
        let _ = writeln!(
            body,
            r#"<text class="muted" x="{PAD}" y="{}" font-size="{FS}">{}</text>"#,
            fmt_num(y),
            escape(subtitle.trim())
        );
    }
    y += 30.0;
    legend(words, &mut body, walks, y);
    let top = y + 14.0;
    let bottom = match &drawn {
        Some(d) => {
            let _ = write!(
                body,
                "<g class=\"chart chart-emotion chart-steps\" transform=\"translate({PAD} {})\">\n{}</g>\n",
                fmt_num(top),
                d.body
            );
            top + d.height
        }
        None => {
            let _ = writeln!(
                body,
                r#"<text class="muted no-data" x="{PAD}" y="{}">{}</text>"#,
                fmt_num(top + EMPTY_H / 2.0),
                escape(&words.text("poster-journey-no-emotion"))
            );
            top + EMPTY_H
        }
    };
    let caption_y = bottom + 26.0;
    let _ = writeln!(
        body,
        r#"<text class="muted" x="{PAD}" y="{}" font-size="{FS}">{}</text>"#,
        fmt_num(caption_y),
        escape(&words.text("poster-journey-caption"))
    );
    let no_desc = words.text("poster-journey-no-emotion-desc");
    let desc = drawn.as_ref().map_or(no_desc.as_str(), |d| &d.desc);
    document(
        "poster poster-journey",
        (width, caption_y + PAD),
        SCALE,
        (title, desc),
        &chart_style(),
        &body,
    )
}

/// The legend above the curve, on one line at baseline `y`: each persona's
/// line and marker with its name, then what a dashed line and a ring mean.
fn legend(words: &Catalog, body: &mut String, walks: &[Walk], y: f64) {
    let mut x = PAD;
    let mid = y - 4.5;
    for w in walks {
        let _ = writeln!(
            body,
            r#"<g class="series series-{}"><line x1="{}" y1="{m}" x2="{}" y2="{m}" stroke="currentColor" stroke-width="2.5"/>{}</g>"#,
            w.slot % COLOURS,
            fmt_num(x),
            fmt_num(x + 30.0),
            marker(w.slot, x + 15.0, mid, R, "point", "").trim_end(),
            m = fmt_num(mid),
        );
        x = legend_text(body, x + 38.0, y, w.name.trim());
    }
    let _ = writeln!(
        body,
        r#"<line class="muted" x1="{}" y1="{m}" x2="{}" y2="{m}" stroke="currentColor" stroke-width="2.5"/>"#,
        fmt_num(x),
        fmt_num(x + 30.0),
        m = fmt_num(mid),
    );
    x = legend_text(body, x + 38.0, y, &words.text("poster-legend-as-is"));
    let _ = writeln!(
        body,
        r#"<line class="muted" x1="{}" y1="{m}" x2="{}" y2="{m}" stroke="currentColor" stroke-width="2.5" stroke-dasharray="7 5"/>"#,
        fmt_num(x),
        fmt_num(x + 30.0),
        m = fmt_num(mid),
    );
    x = legend_text(body, x + 38.0, y, &words.text("poster-legend-to-be"));
    let _ = writeln!(
        body,
        r#"<circle class="muted" cx="{}" cy="{}" r="{}" fill="none" stroke="currentColor" stroke-width="2"/>"#,
        fmt_num(x + 10.0),
        fmt_num(mid),
        fmt_num(R + 5.0),
    );
    legend_text(body, x + 26.0, y, &words.text("poster-legend-pain"));
}

/// A legend entry's text at `x`; returns where the next entry starts.
fn legend_text(body: &mut String, x: f64, y: f64, text: &str) -> f64 {
    let _ = writeln!(
        body,
        r#"<text x="{}" y="{}" font-size="{FS}">{}</text>"#,
        fmt_num(x),
        fmt_num(y),
        escape(text)
    );
    x + super::text::text_w(text, FS) + 24.0
}

#[cfg(test)]
mod tests {
    use super::super::emotion::tests::journey;
    use super::*;
    use crate::render::charts::en;
    use crate::render::charts::standalone::SERIES;

    #[test]
    fn the_poster_is_the_page_s_curve_without_links_and_with_its_colours() {
        let (bands, walks) = journey();
        let svg = journey_poster(
            en(),
            "Emotion along the journey: Nina",
            "Stride map",
            &bands,
            &walks,
        );
        assert!(svg.starts_with("<?xml"));
        assert!(!svg.contains("href"), "no link to a page that is not there");
        assert!(!svg.contains("var("));
        // Every step a point with its tooltip, as on the page.
        let steps: usize = walks.iter().map(|w| w.steps.len()).sum();
        assert_eq!(svg.matches("<g class=\"step\">").count(), steps);
        assert!(svg.contains("<title>Returns hotline: feels -2 (−2) — Nina</title>"));
        // The personas' colours, written into the file.
        assert!(svg.contains(&format!(".series-0{{color:{}}}", SERIES[0])));
        // Opens about 1,600 pixels wide.
        assert!(svg.contains("width=\"1626\""), "{}", &svg[..400]);
        for name in ["Nina", "Marco", "Awareness", "Post-purchase", "Stride map"] {
            assert!(svg.contains(&format!(">{name}<")), "{name}");
        }
    }

    #[test]
    fn a_persona_without_rated_touchpoints_gets_a_sentence_not_a_curve() {
        let bands = vec![Band {
            name: "Only".into(),
            steps: 0,
        }];
        let svg = journey_poster(en(), "T", "", &bands, &[]);
        assert!(svg.contains("No emotion is rated at these touchpoints yet."));
        assert!(svg.ends_with("</svg>\n"));
    }
}

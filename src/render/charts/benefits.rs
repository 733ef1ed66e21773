//! The benefits overview: for each benefit, how many of its KPIs are on
//! target (a bar split by status) and how its touchpoints feel (a dot on a
//! −2..+2 track), each row a link to the benefit's section.
//!
//! The drawing is narrow (330 units) so that on a phone its text stays at
//! 11 px or more without its frame scrolling; the page caps its width on
//! a desktop.

use super::FS;
use super::svg::{no_data, svg_doc_linked};
use super::text::{arg, char_w, escape, local, say, truncate};
use crate::format::{fmt_num, signed1 as signed};
use crate::i18n::{Catalog, count_value};
use std::fmt::Write as _;

/// One benefit as the overview draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct BenefitRow {
    pub name: String,
    /// Where its row leads (its section on the benefits page).
    pub url: String,
    pub on_target: usize,
    pub off_target: usize,
    pub no_data: usize,
    /// Neither on nor off: measured without a target, or judged in words.
    pub unscored: usize,
    /// Mean emotion score of its current touchpoints, -2..2.
    pub emotion: Option<f64>,
}

impl BenefitRow {
    fn total(&self) -> usize {
        self.on_target + self.off_target + self.no_data + self.unscored
    }

    /// What the row says, in words: its link's name and tooltip.
    fn summary(&self, words: &Catalog) -> String {
        let kpis = match self.total() {
            0 => words.text("kpi-status-none"),
            n => say(
                words,
                "chart-benefits-kpis-on-target",
                [
                    ("on", count_value(self.on_target)),
                    ("total", count_value(n)),
                ],
            ),
        };
        let emotion = match self.emotion {
            Some(e) => say(
                words,
                "chart-benefits-mean-emotion",
                [("value", arg(local(words, &signed(e))))],
            ),
            None => words.text("chart-benefits-emotion-not-rated"),
        };
        format!("{}: {kpis}, {emotion}", self.name)
    }
}

const W: f64 = 330.0;
const ROW_H: f64 = 52.0;
const TOP: f64 = 22.0;
const BAR_W: f64 = 120.0;
const BAR_H: f64 = 16.0;
/// Where the count beside the bar starts.
const COUNT_X: f64 = BAR_W + 8.0;
/// The emotion track, −2 at its left end, +2 at its right.
const TRACK: (f64, f64) = (200.0, 286.0);

/// The segments of a bar, in the order drawn: class, symbol, what it counts.
fn segments(r: &BenefitRow) -> [(&'static str, &'static str, &'static str, usize); 4] {
    [
        ("seg-on", "✓", "kpi-status-on-target", r.on_target),
        ("seg-off", "✗", "kpi-status-off-target", r.off_target),
        ("seg-nodata", "…", "kpi-status-no-data", r.no_data),
        ("seg-rest", "–", "chart-benefits-not-scored", r.unscored),
    ]
}

/// The overview of `rows`, one row per benefit.
pub fn benefit_overview(words: &Catalog, id: &str, title: &str, rows: &[BenefitRow]) -> String {
    const KIND: &str = "benefits";
    if rows.is_empty() {
        return no_data(words, KIND, id, title);
    }
    let mut body = String::new();
    let _ = writeln!(
        body,
        "<g class=\"label axis-title\">\n<text x=\"0\" y=\"14\">{}</text>\n<text x=\"{}\" y=\"14\" text-anchor=\"middle\">{}</text>\n</g>",
        escape(&words.text("chart-benefits-kpis")),
        fmt_num((TRACK.0 + TRACK.1) / 2.0),
        escape(&words.text("chart-benefits-emotion")),
    );
    // Names use the whole width; a longer one is cut, its link says it all.
    let name_chars = (W / char_w(FS)).floor() as usize;
    for (i, r) in rows.iter().enumerate() {
        let y0 = TOP + i as f64 * ROW_H;
        // The link is named by its title, which says the whole row; its
        // visible text is the benefit's name. A transparent area under the
        // row takes a click anywhere on it, the figures over it let it
        // through.
        let _ = writeln!(
            body,
            "<a class=\"benefit-link\" href=\"{}\">\n<title>{}</title>\n<rect class=\"hit\" x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"transparent\"/>",
            escape(&r.url),
            escape(&r.summary(words)),
            fmt_num(y0),
            fmt_num(W),
            fmt_num(ROW_H - 4.0)
        );
        let _ = writeln!(
            body,
            "<text class=\"label benefit-name\" x=\"0\" y=\"{}\" font-weight=\"600\">{}</text>\n</a>\n<g class=\"benefit-figures\" pointer-events=\"none\">",
            fmt_num(y0 + 14.0),
            escape(&truncate(&r.name, name_chars))
        );
        bar(words, &mut body, r, y0 + 21.0);
        emotion(words, &mut body, r.emotion, y0 + 21.0 + BAR_H / 2.0);
        body.push_str("</g>\n");
    }
    let h = TOP + rows.len() as f64 * ROW_H - 6.0;
    let desc = rows
        .iter()
        .map(|r| r.summary(words))
        .collect::<Vec<_>>()
        .join("; ");
    svg_doc_linked(words, KIND, id, title, &format!("{desc}."), W, h, &body)
}

/// The KPI bar of `r` with its top at `y`, and the count beside it.
fn bar(words: &Catalog, out: &mut String, r: &BenefitRow, y: f64) {
    let total = r.total();
    let text_y = fmt_num(y + BAR_H / 2.0 + 4.5);
    if total == 0 {
        let _ = writeln!(
            out,
            "<rect class=\"seg seg-none\" x=\"0.5\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.5\" stroke-dasharray=\"3 3\"/>\n<text class=\"label count muted\" x=\"{}\" y=\"{text_y}\">{}</text>",
            fmt_num(y),
            fmt_num(BAR_W - 1.0),
            fmt_num(BAR_H),
            fmt_num(COUNT_X),
            escape(&words.text("kpi-status-none"))
        );
        return;
    }
    let mut x = 0.0;
    for (class, symbol, word, n) in segments(r) {
        if n == 0 {
            continue;
        }
        let w = BAR_W * n as f64 / total as f64;
        let word = escape(&words.text(word));
        let _ = writeln!(
            out,
            "<g class=\"seg {class}\">\n<title>{n} {word}</title>\n<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"currentColor\" fill-opacity=\"0.3\" stroke=\"currentColor\"/>",
            fmt_num(x + 0.5),
            fmt_num(y),
            fmt_num(w - 1.0),
            fmt_num(BAR_H)
        );
        // The symbol says the status without colour, where it fits.
        if w >= 14.0 {
            let _ = writeln!(
                out,
                "<text class=\"label seg-symbol\" x=\"{}\" y=\"{text_y}\" text-anchor=\"middle\" aria-hidden=\"true\">{symbol}</text>",
                fmt_num(x + w / 2.0)
            );
        }
        out.push_str("</g>\n");
        x += w;
    }
    let _ = writeln!(
        out,
        "<text class=\"label count\" x=\"{}\" y=\"{text_y}\">{}</text>",
        fmt_num(COUNT_X),
        escape(&say(
            words,
            "count-of",
            [
                ("part", count_value(r.on_target)),
                ("whole", count_value(total)),
            ],
        ))
    );
}

/// The emotion track with its neutral tick, and the mean as a dot and a
/// number, centred on `y`.
fn emotion(words: &Catalog, out: &mut String, mean: Option<f64>, y: f64) {
    let (x0, x1) = TRACK;
    let mid = (x0 + x1) / 2.0;
    let _ = writeln!(
        out,
        "<g class=\"axis\" stroke=\"currentColor\" stroke-opacity=\"0.45\">\n<line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\"/>\n<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n</g>",
        fmt_num(x0),
        fmt_num(x1),
        fmt_num(mid),
        fmt_num(y - 5.0),
        fmt_num(mid),
        fmt_num(y + 5.0),
        y = fmt_num(y),
    );
    let text_x = fmt_num(x1 + 6.0);
    let text_y = fmt_num(y + 4.5);
    match mean.filter(|v| v.is_finite()) {
        Some(v) => {
            let cx = x0 + (v.clamp(-2.0, 2.0) + 2.0) / 4.0 * (x1 - x0);
            let _ = writeln!(
                out,
                "<circle class=\"point series-0\" cx=\"{}\" cy=\"{}\" r=\"5\"/>\n<text class=\"label emotion-value\" x=\"{text_x}\" y=\"{text_y}\">{}</text>",
                fmt_num(cx),
                fmt_num(y),
                local(words, &signed(v))
            );
        }
        None => {
            let _ = writeln!(
                out,
                "<text class=\"label emotion-value muted\" x=\"{text_x}\" y=\"{text_y}\">{}</text>",
                escape(&words.text("chart-not-available"))
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::charts::en;

    fn row(name: &str, counts: [usize; 4], emotion: Option<f64>) -> BenefitRow {
        BenefitRow {
            name: name.into(),
            url: format!("#{}", name.to_lowercase()),
            on_target: counts[0],
            off_target: counts[1],
            no_data: counts[2],
            unscored: counts[3],
            emotion,
        }
    }

    fn sample() -> Vec<BenefitRow> {
        vec![
            row("Sales", [1, 1, 1, 0], Some(0.4)),
            row("Word of mouth", [2, 0, 0, 0], Some(-1.25)),
            row("Leaner <processes> & more", [0, 0, 0, 0], None),
        ]
    }

    #[test]
    fn each_benefit_is_a_link_that_says_its_roll_up() {
        let svg = benefit_overview(en(), "b", "Benefits", &sample());
        assert_eq!(svg.matches("<a class=\"benefit-link\"").count(), 3);
        assert!(
            svg.contains(
                "href=\"#sales\">\n<title>Sales: 1 of 3 KPIs on target, mean emotion +0.4</title>"
            ),
            "{svg}"
        );
        assert!(svg.contains("Word of mouth: 2 of 2 KPIs on target, mean emotion −1.3"));
        assert!(svg.contains("Leaner &lt;processes&gt; &amp; more: no KPI, emotion not rated"));
        assert!(svg.contains(">1 of 3</text>") && svg.contains(">no KPI</text>"));
        // Links inside: the root is a group, not an image whose parts are hidden.
        assert!(svg.contains("role=\"group\"") && !svg.contains("role=\"img\""));
    }

    #[test]
    fn segments_are_as_wide_as_their_share_and_marked_by_symbol() {
        let svg = benefit_overview(en(), "b", "B", &[row("S", [1, 3, 0, 0], Some(2.0))]);
        // A quarter and three quarters of the bar, less the gap between them.
        let on = BAR_W / 4.0 - 1.0;
        assert!(svg.contains(&format!("width=\"{}\"", fmt_num(on))), "{svg}");
        assert!(svg.contains(&format!("width=\"{}\"", fmt_num(BAR_W * 0.75 - 1.0))));
        assert!(svg.contains(">✓</text>") && svg.contains(">✗</text>"));
        assert!(svg.contains("<title>3 off target</title>"));
        // +2 sits at the right end of the track.
        assert!(
            svg.contains(&format!("cx=\"{}\"", fmt_num(TRACK.1))),
            "{svg}"
        );
    }

    #[test]
    fn no_benefit_is_no_data() {
        assert!(benefit_overview(en(), "b", "B", &[]).contains("No data"));
    }

    /// The drawing equals `testdata/benefits.svg` (see
    /// `assert_matches_drawing` in `charts/mod.rs`).
    #[test]
    fn output_matches_the_checked_in_drawing() {
        let svg = benefit_overview(en(), "benefits", "Benefits at a glance", &sample());
        super::super::assert_matches_drawing("benefits", &svg);
    }
}

//! The impact × effort matrix: every scored opportunity as a dot that links
//! to its touchpoint, in the cell of its two scores, with the four
//! quarters named ("Quick wins", "Big bets", …).
//!
//! Scores are whole numbers, so many dots share a spot: the dots of a cell
//! are laid out side by side in a small grid, in the order given (the
//! backlog's), so each stays visible and clickable and the same map always
//! gives the same drawing. A cell with more dots than fit shows as many as
//! fit and a count of the rest, linked to where they are all listed.

use super::draw::marker;
use super::svg::{no_data, svg_doc_linked};
use super::text::{arg, escape, say, text_w, truncate};
use super::{FS, FS_TICK, W};
use crate::format::fmt_num;
use crate::i18n::{Catalog, count_value};
use std::fmt::Write as _;

/// One opportunity on the matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixDot {
    /// What a tooltip and a screen reader say of the dot (the opportunity
    /// and its touchpoint).
    pub label: String,
    /// Where the dot leads: the touchpoint's page.
    pub href: String,
    /// 1 to 5; other values are left out.
    pub impact: u8,
    pub effort: u8,
    /// Marker shape: 0 circle, 1 square, 2 diamond, 3 triangle.
    pub shape: usize,
    /// CSS class of the dot's group (e.g. its status).
    pub class: String,
}

/// What surrounds the dots: the quarters' names, in the order top left
/// (high impact, low effort), top right, bottom left, bottom right, the
/// first score counted as high, and where the dots a full cell cannot
/// show are listed.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixFrame<'a> {
    pub quarters: [&'a str; 4],
    pub high_from: u8,
    pub more_href: &'a str,
}

/// Plot geometry (viewBox units): five columns of effort, five rows of
/// impact, a strip above and below for the quarters' names.
const LEFT: f64 = 58.0;
const RIGHT: f64 = W - 12.0;
const TOP: f64 = 30.0;
const ROW_H: f64 = 76.0;
const COL_W: f64 = (RIGHT - LEFT) / 5.0;
const BOTTOM: f64 = TOP + 5.0 * ROW_H;
/// Distance between the centres of neighbouring dots, and their radius.
const STEP: f64 = 15.0;
const R: f64 = 5.5;
/// How many dots fit a cell across and down.
const ACROSS: usize = ((COL_W - 8.0) / STEP) as usize;
const DOWN: usize = ((ROW_H - 8.0) / STEP) as usize;

fn column_x(effort: u8) -> f64 {
    LEFT + (f64::from(effort) - 1.0) * COL_W
}

fn row_y(impact: u8) -> f64 {
    TOP + (5.0 - f64::from(impact)) * ROW_H
}

/// The impact × effort matrix of `dots` (scores outside 1–5 are left out).
pub fn priority_matrix(
    words: &Catalog,
    id: &str,
    title: &str,
    dots: &[MatrixDot],
    frame: &MatrixFrame,
) -> String {
    const KIND: &str = "priority";
    let dots: Vec<&MatrixDot> = dots
        .iter()
        .filter(|d| (1..=5).contains(&d.impact) && (1..=5).contains(&d.effort))
        .collect();
    if dots.is_empty() {
        return no_data(words, KIND, id, title);
    }
    let mut body = String::new();
    quarters(&mut body, frame);
    grid(words, &mut body, frame.high_from);
    let mut counts = [0usize; 4];
    for impact in (1..=5).rev() {
        for effort in 1..=5 {
            let here: Vec<&MatrixDot> = dots
                .iter()
                .copied()
                .filter(|d| d.impact == impact && d.effort == effort)
                .collect();
            counts[quarter(impact, effort, frame.high_from)] += here.len();
            cell(words, &mut body, (impact, effort), &here, frame.more_href);
        }
    }
    let named: Vec<String> = frame
        .quarters
        .iter()
        .zip(counts)
        .map(|(name, n)| format!("{n} {}", name.trim().to_lowercase()))
        .collect();
    let desc = say(
        words,
        "chart-priority-desc",
        [
            ("count", count_value(dots.len())),
            ("quarters", arg(named.join(", "))),
        ],
    );
    // Its dots are links: a group, not an image that would hide them.
    svg_doc_linked(words, KIND, id, title, &desc, W, BOTTOM + 68.0, &body)
}

/// Index into the quarters (see [`MatrixFrame::quarters`]).
fn quarter(impact: u8, effort: u8, high_from: u8) -> usize {
    match (impact >= high_from, effort >= high_from) {
        (true, false) => 0,
        (true, true) => 1,
        (false, false) => 2,
        (false, true) => 3,
    }
}

/// The quarters' tinted areas, and their names above and below the plot.
fn quarters(body: &mut String, frame: &MatrixFrame) {
    let split_x = column_x(frame.high_from);
    let split_y = row_y(frame.high_from) + ROW_H;
    let areas = [
        (LEFT, TOP, split_x, split_y),
        (split_x, TOP, RIGHT, split_y),
        (LEFT, split_y, split_x, BOTTOM),
        (split_x, split_y, RIGHT, BOTTOM),
    ];
    for (k, (x1, y1, x2, y2)) in areas.into_iter().enumerate() {
        let _ = writeln!(
            body,
            r#"<rect class="quarter quarter-{k}" x="{}" y="{}" width="{}" height="{}" fill="currentColor" fill-opacity="0.05"/>"#,
            fmt_num(x1),
            fmt_num(y1),
            fmt_num(x2 - x1),
            fmt_num(y2 - y1),
        );
        let name = frame.quarters[k].trim();
        let room = ((x2 - x1 - 8.0) / text_w("m", FS)).max(4.0) as usize;
        let y = if k < 2 { TOP - 10.0 } else { BOTTOM + 38.0 };
        let _ = writeln!(
            body,
            r#"<text class="label quarter-name" x="{}" y="{}" text-anchor="middle" font-weight="600">{}</text>"#,
            fmt_num((x1 + x2) / 2.0),
            fmt_num(y),
            escape(&truncate(name, room)),
        );
    }
}

/// Cell lines, the lines between the quarters, ticks and axis titles.
fn grid(words: &Catalog, body: &mut String, high_from: u8) {
    for k in 0..=5u8 {
        let x = LEFT + f64::from(k) * COL_W;
        let y = TOP + f64::from(k) * ROW_H;
        let _ = writeln!(
            body,
            r#"<path class="grid" d="M{x} {top} V{bottom} M{left} {y} H{right}" stroke="currentColor" stroke-opacity="0.15"/>"#,
            x = fmt_num(x),
            y = fmt_num(y),
            top = fmt_num(TOP),
            bottom = fmt_num(BOTTOM),
            left = fmt_num(LEFT),
            right = fmt_num(RIGHT),
        );
    }
    let (qx, qy) = (column_x(high_from), row_y(high_from) + ROW_H);
    let _ = writeln!(
        body,
        r#"<path class="quadrant" d="M{qx} {top} V{bottom} M{left} {qy} H{right}" stroke="currentColor" stroke-opacity="0.6" stroke-width="2"/>"#,
        qx = fmt_num(qx),
        qy = fmt_num(qy),
        top = fmt_num(TOP),
        bottom = fmt_num(BOTTOM),
        left = fmt_num(LEFT),
        right = fmt_num(RIGHT),
    );
    let mut ticks = String::new();
    for v in 1..=5u8 {
        let _ = writeln!(
            ticks,
            r#"<text x="{}" y="{}" text-anchor="middle">{v}</text>"#,
            fmt_num(column_x(v) + COL_W / 2.0),
            fmt_num(BOTTOM + 16.0),
        );
        let _ = writeln!(
            ticks,
            r#"<text x="{}" y="{}" text-anchor="end">{v}</text>"#,
            fmt_num(LEFT - 8.0),
            fmt_num(row_y(v) + ROW_H / 2.0 + 4.0),
        );
    }
    let _ = write!(
        body,
        "<g class=\"label tick\" font-size=\"{FS_TICK}\">\n{ticks}</g>\n"
    );
    let _ = writeln!(
        body,
        r#"<text class="label axis-title" x="{}" y="{}" text-anchor="middle" font-weight="600">{}</text>"#,
        fmt_num((LEFT + RIGHT) / 2.0),
        fmt_num(BOTTOM + 60.0),
        escape(&words.text("chart-priority-effort")),
    );
    let (tx, ty) = (fmt_num(18.0), fmt_num((TOP + BOTTOM) / 2.0));
    let _ = writeln!(
        body,
        r#"<text class="label axis-title" x="{tx}" y="{ty}" text-anchor="middle" font-weight="600" transform="rotate(-90 {tx} {ty})">{}</text>"#,
        escape(&words.text("chart-priority-impact")),
    );
}

/// The dots of one cell, side by side in rows centred in the cell; when
/// they do not all fit, the last place says how many more there are.
fn cell(
    words: &Catalog,
    body: &mut String,
    (impact, effort): (u8, u8),
    dots: &[&MatrixDot],
    more_href: &str,
) {
    if dots.is_empty() {
        return;
    }
    let room = ACROSS * DOWN;
    let shown = if dots.len() > room {
        room - 1
    } else {
        dots.len()
    };
    let places = dots.len().min(room);
    let across = places.min(ACROSS);
    let down = places.div_ceil(ACROSS);
    let (x0, y0) = (column_x(effort), row_y(impact));
    let place = |k: usize| {
        let (row, col) = (k / ACROSS, k % ACROSS);
        // The last row is centred on its own.
        let in_row = if row + 1 == down {
            places - row * ACROSS
        } else {
            across
        };
        let x = x0 + COL_W / 2.0 + (col as f64 - (in_row as f64 - 1.0) / 2.0) * STEP;
        let y = y0 + ROW_H / 2.0 + (row as f64 - (down as f64 - 1.0) / 2.0) * STEP;
        (x, y)
    };
    for (k, d) in dots.iter().take(shown).enumerate() {
        let (x, y) = place(k);
        let _ = writeln!(
            body,
            "<a class=\"dot {}\" href=\"{}\"><title>{}</title>{}</a>",
            escape(&d.class),
            escape(&d.href),
            escape(d.label.trim()),
            marker(d.shape, x, y, R, "point", "").trim_end(),
        );
    }
    if shown < dots.len() {
        let (x, y) = place(shown);
        let rest = dots.len() - shown;
        let tip = say(
            words,
            "chart-priority-more",
            [
                ("count", count_value(rest)),
                ("impact", count_value(usize::from(impact))),
                ("effort", count_value(usize::from(effort))),
            ],
        );
        let _ = writeln!(
            body,
            "<a class=\"more\" href=\"{}\"><title>{}</title><text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\">+{rest}</text></a>",
            escape(more_href),
            escape(&tip),
            fmt_num(x),
            fmt_num(y + 4.0),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::charts::en;

    const FRAME: MatrixFrame = MatrixFrame {
        quarters: ["Quick wins", "Big bets", "Fill-ins", "Money pits"],
        high_from: 3,
        more_href: "#backlog",
    };

    fn dot(label: &str, impact: u8, effort: u8) -> MatrixDot {
        MatrixDot {
            label: label.into(),
            href: format!("/touchpoints/{}/", label.to_lowercase()),
            impact,
            effort,
            shape: 0,
            class: "status-idea".into(),
        }
    }

    /// The centre of each dot's marker, with the dot's label.
    fn centres(svg: &str) -> Vec<(String, f64, f64)> {
        svg.split("<a class=\"dot")
            .skip(1)
            .map(|a| {
                let label = a.split("<title>").nth(1).unwrap().split("</title>").next();
                let num = |attr: &str| -> f64 {
                    a.split(&format!("{attr}=\""))
                        .nth(1)
                        .unwrap()
                        .split('"')
                        .next()
                        .unwrap()
                        .parse()
                        .unwrap()
                };
                (label.unwrap().to_string(), num("cx"), num("cy"))
            })
            .collect()
    }

    #[test]
    fn each_dot_is_a_link_to_its_touchpoint_named_by_its_title() {
        let svg = priority_matrix(en(), "m", "Matrix", &[dot("Ad", 5, 1)], &FRAME);
        assert!(svg.contains(
            r#"<a class="dot status-idea" href="/touchpoints/ad/"><title>Ad</title><circle class="point""#
        ), "{svg}");
        assert!(
            svg.contains(r#"role="group""#),
            "links inside are not hidden"
        );
        for name in FRAME.quarters {
            assert!(svg.contains(&format!(">{name}</text>")), "{name}");
        }
        assert!(
            svg.contains("1 quick wins, 0 big bets, 0 fill-ins, 0 money pits"),
            "{svg}"
        );
    }

    #[test]
    fn a_dot_sits_in_the_quarter_of_its_scores() {
        let svg = priority_matrix(
            en(),
            "m",
            "M",
            &[
                dot("Quick", 5, 1),
                dot("Big", 3, 3),
                dot("Fill", 2, 2),
                dot("Pit", 1, 5),
            ],
            &FRAME,
        );
        let (split_x, split_y) = (column_x(3), row_y(3) + ROW_H);
        for (label, x, y) in centres(&svg) {
            let (left, top) = (x < split_x, y < split_y);
            let want = match label.as_str() {
                "Quick" => (true, true),
                "Big" => (false, true),
                "Fill" => (true, false),
                _ => (false, false),
            };
            assert_eq!((left, top), want, "{label} at {x}, {y}");
        }
    }

    #[test]
    fn dots_with_the_same_scores_sit_apart_inside_their_cell() {
        let same: Vec<MatrixDot> = (0..9).map(|k| dot(&format!("D{k}"), 4, 2)).collect();
        let svg = priority_matrix(en(), "m", "M", &same, &FRAME);
        let at = centres(&svg);
        assert_eq!(at.len(), 9);
        for (i, a) in at.iter().enumerate() {
            assert!(
                a.1 > column_x(2) && a.1 < column_x(3),
                "{a:?} in its column"
            );
            assert!(a.2 > row_y(4) && a.2 < row_y(4) + ROW_H, "{a:?} in its row");
            for b in &at[i + 1..] {
                let d = ((a.1 - b.1).powi(2) + (a.2 - b.2).powi(2)).sqrt();
                assert!(d >= 2.0 * R, "{a:?} and {b:?} overlap");
            }
        }
        // The same input draws the same picture.
        assert_eq!(svg, priority_matrix(en(), "m", "M", &same, &FRAME));
    }

    #[test]
    fn a_full_cell_counts_the_dots_it_cannot_show() {
        let many: Vec<MatrixDot> = (0..40).map(|k| dot(&format!("D{k}"), 1, 1)).collect();
        let svg = priority_matrix(en(), "m", "M", &many, &FRAME);
        let shown = ACROSS * DOWN - 1;
        assert_eq!(centres(&svg).len(), shown);
        let rest = 40 - shown;
        assert!(
            svg.contains(&format!(
                r##"<a class="more" href="#backlog"><title>{rest} more"##
            )),
            "{svg}"
        );
        assert!(svg.contains(&format!(">+{rest}</text>")));
        assert!(svg.contains("40 scored opportunities: 0 quick wins, 0 big bets, 40 fill-ins"));
    }

    #[test]
    fn labels_and_links_are_escaped_and_scores_out_of_range_left_out() {
        let mut evil = dot("<script>&", 3, 3);
        evil.href = "\"><script>".into();
        let svg = priority_matrix(en(), "m", "M", &[evil, dot("Zero", 0, 3)], &FRAME);
        assert!(!svg.contains("<script"), "{svg}");
        assert!(svg.contains("&lt;script&gt;&amp;"));
        assert_eq!(centres(&svg).len(), 1);
        assert!(priority_matrix(en(), "m", "M", &[dot("Six", 6, 1)], &FRAME).contains("No data"));
    }

    /// Read by an XML parser to the end: the drawing is well-formed.
    fn assert_well_formed(svg: &str) {
        for event in xml::reader::EventReader::new(svg.as_bytes()) {
            if let Err(e) = event {
                panic!("not well-formed: {e}\n{svg}");
            }
        }
    }

    /// The drawing of a fixed matrix equals `testdata/priority.svg` (see
    /// `assert_matches_drawing` in `charts/mod.rs`).
    #[test]
    fn output_matches_the_checked_in_drawing() {
        let mut dots: Vec<MatrixDot> = (0..5).map(|k| dot(&format!("Same {k}"), 4, 2)).collect();
        dots.extend([dot("Quick", 5, 1), dot("Pit", 1, 5), dot("Middle", 3, 3)]);
        dots[1].shape = 1;
        dots[2].shape = 2;
        dots[3].shape = 3;
        dots[3].class = "status-done".into();
        let svg = priority_matrix(en(), "priority", "Impact and effort", &dots, &FRAME);
        assert_well_formed(&svg);
        super::super::assert_matches_drawing("priority", &svg);
    }
}

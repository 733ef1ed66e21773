//! The positioning map: competitors placed on two chosen components.

use super::draw::{hline, marker};
use super::placement::{Rect, RectGrid, text_box};
use super::scale::val;
use super::svg::{no_data, svg_doc};
use super::text::{arg, escape, local, say, text_w, tip_if_cut, truncate};
use super::{FS, FS_TICK, Point2, W};
use crate::format::fmt_num;
use crate::i18n::Catalog;
use std::collections::HashMap;
use std::fmt::Write as _;

/// Positioning map: x and y 0..5 with quadrant lines at 2.5, axis titles,
/// each point a labelled marker (highlighted one larger, different shape);
/// labels are nudged deterministically so overlapping points stay readable.
pub fn positioning_map(
    words: &Catalog,
    id: &str,
    title: &str,
    x_label: &str,
    y_label: &str,
    points: &[Point2],
) -> String {
    const KIND: &str = "positioning";
    // Finite points only, clamped to 0..5; highlighted ones placed first.
    let mut pts: Vec<(&Point2, f64, f64)> = points
        .iter()
        .filter(|p| p.x.is_finite() && p.y.is_finite())
        .map(|p| (p, p.x.clamp(0.0, 5.0), p.y.clamp(0.0, 5.0)))
        .collect();
    if pts.is_empty() {
        return no_data(words, KIND, id, title);
    }
    pts.sort_by_key(|p| !p.0.highlight); // stable: input order within each group

    let mut body = String::new();

    axes(&mut body, x_label, y_label);

    let pos = marker_centres(&pts);

    let (leaders, labels) = point_labels(&pts, &pos);
    body.push_str(&leaders);
    // Markers: others first, highlighted on top.
    // Between the two scores: a comma, unless the language writes its
    // decimals with one.
    let sep = if words.numbers().decimal == ',' {
        "; "
    } else {
        ", "
    };
    for ((p, x, y), &(cx, cy)) in pts.iter().zip(&pos).rev() {
        let tip = format!(
            "{}: {} {}{sep}{} {}",
            p.label.trim(),
            x_label.trim(),
            local(words, &val(*x)),
            y_label.trim(),
            local(words, &val(*y))
        );
        if p.highlight {
            body.push_str("<g class=\"series series-0 highlight\">\n");
            body.push_str(&marker(2, cx, cy, radius(p), "point highlight", &tip));
        } else {
            body.push_str("<g class=\"other\">\n");
            body.push_str(&marker(0, cx, cy, radius(p), "point", &tip));
        }
        body.push_str("</g>\n");
    }
    body.push_str(&labels);

    let h = BOTTOM + 52.0;
    let listed: Vec<String> = points
        .iter()
        .filter(|p| p.x.is_finite() && p.y.is_finite())
        .map(|p| {
            let label = if p.highlight {
                format!("{} {}", p.label.trim(), words.text("chart-highlighted"))
            } else {
                p.label.trim().to_string()
            };
            say(
                words,
                "chart-point",
                [
                    ("label", arg(label)),
                    ("x", arg(local(words, &val(p.x.clamp(0.0, 5.0))))),
                    ("y", arg(local(words, &val(p.y.clamp(0.0, 5.0))))),
                ],
            )
        })
        .collect();
    let desc = say(
        words,
        "chart-positioning-desc",
        [
            ("x", arg(x_label.trim())),
            ("y", arg(y_label.trim())),
            ("points", arg(listed.join(", "))),
        ],
    );
    svg_doc(words, KIND, id, title, &desc, h, &body)
}

/// The plot's place in the viewBox; both axes run from 0 to 5.
const LEFT: f64 = 48.0;
const TOP: f64 = 14.0;
const PLOT_H: f64 = 400.0;
const PLOT_W: f64 = W - LEFT - 16.0;
const BOTTOM: f64 = TOP + PLOT_H;

fn x_of(v: f64) -> f64 {
    LEFT + v / 5.0 * PLOT_W
}

fn y_of(v: f64) -> f64 {
    BOTTOM - v / 5.0 * PLOT_H
}

fn radius(p: &Point2) -> f64 {
    if p.highlight { 8.0 } else { 5.5 }
}

/// Gridlines with their 0..5 ticks, the quadrant lines at 2.5 and the axis
/// titles.
fn axes(body: &mut String, x_label: &str, y_label: &str) {
    let (left, top, plot_w, plot_h, bottom) = (LEFT, TOP, PLOT_W, PLOT_H, BOTTOM);
    for t in 0..=5 {
        let (x, y) = (x_of(f64::from(t)), y_of(f64::from(t)));
        let (class, opacity) = if t == 0 || t == 5 {
            ("axis", "0.6")
        } else {
            ("grid", "0.12")
        };
        hline(body, class, left, left + plot_w, y, opacity, "");
        let _ = writeln!(
            body,
            r#"<line class="{class}" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="currentColor" stroke-opacity="{opacity}"/>"#,
            fmt_num(top),
            fmt_num(bottom),
            x = fmt_num(x),
        );
        let _ = writeln!(
            body,
            r#"<text class="label tick" x="{}" y="{}" text-anchor="middle" font-size="{FS_TICK}">{t}</text>"#,
            fmt_num(x),
            fmt_num(bottom + 17.0),
        );
        let _ = writeln!(
            body,
            r#"<text class="label tick" x="{}" y="{}" text-anchor="end" font-size="{FS_TICK}">{t}</text>"#,
            fmt_num(left - 7.0),
            fmt_num(y + 4.0),
        );
    }
    let (qx, qy) = (x_of(2.5), y_of(2.5));
    hline(
        body,
        "quadrant",
        left,
        left + plot_w,
        qy,
        "0.5",
        r#" stroke-width="1.5" stroke-dasharray="6 4""#,
    );
    let _ = writeln!(
        body,
        r#"<line class="quadrant" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="currentColor" stroke-opacity="0.5" stroke-width="1.5" stroke-dasharray="6 4"/>"#,
        fmt_num(top),
        fmt_num(bottom),
        x = fmt_num(qx),
    );
    let _ = writeln!(
        body,
        r#"<text class="label axis-title" x="{}" y="{}" text-anchor="middle" font-weight="600">{} →</text>"#,
        fmt_num(left + plot_w / 2.0),
        fmt_num(bottom + 40.0),
        escape(&truncate(x_label.trim(), 60)),
    );
    let (tx, ty) = (fmt_num(18.0), fmt_num(top + plot_h / 2.0));
    let _ = writeln!(
        body,
        r#"<text class="label axis-title" x="{tx}" y="{ty}" text-anchor="middle" font-weight="600" transform="rotate(-90 {tx} {ty})">{} →</text>"#,
        escape(&truncate(y_label.trim(), 50)),
    );
}

/// Marker centres, in the order of `pts`.
fn marker_centres(pts: &[(&Point2, f64, f64)]) -> Vec<(f64, f64)> {
    let (left, top, plot_w, bottom) = (LEFT, TOP, PLOT_W, BOTTOM);

    // Marker centres. A marker that would cover an earlier one is moved
    // aside a little (deterministic order of directions) so that every
    // point stays visible; tooltips and the description keep the true
    // values.
    // The markers placed so far are looked up by the cell of a grid they
    // are in: two markers clash only closer than 8 + 8 - 1 < 16 apart, so
    // only the cells around a spot need looking at (testing every marker
    // placed made the chart quadratic in the competitors).
    const NEAR: f64 = 16.0;
    let cell_of = |(x, y): (f64, f64)| ((x / NEAR).floor() as i64, (y / NEAR).floor() as i64);
    let mut near: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    let mut pos: Vec<(f64, f64)> = Vec::with_capacity(pts.len());
    for (p, x, y) in pts {
        let (cx, cy, r) = (x_of(*x), y_of(*y), radius(p));
        let clashes = |(px, py): (f64, f64), placed: &[(f64, f64)]| {
            let (gx, gy) = cell_of((px, py));
            (gx - 1..=gx + 1).any(|ix| {
                (gy - 1..=gy + 1).any(|iy| {
                    near.get(&(ix, iy)).is_some_and(|list| {
                        list.iter().any(|&j| {
                            let (qx, qy) = placed[j];
                            ((px - qx).powi(2) + (py - qy).powi(2)).sqrt()
                                < r + radius(pts[j].0) - 1.0
                        })
                    })
                })
            })
        };
        let inside = |(px, py): (f64, f64)| {
            px >= left - 4.0 && px <= left + plot_w + 4.0 && py >= top - 4.0 && py <= bottom + 4.0
        };
        let mut chosen = (cx, cy);
        if clashes(chosen, &pos) {
            const DIRS: [(f64, f64); 8] = [
                (1.0, 0.0),
                (-1.0, 0.0),
                (0.0, 1.0),
                (0.0, -1.0),
                (0.7, 0.7),
                (-0.7, 0.7),
                (0.7, -0.7),
                (-0.7, -0.7),
            ];
            'dodge: for ring in 1..=4 {
                let d = f64::from(ring) * (r + 5.5);
                for (ux, uy) in DIRS {
                    let c = (cx + ux * d, cy + uy * d);
                    if inside(c) && !clashes(c, &pos) {
                        chosen = c;
                        break 'dodge;
                    }
                }
            }
        }
        near.entry(cell_of(chosen)).or_default().push(pos.len());
        pos.push(chosen);
    }
    pos
}

/// The points' labels and the leader lines of those moved away from their
/// marker. Label placement: try positions around each marker, nearest
/// first; take the first that overlaps nothing, else the one with least
/// overlap.
fn point_labels(pts: &[(&Point2, f64, f64)], pos: &[(f64, f64)]) -> (String, String) {
    let plot = Rect {
        x0: LEFT,
        y0: TOP,
        x1: LEFT + PLOT_W,
        y1: BOTTOM,
    };
    let mut obstacles = RectGrid::default();
    for ((p, _, _), &(cx, cy)) in pts.iter().zip(pos) {
        let r = radius(p) + 1.0;
        obstacles.push(Rect {
            x0: cx - r,
            y0: cy - r,
            x1: cx + r,
            y1: cy + r,
        });
    }
    let mut leaders = String::new();
    let mut labels = String::new();
    for ((p, _, _), &(cx, cy)) in pts.iter().zip(pos) {
        let r = radius(p);
        let text = truncate(p.label.trim(), 28);
        let w = text_w(&text, FS) * if p.highlight { 1.08 } else { 1.0 };
        let mut best: Option<(f64, f64, f64, &str, usize)> = None; // cost, ax, ay, anchor, level
        'search: for level in 0..3 {
            let d = r + 4.0 + level as f64 * 16.0;
            let dd = d * 0.75;
            let candidates = [
                (cx + d, cy + 4.5, "start"),
                (cx - d, cy + 4.5, "end"),
                (cx, cy - d - 3.0, "middle"),
                (cx, cy + d + 11.0, "middle"),
                (cx + dd, cy - dd - 2.0, "start"),
                (cx + dd, cy + dd + 10.0, "start"),
                (cx - dd, cy - dd - 2.0, "end"),
                (cx - dd, cy + dd + 10.0, "end"),
            ];
            for (ax, ay, anchor) in candidates {
                let b = text_box(ax, ay, w, anchor);
                let outside = b.area() - b.overlap(&plot);
                let cost = obstacles.overlap(&b) + outside * 2.0 + level as f64;
                if best.is_none_or(|bst| cost < bst.0) {
                    best = Some((cost, ax, ay, anchor, level));
                }
                if cost <= level as f64 {
                    break 'search;
                }
            }
        }
        let Some((_, ax, ay, anchor, level)) = best else {
            continue;
        };
        let b = text_box(ax, ay, w, anchor);
        if level > 0 {
            let (lx, ly) = (cx.clamp(b.x0, b.x1), cy.clamp(b.y0, b.y1));
            let len = ((lx - cx).powi(2) + (ly - cy).powi(2)).sqrt();
            if len > r + 3.0 {
                let _ = writeln!(
                    leaders,
                    r#"<line class="leader" x1="{}" y1="{}" x2="{}" y2="{}" stroke="currentColor" stroke-opacity="0.5"/>"#,
                    fmt_num(cx),
                    fmt_num(cy),
                    fmt_num(lx),
                    fmt_num(ly),
                );
            }
        }
        obstacles.push(b);
        let (class, weight) = if p.highlight {
            ("label point-label halo highlight", r#" font-weight="700""#)
        } else {
            ("label point-label halo", "")
        };
        let tip = tip_if_cut(&text, &p.label);
        let _ = writeln!(
            labels,
            r#"<text class="{class}" x="{}" y="{}" text-anchor="{anchor}" paint-order="stroke" stroke-width="4" stroke-linejoin="round"{weight}>{}{tip}</text>"#,
            fmt_num(ax),
            fmt_num(ay),
            escape(&text),
        );
    }
    (leaders, labels)
}

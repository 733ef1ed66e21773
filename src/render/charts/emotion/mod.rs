//! The emotion curve: how each persona feels at each touchpoint, step by
//! step along the journey, with the stages as bands behind the points.
//!
//! A touchpoint has one place on the x axis, shared by every persona who
//! meets it, so that two personas at the same checkout stand one above the
//! other. A stage's band is as wide as [`step_layout`] says; the journey's
//! lanes under the chart take the same widths, so a stage's column lines up
//! with its band. A journey with more steps than fit at a readable spacing
//! makes the chart wider instead of squeezing them (the page lets it
//! scroll): each point stays a target of its own.

use super::draw::{hline, marker};
use super::placement::{RectGrid, data_obstacles, text_box};
use super::svg::{no_data, sanitize_id, svg_doc_with};
use super::text::{char_w, escape, local, text_w, tip_if_cut, truncate};
use super::{COLOURS, FS, FS_TICK};
use crate::format::fmt_num;
use crate::i18n::Catalog;
use std::fmt::Write as _;

mod description;
mod walk;
use description::description;
use walk::{Style, walk};

/// A stage of the journey: its name and how many steps (touchpoints) it
/// holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub name: String,
    pub steps: usize,
}

/// One touchpoint on a persona's way.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The touchpoint's place along the journey: 0 is the first step of
    /// the first band, the bands' steps following each other.
    pub at: usize,
    /// -2 (very negative) to 2 (very positive).
    pub score: f64,
    /// The touchpoint's name.
    pub name: String,
    /// How the persona feels there, in words.
    pub feeling: String,
    /// The touchpoint's page.
    pub url: String,
    /// A planned touchpoint: on the to-be line only, drawn hollow.
    pub planned: bool,
    /// One of the persona's lowest points: ringed and named on the chart.
    pub pain: bool,
}

/// A persona's way through the journey: its steps in journey order.
#[derive(Debug, Clone, PartialEq)]
pub struct Walk {
    /// Put on the persona's groups (`data-persona`), for the page's legend
    /// to show and hide them.
    pub id: String,
    pub name: String,
    /// Colour slot and marker shape: the persona's place in the map, so
    /// that a persona looks the same on every page.
    pub slot: usize,
    pub steps: Vec<Step>,
}

/// Where the bands of a step curve are, in viewBox units.
#[derive(Debug, Clone, PartialEq)]
pub struct StepLayout {
    /// Width of the viewBox.
    pub width: f64,
    /// The margin left of the first band (the y axis labels).
    pub left: f64,
    /// The margin right of the last band.
    pub right: f64,
    /// Each band's left edge and width.
    pub bands: Vec<(f64, f64)>,
    /// The steps did not fit the usual width: the chart is wider, for the
    /// page to scroll.
    pub wide: bool,
}

impl StepLayout {
    /// The narrowest width in CSS pixels the chart may be shown at, for
    /// its smallest text (12 units) to stay at 11 px.
    pub fn min_css_width(&self) -> f64 {
        self.width * 11.0 / FS_TICK
    }
}

/// Width of the chart when its steps fit: about its width in CSS pixels on
/// a desktop page, so that its text reads at the page's size.
const BASE_W: f64 = 960.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 12.0;
/// The closest two steps come: a marker is 9 units wide, and a point a
/// reader wants to click must not hide under its neighbour.
const MIN_STEP: f64 = 10.0;
/// Above the plot: the stage names.
const TOP: f64 = 34.0;
const PLOT_H: f64 = 260.0;
/// The y axis runs a little beyond -2..2, leaving room for a label under a
/// lowest point.
const Y_LIM: f64 = 2.6;
/// Below the plot.
const BOTTOM: f64 = 6.0;
/// Radius of a point's marker.
const R: f64 = 4.5;
/// Up to this many points, each is an element of its own with its
/// tooltip (and on a page a link to its touchpoint): some 200 bytes a
/// point, 400 KB at most, under half of a page's megabyte. Past it, the
/// points are markers on the curve's lines (an SVG `<marker>` drawn at each
/// vertex of a line the chart draws anyway), which cost nothing per point:
/// 20,000 linked points were 5 MB of a journey page. The moments of pain
/// stay links with tooltips; the lanes under the chart list every
/// touchpoint.
pub const LINKED_POINTS_UP_TO: usize = 2_000;

/// Whether the curve of `walks` draws each point as an element of its own,
/// with its tooltip and link (see [`LINKED_POINTS_UP_TO`]).
pub fn points_linked(walks: &[Walk]) -> bool {
    walks.iter().map(|w| w.steps.len()).sum::<usize>() <= LINKED_POINTS_UP_TO
}

/// The bands' widths: as many steps, as much width, but at least half an
/// average stage's width, so that a stage with one touchpoint still has a
/// column wide enough for its card under the chart. The steps of the
/// widest-packed band stay at least [`MIN_STEP`] apart: past that the
/// chart grows wider than [`BASE_W`].
pub fn step_layout(bands: &[Band]) -> StepLayout {
    let total: usize = bands.iter().map(|b| b.steps).sum();
    let floor = (total as f64 / bands.len().max(1) as f64 / 2.0).max(1.0);
    let weights: Vec<f64> = bands.iter().map(|b| (b.steps as f64).max(floor)).collect();
    let sum: f64 = weights.iter().sum::<f64>().max(1.0);
    let plot = (BASE_W - LEFT - RIGHT).max(MIN_STEP * sum);
    let mut x = LEFT;
    let bands = weights
        .iter()
        .map(|w| {
            let band = (x, plot * w / sum);
            x += band.1;
            band
        })
        .collect();
    StepLayout {
        width: LEFT + plot + RIGHT,
        left: LEFT,
        right: RIGHT,
        bands,
        wide: plot > BASE_W - LEFT - RIGHT,
    }
}

/// The emotion of each walk at each of its steps, over the stage bands:
/// a solid line through the current touchpoints (as-is), a dashed detour
/// through the planned ones (to-be), each point a link to its touchpoint,
/// each persona in its own colour and marker shape, and the lowest points
/// ringed and named.
pub fn emotion_steps(
    words: &Catalog,
    id: &str,
    title: &str,
    bands: &[Band],
    walks: &[Walk],
) -> String {
    const KIND: &str = "emotion";
    let Some(steps) = draw_steps(words, id, bands, walks, Points::Links) else {
        return no_data(words, KIND, id, title);
    };
    svg_doc_with(
        words,
        &format!("chart-{KIND} chart-steps"),
        "group",
        id,
        title,
        &steps.desc,
        steps.layout.width,
        steps.height,
        &steps.body,
    )
}

/// What a point of the curve is: a link to its touchpoint on a page, a
/// point with its tooltip alone in a file of its own (where the page it
/// would link to is not beside it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Points {
    Links,
    Plain,
}

/// The curve drawn, before it is put in its `<svg>`: the page's chart and
/// the persona's poster are the same drawing.
pub(super) struct Drawn {
    pub body: String,
    pub layout: StepLayout,
    /// Height of the drawing, in viewBox units.
    pub height: f64,
    /// The chart in a few sentences (see [`description`]).
    pub desc: String,
}

/// Draws the curve of [`emotion_steps`]; `None` when no step can be drawn.
pub(super) fn draw_steps(
    words: &Catalog,
    id: &str,
    bands: &[Band],
    walks: &[Walk],
    points: Points,
) -> Option<Drawn> {
    let layout = step_layout(bands);
    // Each step's x and the room between it and its neighbours.
    let (xs, room): (Vec<f64>, Vec<f64>) = bands
        .iter()
        .zip(&layout.bands)
        .flat_map(|(b, &(x0, w))| {
            let step = w / b.steps.max(1) as f64;
            (0..b.steps).map(move |k| (x0 + (k as f64 + 0.5) * step, step))
        })
        .unzip();
    let drawable = |s: &&Step| s.at < xs.len() && s.score.is_finite();
    if !walks.iter().any(|w| w.steps.iter().any(|s| drawable(&s))) {
        return None;
    }
    let bottom = TOP + PLOT_H;
    let y_of = y_at;
    let mut body = String::new();
    let mut taken = RectGrid::default();
    band_backgrounds(&mut body, &mut taken, bands, &layout, bottom);
    gridlines(&mut body, &layout, &y_of);

    // Personas at one touchpoint stand a little apart, so that equal
    // scores show both markers, and stay nearer their own step than the
    // next.
    let n = walks.len() as f64;
    let placed: Vec<Vec<(&Step, f64, f64)>> = walks
        .iter()
        .enumerate()
        .map(|(wi, w)| {
            let side = wi as f64 - (n - 1.0) / 2.0;
            let mut steps: Vec<&Step> = w.steps.iter().filter(drawable).collect();
            steps.sort_by_key(|s| s.at);
            steps
                .into_iter()
                .map(|s| {
                    let dx = side * (room[s.at] / (n + 1.0)).min(2.0 * R + 1.0);
                    (s, xs[s.at] + dx, y_of(s.score))
                })
                .collect()
        })
        .collect();
    let mut obstacles = RectGrid::default();
    for pts in &placed {
        let line: Vec<Option<(f64, f64)>> = pts.iter().map(|&(_, x, y)| Some((x, y))).collect();
        for r in data_obstacles(&line) {
            obstacles.push(r);
        }
    }
    // Thinner lines where the steps stand close, so that the points show.
    let line_w = if layout.wide { "1.5" } else { "2.5" };
    let markers = (!points_linked(walks)).then(|| sanitize_id(id));
    for (w, pts) in walks.iter().zip(&placed) {
        let style = Style {
            line_w,
            points,
            markers: markers.as_deref(),
        };
        walk(words, &mut body, w, pts, &style);
    }
    pain_labels(&mut body, walks, &placed, &obstacles, &mut taken, &layout);
    hline(
        &mut body,
        "axis",
        layout.left,
        layout.width - layout.right,
        bottom,
        "0.6",
        "",
    );
    let desc = description(words, walks, &placed);
    Some(Drawn {
        body,
        layout,
        height: bottom + BOTTOM,
        desc,
    })
}

/// A faint band behind each stage, every other one a shade darker, with
/// the stage's name above it (shortened to the band, with the whole name
/// as its tooltip).
fn band_backgrounds(
    body: &mut String,
    taken: &mut RectGrid,
    bands: &[Band],
    layout: &StepLayout,
    bottom: f64,
) {
    for (i, (b, &(x0, w))) in bands.iter().zip(&layout.bands).enumerate() {
        let opacity = if i % 2 == 0 { "0.035" } else { "0.085" };
        let _ = writeln!(
            body,
            r#"<rect class="band" x="{}" y="{}" width="{}" height="{}" fill="currentColor" fill-opacity="{opacity}"/>"#,
            fmt_num(x0),
            fmt_num(TOP - 30.0),
            fmt_num(w),
            fmt_num(bottom - TOP + 30.0),
        );
        let max_chars = ((w - 8.0) / char_w(FS)).floor();
        if max_chars < 2.0 {
            continue;
        }
        let name = b.name.trim();
        let shown = truncate(name, max_chars as usize);
        let tw = text_w(&shown, FS);
        // A band wider than a screen says its name again every screen, so
        // that a reader scrolled into it still knows where they are.
        let at: Vec<(f64, &str)> = if w > BASE_W {
            let mut xs = Vec::new();
            let mut x = x0 + 8.0;
            while x + tw < x0 + w - 8.0 {
                xs.push((x, "start"));
                x += BASE_W;
            }
            xs
        } else {
            vec![(x0 + w / 2.0, "middle")]
        };
        let y = TOP - 12.0;
        for (x, anchor) in at {
            taken.push(text_box(x, y, tw, anchor));
            let _ = writeln!(
                body,
                r#"<text class="label stage" x="{}" y="{}" text-anchor="{anchor}">{}{}</text>"#,
                fmt_num(x),
                fmt_num(y),
                escape(&shown),
                tip_if_cut(&shown, name),
            );
        }
    }
}

/// Where the chart's gridlines are, for a page that keeps the y axis in
/// view while a wide chart scrolls: each score's label ("+2" … "−2") and
/// its height from the top, as a fraction of the chart's height.
pub fn emotion_ticks() -> Vec<(String, f64)> {
    let h = TOP + PLOT_H + BOTTOM;
    (-2..=2)
        .rev()
        .map(|v| {
            let v = f64::from(v);
            (signed(v), y_at(v) / h)
        })
        .collect()
}

/// The y of a score.
fn y_at(v: f64) -> f64 {
    TOP + (Y_LIM - v.clamp(-2.0, 2.0)) / (2.0 * Y_LIM) * PLOT_H
}

/// Gridlines at each whole score, labelled on the left ("+2" … "−2"; the
/// page's caption says what they mean), the neutral one darker.
fn gridlines(body: &mut String, layout: &StepLayout, y_of: &dyn Fn(f64) -> f64) {
    for v in (-2..=2).rev() {
        let y = y_of(f64::from(v));
        let (class, opacity) = if v == 0 {
            ("grid grid-zero", "0.45")
        } else {
            ("grid", "0.18")
        };
        hline(
            body,
            class,
            layout.left,
            layout.width - layout.right,
            y,
            opacity,
            "",
        );
        let _ = writeln!(
            body,
            r#"<text class="label tick" x="{}" y="{}" text-anchor="end" font-size="{FS_TICK}">{}</text>"#,
            fmt_num(layout.left - 6.0),
            fmt_num(y + 4.0),
            signed(f64::from(v)),
        );
    }
}

/// A score as the chart prints it: "+1", "0", "−2" (a true minus sign).
fn signed(v: f64) -> String {
    if v > 0.0 {
        format!("+{}", fmt_num(v))
    } else if v < 0.0 {
        format!("−{}", fmt_num(-v))
    } else {
        "0".to_string()
    }
}

/// The names of the moments of pain, each where it covers the fewest
/// points, lines and other labels (below, beside or above its point). A
/// touchpoint that is a moment of pain for several personas is named once,
/// at the first one's point, with all of them in its `data-personas`, for
/// the page's legend to hide it only with the last of them.
fn pain_labels(
    body: &mut String,
    walks: &[Walk],
    placed: &[Vec<(&Step, f64, f64)>],
    obstacles: &RectGrid,
    taken: &mut RectGrid,
    layout: &StepLayout,
) {
    // (step, x, y, the personas it hurts), in the order first met.
    let mut pains: Vec<(&Step, f64, f64, Vec<&str>)> = Vec::new();
    for (w, pts) in walks.iter().zip(placed) {
        for &(s, x, y) in pts.iter().filter(|(s, ..)| s.pain) {
            match pains.iter_mut().find(|p| p.0.at == s.at) {
                Some(p) => p.3.push(&w.id),
                None => pains.push((s, x, y, vec![&w.id])),
            }
        }
    }
    if pains.is_empty() {
        return;
    }
    body.push_str("<g class=\"pain-labels\">\n");
    let (lo, hi) = (2.0, layout.width - 2.0);
    for (s, x, y, who) in &pains {
        let (x, y) = (*x, *y);
        let name = s.name.trim();
        let shown = truncate(name, 40);
        let tw = text_w(&shown, FS);
        let gap = R + 8.0;
        let candidates = [
            (x, y + gap + 9.0, "middle"),
            (x + gap, y + gap + 4.0, "start"),
            (x - gap, y + gap + 4.0, "end"),
            (x + gap + 2.0, y + 4.0, "start"),
            (x - gap - 2.0, y + 4.0, "end"),
            (x, y - gap - 2.0, "middle"),
        ];
        let cost = |&(cx, cy, anchor): &(f64, f64, &str)| -> f64 {
            let b = text_box(cx, cy, tw, anchor);
            let outside = (lo - b.x0).max(0.0) + (b.x1 - hi).max(0.0);
            obstacles.overlap(&b) + 3.0 * taken.overlap(&b) + 1000.0 * outside
        };
        let best = candidates
            .iter()
            .copied()
            .min_by(|a, b| cost(a).total_cmp(&cost(b)))
            .unwrap_or(candidates[0]);
        let (cx, cy, anchor) = best;
        taken.push(text_box(cx, cy, tw, anchor));
        let ids: Vec<String> = who.iter().map(|id| escape(id)).collect();
        let _ = writeln!(
            body,
            r#"<text class="label pain-label halo" data-personas="{}" x="{}" y="{}" text-anchor="{anchor}" font-weight="700" paint-order="stroke" stroke-width="4" stroke-linejoin="round">{}{}</text>"#,
            ids.join(" "),
            fmt_num(cx),
            fmt_num(cy),
            escape(&shown),
            tip_if_cut(&shown, name),
        );
    }
    body.push_str("</g>\n");
}

/// A short line with a persona's marker, for a legend outside the chart:
/// the same colour slot and shape as on the chart.
pub fn walk_sample(slot: usize) -> String {
    format!(
        "<svg class=\"walk-sample\" viewBox=\"0 0 34 14\" width=\"34\" height=\"14\" fill=\"currentColor\" aria-hidden=\"true\" focusable=\"false\"><g class=\"series series-{}\"><line x1=\"2\" y1=\"7\" x2=\"32\" y2=\"7\" stroke=\"currentColor\" stroke-width=\"2.5\"/>{}</g></svg>",
        slot % COLOURS,
        marker(slot, 17.0, 7.0, R, "point", "").trim_end()
    )
}

#[cfg(test)]
pub(super) mod tests;

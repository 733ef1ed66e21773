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
use super::svg::{no_data, svg_doc_with};
use super::text::{char_w, escape, text_w, tip_if_cut, truncate};
use super::{COLOURS, FS, FS_TICK};
use crate::format::fmt_num;
use std::fmt::Write as _;

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
pub fn emotion_steps(id: &str, title: &str, bands: &[Band], walks: &[Walk]) -> String {
    const KIND: &str = "emotion";
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
        return no_data(KIND, id, title);
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
    for (w, pts) in walks.iter().zip(&placed) {
        walk(&mut body, w, pts, line_w);
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
    let desc = description(walks, &placed);
    svg_doc_with(
        &format!("chart-{KIND} chart-steps"),
        "group",
        id,
        title,
        &desc,
        layout.width,
        bottom + BOTTOM,
        &body,
    )
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

fn path_through(pts: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (k, (x, y)) in pts.iter().enumerate() {
        let _ = write!(
            d,
            "{}{}{} {}",
            if k == 0 { "" } else { " " },
            if k == 0 { "M" } else { "L" },
            fmt_num(*x),
            fmt_num(*y)
        );
    }
    d
}

/// One persona's lines and points: the as-is line through its current
/// touchpoints, a dashed detour through each run of planned ones (from the
/// current point before to the one after), a link on every point, a ring
/// on each moment of pain.
fn walk(body: &mut String, w: &Walk, pts: &[(&Step, f64, f64)], line_w: &str) {
    let slot = w.slot % COLOURS;
    let _ = writeln!(
        body,
        r#"<g class="walk series series-{slot}" data-persona="{}">"#,
        escape(&w.id)
    );
    let current: Vec<(f64, f64)> = pts
        .iter()
        .filter(|(s, ..)| !s.planned)
        .map(|&(_, x, y)| (x, y))
        .collect();
    if current.len() >= 2 {
        let _ = writeln!(
            body,
            r#"<path class="line" d="{}" fill="none" stroke="currentColor" stroke-width="{line_w}" stroke-linejoin="round" stroke-linecap="round"/>"#,
            path_through(&current)
        );
    }
    let mut k = 0;
    while k < pts.len() {
        if !pts[k].0.planned {
            k += 1;
            continue;
        }
        let start = k;
        while k < pts.len() && pts[k].0.planned {
            k += 1;
        }
        let from = start.checked_sub(1);
        let run: Vec<(f64, f64)> = from
            .into_iter()
            .chain(start..k)
            .chain((k < pts.len()).then_some(k))
            .map(|j| (pts[j].1, pts[j].2))
            .collect();
        if run.len() >= 2 {
            let _ = writeln!(
                body,
                r#"<path class="line dashed" d="{}" fill="none" stroke="currentColor" stroke-width="{line_w}" stroke-dasharray="7 5" stroke-linejoin="round"/>"#,
                path_through(&run)
            );
        }
    }
    for &(s, x, y) in pts {
        if s.pain {
            let _ = writeln!(
                body,
                r#"<circle class="pain-ring" cx="{}" cy="{}" r="{}" fill="none" stroke="currentColor" stroke-width="2"/>"#,
                fmt_num(x),
                fmt_num(y),
                fmt_num(R + 5.0)
            );
        }
        let planned = if s.planned { " (planned)" } else { "" };
        let tip = format!(
            "{}{planned}: {} ({}) — {}",
            s.name.trim(),
            s.feeling.trim(),
            signed(s.score),
            w.name.trim()
        );
        let class = if s.planned { "point planned" } else { "point" };
        let _ = writeln!(
            body,
            "<a class=\"step\" href=\"{}\" tabindex=\"-1\"><title>{}</title>{}</a>",
            escape(&s.url),
            escape(&tip),
            marker(w.slot, x, y, R, class, "").trim_end()
        );
    }
    body.push_str("</g>\n");
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

/// The chart in a few sentences: per persona, how many touchpoints and
/// the moments of pain.
fn description(walks: &[Walk], placed: &[Vec<(&Step, f64, f64)>]) -> String {
    let parts: Vec<String> = walks
        .iter()
        .zip(placed)
        .map(|(w, pts)| {
            let planned = pts.iter().filter(|(s, ..)| s.planned).count();
            let mut part = format!(
                "{}: {} touchpoint{}",
                w.name.trim(),
                pts.len(),
                if pts.len() == 1 { "" } else { "s" }
            );
            if planned > 0 {
                let _ = write!(part, " ({planned} planned)");
            }
            let pains: Vec<String> = pts
                .iter()
                .filter(|(s, ..)| s.pain)
                .map(|(s, ..)| format!("{} ({})", s.name.trim(), signed(s.score)))
                .collect();
            if !pains.is_empty() {
                let _ = write!(part, ", lowest at {}", pains.join(", "));
            }
            part
        })
        .collect();
    format!(
        "Emotion at each touchpoint along the journey, from −2 (very negative) to +2 (very positive). {}.",
        parts.join("; ")
    )
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
pub(super) mod tests {
    use super::*;

    fn step(at: usize, score: f64, name: &str) -> Step {
        Step {
            at,
            score,
            name: name.to_string(),
            feeling: format!("feels {score}"),
            url: format!("/touchpoints/{}/", name.to_lowercase().replace(' ', "-")),
            planned: false,
            pain: false,
        }
    }

    /// Four stages, two personas: Nina meets seven of the eight
    /// touchpoints (one planned) and is lowest at the returns hotline;
    /// Marco meets five.
    pub(in crate::render::charts) fn journey() -> (Vec<Band>, Vec<Walk>) {
        let band = |name: &str, steps| Band {
            name: name.to_string(),
            steps,
        };
        let bands = vec![
            band("Awareness", 2),
            band("Consideration", 1),
            band("Decision", 3),
            band("Post-purchase", 2),
        ];
        let mut planned = step(4, 1.0, "Size finder");
        planned.planned = true;
        let mut hotline = step(6, -2.0, "Returns hotline");
        hotline.pain = true;
        let mut wait = step(5, -1.0, "Pickup wait");
        wait.pain = true;
        let walks = vec![
            Walk {
                id: "new-runner".into(),
                name: "Nina".into(),
                slot: 0,
                steps: vec![
                    step(0, 1.0, "Instagram ad"),
                    step(1, 0.0, "Reviews"),
                    step(2, 1.0, "Product page"),
                    step(3, -1.0, "Checkout"),
                    planned,
                    step(5, 0.0, "Pickup wait"),
                    hotline,
                ],
            },
            Walk {
                id: "marathoner".into(),
                name: "Marco".into(),
                slot: 1,
                steps: vec![
                    step(0, 1.0, "Instagram ad"),
                    step(2, 2.0, "Product page"),
                    step(3, 1.0, "Checkout"),
                    wait,
                    step(7, 2.0, "Club run"),
                ],
            },
        ];
        (bands, walks)
    }

    /// Attribute `name` (a number) of each `element` of `svg` whose class
    /// starts with `class`, in order.
    fn attr_all(svg: &str, element: &str, class: &str, name: &str) -> Vec<f64> {
        svg.split(&format!("<{element} class=\"{class}"))
            .skip(1)
            .map(|e| {
                let e = &e[..e.find('>').unwrap()];
                let i = e.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                e[i..i + e[i..].find('"').unwrap()].parse().unwrap()
            })
            .collect()
    }

    /// The text of each `<title>` inside the links of `svg`.
    fn link_titles(svg: &str) -> Vec<String> {
        svg.split("<a class=\"step\"")
            .skip(1)
            .map(|a| {
                let t = &a[a.find("<title>").unwrap() + 7..];
                t[..t.find("</title>").unwrap()].to_string()
            })
            .collect()
    }

    #[test]
    fn every_step_is_one_point_linking_to_its_touchpoint() {
        let (bands, walks) = journey();
        let svg = emotion_steps("e", "E", &bands, &walks);
        let steps: Vec<&Step> = walks.iter().flat_map(|w| &w.steps).collect();
        assert_eq!(svg.matches("<a class=\"step\"").count(), steps.len());
        for s in &steps {
            assert!(svg.contains(&format!("href=\"{}\"", s.url)), "{}", s.url);
        }
        let titles = link_titles(&svg);
        assert!(
            titles.contains(&"Returns hotline: feels -2 (−2) — Nina".to_string()),
            "{titles:?}"
        );
        assert!(
            titles.contains(&"Size finder (planned): feels 1 (+1) — Nina".to_string()),
            "{titles:?}"
        );
        // Each persona in its own group, colour and shape.
        assert!(svg.contains(r#"<g class="walk series series-0" data-persona="new-runner">"#));
        assert!(svg.contains(r#"<g class="walk series series-1" data-persona="marathoner">"#));
        let nina = &svg[svg.find("data-persona=\"new-runner\"").unwrap()..];
        let nina = &nina[..nina.find("</g>").unwrap()];
        assert_eq!(nina.matches("<circle class=\"point").count(), 7);
        let marco = &svg[svg.find("data-persona=\"marathoner\"").unwrap()..];
        let marco = &marco[..marco.find("</g>").unwrap()];
        assert_eq!(marco.matches("<rect class=\"point").count(), 5);
    }

    #[test]
    fn personas_at_one_touchpoint_stand_one_above_the_other() {
        let (bands, walks) = journey();
        let svg = emotion_steps("e", "E", &bands, &walks);
        // Nina's points are circles, Marco's squares (x is a corner).
        let nina = attr_all(&svg, "circle", "point", "cx");
        let marco: Vec<f64> = attr_all(&svg, "rect", "point", "x")
            .iter()
            .zip(attr_all(&svg, "rect", "point", "width"))
            .map(|(x, w)| x + w / 2.0)
            .collect();
        assert_eq!((nina.len(), marco.len()), (7, 5));
        // Both at the Instagram ad (step 0) and at the checkout (step 3):
        // apart by more than a marker, far less than a step.
        let apart = [(nina[0] - marco[0]).abs(), (nina[3] - marco[2]).abs()];
        assert!(
            apart.iter().all(|&d| (2.0 * R..=14.0).contains(&d)),
            "{apart:?}"
        );
        // Steps go left to right in journey order, each in its stage's band.
        assert!(nina.windows(2).all(|w| w[0] < w[1]), "{nina:?}");
        let l = step_layout(&bands);
        let band_of = |x: f64| l.bands.iter().position(|&(x0, w)| x0 <= x && x < x0 + w);
        let bands_of: Vec<_> = nina.iter().map(|&x| band_of(x)).collect();
        let want = [0, 0, 1, 2, 2, 2, 3].map(Some);
        assert_eq!(bands_of, want, "{nina:?}");
    }

    #[test]
    fn the_as_is_line_skips_planned_steps_and_a_dashed_detour_takes_them() {
        let (bands, walks) = journey();
        let svg = emotion_steps("e", "E", &bands, &walks);
        let nina = &svg[svg.find("data-persona=\"new-runner\"").unwrap()..];
        let d = |class: &str| -> String {
            let key = format!("<path class=\"{class}\" d=\"");
            let i = nina.find(&key).unwrap() + key.len();
            nina[i..i + nina[i..].find('"').unwrap()].to_string()
        };
        // Six current steps on the solid line, one subpath.
        let solid = d("line");
        assert_eq!(solid.matches('M').count(), 1, "{solid}");
        assert_eq!(solid.matches('L').count(), 5, "{solid}");
        // The detour: from checkout through the size finder to the pickup.
        let dashed = d("line dashed");
        assert_eq!(dashed.matches('L').count(), 2, "{dashed}");
        assert!(nina.contains("class=\"point planned\""));
    }

    #[test]
    fn moments_of_pain_are_ringed_and_named_apart() {
        let (bands, walks) = journey();
        let svg = emotion_steps("e", "E", &bands, &walks);
        assert_eq!(svg.matches("class=\"pain-ring\"").count(), 2);
        let labels: Vec<&str> = svg
            .split("class=\"label pain-label halo\"")
            .skip(1)
            .map(|t| &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()])
            .collect();
        assert_eq!(labels, ["Returns hotline", "Pickup wait"]);
        assert!(svg.contains(r#"data-personas="new-runner" x="#));
        assert!(svg.contains("lowest at Returns hotline (−2)"), "{svg}");
    }

    #[test]
    fn a_pain_two_personas_share_is_named_once_for_both() {
        let (bands, mut walks) = journey();
        let mut shared = step(6, -2.0, "Returns hotline");
        shared.pain = true;
        walks[1].steps.push(shared);
        let svg = emotion_steps("e", "E", &bands, &walks);
        assert_eq!(svg.matches(">Returns hotline</text>").count(), 1);
        assert!(svg.contains(r#"data-personas="new-runner marathoner""#));
        // Each persona still rings its own point.
        assert_eq!(svg.matches("class=\"pain-ring\"").count(), 3);
    }

    #[test]
    fn labels_of_pains_at_neighbouring_steps_do_not_overlap() {
        let bands = vec![Band {
            name: "Only".into(),
            steps: 6,
        }];
        let steps = (0..6)
            .map(|at| {
                let mut s = step(at, -2.0, &format!("A long touchpoint name {at}"));
                s.pain = true;
                s
            })
            .collect();
        let walks = [Walk {
            id: "p".into(),
            name: "P".into(),
            slot: 0,
            steps,
        }];
        let svg = emotion_steps("e", "E", &bands, &walks);
        let boxes: Vec<_> = svg
            .split("<text class=\"label pain-label halo\" ")
            .skip(1)
            .map(|t| {
                let num = |k: &str| -> f64 {
                    let i = t.find(&format!("{k}=\"")).unwrap() + k.len() + 2;
                    t[i..i + t[i..].find('"').unwrap()].parse().unwrap()
                };
                let anchor = if t.contains("\"start\"") {
                    "start"
                } else if t.contains("\"end\"") {
                    "end"
                } else {
                    "middle"
                };
                let text = &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()];
                text_box(num("x"), num("y"), text_w(text, FS), anchor)
            })
            .collect();
        assert_eq!(boxes.len(), 6);
        let overlaps = (0..6)
            .flat_map(|i| (i + 1..6).map(move |j| (i, j)))
            .filter(|&(i, j)| boxes[i].overlap(&boxes[j]) > 0.0)
            .count();
        // Six names side by side at 10 units apart cannot all stand clear
        // of each other; most of them do.
        assert!(overlaps <= 2, "{overlaps} overlapping names");
    }

    #[test]
    fn bands_share_the_width_by_steps_with_a_floor() {
        let (bands, _) = journey();
        let l = step_layout(&bands);
        assert_eq!(l.width, BASE_W);
        assert_eq!(l.bands[0].0, LEFT);
        for pair in l.bands.windows(2) {
            assert!((pair[0].0 + pair[0].1 - pair[1].0).abs() < 1e-9);
        }
        let (last_x, last_w) = *l.bands.last().unwrap();
        assert!((last_x + last_w + RIGHT - l.width).abs() < 1e-9);
        // 2, 1 (raised to the floor of 8 / 4 / 2 = 1), 3 and 2 steps.
        let w: Vec<f64> = l.bands.iter().map(|b| b.1).collect();
        assert!((w[2] / w[0] - 1.5).abs() < 1e-9, "{w:?}");
        assert!((w[1] / w[0] - 0.5).abs() < 1e-9, "{w:?}");
        // An empty stage still gets a column.
        let l = step_layout(&[
            Band {
                name: "a".into(),
                steps: 10,
            },
            Band {
                name: "b".into(),
                steps: 0,
            },
        ]);
        assert!((l.bands[1].1 / l.bands[0].1 - 0.25).abs() < 1e-9);
    }

    #[test]
    fn a_long_journey_makes_the_chart_wider_not_the_steps_closer() {
        let bands: Vec<Band> = [300, 40, 260, 200, 200]
            .iter()
            .enumerate()
            .map(|(i, &steps)| Band {
                name: format!("Stage {i}"),
                steps,
            })
            .collect();
        let walks = [Walk {
            id: "p".into(),
            name: "P".into(),
            slot: 2,
            steps: (0..1000)
                .map(|at| step(at, f64::from((at % 5) as u8) - 2.0, &format!("T{at}")))
                .collect(),
        }];
        let l = step_layout(&bands);
        assert!(l.width > 10_000.0, "{}", l.width);
        for (b, &(_, w)) in bands.iter().zip(&l.bands) {
            assert!(w / b.steps as f64 >= MIN_STEP - 1e-9);
        }
        let svg = emotion_steps("e", "E", &bands, &walks);
        assert!(svg.contains(&format!("viewBox=\"0 0 {} ", fmt_num(l.width))));
        assert_eq!(svg.matches("<a class=\"step\"").count(), 1000);
        // Slot 2 draws diamonds.
        assert_eq!(svg.matches("<path class=\"point\"").count(), 1000);
    }

    #[test]
    fn the_legend_sample_has_the_persona_s_colour_and_shape() {
        assert!(walk_sample(0).contains("<circle class=\"point\""));
        assert!(walk_sample(1).contains("<rect class=\"point\""));
        assert!(walk_sample(9).contains("series series-1"));
        assert!(walk_sample(3).contains("aria-hidden=\"true\""));
        // Painted in the persona's colour: SVG's default fill is black.
        assert!(walk_sample(0).contains("fill=\"currentColor\""));
    }
}

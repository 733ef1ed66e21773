//! Inline SVG charts, generated at build time (the site works offline and
//! with JavaScript off).
//!
//! Every public function returns exactly one `<svg>` element string. Each one
//! has a `viewBox`, `width="100%"` (height follows from the viewBox aspect
//! ratio), `role="img"` (`role="group"` for the emotion curve, whose points
//! are links), `aria-labelledby` pointing at its `<title>` and `<desc>` (a
//! short plain-text summary of the data). Output is
//! deterministic: the same input always gives byte-identical output.
//! Numbers are printed with at most 2 decimals (tiny values get up to 6).
//!
//! Colours come from CSS only. Shapes paint with `currentColor`, so a rule
//! that sets `color` on a class recolours everything inside it, and with no
//! CSS at all a chart draws in the surrounding text colour. Series are also
//! told apart by marker shape (circle, square, diamond, triangle by series
//! index) and by dash pattern, so colour is never the only signal.
//!
//! CSS classes used (for the stylesheet author):
//!
//! - root `<svg>`: `chart` plus one of `chart-emotion`, `chart-kpi`,
//!   `chart-bars`, `chart-radar`, `chart-positioning`, `chart-sparkline`,
//!   `chart-priority`; `chart-empty` is added when there is no data; the
//!   emotion curve also has `chart-steps`.
//! - `no-data`: the "No data" text of an empty chart.
//! - `grid` (faint gridlines), `grid-zero` (emotion "neutral" line, with
//!   `grid`), `band` (the emotion curve's stage bands), `ring` and `spoke`
//!   (radar, with `grid`), `axis` (axis lines and the plot frame),
//!   `quadrant` (positioning map lines at 2.5).
//! - text: `label` (all text), `tick` (tick labels; in the KPI chart both
//!   classes are on the group around the tick labels), `stage` (emotion
//!   stage names), `pain-label` (the name of a moment of pain, with `halo`), `axis-title`, `component` (bar and radar component names),
//!   `value` (number at the end of a bar; `value highlight` for our brand,
//!   `value missing` for "n/a"), `point-label` (positioning map labels),
//!   `target-label`, `baseline-label`, `halo` (text drawn over the plot; give
//!   it `stroke: <background colour>` to get a readable halo; `paint-order`
//!   and `stroke-width` are already set).
//! - series: `series` together with `series-0` … `series-7` (colour slot =
//!   series index mod 8; in bar and radar charts the highlighted profile, our
//!   brand, always gets `series-0`), plus `highlight` on the highlighted
//!   profile/point. In the positioning map the non-highlighted points are
//!   in `other` instead. In the emotion curve each persona is a `walk`
//!   group with `data-persona` set to its id, for a page to show or hide
//!   it; the names of the moments of pain are in a `pain-labels` group,
//!   each with `data-personas`, the ids of the personas it names a pain of.
//! - shapes inside a series: `line` (data line), `point` (data marker;
//!   `point highlight` for our brand in the positioning map), `bar`,
//!   `bar-marker` (small shape key in front of each bar), `radar-shape`,
//!   `leader` (thin line from a nudged positioning label to its point).
//! - KPI: `target` (group: dashed line + label), `target-line`, `baseline`
//!   (group: dotted line + label), `baseline-line`.
//! - legend: `legend`, `legend-item` (holds a group with the series
//!   classes around the sample, then the text), `legend-line`,
//!   `legend-swatch`, `legend-marker`.
//!
//! Notes for the CSS author:
//! - Theme by setting `color` on `.series-0` … `.series-7` (`series-0` is our
//!   brand), `.target`, `.baseline` and `.other`; set `fill`/`stroke` only
//!   to override the `currentColor` default. Text inherits `fill:
//!   currentColor`, so text inside a coloured group takes that colour.
//! - `highlight` is also on text (`value highlight`, `point-label …
//!   highlight`), so colour the brand via `.series-0`, and use `.highlight`
//!   only for emphasis such as weight.
//! - Give `.halo` a background-coloured `stroke` in both themes, and
//!   `.point` a thin background-coloured stroke to separate markers from
//!   lines.
//! - Gridlines and axes use `stroke-opacity` so they follow the text colour;
//!   bars of non-highlighted profiles use `fill-opacity="0.6"`.
//! - The root sets `font-family` and `font-size="13"` (viewBox units) as
//!   presentation attributes; CSS may override the family, but a font-size
//!   set in CSS is also in viewBox units.
//! - Suggested: `svg.chart { width: 100%; height: auto; max-width: 44rem;
//!   min-width: var(--chart-min-width); }`, in a frame that scrolls
//!   sideways. The root's `style` sets `--chart-min-width`, the width in
//!   CSS pixels at which its smallest text is 11 px (see `svg::min_width`):
//!   a chart made from the shared root follows it with nothing more.
//!   The sparkline has `width="80" height="20"`.
//! - The charts draw no visible title; the page should show a heading or
//!   caption. The ids `<id>-title`/`<id>-desc` must be unique per page.
//!
//! - impact × effort matrix: `quarter quarter-0` … `quarter-3` (the tinted
//!   quarters: quick wins, big bets, fill-ins, money pits), `quarter-name`,
//!   `dot` (a link around a `point`, with the class its caller gives, e.g.
//!   `status-done`), `more` (the count of a full cell).
//!
//! Layout of this folder: one file per chart (`emotion`, `kpi`, `bars`,
//! `radar`, `positioning`, `sparkline`, `priority`), each a public function from data
//! to one `<svg>` string; the parts they share are `svg` (the root element,
//! "No data"), `draw` (gridlines, lines, markers), `scale` (ticks, value
//! printing), `text` (escaping, widths, wrapping), `legend` (legend and
//! brand/competitor profiles) and `placement` (keeping labels apart).
//! A new chart is a new file here plus a `pub use` below.
//! The posters (`map_poster`, `journey_poster`) are files of their own, with
//! their colours inside them (`standalone`): no stylesheet reaches them.

mod bars;
mod benefits;
mod draw;
mod emotion;
mod journey_poster;
mod kpi;
mod legend;
mod map_poster;
mod placement;
mod positioning;
mod priority;
mod radar;
mod scale;
mod sparkline;
mod standalone;
mod svg;
mod text;

pub use bars::value_bars;
pub use benefits::{BenefitRow, benefit_overview};
pub use emotion::{
    Band, Step, StepLayout, Walk, emotion_steps, emotion_ticks, points_linked, step_layout,
    walk_sample,
};
pub use journey_poster::journey_poster;
pub use kpi::kpi_chart;
pub use map_poster::{MapPoster, PosterCard, PosterCell, PosterChannel, PosterStage, map_poster};
pub use positioning::positioning_map;
pub use priority::{MatrixDot, MatrixFrame, priority_matrix};
pub use radar::radar;
pub use sparkline::sparkline;

/// Width of the viewBox of every full-size chart.
const W: f64 = 640.0;
/// Font size of labels (viewBox units).
const FS: f64 = 13.0;
/// Font size of tick labels.
const FS_TICK: f64 = 12.0;
/// Line height of multi-line labels.
const LH: f64 = 16.0;
/// Number of colour slots (`series-0` … `series-7`).
const COLOURS: usize = 8;
/// Dash patterns by series index (radar), "" = solid.
const DASHES: [&str; 5] = ["", "8 4", "2 3", "10 3 2 3", "5 2"];
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/// One measurement of a KPI.
#[derive(Debug, Clone, PartialEq)]
pub struct TimePoint {
    pub date: String,
    pub value: f64,
}

/// A value profile (0..5 per component) of the brand or a competitor.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub label: String,
    pub values: Vec<Option<f64>>,
    pub highlight: bool,
}

/// One point of a positioning map (x and y on 0..5).
#[derive(Debug, Clone, PartialEq)]
pub struct Point2 {
    pub label: String,
    pub x: f64,
    pub y: f64,
    pub highlight: bool,
}

/// English, for the tests' charts.
#[cfg(test)]
pub(crate) fn en() -> &'static crate::i18n::Catalog {
    static EN: std::sync::OnceLock<crate::i18n::Catalog> = std::sync::OnceLock::new();
    EN.get_or_init(crate::i18n::Catalog::english)
}

/// Fails unless `svg` equals the drawing checked in as
/// `testdata/{name}.svg`: a change in a chart's output, such as a hash
/// map's order leaking into it or a number printed differently, fails here
/// instead of showing up as a changed site. After an intended change,
/// review the new drawing and write it with
/// `TOUCHMAP_BLESS=1 cargo test --lib charts`.
#[cfg(test)]
fn assert_matches_drawing(name: &str, svg: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/render/charts/testdata");
    let path = dir.join(format!("{name}.svg"));
    if std::env::var_os("TOUCHMAP_BLESS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&path, svg).unwrap();
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        svg == want,
        "the {name} chart differs from {}; if the change is intended, rerun with TOUCHMAP_BLESS=1",
        path.display()
    );
}

#[cfg(test)]
mod tests {
    use super::placement::{Rect, RectGrid};
    use super::scale::{nice_ticks, val};
    use super::svg::sanitize_id;
    use super::text::{escape, text_w, truncate, wrap};
    use super::*;
    use crate::format::fmt_num;
    use crate::render::charts::en;

    fn s(v: &str) -> String {
        v.to_string()
    }

    use super::emotion::tests::journey;

    fn kpi_points() -> Vec<TimePoint> {
        (1..=12)
            .map(|m| TimePoint {
                date: format!("2024-{m:02}"),
                value: 3.0 + f64::from(m % 5) * 0.3,
            })
            .collect()
    }

    fn comps() -> Vec<String> {
        vec![
            s("price"),
            s("quality"),
            s("service"),
            s("convenience"),
            s("trust"),
        ]
    }

    fn profiles() -> Vec<Profile> {
        vec![
            Profile {
                label: s("Competitor A"),
                values: vec![Some(3.0), Some(2.5), Some(4.0), Some(2.0), Some(3.0)],
                highlight: false,
            },
            Profile {
                label: s("Our brand"),
                values: vec![Some(4.0), Some(4.5), None, Some(3.5), Some(4.0)],
                highlight: true,
            },
        ]
    }

    #[test]
    fn rect_grid_overlap_is_the_sum_over_all_rects_to_the_bit() {
        // A small deterministic generator: boxes of label and marker sizes
        // over and beyond the plot, some far outside, some on cell edges.
        let mut seed: u64 = 7;
        let mut next = |lo: f64, hi: f64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            lo + (hi - lo) * ((seed >> 11) as f64 / (1u64 << 53) as f64)
        };
        let mut rects = Vec::new();
        let mut grid = RectGrid::default();
        for k in 0..2000 {
            let (x, y) = if k % 10 == 0 {
                (32.0 * (k % 20) as f64, 64.0)
            } else {
                (next(-300.0, 900.0), next(-100.0, 500.0))
            };
            let (w, h) = (next(0.0, 180.0), next(0.0, 16.0));
            let r = Rect {
                x0: x,
                y0: y,
                x1: x + w,
                y1: y + h,
            };
            rects.push(r);
            grid.push(r);
            let probe = Rect {
                x0: next(-300.0, 900.0),
                y0: next(-100.0, 500.0),
                x1: 0.0,
                y1: 0.0,
            };
            let probe = Rect {
                x1: probe.x0 + next(0.0, 200.0),
                y1: probe.y0 + 15.0,
                ..probe
            };
            let all: f64 = rects.iter().map(|o| probe.overlap(o)).sum();
            assert_eq!(grid.overlap(&probe), all, "after {k} rects");
        }
    }

    #[test]
    fn crowded_positioning_map_keeps_every_point() {
        // Many competitors on the few whole-number scores: every one gets
        // a marker and a label (the grids that find near markers and
        // labels must not lose any).
        let pts: Vec<Point2> = (0..600)
            .map(|k| Point2 {
                label: format!("C{k}"),
                x: f64::from(k % 6),
                y: f64::from((k / 6) % 6),
                highlight: k == 0,
            })
            .collect();
        let svg = positioning_map(en(), "p", "P", "x", "y", &pts);
        assert_eq!(markers(&svg), 600);
        assert_eq!(svg.matches("class=\"label point-label").count(), 600);
        assert!(svg.contains(">C599<"), "{}", &svg[..300]);
    }

    fn points2() -> Vec<Point2> {
        vec![
            Point2 {
                label: s("Our brand"),
                x: 3.5,
                y: 4.0,
                highlight: true,
            },
            Point2 {
                label: s("A"),
                x: 2.0,
                y: 1.5,
                highlight: false,
            },
            Point2 {
                label: s("B"),
                x: 2.0,
                y: 1.5,
                highlight: false,
            },
        ]
    }

    fn markers(svg: &str) -> usize {
        svg.matches("class=\"point").count()
    }

    /// Minimal well-formedness check: balanced tags, quoted attributes,
    /// only known entities, no NaN/inf leaking into numbers.
    fn assert_well_formed(svg: &str) {
        assert!(svg.starts_with("<svg "), "{svg}");
        assert!(svg.ends_with("</svg>"), "{svg}");
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
        let mut stack: Vec<String> = Vec::new();
        let mut rest = svg;
        while let Some(start) = rest.find('<') {
            check_entities(&rest[..start]);
            let end = start + rest[start..].find('>').expect("unclosed tag");
            let tag = &rest[start + 1..end];
            assert!(!tag.contains('<'), "stray < in {tag}");
            assert_eq!(
                tag.matches('"').count() % 2,
                0,
                "unbalanced quotes in {tag}"
            );
            check_entities(tag);
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(
                    stack.pop().as_deref(),
                    Some(name.trim()),
                    "mismatched close in {svg}"
                );
            } else if !tag.ends_with('/') {
                stack.push(
                    tag.split(|c: char| c.is_whitespace())
                        .next()
                        .unwrap_or("")
                        .to_string(),
                );
            }
            rest = &rest[end + 1..];
        }
        assert!(stack.is_empty(), "unclosed: {stack:?}");
        assert!(rest.is_empty());
    }

    fn check_entities(text: &str) {
        for (i, _) in text.match_indices('&') {
            let t = &text[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                    .iter()
                    .any(|e| t.starts_with(e)),
                "bad entity in {text}"
            );
        }
    }

    fn all_charts() -> Vec<String> {
        vec![
            emotion_steps(en(), "e", "Emotion", &journey().0, &journey().1),
            kpi_chart(
                en(),
                "k",
                "KPI",
                &kpi_points(),
                Some(4.0),
                Some(3.2),
                Some("%"),
            ),
            value_bars(en(), "b", "Bars", &comps(), &profiles()),
            radar(en(), "r", "Radar", &comps(), &profiles()),
            positioning_map(en(), "p", "Map", "Price", "Quality", &points2()),
            sparkline(en(), "s", "Trend", &[1.0, 2.0, 1.5, 3.0], Some(2.5)),
        ]
    }

    #[test]
    fn escape_all_specials() {
        assert_eq!(escape(r#"<script>&"'"#), "&lt;script&gt;&amp;&quot;&#39;");
        assert_eq!(escape("a\u{0}b"), "a b");
        assert_eq!(escape("Nina — as-is"), "Nina — as-is");
    }

    #[test]
    fn labels_are_escaped_everywhere() {
        let evil = s("<script>alert('x')</script> & co");
        let (bands, mut walks) = journey();
        walks[0].name = evil.clone();
        walks[0].steps[0].name = evil.clone();
        walks[0].steps[0].url = evil.clone();
        walks[0].steps[0].pain = true;
        let prof = vec![Profile {
            label: evil.clone(),
            values: vec![Some(2.0)],
            highlight: true,
        }];
        let pts = vec![Point2 {
            label: evil.clone(),
            x: 1.0,
            y: 1.0,
            highlight: false,
        }];
        let tps = vec![TimePoint {
            date: evil.clone(),
            value: 1.0,
        }];
        let charts = [
            emotion_steps(en(), &evil, &evil, &bands, &walks),
            kpi_chart(en(), &evil, &evil, &tps, Some(2.0), None, Some(&evil)),
            value_bars(en(), &evil, &evil, std::slice::from_ref(&evil), &prof),
            radar(en(), &evil, &evil, std::slice::from_ref(&evil), &prof),
            positioning_map(en(), &evil, &evil, &evil, &evil, &pts),
            sparkline(en(), &evil, &evil, &[1.0, 2.0], None),
            emotion_steps(en(), &evil, &evil, &[], &[]),
        ];
        for c in &charts {
            assert!(!c.contains("<script"), "{c}");
            assert!(c.contains("&lt;script&gt;"), "{c}");
            assert_well_formed(c);
        }
    }

    #[test]
    fn ids_are_sanitised() {
        assert_eq!(
            sanitize_id("KPI: Conversion \"rate\""),
            "kpi--conversion--rate-"
        );
        assert_eq!(sanitize_id("  "), "chart");
        assert_eq!(sanitize_id("a_b-c9"), "a_b-c9");
        let c = sparkline(en(), "Bad Id<>", "x", &[1.0], None);
        assert!(
            c.contains(r#"aria-labelledby="bad-id---title bad-id---desc""#),
            "{c}"
        );
        assert!(c.contains(r#"<title id="bad-id---title">"#));
    }

    #[test]
    fn every_chart_has_accessibility_attributes() {
        for (c, kind) in all_charts().iter().zip([
            "emotion",
            "kpi",
            "bars",
            "radar",
            "positioning",
            "sparkline",
        ]) {
            assert_well_formed(c);
            assert!(c.contains(&format!("class=\"chart chart-{kind}")), "{c}");
            assert!(c.contains("viewBox=\"0 0 "));
            let role = if kind == "emotion" { "group" } else { "img" };
            assert!(c.contains(&format!("role=\"{role}\"")));
            assert!(c.contains("<desc id="));
            assert!(!c.contains("No data"));
            assert!(!c.contains("fill=\"#"), "colours must come from CSS");
        }
    }

    #[test]
    fn empty_input_says_no_data() {
        let empty = [
            emotion_steps(en(), "e", "E", &[], &[]),
            emotion_steps(en(), "e", "E", &journey().0, &[]),
            emotion_steps(en(), "e", "E", &[], &journey().1),
            emotion_steps(en(), "e", "E", &journey().0, &{
                let mut walks = journey().1;
                for s in walks.iter_mut().flat_map(|w| &mut w.steps) {
                    s.score = f64::NAN;
                }
                walks
            }),
            kpi_chart(en(), "k", "K", &[], Some(3.0), Some(2.0), Some("%")),
            kpi_chart(
                en(),
                "k",
                "K",
                &[TimePoint {
                    date: s("d"),
                    value: f64::INFINITY,
                }],
                None,
                None,
                None,
            ),
            value_bars(en(), "b", "B", &[], &profiles()),
            value_bars(en(), "b", "B", &comps(), &[]),
            radar(en(), "r", "R", &[], &profiles()),
            radar(en(), "r", "R", &comps(), &[]),
            positioning_map(en(), "p", "P", "x", "y", &[]),
            positioning_map(
                en(),
                "p",
                "P",
                "x",
                "y",
                &[Point2 {
                    label: s("n"),
                    x: f64::NAN,
                    y: 1.0,
                    highlight: true,
                }],
            ),
            sparkline(en(), "s", "S", &[], None),
            sparkline(en(), "s", "S", &[f64::NAN], None),
        ];
        for c in &empty {
            assert_well_formed(c);
            assert!(c.contains(">No data</text>"), "{c}");
            assert!(c.contains("chart-empty"));
            assert!(c.contains("aria-labelledby"));
        }
    }

    #[test]
    fn marker_count_matches_present_points() {
        let (bands, walks) = journey();
        let e = emotion_steps(en(), "e", "E", &bands, &walks);
        assert_eq!(
            markers(&e),
            walks.iter().map(|w| w.steps.len()).sum::<usize>()
        );
        let mut tps = kpi_points();
        tps[3].value = f64::NAN;
        let k = kpi_chart(en(), "k", "K", &tps, Some(4.0), None, None);
        assert_eq!(markers(&k), 11);
        assert_eq!(
            markers(&radar(en(), "r", "R", &comps(), &profiles())),
            5 + 4
        );
        assert_eq!(
            value_bars(en(), "b", "B", &comps(), &profiles())
                .matches("class=\"bar\"")
                .count(),
            9
        );
        assert_eq!(
            markers(&positioning_map(en(), "p", "P", "x", "y", &points2())),
            3
        );
        assert_eq!(markers(&sparkline(en(), "s", "S", &[1.0, 2.0], None)), 1);
    }

    #[test]
    fn target_and_baseline_lines_are_labelled() {
        let k = kpi_chart(
            en(),
            "k",
            "K",
            &kpi_points(),
            Some(4.0),
            Some(3.2),
            Some("%"),
        );
        assert!(k.contains("<g class=\"target\">"));
        assert!(k.contains("class=\"target-line\""));
        assert!(k.contains(">target 4%</text>"), "{k}");
        assert!(k.contains(">baseline 3.2%</text>"));
        let k = kpi_chart(en(), "k", "K", &kpi_points(), Some(12.5), None, Some("min"));
        assert!(k.contains(">target 12.5 min</text>"));
        assert!(!k.contains("baseline"));
        let k = kpi_chart(en(), "k", "K", &kpi_points(), None, None, None);
        assert!(!k.contains("target"));
    }

    #[test]
    fn y_ticks_cover_data_target_and_baseline() {
        for (lo, hi) in [
            (2.9, 4.2),
            (0.0, 10.0),
            (0.0, 11.0),
            (-3.0, 0.5),
            (5.0, 5.0),
            (0.001, 0.0013),
            (1e6, 2.5e6),
        ] {
            let (ticks, _) = nice_ticks(lo, hi);
            assert!((3..=5).contains(&ticks.len()), "{lo}..{hi}: {ticks:?}");
            assert!(
                ticks[0] <= lo && *ticks.last().unwrap() >= hi,
                "{lo}..{hi}: {ticks:?}"
            );
        }
        // Target far above the data still gets a tick range covering it.
        let k = kpi_chart(en(), "k", "K", &kpi_points(), Some(10.0), Some(0.0), None);
        assert!(
            k.contains(">10.0</text>") && k.contains(">0.0</text>"),
            "{k}"
        );
    }

    /// Each chart drawn from fixed data equals the SVG checked in under
    /// `testdata/` (see [`super::assert_matches_drawing`]).
    #[test]
    fn output_matches_the_checked_in_drawings() {
        let names = [
            "emotion",
            "kpi",
            "bars",
            "radar",
            "positioning",
            "sparkline",
        ];
        for (chart, name) in all_charts().iter().zip(names) {
            super::assert_matches_drawing(name, chart);
        }
    }

    #[test]
    fn out_of_range_values_are_clamped() {
        let with = |v: f64| {
            vec![Profile {
                label: s("p"),
                values: vec![Some(v), Some(2.0), Some(3.0)],
                highlight: true,
            }]
        };
        let c3 = &comps()[..3];
        assert_eq!(
            value_bars(en(), "b", "B", c3, &with(7.0)),
            value_bars(en(), "b", "B", c3, &with(5.0))
        );
        assert_eq!(
            value_bars(en(), "b", "B", c3, &with(-2.0)),
            value_bars(en(), "b", "B", c3, &with(0.0))
        );
        assert_eq!(
            radar(en(), "r", "R", c3, &with(9.0)),
            radar(en(), "r", "R", c3, &with(5.0))
        );
        assert_eq!(
            radar(en(), "r", "R", c3, &with(-1.0)),
            radar(en(), "r", "R", c3, &with(0.0))
        );
        let pt = |x: f64, y: f64| {
            vec![Point2 {
                label: s("p"),
                x,
                y,
                highlight: false,
            }]
        };
        assert_eq!(
            positioning_map(en(), "p", "P", "x", "y", &pt(8.0, -3.0)),
            positioning_map(en(), "p", "P", "x", "y", &pt(5.0, 0.0))
        );
        // Infinite values are skipped, not clamped.
        let inf = vec![Profile {
            label: s("p"),
            values: vec![Some(f64::INFINITY), Some(2.0)],
            highlight: false,
        }];
        let b = value_bars(en(), "b", "B", &comps()[..2], &inf);
        assert_well_formed(&b);
        assert!(b.contains(">n/a</text>"));
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let one = vec![s("only")];
        let single = vec![Profile {
            label: s("p"),
            values: vec![Some(3.0)],
            highlight: false,
        }];
        let cases = [
            emotion_steps(
                en(),
                "e",
                "",
                &[Band {
                    name: s(""),
                    steps: 1,
                }],
                &[Walk {
                    id: s(""),
                    name: s(""),
                    slot: 99,
                    steps: vec![Step {
                        at: 0,
                        score: 9.0,
                        name: s(""),
                        feeling: s(""),
                        url: s(""),
                        planned: true,
                        pain: true,
                    }],
                }],
            ),
            kpi_chart(
                en(),
                "k",
                "",
                &[TimePoint {
                    date: s(""),
                    value: 2.0,
                }],
                None,
                None,
                Some(""),
            ),
            kpi_chart(
                en(),
                "k",
                "K",
                &[
                    TimePoint {
                        date: s("a"),
                        value: -1e12,
                    },
                    TimePoint {
                        date: s("b"),
                        value: 1e12,
                    },
                ],
                Some(0.0),
                None,
                None,
            ),
            value_bars(en(), "b", "", &one, &single),
            radar(en(), "r", "", &one, &single),
            radar(
                en(),
                "r",
                "",
                &one[..],
                &[Profile {
                    label: s("p"),
                    values: vec![],
                    highlight: false,
                }],
            ),
            radar(en(), "r", "", &[s("a"), s("b")], &single),
            sparkline(en(), "s", "", &[1.0], None),
            sparkline(en(), "s", "", &[2.0, 2.0, f64::NAN, 2.0], None),
        ];
        for c in &cases {
            assert_well_formed(c);
        }
        // Radar with a gap: open path, no fill, markers only where present.
        let r = radar(en(), "r", "R", &comps(), &profiles());
        assert!(
            r.contains("fill=\"none\" stroke=\"currentColor\" stroke-width=\"3\""),
            "{r}"
        );
    }

    #[test]
    fn kpi_chart_draws_a_gridline_per_value_label_and_a_mark_per_date() {
        let k = kpi_chart(en(), "k", "K", &kpi_points(), Some(4.0), None, None);
        let between = |from: &str, to: &str| -> String {
            let start = k.find(from).unwrap_or_else(|| panic!("no {from} in {k}")) + from.len();
            k[start..][..k[start..].find(to).unwrap()].to_string()
        };
        let texts = |group: &str| -> Vec<String> {
            group
                .split("</text>")
                .filter_map(|t| t.rsplit_once('>').map(|(_, label)| label.to_string()))
                .filter(|l| !l.is_empty())
                .collect()
        };
        let values = texts(&between(
            r#"<g class="label tick" text-anchor="end" font-size="12">"#,
            "</g>",
        ));
        let dates = texts(&between(
            r#"<g class="label tick" text-anchor="middle" font-size="12">"#,
            "</g>",
        ));
        assert!(values.len() >= 3, "{values:?}");
        assert_eq!(
            dates.last().map(String::as_str),
            Some("Dec 2024"),
            "{dates:?}"
        );
        let grid = between(r#"<path class="grid" d=""#, "\"");
        assert_eq!(grid.matches('M').count(), values.len(), "{grid}");
        let axis = between(r#"<path class="axis" d=""#, "\"");
        // The x axis itself, then one tick mark per date shown.
        assert_eq!(axis.matches('M').count(), 1 + dates.len(), "{axis}");
        assert_eq!(axis.matches("v4").count(), dates.len(), "{axis}");
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(fmt_num(1.0 / 3.0), "0.33");
        assert_eq!(fmt_num(-0.0001), "0");
        assert_eq!(fmt_num(2.50), "2.5");
        assert_eq!(val(0.0123), "0.012");
        assert_eq!(val(1234.5678), "1234.57");
        assert_eq!(crate::format::fmt_decimals(f64::NAN, 2), "0");
    }

    #[test]
    fn coincident_points_are_dodged() {
        let m = positioning_map(en(), "p", "P", "x", "y", &points2());
        // "A" and "B" share (2, 1.5): both markers must be visible.
        let centres: Vec<&str> = m
            .match_indices(r#"<circle class="point" "#)
            .map(|(i, _)| &m[i..i + m[i..].find('>').unwrap()])
            .collect();
        assert_eq!(centres.len(), 2);
        assert_ne!(centres[0], centres[1]);
        // The description keeps the true positions.
        assert!(m.contains("A at (2, 1.5), B at (2, 1.5)"), "{m}");
    }

    #[test]
    fn markers_and_dashes_vary_by_series() {
        let r = radar(en(), "r", "R", &comps(), &profiles());
        assert!(r.contains(r#"class="series series-0 highlight""#)); // our brand
        assert!(r.contains(r#"stroke-dasharray="8 4""#)); // competitor dashed
    }

    #[test]
    fn wrap_and_truncate() {
        let (lines, cut) = wrap("customer service quality", 12, 2);
        assert_eq!(lines, vec![s("customer"), s("service qua…")]);
        assert!(cut);
        let (lines, cut) = wrap("customer service quality", 16, 2);
        assert_eq!(lines, vec![s("customer service"), s("quality")]);
        assert!(!cut);
        let (lines, cut) = wrap("Post-purchase care", 13, 2);
        assert_eq!(lines, vec![s("Post-purchase"), s("care")]);
        assert!(!cut);
        let (lines, cut) = wrap("Post-purchase", 10, 2);
        assert_eq!(lines, vec![s("Post-"), s("purchase")]);
        assert!(!cut);
        assert_eq!(wrap("-2 x-", 2, 3).0, vec![s("-2"), s("x-")]);
        let (lines, cut) = wrap("a very long label that goes on", 8, 2);
        assert_eq!(lines.len(), 2);
        assert!(cut && lines[1].ends_with('…'));
        assert_eq!(truncate("abcdef", 4), "abc…");
    }

    /// The texts of the legend of `svg`, each line as drawn, with its x.
    fn legend_lines(svg: &str) -> Vec<(f64, String)> {
        let legend = &svg[svg.find("<g class=\"legend\">").unwrap()..];
        let mut out = Vec::new();
        for text in legend.split("<text ").skip(1) {
            let text = &text[..text.find("</text>").unwrap()];
            let attr = |s: &str, name: &str| -> f64 {
                let i = s.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                s[i..s[i..].find('"').unwrap() + i].parse().unwrap()
            };
            for span in text.split("<tspan ").skip(1) {
                let body = &span[span.find('>').unwrap() + 1..span.find("</tspan>").unwrap()];
                out.push((attr(span, "x"), body.to_string()));
            }
        }
        out
    }

    #[test]
    fn a_long_legend_label_wraps_within_the_chart() {
        let profile = |label: &str| Profile {
            label: s(label),
            values: vec![Some(3.0), Some(2.5), Some(4.0), Some(2.0), Some(3.0)],
            highlight: false,
        };
        let profiles = vec![
            profile("Marco, the marathon regular's favourite shop"),
            profile("Marco, the marathon regular's second favourite shop"),
        ];
        let svg = value_bars(en(), "b", "B", &comps(), &profiles);
        let lines = legend_lines(&svg);
        let shown: String = lines
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        for p in &profiles {
            assert!(shown.contains(&escape(&p.label)), "{shown}");
        }
        assert!(!shown.contains('…'), "{shown}");
        for (x, line) in &lines {
            assert!(x + text_w(line, FS) <= W, "{line} runs off at {x}");
        }
        // A label longer than a row is wrapped, not cut, up to three lines.
        let long = "Nina, the new runner who started last spring and shops for her first proper pair — at the shop around the corner";
        let svg = value_bars(en(), "b", "B", &comps(), &[profile(long)]);
        let lines = legend_lines(&svg);
        assert!(lines.len() >= 2, "{lines:?}");
        assert_eq!(
            lines
                .iter()
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            escape(long)
        );
        for (x, line) in &lines {
            assert!(x + text_w(line, FS) <= W, "{line} runs off at {x}");
        }
        // The chart is tall enough for the lines.
        let h: f64 = {
            let i = svg.find("viewBox=\"0 0 640 ").unwrap() + 17;
            svg[i..i + svg[i..].find('"').unwrap()].parse().unwrap()
        };
        assert!(svg.matches("<tspan").count() > 0);
        let last_y = svg
            .rsplit("<tspan ")
            .next()
            .map(|t| {
                let i = t.find("y=\"").unwrap() + 3;
                t[i..i + t[i..].find('"').unwrap()].parse::<f64>().unwrap()
            })
            .unwrap();
        assert!(last_y < h, "{last_y} of {h}");
    }
}

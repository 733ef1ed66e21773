//! Inline SVG charts, generated at build time (the site works offline and
//! with JavaScript off).
//!
//! Every public function returns exactly one `<svg>` element string. Each one
//! has a `viewBox`, `width="100%"` (height follows from the viewBox aspect
//! ratio), `role="img"`, `aria-labelledby` pointing at its `<title>` and
//! `<desc>` (a one-sentence plain-text summary of the data). Output is
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
//!   `chart-bars`, `chart-radar`, `chart-positioning`, `chart-sparkline`;
//!   `chart-empty` is added when there is no data.
//! - `no-data`: the "No data" text of an empty chart.
//! - `grid` (faint gridlines), `grid-zero` (emotion "neutral" line, with
//!   `grid`), `grid-x` (emotion stage guides, with `grid`), `ring` and `spoke`
//!   (radar, with `grid`), `axis` (axis lines and the plot frame),
//!   `quadrant` (positioning map lines at 2.5).
//! - text: `label` (all text), `tick` (tick labels; in the KPI chart both
//!   classes are on the group around the tick labels), `stage` (emotion x
//!   labels), `axis-title`, `component` (bar and radar component names),
//!   `value` (number at the end of a bar; `value highlight` for our brand,
//!   `value missing` for "n/a"), `point-label` (positioning map labels),
//!   `target-label`, `baseline-label`, `halo` (text drawn over the plot; give
//!   it `stroke: <background colour>` to get a readable halo; `paint-order`
//!   and `stroke-width` are already set).
//! - series: `series` together with `series-0` … `series-7` (colour slot =
//!   series index mod 8; in bar and radar charts the highlighted profile, our
//!   brand, always gets `series-0`), plus `highlight` on the highlighted
//!   profile/point and `dashed` on dashed emotion series. In the
//!   positioning map the non-highlighted points are in `other` instead.
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
//! - Suggested: `svg.chart { width: 100%; height: auto; max-width: 44rem; }`.
//!   The sparkline has `width="80" height="20"`.
//! - The charts draw no visible title; the page should show a heading or
//!   caption. The ids `<id>-title`/`<id>-desc` must be unique per page.
//!
//! Layout of this folder: one file per chart (`emotion`, `kpi`, `bars`,
//! `radar`, `positioning`, `sparkline`), each a public function from data
//! to one `<svg>` string; the parts they share are `svg` (the root element,
//! "No data"), `draw` (gridlines, lines, markers), `scale` (ticks, value
//! printing), `text` (escaping, widths, wrapping), `legend` (legend and
//! brand/competitor profiles) and `placement` (keeping labels apart).
//! A new chart is a new file here plus a `pub use` below.

mod bars;
mod draw;
mod emotion;
mod kpi;
mod legend;
mod placement;
mod positioning;
mod radar;
mod scale;
mod sparkline;
mod svg;
mod text;

pub use bars::value_bars;
pub use emotion::emotion_curve;
pub use kpi::kpi_chart;
pub use positioning::positioning_map;
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

/// One line of an emotion curve: a label (e.g. "Nina — as-is") and one value
/// per stage (None = no touchpoint there, the line breaks or skips it).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub label: String,
    pub points: Vec<Option<f64>>,
    pub dashed: bool,
}

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

#[cfg(test)]
mod tests;

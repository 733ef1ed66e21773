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

use std::collections::HashMap;
use std::fmt::Write as _;

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

// ---------------------------------------------------------------------------
// Emotion curve
// ---------------------------------------------------------------------------

/// Emotion across stages, y axis fixed -2..2 with gridlines and labels
/// (-2 very negative … 2 very positive), x = stage names.
pub fn emotion_curve(id: &str, title: &str, stages: &[String], series: &[Series]) -> String {
    const KIND: &str = "emotion";
    let n = stages.len();
    let vals: Vec<Vec<Option<f64>>> = series
        .iter()
        .map(|s| {
            (0..n)
                .map(|i| finite(s.points.get(i).copied().flatten()))
                .collect()
        })
        .collect();
    if n == 0 || !vals.iter().flatten().any(Option::is_some) {
        return no_data(KIND, id, title);
    }

    let (left, right, top, plot_h) = (128.0, 16.0, 14.0, 240.0);
    let plot_w = W - left - right;
    let step = plot_w / n as f64;
    let bottom = top + plot_h;
    let x_of = |i: usize| left + (i as f64 + 0.5) * step;
    let y_of = |v: f64| top + (2.0 - v.clamp(-2.0, 2.0)) / 4.0 * plot_h;
    let mut body = String::new();

    // Horizontal gridlines with their meaning.
    for (v, name) in [
        (2, "very positive"),
        (1, "positive"),
        (0, "neutral"),
        (-1, "negative"),
        (-2, "very negative"),
    ] {
        let y = y_of(f64::from(v));
        let (class, opacity) = if v == 0 {
            ("grid grid-zero", "0.45")
        } else {
            ("grid", "0.18")
        };
        hline(&mut body, class, left, left + plot_w, y, opacity, "");
        let sign = if v > 0 { "+" } else { "" };
        let _ = writeln!(
            body,
            r#"<text class="label tick" x="{}" y="{}" text-anchor="end" font-size="{FS_TICK}">{sign}{v} {name}</text>"#,
            num(left - 8.0),
            num(y + 4.0),
        );
    }
    // Faint stage guides.
    for i in 0..n {
        let x = x_of(i);
        let _ = writeln!(
            body,
            r#"<line class="grid grid-x" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="currentColor" stroke-opacity="0.08"/>"#,
            num(top),
            num(bottom),
            x = num(x),
        );
    }

    // Stage labels: wrapped on up to two lines if they fit (at 13, else 12
    // units), else rotated.
    let label_y = bottom + 18.0;
    let horizontal = [FS, FS_TICK].into_iter().find_map(|size| {
        let max_chars = ((step - 8.0) / char_w(size)).floor().max(1.0) as usize;
        let wrapped: Vec<Vec<String>> = stages
            .iter()
            .map(|s| wrap(s, max_chars, 2))
            .map(|(lines, cut)| (!cut).then_some(lines))
            .collect::<Option<_>>()?;
        Some((size, wrapped))
    });
    let labels_h = if let Some((size, wrapped)) = horizontal {
        let mut lines_max = 1;
        for (i, lines) in wrapped.iter().enumerate() {
            lines_max = lines_max.max(lines.len());
            body.push_str(&text_lines(
                "label stage",
                (x_of(i), label_y),
                size,
                lines,
                "middle",
                None,
            ));
        }
        18.0 + (lines_max - 1) as f64 * LH + 16.0
    } else {
        let sin = 40f64.to_radians().sin();
        let mut extent: f64 = 0.0;
        for (i, stage) in stages.iter().enumerate() {
            let t = truncate(stage.trim(), 24);
            extent = extent.max(text_w(&t, FS) * sin);
            let (x, y) = (num(x_of(i) + 4.0), num(bottom + 14.0));
            let tip = tip_if_cut(&t, stage);
            let _ = writeln!(
                body,
                r#"<text class="label stage" x="{x}" y="{y}" text-anchor="end" transform="rotate(-40 {x} {y})">{}{tip}</text>"#,
                escape(&t),
            );
        }
        14.0 + extent + FS + 6.0
    };
    // Axis line at the bottom.
    hline(&mut body, "axis", left, left + plot_w, bottom, "0.6", "");

    // Series: one path per series (a new `M` after each gap) plus markers.
    let ns = series.len();
    let spread = (step * 0.06).min(5.0);
    for (si, (s, vs)) in series.iter().zip(&vals).enumerate() {
        let dx = if ns > 1 {
            (si as f64 - (ns - 1) as f64 / 2.0) * spread
        } else {
            0.0
        };
        let pts: Vec<Option<(f64, f64)>> = vs
            .iter()
            .enumerate()
            .map(|(i, v)| v.map(|v| (x_of(i) + dx, y_of(v))))
            .collect();
        let dashed = if s.dashed { " dashed" } else { "" };
        let _ = writeln!(
            body,
            r#"<g class="series series-{}{dashed}">"#,
            si % COLOURS
        );
        let d = path_segments(&pts);
        if !d.is_empty() {
            let dash = if s.dashed {
                r#" stroke-dasharray="8 5""#
            } else {
                ""
            };
            let _ = writeln!(
                body,
                r#"<path class="line" d="{d}" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"{dash}/>"#
            );
        }
        for (i, p) in pts.iter().enumerate() {
            if let (Some((x, y)), Some(v)) = (p, vs[i]) {
                let tip = format!("{} — {}: {}", s.label.trim(), stages[i].trim(), val(v));
                body.push_str(&marker(si, *x, *y, 4.5, "point", &tip));
            }
        }
        body.push_str("</g>\n");
    }

    // Legend.
    let items: Vec<LegendItem> = series
        .iter()
        .enumerate()
        .map(|(si, s)| LegendItem {
            label: s.label.clone(),
            class: format!(
                "series series-{}{}",
                si % COLOURS,
                if s.dashed { " dashed" } else { "" }
            ),
            shape: si,
            dash: if s.dashed { "8 5" } else { "" },
            swatch: false,
            faded: false,
        })
        .collect();
    let (legend_svg, legend_h) = legend(&items, bottom + labels_h + 4.0);
    body.push_str(&legend_svg);
    let h = bottom + labels_h + 4.0 + legend_h + 6.0;

    // Description.
    let parts: Vec<String> = series
        .iter()
        .zip(&vals)
        .map(|(s, vs)| {
            let pts: Vec<String> = stages
                .iter()
                .zip(vs)
                .map(|(st, v)| match v {
                    Some(v) => format!("{} {}", st.trim(), val(*v)),
                    None => format!("{} no touchpoint", st.trim()),
                })
                .collect();
            format!("{}: {}", s.label.trim(), pts.join(", "))
        })
        .collect();
    let desc = format!(
        "Emotion by stage from -2 (very negative) to +2 (very positive); {}.",
        parts.join("; ")
    );
    svg_doc(KIND, id, title, &desc, h, &body)
}

// ---------------------------------------------------------------------------
// KPI chart
// ---------------------------------------------------------------------------

/// KPI time series: line + point markers, a dashed horizontal target line
/// labelled "target N unit", an optional dotted baseline line, x labels =
/// dates (thinned out when many), y axis with 4–5 nice ticks covering data,
/// target and baseline.
pub fn kpi_chart(
    id: &str,
    title: &str,
    points: &[TimePoint],
    target: Option<f64>,
    baseline: Option<f64>,
    unit: Option<&str>,
) -> String {
    const KIND: &str = "kpi";
    let unit = unit.map(str::trim).filter(|u| !u.is_empty());
    let target = finite(target);
    let baseline = finite(baseline);
    let vals: Vec<Option<f64>> = points.iter().map(|p| finite(Some(p.value))).collect();
    let present: Vec<(usize, f64)> = vals
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v)))
        .collect();
    let (Some(&(first_i, first_v)), Some(&(last_i, last_v))) = (present.first(), present.last())
    else {
        return no_data(KIND, id, title);
    };

    // Y domain: data, target and baseline.
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for v in present.iter().map(|p| p.1).chain(target).chain(baseline) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    let (ticks, decimals) = nice_ticks(lo, hi);
    let (y_lo, y_hi) = (ticks[0], ticks[ticks.len() - 1]);
    let tick_labels: Vec<String> = ticks.iter().map(|t| fmt_exact(*t, decimals)).collect();

    // Layout.
    let n = points.len();
    let dates: Vec<String> = points.iter().map(|p| truncate(p.date.trim(), 16)).collect();
    let date_w = dates.iter().map(|d| text_w(d, FS_TICK)).fold(0.0, f64::max);
    let tick_w = tick_labels
        .iter()
        .map(|t| text_w(t, FS_TICK))
        .fold(0.0, f64::max);
    let left = (tick_w + 14.0)
        .max(text_w(&dates[0], FS_TICK) / 2.0 + 6.0)
        .max(44.0);
    let right = (text_w(&dates[n - 1], FS_TICK) / 2.0 + 10.0).max(20.0);
    let top = if unit.is_some() { 30.0 } else { 16.0 };
    let plot_h = 210.0;
    let plot_w = W - left - right;
    let bottom = top + plot_h;
    let x_of = |i: usize| {
        if n == 1 {
            left + plot_w / 2.0
        } else {
            left + i as f64 * plot_w / (n - 1) as f64
        }
    };
    let y_of = |v: f64| top + (y_hi - v) / (y_hi - y_lo) * plot_h;
    let fmt_u = |v: f64| with_unit(&val(v), unit);
    let mut body = String::new();

    if let Some(u) = unit {
        // Above the tick labels, right-aligned with them when it fits.
        let u = truncate(u, 16);
        let (x, anchor) = if text_w(&u, FS) <= left - 14.0 {
            (left - 8.0, "end")
        } else {
            (6.0, "start")
        };
        let _ = writeln!(
            body,
            r#"<text class="label axis-title" x="{}" y="{}" text-anchor="{anchor}">{}</text>"#,
            num(x),
            num(top - 12.0),
            escape(&u),
        );
    }
    // Gridlines, axis and tick marks as one path each, and the tick labels
    // in groups that carry their shared attributes: a touchpoint page
    // carries a chart per KPI, so its bytes count.
    let mut grid = String::new();
    let mut y_labels = String::new();
    for (t, label) in ticks.iter().zip(&tick_labels) {
        let y = y_of(*t);
        let _ = write!(grid, "M{} {}H{}", num(left), num(y), num(left + plot_w));
        let _ = writeln!(
            y_labels,
            r#"<text x="{}" y="{}">{label}</text>"#,
            num(left - 8.0),
            num(y + 4.0),
        );
    }
    lines_and_ticks(&mut body, "grid", "0.18", &grid, "end", &y_labels);

    // Dates, thinned so they do not overlap; the latest one is always shown.
    let spacing = if n > 1 {
        plot_w / (n - 1) as f64
    } else {
        plot_w
    };
    let every = ((date_w + 12.0) / spacing).ceil().max(1.0) as usize;
    let mut axis = format!("M{} {}H{}", num(left), num(bottom), num(left + plot_w));
    let mut x_labels = String::new();
    for (i, d) in dates.iter().enumerate() {
        if !(n - 1 - i).is_multiple_of(every) {
            continue;
        }
        let x = num(x_of(i));
        let _ = write!(axis, "M{x} {}v4", num(bottom));
        let tip = tip_if_cut(d, &points[i].date);
        let _ = writeln!(
            x_labels,
            r#"<text x="{x}" y="{}">{}{tip}</text>"#,
            num(bottom + 18.0),
            escape(d),
        );
    }
    lines_and_ticks(&mut body, "axis", "0.6", &axis, "middle", &x_labels);

    // Reference lines first, so the data is drawn over them.
    let refs: Vec<(&str, &str, f64)> = [
        (
            "target",
            r#" stroke-width="1.5" stroke-dasharray="7 4""#,
            target,
        ),
        (
            "baseline",
            r#" stroke-width="1.5" stroke-dasharray="2 3""#,
            baseline,
        ),
    ]
    .into_iter()
    .filter_map(|(name, style, v)| v.map(|v| (name, style, v)))
    .collect();
    for (name, style, v) in &refs {
        let _ = writeln!(body, r#"<g class="{name}">"#);
        hline(
            &mut body,
            &format!("{name}-line"),
            left,
            left + plot_w,
            y_of(*v),
            "1",
            style,
        );
        body.push_str("</g>\n");
    }

    // Data line and markers.
    let pts: Vec<Option<(f64, f64)>> = vals
        .iter()
        .enumerate()
        .map(|(i, v)| v.map(|v| (x_of(i), y_of(v))))
        .collect();
    body.push_str("<g class=\"series series-0\">\n");
    let d = path_segments(&pts);
    if !d.is_empty() {
        let _ = writeln!(
            body,
            r#"<path class="line" d="{d}" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>"#
        );
    }
    for (i, p) in pts.iter().enumerate() {
        if let (Some((x, y)), Some(v)) = (p, vals[i]) {
            let tip = format!("{}: {}", points[i].date.trim(), fmt_u(v));
            body.push_str(&marker(0, *x, *y, 4.0, "point", &tip));
        }
    }
    body.push_str("</g>\n");

    // Labels of the reference lines, placed where they cover the least of
    // the data: the target prefers the right end, the baseline the left.
    let mut obstacles = data_obstacles(&pts);
    let plot = Rect {
        x0: left,
        y0: top - 8.0,
        x1: left + plot_w,
        y1: bottom,
    };
    for (name, _, v) in &refs {
        let y = y_of(*v);
        let text = format!("{name} {}", fmt_u(*v));
        let w = text_w(&text, FS);
        let ends = [
            (left + plot_w - 4.0, "end"),
            (left + 4.0, "start"),
            (left + plot_w / 2.0, "middle"),
        ];
        let ends = if *name == "target" {
            ends
        } else {
            [ends[1], ends[0], ends[2]]
        };
        let mut best: Option<(f64, f64, f64, &str)> = None;
        for (x, anchor) in ends {
            for ly in [y - 6.0, y + 15.0] {
                let b = text_box(x, ly, w, anchor);
                let cost = obstacles.iter().map(|o| b.overlap(o)).sum::<f64>()
                    + (b.area() - b.overlap(&plot)) * 10.0;
                if best.is_none_or(|bst| cost < bst.0) {
                    best = Some((cost, x, ly, anchor));
                }
            }
        }
        let Some((_, x, ly, anchor)) = best else {
            continue;
        };
        obstacles.push(text_box(x, ly, w, anchor));
        let _ = writeln!(
            body,
            r#"<g class="{name}"><text class="label {name}-label halo" x="{}" y="{}" text-anchor="{anchor}" paint-order="stroke" stroke-width="4" stroke-linejoin="round">{}</text></g>"#,
            num(x),
            num(ly),
            escape(&text),
        );
    }

    let h = bottom + 30.0;
    let (min, max) = present
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| {
            (a.min(p.1), b.max(p.1))
        });
    let mut desc = if present.len() == 1 {
        format!(
            "One value: {} ({})",
            fmt_u(first_v),
            points[first_i].date.trim()
        )
    } else {
        format!(
            "{} values from {} ({}) to {} ({}), lowest {}, highest {}",
            present.len(),
            fmt_u(first_v),
            points[first_i].date.trim(),
            fmt_u(last_v),
            points[last_i].date.trim(),
            fmt_u(min),
            fmt_u(max),
        )
    };
    if let Some(t) = target {
        let _ = write!(desc, "; target {}", fmt_u(t));
    }
    if let Some(b) = baseline {
        let _ = write!(desc, "; baseline {}", fmt_u(b));
    }
    desc.push('.');
    svg_doc(KIND, id, title, &desc, h, &body)
}

// ---------------------------------------------------------------------------
// Value bars
// ---------------------------------------------------------------------------

/// Grouped horizontal bars: one group per component, one bar per profile,
/// scale 0..5; the highlighted profile (our brand) stands out; value printed
/// at the end of each bar.
pub fn value_bars(id: &str, title: &str, components: &[String], profiles: &[Profile]) -> String {
    const KIND: &str = "bars";
    let n = components.len();
    let vals: Vec<Vec<Option<f64>>> = profiles.iter().map(|p| profile_values(n, p)).collect();
    if n == 0 || !vals.iter().flatten().any(Option::is_some) {
        return no_data(KIND, id, title);
    }
    let np = profiles.len();
    let colour = colour_slots(profiles);
    let any_hl = profiles.iter().any(|p| p.highlight);

    let labels: Vec<(Vec<String>, bool)> = components.iter().map(|c| wrap(c, 20, 2)).collect();
    let label_w = labels
        .iter()
        .flat_map(|(ls, _)| ls.iter())
        .map(|l| text_w(l, FS))
        .fold(40.0, f64::max)
        .min(char_w(FS) * 20.0);
    let left = 8.0 + label_w + 24.0;
    let right = 44.0;
    let top = 8.0;
    let plot_w = W - left - right;
    let x_of = |v: f64| left + v / 5.0 * plot_w;
    let (bar_h, gap, value_fs) = match np {
        0..=3 => (14.0, 3.0, 12.0),
        4..=5 => (11.0, 3.0, 11.0),
        _ => (8.0, 2.0, 9.0),
    };
    let pad = 14.0;

    let mut body = String::new();
    let mut groups = String::new();
    let mut y = top + pad / 2.0;
    for (ci, comp) in components.iter().enumerate() {
        let (lines, cut) = &labels[ci];
        let bars_h = np as f64 * bar_h + np.saturating_sub(1) as f64 * gap;
        let group_h = bars_h.max(lines.len() as f64 * LH);
        let bars_top = y + (group_h - bars_h) / 2.0;
        let mid = y + group_h / 2.0;
        let first = mid + 4.5 - (lines.len().saturating_sub(1)) as f64 * LH / 2.0;
        let tip = if *cut { Some(comp.as_str()) } else { None };
        groups.push_str(&text_lines(
            "label component",
            (left - 24.0, first),
            FS,
            lines,
            "end",
            tip,
        ));
        for (pi, p) in profiles.iter().enumerate() {
            let by = bars_top + pi as f64 * (bar_h + gap);
            let cy = by + bar_h / 2.0;
            let slot = colour[pi];
            let hl = if p.highlight { " highlight" } else { "" };
            let _ = writeln!(
                groups,
                r#"<g class="series series-{}{hl}">"#,
                slot % COLOURS
            );
            groups.push_str(&marker(slot, left - 11.0, cy, 3.5, "bar-marker", ""));
            let v = vals[pi][ci];
            if let Some(v) = v {
                let opacity = if any_hl && !p.highlight {
                    r#" fill-opacity="0.6""#
                } else {
                    ""
                };
                let stroke = if p.highlight {
                    r#" stroke="currentColor" stroke-width="1""#
                } else {
                    ""
                };
                let _ = writeln!(
                    groups,
                    r#"<rect class="bar" x="{}" y="{}" width="{}" height="{}" fill="currentColor"{opacity}{stroke}><title>{}</title></rect>"#,
                    num(left),
                    num(by),
                    num(x_of(v) - left),
                    num(bar_h),
                    escape(&format!("{} — {}: {}", p.label.trim(), comp.trim(), val(v))),
                );
            }
            groups.push_str("</g>\n");
            let (text, class) = match v {
                Some(v) => (
                    val(v),
                    if p.highlight {
                        "label value highlight"
                    } else {
                        "label value"
                    },
                ),
                None => ("n/a".to_string(), "label value missing"),
            };
            let weight = if p.highlight {
                r#" font-weight="700""#
            } else {
                ""
            };
            let _ = writeln!(
                groups,
                r#"<text class="{class}" x="{}" y="{}" font-size="{}"{weight}>{text}</text>"#,
                num(x_of(v.unwrap_or(0.0)) + 5.0),
                num(cy + value_fs * 0.36),
                num(value_fs),
            );
        }
        y += group_h + pad;
    }
    let bars_bottom = y - pad / 2.0;

    // Scale 0..5 behind the bars.
    for t in 0..=5 {
        let x = num(x_of(f64::from(t)));
        let (class, opacity) = if t == 0 {
            ("axis", "0.6")
        } else {
            ("grid", "0.18")
        };
        let _ = writeln!(
            body,
            r#"<line class="{class}" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="currentColor" stroke-opacity="{opacity}"/>"#,
            num(top),
            num(bars_bottom),
        );
        let _ = writeln!(
            body,
            r#"<text class="label tick" x="{x}" y="{}" text-anchor="middle" font-size="{FS_TICK}">{t}</text>"#,
            num(bars_bottom + 16.0),
        );
    }
    body.push_str(&groups);

    let items = profile_legend(profiles, &colour, true);
    let (legend_svg, legend_h) = legend(&items, bars_bottom + 24.0);
    body.push_str(&legend_svg);
    let h = bars_bottom + 24.0 + legend_h + 6.0;
    let desc = format!(
        "Scores from 0 to 5 per component; {}.",
        profiles_desc(components, profiles, &vals)
    );
    svg_doc(KIND, id, title, &desc, h, &body)
}

// ---------------------------------------------------------------------------
// Radar
// ---------------------------------------------------------------------------

/// Radar (spider) chart of the same data, 0..5 rings; polygons per profile;
/// distinct stroke dash patterns per profile so colour is not the only
/// signal.
pub fn radar(id: &str, title: &str, components: &[String], profiles: &[Profile]) -> String {
    const KIND: &str = "radar";
    let n = components.len();
    let vals: Vec<Vec<Option<f64>>> = profiles.iter().map(|p| profile_values(n, p)).collect();
    if n == 0 || !vals.iter().flatten().any(Option::is_some) {
        return no_data(KIND, id, title);
    }
    let colour = colour_slots(profiles);
    let r_max = 150.0;
    let cx = W / 2.0;
    let cy = 14.0 + 2.0 * LH + 12.0 + r_max;
    let angle =
        |i: usize| -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64;
    let at = |i: usize, v: f64| {
        let (s, c) = angle(i).sin_cos();
        let r = v / 5.0 * r_max;
        (cx + r * c, cy + r * s)
    };
    let mut body = String::new();

    // Rings (polygons when there are at least 3 spokes) and spokes.
    for k in 1..=5 {
        let (class, opacity) = if k == 5 {
            ("grid ring axis", "0.45")
        } else {
            ("grid ring", "0.18")
        };
        if n >= 3 {
            let pts: Vec<String> = (0..n)
                .map(|i| {
                    let (x, y) = at(i, f64::from(k));
                    format!("{},{}", num(x), num(y))
                })
                .collect();
            let _ = writeln!(
                body,
                r#"<polygon class="{class}" points="{}" fill="none" stroke="currentColor" stroke-opacity="{opacity}"/>"#,
                pts.join(" ")
            );
        } else {
            let _ = writeln!(
                body,
                r#"<circle class="{class}" cx="{}" cy="{}" r="{}" fill="none" stroke="currentColor" stroke-opacity="{opacity}"/>"#,
                num(cx),
                num(cy),
                num(f64::from(k) / 5.0 * r_max),
            );
        }
    }
    for i in 0..n {
        let (x, y) = at(i, 5.0);
        let _ = writeln!(
            body,
            r#"<line class="grid spoke" x1="{}" y1="{}" x2="{}" y2="{}" stroke="currentColor" stroke-opacity="0.25"/>"#,
            num(cx),
            num(cy),
            num(x),
            num(y),
        );
    }
    // Component labels around the outside.
    for (i, comp) in components.iter().enumerate() {
        let (s, c) = angle(i).sin_cos();
        let (lx, ly) = (cx + (r_max + 12.0) * c, cy + (r_max + 12.0) * s);
        let anchor = if c > 0.3 {
            "start"
        } else if c < -0.3 {
            "end"
        } else {
            "middle"
        };
        // Wrap to the room left between the label and the chart edge.
        let room = match anchor {
            "start" => W - 6.0 - lx,
            "end" => lx - 6.0,
            _ => 2.0 * (lx - 6.0).min(W - 6.0 - lx),
        };
        let max_chars = (room / char_w(FS)).floor().clamp(6.0, 26.0) as usize;
        let (lines, cut) = wrap(comp, max_chars, 2);
        let extra = lines.len().saturating_sub(1) as f64 * LH;
        let first = if s < -0.5 {
            ly - extra
        } else if s > 0.5 {
            ly + 10.0
        } else {
            ly + 4.5 - extra / 2.0
        };
        let tip = if cut { Some(comp.as_str()) } else { None };
        body.push_str(&text_lines(
            "label component",
            (lx, first),
            FS,
            &lines,
            anchor,
            tip,
        ));
    }

    // Profiles, highlighted ones last so they are drawn on top.
    let mut order: Vec<usize> = (0..profiles.len())
        .filter(|&p| !profiles[p].highlight)
        .collect();
    order.extend((0..profiles.len()).filter(|&p| profiles[p].highlight));
    for pi in order {
        let p = &profiles[pi];
        let vs = &vals[pi];
        let slot = colour[pi];
        let hl = if p.highlight { " highlight" } else { "" };
        let _ = writeln!(body, r#"<g class="series series-{}{hl}">"#, slot % COLOURS);
        let pts: Vec<Option<(f64, f64)>> = vs
            .iter()
            .enumerate()
            .map(|(i, v)| v.map(|v| at(i, v)))
            .collect();
        let closed = pts.iter().all(Option::is_some);
        let d = if closed {
            let mut d = path_segments(&pts);
            d.push_str(" Z");
            d
        } else {
            // Start right after a gap so segments do not wrap around it.
            let gap = pts.iter().position(Option::is_none).unwrap_or(0);
            let rotated: Vec<Option<(f64, f64)>> = (1..=n).map(|k| pts[(gap + k) % n]).collect();
            path_segments(&rotated)
        };
        let dash = DASHES[slot % DASHES.len()];
        let dash = if dash.is_empty() {
            String::new()
        } else {
            format!(r#" stroke-dasharray="{dash}""#)
        };
        let (width, fill_op) = if p.highlight {
            ("3", "0.2")
        } else {
            ("2", "0.07")
        };
        let fill = if closed {
            format!(r#"fill="currentColor" fill-opacity="{fill_op}""#)
        } else {
            r#"fill="none""#.to_string()
        };
        if !d.is_empty() {
            let _ = writeln!(
                body,
                r#"<path class="radar-shape" d="{d}" {fill} stroke="currentColor" stroke-width="{width}" stroke-linejoin="round"{dash}/>"#
            );
        }
        let r = if p.highlight { 4.5 } else { 3.5 };
        for (i, pt) in pts.iter().enumerate() {
            if let (Some((x, y)), Some(v)) = (pt, vs[i]) {
                let tip = format!("{} — {}: {}", p.label.trim(), components[i].trim(), val(v));
                body.push_str(&marker(slot, *x, *y, r, "point", &tip));
            }
        }
        body.push_str("</g>\n");
    }

    // Ring values on top of the shapes, with a halo.
    for k in 1..=5 {
        let _ = writeln!(
            body,
            r#"<text class="label tick halo" x="{}" y="{}" font-size="11" paint-order="stroke" stroke-width="3" stroke-linejoin="round">{k}</text>"#,
            num(cx + 4.0),
            num(cy - f64::from(k) / 5.0 * r_max + 12.0),
        );
    }
    let items = profile_legend(profiles, &colour, false);
    let legend_top = cy + r_max + 12.0 + 10.0 + LH + 12.0;
    let (legend_svg, legend_h) = legend(&items, legend_top);
    body.push_str(&legend_svg);
    let h = legend_top + legend_h + 6.0;
    let desc = format!(
        "Scores from 0 to 5 per component; {}.",
        profiles_desc(components, profiles, &vals)
    );
    svg_doc(KIND, id, title, &desc, h, &body)
}

// ---------------------------------------------------------------------------
// Positioning map
// ---------------------------------------------------------------------------

/// Positioning map: x and y 0..5 with quadrant lines at 2.5, axis titles,
/// each point a labelled marker (highlighted one larger, different shape);
/// labels are nudged deterministically so overlapping points stay readable.
pub fn positioning_map(
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
        return no_data(KIND, id, title);
    }
    pts.sort_by_key(|p| !p.0.highlight); // stable: input order within each group

    let (left, right, top, plot_h) = (48.0, 16.0, 14.0, 400.0);
    let plot_w = W - left - right;
    let bottom = top + plot_h;
    let x_of = |v: f64| left + v / 5.0 * plot_w;
    let y_of = |v: f64| bottom - v / 5.0 * plot_h;
    let mut body = String::new();

    for t in 0..=5 {
        let (x, y) = (x_of(f64::from(t)), y_of(f64::from(t)));
        let (class, opacity) = if t == 0 || t == 5 {
            ("axis", "0.6")
        } else {
            ("grid", "0.12")
        };
        hline(&mut body, class, left, left + plot_w, y, opacity, "");
        let _ = writeln!(
            body,
            r#"<line class="{class}" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="currentColor" stroke-opacity="{opacity}"/>"#,
            num(top),
            num(bottom),
            x = num(x),
        );
        let _ = writeln!(
            body,
            r#"<text class="label tick" x="{}" y="{}" text-anchor="middle" font-size="{FS_TICK}">{t}</text>"#,
            num(x),
            num(bottom + 17.0),
        );
        let _ = writeln!(
            body,
            r#"<text class="label tick" x="{}" y="{}" text-anchor="end" font-size="{FS_TICK}">{t}</text>"#,
            num(left - 7.0),
            num(y + 4.0),
        );
    }
    let (qx, qy) = (x_of(2.5), y_of(2.5));
    hline(
        &mut body,
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
        num(top),
        num(bottom),
        x = num(qx),
    );
    let _ = writeln!(
        body,
        r#"<text class="label axis-title" x="{}" y="{}" text-anchor="middle" font-weight="600">{} →</text>"#,
        num(left + plot_w / 2.0),
        num(bottom + 40.0),
        escape(&truncate(x_label.trim(), 60)),
    );
    let (tx, ty) = (num(18.0), num(top + plot_h / 2.0));
    let _ = writeln!(
        body,
        r#"<text class="label axis-title" x="{tx}" y="{ty}" text-anchor="middle" font-weight="600" transform="rotate(-90 {tx} {ty})">{} →</text>"#,
        escape(&truncate(y_label.trim(), 50)),
    );

    // Label placement: try positions around each marker, nearest first; take
    // the first that overlaps nothing, else the one with least overlap.
    let plot = Rect {
        x0: left,
        y0: top,
        x1: left + plot_w,
        y1: bottom,
    };
    let radius = |p: &Point2| if p.highlight { 8.0 } else { 5.5 };

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
    for (p, x, y) in &pts {
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

    let mut obstacles = RectGrid::default();
    for ((p, _, _), &(cx, cy)) in pts.iter().zip(&pos) {
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
    for ((p, _, _), &(cx, cy)) in pts.iter().zip(&pos) {
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
                    num(cx),
                    num(cy),
                    num(lx),
                    num(ly),
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
            num(ax),
            num(ay),
            escape(&text),
        );
    }
    body.push_str(&leaders);
    // Markers: others first, highlighted on top.
    for ((p, x, y), &(cx, cy)) in pts.iter().zip(&pos).rev() {
        let tip = format!(
            "{}: {} {}, {} {}",
            p.label.trim(),
            x_label.trim(),
            val(*x),
            y_label.trim(),
            val(*y)
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

    let h = bottom + 52.0;
    let listed: Vec<String> = points
        .iter()
        .filter(|p| p.x.is_finite() && p.y.is_finite())
        .map(|p| {
            let hl = if p.highlight { " (highlighted)" } else { "" };
            format!(
                "{}{hl} at ({}, {})",
                p.label.trim(),
                val(p.x.clamp(0.0, 5.0)),
                val(p.y.clamp(0.0, 5.0))
            )
        })
        .collect();
    let desc = format!(
        "Positioning map with {} on the x axis and {} on the y axis, both from 0 to 5: {}.",
        x_label.trim(),
        y_label.trim(),
        listed.join(", ")
    );
    svg_doc(KIND, id, title, &desc, h, &body)
}

// ---------------------------------------------------------------------------
// Sparkline
// ---------------------------------------------------------------------------

/// A tiny inline line for tables (80×20), no text except `<title>`.
pub fn sparkline(id: &str, label: &str, values: &[f64]) -> String {
    const KIND: &str = "sparkline";
    let (sw, sh, pad) = (80.0, 20.0, 3.5);
    let vals: Vec<Option<f64>> = values.iter().map(|v| finite(Some(*v))).collect();
    let present: Vec<f64> = vals.iter().flatten().copied().collect();
    let id_s = sanitize_id(id);
    let head = |desc: &str, extra: &str| {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-{KIND}{extra}\" viewBox=\"0 0 80 20\" width=\"80\" height=\"20\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"{id_s}-title {id_s}-desc\" font-family=\"{FONT}\" fill=\"currentColor\">\n<title id=\"{id_s}-title\">{}</title>\n<desc id=\"{id_s}-desc\">{}</desc>\n",
            escape(&or_default(label, "Trend")),
            escape(desc),
        )
    };
    let (Some(&first), Some(&last)) = (present.first(), present.last()) else {
        let mut s = head("No data.", " chart-empty");
        s.push_str("<text class=\"label no-data\" x=\"40\" y=\"13\" text-anchor=\"middle\" font-size=\"9\">No data</text>\n</svg>");
        return s;
    };
    let (min, max) = present
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(*v), b.max(*v))
        });
    let n = vals.len();
    let x_of = |i: usize| {
        if n == 1 {
            sw / 2.0
        } else {
            pad + i as f64 * (sw - 2.0 * pad) / (n - 1) as f64
        }
    };
    let y_of = |v: f64| {
        if max > min {
            pad + (max - v) / (max - min) * (sh - 2.0 * pad)
        } else {
            sh / 2.0
        }
    };
    let pts: Vec<Option<(f64, f64)>> = vals
        .iter()
        .enumerate()
        .map(|(i, v)| v.map(|v| (x_of(i), y_of(v))))
        .collect();
    let desc = if present.len() == 1 {
        format!("One value: {}.", val(first))
    } else {
        format!(
            "{} values from {} to {}, lowest {}, highest {}.",
            present.len(),
            val(first),
            val(last),
            val(min),
            val(max)
        )
    };
    let mut s = head(&desc, "");
    s.push_str("<g class=\"series series-0\">\n");
    let d = path_segments(&pts);
    if !d.is_empty() {
        let _ = writeln!(
            s,
            r#"<path class="line" d="{d}" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>"#
        );
    }
    if let Some((x, y)) = pts.iter().rev().flatten().next() {
        let _ = writeln!(
            s,
            r#"<circle class="point" cx="{}" cy="{}" r="2"/>"#,
            num(*x),
            num(*y)
        );
    }
    s.push_str("</g>\n</svg>");
    s
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// XML-escapes text for element content and attribute values. Control
/// characters (not allowed in XML 1.0) become spaces.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Keeps `[a-z0-9-_]` (lowercasing ASCII letters); anything else becomes `-`.
fn sanitize_id(id: &str) -> String {
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

fn or_default(s: &str, default: &str) -> String {
    let s = s.trim();
    if s.is_empty() {
        default.to_string()
    } else {
        s.to_string()
    }
}

fn finite(v: Option<f64>) -> Option<f64> {
    v.filter(|v| v.is_finite())
}

/// Fixed decimals, trailing zeros trimmed, never "-0" or "NaN".
fn fmt_fixed(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "0".to_string();
    }
    let mut s = format!("{v:.decimals$}");
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    if s == "-0" { "0".to_string() } else { s }
}

/// Exactly `decimals` decimals (tick labels: "0.8", "1.0", "1.2"), never "-0".
fn fmt_exact(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "0".to_string();
    }
    let s = format!("{v:.decimals$}");
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_string()
    } else {
        s
    }
}

/// A coordinate: at most 2 decimals.
fn num(v: f64) -> String {
    fmt_fixed(v, 2)
}

/// A data value: at most 2 decimals, or 2 significant digits (up to 6
/// decimals) below 1.
fn val(v: f64) -> String {
    let a = v.abs();
    if !a.is_finite() || a == 0.0 || a >= 0.1 {
        return fmt_fixed(v, 2);
    }
    let decimals = (1 - a.log10().floor() as i32).clamp(2, 6) as usize;
    fmt_fixed(v, decimals)
}

fn with_unit(v: &str, unit: Option<&str>) -> String {
    match unit {
        None => v.to_string(),
        Some("%") => format!("{v}%"),
        Some(u) => format!("{v} {u}"),
    }
}

/// 4–5 ticks on a 1/2/2.5/5 × 10^k step covering `lo..=hi`, plus the number
/// of decimals needed to print them.
fn nice_ticks(lo: f64, hi: f64) -> (Vec<f64>, usize) {
    let (mut lo, mut hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    if !(lo.is_finite() && hi.is_finite()) {
        return (vec![0.0, 1.0], 0);
    }
    if hi - lo <= f64::EPSILON * hi.abs().max(1.0) * 16.0 {
        let pad = if lo.abs() > 0.0 { lo.abs() * 0.1 } else { 1.0 };
        lo -= pad;
        hi += pad;
    }
    let raw = (hi - lo) / 4.0;
    let mag = 10f64.powf(raw.log10().floor());
    let mut fallback = None;
    for scale in [0.1, 1.0, 10.0] {
        for mult in [1.0, 2.0, 2.5, 5.0] {
            let step = mult * mag * scale;
            let a = (lo / step + 1e-9).floor();
            let b = (hi / step - 1e-9).ceil();
            let intervals = b - a;
            if (1.0..=4.0).contains(&intervals) {
                let ticks: Vec<f64> = (0..=intervals as usize)
                    .map(|k| (a + k as f64) * step)
                    .collect();
                let decimals = (0..=6)
                    .find(|&d| {
                        let scaled = step * 10f64.powi(d);
                        (scaled - scaled.round()).abs() < 1e-6 * scaled.max(1.0)
                    })
                    .unwrap_or(6) as usize;
                if intervals >= 3.0 {
                    return (ticks, decimals);
                }
                fallback.get_or_insert((ticks, decimals));
            }
        }
    }
    fallback.unwrap_or((vec![lo, hi], 2))
}

fn char_w(size: f64) -> f64 {
    size * 0.58
}

/// Rough width of a text in viewBox units.
fn text_w(s: &str, size: f64) -> f64 {
    s.chars().count() as f64 * char_w(size)
}

/// Shortens to at most `max` characters, ending in "…" when cut.
fn truncate(s: &str, max: usize) -> String {
    let max = max.max(1);
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t = t.trim_end().to_string();
        t.push('…');
        t
    }
}

/// Greedy word wrap into at most `max_lines` lines of `max` characters;
/// returns the lines and whether anything had to be cut.
fn wrap(s: &str, max: usize, max_lines: usize) -> (Vec<String>, bool) {
    let (max, max_lines) = (max.max(1), max_lines.max(1));
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for (piece, space) in break_points(s) {
        let sep = usize::from(space && !cur.is_empty());
        if cur.is_empty() || cur.chars().count() + sep + piece.chars().count() <= max {
            if sep == 1 {
                cur.push(' ');
            }
            cur.push_str(piece);
        } else {
            lines.push(std::mem::take(&mut cur));
            cur = piece.to_string();
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    let mut cut = false;
    if lines.len() > max_lines {
        let rest = lines.split_off(max_lines - 1).join(" ");
        lines.push(rest);
        cut = true;
    }
    for l in &mut lines {
        if l.chars().count() > max {
            *l = truncate(l, max);
            cut = true;
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    (lines, cut)
}

/// Splits text into pieces a line may break after: words, and word parts
/// after an inner hyphen ("Post-" + "purchase"). The flag says whether the
/// piece is preceded by a space.
fn break_points(s: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    for word in s.split_whitespace() {
        let mut start = 0;
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        for k in 1..chars.len().saturating_sub(1) {
            let (i, c) = chars[k];
            if c == '-' && chars[k - 1].1.is_alphanumeric() && chars[k + 1].1.is_alphanumeric() {
                out.push((&word[start..i + 1], start == 0));
                start = i + 1;
            }
        }
        out.push((&word[start..], start == 0));
    }
    out
}

/// `<title>` child carrying the full text when a label was shortened.
fn tip_if_cut(shown: &str, full: &str) -> String {
    if shown == full.trim() {
        String::new()
    } else {
        format!("<title>{}</title>", escape(full.trim()))
    }
}

/// A `<text>` with one `<tspan>` per line, the first baseline at `y`.
fn text_lines(
    class: &str,
    (x, y): (f64, f64),
    size: f64,
    lines: &[String],
    anchor: &str,
    tip: Option<&str>,
) -> String {
    let size = if size == FS {
        String::new()
    } else {
        format!(r#" font-size="{}""#, num(size))
    };
    let mut s = format!(
        r#"<text class="{class}" x="{}" y="{}" text-anchor="{anchor}"{size}>"#,
        num(x),
        num(y)
    );
    for (i, l) in lines.iter().enumerate() {
        let _ = write!(
            s,
            r#"<tspan x="{}" y="{}">{}</tspan>"#,
            num(x),
            num(y + i as f64 * LH),
            escape(l)
        );
    }
    if let Some(t) = tip {
        let _ = write!(s, "<title>{}</title>", escape(t.trim()));
    }
    s.push_str("</text>\n");
    s
}

/// Lines of one kind as one path (`d`), then their tick labels (`labels`,
/// `<text>` elements) in a group that carries the attributes they share.
fn lines_and_ticks(
    out: &mut String,
    class: &str,
    opacity: &str,
    d: &str,
    anchor: &str,
    labels: &str,
) {
    let _ = writeln!(
        out,
        r#"<path class="{class}" d="{d}" stroke="currentColor" stroke-opacity="{opacity}"/>"#
    );
    let _ = write!(
        out,
        "<g class=\"label tick\" text-anchor=\"{anchor}\" font-size=\"{FS_TICK}\">\n{labels}</g>\n"
    );
}

fn hline(out: &mut String, class: &str, x1: f64, x2: f64, y: f64, opacity: &str, extra: &str) {
    let _ = writeln!(
        out,
        r#"<line class="{class}" x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="currentColor" stroke-opacity="{opacity}"{extra}/>"#,
        num(x1),
        num(x2),
        y = num(y),
    );
}

/// Path data with a new subpath after every gap; lone points are left to
/// their markers.
fn path_segments(pts: &[Option<(f64, f64)>]) -> String {
    let mut d = String::new();
    let mut run: Vec<(f64, f64)> = Vec::new();
    let flush = |run: &mut Vec<(f64, f64)>, d: &mut String| {
        if run.len() >= 2 {
            for (k, (x, y)) in run.iter().enumerate() {
                if !d.is_empty() {
                    d.push(' ');
                }
                let _ = write!(
                    d,
                    "{}{} {}",
                    if k == 0 { "M" } else { "L" },
                    num(*x),
                    num(*y)
                );
            }
        }
        run.clear();
    };
    for p in pts {
        match p {
            Some(xy) => run.push(*xy),
            None => flush(&mut run, &mut d),
        }
    }
    flush(&mut run, &mut d);
    d
}

/// A data marker; the shape follows the series index: circle, square,
/// diamond, triangle.
fn marker(shape: usize, cx: f64, cy: f64, r: f64, class: &str, tip: &str) -> String {
    let tip = if tip.is_empty() {
        String::new()
    } else {
        format!("<title>{}</title>", escape(tip))
    };
    match shape % 4 {
        0 => format!(
            "<circle class=\"{class}\" cx=\"{}\" cy=\"{}\" r=\"{}\">{tip}</circle>\n",
            num(cx),
            num(cy),
            num(r)
        ),
        1 => {
            let s = r * 0.9;
            format!(
                "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\">{tip}</rect>\n",
                num(cx - s),
                num(cy - s),
                num(2.0 * s),
                num(2.0 * s)
            )
        }
        2 => {
            let s = r * 1.3;
            format!(
                "<path class=\"{class}\" d=\"M{} {} L{} {} L{} {} L{} {} Z\">{tip}</path>\n",
                num(cx),
                num(cy - s),
                num(cx + s),
                num(cy),
                num(cx),
                num(cy + s),
                num(cx - s),
                num(cy)
            )
        }
        _ => {
            let s = r * 1.35;
            format!(
                "<path class=\"{class}\" d=\"M{} {} L{} {} L{} {} Z\">{tip}</path>\n",
                num(cx),
                num(cy - s),
                num(cx + s * 0.95),
                num(cy + s * 0.65),
                num(cx - s * 0.95),
                num(cy + s * 0.65)
            )
        }
    }
}

struct LegendItem {
    label: String,
    /// Series classes (`series series-N …`) for the sample, not the text.
    class: String,
    shape: usize,
    dash: &'static str,
    /// Bar charts show a filled swatch instead of a line sample.
    swatch: bool,
    /// Swatch drawn at the reduced opacity of non-highlighted bars.
    faded: bool,
}

/// Legend rows from `y0` down, wrapped to the chart width and centred;
/// returns the markup and its height. A label too long for a row is
/// wrapped onto up to three lines (and cut only beyond that, with its full
/// text as a tooltip), so that no label runs off the chart.
fn legend(items: &[LegendItem], y0: f64) -> (String, f64) {
    if items.is_empty() {
        return (String::new(), 0.0);
    }
    let row_h = 22.0;
    let (gap, sample) = (18.0, 34.0);
    let max_chars = ((W - 16.0 - sample) / char_w(FS)).floor() as usize;
    // Lay out rows first so that each can be centred.
    type Placed<'a> = (&'a LegendItem, Vec<String>, bool, f64);
    let mut rows: Vec<Vec<Placed>> = vec![Vec::new()];
    let mut row_w = 0.0;
    for it in items {
        let (lines, cut) = wrap(it.label.trim(), max_chars, 3);
        let iw = sample + lines.iter().map(|l| text_w(l, FS)).fold(0.0, f64::max);
        let row = rows.last_mut().expect("rows is never empty");
        if !row.is_empty() && row_w + gap + iw > W - 16.0 {
            rows.push(vec![(it, lines, cut, iw)]);
            row_w = iw;
        } else {
            row_w += if row.is_empty() { iw } else { gap + iw };
            row.push((it, lines, cut, iw));
        }
    }
    let mut s = String::from("<g class=\"legend\">\n");
    let mut top = y0;
    for row in &rows {
        let total: f64 = row.iter().map(|(.., w)| w).sum::<f64>() + gap * (row.len() - 1) as f64;
        let mut x = ((W - total) / 2.0).max(8.0);
        let cy = top + row_h / 2.0;
        let extra_lines = row.iter().map(|(_, l, ..)| l.len() - 1).max().unwrap_or(0);
        for (it, lines, cut, iw) in row {
            let _ = writeln!(s, r#"<g class="legend-item">"#);
            let _ = writeln!(s, r#"<g class="{}">"#, it.class);
            if it.swatch {
                s.push_str(&marker(it.shape, x + 5.0, cy, 3.5, "legend-marker", ""));
                let faded = if it.faded {
                    r#" fill-opacity="0.6""#
                } else {
                    ""
                };
                let _ = writeln!(
                    s,
                    r#"<rect class="legend-swatch" x="{}" y="{}" width="16" height="10" fill="currentColor"{faded}/>"#,
                    num(x + 12.0),
                    num(cy - 5.0),
                );
            } else {
                let dash = if it.dash.is_empty() {
                    String::new()
                } else {
                    format!(r#" stroke-dasharray="{}""#, it.dash)
                };
                let _ = writeln!(
                    s,
                    r#"<line class="legend-line" x1="{}" y1="{cy}" x2="{}" y2="{cy}" stroke="currentColor" stroke-width="2.5"{dash}/>"#,
                    num(x),
                    num(x + 28.0),
                    cy = num(cy),
                );
                s.push_str(&marker(it.shape, x + 14.0, cy, 4.0, "legend-marker", ""));
            }
            s.push_str("</g>\n");
            let tip = cut.then_some(it.label.as_str());
            let text = text_lines("label", (x + sample, cy + 4.5), FS, lines, "start", tip);
            s.push_str(&text);
            s.push_str("</g>\n");
            x += iw + gap;
        }
        top += row_h + extra_lines as f64 * LH;
    }
    s.push_str("</g>\n");
    (s, top - y0)
}

/// Colour/shape slot per profile: highlighted profiles first (so our brand
/// is always `series-0`), then the others in input order.
fn colour_slots(profiles: &[Profile]) -> Vec<usize> {
    let mut slots = vec![0; profiles.len()];
    let mut next = 0;
    for want in [true, false] {
        for (i, p) in profiles.iter().enumerate() {
            if p.highlight == want {
                slots[i] = next;
                next += 1;
            }
        }
    }
    slots
}

/// One value per component: finite and clamped to 0..5.
fn profile_values(n: usize, p: &Profile) -> Vec<Option<f64>> {
    (0..n)
        .map(|i| finite(p.values.get(i).copied().flatten()).map(|v| v.clamp(0.0, 5.0)))
        .collect()
}

fn profile_legend(profiles: &[Profile], slots: &[usize], swatch: bool) -> Vec<LegendItem> {
    profiles
        .iter()
        .zip(slots)
        .map(|(p, &slot)| LegendItem {
            label: p.label.clone(),
            class: format!(
                "series series-{}{}",
                slot % COLOURS,
                if p.highlight { " highlight" } else { "" }
            ),
            shape: slot,
            dash: if swatch {
                ""
            } else {
                DASHES[slot % DASHES.len()]
            },
            swatch,
            faded: swatch && !p.highlight && profiles.iter().any(|p| p.highlight),
        })
        .collect()
}

fn profiles_desc(components: &[String], profiles: &[Profile], vals: &[Vec<Option<f64>>]) -> String {
    profiles
        .iter()
        .zip(vals)
        .map(|(p, vs)| {
            let parts: Vec<String> = components
                .iter()
                .zip(vs)
                .map(|(c, v)| match v {
                    Some(v) => format!("{} {}", c.trim(), val(*v)),
                    None => format!("{} no data", c.trim()),
                })
                .collect();
            let hl = if p.highlight { " (highlighted)" } else { "" };
            format!("{}{hl}: {}", p.label.trim(), parts.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[derive(Clone, Copy)]
struct Rect {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Rect {
    fn area(&self) -> f64 {
        (self.x1 - self.x0).max(0.0) * (self.y1 - self.y0).max(0.0)
    }
    fn overlap(&self, o: &Rect) -> f64 {
        let w = self.x1.min(o.x1) - self.x0.max(o.x0);
        let h = self.y1.min(o.y1) - self.y0.max(o.y0);
        if w > 0.0 && h > 0.0 { w * h } else { 0.0 }
    }
}

/// Rectangles, each filed under the cells of a uniform grid it touches, so
/// that those a box may overlap are found without testing every one.
#[derive(Default)]
struct RectGrid {
    rects: Vec<Rect>,
    cells: HashMap<(i64, i64), Vec<usize>>,
}

impl RectGrid {
    const CELL: f64 = 32.0;

    /// The cells a rectangle touches: `(x0, y0, x1, y1)`, inclusive.
    fn span(r: &Rect) -> (i64, i64, i64, i64) {
        let c = |v: f64| (v / Self::CELL).floor() as i64;
        (c(r.x0), c(r.y0), c(r.x1), c(r.y1))
    }

    fn push(&mut self, r: Rect) {
        let (x0, y0, x1, y1) = Self::span(&r);
        let i = self.rects.len();
        for cx in x0..=x1 {
            for cy in y0..=y1 {
                self.cells.entry((cx, cy)).or_default().push(i);
            }
        }
        self.rects.push(r);
    }

    /// The sum of the areas `b` shares with each rectangle. Two rectangles
    /// that overlap share a cell, and the overlaps are added in the order
    /// the rectangles came, as a sum over all of them would (the others
    /// add only zeros): the same figure to the last bit.
    fn overlap(&self, b: &Rect) -> f64 {
        let (x0, y0, x1, y1) = Self::span(b);
        let mut hits: Vec<usize> = Vec::new();
        for cx in x0..=x1 {
            for cy in y0..=y1 {
                if let Some(list) = self.cells.get(&(cx, cy)) {
                    hits.extend(list.iter().filter(|&&i| b.overlap(&self.rects[i]) > 0.0));
                }
            }
        }
        hits.sort_unstable();
        hits.dedup();
        hits.iter().map(|&i| b.overlap(&self.rects[i])).sum()
    }
}

/// Small boxes covering the markers and the line segments between them,
/// for keeping labels off the data.
fn data_obstacles(pts: &[Option<(f64, f64)>]) -> Vec<Rect> {
    let around = |x: f64, y: f64, r: f64| Rect {
        x0: x - r,
        y0: y - r,
        x1: x + r,
        y1: y + r,
    };
    let mut out: Vec<Rect> = pts
        .iter()
        .flatten()
        .map(|&(x, y)| around(x, y, 5.0))
        .collect();
    for pair in pts.windows(2) {
        if let [Some((x0, y0)), Some((x1, y1))] = pair {
            let len = ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt();
            let steps = (len / 4.0).ceil().clamp(1.0, 500.0) as usize;
            for k in 1..steps {
                let t = k as f64 / steps as f64;
                out.push(around(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, 1.5));
            }
        }
    }
    out
}

/// Box of a one-line label of width `w` with its baseline at `y`.
fn text_box(x: f64, y: f64, w: f64, anchor: &str) -> Rect {
    let x0 = match anchor {
        "start" => x,
        "end" => x - w,
        _ => x - w / 2.0,
    };
    Rect {
        x0: x0 - 2.0,
        y0: y - 11.0,
        x1: x0 + w + 2.0,
        y1: y + 4.0,
    }
}

/// Wraps a chart body in the `<svg>` element with title and description.
fn svg_doc(kind: &str, id: &str, title: &str, desc: &str, h: f64, body: &str) -> String {
    svg_doc_with(&format!("chart-{kind}"), id, title, desc, W, h, body)
}

fn svg_doc_with(
    classes: &str,
    id: &str,
    title: &str,
    desc: &str,
    w: f64,
    h: f64,
    body: &str,
) -> String {
    let id = escape(&sanitize_id(id));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {classes}\" viewBox=\"0 0 {} {}\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"{FONT}\" font-size=\"{FS}\" fill=\"currentColor\">\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n{body}</svg>",
        num(w),
        num(h.ceil()),
        escape(&or_default(title, "Chart")),
        escape(desc),
    )
}

/// A small valid chart that says "No data".
fn no_data(kind: &str, id: &str, title: &str) -> String {
    let body = format!(
        "<text class=\"label no-data\" x=\"{}\" y=\"45\" text-anchor=\"middle\">No data</text>\n",
        num(W / 2.0)
    );
    svg_doc_with(
        &format!("chart-{kind} chart-empty"),
        id,
        title,
        "No data.",
        W,
        80.0,
        &body,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> String {
        v.to_string()
    }

    fn stages() -> Vec<String> {
        vec![
            s("awareness"),
            s("consideration"),
            s("purchase"),
            s("onboarding"),
            s("loyalty"),
        ]
    }

    fn emotion_series() -> Vec<Series> {
        vec![
            Series {
                label: s("Nina — as-is"),
                points: vec![Some(1.0), Some(0.5), None, Some(-1.0), Some(0.0)],
                dashed: false,
            },
            Series {
                label: s("Nina — to-be"),
                points: vec![Some(1.5), Some(1.0), Some(1.0), Some(0.5), Some(2.0)],
                dashed: true,
            },
        ]
    }

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
        let svg = positioning_map("p", "P", "x", "y", &pts);
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
            emotion_curve("e", "Emotion", &stages(), &emotion_series()),
            kpi_chart("k", "KPI", &kpi_points(), Some(4.0), Some(3.2), Some("%")),
            value_bars("b", "Bars", &comps(), &profiles()),
            radar("r", "Radar", &comps(), &profiles()),
            positioning_map("p", "Map", "Price", "Quality", &points2()),
            sparkline("s", "Trend", &[1.0, 2.0, 1.5, 3.0]),
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
        let series = vec![Series {
            label: evil.clone(),
            points: vec![Some(1.0)],
            dashed: false,
        }];
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
            emotion_curve(&evil, &evil, std::slice::from_ref(&evil), &series),
            kpi_chart(&evil, &evil, &tps, Some(2.0), None, Some(&evil)),
            value_bars(&evil, &evil, std::slice::from_ref(&evil), &prof),
            radar(&evil, &evil, std::slice::from_ref(&evil), &prof),
            positioning_map(&evil, &evil, &evil, &evil, &pts),
            sparkline(&evil, &evil, &[1.0, 2.0]),
            emotion_curve(&evil, &evil, &[], &[]),
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
        let c = sparkline("Bad Id<>", "x", &[1.0]);
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
            assert!(c.contains(&format!("class=\"chart chart-{kind}\"")), "{c}");
            assert!(c.contains("viewBox=\"0 0 "));
            assert!(c.contains("role=\"img\""));
            assert!(c.contains("<desc id="));
            assert!(!c.contains("No data"));
            assert!(!c.contains("fill=\"#"), "colours must come from CSS");
        }
    }

    #[test]
    fn empty_input_says_no_data() {
        let empty = [
            emotion_curve("e", "E", &[], &[]),
            emotion_curve("e", "E", &stages(), &[]),
            emotion_curve("e", "E", &[], &emotion_series()),
            emotion_curve(
                "e",
                "E",
                &stages(),
                &[Series {
                    label: s("x"),
                    points: vec![None, Some(f64::NAN)],
                    dashed: false,
                }],
            ),
            kpi_chart("k", "K", &[], Some(3.0), Some(2.0), Some("%")),
            kpi_chart(
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
            value_bars("b", "B", &[], &profiles()),
            value_bars("b", "B", &comps(), &[]),
            radar("r", "R", &[], &profiles()),
            radar("r", "R", &comps(), &[]),
            positioning_map("p", "P", "x", "y", &[]),
            positioning_map(
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
            sparkline("s", "S", &[]),
            sparkline("s", "S", &[f64::NAN]),
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
        let e = emotion_curve("e", "E", &stages(), &emotion_series());
        assert_eq!(markers(&e), 4 + 5);
        let mut tps = kpi_points();
        tps[3].value = f64::NAN;
        let k = kpi_chart("k", "K", &tps, Some(4.0), None, None);
        assert_eq!(markers(&k), 11);
        assert_eq!(markers(&radar("r", "R", &comps(), &profiles())), 5 + 4);
        assert_eq!(
            value_bars("b", "B", &comps(), &profiles())
                .matches("class=\"bar\"")
                .count(),
            9
        );
        assert_eq!(markers(&positioning_map("p", "P", "x", "y", &points2())), 3);
        assert_eq!(markers(&sparkline("s", "S", &[1.0, 2.0])), 1);
    }

    #[test]
    fn target_and_baseline_lines_are_labelled() {
        let k = kpi_chart("k", "K", &kpi_points(), Some(4.0), Some(3.2), Some("%"));
        assert!(k.contains("<g class=\"target\">"));
        assert!(k.contains("class=\"target-line\""));
        assert!(k.contains(">target 4%</text>"), "{k}");
        assert!(k.contains(">baseline 3.2%</text>"));
        let k = kpi_chart("k", "K", &kpi_points(), Some(12.5), None, Some("min"));
        assert!(k.contains(">target 12.5 min</text>"));
        assert!(!k.contains("baseline"));
        let k = kpi_chart("k", "K", &kpi_points(), None, None, None);
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
        let k = kpi_chart("k", "K", &kpi_points(), Some(10.0), Some(0.0), None);
        assert!(
            k.contains(">10.0</text>") && k.contains(">0.0</text>"),
            "{k}"
        );
    }

    #[test]
    fn output_is_deterministic() {
        assert_eq!(all_charts(), all_charts());
    }

    #[test]
    fn none_breaks_the_emotion_line() {
        let series = vec![Series {
            label: s("x"),
            points: vec![Some(1.0), Some(0.5), None, Some(-1.0), Some(0.0)],
            dashed: false,
        }];
        let e = emotion_curve("e", "E", &stages(), &series);
        let d_start = e.find("class=\"line\" d=\"").unwrap() + "class=\"line\" d=\"".len();
        let d = &e[d_start..d_start + e[d_start..].find('"').unwrap()];
        assert_eq!(d.matches('M').count(), 2, "{d}");
        assert_eq!(d.matches('L').count(), 2, "{d}");
        assert!(e.contains("purchase no touchpoint"));
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
            value_bars("b", "B", c3, &with(7.0)),
            value_bars("b", "B", c3, &with(5.0))
        );
        assert_eq!(
            value_bars("b", "B", c3, &with(-2.0)),
            value_bars("b", "B", c3, &with(0.0))
        );
        assert_eq!(
            radar("r", "R", c3, &with(9.0)),
            radar("r", "R", c3, &with(5.0))
        );
        assert_eq!(
            radar("r", "R", c3, &with(-1.0)),
            radar("r", "R", c3, &with(0.0))
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
            positioning_map("p", "P", "x", "y", &pt(8.0, -3.0)),
            positioning_map("p", "P", "x", "y", &pt(5.0, 0.0))
        );
        // Infinite values are skipped, not clamped.
        let inf = vec![Profile {
            label: s("p"),
            values: vec![Some(f64::INFINITY), Some(2.0)],
            highlight: false,
        }];
        let b = value_bars("b", "B", &comps()[..2], &inf);
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
            emotion_curve(
                "e",
                "",
                &one,
                &[Series {
                    label: s(""),
                    points: vec![Some(9.0), Some(1.0)],
                    dashed: true,
                }],
            ),
            kpi_chart(
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
            value_bars("b", "", &one, &single),
            radar("r", "", &one, &single),
            radar(
                "r",
                "",
                &one[..],
                &[Profile {
                    label: s("p"),
                    values: vec![],
                    highlight: false,
                }],
            ),
            radar("r", "", &[s("a"), s("b")], &single),
            sparkline("s", "", &[1.0]),
            sparkline("s", "", &[2.0, 2.0, f64::NAN, 2.0]),
        ];
        for c in &cases {
            assert_well_formed(c);
        }
        // Radar with a gap: open path, no fill, markers only where present.
        let r = radar("r", "R", &comps(), &profiles());
        assert!(
            r.contains("fill=\"none\" stroke=\"currentColor\" stroke-width=\"3\""),
            "{r}"
        );
    }

    #[test]
    fn kpi_chart_draws_a_gridline_per_value_label_and_a_mark_per_date() {
        let k = kpi_chart("k", "K", &kpi_points(), Some(4.0), None, None);
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
            Some("2024-12"),
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
        assert_eq!(num(1.0 / 3.0), "0.33");
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(2.50), "2.5");
        assert_eq!(val(0.0123), "0.012");
        assert_eq!(val(1234.5678), "1234.57");
        assert_eq!(fmt_fixed(f64::NAN, 2), "0");
    }

    #[test]
    fn coincident_points_are_dodged() {
        let m = positioning_map("p", "P", "x", "y", &points2());
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
        let four: Vec<Series> = (0..4)
            .map(|i| Series {
                label: format!("s{i}"),
                points: vec![Some(f64::from(i) - 1.0); 5],
                dashed: i % 2 == 1,
            })
            .collect();
        let e = emotion_curve("e", "E", &stages(), &four);
        assert!(e.contains(r#"<circle class="point""#));
        assert!(e.contains(r#"<rect class="point""#));
        assert_eq!(e.matches(r#"<path class="point""#).count(), 10);
        assert_eq!(e.matches(r#"class="line""#).count(), 4);
        assert_eq!(e.matches(r#"stroke-dasharray="8 5""#).count(), 2 + 2); // lines + legend
        for k in 0..4 {
            assert!(e.contains(&format!("series series-{k}")));
        }
        let r = radar("r", "R", &comps(), &profiles());
        assert!(r.contains(r#"class="series series-0 highlight""#)); // our brand
        assert!(r.contains(r#"stroke-dasharray="8 4""#)); // competitor dashed
    }

    #[test]
    fn many_long_stages_are_rotated() {
        let many: Vec<String> = (0..30)
            .map(|i| format!("A rather long stage name number {i}"))
            .collect();
        let pts = (0..30).map(|i| Some(f64::from(i % 5) - 2.0)).collect();
        let e = emotion_curve(
            "e",
            "E",
            &many,
            &[Series {
                label: s("x"),
                points: pts,
                dashed: false,
            }],
        );
        assert_well_formed(&e);
        assert_eq!(e.matches("rotate(-40").count(), 30);
        assert_eq!(markers(&e), 30);
        // Post-purchase wraps at the hyphen instead of rotating.
        let e = emotion_curve("e", "E", &stages(), &emotion_series());
        assert!(!e.contains("rotate("));
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
        let series = vec![
            Series {
                label: s("Marco, the marathon regular — as-is"),
                points: vec![Some(1.0), Some(0.5), None, Some(-1.0), Some(0.0)],
                dashed: false,
            },
            Series {
                label: s("Marco, the marathon regular — with planned touchpoints"),
                points: vec![Some(1.5), Some(1.0), Some(1.0), Some(0.5), Some(2.0)],
                dashed: true,
            },
        ];
        let svg = emotion_curve("e", "E", &stages(), &series);
        let lines = legend_lines(&svg);
        let shown: String = lines
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        for sr in &series {
            assert!(shown.contains(&escape(&sr.label)), "{shown}");
        }
        assert!(!shown.contains('…'), "{shown}");
        for (x, line) in &lines {
            assert!(x + text_w(line, FS) <= W, "{line} runs off at {x}");
        }
        // A label longer than a row is wrapped, not cut, up to three lines.
        let long = "Nina, the new runner who started last spring and shops for her first proper pair — with planned touchpoints";
        let svg = emotion_curve(
            "e",
            "E",
            &stages(),
            &[Series {
                label: s(long),
                points: vec![Some(1.0); 5],
                dashed: false,
            }],
        );
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

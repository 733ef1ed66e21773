//! The KPI chart: one measure over time, against its target and baseline.

use super::draw::{hline, lines_and_ticks, marker, path_segments};
use super::placement::{Rect, data_obstacles, text_box};
use super::scale::{finite, fmt_exact, nice_ticks, val};
use super::svg::{no_data, svg_doc};
use super::text::{arg, escape, local, say, text_w, tip_if_cut, truncate};
use super::{FS, FS_TICK, TimePoint, W};
use crate::format::fmt_num;
use crate::i18n::{Catalog, count_value};
use std::fmt::Write as _;

/// KPI time series: line + point markers, a dashed horizontal target line
/// labelled "target N unit", an optional dotted baseline line, x labels =
/// dates (thinned out when many), y axis with 4–5 nice ticks covering data,
/// target and baseline.
pub fn kpi_chart(
    words: &Catalog,
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
    if present.is_empty() {
        return no_data(words, KIND, id, title);
    }

    // Y domain: data, target and baseline.
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for v in present.iter().map(|p| p.1).chain(target).chain(baseline) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    let (ticks, decimals) = nice_ticks(lo, hi);
    let (y_lo, y_hi) = (ticks[0], ticks[ticks.len() - 1]);
    let tick_labels: Vec<String> = ticks
        .iter()
        .map(|t| local(words, &fmt_exact(*t, decimals)))
        .collect();

    // Layout.
    let n = points.len();
    // Each date in words ("Dec 2026", "gru 2026"), cut for the axis.
    let full_dates: Vec<String> = points.iter().map(|p| words.date(p.date.trim())).collect();
    let dates: Vec<String> = full_dates.iter().map(|d| truncate(d, 16)).collect();
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
    let f = Frame {
        n,
        left,
        top,
        plot_w: W - left - right,
        bottom: top + plot_h,
        plot_h,
        y_lo,
        y_hi,
    };
    let fmt_u = |v: f64| words.numbers().with_unit(&val(v), unit);
    let mut body = String::new();
    if let Some(u) = unit {
        unit_title(&mut body, &f, u);
    }
    y_grid(&mut body, &f, &ticks, &tick_labels);
    date_axis(&mut body, &f, &full_dates, &dates, date_w);

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
            f.left,
            f.left + f.plot_w,
            f.y_of(*v),
            "1",
            style,
        );
        body.push_str("</g>\n");
    }

    let pts = data_line(&mut body, &f, &full_dates, &vals, &fmt_u);
    reference_labels(words, &mut body, &f, &pts, &refs, &fmt_u);

    let h = f.bottom + 30.0;
    let desc = description(words, points, &present, target, baseline, &fmt_u);
    svg_doc(words, KIND, id, title, &desc, h, &body)
}

/// The chart in one sentence: first and last value, the range, the target
/// and the baseline.
fn description(
    words: &Catalog,
    points: &[TimePoint],
    present: &[(usize, f64)],
    target: Option<f64>,
    baseline: Option<f64>,
    fmt_u: &dyn Fn(f64) -> String,
) -> String {
    let (first_i, first_v) = present[0];
    let (last_i, last_v) = present[present.len() - 1];
    let (min, max) = present
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| {
            (a.min(p.1), b.max(p.1))
        });
    let v = |x: f64| arg(fmt_u(x));
    let date = |i: usize| arg(words.date(points[i].date.trim()));
    let mut desc = if present.len() == 1 {
        say(
            words,
            "chart-one-value-dated",
            [("value", v(first_v)), ("date", date(first_i))],
        )
    } else {
        say(
            words,
            "chart-values-dated",
            [
                ("count", count_value(present.len())),
                ("first", v(first_v)),
                ("firstDate", date(first_i)),
                ("last", v(last_v)),
                ("lastDate", date(last_i)),
                ("min", v(min)),
                ("max", v(max)),
            ],
        )
    };
    if let Some(t) = target {
        desc.push_str(&say(words, "chart-desc-target", [("value", v(t))]));
    }
    if let Some(b) = baseline {
        desc.push_str(&say(words, "chart-desc-baseline", [("value", v(b))]));
    }
    desc.push('.');
    desc
}

/// Where the plot sits in the viewBox, and how dates and values map onto it.
struct Frame {
    /// The number of points (dates), evenly spaced.
    n: usize,
    left: f64,
    top: f64,
    plot_w: f64,
    plot_h: f64,
    bottom: f64,
    y_lo: f64,
    y_hi: f64,
}

impl Frame {
    fn x_of(&self, i: usize) -> f64 {
        if self.n == 1 {
            self.left + self.plot_w / 2.0
        } else {
            self.left + i as f64 * self.plot_w / (self.n - 1) as f64
        }
    }

    fn y_of(&self, v: f64) -> f64 {
        self.top + (self.y_hi - v) / (self.y_hi - self.y_lo) * self.plot_h
    }
}

/// The unit above the tick labels, right-aligned with them when it fits.
fn unit_title(body: &mut String, f: &Frame, unit: &str) {
    let u = truncate(unit, 16);
    let (x, anchor) = if text_w(&u, FS) <= f.left - 14.0 {
        (f.left - 8.0, "end")
    } else {
        (6.0, "start")
    };
    let _ = writeln!(
        body,
        r#"<text class="label axis-title" x="{}" y="{}" text-anchor="{anchor}">{}</text>"#,
        fmt_num(x),
        fmt_num(f.top - 12.0),
        escape(&u),
    );
}

/// Gridlines, axis and tick marks as one path each, and the tick labels in
/// groups that carry their shared attributes: a touchpoint page carries a
/// chart per KPI, so its bytes count.
fn y_grid(body: &mut String, f: &Frame, ticks: &[f64], tick_labels: &[String]) {
    let mut grid = String::new();
    let mut y_labels = String::new();
    for (t, label) in ticks.iter().zip(tick_labels) {
        let y = f.y_of(*t);
        let _ = write!(
            grid,
            "M{} {}H{}",
            fmt_num(f.left),
            fmt_num(y),
            fmt_num(f.left + f.plot_w)
        );
        let _ = writeln!(
            y_labels,
            r#"<text x="{}" y="{}">{label}</text>"#,
            fmt_num(f.left - 8.0),
            fmt_num(y + 4.0),
        );
    }
    lines_and_ticks(body, "grid", "0.18", &grid, "end", &y_labels);
}

/// The x axis with its dates, thinned so they do not overlap; the latest
/// one is always shown.
fn date_axis(body: &mut String, f: &Frame, full: &[String], dates: &[String], date_w: f64) {
    let n = f.n;
    let spacing = if n > 1 {
        f.plot_w / (n - 1) as f64
    } else {
        f.plot_w
    };
    let every = ((date_w + 12.0) / spacing).ceil().max(1.0) as usize;
    let mut axis = format!(
        "M{} {}H{}",
        fmt_num(f.left),
        fmt_num(f.bottom),
        fmt_num(f.left + f.plot_w)
    );
    let mut x_labels = String::new();
    for (i, d) in dates.iter().enumerate() {
        if !(n - 1 - i).is_multiple_of(every) {
            continue;
        }
        let x = fmt_num(f.x_of(i));
        let _ = write!(axis, "M{x} {}v4", fmt_num(f.bottom));
        let tip = tip_if_cut(d, &full[i]);
        let _ = writeln!(
            x_labels,
            r#"<text x="{x}" y="{}">{}{tip}</text>"#,
            fmt_num(f.bottom + 18.0),
            escape(d),
        );
    }
    lines_and_ticks(body, "axis", "0.6", &axis, "middle", &x_labels);
}

/// The data line and its markers; returns the points' positions.
fn data_line(
    body: &mut String,
    f: &Frame,
    dates: &[String],
    vals: &[Option<f64>],
    fmt_u: &dyn Fn(f64) -> String,
) -> Vec<Option<(f64, f64)>> {
    let pts: Vec<Option<(f64, f64)>> = vals
        .iter()
        .enumerate()
        .map(|(i, v)| v.map(|v| (f.x_of(i), f.y_of(v))))
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
            let tip = format!("{}: {}", dates[i], fmt_u(v));
            body.push_str(&marker(0, *x, *y, 4.0, "point", &tip));
        }
    }
    body.push_str("</g>\n");
    pts
}

/// Labels of the reference lines, placed where they cover the least of the
/// data: the target prefers the right end, the baseline the left.
fn reference_labels(
    words: &Catalog,
    body: &mut String,
    f: &Frame,
    pts: &[Option<(f64, f64)>],
    refs: &[(&str, &str, f64)],
    fmt_u: &dyn Fn(f64) -> String,
) {
    let (left, plot_w) = (f.left, f.plot_w);
    let mut obstacles = data_obstacles(pts);
    let plot = Rect {
        x0: left,
        y0: f.top - 8.0,
        x1: left + plot_w,
        y1: f.bottom,
    };
    for (name, _, v) in refs {
        let y = f.y_of(*v);
        let text = say(words, &format!("chart-{name}"), [("value", arg(fmt_u(*v)))]);
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
            fmt_num(x),
            fmt_num(ly),
            escape(&text),
        );
    }
}

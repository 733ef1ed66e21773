//! The emotion curve: how each persona feels across the stages of a journey.

use super::draw::{hline, marker, path_segments};
use super::legend::{LegendItem, legend};
use super::scale::{finite, val};
use super::svg::{no_data, svg_doc};
use super::text::{char_w, escape, text_lines, text_w, tip_if_cut, truncate, wrap};
use super::{COLOURS, FS, FS_TICK, LH, Series, W};
use crate::format::fmt_num;
use std::fmt::Write as _;

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
            fmt_num(left - 8.0),
            fmt_num(y + 4.0),
        );
    }
    // Faint stage guides.
    for i in 0..n {
        let x = x_of(i);
        let _ = writeln!(
            body,
            r#"<line class="grid grid-x" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="currentColor" stroke-opacity="0.08"/>"#,
            fmt_num(top),
            fmt_num(bottom),
            x = fmt_num(x),
        );
    }

    let labels_h = stage_labels(&mut body, stages, &x_of, step, bottom);
    // Axis line at the bottom.
    hline(&mut body, "axis", left, left + plot_w, bottom, "0.6", "");

    series_lines(&mut body, stages, series, &vals, &x_of, &y_of, step);

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

    let desc = description(stages, series, &vals);
    svg_doc(KIND, id, title, &desc, h, &body)
}

/// Stage labels: wrapped on up to two lines if they fit (at 13, else 12
/// units), else rotated. Returns the height they take below the plot.
fn stage_labels(
    body: &mut String,
    stages: &[String],
    x_of: &dyn Fn(usize) -> f64,
    step: f64,
    bottom: f64,
) -> f64 {
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
    if let Some((size, wrapped)) = horizontal {
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
            let (x, y) = (fmt_num(x_of(i) + 4.0), fmt_num(bottom + 14.0));
            let tip = tip_if_cut(&t, stage);
            let _ = writeln!(
                body,
                r#"<text class="label stage" x="{x}" y="{y}" text-anchor="end" transform="rotate(-40 {x} {y})">{}{tip}</text>"#,
                escape(&t),
            );
        }
        14.0 + extent + FS + 6.0
    }
}

/// One path per series (a new `M` after each gap) plus its markers, the
/// series spread a little sideways so that equal values stay visible.
fn series_lines(
    body: &mut String,
    stages: &[String],
    series: &[Series],
    vals: &[Vec<Option<f64>>],
    x_of: &dyn Fn(usize) -> f64,
    y_of: &dyn Fn(f64) -> f64,
    step: f64,
) {
    let ns = series.len();
    let spread = (step * 0.06).min(5.0);
    for (si, (s, vs)) in series.iter().zip(vals).enumerate() {
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
}

/// The chart in one sentence: each series' value per stage.
fn description(stages: &[String], series: &[Series], vals: &[Vec<Option<f64>>]) -> String {
    // Description.
    let parts: Vec<String> = series
        .iter()
        .zip(vals)
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
    format!(
        "Emotion by stage from -2 (very negative) to +2 (very positive); {}.",
        parts.join("; ")
    )
}

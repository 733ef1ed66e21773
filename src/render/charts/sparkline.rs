//! The sparkline: a KPI's trend as a tiny line in a table row, with its
//! target as a dashed line so that the row shows how far off it is.

use super::FONT;
use super::draw::path_segments;
use super::scale::{finite, val};
use super::svg::{or_default, sanitize_id};
use super::text::{arg, escape, local, say};
use crate::format::fmt_num;
use crate::i18n::{Catalog, count_value};
use std::fmt::Write as _;

/// A tiny inline line for tables (80×20), no text except `<title>`;
/// `target`, when given, is a dashed line across and part of the scale, so
/// a line that stays below it reads as below it.
pub fn sparkline(
    words: &Catalog,
    id: &str,
    label: &str,
    values: &[f64],
    target: Option<f64>,
) -> String {
    const KIND: &str = "sparkline";
    let (sw, sh, pad) = (80.0, 20.0, 3.5);
    let vals: Vec<Option<f64>> = values.iter().map(|v| finite(Some(*v))).collect();
    let present: Vec<f64> = vals.iter().flatten().copied().collect();
    let id_s = sanitize_id(id);
    let head = |desc: &str, extra: &str| {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-{KIND}{extra}\" viewBox=\"0 0 80 20\" width=\"80\" height=\"20\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"{id_s}-title {id_s}-desc\" font-family=\"{FONT}\" fill=\"currentColor\">\n<title id=\"{id_s}-title\">{}</title>\n<desc id=\"{id_s}-desc\">{}</desc>\n",
            escape(&or_default(label, &words.text("chart-trend"))),
            escape(desc),
        )
    };
    let (Some(&first), Some(&last)) = (present.first(), present.last()) else {
        let mut s = head(&words.text("chart-no-data-sentence"), " chart-empty");
        let _ = write!(
            s,
            "<text class=\"label no-data\" x=\"40\" y=\"14\" text-anchor=\"middle\" font-size=\"11\">{}</text>\n</svg>",
            escape(&words.text("chart-no-data"))
        );
        return s;
    };
    let target = finite(target);
    let (min, max) = present
        .iter()
        .chain(&target)
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
    let (lowest, highest) = present
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(*v), b.max(*v))
        });
    let v = |x: f64| arg(local(words, &val(x)));
    let mut desc = if present.len() == 1 {
        say(words, "chart-one-value", [("value", v(first))])
    } else {
        say(
            words,
            "chart-values",
            [
                ("count", count_value(present.len())),
                ("first", v(first)),
                ("last", v(last)),
                ("min", v(lowest)),
                ("max", v(highest)),
            ],
        )
    };
    if let Some(t) = target {
        desc.push(' ');
        desc.push_str(&say(words, "chart-target-sentence", [("value", v(t))]));
    }
    let mut s = head(&desc, "");
    if let Some(t) = target {
        let y = fmt_num(y_of(t));
        let _ = writeln!(
            s,
            r#"<g class="target"><line class="target-line" x1="0" y1="{y}" x2="80" y2="{y}" stroke="currentColor" stroke-width="1" stroke-dasharray="3 2"/></g>"#
        );
    }
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
            fmt_num(*x),
            fmt_num(*y)
        );
    }
    s.push_str("</g>\n</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::charts::en;

    /// The `y1` of the target line, if there is one.
    fn target_y(svg: &str) -> Option<f64> {
        let at = svg.find("class=\"target-line\"")?;
        let rest = &svg[at..];
        let y = rest.split("y1=\"").nth(1)?.split('"').next()?;
        y.parse().ok()
    }

    #[test]
    fn the_target_is_a_dashed_line_on_the_same_scale() {
        // Values 1..3, target 2: halfway between the lowest and highest.
        let s = sparkline(en(), "s", "S", &[1.0, 3.0], Some(2.0));
        assert_eq!(target_y(&s), Some(10.0), "{s}");
        assert!(
            s.contains("stroke-dasharray") && s.contains("Target 2."),
            "{s}"
        );
        // A target above every value widens the scale: the line is at the
        // top and the values sit below it, as they are.
        let s = sparkline(en(), "s", "S", &[1.0, 2.0], Some(4.0));
        assert_eq!(target_y(&s), Some(3.5), "{s}");
        assert!(s.contains("highest 2."), "{s}");
        // No target, or one that is not a number: no line.
        assert_eq!(
            target_y(&sparkline(en(), "s", "S", &[1.0, 2.0], None)),
            None
        );
        assert_eq!(
            target_y(&sparkline(en(), "s", "S", &[1.0, 2.0], Some(f64::NAN))),
            None
        );
    }
}

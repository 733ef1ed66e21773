//! Shapes every chart draws the same way: gridlines with their tick labels,
//! broken data lines and the series markers.

use super::FS_TICK;
use super::text::escape;
use crate::format::fmt_num;
use std::fmt::Write as _;

/// Lines of one kind as one path (`d`), then their tick labels (`labels`,
/// `<text>` elements) in a group that carries the attributes they share.
pub(super) fn lines_and_ticks(
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

pub(super) fn hline(
    out: &mut String,
    class: &str,
    x1: f64,
    x2: f64,
    y: f64,
    opacity: &str,
    extra: &str,
) {
    let _ = writeln!(
        out,
        r#"<line class="{class}" x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="currentColor" stroke-opacity="{opacity}"{extra}/>"#,
        fmt_num(x1),
        fmt_num(x2),
        y = fmt_num(y),
    );
}

/// Path data with a new subpath after every gap; lone points are left to
/// their markers.
pub(super) fn path_segments(pts: &[Option<(f64, f64)>]) -> String {
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
                    fmt_num(*x),
                    fmt_num(*y)
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
pub(super) fn marker(shape: usize, cx: f64, cy: f64, r: f64, class: &str, tip: &str) -> String {
    let tip = if tip.is_empty() {
        String::new()
    } else {
        format!("<title>{}</title>", escape(tip))
    };
    match shape % 4 {
        0 => format!(
            "<circle class=\"{class}\" cx=\"{}\" cy=\"{}\" r=\"{}\">{tip}</circle>\n",
            fmt_num(cx),
            fmt_num(cy),
            fmt_num(r)
        ),
        1 => {
            let s = r * 0.9;
            format!(
                "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\">{tip}</rect>\n",
                fmt_num(cx - s),
                fmt_num(cy - s),
                fmt_num(2.0 * s),
                fmt_num(2.0 * s)
            )
        }
        2 => {
            let s = r * 1.3;
            format!(
                "<path class=\"{class}\" d=\"M{} {} L{} {} L{} {} L{} {} Z\">{tip}</path>\n",
                fmt_num(cx),
                fmt_num(cy - s),
                fmt_num(cx + s),
                fmt_num(cy),
                fmt_num(cx),
                fmt_num(cy + s),
                fmt_num(cx - s),
                fmt_num(cy)
            )
        }
        _ => {
            let s = r * 1.35;
            format!(
                "<path class=\"{class}\" d=\"M{} {} L{} {} L{} {} Z\">{tip}</path>\n",
                fmt_num(cx),
                fmt_num(cy - s),
                fmt_num(cx + s * 0.95),
                fmt_num(cy + s * 0.65),
                fmt_num(cx - s * 0.95),
                fmt_num(cy + s * 0.65)
            )
        }
    }
}

//! The radar chart: the value profiles of the bars chart as polygons.

use super::draw::{marker, path_segments};
use super::legend::{colour_slots, legend, profile_legend, profile_values, profiles_desc};
use super::scale::val;
use super::svg::{no_data, svg_doc};
use super::text::{arg, char_w, local, say, text_lines, wrap};
use super::{COLOURS, DASHES, FS, LH, Profile, W};
use crate::format::fmt_num;
use crate::i18n::Catalog;
use std::fmt::Write as _;

/// Radar (spider) chart of the same data, 0..5 rings; polygons per profile;
/// distinct stroke dash patterns per profile so colour is not the only
/// signal.
pub fn radar(
    words: &Catalog,
    id: &str,
    title: &str,
    components: &[String],
    profiles: &[Profile],
) -> String {
    const KIND: &str = "radar";
    let n = components.len();
    let vals: Vec<Vec<Option<f64>>> = profiles.iter().map(|p| profile_values(n, p)).collect();
    if n == 0 || !vals.iter().flatten().any(Option::is_some) {
        return no_data(words, KIND, id, title);
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
                    format!("{},{}", fmt_num(x), fmt_num(y))
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
                fmt_num(cx),
                fmt_num(cy),
                fmt_num(f64::from(k) / 5.0 * r_max),
            );
        }
    }
    for i in 0..n {
        let (x, y) = at(i, 5.0);
        let _ = writeln!(
            body,
            r#"<line class="grid spoke" x1="{}" y1="{}" x2="{}" y2="{}" stroke="currentColor" stroke-opacity="0.25"/>"#,
            fmt_num(cx),
            fmt_num(cy),
            fmt_num(x),
            fmt_num(y),
        );
    }
    component_labels(&mut body, components, &angle, (cx, cy), r_max);

    // Profiles, highlighted ones last so they are drawn on top.
    let mut order: Vec<usize> = (0..profiles.len())
        .filter(|&p| !profiles[p].highlight)
        .collect();
    order.extend((0..profiles.len()).filter(|&p| profiles[p].highlight));
    for pi in order {
        profile_shape(
            words,
            &mut body,
            &profiles[pi],
            &vals[pi],
            colour[pi],
            components,
            &at,
        );
    }

    // Ring values on top of the shapes, with a halo.
    for k in 1..=5 {
        let _ = writeln!(
            body,
            r#"<text class="label tick halo" x="{}" y="{}" font-size="11" paint-order="stroke" stroke-width="3" stroke-linejoin="round">{k}</text>"#,
            fmt_num(cx + 4.0),
            fmt_num(cy - f64::from(k) / 5.0 * r_max + 12.0),
        );
    }
    let items = profile_legend(profiles, &colour, false);
    let legend_top = cy + r_max + 12.0 + 10.0 + LH + 12.0;
    let (legend_svg, legend_h) = legend(&items, legend_top);
    body.push_str(&legend_svg);
    let h = legend_top + legend_h + 6.0;
    let desc = say(
        words,
        "chart-scores-desc",
        [(
            "profiles",
            arg(profiles_desc(words, components, profiles, &vals)),
        )],
    );
    svg_doc(words, KIND, id, title, &desc, h, &body)
}

/// The component names around the outside, each wrapped to the room left
/// between it and the chart's edge.
fn component_labels(
    body: &mut String,
    components: &[String],
    angle: &dyn Fn(usize) -> f64,
    (cx, cy): (f64, f64),
    r_max: f64,
) {
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
}

/// One profile's polygon (open where a score is missing) and its markers.
fn profile_shape(
    words: &Catalog,
    body: &mut String,
    p: &Profile,
    vs: &[Option<f64>],
    slot: usize,
    components: &[String],
    at: &dyn Fn(usize, f64) -> (f64, f64),
) {
    let n = vs.len();
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
            let tip = format!(
                "{} — {}: {}",
                p.label.trim(),
                components[i].trim(),
                local(words, &val(v))
            );
            body.push_str(&marker(slot, *x, *y, r, "point", &tip));
        }
    }
    body.push_str("</g>\n");
}

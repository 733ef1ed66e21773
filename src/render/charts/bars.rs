//! Value bars: each value component scored for our brand and the competitors.

use super::draw::marker;
use super::legend::{colour_slots, legend, profile_legend, profile_values, profiles_desc};
use super::scale::val;
use super::svg::{no_data, svg_doc};
use super::text::{arg, char_w, escape, local, say, text_lines, text_w, wrap};
use super::{COLOURS, FS, FS_TICK, LH, Profile, W};
use crate::format::fmt_num;
use crate::i18n::Catalog;
use std::fmt::Write as _;

/// Grouped horizontal bars: one group per component, one bar per profile,
/// scale 0..5; the highlighted profile (our brand) stands out; value printed
/// at the end of each bar.
pub fn value_bars(
    words: &Catalog,
    id: &str,
    title: &str,
    components: &[String],
    profiles: &[Profile],
) -> String {
    const KIND: &str = "bars";
    let n = components.len();
    let vals: Vec<Vec<Option<f64>>> = profiles.iter().map(|p| profile_values(n, p)).collect();
    if n == 0 || !vals.iter().flatten().any(Option::is_some) {
        return no_data(words, KIND, id, title);
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
                    fmt_num(left),
                    fmt_num(by),
                    fmt_num(x_of(v) - left),
                    fmt_num(bar_h),
                    escape(&format!(
                        "{} — {}: {}",
                        p.label.trim(),
                        comp.trim(),
                        local(words, &val(v))
                    )),
                );
            }
            groups.push_str("</g>\n");
            value_label(
                words,
                &mut groups,
                p,
                v,
                x_of(v.unwrap_or(0.0)) + 5.0,
                cy,
                value_fs,
            );
        }
        y += group_h + pad;
    }
    let bars_bottom = y - pad / 2.0;

    scale(&mut body, &x_of, top, bars_bottom);
    body.push_str(&groups);

    let items = profile_legend(profiles, &colour, true);
    let (legend_svg, legend_h) = legend(&items, bars_bottom + 24.0);
    body.push_str(&legend_svg);
    let h = bars_bottom + 24.0 + legend_h + 6.0;
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

/// The number at the end of a bar, or "n/a" where the profile has no score.
fn value_label(
    words: &Catalog,
    groups: &mut String,
    p: &Profile,
    v: Option<f64>,
    x: f64,
    cy: f64,
    value_fs: f64,
) {
    let (text, class) = match v {
        Some(v) => (
            local(words, &val(v)),
            if p.highlight {
                "label value highlight"
            } else {
                "label value"
            },
        ),
        None => (
            escape(&words.text("chart-not-available")),
            "label value missing",
        ),
    };
    let weight = if p.highlight {
        r#" font-weight="700""#
    } else {
        ""
    };
    let _ = writeln!(
        groups,
        r#"<text class="{class}" x="{}" y="{}" font-size="{}"{weight}>{text}</text>"#,
        fmt_num(x),
        fmt_num(cy + value_fs * 0.36),
        fmt_num(value_fs),
    );
}

/// The scale 0..5 behind the bars.
fn scale(body: &mut String, x_of: &dyn Fn(f64) -> f64, top: f64, bars_bottom: f64) {
    for t in 0..=5 {
        let x = fmt_num(x_of(f64::from(t)));
        let (class, opacity) = if t == 0 {
            ("axis", "0.6")
        } else {
            ("grid", "0.18")
        };
        let _ = writeln!(
            body,
            r#"<line class="{class}" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="currentColor" stroke-opacity="{opacity}"/>"#,
            fmt_num(top),
            fmt_num(bars_bottom),
        );
        let _ = writeln!(
            body,
            r#"<text class="label tick" x="{x}" y="{}" text-anchor="middle" font-size="{FS_TICK}">{t}</text>"#,
            fmt_num(bars_bottom + 16.0),
        );
    }
}

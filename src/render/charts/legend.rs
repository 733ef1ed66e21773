//! The legend under a chart, and the profiles (brand and competitors) the
//! bar and radar charts share: colour slots, clamped values, summary text.

use super::draw::marker;
use super::scale::{finite, val};
use super::text::{arg, char_w, local, say, text_lines, text_w, wrap};
use super::{COLOURS, DASHES, FS, LH, Profile, W};
use crate::format::fmt_num;
use crate::i18n::Catalog;
use std::fmt::Write as _;

pub(super) struct LegendItem {
    pub(super) label: String,
    /// Series classes (`series series-N …`) for the sample, not the text.
    pub(super) class: String,
    pub(super) shape: usize,
    pub(super) dash: &'static str,
    /// Bar charts show a filled swatch instead of a line sample.
    pub(super) swatch: bool,
    /// Swatch drawn at the reduced opacity of non-highlighted bars.
    pub(super) faded: bool,
}

/// Legend rows from `y0` down, wrapped to the chart width and centred;
/// returns the markup and its height. A label too long for a row is
/// wrapped onto up to three lines (and cut only beyond that, with its full
/// text as a tooltip), so that no label runs off the chart.
pub(super) fn legend(items: &[LegendItem], y0: f64) -> (String, f64) {
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
                    fmt_num(x + 12.0),
                    fmt_num(cy - 5.0),
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
                    fmt_num(x),
                    fmt_num(x + 28.0),
                    cy = fmt_num(cy),
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
pub(super) fn colour_slots(profiles: &[Profile]) -> Vec<usize> {
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
pub(super) fn profile_values(n: usize, p: &Profile) -> Vec<Option<f64>> {
    (0..n)
        .map(|i| finite(p.values.get(i).copied().flatten()).map(|v| v.clamp(0.0, 5.0)))
        .collect()
}

pub(super) fn profile_legend(
    profiles: &[Profile],
    slots: &[usize],
    swatch: bool,
) -> Vec<LegendItem> {
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

pub(super) fn profiles_desc(
    words: &Catalog,
    components: &[String],
    profiles: &[Profile],
    vals: &[Vec<Option<f64>>],
) -> String {
    profiles
        .iter()
        .zip(vals)
        .map(|(p, vs)| {
            let parts: Vec<String> = components
                .iter()
                .zip(vs)
                .map(|(c, v)| match v {
                    Some(v) => format!("{} {}", c.trim(), local(words, &val(*v))),
                    None => say(
                        words,
                        "chart-component-no-data",
                        [("component", arg(c.trim()))],
                    ),
                })
                .collect();
            let hl = if p.highlight {
                format!(" {}", words.text("chart-highlighted"))
            } else {
                String::new()
            };
            format!("{}{hl}: {}", p.label.trim(), parts.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

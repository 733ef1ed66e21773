//! The poster's legend, as the map page's: what the colours of the cards
//! mean (emotion), the KPI status symbols and the card's own symbols, each
//! group on a line, its entries flowing onto the next when the poster is
//! narrow.

use super::M;
use crate::format::fmt_num;
use crate::i18n::Catalog;
use crate::render::charts::standalone::{MUTED, TEXT, Tone, emotion_tone};
use crate::render::charts::text::{escape, measure};
use std::fmt::Write as _;

/// One entry of the legend: a swatch (a tone and its symbol) or a symbol
/// alone, then its words (a message id).
enum Key {
    Swatch(Tone, &'static str, &'static str),
    Symbol(&'static str, &'static str),
    Dashed(&'static str),
}

/// The legend, as the map page's: emotion colours, KPI status symbols and
/// the card symbols, each group on its line; returns the bottom.
pub(super) fn legend(words: &Catalog, body: &mut String, top: f64, width: f64) -> f64 {
    let tone = emotion_tone;
    let groups: [(&str, Vec<Key>); 3] = [
        (
            "map-colour-emotion",
            vec![
                Key::Swatch(tone(Some(2)), "++", "emotion-very-positive"),
                Key::Swatch(tone(Some(1)), "+", "emotion-positive"),
                Key::Swatch(tone(Some(0)), "±", "emotion-neutral"),
                Key::Swatch(tone(Some(-1)), "−", "emotion-negative"),
                Key::Swatch(tone(Some(-2)), "−−", "emotion-very-negative"),
                Key::Swatch(tone(None), "?", "emotion-not-rated"),
            ],
        ),
        (
            "map-colour-kpi",
            vec![
                Key::Symbol("✓", "kpi-status-on-target"),
                Key::Symbol("✗", "kpi-status-off-target"),
                Key::Symbol("…", "kpi-status-no-data"),
                Key::Symbol("–", "kpi-status-no-target"),
                Key::Symbol("◇", "kpi-status-not-scored"),
            ],
        ),
        (
            "map-legend-symbols-label",
            vec![
                Key::Symbol("★", "touchpoint-key"),
                Key::Dashed("map-legend-planned-dashed"),
                Key::Symbol("∿", "poster-legend-spontaneous"),
            ],
        ),
    ];
    let mut y = top;
    for (title, keys) in groups {
        y += 34.0;
        let _ = writeln!(
            body,
            r#"<text x="{M}" y="{}" font-size="15" font-weight="700" fill="{TEXT}">{}:</text>"#,
            fmt_num(y),
            escape(&words.text(title))
        );
        let mut x = M + 120.0;
        for key in keys {
            let said = match &key {
                Key::Swatch(_, _, id) | Key::Symbol(_, id) | Key::Dashed(id) => words.text(id),
            };
            let w = 36.0 + measure(&said, 15.0, false);
            if x + w > width - M && x > M + 120.0 {
                x = M + 120.0;
                y += 30.0;
            }
            match key {
                Key::Swatch(t, symbol, _) => {
                    let _ = writeln!(
                        body,
                        r#"<rect x="{}" y="{}" width="28" height="22" rx="4" fill="{}" stroke="{}"/><text x="{}" y="{}" font-size="14" font-weight="700" text-anchor="middle" fill="{}">{symbol}</text>"#,
                        fmt_num(x),
                        fmt_num(y - 16.0),
                        t.bg,
                        t.edge,
                        fmt_num(x + 14.0),
                        fmt_num(y),
                        t.fg,
                    );
                }
                Key::Symbol(symbol, _) => {
                    let _ = writeln!(
                        body,
                        r#"<text x="{}" y="{}" font-size="16" font-weight="700" text-anchor="middle" fill="{TEXT}">{symbol}</text>"#,
                        fmt_num(x + 14.0),
                        fmt_num(y),
                    );
                }
                Key::Dashed(_) => {
                    let _ = writeln!(
                        body,
                        r#"<rect x="{}" y="{}" width="28" height="22" rx="4" fill="none" stroke="{MUTED}" stroke-width="1.5" stroke-dasharray="4 3"/>"#,
                        fmt_num(x),
                        fmt_num(y - 16.0),
                    );
                }
            }
            let _ = writeln!(
                body,
                r#"<text x="{}" y="{}" font-size="15" fill="{TEXT}">{}</text>"#,
                fmt_num(x + 36.0),
                fmt_num(y),
                escape(&said)
            );
            x += w + 26.0;
        }
    }
    y + 8.0
}

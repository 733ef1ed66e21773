//! The emotion curve in words, for a screen reader: per persona, how many
//! touchpoints it meets and its moments of pain, in the map's language.

use super::{Step, Walk, signed};
use crate::i18n::{Catalog, count_value};
use crate::render::charts::text::{arg, local, say};
use std::fmt::Write as _;

/// The chart in a few sentences: per persona, how many touchpoints and
/// the moments of pain.
pub(super) fn description(
    words: &Catalog,
    walks: &[Walk],
    placed: &[Vec<(&Step, f64, f64)>],
) -> String {
    let parts: Vec<String> = walks
        .iter()
        .zip(placed)
        .map(|(w, pts)| {
            let planned = pts.iter().filter(|(s, ..)| s.planned).count();
            let mut part = say(
                words,
                "chart-emotion-walk",
                [
                    ("who", arg(w.name.trim())),
                    ("count", count_value(pts.len())),
                ],
            );
            if planned > 0 {
                let planned = say(
                    words,
                    "chart-emotion-walk-planned",
                    [("count", count_value(planned))],
                );
                let _ = write!(part, " {planned}");
            }
            let pains: Vec<String> = pts
                .iter()
                .filter(|(s, ..)| s.pain)
                .map(|(s, ..)| format!("{} ({})", s.name.trim(), local(words, &signed(s.score))))
                .collect();
            if !pains.is_empty() {
                let lowest = say(
                    words,
                    "chart-emotion-walk-lowest",
                    [("points", arg(pains.join(", ")))],
                );
                let _ = write!(part, ", {lowest}");
            }
            part
        })
        .collect();
    say(
        words,
        "chart-emotion-steps-desc",
        [("walks", arg(parts.join("; ")))],
    )
}

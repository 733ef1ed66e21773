//! Axes and the numbers on them: which ticks to draw and how a value or a
//! tick label is printed.

use crate::format::{fmt_decimals, fmt_num};

/// A value a chart can place: NaN and infinities count as missing.
pub(super) fn finite(v: Option<f64>) -> Option<f64> {
    v.filter(|v| v.is_finite())
}

/// Exactly `decimals` decimals (tick labels: "0.8", "1.0", "1.2"), never "-0".
pub(super) fn fmt_exact(v: f64, decimals: usize) -> String {
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

/// A data value: at most 2 decimals, or 2 significant digits (up to 6
/// decimals) below 1.
pub(super) fn val(v: f64) -> String {
    let a = v.abs();
    if !a.is_finite() || a == 0.0 || a >= 0.1 {
        return fmt_num(v);
    }
    let decimals = (1 - a.log10().floor() as i32).clamp(2, 6) as usize;
    fmt_decimals(v, decimals)
}

/// 4–5 ticks on a 1/2/2.5/5 × 10^k step covering `lo..=hi`, plus the number
/// of decimals needed to print them.
pub(super) fn nice_ticks(lo: f64, hi: f64) -> (Vec<f64>, usize) {
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

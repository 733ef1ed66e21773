//! Numbers and measurements as a reader sees them, in one place for the
//! pages, the exports and `diff`, so that a value reads the same wherever
//! it is shown.

use crate::load::raw::MeasureValue;

/// A value rounded to one decimal, for figures shown as `2.7`.
pub fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// A number as a person reads it: no trailing `.0`, at most two decimals.
/// Pages, exports and charts all print numbers through this, so a value
/// reads the same in a table and on the chart beside it.
pub fn fmt_num(v: f64) -> String {
    fmt_decimals(v, 2)
}

/// At most `decimals` decimals, trailing zeros trimmed; never `-0` or
/// `NaN` (a reader has no use for either: they print as `0`).
pub fn fmt_decimals(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "0".to_string();
    }
    let mut s = format!("{v:.decimals$}");
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    if s == "-0" { "0".to_string() } else { s }
}

/// A mean score (emotion, -2..2) with its sign and one decimal, as the
/// pages and charts print it: `+0.4`, `−1.0` (a true minus sign), `0.0`.
/// The sign is what a reader looks at first: above or below neutral.
pub fn signed1(v: f64) -> String {
    let v = round1(v);
    if v > 0.0 {
        format!("+{v:.1}")
    } else if v < 0.0 {
        format!("−{:.1}", -v)
    } else {
        "0.0".to_string()
    }
}

/// A printed number with its unit: `12%` (a percent sign sticks to the
/// number), `4.5 stars`; no unit, or an empty one, leaves the number alone.
pub fn with_unit(number: &str, unit: Option<&str>) -> String {
    match unit {
        Some("%") => format!("{number}%"),
        Some(u) if !u.is_empty() => format!("{number} {u}"),
        _ => number.to_string(),
    }
}

/// A KPI value with its unit: `12%`, `4.5 stars`, a text as written.
pub fn measure_text(v: &MeasureValue, unit: Option<&str>) -> String {
    match v {
        MeasureValue::Number(n) => with_unit(&fmt_num(*n), unit),
        MeasureValue::Text(t) => t.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_mean_shows_which_side_of_neutral_it_is() {
        assert_eq!(signed1(0.44), "+0.4");
        assert_eq!(signed1(-0.04), "0.0");
        assert_eq!(signed1(-1.0), "−1.0");
        assert_eq!(signed1(2.0), "+2.0");
    }
}

//! Numbers and measurements as a reader sees them, in one place for the
//! pages, the exports and `diff`, so that a value reads the same wherever
//! it is shown.

use crate::model::MeasureValue;

/// A value rounded to one decimal, for figures shown as `2.7`.
pub fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// A number as a person reads it: no trailing `.0`, at most two decimals.
pub fn fmt_num(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A KPI value with its unit: `12%`, `4.5 stars`, a text as written.
pub fn measure_text(v: &MeasureValue, unit: Option<&str>) -> String {
    match v {
        MeasureValue::Number(n) => match unit {
            Some("%") => format!("{}%", fmt_num(*n)),
            Some(u) if !u.is_empty() => format!("{} {u}", fmt_num(*n)),
            _ => fmt_num(*n),
        },
        MeasureValue::Text(t) => t.clone(),
    }
}

//! KPI series files: CSV with a `date,value` header, one measurement a row.

use super::raw::MeasureValue;
use crate::diagnostics::{Finding, Location};
use std::path::Path;

#[derive(Debug, Clone, PartialEq)]
pub struct SeriesPoint {
    pub date: String,
    pub value: MeasureValue,
    /// 1-based line of the row, for messages about it.
    pub line: u32,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawSeries {
    pub points: Vec<SeriesPoint>,
}

/// Parses a series; the first malformed row is reported with its line.
pub fn parse(rel: &Path, text: &str) -> Result<RawSeries, Finding> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| csv_error(rel, &e))?
        .iter()
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>();
    let (Some(date_col), Some(value_col)) = (
        headers.iter().position(|h| h == "date"),
        headers.iter().position(|h| h == "value"),
    ) else {
        return Err(Finding::error(
            "bad-series",
            format!(
                "a series file needs a `date,value` header; found `{}`",
                headers.join(",")
            ),
            Location::file_start(rel),
        )
        .with_hint(Some("make the first line `date,value`".into())));
    };
    let mut points = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(rel, &e))?;
        let line = record.position().map(|p| p.line() as u32).unwrap_or(1);
        let date = record.get(date_col).unwrap_or("").to_string();
        let value = record.get(value_col).unwrap_or("");
        if date.is_empty() || value.is_empty() {
            return Err(Finding::error(
                "bad-series",
                "this row needs both a date and a value",
                Location::new(rel, line, 1),
            ));
        }
        let value = value
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .map(MeasureValue::Number)
            .unwrap_or_else(|| MeasureValue::Text(value.to_string()));
        points.push(SeriesPoint { date, value, line });
    }
    Ok(RawSeries { points })
}

fn csv_error(rel: &Path, e: &csv::Error) -> Finding {
    let line = e.position().map(|p| p.line() as u32).unwrap_or(1);
    Finding::error(
        "bad-series",
        format!("cannot read this CSV: {e}"),
        Location::new(rel, line, 1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_and_texts_with_lines() {
        let s = parse(
            Path::new("d.csv"),
            "date,value\n2026-01,3.5\n2026-02, good \n",
        )
        .unwrap();
        assert_eq!(s.points.len(), 2);
        assert_eq!(s.points[0].value, MeasureValue::Number(3.5));
        assert_eq!(s.points[1].value, MeasureValue::Text("good".into()));
        assert_eq!(s.points[1].line, 3);
    }

    #[test]
    fn header_is_required() {
        let f = parse(Path::new("d.csv"), "when,amount\n2026-01,1\n").unwrap_err();
        assert_eq!(f.code, "bad-series");
    }
}

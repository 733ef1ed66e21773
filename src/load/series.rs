//! KPI series files: CSV with a `date,value` header, one measurement a row.
//! Every bad row is reported at its line and left out; the good rows load.
//! Whether a text value is allowed depends on the KPI, so the model checks
//! that (`SeriesPoint::column` locates the value).

use super::raw::MeasureValue;
use crate::diagnostics::{Finding, Location, one_line};
use std::path::Path;

#[derive(Debug, Clone, PartialEq)]
pub struct SeriesPoint {
    pub date: String,
    pub value: MeasureValue,
    /// 1-based line of the row, for messages about it.
    pub line: u32,
    /// 1-based column (in characters) of the row's date and value.
    pub date_column: u32,
    pub value_column: u32,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawSeries {
    pub points: Vec<SeriesPoint>,
}

/// Parses a series: `None` when it has no usable header, else the rows
/// that read well. Every problem is a finding at its line.
pub fn parse(rel: &Path, text: &str) -> (Option<RawSeries>, Vec<Finding>) {
    let mut problems = Vec::new();
    let lines: Vec<&str> = text.split('\n').collect();
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .comment(Some(b'#'))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(str::to_ascii_lowercase).collect(),
        Err(_) => Vec::new(),
    };
    let (Some(date_col), Some(value_col)) = (
        headers.iter().position(|h| h == "date"),
        headers.iter().position(|h| h == "value"),
    ) else {
        let found = headers.join(",");
        let message = if found.trim_matches(',').trim().is_empty() {
            "this series file has no header; its first line must be `date,value`".to_string()
        } else {
            format!(
                "a series file needs a `date,value` header; its first line is `{}`",
                one_line(&found, 60)
            )
        };
        problems.push(
            Finding::error("bad-series", message, Location::file_start(rel))
                .with_hint(Some("make the first line `date,value`".into())),
        );
        return (None, problems);
    };
    let mut points = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(1, |p| p.line() as u32);
                problems.push(row_problem(
                    rel,
                    line,
                    "this row cannot be read as CSV",
                    None,
                ));
                continue;
            }
        };
        let line = record.position().map_or(1, |p| p.line() as u32);
        if record.iter().any(|field| field.contains('\n')) {
            problems.push(row_problem(
                rel,
                line,
                "this row opens a quote (`\"`) that is not closed, so the rows after it were read as part of it",
                Some("close the quote, or remove it"),
            ));
            continue;
        }
        if record.len() != headers.len() {
            problems.push(row_problem(
                rel,
                line,
                &format!(
                    "this row has {} columns; the header has {}",
                    record.len(),
                    headers.len()
                ),
                Some("quote a value that contains a comma (`\"1,5\"`), or write decimals with a point (`1.5`)"),
            ));
            continue;
        }
        let date = record.get(date_col).unwrap_or("").to_string();
        let value = record.get(value_col).unwrap_or("");
        if date.is_empty() || value.is_empty() {
            problems.push(row_problem(
                rel,
                line,
                "this row needs both a date and a value",
                Some("fill in both columns, or delete the row"),
            ));
            continue;
        }
        let row = lines.get(line as usize - 1).copied().unwrap_or("");
        let value = match value.parse::<f64>() {
            Ok(v) if v.is_finite() => MeasureValue::Number(v),
            _ => MeasureValue::Text(value.to_string()),
        };
        points.push(SeriesPoint {
            date,
            value,
            line,
            date_column: field_column(row, date_col),
            value_column: field_column(row, value_col),
        });
    }
    (Some(RawSeries { points }), problems)
}

fn row_problem(rel: &Path, line: u32, message: &str, hint: Option<&str>) -> Finding {
    Finding::error("bad-series", message, Location::new(rel, line, 1))
        .with_hint(hint.map(String::from))
}

/// The 1-based column where field `index` of a CSV line starts, after any
/// spaces: commas inside quotes do not separate fields.
fn field_column(line: &str, index: usize) -> u32 {
    let mut field = 0;
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in line.chars().enumerate() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                field += 1;
                if field == index {
                    start = i + 1;
                }
            }
            _ => {}
        }
    }
    let spaces = line
        .chars()
        .skip(start)
        .take_while(|c| c.is_whitespace())
        .count();
    (start + spaces + 1) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_and_texts_with_lines_and_columns() {
        let (s, problems) = parse(
            Path::new("d.csv"),
            "date,value\n2026-01,3.5\n2026-02, good \n2026-03,NaN\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let s = s.unwrap();
        assert_eq!(s.points.len(), 3);
        assert_eq!(s.points[0].value, MeasureValue::Number(3.5));
        assert_eq!(s.points[1].value, MeasureValue::Text("good".into()));
        assert_eq!((s.points[1].line, s.points[1].value_column), (3, 10));
        // Not a number a KPI can chart: the model reports it as text.
        assert_eq!(s.points[2].value, MeasureValue::Text("NaN".into()));
    }

    #[test]
    fn a_missing_or_empty_header_is_named() {
        let (s, problems) = parse(Path::new("d.csv"), "when,amount\n2026-01,1\n");
        assert!(s.is_none());
        assert!(
            problems[0].message.contains("`when,amount`"),
            "{problems:?}"
        );
        let (_, problems) = parse(Path::new("d.csv"), "\n2026-01,1\n");
        assert!(!problems[0].message.contains("``"), "{problems:?}");
    }

    #[test]
    fn every_bad_row_is_reported_in_plain_words_and_the_rest_load() {
        let (s, problems) = parse(
            Path::new("d.csv"),
            "date,value\n2026-01,1\n2026-02,1,5\n2026-03,\n2026-04,2\n",
        );
        let lines: Vec<u32> = problems.iter().map(|p| p.location.line).collect();
        assert_eq!(lines, [3, 4]);
        assert_eq!(
            problems[0].message,
            "this row has 3 columns; the header has 2"
        );
        assert!(!problems[0].message.contains("record"), "{problems:?}");
        assert_eq!(s.unwrap().points.len(), 2);
    }

    #[test]
    fn an_unclosed_quote_is_reported_not_swallowed() {
        let (s, problems) = parse(
            Path::new("d.csv"),
            "date,value\n2026-01,\"1\n2026-02,2\n2026-03,3\n",
        );
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].location.line, 2);
        assert!(problems[0].message.contains("not closed"));
        assert!(s.unwrap().points.is_empty());
    }
}

//! `touchmap check` on the committed fixture maps: `tests/fixtures/valid/`
//! must pass cleanly, and every folder under `tests/fixtures/broken/` must
//! report what its `expect.json` says.
//!
//! `expect.json` is one expectation, or a list of them (one run each):
//!
//! ```json
//! {"exit": 1, "code": "unknown-reference", "file": "touchpoints.yaml",
//!  "line": 9, "column": 14, "message": "unknown channel `emial`",
//!  "hint": "did you mean `email`?",
//!  "args": ["--deny-warnings"], "severity": "error", "errors": 1, "warnings": 0,
//!  "also": [{"code": ..., "file": ..., "line": ..., "column": ..., "message": ...}]}
//! ```
//!
//! `message` and `hint` match as substrings; `file` is relative to the
//! fixture folder. `args`, `severity`, `hint`, `errors`, `warnings` and
//! `also` are optional. touchmap reads only .yaml/.yml/.md/.csv files, so
//! `expect.json` is never part of the map.

use crate::common::{Check, Finding, check_json, fixtures, touchmap};
use serde_json::Value;
use std::ffi::OsStr;
use std::path::Path;

#[test]
fn the_valid_fixture_passes_without_findings() {
    let dir = fixtures().join("valid");
    let human = touchmap(&[OsStr::new("check"), dir.as_os_str()]);
    assert_eq!(human.code, 0, "stdout:\n{}", human.stdout);
    assert_eq!(human.stdout, "no problems found\n");

    let strict = check_json(&dir, &["--deny-warnings"]);
    assert_eq!(strict.run.code, 0, "{}", strict.listing());
    assert_eq!((strict.errors, strict.warnings), (0, 0));
    assert!(strict.findings.is_empty(), "{}", strict.listing());
}

#[test]
fn every_broken_fixture_reports_what_its_expect_json_says() {
    let root = fixtures().join("broken");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/fixtures/broken exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(
        dirs.len() >= 25,
        "expected at least 25 broken fixtures, found {}",
        dirs.len()
    );

    let mut failures = Vec::new();
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        if let Err(problem) = check_fixture(dir) {
            failures.push(format!("{name}: {problem}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} broken fixtures failed:\n\n{}",
        failures.len(),
        dirs.len(),
        failures.join("\n\n")
    );
}

/// Runs every expectation of one fixture; `Err` says all that went wrong.
fn check_fixture(dir: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(dir.join("expect.json"))
        .map_err(|e| format!("cannot read expect.json: {e}"))?;
    let doc: Value =
        serde_json::from_str(&text).map_err(|e| format!("expect.json is not JSON: {e}"))?;
    let runs = match doc {
        Value::Array(runs) => runs,
        one => vec![one],
    };
    let mut problems = Vec::new();
    for expect in &runs {
        let args: Vec<&str> = match expect.get("args") {
            None => vec![],
            Some(a) => a
                .as_array()
                .and_then(|a| a.iter().map(Value::as_str).collect())
                .ok_or("`args` must be a list of strings")?,
        };
        let check = check_json(dir, &args);
        let mut wrong = Vec::new();
        let exit = expect["exit"].as_i64().ok_or("`exit` is required")?;
        if i64::from(check.run.code) != exit {
            wrong.push(format!("exit code {} (expected {exit})", check.run.code));
        }
        for (key, actual) in [("errors", check.errors), ("warnings", check.warnings)] {
            if let Some(n) = expect.get(key).and_then(Value::as_u64)
                && n != actual
            {
                wrong.push(format!("{actual} {key} (expected {n})"));
            }
        }
        let also = match expect.get("also") {
            None => vec![],
            Some(list) => list.as_array().ok_or("`also` must be a list")?.clone(),
        };
        for wanted in std::iter::once(expect).chain(also.iter()) {
            if let Some(missing) = missing_finding(&check, wanted)? {
                wrong.push(missing);
            }
        }
        if !wrong.is_empty() {
            problems.push(format!(
                "`touchmap check {} --format json{}`:\n    {}\n  it reported:\n{}",
                dir.display(),
                args.iter().map(|a| format!(" {a}")).collect::<String>(),
                wrong.join("\n    "),
                check.listing()
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// `Some(description)` when no finding matches `wanted`.
fn missing_finding(check: &Check, wanted: &Value) -> Result<Option<String>, String> {
    let field = |k: &str| -> Result<&str, String> {
        wanted[k]
            .as_str()
            .ok_or_else(|| format!("`{k}` (text) is required in {wanted}"))
    };
    let number = |k: &str| -> Result<u64, String> {
        wanted[k]
            .as_u64()
            .ok_or_else(|| format!("`{k}` (number) is required in {wanted}"))
    };
    let (code, file, message) = (field("code")?, field("file")?, field("message")?);
    let (line, column) = (number("line")?, number("column")?);
    let severity = wanted.get("severity").and_then(Value::as_str);
    let hint = wanted.get("hint").and_then(Value::as_str);
    let matches = |f: &Finding| {
        f.code == code
            && f.file == file
            && f.line == line
            && f.column == column
            && f.message.contains(message)
            && severity.is_none_or(|s| f.severity == s)
            && hint.is_none_or(|h| f.hint.as_deref().is_some_and(|fh| fh.contains(h)))
    };
    if check.findings.iter().any(matches) {
        return Ok(None);
    }
    Ok(Some(format!(
        "no {}`{code}` finding at {file}:{line}:{column} with message containing {message:?}{}",
        severity.map(|s| format!("{s} ")).unwrap_or_default(),
        hint.map(|h| format!(" and hint containing {h:?}"))
            .unwrap_or_default()
    )))
}

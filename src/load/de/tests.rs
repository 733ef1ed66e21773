//! Matching items one by one: what is reported, what still loads.
use super::*;
use crate::load::located::At;
use serde::Deserialize;

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Item {
    id: At<String>,
    name: String,
    score: Option<At<i64>>,
    #[serde(default)]
    tags: Vec<String>,
}

fn items(text: &str) -> (Vec<Item>, Vec<Finding>, Vec<(IdKind, String)>) {
    read_list(text)
}

/// The `T`s of a YAML list, what was found, and the items left out.
fn read_list<T: DeserializeOwned + schemars::JsonSchema>(
    text: &str,
) -> (Vec<T>, Vec<Finding>, Vec<(IdKind, String)>) {
    let root = super::super::node::read(text).unwrap();
    let ctx = Ctx::new(Path::new("f.yaml"), text);
    let Kind::Seq(list) = &root.value else {
        panic!("a list")
    };
    let mut out = Vec::new();
    for item in list {
        match lenient::<T>(item, &ctx) {
            Some(i) => out.push(i),
            None => ctx.note_failed("touchpoints", item),
        }
    }
    let (findings, leftovers) = ctx.finish();
    (out, findings, leftovers.failed)
}

fn codes(findings: &[Finding]) -> Vec<(&str, u32, u32)> {
    findings
        .iter()
        .map(|f| (f.code, f.location.line, f.location.column))
        .collect()
}

#[test]
fn every_bad_field_is_reported_and_only_it_is_lost() {
    let (items, findings, failed) =
        items("- id: a\n  nmae: A\n  name: A\n  score: high\n  tgas: [x]\n- id: b\n  name: B\n");
    assert_eq!(
        codes(&findings),
        [
            ("unknown-key", 2, 3),
            ("wrong-type", 4, 10),
            ("unknown-key", 5, 3)
        ]
    );
    assert_eq!(findings[0].hint.as_deref(), Some("did you mean `name`?"));
    // The bad optional `score` is left out; both items load.
    assert_eq!(items.len(), 2);
    assert!(items[0].score.is_none());
    assert!(failed.is_empty());
}

#[test]
fn a_bad_required_field_costs_its_item_and_its_id_is_remembered() {
    let (items, findings, failed) = items("- id: a\n  name: [A]\n- id: b\n  name: B\n- {id: c}\n");
    assert_eq!(items.len(), 1);
    assert_eq!(
        codes(&findings),
        [("wrong-type", 2, 9), ("missing-key", 5, 4)]
    );
    assert_eq!(findings[1].message, "missing required key `name`");
    assert_eq!(
        failed,
        [
            (IdKind::Touchpoint, "a".to_string()),
            (IdKind::Touchpoint, "c".to_string())
        ]
    );
}

#[test]
fn every_required_key_an_item_lacks_is_named_at_once() {
    let (items, findings, _) = items("- {score: 3}\n- id: b\n  nmae: B\n- name:\n  score: 1\n");
    assert!(items.is_empty());
    let said: Vec<(&str, u32, &str)> = findings
        .iter()
        .map(|f| (f.code, f.location.line, f.message.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            // serde stops at the first; the others come from the schema.
            ("missing-key", 1, "missing required key `id`"),
            ("missing-key", 1, "missing required key `name`"),
            // A misspelling stands for its key: reported once, as itself.
            ("unknown-key", 3, "unknown key `nmae`"),
            ("missing-key", 4, "missing required key `id`"),
            ("wrong-type", 4, "`name` has no value"),
        ]
    );
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Series {
    id: String,
    #[serde(default)]
    points: Vec<Point>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Point {
    date: String,
    value: f64,
    note: Option<String>,
}

#[test]
fn every_required_key_a_mapping_inside_an_item_lacks_is_named_at_once() {
    let (series, findings, _) = read_list::<Series>(
        "- id: a\n  points:\n    - {note: x}\n    - {date: '2026-01', value: 1}\n- id: b\n",
    );
    // Only the bad point is left out.
    assert_eq!(series.len(), 2);
    let ids: Vec<&str> = series.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    let points: Vec<(&str, f64, Option<&str>)> = series[0]
        .points
        .iter()
        .map(|p| (p.date.as_str(), p.value, p.note.as_deref()))
        .collect();
    assert_eq!(points, [("2026-01", 1.0, None)]);
    let said: Vec<(u32, &str)> = findings
        .iter()
        .map(|f| (f.location.line, f.message.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            (3, "missing required key `date`"),
            (3, "missing required key `value`"),
        ]
    );
}

#[test]
fn required_keys_find_a_struct_inside_by_its_keys() {
    assert_eq!(
        required_keys::<Series>(&["date", "value", "note"]),
        Some(vec!["date".to_string(), "value".to_string()])
    );
    assert_eq!(
        required_keys::<Series>(&["id", "points"]),
        Some(vec!["id".to_string()])
    );
    assert_eq!(required_keys::<Series>(&["date", "value"]), None);
}

#[test]
fn an_empty_optional_field_is_absent_and_an_empty_required_one_is_named() {
    let (items, findings, _) = items("- id: a\n  name: A\n  score:\n  tags:\n- id: b\n  name:\n");
    assert_eq!(items.len(), 1);
    assert_eq!(codes(&findings), [("wrong-type", 6, 3)]);
    assert_eq!(findings[0].message, "`name` has no value");
    assert!(items[0].tags.is_empty() && items[0].score.is_none());
}

#[test]
fn quoted_and_huge_numbers_are_not_whole_numbers() {
    let (_, findings, _) = items(
        "- {id: a, name: A, score: \"1\"}\n- {id: b, name: B, score: 99999999999999999999}\n- {id: c, name: C, score: 1.5}\n",
    );
    assert_eq!(
        codes(&findings),
        [
            ("wrong-type", 1, 27),
            ("out-of-range", 2, 27),
            ("wrong-type", 3, 27)
        ]
    );
    assert!(
        findings[0]
            .hint
            .as_deref()
            .unwrap()
            .starts_with("remove the quotes")
    );
    assert_eq!(findings[1].message, "99999999999999999999 is out of range");
}

#[test]
fn a_repeated_key_is_reported_and_the_first_kept() {
    let (items, findings, _) = items("- id: a\n  name: A\n  name: B\n");
    assert_eq!(codes(&findings), [("duplicate-key", 3, 3)]);
    assert_eq!(items[0].name, "A");
}

#[test]
fn numbers_read_as_text_keep_their_spelling() {
    let (items, findings, _) = items("- {id: 0x1F, name: 1.50}\n");
    assert!(findings.is_empty(), "{findings:?}");
    assert_eq!(
        (items[0].id.as_str(), items[0].name.as_str()),
        ("0x1F", "1.50")
    );
    assert_eq!((items[0].id.pos.line, items[0].id.pos.column), (1, 8));
}

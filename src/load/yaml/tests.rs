//! What a user sees for each kind of problem in a map file.

use super::*;

fn read(text: &str) -> MapFileRead {
    parse_map_file(Path::new("f.yaml"), text).expect("the file reads as YAML")
}

/// The findings of a file, with what still loaded.
fn findings(text: &str) -> Vec<Finding> {
    match parse_map_file(Path::new("f.yaml"), text) {
        Ok(read) => read.findings,
        Err(findings) => findings,
    }
}

fn err(text: &str) -> Finding {
    let mut all = findings(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    all.remove(0)
}

fn at(f: &Finding) -> (&str, u32, u32) {
    (f.code, f.location.line, f.location.column)
}

#[test]
fn unknown_key_suggests_nearest() {
    let f = err("touchpoints:\n  - id: a\n    name: b\n    stage: s\n    chanel: c\n");
    assert_eq!(at(&f), ("unknown-key", 5, 5));
    assert_eq!(f.message, "unknown key `chanel`");
    assert_eq!(f.hint.as_deref(), Some("did you mean `channel`?"));
}

#[test]
fn every_error_of_a_file_is_reported_and_the_good_items_load() {
    let text = "touchpints: []\nchannels:\n  - {id: web, mode: analgo}\n  - {id: shop, mode: analog}\ntouchpoints:\n  - id: a\n    nmae: A\n    name: A\n    stage: s\n    channel: shop\n  - id: Web Shop\n    name: B\n    stage: s\n    channel: shop\n";
    let read = read(text);
    let found: Vec<_> = read.findings.iter().map(at).collect();
    assert_eq!(
        found,
        [
            ("unknown-key", 1, 1),
            ("invalid-value", 3, 21),
            ("unknown-key", 7, 5)
        ]
    );
    assert_eq!(
        read.findings[0].hint.as_deref(),
        Some("did you mean `touchpoints`?")
    );
    assert_eq!(
        read.findings[1].hint.as_deref(),
        Some("did you mean `analog`?")
    );
    // Only the channel with the bad mode is lost, and remembered.
    assert_eq!(read.content.channels.len(), 1);
    assert_eq!(read.content.touchpoints.len(), 2);
    assert_eq!(
        read.failed,
        [(crate::load::id_kind::IdKind::Channel, "web".to_string())]
    );
}

#[test]
fn a_list_is_not_a_map_file() {
    let f = err("- a\n- b\n");
    assert_eq!(at(&f), ("wrong-type", 1, 1));
    assert!(f.message.contains("must be a mapping"), "{f:?}");
    let f = err("# stages\n---\n- a\n");
    assert_eq!(at(&f), ("wrong-type", 3, 1));
}

#[test]
fn empty_comment_only_and_marker_only_files_are_all_empty() {
    for text in ["", "\n\n", "# nothing yet\n", "---\n", "--- # x\n"] {
        let read = read(text);
        assert!(read.empty && read.findings.is_empty(), "{text:?}: {read:?}");
    }
}

#[test]
fn a_second_document_is_named_with_its_line() {
    let f = err("site: {title: X}\n# more\n---\nstages: []\n");
    assert_eq!(at(&f), ("yaml-syntax", 3, 1));
    assert_eq!(
        f.message,
        "a map file holds one YAML document; this one has a second starting at line 3 (`---`)"
    );
    assert!(!f.message.contains("from_str"), "{f:?}");
}

#[test]
fn deep_nesting_is_refused() {
    // A measurement value accepts any YAML node, so the nesting is read.
    let text = format!(
        "kpis:\n  - id: k\n    name: K\n    measurements:\n      - date: 2026-01\n        value: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert_eq!(err(&text).code, "too-deep");
}

#[test]
fn a_missing_key_points_at_the_start_of_its_entry() {
    let f = err(
        "touchpoints:\n  - id: a\n    stage: s\n    emotion:\n      score: 1\n\n    # c\n    channel: c\n",
    );
    assert_eq!(at(&f), ("missing-key", 2, 5));
    assert_eq!(f.message, "missing required key `name`");
    let f = err("channels:\n  - {name: x,   id: email}\n");
    assert_eq!(at(&f), ("missing-key", 2, 6));
    let f = err("channels:\n-   id: email\n    name: E\n");
    assert_eq!(at(&f), ("missing-key", 2, 5));
}

#[test]
fn a_duplicate_key_is_named_with_its_first_line() {
    let f = err("channels:\n  - id: a\n    mode: analog\n    name: A\n    mode: digital\n");
    assert_eq!(at(&f), ("duplicate-key", 5, 5));
    assert_eq!(f.message, "duplicate key `mode` in this mapping");
    assert_eq!(
        f.hint.as_deref(),
        Some("`mode` is already set at line 3 of this mapping; keep one of the two")
    );
}

#[test]
fn a_tab_is_pointed_at() {
    let f = err("site:\n\ttitle: X\n");
    assert_eq!(at(&f), ("yaml-syntax", 2, 1));
    assert!(f.message.contains("with a tab"), "{f:?}");
    let f = err("channels:\n  - id: email\n\tmode: digital\n");
    assert_eq!(at(&f), ("yaml-syntax", 3, 1));
}

#[test]
fn type_mismatches_say_what_to_write() {
    let f =
        err("touchpoints:\n  - id: a\n    name: b\n    stage: s\n    channel: c\n    kpis: k\n");
    assert_eq!(f.message, "expected a list here, not text");
    assert_eq!((f.location.line, f.location.column), (6, 11));
    assert!(f.hint.unwrap().contains("- item"));
    let f = err("touchpoints:\n  - id: a\n    name: [x]\n    stage: s\n    channel: c\n");
    assert!(f.message.starts_with("expected a single text"), "{f:?}");
    let f = err("touchpoints:\n  - id: a\n    stage: s\n    channel: c\n    name:\n");
    assert_eq!(at(&f), ("wrong-type", 5, 5));
    assert_eq!(f.message, "`name` has no value");
    let f = err(
        "touchpoints:\n  - id: a\n    name: b\n    stage: s\n    channel: c\n    emotion: {score: high}\n",
    );
    assert_eq!(f.message, "expected a whole number here, not text");
}

#[test]
fn an_empty_optional_field_or_section_counts_as_absent() {
    let read = read(
        "touchpoints:\n  - id: a\n    name: b\n    stage: s\n    channel: c\n    value:\n    brand_values:\n    kpis:\n    personas: ~\nkpis:\n",
    );
    assert!(read.findings.is_empty(), "{:?}", read.findings);
    let tp = &read.content.touchpoints[0].value;
    assert!(tp.value.is_empty() && tp.kpis.is_empty() && tp.personas.is_none());
}

#[test]
fn a_quoted_number_is_text() {
    let f = err(
        "touchpoints:\n  - id: a\n    name: b\n    stage: s\n    channel: c\n    value: {price: \"3\"}\n",
    );
    assert_eq!(at(&f), ("wrong-type", 6, 20));
    assert!(f.hint.unwrap().starts_with("remove the quotes"));
}

#[test]
fn a_non_finite_number_is_not_a_syntax_error() {
    let f = err(
        "kpis:\n  - id: k\n    name: K\n    measurements:\n      - {date: 2026-01, value: .inf}\n",
    );
    assert_eq!(at(&f), ("invalid-value", 5, 32));
    assert_eq!(f.message, "a number must be finite, not `.inf`");
}

#[test]
fn an_unknown_anchor_is_not_an_alias_bomb() {
    let f = err("channels:\n  - id: email\n    mode: *nope\n");
    assert_eq!(f.code, "yaml-syntax");
    assert!(f.message.contains("anchor that is not defined"), "{f:?}");
}

#[test]
fn control_characters_are_located_and_shown_visibly() {
    let f = err("a: 1\nsite: {title: \"x\u{1b}[31my\"}\n");
    assert_eq!(at(&f), ("yaml-syntax", 2, 17));
    assert!(f.message.contains("`\u{241b}` (U+001B)"), "{f:?}");
    assert!(!f.message.contains('\u{1b}'));
}

#[test]
fn control_characters_and_syntax_errors_count_lines_alike_whatever_the_line_breaks() {
    for br in ["\n", "\r\n", "\r"] {
        // Where the parser stops on a syntax error on line 3 …
        let syntax = err(&format!("a: 1{br}b: 2{br}c: [1{br}"));
        assert_eq!(syntax.location.line, 3, "{br:?}: {syntax:?}");
        // … a control character on that line is said to be, too.
        let control = err(&format!("a: 1{br}b: 2{br}c: \"\u{1}\"{br}"));
        assert_eq!(at(&control), ("yaml-syntax", 3, 5), "{br:?}");
        // And so is a tab the parser stops on.
        let tab = err(&format!("a: 1{br}b:{br}\t- 1{br}"));
        assert_eq!(at(&tab), ("yaml-syntax", 3, 1), "{br:?}: {tab:?}");
    }
}

#[test]
fn a_large_file_of_ordinary_entries_is_read() {
    let mut text = String::from("touchpoints:\n");
    for i in 0..40_000 {
        text.push_str(&format!(
            "  - {{id: t{i}, name: T, stage: s, channel: c}}\n"
        ));
    }
    assert_eq!(read(&text).content.touchpoints.len(), 40_000);
}

#[test]
fn front_matter_that_is_a_list_names_the_front_matter_keys() {
    let (_, found) = parse_front_matter(Path::new("n.md"), "\n- a\n");
    assert_eq!(found[0].code, "wrong-type");
    let hint = found[0].hint.as_deref().unwrap();
    assert!(hint.contains("title, touchpoints"), "{hint}");
    assert!(!hint.contains("channels"), "{hint}");
}

//! Input a careless or hostile map folder may hold: empty and odd files,
//! bytes that are not UTF-8, runaway nesting, alias bombs, huge files and
//! symbolic links. Each must end in a located finding, quickly, never in a
//! crash or a hang. The maps are written at test time into temp folders.

use crate::common::{Check, check_json, minimal_map};

/// Asserts exit 1 and exactly one finding with this code, at this place.
fn assert_error_at(check: &Check, code: &str, file: &str, line: u64, column: u64) {
    assert_eq!(check.run.code, 1, "{}", check.listing());
    let f = check.only(code);
    assert_eq!(f.severity, "error", "{f}");
    assert_eq!(
        (f.file.as_str(), f.line, f.column),
        (file, line, column),
        "{f}"
    );
}

#[test]
fn an_empty_map_file_is_a_warning_not_a_crash() {
    let map = minimal_map("empty-file");
    map.write("touchpoints.yaml", "");
    let check = check_json(map.path(), &[]);
    assert_eq!(check.run.code, 0, "{}", check.listing());
    let f = check.only("empty-file");
    assert_eq!(f.severity, "warning");
    assert_eq!(
        (f.file.as_str(), f.line, f.column),
        ("touchpoints.yaml", 1, 1)
    );
    assert!(
        f.hint.as_deref().unwrap_or("").contains("delete the file"),
        "{f}"
    );
    assert_eq!(check_json(map.path(), &["--deny-warnings"]).run.code, 1);
}

#[test]
fn a_file_of_only_comments_or_a_marker_is_empty_like_an_empty_one() {
    for (i, text) in ["# touchpoints of team X go here\n", "---\n"]
        .iter()
        .enumerate()
    {
        let map = minimal_map(&format!("comments-only-{i}"));
        map.write("touchpoints.yaml", text);
        let check = check_json(map.path(), &[]);
        assert_eq!(check.run.code, 0, "{text:?}: {}", check.listing());
        let f = check.only("empty-file");
        assert_eq!(
            (f.file.as_str(), f.line, f.column),
            ("touchpoints.yaml", 1, 1)
        );
    }
}

#[test]
fn a_second_document_is_named_by_its_line_not_by_an_api() {
    let map = minimal_map("two-documents");
    map.write(
        "stages.yaml",
        "stages:\n  - id: a\n---\nstages:\n  - id: b\n",
    );
    let check = check_json(map.path(), &[]);
    assert_error_at(&check, "yaml-syntax", "stages.yaml", 3, 1);
    let f = check.only("yaml-syntax");
    assert!(f.message.contains("second starting at line 3"), "{f}");
    assert!(!f.message.contains("from_str"), "{f}");
}

#[test]
fn an_empty_touchmap_yaml_lacks_the_site_section() {
    let map = minimal_map("empty-touchmap");
    map.write("touchmap.yaml", "");
    let check = check_json(map.path(), &[]);
    assert_error_at(&check, "missing-site", "touchmap.yaml", 1, 1);
    assert!(
        check.findings.iter().all(|f| f.code != "empty-file"),
        "{}",
        check.listing()
    );
}

#[test]
fn a_file_that_is_a_list_is_located_at_its_first_item() {
    let map = minimal_map("list-file");
    map.write(
        "stages.yaml",
        "# Stages, in order\n- {id: awareness}\n- {id: decision}\n",
    );
    let check = check_json(map.path(), &[]);
    assert_error_at(&check, "wrong-type", "stages.yaml", 2, 1);
    let f = check.only("wrong-type");
    assert!(f.message.contains("must be a mapping"), "{f}");
}

#[test]
fn bytes_that_are_not_utf8_are_located_at_the_first_bad_byte() {
    let map = minimal_map("not-utf8");
    // Latin-1 `é` (0xE9) in `café`: line 3, column 13 (after `  - {id: caf`).
    map.write(
        "channels.yaml",
        b"channels:\n  - {id: email, mode: digital}\n  - {id: caf\xe9, mode: analog}\n",
    );
    map.write("notes/latin1.md", b"# Notes\n\nna\xefve\n");
    let check = check_json(map.path(), &[]);
    assert_eq!(check.run.code, 1, "{}", check.listing());
    let mut found: Vec<_> = check
        .with_code("not-utf8")
        .iter()
        .map(|f| (f.file.clone(), f.line, f.column))
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            ("channels.yaml".to_string(), 3, 13),
            ("notes/latin1.md".to_string(), 3, 3)
        ],
        "{}",
        check.listing()
    );
}

#[test]
fn a_tab_in_the_indentation_is_located_at_the_tab() {
    let map = minimal_map("tabs");
    map.write(
        "channels.yaml",
        "channels:\n  - id: email\n\tmode: digital\n",
    );
    let check = check_json(map.path(), &[]);
    assert_error_at(&check, "yaml-syntax", "channels.yaml", 3, 1);
    let f = check.only("yaml-syntax");
    assert!(f.message.contains("tab"), "{f}");
    assert!(f.hint.as_deref().unwrap_or("").contains("spaces"), "{f}");
}

#[test]
fn a_duplicate_key_names_the_key_and_its_first_line() {
    let map = minimal_map("duplicate-key");
    map.write(
        "channels.yaml",
        "channels:\n  - id: email\n    mode: digital\n    name: E-mail\n    id: mail\n",
    );
    let check = check_json(map.path(), &[]);
    assert_error_at(&check, "duplicate-key", "channels.yaml", 5, 5);
    let f = check.only("duplicate-key");
    assert!(f.message.contains("`id`"), "{f}");
    assert!(f.hint.as_deref().unwrap_or("").contains("line 2"), "{f}");
}

#[test]
fn ten_thousand_levels_of_nesting_are_refused_with_a_location() {
    let map = minimal_map("deep");
    let depth = 10_000;
    // A measurement value accepts any YAML node, so the parser must descend.
    let prefix = "        value: ";
    map.write(
        "kpis.yaml",
        format!(
            "kpis:\n  - id: k\n    name: K\n    kind: qualitative\n    measurements:\n      - date: \"2026-01\"\n{prefix}{}{}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
    );
    let check = check_json(map.path(), &[]);
    assert_eq!(check.run.code, 1, "{}", check.listing());
    let f = check.only("too-deep");
    assert_eq!((f.file.as_str(), f.line), ("kpis.yaml", 7), "{f}");
    // Somewhere inside the run of brackets, past the 64 allowed levels.
    let first_bracket = prefix.len() as u64 + 1;
    assert!(
        (first_bracket + 64..first_bracket + depth as u64).contains(&f.column),
        "{f}"
    );
    assert!(f.message.contains("64 levels"), "{f}");
}

#[test]
fn an_alias_bomb_is_refused_with_a_location() {
    let map = minimal_map("alias-bomb");
    // Billion laughs: each level repeats the previous one nine times, so the
    // last alias would expand to 9^9 (387 million) strings.
    let mut text = String::from(
        "kpis:\n  - id: k\n    name: K\n    kind: qualitative\n    measurements:\n      - date: \"2026-01\"\n        value:\n          a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
    );
    let levels = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for pair in levels.windows(2) {
        let (prev, name) = (pair[0], pair[1]);
        let items = vec![format!("*{prev}"); 9].join(", ");
        text.push_str(&format!("          {name}: &{name} [{items}]\n"));
    }
    let last_line = text.lines().count() as u64;
    map.write("kpis.yaml", &text);
    let check = check_json(map.path(), &[]);
    assert_eq!(check.run.code, 1, "{}", check.listing());
    let f = check.only("yaml-budget");
    assert_eq!(f.severity, "error");
    assert_eq!(f.file, "kpis.yaml", "{f}");
    // At an alias use of the last levels, where the expansion passes the budget.
    assert!(
        (9..=last_line).contains(&f.line) && f.column > 17,
        "{f}\n{text}"
    );
    assert!(f.message.contains("anchors and aliases"), "{f}");
}

#[test]
fn a_fifty_megabyte_file_is_refused_without_reading_it() {
    let map = minimal_map("huge");
    let line = "# padding padding padding padding padding padding padding padding\n";
    let huge = line.repeat(50 * 1024 * 1024 / line.len() + 1);
    assert!(huge.len() >= 50 * 1024 * 1024);
    map.write("huge.yaml", huge);
    let check = check_json(map.path(), &[]);
    assert_error_at(&check, "file-too-large", "huge.yaml", 1, 1);
    let f = check.only("file-too-large");
    assert!(f.message.contains("50.0 MiB"), "{f}");
    assert!(f.hint.as_deref().unwrap_or("").contains("split"), "{f}");
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_not_followed_forever() {
    let map = minimal_map("symlink-loop");
    map.write("team/touchpoints.yaml", "touchpoints: []\n");
    std::os::unix::fs::symlink("..", map.path().join("team/up")).unwrap();
    let check = check_json(map.path(), &[]);
    assert_error_at(&check, "symlink-loop", "team/up", 1, 1);
    let f = check.only("symlink-loop");
    assert!(f.hint.is_some(), "{f}");
}

#[cfg(unix)]
#[test]
fn a_symlink_to_a_file_outside_the_map_is_not_read() {
    let outside = crate::common::TempDir::new("outside");
    let secret = outside.write("secret.yaml", "touchpoints: [not, a, map]\n");
    let note = outside.write("secret.md", "# Secret\n");
    let map = minimal_map("symlink-out");
    map.write(
        "touchpoints.yaml",
        "touchpoints:\n  - id: newsletter\n    name: Newsletter\n    stage: awareness\n    channel: email\n    notes: [notes/secret.md]\n",
    );
    map.write(
        "channels.yaml",
        "channels:\n  - {id: email, mode: digital}\n",
    );
    std::os::unix::fs::symlink(&secret, map.path().join("linked.yaml")).unwrap();
    std::fs::create_dir_all(map.path().join("notes")).unwrap();
    std::os::unix::fs::symlink(&note, map.path().join("notes/secret.md")).unwrap();

    let check = check_json(map.path(), &[]);
    assert_eq!(check.run.code, 1, "{}", check.listing());
    let mut refused: Vec<_> = check
        .with_code("outside-map")
        .iter()
        .map(|f| (f.file.clone(), f.line, f.column))
        .collect();
    refused.sort();
    assert_eq!(
        refused,
        [
            ("linked.yaml".to_string(), 1, 1),
            ("notes/secret.md".to_string(), 1, 1)
        ],
        "{}",
        check.listing()
    );
    // The touchpoint that names the linked note says why it cannot have it.
    let f = check.only("note-outside-map");
    assert_eq!(
        (f.file.as_str(), f.line, f.column),
        ("touchpoints.yaml", 6, 13),
        "{f}"
    );
    assert!(f.message.contains("symbolic link"), "{f}");
    // The outside file's content was never parsed.
    assert!(
        check.with_code("wrong-type").is_empty(),
        "{}",
        check.listing()
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_to_a_folder_outside_the_map_is_reported_once_and_not_entered() {
    let outside = crate::common::TempDir::new("outside-folder");
    for i in 0..50 {
        outside.write(&format!("f{i}.yaml"), "touchpoints: [not, a, map]\n");
    }
    let map = minimal_map("symlink-folder-out");
    std::os::unix::fs::symlink(outside.path(), map.path().join("elsewhere")).unwrap();
    // A link up to the map folder's parent would read the map again.
    std::os::unix::fs::symlink("..", map.path().join("up")).unwrap();
    let check = check_json(map.path(), &[]);
    assert_eq!(check.run.code, 1, "{}", check.listing());
    let mut refused: Vec<_> = check
        .with_code("outside-map")
        .iter()
        .map(|f| (f.file.clone(), f.line, f.column))
        .collect();
    refused.sort();
    assert_eq!(
        refused,
        [("elsewhere".to_string(), 1, 1), ("up".to_string(), 1, 1)],
        "{}",
        check.listing()
    );
    assert_eq!(
        check.errors,
        2,
        "nothing behind the links was read: {}",
        check.listing()
    );
}

#[cfg(unix)]
#[test]
fn a_dangling_symlink_names_its_missing_target() {
    let map = minimal_map("dangling");
    std::os::unix::fs::symlink("gone.yaml", map.path().join("team.yaml")).unwrap();
    let check = check_json(map.path(), &[]);
    assert_error_at(&check, "unreadable-file", "team.yaml", 1, 1);
    let f = check.only("unreadable-file");
    assert_eq!(
        f.message,
        "this is a symbolic link to a missing file `gone.yaml`"
    );
    assert!(!f.message.contains("os error"), "{f}");
    assert!(f.hint.is_some(), "{f}");
}

#[test]
fn a_large_ordinary_file_is_read_not_refused_as_an_alias_bomb() {
    let map = minimal_map("large-file");
    map.write(
        "channels.yaml",
        "channels:\n  - {id: email, mode: digital}\n",
    );
    // 40,000 one-line entries, about 2.5 MB, no anchors: well within the
    // documented 32 MiB limit.
    let mut text = String::from("touchpoints:\n");
    for i in 0..40_000 {
        text.push_str(&format!(
            "  - {{id: t{i}, name: Touchpoint {i}, stage: awareness, channel: email}}\n"
        ));
    }
    map.write("touchpoints.yaml", &text);
    let check = check_json(map.path(), &[]);
    assert!(
        check.with_code("yaml-budget").is_empty(),
        "{}",
        check.listing()
    );
    assert_eq!(check.errors, 0, "{}", check.listing());
}

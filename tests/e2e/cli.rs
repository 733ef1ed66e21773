//! The command line as a user meets it: the three output formats of
//! `check`, its exit codes and default folder, `init`, `schema`, and the
//! example map shipped with the crate.

use crate::common::{TempDir, check_json, crate_dir, fixtures, touchmap, touchmap_in};
use std::ffi::OsStr;

/// `check` run from `tests/fixtures/broken/` on one fixture, so that paths
/// in the output are short and the same on every machine.
fn check_broken(name: &str, format: &str) -> crate::common::Run {
    touchmap_in(
        &fixtures().join("broken"),
        &["check", name, "--format", format],
    )
}

#[test]
fn human_output_shows_location_source_line_caret_and_help() {
    let run = check_broken("unknown-channel", "human");
    assert_eq!(run.code, 1, "{}", run.stdout);
    let expected = "\
error[unknown-reference]: unknown channel `emial`
 --> unknown-channel/touchpoints.yaml:9:14
  |
9 |     channel: emial
  |              ^^^^^
  |
  = help: did you mean `email`?

1 error, 0 warnings
";
    assert_eq!(run.stdout, expected);
    assert!(!run.stdout.contains('\x1b'), "no colour codes when piped");
}

#[test]
fn an_opportunity_priority_out_of_range_and_a_misspelt_status_show_where_and_what_to_write() {
    let run = check_broken("opportunity-bad-status-and-impact", "human");
    assert_eq!(run.code, 1, "{}", run.stdout);
    let expected = "\
error[out-of-range]: opportunity impact 7 is outside 1..5
  --> opportunity-bad-status-and-impact/touchmap.yaml:12:17
   |
12 |         impact: 7
   |                 ^
   |
   = help: use a whole number from 1 to 5

error[invalid-value]: `in progres` is not one of idea, planned, in-progress, done
  --> opportunity-bad-status-and-impact/touchmap.yaml:14:17
   |
14 |         status: in progres
   |                 ^^^^^^^^^^
   |
   = help: did you mean `in-progress`?

2 errors, 0 warnings
";
    assert_eq!(run.stdout, expected);
}

#[test]
fn a_file_that_cannot_be_read_is_reported_before_what_it_may_cause() {
    // touchmap.yaml comes before touchpoints.yaml, but its unknown
    // touchpoint may be declared in the file that could not be read.
    for format in ["human", "json"] {
        let run = check_broken("syntax-error-hides-touchpoints", format);
        assert_eq!(run.code, 1, "{}", run.stdout);
        let cause = run.stdout.find("yaml-syntax").expect("the syntax error");
        let effect = run
            .stdout
            .find("unknown-reference")
            .expect("the unknown touchpoint");
        assert!(cause < effect, "{format}:\n{}", run.stdout);
    }
}

#[test]
fn human_output_quotes_the_line_of_a_note_for_front_matter_problems() {
    let run = check_broken("note-front-matter-unknown-key", "human");
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains(" --> note-front-matter-unknown-key/notes/study.md:4:1\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("4 | touchpionts: [till]\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("  | ^^^^^^^^^^^\n"), "{}", run.stdout);
    assert!(run.stdout.contains("= help: did you mean `touchpoints`?"));
}

#[test]
fn github_output_is_one_workflow_command_per_finding() {
    let run = check_broken("unknown-channel", "github");
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "::error file=unknown-channel/touchpoints.yaml,line=9,col=14,title=touchmap unknown-reference::unknown channel `emial` — did you mean `email`?\n::notice title=touchmap check::1 error, 0 warnings\n"
    );

    let run = check_broken("warnings-only", "github");
    assert_eq!(run.code, 0);
    let commands: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("::") && !l.starts_with("::notice"))
        .collect();
    assert_eq!(commands.len(), 8, "{}", run.stdout);
    assert!(
        run.stdout
            .ends_with("::notice title=touchmap check::0 errors, 8 warnings\n"),
        "{}",
        run.stdout
    );
    assert!(
        commands
            .iter()
            .all(|l| l.starts_with("::warning file=warnings-only/"))
    );
    assert!(
        commands.contains(
            &"::warning file=warnings-only/touchpoints.yaml,line=2,col=9,title=touchmap key-without-owner::key touchpoint `newsletter` has no owner — add `owner:` with the team or person responsible"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn json_output_has_counts_and_full_findings() {
    let run = check_broken("duplicate-id-across-files", "json");
    assert_eq!(run.code, 1);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        doc,
        serde_json::json!({
            "errors": 1,
            "warnings": 0,
            "findings": [{
                "severity": "error",
                "code": "duplicate-id",
                "message": "duplicate touchpoint id `newsletter`",
                "file": "duplicate-id-across-files/service.yaml",
                "line": 3,
                "column": 9,
                "hint": "first defined at duplicate-id-across-files/marketing.yaml:2:9; ids must be unique across all files"
            }]
        })
    );
}

#[test]
fn check_without_a_folder_checks_the_current_one() {
    let run = touchmap_in(&fixtures().join("valid"), &["check"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, "no problems found\n"));

    // Paths are then relative to the current folder.
    let run = touchmap_in(
        &fixtures().join("broken").join("unknown-channel"),
        &["check", "--format", "json"],
    );
    assert_eq!(run.code, 1);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(doc["findings"][0]["file"], "touchpoints.yaml");
    assert_eq!(doc["findings"][0]["line"], 9);
}

#[test]
fn a_folder_without_touchmap_yaml_is_a_usage_error_that_points_to_init() {
    let dir = TempDir::new("not-a-map");
    dir.write("touchpoints.yaml", "touchpoints: []\n");
    let run = touchmap(&[OsStr::new("check"), dir.path().as_os_str()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("no touchmap.yaml"), "{}", run.stderr);
    assert!(run.stderr.contains("touchmap init"), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);

    let missing = dir.path().join("no-such-folder");
    let run = touchmap(&[OsStr::new("check"), missing.as_os_str()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("cannot open map folder"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_usage_exits_with_2() {
    let run = touchmap(&["check", "--format", "xml"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("xml"), "{}", run.stderr);
    let run = touchmap(&["frobnicate"]);
    assert_eq!(run.code, 2, "{run:?}");
}

#[test]
fn init_creates_a_map_that_checks_clean_and_catches_a_typo() {
    let tmp = TempDir::new("init");
    let map = tmp.path().join("my-map");
    let run = touchmap(&[OsStr::new("init"), map.as_os_str()]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(map.join("touchmap.yaml").is_file());

    let run = touchmap(&[OsStr::new("check"), map.as_os_str()]);
    assert_eq!((run.code, run.stdout.as_str()), (0, "no problems found\n"));

    let file = map.join("touchpoints.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text.matches("channel: website\n").count(), 1, "{text}");
    std::fs::write(
        &file,
        text.replace("channel: website\n", "channel: websit\n"),
    )
    .unwrap();
    let line = text
        .lines()
        .position(|l| l.ends_with("channel: website"))
        .unwrap() as u64
        + 1;
    let column = text
        .lines()
        .nth(line as usize - 1)
        .unwrap()
        .find("website")
        .unwrap() as u64
        + 1;

    let check = check_json(&map, &[]);
    assert_eq!(check.run.code, 1, "{}", check.listing());
    assert_eq!(check.errors, 1, "{}", check.listing());
    let f = check.only("unknown-reference");
    assert_eq!(
        (f.file.as_str(), f.line, f.column),
        ("touchpoints.yaml", line, column)
    );
    assert_eq!(f.message, "unknown channel `websit`");
    assert_eq!(f.hint.as_deref(), Some("did you mean `website`?"));
}

#[test]
fn init_refuses_to_overwrite_an_existing_map() {
    let tmp = TempDir::new("init-existing");
    let original = "site: {title: Ours}\n";
    let existing = tmp.write("touchmap.yaml", original);
    let run = touchmap(&[OsStr::new("init"), tmp.path().as_os_str()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("refusing to overwrite"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), original);
    // Nothing else was written either.
    let entries: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
}

#[test]
fn schema_is_json_with_the_sections() {
    let run = touchmap(&["schema"]);
    assert_eq!(run.code, 0, "{run:?}");
    let schema: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert!(schema["properties"]["touchpoints"].is_object(), "{schema}");
    assert!(schema["properties"]["kpis"].is_object(), "{schema}");
}

#[test]
fn the_example_map_has_exactly_its_intended_warnings() {
    let check = check_json(&crate_dir().join("example-map"), &[]);
    assert_eq!(check.run.code, 0, "{}", check.listing());
    assert_eq!(check.errors, 0, "{}", check.listing());
    let mut seen: Vec<(String, String)> = check
        .findings
        .iter()
        .map(|f| {
            assert_eq!(f.severity, "warning", "{f}");
            // The id the warning is about: the first `…` in the message.
            let id = f.message.split('`').nth(1).unwrap_or("").to_string();
            (f.code.clone(), id)
        })
        .collect();
    seen.sort();
    let mut expected: Vec<(String, String)> = [
        ("brand-conflict", "retargeting-ads"),
        ("high-risk", "delivery-sms"),
        ("high-risk", "returns-hotline"),
        ("key-without-kpi", "gait-analysis"),
        ("unaddressed-pain", "marco-model-changed"),
    ]
    .iter()
    .map(|(c, i)| (c.to_string(), i.to_string()))
    .collect();
    expected.sort();
    assert_eq!(seen, expected, "{}", check.listing());
    assert_eq!(check.warnings, 5);
}

/// Runs touchmap with its standard output going to `stdout`.
#[cfg(unix)]
fn run_into(args: &[&OsStr], stdout: std::process::Stdio) -> (Option<i32>, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_touchmap"))
        .args(args)
        .stdout(stdout)
        .stderr(std::process::Stdio::piped())
        .output()
        .expect("touchmap runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_on_stdout_is_an_error_message_not_a_panic() {
    let tmp = TempDir::new("full");
    let map = tmp.path().join("m");
    let valid = fixtures().join("valid");
    for args in [
        vec![OsStr::new("schema")],
        vec![OsStr::new("init"), map.as_os_str()],
        vec![OsStr::new("check"), valid.as_os_str()],
    ] {
        let full = std::fs::File::create("/dev/full").expect("/dev/full exists");
        let (code, stderr) = run_into(&args, full.into());
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[cfg(unix)]
#[test]
fn a_reader_that_stops_reading_is_not_a_crash() {
    // The reading end is closed before touchmap starts, so its first write
    // fails with a broken pipe (as under `touchmap schema | head -1` once
    // `head` has read its line) whatever the timing; a pipe closed only
    // after the spawn could take the whole output into its buffer first.
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let broken = fixtures().join("broken/unknown-channel");
    // `check` still says through its exit code that the map is broken,
    // even when nobody reads why.
    for (args, expected) in [
        (vec![OsStr::new("schema")], 0),
        (vec![OsStr::new("check"), broken.as_os_str()], 1),
    ] {
        let pipe = writer.try_clone().expect("the pipe's writing end");
        let (code, stderr) = run_into(&args, pipe.into());
        assert_eq!(code, Some(expected), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

#[test]
fn init_quotes_a_folder_with_spaces_in_its_next_steps() {
    let tmp = TempDir::new("init-spaces");
    let map = tmp.path().join("my map");
    let run = touchmap(&[OsStr::new("init"), map.as_os_str()]);
    assert_eq!(run.code, 0, "{run:?}");
    let quoted = format!("'{}'", map.display());
    assert!(
        run.stdout.contains(&format!("`touchmap check {quoted}`")),
        "{}",
        run.stdout
    );
}

#[test]
fn init_checks_every_target_first_and_writes_nothing_on_a_conflict() {
    // A file where the starter needs its `notes/` folder.
    let tmp = TempDir::new("init-notes-file");
    tmp.write("notes", "not a folder\n");
    let run = touchmap(&[OsStr::new("init"), tmp.path().as_os_str()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("is not a folder"), "{}", run.stderr);
    let entries: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
    assert_eq!(entries.len(), 1, "nothing was written: {entries:?}");
}

#[test]
fn init_refuses_a_folder_that_holds_map_files_or_is_a_file() {
    let tmp = TempDir::new("init-yaml");
    tmp.write("team/touchpoints.yaml", "touchpoints: []\n");
    let run = touchmap(&[OsStr::new("init"), tmp.path().as_os_str()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("team/touchpoints.yaml"),
        "{}",
        run.stderr
    );
    assert!(!tmp.path().join("touchmap.yaml").exists());

    let file = tmp.write("plain.txt", "x\n");
    let run = touchmap(&[OsStr::new("init"), file.as_os_str()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("is a file, not a folder"),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn init_does_not_write_through_a_dangling_symlink() {
    let tmp = TempDir::new("init-link");
    let outside = TempDir::new("init-link-target");
    let target = outside.path().join("written-by-init.yaml");
    std::fs::create_dir_all(tmp.path().join("m")).unwrap();
    std::os::unix::fs::symlink(&target, tmp.path().join("m/touchpoints.yaml")).unwrap();
    let run = touchmap(&[OsStr::new("init"), tmp.path().join("m").as_os_str()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(!target.exists(), "init wrote outside the folder");
    assert!(!tmp.path().join("m/touchmap.yaml").exists());
}

#[test]
fn the_example_maps_schema_is_the_one_touchmap_prints() {
    let run = touchmap(&["schema"]);
    let committed =
        std::fs::read_to_string(crate_dir().join("example-map/touchmap.schema.json")).unwrap();
    assert!(
        run.stdout == committed,
        "example-map/touchmap.schema.json is stale: run `touchmap schema > example-map/touchmap.schema.json`"
    );
}

#[test]
fn a_folder_without_a_usable_touchmap_yaml_gets_a_hint_that_fits() {
    let dir = TempDir::new("yml-map");
    dir.write("touchmap.yml", "site: {title: X}\n");
    let run = touchmap(&[OsStr::new("check"), dir.path().as_os_str()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("rename touchmap.yml to touchmap.yaml"),
        "{}",
        run.stderr
    );

    let dir = TempDir::new("folder-map");
    std::fs::create_dir_all(dir.path().join("touchmap.yaml")).unwrap();
    let run = touchmap(&[OsStr::new("check"), dir.path().as_os_str()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("is a folder, not a file"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("touchmap init"), "{}", run.stderr);
}

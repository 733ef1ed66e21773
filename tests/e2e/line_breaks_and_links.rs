//! Files saved with old Mac line breaks (a lone carriage return), and
//! symbolic links where touchmap reads or writes: positions agree with the
//! YAML parser's, `init --ci` writes through no link, and links that lead
//! to each other are called a loop.

use crate::common::{TempDir, check_json, touchmap, touchmap_in};
use std::ffi::OsStr;
use std::os::unix::fs::symlink;

#[test]
fn every_finding_in_a_file_with_old_mac_line_breaks_counts_lines_as_yaml_does() {
    let map = TempDir::new("cr-lines");
    map.write("touchmap.yaml", "site:\r  title: CR map\r");
    // A syntax error on line 3 (where the parser stops) …
    map.write("syntax.yaml", "channels:\r  - id: web\r    name: [Web\r");
    // … a control character on line 3 …
    map.write(
        "control.yaml",
        "channels:\r  - id: web\r    name: \"W\u{1}\"\r",
    );
    // … and a byte that is not UTF-8 on line 3.
    map.write("bytes.yaml", b"channels:\r  - id: web\r    name: W\xff\r");
    let check = check_json(map.path(), &[]);
    let at = |code: &str, file: &str| {
        check
            .findings
            .iter()
            .find(|f| f.code == code && f.file == file)
            .map(|f| (f.line, f.column))
            .unwrap_or_else(|| panic!("no {code} in {file}:\n{}", check.listing()))
    };
    assert_eq!(at("yaml-syntax", "syntax.yaml").0, 3);
    assert_eq!(at("yaml-syntax", "control.yaml"), (3, 13));
    assert_eq!(at("not-utf8", "bytes.yaml"), (3, 12));
    // The line quoted is the line pointed at.
    let human = touchmap(&["check".as_ref(), map.path().as_os_str()]);
    assert!(
        human.stdout.contains("3 |     name: \"W\u{2401}\""),
        "{}",
        human.stdout
    );
}

#[test]
fn init_ci_does_not_write_through_a_linked_github_folder() {
    for linked in [".github", ".github/workflows"] {
        let repo = TempDir::new("ci-link");
        let outside = TempDir::new("ci-link-outside");
        let git = std::process::Command::new("git")
            .args(["init", "-q"])
            .current_dir(repo.path())
            .status()
            .unwrap();
        assert!(git.success());
        assert_eq!(touchmap_in(repo.path(), &["init", "map"]).code, 0);
        if let Some(parent) = std::path::Path::new(linked).parent() {
            std::fs::create_dir_all(repo.path().join(parent)).unwrap();
        }
        symlink(outside.path(), repo.path().join(linked)).unwrap();
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_touchmap"))
            .args(["init", "--ci", "github", "map"])
            .current_dir(repo.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{linked}: {stderr}");
        assert!(
            stderr.contains(&format!("{linked} is a symbolic link")),
            "{linked}: {stderr}"
        );
        assert_eq!(
            std::fs::read_dir(outside.path()).unwrap().count(),
            0,
            "{linked}: nothing written where the link leads"
        );
    }
}

#[test]
fn init_refuses_a_linked_notes_folder_the_same_way() {
    let dir = TempDir::new("init-notes-link");
    let outside = TempDir::new("init-notes-outside");
    symlink(outside.path(), dir.path().join("notes")).unwrap();
    let run = touchmap(&[OsStr::new("init"), dir.path().as_os_str()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("notes is a symbolic link"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
}

#[test]
fn links_that_lead_to_each_other_are_a_loop_not_a_missing_file() {
    let map = crate::common::minimal_map("link-loop");
    symlink("b.yaml", map.path().join("a.yaml")).unwrap();
    symlink("a.yaml", map.path().join("b.yaml")).unwrap();
    std::fs::create_dir(map.path().join("notes")).unwrap();
    symlink("self.md", map.path().join("notes/self.md")).unwrap();
    symlink("gone.yaml", map.path().join("c.yaml")).unwrap();
    let check = check_json(map.path(), &[]);
    let loops: Vec<_> = check.with_code("symlink-loop");
    let files: Vec<&str> = loops.iter().map(|f| f.file.as_str()).collect();
    assert_eq!(
        files,
        ["a.yaml", "b.yaml", "notes/self.md"],
        "{}",
        check.listing()
    );
    for f in &loops {
        assert!(f.message.contains("symbolic link loop"), "{f}");
        assert!(!f.message.contains("missing"), "{f}");
    }
    assert!(loops[0].message.contains("`b.yaml`"), "{}", loops[0]);
    // A link to a file that does not exist is still called that.
    let missing = check.only("unreadable-file");
    assert_eq!(missing.file, "c.yaml");
    assert!(
        missing
            .message
            .contains("symbolic link to a missing file `gone.yaml`"),
        "{missing}"
    );
}

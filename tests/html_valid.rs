//! The built site validates with the Nu HTML Checker (the W3C validator).

mod common;

use std::process::Command;

#[test]
fn the_example_site_has_no_html_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let map = common::crate_dir().join("example-map");
    let o = Command::new(env!("CARGO_BIN_EXE_touchmap"))
        .args(["build"])
        .arg(&map)
        .arg("-o")
        .arg(&out)
        .args(["--base-url", "/repo/"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let pages = walkdir_html(&out);
    assert!(pages > 30, "only {pages} HTML pages were built");
    let errors = common::html_errors(&[&out]);
    assert!(errors.is_empty(), "the Nu HTML Checker reports:\n{errors}");
}

/// How many HTML files a folder holds, so the check above is known to have
/// had pages to look at.
fn walkdir_html(dir: &std::path::Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .count()
}

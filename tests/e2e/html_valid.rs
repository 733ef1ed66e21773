//! The built site validates with the Nu HTML Checker (the W3C validator).

use std::process::Command;

#[test]
fn the_example_site_has_no_html_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let map = crate::common::crate_dir().join("example-map");
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
    let errors = crate::common::html_errors(&[&out]);
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

/// What people write in notes that the sanitiser alone left invalid: a raw
/// `<img>` without `alt` (or without `src`), task lists, a task with raw
/// HTML in its text.
#[test]
fn raw_images_and_task_lists_in_a_note_give_valid_html() {
    let map = crate::common::minimal_map("valid-raw-html");
    map.write("notes/img/chart.png", "PNG");
    map.write(
        "notes/n.md",
        "# Notes\n\n<img src=\"img/chart.png\"> <img src=\"gone.png\"> <img>\n\n<div><IMG SRC=img/chart.png\n  width=300></div>\n\n- [x] interviews with *five* people\n- [ ] survey\n  - [ ] nested\n- [ ] ask <b>them</b>\n\n1. [x] loose\n\n   second paragraph\n",
    );
    let out = map.path().join("site");
    let o = Command::new(env!("CARGO_BIN_EXE_touchmap"))
        .arg("build")
        .arg(map.path())
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let page = out.join("notes/n/index.html");
    let errors = crate::common::html_errors(&[&page]);
    assert!(errors.is_empty(), "the Nu HTML Checker reports:\n{errors}");
    let html = std::fs::read_to_string(&page).unwrap();
    assert_eq!(
        html.matches("<img").count(),
        2,
        "the broken ones left out: {html}"
    );
}

//! What a note can publish by linking a file of the map (an attachment):
//! never a file outside the map folder, whatever symbolic links lead there.
//! The real binary on map folders written at test time.

use crate::common::{TempDir, build_site, check_json, minimal_map};
use std::path::Path;

/// Every file below `dir`, relative to it, sorted.
fn files_below(dir: &Path) -> Vec<String> {
    let mut found: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    found.sort();
    found
}

#[cfg(unix)]
#[test]
fn attachments_that_lead_outside_the_map_are_refused_at_the_link() {
    use std::os::unix::fs::symlink;
    let outside = TempDir::new("attach-outside");
    outside.write("x.png", "OUTSIDE-SECRET");
    let map = minimal_map("attach-links");
    let notes = map.path().join("notes");
    std::fs::create_dir_all(&notes).unwrap();
    map.write("images/real.png", "INSIDE-IMAGE");
    map.write(".env", "TOKEN=INSIDE-SECRET");
    // Absolute, relative out of the map, a chain of two links that ends
    // outside, the process's own environment.
    symlink("/etc/passwd", notes.join("p.pdf")).unwrap();
    let name = outside.path().file_name().unwrap().to_string_lossy();
    symlink(format!("../../{name}/x.png"), notes.join("x.png")).unwrap();
    symlink("chain2.png", notes.join("chain1.png")).unwrap();
    symlink(outside.path().join("x.png"), notes.join("chain2.png")).unwrap();
    symlink("/proc/self/environ", notes.join("env.txt")).unwrap();
    // A folder of the map that is a link to one outside.
    symlink(outside.path(), notes.join("shared")).unwrap();
    // Inside the map: followed. To a hidden file: never published.
    symlink("../images/real.png", notes.join("inside.png")).unwrap();
    symlink("../.env", notes.join("key.txt")).unwrap();
    map.write(
        "notes/n.md",
        "# N\n\n[r](p.pdf) and ![c](x.png)\n[e](env.txt) ![chain](chain1.png)\n[ok](inside.png) [key](key.txt)\n![s](shared/x.png)\n",
    );

    let check = check_json(map.path(), &[]);
    assert_eq!(check.run.code, 1, "{}", check.listing());
    let mut refused: Vec<(String, u64, u64)> = check
        .with_code("outside-map")
        .iter()
        .map(|f| (f.file.clone(), f.line, f.column))
        .collect();
    refused.sort();
    let at = |file: &str, line, column| (file.to_string(), line, column);
    let note = "notes/n.md";
    assert_eq!(
        refused,
        [
            at(note, 3, 1),
            at(note, 3, 16),
            at(note, 4, 1),
            at(note, 4, 14),
            at(note, 6, 1),
            // The linked folder itself, as the walk reports it.
            at("notes/shared", 1, 1),
        ],
        "each link out of the map is an error at the link:\n{}",
        check.listing()
    );
    for f in check.with_code("outside-map") {
        assert_eq!(f.severity, "error", "{f}");
        assert!(f.message.contains("outside the map folder"), "{f}");
        assert!(f.hint.as_deref().is_some_and(|h| h.contains("copy")), "{f}");
    }
    let hidden: Vec<_> = check
        .with_code("broken-link")
        .into_iter()
        .filter(|f| f.message.contains("never published"))
        .collect();
    assert_eq!(hidden.len(), 1, "{}", check.listing());
    assert_eq!((hidden[0].line, hidden[0].column), (5, 18), "{}", hidden[0]);

    // build refuses the same map, and writes nothing.
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let run = build_site(map.path(), &out);
    assert_ne!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("outside-map"), "{}", run.stderr);
    assert!(!out.exists(), "no site is written");

    // Without the links out of the map, the link inside it is published
    // under its own name, with the content it leads to; the hidden file is
    // not.
    map.write("notes/n.md", "# N\n\n[ok](inside.png) [key](key.txt)\n");
    std::fs::remove_file(notes.join("shared")).unwrap();
    let run = build_site(map.path(), &out);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(files_below(&out.join("files")), ["notes/inside.png"]);
    assert_eq!(
        std::fs::read_to_string(out.join("files/notes/inside.png")).unwrap(),
        "INSIDE-IMAGE"
    );
    for file in files_below(&out) {
        let bytes = std::fs::read(out.join(&file)).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("SECRET") && !text.contains("root:"),
            "{file} publishes what lies outside the map or is hidden"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_link_to_a_symlink_loop_is_reported_not_published() {
    let map = minimal_map("attach-loop");
    map.write("notes/n.md", "# N\n\n![l](loop.png)\n");
    // Not reported as a missing file: it is there, as a link.
    std::os::unix::fs::symlink("loop.png", map.path().join("notes/loop.png")).unwrap();
    let check = check_json(map.path(), &[]);
    assert_eq!(check.run.code, 1, "{}", check.listing());
    let at_link: Vec<_> = check
        .findings
        .iter()
        .filter(|f| f.file == "notes/n.md")
        .collect();
    assert_eq!(at_link.len(), 1, "{}", check.listing());
    assert_eq!(
        (at_link[0].line, at_link[0].column),
        (3, 1),
        "{}",
        at_link[0]
    );
    assert!(
        at_link[0].message.contains("symbolic link"),
        "{}",
        at_link[0]
    );
}

#[test]
fn a_raw_img_is_checked_and_published_like_a_markdown_image() {
    let map = minimal_map("raw-img");
    map.write("notes/img/chart.png", "PNG-BYTES");
    map.write(
        "notes/n.md",
        "# N\n\n<p>Before <img src=\"img/chart.png\" width=\"300\"> after</p>\n\n<div>\n  <IMG\n    SRC=gone.png alt=\"The funnel\">\n</div>\n\n> <img src='img/chart.png' alt='Chart'>\n",
    );
    let check = check_json(map.path(), &[]);
    assert_eq!(check.run.code, 0, "{}", check.listing());
    // No alt: a warning at the tag, with what to write.
    let f = check.only("missing-alt");
    assert_eq!(f.severity, "warning", "{f}");
    assert_eq!(
        (f.file.as_str(), f.line, f.column),
        ("notes/n.md", 3, 11),
        "{f}"
    );
    assert!(f.hint.as_deref().is_some_and(|h| h.contains("alt=")), "{f}");
    // A file that is not there: a broken link at the tag, as for
    // `![The funnel](gone.png)`.
    let f = check.only("broken-link");
    assert_eq!(
        (f.file.as_str(), f.line, f.column),
        ("notes/n.md", 6, 3),
        "{f}"
    );
    assert!(f.message.contains("no file notes/gone.png"), "{f}");

    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let run = build_site(map.path(), &out);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(files_below(&out.join("files")), ["notes/img/chart.png"]);
    let html = std::fs::read_to_string(out.join("notes/n/index.html")).unwrap();
    let doc = scraper::Html::parse_document(&html);
    let imgs: Vec<(Option<&str>, Option<&str>)> = doc
        .select(&scraper::Selector::parse(".note-body img").unwrap())
        .map(|i| (i.value().attr("src"), i.value().attr("alt")))
        .collect();
    assert_eq!(
        imgs,
        [
            (Some("/files/notes/img/chart.png"), Some("")),
            (Some("/files/notes/img/chart.png"), Some("Chart")),
        ],
        "the image shown from where the site copies it, with an alt; the broken one left out: {html}"
    );
    // The broken one shows its alternative text instead.
    assert!(html.contains("The funnel"), "{html}");
}

#[cfg(unix)]
#[test]
fn a_raw_img_cannot_publish_a_file_outside_the_map() {
    let outside = TempDir::new("raw-img-outside");
    outside.write("secret.png", "OUTSIDE-SECRET");
    let map = minimal_map("raw-img-link");
    map.write("notes/n.md", "# N\n\nSee <img src=\"s.png\" alt=\"s\">\n");
    std::os::unix::fs::symlink(
        outside.path().join("secret.png"),
        map.path().join("notes/s.png"),
    )
    .unwrap();
    let check = check_json(map.path(), &[]);
    assert_eq!(check.run.code, 1, "{}", check.listing());
    let f = check.only("outside-map");
    assert_eq!(
        (f.file.as_str(), f.line, f.column),
        ("notes/n.md", 3, 5),
        "{f}"
    );
    let tmp = tempfile::tempdir().unwrap();
    let run = build_site(map.path(), &tmp.path().join("site"));
    assert_ne!(run.code, 0, "{run:?}");
    assert!(!tmp.path().join("site").exists());
}

const EVIL_SVG: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert('svg')" width="20" height="20"><script>alert('script')</script><rect width="10" height="10" fill="red"/></svg>"#;

/// A map whose note links a web page, an XML file, a script and two SVG
/// images (one raw), one of them with scripts.
fn active_map(label: &str, site_extra: &str) -> TempDir {
    let map = TempDir::new(label);
    map.write(
        "touchmap.yaml",
        format!("site:\n  title: Active{site_extra}\n"),
    );
    map.write("notes/evil.html", "<script>alert('html')</script>");
    map.write(
        "notes/feed.xml",
        "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert('xml')</x:script>",
    );
    map.write("notes/app.js", "alert('js')");
    map.write("notes/evil.svg", EVIL_SVG);
    map.write("notes/report.pdf", "%PDF-1.4");
    map.write(
        "notes/n.md",
        "# N\n\n[report](report.pdf) ![chart](evil.svg)\n[page](evil.html) [feed](FEED.xml)\n<img src=\"evil.svg\" alt=\"again\"> [js](app.js)\n",
    );
    std::fs::rename(
        map.path().join("notes/feed.xml"),
        map.path().join("notes/FEED.xml"),
    )
    .unwrap();
    map
}

#[test]
fn attachments_that_would_run_script_on_the_site_are_refused_or_cleaned() {
    let map = active_map("active", "");
    let check = check_json(map.path(), &[]);
    assert_eq!(check.run.code, 1, "{}", check.listing());
    let mut refused: Vec<(u64, u64)> = check
        .with_code("active-attachment")
        .iter()
        .map(|f| (f.line, f.column))
        .collect();
    refused.sort();
    assert_eq!(refused, [(4, 1), (4, 19), (5, 34)], "{}", check.listing());
    for f in check.with_code("active-attachment") {
        assert_eq!(
            (f.severity.as_str(), f.file.as_str()),
            ("error", "notes/n.md"),
            "{f}"
        );
        assert!(f.message.contains("scripts"), "{f}");
        assert!(
            f.hint
                .as_deref()
                .is_some_and(|h| h.contains("allow_scripts_in_attachments: true")),
            "{f}"
        );
    }
    assert_eq!(
        check.errors,
        3,
        "the SVG image is not refused: {}",
        check.listing()
    );
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    assert_ne!(build_site(map.path(), &out).code, 0);
    assert!(!out.exists());

    // Without the page, the XML and the script, the site has the SVG image
    // without its scripts.
    map.write(
        "notes/n.md",
        "# N\n\n[report](report.pdf) ![chart](evil.svg)\n<img src=\"evil.svg\" alt=\"again\">\n",
    );
    let run = build_site(map.path(), &out);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        files_below(&out.join("files")),
        ["notes/evil.svg", "notes/report.pdf"]
    );
    let svg = std::fs::read_to_string(out.join("files/notes/evil.svg")).unwrap();
    assert!(
        svg.contains("<rect") && !svg.contains("alert") && !svg.contains("onload"),
        "{svg}"
    );
}

#[test]
fn a_map_that_allows_scripts_in_attachments_publishes_them_as_they_are() {
    let map = active_map("active-allowed", "\n  allow_scripts_in_attachments: true");
    let check = check_json(map.path(), &[]);
    assert_eq!(check.run.code, 0, "{}", check.listing());
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let run = build_site(map.path(), &out);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        std::fs::read_to_string(out.join("files/notes/evil.svg")).unwrap(),
        EVIL_SVG
    );
    assert!(out.join("files/notes/evil.html").is_file());
    assert!(out.join("files/notes/FEED.xml").is_file());
}

#[test]
fn an_svg_image_that_cannot_be_cleaned_is_an_error_where_its_reading_stopped() {
    let map = minimal_map("bad-svg");
    map.write(
        "notes/broken.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <rect width=\"10\"\n</svg>\n",
    );
    map.write("notes/n.md", "# N\n\n![diagram](broken.svg)\n");
    let check = check_json(map.path(), &[]);
    assert_eq!(check.run.code, 1, "{}", check.listing());
    let f = check.only("bad-svg");
    assert_eq!(f.severity, "error", "{f}");
    assert_eq!((f.file.as_str(), f.line), ("notes/broken.svg", 3), "{f}");
    assert!(
        f.message.contains("notes/n.md:3"),
        "names the note that shows it: {f}"
    );
    assert!(f.hint.as_deref().is_some_and(|h| h.contains("PNG")), "{f}");
}

//! The personas' photos: each must be a file of the map folder that the
//! site may publish, by the same rules as every file a note shows
//! ([`attachment`]): no hidden file, no YAML of the map, nothing of the
//! output folder, no symbolic link that leads out of the map folder. A photo
//! that passes is published under `files/` (an SVG cleaned of its scripts,
//! as a note's), or, in `static/`, copied as it is with the static files.
//!
//! Why an error and not a warning as for a broken link in a note: a photo is
//! named by a field of its own, whose only use is the file; a card with a
//! hole where the persona's picture should be is not what the author meant.

use super::attachments::{Refusal, attachment, is_svg};
use crate::diagnostics::{Finding, Findings, Location, one_line};
use crate::model::{Model, Persona, Photo};
use std::collections::{BTreeMap, BTreeSet};

/// Checks every persona's photo; adds those published under `files/` to
/// `files`, and the SVG images among them to `svgs` (where each is named,
/// for the error of one that cannot be cleaned).
pub fn check(
    model: &Model,
    findings: &mut Findings,
    files: &mut BTreeSet<String>,
    svgs: &mut BTreeMap<String, Location>,
) {
    for p in &model.personas {
        let Some(photo) = &p.photo else { continue };
        match attachment(model, &photo.path) {
            Ok(Some(_)) => {
                if photo.path.starts_with("static/") {
                    continue;
                }
                if is_svg(&photo.path) {
                    svgs.entry(photo.path.clone())
                        .or_insert_with(|| photo.at.clone());
                }
                files.insert(photo.path.clone());
            }
            Ok(None) => findings.push(missing(model, p, photo)),
            Err(refusal) => findings.push(refused(p, photo, refusal)),
        }
    }
}

/// Where the site writes a persona's photo (below its root, as the file is
/// named; the renderer's URLs make it an address): `files/PATH`, or for an
/// image in `static/`, its place in the site's root. The analysis names the
/// place so that the link checks and the pages agree on it; it links down
/// to nothing in the renderer.
pub fn site_path(photo: &Photo) -> String {
    match photo.path.strip_prefix("static/") {
        Some(below) => below.to_string(),
        None => format!("files/{}", photo.path),
    }
}

fn what(p: &Persona, photo: &Photo) -> String {
    format!(
        "the photo `{}` of persona `{}`",
        one_line(&photo.path, 80),
        p.id
    )
}

/// No file at the photo's path: a folder, or nothing.
fn missing(model: &Model, p: &Persona, photo: &Photo) -> Finding {
    let (problem, hint) = if model.root.join(&photo.path).is_dir() {
        (
            "is a folder, not an image",
            "name the image file in it, e.g. `images/nina.jpg`".to_string(),
        )
    } else {
        (
            "does not exist in the map folder",
            "put the image there, or fix the path: it is read from the map folder, e.g. `images/nina.jpg`".to_string(),
        )
    };
    Finding::error(
        "missing-photo",
        format!("{} {problem}", what(p, photo)),
        photo.at.clone(),
    )
    .with_hint(Some(hint))
}

/// A file that must not be published.
fn refused(p: &Persona, photo: &Photo, refusal: Refusal) -> Finding {
    let what = what(p, photo);
    let keep_out = "move the image out of hidden folders and the output folder, e.g. to `images/`";
    let (code, message, hint) = match refusal {
        Refusal::Outside(target) => (
            "photo-outside-map",
            format!(
                "{what} leads through a symbolic link to `{}`, outside the map folder; it is never published",
                one_line(&target.to_string_lossy(), 120)
            ),
            "copy the image into the map folder instead of linking to it",
        ),
        Refusal::Unpublished(why) => (
            "missing-photo",
            format!("{what} is {why}, which is never published"),
            keep_out,
        ),
        Refusal::LinkToUnpublished(to, why) => (
            "missing-photo",
            format!("{what} is a symbolic link to {to}, {why}, which is never published"),
            keep_out,
        ),
        Refusal::Nowhere => (
            "missing-photo",
            format!(
                "{what} is a symbolic link that leads nowhere (to a missing file, or round in a loop)"
            ),
            "point the link at an image in the map folder, or copy the image there",
        ),
    };
    Finding::error(code, message, photo.at.clone()).with_hint(Some(hint.to_string()))
}

#[cfg(test)]
mod tests {
    use crate::analyse::Analysed;
    use crate::pipeline::analyse_texts;
    use std::path::PathBuf;

    /// A map folder holding `images/nina.png`, `images/nina.svg` (with a
    /// script) and a hidden image, beside a folder outside it; and the map
    /// of one persona whose `photo:` (on line 4, from column 12) is `photo`.
    fn map(photo: &str) -> (tempfile::TempDir, Analysed) {
        let tmp = tempfile::tempdir().unwrap();
        let base = tmp.path().canonicalize().unwrap();
        let root = base.join("map");
        std::fs::create_dir_all(root.join("images")).unwrap();
        std::fs::create_dir_all(root.join(".private")).unwrap();
        std::fs::create_dir_all(base.join("outside")).unwrap();
        std::fs::write(root.join("images/nina.png"), b"\x89PNG\r\n\x1a\n").unwrap();
        std::fs::write(
            root.join("images/nina.svg"),
            r#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>"#,
        )
        .unwrap();
        std::fs::write(root.join(".private/nina.png"), b"x").unwrap();
        std::fs::write(base.join("outside/secret.png"), b"x").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(
            base.join("outside/secret.png"),
            root.join("images/linked.png"),
        )
        .unwrap();
        let text = format!("site: {{title: X}}\npersonas:\n  - id: nina\n    photo: {photo}\n");
        let a = analyse_texts(&root, [(PathBuf::from("touchmap.yaml"), text)], None);
        (tmp, a)
    }

    fn found(a: &Analysed) -> Vec<(&str, u32, u32, &str)> {
        a.findings
            .iter()
            .map(|f| {
                (
                    f.code,
                    f.location.line,
                    f.location.column,
                    f.message.as_str(),
                )
            })
            .collect()
    }

    #[test]
    fn a_photo_in_the_map_folder_is_published_and_an_svg_one_cleaned() {
        let (_tmp, a) = map("images/nina.png");
        assert_eq!(found(&a), []);
        let photo = a.model.personas[0].photo.as_ref().unwrap();
        assert_eq!(super::site_path(photo), "files/images/nina.png");
        assert!(a.analysis.backlinks.field_files.contains("images/nina.png"));

        let (_tmp, a) = map("./images//nina.svg");
        assert_eq!(found(&a), []);
        let svg = &a.analysis.backlinks.svgs["images/nina.svg"];
        let svg = String::from_utf8_lossy(svg);
        assert!(svg.contains("<circle") && !svg.contains("onload"), "{svg}");
    }

    #[test]
    fn a_missing_photo_is_an_error_where_it_is_named() {
        let (_tmp, a) = map("images/nina.jpg");
        assert_eq!(
            found(&a),
            [(
                "missing-photo",
                4,
                12,
                "the photo `images/nina.jpg` of persona `nina` does not exist in the map folder"
            )]
        );
        assert!(a.findings.iter().all(|f| f.hint.is_some()));
        let (_tmp, a) = map(".private/nina.png");
        assert_eq!(
            found(&a),
            [(
                "missing-photo",
                4,
                12,
                "the photo `.private/nina.png` of persona `nina` is a hidden file, which is never published"
            )]
        );
    }

    #[test]
    fn a_photo_outside_the_map_folder_is_never_published() {
        let (_tmp, a) = map("../outside/secret.png");
        assert_eq!(
            found(&a),
            [(
                "photo-outside-map",
                4,
                12,
                "the photo `../outside/secret.png` of persona `nina` leads outside the map folder; it is never published"
            )]
        );
        assert!(a.model.personas[0].photo.is_none());
        #[cfg(unix)]
        {
            let (_tmp, a) = map("images/linked.png");
            let f = found(&a);
            assert_eq!(
                (f.len(), f[0].0, f[0].1, f[0].2),
                (1, "photo-outside-map", 4, 12)
            );
            assert!(f[0].3.contains("symbolic link"), "{}", f[0].3);
            assert!(a.analysis.backlinks.field_files.is_empty());
        }
    }

    #[test]
    fn a_photo_must_be_an_image_file_of_the_map() {
        let (_tmp, a) = map("touchmap.yaml");
        assert_eq!(
            found(&a),
            [(
                "invalid-value",
                4,
                12,
                "the photo `touchmap.yaml` of persona `nina` is not an image"
            )]
        );
        let (_tmp, a) = map("https://example.com/nina.jpg");
        assert_eq!(found(&a)[0].0, "invalid-value");
        assert!(found(&a)[0].3.contains("web address"));
    }
}

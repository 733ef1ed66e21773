//! What the site publishes of the files notes link to (attachments),
//! besides where they are (see [`attachment`]): a file a
//! browser would run as a page or a script of the site is refused, and an
//! SVG image is published with its scripts removed, unless the map says
//! `site.allow_scripts_in_attachments: true`.
//!
//! Why: the site serves an attachment from its own address
//! (`/files/notes/report.html`), so a script in it runs as the site's own:
//! it can read and change every page, and anything the site's address
//! holds (its cookies, the logins of other apps on the same host, such as
//! other GitHub Pages sites of the same account). Markdown and YAML text is
//! cleaned of scripts; an attachment must not be a way around that. SVG
//! images are common (diagrams from draw.io, Figma, Illustrator) and
//! mostly harmless, so they are cleaned (svg-hush, Cloudflare's SVG filter:
//! an allowlist of SVG's elements and attributes, links to other sites
//! removed) rather than refused. Web pages, XML documents and scripts
//! cannot be cleaned without breaking them, and are refused.

use crate::diagnostics::{Finding, Findings, Location, one_line};
use crate::load::walk::OUTPUT_MARKER;
use crate::load::walk::{io_reason, read_resolved};
use crate::model::{Model, normalise_inside};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

/// What the file `name` is, if a browser would run it when the site serves
/// it: a web page (HTML, XHTML), an XML document (which can hold XHTML and
/// its scripts), a script. Judged by the ending, as a static host (GitHub
/// Pages, Netlify, S3) picks the type it serves a file as. `None` for what
/// a browser only shows or downloads, and for SVG, which is cleaned.
pub fn runs_in_browser(name: &str) -> Option<&'static str> {
    let file = name.rsplit('/').next().unwrap_or(name);
    let (_, ending) = file.rsplit_once('.')?;
    let ending = ending.to_ascii_lowercase();
    if ending == "svgz" {
        return Some("a compressed SVG image (.svgz), which cannot be cleaned of scripts");
    }
    mime_guess::from_ext(&ending).iter().find_map(|mime| {
        let sub = mime.subtype().as_str();
        let xml = sub == "xml" || mime.suffix().is_some_and(|s| s.as_str() == "xml");
        if sub == "svg" {
            None
        } else if sub.contains("html") {
            Some("a web page (HTML)")
        } else if xml {
            Some("an XML document")
        } else if sub.contains("javascript") || sub.contains("ecmascript") || sub == "x-component" {
            Some("a script")
        } else if sub == "x-shockwave-flash" {
            Some("a Flash file")
        } else {
            None
        }
    })
}

/// Whether the file `name` is an SVG image, by its ending.
pub fn is_svg(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, e)| e.eq_ignore_ascii_case("svg"))
}

/// The SVG images that links name (`path in the map` -> where it is first
/// linked), cleaned for the site: `path` -> what the site publishes at
/// `files/PATH`. One that cannot be cleaned (not well-formed SVG) is an
/// error at the place in the SVG file where its reading stopped.
pub fn clean_svgs(
    model: &Model,
    svgs: BTreeMap<String, Location>,
    findings: &mut Findings,
) -> BTreeMap<String, Arc<[u8]>> {
    type Cleaned = Result<Option<Vec<u8>>, Finding>;
    let cleaned: Vec<(String, Cleaned)> = svgs
        .into_par_iter()
        .map(|(path, linked)| {
            let result = clean_file(model, &path, &linked);
            (path, result)
        })
        .collect();
    let mut out = BTreeMap::new();
    for (path, result) in cleaned {
        match result {
            Ok(Some(bytes)) => {
                out.insert(path, Arc::from(bytes));
            }
            Ok(None) => {}
            Err(f) => findings.push(f),
        }
    }
    out
}

/// The SVG at `path`, read from where the check resolved it and cleaned.
/// `None` when it is not there to publish (a link to it is refused, or it
/// went since the check; the link says so).
fn clean_file(model: &Model, path: &str, linked: &Location) -> Result<Option<Vec<u8>>, Finding> {
    let at = Location::file_start(path);
    let linked_from = format!(
        "(shown by {}:{})",
        linked.file.to_string_lossy().replace('\\', "/"),
        linked.line
    );
    let bytes = match attachment(model, path) {
        Ok(Some(real)) => match std::fs::metadata(&real) {
            Ok(m) if m.len() > crate::load::MAX_FILE_BYTES => {
                return Err(Finding::error(
                    "file-too-large",
                    format!(
                        "this SVG image is larger than {} MiB {linked_from}",
                        crate::load::MAX_FILE_BYTES / 1_048_576
                    ),
                    at,
                )
                .with_hint(Some(
                    "make it smaller (most drawing tools can simplify or export as PNG)".into(),
                )));
            }
            _ => read_resolved(&real),
        },
        _ => return Ok(None),
    };
    let bytes = bytes.map_err(|e| {
        Finding::error(
            "unreadable-file",
            format!(
                "cannot read this SVG image {linked_from}: {}",
                io_reason(&e)
            ),
            at.clone(),
        )
        .with_hint(Some("check its permissions".into()))
    })?;
    clean_svg(&bytes).map(Some).map_err(|(problem, line, column)| {
        Finding::error(
            "bad-svg",
            format!("this SVG image cannot be cleaned of scripts for the site {linked_from}: {problem}"),
            Location::new(path, line, column),
        )
        .with_hint(Some(
            "the site publishes SVG images only as well-formed SVG (XML in the SVG namespace): export it again from the drawing tool, or as PNG".into(),
        ))
    })
}

/// `svg` without scripts, event handlers, links to other sites and
/// anything else outside SVG's drawing features; or why it cannot be read
/// as SVG, and where (1-based line and column; `1, 1` when not known).
pub fn clean_svg(svg: &[u8]) -> Result<Vec<u8>, (String, u32, u32)> {
    use xml::common::Position;
    let mut filter = svg_hush::Filter::new();
    // Embedded PNG, JPEG and GIF pictures stay (exports embed them).
    filter.set_data_url_filter(svg_hush::data_url_filter::allow_standard_images);
    let mut out = Vec::with_capacity(svg.len());
    filter.filter(svg, &mut out).map_err(|e| match &e {
        svg_hush::FError::Reader(r) => {
            let p = r.position();
            let msg = r.msg();
            (
                one_line(&msg, 200),
                u32::try_from(p.row + 1).unwrap_or(u32::MAX),
                u32::try_from(p.column + 1).unwrap_or(u32::MAX),
            )
        }
        svg_hush::FError::Writer(w) => (one_line(&w.to_string(), 200), 1, 1),
    })?;
    Ok(out)
}

/// Why a file of the map that a link names is not published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The file itself is never published: hidden, the map's YAML, output.
    Unpublished(&'static str),
    /// A symbolic link in the map to such a file (its path in the map).
    LinkToUnpublished(String, &'static str),
    /// A symbolic link (the file's own, or one of its folders') that leads
    /// outside the map folder: to this path.
    Outside(PathBuf),
    /// A symbolic link to a missing file, or one of a loop.
    Nowhere,
}

/// The file that a link to `rel` (normalised, relative to the map folder)
/// publishes: its real path, every symbolic link on the way resolved,
/// which is what the site copies (`None` when there is no such file, or it
/// is a folder); `Err` when it must not be published.
///
/// Symbolic links are followed as long as the path they lead to stays
/// inside the map folder, the policy the map's own files follow
/// ([`crate::load::walk::list_files`]): a map can keep one image in two
/// places with a link, and a team can link its shared images folder into
/// the map; but a link that leads out of the folder (to `/etc/passwd`,
/// `../../secrets`, `/proc/self/environ`, through a chain of links or a
/// linked folder) would publish what the map's author never saw in the
/// map. Refusing every symbolic link would be simpler, but the map's YAML
/// and notes may be links inside the folder, and an attachment should
/// behave as they do. What the link leads to must be publishable too: a
/// link to `.env` publishes `.env`.
///
/// The path returned is the one to copy from: the write step opens it
/// without following any symbolic link again
/// ([`crate::load::walk::open_resolved`]), so a link swapped in between
/// this check and the copy makes the copy fail instead of publishing what
/// the new link leads to.
pub fn attachment(model: &Model, rel: &str) -> Result<Option<PathBuf>, Refusal> {
    if let Some(why) = unpublished(model, rel) {
        return Err(Refusal::Unpublished(why));
    }
    let path = model.root.join(rel);
    let real = match path.canonicalize() {
        Ok(real) => real,
        // There, but it leads nowhere: a dangling link, or a loop.
        Err(_)
            if path
                .symlink_metadata()
                .is_ok_and(|m| m.file_type().is_symlink()) =>
        {
            return Err(Refusal::Nowhere);
        }
        Err(_) => return Ok(None),
    };
    let Ok(real_rel) = real.strip_prefix(&model.root) else {
        return Err(Refusal::Outside(real));
    };
    let real_rel = real_rel.to_string_lossy().replace('\\', "/");
    if real_rel != rel
        && let Some(why) = unpublished(model, &real_rel)
    {
        return Err(Refusal::LinkToUnpublished(real_rel, why));
    }
    // A folder, or something that is not a file to copy (a FIFO would
    // never end).
    Ok(real.is_file().then_some(real))
}

/// Why the map file at `path` (relative to the map folder) must not be
/// copied into the site, if it must not: the map's sources and what is
/// hidden.
fn unpublished(model: &Model, path: &str) -> Option<&'static str> {
    let parts: Vec<&str> = path.split('/').collect();
    if parts.iter().any(|p| p.starts_with('.')) {
        return Some("a hidden file");
    }
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".yaml") || lower.ends_with(".yml") {
        return Some("a YAML file of the map (map.json publishes the map)");
    }
    let output = normalise_inside(&model.site.output);
    for i in 1..=parts.len() {
        let prefix = parts[..i].join("/");
        if output.as_deref() == Some(prefix.as_str())
            || (i < parts.len() && model.root.join(&prefix).join(OUTPUT_MARKER).is_file())
        {
            return Some("a file of the built site");
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_xml_and_scripts_run_images_and_documents_do_not() {
        for name in [
            "evil.html",
            "a/b/EVIL.HTM",
            "x.xhtml",
            "x.xht",
            "x.shtml",
            "x.xml",
            "x.xsl",
            "x.rss",
            "x.atom",
            "x.rdf",
            "x.kml",
            "x.gpx",
            "x.mathml",
            "x.js",
            "x.mjs",
            "x.htc",
            "x.svgz",
        ] {
            assert!(runs_in_browser(name).is_some(), "{name}");
        }
        for name in [
            "x.svg",
            "x.SVG",
            "x.png",
            "x.jpg",
            "x.pdf",
            "x.docx",
            "x.xlsx",
            "x.pptx",
            "x.csv",
            "x.txt",
            "x.md",
            "x.zip",
            "x.mp4",
            "x.json",
            "x.css",
            "noending",
            "x.html.png",
        ] {
            assert_eq!(runs_in_browser(name), None, "{name}");
        }
        assert!(is_svg("a/b.SVG") && !is_svg("b.svgz") && !is_svg("svg"));
    }

    #[test]
    fn an_svg_loses_its_scripts_and_keeps_its_drawing() {
        let svg = r##"<?xml version="1.0"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)" viewBox="0 0 10 10">
<script>alert(2)</script>
<a xlink:href="javascript:alert(3)"><rect width="5" height="5" onclick="alert(4)" fill="#E30613"/></a>
<set attributeName="onclick" to="alert(5)"/>
<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><script>alert(6)</script></div></foreignObject>
<text x="1" y="9">Überblick → Kauf</text>
</svg>"##;
        let clean = String::from_utf8(clean_svg(svg.as_bytes()).unwrap()).unwrap();
        // (`<set to="alert(5)">` stays, inert without the attribute it
        // would set.)
        for gone in [
            "<script",
            "alert(2)",
            "alert(6)",
            "onload",
            "onclick",
            "attributeName",
            "javascript",
            "foreignObject",
        ] {
            assert!(!clean.contains(gone), "{gone}: {clean}");
        }
        for kept in ["<rect", "fill=\"#E30613\"", "Überblick → Kauf", "viewBox"] {
            assert!(clean.contains(kept), "{kept}: {clean}");
        }
    }

    #[test]
    fn an_svg_that_is_not_well_formed_says_where() {
        let (problem, line, column) =
            clean_svg(b"<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <rect").unwrap_err();
        assert_eq!((line, column), (2, 8), "{problem}");
        assert!(!problem.is_empty());
        let (problem, ..) = clean_svg(b"<html><script>alert(1)</script></html>").unwrap_err();
        assert!(problem.contains("SVG"), "{problem}");
    }
}

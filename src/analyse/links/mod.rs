//! Links in notes and the backlinks they make.
//!
//! A note links to another note with a relative markdown link
//! (`[study](../research/study.md)`) and to an entity with a short scheme
//! (`[checkout](touchpoint:checkout)`, also `kpi:`, `competitor:`, `stage:`,
//! `channel:`, `persona:`). Front matter and a touchpoint's `notes:` link too.
//! Whichever side wrote the link, both pages show it.

mod backlinks;
mod fields;
mod refs;

pub use crate::load::links::{Ref, RefKind, refs};
pub use backlinks::{Backlinks, backlinks};
pub use fields::field_location;

use super::attachments::{Refusal, attachment};
use crate::diagnostics::{Finding, Location, one_line};
use crate::model::{Model, normalise_inside};
use crate::site::{EntityKind, encode_path, generated_page};

/// What a link in a note (or a description) points at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    /// A note id, with an optional `#fragment`.
    Note(String, Option<String>),
    /// An entity: its kind and id.
    Entity(EntityKind, String),
    /// A page or file of the built site: its path below the base URL, as
    /// the site writes it (`map/`, `touchpoints/x/`, `brand.css`), and what
    /// followed the path in the link (`#risks`, `?q=x`, or nothing).
    Page(String, String),
    /// A file of the map folder (an image, a PDF), published under
    /// `files/`: its path in the map, and what followed it in the link.
    File(String, String),
    /// Not ours to check: absolute URLs, mail links, in-page anchors.
    External,
}

/// Why a link that should resolve does not: the problem, to follow "this
/// note …", and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    pub problem: String,
    pub hint: String,
    /// The code of the finding: `broken-link` (a warning: the site leaves
    /// the link out), or the code of an error that stops the build, for a
    /// link that tries to publish what must never be (`outside-map`).
    pub code: &'static str,
}

impl Broken {
    fn new(problem: impl Into<String>, hint: impl Into<String>) -> Self {
        Broken {
            problem: problem.into(),
            hint: hint.into(),
            code: "broken-link",
        }
    }

    /// A link the map must not have: an error, not a warning.
    fn refused(code: &'static str, problem: impl Into<String>, hint: impl Into<String>) -> Self {
        Broken {
            code,
            ..Broken::new(problem, hint)
        }
    }

    /// The finding for this link: `what` ("this note", "the description
    /// of …") and the problem, at `at`.
    pub fn finding(self, what: &str, at: Location) -> Finding {
        let message = format!("{what} {}", self.problem);
        let finding = if self.code == "broken-link" {
            Finding::warning(self.code, message, at)
        } else {
            Finding::error(self.code, message, at)
        };
        finding.with_hint(Some(self.hint))
    }
}

const HINT: &str =
    "link notes by their relative path (`../topic/note.md`) and entities as `touchpoint:ID`";

/// The schemes a link may have besides the entity kinds: those the
/// sanitiser keeps (ammonia's list); any other (`javascript:`, `data:`)
/// would lose its address.
const SCHEMES: [&str; 25] = [
    "bitcoin",
    "ftp",
    "ftps",
    "geo",
    "http",
    "https",
    "im",
    "irc",
    "ircs",
    "magnet",
    "mailto",
    "mms",
    "mx",
    "news",
    "nntp",
    "openpgp4fpr",
    "sip",
    "sms",
    "smsto",
    "ssh",
    "tel",
    "url",
    "webcal",
    "wtai",
    "xmpp",
];

/// The scheme of a link (`https`, `touchpoint`) and what follows its `:`,
/// if it has one: letters first, then letters, digits, `+`, `-` or `.`, all
/// before any `/`, `?` or `#`.
fn scheme_of(href: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = href.split_once(':')?;
    let mut chars = scheme.chars();
    (chars.next()?.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some((scheme, rest))
}

fn is_note_path(path: &str) -> bool {
    path.ends_with(".md") || path.ends_with(".markdown")
}

/// Classifies `href` written in `from`: a note id, or the YAML file of a
/// description. Relative links are relative to `from`'s folder; in a YAML
/// file, a path from the map folder (as `notes:` lists them) works too.
/// `Err` tells what is wrong with a link that should resolve but does not.
pub fn classify(model: &Model, from: &str, href: &str) -> Result<Target, Broken> {
    if href.is_empty() {
        return Err(Broken::new("has a link to nothing (`()`)", HINT));
    }
    if href.starts_with('#') || href.starts_with("//") {
        return Ok(Target::External);
    }
    if let Some((scheme, id)) = scheme_of(href) {
        if let Some(kind) = EntityKind::from_scheme(scheme) {
            return if kind.exists(model, id) {
                Ok(Target::Entity(kind, id.to_string()))
            } else {
                Err(Broken::new(
                    format!("links to unknown {} `{id}`", kind.scheme()),
                    HINT,
                ))
            };
        }
        let lower = scheme.to_ascii_lowercase();
        return if SCHEMES.contains(&lower.as_str()) {
            Ok(Target::External)
        } else {
            Err(Broken::new(
                format!("links to a `{scheme}:` address, which the site never links"),
                "link web pages with `https://`, mail with `mailto:`, phone numbers with `tel:`",
            ))
        };
    }
    let cut = href.find(['#', '?']).unwrap_or(href.len());
    let (path, rest) = href.split_at(cut);
    let fragment = rest.strip_prefix('#').map(str::to_string);
    if path.is_empty() {
        // `?q=x`: this page with a query.
        return Ok(Target::External);
    }
    let decoded = percent_decode(path);
    let yaml = from.ends_with(".yaml") || from.ends_with(".yml");
    if let Some(rooted) = decoded.strip_prefix('/') {
        return classify_rooted(model, path, rooted, rest, fragment);
    }
    let dir = from.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    let Some(joined) = normalise_inside(&format!("{dir}/{decoded}")) else {
        return Err(Broken::new(
            format!("links to `{path}`, which is outside the map folder"),
            "keep what notes link to inside the map folder",
        ));
    };
    // From a YAML file, the path may also be from the map folder.
    let from_root = (yaml && !dir.is_empty())
        .then(|| normalise_inside(&decoded))
        .flatten();
    if is_note_path(&joined) {
        if model.note(&joined).is_some() {
            return Ok(Target::Note(joined, fragment));
        }
        if let Some(id) = from_root.filter(|id| model.note(id).is_some()) {
            return Ok(Target::Note(id, fragment));
        }
        return Err(Broken::new(
            format!("links to `{path}`, but there is no note {joined}"),
            HINT,
        ));
    }
    match map_file(model, path, &joined, rest) {
        Ok(Some(target)) => return Ok(target),
        Ok(None) => {}
        Err(b) => return Err(b),
    }
    if let Some(root) = &from_root
        && let Ok(Some(target)) = map_file(model, path, root, rest)
    {
        return Ok(target);
    }
    // A note named without its ending.
    for candidate in std::iter::once(&joined).chain(from_root.as_ref()) {
        let bare = candidate.trim_end_matches('/');
        for ending in [".md", ".markdown"] {
            let id = format!("{bare}{ending}");
            if model.note(&id).is_some() {
                return Ok(Target::Note(id, fragment));
            }
        }
    }
    if model.root.join(&joined).is_dir() {
        return Err(Broken::new(
            format!("links to `{path}`, which is a folder"),
            "link a file in it, or a note by its `.md` file",
        ));
    }
    let hint = match site_page(model, &joined) {
        Some(page) => format!("a page of the site is linked from its root: `/{page}`"),
        None => "fix the path (relative to the folder of the file the link is in), or add the file"
            .to_string(),
    };
    Err(Broken::new(
        format!("links to `{path}`, but there is no file {joined} in the map folder"),
        hint,
    ))
}

/// A link starting with `/`: a note or file from the map folder, else a
/// page of the site.
fn classify_rooted(
    model: &Model,
    path: &str,
    rooted: &str,
    rest: &str,
    fragment: Option<String>,
) -> Result<Target, Broken> {
    let joined = normalise_inside(rooted);
    if is_note_path(rooted) {
        return match joined {
            Some(id) if model.note(&id).is_some() => Ok(Target::Note(id, fragment)),
            Some(id) => Err(Broken::new(
                format!("links to `{path}`, but there is no note {id}"),
                HINT,
            )),
            None => Err(Broken::new(
                format!("links to `{path}`, which is outside the map folder"),
                HINT,
            )),
        };
    }
    if let Some(p) = &joined
        && let Some(target) = map_file(model, path, p, rest)?
    {
        return Ok(target);
    }
    if let Some(page) = site_page(model, rooted) {
        return Ok(Target::Page(page, rest.to_string()));
    }
    Err(Broken::new(
        format!(
            "links to `{path}`, which is neither a page of the site nor a file in the map folder"
        ),
        "a link starting with `/` names a page of the site (`/map/`, `/touchpoints/ID/`) or a file by its path from the map folder",
    ))
}

const UNPUBLISHED_HINT: &str = "link a copy outside hidden folders, the map's YAML and the output folder, or leave the link out";

/// The target of a link to the map file `joined` (normalised, relative to
/// the map folder): `None` when there is no such file; `Err` when it is one
/// that is never published.
fn map_file(
    model: &Model,
    written: &str,
    joined: &str,
    rest: &str,
) -> Result<Option<Target>, Broken> {
    match attachment(model, joined) {
        Ok(Some(_)) => {}
        Ok(None) => return Ok(None),
        Err(Refusal::Unpublished(why)) => {
            return Err(Broken::new(
                format!("links to `{written}`, {why}, which is never published"),
                UNPUBLISHED_HINT,
            ));
        }
        Err(Refusal::LinkToUnpublished(to, why)) => {
            return Err(Broken::new(
                format!(
                    "links to `{written}`, a symbolic link to {to}, {why}, which is never published"
                ),
                UNPUBLISHED_HINT,
            ));
        }
        Err(Refusal::Outside(target)) => {
            return Err(Broken::refused(
                "outside-map",
                format!(
                    "links to `{written}`, which leads through a symbolic link to `{}`, outside the map folder; it is never published",
                    one_line(&target.to_string_lossy(), 120)
                ),
                "copy the file into the map folder instead of linking to it",
            ));
        }
        Err(Refusal::Nowhere) => {
            return Err(Broken::new(
                format!(
                    "links to `{written}`, a symbolic link that leads nowhere (to a missing file, or round in a loop)"
                ),
                "point the link at a file in the map folder, or copy the file there",
            ));
        }
    }
    if !joined.starts_with("static/")
        && !model.site.allow_scripts_in_attachments
        && let Some(what) = super::attachments::runs_in_browser(joined)
    {
        return Err(Broken::refused(
            "active-attachment",
            format!(
                "links to `{written}`, {what}, which could run scripts on the site as if they were the site's own; it is not published"
            ),
            "share it as a PDF or an image, or link to where it is published (`https://…`); if you trust every file the map's notes link to, set `allow_scripts_in_attachments: true` under `site:` in touchmap.yaml",
        ));
    }
    Ok(Some(match joined.strip_prefix("static/") {
        // Copied to the root of the site as it is.
        Some(below) => Target::Page(encode_path(below), rest.to_string()),
        None => Target::File(joined.to_string(), rest.to_string()),
    }))
}

/// The path of the page or file of the site that `path` (below the base
/// URL, without the leading `/`, decoded) names, as the site writes it
/// (`map` -> `map/`), if the site has one: one touchmap writes, or one of
/// the map's static files.
pub fn site_page(model: &Model, path: &str) -> Option<String> {
    if model.static_files.iter().any(|(p, _)| p == path) {
        return Some(encode_path(path));
    }
    generated_page(model, path)
}

/// `%20` and the like decoded; a sequence that is not UTF-8 stays as written.
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .map_or_else(|_| s.to_string(), |d| d.into_owned())
}

/// The path of the file `location` is in, as links are resolved from it.
pub fn source_path(location: &Location) -> String {
    location.file.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::Analysed;
    use crate::diagnostics::Findings;
    use crate::pipeline::analyse_map;
    use refs::LineStarts;
    use std::path::Path;

    #[test]
    fn line_and_column_of_an_offset() {
        let naive = |text: &str, offset: usize| {
            let before = &text[..offset.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            (line as u32, column as u32)
        };
        for text in ["", "a", "ab\ncd", "\n\nx", "é[a](b)\nü[c](d)\n", "a\r\nb"] {
            let lines = LineStarts::new(text);
            for offset in
                (0..=text.len() + 2).filter(|&o| o >= text.len() || text.is_char_boundary(o))
            {
                assert_eq!(
                    lines.line_col(offset),
                    naive(text, offset),
                    "{text:?} at {offset}"
                );
            }
        }
    }
    use std::sync::OnceLock;

    fn example() -> &'static Analysed {
        static MAP: OnceLock<Analysed> = OnceLock::new();
        MAP.get_or_init(|| {
            analyse_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map")).unwrap()
        })
    }

    fn target(from: &str, href: &str) -> Result<Target, Broken> {
        classify(&example().model, from, href)
    }

    const NOTE: &str = "notes/research/checkout-study.md";

    #[test]
    fn hidden_files_and_the_maps_sources_are_refused() {
        for href in [
            "../../.env",
            "../../.git/config",
            "../../touchpoints/crm.yaml",
            "/touchmap.yaml",
            "../../public/index.html",
        ] {
            let broken = target(NOTE, href).expect_err(href);
            assert!(
                broken.problem.contains("never published"),
                "{href}: {broken:?}"
            );
        }
    }

    #[test]
    fn only_addresses_the_site_keeps_are_links() {
        for href in [
            "javascript:alert(1)",
            "JavaScript://%0aalert(1)",
            "data:text/html,x",
            "vbscript:x",
        ] {
            let broken = target(NOTE, href).expect_err(href);
            assert!(broken.problem.contains("never links"), "{href}: {broken:?}");
        }
        for href in [
            "https://example.com/a:b",
            "HTTP://x.io",
            "mailto:a@b.c",
            "tel:+31",
            "#top",
            "//cdn.example/x",
        ] {
            assert_eq!(target(NOTE, href), Ok(Target::External), "{href}");
        }
    }

    #[test]
    fn a_file_that_is_not_there_is_broken() {
        let broken = target(NOTE, "missing.pdf").unwrap_err();
        assert!(
            broken
                .problem
                .contains("no file notes/research/missing.pdf"),
            "{broken:?}"
        );
        assert_eq!(
            target(NOTE, "../../data/pdp-conversion.csv#x"),
            Ok(Target::File("data/pdp-conversion.csv".into(), "#x".into()))
        );
        assert_eq!(
            target(NOTE, "../../static/brand.css"),
            Ok(Target::Page("brand.css".into(), String::new()))
        );
    }

    #[test]
    fn links_from_the_root_name_pages_of_the_site() {
        for (href, page, rest) in [
            (
                "/touchpoints/checkout-page/",
                "touchpoints/checkout-page/",
                "",
            ),
            (
                "/touchpoints/checkout-page",
                "touchpoints/checkout-page/",
                "",
            ),
            ("/map/", "map/", ""),
            ("/insights/#risks", "insights/", "#risks"),
            ("/", "", ""),
            ("/search/?q=shoe", "search/", "?q=shoe"),
            (
                "/notes/research/checkout-study/",
                "notes/research/checkout-study/",
                "",
            ),
            ("/map.json", "map.json", ""),
            ("/brand.css", "brand.css", ""),
            ("/assets/style.css", "assets/style.css", ""),
        ] {
            assert_eq!(
                target(NOTE, href),
                Ok(Target::Page(page.into(), rest.into())),
                "{href}"
            );
        }
        for href in ["/nope/", "/touchpoints/nope/", "/notes/nope/"] {
            assert!(target(NOTE, href).is_err(), "{href}");
        }
    }

    #[test]
    fn a_note_named_without_its_ending_is_that_note() {
        for href in [
            "../research/persona-interviews",
            "persona-interviews",
            "persona-interviews/",
        ] {
            assert_eq!(
                target(NOTE, href),
                Ok(Target::Note(
                    "notes/research/persona-interviews.md".into(),
                    None
                )),
                "{href}"
            );
        }
        assert_eq!(
            target(NOTE, "persona-interviews#product-pages"),
            Ok(Target::Note(
                "notes/research/persona-interviews.md".into(),
                Some("product-pages".into())
            ))
        );
        let broken = target(NOTE, "../../map").unwrap_err();
        assert!(broken.hint.contains("`/map/`"), "{broken:?}");
    }

    #[test]
    fn a_description_links_from_its_yaml_file_or_the_map_folder() {
        let from = "touchpoints/ecommerce.yaml";
        let study = Ok(Target::Note(NOTE.into(), None));
        assert_eq!(target(from, "../notes/research/checkout-study.md"), study);
        assert_eq!(target(from, "notes/research/checkout-study.md"), study);
        assert_eq!(target(from, "/notes/research/checkout-study.md"), study);
        assert!(target(from, "notes/nope.md").is_err());
        // A note links from its own folder only, as on GitHub.
        assert!(target(NOTE, "notes/research/checkout-study.md").is_err());
    }

    #[test]
    fn broken_links_in_descriptions_are_found_at_the_description() {
        let mut a =
            analyse_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map")).unwrap();
        let i = a.model.index.touchpoints["checkout-page"];
        a.model.touchpoints[i].description =
            Some("[gone](touchpoint:nope) [ok](../notes/research/checkout-study.md)".into());
        let mut findings = Findings::default();
        backlinks(&a.model, &mut findings);
        let found: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.code == "broken-link")
            .collect();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "the description of touchpoint `checkout-page` links to unknown touchpoint `nope`"
        );
        let origin = &a.model.touchpoints[i].origin;
        assert_eq!(found[0].location.file, origin.file);
        let line = a
            .model
            .sources
            .get(&origin.file)
            .unwrap()
            .lines()
            .nth(found[0].location.line as usize - 1)
            .unwrap();
        assert!(line.trim_start().starts_with("description:"), "{line}");
    }
}

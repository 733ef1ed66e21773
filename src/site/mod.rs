//! The site's layout, in one place: which kinds of entity have pages
//! ([`EntityKind`]), every page and its path ([`Page`]), the sections and
//! the top navigation ([`Section`], [`nav`]), the files touchmap writes
//! besides pages, and how a path becomes an address. Analyse (which checks
//! that a link names a page the site has), render (which writes the pages)
//! and diff (which links what changed) all read it here, so adding a page
//! is one edit here and its view.

pub mod insights;
mod kind;
pub mod lanes;
mod page;

pub use kind::EntityKind;
pub use page::{LIST_PAGE, NavEntry, Page, Section, generated_page, list_page, nav, pages_of};

use include_dir::{Dir, include_dir};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// The files touchmap writes at the top of the site besides its pages
/// (and a journey poster per persona, see [`journey_poster`]).
pub const FILES: [&str; 8] = [
    "map.json",
    SCRIPT_WORDS,
    MAP_POSTER,
    "touchpoints.csv",
    "kpis.csv",
    "sitemap.xml",
    "search-index/meta.json",
    "404.html",
];

/// The words the scripts say (filters, search, live reload), in the map's
/// language: one file every page links, which the browser keeps, rather
/// than a copy in each page.
pub const SCRIPT_WORDS: &str = "assets/words.js";

/// The poster of the map: the whole grid as one picture, for a slide deck.
pub const MAP_POSTER: &str = "map.svg";

/// The file of persona `id`'s journey poster, its emotion curve as one
/// picture: `journey-ID.svg`, at the top of the site beside `map.svg`, so
/// that the posters are found together. Ids are `[a-z0-9_-]`: the name
/// needs no encoding.
pub fn journey_poster(id: &str) -> String {
    format!("journey-{id}.svg")
}

/// The persona whose journey poster `path` names, if it names one.
pub(crate) fn journey_poster_of(path: &str) -> Option<&str> {
    path.strip_prefix("journey-")?.strip_suffix(".svg")
}

static THEME_STATIC: Dir = include_dir!("$CARGO_MANIFEST_DIR/themes/default/static");

/// The theme's static files, written under `assets/`: `(path, bytes)`, in
/// path order. Part of the layout because a link may name them.
pub fn theme_assets() -> Vec<(String, &'static [u8])> {
    embedded_files(&THEME_STATIC)
}

/// The files of a folder embedded in the binary: `(path in it, bytes)`, in
/// path order.
pub(crate) fn embedded_files(dir: &'static Dir<'static>) -> Vec<(String, &'static [u8])> {
    fn collect(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static [u8])>) {
        for file in dir.files() {
            let path = file.path().to_string_lossy().replace('\\', "/");
            out.push((path, file.contents()));
        }
        for sub in dir.dirs() {
            collect(sub, out);
        }
    }
    let mut out = Vec::new();
    collect(dir, &mut out);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The output file of a page: `touchpoints/x/` -> `touchpoints/x/index.html`.
pub fn page_file(path: &str) -> String {
    let path = path.trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// What stays as it is in a path: letters, digits, `-_.~` and `/`.
const PATH_KEEPS: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b'/');

/// Percent-encodes what may not stand in a URL path (spaces, quotes, …),
/// keeping `/`: the address of a folder or file as the site names it.
pub fn encode_path(path: &str) -> String {
    utf8_percent_encode(path, PATH_KEEPS).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_keep_their_slashes_and_encode_the_rest() {
        assert_eq!(
            encode_path("notes/Café interviews/"),
            "notes/Caf%C3%A9%20interviews/"
        );
        assert_eq!(encode_path("a-b_c.d~e/f"), "a-b_c.d~e/f");
        assert_eq!(encode_path("x?#%\"'"), "x%3F%23%25%22%27");
    }

    #[test]
    fn pages_are_written_as_index_files() {
        assert_eq!(page_file("map/"), "map/index.html");
        assert_eq!(page_file(""), "index.html");
        assert_eq!(page_file("map.json"), "map.json");
    }

    #[test]
    fn the_theme_assets_are_the_theme_static_folder() {
        let names: Vec<String> = theme_assets().into_iter().map(|(p, _)| p).collect();
        assert!(names.contains(&"style.css".to_string()), "{names:?}");
        assert!(names.contains(&"app.js".to_string()), "{names:?}");
    }
}

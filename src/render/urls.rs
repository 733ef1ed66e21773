//! Page addresses. Every link the site writes goes through [`Urls`], so that
//! `base_url` (a GitHub Pages project site lives under `/repo/`) holds for
//! every page, asset and export.

use crate::model::note_slug;
use crate::site::encode_path;

#[derive(Debug, Clone)]
pub struct Urls {
    /// Starts and ends with `/`.
    base: String,
}

impl Urls {
    pub fn new(base: &str) -> Self {
        Urls {
            base: base.to_string(),
        }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// The address of `path` (relative to the site root, no leading `/`).
    pub fn to(&self, path: &str) -> String {
        format!("{}{}", self.base, path.trim_start_matches('/'))
    }

    /// The address of what the site writes at `path`, as its folders and
    /// files are named (`notes/Café interviews/`): percent-encoded.
    pub fn written(&self, path: &str) -> String {
        self.to(&encode_path(path))
    }

    pub fn home(&self) -> String {
        self.base.clone()
    }

    /// `kind` is the section folder: `touchpoints`, `stages`, `channels`,
    /// `personas`, `kpis`, `competitors`.
    pub fn entity(&self, kind: &str, id: &str) -> String {
        self.to(&format!("{kind}/{id}/"))
    }

    pub fn note(&self, note_id: &str) -> String {
        self.written(&format!("notes/{}/", note_slug(note_id)))
    }

    /// An asset copied from the map folder (e.g. an image a note shows).
    pub fn file(&self, map_path: &str) -> String {
        self.written(&format!("files/{map_path}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_address_carries_the_base() {
        let u = Urls::new("/repo/");
        assert_eq!(u.home(), "/repo/");
        assert_eq!(u.to("map/"), "/repo/map/");
        assert_eq!(
            u.entity("touchpoints", "checkout"),
            "/repo/touchpoints/checkout/"
        );
        assert_eq!(
            u.note("notes/research/a b.md"),
            "/repo/notes/research/a%20b/"
        );
    }
}

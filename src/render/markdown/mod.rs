//! Markdown to safe HTML: pulldown-cmark with tables, footnotes, task lists,
//! strikethrough and heading anchors; links between notes and to entities
//! rewritten to page addresses; a text with raw HTML in it cleaned by
//! ammonia so that the HTML cannot run script or break out of the page.
//!
//! A text without raw HTML needs no cleaning, and skips it (the cleaner
//! parses the whole output again, a tenth of a large build): pulldown-cmark
//! escapes all the text and attributes it writes, every link and image
//! address is one the rewriting below made or let through (a refused one
//! is dropped), and the links carry the `rel` the cleaner would add.
//!
//! The parts: [`renderer`] walks the events, [`footnotes`] numbers and
//! writes the footnotes, [`links`] rewrites addresses, [`headings`] demotes
//! headings and names their anchors, [`task_box`] names a task list's
//! boxes, [`clean`] is the sanitiser for texts with raw HTML.

mod clean;
mod footnotes;
mod headings;
mod links;
mod renderer;
mod task_box;
#[cfg(test)]
mod tests;

use super::urls::Urls;
use crate::model::Model;
use renderer::Renderer;
use serde::Serialize;
use std::collections::BTreeSet;

/// The prefix of every id in rendered markdown, so that a note's anchors
/// (its headings, footnotes, raw HTML) can never take an id of the page
/// around it (`main`, `notes-heading`, a chart's): the sanitiser drops any
/// id without it. Links to `#fragment` get it too.
pub const ID_PREFIX: &str = "md-";

/// The rendered HTML and the map files it refers to (images, attachments)
/// that the write step must copy.
pub struct Rendered {
    pub html: String,
    pub files: BTreeSet<String>,
    /// A note's opening heading when it says the note's title, taken out
    /// of `html`: the page's `<h1>` already says it, so the theme hides it
    /// (keeping its anchor, which links may point at).
    pub title_heading: Option<TitleHeading>,
}

/// A heading of plain text taken out of a note's HTML (see
/// [`Rendered::title_heading`]).
#[derive(Serialize)]
pub struct TitleHeading {
    /// Its anchor, prefix included, not escaped.
    pub id: String,
    /// Its text as HTML (escaped).
    pub html: String,
}

/// Renders the markdown of note `from` (its path relative to the map
/// folder, which relative links are resolved against).
pub fn render(model: &Model, urls: &Urls, from: &str, text: &str) -> Rendered {
    Renderer::new(model, urls, from, ID_PREFIX.to_string(), true).run(text, None)
}

/// Renders note `from` as [`render`] does, with an opening heading that
/// repeats its `title` taken out (see [`Rendered::title_heading`]).
pub fn render_note(model: &Model, urls: &Urls, from: &str, text: &str, title: &str) -> Rendered {
    Renderer::new(model, urls, from, ID_PREFIX.to_string(), true).run(text, Some(title))
}

/// Renders a markdown field (a description) written in the YAML file
/// `from`. Its headings get no anchors, and its footnotes ids of their own,
/// so that many fields can share a page without sharing an id.
pub fn render_field(model: &Model, urls: &Urls, from: &str, text: &str) -> Rendered {
    let ns = format!(
        "{ID_PREFIX}{:08x}-",
        fnv1a(from.as_bytes(), fnv1a(text.as_bytes(), 0x811c_9dc5))
    );
    Renderer::new(model, urls, from, ns, false).run(text, None)
}

/// FNV-1a, 32 bits: a short, stable name for a field's ids.
fn fnv1a(bytes: &[u8], mut hash: u32) -> u32 {
    for &b in bytes {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

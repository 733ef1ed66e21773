//! The links and images of a markdown text, as written, and where they are.

use super::{Broken, Target, classify, markdown_options};
use crate::analyse::raw_html;
use crate::diagnostics::{Finding, Location};
use crate::model::Model;
use pulldown_cmark::{Event, LinkType, Parser, Tag};

/// What a markdown text refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    /// `[text](dest)`, `<https://…>`.
    Link,
    /// `![alt](dest)`.
    Image,
    /// An `<img>` tag in raw HTML.
    RawImage,
}

/// A link or an image of a markdown text, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ref {
    pub kind: RefKind,
    /// Where it points (a raw `<img>`: its `src`, empty without one).
    pub dest: String,
    /// A raw `<img>` without an `alt`.
    pub no_alt: bool,
    /// Byte offset in the text where it is written.
    pub offset: usize,
}

impl Ref {
    /// Where it points, as [`classify`] says, from the file `from`.
    pub fn resolve(&self, model: &Model, from: &str) -> Result<Target, Broken> {
        if self.kind == RefKind::RawImage && self.dest.is_empty() {
            return Err(Broken::new(
                "has an `<img>` without a `src`, which shows nothing",
                "give it the file it shows: `<img src=\"images/chart.png\" alt=\"What it shows\">`, or remove it",
            ));
        }
        classify(model, from, &self.dest)
    }

    /// The warning for a raw `<img>` without alternative text, written in
    /// `what` ("this note") at `at`.
    pub(super) fn missing_alt(&self, what: &str, at: impl FnOnce() -> Location) -> Option<Finding> {
        self.no_alt.then(|| {
            Finding::warning(
                "missing-alt",
                format!("{what} has an image without alternative text (`<img>` without `alt`)"),
                at(),
            )
            .with_hint(Some(
                "add alt text describing the image: `<img src=\"…\" alt=\"What it shows\">` (screen readers read it out; `alt=\"\"` if the image is only decoration)".into(),
            ))
        })
    }
}

/// The links and images of a markdown text, in order, raw `<img>` tags
/// included: what the renderer rewrites, read the same way. The raw HTML
/// of one HTML block is read as one piece, as the renderer writes it.
pub fn refs(text: &str) -> Vec<Ref> {
    let mut out = Vec::new();
    // The lines of the HTML block being read: its text, and where each
    // line starts in it and in `text`.
    let mut block = String::new();
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let raw = |out: &mut Vec<Ref>, html: &str, lines: &[(usize, usize)]| {
        for image in raw_html::images(html) {
            let i = lines.partition_point(|&(at, _)| at <= image.start);
            let (at, offset) = lines.get(i.wrapping_sub(1)).copied().unwrap_or((0, 0));
            out.push(Ref {
                kind: RefKind::RawImage,
                dest: image.src.unwrap_or_default(),
                no_alt: image.alt.is_none(),
                offset: offset + image.start - at,
            });
        }
    };
    for (event, range) in Parser::new_ext(text, markdown_options()).into_offset_iter() {
        if let Event::Html(html) = &event {
            lines.push((block.len(), range.start));
            block.push_str(html);
            continue;
        }
        if !lines.is_empty() {
            raw(&mut out, &block, &lines);
            block.clear();
            lines.clear();
        }
        let (kind, dest) = match event {
            // An e-mail autolink is an address, not a path.
            Event::Start(Tag::Link {
                link_type: LinkType::Email,
                ..
            }) => continue,
            Event::Start(Tag::Link { dest_url, .. }) => (RefKind::Link, dest_url),
            Event::Start(Tag::Image { dest_url, .. }) => (RefKind::Image, dest_url),
            Event::InlineHtml(html) => {
                raw(&mut out, &html, &[(0, range.start)]);
                continue;
            }
            _ => continue,
        };
        out.push(Ref {
            kind,
            dest: dest.to_string(),
            no_alt: false,
            offset: range.start,
        });
    }
    if !lines.is_empty() {
        raw(&mut out, &block, &lines);
    }
    out
}

/// Where the links and images of a markdown body point, in order, as
/// written, and which raw `<img>` has no `alt`: a body whose list is
/// unchanged links to the same notes, entities and files, and has the
/// same findings about them.
pub fn link_targets(body: &str) -> Vec<(RefKind, String, bool)> {
    refs(body)
        .into_iter()
        .map(|r| (r.kind, r.dest, r.no_alt))
        .collect()
}

/// Where the lines of a text start, found when first asked, so that a
/// note with many broken links is not read from the top for each one.
pub(super) struct LineStarts<'t> {
    text: &'t str,
    starts: std::cell::OnceCell<Vec<usize>>,
}

impl<'t> LineStarts<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        LineStarts {
            text,
            starts: std::cell::OnceCell::new(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub(super) fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let starts = self
            .starts
            .get_or_init(|| crate::diagnostics::line_starts(self.text));
        // The last line starting at or before the offset.
        let line = starts.partition_point(|&s| s <= offset);
        let start = starts[line - 1];
        let column = self.text[start..offset].chars().count() + 1;
        (line as u32, column as u32)
    }
}

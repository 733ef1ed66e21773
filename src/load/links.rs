//! The links and images of a markdown text, as written, and where they
//! are: read once per note as it is loaded (kept with the note's parse, so
//! that `serve` reads again only the notes an edit changed), resolved
//! against the model by `analyse::links`.

use super::raw_html;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag};

/// Parser options used for every note, so analyse and render read the same.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

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

/// The links and images of a markdown text, in order, raw `<img>` tags
/// included: what the renderer rewrites, read the same way. The raw HTML
/// of one HTML block is read as one piece, as the renderer writes it.
pub fn refs(text: &str) -> Vec<Ref> {
    // Every link, image and tag is written with a `[` or a `<`: a text
    // without either (most descriptions) has none, and is not parsed.
    if !text.contains(['[', '<']) {
        return Vec::new();
    }
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

/// Whether two lists of links and images point to the same places, in
/// the same order, with the same raw `<img>` lacking an `alt`: a note's
/// text whose list is unchanged links to the same notes, entities and
/// files, and has the same findings about them.
pub fn same_targets(a: &[Ref], b: &[Ref]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(a, b)| (a.kind, &a.dest, a.no_alt) == (b.kind, &b.dest, b.no_alt))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_images_are_found_where_they_are_written() {
        let text = "Text <img src=a.png> and [l](b.md) ![i](c.png)\n\n<div>\n  <p><IMG\n   alt=x SRC='d.png'></p>\n</div>\n\n> q <img src=\"e.png\" alt=\"\">\n\n<img>\n";
        let found = refs(text);
        let found: Vec<(RefKind, &str, bool, &str)> = found
            .iter()
            .map(|r| {
                (
                    r.kind,
                    r.dest.as_str(),
                    r.no_alt,
                    &text[r.offset..r.offset + 4],
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (RefKind::RawImage, "a.png", true, "<img"),
                (RefKind::Link, "b.md", false, "[l]("),
                (RefKind::Image, "c.png", false, "![i]"),
                (RefKind::RawImage, "d.png", false, "<IMG"),
                (RefKind::RawImage, "e.png", false, "<img"),
                (RefKind::RawImage, "", true, "<img"),
            ]
        );
    }

    #[test]
    fn a_text_without_brackets_has_no_links_and_one_with_them_has() {
        assert!(refs("Plain text, a bare https://example.com and (parens).").is_empty());
        for (text, dest) in [
            ("see [a](b.md)", "b.md"),
            ("![i](c.png)", "c.png"),
            ("<https://example.com>", "https://example.com"),
            ("[a][r]\n\n[r]: d.md", "d.md"),
            ("<img src=e.png>", "e.png"),
        ] {
            let found = refs(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].dest, dest);
        }
    }

    #[test]
    fn e_mail_autolinks_are_not_links() {
        let found = refs("Write to <team@example.com> or see [a](b.md).");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].dest, "b.md");
    }
}

//! Markdown notes: optional YAML front matter between `---` lines, then the
//! body. The body is kept as text; rendering happens in the render step.

use super::links::{Ref, refs};
use super::raw::NoteFrontMatter;
use super::yaml;
use crate::diagnostics::{Finding, Location};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct RawNote {
    /// Path relative to the map folder, e.g. `notes/research/checkout.md`.
    pub rel: PathBuf,
    pub front: NoteFrontMatter,
    /// The markdown after the front matter.
    pub body: Arc<str>,
    /// The links and images of the body, as written.
    pub links: Arc<[Ref]>,
    /// How many lines of the file precede the body.
    pub body_line_offset: u32,
}

/// Splits front matter from body. A front matter that does not parse is
/// reported; the note is still kept, without it, so its page can render.
pub fn parse(rel: &Path, text: &str) -> (RawNote, Vec<Finding>) {
    let mut problems = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (front, body, offset) = match split_front_matter(text) {
        Some((yaml_text, body, offset)) => {
            let (front, found) = yaml::parse_front_matter(rel, yaml_text);
            problems.extend(found);
            (front, body, offset)
        }
        None => {
            if opens_front_matter(text) {
                problems.push(
                    Finding::warning(
                        "unclosed-front-matter",
                        "this note opens front matter with `---` but no later `---` line closes it, so it is all read as text",
                        Location::new(rel, 1, 1).with_len(3),
                    )
                    .with_hint(Some(
                        "end the front matter with a `---` line, or remove this one".into(),
                    )),
                );
            }
            (NoteFrontMatter::default(), text, 0)
        }
    };
    let note = RawNote {
        rel: rel.to_path_buf(),
        front,
        body: body.into(),
        links: refs(body).into(),
        body_line_offset: offset,
    };
    (note, problems)
}

/// The front matter of a note's text exactly as written (`None` without
/// one), and how many lines precede the body: two notes whose front matter
/// reads the same link to the same things.
pub fn front_matter(text: &str) -> (Option<&str>, u32) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match split_front_matter(text) {
        Some((yaml, _, offset)) => (Some(yaml), offset),
        None => (None, 0),
    }
}

/// Whether the text's first line is `---`, which opens front matter.
fn opens_front_matter(text: &str) -> bool {
    text.lines().next().is_some_and(|l| l.trim_end() == "---")
}

/// `Some((front matter, body, lines before body))` when the text opens with a
/// `---` line and a later line closes it with `---` or `...`. The front matter
/// keeps the newline that ends the `---` line, so that line numbers the YAML
/// parser reports are line numbers of the file.
fn split_front_matter(text: &str) -> Option<(&str, &str, u32)> {
    let first_end = text.find('\n')?;
    if text[..first_end].trim_end() != "---" {
        return None;
    }
    let mut offset = first_end + 1;
    let mut line_no = 1u32;
    for line in text[offset..].split_inclusive('\n') {
        line_no += 1;
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let yaml_text = &text[first_end..offset];
            let body = &text[offset + line.len()..];
            return Some((yaml_text, body, line_no));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_split_from_the_body() {
        let (note, problems) = parse(
            Path::new("notes/a.md"),
            "---\ntitle: Checkout study\ntouchpoints: [checkout]\n---\n# Body\n",
        );
        assert!(problems.is_empty());
        assert_eq!(note.front.title.as_deref(), Some("Checkout study"));
        assert_eq!(note.front.touchpoints[0].value, "checkout");
        assert_eq!(note.front.touchpoints[0].pos.line, 3);
        assert_eq!(&*note.body, "# Body\n");
        assert_eq!(note.body_line_offset, 4);
    }

    #[test]
    fn a_note_without_front_matter_is_all_body() {
        let (note, _) = parse(Path::new("n.md"), "# Title\n---\ntext\n");
        assert_eq!(&*note.body, "# Title\n---\ntext\n");
        assert!(note.front.title.is_none());
    }

    #[test]
    fn front_matter_that_is_never_closed_is_a_warning() {
        let (note, problems) = parse(Path::new("n.md"), "---\ntitle: A\n# Body\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].code, "unclosed-front-matter");
        assert_eq!(problems[0].location.line, 1);
        assert!(note.body.contains("# Body"));
    }

    #[test]
    fn bad_front_matter_is_located_in_the_file() {
        let (_, problems) = parse(Path::new("n.md"), "---\ntitle: a\ntouchpionts: [x]\n---\n");
        assert_eq!(problems[0].code, "unknown-key");
        assert_eq!(problems[0].location.line, 3);
    }
}

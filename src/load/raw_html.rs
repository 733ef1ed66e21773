//! The `<img>` tags in the raw HTML of a note or description: where each
//! is, the file it shows (`src`) and its alternative text (`alt`), read
//! the way a browser reads HTML (html5gum, a WHATWG tokenizer: attribute
//! names in any case, values quoted or not, `&amp;` and the like decoded,
//! the first of two `src` counting), so that what `check` reports is what
//! the site shows.

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// One `<img>` tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawImage {
    /// Byte offsets of the tag, from its `<` to after its `>`.
    pub start: usize,
    pub end: usize,
    /// Its `src`, decoded, if it has one.
    pub src: Option<String>,
    /// Its `alt`, decoded, if it has one (an empty one says the image is
    /// decoration).
    pub alt: Option<String>,
}

/// The `<img>` tags of a piece of raw HTML, in order. Text that only
/// looks like a tag (inside `<textarea>`, `<title>`, `<script>`, a
/// comment) is not one.
pub fn images(html: &str) -> Vec<RawImage> {
    if !has_img(html) {
        return Vec::new();
    }
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    let text = |v: &[u8]| String::from_utf8_lossy(v).into_owned();
    Tokenizer::new_with_emitter(html, emitter)
        .filter_map(|token| match token {
            Ok(Token::StartTag(tag)) if tag.name.as_slice() == b"img" => Some(RawImage {
                start: tag.span.start,
                end: tag.span.end,
                src: tag.attributes.get(b"src".as_slice()).map(|v| text(v)),
                alt: tag.attributes.get(b"alt".as_slice()).map(|v| text(v)),
            }),
            _ => None,
        })
        .collect()
}

/// Whether `html` has `<img` in it, in any case: most raw HTML has none,
/// and need not be tokenized.
fn has_img(html: &str) -> bool {
    html.as_bytes()
        .windows(4)
        .any(|w| w[0] == b'<' && w[1..].eq_ignore_ascii_case(b"img"))
}

/// `html` (the sanitiser's output) with `alt=""` added to every `<img>`
/// that has no `alt`: an image without one is invalid HTML, and a screen
/// reader reads its address instead (`IMG_2041.jpg`). Empty says
/// "decoration, skip it", the standard choice when the text is unknown;
/// `check` asks the author for the real one (`missing-alt`).
pub fn add_missing_alt(html: String) -> String {
    let missing: Vec<usize> = images(&html)
        .into_iter()
        .filter(|i| i.alt.is_none())
        .map(|i| i.start + "<img".len())
        .collect();
    if missing.is_empty() {
        return html;
    }
    let mut out = String::with_capacity(html.len() + missing.len() * 7);
    let mut from = 0;
    for at in missing {
        out.push_str(&html[from..at]);
        out.push_str(" alt=\"\"");
        from = at;
    }
    out.push_str(&html[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn srcs(html: &str) -> Vec<(Option<String>, Option<String>)> {
        images(html).into_iter().map(|i| (i.src, i.alt)).collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn images_are_read_as_a_browser_reads_them() {
        assert_eq!(
            srcs("<p>x<IMG SRC=a.png alt='A &amp; B'></p>"),
            [(some("a.png"), some("A & B"))]
        );
        assert_eq!(
            srcs("<img/src=\"a&amp;b.png\" src=second.png/>"),
            [(some("a&b.png"), None)],
            "entities decoded, the first `src` counts"
        );
        assert_eq!(
            srcs("<img\n  src = \"q.png\"\n  alt>"),
            [(some("q.png"), some(""))]
        );
        assert_eq!(srcs("<img>"), [(None, None)]);
        for text_only in [
            "<textarea><img src=t.png></textarea>",
            "<title><img src=t.png></title>",
            "<!-- <img src=c.png> -->",
            "<imgx src=n.png>",
            "no tag at all",
        ] {
            assert_eq!(srcs(text_only), [], "{text_only}");
        }
    }

    #[test]
    fn the_span_of_an_image_is_its_tag() {
        let html = "ab <img src=\"é.png\"> cd";
        let i = &images(html)[0];
        assert_eq!(&html[i.start..i.end], "<img src=\"é.png\">");
    }

    #[test]
    fn an_image_without_alt_gets_an_empty_one() {
        assert_eq!(
            add_missing_alt("<p><img src=\"a.png\"> <img src=\"b.png\" alt=\"B\"><img></p>".into()),
            "<p><img alt=\"\" src=\"a.png\"> <img src=\"b.png\" alt=\"B\"><img alt=\"\"></p>"
        );
        let untouched = "<p>&lt;img src=x&gt;</p>".to_string();
        assert_eq!(add_missing_alt(untouched.clone()), untouched);
    }
}

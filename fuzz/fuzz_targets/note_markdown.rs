//! The markdown of a note through render: pulldown-cmark, the rewriting of
//! links to pages, and the sanitiser (ammonia) where the text has raw HTML.
//! The note is rendered as a note of the example map
//! (`notes/research/fuzz.md`), and as a description field of a map file.
//!
//! Beyond a panic, a hang or runaway memory, the target fails when the HTML
//! a browser would read from the output could run script or leave the
//! note's place on the page: a script-capable element, an `on…`
//! attribute, a `javascript:`/`vbscript:`/`data:` address, an id outside
//! the notes' `md-` namespace, a form control other than a disabled task
//! box, or a map file to publish whose path leaves the map folder.

#![no_main]

use libfuzzer_sys::fuzz_target;
use scraper::{Html, Node};
use std::path::{Component, Path};
use std::sync::LazyLock;
use touchmap::analyse::Analysed;
use touchmap::pipeline::analyse_map;
use touchmap::render::markdown::{self, ID_PREFIX};
use touchmap::render::urls::Urls;

static MAP: LazyLock<Analysed> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../example-map");
    analyse_map(&root).expect("the example map loads")
});

/// Elements that run script, embed another document or take input.
const ACTIVE: &[&str] = &[
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "button",
    "textarea", "select", "style", "link", "meta", "base", "svg", "math", "template", "noscript",
    "audio", "video", "source", "track", "portal", "dialog",
];

/// Attributes that hold an address.
const ADDRESSES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "srcset",
    "poster",
    "background",
    "cite",
    "longdesc",
    "xlink:href",
    "data",
    "ping",
];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let urls = Urls::new("/repo/");
    let note = markdown::render(&MAP.model, &urls, "notes/research/fuzz.md", &text);
    check(&note.html, &text);
    for file in &note.files {
        let path = Path::new(file);
        assert!(
            path.components().all(|c| matches!(c, Component::Normal(_))),
            "a file to publish leaves the map folder: {file:?} from {text:?}"
        );
    }
    let field = markdown::render_field(&MAP.model, &urls, "touchpoints/fuzz.yaml", &text);
    check(&field.html, &text);
});

/// Fails when `html`, as a browser reads it inside a page, could run
/// script or take the page's ids.
fn check(html: &str, text: &str) {
    let doc = Html::parse_fragment(html);
    for node in doc.tree.nodes() {
        let Node::Element(element) = node.value() else {
            continue;
        };
        let name = element.name();
        assert!(
            !ACTIVE.contains(&name),
            "<{name}> in the output of {text:?}:\n{html}"
        );
        for (attribute, value) in element.attrs() {
            let attribute = attribute.to_ascii_lowercase();
            assert!(
                !attribute.starts_with("on"),
                "{attribute} on <{name}> in the output of {text:?}:\n{html}"
            );
            if ADDRESSES.contains(&attribute.as_str()) {
                let (scheme, has_scheme) = url_scheme(value);
                assert!(
                    !(has_scheme && matches!(scheme.as_str(), "javascript" | "vbscript" | "data")),
                    "{attribute}={value:?} on <{name}> in the output of {text:?}:\n{html}"
                );
            }
            if attribute == "id" || attribute == "name" {
                assert!(
                    value.starts_with(ID_PREFIX),
                    "{attribute}={value:?} outside the md- namespace in the output of {text:?}:\n{html}"
                );
            }
            if attribute == "style" {
                assert!(
                    matches!(name, "td" | "th")
                        && value.starts_with("text-align:")
                        && !value.contains(';'),
                    "style={value:?} on <{name}> in the output of {text:?}:\n{html}"
                );
            }
        }
        if name == "input" {
            assert!(
                element.attr("type") == Some("checkbox") && element.attr("disabled").is_some(),
                "an input a reader could use in the output of {text:?}:\n{html}"
            );
        }
    }
}

/// The scheme of `href` as a browser's URL parser reads it (WHATWG URL
/// standard): leading and trailing C0 controls and spaces are trimmed, tabs
/// and line breaks are removed anywhere, and a scheme is an ASCII letter
/// followed by letters, digits, `+`, `-` or `.` up to the first `:`. Any
/// other character before the `:` (a C0 control such as U+0013 among them)
/// makes the address relative, so `j\u{13}avascript:` runs nothing.
fn url_scheme(href: &str) -> (String, bool) {
    let trimmed = href.trim_matches(|c: char| c <= ' ');
    let cleaned: String = trimmed
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let scheme: String = cleaned
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        .collect::<String>()
        .to_ascii_lowercase();
    let has_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && cleaned[scheme.len()..].starts_with(':');
    (scheme, has_scheme)
}

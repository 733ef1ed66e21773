//! The sanitiser for texts with raw HTML: what it keeps of tags, ids,
//! classes and attributes.

use super::ID_PREFIX;
use crate::load::raw_html;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The classes the markdown renderer itself writes; the sanitiser keeps
/// these and drops any other (raw HTML cannot borrow the theme's classes).
const CLASSES: [(&str, &str); 3] = [
    ("section", "footnotes"),
    ("sup", "footnote-ref"),
    ("a", "footnote-backref"),
];

/// One sanitiser for the whole run; building it is not free.
static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["id", "class"])
        .add_tags(["input", "label", "section"])
        .add_tag_attributes("input", ["type", "checked", "disabled", "aria-label"])
        // Task list boxes, and nothing else a reader could type into.
        .set_tag_attribute_value("input", "type", "checkbox")
        .set_tag_attribute_value("input", "disabled", "")
        .add_tag_attributes("td", ["style"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("a", ["aria-label"])
        .attribute_filter(filter_attribute)
        .link_rel(Some("noopener noreferrer"));
    b
});

/// `html` with what raw HTML may not do taken out, and the `alt` every
/// image needs added.
pub(super) fn clean(html: &str) -> String {
    raw_html::add_missing_alt(CLEANER.clean(html).to_string())
}

/// What raw HTML may keep of an attribute the sanitiser allows: table cells
/// only their alignment as style, ids only in the notes' own namespace,
/// classes only the renderer's own; in-page links are pointed into that
/// namespace; obsolete presentational attributes (invalid HTML) go.
fn filter_attribute<'u>(element: &str, attribute: &str, value: &'u str) -> Option<Cow<'u, str>> {
    match (element, attribute) {
        ("td" | "th", "style") => {
            let (property, align) = value.trim().trim_end_matches(';').split_once(':')?;
            let align = align.trim().to_ascii_lowercase();
            (property.trim().eq_ignore_ascii_case("text-align")
                && matches!(align.as_str(), "left" | "center" | "right"))
            .then(|| Cow::Owned(format!("text-align: {align}")))
        }
        (_, "id") => value.starts_with(ID_PREFIX).then_some(Cow::Borrowed(value)),
        (_, "class") => {
            let kept: Vec<&str> = value
                .split_ascii_whitespace()
                .filter(|c| allowed_class(element, c))
                .collect();
            (!kept.is_empty()).then(|| Cow::Owned(kept.join(" ")))
        }
        ("a", "href") => match value.strip_prefix('#') {
            Some(f) if !f.is_empty() && !f.starts_with(ID_PREFIX) => {
                Some(Cow::Owned(format!("#{ID_PREFIX}{f}")))
            }
            _ => Some(Cow::Borrowed(value)),
        },
        (_, "align" | "char" | "charoff") | ("table", "summary") | ("hr", "size" | "width") => None,
        _ => Some(Cow::Borrowed(value)),
    }
}

fn allowed_class(element: &str, class: &str) -> bool {
    CLASSES.contains(&(element, class))
        || (element == "code"
            && class.strip_prefix("language-").is_some_and(|l| {
                !l.is_empty()
                    && l.bytes().all(|b| {
                        b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'+' | b'.')
                    })
            }))
}

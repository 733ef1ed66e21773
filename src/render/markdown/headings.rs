//! Headings: demoted below the page's own `<h1>`, and named anchors.

use pulldown_cmark::HeadingLevel;
use std::collections::HashMap;

/// The page has its own `<h1>`; a note's headings start at `<h2>`.
pub(super) fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// A heading anchor: lowercase words joined by `-`, numbered when repeated.
pub(super) fn unique_slug(seen: &mut HashMap<String, usize>, text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    let slug = if slug.is_empty() {
        "section".to_string()
    } else {
        slug
    };
    let n = seen.entry(slug.clone()).or_insert(0);
    *n += 1;
    if *n == 1 { slug } else { format!("{slug}-{n}") }
}

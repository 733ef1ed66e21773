//! Markdown to safe HTML: pulldown-cmark with tables, footnotes, task lists,
//! strikethrough and heading anchors; links between notes and to entities
//! rewritten to page addresses; the result cleaned by ammonia so raw HTML in a
//! note cannot run script or break out of the page.

use super::urls::Urls;
use crate::analyse::links::{Target, classify, markdown_options};
use crate::model::{Model, normalise_inside};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Parser, Tag, TagEnd, html};
use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

/// One sanitiser for the whole run; building it is not free.
static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["id", "class"])
        .add_tags(["input"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tag_attributes("td", ["align", "style"])
        .add_tag_attributes("th", ["align", "style"])
        .link_rel(Some("noopener noreferrer"));
    b
});

/// The rendered HTML and the map files it refers to (images, attachments)
/// that the write step must copy.
pub struct Rendered {
    pub html: String,
    pub files: BTreeSet<String>,
}

/// Renders `text` written in the note (or YAML file) `from`, a path relative
/// to the map folder that relative links are resolved against.
pub fn render(model: &Model, urls: &Urls, from: &str, text: &str) -> Rendered {
    let mut files = BTreeSet::new();
    let mut slugs: HashMap<String, usize> = HashMap::new();
    let events: Vec<Event> = Parser::new_ext(text, markdown_options()).collect();
    let mut out_events = Vec::with_capacity(events.len());
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = rewrite(model, urls, from, dest_url, &mut files);
                out_events.push(Event::Start(Tag::Link {
                    link_type: *link_type,
                    dest_url: dest,
                    title: title.clone(),
                    id: id.clone(),
                }));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = rewrite(model, urls, from, dest_url, &mut files);
                out_events.push(Event::Start(Tag::Image {
                    link_type: *link_type,
                    dest_url: dest,
                    title: title.clone(),
                    id: id.clone(),
                }));
            }
            Event::Start(Tag::Heading {
                level,
                id: None,
                classes,
                attrs,
            }) => {
                // Give every heading an anchor from its text.
                let text: String = events[i + 1..]
                    .iter()
                    .take_while(|e| !matches!(e, Event::End(TagEnd::Heading(_))))
                    .filter_map(|e| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let slug = unique_slug(&mut slugs, &text);
                out_events.push(Event::Start(Tag::Heading {
                    level: demote(*level),
                    id: Some(CowStr::from(slug)),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => out_events.push(Event::Start(Tag::Heading {
                level: demote(*level),
                id: id.clone(),
                classes: classes.clone(),
                attrs: attrs.clone(),
            })),
            Event::End(TagEnd::Heading(level)) => {
                out_events.push(Event::End(TagEnd::Heading(demote(*level))))
            }
            other => out_events.push(other.clone()),
        }
        i += 1;
    }
    let mut raw = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut raw, out_events.into_iter());
    Rendered {
        html: CLEANER.clean(&raw).to_string(),
        files,
    }
}

/// The page has its own `<h1>`; a note's headings start at `<h2>`.
fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

fn rewrite<'a>(
    model: &Model,
    urls: &Urls,
    from: &str,
    dest: &CowStr<'a>,
    files: &mut BTreeSet<String>,
) -> CowStr<'a> {
    match classify(model, from, dest) {
        Ok(Target::Note(id, fragment)) => {
            let mut url = urls.note(&id);
            if let Some(f) = fragment {
                url.push('#');
                url.push_str(&f);
            }
            CowStr::from(url)
        }
        Ok(Target::Entity(kind, id)) => CowStr::from(urls.entity(section_of(kind), &id)),
        Ok(Target::External) => {
            if is_relative_file(dest) {
                let dir = from.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
                let path = dest.split(['#', '?']).next().unwrap_or("");
                let joined = if let Some(rooted) = path.strip_prefix('/') {
                    normalise_inside(rooted)
                } else {
                    normalise_inside(&format!("{dir}/{path}"))
                };
                return match joined {
                    Some(p) if p.starts_with("static/") => {
                        CowStr::from(urls.to(&p["static/".len()..]))
                    }
                    Some(p) => {
                        files.insert(p.clone());
                        CowStr::from(urls.file(&p))
                    }
                    // Outside the map folder: never linked.
                    None => CowStr::from(""),
                };
            }
            dest.clone()
        }
        // Broken links were reported by analyse; they point nowhere.
        Err(_) => CowStr::from(""),
    }
}

/// A link to a file of the map (an image, a PDF) rather than to a page or site.
fn is_relative_file(dest: &str) -> bool {
    !(dest.is_empty() || dest.starts_with('#') || dest.contains(':') || dest.starts_with("//"))
}

/// The site section of an entity kind named in a note link.
pub fn section_of(kind: &str) -> &'static str {
    match kind {
        "touchpoint" => "touchpoints",
        "kpi" => "kpis",
        "competitor" => "competitors",
        "stage" => "stages",
        "channel" => "channels",
        _ => "personas",
    }
}

/// A heading anchor: lowercase words joined by `-`, numbered when repeated.
fn unique_slug(seen: &mut HashMap<String, usize>, text: &str) -> String {
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

/// Renders a short markdown field (a description) written in a YAML file.
pub fn render_field(model: &Model, urls: &Urls, text: &str) -> String {
    render(model, urls, "", text).html
}

//! Link and image addresses: pointed at the pages and published files
//! they name, or dropped when refused.

use super::ID_PREFIX;
use super::renderer::Renderer;
use crate::analyse::links::{Target, classify};
use crate::load::raw_html;
use crate::model::Model;
use crate::render::urls::Urls;
use pulldown_cmark::{CowStr, Event, LinkType, Tag};
use std::collections::BTreeSet;

impl Renderer<'_> {
    /// The start of a link or image with its address rewritten; `None`
    /// when the address is refused, and the element dropped (its text
    /// stays).
    pub(super) fn link_or_image<'a>(&mut self, start: &Event<'a>) -> Option<Event<'a>> {
        let rewritten = match start {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            }) => {
                // An e-mail autolink (`<a@b.example>`) is an address,
                // not a path to resolve.
                let dest = if *link_type == LinkType::Email {
                    Some(dest_url.clone())
                } else {
                    self.rewrite(dest_url)
                };
                dest.map(|dest| link_start(*link_type, &dest, title))
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => self.rewrite(dest_url).map(|dest| {
                Event::Start(Tag::Image {
                    link_type: *link_type,
                    dest_url: dest,
                    title: title.clone(),
                    id: id.clone(),
                })
            }),
            other => Some(other.clone()),
        };
        self.dropped |= rewritten.is_none();
        rewritten
    }

    /// Raw HTML with the `src` of each `<img>` rewritten as a markdown
    /// image's address is (and the file it shows copied); an `<img>` whose
    /// `src` is refused or broken, or that has none, becomes its `alt`
    /// text, as a markdown image does.
    pub(super) fn raw_images<'a>(&mut self, html: &CowStr<'a>) -> CowStr<'a> {
        let images = raw_html::images(html);
        if images.is_empty() {
            return html.clone();
        }
        let mut out = String::with_capacity(html.len() + 32);
        let mut from = 0;
        for image in images {
            let src = image.src.filter(|s| !s.is_empty()).map(CowStr::from);
            match src
                .as_ref()
                .and_then(|src| self.rewrite(src).map(|to| (src, to)))
            {
                Some((src, to)) if to == *src => continue,
                Some((_, to)) => {
                    // Where a tag has two, the first `src` counts: this one.
                    let at = image.start + "<img".len();
                    out.push_str(&html[from..at]);
                    out.push_str(" src=\"");
                    let _ = pulldown_cmark_escape::escape_href(&mut out, &to);
                    out.push('"');
                    from = at;
                }
                None => {
                    out.push_str(&html[from..image.start]);
                    let alt = image.alt.unwrap_or_default();
                    let _ = pulldown_cmark_escape::escape_html(&mut out, &alt);
                    from = image.end;
                }
            }
        }
        out.push_str(&html[from..]);
        CowStr::from(out)
    }

    /// Where a link or image of the text points on the site; `None` drops
    /// the element and keeps its text.
    fn rewrite<'a>(&mut self, dest: &CowStr<'a>) -> Option<CowStr<'a>> {
        if let Some(fragment) = dest.strip_prefix('#') {
            return Some(if fragment.is_empty() {
                dest.clone()
            } else {
                CowStr::from(format!("#{}{fragment}", self.ns))
            });
        }
        rewrite(self.model, self.urls, self.from, dest, &mut self.files)
    }
}

/// A link's opening tag as the cleaner leaves it, `rel` included, written
/// here so that a text without raw HTML needs no cleaning.
fn link_start<'a>(link_type: LinkType, dest: &str, title: &str) -> Event<'a> {
    let mut tag = String::from("<a href=\"");
    if link_type == LinkType::Email {
        tag.push_str("mailto:");
    }
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_href(&mut tag, dest);
    if !title.is_empty() {
        tag.push_str("\" title=\"");
        let _ = pulldown_cmark_escape::escape_html(&mut tag, title);
    }
    tag.push_str("\" rel=\"noopener noreferrer\">");
    Event::InlineHtml(CowStr::from(tag))
}

/// Where a link to `dest` written in `from` points on the site; `None` for
/// a link analyse reported as broken or refused, which goes nowhere.
fn rewrite<'a>(
    model: &Model,
    urls: &Urls,
    from: &str,
    dest: &CowStr<'a>,
    files: &mut BTreeSet<String>,
) -> Option<CowStr<'a>> {
    Some(match classify(model, from, dest).ok()? {
        Target::Note(id, fragment) => {
            let mut url = urls.note(&id);
            if let Some(f) = fragment.filter(|f| !f.is_empty()) {
                url.push('#');
                url.push_str(ID_PREFIX);
                url.push_str(&f);
            }
            CowStr::from(url)
        }
        Target::Entity(kind, id) => CowStr::from(urls.entity(kind.section(), &id)),
        Target::Page(path, rest) => CowStr::from(format!("{}{rest}", urls.to(&path))),
        Target::File(path, rest) => {
            let url = format!("{}{rest}", urls.file(&path));
            files.insert(path);
            CowStr::from(url)
        }
        Target::External => dest.clone(),
    })
}

//! The walk over one text's events: gathered (footnote definitions set
//! aside), rewritten, written as HTML, and cleaned when raw HTML is in it.

use super::clean::clean;
use super::footnotes::{Footnote, Footnotes};
use super::headings::{demote, unique_slug};
use super::task_box::task_box;
use super::{Rendered, TitleHeading};
use crate::load::links::markdown_options;
use crate::model::Model;
use crate::render::urls::Urls;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Parser, Tag, TagEnd, html};
use std::collections::{BTreeSet, HashMap};

/// Turns the events of one markdown text into the page's: links rewritten,
/// headings demoted and given ids in the text's namespace `ns`, footnotes
/// numbered and linked both ways.
pub(super) struct Renderer<'m> {
    pub(super) model: &'m Model,
    pub(super) urls: &'m Urls,
    pub(super) from: &'m str,
    pub(super) ns: String,
    pub(super) heading_ids: bool,
    pub(super) files: BTreeSet<String>,
    slugs: HashMap<String, usize>,
    /// Inside a link or image whose target is refused: its text stays, the
    /// element goes.
    pub(super) dropped: bool,
}

/// The events of a text, footnote definitions apart, and whether it holds
/// raw HTML (and so needs cleaning).
struct Gathered<'a> {
    main: Vec<Event<'a>>,
    footnotes: Footnotes<'a>,
    raw_html: bool,
}

impl<'m> Renderer<'m> {
    pub(super) fn new(
        model: &'m Model,
        urls: &'m Urls,
        from: &'m str,
        ns: String,
        heading_ids: bool,
    ) -> Self {
        Renderer {
            model,
            urls,
            from,
            ns,
            heading_ids,
            files: BTreeSet::new(),
            slugs: HashMap::new(),
            dropped: false,
        }
    }

    /// Renders `text`; with a `title`, an opening heading that says it is
    /// taken out (see [`Rendered::title_heading`]).
    pub(super) fn run(mut self, text: &str, title: Option<&str>) -> Rendered {
        let Gathered {
            main,
            mut footnotes,
            raw_html,
        } = gather(text);
        footnotes.set_namespace(&self.ns);
        footnotes.set_words(&self.model.words);
        let mut out = Vec::with_capacity(main.len() + 8);
        self.transform(main, &mut footnotes, &mut out);
        let title_heading = title.and_then(|title| take_title_heading(&mut out, title));
        let heading = self.heading_ids;
        out.extend(footnotes.section(heading, &mut |events, footnotes, out| {
            self.transform(events, footnotes, out)
        }));
        let mut raw = String::with_capacity(text.len() * 3 / 2);
        // pulldown-cmark ends a heading's line; the rest starts after it,
        // as it did when the heading was written with it.
        if title_heading.is_some() {
            raw.push('\n');
        }
        html::push_html(&mut raw, out.into_iter());
        Rendered {
            html: if raw_html { clean(&raw) } else { raw },
            files: self.files,
            title_heading,
        }
    }

    /// Rewrites `events` into `out`: links and images pointed at the site,
    /// headings demoted with anchors, footnote references numbered, task
    /// list boxes named.
    pub(super) fn transform<'a>(
        &mut self,
        events: Vec<Event<'a>>,
        footnotes: &mut Footnotes<'a>,
        out: &mut Vec<Event<'a>>,
    ) {
        // Where the `<label>` of a task list's box ends.
        let mut label_ends = None;
        for (i, event) in events.iter().enumerate() {
            if label_ends == Some(i) {
                out.push(Event::InlineHtml(CowStr::from("</label>")));
                label_ends = None;
            }
            match event {
                Event::TaskListMarker(checked) => {
                    let (html, ends) = task_box(*checked, &events[i + 1..]);
                    label_ends = ends.map(|n| i + 1 + n);
                    out.push(Event::InlineHtml(CowStr::from(html)));
                }
                Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {
                    if let Some(start) = self.link_or_image(event) {
                        out.push(start);
                    }
                }
                Event::End(TagEnd::Link | TagEnd::Image) if self.dropped => self.dropped = false,
                Event::Html(html) => out.push(Event::Html(self.raw_images(html))),
                Event::InlineHtml(html) => out.push(Event::InlineHtml(self.raw_images(html))),
                Event::Start(Tag::Heading { level, id, .. }) => {
                    let id = self.heading_id(id.as_deref(), &events[i + 1..]);
                    // Classes and attributes written after a heading
                    // (`{.wide data-x=1}`) are not kept.
                    out.push(Event::Start(Tag::Heading {
                        level: demote(*level),
                        id: id.map(CowStr::from),
                        classes: Vec::new(),
                        attrs: Vec::new(),
                    }));
                }
                Event::End(TagEnd::Heading(level)) => {
                    out.push(Event::End(TagEnd::Heading(demote(*level))))
                }
                Event::FootnoteReference(label) => out.push(footnotes.reference(label)),
                other => out.push(other.clone()),
            }
        }
    }

    /// The anchor of a heading: the one `given` in the text, else one made
    /// from its text (the events `after` its start), in the text's
    /// namespace; none for a field's headings.
    fn heading_id(&mut self, given: Option<&str>, after: &[Event]) -> Option<String> {
        match given {
            Some(given) => {
                // Counted, so that an anchor from a later heading's text
                // does not repeat it.
                self.slugs.entry(given.to_string()).or_insert(1);
                Some(format!("{}{given}", self.ns))
            }
            None if self.heading_ids => {
                let text: String = after
                    .iter()
                    .take_while(|e| !matches!(e, Event::End(TagEnd::Heading(_))))
                    .filter_map(|e| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                Some(format!(
                    "{}{}",
                    self.ns,
                    unique_slug(&mut self.slugs, &text)
                ))
            }
            None => None,
        }
    }
}

/// The events of `text`, with footnote definitions set aside: they are
/// written at the end, in the order of their first reference, as GitHub
/// does.
fn gather(text: &str) -> Gathered<'_> {
    let mut main = Vec::new();
    let mut footnotes = Footnotes::default();
    let mut open: Option<Footnote> = None;
    let mut raw_html = false;
    let mut block = String::new();
    for event in Parser::new_ext(text, markdown_options()) {
        raw_html |= matches!(event, Event::Html(_) | Event::InlineHtml(_));
        // The lines of an HTML block as one piece, as analyse reads
        // them: a tag may span lines.
        if let Event::Html(line) = &event {
            block.push_str(line);
            continue;
        }
        if !block.is_empty() {
            let html = Event::Html(CowStr::from(std::mem::take(&mut block)));
            match &mut open {
                Some(f) => f.events.push(html),
                None => main.push(html),
            }
        }
        match event {
            Event::Start(Tag::FootnoteDefinition(label)) => {
                open = Some(Footnote::new(&label));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                if let Some(f) = open.take() {
                    footnotes.define(f);
                }
            }
            e => match &mut open {
                Some(f) => f.events.push(e),
                None => main.push(e),
            },
        }
    }
    // (An HTML block always ends with an event of its own, so this is
    // only in case.)
    if !block.is_empty() {
        main.push(Event::Html(CowStr::from(block)));
    }
    Gathered {
        main,
        footnotes,
        raw_html,
    }
}

/// Takes the opening heading out of `out` when it is a `# ` heading of
/// plain text (demoted to `<h2>`) that says `title`. Only plain text: a
/// heading with markup in it is more than the title, and stays.
fn take_title_heading(out: &mut Vec<Event>, title: &str) -> Option<TitleHeading> {
    let Some(Event::Start(Tag::Heading {
        level: HeadingLevel::H2,
        id: Some(id),
        ..
    })) = out.first()
    else {
        return None;
    };
    let mut text = String::new();
    let mut end = None;
    for (i, event) in out.iter().enumerate().skip(1) {
        match event {
            Event::Text(t) => text.push_str(t),
            Event::End(TagEnd::Heading(_)) => {
                end = Some(i);
                break;
            }
            _ => return None,
        }
    }
    let end = end.filter(|_| text == title)?;
    let id = id.to_string();
    let mut html = String::with_capacity(text.len());
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html_body_text(&mut html, &text);
    out.drain(..=end);
    Some(TitleHeading { id, html })
}

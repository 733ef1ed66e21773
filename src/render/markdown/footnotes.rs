//! Footnotes: numbered in the order they are cited, written at the end of
//! the text, each linked to its references and back.

use super::renderer::Renderer;
use pulldown_cmark::{CowStr, Event, TagEnd};
use std::collections::HashMap;

/// A footnote definition, taken out of the text to be written at its end.
pub(super) struct Footnote<'a> {
    pub(super) label: String,
    pub(super) events: Vec<Event<'a>>,
    /// Its number, once something refers to it.
    number: Option<usize>,
    /// How many references point at it.
    refs: usize,
}

/// The footnote definitions of one text, in the order they are written,
/// with an index by label: a text may hold thousands, and a reference or a
/// repeated definition looked up by scanning them all made a note's
/// rendering quadratic in its footnotes.
#[derive(Default)]
pub(super) struct Footnotes<'a> {
    list: Vec<Footnote<'a>>,
    pub(super) by_label: HashMap<String, usize>,
}

impl<'a> Footnotes<'a> {
    /// Adds a definition, unless one with its label came earlier (the
    /// first one counts).
    pub(super) fn define(&mut self, f: Footnote<'a>) {
        if let std::collections::hash_map::Entry::Vacant(e) = self.by_label.entry(f.label.clone()) {
            e.insert(self.list.len());
            self.list.push(f);
        }
    }
}

impl<'a> Footnote<'a> {
    /// A definition with its `label` as written (labels are matched
    /// without regard to case).
    pub(super) fn new(label: &str) -> Self {
        Footnote {
            label: label.to_lowercase(),
            events: Vec::new(),
            number: None,
            refs: 0,
        }
    }
}

impl Renderer<'_> {
    /// A reference to footnote `label`: its number (given at its first
    /// reference), linked to its text; the text as written when there is
    /// no such footnote.
    pub(super) fn footnote_ref<'a>(&mut self, label: &str, footnotes: &mut Footnotes) -> Event<'a> {
        let Some(fi) = footnotes.by_label.get(&label.to_lowercase()).copied() else {
            return Event::Text(CowStr::from(format!("[^{label}]")));
        };
        let footnote = &mut footnotes.list[fi];
        let n = match footnote.number {
            Some(n) => n,
            None => {
                self.numbered.push(fi);
                let n = self.numbered.len();
                footnote.number = Some(n);
                n
            }
        };
        footnote.refs += 1;
        let k = footnote.refs;
        let suffix = if k == 1 {
            String::new()
        } else {
            format!("-{k}")
        };
        Event::InlineHtml(CowStr::from(format!(
            "<sup class=\"footnote-ref\"><a href=\"#{ns}fn-{n}\" id=\"{ns}fnref-{n}{suffix}\">{n}</a></sup>",
            ns = self.ns
        )))
    }

    /// The footnotes section at the end of the text, nothing when it has
    /// no footnotes. Those never referred to still show, after the others.
    pub(super) fn footnote_section<'a>(&mut self, mut footnotes: Footnotes<'a>) -> Vec<Event<'a>> {
        let mut items = Vec::new();
        let mut i = 0;
        // Before it, every footnote has a number (numbers are only ever
        // given), so the search for the next uncited one never goes back.
        let mut uncited = 0;
        loop {
            if i == self.numbered.len() {
                while footnotes
                    .list
                    .get(uncited)
                    .is_some_and(|f| f.number.is_some())
                {
                    uncited += 1;
                }
                if uncited == footnotes.list.len() {
                    break;
                }
                footnotes.list[uncited].number = Some(self.numbered.len() + 1);
                self.numbered.push(uncited);
            }
            self.footnote_item(self.numbered[i], i + 1, &mut footnotes, &mut items);
            i += 1;
        }
        if items.is_empty() {
            return items;
        }
        let heading = if self.heading_ids {
            "<h2>Footnotes</h2>\n"
        } else {
            ""
        };
        let mut section = Vec::with_capacity(items.len() + 2);
        section.push(Event::Html(CowStr::from(format!(
            "<section class=\"footnotes\">\n{heading}<ol>\n"
        ))));
        section.extend(items);
        section.push(Event::Html(CowStr::from("</ol>\n</section>\n")));
        section
    }

    /// Footnote `fi`, number `n`, as an item of the list: its text (which
    /// may cite other footnotes, and so number them) and the links back to
    /// each reference.
    fn footnote_item<'a>(
        &mut self,
        fi: usize,
        n: usize,
        footnotes: &mut Footnotes<'a>,
        items: &mut Vec<Event<'a>>,
    ) {
        let events = std::mem::take(&mut footnotes.list[fi].events);
        let mut body = Vec::with_capacity(events.len() + 2);
        self.transform(events, footnotes, &mut body);
        let backrefs: String = (1..=footnotes.list[fi].refs)
            .map(|k| self.backref(n, k))
            .collect();
        items.push(Event::Html(CowStr::from(format!(
            "<li id=\"{}fn-{n}\">\n",
            self.ns
        ))));
        match body.last() {
            Some(Event::End(TagEnd::Paragraph)) => {
                let last = body.len() - 1;
                body.insert(last, Event::InlineHtml(CowStr::from(backrefs)));
            }
            _ => body.push(Event::InlineHtml(CowStr::from(backrefs))),
        }
        items.extend(body);
        items.push(Event::Html(CowStr::from("</li>\n")));
    }

    /// The link from footnote `n` back to its `k`th reference.
    fn backref(&self, n: usize, k: usize) -> String {
        let (suffix, label) = if k == 1 {
            (String::new(), format!("Back to reference {n}"))
        } else {
            (format!("-{k}"), format!("Back to reference {n}-{k}"))
        };
        format!(
            " <a href=\"#{ns}fnref-{n}{suffix}\" class=\"footnote-backref\" aria-label=\"{label}\">↩{}</a>",
            if k == 1 {
                String::new()
            } else {
                format!("<sup>{k}</sup>")
            },
            ns = self.ns
        )
    }
}

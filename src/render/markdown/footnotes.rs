//! Footnotes: numbered in the order they are cited, written at the end of
//! the text, each linked to its references and back. The walk over the
//! text stays with the renderer, which hands its rewriting in as a
//! function ([`Rewrite`]): footnotes know nothing of the renderer, so the
//! two files do not depend on each other.

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
    /// The words of the heading and the links back, in the map's language.
    words: Option<crate::i18n::Catalog>,
    list: Vec<Footnote<'a>>,
    by_label: HashMap<String, usize>,
    /// Indices into `list`, in the order they are numbered.
    numbered: Vec<usize>,
    /// The text's namespace, in front of every anchor (see the renderer).
    ns: String,
}

/// How the renderer rewrites a run of events into `out` (links, headings,
/// footnote references): applied to each footnote's text, which may cite
/// other footnotes, and so number them.
pub(super) type Rewrite<'r, 'a> =
    dyn FnMut(Vec<Event<'a>>, &mut Footnotes<'a>, &mut Vec<Event<'a>>) + 'r;

impl<'a> Footnotes<'a> {
    /// Sets the words of the footnotes' heading and links back: the map's.
    pub(super) fn set_words(&mut self, words: &crate::i18n::Catalog) {
        self.words = Some(words.clone());
    }

    /// Message `id` with `args`, in the map's language (English when no
    /// words were set).
    fn say(&self, id: &str, args: &crate::i18n::Args) -> String {
        match &self.words {
            Some(w) => w.args(id, args),
            None => crate::i18n::Catalog::english().args(id, args),
        }
    }

    /// Sets the namespace of the text's anchors (`fn-1` becomes
    /// `{ns}fn-1`), known once the text is gathered.
    pub(super) fn set_namespace(&mut self, ns: &str) {
        self.ns = ns.to_string();
    }

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

impl<'a> Footnotes<'a> {
    /// A reference to footnote `label`: its number (given at its first
    /// reference), linked to its text; the text as written when there is
    /// no such footnote.
    pub(super) fn reference<'b>(&mut self, label: &str) -> Event<'b> {
        let Some(fi) = self.by_label.get(&label.to_lowercase()).copied() else {
            return Event::Text(CowStr::from(format!("[^{label}]")));
        };
        let footnote = &mut self.list[fi];
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
    /// `heading` puts a "Footnotes" heading above them (not in a field's
    /// short text).
    pub(super) fn section(
        mut self,
        heading: bool,
        rewrite: &mut Rewrite<'_, 'a>,
    ) -> Vec<Event<'a>> {
        let mut items = Vec::new();
        let mut i = 0;
        // Before it, every footnote has a number (numbers are only ever
        // given), so the search for the next uncited one never goes back.
        let mut uncited = 0;
        loop {
            if i == self.numbered.len() {
                while self.list.get(uncited).is_some_and(|f| f.number.is_some()) {
                    uncited += 1;
                }
                if uncited == self.list.len() {
                    break;
                }
                self.list[uncited].number = Some(self.numbered.len() + 1);
                self.numbered.push(uncited);
            }
            self.item(self.numbered[i], i + 1, rewrite, &mut items);
            i += 1;
        }
        if items.is_empty() {
            return items;
        }
        let heading = if heading {
            let text = self.say("note-footnotes", &crate::i18n::Args::new());
            format!("<h2>{}</h2>\n", crate::render::theme::escape_text(&text))
        } else {
            String::new()
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
    fn item(
        &mut self,
        fi: usize,
        n: usize,
        rewrite: &mut Rewrite<'_, 'a>,
        items: &mut Vec<Event<'a>>,
    ) {
        let events = std::mem::take(&mut self.list[fi].events);
        let mut body = Vec::with_capacity(events.len() + 2);
        rewrite(events, self, &mut body);
        let backrefs: String = (1..=self.list[fi].refs)
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
        let (suffix, reference) = if k == 1 {
            (String::new(), n.to_string())
        } else {
            (format!("-{k}"), format!("{n}-{k}"))
        };
        let mut args = crate::i18n::Args::new();
        args.set("ref", reference);
        let label = crate::render::theme::escape_text(&self.say("note-back-to-reference", &args));
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

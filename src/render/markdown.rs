//! Markdown to safe HTML: pulldown-cmark with tables, footnotes, task lists,
//! strikethrough and heading anchors; links between notes and to entities
//! rewritten to page addresses; a text with raw HTML in it cleaned by
//! ammonia so that the HTML cannot run script or break out of the page.
//!
//! A text without raw HTML needs no cleaning, and skips it (the cleaner
//! parses the whole output again, a tenth of a large build): pulldown-cmark
//! escapes all the text and attributes it writes, every link and image
//! address is one the rewriting below made or let through (a refused one
//! is dropped), and the links carry the `rel` the cleaner would add.

use super::urls::Urls;
use crate::analyse::links::{Target, classify, markdown_options};
use crate::analyse::raw_html;
use crate::model::Model;
use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Parser, Tag, TagEnd, html};
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

/// The prefix of every id in rendered markdown, so that a note's anchors
/// (its headings, footnotes, raw HTML) can never take an id of the page
/// around it (`main`, `notes-heading`, a chart's): the sanitiser drops any
/// id without it. Links to `#fragment` get it too.
pub const ID_PREFIX: &str = "md-";

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

/// The rendered HTML and the map files it refers to (images, attachments)
/// that the write step must copy.
pub struct Rendered {
    pub html: String,
    pub files: BTreeSet<String>,
}

/// Renders the markdown of note `from` (its path relative to the map
/// folder, which relative links are resolved against).
pub fn render(model: &Model, urls: &Urls, from: &str, text: &str) -> Rendered {
    Renderer::new(model, urls, from, ID_PREFIX.to_string(), true).run(text)
}

/// Renders a markdown field (a description) written in the YAML file
/// `from`. Its headings get no anchors, and its footnotes ids of their own,
/// so that many fields can share a page without sharing an id.
pub fn render_field(model: &Model, urls: &Urls, from: &str, text: &str) -> Rendered {
    let ns = format!(
        "{ID_PREFIX}{:08x}-",
        fnv1a(from.as_bytes(), fnv1a(text.as_bytes(), 0x811c_9dc5))
    );
    Renderer::new(model, urls, from, ns, false).run(text)
}

/// FNV-1a, 32 bits: a short, stable name for a field's ids.
fn fnv1a(bytes: &[u8], mut hash: u32) -> u32 {
    for &b in bytes {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// A footnote definition, taken out of the text to be written at its end.
struct Footnote<'a> {
    label: String,
    events: Vec<Event<'a>>,
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
struct Footnotes<'a> {
    list: Vec<Footnote<'a>>,
    by_label: HashMap<String, usize>,
}

impl<'a> Footnotes<'a> {
    /// Adds a definition, unless one with its label came earlier (the
    /// first one counts).
    fn define(&mut self, f: Footnote<'a>) {
        if let std::collections::hash_map::Entry::Vacant(e) = self.by_label.entry(f.label.clone()) {
            e.insert(self.list.len());
            self.list.push(f);
        }
    }
}

/// Turns the events of one markdown text into the page's: links rewritten,
/// headings demoted and given ids in the text's namespace `ns`, footnotes
/// numbered and linked both ways.
struct Renderer<'m> {
    model: &'m Model,
    urls: &'m Urls,
    from: &'m str,
    ns: String,
    heading_ids: bool,
    files: BTreeSet<String>,
    slugs: HashMap<String, usize>,
    /// Indices into `footnotes`, in the order they are numbered.
    numbered: Vec<usize>,
    /// Inside a link or image whose target is refused: its text stays, the
    /// element goes.
    dropped: bool,
}

impl<'m> Renderer<'m> {
    fn new(model: &'m Model, urls: &'m Urls, from: &'m str, ns: String, heading_ids: bool) -> Self {
        Renderer {
            model,
            urls,
            from,
            ns,
            heading_ids,
            files: BTreeSet::new(),
            slugs: HashMap::new(),
            numbered: Vec::new(),
            dropped: false,
        }
    }

    fn run(mut self, text: &str) -> Rendered {
        // Footnote definitions are written at the end, in the order of
        // their first reference, as GitHub does.
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
                    open = Some(Footnote {
                        label: label.to_lowercase(),
                        events: Vec::new(),
                        number: None,
                        refs: 0,
                    });
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
        let mut out = Vec::with_capacity(main.len() + 8);
        self.transform(main, &mut footnotes, &mut out);
        // Footnotes never referred to still show, after the others.
        let mut notes_html = Vec::new();
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
            let fi = self.numbered[i];
            let n = i + 1;
            let events = std::mem::take(&mut footnotes.list[fi].events);
            let mut body = Vec::with_capacity(events.len() + 2);
            self.transform(events, &mut footnotes, &mut body);
            let backrefs: String = (1..=footnotes.list[fi].refs)
                .map(|k| {
                    let (suffix, label) = if k == 1 {
                        (String::new(), format!("Back to reference {n}"))
                    } else {
                        (format!("-{k}"), format!("Back to reference {n}-{k}"))
                    };
                    format!(
                        " <a href=\"#{ns}fnref-{n}{suffix}\" class=\"footnote-backref\" aria-label=\"{label}\">↩{}</a>",
                        if k == 1 { String::new() } else { format!("<sup>{k}</sup>") },
                        ns = self.ns
                    )
                })
                .collect();
            notes_html.push(Event::Html(CowStr::from(format!(
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
            notes_html.extend(body);
            notes_html.push(Event::Html(CowStr::from("</li>\n")));
            i += 1;
        }
        if !notes_html.is_empty() {
            let heading = if self.heading_ids {
                "<h2>Footnotes</h2>\n"
            } else {
                ""
            };
            out.push(Event::Html(CowStr::from(format!(
                "<section class=\"footnotes\">\n{heading}<ol>\n"
            ))));
            out.extend(notes_html);
            out.push(Event::Html(CowStr::from("</ol>\n</section>\n")));
        }
        let mut raw = String::with_capacity(text.len() * 3 / 2);
        html::push_html(&mut raw, out.into_iter());
        Rendered {
            html: if raw_html {
                raw_html::add_missing_alt(CLEANER.clean(&raw).to_string())
            } else {
                raw
            },
            files: self.files,
        }
    }

    fn transform<'a>(
        &mut self,
        events: Vec<Event<'a>>,
        footnotes: &mut Footnotes<'a>,
        out: &mut Vec<Event<'a>>,
    ) {
        let mut i = 0;
        // Where the `<label>` of a task list's box ends.
        let mut label_ends = None;
        while i < events.len() {
            if label_ends == Some(i) {
                out.push(Event::InlineHtml(CowStr::from("</label>")));
                label_ends = None;
            }
            match &events[i] {
                Event::TaskListMarker(checked) => {
                    let (html, ends) = task_box(*checked, &events[i + 1..]);
                    label_ends = ends.map(|n| i + 1 + n);
                    out.push(Event::InlineHtml(CowStr::from(html)));
                }
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
                    match dest {
                        Some(dest) => out.push(link_start(*link_type, &dest, title)),
                        None => self.dropped = true,
                    }
                }
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => match self.rewrite(dest_url) {
                    Some(dest) => out.push(Event::Start(Tag::Image {
                        link_type: *link_type,
                        dest_url: dest,
                        title: title.clone(),
                        id: id.clone(),
                    })),
                    None => self.dropped = true,
                },
                Event::End(TagEnd::Link | TagEnd::Image) if self.dropped => self.dropped = false,
                Event::Html(html) => out.push(Event::Html(self.raw_images(html))),
                Event::InlineHtml(html) => out.push(Event::InlineHtml(self.raw_images(html))),
                Event::Start(Tag::Heading { level, id, .. }) => {
                    let id = match id {
                        Some(given) => {
                            // Counted, so that an anchor from a later
                            // heading's text does not repeat it.
                            self.slugs.entry(given.to_string()).or_insert(1);
                            Some(format!("{}{given}", self.ns))
                        }
                        None if self.heading_ids => {
                            let text: String = events[i + 1..]
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
                    };
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
                Event::FootnoteReference(label) => {
                    let key = label.to_lowercase();
                    match footnotes.by_label.get(&key).copied() {
                        Some(fi) => {
                            let footnotes = &mut footnotes.list;
                            let n = match footnotes[fi].number {
                                Some(n) => n,
                                None => {
                                    self.numbered.push(fi);
                                    let n = self.numbered.len();
                                    footnotes[fi].number = Some(n);
                                    n
                                }
                            };
                            footnotes[fi].refs += 1;
                            let k = footnotes[fi].refs;
                            let suffix = if k == 1 {
                                String::new()
                            } else {
                                format!("-{k}")
                            };
                            out.push(Event::InlineHtml(CowStr::from(format!(
                                "<sup class=\"footnote-ref\"><a href=\"#{ns}fn-{n}\" id=\"{ns}fnref-{n}{suffix}\">{n}</a></sup>",
                                ns = self.ns
                            ))));
                        }
                        // No such footnote: the text as written.
                        None => out.push(Event::Text(CowStr::from(format!("[^{label}]")))),
                    }
                }
                other => out.push(other.clone()),
            }
            i += 1;
        }
    }

    /// Raw HTML with the `src` of each `<img>` rewritten as a markdown
    /// image's address is (and the file it shows copied); an `<img>` whose
    /// `src` is refused or broken, or that has none, becomes its `alt`
    /// text, as a markdown image does.
    fn raw_images<'a>(&mut self, html: &CowStr<'a>) -> CowStr<'a> {
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

/// The box of a task list item (`- [x] interviews`), given the events
/// after it, with the item's text as its accessible name: without one a
/// screen reader says only "checkbox, checked". The box and the text are
/// wrapped in a `<label>` (the text then names the box, and is read once),
/// closed before the event at the index returned; where the text holds
/// more than plain inline markdown (raw HTML, which could put another
/// control or a block in the label), the box is named by an `aria-label`
/// with the text instead.
fn task_box(checked: bool, after: &[Event]) -> (String, Option<usize>) {
    let mut name = String::new();
    let mut ends = None;
    let mut plain = true;
    for (n, event) in after.iter().enumerate() {
        match event {
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) => name.push_str(t),
            Event::SoftBreak | Event::HardBreak => name.push(' '),
            Event::FootnoteReference(_) => {}
            Event::Start(
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. },
            )
            | Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image,
            ) => {}
            // The end of the item's text: its paragraph or the item ends,
            // or a list inside it starts.
            Event::End(TagEnd::Paragraph | TagEnd::Item) | Event::Start(Tag::List(_)) => {
                ends = Some(n);
                break;
            }
            _ => {
                plain = false;
                if matches!(event, Event::InlineHtml(_)) {
                    continue;
                }
                break;
            }
        }
    }
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let state = if checked { " checked=\"\"" } else { "" };
    if plain && ends.is_some() && !name.is_empty() {
        return (
            format!("<label><input disabled=\"\" type=\"checkbox\"{state}> "),
            ends,
        );
    }
    let mut html = String::from("<input disabled=\"\" type=\"checkbox\"");
    html.push_str(state);
    if !name.is_empty() {
        html.push_str(" aria-label=\"");
        let _ = pulldown_cmark_escape::escape_html(&mut html, &name);
        html.push('"');
    }
    html.push_str("> ");
    (html, None)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::Analysed;
    use crate::pipeline::analyse_map;
    use std::path::Path;
    use std::sync::OnceLock;

    fn example() -> &'static Analysed {
        static MAP: OnceLock<Analysed> = OnceLock::new();
        MAP.get_or_init(|| {
            analyse_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map")).unwrap()
        })
    }

    fn note(text: &str) -> String {
        let urls = Urls::new("/");
        render(&example().model, &urls, "notes/research/a.md", text).html
    }

    #[test]
    fn a_text_without_raw_html_is_as_safe_as_a_cleaned_one() {
        // Not cleaned (no raw HTML), so what pulldown-cmark and the link
        // rewriting write must already be safe.
        let text = "Escaped: 1 < 2 & \"3\" > 'x' `<b>`\n\n\
                    [script](javascript:alert(1)) [vb](VBScript:x) [data](data:text/html,x) \
                    [ent](java&#09;script:alert(1)) [web](https://example.com/?a=1&b=\"2\" \"a \\\"title\\\"\") \
                    ![img](javascript:alert(2)) <https://example.com/auto> <user@example.com>";
        let html = note(text);
        for bad in ["javascript:", "VBScript:", "data:", "<b>", "alert(2)"] {
            assert!(!html.contains(bad), "`{bad}` in {html}");
        }
        assert!(html.contains("1 &lt; 2 &amp; \"3\" &gt;"), "{html}");
        assert!(html.contains("&lt;b&gt;"), "{html}");
        assert!(
            html.contains(
                "<a href=\"https://example.com/?a=1&amp;b=%222%22\" title=\"a &quot;title&quot;\" rel=\"noopener noreferrer\">web</a>"
            ),
            "{html}"
        );
        assert!(
            html.contains("<a href=\"mailto:user@example.com\" rel=\"noopener noreferrer\">"),
            "{html}"
        );
        // A refused link keeps its text only.
        assert!(html.contains("script") && html.contains(">web<"), "{html}");
        // The same links beside raw HTML go through the cleaner and come
        // out alike.
        let cleaned = note(&format!("{text}\n\n<span>raw</span>"));
        for bad in ["javascript:", "VBScript:", "data:", "alert(2)"] {
            assert!(!cleaned.contains(bad), "`{bad}` in {cleaned}");
        }
        assert!(
            cleaned.contains("rel=\"noopener noreferrer\">web</a>"),
            "{cleaned}"
        );
    }

    #[test]
    fn raw_html_keeps_only_the_alignment_of_table_cells() {
        let html = note(
            "<table><tr><td style=\"position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:9999\">OVERLAY</td>\
             <td style=\"text-align: right\">r</td><th style=\"text-align:center; color: red\">h</th></tr></table>\n\n\
             | a | b |\n|:-:|--:|\n| 1 | 2 |\n",
        );
        assert!(html.contains("<td>OVERLAY</td>"), "{html}");
        assert!(!html.contains("position"), "{html}");
        assert!(
            html.contains("<td style=\"text-align: right\">r</td>"),
            "{html}"
        );
        assert!(
            html.contains("<th>h</th>"),
            "a style with more than the alignment goes: {html}"
        );
        assert!(
            html.contains("<th style=\"text-align: center\">a</th>"),
            "{html}"
        );
        assert!(
            html.contains("<td style=\"text-align: right\">2</td>"),
            "{html}"
        );
    }

    #[test]
    fn ids_of_a_note_cannot_take_the_pages_own() {
        let html = note(
            "<p id=\"main\" class=\"skip-link visually-hidden\">hijack</p>\n\n# Main\n\n## Main {#notes-heading .wide}\n\n[up](#main)\n",
        );
        assert!(
            html.contains("<p>hijack</p>"),
            "raw id and classes dropped: {html}"
        );
        assert!(html.contains("<h2 id=\"md-main\">Main</h2>"), "{html}");
        assert!(
            html.contains("<h3 id=\"md-notes-heading\">Main</h3>"),
            "{html}"
        );
        assert!(
            html.contains("href=\"#md-main\""),
            "in-page links follow: {html}"
        );
        assert!(!html.contains("id=\"main\""), "{html}");
        assert!(!html.contains("wide"), "{html}");
    }

    #[test]
    fn raw_html_in_page_links_follow_the_notes_ids() {
        let html = note("<a href=\"#intro\">to intro</a> <span id=\"md-intro\">x</span>");
        assert!(html.contains("href=\"#md-intro\""), "{html}");
        assert!(html.contains("<span id=\"md-intro\">x</span>"), "{html}");
    }

    #[test]
    fn a_link_to_a_heading_of_another_note_gets_its_id() {
        let html = note("[pages](persona-interviews.md#product-pages)");
        assert!(
            html.contains("href=\"/notes/research/persona-interviews/#md-product-pages\""),
            "{html}"
        );
        let target = render(
            &example().model,
            &Urls::new("/"),
            "notes/research/persona-interviews.md",
            &example()
                .model
                .note("notes/research/persona-interviews.md")
                .unwrap()
                .body,
        )
        .html;
        assert!(target.contains("id=\"md-product-pages\""), "{target}");
    }

    #[test]
    fn footnotes_link_to_their_text_and_back() {
        let html =
            note("One[^a], two[^b], one again[^a].\n\n[^b]: Bee.\n[^a]: Ay.\n[^c]: Never cited.\n");
        // Numbered in the order they are cited.
        assert!(
            html.contains("<sup class=\"footnote-ref\"><a href=\"#md-fn-1\" id=\"md-fnref-1\""),
            "{html}"
        );
        assert!(
            html.contains("<a href=\"#md-fn-2\" id=\"md-fnref-2\""),
            "{html}"
        );
        assert!(
            html.contains("<a href=\"#md-fn-1\" id=\"md-fnref-1-2\""),
            "{html}"
        );
        let section = &html[html.find("<section class=\"footnotes\">").expect(&html)..];
        let ay = section.find("<li id=\"md-fn-1\">").expect(section);
        let bee = section.find("<li id=\"md-fn-2\">").expect(section);
        let never = section.find("<li id=\"md-fn-3\">").expect(section);
        assert!(ay < bee && bee < never, "{section}");
        assert!(section[ay..bee].contains("Ay."), "{section}");
        assert!(
            section[ay..bee].contains("href=\"#md-fnref-1\""),
            "{section}"
        );
        assert!(
            section[ay..bee].contains("href=\"#md-fnref-1-2\""),
            "{section}"
        );
        assert!(
            section[bee..never].contains("href=\"#md-fnref-2\""),
            "{section}"
        );
        assert!(!section[never..].contains("footnote-backref"), "{section}");
        assert!(!html.contains("id=\"1\""), "{html}");
    }

    #[test]
    fn many_footnotes_keep_their_order_and_the_first_definition() {
        // Cited from the last to the first, one defined twice, every other
        // one never cited, and one cited only from another's text: the
        // lookups by label and the search for uncited ones (once a scan of
        // all the footnotes each, quadratic in them) give the same numbers.
        let n = 3000;
        let mut text: String = (0..n)
            .rev()
            .filter(|k| k % 2 == 0)
            .map(|k| format!("x[^F{k}] "))
            .collect();
        text.push_str("\n\n");
        for k in 0..n {
            let extra = if k == 0 { " See[^nested]." } else { "" };
            text.push_str(&format!("[^f{k}]: Text {k}.{extra}\n"));
        }
        text.push_str("[^f2]: Second definition.\n[^nested]: Nested.\n");
        let html = note(&text);
        let cited = n / 2;
        // The last cited one is number 1; f0 (cited last) is number `cited`.
        assert!(
            html.contains(&format!("<li id=\"md-fn-1\">\n<p>Text {}.", n - 2)),
            "{}",
            &html[..500]
        );
        let f0 = format!("<li id=\"md-fn-{cited}\">\n<p>Text 0. See");
        assert!(html.contains(&f0), "f0 is number {cited}");
        // The nested one is numbered when f0's text is written; the
        // uncited ones follow, in the order they are defined.
        let nested = format!("<li id=\"md-fn-{}\">\n<p>Nested.", cited + 1);
        assert!(html.contains(&nested), "nested");
        let f1 = format!("<li id=\"md-fn-{}\">\n<p>Text 1.", cited + 2);
        let f3 = format!("<li id=\"md-fn-{}\">\n<p>Text 3.", cited + 3);
        assert!(html.contains(&f1) && html.contains(&f3), "uncited in order");
        assert!(html.contains("Text 2.") && !html.contains("Second definition"));
        assert_eq!(html.matches("<li id=\"md-fn-").count(), n + 1);
    }

    #[test]
    fn fields_on_one_page_do_not_share_ids() {
        let urls = Urls::new("/");
        let m = &example().model;
        let a = render_field(m, &urls, "personas.yaml", "# Goals\n\nA[^1].\n\n[^1]: a").html;
        let b = render_field(m, &urls, "personas.yaml", "# Goals\n\nB[^1].\n\n[^1]: b").html;
        assert!(a.contains("<h2>Goals</h2>"), "{a}");
        let id = |h: &str| {
            h[h.find("<li id=\"").unwrap() + 8..]
                .split('"')
                .next()
                .unwrap()
                .to_string()
        };
        assert!(id(&a).starts_with(ID_PREFIX), "{a}");
        assert_ne!(id(&a), id(&b));
    }

    #[test]
    fn only_the_renderers_classes_stay() {
        let html = note(
            "<div class=\"map-view callout\">x</div>\n\n```rust\nfn x() {}\n```\n\n<code class=\"language-js bad\">y</code>",
        );
        assert!(html.contains("<div>x</div>"), "{html}");
        assert!(html.contains("<code class=\"language-rust\">"), "{html}");
        assert!(
            html.contains("<code class=\"language-js\">y</code>"),
            "{html}"
        );
    }

    #[test]
    fn a_task_lists_boxes_are_named_by_their_items_text() {
        for raw in ["", "\n\n<span>raw HTML elsewhere: cleaned</span>"] {
            let html = note(&format!(
                "- [x] interviews with *five* people\n- [ ] survey\n{raw}"
            ));
            assert!(
                html.contains("<li><label><input disabled=\"\" type=\"checkbox\" checked=\"\"> interviews with <em>five</em> people</label></li>"),
                "{html}"
            );
            assert!(
                html.contains(
                    "<li><label><input disabled=\"\" type=\"checkbox\"> survey</label></li>"
                ),
                "{html}"
            );
        }
        // Raw HTML in the item's text stays out of the label; the box is
        // named by its text, escaped.
        let html = note("- [ ] ask <b>\"Q&A\"</b> team\n");
        assert!(
            html.contains("<input disabled=\"\" type=\"checkbox\" aria-label=\"ask &quot;Q&amp;A&quot; team\">"),
            "{html}"
        );
        assert!(!html.contains("<label>"), "{html}");
    }

    #[test]
    fn a_raw_img_shows_the_file_as_a_markdown_image_does() {
        let m = &example().model;
        let r = render(
            m,
            &Urls::new("/repo/"),
            "notes/research/a.md",
            "<p><img src=\"../../data/pdp-conversion.csv\" width=\"30\"> \
             <img src=\"nope.png\" alt=\"Gone &amp; lost\"> \
             <img src=\"javascript:alert(1)\" alt=\"x\"> \
             <img src=\"https://example.com/a.png\" alt=\"web\"></p>",
        );
        assert!(
            r.html.contains(
                "<img alt=\"\" src=\"/repo/files/data/pdp-conversion.csv\" width=\"30\">"
            ),
            "{}",
            r.html
        );
        assert_eq!(
            r.files.iter().collect::<Vec<_>>(),
            ["data/pdp-conversion.csv"]
        );
        assert!(r.html.contains(" Gone &amp; lost "), "{}", r.html);
        assert!(
            !r.html.contains("nope.png") && !r.html.contains("javascript"),
            "{}",
            r.html
        );
        assert!(
            r.html
                .contains("<img src=\"https://example.com/a.png\" alt=\"web\">"),
            "{}",
            r.html
        );
    }

    #[test]
    fn raw_inputs_are_disabled_checkboxes() {
        let html = note("- [x] done\n\n<input type=\"text\" value=\"type here\">");
        assert!(
            html.contains("<input disabled=\"\" type=\"checkbox\" checked=\"\">"),
            "{html}"
        );
        assert!(!html.contains("type=\"text\""), "{html}");
        assert!(!html.contains("type here"), "{html}");
    }
}

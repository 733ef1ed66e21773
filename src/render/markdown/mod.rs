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
//!
//! The parts: [`renderer`] walks the events, [`footnotes`] numbers and
//! writes the footnotes, [`links`] rewrites addresses, [`headings`] demotes
//! headings and names their anchors, [`task_box`] names a task list's
//! boxes, [`clean`] is the sanitiser for texts with raw HTML.

mod clean;
mod footnotes;
mod headings;
mod links;
mod renderer;
mod task_box;

use super::urls::Urls;
use crate::model::Model;
use renderer::Renderer;
use serde::Serialize;
use std::collections::BTreeSet;

/// The prefix of every id in rendered markdown, so that a note's anchors
/// (its headings, footnotes, raw HTML) can never take an id of the page
/// around it (`main`, `notes-heading`, a chart's): the sanitiser drops any
/// id without it. Links to `#fragment` get it too.
pub const ID_PREFIX: &str = "md-";

/// The rendered HTML and the map files it refers to (images, attachments)
/// that the write step must copy.
pub struct Rendered {
    pub html: String,
    pub files: BTreeSet<String>,
    /// A note's opening heading when it says the note's title, taken out
    /// of `html`: the page's `<h1>` already says it, so the theme hides it
    /// (keeping its anchor, which links may point at).
    pub title_heading: Option<TitleHeading>,
}

/// A heading of plain text taken out of a note's HTML (see
/// [`Rendered::title_heading`]).
#[derive(Serialize)]
pub struct TitleHeading {
    /// Its anchor, prefix included, not escaped.
    pub id: String,
    /// Its text as HTML (escaped).
    pub html: String,
}

/// Renders the markdown of note `from` (its path relative to the map
/// folder, which relative links are resolved against).
pub fn render(model: &Model, urls: &Urls, from: &str, text: &str) -> Rendered {
    Renderer::new(model, urls, from, ID_PREFIX.to_string(), true).run(text, None)
}

/// Renders note `from` as [`render`] does, with an opening heading that
/// repeats its `title` taken out (see [`Rendered::title_heading`]).
pub fn render_note(model: &Model, urls: &Urls, from: &str, text: &str, title: &str) -> Rendered {
    Renderer::new(model, urls, from, ID_PREFIX.to_string(), true).run(text, Some(title))
}

/// Renders a markdown field (a description) written in the YAML file
/// `from`. Its headings get no anchors, and its footnotes ids of their own,
/// so that many fields can share a page without sharing an id.
pub fn render_field(model: &Model, urls: &Urls, from: &str, text: &str) -> Rendered {
    let ns = format!(
        "{ID_PREFIX}{:08x}-",
        fnv1a(from.as_bytes(), fnv1a(text.as_bytes(), 0x811c_9dc5))
    );
    Renderer::new(model, urls, from, ns, false).run(text, None)
}

/// FNV-1a, 32 bits: a short, stable name for a field's ids.
fn fnv1a(bytes: &[u8], mut hash: u32) -> u32 {
    for &b in bytes {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
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
            html.contains(
                "<input disabled=\"\" type=\"checkbox\" aria-label=\"ask &quot;Q&amp;A&quot; team\">"
            ),
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

    #[test]
    fn a_note_opening_with_its_title_has_that_heading_taken_out() {
        let m = &example().model;
        let urls = Urls::new("/");
        let from = "notes/research/a.md";
        let r = render_note(m, &urls, from, "# Q&A 2026\n\nText.\n", "Q&A 2026");
        let heading = r.title_heading.expect("the title heading");
        assert_eq!(heading.id, "md-q-a-2026");
        assert_eq!(heading.html, "Q&amp;A 2026");
        // The rest as it follows the heading's line.
        assert_eq!(r.html, "\n<p>Text.</p>\n");
        // A heading that says something else, or more than plain text, stays.
        for (text, title) in [
            ("# Other\n\nText.\n", "Q&A 2026"),
            ("# *Q&A* 2026\n\nText.\n", "Q&A 2026"),
            ("Text.\n\n# Q&A 2026\n", "Q&A 2026"),
        ] {
            let r = render_note(m, &urls, from, text, title);
            assert!(r.title_heading.is_none(), "{text}");
            assert_eq!(r.html, note(text), "{text}");
        }
    }
}

//! The box of a task list item, named by the item's text.

use pulldown_cmark::{Event, Tag, TagEnd};

/// The box of a task list item (`- [x] interviews`), given the events
/// after it, with the item's text as its accessible name: without one a
/// screen reader says only "checkbox, checked". The box and the text are
/// wrapped in a `<label>` (the text then names the box, and is read once),
/// closed before the event at the index returned; where the text holds
/// more than plain inline markdown (raw HTML, which could put another
/// control or a block in the label), the box is named by an `aria-label`
/// with the text instead.
pub(super) fn task_box(checked: bool, after: &[Event]) -> (String, Option<usize>) {
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

//! A touchpoint's card on the poster: its name wrapped to the card, its
//! symbols and feeling on the line under it, in the tone of its emotion,
//! a dashed border when it is planned; and the block of lines every
//! wrapped text of the poster is written as.

use super::{EDGE, INSET, META, META_LH, NAME, NAME_LH, NAME_LINES, PosterCard};
use crate::format::fmt_num;
use crate::i18n::Catalog;
use crate::render::charts::standalone::emotion_tone;
use crate::render::charts::text::{escape, wrap_width};
use std::fmt::Write as _;

/// A card laid out: its name's lines, whether the name was cut, the lines
/// under it, and its height.
pub(super) struct CardLayout {
    name: Vec<String>,
    cut: bool,
    meta: Vec<String>,
    pub height: f64,
}

/// How `card` is laid out on a card `card_w` wide.
pub(super) fn card_layout(words: &Catalog, card: &PosterCard, card_w: f64) -> CardLayout {
    let text_w = card_w - EDGE - 2.0 * INSET;
    let (name, cut) = wrap_width(card.name.trim(), text_w, (NAME, true), NAME_LINES);
    let mut parts: Vec<String> = Vec::new();
    if card.key {
        parts.push(format!("★ {}", words.text("priority-key")));
    }
    if card.planned {
        parts.push(format!("◌ {}", words.text("state-planned")));
    }
    // The spontaneous mark goes with the feeling: "∿ + Intrigued".
    let spontaneous = if card.spontaneous { "∿ " } else { "" };
    parts.push(format!("{spontaneous}{}", card.feeling.trim()));
    if !card.kpi.is_empty() {
        parts.push(format!("{} {}", words.text("th-kpi"), card.kpi));
    }
    let (meta, _) = wrap_width(&parts.join(" · "), text_w, (META, false), 2);
    let height =
        INSET + NAME_LH * name.len() as f64 + 6.0 + META_LH * meta.len() as f64 + INSET - 2.0;
    CardLayout {
        name,
        cut,
        meta,
        height,
    }
}

/// A `<text>` of one `<tspan>` per line, the first baseline at `y`, each
/// next one `lh` lower, with `full` as its tooltip when the text was cut.
/// `attrs` are its other attributes (class, size, weight, colour).
pub(super) fn lines_text(
    body: &mut String,
    attrs: &str,
    (x, y, lh): (f64, f64, f64),
    lines: &[String],
    full: Option<&str>,
) {
    let _ = write!(body, "<text {attrs}>");
    for (i, line) in lines.iter().enumerate() {
        let _ = write!(
            body,
            r#"<tspan x="{}" y="{}">{}</tspan>"#,
            fmt_num(x),
            fmt_num(y + lh * i as f64),
            escape(line)
        );
    }
    if let Some(full) = full {
        let _ = write!(body, "<title>{}</title>", escape(full.trim()));
    }
    body.push_str("</text>\n");
}

/// One card at `(x, y)`, `w` wide, as `layout` says. Its group's tooltip is
/// the whole name, whether or not the card had room for it.
pub(super) fn card(
    body: &mut String,
    card: &PosterCard,
    layout: &CardLayout,
    (x, y, w): (f64, f64, f64),
) {
    let tone = emotion_tone(card.emotion);
    let h = layout.height;
    let dash = if card.planned {
        r#" stroke-dasharray="6 4""#
    } else {
        ""
    };
    let _ = writeln!(
        body,
        r#"<g class="card"><title>{}</title>"#,
        escape(card.name.trim())
    );
    let _ = writeln!(
        body,
        r#"<rect class="card-box" x="{}" y="{}" width="{}" height="{}" rx="6" fill="{}" stroke="{}" stroke-opacity="0.6" stroke-width="1.5"{dash}/>"#,
        fmt_num(x),
        fmt_num(y),
        fmt_num(w),
        fmt_num(h),
        tone.bg,
        tone.edge,
    );
    let _ = writeln!(
        body,
        r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}" stroke-width="{EDGE}"{dash}/>"#,
        fmt_num(y + 3.0),
        fmt_num(y + h - 3.0),
        tone.edge,
        x = fmt_num(x + EDGE / 2.0),
    );
    let tx = x + EDGE + INSET;
    let name_y = y + INSET + 15.0;
    let attrs = format!(
        r#"class="card-name" font-size="{NAME}" font-weight="700" fill="{}""#,
        tone.fg
    );
    let full = layout.cut.then_some(card.name.as_str());
    lines_text(body, &attrs, (tx, name_y, NAME_LH), &layout.name, full);
    let meta_y = name_y + NAME_LH * layout.name.len() as f64 + 4.0;
    let attrs = format!(r#"class="card-meta" font-size="{META}" fill="{}""#, tone.fg);
    lines_text(body, &attrs, (tx, meta_y, META_LH), &layout.meta, None);
    body.push_str("</g>\n");
}

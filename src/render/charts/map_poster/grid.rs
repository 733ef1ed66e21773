//! The poster's grid: the stages' header row, a row per channel (its name,
//! mode and count on the left, a cell per stage with its cards), tinted by
//! mode and grouped as on the map page, and the lines between them.

use super::card::{CardLayout, card, card_layout, lines_text};
use super::{HEAD_W, M, MapPoster, PAD, PosterChannel};
use crate::format::fmt_num;
use crate::i18n::{Catalog, count_value};
use crate::render::charts::standalone::{
    ANALOG, BORDER, BORDER_STRONG, DIGITAL, MUTED, SURFACE_2, TEXT,
};
use crate::render::charts::text::{escape, wrap_width};
use std::fmt::Write as _;

/// Where the columns are: the channel column ends at `left`, each stage is
/// `col` wide up to `right`, a card `card_w`.
struct Columns {
    left: f64,
    right: f64,
    col: f64,
    card_w: f64,
}

fn touchpoints(words: &Catalog, n: usize) -> String {
    escape(&words.count("count-touchpoints", n))
}

/// The grid from `top`, its stages `col` wide; returns its bottom.
pub(super) fn grid(words: &Catalog, body: &mut String, map: &MapPoster, col: f64, top: f64) -> f64 {
    let left = M + HEAD_W;
    let at = Columns {
        left,
        right: left + col * map.stages.len() as f64,
        col,
        card_w: col - 2.0 * PAD,
    };
    let head_h = stage_header(words, body, map, &at, top);
    let mut y = top + head_h;
    // The lines go over the rows' backgrounds, after them.
    let mut lines = String::new();
    for (r, channel) in map.channels.iter().enumerate() {
        let first_of_group = r == 0 || map.channels[r - 1].analog != channel.analog;
        let (stroke, weight) = if first_of_group && r > 0 {
            (BORDER_STRONG, "3")
        } else {
            (BORDER, "1")
        };
        let _ = writeln!(
            lines,
            r#"<line x1="{M}" y1="{y}" x2="{}" y2="{y}" stroke="{stroke}" stroke-width="{weight}"/>"#,
            fmt_num(at.right),
            y = fmt_num(y),
        );
        y += row(words, body, channel, first_of_group, &at, y);
    }
    for k in 1..map.stages.len() {
        let x = fmt_num(left + col * k as f64);
        let _ = writeln!(
            lines,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{BORDER}"/>"#,
            fmt_num(top),
            fmt_num(y)
        );
    }
    // Under the header, right of the channels, and the frame.
    let _ = writeln!(
        lines,
        r#"<line x1="{M}" y1="{hy}" x2="{}" y2="{hy}" stroke="{BORDER_STRONG}" stroke-width="2"/><line x1="{lx}" y1="{}" x2="{lx}" y2="{}" stroke="{BORDER_STRONG}" stroke-width="2"/><rect x="{M}" y="{}" width="{}" height="{}" rx="4" fill="none" stroke="{BORDER}"/>"#,
        fmt_num(at.right),
        fmt_num(top),
        fmt_num(y),
        fmt_num(top),
        fmt_num(at.right - M),
        fmt_num(y - top),
        hy = fmt_num(top + head_h),
        lx = fmt_num(left),
    );
    body.push_str(&lines);
    y
}

/// The header row at `top`: "Stage 1", the stage's name (on up to two
/// lines, the row as tall as the longest) and its count over each column;
/// returns its height.
fn stage_header(
    words: &Catalog,
    body: &mut String,
    map: &MapPoster,
    at: &Columns,
    top: f64,
) -> f64 {
    let names: Vec<(Vec<String>, bool)> = map
        .stages
        .iter()
        .map(|s| wrap_width(s.name.trim(), at.col - 28.0, (22.0, true), 2))
        .collect();
    let most = names.iter().map(|(l, _)| l.len()).max().unwrap_or(1);
    let head_h = 74.0 + 28.0 * most as f64;
    let _ = writeln!(
        body,
        r#"<rect x="{M}" y="{}" width="{}" height="{}" fill="{SURFACE_2}"/>"#,
        fmt_num(top),
        fmt_num(at.right - M),
        fmt_num(head_h)
    );
    let _ = writeln!(
        body,
        r#"<text x="{}" y="{}" font-size="14" font-weight="600" text-anchor="end" fill="{MUTED}">{} →</text><text x="{}" y="{}" font-size="14" font-weight="600" fill="{MUTED}">{} ↓</text>"#,
        fmt_num(at.left - 16.0),
        fmt_num(top + 30.0),
        escape(&words.text("grid-corner-stage")),
        fmt_num(M + 16.0),
        fmt_num(top + head_h - 14.0),
        escape(&words.text("grid-corner-channel")),
    );
    for (k, (stage, (lines, cut))) in map.stages.iter().zip(&names).enumerate() {
        let x = at.left + at.col * k as f64 + 14.0;
        let _ = writeln!(
            body,
            r#"<text x="{}" y="{}" font-size="13" font-weight="700" letter-spacing="1" fill="{MUTED}">{}</text>"#,
            fmt_num(x),
            fmt_num(top + 28.0),
            escape(
                &words
                    .args("grid-stage-step", &{
                        let mut a = crate::i18n::Args::new();
                        a.set("n", count_value(k + 1));
                        a
                    })
                    .to_uppercase()
            )
        );
        let attrs = format!(r#"class="stage-name" font-size="22" font-weight="700" fill="{TEXT}""#);
        let full = cut.then_some(stage.name.as_str());
        lines_text(body, &attrs, (x, top + 56.0, 28.0), lines, full);
        let _ = writeln!(
            body,
            r#"<text x="{}" y="{}" font-size="14" fill="{MUTED}">{}</text>"#,
            fmt_num(x),
            fmt_num(top + head_h - 14.0),
            touchpoints(words, stage.total),
        );
    }
    head_h
}

/// The row of `channel` at `y`, as tall as its fullest cell or its header;
/// returns its height.
fn row(
    words: &Catalog,
    body: &mut String,
    channel: &PosterChannel,
    first_of_group: bool,
    at: &Columns,
    y: f64,
) -> f64 {
    let layouts: Vec<Vec<CardLayout>> = channel
        .cells
        .iter()
        .map(|c| {
            c.cards
                .iter()
                .map(|t| card_layout(words, t, at.card_w))
                .collect()
        })
        .collect();
    let cell_h = |k: usize| -> f64 {
        let cards: f64 = layouts[k].iter().map(|l| l.height + PAD).sum();
        let more = if channel.cells[k].more > 0 { 30.0 } else { 0.0 };
        PAD + cards + more
    };
    let (tint, mode) = if channel.analog { ANALOG } else { DIGITAL };
    let (name, cut) = wrap_width(channel.name.trim(), HEAD_W - 40.0, (17.0, true), 3);
    let group_h = if first_of_group { 22.0 } else { 0.0 };
    let head = 16.0 + group_h + 22.0 * name.len() as f64 + 62.0;
    let h = (0..channel.cells.len()).map(cell_h).fold(head, f64::max);
    let _ = writeln!(
        body,
        r#"<rect x="{M}" y="{}" width="{}" height="{}" fill="{tint}"/><rect x="{M}" y="{}" width="5" height="{}" fill="{}"/>"#,
        fmt_num(y),
        fmt_num(at.right - M),
        fmt_num(h),
        fmt_num(y),
        fmt_num(h),
        mode.edge,
    );
    let x = M + 20.0;
    let mut ty = y + 16.0;
    if first_of_group {
        ty += 14.0;
        let group = if channel.analog {
            "grid-group-analog"
        } else {
            "grid-group-digital"
        };
        let _ = writeln!(
            body,
            r#"<text x="{x}" y="{}" font-size="12" font-weight="700" letter-spacing="1" fill="{MUTED}">{}</text>"#,
            fmt_num(ty),
            escape(&words.text(group).to_uppercase())
        );
        ty += 8.0;
    }
    let attrs = format!(r#"class="channel-name" font-size="17" font-weight="700" fill="{TEXT}""#);
    let full = cut.then_some(channel.name.as_str());
    lines_text(body, &attrs, (x, ty + 22.0, 22.0), &name, full);
    ty += 22.0 * name.len() as f64;
    let word = words.text(if channel.analog {
        "mode-analog"
    } else {
        "mode-digital"
    });
    let badge_w = word.chars().count() as f64 * 8.0 + 16.0;
    let word = escape(&word);
    let _ = writeln!(
        body,
        r#"<rect x="{x}" y="{}" width="{}" height="22" rx="11" fill="{}" stroke="{}"/><text x="{}" y="{}" font-size="13" font-weight="600" text-anchor="middle" fill="{}">{word}</text>"#,
        fmt_num(ty + 10.0),
        fmt_num(badge_w),
        mode.bg,
        mode.edge,
        fmt_num(x + badge_w / 2.0),
        fmt_num(ty + 26.0),
        mode.fg,
    );
    let _ = writeln!(
        body,
        r#"<text x="{x}" y="{}" font-size="14" fill="{MUTED}">{}</text>"#,
        fmt_num(ty + 52.0),
        touchpoints(words, channel.total),
    );
    for (k, cell) in channel.cells.iter().enumerate() {
        let cx = at.left + at.col * k as f64;
        if cell.cards.is_empty() {
            let _ = writeln!(
                body,
                r#"<text x="{}" y="{}" font-size="18" text-anchor="middle" fill="{MUTED}">—</text>"#,
                fmt_num(cx + at.col / 2.0),
                fmt_num(y + h / 2.0 + 6.0)
            );
            continue;
        }
        let mut cy = y + PAD;
        for (t, layout) in cell.cards.iter().zip(&layouts[k]) {
            card(body, t, layout, (cx + PAD, cy, at.card_w));
            cy += layout.height + PAD;
        }
        if cell.more > 0 {
            let _ = writeln!(
                body,
                r#"<text class="more" x="{}" y="{}" font-size="15" font-weight="700" fill="{TEXT}">{}</text>"#,
                fmt_num(cx + PAD + 4.0),
                fmt_num(cy + 16.0),
                escape(&words.count("poster-more", cell.more))
            );
        }
    }
    h
}

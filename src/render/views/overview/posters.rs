//! The posters' data: the map's grid for `map.svg` and each persona's
//! curve for `journey-ID.svg` (`charts` draws them), taken from the very
//! views the map page and the persona pages show, so that a poster and its
//! page never disagree; and the links to them.

use super::super::{emotion_parts, status_view};
use super::cell::{CELL_LIMIT, CELL_SHOWN, listing_order};
use super::journey::{by_stage, people, steps};
use super::*;
use crate::model::{ChannelMode, Control, Priority};
use crate::render::charts::{MapPoster, PosterCard, PosterCell, PosterChannel, PosterStage};
use crate::site::{MAP_POSTER, journey_poster as poster_file};

/// Touchpoint `i`'s card as the map shows it by default: coloured by its
/// emotion (every persona's, no filter chosen), with its symbols.
fn poster_card(ctx: &Ctx, i: usize) -> PosterCard {
    let t = &ctx.model.touchpoints[i];
    let emotion = t.overall_emotion();
    let score = emotion.as_ref().map(|e| e.score);
    let (_, symbol, word) = emotion_parts(score);
    let label = emotion.as_ref().and_then(|e| e.label.as_deref());
    let planned = t.state == State::Planned;
    // A planned touchpoint is not measured yet: no KPI status to show.
    let kpi = if planned {
        String::new()
    } else {
        let status = status_view(ctx.analysis.touchpoints[i].kpi_status);
        get(&status, "symbol")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    PosterCard {
        name: t.name.clone(),
        emotion: score,
        feeling: format!("{symbol} {}", label.unwrap_or(word)),
        kpi,
        key: t.priority == Priority::Key,
        planned,
        spontaneous: t.control == Control::Spontaneous,
    }
}

/// The poster of the whole map: every stage and channel, each cell with
/// the cards the map page's full grid shows (a crowded one its first
/// [`CELL_SHOWN`], key ones first, then the weakest, and how many more), so
/// that a map of any size makes a poster of at most seven cards a cell.
pub fn map_poster(ctx: &Ctx) -> String {
    let (m, a) = (ctx.model, ctx.analysis);
    let mut capped = false;
    let channels: Vec<PosterChannel> = m
        .channels
        .iter()
        .enumerate()
        .map(|(c, ch)| {
            let cells: Vec<PosterCell> = (0..m.stages.len())
                .map(|s| {
                    let members = &a.cells[s][c];
                    let shown = if members.len() > CELL_LIMIT {
                        capped = true;
                        CELL_SHOWN
                    } else {
                        members.len()
                    };
                    let cards = listing_order(ctx, members)
                        .into_iter()
                        .take(shown)
                        .map(|k| poster_card(ctx, members[k]))
                        .collect();
                    PosterCell {
                        cards,
                        more: members.len() - shown,
                    }
                })
                .collect();
            PosterChannel {
                name: ch.name.clone(),
                analog: ch.mode == ChannelMode::Analog,
                total: (0..m.stages.len()).map(|s| a.cells[s][c].len()).sum(),
                cells,
            }
        })
        .collect();
    let stages: Vec<PosterStage> = m
        .stages
        .iter()
        .enumerate()
        .map(|(s, st)| PosterStage {
            name: st.name.clone(),
            total: a.cells[s].iter().map(Vec::len).sum(),
        })
        .collect();
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let subtitle = format!(
        "{} across {} and {} · cards coloured by emotion",
        plural(a.counts.touchpoints, "touchpoint"),
        plural(stages.len(), "stage"),
        plural(channels.len(), "channel"),
    );
    let mut notes = Vec::new();
    if capped {
        notes.push(format!(
            "A cell with more than {CELL_LIMIT} touchpoints shows {CELL_SHOWN} of them (the key ones first, then the weakest) and how many more it has; the site lists them all."
        ));
    }
    let brand = m.site.brand.as_deref().map(str::trim).unwrap_or_default();
    notes.push(format!(
        "{}{}Drawn by touchmap {} from the map's files.",
        brand,
        if brand.is_empty() { "" } else { " · " },
        env!("CARGO_PKG_VERSION")
    ));
    charts::map_poster(&MapPoster {
        title: m.site.title.clone(),
        subtitle,
        stages,
        channels,
        notes,
    })
}

/// The posters: `map.svg` and each persona's `journey-ID.svg`, as `(path,
/// SVG)`.
pub fn posters(ctx: &Ctx) -> Vec<(String, Vec<u8>)> {
    let journeys = ctx.model.personas.iter().enumerate();
    std::iter::once((MAP_POSTER.to_string(), map_poster(ctx)))
        .chain(journeys.map(|(pi, p)| (poster_file(&p.id), journey_poster(ctx, pi))))
        .map(|(path, svg)| (path, svg.into_bytes()))
        .collect()
}

/// Persona `pi`'s curve, as its page draws it, as a poster.
pub fn journey_poster(ctx: &Ctx, pi: usize) -> String {
    let people = people(ctx, Some(pi));
    let met: Vec<Vec<Vec<usize>>> = people.iter().map(|w| by_stage(ctx, w.persona)).collect();
    let (bands, walks, title) = steps(ctx, &people, &met);
    charts::journey_poster(&title, &ctx.model.site.title, &bands, &walks)
}

/// The links to the journey posters of `personas` (indices into
/// `model.personas`), for a page that shows their curve: each persona's
/// name and its poster's address.
pub fn journey_links(ctx: &Ctx, personas: impl Iterator<Item = usize>) -> Vec<Value> {
    personas
        .map(|pi| {
            let p = &ctx.model.personas[pi];
            tv!({ "name": p.name, "url": ctx.urls.to(&poster_file(&p.id)) })
        })
        .collect()
}

/// The address of the map's poster, for the map page's link.
pub fn map_poster_url(ctx: &Ctx) -> String {
    ctx.urls.to(MAP_POSTER)
}

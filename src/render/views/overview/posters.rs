//! The posters' data: the map's grid for `map.svg` and each persona's
//! curve for `journey-ID.svg` (`charts` draws them), taken from the very
//! views the map page and the persona pages show, so that a poster and its
//! page never disagree; and the links to them.

use super::super::{emotion_parts, status_view};
use super::cell::{CELL_LIMIT, CELL_SHOWN, default_view, listing_order};
use super::walks::{by_stage, people, steps};
use super::*;
use crate::i18n::{Args, count_value};
use crate::model::{ChannelMode, Control, Priority};
use crate::render::charts::{MapPoster, PosterCard, PosterCell, PosterChannel, PosterStage};
use crate::site::{MAP_POSTER, journey_poster as poster_file};

/// Touchpoint `i`'s card as the map shows it by default: coloured by its
/// emotion (every persona's, no filter chosen), with its symbols.
fn poster_card(ctx: &Ctx, i: usize) -> PosterCard {
    let t = &ctx.model.touchpoints[i];
    let emotion = t.overall_emotion();
    let score = emotion.as_ref().map(|e| e.score);
    let (_, symbol, _) = emotion_parts(score);
    let word = super::super::emotion_word(&ctx.model.words, score);
    let label = emotion.as_ref().and_then(|e| e.label.as_deref());
    let planned = t.state == State::Planned;
    // A planned touchpoint is not measured yet: no KPI status to show.
    let kpi = if planned {
        String::new()
    } else {
        let status = status_view(&ctx.model.words, ctx.analysis.touchpoints[i].kpi_status);
        get(&status, "symbol")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    PosterCard {
        name: t.name.clone(),
        emotion: score,
        feeling: format!("{symbol} {}", label.unwrap_or(&word)),
        kpi,
        key: t.priority == Priority::Key,
        planned,
        spontaneous: t.control == Control::Spontaneous,
    }
}

/// How many cards a crowded cell of a large map shows on the poster, and
/// above how many it is crowded. A map whose page opens on its overview
/// (its full grid too tall to read whole) would make a poster several
/// screens tall with the page's [`CELL_SHOWN`]; with three, a thousand
/// touchpoints on twelve channels still make one poster a wall or a
/// scrolled slide takes. Never "+1 more" where that card would fit.
const LARGE_MAP: (usize, usize) = (4, 3);

/// The poster of the whole map: every stage and channel, each cell with
/// the cards the map page's full grid shows (a crowded one its first
/// [`CELL_SHOWN`], key ones first, then the weakest, and how many more; on
/// a large map fewer, see [`LARGE_MAP`]), so that a map of any size makes
/// a poster of bounded size.
pub fn map_poster(ctx: &Ctx) -> String {
    let (m, a) = (ctx.model, ctx.analysis);
    let (limit, shown_of_crowded) = match default_view(&a.cells, m.channels.len()) {
        "overview" => LARGE_MAP,
        _ => (CELL_LIMIT, CELL_SHOWN),
    };
    let mut capped = false;
    let channels: Vec<PosterChannel> = m
        .channels
        .iter()
        .enumerate()
        .map(|(c, ch)| {
            let cells: Vec<PosterCell> = (0..m.stages.len())
                .map(|s| {
                    let members = &a.cells[s][c];
                    let shown = if members.len() > limit {
                        capped = true;
                        shown_of_crowded
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
    let words = &m.words;
    let mut args = Args::new();
    args.set("touchpoints", count_value(a.counts.touchpoints));
    args.set("stages", count_value(stages.len()));
    args.set("channels", count_value(channels.len()));
    let subtitle = words.args("poster-map-subtitle", &args);
    let mut notes = Vec::new();
    if capped {
        let mut args = Args::new();
        args.set("limit", count_value(limit));
        args.set("shown", count_value(shown_of_crowded));
        notes.push(words.args("poster-map-capped", &args));
    }
    let brand = m.site.brand.as_deref().map(str::trim).unwrap_or_default();
    let mut args = Args::new();
    args.set("version", env!("CARGO_PKG_VERSION"));
    notes.push(format!(
        "{}{}{}",
        brand,
        if brand.is_empty() { "" } else { " · " },
        words.args("poster-drawn-by", &args)
    ));
    charts::map_poster(
        words,
        &MapPoster {
            title: m.site.title.clone(),
            subtitle,
            stages,
            channels,
            notes,
        },
    )
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
    charts::journey_poster(
        &ctx.model.words,
        &title,
        &ctx.model.site.title,
        &bands,
        &walks,
    )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::analyse_map;
    use crate::render::urls::Urls;

    /// The example map with `n` more touchpoints in each of its channels at
    /// the Decision stage, every fourth one key.
    fn crowded(n: usize) -> crate::analyse::Analysed {
        let (_dir, map) = crate::testing::example_map_copy();
        let example = analyse_map(&map).unwrap();
        let mut yaml = String::from("touchpoints:\n");
        for ch in &example.model.channels {
            for k in 0..n {
                let priority = if k % 4 == 0 { "key" } else { "supporting" };
                yaml.push_str(&format!(
                    "  - {{id: more-{ch}-{k}, name: More {k}, stage: decision, channel: {ch}, priority: {priority}, emotion: {{score: 1}}}}\n",
                    ch = ch.id
                ));
            }
        }
        std::fs::write(map.join("touchpoints/more.yaml"), yaml).unwrap();
        analyse_map(&map).unwrap()
    }

    /// The names on the cards of the poster, and its "+N more" counts.
    fn cards_and_more(svg: &str) -> (Vec<String>, Vec<String>) {
        let doc = roxmltree::Document::parse(svg).unwrap();
        let texts = |class: &str| -> Vec<String> {
            doc.descendants()
                .filter(|n| n.attribute("class") == Some(class))
                .map(|n| {
                    n.descendants()
                        .filter_map(|t| t.text())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect()
        };
        let names = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("card"))
            .filter_map(|n| n.first_element_child()?.text().map(str::to_string))
            .collect();
        (names, texts("more"))
    }

    #[test]
    fn a_crowded_cell_shows_the_cards_the_map_page_shows() {
        let a = crowded(12);
        let urls = Urls::new("/");
        let ctx = Ctx::new(&a, &urls, None);
        // Eleven channels of seven cards: the map page opens on its
        // overview, and the poster keeps three cards a cell.
        assert_eq!(
            default_view(&a.analysis.cells, a.model.channels.len()),
            "overview"
        );
        let (names, more) = cards_and_more(&map_poster(&ctx));
        let elsewhere = a
            .model
            .touchpoints
            .iter()
            .filter(|t| t.stage.id != "decision");
        assert_eq!(names.len(), elsewhere.count() + 11 * 3, "{names:?}");
        // The key ones first: More 0 and 4 in every channel (the website's
        // key checkout before them), More 8 in all but the website's cell.
        assert!(!names.iter().any(|n| n == "More 1"), "{names:?}");
        let count = |k: usize| names.iter().filter(|n| **n == format!("More {k}")).count();
        assert_eq!([count(0), count(4), count(8)], [11, 11, 10]);
        assert!(more.iter().all(|m| m.starts_with('+')), "{more:?}");
        assert_eq!(more.len(), 11);
        // A map that opens on its cards keeps the page's six of a crowded cell.
        let a = crowded(1);
        let ctx = Ctx::new(&a, &urls, None);
        assert_eq!(
            default_view(&a.analysis.cells, a.model.channels.len()),
            "cards"
        );
        let (names, more) = cards_and_more(&map_poster(&ctx));
        assert_eq!(names.len(), a.model.touchpoints.len());
        assert!(more.is_empty());
    }

    #[test]
    fn the_journey_posters_are_one_per_persona_beside_the_map_s() {
        let a = crowded(0);
        let urls = Urls::new("/repo/");
        let ctx = Ctx::new(&a, &urls, None);
        let files: Vec<String> = posters(&ctx).into_iter().map(|(p, _)| p).collect();
        assert_eq!(
            files,
            [
                "map.svg",
                "journey-new-runner.svg",
                "journey-marathoner.svg"
            ]
        );
        let links = journey_links(&ctx, 0..a.model.personas.len());
        assert_eq!(
            get(&links[1], "url").and_then(Value::as_str),
            Some("/repo/journey-marathoner.svg")
        );
        assert_eq!(map_poster_url(&ctx), "/repo/map.svg");
    }
}

//! The map's cells seen whole, so that the plane of a large map fits a
//! screen: a cell as the overview shows it (a tile with its count, coloured
//! by the mean emotion, the worst KPI status or the value strength of its
//! touchpoints), a crowded cell as the full grid shows it (its key
//! touchpoints and "+N more"), and the page of a cell that lists them all.

use super::super::value::{Value, get, set, tv};
use super::super::{Ctx, Page, PageSpec, Section, emotion_view, planned_status};
use super::super::{status_view, strength_view};
use crate::i18n::Catalog;
use crate::model::Priority;

/// A cell of the full grid with more touchpoints than this shows only
/// [`CELL_SHOWN`] of them and a link to its page: eight cards are about as
/// tall as a screen.
pub const CELL_LIMIT: usize = 8;

/// How many cards a crowded cell shows. The "+N more" link takes the place
/// of the rest, so no cell is taller than seven cards, and N is at least
/// three: never "+1 more" where that one card would have fitted.
/// (`style.css` hides the cards after it without JavaScript: keep its
/// `nth-child(n + 7)` in step.)
pub const CELL_SHOWN: usize = 6;

/// The map opens on its overview when the full grid would be taller than
/// this many cards (the fullest cell of each channel, summed): about two
/// screens at 1400 × 900. The example map (16) opens on its cards, a map of
/// a thousand touchpoints (over 80) on its overview.
const OVERVIEW_ABOVE: usize = 24;

/// The KPI statuses of cards in their order of concern (that of
/// `KpiStatus`): a tile shows the first one among its cards.
const CONCERN: [&str; 5] = [
    "st-off",
    "st-nodata",
    "st-notarget",
    "st-on",
    "st-qualitative",
];

/// The positions in `members` (one cell's touchpoints, in model order) in
/// the order the grid lists them. A crowded cell lists its key touchpoints
/// first, then the weakest (emotion, value and KPIs off target together,
/// see `TouchpointFigures::strength`): the cards it shows are the ones to
/// look at. Other cells keep the order of the map files.
pub(super) fn listing_order(ctx: &Ctx, members: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..members.len()).collect();
    if members.len() > CELL_LIMIT {
        let not_key = |k: usize| ctx.model.touchpoints[members[k]].priority != Priority::Key;
        let strength = |k: usize| ctx.analysis.touchpoints[members[k]].strength;
        order.sort_by(|&a, &b| {
            not_key(a)
                .cmp(&not_key(b))
                .then(strength(a).total_cmp(&strength(b)))
                .then(a.cmp(&b))
        });
    }
    order
}

/// A stage's page lists its touchpoints channel by channel, and a
/// channel's page stage by stage: each group is one cell of the map. A group
/// shows at most this many cards, the key ones and the weakest first as in a
/// crowded cell, and links to the cell's page for all of them: a stage of a
/// map of 10,000 touchpoints listed 2,000 cards, 1.5 MB.
const GROUP_CARDS: usize = 24;

/// The cards of cell `(s, c)` as a stage's or a channel's page lists them:
/// `{touchpoints, total, more, cell_url}`, `more` counting those left to
/// the cell's page at `cell_url`.
pub fn group_cards(ctx: &Ctx, (s, c): (usize, usize)) -> Value {
    let members = &ctx.analysis.cells[s][c];
    let shown: Vec<Value> = if members.len() > GROUP_CARDS {
        listing_order(ctx, members)
            .into_iter()
            .take(GROUP_CARDS)
            .map(|k| ctx.card(members[k]))
            .collect()
    } else {
        members.iter().map(|&i| ctx.card(i)).collect()
    };
    tv!({
        "more": members.len() - shown.len(),
        "touchpoints": shown,
        "total": members.len(),
        "cell_url": ctx.urls.to(&Page::Cell(s, c).path(ctx.model)),
    })
}

/// How many cards tall a cell of `n` touchpoints stands in the full grid.
fn height(n: usize) -> usize {
    if n > CELL_LIMIT { CELL_SHOWN + 1 } else { n }
}

/// The view the map opens on: `overview` (tiles) when its full grid
/// (`cells[stage][channel]`) would stand taller than [`OVERVIEW_ABOVE`]
/// cards, else `cards`.
pub fn default_view(cells: &[Vec<Vec<usize>>], channels: usize) -> &'static str {
    let tall: usize = (0..channels)
        .map(|c| {
            cells
                .iter()
                .map(|row| height(row[c].len()))
                .max()
                .unwrap_or(0)
        })
        .sum();
    if tall > OVERVIEW_ABOVE {
        "overview"
    } else {
        "cards"
    }
}

/// Cell `(s, c)` of the grid, with the cards of its touchpoints `members`
/// (model order; `cards` in the same order): what the map grid partial
/// shows, in the full grid and as a tile. With `trim`, a crowded cell
/// carries only the [`CELL_SHOWN`] cards it shows, and the rest as
/// `rest`, the few figures the filters and the tile need (see
/// [`rest_data`]): the map of 10,000 touchpoints carried all 10,000 cards,
/// 10 MB, to show 360 of them.
pub fn grid_cell(
    ctx: &Ctx,
    (s, c): (usize, usize),
    members: &[usize],
    cards: Vec<Value>,
    trim: bool,
) -> Value {
    let (stage, channel) = (&ctx.model.stages[s], &ctx.model.channels[c]);
    let order = listing_order(ctx, members);
    let crowded = cards.len() > CELL_LIMIT;
    let more = if crowded { cards.len() - CELL_SHOWN } else { 0 };
    let tile = tile(&ctx.model.words, &cards);
    let kept = if trim && crowded {
        CELL_SHOWN
    } else {
        order.len()
    };
    let rest = (trim && crowded).then(|| rest_data(ctx, order[kept..].iter().map(|&k| members[k])));
    let cards: Vec<Value> = order[..kept].iter().map(|&k| cards[k].clone()).collect();
    tv!({
        "stage": stage.id,
        "channel": channel.id,
        "where": format!("{}, {}", stage.name, channel.name),
        "url": (!cards.is_empty()).then(|| ctx.urls.to(&Page::Cell(s, c).path(ctx.model))),
        "tile": tile,
        "empty": cards.is_empty(),
        "more": more,
        "rest": rest,
        "touchpoints": cards,
    })
}

/// The touchpoints `rest` of a crowded cell that the map leaves to the
/// cell's page, as app.js reads them from the cell's `data-rest`: so that
/// a filter counts them, and the tile takes their figures, as if their
/// cards were there. One word a touchpoint, `PERSONAS~FLAGS~EMOTION~KPI~VALUE`,
/// about 15 bytes against a card's 1,000:
/// - PERSONAS: `*` for everyone, else the positions of its personas in the
///   map's list (that of the persona filter), joined by `.`;
/// - FLAGS: `k` key, `s` spontaneous, `p` planned;
/// - EMOTION: its overall score (empty when not rated), then, when it
///   differs by persona, `,POSITION=SCORE` for each of its personas who
///   feel otherwise;
/// - KPI: the position of its KPI status in [`CONCERN`], `p` when planned,
///   empty without KPIs;
/// - VALUE: its value strength as its card's `data-value` says it.
pub(super) fn rest_data(ctx: &Ctx, rest: impl Iterator<Item = usize>) -> String {
    use crate::format::round1;
    use crate::model::{Control, State, TouchpointEmotion};
    let (m, a) = (ctx.model, ctx.analysis);
    let score =
        |e: Option<&crate::model::Emotion>| e.map(|e| e.score.to_string()).unwrap_or_default();
    let words: Vec<String> = rest
        .map(|i| {
            let (t, fig) = (&m.touchpoints[i], &a.touchpoints[i]);
            let personas = if t.all_personas {
                "*".to_string()
            } else {
                let at: Vec<String> = t
                    .personas
                    .iter()
                    .filter_map(|p| m.index.personas.get(&p.id).map(usize::to_string))
                    .collect();
                at.join(".")
            };
            let mut flags = String::new();
            if t.priority == Priority::Key {
                flags.push('k');
            }
            if t.control == Control::Spontaneous {
                flags.push('s');
            }
            if t.state == State::Planned {
                flags.push('p');
            }
            let overall = score(t.overall_emotion().as_ref());
            let mut emotion = overall.clone();
            if let Some(TouchpointEmotion::PerPersona(_)) = &t.emotion {
                for p in &t.personas {
                    let theirs = score(t.emotion_for(&p.id));
                    if let (Some(at), false) = (m.index.personas.get(&p.id), theirs == overall) {
                        emotion.push_str(&format!(",{at}={theirs}"));
                    }
                }
            }
            let kpi = if t.state == State::Planned {
                "p".to_string()
            } else {
                let (class, _, _) = super::super::status_parts(fig.kpi_status);
                CONCERN
                    .iter()
                    .position(|c| *c == class)
                    .map(|at| at.to_string())
                    .unwrap_or_default()
            };
            let value = fig
                .value_strength
                .map(|v| round1(v).to_string())
                .unwrap_or_default();
            format!("{personas}~{flags}~{emotion}~{kpi}~{value}")
        })
        .collect();
    words.join(" ")
}

/// What the tile of a cell shows of its touchpoints' `cards`: how many, and
/// in each colour mode the figure it is coloured by — the mean emotion, the
/// worst KPI status, the mean value strength. app.js works out the same
/// figures again from the cards a filter leaves (`tileFigures` there).
pub fn tile(words: &Catalog, cards: &[Value]) -> Value {
    let field = |card: &Value, outer: &'static str, inner: &'static str| {
        get(card, outer).and_then(|v| get(v, inner)).cloned()
    };
    let emotions = cards
        .iter()
        .filter_map(|card| field(card, "emotion", "score")?.as_i64());
    let emotion = mean(emotions.map(|score| score as f64));
    let mut emotion_figure = emotion_view(words, emotion.map(|m| m.round() as i8), None);
    set(&mut emotion_figure, "mean", emotion.map(signed));
    let numbers = words.numbers();
    set(
        &mut emotion_figure,
        "mean_text",
        emotion.map(|m| numbers.localise(&signed(m))),
    );

    let worst = cards
        .iter()
        .filter_map(|card| {
            let status = get(card, "kpi_status")?;
            let class = get(status, "class")?.as_str()?;
            Some((CONCERN.iter().position(|c| *c == class)?, status))
        })
        .min_by_key(|(concern, _)| *concern)
        .map(|(_, status)| status.clone());
    let planned = cards
        .iter()
        .any(|card| get(card, "is_planned").and_then(Value::as_bool) == Some(true));
    let kpi = worst.unwrap_or_else(|| {
        if planned {
            planned_status(words)
        } else {
            status_view(words, None)
        }
    });

    let values = cards
        .iter()
        .filter_map(|card| field(card, "value", "score")?.as_f64());
    tv!({
        "count": cards.len(),
        "emotion": emotion_figure,
        "kpi": kpi,
        "value": strength_view(words, mean(values)),
    })
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0u32), |(sum, n), v| (sum + v, n + 1));
    (n > 0).then(|| sum / f64::from(n))
}

/// A mean emotion as the tile prints it: `+0.7`, `−1.5` (a minus sign, as
/// the legends write it), `0`.
fn signed(mean: f64) -> String {
    let tenths = (mean * 10.0).round() as i64;
    let digits = format!("{}.{}", tenths.abs() / 10, tenths.abs() % 10);
    let digits = digits.trim_end_matches(".0");
    match tenths.signum() {
        1 => format!("+{digits}"),
        -1 => format!("−{digits}"),
        _ => "0".to_string(),
    }
}

/// The page of cell `(s, c)`: all of its touchpoints as cards, in the order
/// of the grid, and the figures its tile shows.
pub fn cell(ctx: &Ctx, s: usize, c: usize) -> PageSpec {
    let (stage, channel) = (&ctx.model.stages[s], &ctx.model.channels[c]);
    let members = &ctx.analysis.cells[s][c];
    let cards: Vec<Value> = listing_order(ctx, members)
        .into_iter()
        .map(|k| ctx.card(members[k]))
        .collect();
    let map = ctx.urls.to(Section::Map.path());
    PageSpec {
        path: Page::Cell(s, c).path(ctx.model),
        template: "cell.html",
        title: format!("{} · {}", stage.name, channel.name),
        crumbs: vec![(ctx.model.words.text("nav-map"), map.clone())],
        section: Some(Section::Map),
        data: tv!({
            "stage": { "id": stage.id, "name": stage.name, "url": ctx.urls.entity("stages", &stage.id) },
            "channel": { "id": channel.id, "name": channel.name, "mode": channel.mode, "url": ctx.urls.entity("channels", &channel.id) },
            "tile": tile(&ctx.model.words, &cards),
            "ranked": cards.len() > CELL_LIMIT,
            "touchpoints": cards,
            "map_url": map,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::Analysed;
    use crate::pipeline::analyse_map;
    use crate::render::urls::Urls;
    use std::path::Path;

    fn card(emotion: Option<i8>, status: &str, planned: bool, value: Option<f64>) -> Value {
        tv!({
            "emotion": { "score": emotion },
            "kpi_status": { "class": status, "symbol": "", "label": status },
            "is_planned": planned,
            "value": { "score": value },
        })
    }

    fn text<'v>(v: &'v Value, outer: &'static str, inner: &'static str) -> &'v str {
        get(get(v, outer).unwrap(), inner)
            .unwrap()
            .as_str()
            .unwrap()
    }

    #[test]
    fn a_tile_shows_the_mean_emotion_the_worst_kpi_status_and_the_mean_value() {
        let t = tile(
            &Catalog::english(),
            &[
                card(Some(2), "st-on", false, Some(4.0)),
                card(Some(1), "st-nodata", false, None),
                card(None, "st-qualitative", false, Some(3.5)),
                card(Some(-2), "st-planned", true, Some(1.0)),
            ],
        );
        assert_eq!(get(&t, "count").unwrap().as_u64(), Some(4));
        // (2 + 1 - 2) / 3: the unrated card does not count.
        assert_eq!(text(&t, "emotion", "mean"), "+0.3");
        assert_eq!(text(&t, "emotion", "class"), "emo-neutral");
        assert_eq!(text(&t, "kpi", "class"), "st-nodata");
        // (4 + 3.5 + 1) / 3 = 2.83
        assert_eq!(text(&t, "value", "class"), "val-3");
        assert_eq!(text(&t, "value", "label"), "2.8 of 5");
    }

    #[test]
    fn a_tile_rounds_half_means_away_from_neutral_as_app_js_does() {
        let t = tile(
            &Catalog::english(),
            &[
                card(Some(-1), "st-none", false, None),
                card(Some(0), "st-none", false, None),
            ],
        );
        assert_eq!(text(&t, "emotion", "mean"), "−0.5");
        assert_eq!(text(&t, "emotion", "class"), "emo-neg1");
        let t = tile(
            &Catalog::english(),
            &[
                card(Some(2), "st-none", false, None),
                card(Some(1), "st-none", false, None),
            ],
        );
        assert_eq!(text(&t, "emotion", "class"), "emo-pos2");
    }

    #[test]
    fn a_tile_without_figures_says_so() {
        let t = tile(&Catalog::english(), &[card(None, "st-none", false, None)]);
        assert_eq!(text(&t, "emotion", "class"), "emo-none");
        assert!(get(get(&t, "emotion").unwrap(), "mean").unwrap().is_none());
        assert_eq!(text(&t, "kpi", "class"), "st-none");
        assert_eq!(text(&t, "value", "class"), "val-none");
        // Planned touchpoints only: their KPIs do not measure them yet.
        let t = tile(
            &Catalog::english(),
            &[card(Some(1), "st-planned", true, None)],
        );
        assert_eq!(text(&t, "kpi", "class"), "st-planned");
    }

    #[test]
    fn means_print_with_a_sign_and_one_decimal() {
        assert_eq!(signed(2.0), "+2");
        assert_eq!(signed(0.25), "+0.3");
        assert_eq!(signed(-1.0 / 3.0), "−0.3");
        assert_eq!(signed(-0.04), "0");
        assert_eq!(signed(0.0), "0");
    }

    /// The example map with twelve touchpoints more in its Decision ×
    /// Website cell: two of them key, and one off target (the checkout
    /// abandonment KPI is).
    fn crowded() -> Analysed {
        let (_dir, map) = crate::testing::example_map_copy();
        let mut yaml = String::from("touchpoints:\n");
        for k in 0..12 {
            let priority = if k == 3 || k == 9 {
                "key"
            } else {
                "supporting"
            };
            let score = [1, 2, 0, -1][k % 4];
            let kpis = if k == 7 {
                "\n    kpis: [checkout-abandonment]"
            } else {
                ""
            };
            yaml.push_str(&format!(
                "  - id: crowd-{k}\n    name: Crowd {k}\n    stage: decision\n    channel: website\n    priority: {priority}\n    emotion: {{score: {score}}}{kpis}\n"
            ));
        }
        std::fs::write(map.join("touchpoints/crowd.yaml"), yaml).unwrap();
        analyse_map(&map).unwrap()
    }

    fn ids(cards: &Value) -> Vec<String> {
        cards
            .as_array()
            .unwrap()
            .iter()
            .map(|c| get(c, "id").unwrap().as_str().unwrap().to_string())
            .collect()
    }

    fn index(a: &Analysed, kind: &str, id: &str) -> usize {
        let index = if kind == "stage" {
            &a.model.index.stages
        } else {
            &a.model.index.channels
        };
        index[id]
    }

    #[test]
    fn a_crowded_cell_lists_its_key_touchpoints_first_then_the_weakest_and_counts_the_rest() {
        let a = crowded();
        let urls = Urls::new("/repo/");
        let ctx = Ctx::new(&a, &urls, None);
        let (s, c) = (
            index(&a, "stage", "decision"),
            index(&a, "channel", "website"),
        );
        let members = &a.analysis.cells[s][c];
        assert_eq!(
            members.len(),
            13,
            "the example's checkout page and twelve more"
        );
        let cards = members.iter().map(|&i| ctx.card(i)).collect();
        let cell = grid_cell(&ctx, (s, c), members, cards, false);
        let listed = ids(get(&cell, "touchpoints").unwrap());
        assert_eq!(
            listed.len(),
            13,
            "every card is in the page, the rest hidden"
        );
        // The example's checkout page is key and off target: the weakest key one.
        assert_eq!(
            listed[..3],
            ["checkout-page", "crowd-3", "crowd-9"],
            "{listed:?}"
        );
        // Then the supporting ones, weakest first: crowd-7 is off target
        // (-1 - 1), then the -1s, then the neutral ones.
        assert_eq!(
            listed[3..6],
            ["crowd-7", "crowd-11", "crowd-2"],
            "{listed:?}"
        );
        assert_eq!(
            get(&cell, "more").unwrap().as_u64(),
            Some(13 - CELL_SHOWN as u64)
        );
        assert_eq!(
            get(&cell, "url").unwrap().as_str(),
            Some("/repo/map/decision/website/")
        );
        assert_eq!(
            default_view(&a.analysis.cells, a.model.channels.len()),
            "cards"
        );
    }

    #[test]
    fn on_the_map_a_crowded_cell_holds_the_cards_it_shows_and_the_figures_of_the_rest() {
        let a = crowded();
        let urls = Urls::new("/");
        let ctx = Ctx::new(&a, &urls, None);
        let (s, c) = (
            index(&a, "stage", "decision"),
            index(&a, "channel", "website"),
        );
        let members = &a.analysis.cells[s][c];
        let cards: Vec<Value> = members.iter().map(|&i| ctx.card(i)).collect();
        let full = grid_cell(&ctx, (s, c), members, cards.clone(), false);
        let cell = grid_cell(&ctx, (s, c), members, cards, true);
        // The same first six cards, and no more.
        let listed = ids(get(&cell, "touchpoints").unwrap());
        assert_eq!(listed.len(), CELL_SHOWN);
        assert_eq!(
            listed,
            ids(get(&full, "touchpoints").unwrap())[..CELL_SHOWN]
        );
        assert_eq!(get(&cell, "more").unwrap().as_u64(), Some(7));
        // The tile counts all thirteen.
        assert_eq!(
            get(get(&cell, "tile").unwrap(), "count").unwrap().as_u64(),
            Some(13)
        );
        // One word for each of the seven left to the cell's page, in the
        // order of the grid: the neutral supporting ones (score 0, no KPIs,
        // value not rated) that serve everyone.
        let rest = get(&cell, "rest").unwrap().as_str().unwrap().to_string();
        let words: Vec<&str> = rest.split(' ').collect();
        assert_eq!(words.len(), 7, "{rest}");
        assert!(words.contains(&"*~~0~~"), "{rest}");
        // Without trimming (a persona's page) there is no rest.
        assert!(get(&full, "rest").unwrap().is_none());
    }

    #[test]
    fn a_touchpoint_left_to_the_cells_page_says_what_the_filters_and_the_tile_need() {
        let (_dir, map) = crate::testing::example_map_copy();
        let analysed = analyse_map(&map).unwrap();
        let urls = Urls::new("/");
        let ctx = Ctx::new(&analysed, &urls, None);
        let m = &analysed.model;
        let word = |id: &str| rest_data(&ctx, std::iter::once(m.index.touchpoints[id]));
        // Each word: personas, flags, emotion, KPI status, value; one per
        // touchpoint.
        for t in &m.touchpoints {
            let w = word(&t.id);
            let parts: Vec<&str> = w.split('~').collect();
            assert_eq!(parts.len(), 5, "{}: {w}", t.id);
            assert_eq!(parts[1].contains('k'), t.priority == Priority::Key, "{w}");
            assert_eq!(
                parts[1].contains('p'),
                t.state == crate::model::State::Planned,
                "{w}"
            );
            let overall = t.overall_emotion().map(|e| e.score.to_string());
            assert_eq!(
                parts[2].split(',').next(),
                Some(overall.unwrap_or_default().as_str())
            );
            if t.all_personas {
                assert_eq!(parts[0], "*");
            } else {
                let named: Vec<usize> = parts[0]
                    .split('.')
                    .filter(|p| !p.is_empty())
                    .map(|p| p.parse().unwrap())
                    .collect();
                let expected: Vec<usize> =
                    t.personas.iter().map(|p| m.index.personas[&p.id]).collect();
                assert_eq!(named, expected, "{w}");
            }
        }
        // The checkout page: key, off target (the first status of concern).
        let w = word("checkout-page");
        assert!(w.contains("~k"), "{w}");
        assert_eq!(w.split('~').nth(3), Some("0"), "{w}");
        assert_eq!(rest_data(&ctx, std::iter::empty()), "");
    }

    #[test]
    fn cells_of_eight_keep_their_order_and_show_every_card() {
        let a = analyse_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map")).unwrap();
        let urls = Urls::new("/");
        let ctx = Ctx::new(&a, &urls, None);
        for (s, row) in a.analysis.cells.iter().enumerate() {
            for (c, members) in row.iter().enumerate() {
                let cards = members.iter().map(|&i| ctx.card(i)).collect();
                let cell = grid_cell(&ctx, (s, c), members, cards, false);
                let expected: Vec<String> = members
                    .iter()
                    .map(|&i| a.model.touchpoints[i].id.clone())
                    .collect();
                assert_eq!(ids(get(&cell, "touchpoints").unwrap()), expected);
                assert_eq!(get(&cell, "more").unwrap().as_u64(), Some(0));
                assert_eq!(get(&cell, "url").unwrap().is_none(), members.is_empty());
            }
        }
        // Sixteen cards tall: the example opens on its cards.
        assert_eq!(
            default_view(&a.analysis.cells, a.model.channels.len()),
            "cards"
        );
    }

    #[test]
    fn a_map_whose_grid_is_more_than_two_screens_tall_opens_on_its_overview() {
        let crowded_row = |n: usize| vec![vec![(0..n).collect::<Vec<usize>>()]];
        // One channel: a cell of 20 stands 7 cards tall.
        assert_eq!(default_view(&crowded_row(20), 1), "cards");
        let stages = vec![vec![vec![0usize; 2]; 13]];
        assert_eq!(default_view(&stages, 13), "overview");
        let stages = vec![vec![vec![0usize; 2]; 12]];
        assert_eq!(default_view(&stages, 12), "cards");
    }

    #[test]
    fn the_page_of_a_cell_lists_all_its_touchpoints_with_the_tiles_figures() {
        let a = crowded();
        let urls = Urls::new("/");
        let ctx = Ctx::new(&a, &urls, None);
        let (s, c) = (
            index(&a, "stage", "decision"),
            index(&a, "channel", "website"),
        );
        let page = cell(&ctx, s, c);
        assert_eq!(page.path, "map/decision/website/");
        assert_eq!(page.title, "Decision · Website");
        assert_eq!(page.section, Some(Section::Map));
        let listed = ids(get(&page.data, "touchpoints").unwrap());
        assert_eq!(listed.len(), 13);
        assert_eq!(listed[0], "checkout-page");
        for k in 0..12 {
            assert!(listed.contains(&format!("crowd-{k}")), "{listed:?}");
        }
        let tile = get(&page.data, "tile").unwrap();
        assert_eq!(get(tile, "count").unwrap().as_u64(), Some(13));
        assert_eq!(text(tile, "kpi", "class"), "st-off");
    }
}

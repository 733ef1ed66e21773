//! The journey's lanes, on its page and on each persona's: per stage, a
//! card for each touchpoint a persona meets, saying what it meets there
//! (the product, the interaction, the communication, what it thinks, its
//! pains and our opportunities), in columns as wide as the curve's stage
//! bands (`journey.rs` draws the curve).

use super::walks::{Who, emotion_of};
use super::*;
use crate::analyse::mean_emotion;
use crate::render::charts::StepLayout;
use crate::render::views::{emotion_view, emotion_word};
use crate::site::lanes::{FOLD_ABOVE, lane_has_page};

/// Above this many stages the lanes are one stage under another: side by
/// side each column would be too narrow for a card.
const COLUMNS_UP_TO: usize = 7;

/// The lanes' columns, as wide as the curve's bands: `columns` for CSS
/// `grid-template-columns` and the margins beside them in per cent of the
/// width. Side by side only while the curve fits the page (`stacked`
/// otherwise: it scrolls, and columns could not stay under its bands).
pub(super) fn columns(layout: &StepLayout) -> Value {
    let columns: Vec<String> = layout
        .bands
        .iter()
        .map(|&(_, w)| format!("{}fr", fmt_num(w)))
        .collect();
    let pct = |v: f64| fmt_num(v / layout.width * 100.0);
    tv!({
        "columns": columns.join(" "),
        "left": pct(layout.left),
        "right": pct(layout.right),
        "stacked": layout.wide || layout.bands.len() > COLUMNS_UP_TO,
    })
}

/// What one touchpoint shows on its card in the lanes, the same for every
/// persona: its name, link and flags, and the lanes it has something in
/// (product, interaction, communication, perception, pains,
/// opportunities); built once and shared by the journey page and the
/// persona pages.
pub fn lane_card(ctx: &Ctx, i: usize) -> Value {
    let t = &ctx.model.touchpoints[i];
    let one = |v: &Option<String>| v.iter().cloned().collect::<Vec<_>>();
    let words = &ctx.model.words;
    let lanes: Vec<Value> = [
        ("journey-lane-product", "product", one(&t.product)),
        (
            "journey-lane-interaction",
            "interaction",
            one(&t.interaction),
        ),
        (
            "journey-lane-communication",
            "communication",
            one(&t.communication),
        ),
        ("journey-lane-perception", "perception", one(&t.perception)),
        ("journey-lane-pains", "pains", t.pains.clone()),
        (
            "journey-lane-opportunities",
            "opportunities",
            t.opportunities.iter().map(|o| o.text.clone()).collect(),
        ),
    ]
    .into_iter()
    .filter(|(.., items)| !items.is_empty())
    .map(|(name, kind, items)| tv!({ "name": words.text(name), "kind": kind, "items": items }))
    .collect();
    tv!({
        "id": t.id,
        "name": t.name,
        "url": ctx.urls.entity("touchpoints", &t.id),
        "channel": ctx.model.channel(&t.channel.id).map(|c| c.name.as_str()).unwrap_or(""),
        "is_key": t.priority == crate::model::Priority::Key,
        "is_planned": t.state == State::Planned,
        "lanes": lanes,
    })
}

/// One persona's lanes: per stage, a card per touchpoint it meets,
/// coloured by how the persona feels there; folded per stage above
/// [`FOLD_ABOVE`] touchpoints, and a stage past
/// [`LANE_SHOWN_UP_TO`](crate::site::lanes::LANE_SHOWN_UP_TO) of
/// them in folded lanes a summary, with a link to its page.
pub(super) fn lanes(ctx: &Ctx, who: &Who, met: &[Vec<usize>]) -> Value {
    let total: usize = met.iter().map(Vec::len).sum();
    let stages: Vec<Value> = ctx
        .model
        .stages
        .iter()
        .zip(met)
        .enumerate()
        .map(|(s, (st, members))| {
            let mut stage = tv!({
                "id": st.id,
                "name": st.name,
                "url": ctx.urls.entity("stages", &st.id),
                "count": members.len(),
            });
            if lane_has_page(total, members.len()) {
                set(
                    &mut stage,
                    "cards",
                    lane_cards(ctx, who, &lowest(ctx, who, members)),
                );
                set(&mut stage, "summary", summary(ctx, who, s, members));
            } else {
                set(&mut stage, "cards", lane_cards(ctx, who, members));
            }
            stage
        })
        .collect();
    let summarised = met.iter().any(|m| lane_has_page(total, m.len()));
    tv!({ "folded": total > FOLD_ABOVE, "summarised": summarised, "total": total, "stages": stages })
}

/// The lane cards of touchpoints `members`, each coloured by how `who`
/// feels there.
pub(super) fn lane_cards(ctx: &Ctx, who: &Who, members: &[usize]) -> Vec<Value> {
    let persona = who.persona.map(|_| who.id);
    let all_cards = ctx.lane_cards();
    members
        .iter()
        .map(|&i| {
            let e = emotion_of(&ctx.model.touchpoints[i], persona);
            tv!({
                "tp": all_cards[i].clone(),
                "emotion": emotion_view(&ctx.model.words, e.as_ref().map(|e| e.score), e.as_ref().and_then(|e| e.label.as_deref())),
            })
        })
        .collect()
}

/// How many of a summarised lane's touchpoints it shows: its lowest points.
const LOWEST: usize = 3;

/// The [`LOWEST`] current touchpoints of `members` where `who` feels worst,
/// the first met first among equals, in journey order: what a summarised
/// lane shows of itself, as the curve names its moments of pain.
fn lowest(ctx: &Ctx, who: &Who, members: &[usize]) -> Vec<usize> {
    let persona = who.persona.map(|_| who.id);
    let mut rated: Vec<(i8, usize)> = members
        .iter()
        .enumerate()
        .filter(|&(_, &i)| ctx.model.touchpoints[i].state != State::Planned)
        .filter_map(|(k, &i)| Some((emotion_of(&ctx.model.touchpoints[i], persona)?.score, k)))
        .collect();
    rated.sort_unstable();
    let mut chosen: Vec<usize> = rated.iter().take(LOWEST).map(|&(_, k)| k).collect();
    chosen.sort_unstable();
    chosen.into_iter().map(|k| members[k]).collect()
}

/// A mean score as the lanes print it, to a tenth, in the map's language:
/// `+0.3`, `0` (never `-0.0`), `−1.2` (a minus sign, as the curve's axis).
fn signed_tenths(ctx: &Ctx, v: f64) -> String {
    let v = round1(v);
    let printed = if v > 0.0 {
        format!("+{}", fmt_num(v))
    } else if v < 0.0 {
        format!("−{}", fmt_num(-v))
    } else {
        "0".to_string()
    };
    ctx.model.words.numbers().localise(&printed)
}

/// What a lane with a page of its own says of itself where it is
/// summarised, and at the top of its page: how many touchpoints, how `who`
/// feels there on average (as-is), and its page's address.
pub(super) fn summary(ctx: &Ctx, who: &Who, s: usize, members: &[usize]) -> Value {
    let persona = who.persona.map(|_| who.id);
    let words = &ctx.model.words;
    let mean = mean_emotion(ctx.model, members, persona, false).map(|m| {
        tv!({
            "mean": signed_tenths(ctx, m),
            "word": emotion_word(words, Some(m.round() as i8)),
            "class": get(&emotion_view(words, Some(m.round() as i8), None), "class").cloned(),
        })
    });
    tv!({
        "count": members.len(),
        "mean": mean,
        "url": ctx.urls.to(&Page::Lane(who.persona, s, 1).path(ctx.model)),
    })
}

#[cfg(test)]
mod tests {
    use super::super::walks::by_stage;
    use super::*;
    use crate::pipeline::analyse_map;
    use crate::render::urls::Urls;
    use std::path::Path;

    fn example() -> crate::analyse::Analysed {
        analyse_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map")).unwrap()
    }

    /// The example map with `n` more touchpoints for Nina, in a new file.
    fn example_with(n: usize) -> (tempfile::TempDir, crate::analyse::Analysed) {
        let (dir, map) = crate::testing::example_map_copy();
        let mut yaml = String::from("touchpoints:\n");
        for k in 0..n {
            yaml.push_str(&format!(
                "  - id: extra-{k}\n    name: Extra {k}\n    stage: decision\n    channel: website\n    personas: [new-runner]\n    emotion: {{score: -1}}\n"
            ));
        }
        std::fs::write(map.join("touchpoints/extra.yaml"), yaml).unwrap();
        let analysed = analyse_map(&map).unwrap();
        (dir, analysed)
    }

    #[test]
    fn a_persona_with_more_than_sixty_touchpoints_has_its_stages_folded() {
        let folded = |analysed: &crate::analyse::Analysed| -> Vec<(String, bool, u64)> {
            let urls = Urls::new("/");
            let ctx = Ctx::new(analysed, &urls, None);
            let data = journey_data(&ctx, None);
            get(&data, "walks")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|w| {
                    let lanes = get(w, "lanes").unwrap();
                    (
                        get(w, "id").and_then(Value::as_str).unwrap().to_string(),
                        get(lanes, "folded").and_then(Value::as_bool).unwrap(),
                        get(lanes, "total").and_then(Value::as_u64).unwrap(),
                    )
                })
                .collect()
        };
        // The example map (28 touchpoints) shows its lanes open.
        for (id, f, total) in folded(&example()) {
            assert!(!f && total <= FOLD_ABOVE as u64, "{id}: {total}");
        }
        let nina = |analysed| {
            folded(&analysed)
                .into_iter()
                .find(|(id, ..)| id == "new-runner")
                .unwrap()
        };
        let (_dir, analysed) = example_with(0);
        let base = nina(analysed).2 as usize;
        let (_dir, analysed) = example_with(FOLD_ABOVE - base);
        assert!(!nina(analysed).1, "{FOLD_ABOVE} touchpoints stay open");
        let (_dir, analysed) = example_with(FOLD_ABOVE + 1 - base);
        let (_, folded_now, total) = nina(analysed);
        assert!(folded_now, "{total} touchpoints are folded");
    }

    #[test]
    fn a_lane_s_mean_has_a_sign_a_minus_and_no_negative_zero() {
        let analysed = example();
        let urls = Urls::new("/");
        let ctx = Ctx::new(&analysed, &urls, None);
        assert_eq!(signed_tenths(&ctx, -0.04), "0");
        assert_eq!(signed_tenths(&ctx, 0.26), "+0.3");
        assert_eq!(signed_tenths(&ctx, -1.25), "−1.3");
        assert_eq!(signed_tenths(&ctx, 2.0), "+2");
    }

    #[test]
    fn a_crowded_stage_of_folded_lanes_shows_its_lowest_points_and_links_to_its_page() {
        let (_dir, analysed) = example_with(70);
        let urls = Urls::new("/");
        let ctx = Ctx::new(&analysed, &urls, None);
        let m = &analysed.model;
        let data = journey_data(&ctx, None);
        let walks = get(&data, "walks").unwrap().as_array().unwrap();
        let walk = |id: &str| {
            walks
                .iter()
                .find(|w| get(w, "id").and_then(Value::as_str) == Some(id))
                .unwrap()
        };
        let stages = |id: &str| {
            get(get(walk(id), "lanes").unwrap(), "stages")
                .unwrap()
                .as_array()
                .unwrap()
                .to_vec()
        };
        let cards = |stage: &Value| -> Vec<String> {
            get(stage, "cards")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    get(get(c, "tp").unwrap(), "id")
                        .unwrap()
                        .as_str()
                        .unwrap()
                        .to_string()
                })
                .collect()
        };
        for stage in stages("new-runner") {
            let id = get(&stage, "id").and_then(Value::as_str).unwrap();
            let count = get(&stage, "count").and_then(Value::as_u64).unwrap() as usize;
            let summary = get(&stage, "summary");
            if id != "decision" {
                // Nina's other stages hold a few: every card, no summary.
                assert!(count <= 12 && summary.is_none(), "{id}: {count}");
                assert_eq!(cards(&stage).len(), count);
                continue;
            }
            let summary = summary.expect("the decision stage is summarised");
            assert!(count > 70, "{count}");
            assert_eq!(
                get(summary, "url").and_then(Value::as_str),
                Some("/personas/new-runner/decision/")
            );
            assert_eq!(
                get(summary, "count").and_then(Value::as_u64),
                Some(count as u64)
            );
            // The lowest three current points: none of the lane's rated
            // touchpoints feels worse than the best of them.
            let shown = cards(&stage);
            assert_eq!(shown.len(), 3, "{shown:?}");
            let score = |id: &str| {
                m.touchpoint(id)
                    .unwrap()
                    .emotion_for("new-runner")
                    .map(|e| e.score)
            };
            let worst_shown = shown.iter().filter_map(|id| score(id)).max().unwrap();
            let lane = by_stage(&ctx, Some(m.index.personas["new-runner"]));
            let below = lane[m.index.stages["decision"]]
                .iter()
                .filter(|&&i| m.touchpoints[i].state != State::Planned)
                .filter(|&&i| !shown.contains(&m.touchpoints[i].id))
                .filter_map(|&i| score(&m.touchpoints[i].id))
                .filter(|&s| s < worst_shown)
                .count();
            assert_eq!(below, 0, "{shown:?}");
        }
        // Marco meets fewer than sixty: open lanes, every card.
        for stage in stages("marathoner") {
            assert!(get(&stage, "summary").is_none());
            let count = get(&stage, "count").and_then(Value::as_u64).unwrap() as usize;
            assert_eq!(cards(&stage).len(), count);
        }
    }
}

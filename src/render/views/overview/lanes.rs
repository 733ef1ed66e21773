//! The journey's lanes, on its page and on each persona's: per stage, a
//! card for each touchpoint a persona meets, saying what it meets there
//! (the product, the interaction, the communication, what it thinks, its
//! pains and our opportunities), in columns as wide as the curve's stage
//! bands (`journey.rs` draws the curve).

use super::walks::{Who, emotion_of};
use super::*;
use crate::render::charts::StepLayout;
use crate::render::views::emotion_view;

/// Above this many touchpoints a persona's lanes are folded, one stage
/// under another, each opened on demand. A card takes about a sixth of a
/// screen: open lanes of more run to several screens per persona, and a
/// journey page of a few such personas past thirty.
const FOLD_ABOVE: usize = 60;

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
/// [`FOLD_ABOVE`] touchpoints.
pub(super) fn lanes(ctx: &Ctx, who: &Who, met: &[Vec<usize>]) -> Value {
    let persona = who.persona.map(|_| who.id);
    let all_cards = ctx.lane_cards();
    let total: usize = met.iter().map(Vec::len).sum();
    let stages: Vec<Value> = ctx
        .model
        .stages
        .iter()
        .zip(met)
        .map(|(st, members)| {
            let cards: Vec<Value> = members
                .iter()
                .map(|&i| {
                    let e = emotion_of(&ctx.model.touchpoints[i], persona);
                    tv!({
                        "tp": all_cards[i].clone(),
                        "emotion": emotion_view(&ctx.model.words, e.as_ref().map(|e| e.score), e.as_ref().and_then(|e| e.label.as_deref())),
                    })
                })
                .collect();
            tv!({
                "id": st.id,
                "name": st.name,
                "url": ctx.urls.entity("stages", &st.id),
                "cards": cards,
            })
        })
        .collect();
    tv!({ "folded": total > FOLD_ABOVE, "total": total, "stages": stages })
}

#[cfg(test)]
mod tests {
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
}

//! The journey page: the emotion curve of each persona along the stages,
//! and the lanes of what happens at each stage.

use super::*;
use crate::analyse::mean_emotion;

/// The touchpoints of each stage, in journey order: all of them, or those
/// serving one persona. Read from the persona's list, not by testing each
/// touchpoint, so that the cost of a persona's views follows its own size.
pub(in crate::render::views) fn by_stage(ctx: &Ctx, persona: Option<usize>) -> Vec<Vec<usize>> {
    let a = ctx.analysis;
    match persona {
        None => a.cells.iter().map(|row| row.concat()).collect(),
        Some(pi) => {
            let lists = ctx.lists();
            let mut stages = vec![Vec::new(); ctx.model.stages.len()];
            for &i in &lists.persona[pi] {
                stages[lists.cell[i].0].push(i);
            }
            stages
        }
    }
}

/// Mean emotion per stage of `stages` (see [`by_stage`]), as `persona`
/// feels it or for everyone; `planned` includes the planned touchpoints
/// (the to-be journey), otherwise current only.
pub(in crate::render::views) fn curve(
    ctx: &Ctx,
    stages: &[Vec<usize>],
    persona: Option<&str>,
    planned: bool,
) -> Vec<Option<f64>> {
    stages
        .iter()
        .map(|members| mean_emotion(ctx.model, members, persona, planned).map(round1))
        .collect()
}

/// The emotion curve of one persona (or everyone), as-is and planned.
pub(in crate::render::views) fn persona_curve(
    ctx: &Ctx,
    stages: &[Vec<usize>],
    persona: Option<&str>,
    who: &str,
    id: &str,
) -> Value {
    let stage_names: Vec<String> = ctx.model.stages.iter().map(|s| s.name.clone()).collect();
    let as_is = curve(ctx, stages, persona, false);
    let to_be = curve(ctx, stages, persona, true);
    let series = vec![
        Series {
            label: format!("{who} — as-is"),
            points: as_is.clone(),
            dashed: false,
        },
        Series {
            label: format!("{who} — with planned touchpoints"),
            points: to_be.clone(),
            dashed: true,
        },
    ];
    let table: Vec<Value> = stage_names
        .iter()
        .enumerate()
        .map(|(s, name)| tv!({ "stage": name, "as_is": as_is[s].map(fmt_num), "to_be": to_be[s].map(fmt_num) }))
        .collect();
    tv!({
        "svg": charts::emotion_curve(id, &format!("Emotion across the journey: {who}"), &stage_names, &series),
        "table": table,
    })
}

/// The lanes of the journey view: for each stage of `stages` (see
/// [`by_stage`]), what the customer meets, in the order it was written.
pub(in crate::render::views) fn lanes(ctx: &Ctx, stages: &[Vec<usize>]) -> Vec<Value> {
    let m = ctx.model;
    m.stages
        .iter()
        .zip(stages)
        .map(|(st, members)| {
            let tps: Vec<usize> = {
                let mut v = members.clone();
                v.sort_unstable();
                v
            };
            let items = ctx.lane_items();
            let lane = |f: fn(&LaneItems) -> &Vec<Value>| -> Vec<Value> {
                tps.iter()
                    .flat_map(|&i| f(&items[i]).iter().cloned())
                    .collect()
            };
            tv!({
                "id": st.id,
                "name": st.name,
                "url": ctx.urls.entity("stages", &st.id),
                "touchpoints": tps.iter().map(|&i| ctx.card(i)).collect::<Vec<_>>(),
                "product": lane(|t| &t.product),
                "interaction": lane(|t| &t.interaction),
                "communication": lane(|t| &t.communication),
                "perception": lane(|t| &t.perception),
                "pains": lane(|t| &t.pains),
                "opportunities": lane(|t| &t.opportunities),
            })
        })
        .collect()
}

/// What one touchpoint puts in each lane of the journey: `{text, touchpoint,
/// url}` items, built once and shared by the journey page and the persona
/// pages (each shows every touchpoint of its personas).
pub struct LaneItems {
    pub product: Vec<Value>,
    pub interaction: Vec<Value>,
    pub communication: Vec<Value>,
    pub perception: Vec<Value>,
    pub pains: Vec<Value>,
    pub opportunities: Vec<Value>,
}

pub fn lane_items(ctx: &Ctx, i: usize) -> LaneItems {
    let t = &ctx.model.touchpoints[i];
    let item = |text: &String| tv!({ "text": text, "touchpoint": get(&ctx.cards[i], "name"), "url": get(&ctx.cards[i], "url") });
    LaneItems {
        product: t.product.iter().map(item).collect(),
        interaction: t.interaction.iter().map(item).collect(),
        communication: t.communication.iter().map(item).collect(),
        perception: t.perception.iter().map(item).collect(),
        pains: t.pains.iter().map(item).collect(),
        opportunities: t.opportunities.iter().map(|o| item(&o.text)).collect(),
    }
}

/// The journey of one persona (an index into `model.personas`) or of
/// everyone: its emotion curve and its lanes.
pub fn journey_data(ctx: &Ctx, persona: Option<usize>, chart_id: &str) -> Value {
    let stages = by_stage(ctx, persona);
    let who = persona.map_or("All customers", |pi| &ctx.model.personas[pi].name);
    let id = persona.map(|pi| ctx.model.personas[pi].id.as_str());
    tv!({
        "curve": persona_curve(ctx, &stages, id, who, chart_id),
        "lanes": lanes(ctx, &stages),
    })
}

pub fn journey(ctx: &Ctx) -> PageSpec {
    let mut personas: Vec<Value> = ctx
        .model
        .personas
        .iter()
        .enumerate()
        .map(|(pi, p)| {
            let mut data = journey_data(ctx, Some(pi), &format!("curve-{}", p.id));
            set(&mut data, "id", &p.id);
            set(&mut data, "name", &p.name);
            set(&mut data, "url", ctx.urls.entity("personas", &p.id));
            data
        })
        .collect();
    if personas.is_empty() {
        let mut data = journey_data(ctx, None, "curve-all");
        set(&mut data, "id", "all");
        set(&mut data, "name", "All customers");
        personas.push(data);
    }
    let stages: Vec<Value> = ctx
        .model
        .stages
        .iter()
        .map(|s| tv!({ "id": s.id, "name": s.name }))
        .collect();
    page(
        &Page::Journey.path(ctx.model),
        "journey.html",
        "Customer journey",
        Section::Journey,
        tv!({ "personas": personas, "stages": stages }),
    )
}

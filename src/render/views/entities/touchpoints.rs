//! The page of each touchpoint, and their index.

use super::*;

pub fn touchpoint(ctx: &Ctx, i: usize) -> (PageSpec, BTreeSet<String>) {
    let m = ctx.model;
    let order = &ctx.analysis.journey;
    let position = &ctx.lists().position;
    let t = &m.touchpoints[i];
    let pos = position[i];
    let prev = pos.checked_sub(1).map(|p| ctx.card(order[p]));
    let next = order.get(pos + 1).map(|&n| ctx.card(n));
    let description = t
        .description
        .as_deref()
        .map(|d| markdown::render_field(m, ctx.urls, &source_path(&t.origin), d));
    let mut used = BTreeSet::new();
    if let Some(d) = &description {
        used.extend(d.files.iter().cloned());
    }
    let kpis: Vec<Value> = t
        .kpis
        .iter()
        .filter_map(|k| m.index.kpis.get(&k.id))
        .map(|&ki| {
            // The trend as a sparkline with its target line, not the KPI's
            // full chart: that chart is the KPI page's, and a KPI measuring
            // twenty touchpoints drew it (5 KB) on twenty pages.
            let mut v = kpi_summary(ctx, ki);
            let values = m.kpis[ki].numbers();
            if values.len() > 1 {
                set(
                    &mut v,
                    "sparkline",
                    sparkline(&m.words, &m.kpis[ki], &values),
                );
            }
            v
        })
        .collect();
    let competitors: Vec<Value> = t
        .competitors
        .iter()
        .map(|p| {
            let c = m.competitor(&p.competitor.id);
            tv!({
                "id": p.competitor.id,
                "name": c.map(|c| c.name.as_str()).unwrap_or(""),
                "url": ctx.urls.entity("competitors", &p.competitor.id),
                "practice": p.practice,
                "differentiation": p.differentiation,
            })
        })
        .collect();
    let value: Vec<Value> = m
        .value_proposition
        .components
        .iter()
        .map(|c| tv!({ "id": c.id, "name": c.name, "score": t.value.get(&c.id) }))
        .collect();
    let brand = |ids: &Vec<crate::model::Ref>| -> Vec<Value> {
        ids.iter()
            .map(|r| {
                let name = m
                    .site
                    .brand_values
                    .iter()
                    .find(|b| b.id == r.id)
                    .map(|b| b.name.clone());
                tv!({ "id": r.id, "name": name })
            })
            .collect()
    };
    let stage = m
        .stage(&t.stage.id)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let channel = m
        .channel(&t.channel.id)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let data = tv!({
        "tp": ctx.card(i),
        "description": description.map(|d| d.html),
        "product": t.product,
        "interaction": t.interaction,
        "communication": t.communication,
        "perception": t.perception,
        "emotion": emotion_of(&ctx.model.words, t.overall_emotion().as_ref()),
        "persona_emotions": persona_emotions(ctx, t),
        "value": value,
        "pains": t.pains,
        "opportunities": t.opportunities.iter().map(|o| super::super::overview::opportunity_view(&m.words, o)).collect::<Vec<_>>(),
        "strength": signed_mean(ctx, ctx.analysis.touchpoints[i].strength),
        "risks": t.risks,
        "aligned": brand(&t.brand_values.aligned),
        "conflicts": brand(&t.brand_values.conflicts),
        "competitors": competitors,
        "kpis": kpis,
        "personas": ref_links(ctx, "personas", t.personas.iter().map(|p| p.id.as_str())),
        "notes": notes_of(ctx, &ctx.analysis.backlinks.touchpoint_notes, &t.id),
        "prev": prev,
        "next": next,
    });
    let spec = PageSpec {
        path: Page::Touchpoint(i).path(ctx.model),
        template: "touchpoint.html",
        title: t.name.clone(),
        crumbs: crumbs(&[
            (&m.words.text("nav-map"), ctx.urls.to("map/")),
            (&stage, ctx.urls.entity("stages", &t.stage.id)),
            (&channel, ctx.urls.entity("channels", &t.channel.id)),
        ]),
        section: Some(Section::Touchpoints),
        data,
    };
    (spec, used)
}

/// When the touchpoint's emotion differs by persona: each persona's, with
/// its name, in the map's order of personas; those it serves (the ones
/// without an emotion there "not rated") and those its `emotion` names.
/// Empty when one emotion is everyone's.
fn persona_emotions(ctx: &Ctx, t: &crate::model::Touchpoint) -> Vec<Value> {
    let Some(crate::model::TouchpointEmotion::PerPersona(each)) = &t.emotion else {
        return Vec::new();
    };
    let named = |id: &str| each.iter().any(|p| p.persona.id == id);
    let served = |id: &str| t.personas.iter().any(|p| p.id == id);
    ctx.model
        .personas
        .iter()
        .filter(|p| served(&p.id) || named(&p.id))
        .map(|p| {
            tv!({
                "id": p.id,
                "name": p.name,
                "url": ctx.urls.entity("personas", &p.id),
                "emotion": emotion_of(&ctx.model.words, t.emotion_for(&p.id)),
            })
        })
        .collect()
}

/// Page `n` (from 1) of the touchpoints in journey order, stage by stage.
pub fn touchpoint_index(ctx: &Ctx, n: usize) -> PageSpec {
    let journey = &ctx.analysis.journey;
    let (rows, pager) = list_slice(ctx, Section::Touchpoints, journey, n);
    PageSpec {
        path: Page::TouchpointIndex(n).path(ctx.model),
        template: "touchpoints.html",
        title: paged_title(ctx, "title-touchpoints", n),
        crumbs: vec![],
        section: Some(Section::Touchpoints),
        data: tv!({
            "touchpoints": cards_of(ctx, rows),
            "total": journey.len(),
            "pager": pager,
        }),
    }
}

/// The cards of touchpoints `indices`.
pub(in crate::render::views) fn cards_of(ctx: &Ctx, indices: &[usize]) -> Vec<Value> {
    indices.iter().map(|&i| ctx.card(i)).collect()
}

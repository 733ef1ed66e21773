//! One page per entity (touchpoint, stage, channel, persona, KPI, competitor,
//! note) and the index page of each kind.

use super::overview::{gain_text, journey_data, pain_text};
use super::value::{Value, get, set, tv};
use super::{
    Ctx, Page, PageSpec, emotion_view, fmt_num, md, measure_text, ref_links, round1, status_view,
};
use crate::analyse::links::source_path;
use crate::model::{MeasureValue, Model, State};
use crate::render::charts::{self, Point2, Profile, TimePoint};
use crate::render::markdown;
use std::collections::{BTreeMap, BTreeSet};

fn crumbs(items: &[(&str, String)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(t, u)| (t.to_string(), u.clone()))
        .collect()
}

fn notes_of(ctx: &Ctx, map: &BTreeMap<String, BTreeSet<String>>, id: &str) -> Vec<Value> {
    map.get(id)
        .map(|set| ref_links(ctx, "notes", set.iter().map(String::as_str)))
        .unwrap_or_default()
}

/// Stands for the element id in a KPI chart drawn once for all its pages.
const CHART_ID: &str = "touchmap-kpi-chart-id-placeholder";

/// The KPI chart of KPI index `i` with element id `id`, or `None` when it has
/// no numeric data. A KPI's chart is the same on every page that shows it
/// but for its id (every touchpoint the KPI measures shows it): it is drawn
/// once, with a placeholder id, and each page puts its id in.
fn kpi_chart(ctx: &Ctx, i: usize, id: &str) -> Option<String> {
    let k = &ctx.model.kpis[i];
    // The chart writes a plain id (`[a-z0-9_-]`) as it is; anything else,
    // or a name that holds the placeholder, is drawn for the page.
    let plain = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    };
    let text_has = |s: Option<&str>| s.is_some_and(|s| s.contains(CHART_ID));
    if !plain(id) || id.is_empty() || text_has(Some(&k.name)) || text_has(k.unit.as_deref()) {
        return draw_kpi_chart(ctx, i, id);
    }
    ctx.kpi_chart(i, || draw_kpi_chart(ctx, i, CHART_ID))
        .as_deref()
        .map(|svg| svg.replace(CHART_ID, id))
}

fn draw_kpi_chart(ctx: &Ctx, i: usize, id: &str) -> Option<String> {
    let k = &ctx.model.kpis[i];
    let points: Vec<TimePoint> = k
        .measurements
        .iter()
        .filter_map(|m| match m.value {
            MeasureValue::Number(v) => Some(TimePoint {
                date: m.date.clone(),
                value: v,
            }),
            MeasureValue::Text(_) => None,
        })
        .collect();
    if points.is_empty() {
        return None;
    }
    let num = |v: &Option<MeasureValue>| match v {
        Some(MeasureValue::Number(n)) => Some(*n),
        _ => None,
    };
    Some(charts::kpi_chart(
        id,
        &k.name,
        &points,
        num(&k.target),
        num(&k.baseline),
        k.unit.as_deref(),
    ))
}

fn kpi_summary(ctx: &Ctx, i: usize) -> Value {
    let k = &ctx.model.kpis[i];
    let h = &ctx.analysis.kpis[i];
    tv!({
        "id": k.id,
        "name": k.name,
        "url": ctx.urls.entity("kpis", &k.id),
        "unit": k.unit,
        "kind": k.kind,
        "direction": k.direction,
        "has_direction": crate::analyse::kpi::has_direction(k),
        "status": status_view(Some(h.status)),
        "latest": h.latest.as_ref().map(|m| measure_text(&m.value, k.unit.as_deref())),
        "latest_date": h.latest.as_ref().map(|m| m.date.clone()),
        "target": k.target.as_ref().map(|t| measure_text(t, k.unit.as_deref())),
        "baseline": k.baseline.as_ref().map(|t| measure_text(t, k.unit.as_deref())),
        "owner": k.owner,
        "source": k.source,
    })
}

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
            let mut v = kpi_summary(ctx, ki);
            set(
                &mut v,
                "chart",
                kpi_chart(ctx, ki, &format!("kpi-{}-{}", t.id, m.kpis[ki].id)),
            );
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
        "emotion": emotion_view(t.emotion.as_ref().map(|e| e.score), t.emotion.as_ref().and_then(|e| e.label.as_deref())),
        "value": value,
        "pains": t.pains,
        "opportunities": t.opportunities,
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
            ("Map", ctx.urls.to("map/")),
            (&stage, ctx.urls.entity("stages", &t.stage.id)),
            (&channel, ctx.urls.entity("channels", &t.channel.id)),
        ]),
        section: "touchpoints",
        data,
    };
    (spec, used)
}

pub fn touchpoint_index(ctx: &Ctx) -> PageSpec {
    let rows: Vec<Value> = cards_of(ctx, &ctx.analysis.journey);
    PageSpec {
        path: Page::TouchpointIndex.path(ctx.model),
        template: "touchpoints.html",
        title: "Touchpoints".into(),
        crumbs: vec![],
        section: "touchpoints",
        data: tv!({ "touchpoints": rows }),
    }
}

/// The cards of touchpoints `indices`.
fn cards_of(ctx: &Ctx, indices: &[usize]) -> Vec<Value> {
    indices.iter().map(|&i| ctx.card(i)).collect()
}

pub fn stage(ctx: &Ctx, s: usize) -> PageSpec {
    let m = ctx.model;
    let st = &m.stages[s];
    let f = &ctx.analysis.per_stage[s];
    let by_channel: Vec<Value> = m
                .channels
                .iter()
                .enumerate()
                .map(|(c, ch)| {
                    tv!({
                        "id": ch.id, "name": ch.name, "mode": ch.mode,
                        "url": ctx.urls.entity("channels", &ch.id),
                        "touchpoints": ctx.analysis.cells[s][c].iter().map(|&i| ctx.card(i)).collect::<Vec<_>>(),
                    })
                })
                .collect();
    let components: Vec<Value> = m
        .value_proposition
        .components
        .iter()
        .filter(|c| c.emphasis.iter().any(|e| e.id == st.id))
        .map(|c| tv!({ "id": c.id, "name": c.name }))
        .collect();
    PageSpec {
        path: Page::Stage(s).path(ctx.model),
        template: "stage.html",
        title: st.name.clone(),
        crumbs: crumbs(&[
            ("Map", ctx.urls.to("map/")),
            ("Stages", ctx.urls.to("stages/")),
        ]),
        section: "map",
        data: tv!({
            "stage": { "id": st.id, "name": st.name, "description": st.description },
            "figures": { "total": f.total, "analog": f.analog, "digital": f.digital, "key": f.key, "overloaded": f.overloaded, "emotion": f.emotion.map(round1), "emotion_planned": f.emotion_planned.map(round1), "planned": f.planned, "limit": m.site.max_touchpoints_per_stage },
            "channels": by_channel,
            "emphasis": components,
            "notes": notes_of(ctx, &ctx.analysis.backlinks.stage_notes, &st.id),
            "prev": s.checked_sub(1).map(|p| tv!({ "name": m.stages[p].name, "url": ctx.urls.entity("stages", &m.stages[p].id) })),
            "next": m.stages.get(s + 1).map(|n| tv!({ "name": n.name, "url": ctx.urls.entity("stages", &n.id) })),
        }),
    }
}

pub fn stage_index(ctx: &Ctx) -> PageSpec {
    let rows: Vec<Value> = ctx
        .model
        .stages
        .iter()
        .zip(&ctx.analysis.per_stage)
        .map(|(s, f)| tv!({ "id": s.id, "name": s.name, "description": s.description, "url": ctx.urls.entity("stages", &s.id), "total": f.total }))
        .collect();
    PageSpec {
        path: Page::StageIndex.path(ctx.model),
        template: "stages.html",
        title: "Stages".into(),
        crumbs: crumbs(&[("Map", ctx.urls.to("map/"))]),
        section: "map",
        data: tv!({ "stages": rows }),
    }
}

pub fn channel(ctx: &Ctx, c: usize) -> PageSpec {
    let m = ctx.model;
    let ch = &m.channels[c];
    let by_stage: Vec<Value> = m
                .stages
                .iter()
                .enumerate()
                .map(|(s, st)| {
                    tv!({
                        "id": st.id, "name": st.name,
                        "url": ctx.urls.entity("stages", &st.id),
                        "touchpoints": ctx.analysis.cells[s][c].iter().map(|&i| ctx.card(i)).collect::<Vec<_>>(),
                    })
                })
                .collect();
    let competitors: Vec<Value> = m
                .competitors
                .iter()
                .filter(|comp| comp.channels.iter().any(|r| r.id == ch.id))
                .map(|comp| tv!({ "id": comp.id, "name": comp.name, "url": ctx.urls.entity("competitors", &comp.id) }))
                .collect();
    PageSpec {
        path: Page::Channel(c).path(ctx.model),
        template: "channel.html",
        title: ch.name.clone(),
        crumbs: crumbs(&[
            ("Map", ctx.urls.to("map/")),
            ("Channels", ctx.urls.to("channels/")),
        ]),
        section: "map",
        data: tv!({
            "channel": { "id": ch.id, "name": ch.name, "mode": ch.mode, "description": ch.description },
            "total": ctx.analysis.per_channel[c],
            "stages": by_stage,
            "competitors": competitors,
            "notes": notes_of(ctx, &ctx.analysis.backlinks.channel_notes, &ch.id),
        }),
    }
}

pub fn channel_index(ctx: &Ctx) -> PageSpec {
    let rows: Vec<Value> = ctx
        .model
        .channels
        .iter()
        .zip(&ctx.analysis.per_channel)
        .map(|(c, n)| tv!({ "id": c.id, "name": c.name, "mode": c.mode, "description": c.description, "url": ctx.urls.entity("channels", &c.id), "total": n }))
        .collect();
    PageSpec {
        path: Page::ChannelIndex.path(ctx.model),
        template: "channels.html",
        title: "Channels".into(),
        crumbs: crumbs(&[("Map", ctx.urls.to("map/"))]),
        section: "map",
        data: tv!({ "channels": rows }),
    }
}

pub fn persona(ctx: &Ctx, pi: usize) -> PageSpec {
    let m = ctx.model;
    let (relieved, created) = ctx.addressed();
    let p = &m.personas[pi];
    let journey = journey_data(ctx, Some(pi), &format!("curve-{}", p.id));
    let mine = cards_of(ctx, &ctx.lists().persona[pi]);
    let (grid_stages, grid_rows) = super::overview::grid(ctx, Some(pi));
    let pains: Vec<Value> = p
        .pains
        .iter()
        .map(|pain| {
            let mut v = pain_text(ctx, &pain.id);
            set(
                &mut v,
                "relievers",
                relieved.get(pain.id.as_str()).cloned().unwrap_or_default(),
            );
            v
        })
        .collect();
    let gains: Vec<Value> = p
        .gains
        .iter()
        .map(|g| {
            let mut v = gain_text(ctx, &g.id);
            set(
                &mut v,
                "creators",
                created.get(g.id.as_str()).cloned().unwrap_or_default(),
            );
            v
        })
        .collect();
    let fit = |n: usize, of: usize| (n * 100 + of / 2).checked_div(of);
    let pains_met = pains
        .iter()
        .filter(|v| {
            get(v, "relievers")
                .and_then(Value::as_array)
                .is_some_and(|a| !a.is_empty())
        })
        .count();
    let gains_met = gains
        .iter()
        .filter(|v| {
            get(v, "creators")
                .and_then(Value::as_array)
                .is_some_and(|a| !a.is_empty())
        })
        .count();
    PageSpec {
        path: Page::Persona(pi).path(ctx.model),
        template: "persona.html",
        title: p.name.clone(),
        crumbs: crumbs(&[("Personas", ctx.urls.to("personas/"))]),
        section: "journey",
        data: tv!({
            "persona": { "id": p.id, "name": p.name, "description": md(ctx, &p.origin, p.description.as_deref()), "jobs": p.jobs },
            "pains": pains,
            "gains": gains,
            "fit": { "pains": fit(pains_met, pains.len()), "gains": fit(gains_met, gains.len()), "pains_met": pains_met, "gains_met": gains_met },
            "touchpoints": mine,
            "grid": { "stages": grid_stages, "rows": grid_rows },
            "journey": journey,
            "map_url": format!("{}?persona={}", ctx.urls.to("map/"), p.id),
            "notes": notes_of(ctx, &ctx.analysis.backlinks.persona_notes, &p.id),
        }),
    }
}

pub fn persona_index(ctx: &Ctx) -> PageSpec {
    let rows: Vec<Value> = ctx
        .model
        .personas
        .iter()
        .zip(&ctx.lists().persona)
        .map(|(p, serving)| {
            let n = serving.len();
            tv!({ "id": p.id, "name": p.name, "description": md(ctx, &p.origin, p.description.as_deref()), "url": ctx.urls.entity("personas", &p.id), "touchpoints": n })
        })
        .collect();
    PageSpec {
        path: Page::PersonaIndex.path(ctx.model),
        template: "personas.html",
        title: "Personas".into(),
        crumbs: vec![],
        section: "journey",
        data: tv!({ "personas": rows }),
    }
}

pub fn kpi(ctx: &Ctx, i: usize) -> PageSpec {
    let m = ctx.model;
    let k = &m.kpis[i];
    let h = &ctx.analysis.kpis[i];
    let at: Vec<Value> = cards_of(ctx, &ctx.lists().kpi[i]);
    let benefits: Vec<Value> = m
                .benefits
                .iter()
                .filter(|b| b.kpis.iter().any(|r| r.id == k.id))
                .map(|b| tv!({ "id": b.id, "name": b.name, "url": format!("{}#{}", ctx.urls.to("benefits/"), b.id) }))
                .collect();
    let rows: Vec<Value> = k
        .measurements
        .iter()
        .rev()
        .map(|mm| tv!({ "date": mm.date, "value": measure_text(&mm.value, k.unit.as_deref()) }))
        .collect();
    let mut summary = kpi_summary(ctx, i);
    set(
        &mut summary,
        "description",
        md(ctx, &k.origin, k.description.as_deref()),
    );
    set(&mut summary, "series", &k.series);
    set(&mut summary, "change", h.change_from_baseline.map(fmt_num));
    PageSpec {
        path: Page::Kpi(i).path(ctx.model),
        template: "kpi.html",
        title: k.name.clone(),
        crumbs: crumbs(&[("KPIs", ctx.urls.to("kpis/"))]),
        section: "kpis",
        data: tv!({
            "kpi": summary,
            "chart": kpi_chart(ctx, i, &format!("kpi-{}", k.id)),
            "measurements": rows,
            "touchpoints": at,
            "benefits": benefits,
            "notes": notes_of(ctx, &ctx.analysis.backlinks.kpi_notes, &k.id),
        }),
    }
}

pub fn kpi_index(ctx: &Ctx) -> PageSpec {
    let rows: Vec<Value> = (0..ctx.model.kpis.len())
        .map(|i| {
            let mut v = kpi_summary(ctx, i);
            let values: Vec<f64> = ctx.model.kpis[i]
                .measurements
                .iter()
                .filter_map(|m| match m.value {
                    MeasureValue::Number(n) => Some(n),
                    MeasureValue::Text(_) => None,
                })
                .collect();
            if values.len() > 1 {
                set(
                    &mut v,
                    "sparkline",
                    charts::sparkline(
                        &format!("spark-{}", ctx.model.kpis[i].id),
                        &ctx.model.kpis[i].name,
                        &values,
                    ),
                );
            }
            v
        })
        .collect();
    PageSpec {
        path: Page::KpiIndex.path(ctx.model),
        template: "kpis.html",
        title: "KPIs".into(),
        crumbs: vec![],
        section: "kpis",
        data: tv!({ "kpis": rows, "counts": ctx.analysis.counts }),
    }
}

/// Our own value profile: the mean score per component over the current
/// touchpoints (as-is; the planned ones are not there yet). Read through
/// [`Ctx::own_profile`], which computes it once for all competitor pages.
pub(super) fn own_profile(m: &Model) -> Vec<Option<f64>> {
    m.value_proposition
        .components
        .iter()
        .map(|c| {
            let v: Vec<f64> = m
                .touchpoints
                .iter()
                .filter(|t| t.state == State::Current)
                .filter_map(|t| t.value.get(&c.id).map(|&x| f64::from(x)))
                .collect();
            (!v.is_empty()).then(|| round1(v.iter().sum::<f64>() / v.len() as f64))
        })
        .collect()
}

fn brand_name(m: &Model) -> String {
    m.site.brand.clone().unwrap_or_else(|| "Us".to_string())
}

/// Our profile, then every competitor's or only competitor `only`'s (an
/// index into `model.competitors`).
fn profiles(ctx: &Ctx, only: Option<usize>) -> Vec<Profile> {
    let m = ctx.model;
    let mut out = vec![Profile {
        label: brand_name(m),
        values: ctx.own_profile().to_vec(),
        highlight: true,
    }];
    let chosen = match only {
        Some(ci) => std::slice::from_ref(&m.competitors[ci]),
        None => &m.competitors,
    };
    for c in chosen {
        out.push(Profile {
            label: c.name.clone(),
            values: m
                .value_proposition
                .components
                .iter()
                .map(|comp| c.value.get(&comp.id).map(|&v| f64::from(v)))
                .collect(),
            highlight: false,
        });
    }
    out
}

fn positioning(ctx: &Ctx, id: &str) -> Value {
    let m = ctx.model;
    let (x, y) = (&m.site.positioning.x, &m.site.positioning.y);
    let name_of = |c: &str| {
        m.value_proposition
            .components
            .iter()
            .find(|k| k.id == *c)
            .map(|k| k.name.clone())
            .unwrap_or_else(|| c.to_string())
    };
    let xi = m.index.components.get(x).copied();
    let yi = m.index.components.get(y).copied();
    let own = ctx.own_profile();
    let mut points = Vec::new();
    if let (Some(ox), Some(oy)) = (xi.and_then(|i| own[i]), yi.and_then(|i| own[i])) {
        points.push(Point2 {
            label: brand_name(m),
            x: ox,
            y: oy,
            highlight: true,
        });
    }
    for c in &m.competitors {
        if let (Some(&cx), Some(&cy)) = (c.value.get(x), c.value.get(y)) {
            points.push(Point2 {
                label: c.name.clone(),
                x: f64::from(cx),
                y: f64::from(cy),
                highlight: false,
            });
        }
    }
    let table: Vec<Value> = points
        .iter()
        .map(|p| tv!({ "label": p.label, "x": fmt_num(p.x), "y": fmt_num(p.y) }))
        .collect();
    tv!({
        "x": name_of(x),
        "y": name_of(y),
        "svg": charts::positioning_map(id, "Positioning map", &name_of(x), &name_of(y), &points),
        "table": table,
    })
}

fn benchmark(ctx: &Ctx, only: Option<usize>, id: &str) -> Value {
    let m = ctx.model;
    let names: Vec<String> = m
        .value_proposition
        .components
        .iter()
        .map(|c| c.name.clone())
        .collect();
    let profs = profiles(ctx, only);
    let rows: Vec<Value> = profs
        .iter()
        .map(|p| tv!({ "label": p.label, "highlight": p.highlight, "values": p.values.iter().map(|v| v.map(fmt_num)).collect::<Vec<_>>() }))
        .collect();
    tv!({
        "components": names,
        "rows": rows,
        "bars": charts::value_bars(&format!("{id}-bars"), "Value benchmark", &names, &profs),
        "radar": charts::radar(&format!("{id}-radar"), "Value profile", &names, &profs),
    })
}

pub fn competitor(ctx: &Ctx, ci: usize) -> PageSpec {
    let m = ctx.model;
    let c = &m.competitors[ci];
    let practices: Vec<Value> = ctx.lists().competitor[ci]
                .iter()
                .filter_map(|&i| {
                    m.touchpoints[i]
                        .competitors
                        .iter()
                        .find(|p| p.competitor.id == c.id)
                        .map(|p| tv!({ "touchpoint": ctx.card(i), "practice": p.practice, "differentiation": p.differentiation }))
                })
                .collect();
    PageSpec {
        path: Page::Competitor(ci).path(ctx.model),
        template: "competitor.html",
        title: c.name.clone(),
        crumbs: crumbs(&[("Competitors", ctx.urls.to("competitors/"))]),
        section: "competitors",
        data: tv!({
            "competitor": {
                "id": c.id, "name": c.name, "description": md(ctx, &c.origin, c.description.as_deref()),
                "website": c.website.as_deref().filter(|w| crate::analyse::safety::is_web_address(w)),
                "strengths": c.strengths, "weaknesses": c.weaknesses,
                "channels": ref_links(ctx, "channels", c.channels.iter().map(|r| r.id.as_str())),
            },
            "benchmark": benchmark(ctx, Some(ci), &format!("bench-{}", c.id)),
            "practices": practices,
            "notes": notes_of(ctx, &ctx.analysis.backlinks.competitor_notes, &c.id),
        }),
    }
}

pub fn competitor_index(ctx: &Ctx) -> PageSpec {
    let m = ctx.model;
    let coverage: Vec<Value> = m
        .channels
        .iter()
        .enumerate()
        .map(|(ci, ch)| {
            let ours = ctx.analysis.per_channel[ci];
            let theirs: Vec<bool> = m.competitors.iter().map(|c| c.channels.iter().any(|r| r.id == ch.id)).collect();
            tv!({ "id": ch.id, "name": ch.name, "mode": ch.mode, "url": ctx.urls.entity("channels", &ch.id), "ours": ours, "theirs": theirs })
        })
        .collect();
    let list: Vec<Value> = m
        .competitors
        .iter()
        .zip(&ctx.lists().competitor)
        .map(|(c, present)| {
            let n = present.len();
            tv!({ "id": c.id, "name": c.name, "url": ctx.urls.entity("competitors", &c.id), "description": md(ctx, &c.origin, c.description.as_deref()), "touchpoints": n })
        })
        .collect();
    PageSpec {
        path: Page::CompetitorIndex.path(ctx.model),
        template: "competitors.html",
        title: "Competitors".into(),
        crumbs: vec![],
        section: "competitors",
        data: tv!({
            "competitors": list,
            "brand": brand_name(m),
            "benchmark": benchmark(ctx, None, "bench-all"),
            "coverage": coverage,
            "positioning": positioning(ctx, "positioning"),
        }),
    }
}

pub fn note(ctx: &Ctx, i: usize) -> (PageSpec, BTreeSet<String>) {
    let m = ctx.model;
    let b = &ctx.analysis.backlinks;
    let n = &m.notes[i];
    let r = markdown::render(m, ctx.urls, &n.id, &n.body);
    let refs = |map: &BTreeMap<String, BTreeSet<String>>, section: &str| {
        map.get(&n.id)
            .map(|set| ref_links(ctx, section, set.iter().map(String::as_str)))
            .unwrap_or_default()
    };
    let spec = PageSpec {
        path: Page::Note(i).path(ctx.model),
        template: "note.html",
        title: n.title.clone(),
        crumbs: crumbs(&[("Notes", ctx.urls.to("notes/"))]),
        section: "notes",
        data: tv!({
            "note": { "id": n.id, "title": n.title, "tags": n.tags, "html": r.html },
            "touchpoints": refs(&b.note_touchpoints, "touchpoints"),
            "kpis": refs(&b.note_kpis, "kpis"),
            "competitors": refs(&b.note_competitors, "competitors"),
            "links": refs(&b.note_links, "notes"),
            "backlinks": refs(&b.note_backlinks, "notes"),
        }),
    };
    (spec, r.files)
}

pub fn note_index(ctx: &Ctx) -> PageSpec {
    let rows: Vec<Value> = ctx
        .model
        .notes
        .iter()
        .map(|n| tv!({ "id": n.id, "title": n.title, "url": ctx.urls.note(&n.id), "tags": n.tags, "folder": n.slug.rsplit_once('/').map(|(d, _)| d).unwrap_or("") }))
        .collect();
    PageSpec {
        path: Page::NoteIndex.path(ctx.model),
        template: "notes.html",
        title: "Notes".into(),
        crumbs: vec![],
        section: "notes",
        data: tv!({ "notes": rows }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::analyse_map;
    use crate::render::urls::Urls;
    use std::path::Path;

    #[test]
    fn a_kpi_chart_drawn_once_is_the_chart_drawn_for_the_page() {
        let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map");
        let analysed = analyse_map(&map).unwrap();
        let urls = Urls::new("/");
        let ctx = Ctx::new(&analysed, &urls, None);
        for (i, k) in analysed.model.kpis.iter().enumerate() {
            for id in [format!("kpi-{}", k.id), format!("kpi-checkout-{}", k.id)] {
                assert_eq!(
                    kpi_chart(&ctx, i, &id),
                    draw_kpi_chart(&ctx, i, &id),
                    "{id}"
                );
            }
        }
    }

    /// The ids of the touchpoint cards in `list` (a page's list of cards, or
    /// of `{touchpoint: card}` rows).
    fn card_ids(list: &Value) -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|v| get(v, "touchpoint").unwrap_or(v))
            .map(|card| get(card, "id").unwrap().as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn persona_and_competitor_pages_list_exactly_their_touchpoints() {
        let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map");
        let mut analysed = analyse_map(&map).unwrap();
        // A competitor named twice at one touchpoint (two practices) still
        // lists that touchpoint once.
        let twice = analysed
            .model
            .touchpoints
            .iter()
            .position(|t| !t.competitors.is_empty())
            .unwrap();
        let first = analysed.model.touchpoints[twice].competitors[0].clone();
        analysed.model.touchpoints[twice].competitors.push(first);
        let urls = Urls::new("/");
        let ctx = Ctx::new(&analysed, &urls, None);
        let m = &analysed.model;
        let in_journey = |keep: &dyn Fn(&crate::model::Touchpoint) -> bool| -> Vec<String> {
            ctx.analysis
                .journey
                .iter()
                .map(|&i| &m.touchpoints[i])
                .filter(|t| keep(t))
                .map(|t| t.id.clone())
                .collect()
        };

        let personas = persona_index(&ctx).data;
        for (pi, p) in m.personas.iter().enumerate() {
            let want = in_journey(&|t| t.personas.iter().any(|r| r.id == p.id));
            assert!(!want.is_empty(), "{}", p.id);
            let page = persona(&ctx, pi).data;
            assert_eq!(
                card_ids(get(&page, "touchpoints").unwrap()),
                want,
                "{}",
                p.id
            );
            let row = &get(&personas, "personas").unwrap().as_array().unwrap()[pi];
            assert_eq!(
                get(row, "touchpoints").unwrap().as_u64(),
                Some(want.len() as u64)
            );
        }

        let competitors = competitor_index(&ctx).data;
        for (ci, c) in m.competitors.iter().enumerate() {
            let want = in_journey(&|t| t.competitors.iter().any(|p| p.competitor.id == c.id));
            let page = competitor(&ctx, ci).data;
            assert_eq!(card_ids(get(&page, "practices").unwrap()), want, "{}", c.id);
            let row = &get(&competitors, "competitors")
                .unwrap()
                .as_array()
                .unwrap()[ci];
            assert_eq!(
                get(row, "touchpoints").unwrap().as_u64(),
                Some(want.len() as u64)
            );
        }
    }
}

//! The map-wide views: dashboard, the Cartesian map, journey, value matrix,
//! insights, benefits and search; the larger of them in their own files.

use super::value::{Value, get, set, tv};
use super::{Ctx, Page, PageSpec, fmt_num, round1, signed_mean, status_view};
use crate::model::State;
use crate::render::charts;
use crate::site::Section;
use std::borrow::Cow;

mod benefits;
mod cell;
mod full_list;
mod health;
mod insights;
mod journey;
mod lane_page;
mod lanes;
mod posters;
mod value;
mod walks;

pub(super) use benefits::*;
pub(super) use cell::{CELL_SHOWN, cell, group_cards};
pub(super) use full_list::full_list;
use health::health;
pub(super) use insights::{insights, opportunity_view};
pub(super) use journey::*;
pub(super) use lane_page::lane;
pub(super) use lanes::lane_card;
pub(super) use posters::posters;
pub(super) use value::*;

fn page(
    path: &str,
    template: &'static str,
    title: &str,
    section: Section,
    data: Value,
) -> PageSpec {
    PageSpec {
        path: path.into(),
        template,
        title: title.into(),
        crumbs: vec![],
        section: Some(section),
        data,
    }
}

/// The dashboard lists every KPI up to this many. Past it, those that most
/// need attention come first (off target, then without data, in the order
/// of [`KpiStatus`]) and the rest are a link away: a dashboard of 1,000 KPIs
/// was 1.6 MB, most of it their sparklines.
const DASHBOARD_KPIS: usize = 20;

/// The rows of the KPI tables for the KPIs `indices` (into `model.kpis`).
fn kpi_rows(ctx: &Ctx, indices: impl IntoIterator<Item = usize>) -> Vec<Value> {
    indices
        .into_iter()
        .map(|i| (&ctx.model.kpis[i], &ctx.analysis.kpis[i]))
        .map(|(k, h)| {
            tv!({
                "id": k.id,
                "name": k.name,
                "url": ctx.urls.entity("kpis", &k.id),
                "kind": k.kind,
                "unit": k.unit,
                "status": status_view(&ctx.model.words, Some(h.status)),
                "latest": h.latest.as_ref().map(|m| ctx.model.words.numbers().measure(&m.value, k.unit.as_deref())),
                "latest_date": h.latest.as_ref().map(|m| m.date.clone()),
                "target": k.target.as_ref().map(|t| ctx.model.words.numbers().measure(t, k.unit.as_deref())),
                "direction": k.direction,
                "has_direction": crate::analyse::kpi::has_direction(k),
                "owner": k.owner,
                "source": k.source,
                "sparkline": (h.latest_number.is_some()).then(|| super::sparkline(&ctx.model.words, k, &k.numbers())),
            })
        })
        .collect()
}

/// The KPIs the dashboard lists: all of them, in the map's order, up to
/// [`DASHBOARD_KPIS`]; past it that many, those needing attention first.
fn dashboard_kpis(ctx: &Ctx) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ctx.model.kpis.len()).collect();
    if order.len() > DASHBOARD_KPIS {
        order.sort_by_key(|&i| ctx.analysis.kpis[i].status);
        order.truncate(DASHBOARD_KPIS);
    }
    order
}

fn risk_rows(ctx: &Ctx) -> Vec<Value> {
    ctx.analysis
        .risks
        .iter()
        .map(|&(t, r)| {
            let risk = &ctx.model.touchpoints[t].risks[r];
            tv!({ "text": risk.text, "severity": risk.severity, "touchpoint": ctx.card(t) })
        })
        .collect()
}

pub fn dashboard(ctx: &Ctx) -> PageSpec {
    let a = ctx.analysis;
    let weakest: Vec<Value> = a.weakest.iter().take(5).map(|&i| ctx.card(i)).collect();
    let open_risks: Vec<Value> = risk_rows(ctx).into_iter().take(5).collect();
    let stages: Vec<Value> = ctx
        .model
        .stages
        .iter()
        .zip(&a.per_stage)
        .map(|(s, f)| {
            tv!({
                "id": s.id, "name": s.name, "url": ctx.urls.entity("stages", &s.id),
                "total": f.total, "analog": f.analog, "digital": f.digital, "key": f.key,
                "overloaded": f.overloaded,
                "emotion": f.emotion.map(round1),
                "emotion_text": f.emotion.map(|e| signed_mean(ctx, e)),
                "emotion_planned": f.emotion_planned.map(round1),
                "planned": f.planned,
            })
        })
        .collect();
    page(
        &Page::Dashboard.path(ctx.model),
        "index.html",
        &ctx.model.site.title,
        Section::Dashboard,
        tv!({
            "counts": a.counts,
            "kpi_count": ctx.model.kpis.len(),
            "competitor_count": ctx.model.competitors.len(),
            "persona_count": ctx.model.personas.len(),
            "note_count": ctx.model.notes.len(),
            "kpis": kpi_rows(ctx, dashboard_kpis(ctx)),
            "benefits": benefit_lines(ctx),
            "weakest": weakest,
            "risks": open_risks,
            "stages": stages,
            "health": health(ctx),
            "statuses": super::statuses(&ctx.model.words),
            "description": super::md(ctx, &ctx.model.site.origin, ctx.model.site.description.as_deref()),
        }),
    )
}

/// The stages × channels grid of every touchpoint, or of those serving one
/// persona (an index into `model.personas`): the columns (`stages`) and the
/// rows (`rows`, a cell per stage), as the map grid partial shows them. With
/// every touchpoint, a stage says whether it is overloaded; for a persona,
/// the counts are the persona's. Also the view the grid opens on, cards or
/// tiles (see [`cell::default_view`]).
pub fn grid(ctx: &Ctx, persona: Option<usize>) -> (Vec<Value>, Vec<Value>, &'static str) {
    let m = ctx.model;
    let a = ctx.analysis;
    let cells: Cow<[Vec<Vec<usize>>]> = match persona {
        None => Cow::Borrowed(&a.cells),
        Some(pi) => {
            let lists = ctx.lists();
            let mut mine = vec![vec![Vec::new(); m.channels.len()]; m.stages.len()];
            // The persona's list is in journey order, so each cell stays in
            // model order, as in the full map.
            for &i in &lists.persona[pi] {
                let (s, c) = lists.cell[i];
                mine[s][c].push(i);
            }
            Cow::Owned(mine)
        }
    };
    let stages: Vec<Value> = m
        .stages
        .iter()
        .zip(&a.per_stage)
        .enumerate()
        .map(|(s, (st, f))| {
            let total: usize = cells[s].iter().map(Vec::len).sum();
            tv!({ "id": st.id, "name": st.name, "url": ctx.urls.entity("stages", &st.id), "total": total, "overloaded": persona.is_none() && f.overloaded })
        })
        .collect();
    let rows: Vec<Value> = m
        .channels
        .iter()
        .enumerate()
        .map(|(c, ch)| {
            let row_cells: Vec<Value> = m
                .stages
                .iter()
                .enumerate()
                .map(|(s, _)| {
                    let cards: Vec<Value> = cells[s][c].iter().map(|&i| ctx.card(i)).collect();
                    cell::grid_cell(ctx, (s, c), &cells[s][c], cards, persona.is_none())
                })
                .collect();
            let total: usize = cells.iter().map(|row| row[c].len()).sum();
            tv!({
                "id": ch.id, "name": ch.name, "mode": ch.mode,
                "url": ctx.urls.entity("channels", &ch.id),
                "total": total,
                "cells": row_cells,
            })
        })
        .collect();
    let view = cell::default_view(&cells, m.channels.len());
    (stages, rows, view)
}

pub fn map(ctx: &Ctx) -> PageSpec {
    let m = ctx.model;
    let (stages, rows, view) = grid(ctx, None);
    let personas: Vec<Value> = m
        .personas
        .iter()
        .map(|p| tv!({ "id": p.id, "name": p.name }))
        .collect();
    page(
        &Page::Map.path(ctx.model),
        "map.html",
        &ctx.model.words.text("title-map"),
        Section::Map,
        tv!({
            "stages": stages, "rows": rows, "personas": personas, "counts": ctx.analysis.counts,
            "view": view,
            "poster": posters::map_poster_url(ctx),
            "cell_limit": cell::CELL_LIMIT, "cell_shown": cell::CELL_SHOWN,
        }),
    )
}

pub fn pain_text(ctx: &Ctx, id: &str) -> Value {
    match ctx.model.pain(id) {
        Some((p, pain)) => {
            tv!({ "id": id, "text": pain.text, "persona": p.name, "severity": pain.severity })
        }
        None => tv!({ "id": id, "text": id }),
    }
}

pub fn gain_text(ctx: &Ctx, id: &str) -> Value {
    match ctx.model.gain(id) {
        Some((p, g)) => {
            tv!({ "id": id, "text": g.text, "persona": p.name, "importance": g.importance })
        }
        None => tv!({ "id": id, "text": id }),
    }
}

pub fn search(ctx: &Ctx) -> PageSpec {
    page(
        &Page::Search.path(ctx.model),
        "search.html",
        &ctx.model.words.text("title-search"),
        Section::Search,
        tv!({
            "index_url": ctx.urls.to(&format!("{}/", crate::render::search::FOLDER)),
            "kinds": search_kinds(ctx),
            "stages": ctx.model.stages.iter().map(|s| tv!({ "id": s.id, "name": s.name })).collect::<Vec<_>>(),
            "channels": ctx.model.channels.iter().map(|c| tv!({ "id": c.id, "name": c.name })).collect::<Vec<_>>(),
        }),
    )
}

/// The kinds of result the search can narrow to: those the map has, each
/// with its id (as the index names it) and its plural name.
fn search_kinds(ctx: &Ctx) -> Vec<Value> {
    let m = ctx.model;
    [
        ("touchpoint", "touchpoints", m.touchpoints.len()),
        ("kpi", "kpis", m.kpis.len()),
        ("competitor", "competitors", m.competitors.len()),
        ("persona", "personas", m.personas.len()),
        ("stage", "stages", m.stages.len()),
        ("channel", "channels", m.channels.len()),
        ("benefit", "benefits", m.benefits.len()),
        ("note", "notes", m.notes.len()),
    ]
    .into_iter()
    .filter(|(_, _, n)| *n > 0)
    .map(|(id, plural, _)| tv!({ "id": id, "name": m.words.text(&format!("title-{plural}")) }))
    .collect()
}

//! The insights page: what to do next (the opportunities on an impact ×
//! effort matrix and in a backlog by priority, the risks on a severity ×
//! likelihood grid and in a register) and where the map has gaps.
//!
//! A large map has hundreds of opportunities, risks and weak touchpoints.
//! Every long list shows its first [`SHOWN`] rows (cards: [`SHOWN_CARDS`])
//! and folds the rest into a `<details>` below them, so the page stays
//! under 30 screens at 1,000 touchpoints; it puts [`IN_PAGE`] rows of a
//! list on the page at most and says where the rest are: the backlog and
//! the register link to their pages in full (`full_list.rs`).

use super::super::value::{Value, get, set, tv};
use super::{Ctx, PageSpec, kpi_rows, page};
use crate::analyse::KpiStatus;
use crate::analyse::priorities::{HIGH_FROM, Quadrant, RiskGrid, likelihood_column, severity_row};
use crate::i18n::Catalog;
use crate::model::{Likelihood, Opportunity, OpportunityStatus, RiskSeverity, State};
use crate::render::charts::{self, MatrixDot, MatrixFrame};
use crate::site::insights::{FullList, IN_PAGE};
use crate::site::{Page, Section};

/// Rows a list shows before the rest is folded away.
const SHOWN: usize = 50;
/// Touchpoint cards shown before folding: a card takes the room of a few
/// rows.
const SHOWN_CARDS: usize = 24;
/// Items the side list of unscored opportunities shows before folding.
const SHOWN_BESIDE: usize = 10;
/// Risks a cell of the risk grid lists before folding the rest.
const SHOWN_IN_CELL: usize = 3;

/// Risks a cell of the risk grid puts on the page at most, shown and
/// folded together: twelve cells of 1,000 were 0.7 MB at 10,000
/// touchpoints; the register below lists the most severe.
const IN_CELL: usize = 20;

/// `rows` as `{shown, folded, total, left}`: the first `keep`, the rest up
/// to [`IN_PAGE`] in all (the site's layout: past it, the backlog and the
/// register have pages of their own), and how many were left off; one row more than
/// `keep` is shown rather than folded alone behind a summary as long as
/// itself.
fn fold(rows: Vec<Value>, keep: usize) -> Value {
    fold_in(rows, keep, IN_PAGE)
}

/// [`fold`] with at most `in_page` rows on the page.
fn fold_in(mut rows: Vec<Value>, keep: usize, in_page: usize) -> Value {
    let total = rows.len();
    rows.truncate(in_page.max(keep + 1));
    let at = if rows.len() > keep + 1 {
        keep
    } else {
        rows.len()
    };
    let folded = rows.split_off(at);
    let left = total - rows.len() - folded.len();
    tv!({ "shown": rows, "folded": folded, "total": total, "left": left })
}

/// An opportunity's status as pages show it: its id, its words and the
/// symbol of its marker shape on the matrix, so that the matrix, the
/// backlog and the touchpoint page mark it alike, not by colour alone.
fn status_view(words: &Catalog, s: OpportunityStatus) -> Value {
    let (id, label, shape) = status_words(words, s);
    // The matrix's marker shapes, in the order `draw::marker` draws them.
    let symbol = ["●", "■", "◆", "▲"][shape];
    tv!({ "id": id, "label": label, "symbol": symbol })
}

/// A status's word in the map format, in a sentence (in the map's
/// language), and its shape.
fn status_words(words: &Catalog, s: OpportunityStatus) -> (&'static str, String, usize) {
    let (id, shape) = match s {
        OpportunityStatus::Idea => ("idea", 0),
        OpportunityStatus::Planned => ("planned", 1),
        OpportunityStatus::InProgress => ("in-progress", 2),
        OpportunityStatus::Done => ("done", 3),
    };
    (id, words.text(&format!("opportunity-status-{id}")), shape)
}

/// A quarter of the impact × effort matrix in the map's language.
fn quadrant_word(words: &Catalog, q: Quadrant) -> String {
    words.text(match q {
        Quadrant::QuickWins => "insights-quick-wins",
        Quadrant::BigBets => "insights-big-bets",
        Quadrant::FillIns => "insights-fill-ins",
        Quadrant::MoneyPits => "insights-money-pits",
    })
}

/// An opportunity as the backlog and the touchpoint page show it; `scored`
/// says whether it was written with a priority at all.
pub(in crate::render::views) fn opportunity_view(words: &Catalog, o: &Opportunity) -> Value {
    let quadrant = o.scores().map(|(impact, effort)| {
        let q = Quadrant::of(impact, effort);
        tv!({ "id": q, "label": quadrant_word(words, q) })
    });
    tv!({
        "text": o.text,
        "scored": !o.plain,
        "impact": o.impact,
        "effort": o.effort,
        "status": status_view(words, o.status),
        "owner": o.owner,
        "quadrant": quadrant,
    })
}

/// A row of the backlog: opportunity `i` of touchpoint `t`, with its
/// touchpoint's card. The insights page and the backlog's own pages show
/// the same rows.
pub(super) fn backlog_row(ctx: &Ctx, t: usize, i: usize) -> Value {
    let mut row = opportunity_view(&ctx.model.words, &ctx.model.touchpoints[t].opportunities[i]);
    set(&mut row, "touchpoint", ctx.card(t));
    row
}

/// A row of the risk register: risk `r` of touchpoint `t`, with its
/// touchpoint's card; the insights page and the register's own pages
/// show the same rows.
pub(super) fn risk_row(ctx: &Ctx, t: usize, r: usize) -> Value {
    let risk = &ctx.model.touchpoints[t].risks[r];
    tv!({
        "text": risk.text,
        "severity": risk.severity,
        "likelihood": risk.likelihood,
        "touchpoint": ctx.card(t),
    })
}

/// The address of the first page of `list` in full, if the map is large
/// enough for it to have pages of its own.
fn all_url(ctx: &Ctx, list: FullList) -> Option<String> {
    (list.pages(ctx.model) > 0).then(|| ctx.urls.to(&Page::FullList(list, 1).path(ctx.model)))
}

const STATUSES: [OpportunityStatus; 4] = [
    OpportunityStatus::Idea,
    OpportunityStatus::Planned,
    OpportunityStatus::InProgress,
    OpportunityStatus::Done,
];

/// The opportunities: the matrix of the scored ones, the unscored ones
/// beside it, and the backlog with what its filters offer.
fn opportunities(ctx: &Ctx) -> Value {
    let m = ctx.model;
    let words = &m.words;
    let mut dots = Vec::new();
    let mut rows = Vec::new();
    let mut unscored = Vec::new();
    for &(t, i) in &ctx.analysis.opportunities {
        let tp = &m.touchpoints[t];
        let o = &tp.opportunities[i];
        let (status_id, status, shape) = status_words(words, o.status);
        if let Some((impact, effort)) = o.scores() {
            let mut args = crate::i18n::Args::new();
            args.set("label", o.text.clone());
            args.set("touchpoint", tp.name.clone());
            args.set("impact", crate::i18n::count_value(usize::from(impact)));
            args.set("effort", crate::i18n::count_value(usize::from(effort)));
            args.set("status", status);
            dots.push(MatrixDot {
                label: words.args("chart-priority-dot", &args),
                href: ctx.urls.entity("touchpoints", &tp.id),
                impact,
                effort,
                shape,
                class: format!("status-{status_id}"),
            });
        } else {
            unscored.push(tv!({ "text": o.text, "touchpoint": ctx.card(t) }));
        }
        rows.push(backlog_row(ctx, t, i));
    }
    let quarters = Quadrant::ALL.map(|q| quadrant_word(words, q));
    let frame = MatrixFrame {
        quarters: [0, 1, 2, 3].map(|k| quarters[k].as_str()),
        high_from: HIGH_FROM,
        more_href: "#backlog",
    };
    let matrix = (!dots.is_empty()).then(|| {
        charts::priority_matrix(
            words,
            "priority-matrix",
            &words.text("chart-priority-title"),
            &dots,
            &frame,
        )
    });
    let quadrants: Vec<Value> = Quadrant::ALL
        .iter()
        .map(|&q| {
            let n = dots
                .iter()
                .filter(|d| Quadrant::of(d.impact, d.effort) == q)
                .count();
            tv!({ "id": q, "label": quadrant_word(words, q), "count": n })
        })
        .collect();
    let total = rows.len();
    tv!({
        "total": total,
        "scored": dots.len(),
        "matrix": matrix,
        "quadrants": quadrants,
        "statuses": STATUSES.map(|s| status_view(words, s)),
        "unscored": fold(unscored, SHOWN_BESIDE),
        "backlog": fold(rows, SHOWN),
        "all_url": all_url(ctx, FullList::Backlog),
    })
}

/// Severity and likelihood in the words and order of the grid, highest
/// first (as the grid reads from the top).
const SEVERITIES: [RiskSeverity; 3] = [RiskSeverity::High, RiskSeverity::Medium, RiskSeverity::Low];
const LIKELIHOODS: [Likelihood; 3] = [Likelihood::Low, Likelihood::Medium, Likelihood::High];

/// The risks: the register (most severe first) and the severity ×
/// likelihood grid, each cell with its risks.
fn risks(ctx: &Ctx) -> Value {
    let m = ctx.model;
    let a = ctx.analysis;
    let rows: Vec<Value> = a.risks.iter().map(|&(t, r)| risk_row(ctx, t, r)).collect();
    let grid = RiskGrid::of(a.risks.iter().map(|&(t, r)| {
        let risk = &m.touchpoints[t].risks[r];
        (risk.severity, risk.likelihood)
    }));
    let listed = |members: &[usize]| {
        let items: Vec<Value> = members
            .iter()
            .map(|&k| {
                tv!({
                    "text": get(&rows[k], "text"),
                    "touchpoint": get(&rows[k], "touchpoint").and_then(|t| get(t, "name")),
                    "url": get(&rows[k], "touchpoint").and_then(|t| get(t, "url")),
                })
            })
            .collect();
        fold_in(items, SHOWN_IN_CELL, IN_CELL)
    };
    let grid_rows: Vec<Value> = SEVERITIES
        .iter()
        .map(|&s| {
            let row = severity_row(s);
            let cells: Vec<Value> = LIKELIHOODS
                .iter()
                .map(|&l| {
                    let column = likelihood_column(l);
                    // How pressing: 0 (low and unlikely) to 4 (high and likely).
                    let tone = match row + column {
                        0 | 1 => "low",
                        2 => "medium",
                        _ => "high",
                    };
                    tv!({
                        "likelihood": l,
                        "tone": tone,
                        "risks": listed(&grid.cells[row][column]),
                    })
                })
                .chain(std::iter::once(tv!({
                    "likelihood": null,
                    "tone": null,
                    "risks": listed(&grid.not_given[row]),
                })))
                .collect();
            tv!({ "severity": s, "cells": cells })
        })
        .collect();
    let not_given: usize = grid.not_given.iter().map(Vec::len).sum();
    tv!({
        "total": rows.len(),
        "grid": grid_rows,
        "likelihoods": LIKELIHOODS,
        "not_given": not_given,
        "register": fold(rows, SHOWN),
        "all_url": all_url(ctx, FullList::Risks),
    })
}

pub fn insights(ctx: &Ctx) -> PageSpec {
    let m = ctx.model;
    let a = ctx.analysis;
    let empty: Vec<Value> = a
        .empty_cells
        .iter()
        .map(|(s, c)| {
            tv!({
                "stage": { "id": s, "name": m.stage(s).map(|x| x.name.as_str()), "url": ctx.urls.entity("stages", s) },
                "channel": { "id": c, "name": m.channel(c).map(|x| x.name.as_str()), "url": ctx.urls.entity("channels", c) },
            })
        })
        .collect();
    // Off target first, then those without data.
    let mut wanting: Vec<usize> = (0..a.kpis.len())
        .filter(|&i| matches!(a.kpis[i].status, KpiStatus::OffTarget | KpiStatus::NoData))
        .collect();
    wanting.sort_by_key(|&i| a.kpis[i].status != KpiStatus::OffTarget);
    let kpis: Vec<Value> = kpi_rows(ctx, wanting);
    let balance: Vec<Value> = m
        .stages
        .iter()
        .zip(&a.per_stage)
        .map(|(s, f)| {
            let total = f.analog + f.digital;
            let analog_pct = (f.analog * 100 + total / 2).checked_div(total).unwrap_or(0);
            let digital_pct = if total > 0 { 100 - analog_pct } else { 0 };
            let pct = |p: usize| m.words.numbers().localise(&p.to_string());
            tv!({
                "id": s.id, "name": s.name, "url": ctx.urls.entity("stages", &s.id),
                "analog": f.analog, "digital": f.digital,
                "analog_pct": analog_pct,
                "digital_pct": digital_pct,
                "analog_pct_text": pct(analog_pct),
                "digital_pct_text": pct(digital_pct),
                "total": f.total,
                "limit": m.site.max_touchpoints_per_stage,
                "overloaded": f.overloaded,
            })
        })
        .collect();
    let overloaded: Vec<&Value> = balance
        .iter()
        .filter(|b| get(b, "overloaded") == Some(&tv!(true)))
        .collect();
    let channels_without: Vec<Value> = m
        .channels
        .iter()
        .zip(&a.per_channel)
        .filter(|(_, n)| **n == 0)
        .map(
            |(c, _)| tv!({ "id": c.id, "name": c.name, "url": ctx.urls.entity("channels", &c.id) }),
        )
        .collect();
    let unaddressed: Vec<Value> = {
        let relieved = crate::analyse::relieved_pains(m);
        m.personas
            .iter()
            .flat_map(|p| p.pains.iter().map(move |pain| (p, pain)))
            .filter(|(_, pain)| !relieved.contains(pain.id.as_str()))
            .map(|(p, pain)| tv!({ "text": pain.text, "severity": pain.severity, "persona": { "name": p.name, "url": ctx.urls.entity("personas", &p.id) } }))
            .collect()
    };
    let conflicts: Vec<Value> = m
        .touchpoints
        .iter()
        .enumerate()
        .flat_map(|(i, t)| t.brand_values.conflicts.iter().map(move |c| (i, c)))
        .map(|(i, c)| {
            let name = m
                .site
                .brand_values
                .iter()
                .find(|b| b.id == c.id)
                .map(|b| b.name.clone())
                .unwrap_or_default();
            tv!({ "touchpoint": ctx.card(i), "brand_value": name })
        })
        .collect();
    // The strength as the map's language writes its decimals, with a true
    // minus sign as every other score of the site (`−5.0`, not `-5.0`).
    let weakest: Vec<Value> = a
        .weakest
        .iter()
        .map(|&i| {
            let mut card = ctx.card(i);
            let printed = super::signed_mean(ctx, a.touchpoints[i].strength);
            set(&mut card, "strength_text", printed);
            card
        })
        .collect();
    let planned: Vec<Value> = a
        .journey
        .iter()
        .copied()
        .filter(|&i| m.touchpoints[i].state == State::Planned)
        .map(|i| ctx.card(i))
        .collect();
    let stages: Vec<Value> = m
        .stages
        .iter()
        .map(|s| tv!({ "id": s.id, "name": s.name }))
        .collect();
    page(
        &Page::Insights.path(ctx.model),
        "insights.html",
        &m.words.text("title-insights"),
        Section::Insights,
        tv!({
            "opportunities": opportunities(ctx),
            "risks": risks(ctx),
            "stages": stages,
            "empty_cells": empty,
            "cell_count": a.counts.cells,
            "weakest": fold(weakest, SHOWN),
            "kpis": fold(kpis, SHOWN),
            "balance": balance,
            "overloaded": overloaded,
            "analog_total": a.counts.analog,
            "digital_total": a.counts.digital,
            "unused_channels": channels_without,
            "unaddressed_pains": unaddressed,
            "brand_conflicts": fold(conflicts, SHOWN),
            "planned": fold(planned, SHOWN_CARDS),
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_list_shows_its_first_rows_and_folds_the_rest() {
        let rows: Vec<Value> = (0..7).map(|k| tv!(k)).collect();
        let folded = fold(rows, 5);
        assert_eq!(get(&folded, "total"), Some(&tv!(7)));
        assert_eq!(get(&folded, "shown"), Some(&tv!([0, 1, 2, 3, 4])));
        assert_eq!(get(&folded, "folded"), Some(&tv!([5, 6])));
        let short = fold(vec![tv!(1)], 5);
        assert_eq!(get(&short, "folded"), Some(&tv!([])));
        // A single row is not folded away on its own.
        let one_more = fold((0..6).map(|k| tv!(k)).collect(), 5);
        assert_eq!(get(&one_more, "folded"), Some(&tv!([])));
        assert_eq!(get(&one_more, "total"), Some(&tv!(6)));
        assert_eq!(get(&one_more, "left"), Some(&tv!(0)));
    }

    #[test]
    fn a_list_longer_than_a_page_holds_puts_its_first_rows_on_it_and_counts_the_rest() {
        let rows: Vec<Value> = (0..IN_PAGE + 30).map(|k| tv!(k)).collect();
        let folded = fold(rows, SHOWN);
        assert_eq!(get(&folded, "total"), Some(&tv!(IN_PAGE + 30)));
        let listed = |key| get(&folded, key).unwrap().as_array().unwrap().len();
        assert_eq!(listed("shown"), SHOWN);
        assert_eq!(listed("shown") + listed("folded"), IN_PAGE);
        assert_eq!(get(&folded, "left"), Some(&tv!(30)));
        // In their order: the last row on the page is row IN_PAGE - 1.
        let last = get(&folded, "folded")
            .unwrap()
            .as_array()
            .unwrap()
            .last()
            .cloned();
        assert_eq!(last, Some(tv!(IN_PAGE - 1)));
    }
}

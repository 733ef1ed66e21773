//! A list of the insights page in full, on pages of its own: every
//! opportunity in the backlog's order, or every risk in the register's,
//! paged by `site::insights::FULL_LIST_PAGE` rows, with the insights
//! page's columns and rows. Only a list longer than the insights page
//! holds has such pages (`site::insights` says which); the insights page
//! links to them under the list.

use super::insights::{backlog_row, risk_row};
use super::*;
use crate::i18n::{Args, count_value};
use crate::render::views::pager::page_slice;
use crate::site::insights::{FULL_LIST_PAGE, FullList};

/// Page `n` of `list` in full.
pub fn full_list(ctx: &Ctx, list: FullList, n: usize) -> PageSpec {
    let m = ctx.model;
    let words = &m.words;
    let a = ctx.analysis;
    // The rows in the list's order, as positions in it: the pager slices
    // positions, the rows are built for this page's only.
    let all: Vec<usize> = match list {
        FullList::Backlog => (0..a.opportunities.len()).collect(),
        FullList::Risks => (0..a.risks.len()).collect(),
    };
    let page_url = |p: usize| ctx.urls.to(&Page::FullList(list, p).path(m));
    let (positions, pager) = page_slice(ctx, &all, n, FULL_LIST_PAGE, page_url);
    let rows: Vec<Value> = positions
        .iter()
        .map(|&k| match list {
            FullList::Backlog => {
                let (t, i) = a.opportunities[k];
                backlog_row(ctx, t, i)
            }
            FullList::Risks => {
                let (t, r) = a.risks[k];
                risk_row(ctx, t, r)
            }
        })
        .collect();
    let (title_id, anchor) = match list {
        FullList::Backlog => ("insights-opportunities", "backlog"),
        FullList::Risks => ("insights-risks", "risks"),
    };
    let mut title = words.text(title_id);
    if n > 1 {
        let mut paged = Args::new();
        paged.set("title", title);
        paged.set("n", count_value(n));
        title = words.args("title-list-page", &paged);
    }
    let insights = ctx.urls.to(&Page::Insights.path(m));
    PageSpec {
        path: Page::FullList(list, n).path(m),
        template: "insights-list.html",
        title,
        crumbs: vec![(words.text("title-insights"), insights.clone())],
        section: Some(Section::Insights),
        data: tv!({
            "list": list.slug(),
            "rows": rows,
            "total": all.len(),
            "back": format!("{insights}#{anchor}"),
            "pager": pager,
        }),
    }
}

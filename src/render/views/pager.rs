//! Long lists split over pages (`touchpoints/`, `touchpoints/page/2/`, …),
//! and the pager that leads from one to the next. How long a page is, and
//! where its pages live, is the site's layout (`site::LIST_PAGE`;
//! `site::lanes::LANE_PAGE` for a lane of the journey's cards).

use super::Ctx;
use super::value::{Value, tv};
use crate::format::fmt_num;
use crate::site::{LIST_PAGE, Section, list_page, pages_of};

/// The rows of page `n` (from 1) of `all`, and the pager's data:
/// `{current, count, first, last, total, prev, next, pages: [{n, url,
/// current}]}` (`first` and `last` count rows from 1, formatted). A list
/// that fits one page has a pager of `count` 1, which templates leave out.
pub(super) fn list_slice<'a>(
    ctx: &Ctx,
    section: Section,
    all: &'a [usize],
    n: usize,
) -> (&'a [usize], Value) {
    page_slice(ctx, all, n, LIST_PAGE, |p| {
        ctx.urls.to(&list_page(section, p))
    })
}

/// [`list_slice`] of a list of `per_page` rows a page whose page `p` is at
/// `url(p)`, for a list that is not a section's own (a lane of the journey).
pub(super) fn page_slice<'a>(
    ctx: &Ctx,
    all: &'a [usize],
    n: usize,
    per_page: usize,
    url: impl Fn(usize) -> String,
) -> (&'a [usize], Value) {
    let count = pages_of(all.len(), per_page);
    let n = n.clamp(1, count);
    let start = ((n - 1) * per_page).min(all.len());
    let end = (start + per_page).min(all.len());
    let num = |v: usize| ctx.model.words.numbers().localise(&fmt_num(v as f64));
    let pages: Vec<Value> = (1..=count)
        .map(|p| tv!({ "n": p, "url": url(p), "current": p == n }))
        .collect();
    let pager = tv!({
        "current": n,
        "count": count,
        "first": num(start + 1),
        "last": num(end),
        "total": num(all.len()),
        "prev": (n > 1).then(|| url(n - 1)),
        "next": (n < count).then(|| url(n + 1)),
        "pages": pages,
    });
    (&all[start..end], pager)
}

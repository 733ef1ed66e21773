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
/// current} or {gap}]}` (`first` and `last` count rows from 1, formatted;
/// see [`named_pages`] for the gaps). A list that fits one page has a
/// pager of `count` 1, which templates leave out.
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
    let pages: Vec<Value> = named_pages(count, n)
        .into_iter()
        .map(|p| match p {
            Some(p) => tv!({ "n": p, "url": url(p), "current": p == n }),
            None => tv!({ "gap": true }),
        })
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

/// Up to this many pages a pager names each one. Past it, a pager of every
/// page ran to seven lines of numbers on a phone (the backlog of 10,000
/// opportunities, 50 pages) before the first row of the list.
const NAMED_ALL_UP_TO: usize = 20;

/// The pages a pager names, in order, `None` where it leaves a run of
/// them out: all of them up to [`NAMED_ALL_UP_TO`]; past it the first, the
/// last and the two either side of page `n`. A gap of a single page names
/// that page instead, as a gap takes its room.
fn named_pages(count: usize, n: usize) -> Vec<Option<usize>> {
    if count <= NAMED_ALL_UP_TO {
        return (1..=count).map(Some).collect();
    }
    let mut named = Vec::new();
    let mut last = 0;
    for p in 1..=count {
        if p == 1 || p == count || p.abs_diff(n) <= 2 {
            match p - last {
                1 => {}
                2 => named.push(Some(last + 1)),
                _ => named.push(None),
            }
            named.push(Some(p));
            last = p;
        }
    }
    named
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(count: usize, n: usize) -> String {
        named_pages(count, n)
            .iter()
            .map(|p| p.map_or("…".to_string(), |p| p.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_pager_names_every_page_up_to_twenty_and_past_that_the_ends_and_the_pages_near_the_current()
    {
        assert_eq!(shown(1, 1), "1");
        assert_eq!(named_pages(NAMED_ALL_UP_TO, 7).len(), NAMED_ALL_UP_TO);
        assert_eq!(shown(50, 1), "1 2 3 … 50");
        assert_eq!(shown(50, 5), "1 2 3 4 5 6 7 … 50");
        assert_eq!(shown(50, 25), "1 … 23 24 25 26 27 … 50");
        assert_eq!(shown(50, 47), "1 … 45 46 47 48 49 50");
        assert_eq!(shown(50, 50), "1 … 48 49 50");
        // Every page is within two steps of a named one: none is out of reach.
        for n in 1..=50 {
            let named: Vec<usize> = named_pages(50, n).into_iter().flatten().collect();
            assert!(named.windows(2).all(|w| w[0] < w[1]), "{n}: {named:?}");
            assert!(named.contains(&n) && named.contains(&1) && named.contains(&50));
        }
    }
}

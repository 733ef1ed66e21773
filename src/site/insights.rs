//! The insights page's long lists that have pages of their own. The
//! insights page puts at most [`IN_PAGE`] rows of a list on itself; past
//! that, the opportunity backlog and the risk register are also listed in
//! full, in their order, on pages of their own (`insights/backlog/`,
//! `insights/risks/`, then `…/page/2/`, …), paged by [`FULL_LIST_PAGE`]
//! rows. Which lists have pages is part of the layout, read here by the
//! insights page that links to them and by the link checks, which must
//! agree on it.

use super::{Section, pages_of};
use crate::model::Model;

/// Rows a list of the insights page puts on it at most, shown and folded
/// together; the rest are counted, and the message under the list says
/// where they all are. Folded rows still weigh: at 10,000 touchpoints the
/// page held every opportunity, risk and weak touchpoint, 15 MB, and with
/// 1,000 rows a list still 4.6 MB (150: 0.92 MB); with 100 a list it stays
/// near 0.7 MB however large the map (six lists of 0.4 to 1.5 KB a row,
/// the matrix's 0.24 MB at most). The lists come in their order of
/// concern, so what a larger map leaves off is what matters least; the
/// example map's lists are all shorter.
pub const IN_PAGE: usize = 100;

/// Rows a page of a full list shows; the rest follow on `…/page/2/`, ….
/// A row of the backlog is 0.5 to 0.7 KB of HTML, one of the register 0.3
/// to 0.5 KB, and a table is laid out whole: at 10,000 touchpoints a page
/// of 200 is 120–155 KB (the register's 70–100 KB) and loads in about
/// 0.5 s in Chromium, where one of 500 was 300–370 KB and took 0.85 to
/// 1.15 s, as long as the touchpoints' list of 500 rows (see
/// docs/performance.md).
pub const FULL_LIST_PAGE: usize = 200;

/// A list of the insights page that has pages of its own when it is
/// longer than the insights page holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FullList {
    /// Every opportunity, in the backlog's order of priority.
    Backlog,
    /// Every risk, in the register's order: most severe, then most likely.
    Risks,
}

impl FullList {
    pub const ALL: [FullList; 2] = [FullList::Backlog, FullList::Risks];

    /// Its folder below `insights/`.
    pub fn slug(self) -> &'static str {
        match self {
            FullList::Backlog => "backlog",
            FullList::Risks => "risks",
        }
    }

    /// How many rows the list has: every opportunity or every risk of
    /// every touchpoint (the analysis lists each once).
    pub fn rows(self, model: &Model) -> usize {
        model
            .touchpoints
            .iter()
            .map(|t| match self {
                FullList::Backlog => t.opportunities.len(),
                FullList::Risks => t.risks.len(),
            })
            .sum()
    }

    /// How many pages of its own the list has: none when the insights
    /// page holds it all (as every list of the example map).
    pub fn pages(self, model: &Model) -> usize {
        let rows = self.rows(model);
        if rows > IN_PAGE {
            pages_of(rows, FULL_LIST_PAGE)
        } else {
            0
        }
    }
}

/// The path of page `n` (from 1) of `list`: `insights/backlog/`, then
/// `insights/backlog/page/2/`. Nothing else lies below `insights/`.
pub fn full_list_page(list: FullList, n: usize) -> String {
    let first = format!("{}{}/", Section::Insights.path(), list.slug());
    if n <= 1 {
        first
    } else {
        format!("{first}page/{n}/")
    }
}

/// The path a full list's page is written at, if `rest` (what follows
/// `section/`, without the trailing `/`) names one: `backlog` or
/// `backlog/page/N` below `insights`. `None` when `section` is not the
/// insights'; `Some(None)` when it is but the map has no such page.
pub(super) fn full_list_address(
    model: &Model,
    section: &str,
    rest: &str,
) -> Option<Option<String>> {
    if section != Section::Insights.key() {
        return None;
    }
    let (slug, n) = match rest.split_once('/') {
        None => (rest, 1),
        Some((slug, page)) => match page.strip_prefix("page/").map(str::parse::<usize>) {
            Some(Ok(n)) if n >= 2 => (slug, n),
            _ => return Some(None),
        },
    };
    let Some(list) = FullList::ALL.into_iter().find(|l| l.slug() == slug) else {
        return Some(None);
    };
    Some((n <= list.pages(model)).then(|| full_list_page(list, n)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::analyse_map;
    use crate::site::{Page, generated_page};

    /// The example map with one more touchpoint carrying `opportunities`
    /// opportunities and `risks` risks.
    fn example_with(
        opportunities: usize,
        risks: usize,
    ) -> (tempfile::TempDir, crate::analyse::Analysed) {
        let (dir, map) = crate::testing::example_map_copy();
        let mut yaml = String::from(
            "touchpoints:\n  - id: crowded\n    name: Crowded\n    stage: decision\n    channel: website\n",
        );
        if opportunities > 0 {
            yaml.push_str("    opportunities:\n");
            for k in 0..opportunities {
                yaml.push_str(&format!("      - Idea {k}\n"));
            }
        }
        if risks > 0 {
            yaml.push_str("    risks:\n");
            for k in 0..risks {
                yaml.push_str(&format!("      - text: Risk {k}\n"));
            }
        }
        std::fs::write(map.join("touchpoints/crowded.yaml"), yaml).unwrap();
        (dir, analyse_map(&map).unwrap())
    }

    fn full_list_pages(model: &Model) -> Vec<String> {
        Page::all(model, false)
            .into_iter()
            .filter(|p| matches!(p, Page::FullList(..)))
            .map(|p| p.path(model))
            .collect()
    }

    #[test]
    fn the_example_has_no_full_list_page() {
        let (_dir, a) = example_with(0, 0);
        let m = &a.model;
        assert!(FullList::Backlog.rows(m) > 0 && FullList::Risks.rows(m) > 0);
        assert_eq!(FullList::Backlog.rows(m), a.analysis.opportunities.len());
        assert_eq!(FullList::Risks.rows(m), a.analysis.risks.len());
        assert!(full_list_pages(m).is_empty());
        for none in ["insights/backlog/", "insights/risks/", "insights/x/"] {
            assert_eq!(generated_page(m, none), None, "{none}");
        }
        assert_eq!(generated_page(m, "insights").as_deref(), Some("insights/"));
    }

    #[test]
    fn a_list_longer_than_the_insights_page_holds_has_pages_and_no_other_does() {
        // The risks fill one page and one row of a second; the backlog's
        // opportunities stay within what the insights page holds.
        let (_dir, a) = example_with(IN_PAGE - 40, FULL_LIST_PAGE + 1);
        let m = &a.model;
        assert!(FullList::Backlog.rows(m) <= IN_PAGE);
        let risks = FullList::Risks.rows(m);
        assert!(risks > FULL_LIST_PAGE + 1, "{risks}");
        assert_eq!(risks, a.analysis.risks.len());
        let pages = (risks).div_ceil(FULL_LIST_PAGE);
        let expected: Vec<String> = (1..=pages)
            .map(|n| full_list_page(FullList::Risks, n))
            .collect();
        assert_eq!(full_list_pages(m), expected);
        assert_eq!(expected[0], "insights/risks/");
        assert_eq!(expected[1], "insights/risks/page/2/");
        for path in &expected {
            assert_eq!(generated_page(m, path).as_ref(), Some(path));
        }
        for none in [
            "insights/backlog/".to_string(),
            "insights/risks/page/1/".to_string(),
            format!("insights/risks/page/{}/", pages + 1),
            "insights/risks/page/x/".to_string(),
            "insights/risks/more/".to_string(),
        ] {
            assert_eq!(generated_page(m, &none), None, "{none}");
        }
    }

    #[test]
    fn both_lists_have_pages_on_a_map_with_many_of_each() {
        let (_dir, a) = example_with(IN_PAGE + 1, IN_PAGE + 1);
        let paths = full_list_pages(&a.model);
        assert_eq!(paths, ["insights/backlog/", "insights/risks/"]);
    }
}

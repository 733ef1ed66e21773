//! The insights page's backlog and risk register in full, built by the
//! real binary: on a map with more opportunities and risks than the
//! insights page holds (100 rows a list), the line under each list links to
//! pages that list every opportunity or risk once, in the list's order,
//! 200 a page; the example map, whose lists are short, has no such link
//! and no such page.

use crate::common::{TempDir, build_site, check_json, copy_dir, crate_dir, html_errors};
use scraper::{ElementRef, Html, Selector};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Touchpoints added to the example map, each with [`EACH`] risks and as
/// many opportunities: with the example's own, two pages of each list.
const EXTRA: usize = 60;
const EACH: usize = 4;

fn read(site: &Path, rel: &str) -> Html {
    let file = site.join(rel).join("index.html");
    let html = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    Html::parse_document(&html)
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// The text of `e`, its runs of white space made one space.
fn text(e: ElementRef) -> String {
    e.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn links(doc: &Html, selector: &str) -> Vec<(String, String)> {
    doc.select(&sel(selector))
        .map(|a| (text(a), a.value().attr("href").unwrap_or("").to_string()))
        .collect()
}

/// The rows of the tables `selector` picks, each as its cells' texts.
fn rows(doc: &Html, selector: &str) -> Vec<Vec<String>> {
    doc.select(&sel(&format!("{selector} tbody tr")))
        .map(|tr| tr.select(&sel("td")).map(text).collect())
        .collect()
}

/// The example map with [`EXTRA`] more touchpoints, their risks and
/// opportunities of every severity, likelihood, score and status, and a
/// note that links to the lists' pages (and, in English, to a page past
/// their last), in `language`; built.
fn crowded(language: &str) -> (TempDir, PathBuf, PathBuf) {
    let dir = TempDir::new(&format!("insights-lists-{language}"));
    let map = dir.path().join("map");
    copy_dir(&crate_dir().join("example-map"), &map);
    let stages = [
        "awareness",
        "consideration",
        "decision",
        "post-purchase",
        "retention",
    ];
    let channels = ["social", "search", "website", "email", "app", "chat"];
    let levels = ["low", "medium", "high"];
    let statuses = ["idea", "planned", "in-progress", "done"];
    let mut yaml = String::from("touchpoints:\n");
    for k in 0..EXTRA {
        yaml.push_str(&format!(
            "  - id: crowded-{k:02}\n    name: Crowded {k:02}\n    stage: {}\n    channel: {}\n    risks:\n",
            stages[k % stages.len()],
            channels[k % channels.len()],
        ));
        for r in 0..EACH {
            let n = k * EACH + r;
            yaml.push_str(&format!(
                "      - text: Crowded risk {n:03}\n        severity: {}\n",
                levels[n % 3]
            ));
            // One in four says nothing of its likelihood.
            if !n.is_multiple_of(4) {
                yaml.push_str(&format!("        likelihood: {}\n", levels[(n / 3) % 3]));
            }
        }
        yaml.push_str("    opportunities:\n");
        for o in 0..EACH {
            let n = k * EACH + o;
            if n.is_multiple_of(5) {
                yaml.push_str(&format!("      - Crowded idea {n:03}\n"));
            } else {
                yaml.push_str(&format!(
                    "      - text: Crowded idea {n:03}\n        impact: {}\n        effort: {}\n        status: {}\n",
                    n % 5 + 1,
                    (n / 5) % 5 + 1,
                    statuses[(n / 2) % 4]
                ));
            }
        }
    }
    std::fs::write(map.join("touchpoints/crowded.yaml"), yaml).unwrap();
    // The dashboard lists the build's warnings, in English: the broken
    // link only on the English site.
    let broken = if language == "en" {
        " and [no such page](/insights/risks/page/9/)"
    } else {
        ""
    };
    std::fs::write(
        map.join("notes/registers.md"),
        format!(
            "# The registers\n\n[The risks](/insights/risks/page/2/), \
             [the backlog](/insights/backlog/){broken}.\n"
        ),
    )
    .unwrap();
    let config = std::fs::read_to_string(map.join("touchmap.yaml")).unwrap();
    assert!(config.contains("\n  language: en\n"));
    std::fs::write(
        map.join("touchmap.yaml"),
        config.replace("\n  language: en\n", &format!("\n  language: {language}\n")),
    )
    .unwrap();
    let out = dir.path().join("site");
    let run = build_site(&map, &out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    (dir, map, out)
}

/// A level's rank in a cell of the register (`▲ high`, `medium`, `not
/// given`), highest first: `high` 0 … `low` 2, not given last.
fn rank(cell: &str) -> usize {
    match cell.rsplit(' ').next() {
        Some("high") => 0,
        Some("medium") => 1,
        Some("low") => 2,
        _ => 3,
    }
}

/// The count the insights page's table of contents gives the list whose
/// section is `anchor`.
fn toc_count(doc: &Html, anchor: &str) -> usize {
    let count = doc
        .select(&sel(&format!("a[href='#{anchor}'] + .count")))
        .next()
        .map(text)
        .unwrap();
    count.replace(',', "").parse().unwrap()
}

/// Every row of the pages of a list, page by page, checking on the way
/// that each page's pagers lead to the pages before and after it.
fn all_rows(site: &Path, first: &str, pages: usize) -> Vec<Vec<String>> {
    let mut all = Vec::new();
    for n in 1..=pages {
        let rel = if n == 1 {
            first.to_string()
        } else {
            format!("{first}page/{n}/")
        };
        let doc = read(site, &rel);
        let page = rows(&doc, "main .table-scroll");
        assert!(!page.is_empty(), "{rel}");
        if n < pages {
            assert_eq!(page.len(), 200, "{rel}: a page holds 200 rows");
        }
        all.extend(page);
        let pager = |r: &str| -> Vec<String> {
            links(&doc, &format!("nav.list-pager a[rel={r}]"))
                .into_iter()
                .map(|(_, h)| h)
                .collect()
        };
        let url = |n: usize| {
            if n == 1 {
                format!("/{first}")
            } else {
                format!("/{first}page/{n}/")
            }
        };
        // Both pagers, above the list and under it.
        let prev: Vec<String> = (n > 1).then(|| url(n - 1)).into_iter().collect();
        let next: Vec<String> = (n < pages).then(|| url(n + 1)).into_iter().collect();
        assert_eq!(pager("prev"), [prev.clone(), prev].concat(), "{rel}");
        assert_eq!(pager("next"), [next.clone(), next].concat(), "{rel}");
        let current: Vec<String> = doc
            .select(&sel("nav.list-pager [aria-current=page]"))
            .map(text)
            .collect();
        assert_eq!(current, [n.to_string(), n.to_string()], "{rel}");
    }
    assert!(
        !site
            .join(first)
            .join(format!("page/{}", pages + 1))
            .exists()
    );
    assert!(!site.join(first).join("page/1").exists());
    all
}

#[test]
fn the_insights_page_links_to_the_whole_register_which_lists_each_risk_once_in_order() {
    let (_dir, map, site) = crowded("en");
    let insights = read(&site, "insights/");
    let total = toc_count(&insights, "risks");
    assert!(total > 200 && total <= 400, "{total}: two pages");
    let left = insights
        .select(&sel("section#risks .list-left"))
        .map(text)
        .collect::<String>();
    assert_eq!(
        left,
        format!(
            "{} more risks are not listed on this page, to keep it light.",
            total - 100
        )
    );
    let all = links(&insights, "section#risks .list-all a");
    assert_eq!(
        all,
        [(
            format!("The whole register: all {total} risks, in pages →"),
            "/insights/risks/".to_string()
        )]
    );
    let register = all_rows(&site, "insights/risks/", 2);
    assert_eq!(register.len(), total, "every risk is listed");
    let texts: BTreeSet<&str> = register.iter().map(|r| r[2].as_str()).collect();
    assert_eq!(texts.len(), total, "each once");
    for n in 0..EXTRA * EACH {
        assert!(
            texts.contains(format!("Crowded risk {n:03}").as_str()),
            "{n}"
        );
    }
    // In the register's order: most severe first, then most likely, a
    // likelihood not given last; the insights page shows its first 100.
    let order: Vec<(usize, usize)> = register
        .iter()
        .map(|r| (rank(&r[0]), rank(&r[1])))
        .collect();
    assert!(order.is_sorted(), "{order:?}");
    assert_eq!(rows(&insights, "section#risks"), register[..100]);
    // The page's title, breadcrumbs, lede and section.
    let page2 = read(&site, "insights/risks/page/2/");
    assert_eq!(
        page2.select(&sel("h1")).map(text).collect::<String>(),
        "Risk register, page 2"
    );
    assert_eq!(
        links(&page2, "nav.breadcrumbs a"),
        [("Insights".to_string(), "/insights/".to_string())]
    );
    let lede = page2.select(&sel(".lede")).map(text).collect::<String>();
    assert_eq!(
        lede,
        format!("Risks 201–{total} of {total}, most severe first, then most likely.")
    );
    assert_eq!(
        links(&page2, ".main-nav a[aria-current]"),
        [("Insights".to_string(), "/insights/".to_string())]
    );
    let sitemap = std::fs::read_to_string(site.join("sitemap.xml")).unwrap();
    for page in [
        "/insights/risks/",
        "/insights/risks/page/2/",
        "/insights/backlog/page/2/",
    ] {
        assert!(sitemap.contains(&format!("<loc>{page}</loc>")), "{page}");
    }
    // A link to a page of the lists is checked as a link to any page.
    let check = check_json(&map, &[]);
    let broken: Vec<&str> = check
        .with_code("broken-link")
        .iter()
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(broken.len(), 1, "{broken:?}");
    assert!(broken[0].contains("/insights/risks/page/9/"), "{broken:?}");
    let files: Vec<PathBuf> = [
        "insights/",
        "insights/risks/",
        "insights/risks/page/2/",
        "insights/backlog/",
        "insights/backlog/page/2/",
    ]
    .iter()
    .map(|p| site.join(p).join("index.html"))
    .collect();
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    assert_eq!(html_errors(&paths), "");
}

#[test]
fn the_whole_backlog_lists_each_opportunity_once_by_priority_without_the_filters() {
    let (_dir, _map, site) = crowded("en");
    let insights = read(&site, "insights/");
    let total = toc_count(&insights, "backlog");
    assert!(total > 200 && total <= 400, "{total}: two pages");
    let left = insights
        .select(&sel("section#backlog .list-left"))
        .map(text)
        .collect::<String>();
    assert!(
        left.starts_with(&format!(
            "{} more opportunities are not listed",
            total - 100
        )),
        "{left}"
    );
    assert_eq!(
        links(&insights, "section#backlog .list-all a"),
        [(
            format!("The whole backlog: all {total} opportunities, in pages →"),
            "/insights/backlog/".to_string()
        )]
    );
    let backlog = all_rows(&site, "insights/backlog/", 2);
    assert_eq!(backlog.len(), total);
    let texts: BTreeSet<&str> = backlog.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(texts.len(), total, "each once");
    // By priority: impact high first, then effort low first; done last.
    let score = |s: &str| s.parse::<u8>().ok();
    let order: Vec<(bool, std::cmp::Reverse<u8>, u8)> = backlog
        .iter()
        .map(|r| {
            (
                r[5].ends_with("done"),
                std::cmp::Reverse(score(&r[2]).unwrap_or(0)),
                score(&r[3]).unwrap_or(u8::MAX),
            )
        })
        .collect();
    assert!(order.is_sorted(), "{order:?}");
    assert!(order.last().unwrap().0, "done last");
    assert_eq!(rows(&insights, "section#backlog"), backlog[..100]);
    let first = read(&site, "insights/backlog/");
    assert_eq!(
        first.select(&sel("h1")).map(text).collect::<String>(),
        "Opportunity backlog"
    );
    assert_eq!(
        links(&first, "main .lede + p a"),
        [(
            "← Back to the insights".to_string(),
            "/insights/#backlog".to_string()
        )]
    );
    // The insights page's filters look at the rows it lists; a page of the
    // whole backlog has none, rather than filters of 200 rows of many.
    assert_eq!(insights.select(&sel("form[data-backlog]")).count(), 1);
    assert_eq!(first.select(&sel("form")).count(), 0);
    assert_eq!(
        first.select(&sel(".filter-status, .backlog-none")).count(),
        0
    );
}

#[test]
fn the_lists_pages_speak_the_map_s_language() {
    // The languages side by side, as in `i18n`: one after another they
    // were the longest test of the suite.
    std::thread::scope(|scope| {
        for language in crate::i18n::LANGUAGES {
            scope.spawn(move || {
                let (_dir, _map, site) = crowded(language);
                let left = crate::i18n::english_left(&site, language);
                assert!(left.is_empty(), "{language}:\n{}", left.join("\n"));
                if language == "pl" {
                    in_polish(&site);
                }
            });
        }
    });
}

/// The link to the register, a page's title and its lede on the Polish
/// site: Polish counts 2–4 (but not 12–14) with one form and 5 and more
/// with another.
fn in_polish(site: &Path) {
    let insights = read(site, "insights/");
    let total = toc_count(&insights, "risks");
    let form = if (2..=4).contains(&(total % 10)) && !(12..=14).contains(&(total % 100)) {
        "ryzyka"
    } else {
        "ryzyk"
    };
    assert_eq!(
        links(&insights, "section#risks .list-all a"),
        [(
            format!("Cały rejestr ryzyk: wszystkie {total} {form}, na kolejnych stronach →"),
            "/insights/risks/".to_string()
        )]
    );
    let page2 = read(site, "insights/risks/page/2/");
    assert_eq!(
        page2.select(&sel("h1")).map(text).collect::<String>(),
        "Rejestr ryzyk, strona 2"
    );
    let backlog = read(site, "insights/backlog/");
    let lede = backlog.select(&sel(".lede")).map(text).collect::<String>();
    assert!(lede.starts_with("Szanse 1–200 z "), "{lede}");
}

#[test]
fn the_example_map_has_no_page_of_a_whole_list_and_no_link_to_one() {
    let (_dir, out) = crate::common::built_example("insights-lists-example");
    let insights = read(&out, "insights/");
    assert!(links(&insights, ".list-all a").is_empty());
    assert_eq!(insights.select(&sel(".list-left")).count(), 0);
    for list in ["backlog", "risks"] {
        assert!(!out.join("insights").join(list).exists(), "{list}");
    }
}

//! A map too big to list on one page, built by the real binary: its long
//! lists are split over pages a person can page through, every touchpoint
//! on exactly one of them, each page light enough for a phone.

use crate::common::crate_dir;
use scraper::{Html, Selector};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Touchpoints in the generated map: three full pages of 500 and a fourth of
/// 100; about 27 in each of its 60 cells, more than a stage's page lists.
const TOUCHPOINTS: usize = 1_600;

/// The generated map (benches/gen_map.py, as the benchmarks use) built once
/// under the sub-path `/sub/`, shared by the tests.
fn site() -> &'static Path {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, out) = SITE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let map = dir.path().join("map");
        let o = Command::new("python3")
            .arg(crate_dir().join("benches/gen_map.py"))
            .arg(TOUCHPOINTS.to_string())
            .arg(&map)
            .output()
            .expect("python3 runs benches/gen_map.py");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        // A note named as the notes' list would name its second page.
        std::fs::create_dir_all(map.join("notes/page")).unwrap();
        std::fs::write(map.join("notes/page/2.md"), "# A note called page 2\n").unwrap();
        let out = dir.path().join("site");
        let o = Command::new(env!("CARGO_BIN_EXE_touchmap"))
            .args(["build".as_ref(), map.as_os_str(), "-o".as_ref()])
            .arg(&out)
            .args(["--base-url", "/sub/"])
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        (dir, out)
    });
    out
}

fn page(rel: &str) -> Html {
    let file = site().join(rel);
    let html = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    Html::parse_document(&html)
}

fn attr_of(doc: &Html, selector: &str, attr: &str) -> Option<String> {
    let s = Selector::parse(selector).unwrap();
    doc.select(&s)
        .next()
        .and_then(|e| e.value().attr(attr))
        .map(str::to_string)
}

#[test]
fn the_touchpoints_list_pages_by_500_with_every_touchpoint_once() {
    let row_link = Selector::parse("table.data tbody th a").unwrap();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let pages = [
        "touchpoints/",
        "touchpoints/page/2/",
        "touchpoints/page/3/",
        "touchpoints/page/4/",
    ];
    let mut rows = Vec::new();
    for rel in pages {
        let doc = page(&format!("{rel}index.html"));
        let links: Vec<String> = doc
            .select(&row_link)
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect();
        rows.push(links.len());
        for l in links {
            *seen.entry(l).or_default() += 1;
        }
    }
    assert_eq!(rows, [500, 500, 500, 100]);
    assert_eq!(seen.len(), TOUCHPOINTS, "every touchpoint is listed");
    assert!(seen.values().all(|&n| n == 1), "none twice");
    assert!(
        !site().join("touchpoints/page/5").exists(),
        "no empty page after the last"
    );
    assert!(
        !site().join("touchpoints/page/1").exists(),
        "the first page is the list's own address"
    );
}

#[test]
fn a_page_of_the_list_leads_to_the_pages_before_and_after_it() {
    let doc = page("touchpoints/page/2/index.html");
    assert_eq!(
        attr_of(&doc, ".list-pager a[rel=prev]", "href").as_deref(),
        Some("/sub/touchpoints/")
    );
    assert_eq!(
        attr_of(&doc, ".list-pager a[rel=next]", "href").as_deref(),
        Some("/sub/touchpoints/page/3/")
    );
    let current = Selector::parse(".list-pager [aria-current=page]").unwrap();
    let numbers: Vec<String> = doc.select(&current).map(|e| e.text().collect()).collect();
    assert_eq!(numbers, ["2", "2"], "both pagers mark page 2");
    let lede: String = doc
        .select(&Selector::parse(".lede").unwrap())
        .flat_map(|e| e.text())
        .collect();
    assert!(lede.starts_with("Touchpoints 501–1,000 of 1,600"), "{lede}");
    let first = page("touchpoints/index.html");
    assert_eq!(attr_of(&first, ".list-pager a[rel=prev]", "href"), None);
}

#[test]
fn a_page_of_the_list_stays_under_a_megabyte() {
    for rel in ["touchpoints/", "touchpoints/page/2/"] {
        let size = std::fs::metadata(site().join(rel).join("index.html"))
            .unwrap()
            .len();
        assert!(size < 1_000_000, "{rel}: {size} bytes");
    }
}

#[test]
fn the_dashboard_lists_the_20_kpis_that_most_need_attention_and_links_to_all() {
    let doc = page("index.html");
    let rows = Selector::parse("table.kpi-table tbody tr").unwrap();
    let statuses: Vec<String> = doc
        .select(&rows)
        .map(|r| {
            r.select(&Selector::parse(".tone-st").unwrap())
                .next()
                .map(|b| b.text().collect::<String>().trim().to_string())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(statuses.len(), 20, "{statuses:?}");
    // Off target first: no KPI off target comes after one that is not.
    let first_other = statuses
        .iter()
        .position(|s| !s.contains("off target"))
        .unwrap_or(statuses.len());
    assert!(
        statuses[first_other..]
            .iter()
            .all(|s| !s.contains("off target")),
        "{statuses:?}"
    );
    assert!(first_other > 0, "the map has KPIs off target: {statuses:?}");
    let kpis = std::fs::read_dir(site().join("kpis"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().join("index.html").exists())
        .count();
    let note: String = doc
        .select(&Selector::parse("#kpi-heading ~ p, .panel p.muted.small").unwrap())
        .flat_map(|e| e.text())
        .collect();
    assert!(
        note.contains(&format!("The 20 of {kpis} KPIs that most need attention")),
        "{note}"
    );
}

#[test]
fn the_pages_of_a_list_and_their_pagers_are_valid_html() {
    let pages = [
        site().join("touchpoints/index.html"),
        site().join("touchpoints/page/4/index.html"),
        site().join("stages/decision/index.html"),
        site().join("insights/index.html"),
        site().join("index.html"),
    ];
    let paths: Vec<&Path> = pages.iter().map(PathBuf::as_path).collect();
    assert_eq!(crate::common::html_errors(&paths), "");
}

#[test]
fn a_stage_page_shows_24_cards_of_a_crowded_channel_and_links_to_all_of_them() {
    let doc = page("stages/decision/index.html");
    let group = Selector::parse("section.group").unwrap();
    let card = Selector::parse("ul.card-list > li").unwrap();
    let more = Selector::parse("p.group-more a").unwrap();
    let mut crowded = 0;
    for g in doc.select(&group) {
        let cards = g.select(&card).count();
        let Some(link) = g.select(&more).next() else {
            assert!(cards <= 24, "{cards} cards and no link to the rest");
            continue;
        };
        crowded += 1;
        assert_eq!(cards, 24);
        let href = link.value().attr("href").unwrap();
        let text: String = link.text().collect();
        let total: usize = text
            .trim_start_matches("All ")
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap_or_else(|_| panic!("{text}"));
        assert!(total > 24, "{text}");
        // The cell's page lists every one of them.
        let rel = href.strip_prefix("/sub/").unwrap();
        assert!(rel.starts_with("map/decision/"), "{href}");
        let cell = page(&format!("{rel}index.html"));
        let listed = cell
            .select(&Selector::parse("main li.tp-card").unwrap())
            .count();
        assert_eq!(listed, total, "{href}");
    }
    assert!(crowded > 0, "the generated map has crowded cells");
}

#[test]
fn the_value_page_lists_30_strong_touchpoints_a_component_and_counts_the_rest() {
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site().join("map.json")).unwrap()).unwrap();
    let touchpoints = json["model"]["touchpoints"].as_array().unwrap();
    let doc = page("value/index.html");
    let item = Selector::parse("ul.item-list > li").unwrap();
    let more = Selector::parse("p.muted.small").unwrap();
    for comp in ["price", "service", "personalization", "proximity"] {
        let strong = touchpoints
            .iter()
            .filter(|t| t["state"] == "current")
            .filter(|t| t["value"][comp].as_u64().is_some_and(|v| v >= 4))
            .count();
        assert!(strong > 30, "{comp}: {strong}");
        let panel = doc
            .select(&Selector::parse(&format!("section#{comp}")).unwrap())
            .next()
            .unwrap();
        assert_eq!(panel.select(&item).count(), 30, "{comp}");
        let note: String = panel.select(&more).flat_map(|e| e.text()).collect();
        assert!(
            note.starts_with(&format!("And {} more that score 4 or 5", strong - 30)),
            "{comp}: {note}"
        );
    }
}

#[test]
fn the_insights_page_puts_100_rows_of_a_long_list_on_it_and_counts_the_rest() {
    let doc = page("insights/index.html");
    let backlog = doc
        .select(&Selector::parse("section#backlog").unwrap())
        .next()
        .unwrap();
    let rows = backlog
        .select(&Selector::parse("tbody tr").unwrap())
        .count();
    assert_eq!(rows, 100);
    let total: usize = doc
        .select(&Selector::parse("a[href='#backlog'] + .count").unwrap())
        .next()
        .unwrap()
        .text()
        .collect::<String>()
        .trim()
        .replace(',', "")
        .parse()
        .unwrap();
    let left: String = backlog
        .select(&Selector::parse(".list-left").unwrap())
        .flat_map(|e| e.text())
        .collect();
    assert!(
        left.replace(',', "").starts_with(&format!(
            "{} more opportunities are not listed",
            total - 100
        )),
        "{left}"
    );
    // Under it, the way to the backlog in full, below the base URL.
    assert_eq!(
        attr_of(&doc, "section#backlog .list-all a", "href").as_deref(),
        Some("/sub/insights/backlog/")
    );
    assert_eq!(
        attr_of(&doc, "section#risks .list-all a", "href").as_deref(),
        Some("/sub/insights/risks/")
    );
    let backlog = page("insights/backlog/index.html");
    assert_eq!(
        attr_of(&backlog, ".list-pager a[rel=next]", "href").as_deref(),
        Some("/sub/insights/backlog/page/2/")
    );
}

fn size(rel: &str) -> u64 {
    std::fs::metadata(site().join(rel).join("index.html"))
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
        .len()
}

#[test]
fn the_map_insights_notes_kpis_and_every_cell_page_stay_under_a_megabyte() {
    let mut pages: Vec<String> = [
        "map/",
        "insights/",
        "insights/backlog/",
        "insights/risks/",
        "notes/",
        "notes-list/page/2/",
        "kpis/",
    ]
    .map(String::from)
    .to_vec();
    for stage in std::fs::read_dir(site().join("map")).unwrap() {
        let stage = stage.unwrap().path();
        if !stage.is_dir() {
            continue;
        }
        for cell in std::fs::read_dir(&stage).unwrap() {
            let cell = cell.unwrap().path();
            let rel = cell.strip_prefix(site()).unwrap().to_string_lossy();
            pages.push(format!("{rel}/"));
        }
    }
    assert!(pages.len() > 50, "{pages:?}");
    for rel in pages {
        assert!(size(&rel) < 1_000_000, "{rel}: {} bytes", size(&rel));
    }
}

#[test]
fn a_crowded_cell_shows_its_key_cards_and_plus_n_more_leads_to_a_page_listing_the_rest() {
    let map = page("map/index.html");
    let crowded = Selector::parse("td[data-rest]").unwrap();
    let card = Selector::parse(".tp-card .tp-name").unwrap();
    let cells: Vec<_> = map.select(&crowded).collect();
    assert!(cells.len() > 10, "about 27 touchpoints in each of 60 cells");
    for td in cells {
        let shown: Vec<String> = td
            .select(&card)
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect();
        assert_eq!(shown.len(), 6);
        let more = td
            .select(&Selector::parse(".cell-more a").unwrap())
            .next()
            .expect("a crowded cell has +N more");
        let text: String = more.text().collect();
        let n: usize = text
            .trim_start_matches('+')
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap_or_else(|_| panic!("{text}"));
        assert!(text.starts_with(&format!("+{n} more")), "{text}");
        // The rest are in the cell's data, one word each.
        let rest = td.value().attr("data-rest").unwrap();
        assert_eq!(rest.split(' ').count(), n, "{rest}");
        // The link leads to the cell's page, which lists all of them.
        let href = more.value().attr("href").unwrap();
        let rel = href.strip_prefix("/sub/").unwrap();
        let cell = page(&format!("{rel}index.html"));
        let listed: Vec<String> = cell
            .select(&Selector::parse(".card-grid .tp-card .tp-name").unwrap())
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect();
        assert_eq!(listed.len(), 6 + n, "{rel}");
        assert_eq!(
            listed[..6],
            shown[..],
            "{rel}: the map shows the first ones"
        );
    }
}

#[test]
fn the_notes_list_pages_by_500_beside_notes_and_a_note_called_page_2_keeps_its_page() {
    let link = Selector::parse(".note-group li > a").unwrap();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let pages = [
        "notes/",
        "notes-list/page/2/",
        "notes-list/page/3/",
        "notes-list/page/4/",
    ];
    for rel in pages {
        let doc = page(&format!("{rel}index.html"));
        for a in doc.select(&link) {
            *seen
                .entry(a.value().attr("href").unwrap().to_string())
                .or_default() += 1;
        }
    }
    // 1,600 notes and the one called page 2, each listed once.
    assert_eq!(seen.len(), TOUCHPOINTS + 1);
    assert!(seen.values().all(|&n| n == 1));
    assert!(
        seen.contains_key("/sub/notes/page/2/"),
        "{:?}",
        seen.keys().next()
    );
    let first = page("notes/index.html");
    assert_eq!(
        attr_of(&first, ".list-pager a[rel=next]", "href").as_deref(),
        Some("/sub/notes-list/page/2/")
    );
    let second = page("notes-list/page/2/index.html");
    assert_eq!(
        attr_of(&second, ".list-pager a[rel=prev]", "href").as_deref(),
        Some("/sub/notes/")
    );
    assert!(!site().join("notes-list/page/5").exists());
    let note = page("notes/page/2/index.html");
    let h1: String = note
        .select(&Selector::parse("h1").unwrap())
        .flat_map(|e| e.text())
        .collect();
    assert_eq!(h1.trim(), "A note called page 2");
}

#[test]
fn the_example_map_shows_every_card_of_every_cell_and_no_plus_n_more() {
    let (_dir, out) = crate::common::built_example("example-site");
    let html = std::fs::read_to_string(out.join("map/index.html")).unwrap();
    let doc = Html::parse_document(&html);
    assert_eq!(
        doc.select(&Selector::parse(".cell-more").unwrap()).count(),
        0
    );
    assert_eq!(
        doc.select(&Selector::parse("[data-rest]").unwrap()).count(),
        0
    );
    let notes = std::fs::read_to_string(out.join("notes/index.html")).unwrap();
    assert!(!notes.contains("list-pager"));
}

#[test]
fn the_journey_and_a_persona_page_stay_under_a_megabyte_and_link_to_their_lanes() {
    for rel in ["journey/", "personas/new-runner/"] {
        let size = std::fs::metadata(site().join(rel).join("index.html"))
            .unwrap()
            .len();
        assert!(size < 1_000_000, "{rel}: {size} bytes");
        // Each of Nina's five stages holds far more than a lane shows: a
        // summary and a link to the lane's page.
        let doc = page(&format!("{rel}index.html"));
        let s = Selector::parse("#journey-new-runner-lanes ~ .lanes-frame .lane-all a, #persona-new-runner-lanes ~ .lanes-frame .lane-all a").unwrap();
        let lanes: Vec<String> = doc
            .select(&s)
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect();
        assert_eq!(lanes.len(), 5, "{rel}: {lanes:?}");
        assert!(
            lanes.contains(&"/sub/personas/new-runner/awareness/".to_string()),
            "{lanes:?}"
        );
    }
    // The lane's page lists every touchpoint Nina meets there, each a link
    // to its page, and is small too.
    let doc = page("journey/index.html");
    let s = Selector::parse(".lane-all a[href=\"/sub/personas/new-runner/awareness/\"]").unwrap();
    let text: String = doc.select(&s).next().unwrap().text().collect();
    let count: usize = text
        .split_whitespace()
        .find_map(|w| w.replace(',', "").parse().ok())
        .unwrap();
    // Its pages hold 200 cards each (site::lanes::LANE_PAGE).
    let cards = Selector::parse(".lane-page .lane-card-title a").unwrap();
    let mut hrefs: Vec<String> = Vec::new();
    for n in 1..=count.div_ceil(200) {
        let rel = if n == 1 {
            "personas/new-runner/awareness/".to_string()
        } else {
            format!("personas/new-runner/awareness/page/{n}/")
        };
        let lane = page(&format!("{rel}index.html"));
        let on_page: Vec<String> = lane
            .select(&cards)
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect();
        assert!(on_page.len() <= 200, "{rel}: {}", on_page.len());
        hrefs.extend(on_page);
        let size = std::fs::metadata(site().join(&rel).join("index.html"))
            .unwrap()
            .len();
        assert!(size < 1_000_000, "{rel}: {size} bytes");
    }
    assert_eq!(hrefs.len(), count, "{text}");
    assert!(hrefs.iter().all(|h| h.starts_with("/sub/touchpoints/")));
}

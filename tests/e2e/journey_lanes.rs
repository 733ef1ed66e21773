//! The journey's lanes on demand, built by the real binary: a persona who
//! meets many touchpoints at a stage has that stage summarised on the
//! journey page and on its own page, with a link to the lane's pages,
//! which list every one of those touchpoints once; the example map, whose
//! personas meet a few each, has no such link.

use crate::common::{TempDir, build_site, copy_dir, crate_dir};
use scraper::{Html, Selector};
use std::collections::BTreeSet;
use std::path::Path;

/// Touchpoints added for Nina at the decision stage: past one lane page of
/// 200, within two.
const EXTRA: usize = 220;

/// The example map's channels, which the added touchpoints take in turn:
/// twenty in each cell of the decision's column, all of them crowded.
const CHANNELS: [&str; 11] = [
    "social",
    "search",
    "website",
    "email",
    "app",
    "chat",
    "community",
    "store",
    "phone",
    "sms",
    "events",
];

fn read(site: &Path, rel: &str) -> Html {
    let file = site.join(rel).join("index.html");
    let html = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    Html::parse_document(&html)
}

fn links(doc: &Html, selector: &str) -> Vec<(String, String)> {
    let s = Selector::parse(selector).unwrap();
    doc.select(&s)
        .map(|a| {
            (
                a.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                a.value().attr("href").unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// The example map with [`EXTRA`] touchpoints for Nina at the decision
/// stage, built; the site's folder.
fn crowded() -> (TempDir, std::path::PathBuf) {
    let dir = TempDir::new("journey-lanes");
    let map = dir.path().join("map");
    copy_dir(&crate_dir().join("example-map"), &map);
    let mut yaml = String::from("touchpoints:\n");
    for k in 0..EXTRA {
        yaml.push_str(&format!(
            "  - id: extra-{k:03}\n    name: Extra {k:03}\n    stage: decision\n    channel: {}\n    personas: [new-runner]\n    emotion: {{score: {}}}\n",
            CHANNELS[k % CHANNELS.len()],
            k as i64 % 5 - 2
        ));
    }
    std::fs::write(map.join("touchpoints/extra.yaml"), yaml).unwrap();
    let out = dir.path().join("site");
    let run = build_site(&map, &out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    (dir, out)
}

#[test]
fn a_crowded_lane_links_to_pages_that_list_each_of_its_touchpoints_once() {
    let (_dir, site) = crowded();
    for page in ["journey/", "personas/new-runner/"] {
        let doc = read(&site, page);
        let all = links(&doc, ".lane-all a");
        assert_eq!(all.len(), 1, "{page}: {all:?}");
        let (text, href) = &all[0];
        assert!(
            text.starts_with("All ") && text.contains(" touchpoints of Decision"),
            "{text}"
        );
        assert_eq!(href, "/personas/new-runner/decision/");
        // The summary shows three cards, not the lane's hundreds.
        let s = Selector::parse(".lane-fold:has(.lane-all) .lane-card").unwrap();
        assert_eq!(doc.select(&s).count(), 3, "{page}");
    }
    let first = read(&site, "personas/new-runner/decision/");
    let count: usize = links(&read(&site, "journey/"), ".lane-all a")[0]
        .0
        .split_whitespace()
        .nth(1)
        .unwrap()
        .replace(',', "")
        .parse()
        .unwrap();
    assert!(count > EXTRA, "{count}");
    let pager = links(&first, "nav.list-pager a");
    assert!(
        pager
            .iter()
            .any(|(_, h)| h == "/personas/new-runner/decision/page/2/"),
        "{pager:?}"
    );
    let mut seen = BTreeSet::new();
    let mut listed = 0;
    for page in [
        "personas/new-runner/decision/",
        "personas/new-runner/decision/page/2/",
    ] {
        let doc = read(&site, page);
        let cards = links(&doc, ".lane-page .lane-card-title a");
        assert!(!cards.is_empty(), "{page}");
        // A page shows 200 cards; the second the rest.
        if listed == 0 {
            assert_eq!(cards.len(), 200, "{page}");
        }
        listed += cards.len();
        for (_, href) in cards {
            assert!(href.starts_with("/touchpoints/"), "{href}");
            seen.insert(href);
        }
    }
    assert_eq!(listed, count, "every touchpoint of the lane is listed");
    assert_eq!(seen.len(), count, "each once");
    assert!(seen.contains("/touchpoints/extra-219/"));
    assert!(!site.join("personas/new-runner/decision/page/3").exists());
    // The lane's pages are in the sitemap, as every page.
    let sitemap = std::fs::read_to_string(site.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>/personas/new-runner/decision/page/2/</loc>"));
    // Marco meets a few: his lanes are open, without a link.
    let marco = read(&site, "personas/marathoner/");
    assert!(links(&marco, ".lane-all a").is_empty());
    // The summaries and the lane's pages are valid HTML.
    let files: Vec<std::path::PathBuf> = [
        "journey/",
        "personas/new-runner/",
        "personas/new-runner/decision/",
        "personas/new-runner/decision/page/2/",
    ]
    .iter()
    .map(|p| site.join(p).join("index.html"))
    .collect();
    let paths: Vec<&Path> = files.iter().map(|p| p.as_path()).collect();
    assert_eq!(crate::common::html_errors(&paths), "");
}

#[test]
fn a_crowded_persona_s_map_is_tiles_that_lead_to_its_cells_filtered_to_it() {
    let (_dir, site) = crowded();
    let doc = read(&site, "personas/new-runner/");
    let section = Selector::parse("section.persona-map.grid-overview").unwrap();
    assert_eq!(doc.select(&section).count(), 1, "the grid opens as tiles");
    let cards = Selector::parse(".persona-map .tp-card").unwrap();
    assert_eq!(doc.select(&cards).count(), 0, "no card is left in the grid");
    let tiles = links(&doc, ".persona-map a.tile");
    // The decision's website cell: Nina's 20 added there, and what the
    // example map has of hers in it.
    let (text, href) = tiles
        .iter()
        .find(|(_, h)| h.starts_with("/map/decision/website/"))
        .unwrap_or_else(|| panic!("{tiles:?}"));
    assert_eq!(href, "/map/decision/website/?persona=new-runner");
    let count: usize = text.split_whitespace().next().unwrap().parse().unwrap();
    assert!((20..30).contains(&count), "{text}");
    assert!(
        tiles
            .iter()
            .all(|(_, h)| h.ends_with("?persona=new-runner")),
        "{tiles:?}"
    );
    // Marco meets a few: his grid is still cards.
    let marco = read(&site, "personas/marathoner/");
    assert_eq!(marco.select(&section).count(), 0);
    assert!(marco.select(&cards).count() > 0);
}

#[test]
fn the_example_map_has_no_lane_page_and_no_link_to_one() {
    let (_dir, out) = crate::common::built_example("journey-lanes-example");
    for page in ["journey/", "personas/new-runner/", "personas/marathoner/"] {
        let doc = read(&out, page);
        assert!(links(&doc, ".lane-all a").is_empty(), "{page}");
        // Every card of every lane is on the page, and every point of the
        // curve is a link.
        assert!(links(&doc, ".lane-card-title a").len() > 5, "{page}");
        assert!(!doc.html().contains("<marker"), "{page}");
        // A persona's map shows its cards, not tiles.
        if page.starts_with("personas/") {
            assert!(!doc.html().contains("grid-overview"), "{page}");
            assert!(!links(&doc, ".persona-map .tp-card a").is_empty(), "{page}");
        }
    }
    for lane in ["personas/new-runner/decision", "journey/decision"] {
        assert!(!out.join(lane).exists(), "{lane}");
    }
}

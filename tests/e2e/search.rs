//! The search page as built: it carries the index's meta, so that a query
//! asks for its words' shards at once instead of after a round trip for
//! `search-index/meta.json` (which stays, for a page without it).

use crate::common::{TempDir, crate_dir, touchmap};
use scraper::{Html, Selector};
use serde_json::Value;

#[test]
fn the_search_page_carries_the_index_meta_under_a_sub_path() {
    let out = TempDir::new("touchmap-search-meta");
    let site = out.path().join("site");
    let map = crate_dir().join("example-map");
    let run = touchmap(&[
        "build".as_ref(),
        map.as_os_str(),
        "-o".as_ref(),
        site.as_os_str(),
        "--base-url".as_ref(),
        "/sub/path/".as_ref(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(site.join("search/index.html")).unwrap();
    let page = Html::parse_document(&html);
    let selector = Selector::parse("head script#search-meta[type='application/json']").unwrap();
    let element = page
        .select(&selector)
        .next()
        .expect("the meta in the page's head");
    let carried: Value = serde_json::from_str(&element.text().collect::<String>()).unwrap();
    let file: Value =
        serde_json::from_slice(&std::fs::read(site.join("search-index/meta.json")).unwrap())
            .unwrap();
    assert_eq!(carried, file);
    assert_eq!(
        element.value().attr("data-index"),
        Some("/sub/path/search-index/")
    );
    // Nothing asks for the meta file any more.
    assert!(!html.contains("meta.json"), "{html}");
    // It stands before the stylesheet, so that the query's shard is asked
    // for before the page waits for anything.
    let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s}"));
    assert!(at("id=\"search-meta\"") < at("rel=\"stylesheet\""));
}

#[test]
fn a_query_finds_its_results_without_the_meta_file() {
    let (_out, site) = crate::common::built_example("touchmap-search-helper");
    // What the page's script finds, read as it reads the index (the meta
    // from the page).
    std::fs::remove_file(site.join("search-index/meta.json")).unwrap();
    let found = crate::common::search(&site, "hotline");
    assert_eq!(
        found.first(),
        Some(&(
            "touchpoint".to_string(),
            "Hotline for size exchanges".to_string()
        ))
    );
}

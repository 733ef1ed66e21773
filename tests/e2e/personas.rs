//! `touchmap build` on a map whose personas have a photo, a quote, goals and
//! a profile: the persona's page opens with a card of them, the list of
//! personas shows each one's tile, the photo is published (an SVG one
//! cleaned of scripts), and everything the author wrote is shown as text.

use crate::common::{TempDir, build_site};
use scraper::{Html, Selector};
use std::path::Path;

const MAP: &str = r#"site: {title: People}
channels:
  - {id: shop, mode: analog}
personas:
  - id: ana
    name: Ana Dias, the planner
    photo: images/ana.svg
    quote: "“Tell me <b>once</b> & I remember.”"
    goals: [Run a half marathon, Keep her knees happy]
    profile:
      occupation: Nurse
      age: 34
      lives in: Porto
    jobs:
      - {id: ana-plan, text: Plan her training}
  - id: bo
    name: bo kowalski
touchpoints:
  - {id: visit, name: Shop visit, stage: awareness, channel: shop, personas: [ana]}
"#;

const PHOTO: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><circle cx="5" cy="5" r="4" fill="#e30613"/></svg>"##;

/// The map above built into a folder of its own: (the map, the site).
fn built() -> (TempDir, std::path::PathBuf) {
    let map = TempDir::new("personas-map");
    map.write("touchmap.yaml", MAP);
    map.write("images/ana.svg", PHOTO);
    let out = map.path().join("site");
    let run = build_site(map.path(), &out);
    assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
    (map, out)
}

fn page(site: &Path, rel: &str) -> Html {
    Html::parse_document(&std::fs::read_to_string(site.join(rel)).unwrap())
}

fn texts(doc: &Html, selector: &str) -> Vec<String> {
    doc.select(&Selector::parse(selector).unwrap())
        .map(|e| e.text().collect::<Vec<_>>().join(" "))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn attr(doc: &Html, selector: &str, name: &str) -> Option<String> {
    doc.select(&Selector::parse(selector).unwrap())
        .next()
        .and_then(|e| e.value().attr(name))
        .map(str::to_string)
}

#[test]
fn the_persona_page_opens_with_the_persona_card() {
    let (_map, site) = built();
    let doc = page(&site, "personas/ana/index.html");
    let card = ".persona-card";
    assert_eq!(
        attr(&doc, &format!("{card} img.avatar"), "src").as_deref(),
        Some("/files/images/ana.svg")
    );
    assert_eq!(
        attr(&doc, &format!("{card} img.avatar"), "alt").as_deref(),
        Some("Ana Dias, the planner")
    );
    // The author's quotation marks give way to the card's own; the markup
    // in it is text.
    assert_eq!(
        texts(&doc, &format!("{card} .persona-quote q")),
        ["Tell me <b>once</b> & I remember."]
    );
    assert!(texts(&doc, &format!("{card} .persona-quote b")).is_empty());
    assert_eq!(
        texts(&doc, &format!("{card} .goal-list li")),
        ["Run a half marathon", "Keep her knees happy"]
    );
    // The profile in the order written, not sorted.
    assert_eq!(
        texts(&doc, &format!("{card} .persona-profile dt")),
        ["occupation", "age", "lives in"]
    );
    assert_eq!(
        texts(&doc, &format!("{card} .persona-profile dd")),
        ["Nurse", "34", "Porto"]
    );
    assert_eq!(
        texts(&doc, r#"nav[aria-label="Main"] a[aria-current]"#),
        ["Personas"]
    );

    // The photo is published, without its scripts.
    let svg = std::fs::read_to_string(site.join("files/images/ana.svg")).unwrap();
    assert!(svg.contains("<circle"), "{svg}");
    assert!(!svg.contains("script") && !svg.contains("onload"), "{svg}");
}

#[test]
fn a_persona_without_a_photo_shows_its_initials_and_no_broken_image() {
    let (_map, site) = built();
    let doc = page(&site, "personas/bo/index.html");
    assert!(texts(&doc, ".persona-card img").is_empty());
    assert_eq!(texts(&doc, ".persona-card .avatar-initials"), ["BK"]);
    assert!(texts(&doc, ".persona-quote, .goal-list, .persona-profile").is_empty());
}

#[test]
fn the_list_of_personas_shows_a_tile_for_each() {
    let (_map, site) = built();
    let doc = page(&site, "personas/index.html");
    assert_eq!(
        texts(&doc, ".persona-tile h2 a"),
        ["Ana Dias, the planner", "bo kowalski"]
    );
    assert_eq!(
        attr(&doc, ".persona-tile h2 a", "href").as_deref(),
        Some("/personas/ana/")
    );
    assert_eq!(
        attr(&doc, ".persona-tile img.avatar", "src").as_deref(),
        Some("/files/images/ana.svg")
    );
    assert_eq!(
        texts(&doc, ".persona-tile .persona-facts"),
        ["occupation Nurse age 34 lives in Porto"]
    );
    assert_eq!(
        texts(&doc, ".persona-tile .persona-counts"),
        [
            "1 touchpoint 1 job 0 pains 0 gains",
            "0 touchpoints 0 jobs 0 pains 0 gains"
        ]
    );
    assert_eq!(texts(&doc, ".persona-tile .avatar-initials"), ["BK"]);
    assert_eq!(
        texts(&doc, r#"nav[aria-label="Main"] a[aria-current]"#),
        ["Personas"]
    );
}

#[test]
fn map_json_carries_the_persona_as_written() {
    let (_map, site) = built();
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.join("map.json")).unwrap()).unwrap();
    let ana = &json["model"]["personas"][0];
    assert_eq!(ana["photo"], "images/ana.svg");
    assert_eq!(ana["quote"], "Tell me <b>once</b> & I remember.");
    // The profile in the author's order: a list, since map.json sorts the
    // keys of its mappings.
    let profile: Vec<(&str, &str)> = ana["profile"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["label"].as_str().unwrap(), l["value"].as_str().unwrap()))
        .collect();
    assert_eq!(
        profile,
        [
            ("occupation", "Nurse"),
            ("age", "34"),
            ("lives in", "Porto")
        ]
    );
}

#[test]
fn search_finds_a_persona_by_its_quote_goals_and_profile() {
    let (_map, site) = built();
    let ana = ("persona".to_string(), "Ana Dias, the planner".to_string());
    for words in ["I remember", "half marathon", "Porto", "Nurse"] {
        let found = crate::common::search(&site, words);
        assert!(found.contains(&ana), "{words}: {found:?}");
    }
}

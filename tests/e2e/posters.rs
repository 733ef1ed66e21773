//! The posters as a reader gets them from a real build: `map.svg` and each
//! persona's `journey-ID.svg` at the top of the site, each a well-formed
//! standalone SVG (read here with an XML parser, as a slide program would)
//! that shows every stage, channel and touchpoint name of the map, holds
//! no script and no link, and stays so when the names are hostile.

use crate::common::{TempDir, build_site, crate_dir};
use roxmltree::{Document, Node};
use serde_json::Value;
use std::path::Path;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Reads `file` of the site `out`, failing the test when it is missing.
fn read(out: &Path, file: &str) -> String {
    std::fs::read_to_string(out.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Parses `text` as XML, failing the test with the parser's message.
fn parse<'a>(file: &str, text: &'a str) -> Document<'a> {
    Document::parse(text).unwrap_or_else(|e| panic!("{file} is not well-formed XML: {e}"))
}

/// Text without its white space: a name wrapped over lines reads the same.
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// What a `<text>` element shows: its text and its `<tspan>`s', not its
/// tooltip (`<title>`).
fn shown(text: Node) -> String {
    text.descendants()
        .filter(|n| n.is_text() && n.parent().is_some_and(|p| !p.has_tag_name("title")))
        .filter_map(|n| n.text())
        .collect()
}

/// The shown text of each `<text>` of class `class`, squeezed.
fn texts_of(doc: &Document, class: &str) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text") && n.attribute("class") == Some(class))
        .map(|n| squeeze(&shown(n)))
        .collect()
}

/// Every text in the drawing, `<title>`s included, squeezed.
fn all_text(doc: &Document) -> String {
    squeeze(
        &doc.descendants()
            .filter_map(|n| n.is_text().then(|| n.text()).flatten())
            .collect::<String>(),
    )
}

/// What any poster must be: an `<svg>` root in the SVG namespace with a
/// viewBox and a size in pixels, no script, nothing that runs or fetches
/// (no `href` at all, no `url(…)`, no event handler, no embedded page).
fn assert_standalone(file: &str, doc: &Document) {
    let root = doc.root_element();
    assert!(root.has_tag_name((SVG_NS, "svg")), "{file}: root is <svg>");
    let view_box: Vec<f64> = root
        .attribute("viewBox")
        .unwrap_or_else(|| panic!("{file}: viewBox"))
        .split(' ')
        .map(|v| v.parse().unwrap())
        .collect();
    assert_eq!(view_box.len(), 4, "{file}");
    let width: f64 = root.attribute("width").unwrap().parse().unwrap();
    assert!(
        (1000.0..=4000.0).contains(&width),
        "{file}: {width} px wide"
    );
    for node in doc.descendants().filter(Node::is_element) {
        let tag = node.tag_name().name();
        assert!(
            !["script", "foreignObject", "iframe", "image", "use", "a"].contains(&tag),
            "{file}: <{tag}>"
        );
        for attr in node.attributes() {
            let (name, value) = (attr.name(), attr.value());
            assert!(
                name != "href" && !name.starts_with("on"),
                "{file}: {name}={value}"
            );
            assert!(!value.contains("url("), "{file}: {name}={value}");
        }
        if tag == "style" {
            let css = node.text().unwrap_or("");
            assert!(!css.contains("url(") && !css.contains("@import") && !css.contains("var("));
        }
    }
}

/// The build of `map` into a new folder: its output folder, kept alive.
fn built(map: &Path, label: &str) -> TempDir {
    let out = TempDir::new(label);
    let run = build_site(map, &out.path().join("site"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    out
}

/// Whether touchpoint `t` of `map.json` has an emotion for persona `p`.
fn rated_for(t: &Value, p: &str) -> bool {
    let e = &t["emotion"];
    e.get("score").is_some() || e.get(p).is_some()
}

#[test]
fn the_example_s_poster_shows_every_stage_channel_and_touchpoint_by_name() {
    let out = built(&crate_dir().join("example-map"), "posters-example");
    let site = out.path().join("site");
    let model: Value = serde_json::from_str(&read(&site, "map.json")).unwrap();
    let model = &model["model"];
    let text = read(&site, "map.svg");
    let doc = parse("map.svg", &text);
    assert_standalone("map.svg", &doc);
    let names = |kind: &str| -> Vec<String> {
        model[kind]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| squeeze(e["name"].as_str().unwrap()))
            .collect()
    };
    // Every card shows its name whole: no name of the example is cut.
    let mut cards = texts_of(&doc, "card-name");
    let mut touchpoints = names("touchpoints");
    cards.sort();
    touchpoints.sort();
    assert_eq!(cards, touchpoints);
    assert_eq!(texts_of(&doc, "stage-name"), names("stages"));
    assert_eq!(texts_of(&doc, "channel-name"), names("channels"));
    let title = squeeze(model["site"]["title"].as_str().unwrap());
    assert_eq!(texts_of(&doc, "poster-title").concat(), title);
    // The legend says what the colours mean.
    let all = all_text(&doc);
    for words in [
        "verypositive",
        "verynegative",
        "notrated",
        "ontarget",
        "planned",
    ] {
        assert!(all.contains(words), "{words}");
    }
}

#[test]
fn each_persona_s_journey_poster_has_a_point_per_touchpoint_it_meets() {
    let out = built(&crate_dir().join("example-map"), "posters-journey");
    let site = out.path().join("site");
    let model: Value = serde_json::from_str(&read(&site, "map.json")).unwrap();
    let touchpoints = model["model"]["touchpoints"].as_array().unwrap();
    let personas = model["model"]["personas"].as_array().unwrap();
    assert!(personas.len() >= 2);
    for p in personas {
        let id = p["id"].as_str().unwrap();
        let file = format!("journey-{id}.svg");
        let text = read(&site, &file);
        let doc = parse(&file, &text);
        assert_standalone(&file, &doc);
        let walk = doc
            .descendants()
            .find(|n| n.attribute("data-persona") == Some(id))
            .unwrap_or_else(|| panic!("{file}: the persona's walk"));
        let steps: Vec<String> = walk
            .children()
            .filter(|n| n.attribute("class") == Some("step"))
            .map(|n| {
                n.first_element_child()
                    .and_then(|t| t.text())
                    .unwrap()
                    .to_string()
            })
            .collect();
        let met: Vec<&str> = touchpoints
            .iter()
            .filter(|t| t["personas"].as_array().unwrap().iter().any(|q| q == id))
            .filter(|t| rated_for(t, id))
            .map(|t| t["name"].as_str().unwrap())
            .collect();
        assert_eq!(steps.len(), met.len(), "{file}");
        // Each point's tooltip names its touchpoint ("Name: feeling …",
        // "Name (planned): …").
        for name in met {
            assert!(
                steps.iter().any(|s| s.starts_with(&format!("{name}: "))
                    || s.starts_with(&format!("{name} (planned): "))),
                "{file}: {name}"
            );
        }
        let name = p["name"].as_str().unwrap();
        assert!(all_text(&doc).contains(&squeeze(name)), "{file}: {name}");
    }
    // The pages link to them under the site's address.
    let persona_page = read(&site, "personas/new-runner/index.html");
    assert!(persona_page.contains(r#"<a href="/journey-new-runner.svg" download>"#));
    assert!(read(&site, "map/index.html").contains(r#"<a href="/map.svg" download>"#));
}

/// A map whose names a careless or hostile author wrote: markup, quotes,
/// ampersands, a name far longer than a card, and a crowded cell.
fn hostile_map() -> TempDir {
    let map = TempDir::new("posters-hostile");
    let long = "Very long name ".repeat(20);
    let unbroken = "x".repeat(300);
    let mut yaml = format!(
        r#"site: {{title: "Map <script>alert('title')</script> & \"quotes\"", brand: "B & <b>"}}
stages:
  - {{id: s1, name: "<script>alert('stage')</script>"}}
  - {{id: s2, name: "Tom & Jerry's \"stage\" ]]>"}}
channels:
  - {{id: c1, name: "<img src=x onerror=alert(1)>", mode: digital}}
  - {{id: c2, name: "{long}", mode: analog}}
personas:
  - {{id: p1, name: "<svg onload=alert(1)>"}}
touchpoints:
  - {{id: t1, name: "<script>alert('tp')</script>", stage: s1, channel: c1, personas: [p1], emotion: {{score: -2, label: "</text><script>x</script>"}}}}
  - {{id: t2, name: "{long}", stage: s2, channel: c2, personas: [p1], emotion: {{score: 1}}}}
  - {{id: t3, name: "{unbroken}", stage: s2, channel: c1, emotion: {{score: 0}}}}
"#
    );
    for k in 0..12 {
        yaml.push_str(&format!(
            "  - {{id: crowd-{k}, name: \"Crowd & co {k}\", stage: s1, channel: c2}}\n"
        ));
    }
    map.write("touchmap.yaml", yaml);
    map
}

/// The lines the card of the touchpoint named `name` shows its name on.
fn card_lines(doc: &Document, name: &str) -> Vec<String> {
    let card = doc
        .descendants()
        .find(|n| {
            n.attribute("class") == Some("card")
                && n.first_element_child().and_then(|t| t.text()) == Some(name)
        })
        .unwrap_or_else(|| panic!("the card of {name}"));
    card.descendants()
        .filter(|n| {
            n.has_tag_name("tspan") && n.parent().unwrap().attribute("class") == Some("card-name")
        })
        .filter_map(|n| n.text().map(str::to_string))
        .collect()
}

#[test]
fn hostile_names_stay_text_and_the_posters_stay_well_formed() {
    let map = hostile_map();
    let out = built(map.path(), "posters-hostile-site");
    let site = out.path().join("site");
    // The markup is there, as the text it was written as.
    let text = read(&site, "journey-p1.svg");
    let doc = parse("journey-p1.svg", &text);
    assert_standalone("journey-p1.svg", &doc);
    let all = all_text(&doc);
    for name in ["<script>alert('tp')</script>", "<svg onload=alert(1)>"] {
        assert!(all.contains(&squeeze(name)), "{name}");
    }
    let text = read(&site, "map.svg");
    let doc = parse("map.svg", &text);
    assert_standalone("map.svg", &doc);
    let all = all_text(&doc);
    for name in [
        "<script>alert('tp')</script>",
        "<script>alert('stage')</script>",
        "Tom & Jerry's \"stage\" ]]>",
        "<img src=x onerror=alert(1)>",
        "Map <script>alert('title')</script> & \"quotes\"",
    ] {
        assert!(all.contains(&squeeze(name)), "{name}");
    }
    // A name longer than a card: wrapped over four lines, cut at the end of
    // the fourth, whole in the card's tooltip; a word longer than a line is
    // broken inside, never left to run off the card.
    let long = "Very long name ".repeat(20);
    let unbroken = "x".repeat(300);
    for name in [long.trim(), &unbroken] {
        let lines = card_lines(&doc, name);
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(lines.iter().all(|l| l.chars().count() <= 32), "{lines:?}");
        assert!(lines[3].ends_with('…'), "{lines:?}");
    }
    // The crowded cell: six cards, and the rest counted and explained.
    assert_eq!(
        texts_of(&doc, "card-name")
            .iter()
            .filter(|t| t.starts_with("Crowd&co"))
            .count(),
        6
    );
    assert_eq!(texts_of(&doc, "more"), ["+6more"]);
    assert!(all.contains(&squeeze("shows 6 of them")), "{all}");
}

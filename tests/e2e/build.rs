//! End-to-end tests of `touchmap build`: the real binary on real map folders,
//! asserting on the pages a user would open.

use crate::common::{built_example, crate_dir};
use scraper::{Html, Selector};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_touchmap"));
    c.env_remove("TOUCHMAP_BASE_URL").env("NO_COLOR", "1");
    c
}

fn build(map: &Path, out: &Path, extra: &[&str]) -> Output {
    bin()
        .arg("build")
        .arg(map)
        .arg("-o")
        .arg(out)
        .args(extra)
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The example map built once (default base URL) and shared by the tests.
fn example_site() -> &'static Path {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = SITE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        let o = build(&crate_dir().join("example-map"), &out, &[]);
        assert!(o.status.success(), "build failed: {}", text(&o));
        (dir, out)
    });
    path
}

fn page(site: &Path, rel: &str) -> Html {
    let file = site.join(rel);
    let html = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    Html::parse_document(&html)
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn texts(doc: &Html, selector: &str) -> Vec<String> {
    doc.select(&sel(selector))
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The id in `/base/kind/ID/`.
fn id_in(href: &str, kind: &str) -> Option<String> {
    let marker = format!("/{kind}/");
    let start = href.find(&marker)? + marker.len();
    let rest = &href[start..];
    rest.split('/')
        .next()
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

#[test]
fn every_page_of_the_contract_is_built() {
    let site = example_site();
    let expected = [
        "index.html",
        "map/index.html",
        "journey/index.html",
        "touchpoints/index.html",
        "touchpoints/instagram-ad/index.html",
        "touchpoints/checkout-page/index.html",
        "stages/awareness/index.html",
        "channels/store/index.html",
        "personas/new-runner/index.html",
        "personas/marathoner/index.html",
        "value/index.html",
        "kpis/index.html",
        "kpis/pdp-conversion/index.html",
        "competitors/index.html",
        "competitors/apex-sports/index.html",
        "benefits/index.html",
        "insights/index.html",
        "notes/index.html",
        "notes/research/checkout-study/index.html",
        "search/index.html",
        "map.json",
        "map.svg",
        "journey-new-runner.svg",
        "journey-marathoner.svg",
        "touchpoints.csv",
        "kpis.csv",
        "sitemap.xml",
        "404.html",
        ".nojekyll",
        "search-index/meta.json",
        "search-index/t/0.json",
        "search-index/d/0.json",
        "assets/style.css",
        "brand.css",
    ];
    let missing: Vec<&str> = expected
        .iter()
        .copied()
        .filter(|p| !site.join(p).exists())
        .collect();
    assert!(missing.is_empty(), "missing pages: {missing:?}");
}

#[test]
fn the_map_grid_places_each_touchpoint_in_its_cell() {
    let site = example_site();
    let doc = page(site, "map/index.html");
    let table = doc
        .select(&sel("table"))
        .next()
        .expect("the map is a table");
    let stages: Vec<String> = table
        .select(&sel("thead th[scope=col] a"))
        .filter_map(|a| id_in(a.value().attr("href")?, "stages"))
        .collect();
    assert_eq!(
        stages,
        [
            "awareness",
            "consideration",
            "decision",
            "post-purchase",
            "retention"
        ]
    );
    let mut placed: BTreeMap<String, (String, String)> = BTreeMap::new();
    for row in table.select(&sel("tbody tr")) {
        let channel = row
            .select(&sel("th[scope=row] a"))
            .find_map(|a| id_in(a.value().attr("href")?, "channels"))
            .expect("each row is headed by its channel");
        for (col, cell) in row.select(&sel("td")).enumerate() {
            for a in cell.select(&sel("a")) {
                if let Some(tp) = a.value().attr("href").and_then(|h| id_in(h, "touchpoints")) {
                    placed.insert(tp, (stages[col].clone(), channel.clone()));
                }
            }
        }
    }
    // Every touchpoint of the example, at the cell its YAML names.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.join("map.json")).unwrap()).unwrap();
    let tps = json["model"]["touchpoints"].as_array().unwrap();
    assert_eq!(
        placed.len(),
        tps.len(),
        "each touchpoint appears once on the map"
    );
    for t in tps {
        let id = t["id"].as_str().unwrap();
        let want = (
            t["stage"].as_str().unwrap().to_string(),
            t["channel"].as_str().unwrap().to_string(),
        );
        assert_eq!(placed.get(id), Some(&want), "touchpoint {id}");
    }
    assert_eq!(
        placed["instagram-ad"],
        ("awareness".to_string(), "social".to_string())
    );
}

#[test]
fn kpi_status_is_derived_from_latest_value_and_direction() {
    let site = example_site();
    let doc = page(site, "kpis/index.html");
    let rows = texts(&doc, "table tbody tr");
    let row_of = |name: &str| {
        rows.iter()
            .find(|r| r.contains(name))
            .unwrap_or_else(|| panic!("no row for {name} in {rows:#?}"))
            .clone()
    };
    // ad-ctr: 1.6 against 1.4, up -> on target.
    assert!(
        row_of("click-through").contains("on target"),
        "{}",
        row_of("click-through")
    );
    // delivery-days: 2.6 against 2.0, direction down -> off target.
    assert!(
        row_of("delivery").contains("off target"),
        "{}",
        row_of("delivery")
    );
    // phone-fcr has no measurements.
    assert!(
        row_of("first-contact").contains("no data"),
        "{}",
        row_of("first-contact")
    );
    let csv = std::fs::read_to_string(site.join("kpis.csv")).unwrap();
    let line = csv
        .lines()
        .find(|l| l.starts_with("delivery-days,"))
        .unwrap();
    assert!(line.contains("off target"), "{line}");
}

#[test]
fn a_note_links_back_to_its_touchpoint_and_the_touchpoint_to_the_note() {
    let site = example_site();
    // The checkout study names checkout-page in its front matter only.
    let note = page(site, "notes/research/checkout-study/index.html");
    let hrefs: Vec<String> = note
        .select(&sel("a"))
        .filter_map(|a| a.value().attr("href").map(String::from))
        .collect();
    assert!(
        hrefs.iter().any(|h| h == "/touchpoints/checkout-page/"),
        "{hrefs:?}"
    );
    let tp = page(site, "touchpoints/checkout-page/index.html");
    let hrefs: Vec<String> = tp
        .select(&sel("a"))
        .filter_map(|a| a.value().attr("href").map(String::from))
        .collect();
    assert!(
        hrefs.iter().any(|h| h == "/notes/research/checkout-study/"),
        "{hrefs:?}"
    );
    // A relative link between notes resolves to the other note's page...
    let links: Vec<String> = note
        .select(&sel("main a"))
        .filter_map(|a| a.value().attr("href").map(String::from))
        .collect();
    assert!(
        links
            .iter()
            .any(|h| h == "/notes/research/persona-interviews/"),
        "{links:?}"
    );
    // ...which lists the checkout study among its backlinks.
    let other = page(site, "notes/research/persona-interviews/index.html");
    let back: Vec<String> = other
        .select(&sel("a"))
        .filter_map(|a| a.value().attr("href").map(String::from))
        .collect();
    assert!(
        back.iter().any(|h| h == "/notes/research/checkout-study/"),
        "{back:?}"
    );
}

#[test]
fn pages_show_the_maps_data() {
    let site = example_site();
    let tp = page(site, "touchpoints/instagram-ad/index.html");
    assert_eq!(texts(&tp, "h1"), ["Instagram ad for beginner shoes"]);
    let body = texts(&tp, "main").join(" ");
    for expected in [
        "Brand Marketing (Lotte de Vries)",
        "Curious",
        "A friendly brand for normal people",
        "Celebrity athletes",
        "Link the ad to the video gait check",
    ] {
        assert!(
            body.contains(expected),
            "touchpoint page lacks {expected:?}"
        );
    }
    assert!(
        tp.select(&sel("main svg")).next().is_some(),
        "the KPI chart is inline SVG"
    );
    let insights = texts(&page(site, "insights/index.html"), "main").join(" ");
    assert!(
        insights.contains("Race shoes arrive after race day"),
        "risk register lists the high risk"
    );
    let competitors = page(site, "competitors/index.html");
    assert!(
        competitors.select(&sel("main svg")).count() >= 2,
        "benchmark and positioning charts"
    );
}

#[test]
fn an_emotion_per_persona_is_shown_by_persona_and_carried_by_the_map_card() {
    let site = example_site();
    let tp = page(site, "touchpoints/returns-hotline/index.html");
    assert_eq!(
        texts(&tp, ".emotion-personas li strong"),
        ["Frustrated", "Impatient"]
    );
    assert_eq!(
        texts(&tp, ".emotion-personas li .muted"),
        [
            "Nina, the new runner: very negative (-2 on a scale from −2 to +2)",
            "Marco, the marathon regular: negative (-1 on a scale from −2 to +2)"
        ]
    );
    // The details list the mean of the two, rounded half away from zero.
    let details = texts(&tp, "dl").join(" ");
    assert!(
        details.contains("Emotion−− very negative mean of the personas"),
        "{details}"
    );

    // On the map the card shows the mean and carries each persona's.
    let map = page(site, "map/index.html");
    let card = map
        .select(&sel(".map-table .tp-card"))
        .find(|c| {
            texts(&Html::parse_fragment(&c.html()), ".tp-name") == ["Hotline for size exchanges"]
        })
        .expect("the hotline's card");
    assert!(card.value().classes().any(|c| c == "emo-neg2"));
    let data: serde_json::Value =
        serde_json::from_str(card.value().attr("data-emotions").expect("data-emotions")).unwrap();
    assert_eq!(data["all"]["class"], "emo-neg2");
    assert_eq!(data["personas"]["new-runner"]["label"], "Frustrated");
    assert_eq!(data["personas"]["marathoner"]["class"], "emo-neg1");
    assert_eq!(data["personas"]["marathoner"]["label"], "Impatient");
    // A card with one emotion for everyone carries none.
    let everyone = map
        .select(&sel(".map-table .tp-card"))
        .find(|c| {
            texts(&Html::parse_fragment(&c.html()), ".tp-name") == ["Order confirmation e-mail"]
        })
        .expect("the confirmation's card");
    assert_eq!(everyone.value().attr("data-emotions"), None);
}

#[test]
fn output_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    for out in [&a, &b] {
        let o = build(&crate_dir().join("example-map"), out, &[]);
        assert!(o.status.success(), "{}", text(&o));
    }
    let list = |root: &Path| -> BTreeMap<PathBuf, Vec<u8>> {
        walk(root)
            .into_iter()
            .map(|p| {
                (
                    p.strip_prefix(root).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                )
            })
            .collect()
    };
    let (la, lb) = (list(&a), list(&b));
    assert_eq!(la.keys().collect::<Vec<_>>(), lb.keys().collect::<Vec<_>>());
    for (path, bytes) in &la {
        assert!(
            bytes == &lb[path],
            "{} differs between two builds",
            path.display()
        );
    }
}

fn walk(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Every link and asset address in the site's pages that leads to no file
/// of `out` (served under `base`, as a static host serves it: addresses
/// percent-decoded), and how many addresses were checked.
fn broken_links(out: &Path, base: &str) -> (BTreeSet<String>, usize) {
    let attr_sel = sel("[href], [src]");
    let mut broken = BTreeSet::new();
    let mut checked = 0;
    for file in walk(out)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
    {
        let doc = Html::parse_document(&std::fs::read_to_string(&file).unwrap());
        for el in doc.select(&attr_sel) {
            for name in ["href", "src"] {
                let Some(url) = el.value().attr(name) else {
                    continue;
                };
                if url.starts_with("http://")
                    || url.starts_with("https://")
                    || url.starts_with("mailto:")
                    || url.starts_with('#')
                {
                    continue;
                }
                checked += 1;
                let page = file.strip_prefix(out).unwrap().display().to_string();
                let Some(rest) = url.strip_prefix(base) else {
                    broken.insert(format!("{page}: {url} does not start with the base URL"));
                    continue;
                };
                let path = rest.split(['#', '?']).next().unwrap_or("");
                let path = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
                let target = if path.is_empty() || path.ends_with('/') {
                    out.join(&*path).join("index.html")
                } else {
                    out.join(&*path)
                };
                if !target.is_file() {
                    broken.insert(format!("{page}: {url}"));
                }
            }
        }
    }
    (broken, checked)
}

#[test]
fn every_internal_link_and_asset_resolves_under_a_sub_path() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let o = build(
        &crate_dir().join("example-map"),
        &out,
        &["--base-url", "/sub/path/"],
    );
    assert!(o.status.success(), "{}", text(&o));
    let (broken, checked) = broken_links(&out, "/sub/path/");
    assert!(checked > 500, "the crawl found only {checked} links");
    assert!(
        broken.is_empty(),
        "broken links:\n{}",
        broken.into_iter().collect::<Vec<_>>().join("\n")
    );
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>/sub/path/map/</loc>"), "{sitemap}");
}

/// A copy of the example map in `dir`, to edit.
fn example_map_in(dir: &Path) -> PathBuf {
    let to = dir.join("map");
    crate::common::copy_dir(&crate_dir().join("example-map"), &to);
    to
}

/// Notes are named as their authors name files, in Dutch, Polish or French
/// as often as in English: a page's folder is the note's name, and its
/// address that name percent-encoded, which a static host decodes back.
#[test]
fn a_note_named_with_spaces_and_accents_is_where_its_links_lead() {
    let dir = tempfile::tempdir().unwrap();
    let map = example_map_in(dir.path());
    std::fs::write(
        map.join("notes/research/Klantreis café.md"),
        "# Klantreis café\n\nWat klanten zeggen.\n",
    )
    .unwrap();
    let out = dir.path().join("site");
    let o = build(&map, &out, &["--base-url", "/sub/path/"]);
    assert!(o.status.success(), "{}", text(&o));
    let address = "/sub/path/notes/research/Klantreis%20caf%C3%A9/";
    let note = page(&out, "notes/research/Klantreis café/index.html");
    assert_eq!(texts(&note, "h1"), ["Klantreis café"]);
    let index = page(&out, "notes/index.html");
    assert!(
        hrefs(&index, "a").iter().any(|h| h == address),
        "{:?}",
        hrefs(&index, "a")
    );
    let (broken, _) = broken_links(&out, "/sub/path/");
    assert!(broken.is_empty(), "broken links: {broken:?}");
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(
        sitemap.contains(&format!("<loc>{address}</loc>")),
        "{sitemap}"
    );
}

#[test]
fn author_text_is_escaped_and_raw_html_removed() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let o = build(&crate_dir().join("tests/fixtures/site/xss"), &out, &[]);
    assert!(o.status.success(), "{}", text(&o));
    for file in walk(&out)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
    {
        let html = std::fs::read_to_string(&file).unwrap();
        let doc = Html::parse_document(&html);
        for script in doc.select(&sel("script")) {
            let inline: String = script.text().collect();
            assert!(
                inline.trim().is_empty() || !inline.contains("alert"),
                "{}: inline script {inline}",
                file.display()
            );
            if let Some(src) = script.value().attr("src") {
                assert!(
                    src.starts_with('/'),
                    "{}: script from {src}",
                    file.display()
                );
            }
        }
        for el in doc.select(&sel("*")) {
            for (name, value) in el.value().attrs() {
                assert!(
                    !name.starts_with("on"),
                    "{}: event handler {name}={value}",
                    file.display()
                );
                assert!(
                    !value.trim_start().starts_with("javascript:"),
                    "{}: {name}={value}",
                    file.display()
                );
            }
        }
        assert!(
            doc.select(&sel("iframe")).next().is_none(),
            "{}: iframe kept",
            file.display()
        );
        // (The dashboard's findings may name it, as text.)
        for el in doc.select(&sel("[href], [src]")) {
            for name in ["href", "src"] {
                assert!(
                    !el.value().attr(name).unwrap_or("").contains("etc/passwd"),
                    "{}: a path outside the map was linked",
                    file.display()
                );
            }
        }
    }
    let tp = std::fs::read_to_string(out.join("touchpoints/evil/index.html")).unwrap();
    assert!(
        tp.contains("<h1>&lt;script&gt;alert(&#39;tp&#39;)&lt;/script&gt;</h1>"),
        "the name is shown, escaped"
    );
    assert!(
        tp.contains("&lt;/td&gt;"),
        "the perception is shown, escaped"
    );
    let note = std::fs::read_to_string(out.join("notes/evil/index.html")).unwrap();
    assert!(
        note.contains("click"),
        "the link text of the sanitised anchor stays"
    );
}

#[test]
fn a_foreign_output_folder_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("docs");
    std::fs::create_dir_all(out.join("sub")).unwrap();
    std::fs::write(out.join("README.md"), "mine").unwrap();
    std::fs::write(out.join("sub/data.txt"), "also mine").unwrap();
    let o = build(&crate_dir().join("example-map"), &out, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("did not write"), "{}", text(&o));
    assert_eq!(
        std::fs::read_to_string(out.join("README.md")).unwrap(),
        "mine"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("sub/data.txt")).unwrap(),
        "also mine"
    );
    assert_eq!(walk(&out).len(), 2, "nothing was added");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no staging folder left behind"
    );
}

#[test]
fn output_at_the_map_folder_or_its_parent_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map");
    let o = bin().arg("init").arg(&map).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    for target in [map.clone(), dir.path().to_path_buf()] {
        let o = build(&map, &target, &[]);
        assert_eq!(o.status.code(), Some(2), "{}", text(&o));
        assert!(text(&o).contains("map folder"), "{}", text(&o));
    }
    assert!(map.join("touchmap.yaml").is_file());
}

#[test]
fn rebuilding_replaces_touchmaps_own_output() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map");
    assert!(
        bin()
            .arg("init")
            .arg(&map)
            .output()
            .unwrap()
            .status
            .success()
    );
    let first = bin().arg("build").arg(&map).output().unwrap();
    assert!(first.status.success(), "{}", text(&first));
    let public = map.join("public");
    std::fs::write(public.join("stale.html"), "old").unwrap();
    let again = bin().arg("build").arg(&map).output().unwrap();
    assert!(again.status.success(), "{}", text(&again));
    assert!(!public.join("stale.html").exists());
    assert!(public.join("map/index.html").is_file());
}

#[test]
fn a_map_with_errors_writes_no_site() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map");
    assert!(
        bin()
            .arg("init")
            .arg(&map)
            .output()
            .unwrap()
            .status
            .success()
    );
    let tp = map.join("touchpoints.yaml");
    let yaml =
        std::fs::read_to_string(&tp)
            .unwrap()
            .replacen("channel: website", "channel: websit", 1);
    std::fs::write(&tp, yaml).unwrap();
    let o = bin().arg("build").arg(&map).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("did you mean `website`?"), "{}", text(&o));
    assert!(!map.join("public").exists());
}

#[test]
fn a_template_override_replaces_the_theme_and_its_errors_are_located() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map");
    assert!(
        bin()
            .arg("init")
            .arg(&map)
            .output()
            .unwrap()
            .status
            .success()
    );
    std::fs::create_dir_all(map.join("templates")).unwrap();
    std::fs::write(
        map.join("templates/404.html"),
        "<!doctype html><html lang=\"en\"><title>Lost</title><p>Custom lost page for {{ site.title }}</p></html>",
    )
    .unwrap();
    let o = bin().arg("build").arg(&map).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let page = std::fs::read_to_string(map.join("public/404.html")).unwrap();
    assert!(
        page.contains("Custom lost page for Our customer touchpoints"),
        "{page}"
    );
    std::fs::write(map.join("templates/404.html"), "line one\n{% if %}\n").unwrap();
    let o = bin().arg("build").arg(&map).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("templates/404.html:2:"), "{}", text(&o));
}

#[test]
fn a_notes_raw_html_cannot_cover_the_page_or_take_its_ids() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let o = build(&crate_dir().join("tests/fixtures/site/xss"), &out, &[]);
    assert!(o.status.success(), "{}", text(&o));
    let doc = page(&out, "notes/overlay/index.html");
    // The skip link still leads to the page's <main>, the only `main`.
    let mains: Vec<_> = doc.select(&sel("#main")).collect();
    assert_eq!(mains.len(), 1);
    assert_eq!(mains[0].value().name(), "main");
    let mut ids = BTreeSet::new();
    for el in doc.select(&sel("[id]")) {
        let id = el.value().attr("id").unwrap();
        assert!(ids.insert(id.to_string()), "id {id} appears twice");
    }
    let body = doc.select(&sel(".note-body")).next().unwrap();
    for el in body.select(&sel("[style]")) {
        let style = el.value().attr("style").unwrap();
        assert!(
            style.starts_with("text-align:") && !style.contains(';'),
            "{style}"
        );
    }
    assert!(body.select(&sel(".skip-link")).next().is_none());
    assert_eq!(
        texts(&doc, ".note-body td[style='text-align: right']"),
        ["b"]
    );
    // The heading "Main" has an anchor of its own, which the link uses.
    let heading = body.select(&sel("h2")).next().unwrap();
    let anchor = heading.value().attr("id").unwrap();
    assert_ne!(anchor, "main");
    let back: Vec<&str> = body
        .select(&sel("a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(back.contains(&format!("#{anchor}").as_str()), "{back:?}");
    // The footnote and its reference point at each other.
    let reference = body.select(&sel("sup a")).next().unwrap();
    let def = reference
        .value()
        .attr("href")
        .unwrap()
        .trim_start_matches('#');
    let li = doc
        .select(&sel(&format!("li[id='{def}']")))
        .next()
        .expect(def);
    assert!(
        li.text()
            .collect::<String>()
            .contains("Where this comes from.")
    );
    let ref_id = reference.value().attr("id").unwrap();
    assert!(
        li.select(&sel("a"))
            .any(|a| a.value().attr("href") == Some(&format!("#{ref_id}")))
    );
}

/// A small map whose note and description link to everything a link can
/// name, with the hidden files and sources a link must not publish.
fn links_map() -> crate::common::TempDir {
    let dir = crate::common::TempDir::new("links-map");
    dir.write(
        "touchmap.yaml",
        "site: {title: Links}\nchannels:\n  - {id: web, name: Web, mode: digital}\n",
    );
    dir.write(
        "touchpoints/shop.yaml",
        "touchpoints:\n  - id: checkout\n    name: Checkout\n    stage: decision\n    channel: web\n    description: |\n      [rel](../notes/research/study.md) [root](notes/research/study.md)\n      [gone](touchpoint:nope) [missing](notes/nope.md)\n",
    );
    dir.write(
        "notes/research/study.md",
        "# Study\n\n[env](../../.env) [git](../../.git/config) [yaml](../../touchpoints/shop.yaml) [built](../../public/index.html)\n\n[pdf](report.pdf) [tp](/touchpoints/checkout/) [map](/map/) [other](other) [nowhere](/nope/)\n",
    );
    dir.write("notes/research/other.md", "# Other\n");
    dir.write("notes/research/report.pdf", "%PDF-1.4");
    dir.write(".env", "SECRET=1");
    dir.write(".git/config", "[core]");
    dir.write("public/index.html", "<p>an old site</p>");
    dir
}

fn hrefs(doc: &Html, selector: &str) -> Vec<String> {
    doc.select(&sel(selector))
        .filter_map(|a| a.value().attr("href").map(String::from))
        .collect()
}

#[test]
fn a_note_cannot_publish_hidden_files_or_the_maps_sources() {
    let map = links_map();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(map.path(), &out, &[]);
    assert!(o.status.success(), "{}", text(&o));
    let published: Vec<PathBuf> = walk(&out.join("files"));
    assert_eq!(
        published,
        [out.join("files/notes/research/report.pdf")],
        "only the attachment is copied"
    );
    let doc = page(&out, "notes/research/study/index.html");
    let links = hrefs(&doc, ".note-body a");
    assert!(
        links.contains(&"/files/notes/research/report.pdf".to_string()),
        "{links:?}"
    );
    for (name, word) in [
        (".env", "env"),
        ("config", "git"),
        ("shop.yaml", "yaml"),
        ("public", "built"),
    ] {
        assert!(!links.iter().any(|l| l.contains(name)), "{name}: {links:?}");
        // The text of the link stays, as text.
        assert!(texts(&doc, ".note-body p").iter().any(|p| p.contains(word)));
    }
    let check = crate::common::check_json(map.path(), &[]);
    let refused: Vec<_> = check
        .with_code("broken-link")
        .into_iter()
        .filter(|f| f.message.contains("never published"))
        .collect();
    assert_eq!(refused.len(), 4, "{}", check.listing());
    assert!(
        refused
            .iter()
            .all(|f| f.file == "notes/research/study.md" && f.line == 3),
        "{}",
        check.listing()
    );
}

#[test]
fn links_in_a_description_resolve_from_its_yaml_file() {
    let map = links_map();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(map.path(), &out, &[]);
    assert!(o.status.success(), "{}", text(&o));
    let doc = page(&out, "touchpoints/checkout/index.html");
    let links = hrefs(&doc, ".prose a");
    assert_eq!(
        links,
        ["/notes/research/study/", "/notes/research/study/"],
        "the broken links are left out"
    );
    assert!(hrefs(&doc, "a").iter().all(|h| !h.is_empty()));
    assert!(texts(&doc, ".prose").join(" ").contains("gone missing"));
    let check = crate::common::check_json(map.path(), &[]);
    let broken: Vec<_> = check
        .with_code("broken-link")
        .into_iter()
        .filter(|f| f.file == "touchpoints/shop.yaml")
        .collect();
    assert_eq!(broken.len(), 2, "{}", check.listing());
    for f in &broken {
        assert_eq!((f.line, f.column), (6, 18), "{f}");
        assert!(
            f.message
                .starts_with("the description of touchpoint `checkout` links to"),
            "{f}"
        );
    }
}

#[test]
fn a_notes_links_to_site_pages_honour_the_base_url() {
    let map = links_map();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(map.path(), &out, &["--base-url", "/sub/path/"]);
    assert!(o.status.success(), "{}", text(&o));
    let doc = page(&out, "notes/research/study/index.html");
    let links = hrefs(&doc, ".note-body a");
    for want in [
        "/sub/path/touchpoints/checkout/",
        "/sub/path/map/",
        "/sub/path/notes/research/other/",
        "/sub/path/files/notes/research/report.pdf",
    ] {
        assert!(links.contains(&want.to_string()), "{want}: {links:?}");
    }
    assert!(!links.iter().any(|l| l.contains("nope")), "{links:?}");
    let check = crate::common::check_json(map.path(), &[]);
    let nowhere = check
        .with_code("broken-link")
        .into_iter()
        .find(|f| f.message.contains("`/nope/`"))
        .unwrap_or_else(|| panic!("{}", check.listing()));
    assert_eq!(
        (nowhere.file.as_str(), nowhere.line),
        ("notes/research/study.md", 5)
    );
}

#[test]
fn a_script_address_as_a_website_is_an_error_and_nothing_is_built() {
    let map = crate::common::TempDir::new("website-map");
    map.write(
        "touchmap.yaml",
        "site: {title: Sites}\nchannels:\n  - {id: web, name: Web, mode: digital}\ncompetitors:\n  - id: rival\n    name: Rival\n    website: \"javascript:alert(16)\"\n",
    );
    let check = crate::common::check_json(map.path(), &[]);
    assert_eq!(check.run.code, 1, "{}", check.listing());
    let f = check.only("invalid-value");
    assert_eq!(f.severity, "error");
    assert_eq!(
        (f.file.as_str(), f.line, f.column),
        ("touchmap.yaml", 7, 14),
        "{f}"
    );
    assert!(f.message.contains("must be an http(s) address"), "{f}");
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(map.path(), &out, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(!out.join("map.json").exists());
}

#[test]
fn the_csv_exports_do_not_start_spreadsheet_formulas() {
    let map = crate::common::TempDir::new("csv-map");
    map.write(
        "touchmap.yaml",
        "site: {title: CSV}\nchannels:\n  - {id: web, name: Web, mode: digital}\ntouchpoints:\n  - id: tp\n    name: \"=HYPERLINK(\\\"https://evil.example\\\",\\\"Click\\\")\"\n    stage: decision\n    channel: web\n    owner: \"@team\"\n    emotion: {score: -1, label: \"-annoyed\"}\nkpis:\n  - id: k\n    name: \"+K\"\n    target: -3\n    measurements: [{date: 2026-01, value: -4}]\n",
    );
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(map.path(), &out, &[]);
    assert!(o.status.success(), "{}", text(&o));
    let read = |f: &str| -> Vec<BTreeMap<String, String>> {
        let mut r = csv::Reader::from_path(out.join(f)).unwrap();
        let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
        r.records()
            .map(|row| {
                header
                    .iter()
                    .cloned()
                    .zip(row.unwrap().iter().map(String::from))
                    .collect()
            })
            .collect()
    };
    let tp = &read("touchpoints.csv")[0];
    assert_eq!(
        tp["name"],
        "'=HYPERLINK(\"https://evil.example\",\"Click\")"
    );
    assert_eq!(tp["owner"], "'@team");
    assert_eq!(tp["emotion"], "-1");
    assert_eq!(tp["emotion_label"], "'-annoyed");
    let k = &read("kpis.csv")[0];
    assert_eq!(k["name"], "'+K");
    assert_eq!((k["target"].as_str(), k["latest"].as_str()), ("-3", "-4"));
}

#[test]
fn a_full_base_url_on_the_command_line_gives_the_sitemap_its_host() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(
        &crate_dir().join("example-map"),
        &out,
        &["--base-url", "https://acme.github.io/repo/"],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(!text(&o).contains("sitemap"), "{}", text(&o));
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let locs: Vec<&str> = sitemap
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix("<url><loc>")?
                .strip_suffix("</loc></url>")
        })
        .collect();
    assert!(locs.len() > 30, "{sitemap}");
    assert!(
        locs.iter()
            .all(|l| l.starts_with("https://acme.github.io/repo/")),
        "{sitemap}"
    );
    assert!(locs.contains(&"https://acme.github.io/repo/map/"));
    // The pages link below the path; map.json says what the site is built for.
    let map = page(&out, "map/index.html");
    assert!(hrefs(&map, "nav a").iter().all(|h| h.starts_with("/repo/")));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("map.json")).unwrap()).unwrap();
    assert_eq!(json["model"]["site"]["base_url"], "/repo/");
    assert_eq!(
        json["model"]["site"]["url_origin"],
        "https://acme.github.io"
    );
    // The same from the environment.
    let out2 = tmp.path().join("site2");
    let o = bin()
        .arg("build")
        .arg(crate_dir().join("example-map"))
        .arg("-o")
        .arg(&out2)
        .env("TOUCHMAP_BASE_URL", "https://maps.example.com/")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let sitemap = std::fs::read_to_string(out2.join("sitemap.xml")).unwrap();
    assert!(
        sitemap.contains("<loc>https://maps.example.com/map/</loc>"),
        "{sitemap}"
    );
}

#[test]
fn without_a_host_the_build_says_so_once_and_map_json_has_the_path_built_for() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(
        &crate_dir().join("example-map"),
        &out,
        &["--base-url", "/sub/path/"],
    );
    assert!(o.status.success(), "{}", text(&o));
    let notes: Vec<String> = text(&o)
        .lines()
        .filter(|l| l.starts_with("note:"))
        .map(String::from)
        .collect();
    assert_eq!(notes.len(), 1, "{}", text(&o));
    assert!(
        notes[0].contains("sitemap.xml") && notes[0].contains("--base-url"),
        "{notes:?}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("map.json")).unwrap()).unwrap();
    assert_eq!(json["model"]["site"]["base_url"], "/sub/path/");
    assert_eq!(json["model"]["site"]["url_origin"], serde_json::Value::Null);
}

#[test]
fn a_qualitative_kpi_is_not_scored_everywhere_and_has_no_direction() {
    let site = example_site();
    const LABEL: &str = "not scored (qualitative)";
    let kpis = page(site, "kpis/index.html");
    let row = texts(&kpis, "table tbody tr")
        .into_iter()
        .find(|r| r.contains("Review sentiment"))
        .unwrap();
    assert!(row.contains(LABEL), "{row}");
    assert!(!row.contains("better"), "{row}");
    let stats = texts(&kpis, ".stats li");
    assert!(
        stats.contains(&"◇ Not scored (qualitative)1".to_string()),
        "{stats:?}"
    );
    assert!(!stats.iter().any(|s| s.contains("numeric")), "{stats:?}");
    let kpi = page(site, "kpis/review-sentiment/index.html");
    let main = texts(&kpi, "main").join(" ");
    assert!(main.contains(LABEL), "{main}");
    assert!(!main.contains("higher is better"), "{main}");
    assert!(!texts(&kpi, "dt").contains(&"Direction".to_string()));
    // A quantitative KPI keeps its direction.
    let ctr = texts(&page(site, "kpis/checkout-abandonment/index.html"), "main").join(" ");
    assert!(ctr.contains("lower is better"), "{ctr}");
    let dashboard = texts(&page(site, "index.html"), "main").join(" ");
    assert!(dashboard.contains(LABEL), "{dashboard}");
    assert!(!dashboard.contains("no target"), "{dashboard}");
    let csv = std::fs::read_to_string(site.join("kpis.csv")).unwrap();
    let line = csv
        .lines()
        .find(|l| l.starts_with("review-sentiment,"))
        .unwrap();
    assert!(line.contains(LABEL), "{line}");
}

/// Touchpoint id -> (stage id, channel id) of each card in the stages ×
/// channels grid of `doc`.
fn grid_cells(doc: &Html) -> BTreeMap<String, (String, String)> {
    let table = doc
        .select(&sel("table.map-table"))
        .next()
        .expect("a map grid");
    let stages: Vec<String> = table
        .select(&sel("thead th[scope=col] a"))
        .filter_map(|a| id_in(a.value().attr("href")?, "stages"))
        .collect();
    let mut placed = BTreeMap::new();
    for row in table.select(&sel("tbody tr")) {
        let channel = row
            .select(&sel("th[scope=row] a"))
            .find_map(|a| id_in(a.value().attr("href")?, "channels"))
            .expect("each row is headed by its channel");
        for (col, cell) in row.select(&sel("td")).enumerate() {
            for a in cell.select(&sel("a")) {
                if let Some(tp) = a.value().attr("href").and_then(|h| id_in(h, "touchpoints")) {
                    placed.insert(tp, (stages[col].clone(), channel.clone()));
                }
            }
        }
    }
    placed
}

#[test]
fn the_persona_page_has_the_personas_own_map() {
    let site = example_site();
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.join("map.json")).unwrap()).unwrap();
    let tps = json["model"]["touchpoints"].as_array().unwrap();
    for persona in ["new-runner", "marathoner"] {
        // The page as it is served: no script has run.
        let doc = page(site, &format!("personas/{persona}/index.html"));
        let placed = grid_cells(&doc);
        let want: BTreeMap<String, (String, String)> = tps
            .iter()
            .filter(|t| {
                t["personas"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|p| p == persona)
            })
            .map(|t| {
                (
                    t["id"].as_str().unwrap().to_string(),
                    (
                        t["stage"].as_str().unwrap().to_string(),
                        t["channel"].as_str().unwrap().to_string(),
                    ),
                )
            })
            .collect();
        assert!(!want.is_empty() && want.len() < tps.len());
        assert_eq!(placed, want, "{persona}");
    }
}

/// A map with one current and two planned touchpoints at one stage.
fn planned_map() -> crate::common::TempDir {
    let map = crate::common::TempDir::new("planned-map");
    map.write(
        "touchmap.yaml",
        r#"site: {title: Planned, brand: Acme}
channels:
  - {id: web, name: Web, mode: digital}
  - {id: app, name: App, mode: digital}
touchpoints:
  - id: shop
    name: Web shop
    stage: decision
    channel: web
    emotion: {score: -1}
    value: {price: 2}
    competitors: [{competitor: rival}]
  - id: new-app
    name: New app
    stage: decision
    channel: app
    state: planned
    emotion: {score: 2}
    value: {price: 5}
    kpis: [rating]
  - id: bad-idea
    name: Bad idea
    stage: decision
    channel: app
    state: planned
    emotion: {score: -2}
kpis:
  - id: rating
    name: App rating
    target: 4.5
    measurements: [{date: 2026-01, value: 3.9}]
competitors:
  - id: rival
    name: Rival
    value: {price: 4}
"#,
    );
    map
}

#[test]
fn planned_touchpoints_stay_out_of_the_as_is_figures() {
    let map = planned_map();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(map.path(), &out, &[]);
    assert!(o.status.success(), "{}", text(&o));
    // Dashboard: the stage's mean emotion is the web shop's alone.
    let dash = page(&out, "index.html");
    let row = texts(&dash, "table tbody tr")
        .into_iter()
        .find(|r| r.starts_with("Decision"))
        .unwrap();
    assert!(row.ends_with(" −1.0 within limit"), "{row}");
    assert!(texts(&dash, "th").contains(&"Mean emotion (as-is)".to_string()));
    // The stage page shows as-is, and the to-be with the planned apart.
    let stage = texts(&page(&out, "stages/decision/index.html"), ".stats li").join(" | ");
    assert!(stage.contains("Mean emotion (as-is) −1.0"), "{stage}");
    assert!(stage.contains("with the 2 planned: −0.3"), "{stage}");
    // A planned touchpoint shows "planned", not its KPI's "off target".
    let tps = page(&out, "touchpoints/index.html");
    let app_row = texts(&tps, "table tbody tr")
        .into_iter()
        .find(|r| r.contains("New app"))
        .unwrap();
    assert!(app_row.contains("planned"), "{app_row}");
    assert!(!app_row.contains("off target"), "{app_row}");
    let app = page(&out, "touchpoints/new-app/index.html");
    let facts = texts(&app, ".facts").join(" ");
    assert!(facts.contains("KPI status◌ planned"), "{facts}");
    let csv = std::fs::read_to_string(out.join("touchpoints.csv")).unwrap();
    let line = csv.lines().find(|l| l.starts_with("new-app,")).unwrap();
    assert!(
        line.contains(",planned,") && !line.contains("off target"),
        "{line}"
    );
    // Insights: the planned "bad idea" is not among the weakest touchpoints.
    let insights = page(&out, "insights/index.html");
    // Their strengths, below neutral, carry a true minus, as every other
    // score of the site (the dashboard's and the stage page's above).
    let strengths = texts(&insights, "#weakest td.num");
    assert!(
        strengths.iter().any(|s| s.starts_with('−'))
            && !strengths.iter().any(|s| s.starts_with('-')),
        "{strengths:?}"
    );
    let weakest = texts(&insights, "#weakest").join(" ");
    assert!(
        weakest.contains("Web shop") && !weakest.contains("Bad idea"),
        "{weakest}"
    );
    let dash_weak = texts(&dash, "main").join(" ");
    assert!(
        dash_weak.contains("Web shop") && !dash_weak.contains("Bad idea"),
        "{dash_weak}"
    );
    // The benchmark's "us" is the current web shop's 2, not (2 + 5) / 2.
    let comp = page(&out, "competitors/index.html");
    let us = texts(&comp, "table tr.is-us").join(" ");
    assert!(us.starts_with("Acme (us) 2"), "{us}");
    let value = texts(&page(&out, "value/index.html"), "main table tbody tr").join(" | ");
    assert!(
        value.contains("Price") && value.contains("2") && !value.contains("3.5"),
        "{value}"
    );
}

#[test]
fn a_static_file_never_replaces_a_page_or_the_theme_and_check_says_so() {
    let map = crate::common::TempDir::new("static-map");
    map.write("touchmap.yaml", "site: {title: Statics}\n");
    map.write("static/index.html", "<p>my own home page</p>");
    map.write("static/assets/style.css", "body { display: none; }");
    map.write("static/map.json", "{}");
    map.write("static/robots.txt", "User-agent: *");
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(map.path(), &out, &[]);
    assert!(o.status.success(), "{}", text(&o));
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(!home.contains("my own home page"));
    assert_eq!(texts(&page(&out, "index.html"), "h1"), ["Statics"]);
    let css = std::fs::read_to_string(out.join("assets/style.css")).unwrap();
    assert!(css.contains("touchmap default theme"), "the theme's CSS");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("map.json")).unwrap()).unwrap();
    assert_eq!(json["model"]["site"]["title"], "Statics");
    assert_eq!(
        std::fs::read_to_string(out.join("robots.txt")).unwrap(),
        "User-agent: *"
    );
    // The build lists the warnings, each naming its file.
    for f in [
        "static/index.html",
        "static/assets/style.css",
        "static/map.json",
    ] {
        assert!(
            text(&o).contains(&format!("{f} is not copied")),
            "{f}: {}",
            text(&o)
        );
    }
    let check = crate::common::check_json(map.path(), &[]);
    let files: BTreeSet<&str> = check
        .with_code("static-conflict")
        .iter()
        .map(|f| f.file.as_str())
        .collect();
    assert_eq!(
        files,
        BTreeSet::from([
            "static/index.html",
            "static/assets/style.css",
            "static/map.json"
        ]),
        "{}",
        check.listing()
    );
}

#[test]
fn the_maps_stylesheets_in_static_are_linked_on_every_page() {
    let site = example_site();
    for file in walk(site)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
    {
        let doc = Html::parse_document(&std::fs::read_to_string(&file).unwrap());
        let sheets = doc
            .select(&sel("link[rel=stylesheet]"))
            .filter_map(|l| l.value().attr("href"))
            .collect::<Vec<_>>();
        assert_eq!(
            sheets,
            ["/assets/style.css", "/brand.css"],
            "{}",
            file.display()
        );
    }
    let brand = std::fs::read_to_string(site.join("brand.css")).unwrap();
    assert!(
        brand.contains("--accent:"),
        "brand.css sets the theme's colours"
    );
    // Only those directly in static/, by name; others are only copied.
    let map = crate::common::TempDir::new("css-map");
    map.write("touchmap.yaml", "site: {title: Styles}\n");
    map.write("static/zz.css", "a {}");
    map.write("static/aa.CSS", "a {}");
    map.write("static/vendor/lib.css", "a {}");
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(map.path(), &out, &["--base-url", "/sub/"]);
    assert!(o.status.success(), "{}", text(&o));
    let doc = page(&out, "map/index.html");
    let sheets: Vec<&str> = doc
        .select(&sel("link[rel=stylesheet]"))
        .filter_map(|l| l.value().attr("href"))
        .collect();
    assert_eq!(
        sheets,
        ["/sub/assets/style.css", "/sub/aa.CSS", "/sub/zz.css"]
    );
    assert!(out.join("vendor/lib.css").is_file());
}

/// Every score and mean below neutral on the example's site, in a table
/// cell or a list of figures, carries a true minus (`−0.3`), as the charts
/// and the emotion badges write it: a hyphen (`-0.3`) reads as a dash and
/// is read out as one.
#[test]
fn numbers_below_zero_carry_a_true_minus_on_every_page() {
    let (_tmp, out) = built_example("true-minus");
    let mut hyphens = Vec::new();
    let mut minus = 0;
    for entry in walkdir::WalkDir::new(&out) {
        let path = entry.unwrap().into_path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = std::fs::read_to_string(&path).unwrap();
        for (at, _) in html.match_indices(">-") {
            if html[at + 2..].starts_with(|c: char| c.is_ascii_digit()) {
                hyphens.push(format!(
                    "{}: {}",
                    path.display(),
                    &html[at..(at + 12).min(html.len())]
                ));
            }
        }
        minus += html.matches(">−").count();
    }
    assert!(hyphens.is_empty(), "{hyphens:#?}");
    assert!(minus > 0, "the example has scores below neutral");
}

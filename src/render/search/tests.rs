//! The index read back as the page's script reads it: a query's words
//! looked up in their shards, the postings intersected, the documents
//! read from their files.

use super::*;
use crate::pipeline::analyse_map;
use serde_json::Value;
use std::path::Path;

fn example() -> Analysed {
    analyse_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map")).unwrap()
}

fn index_of(a: &Analysed) -> (SearchIndex, HashMap<String, Value>) {
    let urls = Urls::new("/");
    let ctx = crate::render::views::Ctx::new(a, &urls, None);
    let index = SearchIndex::build(a, &urls, &ctx.lists().persona);
    let files = index
        .files()
        .into_iter()
        .map(|(p, b)| (p, serde_json::from_slice(&b).unwrap()))
        .collect();
    (index, files)
}

/// The documents that have every word of `query` (exactly, as a prefix,
/// or through a word of the map with the same stem), as app.js finds them:
/// their titles, best first.
fn search(files: &HashMap<String, Value>, query: &str) -> Vec<String> {
    let meta = &files["search-index/meta.json"];
    let keys: Vec<&str> = meta["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    let key_of = |s: &str| {
        (0..keys.len())
            .filter(|&k| s.starts_with(keys[k]))
            .max_by_key(|&k| keys[k].len())
            .unwrap()
    };
    let shard = |k: usize| &files[&format!("search-index/t/{k}.json")];
    let postings = |stem: &str| -> Vec<(u64, u64)> {
        let mut doc = 0;
        shard(key_of(stem))["s"][stem]
            .as_array()
            .map(|p| {
                p.iter()
                    .map(|v| {
                        let v = v.as_u64().unwrap();
                        doc += v / 4;
                        (doc, v % 4)
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut scores: Option<HashMap<u64, u64>> = None;
    for word in terms::words(query).map(|w| w.into_owned()) {
        let s = shard(key_of(&word));
        let mut stems: Vec<String> = s["s"]
            .as_object()
            .unwrap()
            .keys()
            .filter(|k| k.starts_with(&*word))
            .cloned()
            .collect();
        for (w, stem) in s["w"].as_object().unwrap() {
            if w.starts_with(&*word) {
                stems.push(stem.as_str().unwrap().to_string());
            }
        }
        // A form the map does not have: the longest stem it starts with,
        // missing at most three letters.
        if stems.is_empty() {
            stems.extend(
                s["s"]
                    .as_object()
                    .unwrap()
                    .keys()
                    .filter(|k| {
                        k.chars().count() >= 3
                            && word.starts_with(k.as_str())
                            && word.chars().count() - k.chars().count() <= 3
                    })
                    .max_by_key(|k| k.len())
                    .cloned(),
            );
        }
        let mut found: HashMap<u64, u64> = HashMap::new();
        for stem in stems {
            for (d, f) in postings(&stem) {
                let w = [0, 1, 10, 100][f as usize];
                let e = found.entry(d).or_default();
                *e = (*e).max(w);
            }
        }
        scores = Some(match scores {
            None => found,
            Some(before) => before
                .into_iter()
                .filter_map(|(d, s)| found.get(&d).map(|f| (d, s + f)))
                .collect(),
        });
    }
    let mut hits: Vec<(u64, u64)> = scores.unwrap_or_default().into_iter().collect();
    hits.sort_by_key(|&(d, s)| (std::cmp::Reverse(s), d));
    let chunk = meta["chunk"].as_u64().unwrap();
    hits.iter()
        .map(|&(d, _)| {
            let docs = &files[&format!("search-index/d/{}.json", d / chunk)];
            docs[(d % chunk) as usize][0].as_str().unwrap().to_string()
        })
        .collect()
}

#[test]
fn a_word_finds_its_documents_title_first() {
    let a = example();
    let (_, files) = index_of(&a);
    let hits = search(&files, "hotline");
    assert_eq!(
        hits.first().map(String::as_str),
        Some("Hotline for size exchanges"),
        "{hits:?}"
    );
    // Every word must match.
    assert!(search(&files, "hotline zzzz").is_empty());
    // A prefix, as while typing; another form of the word, which the map
    // does not have ("hotlines"), through its stem.
    assert_eq!(search(&files, "hotl")[0], "Hotline for size exchanges");
    assert_eq!(search(&files, "HOTLINES")[0], "Hotline for size exchanges");
    assert!(search(&files, "size exchange").contains(&"Hotline for size exchanges".to_string()));
}

#[test]
fn a_word_of_a_note_finds_the_note_and_its_touchpoints() {
    let a = example();
    let (_, files) = index_of(&a);
    let hits = search(&files, "abandonment");
    assert!(
        hits.contains(&"Checkout study (March 2026)".to_string()),
        "{hits:?}"
    );
}

#[test]
fn every_kind_has_its_run_of_documents_and_a_cell_its_touchpoints() {
    let a = example();
    let (index, files) = index_of(&a);
    let meta = &files["search-index/meta.json"];
    let kinds: Vec<&str> = meta["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k[0].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "touchpoint",
            "kpi",
            "competitor",
            "persona",
            "stage",
            "channel",
            "benefit",
            "note"
        ]
    );
    assert_eq!(meta["docs"], index.docs.len());
    let m = &a.model;
    for cell in meta["cells"].as_array().unwrap() {
        let (stage, channel) = (cell[0].as_str().unwrap(), cell[1].as_str().unwrap());
        let (start, end) = (cell[2].as_u64().unwrap(), cell[3].as_u64().unwrap());
        let expected = m
            .touchpoints
            .iter()
            .filter(|t| t.stage.id == stage && t.channel.id == channel)
            .count();
        assert_eq!((end - start) as usize, expected, "{stage} × {channel}");
    }
}

#[test]
fn an_author_s_markup_stays_text_in_the_index() {
    let mut a = example();
    a.model.touchpoints[0].name = "<script>alert(1)</script>".into();
    let (_, files) = index_of(&a);
    let all: String = files
        .iter()
        .filter(|(p, _)| p.starts_with("search-index/d/"))
        .map(|(_, v)| v.to_string())
        .collect();
    // JSON keeps it as a string; the page puts it in as text.
    assert!(all.contains("<script>alert(1)</script>"));
}

#[test]
fn the_line_under_a_title_adds_to_the_kind_and_never_dangles() {
    let a = example();
    let (index, _) = index_of(&a);
    for d in &index.docs {
        let kind = docs::KINDS[d.kind];
        let words: Vec<String> = d.meta.split_whitespace().map(str::to_lowercase).collect();
        assert!(!words.contains(&kind.to_string()), "{kind} {:?}", d.meta);
        assert!(
            !d.meta.starts_with(" · ") && !d.meta.ends_with(" · ") && d.meta.trim() == d.meta,
            "{:?}",
            d.meta
        );
    }
    let meta = |title: &str| {
        index
            .docs
            .iter()
            .find(|d| d.title == title)
            .unwrap()
            .meta
            .clone()
    };
    assert_eq!(meta("About this map"), "");
    assert_eq!(meta("Touchpoint workshop — 12 May 2026"), "workshops/");
    assert_eq!(
        meta("Checkout study (March 2026)"),
        "research, decision, e-commerce"
    );
    assert_eq!(meta("Awareness"), "1 of 5 · 7 touchpoints");
    assert!(meta("Product page conversion rate").starts_with("off target · latest "));
}

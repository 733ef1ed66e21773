//! The site speaks the map's language: the example map built in each of the
//! theme's other languages shows none of the English theme's words, in its
//! visible text or in the `aria-label`, `title`, `alt` and `placeholder` a
//! screen reader or a tooltip reads. The map's own content (written in
//! English in the example map) is not the theme's and is left out.

use crate::common::{TempDir, build_site, copy_dir, crate_dir};
use html5gum::{Token, Tokenizer};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

pub(crate) const LANGUAGES: [&str; 6] = ["nl", "pl", "fr", "it", "de", "es"];

/// The literal pieces of every message of a Fluent file: the text between
/// its variables, in every variant, trimmed.
fn pieces(ftl: &str) -> Vec<String> {
    use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
    fn walk(p: &Pattern<&str>, out: &mut Vec<String>) {
        for e in &p.elements {
            match e {
                PatternElement::TextElement { value } => {
                    out.extend(value.split('\n').map(|s| trim(s).to_string()));
                }
                PatternElement::Placeable {
                    expression: Expression::Select { variants, .. },
                } => variants.iter().for_each(|v| walk(&v.value, out)),
                PatternElement::Placeable { .. } => {}
            }
        }
    }
    let resource = fluent_syntax::parser::parse(ftl).unwrap_or_else(|(r, _)| r);
    let mut out = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry
            && let Some(v) = &m.value
        {
            walk(v, &mut out);
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || ",.:;·—–-()/…|".contains(c))
}

/// English theme words that a translation into `language` does not also
/// use (a loanword such as "KPI" or "Dashboard" may be the same in both):
/// `(whole pieces, pieces of three words or more)`.
fn english_words(language: &str) -> (BTreeSet<String>, Vec<String>) {
    let i18n = crate_dir().join("themes/default/i18n");
    let read = |l: &str| std::fs::read_to_string(i18n.join(format!("{l}.ftl"))).unwrap();
    let own: String = pieces(&read(language)).join("\n");
    let english: BTreeSet<String> = pieces(&read("en"))
        .into_iter()
        .filter(|p| p.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .filter(|p| !own.contains(p.as_str()))
        .collect();
    let phrases = english
        .iter()
        .filter(|p| p.split_whitespace().count() >= 3)
        .cloned()
        .collect();
    (english, phrases)
}

/// Every string of the map's own content, from `map.json`.
fn content(site: &Path) -> BTreeSet<String> {
    fn walk(v: &serde_json::Value, out: &mut BTreeSet<String>) {
        match v {
            serde_json::Value::String(s) => {
                out.insert(trim(s).to_string());
                // A note's folders name its group on the notes page.
                if s.contains('/') {
                    out.extend(s.split('/').map(|part| trim(part).to_string()));
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.join("map.json")).unwrap()).unwrap();
    let mut out = BTreeSet::new();
    walk(&json, &mut out);
    out
}

/// What a reader sees of a page: its text nodes (outside scripts, styles
/// and the markdown an author wrote, `.prose`) and the attributes that
/// are read out or shown, each as `(where, text)`.
fn read_out(html: &str) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    // Open elements that hide their text: (tag name, depth of that name).
    let mut hidden: Vec<(Vec<u8>, usize)> = Vec::new();
    let mut depth: BTreeMap<Vec<u8>, usize> = BTreeMap::new();
    let text = |v: &[u8]| {
        String::from_utf8_lossy(v)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    for token in Tokenizer::new(html).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.to_vec();
                const VOID: [&[u8]; 8] = [
                    b"br", b"img", b"input", b"meta", b"link", b"hr", b"source", b"col",
                ];
                let void = tag.self_closing || VOID.contains(&name.as_slice());
                for attr in ["aria-label", "title", "alt", "placeholder"] {
                    if let Some(v) = tag.attributes.get(attr.as_bytes()) {
                        out.push((attr, text(v)));
                    }
                }
                if void {
                    continue;
                }
                let d = depth.entry(name.clone()).or_default();
                *d += 1;
                let class = tag
                    .attributes
                    .get(b"class".as_slice())
                    .map(|v| text(v))
                    .unwrap_or_default();
                let hides = matches!(name.as_slice(), b"script" | b"style")
                    || class.split(' ').any(|c| c == "prose");
                if hides {
                    hidden.push((name, *d));
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.to_vec();
                if let Some(d) = depth.get_mut(&name) {
                    if hidden.last().is_some_and(|(n, hd)| *n == name && hd == d) {
                        hidden.pop();
                    }
                    *d = d.saturating_sub(1);
                }
            }
            Token::String(s) if hidden.is_empty() => {
                let t = text(&s);
                if !t.is_empty() {
                    out.push(("text", t));
                }
            }
            _ => {}
        }
    }
    out
}

/// English theme words on the site in `dir`, as `page: where "text"`.
pub(crate) fn english_left(dir: &Path, language: &str) -> Vec<String> {
    let (english, phrases) = english_words(language);
    let content = content(dir);
    let mut found = BTreeMap::<String, (usize, String)>::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        let path = entry.path();
        if !path.extension().is_some_and(|e| e == "html" || e == "svg") {
            continue;
        }
        let html = std::fs::read_to_string(path).unwrap();
        for (at, t) in read_out(&html) {
            let t = trim(&t).to_string();
            if t.is_empty() || content.contains(&t) {
                continue;
            }
            let hit = if english.contains(&t) {
                Some(t.clone())
            } else {
                phrases
                    .iter()
                    .find(|p| {
                        t.contains(p.as_str()) && !content.iter().any(|c| c.contains(p.as_str()))
                    })
                    .cloned()
            };
            if let Some(word) = hit {
                let key = format!("{at} {word:?}");
                let page = path.strip_prefix(dir).unwrap().display().to_string();
                found.entry(key).or_insert((0, page)).0 += 1;
            }
        }
    }
    found
        .into_iter()
        .map(|(k, (n, page))| format!("{k} on {n} pages, e.g. {page}"))
        .collect()
}

/// The example map with `site.language` set to `language`, built.
fn example_site_in(language: &str) -> (TempDir, std::path::PathBuf) {
    let tmp = TempDir::new(&format!("i18n-{language}"));
    let map = tmp.path().join("map");
    copy_dir(&crate_dir().join("example-map"), &map);
    let yaml = std::fs::read_to_string(map.join("touchmap.yaml")).unwrap();
    assert!(
        yaml.contains("\n  language: en\n"),
        "the example map sets its language"
    );
    std::fs::write(
        map.join("touchmap.yaml"),
        yaml.replace("\n  language: en\n", &format!("\n  language: {language}\n")),
    )
    .unwrap();
    let out = tmp.path().join("site");
    let run = build_site(&map, &out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    (tmp, out)
}

#[test]
fn no_english_theme_word_is_left_on_a_site_in_another_language() {
    // The languages side by side: each is a build and a read of its site,
    // and one after another they were the longest test of the suite.
    let report: Vec<String> = std::thread::scope(|scope| {
        let each: Vec<_> = LANGUAGES
            .iter()
            .map(|&language| {
                scope.spawn(move || {
                    let (_tmp, site) = example_site_in(language);
                    let left = english_left(&site, language);
                    (!left.is_empty()).then(|| format!("{language}:\n  {}", left.join("\n  ")))
                })
            })
            .collect();
        each.into_iter()
            .filter_map(|h| h.join().expect("a language's check panicked"))
            .collect()
    });
    assert!(
        report.is_empty(),
        "English on translated sites:\n{}",
        report.join("\n")
    );
}

#[test]
fn the_check_finds_english_on_a_site_that_has_it() {
    // The English site, read as if it were Polish, is all English: the
    // reading above must find the theme's words there.
    let (_tmp, site) = example_site_in("en");
    let left = english_left(&site, "pl");
    for word in ["\"Dashboard\"", "\"Skip to content\""] {
        assert!(
            left.iter().any(|l| l.contains(word)),
            "{word} not found in {left:#?}"
        );
    }
}

#[test]
fn a_polish_site_counts_in_polish() {
    let (_tmp, site) = example_site_in("pl");
    let html = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(html.contains("<html lang=\"pl\""), "{}", &html[..200]);
    assert!(html.contains("punkt"), "no Polish count on the dashboard");
}

#[test]
fn init_writes_a_starter_map_in_the_language_asked_for() {
    for language in LANGUAGES {
        let tmp = TempDir::new(&format!("init-{language}"));
        let map = tmp.path().join("map");
        let run = crate::common::touchmap(&["init", "--language", language, map.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let yaml = std::fs::read_to_string(map.join("touchmap.yaml")).unwrap();
        assert!(yaml.contains(&format!("language: {language}")), "{yaml}");
        let english =
            std::fs::read_to_string(crate_dir().join("src/commands/starter/touchmap.yaml"))
                .unwrap();
        let title = |y: &str| {
            y.lines()
                .find(|l| l.trim_start().starts_with("title:"))
                .map(str::to_string)
        };
        assert_ne!(
            title(&yaml),
            title(&english),
            "{language}: the starter's title is still English"
        );
        // The starter passes the check as it is, and its site speaks the language.
        let check = crate::common::check_json(&map, &[]);
        assert!(check.findings.is_empty(), "{language}: {}", check.listing());
        let out = tmp.path().join("site");
        assert_eq!(build_site(&map, &out).code, 0);
        let index = std::fs::read_to_string(out.join("index.html")).unwrap();
        assert!(index.contains(&format!("<html lang=\"{language}\"")));
    }
}

#[test]
fn init_names_the_languages_it_has_when_asked_for_another() {
    let tmp = TempDir::new("init-sv");
    let map = tmp.path().join("map");
    let run = crate::common::touchmap(&["init", "--language", "sv", map.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("en, nl, pl, fr, it, de, es"),
        "{}",
        run.stderr
    );
    assert!(!map.join("touchmap.yaml").exists());
}

#[test]
fn a_map_can_reword_the_theme_and_its_mistakes_are_located() {
    let tmp = TempDir::new("i18n-override");
    let map = tmp.path().join("map");
    copy_dir(&crate_dir().join("example-map"), &map);
    let yaml = std::fs::read_to_string(map.join("touchmap.yaml")).unwrap();
    std::fs::write(
        map.join("touchmap.yaml"),
        yaml.replace("\n  language: en\n", "\n  language: pl\n"),
    )
    .unwrap();
    std::fs::create_dir_all(map.join("i18n")).unwrap();
    std::fs::write(
        map.join("i18n/pl.ftl"),
        "nav-map = Nasza mapa\nnav-jorney = Podróż\n",
    )
    .unwrap();
    let check = crate::common::check_json(&map, &[]);
    let f = check.only("unknown-message");
    assert_eq!((f.file.as_str(), f.line, f.column), ("i18n/pl.ftl", 2, 1));
    assert!(
        f.hint
            .as_deref()
            .unwrap_or_default()
            .contains("nav-journey")
    );
    std::fs::write(map.join("i18n/pl.ftl"), "nav-map = Nasza mapa\n").unwrap();
    let out = tmp.path().join("site");
    assert_eq!(build_site(&map, &out).code, 0);
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        index.contains(">Nasza mapa<"),
        "the map's own word is not in the navigation"
    );
}

#[test]
fn an_unknown_language_is_english_with_a_warning_at_its_line() {
    let tmp = TempDir::new("i18n-sv");
    let map = tmp.path().join("map");
    copy_dir(&crate_dir().join("example-map"), &map);
    let yaml = std::fs::read_to_string(map.join("touchmap.yaml")).unwrap();
    std::fs::write(
        map.join("touchmap.yaml"),
        yaml.replace("\n  language: en\n", "\n  language: sv\n"),
    )
    .unwrap();
    let check = crate::common::check_json(&map, &[]);
    let f = check.only("unknown-language");
    assert_eq!((f.file.as_str(), f.line), ("touchmap.yaml", 12));
}

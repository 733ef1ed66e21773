//! The words the scripts write (`app.js`: the map's filters, the search;
//! `live.js`: `serve`'s error overlay), resolved in the map's language and
//! written once as `assets/words.js`, which every page loads before
//! `app.js` (a copy in each page cost 4.6 KB a page: 100 MB at 10,000
//! touchpoints).
//!
//! A count's message comes as one pattern per plural category of the
//! language, its variables as `{name}` slots: the script picks the form
//! with `Intl.PluralRules` (Polish "1 punkt", "2 punkty", "5 punktów";
//! French counting 0 as one) and fills the slots. Each pattern is what
//! Fluent says for a number of that category, so the script says what a
//! page rendered here would.

use crate::i18n::{Args, Catalog, Language};
use serde_json::{Map, Value, json};

/// The messages the scripts use: (id, the variable whose count chooses
/// the form, if any; the other variables).
const MESSAGES: &[(&str, Option<&str>, &[&str])] = &[
    // app.js: the map
    ("count-touchpoints", Some("count"), &[]),
    ("count-touchpoints-of", Some("total"), &["shown"]),
    ("filter-showing-some", Some("total"), &["shown"]),
    ("filter-showing-all", Some("total"), &[]),
    ("filter-cell-matching", Some("total"), &["shown"]),
    ("map-cell-dialog-first", Some("shown"), &[]),
    ("filter-tile-emotion-not-rated", None, &[]),
    ("filter-tile-mean-emotion", None, &["value", "word"]),
    ("filter-tile-kpis-planned", None, &[]),
    ("filter-tile-worst-kpi", None, &["status"]),
    ("filter-tile-value-not-rated", None, &[]),
    ("filter-tile-mean-value", None, &["score"]),
    ("filter-curve-hint", None, &[]),
    ("card-emotion-aside", None, &["word"]),
    ("emotion-very-negative", None, &[]),
    ("emotion-negative", None, &[]),
    ("emotion-neutral", None, &[]),
    ("emotion-positive", None, &[]),
    ("emotion-very-positive", None, &[]),
    ("kpi-status-off-target", None, &[]),
    ("kpi-status-no-data", None, &[]),
    ("kpi-status-no-target", None, &[]),
    ("kpi-status-on-target", None, &[]),
    ("kpi-status-not-scored", None, &[]),
    ("kpi-status-none", None, &[]),
    ("kpi-status-planned", None, &[]),
    // app.js: the insights' backlog
    ("insights-backlog-showing", Some("total"), &["shown"]),
    ("insights-backlog-showing-all", Some("total"), &[]),
    // app.js: the search
    ("search-loading", None, &[]),
    ("search-type-to-search", Some("count"), &[]),
    ("search-no-results", None, &["query"]),
    ("search-results", Some("count"), &["query"]),
    ("search-results-first", Some("count"), &["query", "shown"]),
    ("search-index-failed", None, &[]),
    ("search-show-more", Some("count"), &[]),
    ("search-kind-touchpoint", None, &[]),
    ("search-kind-kpi", None, &[]),
    ("search-kind-competitor", None, &[]),
    ("search-kind-persona", None, &[]),
    ("search-kind-stage", None, &[]),
    ("search-kind-channel", None, &[]),
    ("search-kind-benefit", None, &[]),
    ("search-kind-note", None, &[]),
    // live.js
    ("live-errors", Some("count"), &[]),
    ("live-showing-last-good", None, &[]),
    ("live-appears-when-fixed", None, &[]),
    ("live-folder-gone", None, &["folder"]),
    ("live-folder-gone-detail", None, &[]),
];

/// A number of each plural category `language` has (CLDR's, as
/// `Intl.PluralRules` knows them).
fn samples(language: Language) -> &'static [(&'static str, f64)] {
    match language {
        Language::En | Language::Nl | Language::De => &[("one", 1.0), ("other", 2.0)],
        Language::Fr | Language::It | Language::Es => {
            &[("one", 1.0), ("many", 1_000_000.0), ("other", 2.0)]
        }
        Language::Pl => &[("one", 1.0), ("few", 2.0), ("many", 5.0), ("other", 1.5)],
    }
}

/// The file of the scripts' words ([`crate::site::SCRIPT_WORDS`]): a script
/// that sets `window.touchmapWords`, which `app.js` and `live.js` read.
pub fn words_script(words: &Catalog) -> Vec<u8> {
    format!("window.touchmapWords = {};\n", script_words(words)).into_bytes()
}

/// The JSON of the scripts' words, ready to stand inside a `<script>`
/// element (no `</` in it).
pub fn script_words(words: &Catalog) -> String {
    let language = words.language();
    let numbers = words.numbers();
    let mut messages = Map::new();
    for &(id, selector, others) in MESSAGES {
        let mut forms = Map::new();
        let slots = |args: &mut Args| {
            for name in others {
                args.set(*name, format!("{{{name}}}"));
            }
        };
        match selector {
            None => {
                let mut args = Args::new();
                slots(&mut args);
                forms.insert("other".into(), Value::from(words.args(id, &args)));
            }
            Some(sel) => {
                forms.insert("sel".into(), Value::from(sel));
                for &(category, n) in samples(language) {
                    let mut args = Args::new();
                    slots(&mut args);
                    args.set(sel, fluent_bundle::FluentValue::from(n));
                    let printed = numbers.localise(&crate::format::fmt_num(n));
                    let said = words
                        .args(id, &args)
                        .replace(&printed, &format!("{{{sel}}}"));
                    forms.insert(category.into(), Value::from(said));
                }
            }
        }
        messages.insert(id.into(), Value::Object(forms));
    }
    let value = json!({
        "lang": language.code(),
        "decimal": numbers.decimal.to_string(),
        "messages": messages,
    });
    value.to_string().replace("</", "<\\/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(language: Language) -> Value {
        let json: Value =
            serde_json::from_str(&script_words(&Catalog::new(language, None))).unwrap();
        json["messages"].clone()
    }

    #[test]
    fn counts_come_in_each_form_of_the_language_with_slots() {
        let en = messages(Language::En);
        assert_eq!(en["count-touchpoints"]["one"], "{count} touchpoint");
        assert_eq!(en["count-touchpoints"]["other"], "{count} touchpoints");
        assert_eq!(en["count-touchpoints"]["sel"], "count");
        assert_eq!(
            en["filter-showing-some"]["other"],
            "Showing {shown} of {total} touchpoints."
        );
        assert_eq!(
            en["search-no-results"]["other"],
            "No results for “{query}”."
        );
        let pl = messages(Language::Pl);
        for form in ["one", "few", "many", "other"] {
            let said = pl["count-touchpoints"][form].as_str().unwrap();
            assert!(said.contains("{count}"), "{form}: {said}");
        }
        assert_ne!(
            pl["count-touchpoints"]["few"],
            pl["count-touchpoints"]["many"]
        );
    }

    #[test]
    fn the_block_cannot_close_its_script_element() {
        assert!(!script_words(&Catalog::english()).contains("</"));
    }
}

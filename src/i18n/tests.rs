use super::*;
use std::collections::BTreeSet;

#[test]
fn every_language_has_exactly_the_messages_english_has() {
    let english: BTreeSet<&str> = message_ids(Language::En.theme_messages())
        .into_iter()
        .collect();
    for language in Language::ALL {
        let text = language.theme_messages();
        if let Err((_, errors)) = fluent_syntax::parser::parse(text) {
            panic!("{}.ftl does not parse: {errors:?}", language.code());
        }
        let own: BTreeSet<&str> = message_ids(text).into_iter().collect();
        let missing: Vec<_> = english.difference(&own).collect();
        let extra: Vec<_> = own.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}.ftl lacks {missing:?} and has {extra:?}, which English has not",
            language.code()
        );
    }
}

#[test]
fn every_translation_uses_only_the_variables_english_gives() {
    for language in Language::ALL {
        let findings = check::check_messages(
            std::path::Path::new(language.code()),
            language.theme_messages(),
        );
        let found: Vec<String> = findings
            .iter()
            .map(|f| format!("{}:{} {}", f.location.line, f.location.column, f.message))
            .collect();
        assert!(found.is_empty(), "{}.ftl: {found:#?}", language.code());
    }
}

#[test]
fn polish_counts_have_three_forms() {
    let pl = Catalog::new(Language::Pl, None);
    let forms: Vec<String> = [1, 2, 5, 12, 22, 25]
        .into_iter()
        .map(|n| pl.count("count-touchpoints", n))
        .collect();
    assert_eq!(
        forms,
        [
            "1 punkt styku",
            "2 punkty styku",
            "5 punktów styku",
            "12 punktów styku",
            "22 punkty styku",
            "25 punktów styku"
        ]
    );
}

#[test]
fn french_counts_zero_as_one() {
    let fr = Catalog::new(Language::Fr, None);
    let forms: Vec<String> = [0, 1, 2]
        .into_iter()
        .map(|n| fr.count("count-touchpoints", n))
        .collect();
    assert_eq!(
        forms,
        [
            "0 point de contact",
            "1 point de contact",
            "2 points de contact"
        ]
    );
}

#[test]
fn large_counts_are_grouped_the_language_way() {
    assert_eq!(
        Catalog::english().count("count-touchpoints", 10_000),
        "10,000 touchpoints"
    );
    assert_eq!(
        Catalog::new(Language::Nl, None).count("count-touchpoints", 10_000),
        "10.000 contactmomenten"
    );
}

#[test]
fn dates_name_their_month_in_the_language() {
    let pl = Catalog::new(Language::Pl, None);
    assert_eq!(pl.date("2026-12"), "gru 2026");
    assert_eq!(pl.date("2026-12-05"), "5 gru 2026");
    assert_eq!(
        Catalog::new(Language::De, None).date("2026-03-01"),
        "1. März 2026"
    );
    assert_eq!(Catalog::english().date("2026-12"), "Dec 2026");
    // What is not a date of the map's form stays as written.
    for written in ["2026", "2026-13", "Q4 2026", "2026-12-05-x", "26-12"] {
        assert_eq!(pl.date(written), written);
    }
}

#[test]
fn a_regional_tag_speaks_its_language() {
    assert_eq!(Language::from_tag("nl-BE"), Some(Language::Nl));
    assert_eq!(Language::from_tag("fr_BE"), Some(Language::Fr));
    assert_eq!(Language::from_tag("PL"), Some(Language::Pl));
    assert_eq!(Language::from_tag("sv"), None);
}

#[test]
fn a_map_message_takes_the_place_of_the_theme_one() {
    let pl = Catalog::new(Language::Pl, Some("nav-map = Nasza mapa\n"));
    assert_eq!(pl.text("nav-map"), "Nasza mapa");
    assert_ne!(pl.text("nav-journey"), "Journey");
}

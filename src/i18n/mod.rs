//! The words touchmap writes on the site, in the map's language.
//!
//! Every string of the theme is a Project Fluent message in
//! `themes/default/i18n/LANG.ftl`, one file per language so that a
//! translator works on one file. A map may override any message with its own
//! `i18n/LANG.ftl` ([`check`] reports its mistakes, located). Fluent carries
//! CLDR's plural rules: Polish has three forms ("1 punkt styku", "2 punkty
//! styku", "5 punktów styku"), French counts 0 as one. The command line stays
//! English, as rustc's and cargo's do; only the site is translated.
//!
//! This module sits below `model` and `render`: the model checks a map's
//! messages, render writes them.

pub mod check;
mod numbers;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::Arc;

pub use numbers::Numbers;

/// The languages the theme is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    En,
    Nl,
    Pl,
    Fr,
    It,
    De,
    Es,
}

impl Language {
    /// Every language the theme speaks, English first.
    pub const ALL: [Language; 7] = [
        Language::En,
        Language::Nl,
        Language::Pl,
        Language::Fr,
        Language::It,
        Language::De,
        Language::Es,
    ];

    /// The language of a BCP 47 tag: its first subtag, so `nl-BE` is Dutch
    /// and `fr-BE` French; `None` for a language the theme does not speak.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Its two-letter code: `en`, `nl`, …
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Nl => "nl",
            Language::Pl => "pl",
            Language::Fr => "fr",
            Language::It => "it",
            Language::De => "de",
            Language::Es => "es",
        }
    }

    /// The theme's messages in this language (`themes/default/i18n/`).
    pub fn theme_messages(self) -> &'static str {
        match self {
            Language::En => include_str!("../../themes/default/i18n/en.ftl"),
            Language::Nl => include_str!("../../themes/default/i18n/nl.ftl"),
            Language::Pl => include_str!("../../themes/default/i18n/pl.ftl"),
            Language::Fr => include_str!("../../themes/default/i18n/fr.ftl"),
            Language::It => include_str!("../../themes/default/i18n/it.ftl"),
            Language::De => include_str!("../../themes/default/i18n/de.ftl"),
            Language::Es => include_str!("../../themes/default/i18n/es.ftl"),
        }
    }
}

/// A message's variables: whole counts as numbers (the plural rules choose
/// the form), everything else as text.
pub type Args<'a> = FluentArgs<'a>;

/// The site's messages in one language: the theme's, a map's own
/// `i18n/LANG.ftl` over them, English under both for a message a
/// translation lacks. Cheap to clone; shared by the pages rendered in
/// parallel.
#[derive(Clone)]
pub struct Catalog(Arc<Bundles>);

struct Bundles {
    language: Language,
    /// The language's messages (the map's own over the theme's).
    own: FluentBundle<FluentResource>,
    /// English, for a message `own` lacks.
    english: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Catalog({})", self.0.language.code())
    }
}

impl Catalog {
    /// The theme's messages in `language`, with `overrides` (the text of
    /// the map's `i18n/LANG.ftl`, checked by [`check`]) over them. A
    /// message of the overrides that does not parse is left out: its error
    /// was reported by the check.
    pub fn new(language: Language, overrides: Option<&str>) -> Catalog {
        let mut own = bundle(language, language.theme_messages());
        if let Some(text) = overrides {
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            own.add_resource_overriding(resource);
        }
        let english =
            (language != Language::En).then(|| bundle(Language::En, Language::En.theme_messages()));
        Catalog(Arc::new(Bundles {
            language,
            own,
            english,
        }))
    }

    /// The catalog of a map whose `site.language` is `tag` and whose own
    /// message files (`i18n/NAME` -> text) are `messages`: the file of the
    /// tag itself (`nl-BE.ftl`) or else of its language (`nl.ftl`) over the
    /// theme's. A language the theme does not speak is English, with the
    /// map's own file for it over English, if the map has one.
    pub fn for_map(tag: &str, messages: &std::collections::BTreeMap<String, String>) -> Catalog {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or(tag)
            .to_ascii_lowercase();
        let own = messages
            .get(&format!("{tag}.ftl"))
            .or_else(|| messages.get(&format!("{primary}.ftl")))
            .map(String::as_str);
        Catalog::new(Language::from_tag(tag).unwrap_or(Language::En), own)
    }

    /// English, the theme's own words.
    pub fn english() -> Catalog {
        Catalog::new(Language::En, None)
    }

    /// The language of the messages.
    pub fn language(&self) -> Language {
        self.0.language
    }

    /// How numbers are written in this language.
    pub fn numbers(&self) -> Numbers {
        Numbers::of(self.0.language)
    }

    /// Whether there is a message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.0.own.has_message(id) || self.0.english.as_ref().is_some_and(|e| e.has_message(id))
    }

    /// Message `id` without variables. An unknown id gives the id itself,
    /// which the tests that read every page catch.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None).unwrap_or_else(|| id.to_string())
    }

    /// Message `id` with `args`.
    pub fn args(&self, id: &str, args: &Args) -> String {
        self.format(id, Some(args))
            .unwrap_or_else(|| id.to_string())
    }

    /// Message `id` with one whole count `count` (and nothing else).
    pub fn count(&self, id: &str, count: usize) -> String {
        let mut args = Args::new();
        args.set("count", count_value(count));
        self.args(id, &args)
    }

    /// Message `id` formatted, or `None` when no bundle has it.
    pub fn format(&self, id: &str, args: Option<&Args>) -> Option<String> {
        let b = &self.0;
        let bundle = if b.own.has_message(id) {
            &b.own
        } else {
            b.english.as_ref().filter(|e| e.has_message(id))?
        };
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        Some(match text {
            Cow::Borrowed(s) => s.to_string(),
            Cow::Owned(s) => s,
        })
    }

    /// A date as the map writes it (`2026-12`, `2026-12-05`) in words:
    /// "Dec 2026", "5 gru 2026", "5. Dez. 2026". A year alone, or a text
    /// that is not such a date, is left as it is.
    pub fn date(&self, written: &str) -> String {
        let mut parts = written.split('-');
        let (Some(year), Some(month)) = (parts.next(), parts.next()) else {
            return written.to_string();
        };
        let day = parts.next();
        let number = |s: &str, len: usize| {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())?
        };
        let (Some(_), Some(m @ 1..=12)) = (number(year, 4), number(month, 2)) else {
            return written.to_string();
        };
        let mut args = Args::new();
        args.set("year", year.to_string());
        args.set("month", self.text(&format!("month-{m}")));
        match day.map(|d| number(d, 2)) {
            None if parts.next().is_none() => self.args("date-month-year", &args),
            Some(Some(d @ 1..=31)) if parts.next().is_none() => {
                args.set("day", d.to_string());
                self.args("date-day-month-year", &args)
            }
            _ => written.to_string(),
        }
    }

    /// The ids of every message, the English theme's order.
    pub fn ids() -> Vec<&'static str> {
        message_ids(Language::En.theme_messages())
    }
}

/// A whole count as a Fluent number, so that the plural rules apply.
pub fn count_value(count: usize) -> FluentValue<'static> {
    FluentValue::from(count as f64)
}

/// A bundle of `text` for `language`: no bidi isolation marks (the site is
/// left to right, and the marks would end up in `aria-label`s, CSV headers
/// and search text), numbers written the language's way.
fn bundle(language: Language, text: &str) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(numbers::formatter(language)));
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
    bundle.add_resource_overriding(resource);
    bundle
}

/// The message ids of a Fluent file, in their order (terms, `-x`, left out).
pub fn message_ids(text: &str) -> Vec<&str> {
    messages(text).map(|m| m.id.name).collect()
}

/// The messages of a Fluent file that parse, in their order (terms, `-x`,
/// left out; [`check`] reports what does not parse).
pub(crate) fn messages(text: &str) -> impl Iterator<Item = fluent_syntax::ast::Message<&str>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource.body.into_iter().filter_map(|entry| match entry {
        fluent_syntax::ast::Entry::Message(m) => Some(m),
        _ => None,
    })
}

#[cfg(test)]
mod tests;

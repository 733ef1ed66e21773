//! A document's words as the index keeps them: lower case, cut at every
//! character that is neither a letter nor a digit, and stemmed in the
//! map's language, so that "buty" finds "butów" and "shoes" finds "shoe".
//!
//! The page's script cuts a query the same way (`words` in `app.js`) but
//! cannot stem; it finds a stem through the words of the map that have it
//! (see [`super::files`]), so stemming happens here only.

use crate::i18n::Language;
use pagefind_stem::{Algorithm, Stemmer};
use std::borrow::Cow;

/// Longer "words" are hashes, addresses or glued text nobody types.
pub const LONGEST_WORD: usize = 40;

/// Where in a document a word stands, which ranks the result: a word of
/// the title counts most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Body = 1,
    Meta = 2,
    Title = 3,
}

/// The stemmer of the map's language.
pub fn stemmer(language: Language) -> Stemmer {
    Stemmer::create(match language {
        Language::En => Algorithm::English,
        Language::Nl => Algorithm::Dutch,
        Language::Pl => Algorithm::Polish,
        Language::Fr => Algorithm::French,
        Language::It => Algorithm::Italian,
        Language::De => Algorithm::German,
        Language::Es => Algorithm::Spanish,
    })
}

/// The words of `text`, lower case, each at least two characters long (a
/// lone letter finds everything) and at most [`LONGEST_WORD`]. Borrowed
/// when already lower case, as most words are.
pub fn words(text: &str) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            let n = w.chars().count();
            (2..=LONGEST_WORD).contains(&n)
        })
        .map(|w| {
            if w.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_cut_at_what_is_not_a_letter_or_digit() {
        let w: Vec<Cow<str>> = words("E-commerce: Nina's 2 «BUTY» na 42,5 km").collect();
        assert_eq!(w, ["commerce", "nina", "buty", "na", "42", "km"]);
    }

    #[test]
    fn each_language_stems_its_own_inflections_alike() {
        let same = |lang, a: &str, b: &str| {
            let s = stemmer(lang);
            assert_eq!(s.stem(a), s.stem(b), "{a} / {b} in {lang:?}");
        };
        same(Language::En, "shoes", "shoe");
        same(Language::En, "running", "run");
        same(Language::Pl, "butów", "buty");
        same(Language::Nl, "hardloopschoenen", "hardloopschoen");
        same(Language::Fr, "chaussures", "chaussure");
        same(Language::It, "scarpe", "scarpa");
        same(
            Language::De,
            "Laufschuhe".to_lowercase().as_str(),
            "laufschuh",
        );
        same(Language::Es, "zapatillas", "zapatilla");
    }
}

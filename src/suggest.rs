//! "Did you mean …?" by edit distance, for misspelt keys, ids and values.

use rapidfuzz::distance::osa;

/// The candidate closest to `wrong`, if it is close enough to be a plausible
/// typo: at most a third of the word's length in edits (at least one), or the
/// same word in another case or separator style. Edits are insertions,
/// deletions, substitutions and swaps of two neighbours (optimal string
/// alignment distance).
///
/// Runs once per unknown name against every known one, so it must stay cheap
/// when a large map has many of both (10,000 touchpoint ids renamed at once):
/// `wrong` is prepared once for a bit-parallel comparison with each
/// candidate, a candidate whose length alone rules it out is not compared,
/// and nothing is allocated per candidate.
pub fn nearest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let folded = fold(wrong);
    let len = wrong.chars().count();
    let limit = (len / 3).max(1);
    let wrong_chars = osa::BatchComparator::new(wrong.chars());
    candidates
        .into_iter()
        .filter(|c| *c != wrong)
        .filter_map(|c| {
            let d = if fold_chars(c).eq(folded.chars()) {
                0
            } else if c.chars().count().abs_diff(len) > limit {
                // Each edit changes the length by at most one.
                return None;
            } else {
                wrong_chars.distance(c.chars())
            };
            (d <= limit).then_some((d, c))
        })
        .min_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)))
        .map(|(_, c)| c)
}

/// `Some("did you mean `x`?")` when a near candidate exists.
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    nearest(wrong, candidates).map(|c| format!("did you mean `{c}`?"))
}

/// `s` without case and separators: `Post_Purchase` and `post-purchase`
/// fold alike.
fn fold_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

fn fold(s: &str) -> String {
    fold_chars(s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos() {
        assert_eq!(nearest("emial", ["email", "phone", "store"]), Some("email"));
        assert_eq!(
            nearest("Post_Purchase", ["post-purchase"]),
            Some("post-purchase")
        );
        assert_eq!(nearest("checkout", ["chat", "phone"]), None);
    }

    #[test]
    fn another_case_or_separator_style_is_found_whatever_the_length() {
        // Five characters apart, more than the two edits a six-letter word
        // allows, yet the same id.
        assert_eq!(nearest("ABCDEF", ["a-b-c-d-e-f"]), Some("a-b-c-d-e-f"));
        assert_eq!(nearest("abcdef", ["abcdefghi"]), None);
    }

    #[test]
    fn prefers_the_closest_then_alphabetical() {
        assert_eq!(nearest("sms1", ["sms", "sms2"]), Some("sms"));
    }
}

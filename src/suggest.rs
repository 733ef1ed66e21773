//! "Did you mean …?" by edit distance, for misspelt keys, ids and values.

/// The candidate closest to `wrong`, if it is close enough to be a plausible
/// typo: at most a third of the word's length in edits (at least one), or the
/// same word in another case or separator style.
pub fn nearest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let folded = fold(wrong);
    let limit = (wrong.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .filter(|c| *c != wrong)
        .map(|c| {
            let d = if fold(c) == folded {
                0
            } else {
                strsim::damerau_levenshtein(wrong, c)
            };
            (d, c)
        })
        .filter(|(d, _)| *d <= limit)
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

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
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
    fn prefers_the_closest_then_alphabetical() {
        assert_eq!(nearest("sms1", ["sms", "sms2"]), Some("sms"));
    }
}

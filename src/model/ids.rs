//! Ids and references between entities.

use crate::diagnostics::{Location, one_line};
use serde::{Serialize, Serializer};

/// A checked reference to another entity: its id, and where the reference was
/// written (for warnings about it). Serialises as the bare id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ref {
    pub id: String,
    pub at: Location,
}

impl Serialize for Ref {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.id)
    }
}

impl AsRef<str> for Ref {
    fn as_ref(&self) -> &str {
        &self.id
    }
}

/// Ids become parts of page addresses (`/touchpoints/ID/`), so they are kept
/// to lowercase letters, digits, `-` and `_`, starting with a letter or digit.
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// The message and hint for an id that is not valid: a valid id close to
/// it when there is one (`Web Shop` -> `web-shop`, `café` -> `cafe`), else
/// what an id may hold.
pub fn invalid_id(id: &str, kind: &str) -> (String, String) {
    const RULE: &str =
        "ids use lowercase letters, digits, `-` and `_` (they become page addresses)";
    if id.trim().is_empty() {
        return (
            format!("the {kind} id is empty"),
            format!("an id cannot be empty; {RULE}"),
        );
    }
    let message = format!("`{}` is not a valid {kind} id", one_line(id, 60));
    match suggest_id(id) {
        Some(s) => (message, format!("{RULE}; try `{s}`")),
        None => (
            message,
            format!("{RULE}, `a`-`z` only; write this one in those characters"),
        ),
    }
}

/// A valid id close to `id`: lowercased, accents taken off, other characters
/// turned into `-`. `None` when letters would be lost (`日本`), since an id
/// made of what is left would not mean the same.
fn suggest_id(id: &str) -> Option<String> {
    let mut out = String::new();
    for c in id.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' {
            out.push(c);
        } else if let Some(plain) = unaccented(c) {
            out.push_str(plain);
        } else if c.is_alphanumeric() {
            return None;
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches(['-', '_']).to_string();
    (!out.is_empty()).then_some(out)
}

/// The Latin letters of European languages without their accents.
fn unaccented(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_url_safe() {
        assert!(is_valid_id("post-purchase"));
        assert!(is_valid_id("kpi_2"));
        assert!(!is_valid_id("Web Shop"));
        assert!(!is_valid_id("-x"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a/b"));
        assert_eq!(suggest_id("Web Shop!").as_deref(), Some("web-shop"));
        assert_eq!(suggest_id("Café Crème").as_deref(), Some("cafe-creme"));
        assert_eq!(suggest_id("t-日本"), None);
    }

    #[test]
    fn an_invalid_id_gets_a_hint_that_fits_it() {
        let (_, hint) = invalid_id("café", "stage");
        assert!(hint.ends_with("try `cafe`"), "{hint}");
        let (message, hint) = invalid_id("t-日本", "touchpoint");
        assert_eq!(message, "`t-日本` is not a valid touchpoint id");
        assert!(!hint.contains("try"), "{hint}");
        let (message, hint) = invalid_id("", "touchpoint");
        assert_eq!(message, "the touchpoint id is empty");
        assert!(hint.starts_with("an id cannot be empty"), "{hint}");
    }
}

//! Ids and references between entities.

use crate::diagnostics::Location;
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

/// A valid id close to `id`: lowercased, with other characters turned into `-`.
pub fn suggest_id(id: &str) -> String {
    let mut out = String::new();
    for c in id.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "my-id".to_string()
    } else {
        out
    }
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
        assert_eq!(suggest_id("Web Shop!"), "web-shop");
    }
}

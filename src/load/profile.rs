//! A persona's short profile (`age: 29`, `occupation: UX designer`): a
//! mapping of text to text, read as a list of pairs so that the card shows
//! the lines in the order the author wrote them (a `BTreeMap` would sort
//! `age` after `occupation` away from where the author put it).

use super::located::At;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use std::borrow::Cow;

/// The profile's lines as written: each key and its value with their places.
/// A number or `true` is read as its text (`age: 29` is the text `29`), as
/// everywhere a text is wanted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawProfile(pub Vec<(At<String>, At<String>)>);

impl<'de> Deserialize<'de> for RawProfile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Lines;
        impl<'de> Visitor<'de> for Lines {
            type Value = RawProfile;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a mapping of texts, e.g. `age: 29`")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawProfile, A::Error> {
                let mut lines = Vec::new();
                while let Some(key) = map.next_key::<At<String>>()? {
                    lines.push((key, map.next_value()?));
                }
                Ok(RawProfile(lines))
            }
        }
        deserializer.deserialize_map(Lines)
    }
}

/// Editors see a mapping whose values are texts or numbers (`age: 29`).
impl JsonSchema for RawProfile {
    fn schema_name() -> Cow<'static, str> {
        "Profile".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "description": "A short profile, shown as a list on the persona's card in the order written: `age: 29`, `occupation: UX designer`, `lives in: Utrecht`.",
            "additionalProperties": { "type": ["string", "number", "boolean"] }
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Finding;
    use crate::load::raw::RawPersona;
    use crate::load::yaml::parse_map_file;
    use std::path::Path;

    /// The persona written with `fields` below its id (from line 3), and
    /// what was found.
    fn read(fields: &str) -> (RawPersona, Vec<Finding>) {
        let text = format!("personas:\n  - id: nina\n{fields}");
        let read = parse_map_file(Path::new("p.yaml"), &text).expect("the file reads as YAML");
        let p = read
            .content
            .personas
            .first()
            .map(|p| p.value.clone())
            .unwrap_or_default();
        (p, read.findings)
    }

    fn at(f: &Finding) -> (&str, u32, u32, &str) {
        (f.code, f.location.line, f.location.column, &f.message)
    }

    #[test]
    fn a_profile_keeps_the_authors_order_and_reads_numbers_as_text() {
        let (p, found) = read(
            "    profile:\n      occupation: UX designer\n      age: 29\n      lives in: Utrecht\n",
        );
        assert!(found.is_empty(), "{found:?}");
        let lines: Vec<(&str, &str, u32)> = p
            .profile
            .0
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str(), v.pos.line))
            .collect();
        assert_eq!(
            lines,
            [
                ("occupation", "UX designer", 4),
                ("age", "29", 5),
                ("lives in", "Utrecht", 6)
            ]
        );
    }

    #[test]
    fn a_profile_that_is_not_a_mapping_of_texts_is_reported_where_it_is() {
        let (_, found) = read("    profile: [age, 29]\n");
        assert_eq!(
            found.iter().map(at).collect::<Vec<_>>(),
            [(
                "wrong-type",
                3,
                14,
                "expected a mapping (`key: value` lines) here, not a list"
            )]
        );
        let (p, found) = read("    profile:\n      age: 29\n      hobbies: [running, yoga]\n");
        assert_eq!(
            found.iter().map(at).collect::<Vec<_>>(),
            [(
                "wrong-type",
                5,
                16,
                "expected a single text here, not a list"
            )]
        );
        // The line in error is left out; the others stay.
        assert_eq!(p.profile.0.len(), 1, "{:?}", p.profile);
    }

    #[test]
    fn a_quote_goals_and_photo_of_the_wrong_type_are_reported_where_they_are() {
        let (p, found) = read("    photo: [a.png]\n    quote: {text: hi}\n    goals: Run a 10k.\n");
        assert_eq!(
            found.iter().map(at).collect::<Vec<_>>(),
            [
                (
                    "wrong-type",
                    3,
                    12,
                    "expected a single text here, not a list"
                ),
                (
                    "wrong-type",
                    4,
                    12,
                    "expected a single text here, not a mapping"
                ),
                ("wrong-type", 5, 12, "expected a list here, not text"),
            ]
        );
        assert!(p.photo.is_none() && p.quote.is_none() && p.goals.is_empty());
        let (p, found) = read("    photo: people/nina.svg\n    goals: [Run a 10k., Stay fit]\n");
        assert!(found.is_empty(), "{found:?}");
        let photo = p.photo.unwrap();
        assert_eq!(
            (photo.as_str(), photo.pos.line, photo.pos.column),
            ("people/nina.svg", 3, 12)
        );
        assert_eq!(p.goals, ["Run a 10k.", "Stay fit"]);
    }
}

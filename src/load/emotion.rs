//! A touchpoint's `emotion` as written: one `{score, label}` for everyone,
//! or one per persona id (`{new-runner: {score: -1}, marathoner: {score: 1}}`),
//! because a journey map exists to show that two customers feel the same
//! moment differently.
//!
//! The two forms are told apart by the mapping's keys: one with `score` or
//! `label` is the form for everyone. serde hands a mapping's keys and values
//! over in turn, so a `Deserialize` cannot see all the keys before it reads
//! the first value; the loader's deserializer (`de/`) answers
//! [`KEYS_MARKER`] with the keys first and then the value, so the form is
//! chosen before anything is read and each form keeps its own exact
//! messages (an unknown key in `{score: 1, lable: x}`, a bad score of one
//! persona).

use super::located::At;
use super::raw::{ID_PATTERN, RawEmotion};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The newtype name by which a value asks the loader's deserializer for
/// the keys of its mapping before the value: it answers with a sequence
/// `keys, value` (no keys when the value is not a mapping).
pub const KEYS_MARKER: &str = "__touchmap_keys";

/// A touchpoint's `emotion`, in one of its two forms.
#[derive(Debug, Clone)]
pub enum RawTouchpointEmotion {
    /// `{score, label}`: how everyone who meets the touchpoint feels.
    Everyone(RawEmotion),
    /// Persona id -> that persona's `{score, label}`; the ids keep their
    /// positions, so an unknown one is reported where it is written.
    PerPersona(BTreeMap<At<String>, At<RawEmotion>>),
}

/// Whether a mapping with these keys is the form for everyone. A value that
/// is not a mapping (no keys) is read as that form too, so that it gets the
/// message of the common form ("expected a mapping").
fn is_for_everyone<S: AsRef<str>>(keys: &[S]) -> bool {
    keys.is_empty() || keys.iter().any(|k| matches!(k.as_ref(), "score" | "label"))
}

impl<'de> Deserialize<'de> for RawTouchpointEmotion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_newtype_struct(KEYS_MARKER, FormVisitor)
    }
}

struct FormVisitor;

impl<'de> Visitor<'de> for FormVisitor {
    type Value = RawTouchpointEmotion;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("`{score, label}`, or one such mapping per persona id")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let missing = || de::Error::custom("an emotion is read with its keys first");
        let keys: Vec<String> = seq.next_element()?.ok_or_else(missing)?;
        if is_for_everyone(&keys) {
            let one: RawEmotion = seq.next_element()?.ok_or_else(missing)?;
            Ok(RawTouchpointEmotion::Everyone(one))
        } else {
            let each = seq.next_element()?.ok_or_else(missing)?;
            Ok(RawTouchpointEmotion::PerPersona(each))
        }
    }

    /// A deserializer other than the loader's gives no keys first: it can
    /// read the form for everyone only.
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        RawEmotion::deserialize(d).map(RawTouchpointEmotion::Everyone)
    }
}

/// Editors see both forms; the second excludes `score` and `label`, as
/// `touchmap check` reads a mapping with either as the first form.
impl JsonSchema for RawTouchpointEmotion {
    fn schema_name() -> Cow<'static, str> {
        "TouchpointEmotion".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let one = generator.subschema_for::<RawEmotion>();
        json_schema!({
            "oneOf": [
                one,
                {
                    "description": "One emotion per persona id, e.g. `{new-runner: {score: -1, label: Anxious}, marathoner: {score: 1}}`; a persona not listed has no emotion here.",
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": { "pattern": ID_PATTERN },
                    "additionalProperties": one,
                    "not": { "anyOf": [{ "required": ["score"] }, { "required": ["label"] }] }
                }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Finding;
    use crate::load::yaml::parse_map_file;
    use std::path::Path;

    /// The emotion of the one touchpoint of `emotion_yaml` (written below
    /// `emotion:`), and what was found.
    fn read(emotion_yaml: &str) -> (Option<RawTouchpointEmotion>, Vec<Finding>) {
        let text = format!(
            "touchpoints:\n  - id: t\n    name: T\n    stage: s\n    channel: c\n    emotion: {emotion_yaml}\n"
        );
        let read = parse_map_file(Path::new("f.yaml"), &text).expect("the file reads as YAML");
        let emotion = read
            .content
            .touchpoints
            .first()
            .and_then(|t| t.value.emotion.clone())
            .map(|e| e.value);
        (emotion, read.findings)
    }

    fn at(f: &Finding) -> (&str, u32, u32, &str) {
        (f.code, f.location.line, f.location.column, &f.message)
    }

    #[test]
    fn score_and_label_are_one_emotion_for_everyone() {
        let (e, found) = read("{score: -1, label: Anxious}");
        assert!(found.is_empty(), "{found:?}");
        let Some(RawTouchpointEmotion::Everyone(e)) = e else {
            panic!("the form for everyone: {e:?}")
        };
        assert_eq!((e.score.value, e.label.as_deref()), (-1, Some("Anxious")));
    }

    #[test]
    fn persona_ids_give_one_emotion_each_with_their_places() {
        let (e, found) = read(
            "\n      new-runner: {score: -1, label: Anxious}\n      marathoner:\n        score: 1\n",
        );
        assert!(found.is_empty(), "{found:?}");
        let Some(RawTouchpointEmotion::PerPersona(each)) = e else {
            panic!("the form per persona: {e:?}")
        };
        let got: Vec<(&str, u32, u32, i64, Option<&str>)> = each
            .iter()
            .map(|(id, e)| {
                let e = &e.value;
                (
                    id.as_str(),
                    id.pos.line,
                    id.pos.column,
                    e.score.value,
                    e.label.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("marathoner", 8, 7, 1, None),
                ("new-runner", 7, 7, -1, Some("Anxious"))
            ]
        );
    }

    #[test]
    fn a_mapping_with_score_or_label_is_the_form_for_everyone_and_other_keys_are_unknown() {
        let (e, found) = read("{score: 1, new-runner: {score: 1}}");
        assert_eq!(
            found.iter().map(at).collect::<Vec<_>>(),
            [("unknown-key", 6, 25, "unknown key `new-runner`")]
        );
        assert_eq!(
            found[0].hint.as_deref(),
            Some("valid keys here: score, label")
        );
        // The unknown key costs only itself.
        assert!(matches!(e, Some(RawTouchpointEmotion::Everyone(e)) if e.score.value == 1));
    }

    #[test]
    fn a_bad_score_of_one_persona_is_reported_at_it_and_costs_only_that_persona() {
        let (e, found) = read("{new-runner: {score: high}, marathoner: {score: 1}}");
        assert_eq!(
            found.iter().map(at).collect::<Vec<_>>(),
            [(
                "wrong-type",
                6,
                35,
                "expected a whole number here, not text"
            )]
        );
        let Some(RawTouchpointEmotion::PerPersona(each)) = e else {
            panic!("the form per persona: {e:?}")
        };
        let ids: Vec<&str> = each.keys().map(At::as_str).collect();
        assert_eq!(ids, ["marathoner"]);
    }

    #[test]
    fn a_persona_without_a_score_or_with_an_unknown_key_is_reported_at_its_place() {
        let (_, found) = read("{new-runner: {label: Calm}, marathoner: {score: 1, mood: ok}}");
        assert_eq!(
            found.iter().map(at).collect::<Vec<_>>(),
            [
                ("missing-key", 6, 28, "missing required key `score`"),
                ("unknown-key", 6, 65, "unknown key `mood`")
            ]
        );
    }

    #[test]
    fn an_emotion_that_is_not_a_mapping_says_so() {
        let (e, found) = read("2");
        assert_eq!(
            found.iter().map(at).collect::<Vec<_>>(),
            [(
                "wrong-type",
                6,
                14,
                "expected a mapping (`key: value` lines) here, not a number"
            )]
        );
        assert!(e.is_none());
    }
}

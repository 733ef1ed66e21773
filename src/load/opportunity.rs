//! An item of a touchpoint's `opportunities` as written: a text, or a
//! mapping `{text, impact, effort, status, owner}` that gives it a
//! priority. Both forms stay valid, so a map written before priorities
//! existed needs no edit, and a team scores its ideas one at a time.
//!
//! The two forms are told apart by whether the item is a mapping. serde
//! lets a `Deserialize` see a value's kind only by reading it, and a
//! mapping read that way loses what the loader's deserializer (`de/`) does
//! for a struct (unknown keys with "did you mean", every missing key, a key
//! with no value counted as absent). So the item asks that deserializer for
//! its keys first, as a touchpoint's `emotion` does (see [`KEYS_MARKER`]):
//! with keys it is read as a struct, without as a text, and each form keeps
//! its exact messages.

use super::emotion::KEYS_MARKER;
use super::located::At;
use super::raw::OpportunityStatus;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use std::borrow::Cow;

/// An item of a touchpoint's `opportunities`, in one of its two forms.
#[derive(Debug, Clone)]
pub enum RawOpportunity {
    /// Just the idea, with no priority yet.
    Text(String),
    /// The idea with its priority.
    Scored(RawScoredOpportunity),
}

/// An opportunity with its priority: how much it would help, what it would
/// cost, and where it stands.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Opportunity")]
pub struct RawScoredOpportunity {
    /// The idea.
    pub text: At<String>,
    /// How much it would help customers and the business: 1 (little) to 5
    /// (a lot).
    #[schemars(range(min = 1, max = 5))]
    pub impact: Option<At<i64>>,
    /// How much work it takes: 1 (little) to 5 (a lot).
    #[schemars(range(min = 1, max = 5))]
    pub effort: Option<At<i64>>,
    /// `idea` (the default), `planned`, `in-progress` or `done`.
    #[serde(default)]
    pub status: OpportunityStatus,
    /// Team or person who takes it on.
    pub owner: Option<String>,
}

impl<'de> Deserialize<'de> for RawOpportunity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_newtype_struct(KEYS_MARKER, FormVisitor)
    }
}

struct FormVisitor;

impl<'de> Visitor<'de> for FormVisitor {
    type Value = RawOpportunity;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a text, or `{text, impact, effort, status, owner}`")
    }

    /// The keys of the item (none when it is not a mapping), then the item.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let missing = || de::Error::custom("an opportunity is read with its keys first");
        let keys: Vec<String> = seq.next_element()?.ok_or_else(missing)?;
        if keys.is_empty() {
            let text: String = seq.next_element()?.ok_or_else(missing)?;
            Ok(RawOpportunity::Text(text))
        } else {
            let scored = seq.next_element()?.ok_or_else(missing)?;
            Ok(RawOpportunity::Scored(scored))
        }
    }

    /// A deserializer other than the loader's gives no keys first: it can
    /// read the form of a text only.
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        String::deserialize(d).map(RawOpportunity::Text)
    }
}

/// Editors see both forms.
impl JsonSchema for RawOpportunity {
    fn schema_name() -> Cow<'static, str> {
        "OpportunityItem".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let scored = generator.subschema_for::<RawScoredOpportunity>();
        json_schema!({
            "anyOf": [
                { "type": "string", "description": "The idea, with no priority yet." },
                scored
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Finding;
    use crate::load::raw::{Likelihood, RawRisk};
    use crate::load::yaml::parse_map_file;
    use std::path::Path;

    /// The touchpoint of `items` (written below `opportunities:` and
    /// `risks:`, which start on lines 6 and 7), its opportunities and
    /// risks, and what was found.
    fn read(opportunities: &str, risks: &str) -> (Vec<RawOpportunity>, Vec<RawRisk>, Vec<Finding>) {
        let text = format!(
            "touchpoints:\n  - id: t\n    name: T\n    stage: s\n    channel: c\n    opportunities: {opportunities}\n    risks: {risks}\n"
        );
        let read = parse_map_file(Path::new("f.yaml"), &text).expect("the file reads as YAML");
        let t = read
            .content
            .touchpoints
            .first()
            .map(|t| t.value.clone())
            .unwrap_or_default();
        (
            t.opportunities.into_iter().map(|o| o.value).collect(),
            t.risks.into_iter().map(|r| r.value).collect(),
            read.findings,
        )
    }

    fn at(f: &Finding) -> (&str, u32, u32, &str) {
        (f.code, f.location.line, f.location.column, &f.message)
    }

    #[test]
    fn a_text_and_a_mapping_both_read_in_one_list() {
        let (opps, _, found) = read(
            "\n      - Add a size guide.\n      - text: Book a fitting online.\n        impact: 5\n        effort: 3\n        status: in-progress\n        owner: Retail\n      - {text: Chat}",
            "[]",
        );
        assert!(found.is_empty(), "{found:?}");
        let [
            RawOpportunity::Text(a),
            RawOpportunity::Scored(b),
            RawOpportunity::Scored(c),
        ] = &opps[..]
        else {
            panic!("a text and two mappings: {opps:?}")
        };
        assert_eq!(a, "Add a size guide.");
        assert_eq!(
            (
                b.text.as_str(),
                b.impact.as_ref().map(|i| i.value),
                b.effort
                    .as_ref()
                    .map(|e| (e.value, e.pos.line, e.pos.column)),
                b.status,
                b.owner.as_deref()
            ),
            (
                "Book a fitting online.",
                Some(5),
                Some((3, 10, 17)),
                OpportunityStatus::InProgress,
                Some("Retail")
            )
        );
        // Status defaults to idea; nothing else is assumed.
        assert_eq!(
            (
                c.status,
                c.impact.is_none(),
                c.effort.is_none(),
                c.owner.is_none()
            ),
            (OpportunityStatus::Idea, true, true, true)
        );
    }

    #[test]
    fn a_misspelt_status_is_reported_where_it_is_with_the_nearest_word_and_costs_only_itself() {
        let (opps, _, found) = read("[{text: Chat, impact: 2, status: in progres}]", "[]");
        assert_eq!(
            found.iter().map(at).collect::<Vec<_>>(),
            [(
                "invalid-value",
                6,
                53,
                "`in progres` is not one of idea, planned, in-progress, done"
            )]
        );
        assert_eq!(
            found[0].hint.as_deref(),
            Some("did you mean `in-progress`?")
        );
        let [RawOpportunity::Scored(o)] = &opps[..] else {
            panic!("{opps:?}")
        };
        assert_eq!(
            (o.status, o.impact.as_ref().map(|i| i.value)),
            (OpportunityStatus::Idea, Some(2))
        );
    }

    #[test]
    fn a_mapping_without_text_or_with_an_unknown_key_is_reported_at_its_place() {
        let (opps, _, found) = read("[{impact: 3}, {text: Chat, efort: 2}, Plain]", "[]");
        assert_eq!(
            found.iter().map(at).collect::<Vec<_>>(),
            [
                ("missing-key", 6, 22, "missing required key `text`"),
                ("unknown-key", 6, 47, "unknown key `efort`")
            ]
        );
        assert_eq!(found[1].hint.as_deref(), Some("did you mean `effort`?"));
        // The item without its text is left out; the others stay.
        assert_eq!(opps.len(), 2);
    }

    #[test]
    fn an_item_that_is_neither_a_text_nor_a_mapping_says_what_it_may_be() {
        let (opps, _, found) = read("[[a, b], 42]", "[]");
        assert_eq!(
            found.iter().map(at).collect::<Vec<_>>(),
            [(
                "wrong-type",
                6,
                21,
                "expected a single text here, not a list"
            )]
        );
        // A number is read as its text, as everywhere a text is wanted.
        assert!(matches!(&opps[..], [RawOpportunity::Text(t)] if t == "42"));
    }

    #[test]
    fn a_risk_may_say_how_likely_it_is_and_a_misspelt_likelihood_is_located() {
        let (_, risks, found) = read(
            "[]",
            "[{text: Outage, likelihood: high}, {text: Late, severity: low, likelihood: hihg}]",
        );
        assert_eq!(
            found.iter().map(at).collect::<Vec<_>>(),
            [(
                "invalid-value",
                7,
                87,
                "`hihg` is not one of low, medium, high"
            )]
        );
        assert_eq!(found[0].hint.as_deref(), Some("did you mean `high`?"));
        let likelihoods: Vec<Option<Likelihood>> = risks.iter().map(|r| r.likelihood).collect();
        assert_eq!(likelihoods, [Some(Likelihood::High), None]);
    }
}

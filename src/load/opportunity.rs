//! An item of a touchpoint's `opportunities` as written: a text, or a
//! mapping `{text, impact, effort, status, owner}` that gives it a
//! priority. Both forms stay valid, so a map written before priorities
//! existed needs no edit, and a team scores its ideas one at a time.
//!
//! The two forms are told apart by whether the item is a mapping. The
//! mapping is read as a struct of its own, so its mistakes get the same
//! exact messages as any other entry (an unknown key, a misspelt status,
//! a missing `text`).

use super::located::At;
use super::raw::OpportunityStatus;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
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
        deserializer.deserialize_any(FormVisitor)
    }
}

struct FormVisitor;

impl<'de> Visitor<'de> for FormVisitor {
    type Value = RawOpportunity;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a text, or `{text, impact, effort, status, owner}`")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawOpportunity, E> {
        Ok(RawOpportunity::Text(v.to_string()))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawOpportunity, A::Error> {
        RawScoredOpportunity::deserialize(de::value::MapAccessDeserializer::new(map))
            .map(RawOpportunity::Scored)
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

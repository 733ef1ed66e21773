//! The KPI entries of the map files as written (see `raw.rs`): a KPI, its
//! measurements, and a measured value, which is a number or, for qualitative
//! KPIs, a text. Apart from `raw.rs` because the value's own deserializer
//! (as YAML 1.2 reads it) is most of it.

use super::located::At;
use super::raw::{DATE_PATTERN, ID_PATTERN};
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum KpiKind {
    #[default]
    Quantitative,
    Qualitative,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Higher is better.
    #[default]
    Up,
    /// Lower is better.
    Down,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KpiSource {
    Crm,
    Profiling,
    MarketingAutomation,
    Analytics,
    Survey,
    Manual,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Kpi")]
pub struct RawKpi {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: At<String>,
    pub name: String,
    #[serde(default)]
    pub kind: KpiKind,
    pub description: Option<String>,
    /// E.g. `%`, `days`, `points`.
    pub unit: Option<String>,
    #[serde(default)]
    pub direction: Direction,
    /// A number, or a text for qualitative KPIs.
    pub baseline: Option<MeasureValue>,
    /// A number, or a text for qualitative KPIs (a text target gives no status).
    pub target: Option<At<MeasureValue>>,
    pub source: Option<KpiSource>,
    pub owner: Option<String>,
    #[serde(default)]
    pub measurements: Vec<At<RawMeasurement>>,
    /// A CSV file with a `date,value` header, relative to the map folder.
    pub series: Option<At<String>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Measurement")]
pub struct RawMeasurement {
    /// `YYYY-MM-DD` or `YYYY-MM`.
    #[schemars(regex(pattern = DATE_PATTERN))]
    pub date: At<String>,
    pub value: At<MeasureValue>,
}

/// A number, or for qualitative KPIs a text (e.g. verbatim feedback).
#[derive(Debug, Clone, PartialEq, JsonSchema, serde::Serialize)]
#[serde(untagged)]
pub enum MeasureValue {
    Number(f64),
    Text(String),
}

/// As YAML 1.2 reads the value: a plain number is a number, anything
/// quoted is text (`"3"` too), so the schema and `touchmap check` agree.
impl<'de> Deserialize<'de> for MeasureValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = MeasureValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number or a text")
            }
            fn visit_i64<E>(self, v: i64) -> Result<MeasureValue, E> {
                Ok(MeasureValue::Number(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<MeasureValue, E> {
                Ok(MeasureValue::Number(v as f64))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<MeasureValue, E> {
                if v.is_finite() {
                    Ok(MeasureValue::Number(v))
                } else {
                    Err(E::custom("a number must be finite"))
                }
            }
            fn visit_str<E>(self, v: &str) -> Result<MeasureValue, E> {
                Ok(MeasureValue::Text(v.to_string()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<MeasureValue, E> {
                Ok(MeasureValue::Text(v.to_string()))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<MeasureValue, E> {
                Err(E::custom("this value is empty: write a number or a text"))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                _: A,
            ) -> Result<MeasureValue, A::Error> {
                Err(serde::de::Error::custom(
                    "expected a number or a text here, not a list",
                ))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                _: A,
            ) -> Result<MeasureValue, A::Error> {
                Err(serde::de::Error::custom(
                    "expected a number or a text here, not a mapping",
                ))
            }
        }
        deserializer.deserialize_any(V)
    }
}

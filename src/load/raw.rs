//! The map files as written: one struct per YAML shape, every field as the
//! user spells it (see `map-format.md` §2). Nothing here is validated beyond
//! types; ids and references stay strings with their positions so that the
//! model can report a bad one at the exact place.
//!
//! These structs also generate the JSON Schema (`touchmap schema`), so their
//! doc comments are what an editor shows on hover.

pub use super::emotion::RawTouchpointEmotion;
pub use super::kpi::{Direction, KpiKind, KpiSource, MeasureValue, RawKpi, RawMeasurement};
use super::located::At;
pub use super::opportunity::{RawOpportunity, RawScoredOpportunity};
pub use super::profile::RawProfile;
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

/// What an id may be (map-format §3), for editors; `model::is_valid_id`
/// is the same rule for `touchmap check`.
pub const ID_PATTERN: &str = "^[a-z0-9][a-z0-9_-]*$";

/// A date as `YYYY-MM` or `YYYY-MM-DD`; check also tests the calendar.
pub const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$";

/// Value scores are 0 to 5: the schema of a [`ScoreMap`] says so for every key.
fn score_values(schema: &mut schemars::Schema) {
    if let Some(values) = schema
        .get_mut("additionalProperties")
        .and_then(|v| v.as_object_mut())
    {
        values.insert("minimum".into(), 0.into());
        values.insert("maximum".into(), 5.into());
    }
}

/// A list of ids, each with its position.
pub type IdList = Vec<At<String>>;

/// Scores keyed by value-component id, e.g. `{price: 3, service: 5}`.
pub type ScoreMap = BTreeMap<At<String>, At<i64>>;

/// One map file. Every YAML file of a map is a mapping of these sections; a
/// team may keep its part of the map in a file of its own.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(title = "touchmap map file")]
pub struct MapFile {
    /// Site settings; only in `touchmap.yaml`.
    pub site: Option<At<RawSite>>,
    /// The customer-lifecycle stages, in order (default: awareness,
    /// consideration, decision, post-purchase, retention).
    pub stages: Vec<At<RawStage>>,
    /// The contact channels, in order.
    pub channels: Vec<At<RawChannel>>,
    pub personas: Vec<At<RawPersona>>,
    pub value_proposition: Option<At<RawValueProposition>>,
    pub touchpoints: Vec<At<RawTouchpoint>>,
    pub kpis: Vec<At<RawKpi>>,
    pub competitors: Vec<At<RawCompetitor>>,
    pub benefits: Vec<At<RawBenefit>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Site")]
pub struct RawSite {
    /// The site's title, shown in every page header.
    #[schemars(length(min = 1))]
    pub title: At<String>,
    pub brand: Option<String>,
    pub description: Option<String>,
    /// BCP 47 language tag of the content, e.g. `en` or `nl-BE` (default `en`).
    pub language: Option<At<String>>,
    /// Path the site is served under, e.g. `/my-repo/` for a GitHub Pages
    /// project site (default `/`).
    pub base_url: Option<At<String>>,
    #[serde(default)]
    pub brand_values: Vec<At<RawBrandValue>>,
    #[serde(default)]
    pub limits: RawLimits,
    pub positioning: Option<At<RawPositioning>>,
    /// Output folder of `touchmap build`, relative to the map (default `public`).
    pub output: Option<At<String>>,
    /// Publish the files notes link to exactly as they are, including web
    /// pages (HTML), XML, scripts and SVG images with their scripts: these
    /// run on the site as if they were part of it, so set this only if you
    /// trust every such file anyone adds to the map (default `false`: they
    /// are refused, and SVG images are published with their scripts removed).
    pub allow_scripts_in_attachments: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "BrandValue")]
pub struct RawBrandValue {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: At<String>,
    pub name: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(rename = "Limits")]
pub struct RawLimits {
    /// A stage with more touchpoints than this is flagged as overloaded (default 8).
    #[schemars(range(min = 1, max = 10000))]
    pub max_touchpoints_per_stage: Option<At<i64>>,
}

/// The two value components used as the axes of the competitor positioning map.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Positioning")]
pub struct RawPositioning {
    pub x: At<String>,
    pub y: At<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Stage")]
pub struct RawStage {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: At<String>,
    pub name: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChannelMode {
    Analog,
    Digital,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Channel")]
pub struct RawChannel {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: At<String>,
    pub name: Option<String>,
    /// `analog` (phone, SMS, fax, store, …) or `digital` (e-mail, website, chat, app, social, …).
    pub mode: ChannelMode,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Persona")]
pub struct RawPersona {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: At<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    /// A picture of the persona for the persona's card: an image file
    /// (`.png`, `.jpg`, `.webp`, `.svg`, …) in the map folder, by its path
    /// from the map folder, e.g. `images/nina.jpg`. Published with the site.
    pub photo: Option<At<String>>,
    /// What the persona would say, in their own words; the card shows it as
    /// a quote.
    pub quote: Option<String>,
    /// What the persona wants to achieve, one text each.
    #[serde(default)]
    pub goals: Vec<String>,
    /// A short profile, shown on the card in the order written:
    /// `age: 29`, `occupation: UX designer`, `lives in: Utrecht`.
    #[serde(default)]
    pub profile: RawProfile,
    #[serde(default)]
    pub jobs: Vec<At<RawJob>>,
    #[serde(default)]
    pub pains: Vec<At<RawPain>>,
    #[serde(default)]
    pub gains: Vec<At<RawGain>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Job")]
pub struct RawJob {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: At<String>,
    pub text: String,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Pain")]
pub struct RawPain {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: At<String>,
    pub text: String,
    /// 1 (mild) to 3 (severe).
    #[schemars(range(min = 1, max = 3))]
    pub severity: Option<At<i64>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Gain")]
pub struct RawGain {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: At<String>,
    pub text: String,
    /// 1 (nice to have) to 3 (essential).
    #[schemars(range(min = 1, max = 3))]
    pub importance: Option<At<i64>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(rename = "ValueProposition")]
pub struct RawValueProposition {
    /// The value components (default: price, service, personalization, proximity).
    pub components: Vec<At<RawComponent>>,
    pub products: Vec<String>,
    pub pain_relievers: Vec<At<RawReliever>>,
    pub gain_creators: Vec<At<RawCreator>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Component")]
pub struct RawComponent {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: At<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    /// The stages where this component matters most.
    #[serde(default)]
    pub emphasis: IdList,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Reliever")]
pub struct RawReliever {
    pub text: String,
    /// Ids of persona pains this relieves.
    #[serde(default)]
    pub relieves: IdList,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Creator")]
pub struct RawCreator {
    pub text: String,
    /// Ids of persona gains this creates.
    #[serde(default)]
    pub creates: IdList,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Control {
    /// Paid or owned: campaigns, the website, the store.
    #[default]
    Managed,
    /// Blogs, forums, reviews, word of mouth.
    Spontaneous,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    /// One of the few touchpoints to use to the full.
    Key,
    #[default]
    Supporting,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// As-is.
    #[default]
    Current,
    /// To-be.
    Planned,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Evidence {
    #[default]
    Assumed,
    Partial,
    Researched,
}

#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Deserialize,
    JsonSchema,
    serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum RiskSeverity {
    Low,
    #[default]
    Medium,
    High,
}

/// How likely a risk is to happen; with its severity it places the risk in
/// the risk matrix of the insights page.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    JsonSchema,
    serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Likelihood {
    Low,
    Medium,
    High,
}

/// Where an opportunity stands, from a first idea to done.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    JsonSchema,
    serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum OpportunityStatus {
    #[default]
    Idea,
    Planned,
    InProgress,
    Done,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Touchpoint")]
pub struct RawTouchpoint {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: At<String>,
    pub name: String,
    /// Stage id: the touchpoint's column on the map.
    pub stage: At<String>,
    /// Channel id: the touchpoint's row on the map.
    pub channel: At<String>,
    /// Persona ids (default: all personas).
    pub personas: Option<IdList>,
    #[serde(default)]
    pub control: Control,
    #[serde(default)]
    pub priority: Priority,
    #[serde(default)]
    pub state: State,
    /// Team or person responsible.
    pub owner: Option<String>,
    /// Markdown.
    pub description: Option<String>,
    /// Product or service characteristics the customer meets here.
    pub product: Option<String>,
    pub interaction: Option<String>,
    pub communication: Option<String>,
    /// How it feels: `{score, label}` for everyone, or one such mapping
    /// per persona id (`{new-runner: {score: -1}, marathoner: {score: 1}}`).
    pub emotion: Option<At<RawTouchpointEmotion>>,
    /// What the customer thinks here.
    pub perception: Option<String>,
    /// How strongly this touchpoint conveys each value component, 0 to 5.
    #[serde(default)]
    #[schemars(transform = score_values)]
    pub value: ScoreMap,
    #[serde(default)]
    pub pains: Vec<String>,
    /// Ideas to improve it: a text each, or `{text, impact, effort, status,
    /// owner}` to give it a priority.
    #[serde(default)]
    pub opportunities: Vec<At<RawOpportunity>>,
    #[serde(default)]
    pub risks: Vec<At<RawRisk>>,
    #[serde(default)]
    pub brand_values: RawBrandAlignment,
    #[serde(default)]
    pub competitors: Vec<At<RawPractice>>,
    /// KPI ids.
    #[serde(default)]
    pub kpis: IdList,
    #[serde(default)]
    pub evidence: Evidence,
    /// Paths of markdown notes inside the map folder, e.g. `notes/checkout.md`.
    #[serde(default)]
    pub notes: IdList,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Emotion")]
pub struct RawEmotion {
    /// -2 (very negative) to 2 (very positive).
    #[schemars(range(min = -2, max = 2))]
    pub score: At<i64>,
    pub label: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Risk")]
pub struct RawRisk {
    pub text: At<String>,
    #[serde(default)]
    pub severity: RiskSeverity,
    /// How likely it is to happen: `low`, `medium` or `high`.
    pub likelihood: Option<Likelihood>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(rename = "BrandAlignment")]
pub struct RawBrandAlignment {
    /// Brand-value ids this touchpoint expresses.
    pub aligned: IdList,
    /// Brand-value ids this touchpoint works against.
    pub conflicts: IdList,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Practice")]
pub struct RawPractice {
    /// Competitor id.
    pub competitor: At<String>,
    /// What the competitor does at this touchpoint.
    pub practice: Option<String>,
    /// How we differ.
    pub differentiation: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Competitor")]
pub struct RawCompetitor {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: At<String>,
    pub name: String,
    pub description: Option<String>,
    pub website: Option<String>,
    /// Channel ids where this competitor is present.
    #[serde(default)]
    pub channels: IdList,
    /// How strongly the competitor conveys each value component, 0 to 5.
    #[serde(default)]
    #[schemars(transform = score_values)]
    pub value: ScoreMap,
    #[serde(default)]
    pub strengths: Vec<String>,
    #[serde(default)]
    pub weaknesses: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Benefit")]
pub struct RawBenefit {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: At<String>,
    pub name: String,
    pub description: Option<String>,
    #[serde(default)]
    pub touchpoints: IdList,
    #[serde(default)]
    pub kpis: IdList,
}

/// The optional front matter of a markdown note.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct NoteFrontMatter {
    pub title: Option<String>,
    pub touchpoints: IdList,
    pub competitors: IdList,
    pub kpis: IdList,
    pub tags: Vec<String>,
}

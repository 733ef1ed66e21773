//! Step 2 of the pipeline: **model**. The map after validation: every id is
//! unique and well-formed, every reference points at something that exists,
//! scores are in range and defaults are applied. Later steps can index
//! without checking. The model serialises to `map.json` and feeds templates,
//! so its field names follow the map format.

mod base_url;
mod ids;
mod resolve;

pub use base_url::{BASE_URL_FORMS, BaseUrl, normalise_base_url, parse_base_url, url_origin};
pub use ids::{Ref, is_valid_id};
pub use resolve::{normalise_inside, note_slug, note_title, resolve, resolve_note_path};

use crate::diagnostics::Location;
use crate::load::Sources;
pub use crate::load::raw::{
    ChannelMode, Control, Direction, Evidence, KpiKind, KpiSource, MeasureValue, Priority,
    RiskSeverity, State,
};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

/// The validated map.
#[derive(Debug, Clone, Serialize)]
pub struct Model {
    pub site: Site,
    pub stages: Vec<Stage>,
    pub channels: Vec<Channel>,
    pub personas: Vec<Persona>,
    pub value_proposition: ValueProposition,
    pub touchpoints: Vec<Touchpoint>,
    pub kpis: Vec<Kpi>,
    pub competitors: Vec<Competitor>,
    pub benefits: Vec<Benefit>,
    pub notes: Vec<Note>,
    /// Whether stages came from the map or are the defaults.
    #[serde(skip)]
    pub default_stages: bool,
    #[serde(skip)]
    pub index: Index,
    #[serde(skip)]
    pub root: PathBuf,
    #[serde(skip)]
    pub sources: Sources,
    /// The map's template overrides and static files (see `load::RawMap`).
    #[serde(skip)]
    pub templates: BTreeMap<String, String>,
    #[serde(skip)]
    pub static_files: Vec<(String, PathBuf)>,
}

/// Position of each entity in its list, by id, so lookups are O(1).
#[derive(Debug, Clone, Default)]
pub struct Index {
    pub stages: HashMap<String, usize>,
    pub channels: HashMap<String, usize>,
    pub personas: HashMap<String, usize>,
    pub components: HashMap<String, usize>,
    pub touchpoints: HashMap<String, usize>,
    pub kpis: HashMap<String, usize>,
    pub competitors: HashMap<String, usize>,
    pub benefits: HashMap<String, usize>,
    pub notes: HashMap<String, usize>,
    pub brand_values: HashMap<String, usize>,
    /// Pain id -> (persona, position among its pains); ids are unique
    /// across the map.
    pub pains: HashMap<String, (usize, usize)>,
    /// Gain id -> (persona, position among its gains).
    pub gains: HashMap<String, (usize, usize)>,
}

impl Model {
    /// The pain `id` and the persona it belongs to.
    pub fn pain(&self, id: &str) -> Option<(&Persona, &Pain)> {
        let &(p, i) = self.index.pains.get(id)?;
        let persona = &self.personas[p];
        Some((persona, &persona.pains[i]))
    }

    /// The gain `id` and the persona it belongs to.
    pub fn gain(&self, id: &str) -> Option<(&Persona, &Gain)> {
        let &(p, i) = self.index.gains.get(id)?;
        let persona = &self.personas[p];
        Some((persona, &persona.gains[i]))
    }

    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.index.stages.get(id).map(|&i| &self.stages[i])
    }
    pub fn channel(&self, id: &str) -> Option<&Channel> {
        self.index.channels.get(id).map(|&i| &self.channels[i])
    }
    pub fn persona(&self, id: &str) -> Option<&Persona> {
        self.index.personas.get(id).map(|&i| &self.personas[i])
    }
    pub fn touchpoint(&self, id: &str) -> Option<&Touchpoint> {
        self.index
            .touchpoints
            .get(id)
            .map(|&i| &self.touchpoints[i])
    }
    pub fn kpi(&self, id: &str) -> Option<&Kpi> {
        self.index.kpis.get(id).map(|&i| &self.kpis[i])
    }
    pub fn competitor(&self, id: &str) -> Option<&Competitor> {
        self.index
            .competitors
            .get(id)
            .map(|&i| &self.competitors[i])
    }
    pub fn note(&self, id: &str) -> Option<&Note> {
        self.index.notes.get(id).map(|&i| &self.notes[i])
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Site {
    pub title: String,
    pub brand: Option<String>,
    pub description: Option<String>,
    pub language: String,
    /// Always starts and ends with `/`.
    pub base_url: String,
    /// Scheme and host when `base_url` was given as a full address
    /// (`https://acme.github.io`), for the sitemap's absolute addresses.
    pub url_origin: Option<String>,
    pub brand_values: Vec<BrandValue>,
    pub max_touchpoints_per_stage: usize,
    pub positioning: Positioning,
    /// Output folder, relative to the map folder.
    pub output: String,
    /// Whether attachments a browser would run (HTML, XML, scripts) are
    /// published, and SVG images as they are (`site.allow_scripts_in_attachments`).
    #[serde(skip)]
    pub allow_scripts_in_attachments: bool,
    #[serde(skip)]
    pub origin: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct BrandValue {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Positioning {
    pub x: String,
    pub y: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Stage {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    #[serde(skip)]
    pub origin: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Channel {
    pub id: String,
    pub name: String,
    pub mode: ChannelMode,
    pub description: Option<String>,
    #[serde(skip)]
    pub origin: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Persona {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub jobs: Vec<Job>,
    pub pains: Vec<Pain>,
    pub gains: Vec<Gain>,
    #[serde(skip)]
    pub origin: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Job {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Pain {
    pub id: String,
    pub text: String,
    /// 1 to 3.
    pub severity: Option<u8>,
    #[serde(skip)]
    pub origin: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Gain {
    pub id: String,
    pub text: String,
    /// 1 to 3.
    pub importance: Option<u8>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ValueProposition {
    pub components: Vec<Component>,
    pub products: Vec<String>,
    pub pain_relievers: Vec<Reliever>,
    pub gain_creators: Vec<Creator>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Component {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub emphasis: Vec<Ref>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Reliever {
    pub text: String,
    pub relieves: Vec<Ref>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Creator {
    pub text: String,
    pub creates: Vec<Ref>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Touchpoint {
    pub id: String,
    pub name: String,
    pub stage: Ref,
    pub channel: Ref,
    /// The personas this touchpoint serves: as listed, or all when omitted.
    pub personas: Vec<Ref>,
    /// True when `personas` was omitted and so means "everyone".
    pub all_personas: bool,
    pub control: Control,
    pub priority: Priority,
    pub state: State,
    pub owner: Option<String>,
    pub description: Option<String>,
    pub product: Option<String>,
    pub interaction: Option<String>,
    pub communication: Option<String>,
    pub emotion: Option<Emotion>,
    pub perception: Option<String>,
    /// Component id -> 0..5, only the components the map gives.
    pub value: BTreeMap<String, u8>,
    pub pains: Vec<String>,
    pub opportunities: Vec<String>,
    pub risks: Vec<Risk>,
    pub brand_values: BrandAlignment,
    pub competitors: Vec<Practice>,
    pub kpis: Vec<Ref>,
    pub evidence: Evidence,
    /// Note ids (paths relative to the map folder).
    pub notes: Vec<Ref>,
    #[serde(skip)]
    pub origin: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Emotion {
    /// -2 to 2.
    pub score: i8,
    pub label: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Risk {
    pub text: String,
    pub severity: RiskSeverity,
    #[serde(skip)]
    pub origin: Location,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct BrandAlignment {
    pub aligned: Vec<Ref>,
    pub conflicts: Vec<Ref>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Practice {
    pub competitor: Ref,
    pub practice: Option<String>,
    pub differentiation: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Kpi {
    pub id: String,
    pub name: String,
    pub kind: KpiKind,
    pub description: Option<String>,
    pub unit: Option<String>,
    pub direction: Direction,
    pub baseline: Option<MeasureValue>,
    /// A number to compare the latest value with; qualitative KPIs may state
    /// their target as text, which gives no status.
    pub target: Option<MeasureValue>,
    pub source: Option<KpiSource>,
    pub owner: Option<String>,
    /// Sorted by date, from `measurements` or the `series` file.
    pub measurements: Vec<Measurement>,
    /// The series file, when the measurements came from one.
    pub series: Option<String>,
    #[serde(skip)]
    pub origin: Location,
}

impl Kpi {
    /// The measured numbers, oldest first; measurements in words left out.
    pub fn numbers(&self) -> Vec<f64> {
        self.measurements
            .iter()
            .filter_map(|m| match m.value {
                MeasureValue::Number(n) => Some(n),
                MeasureValue::Text(_) => None,
            })
            .collect()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Measurement {
    /// `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    pub value: MeasureValue,
}

#[derive(Debug, Clone, Serialize)]
pub struct Competitor {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub website: Option<String>,
    pub channels: Vec<Ref>,
    pub value: BTreeMap<String, u8>,
    pub strengths: Vec<String>,
    pub weaknesses: Vec<String>,
    #[serde(skip)]
    pub origin: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Benefit {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub touchpoints: Vec<Ref>,
    pub kpis: Vec<Ref>,
    #[serde(skip)]
    pub origin: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Note {
    /// The note's path relative to the map folder, e.g. `notes/research/a.md`.
    pub id: String,
    /// The page path below `notes/`: `notes/research/a.md` -> `research/a`.
    pub slug: String,
    pub title: String,
    pub touchpoints: Vec<Ref>,
    pub competitors: Vec<Ref>,
    pub kpis: Vec<Ref>,
    pub tags: Vec<String>,
    /// Markdown body (front matter removed).
    #[serde(skip)]
    pub body: String,
    #[serde(skip)]
    pub body_line_offset: u32,
}

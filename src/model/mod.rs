//! Step 2 of the pipeline: **model**. The map after validation: every id is
//! unique and well-formed, every reference points at something that exists,
//! scores are in range and defaults are applied. Later steps can index
//! without checking. The model serialises to `map.json` and feeds templates,
//! so its field names follow the map format.

mod base_url;
mod ids;
mod opportunity;
mod persona;
mod resolve;

pub use base_url::{BASE_URL_FORMS, BaseUrl, normalise_base_url, parse_base_url, url_origin};
pub use ids::{Ref, is_valid_id};
pub use opportunity::Opportunity;
pub use persona::{Gain, Job, PHOTO_ENDINGS, Pain, Persona, Photo};
pub use resolve::{normalise_inside, note_slug, note_title, resolve, resolve_note_path};

use crate::diagnostics::Location;
use crate::load::Sources;
pub use crate::load::raw::{
    ChannelMode, Control, Direction, Evidence, KpiKind, KpiSource, Likelihood, MeasureValue,
    OpportunityStatus, Priority, RiskSeverity, State,
};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

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
    /// The words of the site, in `site.language`, with the map's own
    /// `i18n/` messages over the theme's.
    #[serde(skip)]
    pub words: crate::i18n::Catalog,
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
    /// How it feels, for everyone or per persona; read it through
    /// [`Touchpoint::emotion_for`] and [`Touchpoint::overall_emotion`].
    pub emotion: Option<TouchpointEmotion>,
    pub perception: Option<String>,
    /// Component id -> 0..5, only the components the map gives.
    pub value: BTreeMap<String, u8>,
    pub pains: Vec<String>,
    pub opportunities: Vec<Opportunity>,
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

impl Touchpoint {
    /// How `persona_id` feels here: the persona's own emotion, else the one
    /// for everyone, else none. A persona the touchpoint does not serve
    /// still gets the one for everyone: callers choose whom to ask.
    pub fn emotion_for(&self, persona_id: &str) -> Option<&Emotion> {
        match self.emotion.as_ref()? {
            TouchpointEmotion::Everyone(e) => Some(e),
            TouchpointEmotion::PerPersona(each) => each
                .iter()
                .find(|p| p.persona.id == persona_id)
                .map(|p| &p.emotion),
        }
    }

    /// One emotion for the touchpoint as a whole: the one for everyone, or
    /// the mean of the personas' scores rounded half away from zero, with no
    /// label (no persona's word fits the mean). Views with no persona chosen
    /// (the map's colours, the stage means, the weakest touchpoints) need
    /// one figure per touchpoint.
    pub fn overall_emotion(&self) -> Option<Emotion> {
        match self.emotion.as_ref()? {
            TouchpointEmotion::Everyone(e) => Some(e.clone()),
            TouchpointEmotion::PerPersona(each) if each.is_empty() => None,
            TouchpointEmotion::PerPersona(each) => {
                let sum: i32 = each.iter().map(|p| i32::from(p.emotion.score)).sum();
                let mean = f64::from(sum) / each.len() as f64;
                Some(Emotion {
                    // f64::round rounds half away from zero; the mean of
                    // scores in -2..2 stays in it.
                    score: mean.round() as i8,
                    label: None,
                })
            }
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Emotion {
    /// -2 to 2.
    pub score: i8,
    pub label: Option<String>,
}

/// A touchpoint's emotion as the map gives it. It serialises as written
/// (`{score, label}`, or persona id -> `{score, label}`), so `map.json`
/// carries what the author wrote.
#[derive(Debug, Clone)]
pub enum TouchpointEmotion {
    /// How everyone who meets the touchpoint feels.
    Everyone(Emotion),
    /// How each persona listed feels, in the order written; a persona not
    /// listed has no emotion here.
    PerPersona(Vec<PersonaEmotion>),
}

/// One persona's emotion at a touchpoint.
#[derive(Debug, Clone)]
pub struct PersonaEmotion {
    /// The persona, and where its id is written under `emotion:`.
    pub persona: Ref,
    pub emotion: Emotion,
}

impl Serialize for TouchpointEmotion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            TouchpointEmotion::Everyone(e) => e.serialize(serializer),
            TouchpointEmotion::PerPersona(each) => {
                let mut map = serializer.serialize_map(Some(each.len()))?;
                for p in each {
                    map.serialize_entry(&p.persona.id, &p.emotion)?;
                }
                map.end()
            }
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Risk {
    pub text: String,
    pub severity: RiskSeverity,
    pub likelihood: Option<Likelihood>,
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

    /// The target when it is a number: what a chart can draw a line at.
    pub fn target_number(&self) -> Option<f64> {
        match self.target {
            Some(MeasureValue::Number(t)) => Some(t),
            _ => None,
        }
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
    pub body: Arc<str>,
    /// The links and images of the body, as written.
    #[serde(skip)]
    pub links: Arc<[crate::load::links::Ref]>,
    #[serde(skip)]
    pub body_line_offset: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emotion(score: i8, label: Option<&str>) -> Emotion {
        Emotion {
            score,
            label: label.map(String::from),
        }
    }

    /// A touchpoint of the example map with `emotion` instead of its own.
    fn with(emotion: Option<TouchpointEmotion>) -> Touchpoint {
        let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map");
        let mut t = crate::pipeline::analyse_map(&map)
            .unwrap()
            .model
            .touchpoints[0]
            .clone();
        t.emotion = emotion;
        t
    }

    fn per_persona(scores: &[(&str, i8, Option<&str>)]) -> Option<TouchpointEmotion> {
        Some(TouchpointEmotion::PerPersona(
            scores
                .iter()
                .map(|&(id, score, label)| PersonaEmotion {
                    persona: Ref {
                        id: id.into(),
                        at: Location::new("t.yaml", 1, 1),
                    },
                    emotion: emotion(score, label),
                })
                .collect(),
        ))
    }

    fn shown(e: Option<&Emotion>) -> Option<(i8, Option<&str>)> {
        e.map(|e| (e.score, e.label.as_deref()))
    }

    #[test]
    fn a_persona_gets_its_own_emotion_else_the_one_for_everyone() {
        let t = with(per_persona(&[
            ("new-runner", -2, Some("Frustrated")),
            ("marathoner", -1, None),
        ]));
        assert_eq!(
            shown(t.emotion_for("new-runner")),
            Some((-2, Some("Frustrated")))
        );
        assert_eq!(shown(t.emotion_for("marathoner")), Some((-1, None)));
        assert_eq!(shown(t.emotion_for("someone-else")), None);

        let t = with(Some(TouchpointEmotion::Everyone(emotion(1, Some("Calm")))));
        assert_eq!(shown(t.emotion_for("new-runner")), Some((1, Some("Calm"))));
        assert_eq!(shown(t.emotion_for("anyone")), Some((1, Some("Calm"))));
        assert_eq!(shown(with(None).emotion_for("new-runner")), None);
    }

    #[test]
    fn the_overall_emotion_is_the_rounded_mean_of_the_personas() {
        let overall = |scores: &[(&str, i8, Option<&str>)]| {
            let t = with(per_persona(scores));
            t.overall_emotion().map(|e| (e.score, e.label))
        };
        assert_eq!(
            overall(&[("a", -2, Some("Frustrated")), ("b", 0, None)]),
            Some((-1, None))
        );
        // Half away from zero, on both sides.
        assert_eq!(
            overall(&[("a", -2, None), ("b", -1, None)]),
            Some((-2, None))
        );
        assert_eq!(overall(&[("a", 2, None), ("b", 1, None)]), Some((2, None)));
        assert_eq!(overall(&[("a", 1, None), ("b", 0, None)]), Some((1, None)));
        assert_eq!(
            overall(&[("a", 1, None), ("b", 0, None), ("c", 0, None)]),
            Some((0, None))
        );
        assert_eq!(overall(&[]), None);

        let t = with(Some(TouchpointEmotion::Everyone(emotion(
            -1,
            Some("Rushed"),
        ))));
        let e = t.overall_emotion().unwrap();
        assert_eq!((e.score, e.label.as_deref()), (-1, Some("Rushed")));
        assert!(with(None).overall_emotion().is_none());
    }

    #[test]
    fn an_emotion_serialises_as_it_was_written() {
        let each = per_persona(&[("nina", -1, Some("Anxious")), ("marco", 1, None)]);
        assert_eq!(
            serde_json::to_value(&each).unwrap(),
            serde_json::json!({"nina": {"score": -1, "label": "Anxious"}, "marco": {"score": 1, "label": null}})
        );
        let one = TouchpointEmotion::Everyone(emotion(0, None));
        assert_eq!(
            serde_json::to_value(&one).unwrap(),
            serde_json::json!({"score": 0, "label": null})
        );
    }
}

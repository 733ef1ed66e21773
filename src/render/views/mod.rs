//! View models: for each page, the template to use and the data it shows,
//! prepared here so templates stay simple loops and a user's overriding
//! template gets the same ready-made data. Every address comes from [`Urls`].

mod changes;
mod entities;
mod overview;
mod pager;
pub mod value;

use super::markdown;
use super::urls::Urls;
use crate::analyse::Analysed;
use crate::analyse::links::source_path;
use crate::analyse::{Analysis, KpiStatus};
use crate::diagnostics::Location;
pub(crate) use crate::format::{fmt_num, round1};
use crate::i18n::Catalog;
use crate::model::{
    ChannelMode, Control, Emotion, Model, Priority, State, Touchpoint, TouchpointEmotion,
};
pub use crate::site::{Page, Section};
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;
use value::{Value, tv};

/// One page to render.
#[derive(Debug, Clone)]
pub struct PageSpec {
    /// Address below the base, e.g. `touchpoints/checkout/`.
    pub path: String,
    pub template: &'static str,
    pub title: String,
    /// Breadcrumb trail above the title: `(title, url)`.
    pub crumbs: Vec<(String, String)>,
    /// Which top navigation entry is current (none on the 404 page).
    pub section: Option<Section>,
    pub data: Value,
}

/// What the views need: the model, the analysis and precomputed pieces.
pub struct Ctx<'a> {
    pub model: &'a Model,
    pub analysis: &'a Analysis,
    pub urls: &'a Urls,
    /// A summary of every touchpoint, in model order (see [`card`]),
    /// built on first use.
    pub cards: Cards<'a>,
    /// The run's warnings (a map with errors is never rendered).
    pub findings: &'a crate::diagnostics::Findings,
    /// The comparison of `build --since`, for the "What changed" page.
    pub changes: Option<&'a crate::diff::Changes>,
    lists: OnceLock<Lists>,
    lane_cards: OnceLock<Vec<Value>>,
    own_profile: OnceLock<Vec<Option<f64>>>,
    addressed: OnceLock<(Addressed<'a>, Addressed<'a>)>,
}

/// Pain or gain id -> the texts of the relievers or creators that address
/// it, in the order they are written.
pub type Addressed<'a> = HashMap<&'a str, Vec<&'a str>>;

/// Touchpoints grouped by what they refer to, each group in journey order,
/// so that a page lists its touchpoints without scanning them all.
pub struct Lists {
    /// Per KPI, the touchpoints measured by it.
    pub kpi: Vec<Vec<usize>>,
    /// Per persona, the touchpoints that serve it.
    pub persona: Vec<Vec<usize>>,
    /// Per competitor, the touchpoints where it is present.
    pub competitor: Vec<Vec<usize>>,
    /// Touchpoint index -> its `(stage, channel)` cell.
    pub cell: Vec<(usize, usize)>,
    /// Touchpoint index -> its position in the journey order.
    pub position: Vec<usize>,
}

/// The cards of all touchpoints, built (in parallel) the first time one is
/// read: a rebuild that renders only a note never builds them.
pub struct Cards<'a> {
    model: &'a Model,
    analysis: &'a Analysis,
    urls: &'a Urls,
    all: OnceLock<Vec<Value>>,
}

impl Cards<'_> {
    pub fn all(&self) -> &[Value] {
        self.all.get_or_init(|| {
            (0..self.model.touchpoints.len())
                .into_par_iter()
                .map(|i| card(self.model, self.analysis, self.urls, i))
                .collect()
        })
    }
}

impl std::ops::Index<usize> for Cards<'_> {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        &self.all()[i]
    }
}

impl<'a> Ctx<'a> {
    pub fn new(
        analysed: &'a Analysed,
        urls: &'a Urls,
        changes: Option<&'a crate::diff::Changes>,
    ) -> Self {
        Ctx {
            model: &analysed.model,
            analysis: &analysed.analysis,
            urls,
            cards: Cards {
                model: &analysed.model,
                analysis: &analysed.analysis,
                urls,
                all: OnceLock::new(),
            },
            findings: &analysed.findings,
            changes,
            lists: OnceLock::new(),
            lane_cards: OnceLock::new(),
            own_profile: OnceLock::new(),
            addressed: OnceLock::new(),
        }
    }

    /// Each touchpoint's card in the journey's lanes, built on first use.
    pub fn lane_cards(&self) -> &[Value] {
        self.lane_cards.get_or_init(|| {
            (0..self.model.touchpoints.len())
                .into_par_iter()
                .map(|i| overview::lane_card(self, i))
                .collect()
        })
    }

    /// Our mean score per value component (see `entities::own_profile`),
    /// computed on first use: every competitor page shows it.
    pub fn own_profile(&self) -> &[Option<f64>] {
        self.own_profile
            .get_or_init(|| entities::own_profile(self.model))
    }

    /// What the value proposition does for each pain and each gain, worked
    /// out once for all persona pages (a map with many personas has many
    /// relievers; each page reading them all was quadratic).
    pub fn addressed(&self) -> &(Addressed<'a>, Addressed<'a>) {
        self.addressed.get_or_init(|| {
            let vp = &self.model.value_proposition;
            let mut relieved: Addressed = HashMap::new();
            for r in &vp.pain_relievers {
                for p in &r.relieves {
                    relieved
                        .entry(p.id.as_str())
                        .or_default()
                        .push(r.text.as_str());
                }
            }
            let mut created: Addressed = HashMap::new();
            for c in &vp.gain_creators {
                for g in &c.creates {
                    created
                        .entry(g.id.as_str())
                        .or_default()
                        .push(c.text.as_str());
                }
            }
            (relieved, created)
        })
    }

    /// The card of touchpoint `i`, to put into a page's data. Cards are
    /// built once and shared, not copied: the aggregate pages show every
    /// touchpoint, and copying each card into each of them was most of the
    /// cost of a large build. Before they are built (a page rendered on
    /// request as the site starts rendering, a note's page after an edit)
    /// the card is made alone, rather than all of them first.
    pub fn card(&self, i: usize) -> Value {
        match self.cards.all.get() {
            Some(all) => all[i].clone(),
            None => card(self.model, self.analysis, self.urls, i),
        }
    }

    /// The posters, pictures of their own for a slide deck: `map.svg` and
    /// each persona's `journey-ID.svg`, as `(path, SVG)`.
    pub fn posters(&self) -> Vec<(String, Vec<u8>)> {
        overview::posters(self)
    }

    /// The touchpoint lists, computed on first use.
    pub fn lists(&self) -> &Lists {
        self.lists.get_or_init(|| {
            let m = self.model;
            let mut lists = Lists {
                kpi: vec![Vec::new(); m.kpis.len()],
                persona: vec![Vec::new(); m.personas.len()],
                competitor: vec![Vec::new(); m.competitors.len()],
                cell: vec![(0, 0); m.touchpoints.len()],
                position: vec![0; m.touchpoints.len()],
            };
            for (s, row) in self.analysis.cells.iter().enumerate() {
                for (c, members) in row.iter().enumerate() {
                    for &i in members {
                        lists.cell[i] = (s, c);
                    }
                }
            }
            for (pos, &i) in self.analysis.journey.iter().enumerate() {
                lists.position[i] = pos;
                let t = &m.touchpoints[i];
                // References are de-duplicated by the model: each touchpoint
                // lands once in each list.
                for k in &t.kpis {
                    if let Some(&ki) = m.index.kpis.get(&k.id) {
                        lists.kpi[ki].push(i);
                    }
                }
                for p in &t.personas {
                    if let Some(&pi) = m.index.personas.get(&p.id) {
                        lists.persona[pi].push(i);
                    }
                }
                for p in &t.competitors {
                    // A competitor may be named twice at one touchpoint
                    // (two practices); the list still has the touchpoint once.
                    if let Some(&ci) = m.index.competitors.get(&p.competitor.id)
                        && lists.competitor[ci].last() != Some(&i)
                    {
                        lists.competitor[ci].push(i);
                    }
                }
            }
            lists
        })
    }

    /// Builds the data of `page`; also returns the map files it refers to
    /// (images and attachments of notes, to be copied).
    pub fn page(&self, page: Page) -> (PageSpec, BTreeSet<String>) {
        let none = BTreeSet::new;
        match page {
            Page::Dashboard => (overview::dashboard(self), none()),
            Page::Map => (overview::map(self), none()),
            Page::Journey => (overview::journey(self), none()),
            Page::Value => (overview::value(self), none()),
            Page::Insights => (overview::insights(self), none()),
            Page::Benefits => (overview::benefits(self), none()),
            Page::Search => (overview::search(self), none()),
            Page::TouchpointIndex(n) => (entities::touchpoint_index(self, n), none()),
            Page::StageIndex => (entities::stage_index(self), none()),
            Page::ChannelIndex => (entities::channel_index(self), none()),
            Page::PersonaIndex => (entities::persona_index(self), none()),
            Page::KpiIndex(n) => (entities::kpi_index(self, n), none()),
            Page::CompetitorIndex => (entities::competitor_index(self), none()),
            Page::NoteIndex(n) => (entities::note_index(self, n), none()),
            Page::NotFound => (not_found(self), none()),
            Page::Touchpoint(i) => entities::touchpoint(self, i),
            Page::Stage(i) => (entities::stage(self, i), none()),
            Page::Channel(i) => (entities::channel(self, i), none()),
            Page::Persona(i) => (entities::persona(self, i), none()),
            Page::Kpi(i) => (entities::kpi(self, i), none()),
            Page::Competitor(i) => (entities::competitor(self, i), none()),
            Page::Note(i) => entities::note(self, i),
            Page::Cell(s, c) => (overview::cell(self, s, c), none()),
            Page::Lane(who, s, n) => (overview::lane(self, who, s, n), none()),
            Page::FullList(list, n) => (overview::full_list(self, list, n), none()),
            Page::Changes => match self.changes {
                Some(c) => (changes::changes(self, c), none()),
                None => (not_found(self), none()),
            },
        }
    }
}

/// The trend of KPI `k` (its measured `values`) with its target line: in
/// the KPI tables (the dashboard's, the insights', the KPI list) and on the
/// pages of the touchpoints it measures.
fn sparkline(words: &crate::i18n::Catalog, k: &crate::model::Kpi, values: &[f64]) -> String {
    super::charts::sparkline(
        words,
        &format!("spark-{}", k.id),
        &k.name,
        values,
        k.target_number(),
    )
}

fn not_found(ctx: &Ctx) -> PageSpec {
    PageSpec {
        path: Page::NotFound.path(ctx.model),
        template: "404.html",
        title: ctx.model.words.text("title-not-found"),
        crumbs: vec![],
        section: None,
        data: tv!({ "home": ctx.urls.home(), "search": ctx.urls.to("search/") }),
    }
}

/// CSS class, symbol and the message id of the word of an emotion score,
/// so colour is never the only signal.
fn emotion_parts(score: Option<i8>) -> (&'static str, &'static str, &'static str) {
    match score {
        Some(2) => ("emo-pos2", "++", "emotion-very-positive"),
        Some(1) => ("emo-pos1", "+", "emotion-positive"),
        Some(0) => ("emo-neutral", "±", "emotion-neutral"),
        Some(-1) => ("emo-neg1", "−", "emotion-negative"),
        Some(_) => ("emo-neg2", "−−", "emotion-very-negative"),
        None => ("emo-none", "?", "emotion-not-rated"),
    }
}

/// The word for an emotion score in the map's language ("very negative").
pub fn emotion_word(words: &Catalog, score: Option<i8>) -> String {
    words.text(emotion_parts(score).2)
}

/// An emotion as the templates show it: its class, symbol and word, and
/// its label (the word when it has none).
pub fn emotion_view(words: &Catalog, score: Option<i8>, label: Option<&str>) -> Value {
    let (class, symbol, _) = emotion_parts(score);
    let word = emotion_word(words, score);
    tv!({
        "score": score,
        "signed": score.map(signed_score),
        "label": label.map(str::to_string).unwrap_or_else(|| word.clone()),
        "word": word,
        "class": class,
        "symbol": symbol,
    })
}

/// How an emotion reads in words: its label, or else the word for its
/// score ("very negative").
pub fn emotion_words(words: &Catalog, score: i8, label: Option<&str>) -> String {
    label.map_or_else(|| emotion_word(words, Some(score)), str::to_string)
}

/// A mean score (an emotion's, a touchpoint's strength) as a page prints
/// it, in the map's language: "+0,5", "0,0", "−1,0" (a true minus, as
/// [`signed_score`] and the charts write it).
pub fn signed_mean(ctx: &Ctx, v: f64) -> String {
    ctx.model
        .words
        .numbers()
        .localise(&crate::format::signed1(v))
}

/// An emotion score as a page prints it: "+1", "0", "−2" (a true minus).
pub fn signed_score(score: i8) -> String {
    match score {
        1.. => format!("+{score}"),
        0 => "0".to_string(),
        _ => format!("−{}", score.unsigned_abs()),
    }
}

/// [`emotion_view`] of an emotion, or "not rated".
pub fn emotion_of(words: &Catalog, e: Option<&Emotion>) -> Value {
    emotion_view(
        words,
        e.map(|e| e.score),
        e.and_then(|e| e.label.as_deref()),
    )
}

/// For a touchpoint whose emotion differs by persona, what its card on the
/// map shows with no persona chosen (`all`, the overall emotion) and for
/// each persona it serves (`personas`), as JSON for the card's
/// `data-emotions`: the map colours cards by the persona chosen in its
/// filter. None when one emotion is everyone's: the card shows it already.
fn emotions_data(words: &Catalog, t: &Touchpoint) -> Option<String> {
    let Some(TouchpointEmotion::PerPersona(_)) = &t.emotion else {
        return None;
    };
    let view = |e: Option<&Emotion>| {
        let (class, symbol, _) = emotion_parts(e.map(|e| e.score));
        let word = emotion_word(words, e.map(|e| e.score));
        let label = e.and_then(|e| e.label.as_deref()).unwrap_or(&word);
        serde_json::json!({ "class": class, "symbol": symbol, "word": word, "label": label })
    };
    let personas: serde_json::Map<String, serde_json::Value> = t
        .personas
        .iter()
        .map(|p| (p.id.clone(), view(t.emotion_for(&p.id))))
        .collect();
    let data =
        serde_json::json!({ "all": view(t.overall_emotion().as_ref()), "personas": personas });
    Some(data.to_string())
}

/// CSS class, symbol and the message id of the word of a KPI status.
pub(super) fn status_parts(
    status: Option<KpiStatus>,
) -> (&'static str, &'static str, &'static str) {
    match status {
        Some(KpiStatus::OnTarget) => ("st-on", "✓", "kpi-status-on-target"),
        Some(KpiStatus::OffTarget) => ("st-off", "✗", "kpi-status-off-target"),
        Some(KpiStatus::NoData) => ("st-nodata", "…", "kpi-status-no-data"),
        Some(KpiStatus::NoTarget) => ("st-notarget", "–", "kpi-status-no-target"),
        Some(KpiStatus::NotScored) => ("st-qualitative", "◇", "kpi-status-not-scored"),
        None => ("st-none", "", "kpi-status-none"),
    }
}

/// A KPI status as the templates show it: class, symbol and word.
pub fn status_view(words: &Catalog, status: Option<KpiStatus>) -> Value {
    let (class, symbol, id) = status_parts(status);
    tv!({ "class": class, "symbol": symbol, "label": words.text(id) })
}

/// What a planned touchpoint shows instead of a KPI status: its KPIs do
/// not measure it yet.
pub fn planned_status(words: &Catalog) -> Value {
    tv!({ "class": "st-planned", "symbol": "◌", "label": words.text("kpi-status-planned") })
}

/// The KPI statuses and the planned one by name, for a page that counts
/// them (the dashboard): their symbols are written in [`status_view`] only.
pub fn statuses(words: &Catalog) -> Value {
    tv!({
        "off_target": status_view(words, Some(KpiStatus::OffTarget)),
        "no_data": status_view(words, Some(KpiStatus::NoData)),
        "no_target": status_view(words, Some(KpiStatus::NoTarget)),
        "not_scored": status_view(words, Some(KpiStatus::NotScored)),
        "planned": planned_status(words),
    })
}

/// Value strength 0..5 as a class `val-0` … `val-5` and a label; `score`
/// is the number (for data attributes and classes), `score_text` the same
/// as the map's language writes it.
pub fn strength_view(words: &Catalog, strength: Option<f64>) -> Value {
    match strength {
        Some(s) => {
            let mut args = crate::i18n::Args::new();
            let printed = words.numbers().localise(&format!("{s:.1}"));
            args.set("score", printed);
            tv!({
                "score": round1(s),
                "score_text": words.numbers().localise(&format!("{:?}", round1(s))),
                "class": format!("val-{}", s.round().clamp(0.0, 5.0) as u8),
                "label": words.args("value-strength", &args),
            })
        }
        None => {
            tv!({ "score": null, "score_text": null, "class": "val-none", "label": words.text("value-not-rated") })
        }
    }
}

/// The summary of touchpoint `i` used on the map, in lists and in cards.
fn card(model: &Model, analysis: &Analysis, urls: &Urls, i: usize) -> Value {
    let t = &model.touchpoints[i];
    let fig = &analysis.touchpoints[i];
    let stage = model.stage(&t.stage.id);
    let channel = model.channel(&t.channel.id);
    let mode = channel.map(|c| c.mode).unwrap_or(ChannelMode::Digital);
    let words = &model.words;
    tv!({
        "id": t.id,
        "name": t.name,
        "url": urls.entity("touchpoints", &t.id),
        "stage": { "id": t.stage.id, "name": stage.map(|s| s.name.as_str()).unwrap_or(""), "url": urls.entity("stages", &t.stage.id) },
        "channel": { "id": t.channel.id, "name": channel.map(|c| c.name.as_str()).unwrap_or(""), "url": urls.entity("channels", &t.channel.id) },
        "mode": mode,
        "control": t.control,
        "priority": t.priority,
        "state": t.state,
        "is_key": t.priority == Priority::Key,
        "is_planned": t.state == State::Planned,
        "is_spontaneous": t.control == Control::Spontaneous,
        "personas": t.personas.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        "all_personas": t.all_personas,
        "owner": t.owner,
        "emotion": emotion_of(words, t.overall_emotion().as_ref()),
        "emotions_data": emotions_data(words, t),
        "kpi_status": if t.state == State::Planned { planned_status(words) } else { status_view(words, fig.kpi_status) },
        "value": strength_view(words, fig.value_strength),
        "strength": round1(fig.strength),
        "evidence": t.evidence,
        "risk_count": t.risks.len(),
    })
}

/// A list of `{id, name, url}` links for references of one kind.
pub fn ref_links<'a>(ctx: &Ctx, section: &str, ids: impl Iterator<Item = &'a str>) -> Vec<Value> {
    ids.map(|id| {
        let name = match section {
            "touchpoints" => ctx.model.touchpoint(id).map(|t| t.name.clone()),
            "kpis" => ctx.model.kpi(id).map(|k| k.name.clone()),
            "competitors" => ctx.model.competitor(id).map(|c| c.name.clone()),
            "stages" => ctx.model.stage(id).map(|s| s.name.clone()),
            "channels" => ctx.model.channel(id).map(|c| c.name.clone()),
            "personas" => ctx.model.persona(id).map(|p| p.name.clone()),
            "notes" => ctx.model.note(id).map(|n| n.title.clone()),
            _ => None,
        }
        .unwrap_or_else(|| id.to_string());
        let url = if section == "notes" {
            ctx.urls.note(id)
        } else {
            ctx.urls.entity(section, id)
        };
        tv!({ "id": id, "name": name, "url": url })
    })
    .collect()
}

/// Renders a markdown field of the YAML file `origin` is in (its relative
/// links are relative to that file).
pub fn md(ctx: &Ctx, origin: &Location, text: Option<&str>) -> Option<String> {
    text.map(|t| markdown::render_field(ctx.model, ctx.urls, &source_path(origin), t).html)
}

//! View models: for each page, the template to use and the data it shows,
//! prepared here so templates stay simple loops and a user's overriding
//! template gets the same ready-made data. Every address comes from [`Urls`].

mod changes;
mod entities;
mod overview;

use super::markdown;
use super::urls::Urls;
use crate::analyse::{Analysis, KpiStatus};
use crate::model::{ChannelMode, Control, MeasureValue, Model, Priority, State};
use crate::pipeline::Analysed;
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// One page to render.
#[derive(Debug, Clone)]
pub struct PageSpec {
    /// Address below the base, e.g. `touchpoints/checkout/`.
    pub path: String,
    pub template: &'static str,
    pub title: String,
    /// Breadcrumb trail above the title: `(title, url)`.
    pub crumbs: Vec<(String, String)>,
    /// Which top navigation entry is current.
    pub section: &'static str,
    pub data: Value,
}

/// What the views need: the model, the analysis and precomputed pieces.
pub struct Ctx<'a> {
    pub model: &'a Model,
    pub analysis: &'a Analysis,
    pub urls: &'a Urls,
    /// A summary of every touchpoint, in model order (see [`card`]).
    pub cards: Vec<Value>,
    /// The run's warnings (a map with errors is never rendered).
    pub findings: &'a crate::diagnostics::Findings,
}

/// Every page of the site, and the map files notes refer to (to be copied).
/// `changes` (from `build --since`) adds the "What changed" page.
pub fn all_pages(
    analysed: &Analysed,
    urls: &Urls,
    changes: Option<&crate::diff::Changes>,
) -> (Vec<PageSpec>, BTreeSet<String>) {
    let model = &analysed.model;
    let analysis = &analysed.analysis;
    let cards = (0..model.touchpoints.len())
        .map(|i| card(model, analysis, urls, i))
        .collect();
    let ctx = Ctx {
        model,
        analysis,
        urls,
        cards,
        findings: &analysed.findings,
    };
    let mut files = BTreeSet::new();
    let mut pages = vec![
        overview::dashboard(&ctx),
        overview::map(&ctx),
        overview::journey(&ctx),
        overview::value(&ctx),
        overview::insights(&ctx),
        overview::benefits(&ctx),
        overview::search(&ctx),
        entities::touchpoint_index(&ctx),
        entities::stage_index(&ctx),
        entities::channel_index(&ctx),
        entities::persona_index(&ctx),
        entities::kpi_index(&ctx),
        entities::competitor_index(&ctx),
        entities::note_index(&ctx),
        not_found(&ctx),
    ];
    pages.extend(entities::touchpoints(&ctx, &mut files));
    pages.extend(entities::stages(&ctx));
    pages.extend(entities::channels(&ctx));
    pages.extend(entities::personas(&ctx));
    pages.extend(entities::kpis(&ctx));
    pages.extend(entities::competitors(&ctx));
    pages.extend(entities::notes(&ctx, &mut files));
    pages.extend(changes.map(|c| changes::changes(&ctx, c)));
    (pages, files)
}

/// The top navigation: `(section key, title, path)`.
pub const NAV: [(&str, &str, &str); 11] = [
    ("dashboard", "Dashboard", ""),
    ("map", "Map", "map/"),
    ("journey", "Journey", "journey/"),
    ("touchpoints", "Touchpoints", "touchpoints/"),
    ("value", "Value", "value/"),
    ("kpis", "KPIs", "kpis/"),
    ("competitors", "Competitors", "competitors/"),
    ("benefits", "Benefits", "benefits/"),
    ("insights", "Insights", "insights/"),
    ("notes", "Notes", "notes/"),
    ("search", "Search", "search/"),
];

/// A navigation entry: `(section key, title, path)`.
pub type NavEntry = (&'static str, &'static str, &'static str);

/// The top navigation of this build: [`NAV`], and "What changed" when the
/// site has that page (`build --since`).
pub fn nav(with_changes: bool) -> Vec<NavEntry> {
    let mut nav = NAV.to_vec();
    if with_changes {
        nav.push(("changes", "What changed", "changes/"));
    }
    nav
}

fn not_found(ctx: &Ctx) -> PageSpec {
    PageSpec {
        path: "404.html".into(),
        template: "404.html",
        title: "Page not found".into(),
        crumbs: vec![],
        section: "",
        data: json!({ "home": ctx.urls.home(), "search": ctx.urls.to("search/") }),
    }
}

/// CSS class and symbol of an emotion score, so colour is never the only signal.
pub fn emotion_view(score: Option<i8>, label: Option<&str>) -> Value {
    let (class, symbol, word) = match score {
        Some(2) => ("emo-pos2", "++", "very positive"),
        Some(1) => ("emo-pos1", "+", "positive"),
        Some(0) => ("emo-neutral", "±", "neutral"),
        Some(-1) => ("emo-neg1", "−", "negative"),
        Some(_) => ("emo-neg2", "−−", "very negative"),
        None => ("emo-none", "?", "not rated"),
    };
    json!({
        "score": score,
        "label": label.map(str::to_string).unwrap_or_else(|| word.to_string()),
        "word": word,
        "class": class,
        "symbol": symbol,
    })
}

pub fn status_view(status: Option<KpiStatus>) -> Value {
    let (class, symbol, label) = match status {
        Some(KpiStatus::OnTarget) => ("st-on", "✓", "on target"),
        Some(KpiStatus::OffTarget) => ("st-off", "✗", "off target"),
        Some(KpiStatus::NoData) => ("st-nodata", "…", "no data"),
        Some(KpiStatus::NoTarget) => ("st-notarget", "–", "no target"),
        None => ("st-none", "", "no KPI"),
    };
    json!({ "class": class, "symbol": symbol, "label": label })
}

/// Value strength 0..5 as a class `val-0` … `val-5` and a label.
pub fn strength_view(strength: Option<f64>) -> Value {
    match strength {
        Some(s) => json!({
            "score": round1(s),
            "class": format!("val-{}", s.round().clamp(0.0, 5.0) as u8),
            "label": format!("{:.1} of 5", s),
        }),
        None => json!({ "score": null, "class": "val-none", "label": "not rated" }),
    }
}

pub fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// A number as a person reads it: no trailing `.0`, at most two decimals.
pub fn fmt_num(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

pub fn measure_text(v: &MeasureValue, unit: Option<&str>) -> String {
    match v {
        MeasureValue::Number(n) => match unit {
            Some("%") => format!("{}%", fmt_num(*n)),
            Some(u) if !u.is_empty() => format!("{} {u}", fmt_num(*n)),
            _ => fmt_num(*n),
        },
        MeasureValue::Text(t) => t.clone(),
    }
}

/// The summary of touchpoint `i` used on the map, in lists and in cards.
fn card(model: &Model, analysis: &Analysis, urls: &Urls, i: usize) -> Value {
    let t = &model.touchpoints[i];
    let fig = &analysis.touchpoints[i];
    let stage = model.stage(&t.stage.id);
    let channel = model.channel(&t.channel.id);
    let mode = channel.map(|c| c.mode).unwrap_or(ChannelMode::Digital);
    json!({
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
        "emotion": emotion_view(t.emotion.as_ref().map(|e| e.score), t.emotion.as_ref().and_then(|e| e.label.as_deref())),
        "kpi_status": status_view(fig.kpi_status),
        "value": strength_view(fig.value_strength),
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
        json!({ "id": id, "name": name, "url": url })
    })
    .collect()
}

/// Renders a markdown field of a YAML file.
pub fn md(ctx: &Ctx, text: Option<&str>) -> Option<String> {
    text.map(|t| markdown::render_field(ctx.model, ctx.urls, t))
}

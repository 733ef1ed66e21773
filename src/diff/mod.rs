//! What changed in a map between two versions: `touchmap diff` and the
//! "What changed" page of `build --since`. Two analysed maps are compared by
//! id: touchpoints added, removed, moved to another cell, renamed, with other
//! emotion, value scores, state or priority; KPIs added, removed, crossing
//! their target or otherwise changed; stages, channels, personas,
//! competitors, benefits and notes added, removed or changed (a note moved
//! to another path with the same text is one change, not two).
//!
//! The result is a list of sections of items; [`format`] writes it as text
//! or markdown and the site's `changes/` view renders it as a page. The
//! comparison is pure: reading a map as it was at a git revision is
//! `crate::revision`'s job, which stands above the pipeline.

pub mod format;

use crate::analyse::Analysed;
use crate::analyse::{KpiHealth, KpiStatus, journey_order};
use crate::format::measure_text;
use crate::model::{Direction, Emotion, Kpi, Model, Touchpoint};
use serde::Serialize;
use serde::ser::SerializeStruct;
use std::collections::BTreeSet;

/// A revision as the user named it, and the commit it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Revision {
    /// As given: `HEAD~1`, `main`, `v1.0`.
    pub name: String,
    /// The abbreviated commit id.
    pub commit: String,
}

impl Revision {
    /// `HEAD~1 (1a2b3c4)`, or just the id when that is what was given.
    pub fn label(&self) -> String {
        if self.commit.starts_with(&self.name) || self.name.starts_with(&self.commit) {
            self.commit.clone()
        } else {
            format!("{} ({})", self.name, self.commit)
        }
    }
}

/// One side of a comparison: a revision, or the working tree (`None`).
pub type Side = Option<Revision>;

/// The label of a side in messages.
pub fn side_label(side: &Side) -> String {
    side.as_ref()
        .map_or_else(|| "the working tree".to_string(), Revision::label)
}

/// The map as it was at a revision, read and analysed.
#[derive(Debug)]
pub struct Baseline {
    pub revision: Revision,
    pub analysed: Analysed,
}

/// A piece of a sentence: plain text, or an id or value shown as code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Seg {
    pub text: String,
    pub code: bool,
}

/// A sentence describing one change, e.g. "moved from `decision/website`
/// to `decision/app`". Serialises as `{text, segments}`: the plain text, and
/// the pieces for a template that marks ids up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Phrase(pub Vec<Seg>);

impl Phrase {
    fn new() -> Self {
        Phrase(Vec::new())
    }
    fn text(mut self, t: impl Into<String>) -> Self {
        self.0.push(Seg {
            text: t.into(),
            code: false,
        });
        self
    }
    fn code(mut self, t: impl Into<String>) -> Self {
        self.0.push(Seg {
            text: t.into(),
            code: true,
        });
        self
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The sentence without markup.
    pub fn plain(&self) -> String {
        self.0.iter().map(|s| s.text.as_str()).collect()
    }
}

impl Serialize for Phrase {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Phrase", 2)?;
        st.serialize_field("text", &self.plain())?;
        st.serialize_field("segments", &self.0)?;
        st.end()
    }
}

/// What happened to an item, for its symbol and colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mark {
    Added,
    Removed,
    Changed,
    /// A KPI that reached its target.
    Better,
    /// A KPI that fell off its target.
    Worse,
}

impl Mark {
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Added => "+",
            Mark::Removed => "-",
            Mark::Changed => "~",
            Mark::Better => "✓",
            Mark::Worse => "✗",
        }
    }
}

/// One entity that changed.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// The section folder of the entity's kind: `touchpoints`, `kpis`,
    /// `stages`, `channels`, `personas`, `competitors`, `benefits`, `notes`.
    pub kind: &'static str,
    pub id: String,
    pub name: String,
    pub mark: Mark,
    /// A short note after the name (where an added touchpoint sits, a
    /// KPI's new status); may be empty.
    pub summary: Phrase,
    /// One sentence per change.
    pub details: Vec<Phrase>,
}

/// The items of one kind of change, e.g. "Touchpoints moved or changed".
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub key: String,
    pub title: &'static str,
    /// `1 touchpoint added`, `3 touchpoints changed`.
    pub count: String,
    pub items: Vec<Item>,
}

/// Every change between two versions of a map, in a stable order: sections
/// in a fixed order, touchpoints in journey order, the rest in map order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MapDiff {
    pub sections: Vec<Section>,
}

impl MapDiff {
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty()
    }

    /// `1 touchpoint added, 3 touchpoints changed, 1 KPI crossed its target`.
    pub fn summary(&self) -> String {
        if self.is_empty() {
            return "no changes".into();
        }
        self.sections
            .iter()
            .map(|s| s.count.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn push(&mut self, key: impl Into<String>, title: &'static str, noun: Noun, items: Vec<Item>) {
        if items.is_empty() {
            return;
        }
        let count = if items.len() == 1 {
            format!("1 {}", noun.0)
        } else {
            format!("{} {}", items.len(), noun.1)
        };
        self.sections.push(Section {
            key: key.into(),
            title,
            count,
            items,
        });
    }
}

/// A count's words after the number: singular, plural.
type Noun = (String, String);

fn noun(one: &str, many: &str) -> Noun {
    (one.to_string(), many.to_string())
}

/// The other kinds of entity, compared by id and then field by field:
/// (section folder, singular, plural). Titles are "Stages added" and so on.
const LISTED: [(&str, &str, &str); 6] = [
    ("stages", "stage", "stages"),
    ("channels", "channel", "channels"),
    ("personas", "persona", "personas"),
    ("competitors", "competitor", "competitors"),
    ("benefits", "benefit", "benefits"),
    ("notes", "note", "notes"),
];

/// The section titles of a listed kind: added, removed, changed.
fn listed_titles(kind: &str) -> [&'static str; 3] {
    match kind {
        "stages" => ["Stages added", "Stages removed", "Stages changed"],
        "channels" => ["Channels added", "Channels removed", "Channels changed"],
        "personas" => ["Personas added", "Personas removed", "Personas changed"],
        "competitors" => [
            "Competitors added",
            "Competitors removed",
            "Competitors changed",
        ],
        "benefits" => ["Benefits added", "Benefits removed", "Benefits changed"],
        _ => ["Notes added", "Notes removed", "Notes changed"],
    }
}

/// One entity of a listed kind, as compared: its id, name, and its fields
/// as the site's `map.json` has them (a note's text included).
struct Entity {
    id: String,
    name: String,
    fields: serde_json::Value,
}

fn entity<T: Serialize>(id: &str, name: &str, value: &T) -> Entity {
    Entity {
        id: id.to_string(),
        name: name.to_string(),
        fields: serde_json::to_value(value).unwrap_or_default(),
    }
}

fn entities(m: &Model, kind: &str) -> Vec<Entity> {
    match kind {
        "stages" => m.stages.iter().map(|x| entity(&x.id, &x.name, x)).collect(),
        "channels" => m
            .channels
            .iter()
            .map(|x| entity(&x.id, &x.name, x))
            .collect(),
        "personas" => m
            .personas
            .iter()
            .map(|x| entity(&x.id, &x.name, x))
            .collect(),
        "competitors" => m
            .competitors
            .iter()
            .map(|x| entity(&x.id, &x.name, x))
            .collect(),
        "benefits" => m
            .benefits
            .iter()
            .map(|x| entity(&x.id, &x.name, x))
            .collect(),
        _ => m
            .notes
            .iter()
            .map(|x| {
                let mut e = entity(&x.id, &x.title, x);
                if let Some(fields) = e.fields.as_object_mut() {
                    fields.insert("text".into(), x.body.clone().into());
                }
                e
            })
            .collect(),
    }
}

/// The sentences describing how entity `o` became `n`: a new name, each
/// value score, then the names of the other fields that changed.
fn entity_changes(o: &Entity, n: &Entity) -> Vec<Phrase> {
    let mut out = Vec::new();
    if o.name != n.name {
        out.push(Phrase::new().text(format!("renamed from “{}” to “{}”", o.name, n.name)));
    }
    let scores = |e: &Entity| -> std::collections::BTreeMap<String, u8> {
        serde_json::from_value(e.fields["value"].clone()).unwrap_or_default()
    };
    let (a, b) = (scores(o), scores(n));
    for c in a.keys().chain(b.keys()).collect::<BTreeSet<_>>() {
        let (x, y) = (a.get(c).copied(), b.get(c).copied());
        if x != y {
            out.push(Phrase::new().text("value ").code(c).text(format!(
                " changed from {} to {}",
                score_text(x),
                score_text(y)
            )));
        }
    }
    out.extend(other_fields(
        &o.fields,
        &n.fields,
        &["id", "name", "title", "slug", "value"],
    ));
    out
}

/// "also changed: `a`, `b`": the fields of two serialised entities that
/// differ, leaving out `handled` (described by their own sentences).
fn other_fields(o: &serde_json::Value, n: &serde_json::Value, handled: &[&str]) -> Option<Phrase> {
    let (o, n) = (o.as_object()?, n.as_object()?);
    let keys: BTreeSet<&String> = o.keys().chain(n.keys()).collect();
    let changed: Vec<&String> = keys
        .into_iter()
        .filter(|k| !handled.contains(&k.as_str()) && o.get(*k) != n.get(*k))
        .collect();
    if changed.is_empty() {
        return None;
    }
    let mut p = Phrase::new().text("also changed: ");
    for (i, k) in changed.into_iter().enumerate() {
        if i > 0 {
            p = p.text(", ");
        }
        p = p.code(k.as_str());
    }
    Some(p)
}

/// Compares the entities of one listed kind and adds its sections. A note
/// that left one path and appeared at another with the same text was moved,
/// not removed and added.
fn listed_sections(
    om: &Model,
    nm: &Model,
    kind: &'static str,
    one: &str,
    many: &str,
    diff: &mut MapDiff,
) {
    let (before, after) = (entities(om, kind), entities(nm, kind));
    let item = |e: &Entity, mark, details| Item {
        kind,
        id: e.id.clone(),
        name: e.name.clone(),
        mark,
        summary: Phrase::new(),
        details,
    };
    let find = |list: &[Entity], id: &str| list.iter().position(|e| e.id == id);
    let mut added: Vec<&Entity> = after
        .iter()
        .filter(|e| find(&before, &e.id).is_none())
        .collect();
    let mut removed: Vec<&Entity> = before
        .iter()
        .filter(|e| find(&after, &e.id).is_none())
        .collect();
    let mut changed = Vec::new();
    for n in &after {
        if let Some(i) = find(&before, &n.id) {
            let details = entity_changes(&before[i], n);
            if !details.is_empty() {
                changed.push(item(n, Mark::Changed, details));
            }
        }
    }
    if kind == "notes" {
        let mut moved = Vec::new();
        removed.retain(|o| {
            let Some(at) = added
                .iter()
                .position(|n| n.fields["text"] == o.fields["text"])
            else {
                return true;
            };
            let n = added.remove(at);
            let mut details = vec![
                Phrase::new()
                    .text("moved from ")
                    .code(&o.id)
                    .text(" to ")
                    .code(&n.id),
            ];
            details.extend(entity_changes(o, n));
            moved.push(item(n, Mark::Changed, details));
            false
        });
        changed.extend(moved);
    }
    let [added_title, removed_title, changed_title] = listed_titles(kind);
    diff.push(
        format!("{kind}-added"),
        added_title,
        (format!("{one} added"), format!("{many} added")),
        added
            .into_iter()
            .map(|e| item(e, Mark::Added, vec![]))
            .collect(),
    );
    diff.push(
        format!("{kind}-removed"),
        removed_title,
        (format!("{one} removed"), format!("{many} removed")),
        removed
            .into_iter()
            .map(|e| item(e, Mark::Removed, vec![]))
            .collect(),
    );
    diff.push(
        format!("{kind}-changed"),
        changed_title,
        (format!("{one} changed"), format!("{many} changed")),
        changed,
    );
}

/// A comparison ready to show: the two sides and what changed between them.
#[derive(Debug, Clone, Serialize)]
pub struct Changes {
    pub from: Side,
    pub to: Side,
    pub diff: MapDiff,
}

/// Compares the map `old` with the map `new`.
pub fn compare(old: &Analysed, new: &Analysed) -> MapDiff {
    let mut diff = MapDiff::default();
    let (om, nm) = (&old.model, &new.model);

    let mut added = Vec::new();
    let mut changed = Vec::new();
    for i in journey_order(nm) {
        let t = &nm.touchpoints[i];
        match om.touchpoint(&t.id) {
            None => added.push(Item {
                kind: "touchpoints",
                id: t.id.clone(),
                name: t.name.clone(),
                mark: Mark::Added,
                summary: Phrase::new().text("at ").code(cell(t)),
                details: vec![],
            }),
            Some(o) => {
                let details = touchpoint_changes(om, o, nm, t);
                if !details.is_empty() {
                    changed.push(Item {
                        kind: "touchpoints",
                        id: t.id.clone(),
                        name: t.name.clone(),
                        mark: Mark::Changed,
                        summary: Phrase::new(),
                        details,
                    });
                }
            }
        }
    }
    let removed = journey_order(om)
        .into_iter()
        .map(|i| &om.touchpoints[i])
        .filter(|t| nm.touchpoint(&t.id).is_none())
        .map(|t| Item {
            kind: "touchpoints",
            id: t.id.clone(),
            name: t.name.clone(),
            mark: Mark::Removed,
            summary: Phrase::new().text("was at ").code(cell(t)),
            details: vec![],
        })
        .collect();
    diff.push(
        "touchpoints-added",
        "Touchpoints added",
        noun("touchpoint added", "touchpoints added"),
        added,
    );
    diff.push(
        "touchpoints-removed",
        "Touchpoints removed",
        noun("touchpoint removed", "touchpoints removed"),
        removed,
    );
    diff.push(
        "touchpoints-changed",
        "Touchpoints changed",
        noun("touchpoint changed", "touchpoints changed"),
        changed,
    );

    kpi_sections(old, new, &mut diff);

    for (kind, one, many) in LISTED {
        listed_sections(om, nm, kind, one, many, &mut diff);
    }
    diff
}

/// `stage/channel`: a touchpoint's cell on the map.
fn cell(t: &Touchpoint) -> String {
    format!("{}/{}", t.stage.id, t.channel.id)
}

fn emotion_text(e: Option<&Emotion>) -> String {
    match e {
        None => "not rated".into(),
        Some(e) => {
            let score = if e.score > 0 {
                format!("+{}", e.score)
            } else {
                e.score.to_string()
            };
            match &e.label {
                Some(l) => format!("{score} ({l})"),
                None => score,
            }
        }
    }
}

fn score_text(s: Option<u8>) -> String {
    s.map_or_else(|| "not rated".into(), |v| v.to_string())
}

/// The word serde writes for an enum value (`key`, `planned`, `up`).
fn word<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The sentences describing how touchpoint `o` (in `om`) became `n` (in `nm`).
fn touchpoint_changes(om: &Model, o: &Touchpoint, nm: &Model, n: &Touchpoint) -> Vec<Phrase> {
    let mut out = Vec::new();
    if (&o.stage.id, &o.channel.id) != (&n.stage.id, &n.channel.id) {
        out.push(
            Phrase::new()
                .text("moved from ")
                .code(cell(o))
                .text(" to ")
                .code(cell(n)),
        );
    }
    if o.name != n.name {
        out.push(Phrase::new().text(format!("renamed from “{}” to “{}”", o.name, n.name)));
    }
    let emotion = |t: &Touchpoint| t.emotion.as_ref().map(|e| (e.score, e.label.clone()));
    if emotion(o) != emotion(n) {
        out.push(Phrase::new().text(format!(
            "emotion changed from {} to {}",
            emotion_text(o.emotion.as_ref()),
            emotion_text(n.emotion.as_ref())
        )));
    }
    // Value components in the map's order, then any the new map dropped.
    let mut components: Vec<&str> = nm
        .value_proposition
        .components
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    for c in &om.value_proposition.components {
        if !components.contains(&c.id.as_str()) {
            components.push(&c.id);
        }
    }
    for k in o.value.keys().chain(n.value.keys()) {
        if !components.contains(&k.as_str()) {
            components.push(k);
        }
    }
    for c in components {
        let (a, b) = (o.value.get(c).copied(), n.value.get(c).copied());
        if a != b {
            out.push(Phrase::new().text("value ").code(c).text(format!(
                " changed from {} to {}",
                score_text(a),
                score_text(b)
            )));
        }
    }
    if o.state != n.state {
        out.push(
            Phrase::new()
                .text("state changed from ")
                .code(word(&o.state))
                .text(" to ")
                .code(word(&n.state)),
        );
    }
    if o.priority != n.priority {
        out.push(
            Phrase::new()
                .text("priority changed from ")
                .code(word(&o.priority))
                .text(" to ")
                .code(word(&n.priority)),
        );
    }
    // Any other field, by name. "Everyone" stays everyone when the map
    // gains a persona.
    let mut handled = vec![
        "id",
        "name",
        "stage",
        "channel",
        "emotion",
        "value",
        "state",
        "priority",
        "all_personas",
    ];
    if o.all_personas && n.all_personas {
        handled.push("personas");
    }
    let (mut ov, nv) = (
        serde_json::to_value(o).unwrap_or_default(),
        serde_json::to_value(n).unwrap_or_default(),
    );
    if o.all_personas != n.all_personas {
        // The same list, meant differently: "everyone" against a choice.
        ov["personas"] = serde_json::Value::Null;
    }
    out.extend(other_fields(&ov, &nv, &handled));
    out
}

/// `64% in 2026-03`: a KPI's latest measurement.
fn latest_text(k: &Kpi, h: &KpiHealth) -> Option<String> {
    h.latest.as_ref().map(|m| {
        format!(
            "{} in {}",
            measure_text(&m.value, k.unit.as_deref()),
            m.date
        )
    })
}

/// `at most 65%`: a KPI's target with its direction.
fn target_text(k: &Kpi) -> Option<String> {
    k.target.as_ref().map(|t| {
        let v = measure_text(t, k.unit.as_deref());
        match (t, k.direction) {
            (crate::model::MeasureValue::Text(_), _) => v,
            (_, Direction::Up) => format!("at least {v}"),
            (_, Direction::Down) => format!("at most {v}"),
        }
    })
}

fn is_measured(s: KpiStatus) -> bool {
    matches!(s, KpiStatus::OnTarget | KpiStatus::OffTarget)
}

fn kpi_sections(old: &Analysed, new: &Analysed, diff: &mut MapDiff) {
    let (om, nm) = (&old.model, &new.model);
    let mut crossed = Vec::new();
    let mut added = Vec::new();
    let mut changed = Vec::new();
    for (k, h) in nm.kpis.iter().zip(&new.analysis.kpis) {
        let Some(&oi) = om.index.kpis.get(&k.id) else {
            let mut summary = Phrase::new().text(h.label);
            if let Some(l) = latest_text(k, h) {
                summary = summary.text(format!(", latest {l}"));
            }
            added.push(Item {
                kind: "kpis",
                id: k.id.clone(),
                name: k.name.clone(),
                mark: Mark::Added,
                summary,
                details: vec![],
            });
            continue;
        };
        let (ok, oh) = (&om.kpis[oi], &old.analysis.kpis[oi]);
        let crossing = is_measured(oh.status) && is_measured(h.status) && oh.status != h.status;
        let mut details = Vec::new();
        if crossing {
            let mut line = format!(
                "latest {}, was {}",
                latest_text(k, h).unwrap_or_default(),
                latest_text(ok, oh).unwrap_or_default()
            );
            if let Some(t) = target_text(k) {
                line.push_str(&format!("; target {t}"));
            }
            details.push(Phrase::new().text(line));
        }
        if ok.name != k.name {
            details.push(Phrase::new().text(format!("renamed from “{}” to “{}”", ok.name, k.name)));
        }
        if !crossing && oh.status != h.status {
            details.push(
                Phrase::new().text(format!("status changed from {} to {}", oh.label, h.label)),
            );
        }
        if ok.target != k.target || ok.direction != k.direction {
            details.push(Phrase::new().text(format!(
                "target changed from {} to {}",
                target_text(ok).unwrap_or_else(|| "none".into()),
                target_text(k).unwrap_or_else(|| "none".into())
            )));
        }
        // The measurement itself, not its text: a new unit is a change of
        // its own ("also changed: unit"), not a new measurement.
        let latest = |h: &KpiHealth| {
            h.latest
                .as_ref()
                .map(|m| (m.date.clone(), serde_json::to_value(&m.value).ok()))
        };
        if !crossing && latest(oh) != latest(h) {
            details.push(
                Phrase::new().text(match (latest_text(ok, oh), latest_text(k, h)) {
                    (None, Some(n)) => format!("first measurement: {n}"),
                    (Some(o), Some(n)) => format!("latest {n}, was {o}"),
                    (Some(o), None) => format!("no measurements any more (was {o})"),
                    (None, None) => String::new(),
                }),
            );
        }
        details.extend(other_fields(
            &serde_json::to_value(ok).unwrap_or_default(),
            &serde_json::to_value(k).unwrap_or_default(),
            &["id", "name", "target", "direction", "measurements"],
        ));
        if details.is_empty() {
            continue;
        }
        let item = Item {
            kind: "kpis",
            id: k.id.clone(),
            name: k.name.clone(),
            mark: match (crossing, h.status) {
                (true, KpiStatus::OnTarget) => Mark::Better,
                (true, _) => Mark::Worse,
                _ => Mark::Changed,
            },
            summary: if crossing {
                Phrase::new().text(format!("now {}", h.label))
            } else {
                Phrase::new()
            },
            details,
        };
        if crossing {
            crossed.push(item);
        } else {
            changed.push(item);
        }
    }
    let removed = om
        .kpis
        .iter()
        .filter(|k| nm.kpi(&k.id).is_none())
        .map(|k| Item {
            kind: "kpis",
            id: k.id.clone(),
            name: k.name.clone(),
            mark: Mark::Removed,
            summary: Phrase::new(),
            details: vec![],
        })
        .collect();
    diff.push(
        "kpis-crossed",
        "KPIs that crossed their target",
        noun("KPI crossed its target", "KPIs crossed their target"),
        crossed,
    );
    diff.push(
        "kpis-added",
        "KPIs added",
        noun("KPI added", "KPIs added"),
        added,
    );
    diff.push(
        "kpis-removed",
        "KPIs removed",
        noun("KPI removed", "KPIs removed"),
        removed,
    );
    diff.push(
        "kpis-changed",
        "KPIs changed",
        noun("KPI changed", "KPIs changed"),
        changed,
    );
}

//! The touchpoints' sections of a comparison: added, removed, changed
//! (moved to another cell, renamed, other emotion, scores, state or
//! priority, the priority of an opportunity or the likelihood of a risk),
//! in journey order.

use super::priorities::{opportunity_changes, risk_changes};
use super::{Item, MapDiff, Mark, Phrase, code, from_to, other_fields, score_text, text, word};
use crate::analyse::journey_order;
use crate::i18n::Catalog;
use crate::model::{Emotion, Model, Touchpoint, TouchpointEmotion};
use crate::site::EntityKind;

/// Adds the touchpoints' sections to `diff`.
pub(super) fn sections(words: &Catalog, om: &Model, nm: &Model, diff: &mut MapDiff) {
    let mut added = Vec::new();
    let mut changed = Vec::new();
    for i in journey_order(nm) {
        let t = &nm.touchpoints[i];
        match om.touchpoint(&t.id) {
            None => added.push(Item {
                kind: EntityKind::Touchpoint.section(),
                id: t.id.clone(),
                name: t.name.clone(),
                mark: Mark::Added,
                summary: Phrase::say(words, "changes-at", vec![("cell", code(cell(t)))]),
                details: vec![],
            }),
            Some(o) => {
                let details = touchpoint_changes(words, om, o, nm, t);
                if !details.is_empty() {
                    changed.push(Item {
                        kind: EntityKind::Touchpoint.section(),
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
            kind: EntityKind::Touchpoint.section(),
            id: t.id.clone(),
            name: t.name.clone(),
            mark: Mark::Removed,
            summary: Phrase::say(words, "changes-was-at", vec![("cell", code(cell(t)))]),
            details: vec![],
        })
        .collect();
    diff.push("touchpoints-added", "touchpoints", "added", added);
    diff.push("touchpoints-removed", "touchpoints", "removed", removed);
    diff.push("touchpoints-changed", "touchpoints", "changed", changed);
}

/// `stage/channel`: a touchpoint's cell on the map.
fn cell(t: &Touchpoint) -> String {
    format!("{}/{}", t.stage.id, t.channel.id)
}

fn emotion_text(words: &Catalog, e: Option<&Emotion>) -> String {
    match e {
        None => words.text("changes-not-rated"),
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

fn same_emotion(a: Option<&Emotion>, b: Option<&Emotion>) -> bool {
    a.map(|e| (e.score, &e.label)) == b.map(|e| (e.score, &e.label))
}

/// How the emotion of touchpoint `o` (in `om`) became that of `n` (in
/// `nm`): one sentence when it is one emotion for everyone on both sides,
/// else one per persona whose emotion changed (``emotion for `nina`
/// changed from -1 to -2``), for each persona either side serves or gives
/// an emotion, in the order of the personas in the maps.
fn emotion_changes(
    words: &Catalog,
    om: &Model,
    o: &Touchpoint,
    nm: &Model,
    n: &Touchpoint,
) -> Vec<Phrase> {
    let per_persona = |t: &Touchpoint| matches!(t.emotion, Some(TouchpointEmotion::PerPersona(_)));
    if !per_persona(o) && !per_persona(n) {
        let (a, b) = (o.overall_emotion(), n.overall_emotion());
        if same_emotion(a.as_ref(), b.as_ref()) {
            return Vec::new();
        }
        return vec![from_to(
            words,
            "changes-emotion",
            text(emotion_text(words, a.as_ref())),
            text(emotion_text(words, b.as_ref())),
        )];
    }
    let mut named: Vec<&str> = Vec::new();
    for t in [o, n] {
        named.extend(t.personas.iter().map(|p| p.id.as_str()));
        if let Some(TouchpointEmotion::PerPersona(each)) = &t.emotion {
            named.extend(each.iter().map(|p| p.persona.id.as_str()));
        }
    }
    let mut ids: Vec<&str> = Vec::new();
    let map_order = nm
        .personas
        .iter()
        .chain(&om.personas)
        .map(|p| p.id.as_str());
    for id in map_order.chain(named.iter().copied()) {
        if named.contains(&id) && !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids.into_iter()
        .filter(|id| !same_emotion(o.emotion_for(id), n.emotion_for(id)))
        .map(|id| {
            Phrase::say(
                words,
                "changes-emotion-for",
                vec![
                    ("persona", code(id)),
                    ("from", text(emotion_text(words, o.emotion_for(id)))),
                    ("to", text(emotion_text(words, n.emotion_for(id)))),
                ],
            )
        })
        .collect()
}

/// The sentences describing how touchpoint `o` (in `om`) became `n` (in `nm`).
fn touchpoint_changes(
    words: &Catalog,
    om: &Model,
    o: &Touchpoint,
    nm: &Model,
    n: &Touchpoint,
) -> Vec<Phrase> {
    let mut out = Vec::new();
    if (&o.stage.id, &o.channel.id) != (&n.stage.id, &n.channel.id) {
        out.push(from_to(
            words,
            "changes-moved",
            code(cell(o)),
            code(cell(n)),
        ));
    }
    if o.name != n.name {
        out.push(from_to(
            words,
            "changes-renamed",
            text(&o.name),
            text(&n.name),
        ));
    }
    out.extend(emotion_changes(words, om, o, nm, n));
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
            out.push(Phrase::say(
                words,
                "changes-value",
                vec![
                    ("component", code(c)),
                    ("from", text(score_text(words, a))),
                    ("to", text(score_text(words, b))),
                ],
            ));
        }
    }
    if o.state != n.state {
        out.push(from_to(
            words,
            "changes-state",
            code(word(&o.state)),
            code(word(&n.state)),
        ));
    }
    if o.priority != n.priority {
        out.push(from_to(
            words,
            "changes-priority",
            code(word(&o.priority)),
            code(word(&n.priority)),
        ));
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
    let (said, all_said) = opportunity_changes(words, &o.opportunities, &n.opportunities);
    out.extend(said);
    if all_said {
        handled.push("opportunities");
    }
    let (said, all_said) = risk_changes(words, &o.risks, &n.risks);
    out.extend(said);
    if all_said {
        handled.push("risks");
    }
    let (mut ov, nv) = (
        serde_json::to_value(o).unwrap_or_default(),
        serde_json::to_value(n).unwrap_or_default(),
    );
    if o.all_personas != n.all_personas {
        // The same list, meant differently: "everyone" against a choice.
        ov["personas"] = serde_json::Value::Null;
    }
    out.extend(other_fields(words, &ov, &nv, &handled));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PersonaEmotion;

    fn example() -> Model {
        let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map");
        crate::pipeline::analyse_map(&map).unwrap().model
    }

    fn emotion(score: i8, label: &str) -> Emotion {
        Emotion {
            score,
            label: Some(label.into()),
        }
    }

    /// What the comparison says of touchpoint `id`'s emotion when `edit`
    /// changes it in a copy of the example.
    fn said(id: &str, edit: impl FnOnce(&mut Touchpoint)) -> Vec<String> {
        let om = example();
        let mut nm = om.clone();
        let i = nm.index.touchpoints[id];
        edit(&mut nm.touchpoints[i]);
        let (o, n) = (om.touchpoint(id).unwrap(), nm.touchpoint(id).unwrap());
        emotion_changes(crate::render::charts::en(), &om, o, &nm, n)
            .iter()
            .map(Phrase::plain)
            .collect()
    }

    fn persona_emotion<'t>(t: &'t mut Touchpoint, id: &str) -> &'t mut Emotion {
        let Some(TouchpointEmotion::PerPersona(each)) = &mut t.emotion else {
            panic!("`{}` has an emotion per persona", t.id)
        };
        let p: &mut PersonaEmotion = each.iter_mut().find(|p| p.persona.id == id).unwrap();
        &mut p.emotion
    }

    #[test]
    fn a_change_of_one_persona_is_reported_for_that_persona_only() {
        let changed = said("returns-hotline", |t| {
            *persona_emotion(t, "new-runner") = emotion(-1, "Annoyed");
        });
        assert_eq!(
            changed,
            ["emotion for new-runner changed from -2 (Frustrated) to -1 (Annoyed)"]
        );
    }

    #[test]
    fn one_emotion_for_everyone_changes_in_one_sentence() {
        let changed = said("order-confirmation", |t| {
            t.emotion = Some(TouchpointEmotion::Everyone(emotion(-1, "Rushed")));
        });
        assert_eq!(
            changed,
            ["emotion changed from +1 (Relieved) to -1 (Rushed)"]
        );
        assert!(said("order-confirmation", |_| {}).is_empty());
    }

    #[test]
    fn splitting_an_emotion_by_persona_names_each_persona_that_feels_otherwise() {
        let changed = said("order-confirmation", |t| {
            let at = t.origin.clone();
            let one = |id: &str, e: Emotion| PersonaEmotion {
                persona: crate::model::Ref {
                    id: id.into(),
                    at: at.clone(),
                },
                emotion: e,
            };
            t.emotion = Some(TouchpointEmotion::PerPersona(vec![
                one("new-runner", emotion(2, "Excited")),
                one("marathoner", emotion(1, "Relieved")),
            ]));
        });
        assert_eq!(
            changed,
            ["emotion for new-runner changed from +1 (Relieved) to +2 (Excited)"]
        );
    }
}

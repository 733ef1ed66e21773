//! The touchpoints' sections of a comparison: added, removed, changed
//! (moved to another cell, renamed, other emotion, scores, state or
//! priority), in journey order.

use super::{Item, MapDiff, Mark, Phrase, noun, other_fields, score_text, word};
use crate::analyse::journey_order;
use crate::model::{Emotion, Model, Touchpoint};
use crate::site::EntityKind;

/// Adds the touchpoints' sections to `diff`.
pub(super) fn sections(om: &Model, nm: &Model, diff: &mut MapDiff) {
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
                summary: Phrase::new().text("at ").code(cell(t)),
                details: vec![],
            }),
            Some(o) => {
                let details = touchpoint_changes(om, o, nm, t);
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

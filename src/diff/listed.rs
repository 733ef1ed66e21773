//! The sections of the other kinds of entity (stages, channels, personas,
//! competitors, benefits, notes): compared by id, then field by field.

use super::{Item, MapDiff, Mark, Phrase, code, from_to, other_fields, score_text, text};
use crate::i18n::Catalog;
use crate::model::Model;
use crate::site::Section;
use serde::Serialize;
use std::collections::BTreeSet;

/// The other kinds of entity, compared by id and then field by field, by
/// their section of the site (whose key names their messages,
/// `changes-title-stages`, `changes-count-stages`, …).
pub(super) const LISTED: [Section; 6] = [
    Section::Stages,
    Section::Channels,
    Section::Personas,
    Section::Competitors,
    Section::Benefits,
    Section::Notes,
];

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
                    fields.insert("text".into(), x.body.to_string().into());
                }
                e
            })
            .collect(),
    }
}

/// The sentences describing how entity `o` became `n`: a new name, each
/// value score, then the names of the other fields that changed.
fn entity_changes(words: &Catalog, o: &Entity, n: &Entity) -> Vec<Phrase> {
    let mut out = Vec::new();
    if o.name != n.name {
        out.push(from_to(
            words,
            "changes-renamed",
            text(&o.name),
            text(&n.name),
        ));
    }
    let scores = |e: &Entity| -> std::collections::BTreeMap<String, u8> {
        serde_json::from_value(e.fields["value"].clone()).unwrap_or_default()
    };
    let (a, b) = (scores(o), scores(n));
    for c in a.keys().chain(b.keys()).collect::<BTreeSet<_>>() {
        let (x, y) = (a.get(c).copied(), b.get(c).copied());
        if x != y {
            out.push(Phrase::say(
                words,
                "changes-value",
                vec![
                    ("component", code(c.as_str())),
                    ("from", text(score_text(words, x))),
                    ("to", text(score_text(words, y))),
                ],
            ));
        }
    }
    out.extend(other_fields(
        words,
        &o.fields,
        &n.fields,
        &["id", "name", "title", "slug", "value"],
    ));
    out
}

/// Compares the entities of one listed kind and adds its sections. A note
/// that left one path and appeared at another with the same text was moved,
/// not removed and added.
pub(super) fn sections(
    words: &Catalog,
    om: &Model,
    nm: &Model,
    section: Section,
    diff: &mut MapDiff,
) {
    let kind = section.key();
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
            let details = entity_changes(words, &before[i], n);
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
            let mut details = vec![from_to(words, "changes-moved", code(&o.id), code(&n.id))];
            details.extend(entity_changes(words, o, n));
            moved.push(item(n, Mark::Changed, details));
            false
        });
        changed.extend(moved);
    }
    diff.push(
        format!("{kind}-added"),
        kind,
        "added",
        added
            .into_iter()
            .map(|e| item(e, Mark::Added, vec![]))
            .collect(),
    );
    diff.push(
        format!("{kind}-removed"),
        kind,
        "removed",
        removed
            .into_iter()
            .map(|e| item(e, Mark::Removed, vec![]))
            .collect(),
    );
    diff.push(format!("{kind}-changed"), kind, "changed", changed);
}

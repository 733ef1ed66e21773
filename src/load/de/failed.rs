//! The map format's tables for items left out for their errors: the kind
//! of id each list declares and where an item holds ids of other things,
//! so that references to a half-written item do not add "unknown" errors
//! and its own misspelt references are still reported.

use super::{Ctx, key_is};
use crate::load::id_kind::IdKind;
use crate::load::located::At;
use crate::load::node::{Kind, Node, pos};

impl Ctx<'_> {
    /// Remembers the ids declared by `node`, an item of the list under
    /// `list_key` that was left out, and by the items nested in it; and the
    /// ids a left-out touchpoint or benefit refers to, so that a misspelt
    /// stage in a half-written touchpoint is reported with its missing
    /// keys, not once they are added.
    pub fn note_failed(&self, list_key: &str, node: &Node) {
        let Kind::Map(entries) = &node.value else {
            return;
        };
        if let Some(kind) = IdKind::declared_by_list(list_key)
            && let Some((_, id)) = entries.iter().find(|(k, _)| key_is(k, "id"))
            && let Some(id) = self.scalar_text(id)
        {
            self.failed.borrow_mut().push((kind, id.to_string()));
        }
        for &(path, kind, list) in referring_keys(list_key) {
            for id in ids_at(node, path, list) {
                if let Kind::Str(text) = &id.value {
                    let id = At::new(text.clone(), pos(id));
                    self.references.borrow_mut().push((kind, id));
                }
            }
        }
        for (k, v) in entries {
            if let (Kind::Str(key), Kind::Seq(items)) = (&k.value, &v.value) {
                items.iter().for_each(|item| self.note_failed(key, item));
            }
        }
    }
}

/// Where an item of the list under `list_key` holds ids of other things:
/// the path of keys to them (through lists of mappings, as in
/// `competitors: [{competitor: id}]`), those things' kind and whether the
/// last key holds a list of them.
type Referring = (&'static [&'static str], IdKind, bool);

fn referring_keys(list_key: &str) -> &'static [Referring] {
    match list_key {
        "touchpoints" => &[
            (&["stage"], IdKind::Stage, false),
            (&["channel"], IdKind::Channel, false),
            (&["personas"], IdKind::Persona, true),
            (&["kpis"], IdKind::Kpi, true),
            (&["competitors", "competitor"], IdKind::Competitor, false),
            (&["brand_values", "aligned"], IdKind::BrandValue, true),
            (&["brand_values", "conflicts"], IdKind::BrandValue, true),
        ],
        "benefits" => &[
            (&["touchpoints"], IdKind::Touchpoint, true),
            (&["kpis"], IdKind::Kpi, true),
        ],
        _ => &[],
    }
}

/// The id nodes at `path` below `node` (see [`referring_keys`]). A list key
/// written with one id (`personas: new-runner`) still names it; a single-id
/// key written as a list names nothing.
fn ids_at<'n>(node: &'n Node, path: &[&str], list: bool) -> Vec<&'n Node> {
    match (path.split_first(), &node.value) {
        (None, Kind::Seq(items)) if list => items.iter().collect(),
        (None, Kind::Seq(_)) => Vec::new(),
        (None, _) => vec![node],
        (Some(_), Kind::Seq(items)) => items
            .iter()
            .flat_map(|item| ids_at(item, path, list))
            .collect(),
        (Some((key, rest)), Kind::Map(entries)) => entries
            .iter()
            .find(|(k, _)| key_is(k, key))
            .map(|(_, value)| ids_at(value, rest, list))
            .unwrap_or_default(),
        (Some(_), _) => Vec::new(),
    }
}

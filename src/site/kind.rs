//! The kinds of entity that have a page each.

use crate::model::Model;

/// An entity with a page of its own, which a note links to as `kind:id`
/// (`touchpoint:checkout`). Declared in the order of their names, so that
/// links sort as they did when kinds were strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Channel,
    Competitor,
    Kpi,
    Persona,
    Stage,
    Touchpoint,
}

impl EntityKind {
    /// Every kind, in the order the map-format lists them.
    pub const ALL: [EntityKind; 6] = [
        EntityKind::Touchpoint,
        EntityKind::Kpi,
        EntityKind::Competitor,
        EntityKind::Stage,
        EntityKind::Channel,
        EntityKind::Persona,
    ];

    /// The scheme a link names the kind by: `touchpoint`, `kpi`, …
    pub fn scheme(self) -> &'static str {
        match self {
            EntityKind::Touchpoint => "touchpoint",
            EntityKind::Kpi => "kpi",
            EntityKind::Competitor => "competitor",
            EntityKind::Stage => "stage",
            EntityKind::Channel => "channel",
            EntityKind::Persona => "persona",
        }
    }

    /// The kind a link's scheme names.
    pub fn from_scheme(scheme: &str) -> Option<EntityKind> {
        Self::ALL.into_iter().find(|k| k.scheme() == scheme)
    }

    /// The site section (folder) of the kind's pages: `touchpoints`, …
    pub fn section(self) -> &'static str {
        match self {
            EntityKind::Touchpoint => "touchpoints",
            EntityKind::Kpi => "kpis",
            EntityKind::Competitor => "competitors",
            EntityKind::Stage => "stages",
            EntityKind::Channel => "channels",
            EntityKind::Persona => "personas",
        }
    }

    /// The kind whose pages are in the section (folder) `section`.
    pub fn from_section(section: &str) -> Option<EntityKind> {
        Self::ALL.into_iter().find(|k| k.section() == section)
    }

    /// Whether the map has an entity of this kind with this id.
    pub fn exists(self, model: &Model, id: &str) -> bool {
        match self {
            EntityKind::Touchpoint => model.touchpoint(id).is_some(),
            EntityKind::Kpi => model.kpi(id).is_some(),
            EntityKind::Competitor => model.competitor(id).is_some(),
            EntityKind::Stage => model.stage(id).is_some(),
            EntityKind::Channel => model.channel(id).is_some(),
            EntityKind::Persona => model.persona(id).is_some(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_and_sections_name_each_kind_once() {
        for k in EntityKind::ALL {
            assert_eq!(EntityKind::from_scheme(k.scheme()), Some(k));
            assert_eq!(EntityKind::from_section(k.section()), Some(k));
        }
        assert_eq!(EntityKind::from_scheme("kpis"), None);
        assert_eq!(EntityKind::from_section("kpi"), None);
    }

    #[test]
    fn kinds_sort_as_their_schemes() {
        let mut by_kind = EntityKind::ALL;
        by_kind.sort();
        let mut by_scheme = EntityKind::ALL;
        by_scheme.sort_by_key(|k| k.scheme());
        assert_eq!(by_kind, by_scheme);
    }
}

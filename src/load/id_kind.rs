//! The kinds of id a map declares: one name for each, used from the
//! loader (which remembers the ids of items it left out for their errors)
//! up to the model's registries and their messages ("unknown KPI `x`").

use std::fmt;

/// A kind of id the map declares, in a list of its own (`stages:`,
/// `kpis:`, …) or, for notes, by its file's path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IdKind {
    Stage,
    Channel,
    Persona,
    Job,
    Pain,
    Gain,
    ValueComponent,
    Touchpoint,
    Kpi,
    Competitor,
    Benefit,
    BrandValue,
    Note,
}

impl IdKind {
    /// The kind as messages name it: `KPI`, `value component`, …
    pub fn noun(self) -> &'static str {
        match self {
            IdKind::Stage => "stage",
            IdKind::Channel => "channel",
            IdKind::Persona => "persona",
            IdKind::Job => "job",
            IdKind::Pain => "pain",
            IdKind::Gain => "gain",
            IdKind::ValueComponent => "value component",
            IdKind::Touchpoint => "touchpoint",
            IdKind::Kpi => "KPI",
            IdKind::Competitor => "competitor",
            IdKind::Benefit => "benefit",
            IdKind::BrandValue => "brand value",
            IdKind::Note => "note",
        }
    }

    /// The kind of id the items of the list under `key` declare (`kpis`
    /// -> KPI), wherever that list is in the map's files.
    pub fn declared_by_list(key: &str) -> Option<IdKind> {
        Some(match key {
            "stages" => IdKind::Stage,
            "channels" => IdKind::Channel,
            "personas" => IdKind::Persona,
            "jobs" => IdKind::Job,
            "pains" => IdKind::Pain,
            "gains" => IdKind::Gain,
            "components" => IdKind::ValueComponent,
            "touchpoints" => IdKind::Touchpoint,
            "kpis" => IdKind::Kpi,
            "competitors" => IdKind::Competitor,
            "benefits" => IdKind::Benefit,
            "brand_values" => IdKind::BrandValue,
            _ => return None,
        })
    }
}

impl fmt::Display for IdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.noun())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_list_declares_one_kind_and_each_kind_has_its_own_noun() {
        let lists = [
            "stages",
            "channels",
            "personas",
            "jobs",
            "pains",
            "gains",
            "components",
            "touchpoints",
            "kpis",
            "competitors",
            "benefits",
            "brand_values",
        ];
        let kinds: Vec<IdKind> = lists
            .iter()
            .map(|l| IdKind::declared_by_list(l).unwrap())
            .collect();
        let mut nouns: Vec<&str> = kinds.iter().map(|k| k.noun()).collect();
        nouns.push(IdKind::Note.noun());
        nouns.sort_unstable();
        nouns.dedup();
        assert_eq!(nouns.len(), lists.len() + 1);
        assert_eq!(IdKind::declared_by_list("kpis"), Some(IdKind::Kpi));
        assert_eq!(IdKind::Kpi.to_string(), "KPI");
        assert_eq!(IdKind::declared_by_list("notes"), None);
    }
}

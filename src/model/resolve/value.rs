//! The value proposition: the value components (or the defaults) that
//! touchpoints and competitors are scored on, and the value canvas
//! (products, pain relievers, gain creators) pointing at personas' pains
//! and gains.

use super::personas::PeopleRegs;
use super::{Registry, Resolver, humanise};
use crate::diagnostics::Location;
use crate::load::id_kind::IdKind;
use crate::load::{LoadedFile, MAP_FILE};
use crate::model::{Component, Creator, Ref, Reliever, ValueProposition};

/// The value components used when no file declares any.
pub const DEFAULT_COMPONENTS: [(&str, &str, &str, &[&str]); 4] = [
    (
        "price",
        "Price",
        "What the customer pays and how fair it feels.",
        &["awareness", "consideration"],
    ),
    (
        "service",
        "Service",
        "Help, convenience and reliability around the product.",
        &[],
    ),
    (
        "personalization",
        "Personalization",
        "How much the offer fits this customer.",
        &[],
    ),
    (
        "proximity",
        "Proximity",
        "Being near the customer, physically or in time.",
        &[],
    ),
];

impl Resolver<'_> {
    pub(super) fn value_proposition(
        &mut self,
        files: &[LoadedFile],
        stage_reg: &Registry,
        people: &PeopleRegs,
    ) -> (ValueProposition, Registry) {
        let mut component_reg = self.registry(IdKind::ValueComponent);
        let mut value_proposition = ValueProposition::default();
        self.components(files, stage_reg, &mut component_reg, &mut value_proposition);
        for f in files {
            let Some(vp) = &f.content.value_proposition else {
                continue;
            };
            value_proposition
                .products
                .extend(vp.value.products.iter().cloned());
            for rel in &vp.value.pain_relievers {
                let relieves = self.references(&people.pain, &rel.value.relieves, &f.rel);
                value_proposition.pain_relievers.push(Reliever {
                    text: rel.value.text.clone(),
                    relieves,
                });
            }
            for cr in &vp.value.gain_creators {
                let creates = self.references(&people.gain, &cr.value.creates, &f.rel);
                value_proposition.gain_creators.push(Creator {
                    text: cr.value.text.clone(),
                    creates,
                });
            }
        }
        (value_proposition, component_reg)
    }

    /// The declared components, or the defaults when none is declared.
    fn components(
        &mut self,
        files: &[LoadedFile],
        stage_reg: &Registry,
        component_reg: &mut Registry,
        value_proposition: &mut ValueProposition,
    ) {
        let declared_components = files
            .iter()
            .filter_map(|f| f.content.value_proposition.as_ref().map(|v| (f, v)))
            .flat_map(|(f, v)| v.value.components.iter().map(move |c| (f, c)))
            .collect::<Vec<_>>();
        for (f, c) in &declared_components {
            if self.register(
                component_reg,
                &c.value.id,
                &f.rel,
                value_proposition.components.len(),
            ) {
                let emphasis = self.references(stage_reg, &c.value.emphasis, &f.rel);
                value_proposition.components.push(Component {
                    id: c.value.id.value.clone(),
                    name: c
                        .value
                        .name
                        .clone()
                        .unwrap_or_else(|| humanise(&c.value.id.value)),
                    description: c.value.description.clone(),
                    emphasis,
                });
            }
        }
        if declared_components.is_empty() {
            for (id, name, description, emphasis) in DEFAULT_COMPONENTS {
                component_reg
                    .index
                    .insert(id.to_string(), value_proposition.components.len());
                let emphasis = emphasis
                    .iter()
                    .filter(|s| stage_reg.index.contains_key(**s))
                    .map(|s| Ref {
                        id: s.to_string(),
                        at: Location::file_start(MAP_FILE),
                    })
                    .collect();
                value_proposition.components.push(Component {
                    id: id.to_string(),
                    name: name.to_string(),
                    description: Some(description.to_string()),
                    emphasis,
                });
            }
        }
    }
}

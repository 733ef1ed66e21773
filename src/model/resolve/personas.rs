//! Personas, with their jobs, pains and gains (whose ids are unique across
//! the map, so that the value canvas can point at them).

use super::{Registry, Resolver, at_loc, humanise, loc};
use crate::load::LoadedFile;
use crate::load::id_kind::IdKind;
use crate::load::located::At;
use crate::load::raw;
use crate::model::{Gain, Job, Pain, Persona};
use std::collections::HashMap;
use std::path::Path;

/// The registries the personas fill: the value canvas refers to pains and
/// gains, touchpoints to personas.
pub(super) struct PeopleRegs {
    pub(super) persona: Registry,
    pub(super) pain: Registry,
    pub(super) gain: Registry,
    job: Registry,
    /// Pains, gains and jobs registered so far, across all personas.
    counts: (usize, usize, usize),
}

impl Resolver<'_> {
    pub(super) fn personas(&mut self, files: &[LoadedFile]) -> (Vec<Persona>, PeopleRegs) {
        let mut regs = PeopleRegs {
            persona: self.registry(IdKind::Persona),
            pain: self.registry(IdKind::Pain),
            gain: self.registry(IdKind::Gain),
            job: self.registry(IdKind::Job),
            counts: (0, 0, 0),
        };
        let mut personas = Vec::new();
        for f in files {
            for p in &f.content.personas {
                if self.register(&mut regs.persona, &p.value.id, &f.rel, personas.len()) {
                    personas.push(self.persona(p, &f.rel, &mut regs));
                }
            }
        }
        (personas, regs)
    }

    fn persona(&mut self, p: &At<raw::RawPersona>, file: &Path, regs: &mut PeopleRegs) -> Persona {
        let p_val = &p.value;
        let (pain_count, gain_count, job_count) = &mut regs.counts;
        let mut jobs = Vec::new();
        for j in &p_val.jobs {
            if self.register(&mut regs.job, &j.value.id, file, *job_count) {
                *job_count += 1;
                jobs.push(Job {
                    id: j.value.id.value.clone(),
                    text: j.value.text.clone(),
                });
            }
        }
        let mut pains = Vec::new();
        for pain in &p_val.pains {
            let severity = pain
                .value
                .severity
                .as_ref()
                .and_then(|s| self.in_range("pain severity", s, 1, 3, file));
            if self.register(&mut regs.pain, &pain.value.id, file, *pain_count) {
                *pain_count += 1;
                pains.push(Pain {
                    id: pain.value.id.value.clone(),
                    text: pain.value.text.clone(),
                    severity: severity.map(|s| s as u8),
                    origin: at_loc(file, &pain.value.id),
                });
            }
        }
        let mut gains = Vec::new();
        for gain in &p_val.gains {
            let importance = gain
                .value
                .importance
                .as_ref()
                .and_then(|s| self.in_range("gain importance", s, 1, 3, file));
            if self.register(&mut regs.gain, &gain.value.id, file, *gain_count) {
                *gain_count += 1;
                gains.push(Gain {
                    id: gain.value.id.value.clone(),
                    text: gain.value.text.clone(),
                    importance: importance.map(|s| s as u8),
                });
            }
        }
        Persona {
            id: p_val.id.value.clone(),
            name: p_val
                .name
                .clone()
                .unwrap_or_else(|| humanise(&p_val.id.value)),
            description: p_val.description.clone(),
            jobs,
            pains,
            gains,
            origin: loc(file, p.pos),
        }
    }
}

/// Pain id and gain id -> (persona, position in its list), for each
/// persona's pains and gains.
pub(super) type ItemIndex = HashMap<String, (usize, usize)>;
pub(super) fn pain_and_gain_index(personas: &[Persona]) -> (ItemIndex, ItemIndex) {
    let (mut pains, mut gains) = (HashMap::new(), HashMap::new());
    for (p, persona) in personas.iter().enumerate() {
        for (i, x) in persona.pains.iter().enumerate() {
            pains.insert(x.id.clone(), (p, i));
        }
        for (i, x) in persona.gains.iter().enumerate() {
            gains.insert(x.id.clone(), (p, i));
        }
    }
    (pains, gains)
}

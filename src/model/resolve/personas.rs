//! Personas, with their jobs, pains and gains (whose ids are unique across
//! the map, so that the value canvas can point at them).

use super::{Registry, Resolver, at_loc, humanise, loc, normalise_inside};
use crate::diagnostics::one_line;
use crate::load::LoadedFile;
use crate::load::id_kind::IdKind;
use crate::load::located::At;
use crate::load::raw;
use crate::model::{Gain, Job, PHOTO_ENDINGS, Pain, Persona, Photo};
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
            photo: p_val
                .photo
                .as_ref()
                .and_then(|photo| self.photo(photo, &p_val.id.value, file)),
            quote: p_val.quote.as_deref().and_then(unquoted),
            goals: p_val
                .goals
                .iter()
                .map(|g| g.trim())
                .filter(|g| !g.is_empty())
                .map(String::from)
                .collect(),
            profile: p_val
                .profile
                .0
                .iter()
                .map(|(k, v)| (k.value.trim(), v.value.trim()))
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            jobs,
            pains,
            gains,
            origin: loc(file, p.pos),
        }
    }
}

impl Resolver<'_> {
    /// The photo `photo:` names, if it is a path inside the map folder to an
    /// image; else an error at it. Whether the file is there, and may be
    /// published, analyse tells (it follows symbolic links as it does for
    /// every file the site publishes).
    fn photo(&mut self, photo: &At<String>, persona: &str, file: &Path) -> Option<Photo> {
        let at = at_loc(file, photo);
        let written = photo.value.trim();
        if written.is_empty() {
            return None;
        }
        let example = format!("images/{persona}.jpg");
        if written.contains("://") {
            self.error(
                "invalid-value",
                format!("the photo of persona `{persona}` is a web address; a photo is an image file in the map folder"),
                at,
                Some(format!("save the image in the map folder and write its path from there, e.g. `{example}`")),
            );
            return None;
        }
        let Some(path) = normalise_inside(written) else {
            self.error(
                "photo-outside-map",
                format!("the photo `{}` of persona `{persona}` leads outside the map folder; it is never published", one_line(written, 80)),
                at,
                Some(format!("copy the image into the map folder and write its path from there, e.g. `{example}`")),
            );
            return None;
        };
        let ending = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        if !ending.is_some_and(|e| PHOTO_ENDINGS.contains(&e.as_str())) {
            self.error(
                "invalid-value",
                format!(
                    "the photo `{}` of persona `{persona}` is not an image",
                    one_line(written, 80)
                ),
                at,
                Some(format!(
                    "use an image file ending in .{}",
                    PHOTO_ENDINGS.join(", .")
                )),
            );
            return None;
        }
        Some(Photo { path, at })
    }
}

/// A quote as the card shows it: without the quotation marks an author may
/// have written around it (the card adds its own), `None` when blank. Only
/// a pair of marks goes: a quote that merely ends in one keeps it.
fn unquoted(quote: &str) -> Option<String> {
    let text = quote.trim();
    let mut chars = text.chars();
    let (first, last) = (chars.next(), chars.next_back());
    let opens = first.is_some_and(|c| ['"', '“', '„', '«', '»'].contains(&c));
    let closes = last.is_some_and(|c| ['"', '”', '“', '»', '«'].contains(&c));
    let text = if opens && closes {
        chars.as_str().trim()
    } else {
        text
    };
    (!text.is_empty()).then(|| text.to_string())
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
